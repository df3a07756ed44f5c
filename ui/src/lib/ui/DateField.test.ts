import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { enter, named, newMeeting, renderApp, until } from '../../test/helpers';
import { followFirstDay, instant, readDate } from './format';


describe('a date as typed', () => {
  it('is read in the forms organisers write, the day first', () => {
    for (const typed of ['26 March 2026', '26 Mar 2026', 'Thursday, 26 March 2026', '26th March 2026', '26/03/2026', '26.03.2026', '26-03-26', '2026-03-26', 'March 26, 2026', ' 26  march 2026 ']) {
      expect(readDate(typed), typed).toBe('2026-03-26');
    }
  });

  it('without its year, is in the year of the meeting', () => {
    expect(readDate('26 Mar', '2026-03-10')).toBe('2026-03-26');
    expect(readDate('26/03', '2027-01-01')).toBe('2027-03-26');
    expect(readDate('1 Nov')).toBe(`${new Date().getFullYear()}-11-01`);
  });

  it('is none when no such day exists or the words are not a date', () => {
    for (const typed of ['31 February 2026', '32/03/2026', '26 Ma 2026', 'soon', '03/26/2026', '']) {
      expect(readDate(typed), typed).toBeNull();
    }
  });
});

describe('the last day', () => {
  it('follows the first: the meeting keeps its length, and an empty or earlier last day takes the first', () => {
    expect(followFirstDay('2026-03-10', '2026-03-26', '2026-03-11')).toBe('2026-03-27');
    expect(followFirstDay('2026-03-10', '2026-03-01', '2026-03-12')).toBe('2026-03-03');
    expect(followFirstDay('', '2026-03-26', '')).toBe('2026-03-26');
    expect(followFirstDay('', '2026-03-26', '2026-03-01')).toBe('2026-03-26');
    expect(followFirstDay('', '2026-03-26', '2026-04-02')).toBe('2026-04-02');
    expect(followFirstDay('2026-03-10', 'soon', '2026-03-11')).toBe('2026-03-11');
  });
});

describe('a date shown', () => {
  it('is written one way everywhere, an instant with its time and zone', () => {
    expect(instant('2025-10-30T08:40:00Z', 'Europe/Zurich')).toBe('30 October 2025, 09:40 CET');
    expect(instant('2025-10-30T08:40:00Z', 'Europe/Zurich', false)).toBe('30 October 2025');
  });
});

describe('the date field', () => {
  it('takes a typed date, shows it as the app writes dates, and the last day follows the first', async () => {
    const { form } = await newMeeting();
    await enter(form, 'starts_on', '26/03/2026');
    expect(named(form, 'starts_on').value).toBe('26 March 2026');
    expect(named(form, 'ends_on').value).toBe('26 March 2026');
    await enter(form, 'ends_on', '27 Mar');
    expect(named(form, 'ends_on').value).toBe('27 March 2026');
    // Moved a week on, the meeting stays two days long.
    await enter(form, 'starts_on', '2 April 2026');
    expect(named(form, 'ends_on').value).toBe('3 April 2026');
    // What reads as no date stays as typed, and the form says why.
    await enter(form, 'ends_on', '31 February');
    expect(named(form, 'ends_on').value).toBe('31 February');
    await fireEvent.click(within(form).getByTestId('create-meeting'));
    expect((await within(form).findByTestId('error-ends_on')).textContent).toBe(
      '“31 February” is not a date; write it as 26 March 2026 or 26/03/2026',
    );
  });

  it('opens its calendar on the month of the other date, and a day picked is the date', async () => {
    const { backend, form } = await newMeeting();
    await enter(form, 'title', 'Tenth meeting');
    await enter(form, 'short_title', 'U4SSC-10');
    await enter(form, 'starts_on', '26 March 2026');
    await enter(form, 'ends_on', '');
    const toggle = within(form).getByTestId('calendar-ends_on');
    expect(toggle.getAttribute('aria-label')).toBe('Choose the last day in a calendar');
    await fireEvent.click(toggle);
    const calendar = within(form).getByTestId('calendar');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(calendar).getByTestId('calendar-month').textContent).toBe('March 2026');
    // The keyboard starts on the first day, and moves by day, by week and by month.
    expect(document.activeElement?.getAttribute('data-date')).toBe('2026-03-26');
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-date')).toBe('2026-03-27');
    await fireEvent.keyDown(document.activeElement!, { key: 'PageDown' });
    expect(within(calendar).getByTestId('calendar-month').textContent).toBe('April 2026');
    await fireEvent.keyDown(document.activeElement!, { key: 'PageUp' });
    await fireEvent.click(within(calendar).getByRole('button', { name: 'Saturday, 28 March 2026' }));
    expect(within(form).queryByTestId('calendar')).toBeNull();
    expect(named(form, 'ends_on').value).toBe('28 March 2026');
    expect(document.activeElement).toBe(toggle);

    await fireEvent.click(within(form).getByTestId('create-meeting'));
    await until(() => expect(backend.callsOf('create_meeting')).toHaveLength(1));
    const sent = backend.callsOf('create_meeting')[0] as { meeting: { starts_on: string; start: { ends_on: string } } };
    expect([sent.meeting.starts_on, sent.meeting.start.ends_on]).toEqual(['2026-03-26', '2026-03-28']);
  });

  it('closes its calendar on Escape without closing the dialog around it', async () => {
    await renderApp();
    await fireEvent.click(screen.getByTestId('new-meeting'));
    const form = await screen.findByTestId('new-meeting-form');
    expect(form.closest('[role="dialog"]')).not.toBeNull();
    await enter(form, 'starts_on', '26 March 2026');
    await fireEvent.click(within(form).getByTestId('calendar-starts_on'));
    await fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(within(form).queryByTestId('calendar')).toBeNull();
    expect(screen.getByTestId('new-meeting-form')).toBe(form);
    expect(named(form, 'starts_on').value).toBe('26 March 2026');
  });
});
