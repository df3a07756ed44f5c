// The registrations in the organiser's language: French words, Arabic right to left, and in the pseudo-language not a
// word on screen that is not from the catalogue (the table, its filters, the charts, the decision bar, a registration's
// dialog, the participants list and the focal points).
import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../bindings/Lang';
import { i18n } from '../../i18n/index.svelte';
import { mockBackend, renderApp, until } from '../../../test/helpers';
import { dataShown, notFromCatalogue } from '../../../test/pseudo';

afterEach(() => {
  i18n.lang = 'en';
});

async function openRegistrations(lang: Lang) {
  const backend = mockBackend();
  const [first] = backend.state.registrations;
  first.time_zone = 'America/New_York';
  first.mail = { message: 'decision', state: 'failed', at: '2025-10-20T10:00:00Z', error: '550 5.1.1 No such mailbox' };
  const data = dataShown(backend);
  await renderApp(backend);
  i18n.lang = lang;
  await fireEvent.click(screen.getByTestId('nav-registrations'));
  const rows = await screen.findAllByTestId('registration-row');
  const view = document.querySelector<HTMLElement>('.registrations-view')!;
  return { backend, data, rows, view };
}

const dialog = () => screen.findByRole('dialog');

describe('the registrations in the pseudo-language', () => {
  it('say every word from the catalogue: the table, filters, charts, decisions and dialogs', async () => {
    const { data, rows, view } = await openRegistrations('en-XA');
    expect(view.querySelector('h1')?.textContent).toMatch(/^⟦.*⟧$/);
    expect(notFromCatalogue(view, data)).toEqual([]);

    // The charts, and a selection with its decisions and the reason a rejection asks for.
    await fireEvent.click(screen.getByTestId('show-charts'));
    await screen.findByTestId('chart-days');
    await fireEvent.click(within(rows[2]).getByTestId('select-registration'));
    await fireEvent.click(screen.getByTestId('decide-rejected'));
    expect(screen.getByTestId('decide-bar')).toBeTruthy();
    expect(notFromCatalogue(view, data)).toEqual([]);
    await fireEvent.click(screen.getByTestId('reject-back'));

    // The confirmation of an erasure.
    await fireEvent.click(within(rows[1]).getByTestId('erase-registration'));
    expect(notFromCatalogue(view, data)).toEqual([]);
    await fireEvent.click(screen.getByTestId('cancel-erase'));

    // A registration with its mail, decision and form.
    await fireEvent.click(within(screen.getAllByTestId('registration-row')[0]).getByTestId('open-registration'));
    const opened = await dialog();
    await within(opened).findByTestId('registration-form');
    expect(notFromCatalogue(opened, data)).toEqual([]);
    await fireEvent.keyDown(opened, { key: 'Escape' });

    // Added by hand.
    await fireEvent.click(screen.getByTestId('add-registration'));
    expect(notFromCatalogue(await dialog(), data)).toEqual([]);
    await fireEvent.keyDown(await dialog(), { key: 'Escape' });

    // The participants list, refused without a column.
    await fireEvent.click(screen.getByTestId('export-list'));
    const list = await dialog();
    await within(list).findByTestId('column-family_name');
    for (const box of within(list).getAllByRole('checkbox') as HTMLInputElement[])
      if (box.checked) await fireEvent.click(box);
    await fireEvent.click(within(list).getByTestId('save-list'));
    await within(list).findByText(/⟦pîçk/);
    expect(notFromCatalogue(list, data)).toEqual([]);
    await fireEvent.keyDown(list, { key: 'Escape' });

    // The focal points, with one added.
    await fireEvent.click(screen.getByTestId('show-focal-points'));
    const points = await dialog();
    const form = within(points).getByTestId('focal-point-form');
    await fireEvent.input(form.querySelector('#focal-point-name')!, { target: { value: 'Amina Diallo' } });
    await fireEvent.input(form.querySelector('#focal-point-email')!, { target: { value: 'amina@example.org' } });
    const country = within(form).getByTestId('focal-point-country') as HTMLInputElement;
    await fireEvent.input(country, { target: { value: 'Senegal' } });
    await fireEvent.change(country);
    await fireEvent.click(within(points).getByTestId('save-focal-point'));
    await within(points).findByTestId('focal-point');
    data.add('Senegal');
    expect(notFromCatalogue(points, data)).toEqual([]);
  }, 30_000);
});

describe('the registrations in French', () => {
  it('are headed, counted, filtered and decided on in French words', async () => {
    const { rows, view } = await openRegistrations('fr');
    expect(view.querySelector('h1')?.textContent).toBe('Inscriptions');
    expect(screen.getByTestId('registrations-total').textContent).toContain('5 inscriptions');
    expect(screen.getByTestId('registrations-matching').textContent).toContain('Les 5 inscriptions');
    expect(screen.getByTestId('sort-category').textContent).toContain('Catégorie');
    expect(screen.getByLabelText('Rechercher')).toBeTruthy();
    expect(screen.getByTestId('count-approved').textContent).toContain('Approuvée');

    await fireEvent.click(within(rows[2]).getByTestId('select-registration'));
    expect(screen.getByTestId('selected-count').textContent).toBe('1 sélectionnée');
    expect(within(screen.getByTestId('decide-bar')).getAllByRole('button').map((b) => b.textContent)).toContain(
      'Approuver',
    );
    await fireEvent.click(screen.getByTestId('show-charts'));
    expect((await screen.findByTestId('chart-status')).textContent).toContain('Par statut');

    // No English word of the view is left.
    for (const english of ['Registrations', 'Charts', 'Add a registration', 'Search', 'Approve', 'Clear selection', 'By status'])
      expect(view.textContent).not.toContain(english);

    await fireEvent.click(screen.getByTestId('decide-approved'));
    await until(() => expect(screen.getByTestId('status').textContent).toContain('Approuvée : 1 inscription'));
  }, 20_000);
});

describe('the registrations in Arabic', () => {
  it('are laid out right to left, names isolated and the days of the chart running from the right', async () => {
    const { rows, view } = await openRegistrations('ar');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(view.querySelector('h1')?.textContent).toBe('التسجيلات');
    // Five is "few" in Arabic.
    expect(screen.getByTestId('registrations-total').textContent).toContain('5 تسجيلات');
    // The names typed by people keep their own direction.
    expect(within(rows[0]).getByTestId('open-registration').querySelector('[dir="auto"]')?.textContent).toBe(
      'Jonas Keller',
    );
    expect(view.querySelector('[data-testid="registrations-total"] bdi')?.textContent).toBe('U4SSC-9');

    await fireEvent.click(screen.getByTestId('show-charts'));
    const days = [...(await screen.findByTestId('chart-days')).querySelectorAll('rect')];
    expect(days.length).toBeGreaterThan(1);
    const xs = days.map((r) => Number(r.getAttribute('x')));
    // The first day on the right, the last on the left.
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    i18n.lang = 'en';
    await until(() => {
      const now = [...screen.getByTestId('chart-days').querySelectorAll('rect')].map((r) => Number(r.getAttribute('x')));
      expect(now).toEqual([...now].sort((a, b) => a - b));
    });
    expect(document.documentElement.dir).toBe('ltr');
  }, 20_000);
});
