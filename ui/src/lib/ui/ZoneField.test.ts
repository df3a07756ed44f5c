import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { enter, named, newMeeting, until } from '../../test/helpers';


describe('the time zone field', () => {
  it('finds a zone by its city, to pick by keyboard, and keeps the zone’s name', async () => {
    const { backend, form } = await newMeeting();
    const zone = named(form, 'zone');
    expect(zone.getAttribute('role')).toBe('combobox');
    await fireEvent.input(zone, { target: { value: 'Geneva' } });
    await until(() => expect(zone.getAttribute('aria-expanded')).toBe('true'));
    expect(backend.callsOf('find_zones')).toContainEqual({ text: 'Geneva' });
    const choices = within(form).getAllByTestId('zone-choice');
    expect(choices.map((c) => c.textContent)).toEqual(['Europe/Zurich (Geneva) Switzerland: Zürich, Geneva, Basel, Lausanne']);
    await fireEvent.keyDown(zone, { key: 'ArrowDown' });
    expect(zone.getAttribute('aria-activedescendant')).toBe(choices[0].id);
    expect(choices[0].getAttribute('aria-selected')).toBe('true');
    await fireEvent.keyDown(zone, { key: 'Enter' });
    expect(zone.value).toBe('Europe/Zurich');
    expect(zone.getAttribute('aria-expanded')).toBe('false');
  });

  it('finds zones by a country, to pick with the mouse', async () => {
    const { form } = await newMeeting();
    const zone = named(form, 'zone');
    await fireEvent.input(zone, { target: { value: 'japan' } });
    const choice = await within(form).findByText('Asia/Tokyo (Japan)');
    await fireEvent.mouseDown(choice);
    expect(zone.value).toBe('Asia/Tokyo');
  });

  it('leaves text that names no zone as typed, and core says which zone it may mean', async () => {
    const { form } = await newMeeting();
    await enter(form, 'title', 'Tenth meeting');
    await enter(form, 'short_title', 'U4SSC-10');
    await enter(form, 'starts_on', '26 March 2026');
    await enter(form, 'zone', 'Geneva');
    await fireEvent.click(within(form).getByTestId('create-meeting'));
    expect((await within(form).findByTestId('error-zone')).textContent).toContain('did you mean Europe/Zurich (Geneva)?');
    expect(named(form, 'zone').value).toBe('Geneva');
    expect(screen.getByTestId('status').textContent).toContain('Not created: no time zone is called “Geneva”');
  });
});
