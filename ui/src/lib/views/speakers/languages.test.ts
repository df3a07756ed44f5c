// The speakers in the organiser's language: French words, Arabic right to left, and in the pseudo-language not a word
// of the table or of a speaker's form that is not from the catalogue.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../bindings/Lang';
import { i18n } from '../../i18n/index.svelte';
import { mockBackend, renderApp, until } from '../../../test/helpers';
import { dataShown, notFromCatalogue } from '../../../test/pseudo';

afterEach(() => {
  i18n.lang = 'en';
});

async function openSpeakers(lang: Lang) {
  const backend = mockBackend();
  const data = dataShown(backend);
  await renderApp(backend);
  i18n.lang = lang;
  await fireEvent.click(screen.getByTestId('nav-speakers'));
  const rows = await screen.findAllByTestId('speaker-row');
  const view = document.querySelector<HTMLElement>('.speakers-view')!;
  return { backend, data, rows, view };
}

describe('the speakers in the pseudo-language', () => {
  it('say every word from the catalogue: the table, a speaker’s form and roles, a new one', async () => {
    const { data, rows, view } = await openSpeakers('en-XA');
    await until(() => expect(within(rows[0]).getByTestId('speaker-public').textContent).toMatch(/⟦/));
    expect(notFromCatalogue(view, data)).toEqual([]);

    await fireEvent.click(within(rows[0]).getByTestId('edit-speaker'));
    const form = await screen.findByRole('dialog');
    await within(form).findAllByTestId('speaker-role');
    // A role asked for without its entry, and the deletion's confirmation.
    await fireEvent.click(within(form).getByTestId('add-role'));
    await within(form).findByRole('alert');
    await fireEvent.click(within(form).getByTestId('delete-speaker'));
    expect(notFromCatalogue(form, data)).toEqual([]);
    await fireEvent.click(within(form).getByTestId('cancel-speaker'));

    await fireEvent.click(screen.getByTestId('add-speaker'));
    const added = await screen.findByRole('dialog');
    await within(added).findByTestId('speaker-form');
    expect(notFromCatalogue(added, data)).toEqual([]);
  }, 30_000);
});

describe('the speakers in French', () => {
  it('are listed and edited in French words', async () => {
    const { rows, view } = await openSpeakers('fr');
    expect(view.querySelector('h1')?.textContent).toBe('Intervenants');
    expect(view.querySelector('.subtitle')?.textContent).toContain('5 intervenants');
    expect(view.querySelector('thead')?.textContent).toContain('Fonction');
    expect(screen.getByTestId('add-speaker').textContent).toBe('Ajouter un intervenant');
    expect(within(rows[0]).getByTestId('edit-speaker').getAttribute('aria-label')).toBe('Modifier Dr Mei Lin');

    await fireEvent.click(within(rows[0]).getByTestId('edit-speaker'));
    const form = await screen.findByRole('dialog');
    expect(within(form).getByText('Rôles dans le programme')).toBeTruthy();
    expect(within(form).getByTestId('save-speaker').textContent?.trim()).toBe("Enregistrer l'intervenant");
    for (const english of ['Speakers', 'Add speaker', 'Position', 'Roles in the programme', 'Save speaker', 'Biography'])
      expect(`${view.textContent} ${form.textContent}`).not.toContain(english);
  }, 20_000);
});

describe('the speakers in Arabic', () => {
  it('are laid out right to left, each name isolated', async () => {
    const { rows, view } = await openSpeakers('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(view.querySelector('h1')?.textContent).toBe('المتحدثون');
    // Five is "few" in Arabic.
    expect(view.querySelector('.subtitle')?.textContent).toContain('5 متحدثين');
    expect(within(rows[0]).getByTestId('speaker-name').querySelector('bdi')?.textContent).toBe('Dr Mei Lin');

    await fireEvent.click(within(rows[0]).getByTestId('edit-speaker'));
    const form = await screen.findByRole('dialog');
    expect(form.querySelector('#speaker-form-title bdi')?.textContent).toBe('Dr Mei Lin');
    expect(form.querySelector('#speaker-given-name')?.getAttribute('dir')).toBe('auto');
  }, 20_000);
});
