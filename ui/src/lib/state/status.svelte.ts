// The status line: every change is saved on the spot, in the local workspace; a failed command says why.
import type { ErrorBody } from '../bindings/ErrorBody';

export type StatusKind = 'idle' | 'working' | 'saved' | 'error';

class Status {
  kind = $state<StatusKind>('idle');
  message = $state('Every change is saved on this computer');
  at = $state<Date | null>(null);

  working(message = 'Saving…') {
    this.kind = 'working';
    this.message = message;
  }

  saved(message = 'Saved') {
    this.kind = 'saved';
    this.message = message;
    this.at = new Date();
  }

  failed(error: ErrorBody, prefix = 'Not saved') {
    // A refused field's message is shown at the field too: here it goes without the field's name before it.
    const message = error.code === 'invalid' && error.fields.length > 0 ? error.fields.map((f) => f.message).join('; ') : error.message;
    this.kind = 'error';
    this.message = prefix ? `${prefix}: ${message}` : message;
    this.at = new Date();
  }

  reset() {
    this.kind = 'idle';
    this.message = 'Every change is saved on this computer';
    this.at = null;
  }
}

export const status = new Status();
