import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../bindings/Edit';
import { event as demo, EVENT_ID } from '../../../test/fixtures';
import { enter, mockBackend, named, renderApp, until } from '../../../test/helpers';

async function openEvent(backend = mockBackend()) {
  await renderApp(backend);
  await fireEvent.click(screen.getByTestId('nav-event'));
  return { backend, view: await screen.findByTestId('event-view') };
}

describe('the event view', () => {
  it('shows the facts of the event and its side events', async () => {
    const { backend, view } = await openEvent();
    expect(screen.getByTestId('nav-event').getAttribute('aria-current')).toBe('page');
    expect(within(view).getByRole('heading', { level: 1 }).textContent).toBe(demo.title);
    // Every fact of the circular, in the form that edits it.
    const form = within(view).getByTestId('event-form');
    expect(named(form, 'organiser').value).toBe('ITU Telecommunication Standardization Bureau (TSB), Geneva');
    expect(named(form, 'languages').value).toBe('English');
    expect(named<HTMLSelectElement>(form, 'format').value).toBe('virtual');
    expect(named(form, 'mandatory').checked).toBe(true);
    expect(named(form, 'free_of_charge').checked).toBe(true);
    expect(within(form).getByLabelText('Email (contact 1)')).toHaveProperty('value', 'u4ssc@itu.int');
    const eligible = within(form)
      .getAllByRole('checkbox')
      .filter((c) => c.getAttribute('data-testid')?.startsWith('eligible-'));
    expect(eligible.map((c) => [c.parentElement?.textContent?.trim(), (c as HTMLInputElement).checked])).toEqual([
      ['ITU Member State administration', true],
      ['ITU-T Sector Member', true],
      ['ITU-T Associate', true],
      ['ITU Academia', true],
      ['State of Palestine (Resolution 99)', true],
      ['Individual from an ITU Member State', true],
    ]);
    const side = await within(view).findAllByTestId('side-event');
    expect(side.map((s) => s.textContent)).toEqual([
      expect.stringContaining('Empowering people through people-centred smart cities'),
    ]);
    expect(backend.callsOf('side_events')).toContainEqual({ eventId: EVENT_ID });
    expect(named(form, 'title').value).toBe(demo.title);
    expect(named(form, 'short_title').value).toBe('U4SSC-9');
    expect(named(form, 'zone').value).toBe('Europe/Zurich');
    expect(named(form, 'starts_on').value).toBe('31 October 2025');
    expect(named(form, 'reference').value).toBe('TSB Circular 81, 15 October 2025');
  });

  it("gives the meeting's words in another language, field by field, beside the originals", async () => {
    const { backend, view } = await openEvent();
    const box = await within(view).findByTestId('translations');
    // The original is shown beside its translation.
    expect(within(box).getAllByText(`Original: ${demo.title}`)).toHaveLength(1);
    const language = within(box).getByTestId<HTMLSelectElement>('translation-language');
    await fireEvent.change(language, { target: { value: 'fr' } });
    await enter(box, 'title', 'Neuvième réunion U4SSC');
    await until(() =>
      expect(backend.callsOf('translate')).toEqual([
        { input: { record_id: EVENT_ID, field: 'title', lang: 'fr', text: 'Neuvième réunion U4SSC' } },
      ]),
    );
    // Only that field: the event itself is not edited, and another language starts empty.
    expect(backend.callsOf('edit_event')).toEqual([]);
    await until(() => expect(language.selectedOptions[0].textContent).toBe('Français (1)'));
    await fireEvent.change(language, { target: { value: 'es' } });
    expect(named(within(view).getByTestId('translations'), 'title').value).toBe('');
    await fireEvent.change(language, { target: { value: 'fr' } });
    expect(named(within(view).getByTestId('translations'), 'title').value).toBe('Neuvième réunion U4SSC');
    // Taken away: an empty text.
    await enter(within(view).getByTestId('translations'), 'title', '');
    await until(() => expect(backend.callsOf('translate')).toHaveLength(2));
    expect(backend.callsOf('translate')[1]).toEqual({ input: { record_id: EVENT_ID, field: 'title', lang: 'fr', text: '' } });
  });

  it('opens a side event in a view of its own, edits it, adds one and deletes one', async () => {
    const { backend, view } = await openEvent();
    await fireEvent.click(await within(view).findByTestId('open-side-event'));
    const side = await screen.findByTestId('event-view');
    expect(within(side).getByRole('heading', { level: 1 }).textContent).toBe(
      'Empowering people through people-centred smart cities',
    );
    expect(within(side).queryByTestId('add-side-event')).toBeNull();
    expect(within(side).queryByTestId('archive-meeting')).toBeNull();
    const form = within(side).getByTestId('event-form');
    await enter(form, 'venue', 'Room K');
    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(1));
    const edit = (backend.callsOf('edit_event')[0] as { edit: Edit }).edit;
    expect(edit.id).not.toBe(EVENT_ID);
    expect(edit.changes).toEqual({ venue: 'Room K' });

    // Back to the meeting, and a new side event from there: blank, in the meeting's zone, opened next.
    await fireEvent.click(within(side).getByTestId('back-to-meeting'));
    const meeting = await screen.findByTestId('event-view');
    expect(within(meeting).getByRole('heading', { level: 1 }).textContent).toBe(demo.title);
    await fireEvent.click(within(meeting).getByTestId('add-side-event'));
    const dialog = await screen.findByTestId('new-meeting-form');
    expect(within(dialog).getByRole('heading').textContent).toBe('New side event of U4SSC-9');
    expect(within(dialog).queryByTestId('from-template')).toBeNull();
    expect(named(dialog, 'zone').value).toBe(demo.zone);
    expect(named(dialog, 'starts_on').value).toBe('31 October 2025');
    await fireEvent.input(named(dialog, 'title'), { target: { value: 'Site visit' } });
    await fireEvent.input(named(dialog, 'short_title'), { target: { value: 'Visit' } });
    await fireEvent.click(within(dialog).getByTestId('create-meeting'));
    await until(() => expect(backend.callsOf('create_meeting')).toHaveLength(1));
    const sent = backend.callsOf('create_meeting')[0] as { meeting: { part_of?: string; start: { kind: string } } };
    expect(sent.meeting.part_of).toBe(EVENT_ID);
    expect(sent.meeting.start.kind).toBe('workshop');
    await until(() =>
      expect(within(screen.getByTestId('event-view')).getByRole('heading', { level: 1 }).textContent).toBe('Site visit'),
    );

    // Deleted after a confirmation: the meeting's view comes back, without it.
    const visit = screen.getByTestId('event-view');
    await fireEvent.click(within(visit).getByTestId('delete-meeting'));
    await fireEvent.click(within(visit).getByTestId('confirm-delete-meeting'));
    await until(() => expect(backend.callsOf('delete_meeting')).toHaveLength(1));
    await until(() =>
      expect(within(screen.getByTestId('event-view')).getByRole('heading', { level: 1 }).textContent).toBe(demo.title),
    );
    expect(within(screen.getByTestId('event-view')).getAllByTestId('side-event')).toHaveLength(1);
  });

  it('saves each field as the organiser leaves it, with edit_event, and the sidebar follows', async () => {
    const { backend, view } = await openEvent();
    const form = within(view).getByTestId('event-form');
    expect(within(form).queryByRole('button', { name: /save/i })).toBeNull();
    await enter(form, 'short_title', 'U4SSC 9th meeting');
    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(1));
    expect(backend.callsOf('edit_event')[0]).toEqual({
      edit: { id: demo.id, changes: { short_title: 'U4SSC 9th meeting' }, opened: { short_title: demo.short_title } } satisfies Edit,
    });
    await until(() => expect(screen.getByTestId('meeting-short-title').textContent).toBe('U4SSC 9th meeting'));
    expect(screen.getByTestId('status').textContent).toContain('Saved the event');

    // Each field is its own edit, carrying only itself.
    await enter(form, 'website', '');
    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(2));
    expect((backend.callsOf('edit_event')[1] as { edit: Edit }).edit).toEqual({
      id: demo.id,
      changes: { website: null },
      opened: { website: demo.website },
    });
    await fireEvent.click(within(form).getByTestId('eligible-academia'));
    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(3));
    expect(Object.keys((backend.callsOf('edit_event')[2] as { edit: Edit }).edit.changes)).toEqual(['eligible_categories']);
  });

  it('says at the field and in the status line what to do about a refused value, and saves the others', async () => {
    const { backend, view } = await openEvent();
    const form = within(view).getByTestId('event-form');
    await enter(form, 'zone', 'Geneva');
    const zone = await within(form).findByTestId('error-zone');
    expect(zone.textContent).toBe('no time zone is called “Geneva”; did you mean Europe/Zurich (Geneva)?');
    expect(zone.closest('.field')).toBe(named(form, 'zone').closest('.field'));
    // The status line says it once, without the field's name before it.
    expect(screen.getByTestId('status').textContent).toContain(
      'Not saved: no time zone is called “Geneva”; did you mean Europe/Zurich (Geneva)?',
    );
    expect(screen.getByTestId('status').textContent).not.toContain('zone:');

    // Another field is saved on its own; the refused one keeps its text and its message.
    await enter(form, 'venue', 'Room K');
    await until(() => expect(backend.state.events[0].venue).toBe('Room K'));
    expect(backend.state.events[0].zone).toBe('Europe/Zurich');
    expect(named(form, 'zone').value).toBe('Geneva');
    expect(within(form).getByTestId('error-zone')).toBeTruthy();

    await enter(form, 'title', ' ');
    expect((await within(form).findByTestId('error-title')).textContent).toBe(
      'give the title, as the circular names the meeting',
    );
  });

  it('marks the fields that must be filled in', async () => {
    const { view } = await openEvent();
    const form = within(view).getByTestId('event-form');
    const required = [...form.querySelectorAll('[aria-required="true"]')].map((el) => el.getAttribute('name'));
    expect(required).toEqual(['title', 'short_title', 'starts_on', 'ends_on', 'zone']);
    expect(named(form, 'short_title').closest('.field')?.querySelector('label')?.textContent).toBe('Short title required');
  });

  it('keeps a changed field when the organiser goes to another view and back', async () => {
    const { backend, view } = await openEvent();
    let form = within(view).getByTestId('event-form');
    // Typed and left for another view at once: saved on the way out.
    await fireEvent.input(named(form, 'organiser'), { target: { value: 'ITU, Geneva' } });
    await fireEvent.click(screen.getByTestId('nav-programme'));
    await until(() => expect(backend.state.events[0].organiser).toBe('ITU, Geneva'));
    // A value core refuses is kept too, with its message, for the organiser to put right.
    await fireEvent.click(screen.getByTestId('nav-event'));
    form = await screen.findByTestId('event-form');
    expect(named(form, 'organiser').value).toBe('ITU, Geneva');
    await enter(form, 'zone', 'Geneva');
    await within(form).findByTestId('error-zone');
    await fireEvent.click(screen.getByTestId('nav-speakers'));
    await fireEvent.click(screen.getByTestId('nav-event'));
    form = await screen.findByTestId('event-form');
    expect(named(form, 'zone').value).toBe('Geneva');
    expect(within(form).getByTestId('error-zone').textContent).toContain('did you mean Europe/Zurich (Geneva)?');
  });

  it('takes dates as typed, moves the last day with the first, and saves both', async () => {
    const { backend, view } = await openEvent();
    const form = within(view).getByTestId('event-form');
    await enter(form, 'ends_on', '1 Nov');
    await until(() => expect(backend.state.events[0].ends_on).toBe('2025-11-01'));
    expect(named(form, 'ends_on').value).toBe('1 November 2025');
    // A two-day meeting moved to March stays two days long, in one edit.
    await enter(form, 'starts_on', '26/03/2026');
    await until(() => expect(backend.state.events[0].starts_on).toBe('2026-03-26'));
    expect((backend.callsOf('edit_event').at(-1) as { edit: Edit }).edit.changes).toEqual({
      starts_on: '2026-03-26',
      ends_on: '2026-03-27',
    });
    expect(named(form, 'starts_on').value).toBe('26 March 2026');
    expect(named(form, 'ends_on').value).toBe('27 March 2026');

    await enter(form, 'ends_on', '32 March');
    expect((await within(form).findByTestId('error-ends_on')).textContent).toBe(
      '“32 March” is not a date; write it as 26 March 2026 or 26/03/2026',
    );
    expect(backend.state.events[0].ends_on).toBe('2026-03-27');
  });
});
