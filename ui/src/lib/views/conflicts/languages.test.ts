// The conflicts in the organiser's language: French words, Arabic right to left, and in the pseudo-language not a word
// that is not from the catalogue.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../bindings/Lang';
import { i18n } from '../../i18n/index.svelte';
import { mockBackend, renderApp } from '../../../test/helpers';
import { dataShown, notFromCatalogue } from '../../../test/pseudo';

afterEach(() => {
  i18n.lang = 'en';
});

async function openConflicts(lang: Lang) {
  const backend = mockBackend();
  const data = dataShown(backend);
  await renderApp(backend);
  i18n.lang = lang;
  await fireEvent.click(screen.getByTestId('nav-conflicts'));
  const rows = await screen.findAllByTestId('conflict-row');
  return { data, rows, view: screen.getByTestId('conflicts-view') };
}

describe('the conflicts in other languages', () => {
  it('say every word from the catalogue in the pseudo-language', async () => {
    const { data, view } = await openConflicts('en-XA');
    expect(notFromCatalogue(view, data)).toEqual([]);
  }, 20_000);

  it('are said in French: the field by its name, who and when, open or settled', async () => {
    const { rows, view } = await openConflicts('fr');
    expect(view.querySelector('h1')?.textContent).toBe('Conflits');
    expect(view.textContent).toContain('1 ouvert · 2 au total');
    const [title, position] = rows;
    expect(within(title).getByTestId('conflict-field').textContent).toBe('Titre');
    expect(within(title).getByTestId('lost-by').textContent?.replace(/\s+/g, ' ').trim()).toMatch(/^par Ana Ribeiro, /);
    expect(within(title).getByTestId('conflict-state').textContent).toBe('Ouvert');
    expect(within(position).getByTestId('conflict-field').textContent).toBe('Fonction');
    expect(within(position).getByTestId('lost-value').textContent).toBe('(vide)');
    expect(within(title).getByTestId('restore-conflict').getAttribute('aria-label')).toBe(
      'Rétablir la valeur perdue du champ titre : entrée « Opening and welcome »',
    );
    for (const english of ['Conflicts', 'Restore', 'Lost', 'Kept', 'Open', 'Settled'])
      expect(view.textContent).not.toMatch(new RegExp(`\\b${english}\\b`));
  }, 20_000);

  it('are laid out right to left in Arabic, who typed a value isolated', async () => {
    const { rows, view } = await openConflicts('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(view.querySelector('h1')?.textContent).toBe('التعارضات');
    expect(within(rows[0]).getByTestId('lost-by').querySelector('bdi')?.textContent).toBe('Ana Ribeiro');
    expect(within(rows[0]).getByTestId('conflict-subject').getAttribute('dir')).toBe('auto');
  }, 20_000);
});
