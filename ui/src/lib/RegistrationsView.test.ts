import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_ID } from '../test/fixtures';
import { renderApp } from '../test/helpers';

describe('the registrations', () => {
  it('show readable categories, statuses and a count by status', async () => {
    const { backend } = await renderApp();
    await fireEvent.click(screen.getByTestId('nav-registrations'));
    const rows = await screen.findAllByTestId('registration-row');
    expect(backend.callsOf('registrations')).toEqual([{ eventId: EVENT_ID }]);

    expect(rows).toHaveLength(5);
    const cell = (r: HTMLElement, id: string) => within(r).getByTestId(id).textContent?.trim();
    expect(rows.map((r) => cell(r, 'reg-category'))).toEqual([
      'ITU Member State administration',
      'ITU-T Sector Member',
      'ITU Academia',
      'Individual from an ITU Member State',
      'State of Palestine (Resolution 99)',
    ]);
    expect(rows.map((r) => cell(r, 'reg-status'))).toEqual(['Approved', 'Approved', 'Pending', 'Pending', 'Rejected']);
    expect(rows[0].textContent).toContain('Jonas Keller');
    expect(rows[0].textContent).toContain('Federal Office of Communications');
    expect(rows[0].textContent).toContain('CH');
    // Submitted on 16 October, in the event's zone.
    expect(rows[0].textContent).toContain('16 Oct 2025');

    const count = (s: string) => screen.getByTestId(`count-${s}`).textContent?.replace(/\s+/g, ' ').trim();
    expect(count('approved')).toBe('2 Approved');
    expect(count('pending')).toBe('2 Pending');
    expect(count('rejected')).toBe('1 Rejected');
    expect(count('cancelled')).toBe('0 Cancelled');
    // Nothing to edit; only erasure, one per row.
    expect(within(screen.getByRole('table')).getAllByRole('button').map((b) => b.textContent)).toEqual(Array(5).fill('Erase…'));
  });

  it('erases a registration only once the organiser confirms, and Keep leaves it', async () => {
    const { backend } = await renderApp();
    await fireEvent.click(screen.getByTestId('nav-registrations'));
    let rows = await screen.findAllByTestId('registration-row');
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
    rows = screen.getAllByTestId('registration-row');
    expect(rows.map((r) => r.textContent).join(' ')).not.toContain('Jonas Keller');
    expect(screen.getByTestId('status').textContent).toContain('Erased the registration of Jonas Keller');
  });
});
