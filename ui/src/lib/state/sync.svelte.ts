// Where the workspace stands with its event site: changes waiting, syncing, offline, published. The app sends
// `sync-status` after every sync (its own every few minutes, or one asked for here); edits refresh it too.
import { listen } from '@tauri-apps/api/event';
import * as api from '../api';
import { toErrorBody } from '../api';
import type { ErrorBody } from '../bindings/ErrorBody';
import type { Progress } from '../bindings/Progress';
import type { SyncStatus } from '../bindings/SyncStatus';
import { following } from '../events';
import { workspace } from './workspace.svelte';
import { t } from '../i18n/index.svelte';
export type SyncKind = 'none' | 'working' | 'ok' | 'waiting' | 'offline' | 'error';

/** The status line's text and tone, from the app's status, what is running here, the last action's error, and the
 * meeting shown (a meeting kept on this computer is not synced, whatever the others are). */
export function describe(
  status: SyncStatus | null,
  busy: boolean,
  actionError: ErrorBody | null = null,
  progress: Progress | null = null,
  meeting: string | null = null,
): { kind: SyncKind; text: string } {
  if (busy || status?.syncing) {
    if (progress?.stage === 'pushing') return { kind: 'working', text: t('app-sync-sending', { count: progress.waiting }) };
    if (progress?.stage === 'publishing') return { kind: 'working', text: t('app-sync-publishing') };
    if (progress?.stage === 'resending') {
      return { kind: 'working', text: t('app-sync-resending') };
    }
    return { kind: 'working', text: t('app-syncing') };
  }
  if (!status) return { kind: 'none', text: t('app-sync-checking') };
  const error = status.last_error ?? actionError;
  const waiting = status.waiting;
  if (!status.site_url) {
    return { kind: 'none', text: t('app-sync-no-site', { count: waiting }) };
  }
  if (meeting && status.local_meetings.includes(meeting)) {
    return { kind: 'none', text: t('app-sync-local') };
  }
  if (error?.code === 'offline') return { kind: 'offline', text: t('app-sync-offline', { count: waiting }) };
  // Synced, but the site refused some changes: the organiser's values did not go out (message from the shell).
  if (error?.code === 'refused') return { kind: 'error', text: t('app-sync-refused', { reason: error.message }) };
  if (error) return { kind: 'error', text: t('app-sync-failed', { reason: error.message }) };
  if (status.waiting > 0) return { kind: 'waiting', text: t('app-sync-waiting', { count: waiting }) };
  return { kind: 'ok', text: t('app-sync-done') };
}

class Sync {
  status = $state<SyncStatus | null>(null);
  /** A sync or publication asked for here is running. */
  busy = $state<'sync' | 'publish' | null>(null);
  progress = $state<Progress | null>(null);
  /** The last failure of an action asked for here (the app's own failures are in `status.last_error`). */
  actionError = $state<ErrorBody | null>(null);
  /** The last publication made here: its version, where its programme is and when. */
  published = $state<{ version: number; url: string; at: string } | null>(null);

  line = $derived(describe(this.status, this.busy !== null, this.actionError, this.progress, workspace.eventId));

  async refresh() {
    try {
      this.status = await api.syncStatus();
    } catch (error) {
      this.actionError = toErrorBody(error);
    }
  }

  async syncNow() {
    await this.run('sync', async () => {
      await api.syncNow();
    });
  }

  /** Publishes what the preview with `digest` showed; true when the site made (or already had) it public. */
  async publish(eventId: string, digest: string): Promise<boolean> {
    let done = false;
    await this.run('publish', async () => {
      const outcome = await api.publish(eventId, digest);
      done = true;
      // Shown once the status is read again, so that "Published" never stands beside changes waiting.
      const { version, published_at } = outcome.published;
      return () => (this.published = { version, url: outcome.programme_url, at: published_at });
    });
    return done;
  }

  /**
   * One action at a time; its failure is shown, and the status is read again after it either way. What the action
   * returns, if anything, runs after that.
   */
  private async run(kind: 'sync' | 'publish', action: () => Promise<(() => void) | void>) {
    if (this.busy) return;
    this.busy = kind;
    let then: (() => void) | void = undefined;
    try {
      then = await action();
      this.actionError = null;
    } catch (error) {
      this.actionError = toErrorBody(error);
    } finally {
      this.busy = null;
      this.progress = null;
      await this.refresh();
    }
    then?.();
  }

  /** Follows the app's sync events; returns what stops following them. */
  follow(): Promise<() => void> {
    return following(
      listen<SyncStatus>('sync-status', (e) => {
        this.status = e.payload;
        // The app's own record of its last sync takes over from an older failure seen here.
        this.actionError = null;
        if (!e.payload.syncing) this.progress = null;
      }),
      listen<Progress>('sync-progress', (e) => (this.progress = e.payload)),
    );
  }

  reset() {
    this.status = null;
    this.busy = null;
    this.progress = null;
    this.actionError = null;
    this.published = null;
  }
}

export const sync = new Sync();
