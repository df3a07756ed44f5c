// Dates as people read them. Plain dates (YYYY-MM-DD) are formatted by hand, so that no time zone can shift them.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(date: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** `2025-10-31` → `Friday 31 October 2025`. */
export function longDate(date: string): string {
  const p = parts(date);
  if (!p) return date;
  const [y, m, d] = p;
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2025-10-31` → `31 October 2025`. */
export function plainDate(date: string): string {
  const p = parts(date);
  if (!p) return date;
  const [y, m, d] = p;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An event's dates: one day, or a range. */
export function dateRange(from: string, to: string): string {
  return from === to ? longDate(from) : `${plainDate(from)} – ${plainDate(to)}`;
}

/**
 * One formatter per zone and options: making an `Intl.DateTimeFormat` costs far more than formatting with it, and a
 * table formats a date per row on every keystroke. An unknown zone falls back to UTC.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(zone: string, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat | null {
  const id = `${zone}|${key}`;
  let made = formatters.get(id);
  if (!made) {
    try {
      made = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    } catch {
      return null;
    }
    formatters.set(id, made);
  }
  return made;
}

const DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = {
  ...DATE,
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

/** An instant (RFC 3339, UTC) as a date and time in `zone`, e.g. `16 Oct 2025, 11:12 CEST`; in UTC if the zone is unknown. */
export function instant(iso: string, zone: string, withTime = true): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const [key, options] = withTime ? ['date-time', DATE_TIME] : ['date', DATE];
  return (formatter(zone, key, options) ?? formatter('UTC', key, options)!).format(date);
}

const CLOCK: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' };

/** An instant's time of day in `zone`, with the zone, e.g. `18:02 CET`: never a time without its zone beside the
 * programme's. */
export function clock(iso: string, zone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (formatter(zone, 'clock', CLOCK) ?? formatter('UTC', 'clock', CLOCK)!).format(date);
}

/** An instant (RFC 3339) as the wall-clock `YYYY-MM-DDTHH:MM` of `zone`, for a `datetime-local` input; '' for none. */
export function wallClock(iso: string | null, zone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const parts = formatter(zone, 'wall-clock', WALL_CLOCK)?.formatToParts(date);
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

/** A count as people read it: `100,005`. */
const counts = new Intl.NumberFormat('en-GB');
export function count(n: number): string {
  return counts.format(n);
}

/** A speaker's name as shown, with the honorific: `Ms Ana Ribeiro` (core's `display_name`). */
export function speakerName(s: { honorific: string | null; given_name: string; family_name: string }): string {
  return [s.honorific, s.given_name, s.family_name].filter(Boolean).join(' ');
}
