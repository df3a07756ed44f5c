// The event site's panel and the publication in the organiser's language: French words, Arabic right to left, and in
// the pseudo-language not a word that is not from the catalogue (or core's, as the preview's changes are).
import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../bindings/Lang';
import { i18n } from '../../i18n/index.svelte';
import { mockBackend, renderApp, until } from '../../../test/helpers';
import { dataShown, notFromCatalogue } from '../../../test/pseudo';

afterEach(() => {
  i18n.lang = 'en';
});

async function openPublish(lang: Lang) {
  const backend = mockBackend();
  backend.state.site.url = 'https://events.example.org';
  backend.state.site.waiting = 4;
  const data = dataShown(backend);
  await renderApp(backend);
  i18n.lang = lang;
  const panel = screen.getByTestId('sync-panel');
  await until(() => expect(within(panel).getByTestId('publish')).toBeTruthy());
  await fireEvent.click(within(panel).getByTestId('publish'));
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByTestId('preview-changes');
  return { data, panel, dialog };
}

/** The panel's status line is said by the sync's state (state/sync), not by the panel. */
const statusLine = (data: Set<string>) => data.add(screen.getByTestId('sync-status-text').textContent ?? '');

describe('the event site and publishing in the pseudo-language', () => {
  it('say every word from the catalogue: the panel, the preview and the version made', async () => {
    const { data, panel, dialog } = await openPublish('en-XA');
    statusLine(data);
    expect(notFromCatalogue(panel, data)).toEqual([]);
    expect(notFromCatalogue(dialog, data)).toEqual([]);

    await fireEvent.click(within(dialog).getByTestId('publish-confirm'));
    await within(dialog).findByTestId('publish-done');
    expect(notFromCatalogue(dialog, data)).toEqual([]);
    await fireEvent.click(within(dialog).getByTestId('publish-close'));
    await within(panel).findByTestId('published');
    statusLine(data);
    expect(notFromCatalogue(panel, data)).toEqual([]);
  }, 20_000);
});

describe('the event site and publishing in French', () => {
  it('preview and publish in French words', async () => {
    const { panel, dialog } = await openPublish('fr');
    expect(within(panel).getByRole('heading').textContent).toBe("Site de l'événement");
    expect(within(panel).getByTestId('sync-now').textContent).toBe('Synchroniser');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent?.trim()).toBe('Publier la version 1');
    expect(within(dialog).getByTestId('publish-current').textContent?.trim()).toBe(
      "Rien de cette réunion n'est encore public.",
    );
    expect(within(dialog).getByTestId('private-statement').textContent).toContain('Aucun courriel');
    for (const english of ['Publish', 'What becomes public', 'Speakers left out', 'Cancel'])
      expect(dialog.textContent).not.toContain(english);

    await fireEvent.click(within(dialog).getByTestId('publish-confirm'));
    await until(() =>
      expect(within(dialog).getByTestId('publish-done').textContent).toContain('La version 1 a été publiée le'),
    );
    expect(within(dialog).getByTestId('published-link').textContent).toContain('Ouvrir le programme public');
  }, 20_000);
});

describe('the event site and publishing in Arabic', () => {
  it('are laid out right to left, a left-out speaker’s name isolated', async () => {
    const { dialog } = await openPublish('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent?.trim()).toBe('نشر الإصدار 1');
    const unlisted = within(dialog).getByTestId('preview-unlisted');
    expect(unlisted.querySelector('bdi')?.textContent).toBe('Mei Lin');
  }, 20_000);
});
