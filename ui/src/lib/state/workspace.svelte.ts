// The open workspace as the views see it: its meetings, and the chosen meeting's programme, speakers and roles (its
// registrations, read a page at a time, are registrationTable.svelte.ts's). Views read from here and keep no copies.
// After every write (this window's, a sync's page, another program's) the shell sends `workspace-changed` with the
// tables written; each part read from those is read again.
import { listen } from '@tauri-apps/api/event';
import * as api from '../api';
import { toErrorBody } from '../api';
import type { Event } from '../bindings/Event';
import type { Participation } from '../bindings/Participation';
import type { Programme } from '../bindings/Programme';
import type { ProgrammePublication } from '../bindings/ProgrammePublication';
import type { Speaker } from '../bindings/Speaker';
import type { Translation } from '../bindings/Translation';
import type { UndoState } from '../bindings/UndoState';
import type { UnlistedSpeaker } from '../bindings/UnlistedSpeaker';
import type { WorkspaceProblem } from '../bindings/WorkspaceProblem';
import type { WorkspaceChanged } from '../bindings/WorkspaceChanged';
import { following } from '../events';
import { status } from './status.svelte';
import { t } from '../i18n/index.svelte';

/** Each part of the workspace the views read: the tables it is read from (the change log's names) and its read
 * (`app-part-unread` says which could not be read). */
const PARTS = {
  meetings: { from: ['events'], read: () => api.meetings() },
  sideEvents: { from: ['events'], read: (id: string) => api.sideEvents(id) },
  programme: {
    from: ['events', 'entries', 'participations', 'speakers'],
    read: (id: string, zone: string | null) => api.programme(id, zone),
  },
  publication: {
    from: ['events', 'entries', 'participations', 'speakers', 'publications'],
    read: (id: string) => api.programmePublication(id),
  },
  speakers: { from: ['speakers'], read: (id: string) => api.speakers(id) },
  unlisted: {
    from: ['speakers', 'participations'],
    read: (id: string) => api.unlistedSpeakers(id),
  },
  participations: { from: ['participations'], read: (id: string) => api.participations(id) },
  undo: { from: ['undo_steps'], read: (id: string) => api.undoState(id) },
  translations: { from: ['translations'], read: (id: string) => api.translations(id) },
} satisfies Record<string, { from: string[]; read: (id: string, zone: string | null) => Promise<unknown> }>;

export type Part = keyof typeof PARTS;

/** What the programme view reads: the window's first screen, so also asked before its first frame (`askEarly`). */
export const PROGRAMME_PARTS: Part[] = ['programme', 'sideEvents', 'publication', 'unlisted'];

/** The meeting shown until one is chosen: the first not archived, else the first. */
function firstShown(meetings: Event[]): string | null {
  return (meetings.find((e) => !e.archived) ?? meetings[0])?.id ?? null;
}

class Workspace {
  meetings = $state<Event[] | null>(null);
  eventId = $state<string | null>(null);
  event = $derived(this.meetings?.find((e) => e.id === this.eventId) ?? null);
  sideEvents = $state<Event[] | null>(null);
  programme = $state<Programme | null>(null);
  /** Which version each entry was last published in. */
  publication = $state<ProgrammePublication | null>(null);
  /** The zone the programme is also shown in, as last asked for (null: none). */
  viewerZone = $state<string | null>(null);
  speakers = $state<Speaker[] | null>(null);
  /** The speakers the public site leaves out, and why. */
  unlisted = $state<UnlistedSpeaker[] | null>(null);
  participations = $state<Participation[] | null>(null);
  /** The labels of the steps Undo and Redo would lay back in the meeting shown. */
  undo = $state<UndoState | null>(null);
  /** The meeting's words in other languages, its entries' and its side events'. */
  translations = $state<Translation[] | null>(null);
  /** Why a part could not be read, until it is. */
  errors = $state<Partial<Record<Part, string>>>({});

  /** The parts some view has asked for: only those are read again after a change. */
  #wanted = new Set<Part>(['meetings']);
  /** Each part's latest read: an older answer arriving late is dropped. */
  #reads = new Map<Part, number>();

  /** What the window asks as it starts (`askEarly`), each part with the meeting it was asked of (null: the
   * meetings): taken by the first read of that part rather than asked again. */
  #earlyProblem: Promise<WorkspaceProblem | null> | null = null;
  #early = new Map<Part, { id: string | null; answer: Promise<unknown> }>();

  /** Asks at once whether the workspace opened and for its meetings, then, as soon as they are known, for what the
   * first screen shows of the meeting it shows (the programme, and the sidebar's undo): the window's first frame
   * can then show the programme whole, rather than be painted empty and again when the programme comes (each a
   * paint of the whole window). Settles when all of them have. */
  askEarly(): Promise<unknown> {
    this.#earlyProblem = api.workspaceProblem();
    const meetings = this.#ask('meetings', null);
    return meetings
      .then((found) => {
        const id = firstShown(found as Event[]);
        return id === null ? [] : Promise.allSettled([...PROGRAMME_PARTS, 'undo' as const].map((p) => this.#ask(p, id)));
      })
      .catch(() => {});
  }

  #ask(part: Part, id: string | null): Promise<unknown> {
    const answer = PARTS[part].read(id!, null);
    // Said by the read that takes it, if the workspace opened at all.
    answer.catch(() => {});
    this.#early.set(part, { id, answer });
    return answer;
  }

  /** Why the workspace could not be opened, if it could not. */
  async problem(): Promise<WorkspaceProblem | null> {
    const early = this.#earlyProblem;
    this.#earlyProblem = null;
    const found = await (early ?? api.workspaceProblem());
    // What was asked early was of no workspace: the one opened next is read afresh.
    if (found) this.#early.clear();
    return found;
  }

  /** Reads the meetings; the first is shown (until one is chosen). */
  async open() {
    await this.read('meetings');
  }

  /** Shows another meeting: its parts are read afresh. */
  select(id: string) {
    if (id === this.eventId) return;
    this.eventId = id;
    this.sideEvents = this.programme = this.publication = null;
    this.speakers = this.unlisted = this.participations = this.undo = this.translations = null;
    for (const part of this.#wanted) if (part !== 'meetings') this.read(part);
  }

  /** Reads `parts` now (those not read yet) and again after every change to what they are read from. */
  async want(...parts: Part[]) {
    const fresh = parts.filter((p) => !this.#wanted.has(p) || this.#parts[p] === null);
    for (const p of parts) this.#wanted.add(p);
    await Promise.all(fresh.map((p) => this.read(p)));
  }

  /** The programme again, also in `zone` (null: in the event's zone only). */
  async showZone(zone: string | null) {
    this.viewerZone = zone;
    this.#wanted.add('programme');
    await this.read('programme');
  }

  /** The shell wrote to `tables`: every wanted part read from them is read again. */
  async changed(tables: readonly string[]) {
    const stale = [...this.#wanted].filter((p) => PARTS[p].from.some((t) => tables.includes(t)));
    await Promise.all(stale.map((p) => this.read(p)));
  }

  /** Follows the shell's change events; returns what stops following them. */
  follow(): Promise<() => void> {
    return following(listen<WorkspaceChanged>('workspace-changed', (e) => void this.changed(e.payload.tables)));
  }

  async read(part: Part) {
    const mine = (this.#reads.get(part) ?? 0) + 1;
    this.#reads.set(part, mine);
    const id = this.eventId;
    if (part !== 'meetings' && id === null) return;
    try {
      const early = this.#early.get(part);
      this.#early.delete(part);
      // An early answer is of the meeting shown first, in its own zone only.
      const fits = early && (part === 'meetings' || (early.id === id && this.viewerZone === null));
      const value = await (fits ? early.answer : PARTS[part].read(id!, this.viewerZone));
      if (mine !== this.#reads.get(part) || (part !== 'meetings' && id !== this.eventId)) return;
      this.#parts[part] = value;
      // The meeting shown is the first until one is chosen, and again if the chosen one is gone.
      if (part === 'meetings' && !this.event) this.eventId = firstShown(this.meetings ?? []);
      if (this.errors[part]) {
        const { [part]: _, ...rest } = this.errors;
        this.errors = rest;
      }
    } catch (error) {
      if (mine !== this.#reads.get(part)) return;
      const body = toErrorBody(error);
      this.errors = { ...this.errors, [part]: body.message };
      status.failed(body, t('app-part-unread', { part }));
    }
  }

  /** The parts, by name: each is a field of this class. */
  get #parts(): Record<Part, unknown> {
    return this as unknown as Record<Part, unknown>;
  }

  reset() {
    this.meetings = this.sideEvents = this.programme = this.publication = null;
    this.speakers = this.unlisted = this.participations = this.undo = this.translations = null;
    this.eventId = this.viewerZone = null;
    this.errors = {};
    this.#wanted = new Set(['meetings']);
    this.#earlyProblem = null;
    this.#early.clear();
  }
}

export const workspace = new Workspace();
