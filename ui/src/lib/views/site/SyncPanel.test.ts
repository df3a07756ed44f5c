import { emit } from '@tauri-apps/api/event';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe as suite, expect, it } from 'vitest';
import type { SyncStatus } from '../../bindings/SyncStatus';
import { describe } from '../../state/sync.svelte';
import { EVENT_ID } from '../../../test/fixtures';
import { mockBackend, named, renderApp, row, until } from '../../../test/helpers';

const SITE = 'https://events.example.org';
const statusText = () => screen.getByTestId('sync-status-text').textContent;

const base: SyncStatus = {
  site_url: SITE,
  waiting: 0,
  open_conflicts: 0,
  local_meetings: [],
  syncing: false,
  last_sync: null,
  last_error: null,
};

suite('the sync status line', () => {
  it('says what waits, what is synced, offline, syncing and errors', () => {
    expect(describe(base, false).text).toBe('All changes synced');
    expect(describe({ ...base, waiting: 1 }, false).text).toBe('1 change waiting');
    expect(describe({ ...base, waiting: 12 }, false).text).toBe('12 changes waiting');
    const offline = { code: 'offline', message: 'offline: the event site cannot be reached', fields: [] };
    expect(describe({ ...base, waiting: 3, last_error: offline }, false)).toEqual({
      kind: 'offline',
      text: 'Offline, 3 changes waiting',
    });
    const refusedChange = { code: 'refused', message: 'the event site refused 1 change, now back to the site’s values: …', fields: [] };
    expect(describe({ ...base, last_error: refusedChange }, false)).toEqual({
      kind: 'error',
      text: 'Synced, but the event site refused 1 change, now back to the site’s values: …',
    });
    // A push the site turned away is a sync that failed.
    const gap = { code: 'rejected', message: 'a change was refused: change 34 arrived before change 31', fields: [] };
    expect(describe({ ...base, last_error: gap }, false).text).toBe('Not synced: a change was refused: change 34 arrived before change 31');
    expect(describe({ ...base, waiting: 3 }, true).text).toBe('Syncing…');
    expect(describe({ ...base, syncing: true }, false).text).toBe('Syncing…');
    expect(describe({ ...base }, true, null, { stage: 'pushing', sent: 0, waiting: 4 }).text).toBe(
      'Syncing… sending 4 changes',
    );
    expect(describe({ ...base }, true, null, { stage: 'resending', sent: 500 }).text).toBe(
      'Syncing… the event site was restored from a copy: sending this workspace’s data again',
    );
    const refused = {
      code: 'unauthorized',
      message: 'the event site refused the organiser token: check it in the settings',
      fields: [],
    };
    expect(describe({ ...base, waiting: 2, last_error: refused }, false)).toEqual({
      kind: 'error',
      text: 'Not synced: the event site refused the organiser token: check it in the settings',
    });
    // A failed action seen here counts until the app reports again.
    expect(describe({ ...base, waiting: 2 }, false, refused).kind).toBe('error');
    expect(describe({ ...base, site_url: null, waiting: 2 }, false).text).toBe('No event site set, 2 changes waiting');
    // The meeting shown is kept on this computer: nothing of it is synced, whatever the others' changes are.
    const local = { ...base, local_meetings: [EVENT_ID] };
    expect(describe(local, false, null, null, EVENT_ID)).toEqual({
      kind: 'none',
      text: 'On this computer only: Publish… shares this meeting',
    });
    expect(describe(local, false, null, null, 'another-meeting').text).toBe('All changes synced');
  });
});

suite('the event site panel', () => {
  it('offers to set the site while there is none', async () => {
    await renderApp();
    await until(() => expect(statusText()).toBe('No event site set'));
    expect(screen.queryByTestId('publish')).toBeNull();
    await fireEvent.click(screen.getByTestId('set-site'));
    expect(await screen.findByTestId('settings-view')).toBeTruthy();
  });

  it('counts the changes waiting after an edit', async () => {
    const backend = mockBackend();
    backend.state.site.url = SITE;
    await renderApp(backend);
    await until(() => expect(statusText()).toBe('All changes synced'));

    await fireEvent.click(within(row('Closing')).getByTestId('edit-entry'));
    const form = screen.getByTestId('entry-form');
    await fireEvent.input(named(form, 'title'), { target: { value: 'Closing remarks' } });
    await fireEvent.click(within(form).getByTestId('save-entry'));
    await until(() => expect(statusText()).toBe('1 change waiting'));
  });

  it('publishes after a preview of the changes and of what becomes public, then links the version', async () => {
    const backend = mockBackend();
    backend.state.site.url = SITE;
    backend.state.site.waiting = 4;
    await renderApp(backend);
    await until(() => expect(statusText()).toBe('4 changes waiting'));

    await fireEvent.click(screen.getByTestId('publish'));
    const dialog = await screen.findByRole('dialog');
    await until(() => expect(within(dialog).getByTestId('preview-changes').textContent).toContain('New: Opening and welcome'));
    expect(within(dialog).getByTestId('publish-current').textContent).toContain('Nothing of this meeting is public yet');
    expect(within(dialog).getByTestId('private-statement').textContent).toContain('No email, private note or registration');
    expect(within(dialog).getByTestId('public-fields').textContent).toContain('times and place');
    expect(within(dialog).getByTestId('kept-fields').textContent).toContain('online link');
    // Who the site leaves out, and why: an invited speaker is named on the app's programme but not on the site.
    expect(within(dialog).getByTestId('preview-unlisted').textContent).toContain(
      'Mei Lin: not confirmed yet; has not agreed to be published',
    );
    expect(backend.callsOf('publish')).toEqual([]);

    await fireEvent.click(within(dialog).getByTestId('publish-confirm'));
    await until(() => expect(within(dialog).getByTestId('publish-done').textContent).toContain('Version 1 was published'));
    expect(backend.callsOf('publish')).toEqual([{ eventId: EVENT_ID, digest: 'digest-1-0' }]);
    const link = within(dialog).getByTestId('published-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(`${SITE}/events/${EVENT_ID}/programme`);
    expect(statusText()).toBe('All changes synced');
    expect(screen.getByTestId('published').textContent).toBe('Published version 1');

    // The page opens in the browser, not in the app's window.
    await fireEvent.click(link);
    await until(() =>
      expect(backend.callsOf('open_site_page')).toEqual([{ url: `${SITE}/events/${EVENT_ID}/programme` }]),
    );
  });

  it('publishes nothing a colleague changed after the preview, and shows the preview again', async () => {
    const backend = mockBackend();
    backend.state.site.url = SITE;
    backend.state.changedOnSite = true;
    backend.state.warnings = [
      { kind: 'overlap', first: 'a', second: 'b', first_title: 'Opening', second_title: 'Keynote' },
    ];
    await renderApp(backend);
    await fireEvent.click(await screen.findByTestId('publish'));
    const dialog = await screen.findByRole('dialog');
    const confirm = await within(dialog).findByTestId('publish-confirm');
    await until(() => expect(within(dialog).getByTestId('preview-warnings').textContent).toContain('overlaps'));
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(within(dialog).getByTestId('confirm-warnings'));
    expect((confirm as HTMLButtonElement).disabled).toBe(false);

    await fireEvent.click(confirm);
    await until(() => expect(within(dialog).getByTestId('publish-error').textContent).toContain('changed since the preview'));
    expect(within(dialog).getByTestId('preview-changes').textContent).toContain('Closing remarks');
    expect((within(dialog).getByTestId('publish-confirm') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('published')).toBeNull();
  });

  it('says offline, with the changes still waiting, when the site cannot be reached', async () => {
    const backend = mockBackend();
    backend.state.site.url = SITE;
    backend.state.site.waiting = 2;
    backend.state.site.offline = true;
    await renderApp(backend);
    await fireEvent.click(await screen.findByTestId('sync-now'));
    await until(() => expect(statusText()).toBe('Offline, 2 changes waiting'));
    expect(screen.queryByTestId('published')).toBeNull();
    expect(screen.getByTestId('sync-status').getAttribute('title')).toContain('cannot be reached');

    // Back online, Sync sends them.
    backend.state.site.offline = false;
    await fireEvent.click(screen.getByTestId('sync-now'));
    await until(() => expect(statusText()).toBe('All changes synced'));
    expect(backend.callsOf('sync_now')).toHaveLength(2);
  });

  it('shows an error of the site with its text', async () => {
    const backend = mockBackend();
    backend.state.site.url = SITE;
    backend.override('sync_now', () => {
      throw { code: 'unauthorized', message: 'the event site refused the organiser token: check it in the settings', fields: [] };
    });
    await renderApp(backend);
    await fireEvent.click(await screen.findByTestId('sync-now'));
    await until(() =>
      expect(statusText()).toBe('Not synced: the event site refused the organiser token: check it in the settings'),
    );
  });

  it('follows the app’s own syncs through its events', async () => {
    const backend = mockBackend();
    backend.state.site.url = SITE;
    await renderApp(backend);
    await until(() => expect(statusText()).toBe('All changes synced'));
    await emit('sync-status', { ...base, syncing: true });
    await until(() => expect(statusText()).toBe('Syncing…'));
    await emit('sync-status', {
      ...base,
      waiting: 5,
      open_conflicts: 2,
      last_error: { code: 'offline', message: 'offline', fields: [] },
    });
    await until(() => expect(statusText()).toBe('Offline, 5 changes waiting'));
    expect(screen.getByTestId('conflict-count').textContent).toBe('2 open');
    // The time of the last sync is the meeting's, with its zone, as the programme's times are.
    await emit('sync-status', { ...base, last_sync: '2025-10-20T16:02:00Z' });
    await until(() => expect(screen.getByTestId('last-sync').textContent).toBe('Last synced at 18:02 CEST'));
  });
});
