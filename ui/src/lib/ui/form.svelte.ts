// The one form helper: a submit that shows progress, errors at their fields and in the status line, and focus on the
// first error; and, for a form over a record of the workspace, edits that carry only what the organiser changed.
//
// A record's form keeps the values it was opened with. While it is open, the workspace may change under it (a
// colleague's edit arrives by sync): a field the organiser has not touched takes the new value; a field they changed
// too is a clash, shown at the field, where they keep theirs or take the other (docs/architecture.md, "Edits").
import { toErrorBody } from '../api';
import type { Edit } from '../bindings/Edit';
import type { ErrorBody } from '../bindings/ErrorBody';
import { formErrors, noErrors, type FormErrors } from './fieldErrors';
import { status } from '../state/status.svelte';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The form's fields of a record, in the record's own terms. */
export function pick<T, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, record[k]])) as Pick<T, K>;
}

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
  async submit(action: () => Promise<string>, failure = 'Not saved', working = 'Saving…'): Promise<boolean> {
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
  fail(error: ErrorBody, prefix = 'Not saved') {
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

  /** The edit to send: what changed, and what those fields held when the form opened. */
  edit(id: string): Edit {
    const changes = this.changes;
    const opened: Record<string, unknown> = {};
    for (const k of Object.keys(changes)) opened[k] = this.opened[k as keyof R];
    return { id, changes, opened };
  }

  /**
   * Takes in the record as the workspace holds it now: a field someone else changed that the organiser has not
   * touched shows the new value, and one they changed to the same value is no longer a change.
   */
  private takeIn(current: R | null) {
    if (!current) return;
    const mine = this.convert.toRecord(this.values);
    const shown = this.convert.toValues(current);
    for (const k of this.keys) {
      const key = k as keyof R;
      if (same(current[key], this.opened[key])) continue;
      if (same(mine[key], this.opened[key])) this.values[k] = shown[k];
      if (same(mine[key], this.opened[key]) || same(mine[key], current[key])) this.opened[key] = current[key];
    }
  }

  private clashesWith(current: R | null): Clash[] {
    if (!current) return [];
    const mine = this.convert.toRecord(this.values);
    return this.keys
      .filter((k) => {
        const key = k as keyof R;
        return !same(current[key], this.opened[key]) && !same(mine[key], this.opened[key]) && !same(mine[key], current[key]);
      })
      .map((k) => ({ field: k, theirs: current[k as keyof R] }));
  }

  /** Back to the record as the workspace holds it (as it was opened, if it is gone). */
  revert() {
    const now = this.current() ?? this.opened;
    Object.assign(this.values, this.convert.toValues(now));
    Object.assign(this.opened, now);
    this.errors = noErrors();
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
