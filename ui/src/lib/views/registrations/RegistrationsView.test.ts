import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { Registration } from '../../bindings/Registration';
import { EVENT_ID, id, registrations } from '../../../test/fixtures';
import { mockBackend, named, renderApp, until } from '../../../test/helpers';

async function openRegistrations(backend = mockBackend()) {
  await renderApp(backend);
  await fireEvent.click(screen.getByTestId('nav-registrations'));
  const rows = await screen.findAllByTestId('registration-row');
  return { backend, rows };
}

const cell = (r: HTMLElement, testId: string) => within(r).getByTestId(testId).textContent?.trim();
const count = (s: string) => screen.getByTestId(`count-${s}`).textContent?.replace(/\s+/g, ' ').trim();

/** `n` made-up registrants beside the fixtures' five. */
function many(n: number): Registration[] {
  const [model] = registrations();
  return Array.from({ length: n }, (_, i) => ({
    ...model,
    id: id(0x10000 + i),
    given_name: `Given${i}`,
    family_name: `Family${String(i).padStart(5, '0')}`,
    email: `person${i}@example.org`,
    country: ['CH', 'KE', 'BR'][i % 3],
    submitted_at: new Date(Date.UTC(2025, 9, 1, 0, i)).toISOString(),
    decision: { ...model.decision, status: 'pending', decided_by: null, decided_at: null },
  }));
}

describe('the registrations', () => {
  it('show readable categories, statuses and a count by status, read from core a page at a time', async () => {
    const { backend, rows } = await openRegistrations();
    expect(backend.callsOf('registration_page')[0]).toEqual({
      query: {
        event_id: EVENT_ID,
        search: '',
        statuses: [],
        categories: [],
        countries: [],
        regions: [],
        sort: 'submitted',
        descending: false,
        offset: 0,
        limit: 50,
      },
    });

    expect(rows).toHaveLength(5);
    expect(rows.map((r) => cell(r, 'reg-category'))).toEqual([
      'ITU Member State administration',
      'ITU-T Sector Member',
      'ITU Academia',
      'Individual from an ITU Member State',
      'State of Palestine (Resolution 99)',
    ]);
    expect(rows.map((r) => cell(r, 'reg-status'))).toEqual(['Approved', 'Approved', 'Pending', 'Pending', 'Rejected']);
    expect(within(rows[4]).getByText('Rejected').getAttribute('title')).toBe('Not among the categories invited to this meeting');
    expect(rows[0].textContent).toContain('Jonas Keller');
    expect(rows[0].textContent).toContain('Federal Office of Communications');
    expect(rows[0].textContent).toContain('CH');
    // Submitted on 16 October, in the event's zone.
    expect(rows[0].textContent).toContain('16 October 2025');

    expect(count('approved')).toBe('2 Approved');
    expect(count('pending')).toBe('2 Pending');
    expect(count('waitlisted')).toBe('0 Waiting list');
    expect(count('rejected')).toBe('1 Rejected');
    expect(count('cancelled')).toBe('0 Cancelled');
    expect(screen.getByTestId('registrations-matching').textContent).toContain('All 5 registrations');
  });

  it('shows a screenful of 3,000 registrations, and searches, filters and sorts through core', async () => {
    const backend = mockBackend();
    backend.state.registrations = [...registrations(), ...many(3000)];
    const { rows } = await openRegistrations(backend);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(60);
    expect(screen.getByTestId('registrations-total').textContent).toContain('3,005 registrations');
    expect(backend.callsOf('registration_page').every((c) => (c.query as { limit: number }).limit === 50)).toBe(true);

    // Search as you type: each word begins a word of the name, email or organisation.
    const search = screen.getByTestId('registration-search');
    await fireEvent.input(search, { target: { value: 'family0001' } });
    await until(() => expect(screen.getByTestId('registrations-matching').textContent).toContain('10 of 3,005'));
    expect(screen.getAllByTestId('registration-row')).toHaveLength(10);
    await fireEvent.input(search, { target: { value: 'family00012 given12' } });
    await until(() => expect(screen.getAllByTestId('registration-row')).toHaveLength(1));
    expect(screen.getAllByTestId('registration-row')[0].textContent).toContain('Given12 Family00012');
    await fireEvent.input(search, { target: { value: '' } });

    // A status filter, with the others' counts beside it.
    await fireEvent.click(screen.getByTestId('count-approved'));
    await until(() => expect(screen.getAllByTestId('registration-row')).toHaveLength(2));
    expect(screen.getByTestId('count-approved').getAttribute('aria-pressed')).toBe('true');
    expect(count('pending')).toBe('3,002 Pending');
    await fireEvent.click(screen.getByTestId('count-approved'));

    // The country filter offers the countries there are.
    const country = screen.getByTestId('registration-country') as HTMLSelectElement;
    // By name, as people look for them.
    await until(() => expect([...country.options].map((o) => o.value)).toEqual(['', 'BR', 'FR', 'IN', 'KE', 'NG', 'PS', 'CH']));
    expect(country.options[7].textContent).toBe('Switzerland');
    await fireEvent.change(country, { target: { value: 'KE' } });
    await until(() => expect(screen.getByTestId('registrations-matching').textContent).toContain('1,000 of 3,005'));

    // Sorting by name, then the other way.
    await fireEvent.click(screen.getByTestId('sort-name'));
    await until(() => expect(screen.getAllByTestId('registration-row')[0].textContent).toContain('Family00001'));
    expect(screen.getByTestId('sort-name').closest('th')?.getAttribute('aria-sort')).toBe('ascending');
    await fireEvent.click(screen.getByTestId('sort-name'));
    await until(() => expect(screen.getAllByTestId('registration-row')[0].textContent).toContain('Family02998'));
    expect(screen.getByTestId('sort-name').closest('th')?.getAttribute('aria-sort')).toBe('descending');
  }, 20_000); // Three thousand rows through the fake core: slow on a busy machine.

  it('decides on several at once, and a rejection asks for its reason first', async () => {
    const { backend } = await openRegistrations();
    const pending = () => screen.getAllByTestId('registration-row').filter((r) => cell(r, 'reg-status') === 'Pending');
    for (const row of pending()) await fireEvent.click(within(row).getByTestId('select-registration'));
    expect(screen.getByTestId('selected-count').textContent).toBe('2 selected');
    // Cancelling the registrations and clearing the selection are two things, and say so.
    expect(within(screen.getByTestId('decide-bar')).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Approve',
      'Waiting list',
      'Reject…',
      'Cancel registrations',
      'Back to pending',
      'Clear selection',
    ]);

    await fireEvent.click(screen.getByTestId('decide-rejected'));
    expect(document.activeElement).toBe(screen.getByTestId('decision-reason'));
    await fireEvent.click(screen.getByTestId('confirm-reject'));
    await until(() => expect(document.getElementById('decision-error-reason')?.textContent).toContain('a rejection needs a reason'));
    expect(screen.getByTestId('decision-reason').getAttribute('aria-invalid')).toBe('true');

    await fireEvent.input(screen.getByTestId('decision-reason'), { target: { value: 'The meeting is for members' } });
    await fireEvent.click(screen.getByTestId('confirm-reject'));
    await until(() => expect(count('rejected')).toBe('3 Rejected'));
    const decided = backend.callsOf('decide').at(-1)?.input as { ids: string[]; status: string; reason: string };
    expect(decided.ids).toHaveLength(2);
    expect([decided.status, decided.reason]).toEqual(['rejected', 'The meeting is for members']);
    expect(screen.queryByTestId('decide-bar')).toBeNull();
    expect(screen.getByTestId('status').textContent).toContain('Rejected: 2 registrations');

    // Select all that match, then approve them.
    await fireEvent.click(screen.getByTestId('count-rejected'));
    await until(() => expect(screen.getAllByTestId('registration-row')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('select-matching'));
    await until(() => expect(screen.getByTestId('selected-count').textContent).toBe('3 selected'));
    await fireEvent.click(screen.getByTestId('decide-approved'));
    await until(() => expect(count('approved')).toBe('5 Approved'));
  });

  it('erases a registration only once the organiser confirms, and Keep leaves it', async () => {
    const { backend, rows } = await openRegistrations();
    await fireEvent.click(within(rows[0]).getByTestId('erase-registration'));
    expect(within(rows[0]).getByRole('group').textContent).toContain('This cannot be undone');
    // The safe choice has the focus.
    expect(document.activeElement).toBe(within(rows[0]).getByTestId('cancel-erase'));
    await fireEvent.click(within(rows[0]).getByTestId('cancel-erase'));
    expect(backend.callsOf('erase_registration')).toEqual([]);
    expect(document.activeElement).toBe(within(rows[0]).getByTestId('erase-registration'));

    const id = rows[0].dataset.registrationId;
    await fireEvent.click(within(rows[0]).getByTestId('erase-registration'));
    await fireEvent.click(within(rows[0]).getByTestId('confirm-erase'));
    await vi.waitFor(() => expect(screen.getAllByTestId('registration-row')).toHaveLength(4));
    expect(backend.callsOf('erase_registration')).toEqual([{ id }]);
    const left = screen.getAllByTestId('registration-row');
    expect(left.map((r) => r.textContent).join(' ')).not.toContain('Jonas Keller');
    expect(screen.getByTestId('status').textContent).toContain('Erased the registration of Jonas Keller');
  });
});

describe('a registration\'s dialog', () => {
  it('offers its decisions, approves, asks the reason of a rejection, and gives the focus back to its row', async () => {
    const { backend, rows } = await openRegistrations();
    const row = rows.find((r) => cell(r, 'reg-status') === 'Pending')!;
    const id = row.dataset.registrationId!;
    const opener = within(row).getByTestId('open-registration');
    const name = opener.textContent!;
    opener.focus();
    await fireEvent.click(opener);
    const dialog = screen.getByRole('dialog');
    const now = await within(dialog).findByTestId('decision-now');
    expect(now.textContent).toContain('Pending');
    const decide = within(dialog).getByRole('group', { name: `Decide on the registration of ${name}` });
    const offered = () => within(decide).getAllByRole('button').map((b) => b.textContent);
    // What it is now is not offered; cancelling the registration is not closing the dialog.
    expect(offered()).toEqual(['Approve', 'Waiting list', 'Reject…', 'Cancel registration']);
    expect(within(dialog).getAllByRole('button', { name: 'Close' })).toHaveLength(1);

    await fireEvent.click(within(decide).getByTestId('decide-approved'));
    await until(() => expect(now.textContent).toContain('Approved'));
    expect(backend.callsOf('decide')).toEqual([{ input: { ids: [id], status: 'approved', reason: null } }]);
    expect(now.textContent).toContain('Alice');
    await until(() => expect(document.activeElement).toBe(now));
    expect(offered()).toEqual(['Waiting list', 'Reject…', 'Cancel registration', 'Back to pending']);
    expect(within(dialog).getByTestId('decision-history').textContent).toContain('Pending');
    expect(screen.getByTestId('status').textContent).toContain(`Approved: ${name}`);
    const rowOf = () => screen.getAllByTestId('registration-row').find((r) => r.dataset.registrationId === id)!;
    await until(() => expect(cell(rowOf(), 'reg-status')).toBe('Approved'));

    // Escape in the reason goes back to the decisions, and the dialog stays.
    await fireEvent.click(within(decide).getByTestId('decide-rejected'));
    expect(document.activeElement).toBe(within(decide).getByTestId('decision-reason'));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await until(() => expect(document.activeElement).toBe(within(decide).getByTestId('decide-rejected')));
    expect(screen.getByRole('dialog')).toBe(dialog);

    await fireEvent.click(within(decide).getByTestId('decide-rejected'));
    const reason = within(decide).getByTestId('decision-reason');
    expect(document.activeElement).toBe(reason);
    await fireEvent.click(within(decide).getByTestId('confirm-reject'));
    await until(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('registration-decision-error-reason')?.textContent).toContain('needs a reason');
    await fireEvent.input(reason, { target: { value: 'The meeting is full' } });
    await fireEvent.click(within(decide).getByTestId('confirm-reject'));
    await until(() => expect(now.textContent).toContain('The meeting is full'));
    expect(now.textContent).toContain('Rejected');
    await until(() => expect(document.activeElement).toBe(now));
    expect(within(dialog).getByTestId('decision-history').textContent).toMatch(/Approved[\s\S]*Pending/);

    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(within(rowOf()).getByTestId('open-registration'));
    expect(cell(rowOf(), 'reg-status')).toBe('Rejected');
  });
});

describe('a registration by hand', () => {
  it('is added from the dialog, then opened with its decisions and corrected field by field', async () => {
    const backend = mockBackend();
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-registrations'));
    await fireEvent.click(await screen.findByTestId('add-registration'));
    const form = await screen.findByTestId('registration-form');
    await fireEvent.input(named(form, 'given_name'), { target: { value: 'Amina' } });
    await fireEvent.input(named(form, 'family_name'), { target: { value: 'Diallo' } });
    await fireEvent.input(named(form, 'email'), { target: { value: 'amina.diallo@example.sn' } });
    await fireEvent.input(named(form, 'organisation'), { target: { value: 'ARTP' } });
    await fireEvent.input(named(form, 'country'), { target: { value: 'sn' } });
    await fireEvent.click(within(form).getByTestId('save-registration'));
    await until(() => expect(backend.callsOf('add_registration')).toHaveLength(1));
    expect(backend.callsOf('add_registration')[0]).toMatchObject({
      registration: { given_name: 'Amina', family_name: 'Diallo', country: 'SN', category: 'member_state_administration', position: null },
    });
    await until(() => expect(screen.queryByTestId('registration-form')).toBeNull());

    const added = backend.state.registrations.at(-1)!;
    const opener = () => screen.getAllByTestId('open-registration').find((b) => b.textContent === 'Amina Diallo');
    await until(() => expect(opener()).toBeTruthy());
    await fireEvent.click(opener()!);
    expect((await screen.findByTestId('decision-now')).textContent).toContain('Pending');
    // Nothing decided before this one.
    expect(screen.queryByTestId('decision-history')).toBeNull();
    const edit = await screen.findByTestId('registration-form');
    await fireEvent.input(named(edit, 'organisation'), { target: { value: 'Ministry of ICT' } });
    await fireEvent.click(within(edit).getByTestId('save-registration'));
    await until(() => expect(backend.callsOf('edit_registration')).toHaveLength(1));
    expect(backend.callsOf('edit_registration')[0]).toEqual({
      edit: { id: added.id, changes: { organisation: 'Ministry of ICT' }, opened: { organisation: 'ARTP' } },
    });
    // How the name is written: by its script until chosen, then the choice alone is sent.
    const order = named<HTMLSelectElement>(screen.getByTestId('registration-form'), 'name_order');
    expect(order.value).toBe('');
    expect([...order.options].map((o) => o.textContent)).toEqual([
      'As its script writes it',
      'Given name first (Ana Ribeiro)',
      'Family name first (王小明, Kovács János)',
    ]);
    await fireEvent.change(order, { target: { value: 'family_first' } });
    await fireEvent.click(within(screen.getByTestId('registration-form')).getByTestId('save-registration'));
    await until(() => expect(backend.callsOf('edit_registration')).toHaveLength(2));
    expect(backend.callsOf('edit_registration')[1]).toMatchObject({
      edit: { id: added.id, changes: { name_order: 'family_first' } },
    });
  });
});

describe('regions and charts', () => {
  it('filters by region through core, and shows the counts as charts on request', async () => {
    const { backend } = await openRegistrations();
    await fireEvent.change(screen.getByTestId('registration-region'), { target: { value: 'europe' } });
    await until(() => expect(backend.callsOf('registration_page').at(-1)).toMatchObject({ query: { regions: ['europe'] } }));
    await until(() => expect(screen.getAllByTestId('registration-row')).toHaveLength(2));

    await fireEvent.click(screen.getByTestId('show-charts'));
    const region = await screen.findByTestId('chart-region');
    const europe = within(region)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes('Europe'));
    expect(europe?.textContent).toContain('2');
    expect(screen.getByTestId('chart-days').querySelectorAll('rect').length).toBeGreaterThan(1);
    expect(screen.getByTestId('show-charts').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('the participants list', () => {
  it('saves what the table finds with the columns picked, in the picker order', async () => {
    const { backend } = await openRegistrations();
    await fireEvent.input(screen.getByTestId('registration-search'), { target: { value: 'keller' } });
    await until(() => expect(screen.getAllByTestId('registration-row')).toHaveLength(1));
    await fireEvent.click(screen.getByTestId('export-list'));
    const form = await screen.findByTestId('export-form');
    await until(() => expect(within(form).getByTestId('column-family_name')).toBeTruthy());
    for (const c of ['family_name', 'given_name', 'email']) await fireEvent.click(within(form).getByTestId(`column-${c}`));
    await fireEvent.click(within(form).getByTestId('save-list'));
    expect(await within(form).findByText('pick at least one column')).toBeTruthy();
    expect(backend.callsOf('save_participants_list')).toHaveLength(0);

    await fireEvent.click(within(form).getByTestId('column-private_notes'));
    await fireEvent.click(within(form).getByTestId('column-family_name'));
    await fireEvent.click(within(form).getByTestId('save-list'));
    await until(() => expect(backend.callsOf('save_participants_list')).toHaveLength(1));
    expect(backend.callsOf('save_participants_list')[0]).toMatchObject({
      query: { search: 'keller', offset: 0 },
      columns: ['family_name', 'private_notes'],
      format: 'xlsx',
    });
    expect((await within(form).findByTestId('export-saved')).textContent).toContain('Downloads');
    await until(() => expect(screen.getByTestId('status').textContent).toContain('Saved one participant to'));
  });
});

describe('the site\'s mail and the focal points', () => {
  it('shows what became of the site\'s mail about a registration, and why it failed', async () => {
    const backend = mockBackend();
    const [first] = backend.state.registrations;
    first.time_zone = 'America/New_York';
    first.mail = { message: 'decision', state: 'failed', at: '2025-10-20T10:00:00Z', error: '550 5.1.1 No such mailbox' };
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-registrations'));
    const name = `${first.given_name} ${first.family_name}`;
    const opener = () => screen.getAllByTestId('open-registration').find((b) => b.textContent === name);
    await until(() => expect(opener()).toBeTruthy());
    await fireEvent.click(opener()!);
    const mail = await screen.findByTestId('registration-mail');
    expect(mail.textContent?.replace(/\s+/g, ' ')).toContain('decision, not sent');
    expect(mail.textContent).toContain('550 5.1.1 No such mailbox');
    expect(mail.classList.contains('failed')).toBe(true);
    // The registrant's own zone, isolated as typed.
    expect(screen.getByText('America/New_York').tagName).toBe('BDI');
    expect(screen.getByText('America/New_York').parentElement?.textContent).toMatch(/in America\/New_York/);
  });

  it('keeps the focal points: added, refused at a field, changed and removed once confirmed', async () => {
    const backend = mockBackend();
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('nav-registrations'));
    await fireEvent.click(await screen.findByTestId('show-focal-points'));
    await screen.findByTestId('no-focal-points');
    const form = screen.getByTestId('focal-point-form');
    await fireEvent.input(named(form, 'country'), { target: { value: 'x' } });
    await fireEvent.input(named(form, 'name'), { target: { value: 'Anna Keller' } });
    await fireEvent.input(named(form, 'email'), { target: { value: 'anna.keller@bakom.example.ch' } });
    await fireEvent.click(within(form).getByTestId('save-focal-point'));
    await until(() => expect(named(form, 'country').getAttribute('aria-invalid')).toBe('true'));
    expect(backend.state.focalPoints).toHaveLength(0);

    // Chosen by its name, typed to search: the code is kept behind it.
    await fireEvent.input(named(form, 'country'), { target: { value: 'switz' } });
    await fireEvent.mouseDown(await within(form).findByText('Switzerland'));
    expect(named(form, 'country').value).toBe('Switzerland');
    await fireEvent.change(named<HTMLSelectElement>(form, 'category'), { target: { value: 'member_state_administration' } });
    await fireEvent.click(within(form).getByTestId('save-focal-point'));
    const row = await screen.findByTestId('focal-point');
    expect(row.textContent).toContain('ITU Member State administration');
    // The form is ready for another once the first is saved.
    await until(() => expect(named(form, 'name').value).toBe(''));
    expect(backend.callsOf('save_focal_point')[1]).toEqual({
      input: {
        id: null,
        event_id: EVENT_ID,
        country: 'CH',
        category: 'member_state_administration',
        name: 'Anna Keller',
        email: 'anna.keller@bakom.example.ch',
      },
    });

    await fireEvent.click(within(row).getByTestId('edit-focal-point'));
    await until(() => expect(named(form, 'name').value).toBe('Anna Keller'));
    await fireEvent.change(named<HTMLSelectElement>(form, 'category'), { target: { value: '' } });
    await fireEvent.click(within(form).getByTestId('save-focal-point'));
    await until(() => expect(screen.getByTestId('focal-point').textContent).toContain('Any category'));
    expect(backend.state.focalPoints).toHaveLength(1);

    await fireEvent.click(within(screen.getByTestId('focal-point')).getByTestId('remove-focal-point'));
    expect(backend.state.focalPoints).toHaveLength(1);
    await fireEvent.click(screen.getByTestId('confirm-remove-focal-point'));
    await screen.findByTestId('no-focal-points');
    expect(backend.state.focalPoints).toHaveLength(0);
  });
});
