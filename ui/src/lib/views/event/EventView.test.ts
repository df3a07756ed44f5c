import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { Edit } from '../../bindings/Edit';
import { event as demo, EVENT_ID } from '../../../test/fixtures';
import { mockBackend, named, renderApp, until } from '../../../test/helpers';

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
    expect(named(form, 'starts_on').value).toBe('2025-10-31');
    expect(named(form, 'reference').value).toBe('TSB Circular 81, 15 October 2025');
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
    await fireEvent.input(named(form, 'venue'), { target: { value: 'Room K' } });
    await fireEvent.click(within(form).getByTestId('save-event'));
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
    expect(named(dialog, 'starts_on').value).toBe(demo.starts_on);
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

  it('saves the changed details with edit_event and shows the new short title in the sidebar', async () => {
    const { backend, view } = await openEvent();
    const form = within(view).getByTestId('event-form');
    await fireEvent.input(named(form, 'short_title'), { target: { value: 'U4SSC 9th meeting' } });
    await fireEvent.input(named(form, 'website'), { target: { value: '' } });
    await fireEvent.input(named<HTMLTextAreaElement>(form, 'audience'), { target: { value: 'Anyone from an ITU Member State.' } });
    await fireEvent.click(within(form).getByTestId('save-event'));

    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(1));
    expect(backend.callsOf('edit_event')[0]).toEqual({
      edit: {
        id: demo.id,
        changes: { short_title: 'U4SSC 9th meeting', website: null, audience: 'Anyone from an ITU Member State.' },
        opened: { short_title: demo.short_title, website: demo.website, audience: demo.audience },
      } satisfies Edit,
    });
    await until(() => expect(screen.getByTestId('meeting-short-title').textContent).toBe('U4SSC 9th meeting'));
    expect(screen.getByTestId('status').textContent).toContain('Saved');
  });

  it('shows field errors next to their fields', async () => {
    const { backend, view } = await openEvent();
    const form = within(view).getByTestId('event-form');
    await fireEvent.input(named(form, 'zone'), { target: { value: 'Geneva' } });
    await fireEvent.input(named(form, 'title'), { target: { value: ' ' } });
    await fireEvent.click(within(form).getByTestId('save-event'));

    const zone = await within(form).findByTestId('error-zone');
    expect(zone.textContent).toContain('unknown time zone "Geneva"');
    expect(zone.closest('.field')).toBe(named(form, 'zone').closest('.field'));
    expect(within(form).getByTestId('error-title').textContent).toBe('a title is required');
    expect(backend.state.events[0].zone).toBe('Europe/Zurich');
  });
});
