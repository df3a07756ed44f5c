// A stand-in for the app's commands (src-tauri/commands/), holding the demo meeting in memory. It checks argument
// names as Tauri does, answers with data shaped like the bindings' types, and rejects with ErrorBody like the core.
// Used by the unit tests through mockIPC, and by `vite --mode mock` to look at the UI in a plain browser.
import { emit } from '@tauri-apps/api/event';
import type { FocalPoint } from '../lib/bindings/FocalPoint';
import type { FocalPointInput } from '../lib/bindings/FocalPointInput';
import type { Edit } from '../lib/bindings/Edit';
import type { Entry } from '../lib/bindings/Entry';
import type { EntryInput } from '../lib/bindings/EntryInput';
import type { ErrorBody } from '../lib/bindings/ErrorBody';
import type { Event } from '../lib/bindings/Event';
import type { NewMeeting } from '../lib/bindings/NewMeeting';
import type { NewRegistration } from '../lib/bindings/NewRegistration';
import type { FieldError } from '../lib/bindings/FieldError';
import type { Participation } from '../lib/bindings/Participation';
import type { DecisionInput } from '../lib/bindings/DecisionInput';
import type { Country } from '../lib/bindings/Country';
import type { Lang } from '../lib/bindings/Lang';
import type { UpdateOffer } from '../lib/bindings/UpdateOffer';
import type { Preview } from '../lib/bindings/Preview';
import type { Unlisted } from '../lib/bindings/Unlisted';
import type { UnlistedSpeaker } from '../lib/bindings/UnlistedSpeaker';
import type { Registration } from '../lib/bindings/Registration';
import type { Reschedule } from '../lib/bindings/Reschedule';
import type { RegistrationPage } from '../lib/bindings/RegistrationPage';
import type { RegistrationQuery } from '../lib/bindings/RegistrationQuery';
import type { RegistrationSummary } from '../lib/bindings/RegistrationSummary';
import type { Region } from '../lib/bindings/Region';
import type { ProgrammePublication } from '../lib/bindings/ProgrammePublication';
import type { Publication } from '../lib/bindings/Publication';
import type { PublishOutcome } from '../lib/bindings/PublishOutcome';
import type { SiteSaved } from '../lib/bindings/SiteSaved';
import type { Speaker } from '../lib/bindings/Speaker';
import type { SyncOutcome } from '../lib/bindings/SyncOutcome';
import type { SyncStatus } from '../lib/bindings/SyncStatus';
import type { Translation } from '../lib/bindings/Translation';
import type { TranslationInput } from '../lib/bindings/TranslationInput';
import type { Warning } from '../lib/bindings/Warning';
import type { WorkspaceChanged } from '../lib/bindings/WorkspaceChanged';
import { wallClock } from '../lib/ui/format';
import * as fx from './fixtures';

/** Every code Node's ICU names, by name: the fake of core's list (crates/core/src/rules/country.rs). */
const COUNTRIES: Country[] = (() => {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes = [...letters].flatMap((a) => [...letters].map((b) => a + b));
  return codes
    .flatMap((code) => {
      const name = names.of(code);
      return name && !['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'].includes(code) ? [{ code, name }] : [];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
})();

/** The languages offered, each by its own name (common.ftl's `language-name`), as core's `Lang::name`. */
const LANGUAGE_NAMES: [Lang, string][] = [
  ['ar', 'العربية'],
  ['zh', '中文'],
  ['en', 'English'],
  ['fr', 'Français'],
  ['ru', 'Русский'],
  ['es', 'Español'],
];

export type Args = Record<string, unknown>;
type Step = { label: string; entries: Entry[]; participations: Participation[] };
export type Call = { cmd: string; args: Args };
type Handler = (args: Args) => unknown;

const invalid = (...fields: FieldError[]): ErrorBody => ({
  code: 'invalid',
  message: fields.map((f) => `${f.field}: ${f.message}`).join('; '),
  fields,
});

const timeProblem = (text: string) =>
  text.trim() ? `“${text.trim()}” is not a time; write it as 09:30 or 14:00 (24-hour)` : 'give the time, such as 09:30 or 14:00';

const SHORT_TITLE = "give a short title, such as U4SSC-10: the sidebar and the site's lists show it";

/** A wall-clock `YYYY-MM-DDTHH:MM` in `zone` as the instant it is (core's `zone::instant`, away from clock changes). */
function fromWallClock(text: string, zone: string): string {
  const guess = Date.parse(`${text}:00Z`);
  const shown = Date.parse(`${wallClock(new Date(guess).toISOString(), zone)}:00Z`);
  return new Date(guess - (shown - guess)).toISOString().replace('.000Z', 'Z');
}

/** Core's message for a zone that is none, with the zones it may mean. */
function unknownZone(field: string, zone: string): FieldError {
  const meant = fx.findZones(zone).map((z) => z.label);
  const then = meant.length ? `did you mean ${meant.join(' or ')}?` : 'look it up by a city or a country (Geneva finds Europe/Zurich)';
  return { field, message: `no time zone is called “${zone}”; ${then}` };
}

/** What Tauri answers when a command's argument is missing (a plain string, not an ErrorBody). */
function need(cmd: string, args: Args, ...keys: string[]) {
  for (const key of keys) {
    if (!(key in args)) throw `invalid args \`${key}\` for command \`${cmd}\`: command ${cmd} missing required key ${key}`;
  }
}

function needEvent(cmd: string, args: Args) {
  need(cmd, args, 'eventId');
  if (args.eventId !== fx.EVENT_ID) throw { code: 'not_found', message: `no event with id ${args.eventId}`, fields: [] };
}

/** `YYYY-MM-DD` and `HH:MM` in CET (UTC+1, the demo day) as a UTC instant, or null. */
function instant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim()) || !/^\d{1,2}:\d{2}$/.test(time.trim())) return null;
  const [h, m] = time.trim().split(':').map(Number);
  if (h > 23 || m > 59) return null;
  const t = Date.parse(`${date.trim()}T00:00:00Z`) + (h - 1) * 3_600_000 + m * 60_000;
  return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
}

/** Core's `Edit::apply`: the changed fields laid over the record as it is now, unless one was changed meanwhile. */
function applyEdit<T extends object>(current: T | undefined, edit: Edit, noun: string): T {
  if (!current) throw { code: 'not_found', message: `no ${noun} with id ${edit.id}`, fields: [] } satisfies ErrorBody;
  const now = current as Record<string, unknown>;
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const meanwhile = Object.keys(edit.changes)
    .filter((k) => !same(now[k], edit.opened[k]) && !same(now[k], edit.changes[k]))
    .map((k) => ({ field: k, message: `changed by someone else since you opened it: “${String(now[k])}”` }));
  if (meanwhile.length)
    throw {
      code: 'changed_meanwhile',
      message: `not saved: someone else changed ${meanwhile.map((f) => f.field).join(', ')} since the form was opened; choose which value to keep`,
      fields: meanwhile,
    } satisfies ErrorBody;
  return { ...current, ...edit.changes } as T;
}

export function createBackend() {
  const state = {
    events: [{ ...fx.event }, { ...fx.webinar }] as Event[],
    entries: fx.entries(),
    speakers: fx.speakers(),
    participations: fx.participations(),
    registrations: fx.registrations(),
    focalPoints: [] as FocalPoint[],
    translations: [] as Translation[],
    /** The name set in the settings (`dais organiser`), if any. */
    organiser: null as string | null,
    /** The language the app shows (core's `language::shown`). */
    language: 'en' as Lang,
    /** Dais updating itself: the version the feed offers, the organiser's switch, the computer's policy, and what
     * installing it answers (the app starts again, so only a failure answers). */
    update: {
      offer: null as UpdateOffer | null,
      checking: true,
      policy: false,
      installFails: null as ErrorBody | null,
    },
    warnings: [] as Warning[],
    conflicts: fx.conflicts(),
    /** The meeting's versions published, newest first (as the workspace's copy holds them). */
    publications: [] as Publication[],
    /** The version each entry was last published in, and the entries edited since. */
    publishedIn: {} as Record<string, number>,
    editedSince: new Set<string>(),
    /** The programme before each edit, newest last, as Undo lays it back; and what Redo would. */
    undo: [] as Step[],
    redo: [] as Step[],
    /** What the next publication would change, as core words it. */
    changes: ['New: Opening and welcome (Fri 31 Oct 11:00-11:10 CET)'],
    /** The site's content changed since the preview (a colleague's edit arrived): the next publish is refused. */
    changedOnSite: false,
    /** The event site: its address, whether it can be reached, and the changes waiting for it. */
    site: {
      url: null as string | null,
      offline: false,
      waiting: 0,
      last_sync: null as string | null,
      last_error: null as ErrorBody | null,
    },
  };
  const calls: Call[] = [];
  const overrides = new Map<string, Handler>();
  let nextId = 0x100;

  function saveEntry(input: EntryInput): Entry {
    const errors: FieldError[] = [];
    const starts = instant(input.date, input.start);
    const ends = instant(input.date, input.end);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.date.trim()))
      errors.push({ field: 'date', message: `“${input.date}” is not a date; write it as 2026-03-26` });
    if (!starts && !errors.length) errors.push({ field: 'start', message: timeProblem(input.start) });
    if (!ends && !errors.some((e) => e.field === 'date')) errors.push({ field: 'end', message: timeProblem(input.end) });
    if (starts && ends && ends <= starts) errors.push({ field: 'end', message: 'the end must be after the start' });
    if (errors.length) throw invalid(...errors);
    if (!input.title.trim()) errors.push({ field: 'title', message: 'give the title, as the programme shows it' });
    const block = input.block_id ? state.entries.find((e) => e.id === input.block_id) : undefined;
    if (input.kind === 'item' && !block) errors.push({ field: 'block_id', message: 'an item belongs to a block' });
    if (input.kind === 'item' && block && (starts! < block.slot.starts_at || ends! > block.slot.ends_at))
      errors.push({ field: 'slot', message: `outside its block "${block.title}"` });
    if (errors.length) throw invalid(...errors);
    const entry: Entry = {
      id: input.id ?? fx.id(nextId++),
      event_id: input.event_id,
      kind: input.kind,
      block_id: input.block_id,
      linked_event_id: input.linked_event_id,
      title: input.title.trim(),
      description: input.description.trim(),
      slot: { starts_at: starts!, ends_at: ends!, place: input.place?.trim() ? input.place : null },
      public: input.public,
    };
    const at = state.entries.findIndex((e) => e.id === entry.id);
    if (at >= 0) state.entries[at] = entry;
    else state.entries.push(entry);
    return entry;
  }

  /** As core's publication rule: listed once confirmed and agreeing to be published. */
  function unlisted(): UnlistedSpeaker[] {
    return state.speakers.flatMap((s) => {
      const because: Unlisted[] = [];
      if (s.status === 'invited') because.push('not_confirmed');
      if (s.status === 'declined') because.push('declined');
      if (!s.consent_to_publish) because.push('no_consent');
      const name = `${s.given_name} ${s.family_name}`;
      return because.length ? [{ speaker_id: s.id, name, because }] : [];
    });
  }

  function saveSpeaker(s: Speaker) {
    const errors: FieldError[] = [];
    if (!s.family_name.trim()) errors.push({ field: 'family_name', message: "give the speaker's family name" });
    if (s.email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s.email)) errors.push({ field: 'email', message: `"${s.email}" is not an email address` });
    if (s.country && !/^[A-Z]{2}$/.test(s.country))
      errors.push({ field: 'country', message: `"${s.country}" is not a country code; use ISO 3166 alpha-2, such as CH` });
    if (errors.length) throw invalid(...errors);
    const at = state.speakers.findIndex((x) => x.id === s.id);
    if (at >= 0) state.speakers[at] = s;
    else state.speakers.push(s);
    state.speakers.sort((a, b) => a.family_name.localeCompare(b.family_name) || a.given_name.localeCompare(b.given_name));
  }

  function status(): SyncStatus {
    return {
      site_url: state.site.url,
      waiting: state.site.waiting,
      open_conflicts: state.conflicts.filter((c) => c.open).length,
      local_meetings: [],
      syncing: false,
      last_sync: state.site.last_sync,
      last_error: state.site.last_error,
    };
  }

  function sync(): SyncOutcome {
    const site = state.site;
    if (!site.url)
      throw { code: 'no_site', message: 'no event site is set: add its address and your organiser token in the settings', fields: [] };
    if (site.offline) {
      site.last_error = {
        code: 'offline',
        message: `offline: the event site at ${site.url} cannot be reached (connection refused)`,
        fields: [],
      };
      throw site.last_error;
    }
    const outcome: SyncOutcome = { pushed: site.waiting, pulled: 0, conflicts: 0, reset: false, finished_at: '2025-10-30T09:00:00Z' };
    site.waiting = 0;
    site.last_error = null;
    site.last_sync = outcome.finished_at;
    return outcome;
  }

  const commands: Record<string, Handler> = {
    meetings: () => state.events.filter((e) => e.parent_event_id === null),
    create_meeting: (a) => {
      need('create_meeting', a, 'meeting');
      const m = a.meeting as NewMeeting;
      const errors: FieldError[] = [];
      if (!m.title.trim()) errors.push({ field: 'title', message: 'give the title, as the circular names the meeting' });
      if (!m.short_title.trim()) errors.push({ field: 'short_title', message: SHORT_TITLE });
      if (m.start.from === 'blank' && !(m.start.zone in fx.ZONES)) errors.push(unknownZone('zone', m.start.zone));
      if (errors.length) throw invalid(...errors);
      const base = m.start.from === 'template' ? state.events.find((e) => e.id === (m.start as { event_id: string }).event_id)! : fx.event;
      const made: Event = {
        ...base,
        id: `new-${state.events.length}`,
        title: m.title.trim(),
        short_title: m.short_title.trim(),
        starts_on: m.starts_on,
        ends_on: m.start.from === 'blank' ? m.start.ends_on : m.starts_on,
        reference: null,
        website: null,
        parent_event_id: m.part_of ?? null,
        archived: false,
      };
      state.events.push(made);
      return made;
    },
    open_demo: () => {
      if (!state.events.some((e) => e.id === fx.EVENT_ID)) state.events.push({ ...fx.event }, { ...fx.webinar });
      return fx.EVENT_ID;
    },
    delete_meeting: (a) => {
      state.events = state.events.filter((e) => e.id !== a.id && e.parent_event_id !== a.id);
      return null;
    },
    side_events: (a) => (needEvent('side_events', a), state.events.filter((e) => e.parent_event_id === a.eventId)),
    edit_event: (a) => {
      need('edit_event', a, 'edit');
      const edit = a.edit as Edit;
      const e = applyEdit(state.events.find((x) => x.id === edit.id), edit, 'event');
      // Registration times typed as wall clocks are kept as instants, as core keeps them.
      const at = (time: string | null) => (time && !time.endsWith('Z') ? fromWallClock(time, e.zone) : time);
      e.registration = { ...e.registration, opens_at: at(e.registration.opens_at), closes_at: at(e.registration.closes_at) };
      const errors: FieldError[] = [];
      if (!e.title.trim()) errors.push({ field: 'title', message: 'give the title, as the circular names the meeting' });
      if (!e.short_title.trim()) errors.push({ field: 'short_title', message: SHORT_TITLE });
      if (!(e.zone in fx.ZONES) && !fx.zoneNames().includes(e.zone)) errors.push(unknownZone('zone', e.zone));
      if (e.ends_on < e.starts_on)
        errors.push({ field: 'ends_on', message: 'the last day is before the first; give the same day or a later one' });
      if (errors.length) throw invalid(...errors);
      state.events = state.events.map((x) => (x.id === e.id ? e : x));
      return e;
    },
    programme: (a) => {
      needEvent('programme', a);
      need('programme', a, 'viewerZone');
      const zone = (a.viewerZone as string | null) || null;
      if (zone && !(zone in fx.ZONES)) throw invalid(unknownZone('viewer_zone', zone));
      const meeting = state.events.find((e) => e.id === fx.EVENT_ID);
      return fx.programme(zone, state.entries, state.participations, state.speakers, state.warnings, meeting);
    },
    add_entry: (a) => (need('add_entry', a, 'input'), saveEntry({ ...(a.input as EntryInput), id: null })),
    edit_entry: (a) => {
      need('edit_entry', a, 'edit');
      const edit = a.edit as Edit;
      state.editedSince.add(edit.id);
      const entry = state.entries.find((e) => e.id === edit.id);
      const row = entry && fx.programme(null, state.entries, [], [], []).days.flatMap((d) => d.rows).find((r) => r.entry.id === edit.id);
      const input: EntryInput | undefined = row && {
        id: row.entry.id,
        event_id: row.entry.event_id,
        kind: row.entry.kind,
        block_id: row.entry.block_id,
        linked_event_id: row.entry.linked_event_id,
        title: row.entry.title,
        description: row.entry.description,
        date: row.start.date,
        start: row.start.time,
        end: row.end.time,
        place: row.entry.slot.place,
        public: row.entry.public,
      };
      return saveEntry(applyEdit(input, edit, 'entry'));
    },
    reschedule: (a) => {
      need('reschedule', a, 'input');
      const input = a.input as Reschedule;
      const ids = new Set(input.ids);
      if (input.start_minutes === input.end_minutes)
        for (const e of state.entries) if (e.block_id && ids.has(e.block_id)) ids.add(e.id);
      const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
      const moved = state.entries
        .filter((e) => ids.has(e.id))
        .map((e) => ({
          ...e,
          slot: { ...e.slot, starts_at: later(e.slot.starts_at, input.start_minutes), ends_at: later(e.slot.ends_at, input.end_minutes) },
        }));
      if (moved.some((e) => e.slot.ends_at <= e.slot.starts_at))
        throw invalid({ field: 'end', message: 'the entry must end after it starts' });
      state.entries = fx.sortEntries(state.entries.map((e) => moved.find((m) => m.id === e.id) ?? e));
      return moved;
    },
    undo_state: (a) => {
      needEvent('undo_state', a);
      return { undo: state.undo.at(-1)?.label ?? null, redo: state.redo.at(-1)?.label ?? null };
    },
    edit_menu: (a) => (need('edit_menu', a, 'undo', 'redo'), null),
    undo: (a) => (needEvent('undo', a), lay(state.undo, state.redo)),
    redo: (a) => (needEvent('redo', a), lay(state.redo, state.undo)),
    delete_entry: (a) => {
      need('delete_entry', a, 'id');
      const gone = new Set([a.id, ...state.entries.filter((e) => e.block_id === a.id).map((e) => e.id)]);
      state.entries = state.entries.filter((e) => !gone.has(e.id));
      state.participations = state.participations.filter((p) => !gone.has(p.entry_id));
      return null;
    },
    speakers: (a) => (needEvent('speakers', a), state.speakers),
    countries: () => COUNTRIES,
    unlisted_speakers: (a) => (needEvent('unlisted_speakers', a), unlisted()),
    new_speaker: (a) => {
      need('new_speaker', a, 'eventId');
      return {
        id: fx.id(nextId++),
        event_id: a.eventId as string,
        honorific: null,
        given_name: '',
        family_name: '',
        name_order: null,
        position: null,
        organisation: null,
        country: null,
        bio: '',
        photo: null,
        links: [],
        email: null,
        status: 'invited',
        consent_to_publish: false,
        private_notes: '',
      } satisfies Speaker;
    },
    add_speaker: (a) => (need('add_speaker', a, 'speaker'), saveSpeaker(a.speaker as Speaker), a.speaker),
    edit_speaker: (a) => {
      need('edit_speaker', a, 'edit');
      const edit = a.edit as Edit;
      const speaker = applyEdit(state.speakers.find((s) => s.id === edit.id), edit, 'speaker');
      saveSpeaker(speaker);
      return speaker;
    },
    delete_speaker: (a) => {
      need('delete_speaker', a, 'id');
      state.speakers = state.speakers.filter((s) => s.id !== a.id);
      state.participations = state.participations.filter((p) => p.speaker_id !== a.id);
      return null;
    },
    participations: (a) => (needEvent('participations', a), state.participations),
    save_participation: (a) => {
      need('save_participation', a, 'participation');
      const p = a.participation as Participation;
      if (!state.speakers.some((s) => s.id === p.speaker_id))
        throw { code: 'not_found', message: `no speaker with id ${p.speaker_id}`, fields: [] } satisfies ErrorBody;
      state.participations = [...state.participations.filter((x) => x.id !== p.id), p];
      return null;
    },
    delete_participation: (a) => {
      need('delete_participation', a, 'id');
      state.participations = state.participations.filter((p) => p.id !== a.id);
      return null;
    },
    registration_page: (a) => {
      const q = a.query as RegistrationQuery;
      if (!q?.event_id || !(q.limit > 0)) throw `invalid args \`query\` for command \`registration_page\``;
      const all = state.registrations.filter((r) => r.event_id === q.event_id);
      const found = matching(all, q, true);
      const byStatus = (['pending', 'waitlisted', 'approved', 'rejected', 'cancelled'] as const).map((status) => ({
        status,
        count: matching(all, q, false).filter((r) => r.decision.status === status).length,
      }));
      return {
        rows: found.slice(q.offset, q.offset + q.limit),
        offset: q.offset,
        matching: found.length,
        total: all.length,
        by_status: byStatus,
      } satisfies RegistrationPage;
    },
    registration_ids: (a) => matching(state.registrations, a.query as RegistrationQuery, true).map((r) => r.id),
    list_columns: () => [
      { column: 'family_name', label: 'Family name', usual: true },
      { column: 'given_name', label: 'Given name', usual: true },
      { column: 'email', label: 'Email', usual: true },
      { column: 'private_notes', label: 'Private notes', usual: false },
    ],
    save_participants_list: (a) => {
      const q = a.query as RegistrationQuery;
      return { path: '/home/organiser/Downloads/U4SSC-9 participants 2025-10-30.xlsx', rows: matching(state.registrations, q, true).length };
    },
    registration_summary: (a) => {
      needEvent('registration_summary', a);
      const all = state.registrations.filter((r) => r.event_id === a.eventId);
      const tally = <T,>(of: T[], key: (r: Registration) => T) => of.map((o) => ({ of: o, count: all.filter((r) => key(r) === o).length }));
      const countries = [...new Set(all.map((r) => r.country))];
      const days = [...new Set(all.map((r) => r.submitted_at.slice(0, 10)))].sort();
      return {
        total: all.length,
        by_status: tally(['pending', 'waitlisted', 'approved', 'rejected', 'cancelled'] as const, (r) => r.decision.status).map((c) => ({ status: c.of, count: c.count })),
        by_category: tally([...new Set(all.map((r) => r.category))], (r) => r.category),
        by_region: tally(['africa', 'americas', 'asia', 'europe', 'oceania'] as Region[], (r) => REGIONS[r.country]),
        by_country: tally(countries, (r) => r.country).sort((x, y) => y.count - x.count),
        by_day: tally(days, (r) => r.submitted_at.slice(0, 10)),
      } satisfies RegistrationSummary;
    },
    registration_countries: (a) => (
      needEvent('registration_countries', a), [...new Set(state.registrations.map((r) => r.country))].sort()
    ),
    add_registration: (a) => {
      const n = a.registration as NewRegistration;
      if (state.registrations.some((r) => r.email.toLowerCase() === n.email.trim().toLowerCase()))
        throw invalid({ field: 'email', message: 'registered with this address already' });
      const made: Registration = {
        ...state.registrations[0],
        ...n,
        id: `manual-${state.registrations.length}`,
        source: 'manual',
        consent_to_be_listed: false,
        submitted_at: '2025-10-20T10:00:00Z',
        decision: { status: 'pending', decided_by: null, decided_at: null, reason: null, earlier: [] },
        attended: false,
        time_zone: null,
        mail: null,
      };
      state.registrations.push(made);
      return made;
    },
    edit_registration: (a) => {
      const edit = a.edit as Edit;
      const r = applyEdit(state.registrations.find((x) => x.id === edit.id), edit, 'registration');
      state.registrations = state.registrations.map((x) => (x.id === r.id ? r : x));
      return r;
    },
    registration: (a) => {
      const r = state.registrations.find((x) => x.id === a.id);
      if (!r) throw { code: 'not_found', message: `no registration with id ${String(a.id)}`, fields: [] } satisfies ErrorBody;
      return r;
    },
    decide: (a) => {
      const input = a.input as DecisionInput;
      if (input.status === 'rejected' && !input.reason?.trim())
        throw {
          code: 'invalid',
          message: 'reason: a rejection needs a reason: the registrant is told it',
          fields: [{ field: 'reason', message: 'a rejection needs a reason: the registrant is told it' }],
        } satisfies ErrorBody;
      const decided = state.registrations.filter((r) => input.ids.includes(r.id));
      for (const r of decided) {
        const { earlier, ...before } = r.decision;
        r.decision = {
          status: input.status,
          decided_by: 'Alice',
          decided_at: new Date().toISOString(),
          reason: input.reason ?? null,
          earlier: [...earlier, { ...before, earlier: [] }],
        };
      }
      return decided;
    },
    translations: (a) => (needEvent('translations', a), state.translations.filter((x) => x.event_id === a.eventId)),
    translate: (a) => {
      need('translate', a, 'input');
      const input = a.input as TranslationInput;
      const made: Translation = {
        ...input,
        id: `${input.record_id}/${input.field}/${input.lang}`,
        event_id: fx.EVENT_ID,
        text: input.text.trim(),
      };
      state.translations = [...state.translations.filter((x) => x.id !== made.id), made];
      return made;
    },
    focal_points: (a) => (needEvent('focal_points', a), state.focalPoints.filter((f) => f.event_id === a.eventId)),
    save_focal_point: (a) => {
      need('save_focal_point', a, 'input');
      const input = a.input as FocalPointInput;
      const f: FocalPoint = {
        ...input,
        id: input.id ?? `focal-${state.focalPoints.length}`,
        country: input.country.trim().toUpperCase(),
        name: input.name.trim(),
        email: input.email.trim(),
      };
      const errors: FieldError[] = [];
      if (!/^[A-Z]{2}$/.test(f.country)) errors.push({ field: 'country', message: 'a country code of two letters' });
      if (!f.name) errors.push({ field: 'name', message: 'a name is required' });
      if (!f.email.includes('@')) errors.push({ field: 'email', message: 'an email address is required' });
      if (errors.length) throw invalid(...errors);
      state.focalPoints = [...state.focalPoints.filter((x) => x.id !== f.id), f];
      return f;
    },
    delete_focal_point: (a) => {
      need('delete_focal_point', a, 'id');
      state.focalPoints = state.focalPoints.filter((f) => f.id !== a.id);
      return null;
    },
    erase_registration: (a) => {
      need('erase_registration', a, 'id');
      state.registrations = state.registrations.filter((r) => r.id !== a.id);
      return null;
    },
    zone_names: () => fx.zoneNames(),
    find_zones: (a) => (need('find_zones', a, 'text'), fx.findZones(a.text as string)),
    organiser_name: () => state.organiser,
    save_organiser_name: (a) => {
      need('save_organiser_name', a, 'name');
      const name = (a.name as string).trim();
      if (!name) throw { code: 'invalid', message: 'a name is required', fields: [{ field: 'name', message: 'a name is required' }] } satisfies ErrorBody;
      state.organiser = name;
      return name;
    },
    sync_status: () => status(),
    save_site_settings: (a) => {
      need('save_site_settings', a, 'url', 'token');
      const url = (a.url as string).trim();
      const errors: FieldError[] = [];
      if (!/^https?:\/\/[^\s/]+/.test(url)) errors.push({ field: 'url', message: `the site's URL "${url}" is not a valid http(s) address` });
      if (!(a.token as string).trim())
        errors.push({ field: 'token', message: "the organiser token is required: the site's administrator creates one for you" });
      if (errors.length) throw { code: 'invalid', message: errors[0].message, fields: errors } satisfies ErrorBody;
      state.site.url = url;
      state.site.last_error = null;
      return { site_url: url, token_place: 'keychain', token_file: null } satisfies SiteSaved;
    },
    sync_now: () => sync(),
    preview: (a) => {
      needEvent('preview', a);
      const current = state.publications.find((p) => !p.withdrawn)?.version ?? null;
      return {
        event_id: a.eventId as string,
        current,
        next: (current ?? 0) + 1,
        changes: state.changes,
        public_fields: [
          { what: 'The meeting', fields: ['title', 'short title', 'zone'] },
          { what: 'Each public entry', fields: ['title', 'description', 'times and place'] },
        ],
        kept_by_site: [{ what: 'The meeting', fields: ['online link (mailed to approved participants only)'] }],
        unlisted_speakers: unlisted().filter((u) => u.because.join() !== 'declined'),
        errors: [],
        warnings: state.warnings,
        digest: `digest-${state.changes.length}-${state.publications.length}`,
        shared: true,
      } satisfies Preview;
    },
    publish: (a) => {
      needEvent('publish', a);
      need('publish', a, 'digest');
      const outcome = sync();
      if (state.changedOnSite) {
        state.changedOnSite = false;
        state.changes = [...state.changes, 'Retitled: "Closing" is now "Closing remarks"'];
        throw {
          code: 'changed_since_preview',
          message: "the programme changed since the preview (a colleague's edit arrived): nothing was published; look at the preview again",
          fields: [],
        } satisfies ErrorBody;
      }
      const version = (state.publications[0]?.version ?? 0) + 1;
      const published_at = new Date().toISOString();
      state.publications = [
        { seq: version, event_id: a.eventId as string, version, published_at, published_by: 'Alice', withdrawn: false, changes: [], edition: null, history: null },
        ...state.publications,
      ];
      state.changes = [];
      for (const e of state.entries.filter((e) => e.public)) {
        if (!(e.id in state.publishedIn) || state.editedSince.has(e.id)) state.publishedIn[e.id] = version;
      }
      state.editedSince.clear();
      changed(['publications']);
      return {
        sync: outcome,
        published: { event_id: a.eventId as string, version, published_at, unchanged: false },
        programme_url: `${state.site.url!.replace(/\/$/, '')}/events/${a.eventId}/programme`,
      } satisfies PublishOutcome;
    },
    unpublish: (a) => (needEvent('unpublish', a), true),
    versions: (a) => (needEvent('versions', a), state.publications),
    programme_publication: (a) => {
      needEvent('programme_publication', a);
      const entries: ProgrammePublication['entries'] = {};
      for (const e of state.entries.filter((e) => e.public)) {
        const version = state.publishedIn[e.id];
        entries[e.id] =
          version === undefined
            ? { state: 'new' }
            : state.editedSince.has(e.id)
              ? { state: 'changed_since', version }
              : { state: 'published', version };
      }
      return { event_id: a.eventId as string, version: state.publications[0]?.version ?? null, entries } satisfies ProgrammePublication;
    },
    conflicts: () => state.conflicts,
    restore_conflict: (a) => {
      need('restore_conflict', a, 'id');
      const c = state.conflicts.find((x) => x.id === a.id);
      if (!c) throw { code: 'not_found', message: `no conflict with id ${a.id}`, fields: [] } satisfies ErrorBody;
      // The lost value is put back as a new edit: the winner no longer stands.
      state.conflicts = state.conflicts.map((x) => (x.row_id === c.row_id && x.field === c.field ? { ...x, open: false } : x));
      return null;
    },
    open_site_page: (a) => (need('open_site_page', a, 'url'), null),
    workspace_problem: () => null,
    languages: () => ({
      shown: state.language,
      offered: LANGUAGE_NAMES.map(([lang, name]) => ({ lang, name })),
    }),
    choose_language: (a) => (need('choose_language', a, 'lang'), (state.language = a.lang as Lang)),
    update_settings: () => updateSettings(),
    choose_update_checks: (a) => {
      need('choose_update_checks', a, 'checking');
      state.update.checking = a.checking as boolean;
      return updateSettings();
    },
    update_offer: () => state.update.offer,
    check_for_update: () => (updateSettings().checking ? state.update.offer : null),
    install_update: () => {
      if (state.update.installFails) throw state.update.installFails;
      return null;
    },
  };

  function updateSettings() {
    const { checking, policy } = state.update;
    return { version: '0.1.0', checking: checking && !policy, turned_off_by_policy: policy };
  }

  /** The registrations `q` finds, in its order (with or without its status filter), as core's query does. */
  /** The regions of the fixtures' countries (core reads them from its countries' table). */
  const REGIONS: Record<string, Region> = { CH: 'europe', FR: 'europe', NG: 'africa', IN: 'asia', BR: 'americas', JP: 'asia' };

  function matching(all: Registration[], q: RegistrationQuery, withStatuses: boolean): Registration[] {
    const words = q.search.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const found = all.filter((r) => {
      const text = [r.given_name, r.family_name, r.email, r.organisation].join(' ').toLowerCase();
      const own = text.split(/[^\p{L}\p{N}]+/u);
      return (
        words.every((w) => own.some((o) => o.startsWith(w))) &&
        (!withStatuses || q.statuses.length === 0 || q.statuses.includes(r.decision.status)) &&
        (q.categories.length === 0 || q.categories.includes(r.category)) &&
        (q.countries.length === 0 || q.countries.includes(r.country)) &&
        (q.regions.length === 0 || q.regions.includes(REGIONS[r.country]))
      );
    });
    const key = (r: Registration): string =>
      ({
        submitted: r.submitted_at,
        name: `${r.family_name} ${r.given_name}`.toLowerCase(),
        email: r.email.toLowerCase(),
        organisation: r.organisation.toLowerCase(),
        country: r.country,
        category: r.category,
        status: r.decision.status,
      })[q.sort];
    found.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.id < y.id ? -1 : 1) * (q.descending ? -1 : 1));
    return found;
  }

  /** The commands that change the workspace, and the tables each writes: each leaves a change waiting for the site. */
  const EDITS: Record<string, string[]> = {
    edit_event: ['events'],
    create_meeting: ['events', 'entries'],
    open_demo: ['events', 'entries', 'speakers', 'participations', 'registrations'],
    delete_meeting: ['events'],
    add_entry: ['entries'],
    edit_entry: ['entries'],
    reschedule: ['entries', 'undo_steps'],
    undo: ['entries', 'participations', 'undo_steps'],
    redo: ['entries', 'participations', 'undo_steps'],
    delete_entry: ['entries', 'participations'],
    add_speaker: ['speakers'],
    edit_speaker: ['speakers'],
    delete_speaker: ['speakers', 'participations'],
    save_participation: ['participations'],
    delete_participation: ['participations'],
    erase_registration: ['registrations'],
    save_focal_point: ['focal_points'],
    translate: ['translations'],
    delete_focal_point: ['focal_points'],
    decide: ['registrations'],
    add_registration: ['registrations'],
    edit_registration: ['registrations'],
    restore_conflict: ['events', 'entries', 'speakers', 'participations', 'registrations'],
  };

  /** Lays the newest step of `from` back (an undo or a redo), keeping what it replaces in `to`; its label. */
  function lay(from: Step[], to: Step[]): string | null {
    const step = from.pop();
    if (!step) return null;
    to.push({ label: step.label, entries: state.entries, participations: state.participations });
    state.entries = step.entries;
    state.participations = step.participations;
    return step.label;
  }

  /** Tells the window which tables changed, as the shell does after every write. */
  function changed(tables: string[]) {
    queueMicrotask(() => void emit('workspace-changed', { tables } satisfies WorkspaceChanged).catch(() => {}));
  }

  return {
    state,
    calls,
    /** A colleague's edit arriving by sync: `change` is applied to the workspace, and the window told. */
    colleague(tables: string[], change: () => void) {
      change();
      changed(tables);
    },
    /** Answers `cmd` with `handler` instead, e.g. to make it fail. */
    override(cmd: string, handler: Handler) {
      overrides.set(cmd, handler);
    },
    callsOf(cmd: string): Args[] {
      return calls.filter((c) => c.cmd === cmd).map((c) => c.args);
    },
    handle(cmd: string, args: Args = {}): unknown {
      // Tauri sends the arguments as JSON: later changes in the UI must not reach what was "sent".
      const copy = JSON.parse(JSON.stringify(args)) as Args;
      calls.push({ cmd, args: copy });
      const handler = overrides.get(cmd) ?? commands[cmd];
      if (!handler) throw `command ${cmd} not found`;
      const before: Step = { label: cmd.replace('_', ' '), entries: state.entries, participations: state.participations };
      const answer = handler(copy);
      if (cmd in EDITS && cmd !== 'undo' && cmd !== 'redo') {
        state.undo.push(before);
        state.redo = [];
      }
      if (cmd in EDITS) {
        state.site.waiting += 1;
        changed(EDITS[cmd]);
      }
      return answer === undefined ? null : JSON.parse(JSON.stringify(answer));
    },
  };
}

export type Backend = ReturnType<typeof createBackend>;
