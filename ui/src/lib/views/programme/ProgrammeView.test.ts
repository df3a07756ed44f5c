import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { EVENT_ID, id } from '../../../test/fixtures';
import { mockBackend, renderApp, row, text, until } from '../../../test/helpers';

describe('the programme', () => {
  it('opens on the programme of the first meeting, in the event zone', async () => {
    const { backend } = await renderApp();

    expect(backend.callsOf('meetings')).toHaveLength(1);
    expect(backend.callsOf('programme')[0]).toEqual({ eventId: EVENT_ID, viewerZone: null });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('United for Smart Sustainable Cities');
    expect(screen.getByRole('heading', { name: 'Friday, 31 October 2025' })).toBeTruthy();
    expect(screen.getByTestId('zone-label').textContent).toBe('CET');
    expect(screen.getByTestId('zone-label').closest('th')?.textContent?.trim()).toBe('Time (CET)');
    expect(screen.getByTestId('nav-programme').getAttribute('aria-current')).toBe('page');

    const block = row('U4SSC meeting');
    expect(block.getAttribute('data-entry-id')).toBe(id(10));
    expect([text(block, 'row-start'), text(block, 'row-end')]).toEqual(['11:00', '12:00']);
    expect(text(row('U4SSC meeting (continued)'), 'row-end')).toBe('15:30');
    expect(text(row('Opening and welcome'), 'row-start')).toBe('11:00');
    expect(text(row('Opening and welcome'), 'row-end')).toBe('11:10');
    expect(screen.getAllByTestId('programme-row')).toHaveLength(11);
    // No viewer column until a zone is picked.
    expect(screen.queryByTestId('viewer-zone-label')).toBeNull();
    expect(within(block).queryByTestId('viewer-start')).toBeNull();
  });

  it('shows kinds, drafts, places, descriptions and speakers with their roles', async () => {
    await renderApp();

    expect(row('U4SSC meeting').className).toContain('kind-block');
    expect(row('Opening and welcome').className).toContain('kind-item');
    expect(row('Break').className).toContain('kind-break');
    const side = row('Webinar: Empowering people through people-centred smart cities');
    expect(side.className).toContain('kind-side_event');
    expect(side.textContent).toContain('Side event');

    expect(row('Any other business').textContent).toContain('Draft');
    expect(row('Closing').textContent).not.toContain('Draft');

    expect(row('Opening and welcome').textContent).toContain('adoption of the agenda');
    expect(row('Opening and welcome').textContent).toContain('Online (the link is sent to registered participants)');
    const afternoon = row('U4SSC meeting (continued)').textContent ?? '';
    expect(afternoon).toMatch(/Ms Ana Ribeiro\s*Chair/);
    expect(afternoon).toMatch(/Mr Tomasz Nowak\s*Rapporteur/);
    expect(side.textContent).toMatch(/Ms Sara Haddad\s*Moderator/);
  });

  it('shows which version each entry was last published in, and what changed since', async () => {
    const backend = mockBackend();
    await renderApp(backend);
    // Before the first Publish, no row says anything of versions.
    await until(() => expect(backend.callsOf('programme_publication')).toHaveLength(1));
    expect(screen.queryAllByTestId('row-publication')).toHaveLength(0);

    const idOf = (title: string) => row(title).getAttribute('data-entry-id')!;
    backend.colleague(['publications'], () => {
      backend.state.publications = [
        { seq: 2, event_id: EVENT_ID, version: 2, published_at: '2025-10-20T09:00:00Z', published_by: 'Alice', withdrawn: false, changes: [], edition: null, history: null },
      ];
      backend.state.publishedIn = { [idOf('Opening and welcome')]: 2, [idOf('Closing')]: 1 };
      backend.state.editedSince.add(idOf('Closing'));
    });
    await until(() => expect(text(row('Opening and welcome'), 'row-publication')).toBe('Published v2'));
    expect(within(row('Opening and welcome')).getByTestId('row-publication').getAttribute('title')).toBe(
      'Public as published in version 2',
    );
    expect(text(row('Closing'), 'row-publication')).toBe('Changed since v1');
    expect(text(row('U4SSC meeting'), 'row-publication')).toBe('Not public yet');
    expect(within(row('Any other business')).queryByTestId('row-publication')).toBeNull();
    expect(row('Any other business').textContent).toContain('Draft');

    // An edit is read back: the row says it waits for the next Publish.
    backend.handle('edit_entry', {
      edit: { id: idOf('Opening and welcome'), changes: { title: 'Welcome' }, opened: { title: 'Opening and welcome' } },
    });
    await until(() => expect(text(row('Welcome'), 'row-publication')).toBe('Changed since v2'));
  });

  it('lists warnings above the timetable without blocking it', async () => {
    const backend = mockBackend();
    backend.state.warnings = [
      { kind: 'overlap', first: id(21), second: id(22), first_title: 'New U4SSC activities', second_title: 'Closing' },
    ];
    await renderApp(backend);

    const warnings = screen.getAllByTestId('warning');
    expect(warnings.map((w) => w.textContent)).toEqual(['"New U4SSC activities" overlaps "Closing"']);
    expect(screen.getAllByTestId('programme-row')).toHaveLength(11);
  });

  it('shows a second time column for the zone typed into the picker', async () => {
    const { backend } = await renderApp();
    const picker = screen.getByTestId('zone-picker') as HTMLInputElement;
    expect(picker.getAttribute('role')).toBe('combobox');

    // Half a name asks for nothing.
    await fireEvent.input(picker, { target: { value: 'America/New_Y' } });
    expect(backend.callsOf('programme')).toHaveLength(1);

    await fireEvent.input(picker, { target: { value: 'America/New_York' } });
    await until(() => expect(screen.getByTestId('viewer-zone-label').textContent).toBe('EDT'));
    expect(backend.callsOf('programme').at(-1)).toEqual({ eventId: EVENT_ID, viewerZone: 'America/New_York' });
    expect(screen.getByTestId('viewer-zone-label').closest('th')?.textContent?.trim()).toBe('Time (EDT)');
    const block = row('U4SSC meeting');
    expect([text(block, 'viewer-start'), text(block, 'viewer-end')]).toEqual(['06:00', '07:00']);
    expect(within(block).queryByTestId('viewer-day')).toBeNull();
    // The event's own column stays.
    expect(text(block, 'row-start')).toBe('11:00');

    // Sydney: the afternoon block ends on Saturday.
    await fireEvent.input(picker, { target: { value: 'Australia/Sydney' } });
    await until(() => expect(screen.getByTestId('viewer-zone-label').textContent).toBe('AEDT'));
    const afternoon = row('U4SSC meeting (continued)');
    expect([text(afternoon, 'viewer-start'), text(afternoon, 'viewer-end')]).toEqual(['23:30', '01:30']);
    expect(within(afternoon).getAllByTestId('viewer-day').map((d) => d.textContent)).toEqual(['Sat 1 Nov']);
    expect(afternoon.querySelector('td.viewer')?.textContent?.trim()).toBe('23:30 – Sat 1 Nov 01:30');
    const closing = row('Closing');
    expect([text(closing, 'viewer-start'), text(closing, 'viewer-end')]).toEqual(['01:20', '01:30']);
    expect(within(closing).getByTestId('viewer-day').textContent).toBe('Sat 1 Nov');
    expect(closing.querySelector('td.viewer')?.textContent?.trim()).toBe('Sat 1 Nov 01:20–01:30');
    expect(row('U4SSC meeting').querySelector('td.viewer')?.textContent?.trim()).toBe('21:00–22:00');
    expect(within(row('Opening and welcome')).queryByTestId('viewer-day')).toBeNull();

    // Emptied, the picker hides the column.
    await fireEvent.input(picker, { target: { value: '' } });
    await until(() => expect(screen.queryByTestId('viewer-zone-label')).toBeNull());
    expect(backend.callsOf('programme').at(-1)).toEqual({ eventId: EVENT_ID, viewerZone: null });
    expect(within(row('U4SSC meeting')).queryByTestId('viewer-start')).toBeNull();
  });

  it('keeps the picked zone when coming back to the programme', async () => {
    const { backend } = await renderApp();
    await until(() => expect(backend.callsOf('zone_names')).toHaveLength(1));
    await fireEvent.input(screen.getByTestId('zone-picker'), { target: { value: 'Asia/Tokyo' } });
    await until(() => expect(screen.getByTestId('viewer-zone-label').textContent).toBe('JST'));

    await fireEvent.click(screen.getByTestId('nav-registrations'));
    await screen.findAllByTestId('registration-row');
    await fireEvent.click(screen.getByTestId('nav-programme'));
    await until(() => expect(screen.getByTestId('viewer-zone-label').textContent).toBe('JST'));
    expect((screen.getByTestId('zone-picker') as HTMLInputElement).value).toBe('Asia/Tokyo');
    expect(text(row('U4SSC meeting'), 'viewer-start')).toBe('19:00');
    expect(backend.callsOf('programme').at(-1)).toEqual({ eventId: EVENT_ID, viewerZone: 'Asia/Tokyo' });
  });

  it('deletes an entry after an in-page confirmation, then shows the programme anew', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    const { backend } = await renderApp();

    await fireEvent.click(within(row('Closing')).getByTestId('delete-entry'));
    expect(confirm).not.toHaveBeenCalled();
    expect(backend.callsOf('delete_entry')).toHaveLength(0);
    // Keeping it changes nothing.
    await fireEvent.click(within(row('Closing')).getByTestId('cancel-delete'));
    expect(within(row('Closing')).queryByTestId('confirm-delete')).toBeNull();

    await fireEvent.click(within(row('Closing')).getByTestId('delete-entry'));
    await fireEvent.click(within(row('Closing')).getByTestId('confirm-delete'));
    await until(() => expect(screen.queryAllByTestId('programme-row')).toHaveLength(10));
    expect(backend.callsOf('delete_entry')).toEqual([{ id: id(24) }]);
    expect(() => row('Closing')).toThrow();
    expect(screen.getByTestId('status').textContent).toContain('Deleted');
  });

  it('shows the error of a failed command in the status line', async () => {
    const backend = mockBackend();
    backend.override('delete_entry', () => {
      throw { code: 'disk_full', message: 'the disk is full: the change was not saved, and nothing was lost', fields: [] };
    });
    await renderApp(backend);

    await fireEvent.click(within(row('Closing')).getByTestId('delete-entry'));
    await fireEvent.click(within(row('Closing')).getByTestId('confirm-delete'));
    await until(() => expect(screen.getByTestId('status').textContent).toContain('the disk is full'));
    expect(row('Closing')).toBeTruthy();
  });
});
