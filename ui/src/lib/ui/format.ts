// Dates, times and numbers as people read them, in the language shown (`i18n.locale`, CLDR's rules by `Intl`): this
// is the one place the UI writes them. Plain dates (YYYY-MM-DD) are written in UTC, so that no time zone can shift
// them.
import { i18n, t } from '../i18n/index.svelte';
import type { NameOrder } from '../bindings/NameOrder';

/** The English month names: a date is read in them whatever the language shown (and in that language's too). */
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function parts(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** A plain date in the language shown, with `options` (a date in UTC, so no zone shifts it); the text as it is if
 * it is no date. */
function written(date: string, options: Intl.DateTimeFormatOptions): string {
  const p = parts(date);
  if (!p) return date;
  return dateFormat(options).format(new Date(Date.UTC(p[0], p[1] - 1, p[2])));
}

const LONG: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
const PLAIN: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' };

/** `2025-10-31` → `Friday, 31 October 2025`, `vendredi 31 octobre 2025`. */
export function longDate(date: string): string {
  return written(date, LONG);
}

/** `2025-10-31` → `31 October 2025`, `31 octobre 2025`. */
export function plainDate(date: string): string {
  return written(date, PLAIN);
}

/** `2025-10-31` → `Fri 31 Oct`, `ven. 31 oct.`: a day in a column's or a tab's heading. */
export function dayLabel(date: string): string {
  return written(date, DAY);
}

/** An event's dates: one day, or a range as the language writes one. */
export function dateRange(from: string, to: string): string {
  const [a, b] = [parts(from), parts(to)];
  if (from === to || !a || !b) return from === to ? longDate(from) : `${plainDate(from)} – ${plainDate(to)}`;
  return dateFormat(PLAIN).formatRange(new Date(Date.UTC(a[0], a[1] - 1, a[2])), new Date(Date.UTC(b[0], b[1] - 1, b[2])));
}

const iso = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The date `days` after `date` (YYYY-MM-DD; before it for fewer than 0). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = parts(date)!;
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** The month names of the language shown, as `Intl` writes them in a date (`octobre`, `октября`). */
function localMonths(): string[] {
  const format = dateFormat({ day: 'numeric', month: 'long' });
  return MONTHS.map((_, i) => format.formatToParts(new Date(Date.UTC(2001, i, 1))).find((p) => p.type === 'month')!.value);
}

/** The month of a name or its first three letters or more, in English or the language shown: `Mar`, `March`,
 * `Sept`, `oct` → 3. */
function month(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  for (const names of [MONTHS, localMonths()]) {
    const i = names.findIndex((m) => m.toLowerCase().startsWith(n));
    if (i >= 0) return i + 1;
  }
  return null;
}

/**
 * A date as an organiser types it, as `YYYY-MM-DD`; null when it is none. Takes the day first, as the meeting's
 * documents write it: `26 March 2026`, `26 Mar`, `Thursday 26 March 2026`, `26/03/2026`, `26.03.26`; and `2026-03-26`,
 * `March 26, 2026`. Without its year, a date is in the year of `near` (the meeting's), else this year.
 */
export function readDate(text: string, near?: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const year = (y: string | undefined) =>
    y === undefined ? (parts(near ?? '')?.[0] ?? new Date().getFullYear()) : y.length === 2 ? 2000 + Number(y) : Number(y);
  let found: [number, number | null, number] | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) found = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/.exec(t)))
    found = [year(m[3]), Number(m[2]), Number(m[1])];
  else if ((m = /^(?:\p{L}+\.?,? )?(\d{1,2})(?:st|nd|rd|th|er)? (?:de )?(\p{L}+\.?),?(?: (?:de )?(\d{4}))?(?: г\.?)?$/iu.exec(t)))
    found = [year(m[3]), month(m[2]), Number(m[1])];
  else if ((m = /^(\p{L}+\.?) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/iu.exec(t)))
    found = [year(m[3]), month(m[1]), Number(m[2])];
  if (!found || found[1] === null) return null;
  const [y, mo, d] = found;
  // 31 February is no date: Date would make it 3 March.
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1000 ? iso(y, mo, d) : null;
}

/**
 * The last day of a meeting once its first day moved from `previous` to `first`: as many days after it as before,
 * so the meeting keeps its length; an empty last day, or one before the first, takes the first.
 */
export function followFirstDay(previous: string, first: string, last: string): string {
  if (!parts(first)) return last;
  if (parts(previous) && parts(last) && last >= previous) return addDays(last, daysBetween(previous, first));
  return !parts(last) || last < first ? first : last;
}

/** A day (`YYYY-MM-DD`) and a wall-clock time (`HH:MM`) as core reads them, `YYYY-MM-DDTHH:MM`; '' for neither. */
export const wallClockOf = (on: string, at: string): string =>
  on.trim() || at.trim() ? `${on.trim()}T${at.trim()}` : '';

/** What a day and time say: when registration opens or closes (`app-when-*` selects on it). */
export type Happening = 'opens' | 'closes';

/** What is wrong with a day and time typed for when registration `happens`, or null. */
export function whenProblem(on: string, at: string, happens: Happening): string | null {
  if (!on.trim() && !at.trim()) return null;
  if (!parts(on)) return on.trim() === '' ? t('app-when-give-day', { happens }) : notADate(on);
  return at.trim() ? null : t('app-when-give-time', { happens });
}

/** Which date a date field holds (`app-date-give` selects on it). */
export type DateOf = 'first-day' | 'last-day' | 'date';

/** What is wrong with a date field's value (YYYY-MM-DD, '' or the text typed), or null: `what` names the date. */
export function dateProblem(value: string, what: DateOf): string | null {
  if (parts(value)) return null;
  return value.trim() === '' ? t('app-date-give', { what, example: plainDate('2026-03-26') }) : notADate(value);
}

function notADate(value: string): string {
  return t('app-not-a-date', { typed: value.trim(), example: plainDate('2026-03-26') });
}

/**
 * One formatter per language, zone and options: making an `Intl.DateTimeFormat` costs far more than formatting with
 * it, and a table formats a date per row on every keystroke. An unknown zone falls back to UTC.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, key: string, options: Intl.DateTimeFormatOptions, locale = i18n.locale): Intl.DateTimeFormat | null {
  const id = `${locale}|${zone}|${key}`;
  let made = formatters.get(id);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    } catch {
      return null;
    }
    formatters.set(id, made);
  }
  return made;
}

function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return formatter('UTC', JSON.stringify(options), options)!;
}

const DATE_TIME: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'short',
};
const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};

/**
 * An instant (RFC 3339, UTC) as a date and time in `zone`, e.g. `16 October 2025, 11:12 CEST`, or its date alone; in
 * UTC if the zone is unknown. Its day and time are found in the zone (in English's numbers, to read them back) and
 * written as `plainDate` writes a date, in the language shown; the zone's abbreviation is the one the programme
 * shows.
 */
export function instant(at: string, zone: string, withTime = true): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  const found = (formatter(zone, 'date-time', DATE_TIME, 'en-GB') ?? formatter('UTC', 'date-time', DATE_TIME, 'en-GB')!).formatToParts(date);
  const part = (type: string) => found.find((p) => p.type === type)?.value ?? '';
  const day = plainDate(iso(Number(part('year')), Number(part('month')), Number(part('day'))));
  return withTime ? t('app-instant', { date: day, time: `${part('hour')}:${part('minute')}`, zone: part('timeZoneName') }) : day;
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };

/** An instant's time of day in `zone`, with the zone, e.g. `18:02 CET`: never a time without its zone beside the
 * programme's. */
export function clock(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (formatter(zone, 'clock', CLOCK, 'en-GB') ?? formatter('UTC', 'clock', CLOCK, 'en-GB')!).format(date);
}

/** An instant (RFC 3339) as the wall-clock `YYYY-MM-DDTHH:MM` of `zone`, for a `datetime-local` input; '' for none. */
export function wallClock(iso: string | null, zone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = formatter(zone, 'wall-clock', WALL_CLOCK, 'en-GB')?.formatToParts(date);
  if (!parts) return '';
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** `''` and blanks as null, for the model's optional strings. */
export function optional(text: string | null | undefined): string | null {
  const t = (text ?? '').trim();
  return t === '' ? null : t;
}

/** A new id for something the UI creates (a v4 UUID). */
export function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A count as people read it in the language shown: `100,005`, `100 005`. */
const counts = new Map<string, Intl.NumberFormat>();
export function count(n: number): string {
  const locale = i18n.locale;
  let format = counts.get(locale);
  if (!format) counts.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}

/** A person's name fields, as speakers and registrations have them. */
type Named = { given_name: string; family_name: string; name_order?: NameOrder | null };

/** Chinese, Japanese (kana) and Korean (hangul): names written family name first and without a space. */
const EAST_ASIAN = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/u;

/**
 * A name in its own order, as core's `full_name` writes it (crates/core/src/model/name.rs; both are held to
 * crates/core/tests/data/names.json): `Ana Ribeiro`, `王小明`, `Kovács János` for one who chose family name first.
 */
export function fullName(p: Named): string {
  const given = p.given_name.trim();
  const family = p.family_name.trim();
  const order = p.name_order ?? (EAST_ASIAN.test(given + family) ? 'family_first' : 'given_first');
  const [first, second] = order === 'family_first' ? [family, given] : [given, family];
  if (!first) return second;
  if (!second) return first;
  const unspaced = (s: string) => [...s].every((c) => EAST_ASIAN.test(c) || c === '·');
  return unspaced(first) && unspaced(second) ? first + second : `${first} ${second}`;
}

/** A speaker's name as shown, with the honorific: `Ms Ana Ribeiro` (core's `display_name`). */
export function speakerName(s: Named & { honorific: string | null }): string {
  const name = fullName(s);
  const honorific = s.honorific?.trim();
  return honorific ? `${honorific} ${name}` : name;
}
