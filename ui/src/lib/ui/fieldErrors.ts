// Splits an ErrorBody into messages per known field of a form, and a general message for the rest.
import type { ErrorBody } from '../bindings/ErrorBody';

export type FormErrors = {
  /** Messages by field name, for the fields that the form shows. */
  fields: Record<string, string>;
  /** What belongs to no shown field (or an error without fields). */
  general: string | null;
};

export const noErrors = (): FormErrors => ({ fields: {}, general: null });

export function formErrors(error: ErrorBody, known: readonly string[]): FormErrors {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const f of error.fields) {
    if (known.includes(f.field)) {
      fields[f.field] = fields[f.field] ? `${fields[f.field]}; ${f.message}` : f.message;
    } else {
      other.push(`${f.field}: ${f.message}`);
    }
  }
  let general: string | null = other.length > 0 ? other.join('; ') : null;
  if (error.fields.length === 0) general = error.message;
  return { fields, general };
}
