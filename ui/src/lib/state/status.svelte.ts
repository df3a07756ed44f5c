// The status line: every change is saved on the spot, in the local workspace; a failed command says why.
import type { ErrorBody } from '../bindings/ErrorBody';
import { t } from '../i18n/index.svelte';

export type StatusKind = 'idle' | 'working' | 'saved' | 'error';

class Status {
  kind = $state<StatusKind>('idle');
  /** What the last action said; none said yet, that every change is kept (in the language shown). */
  #said = $state<string | null>(null);
  get message(): string {
    return this.#said ?? t('app-status-idle');
  }
  at = $state<Date | null>(null);

  working(message = t('app-saving')) {
    this.kind = 'working';
    this.#said = message;
  }

  saved(message = t('app-saved')) {
    this.kind = 'saved';
    this.#said = message;
    this.at = new Date();
  }

  failed(error: ErrorBody, prefix = t('app-not-saved')) {
    // A refused field's message is shown at the field too: here it goes without the field's name before it.
    const message = error.code === 'invalid' && error.fields.length > 0 ? error.fields.map((f) => f.message).join('; ') : error.message;
    this.kind = 'error';
    this.#said = prefix ? t('app-failed', { prefix, message }) : message;
    this.at = new Date();
  }

  reset() {
    this.kind = 'idle';
    this.#said = null;
    this.at = null;
  }
}

export const status = new Status();
