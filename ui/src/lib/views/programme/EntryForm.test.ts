import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../bindings/Edit';
import type { EntryInput } from '../../bindings/EntryInput';
import { EVENT_ID, id, WEBINAR_ID } from '../../../test/fixtures';
import { enter, mockBackend, named, renderApp, row, text, until } from '../../../test/helpers';

const ONLINE = 'Online (the link is sent to registered participants)';

async function edit(title: string): Promise<HTMLElement> {
  await fireEvent.click(within(row(title)).getByTestId('edit-entry'));
  return screen.getByTestId('entry-form');
}

async function choose(form: HTMLElement, name: string, value: string) {
  const select = named<HTMLSelectElement>(form, name);
  select.value = value;
  await fireEvent.change(select);
}

describe('the entry form', () => {
  it('is filled in from the row, in the event zone', async () => {
    await renderApp();
    const form = await edit('Opening and welcome');

    expect(within(form).getByRole('heading').textContent).toBe('Edit entry');
    expect(named<HTMLSelectElement>(form, 'kind').value).toBe('item');
    expect(named<HTMLSelectElement>(form, 'block_id').value).toBe(id(10));
    expect(named(form, 'title').value).toBe('Opening and welcome');
    expect(named<HTMLTextAreaElement>(form, 'description').value).toContain('adoption of the agenda');
    expect(named(form, 'date').value).toBe('31 October 2025');
    expect(named(form, 'start').value).toBe('11:00');
    expect(named(form, 'end').value).toBe('11:10');
    expect(named(form, 'place').value).toBe(ONLINE);
    expect(named(form, 'public').checked).toBe(true);
    // The zone's label is beside the times.
    expect(form.querySelector('label[for="entry-start"]')?.textContent).toContain('CET');
    expect(named<HTMLSelectElement>(form, 'block_id').textContent).toContain('U4SSC meeting (continued)');
  });

  it('shows the error that edit_entry returns next to its field, and keeps the form open', async () => {
    const { backend } = await renderApp();
    const form = await edit('Opening and welcome');

    await enter(form, 'end', '10:30');
    await fireEvent.click(within(form).getByTestId('save-entry'));

    const error = await within(form).findByTestId('error-end');
    expect(error.textContent).toBe('the end must be after the start');
    // Next to the end field, and tied to it.
    const end = named(form, 'end');
    expect(error.closest('.field')).toBe(end.closest('.field'));
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(end.getAttribute('aria-describedby')).toContain(error.id);
    expect(within(form).queryByTestId('error-title')).toBeNull();
    expect(screen.getByTestId('entry-form')).toBe(form);
    // Nothing was saved.
    expect(backend.state.entries.find((e) => e.id === id(11))?.slot.ends_at).toBe('2025-10-31T10:10:00Z');
    expect(screen.getByTestId('status').textContent).toContain('the end must be after the start');

    // Cancelled, the refused edit is gone, and so is its failure from the status line.
    await fireEvent.click(within(form).getByTestId('cancel-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(screen.getByTestId('status').textContent).toContain('Every change is saved on this computer');
  });

  it('shows a slot error beside the times and an unknown field at the top of the form', async () => {
    const backend = mockBackend();
    backend.override('edit_entry', () => {
      throw {
        code: 'invalid',
        message: 'slot: outside its block; zone: unknown time zone',
        fields: [
          { field: 'slot', message: 'outside its block "U4SSC meeting" (11:00 CET-12:00 CET)' },
          { field: 'zone', message: 'unknown time zone "Mars/Olympus"' },
        ],
      };
    });
    await renderApp(backend);
    const form = await edit('Opening and welcome');
    await fireEvent.click(within(form).getByTestId('save-entry'));

    const slot = await within(form).findByTestId('error-slot');
    expect(slot.textContent).toBe('outside its block "U4SSC meeting" (11:00 CET-12:00 CET)');
    expect(slot.closest('fieldset')).toBe(named(form, 'start').closest('fieldset'));
    expect(named(form, 'start').getAttribute('aria-invalid')).toBe('true');
    const general = within(form).getByTestId('form-error');
    expect(general.textContent).toContain('unknown time zone "Mars/Olympus"');
    expect(general.textContent).not.toContain('outside its block');
    // The general message comes first in the form.
    expect(general.compareDocumentPosition(named(form, 'title')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('saves only the fields the organiser changed, and the programme follows', async () => {
    const { backend } = await renderApp();
    const form = await edit('Opening and welcome');

    await enter(form, 'title', 'Opening and welcome by the Chair');
    await enter(form, 'place', '  ');
    await fireEvent.click(within(form).getByTestId('save-entry'));

    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    // Blanks typed in the place empty it; the other fields are not sent.
    expect(backend.callsOf('edit_entry')).toEqual([
      {
        edit: {
          id: id(11),
          changes: { title: 'Opening and welcome by the Chair', place: null },
          opened: { title: 'Opening and welcome', place: ONLINE },
        } satisfies Edit,
      },
    ]);
    await until(() => expect(text(row('Opening and welcome by the Chair'), 'row-start')).toBe('11:00'));
    expect(() => row('Opening and welcome')).toThrow();
    expect(backend.callsOf('programme')).toHaveLength(2);
    expect(screen.getByTestId('status').textContent).toContain('Saved');
  });

  it('adds a draft item to a block', async () => {
    const { backend } = await renderApp();
    await fireEvent.click(screen.getByTestId('add-entry'));
    const form = screen.getByTestId('entry-form');
    expect(within(form).getByRole('heading').textContent).toBe('Add an entry');

    await choose(form, 'kind', 'item');
    await choose(form, 'block_id', id(20));
    await enter(form, 'title', 'Tour de table');
    await enter(form, 'description', 'Members introduce themselves.');
    await enter(form, 'date', '2025-10-31');
    await enter(form, 'start', '13:30');
    await enter(form, 'end', '13:40');
    await enter(form, 'place', 'Room K');
    await fireEvent.click(named(form, 'public'));
    await fireEvent.click(within(form).getByTestId('save-entry'));

    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('add_entry')[0].input).toEqual({
      id: null,
      event_id: EVENT_ID,
      kind: 'item',
      block_id: id(20),
      linked_event_id: null,
      title: 'Tour de table',
      description: 'Members introduce themselves.',
      date: '2025-10-31',
      start: '13:30',
      end: '13:40',
      place: 'Room K',
      public: false,
    } satisfies EntryInput);
    await until(() => row('Tour de table'));
    expect(text(row('Tour de table'), 'row-start')).toBe('13:30');
    expect(row('Tour de table').textContent).toContain('Draft');
  });

  it('sends no block for a break, and the linked event for a side event', async () => {
    const { backend } = await renderApp();

    let form = await edit('Break');
    expect(named<HTMLSelectElement>(form, 'kind').value).toBe('break');
    expect(form.querySelector('[name="block_id"]')).toBeNull();
    await enter(form, 'end', '13:45');
    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('edit_entry')[0].edit).toEqual({ id: id(15), changes: { end: '13:45' }, opened: { end: '13:30' } });

    // An item made a break leaves its block.
    form = await edit('Opening and welcome');
    await choose(form, 'kind', 'break');
    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('edit_entry')[1].edit).toMatchObject({
      changes: { kind: 'break', block_id: null },
      opened: { kind: 'item', block_id: id(10) },
    });

    form = await edit('Webinar: Empowering people through people-centred smart cities');
    await until(() => expect(named<HTMLSelectElement>(form, 'linked_event_id').value).toBe(WEBINAR_ID));
    await choose(form, 'linked_event_id', '');
    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('edit_entry')[2].edit).toMatchObject({
      changes: { linked_event_id: null },
      opened: { linked_event_id: WEBINAR_ID },
    });
  });

  it('is closed by Cancel and by Escape without saving', async () => {
    const { backend } = await renderApp();
    let form = await edit('Closing');
    await enter(form, 'title', 'Something else');
    await fireEvent.click(within(form).getByTestId('cancel-entry'));
    expect(screen.queryByTestId('entry-form')).toBeNull();

    form = await edit('Closing');
    expect(named(form, 'title').value).toBe('Closing');
    await fireEvent.keyDown(form, { key: 'Escape' });
    expect(screen.queryByTestId('entry-form')).toBeNull();
    expect(backend.callsOf('edit_entry')).toHaveLength(0);
  });

  it("takes in a colleague's change to a field the organiser has not touched, and saves over it only what they typed", async () => {
    const { backend } = await renderApp();
    const form = await edit('Opening and welcome');
    await enter(form, 'title', 'Welcome');

    // The description changes by sync while the form is open.
    backend.colleague(['entries'], () => {
      backend.state.entries.find((e) => e.id === id(11))!.description = 'Read by the Vice-chair';
    });
    await until(() => expect(named<HTMLTextAreaElement>(form, 'description').value).toBe('Read by the Vice-chair'));
    expect(named(form, 'title').value).toBe('Welcome');
    expect(within(form).queryByTestId('clash-description')).toBeNull();

    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('edit_entry')[0].edit).toEqual({ id: id(11), changes: { title: 'Welcome' }, opened: { title: 'Opening and welcome' } });
    expect(backend.state.entries.find((e) => e.id === id(11))).toMatchObject({ title: 'Welcome', description: 'Read by the Vice-chair' });
  });

  it('shows a field both changed at the field, and saves nothing until the organiser chooses', async () => {
    const { backend } = await renderApp();
    let form = await edit('Opening and welcome');
    await enter(form, 'title', 'Welcome');
    backend.colleague(['entries'], () => {
      backend.state.entries.find((e) => e.id === id(11))!.title = 'Opening of the meeting';
    });

    const clash = await within(form).findByTestId('clash-title');
    expect(clash.textContent).toContain('Someone else changed this to “Opening of the meeting” while you were editing it.');
    expect(named(form, 'title').getAttribute('aria-invalid')).toBe('true');
    expect(named(form, 'title').getAttribute('aria-describedby')).toContain(clash.id);

    // Keep mine: the save replaces theirs, knowingly (the edit says what it replaces).
    await fireEvent.click(within(clash).getByTestId('keep-mine-title'));
    expect(within(form).queryByTestId('clash-title')).toBeNull();
    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('edit_entry')[0].edit).toEqual({ id: id(11), changes: { title: 'Welcome' }, opened: { title: 'Opening of the meeting' } });

    // Use theirs: the field takes their value, and there is nothing left to save.
    form = await edit('Welcome');
    await enter(form, 'title', 'Welcome to Geneva');
    backend.colleague(['entries'], () => {
      backend.state.entries.find((e) => e.id === id(11))!.title = 'Welcome, delegates';
    });
    await fireEvent.click(await within(form).findByTestId('take-theirs-title'));
    expect(named(form, 'title').value).toBe('Welcome, delegates');
    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(screen.queryByTestId('entry-form')).toBeNull());
    expect(backend.callsOf('edit_entry')[1].edit).toEqual({ id: id(11), changes: {}, opened: {} });
  });

  it('a refusal because of a change not yet shown is shown at its field', async () => {
    const backend = mockBackend();
    await renderApp(backend);
    const form = await edit('Closing');
    await enter(form, 'title', 'Closing remarks');
    // Changed without the window being told yet: the save is refused by the workspace.
    backend.state.entries.find((e) => e.title === 'Closing')!.title = 'Close of the meeting';
    await fireEvent.click(within(form).getByTestId('save-entry'));
    const error = await within(form).findByTestId('error-title');
    expect(error.textContent).toContain('changed by someone else since you opened it: “Close of the meeting”');
    expect(screen.getByTestId('entry-form')).toBe(form);
    expect(backend.state.entries.find((e) => e.title === 'Closing remarks')).toBeUndefined();
  });
});

describe('chairs and speakers on an entry', () => {
  it('are given by type-ahead over the speakers, with their role, and a new name makes a new speaker', async () => {
    const backend = mockBackend();
    await renderApp(backend);
    const form = await edit('Closing');
    const people = within(form).getByRole('group', { name: 'Chairs and speakers' });
    await until(() => expect(people.querySelectorAll('datalist option').length).toBe(5));
    const name = within(people).getByTestId('entry-person-name') as HTMLInputElement;
    const known = people.querySelector('datalist option')!.getAttribute('value')!;

    await fireEvent.input(name, { target: { value: known.toUpperCase() } });
    const role = within(people).getByTestId('entry-person-role') as HTMLSelectElement;
    role.value = 'chair';
    await fireEvent.change(role);
    expect(within(people).getByTestId('add-entry-person').textContent?.trim()).toBe('Add');
    await fireEvent.click(within(people).getByTestId('add-entry-person'));
    await until(() => expect(within(people).getAllByTestId('entry-person')).toHaveLength(1));
    const [added] = backend.callsOf('save_participation');
    const speaker = backend.state.speakers.find((s) => [s.honorific, s.given_name, s.family_name].filter(Boolean).join(' ') === known)!;
    expect(added.participation).toMatchObject({ entry_id: id(24), speaker_id: speaker.id, role: 'chair' });
    expect(within(people).getByTestId('entry-person').textContent).toContain('Chair');

    // Someone new: made a speaker, then given the role (Enter adds too; the entry's form is not sent).
    await fireEvent.input(name, { target: { value: 'Grace Hopper' } });
    expect(within(people).getByTestId('add-entry-person').textContent?.trim()).toBe('Add “Grace Hopper” as a new speaker');
    await fireEvent.keyDown(name, { key: 'Enter' });
    await until(() => expect(within(people).getAllByTestId('entry-person')).toHaveLength(2));
    expect(backend.callsOf('add_speaker')[0].speaker).toMatchObject({ given_name: 'Grace', family_name: 'Hopper' });
    expect(backend.callsOf('edit_entry')).toHaveLength(0);
    await until(() => expect(name.value).toBe(''));
  });

  it('are added once the entry is', async () => {
    await renderApp();
    await fireEvent.click(screen.getByTestId('add-entry'));
    const form = screen.getByTestId('entry-form');
    expect(within(form).queryByRole('group', { name: 'Chairs and speakers' })).toBeNull();
    expect(form.textContent).toContain('Chairs and speakers are added once the entry is.');
  });
});
