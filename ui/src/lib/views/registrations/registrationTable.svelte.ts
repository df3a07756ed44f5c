// The organisers' table of registrations as the view sees it: the query (search, filters, sort) and the pages of rows
// read so far, from core (`registration_page`), never the whole meeting: 100,000 registrations cost a screenful.
// Pages are read as the table scrolls to them and read again after a write to the registrations; an answer to an
// older query arriving late is dropped.
import { listen } from '@tauri-apps/api/event';
import * as api from '../../api';
import { toErrorBody } from '../../api';
import type { Region } from '../../bindings/Region';
import type { ParticipantCategory } from '../../bindings/ParticipantCategory';
import type { Registration } from '../../bindings/Registration';
import type { RegistrationQuery } from '../../bindings/RegistrationQuery';
import type { RegistrationSort } from '../../bindings/RegistrationSort';
import type { RegistrationStatus } from '../../bindings/RegistrationStatus';
import type { StatusCount } from '../../bindings/StatusCount';
import type { WorkspaceChanged } from '../../bindings/WorkspaceChanged';
import { following } from '../../events';
import { t } from '../../i18n/index.svelte';
import { status } from '../../state/status.svelte';

/** Rows a page: about three screenfuls, so that scrolling asks rarely and a keystroke's answer stays small. */
export const PAGE = 50;

export class RegistrationTable {
  search = $state('');
  statuses = $state<RegistrationStatus[]>([]);
  categories = $state<ParticipantCategory[]>([]);
  countries = $state<string[]>([]);
  regions = $state<Region[]>([]);
  sort = $state<RegistrationSort>('submitted');
  descending = $state(false);

  /** Registrations matching the query; null until the first answer. */
  matching = $state<number | null>(null);
  total = $state(0);
  byStatus = $state.raw<StatusCount[]>([]);
  /** Pages read for the current query, by index. */
  pages = $state.raw<Record<number, Registration[]>>({});
  error = $state<string | null>(null);

  /** Which query the pages are of: bumped by every change of search, filter or sort. */
  #generation = 0;
  #asked = new Set<number>();

  /** The meeting shown; another one is a new query. */
  eventId = $state('');

  constructor(eventId: string) {
    this.eventId = eventId;
  }

  query(page: number): RegistrationQuery {
    return {
      event_id: this.eventId,
      search: this.search,
      statuses: this.statuses,
      categories: this.categories,
      countries: this.countries,
      regions: this.regions,
      sort: this.sort,
      descending: this.descending,
      offset: page * PAGE,
      limit: PAGE,
    };
  }

  /** The row at `index` among those matching, once its page is read. */
  row(index: number): Registration | undefined {
    return this.pages[Math.floor(index / PAGE)]?.[index % PAGE];
  }

  /** Reads the pages of rows `first` to `last` not read yet: what the table shows now. */
  async show(first: number, last: number) {
    const pages = [];
    for (let p = Math.floor(first / PAGE); p <= Math.floor(last / PAGE); p++) pages.push(this.read(p));
    await Promise.all(pages);
  }

  /** The query changed: its first page is read afresh, the rest as the table scrolls to them. */
  async refresh() {
    this.#generation += 1;
    this.#asked.clear();
    await this.read(0, true);
  }

  /** Sorts by `column`, or turns the order round when it is the column already sorted by. */
  async sortBy(column: RegistrationSort) {
    if (this.sort === column) this.descending = !this.descending;
    else [this.sort, this.descending] = [column, false];
    await this.refresh();
  }

  async read(page: number, fresh = false) {
    if (this.#asked.has(page) && !fresh) return;
    this.#asked.add(page);
    const generation = this.#generation;
    try {
      const answer = await api.registrationPage(this.query(page));
      if (generation !== this.#generation) return;
      this.pages = fresh ? { [page]: answer.rows } : { ...this.pages, [page]: answer.rows };
      this.matching = answer.matching;
      this.total = answer.total;
      this.byStatus = answer.by_status;
      this.error = null;
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#asked.delete(page);
      const body = toErrorBody(error);
      this.error = body.message;
      status.failed(body, t('reg-read-failed'));
    }
  }

  /** After a write to the registrations (here, by a sync, by another program): the pages read are read again. */
  async reload() {
    const read = Object.keys(this.pages).map(Number);
    this.#generation += 1;
    this.#asked.clear();
    const generation = this.#generation;
    await Promise.all(
      (read.length ? read : [0]).map(async (page) => {
        this.#asked.add(page);
        const answer = await api.registrationPage(this.query(page)).catch(() => null);
        if (!answer || generation !== this.#generation) return;
        this.pages = { ...this.pages, [page]: answer.rows };
        this.matching = answer.matching;
        this.total = answer.total;
        this.byStatus = answer.by_status;
      }),
    );
    // Pages not read again are of another state of the workspace.
    if (generation === this.#generation)
      this.pages = Object.fromEntries(Object.entries(this.pages).filter(([p]) => this.#asked.has(Number(p))));
  }

  /** Follows the shell's change events; returns what stops following them. */
  follow(): Promise<() => void> {
    return following(
      listen<WorkspaceChanged>('workspace-changed', (e) => {
        if (e.payload.tables.includes('registrations')) void this.reload();
      }),
    );
  }
}
