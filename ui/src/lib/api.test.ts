import { mockIPC } from '@tauri-apps/api/mocks';
import { describe, expect, it } from 'vitest';
import * as api from './api';
import { speakers } from '../test/fixtures';
import type { EntryInput } from './bindings/EntryInput';

/** Records what reaches the IPC: command names and their arguments. */
function record() {
  const calls: [string, unknown][] = [];
  mockIPC((cmd, args) => {
    calls.push([cmd, args]);
    return null;
  });
  return calls;
}

describe('the commands', () => {
  it('are called with the Rust parameter names in camelCase', async () => {
    const calls = record();
    const s = speakers()[0];
    const edit = { id: 'x', changes: { title: 'New' }, opened: { title: 'Old' } };
    const input: EntryInput = {
      id: null,
      event_id: 'e',
      kind: 'break',
      block_id: null,
      linked_event_id: null,
      title: 'Coffee',
      description: '',
      date: '2025-10-31',
      start: '11:00',
      end: '11:15',
      place: null,
      public: true,
    };
    const p = { id: 'p', event_id: 'e', entry_id: 'n', speaker_id: 's', role: 'chair' as const };
    const query = {
      event_id: 'e',
      search: 'ana',
      statuses: [],
      categories: [],
      countries: [],
      regions: [],
      sort: 'name' as const,
      descending: false,
      offset: 0,
      limit: 100,
    };
    await api.meetings();
    await api.sideEvents('e');
    await api.editEvent(edit);
    await api.programme('e');
    await api.programme('e', 'Asia/Tokyo');
    await api.addEntry(input);
    await api.editEntry(edit);
    await api.deleteEntry('n');
    await api.speakers('e');
    await api.newSpeaker('e');
    await api.addSpeaker(s);
    await api.editSpeaker(edit);
    await api.deleteSpeaker('s');
    await api.participations('e');
    await api.saveParticipation(p);
    await api.deleteParticipation('p');
    await api.registrationPage(query);
    await api.registrationIds(query);
    await api.registrationCountries('e');
    await api.decide({ ids: ['r'], status: 'approved', reason: null });
    await api.zoneNames();
    await api.syncStatus();
    await api.saveSiteSettings('https://events.example.org', 'secret');
    await api.syncNow();
    await api.preview('e');
    await api.publish('e', 'd');
    await api.unpublish('e');
    await api.versions('e');
    await api.programmePublication('e');
    await api.conflicts();
    await api.restoreConflict('c');
    await api.openSitePage('https://events.example.org/events/e/programme');
    expect(calls).toEqual([
      ['meetings', {}],
      ['side_events', { eventId: 'e' }],
      ['edit_event', { edit }],
      ['programme', { eventId: 'e', viewerZone: null }],
      ['programme', { eventId: 'e', viewerZone: 'Asia/Tokyo' }],
      ['add_entry', { input }],
      ['edit_entry', { edit }],
      ['delete_entry', { id: 'n' }],
      ['speakers', { eventId: 'e' }],
      ['new_speaker', { eventId: 'e' }],
      ['add_speaker', { speaker: s }],
      ['edit_speaker', { edit }],
      ['delete_speaker', { id: 's' }],
      ['participations', { eventId: 'e' }],
      ['save_participation', { participation: p }],
      ['delete_participation', { id: 'p' }],
      ['registration_page', { query }],
      ['registration_ids', { query }],
      ['registration_countries', { eventId: 'e' }],
      ['decide', { input: { ids: ['r'], status: 'approved', reason: null } }],
      ['zone_names', {}],
      ['sync_status', {}],
      ['save_site_settings', { url: 'https://events.example.org', token: 'secret' }],
      ['sync_now', {}],
      ['preview', { eventId: 'e' }],
      ['publish', { eventId: 'e', digest: 'd' }],
      ['unpublish', { eventId: 'e' }],
      ['versions', { eventId: 'e' }],
      ['programme_publication', { eventId: 'e' }],
      ['conflicts', {}],
      ['restore_conflict', { id: 'c' }],
      ['open_site_page', { url: 'https://events.example.org/events/e/programme' }],
    ]);
  });

  it('reject with an ErrorBody, also when Tauri answers with a bare string', async () => {
    const body = { code: 'not_found', message: 'no entry with id x', fields: [] };
    mockIPC((cmd) => {
      throw cmd === 'delete_entry' ? body : 'invalid args `input` for command `add_entry`';
    });
    await expect(api.deleteEntry('x')).rejects.toEqual(body);
    await expect(api.addEntry({} as never)).rejects.toEqual({
      code: 'ipc',
      message: 'invalid args `input` for command `add_entry`',
      fields: [],
    });
  });
});
