import { emit } from '@tauri-apps/api/event';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { EVENT_ID, id } from '../../../test/fixtures';
import { mockBackend, named, renderApp, until } from '../../../test/helpers';
import App from '../../../App.svelte';

/** The timetable's entry titled exactly `title`. */
function box(title: string): HTMLElement {
  const found = screen
    .getAllByTestId('timetable-entry')
    .find((e) => e.querySelector('.title')?.textContent === title);
  if (!found) throw new Error(`no timetable entry titled ${JSON.stringify(title)}`);
  return found;
}

const times = (title: string) => `${box(title).dataset.start}–${box(title).dataset.end}`;

async function timetable() {
  const rendered = await renderApp();
  await fireEvent.click(screen.getByTestId('layout-timetable'));
  await screen.findAllByTestId('timetable-entry');
  return rendered;
}

describe('the timetable', () => {
  it('draws each day to scale with its zone, an entry a box at its times', async () => {
    await timetable();
    expect(screen.getByTestId('timetable-zone').textContent).toBe('times in CET');
    expect(screen.getAllByTestId('timetable-entry')).toHaveLength(11);
    expect(times('U4SSC meeting')).toBe('11:00–12:00');
    // Ten minutes are 24 pixels; the day starts at 09:00, two hours before the Opening.
    expect(box('Opening and welcome').style.height).toBe('24px');
    expect(box('Opening and welcome').style.top).toBe('288px');
    expect(box('Opening and welcome').className).toContain('lane-items');
    expect(box('Break').className).toContain('lane-sessions');
  });

  it('moves an entry by keyboard, 5 minutes a key, and its end with Shift', async () => {
    const { backend } = await timetable();
    box('Closing').focus();
    await fireEvent.keyDown(box('Closing'), { key: 'ArrowUp' });
    await until(() => expect(times('Closing')).toBe('15:15–15:25'));
    expect(backend.callsOf('reschedule')).toEqual([{ input: { ids: [id(24)], start_minutes: -5, end_minutes: -5 } }]);
    await fireEvent.keyDown(box('Closing'), { key: 'ArrowDown', shiftKey: true });
    await until(() => expect(times('Closing')).toBe('15:15–15:30'));
    expect(backend.callsOf('reschedule')[1]).toEqual({ input: { ids: [id(24)], start_minutes: 0, end_minutes: 5 } });
  });

  it('drags a block with its items in 5-minute steps, and several selected entries together', async () => {
    const { backend } = await timetable();
    const block = box('U4SSC meeting (continued)');
    await fireEvent.pointerDown(block, { button: 0, clientY: 100 });
    // 55 pixels are 22.9 minutes: 25 once snapped; drawn at once, sent when let go.
    await fireEvent.pointerMove(window, { clientY: 155 });
    expect(times('U4SSC meeting (continued)')).toBe('13:55–15:55');
    expect(times('Closing')).toBe('15:45–15:55');
    expect(backend.callsOf('reschedule')).toHaveLength(0);
    await fireEvent.pointerUp(window, { clientY: 155 });
    expect(backend.callsOf('reschedule')).toEqual([{ input: { ids: [id(20)], start_minutes: 25, end_minutes: 25 } }]);
    await until(() => expect(times('Closing')).toBe('15:45–15:55'));

    await fireEvent.pointerDown(box('Break'), { button: 0, clientY: 0 });
    await fireEvent.pointerUp(window, { clientY: 0 });
    await fireEvent.pointerDown(box('U4SSC meeting'), { button: 0, clientY: 0, ctrlKey: true });
    await fireEvent.pointerMove(window, { clientY: -24 });
    await fireEvent.pointerUp(window, { clientY: -24 });
    expect(backend.callsOf('reschedule')[1]).toEqual({
      input: { ids: [id(15), id(10)], start_minutes: -10, end_minutes: -10 },
    });
  });

  it('drags an edge to change the end only', async () => {
    const { backend } = await timetable();
    const edge = box('Closing').querySelector<HTMLElement>('[data-edge="end"]')!;
    await fireEvent.pointerDown(edge, { button: 0, clientY: 0 });
    await fireEvent.pointerMove(window, { clientY: 24 });
    expect(times('Closing')).toBe('15:20–15:40');
    await fireEvent.pointerUp(window, { clientY: 24 });
    expect(backend.callsOf('reschedule')).toEqual([{ input: { ids: [id(24)], start_minutes: 0, end_minutes: 10 } }]);
  });

  it('a move the core refuses goes back and says why', async () => {
    const backend = mockBackend();
    backend.override('reschedule', () => {
      throw { code: 'invalid', message: 'slot: the item ends after its block', fields: [] };
    });
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('layout-timetable'));
    await fireEvent.keyDown(box('Closing'), { key: 'ArrowDown' });
    await until(() => expect(screen.getByTestId('status').textContent).toContain('Not moved: slot: the item ends after its block'));
    expect(times('Closing')).toBe('15:20–15:30');
  });

  it('adds an entry in place, from an empty slot, as an item of the block there', async () => {
    await timetable();
    const slot = screen.getAllByTestId('timetable-slot').find((s) => s.dataset.time === '14:00')!;
    expect(slot.getAttribute('aria-label')).toBe(
      'Add an entry at 14:00 on Friday, 31 October 2025 in “U4SSC meeting (continued)”',
    );
    await fireEvent.click(slot);
    const form = await screen.findByTestId('entry-form');
    expect((within(form).getByLabelText(/^Start/) as HTMLInputElement).value).toBe('14:00');
    expect((within(form).getByLabelText(/^End/) as HTMLInputElement).value).toBe('14:30');
    expect((form.querySelector('[name="kind"]') as HTMLSelectElement).value).toBe('item');
    expect((form.querySelector('[name="block_id"]') as HTMLSelectElement).value).toBe(id(20));
  });

  it('shows each day of a new meeting as a working day of empty slots, and adds the first entry on its second day', async () => {
    const backend = mockBackend();
    backend.state.events[0] = { ...backend.state.events[0], ends_on: '2025-11-01' };
    backend.state.entries = [];
    render(App);
    await fireEvent.click(await screen.findByTestId('empty-timetable'));
    const days = screen.getAllByTestId('timetable-day');
    expect(days.map((d) => d.querySelector('h2')?.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Friday, 31 October 2025 times in CET',
      'Saturday, 1 November 2025 times in CET',
    ]);
    const slotTimes = (day: HTMLElement) => within(day).getAllByTestId('timetable-slot').map((s) => s.dataset.time);
    expect(slotTimes(days[1])[0]).toBe('09:00');
    expect(slotTimes(days[1]).at(-1)).toBe('17:30');
    expect(slotTimes(days[1])).toEqual(slotTimes(days[0]));

    // By keyboard: from the first day's first slot, right to the second day, down to 10:00.
    const first = within(days[0]).getAllByTestId('timetable-slot')[0];
    first.focus();
    await fireEvent.keyDown(first, { key: 'ArrowRight' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const slot = document.activeElement as HTMLElement;
    expect(slot.getAttribute('aria-label')).toBe('Add an entry at 10:00 on Saturday, 1 November 2025');
    await fireEvent.click(slot);
    const form = await screen.findByTestId('entry-form');
    expect(named(form, 'date').value).toBe('1 November 2025');
    expect([named(form, 'start').value, named(form, 'end').value]).toEqual(['10:00', '10:30']);
    expect(named<HTMLSelectElement>(form, 'kind').value).toBe('block');
    await fireEvent.input(named(form, 'title'), { target: { value: 'Opening session' } });
    await fireEvent.submit(form);

    await until(() => expect(times('Opening session')).toBe('10:00–10:30'));
    expect(backend.callsOf('add_entry')[0]).toMatchObject({ input: { date: '2025-11-01', start: '10:00', end: '10:30' } });
    expect(screen.getAllByTestId('timetable-day').map((d) => d.dataset.date)).toEqual(['2025-10-31', '2025-11-01']);
    expect(box('Opening session').closest('[data-testid="timetable-day"]')?.getAttribute('data-date')).toBe('2025-11-01');
  });

  it('shows a warning on the entries it concerns', async () => {
    const backend = mockBackend();
    backend.state.warnings = [
      { kind: 'overlap', first: id(12), second: id(13), first_title: 'Updates from the U4SSC thematic groups', second_title: 'Updates from the U4SSC working groups' },
      {
        kind: 'participants_night',
        entry: id(20),
        title: 'U4SSC meeting (continued)',
        zone: 'Asia/Tokyo',
        start: '21:30',
        end: '23:30',
        abbreviation: 'JST',
        registrants: 12,
        countries: ['JP'],
      },
    ];
    await renderApp(backend);
    await fireEvent.click(screen.getByTestId('layout-timetable'));
    expect(within(box('Updates from the U4SSC working groups')).getByTestId('timetable-warning').textContent).toContain(
      'overlaps',
    );
    expect(within(box('U4SSC meeting (continued)')).getByTestId('timetable-warning').textContent).toContain(
      'for the 12 registrants in Japan',
    );
    expect(within(box('Closing')).queryByTestId('timetable-warning')).toBeNull();
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, and the sidebar says what', async () => {
    const { backend } = await timetable();
    expect((screen.getByTestId('undo') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.keyDown(box('Closing'), { key: 'ArrowUp' });
    await until(() => expect((screen.getByTestId('undo') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.keyDown(box('Closing'), { key: 'z', ctrlKey: true });
    await until(() => expect(times('Closing')).toBe('15:20–15:30'));
    expect(backend.callsOf('undo')).toEqual([{ eventId: EVENT_ID }]);
    expect(screen.getByTestId('status').textContent).toContain('Undone: reschedule');
    await fireEvent.keyDown(box('Closing'), { key: 'Z', ctrlKey: true, shiftKey: true });
    await until(() => expect(times('Closing')).toBe('15:15–15:25'));
    // In a text field, Ctrl+Z is the field's own.
    await fireEvent.keyDown(screen.getByTestId('zone-picker'), { key: 'z', ctrlKey: true });
    expect(backend.callsOf('undo')).toHaveLength(1);
  });

  it('tells the Edit menu what Undo would take back, and undoes when it is chosen there', async () => {
    const { backend } = await timetable();
    await fireEvent.keyDown(box('Closing'), { key: 'ArrowUp' });
    await until(() => expect(backend.callsOf('edit_menu').at(-1)).toEqual({ undo: 'Undo reschedule', redo: null }));
    await emit('menu', 'undo');
    await until(() => expect(times('Closing')).toBe('15:20–15:30'));
    await until(() => expect(backend.callsOf('edit_menu').at(-1)).toEqual({ undo: null, redo: 'Redo reschedule' }));
    await emit('menu', 'redo');
    await until(() => expect(times('Closing')).toBe('15:15–15:25'));
  });
});
