// The one form helper: a submit that shows progress, errors at their fields and in the status line, and focus on the
// first error; and, for a form over a record of the workspace, edits that carry only what the organiser changed.
//
// A record's form keeps the values it was opened with. While it is open, the workspace may change under it (a
// colleague's edit arrives by sync): a field the organiser has not touched takes the new value; a field they changed
// too is a clash, shown at the field, where they keep theirs or take the other (docs/architecture.md, "Edits").
import { toErrorBody } from '../api';
import type { Edit } from '../bindings/Edit';
import type { ErrorBody } from '../bindings/ErrorBody';
import type { FieldError } from '../bindings/FieldError';
import { formErrors, noErrors, type FormErrors } from './fieldErrors';
import { status } from '../state/status.svelte';
import { t } from '../i18n/index.svelte';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The form's fields of a record, in the record's own terms. */
export function pick<T, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;
}

/** How long after a save a read may still be one begun before it (a read takes milliseconds; a sync, seconds). */
const STALE_MS = 1500;

export class FormState {
  errors = $state<FormErrors>(noErrors());
  saving = $state(false);
  /** The form element, for focus on the first error. */
  element: HTMLFormElement | undefined = $state();

  /** `id` prefixes the ids of the form's messages (`<id>-error-<field>`). */
  constructor(
    readonly id: string,
    readonly fields: readonly string[],
  ) {}

  error = (field: string): string | null => this.errors.fields[field] ?? null;

  /** A field's `aria-invalid`. */
  invalid = (field: string): 'true' | undefined => (this.error(field) || this.clash(field) ? 'true' : undefined);

  /** A field's `aria-describedby`: its hint, if any, and its message when it has one. */
  describedBy = (field: string, hint?: string): string | undefined =>
    [hint, this.error(field) || this.clash(field) ? `${this.id}-error-${field}` : undefined].filter(Boolean).join(' ') ||
    undefined;

  /** What someone else changed in this field while the organiser changed it too (record forms only). */
  clash(_field: string): Clash | null {
    return null;
  }

  /**
   * Runs `action` as the form's save (or another action of it: a deletion): at most one at a time; its success
   * message (or the failure) goes to the status line, and a failure to the form's fields. Returns whether it
   * succeeded.
   */
  async submit(action: () => Promise<string>, failure = t('app-not-saved'), working = t('app-saving')): Promise<boolean> {
    if (this.saving) return false;
    this.saving = true;
    this.errors = noErrors();
    status.working(working);
    try {
      status.saved(await action());
      return true;
    } catch (error) {
      this.fail(toErrorBody(error), failure);
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Shows `error` at its fields (and the rest above them), and moves focus to the first. */
  fail(error: ErrorBody, prefix = t('app-not-saved')) {
    this.errors = formErrors(error, this.fields);
    status.failed(error, prefix);
    this.focusFirstError();
  }

  focusFirstError() {
    queueMicrotask(() => {
      const el =
        this.element?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
        this.element?.querySelector<HTMLElement>('.form-error');
      el?.focus();
    });
  }
}

/** A field that the organiser and someone else both changed while the form was open. */
export type Clash = { field: string; theirs: unknown };

/**
 * A form over one record. `R` is the record as its edit command reads it (a `Speaker`, an `EntryInput`), `V` what
 * the inputs hold (text for lists and empty values); both have the form's fields as keys.
 */
export class RecordForm<V extends Record<string, unknown>, R extends Record<string, unknown>> extends FormState {
  values: V;
  /** The record's fields as they were when the form opened, or when the organiser last took in a change. */
  opened: R;
  /** The fields both the organiser and someone else changed, to different values, while the form was open. */
  clashes: Clash[] = $derived.by(() => this.clashesWith(this.current()));

  /**
   * Made while a component starts (it follows `current`, the record as the workspace holds it, for as long as the
   * component lives). `current` gives null for a record not saved yet.
   */
  constructor(
    id: string,
    readonly keys: readonly (keyof V & string)[],
    readonly convert: { toValues: (record: R) => V; toRecord: (values: V) => R },
    opened: R,
    readonly current: () => R | null,
    /** Fields the core may name in errors besides the form's own (an entry's `slot`). */
    alsoInErrors: readonly string[] = [],
  ) {
    super(id, [...keys, ...alsoInErrors]);
    this.opened = $state(opened);
    this.values = $state(convert.toValues(opened));
    $effect(() => this.takeIn(this.current()));
  }

  override clash(field: string): Clash | null {
    return this.clashes.find((c) => c.field === field) ?? null;
  }

  /** The fields the organiser changed, each with its new value, as the record has them. */
  get changes(): Partial<R> {
    const now = this.convert.toRecord(this.values);
    const out: Partial<R> = {};
    for (const k of this.keys) if (!same(now[k], this.opened[k])) out[k as keyof R] = now[k as keyof R];
    return out;
  }

  get dirty(): boolean {
    return Object.keys(this.changes).length > 0;
  }

  /** The edit to send: what changed (but the fields `leaving`), and what those fields held when the form opened. */
  edit(id: string, leaving: readonly string[] = []): Edit {
    const changes: Record<string, unknown> = { ...this.changes };
    for (const k of leaving) delete changes[k];
    const opened: Record<string, unknown> = {};
    for (const k of Object.keys(changes)) opened[k] = this.opened[k as keyof R];
    return { id, changes, opened };
  }

  /** The save running, and whether a change made meanwhile waits to be saved after it. */
  private running: Promise<void> | null = null;
  private again = false;
  /**
   * What the fields saved here held before: a read of the workspace begun before the save may still bring it back
   * after, and is no news (taken in, it would undo the save on screen). Only for a moment after the save
   * (`STALE_MS`): later, the same value is a colleague's edit, and is shown.
   */
  private before: Partial<R> = {};
  private savedAt = 0;

  /**
   * Saves what the organiser changed, on the spot (a field left, a box ticked), as `send` does with the edit. A field
   * with a `problem` found before sending, or one core refuses, keeps its text and shows why, at the field and in the
   * status line, while the other changes are saved. `send` answers with the record as saved; `saved` is the status
   * line's word for it. Done when every change made until then is saved or refused.
   */
  saveChanges(
    id: string,
    send: (edit: Edit) => Promise<R>,
    saved: string,
    problems: () => Record<string, string>,
  ): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.saving = true;
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.saveOnce(id, send, saved, problems());
        } while (this.again);
      } finally {
        this.saving = false;
        this.running = null;
      }
    })();
    return this.running;
  }

  private async saveOnce(
    id: string,
    send: (edit: Edit) => Promise<R>,
    saved: string,
    problems: Record<string, string>,
  ) {
    const refused: FieldError[] = Object.entries(problems)
      .filter(([field]) => field in this.changes)
      .map(([field, message]) => ({ field, message }));
    let failure: ErrorBody | null = null;
    for (;;) {
      const edit = this.edit(id, refused.map((f) => f.field));
      if (Object.keys(edit.changes).length === 0) break;
      status.working();
      try {
        const record = await send(edit);
        // The workspace holds these now, as core saved them: they are no longer changes.
        for (const k of Object.keys(edit.changes) as (keyof R)[]) {
          this.before[k] = this.opened[k];
          this.opened[k] = record[k];
        }
        this.savedAt = Date.now();
        status.saved(saved);
        break;
      } catch (error) {
        const body = toErrorBody(error);
        const fields = body.fields.filter((f) => f.field in edit.changes);
        // Refused as a whole (a full disk): nothing saved, said above the form.
        if (fields.length === 0 || fields.length < body.fields.length) {
          failure = body;
          break;
        }
        refused.push(...fields);
      }
    }
    const errors = formErrors({ code: 'invalid', message: '', fields: refused }, this.fields);
    if (failure) {
      const other = formErrors(failure, this.fields);
      errors.fields = { ...errors.fields, ...other.fields };
      errors.general = other.general;
    }
    this.errors = errors;
    if (failure) status.failed(failure);
    else if (refused.length > 0) status.failed({ code: 'invalid', message: '', fields: refused });
  }

  /**
   * Takes in the record as the workspace holds it now: a field someone else changed that the organiser has not
   * touched shows the new value, and one they changed to the same value is no longer a change.
   */
  private takeIn(current: R | null) {
    // The form's own save is taken in once it is done (its news may come before its answer).
    if (!current || this.saving) return;
    const mine = this.convert.toRecord(this.values);
    const shown = this.convert.toValues(current);
    for (const k of this.keys) {
      const key = k as keyof R;
      if (this.stale(current, key)) continue;
      if (same(current[key], this.opened[key])) continue;
      if (same(mine[key], this.opened[key])) this.values[k] = shown[k];
      if (same(mine[key], this.opened[key]) || same(mine[key], current[key])) this.opened[key] = current[key];
    }
  }

  /** Whether `current` still holds what a field held before this form saved it (a read older than the save). */
  private stale(current: R, key: keyof R): boolean {
    if (Date.now() - this.savedAt > STALE_MS) this.before = {};
    if (!(key in this.before)) return false;
    if (same(current[key], this.before[key])) return true;
    delete this.before[key];
    return false;
  }

  private clashesWith(current: R | null): Clash[] {
    if (!current || this.saving) return [];
    const mine = this.convert.toRecord(this.values);
    return this.keys
      .filter((k) => {
        const key = k as keyof R;
        if (this.stale(current, key)) return false;
        return !same(current[key], this.opened[key]) && !same(mine[key], this.opened[key]) && !same(mine[key], current[key]);
      })
      .map((k) => ({ field: k, theirs: current[k as keyof R] }));
  }

  /** Takes the other value of a clashing field. */
  takeTheirs(field: string) {
    const current = this.current();
    if (!current) return;
    const key = field as keyof R & keyof V;
    this.values[key] = this.convert.toValues(current)[key];
    this.opened[key] = current[key];
    this.dropError(field);
  }

  /** Keeps the organiser's value of a clashing field: it replaces the other on save, knowingly. */
  keepMine(field: string) {
    const current = this.current();
    if (!current) return;
    this.opened[field as keyof R] = current[field as keyof R];
    this.dropError(field);
  }

  private dropError(field: string) {
    const { [field]: _, ...rest } = this.errors.fields;
    this.errors = { ...this.errors, fields: rest };
  }
}
