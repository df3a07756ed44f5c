import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../../App.svelte';
import type { Edit } from '../../bindings/Edit';
import { event as demo, EVENT_ID } from '../../../test/fixtures';
import { enter, mockBackend, named, renderApp, until } from '../../../test/helpers';

/** The app on a workspace with no meeting: the welcome screen. */
async function welcome() {
  const backend = mockBackend();
  backend.state.events = [];
  render(App);
  return { backend, view: await screen.findByTestId('welcome') };
}

describe('a first start', () => {
  it('welcomes the organiser with three ways in, and the demo opens on its programme', async () => {
    const { backend, view } = await welcome();
    expect(within(view).getByTestId('welcome-create')).toBeTruthy();
    expect(within(view).getByTestId('welcome-connect')).toBeTruthy();
    await fireEvent.click(within(view).getByTestId('welcome-demo'));
    await screen.findAllByTestId('programme-row');
    expect(backend.callsOf('open_demo')).toHaveLength(1);
    expect(screen.getByTestId('meeting-short-title').textContent).toBe('U4SSC-9');
  });

  it('creates a blank meeting from the guided form and shows its facts next', async () => {
    const { backend, view } = await welcome();
    await fireEvent.click(within(view).getByTestId('welcome-create'));
    const form = await screen.findByTestId('new-meeting-form');
    await fireEvent.click(within(form).getByTestId('create-meeting'));
    // Nothing goes to core without the dates; the fields say why.
    expect(await within(form).findByTestId('error-starts_on')).toBeTruthy();
    expect(backend.callsOf('create_meeting')).toHaveLength(0);

    await fireEvent.input(named(form, 'title'), { target: { value: 'Tenth U4SSC meeting' } });
    await fireEvent.input(named(form, 'short_title'), { target: { value: 'U4SSC-10' } });
    await enter(form, 'starts_on', '10 March 2026');
    await enter(form, 'ends_on', '11/03/2026');
    await enter(form, 'registration_opens', '1 Feb');
    await fireEvent.click(within(form).getByTestId('create-meeting'));
    // A day without its time is not sent: the field says what to add.
    expect((await within(form).findByTestId('error-registration')).textContent).toBe(
      'give the time registration opens too, such as 09:00',
    );
    await enter(form, 'registration_opens_at', '09:00');
    await fireEvent.click(within(form).getByLabelText('French'));
    await fireEvent.click(within(form).getByTestId('create-meeting'));

    await until(() => expect(backend.callsOf('create_meeting')).toHaveLength(1));
    expect(backend.callsOf('create_meeting')[0]).toEqual({
      meeting: {
        title: 'Tenth U4SSC meeting',
        short_title: 'U4SSC-10',
        starts_on: '2026-03-10',
        start: {
          from: 'blank',
          kind: 'meeting',
          format: 'hybrid',
          zone: 'Europe/Zurich',
          ends_on: '2026-03-11',
          languages: ['English', 'French'],
          registration: { mandatory: true, free_of_charge: true, opens: '2026-02-01T09:00', closes: null, capacity: null },
        },
      },
    });
    const facts = await screen.findByTestId('event-view');
    expect(within(facts).getByRole('heading', { level: 1 }).textContent).toBe('Tenth U4SSC meeting');
    expect(screen.getByTestId('meeting-short-title').textContent).toBe('U4SSC-10');
  });
});

describe('a meeting as a whole', () => {
  it('starts a meeting from a past one, chosen in the dialog', async () => {
    const { backend } = await renderApp();
    await fireEvent.click(screen.getByTestId('new-meeting'));
    const form = await screen.findByTestId('new-meeting-form');
    await fireEvent.click(within(form).getByTestId('from-template'));
    expect(within(form).getByTestId('template-summary').textContent).toContain('U4SSC-9');
    await fireEvent.input(named(form, 'title'), { target: { value: 'Tenth' } });
    await fireEvent.input(named(form, 'short_title'), { target: { value: 'U4SSC-10' } });
    await enter(form, 'starts_on', '2026-10-30');
    await fireEvent.click(within(form).getByTestId('create-meeting'));
    await until(() => expect(backend.callsOf('create_meeting')).toHaveLength(1));
    expect(backend.callsOf('create_meeting')[0]).toEqual({
      meeting: { title: 'Tenth', short_title: 'U4SSC-10', starts_on: '2026-10-30', start: { from: 'template', event_id: EVENT_ID } },
    });
    await until(() => expect(screen.queryByTestId('new-meeting-form')).toBeNull());
    expect((screen.getByLabelText('Meeting') as HTMLSelectElement).value).toBe('new-2');
  });

  it('edits the registration rules in the meeting zone, sending only what changed', async () => {
    const { backend } = await renderApp();
    await fireEvent.click(screen.getByTestId('nav-event'));
    const form = await screen.findByTestId('event-form');
    // 08:00 UTC is 10:00 in Geneva (CEST) on 15 October 2025.
    expect(named(form, 'registration_opens').value).toBe('15 October 2025');
    expect(named(form, 'registration_opens_at').value).toBe('10:00');
    expect(named(form, 'registration_closes').value).toBe('31 October 2025');
    await enter(form, 'registration_closes_at', '18:00');
    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(1));
    const { changes, opened } = (backend.callsOf('edit_event')[0] as { edit: { changes: Record<string, unknown>; opened: Record<string, unknown> } }).edit;
    expect(Object.keys(changes)).toEqual(['registration']);
    expect(changes.registration).toEqual({
      mandatory: true,
      free_of_charge: true,
      opens_at: demo.registration.opens_at,
      closes_at: '2025-10-31T18:00',
      capacity: null,
    });
    expect(opened.registration).toEqual(demo.registration);
    // The next change is made over the rules as core keeps them (the closing an instant now), and saved.
    await enter(form, 'capacity', '300');
    await until(() => expect(backend.state.events[0].registration.capacity).toBe(300));
    const second = (backend.callsOf('edit_event')[1] as { edit: Edit }).edit;
    expect(second.opened.registration).toEqual({ ...demo.registration, closes_at: '2025-10-31T17:00:00Z' });
    expect(backend.state.events[0].registration.closes_at).toBe('2025-10-31T17:00:00Z');
    expect(screen.queryByTestId('clash-registration')).toBeNull();
  });

  it('archives a meeting, and deletes one only once confirmed', async () => {
    const { backend } = await renderApp();
    await fireEvent.click(screen.getByTestId('nav-event'));
    await fireEvent.click(await screen.findByTestId('archive-meeting'));
    await until(() => expect(backend.callsOf('edit_event')).toHaveLength(1));
    expect(backend.callsOf('edit_event')[0]).toEqual({ edit: { id: EVENT_ID, changes: { archived: true }, opened: { archived: false } } });
    await screen.findByTestId('meeting-archived');

    await fireEvent.click(screen.getByTestId('delete-meeting'));
    expect(backend.callsOf('delete_meeting')).toHaveLength(0);
    await fireEvent.click(await screen.findByTestId('confirm-delete-meeting'));
    await until(() => expect(backend.callsOf('delete_meeting')).toEqual([{ id: EVENT_ID }]));
    await screen.findByTestId('welcome');
  });
});

describe('the sidebar', () => {
  it('takes the keyboard to the heading of each view it opens, the views loaded when first opened included', async () => {
    await renderApp();
    for (const view of ['event', 'speakers', 'registrations', 'conflicts', 'settings', 'programme']) {
      const nav = screen.getByTestId(`nav-${view}`);
      await fireEvent.click(nav);
      await until(() => expect(nav.getAttribute('aria-current')).toBe('page'));
      // Once shown, not a moment later: the view was loaded before it was switched to.
      expect(document.activeElement?.tagName).toBe('H1');
      expect(document.activeElement?.closest('main')).toBeTruthy();
    }
  });
});
