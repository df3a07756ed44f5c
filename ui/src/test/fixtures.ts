// The demo meeting (crates/core/src/seed.rs) as the app's commands return it, shaped exactly as the bindings' types.
// Times are UTC instants; CET is UTC+1 on 31 October 2025, New York is on EDT (UTC-4), Sydney on AEDT (UTC+11).
import type { ZoneChoice } from '../lib/bindings/ZoneChoice';
import type { Conflict } from '../lib/bindings/Conflict';
import type { Entry } from '../lib/bindings/Entry';
import type { EntryKind } from '../lib/bindings/EntryKind';
import type { Event } from '../lib/bindings/Event';
import type { Participation } from '../lib/bindings/Participation';
import type { Programme } from '../lib/bindings/Programme';
import type { ProgrammeDay } from '../lib/bindings/ProgrammeDay';
import type { ProgrammeRow } from '../lib/bindings/ProgrammeRow';
import type { Registration } from '../lib/bindings/Registration';
import type { Speaker } from '../lib/bindings/Speaker';
import type { Warning } from '../lib/bindings/Warning';
import type { ZonedTime } from '../lib/bindings/ZonedTime';

export const id = (n: number) => `019a3a00-0000-7000-8000-${n.toString(16).padStart(12, '0')}`;

export const EVENT_ID = id(1);
export const WEBINAR_ID = id(2);

export const event: Event = {
  id: EVENT_ID,
  title: 'Ninth meeting of the "United for Smart Sustainable Cities" initiative (U4SSC)',
  short_title: 'U4SSC-9',
  kind: 'meeting',
  format: 'virtual',
  zone: 'Europe/Zurich',
  starts_on: '2025-10-31',
  ends_on: '2025-10-31',
  venue: null,
  online_link: null,
  languages: ['English'],
  description:
    'Updates on the work of the U4SSC thematic groups and working groups; new U4SSC activities and approval of the ' +
    'U4SSC annual work plan 2025-2026.',
  organiser: 'ITU Telecommunication Standardization Bureau (TSB), Geneva',
  audience: 'ITU Member States, Sector Members, Associates and Academia, and any individual from an ITU Member State.',
  registration: {
    mandatory: true,
    free_of_charge: true,
    opens_at: '2025-10-15T08:00:00Z',
    closes_at: '2025-10-31T10:00:00Z',
    capacity: null,
  },
  eligible_categories: [
    'member_state_administration',
    'sector_member',
    'associate',
    'academia',
    'resolution99',
    'other_eligible_individual',
  ],
  contacts: [
    { label: 'U4SSC secretariat, TSB', email: 'u4ssc@itu.int', phone: '+41 22 730 6301', fax: '+41 22 730 5853' },
  ],
  reference: 'TSB Circular 81, 15 October 2025',
  website: 'https://u4ssc.itu.int/',
  parent_event_id: null,
  archived: false,
};

export const webinar: Event = {
  ...event,
  id: WEBINAR_ID,
  title: 'Empowering people through people-centred smart cities',
  short_title: 'World Cities Day webinar',
  kind: 'webinar',
  description: 'A webinar for World Cities Day, part of the Digital Transformation Dialogues series.',
  registration: { ...event.registration, closes_at: '2025-10-31T11:00:00Z' },
  parent_event_id: EVENT_ID,
};

const ONLINE = 'Online (the link is sent to registered participants)';

function entry(
  n: number,
  kind: EntryKind,
  block: number | null,
  title: string,
  description: string,
  from: string,
  to: string,
): Entry {
  return {
    id: id(n),
    event_id: EVENT_ID,
    kind,
    block_id: block === null ? null : id(block),
    linked_event_id: null,
    title,
    description,
    slot: { starts_at: `2025-10-31T${from}:00Z`, ends_at: `2025-10-31T${to}:00Z`, place: ONLINE },
    public: true,
  };
}

/** The demo programme, in UTC. */
export function entries(): Entry[] {
  return [
    entry(10, 'block', null, 'U4SSC meeting', '', '10:00', '11:00'),
    entry(11, 'item', 10, 'Opening and welcome', 'Opening remarks by the U4SSC Chair; adoption of the agenda.', '10:00', '10:10'),
    entry(12, 'item', 10, 'Updates from the U4SSC thematic groups', 'Progress reports of the thematic groups.', '10:10', '10:40'),
    entry(13, 'item', 10, 'Updates from the U4SSC working groups', '', '10:40', '11:00'),
    {
      ...entry(
        14,
        'side_event',
        null,
        'Webinar: Empowering people through people-centred smart cities',
        'For World Cities Day. Separate registration.',
        '11:00',
        '12:00',
      ),
      linked_event_id: WEBINAR_ID,
    },
    entry(15, 'break', null, 'Break', '', '12:00', '12:30'),
    entry(20, 'block', null, 'U4SSC meeting (continued)', '', '12:30', '14:30'),
    entry(21, 'item', 20, 'New U4SSC activities', 'Proposals for new activities and deliverables.', '12:30', '13:15'),
    entry(22, 'item', 20, 'Approval of the U4SSC annual work plan 2025-2026', '', '13:15', '14:10'),
    { ...entry(23, 'item', 20, 'Any other business', '', '14:10', '14:20'), public: false },
    entry(24, 'item', 20, 'Closing', '', '14:20', '14:30'),
  ];
}

function speaker(
  n: number,
  honorific: string,
  given: string,
  family: string,
  position: string,
  organisation: string,
  country: string,
  status: Speaker['status'],
  consent: boolean,
): Speaker {
  return {
    id: id(n),
    event_id: EVENT_ID,
    honorific,
    given_name: given,
    family_name: family,
    name_order: null,
    position,
    organisation,
    country,
    bio: '',
    photo: null,
    links: [],
    email: `${given.toLowerCase()}.${family.toLowerCase()}@example.org`,
    status,
    consent_to_publish: consent,
    private_notes: '',
  };
}

export function speakers(): Speaker[] {
  return [
    speaker(32, 'Dr', 'Mei', 'Lin', 'Lead, working group on data', 'Example University', 'SG', 'invited', false),
    speaker(34, 'Ms', 'Sara', 'Haddad', 'Moderator', 'Example Cities Network', 'JO', 'confirmed', true),
    speaker(31, 'Mr', 'Kwame', 'Mensah', 'Convener, thematic group', 'Example Metropolitan Authority', 'GH', 'confirmed', true),
    speaker(33, 'Mr', 'Tomasz', 'Nowak', 'U4SSC secretariat', 'ITU/TSB', 'PL', 'confirmed', true),
    speaker(30, 'Ms', 'Ana', 'Ribeiro', 'Chair, U4SSC', 'City of Example', 'PT', 'confirmed', true),
  ];
}

export function participations(): Participation[] {
  const list: [number, number, number, Participation['role']][] = [
    [40, 10, 30, 'chair'],
    [41, 20, 30, 'chair'],
    [42, 11, 33, 'speaker'],
    [43, 12, 31, 'speaker'],
    [44, 13, 32, 'speaker'],
    [45, 14, 34, 'moderator'],
    [46, 20, 33, 'rapporteur'],
  ];
  return list.map(([n, e, s, role]) => ({ id: id(n), event_id: EVENT_ID, entry_id: id(e), speaker_id: id(s), role }));
}

function registration(
  n: number,
  given: string,
  family: string,
  organisation: string,
  country: string,
  category: Registration['category'],
  submitted: string,
  status: Registration['decision']['status'],
): Registration {
  const decided = status !== 'pending';
  return {
    id: id(n),
    event_id: EVENT_ID,
    given_name: given,
    family_name: family,
    name_order: null,
    email: `${given.toLowerCase()}.${family.toLowerCase()}@example.net`,
    organisation,
    country,
    category,
    position: null,
    source: 'website_form',
    consent_to_be_listed: true,
    submitted_at: submitted,
    decision: {
      status,
      decided_by: decided ? 'Focal point' : null,
      decided_at: decided ? '2025-10-24T09:00:00Z' : null,
      reason: status === 'rejected' ? 'Not among the categories invited to this meeting' : null,
      earlier: [],
    },
    private_notes: '',
    attended: false,
    time_zone: null,
    mail: null,
    language: null,
  };
}

export function registrations(): Registration[] {
  return [
    registration(50, 'Jonas', 'Keller', 'Federal Office of Communications', 'CH', 'member_state_administration', '2025-10-16T09:12:00Z', 'approved'),
    registration(51, 'Aisha', 'Bello', 'Example Telecom', 'NG', 'sector_member', '2025-10-18T14:40:00Z', 'approved'),
    registration(52, 'Lucas', 'Moreau', 'Example Institute of Technology', 'FR', 'academia', '2025-10-22T07:05:00Z', 'pending'),
    registration(53, 'Priya', 'Nair', 'Smart City Consultancy', 'IN', 'other_eligible_individual', '2025-10-27T16:30:00Z', 'pending'),
    registration(54, 'Omar', 'Khalil', 'Ministry of Telecommunications', 'PS', 'resolution99', '2025-10-28T11:00:00Z', 'rejected'),
  ];
}

/** The zones the fixtures can convert to, with their offset and abbreviation on 31 October 2025. */
export const ZONES: Record<string, { hours: number; abbreviation: string }> = {
  'Europe/Zurich': { hours: 1, abbreviation: 'CET' },
  'America/New_York': { hours: -4, abbreviation: 'EDT' },
  'Australia/Sydney': { hours: 11, abbreviation: 'AEDT' },
  'Asia/Tokyo': { hours: 9, abbreviation: 'JST' },
  UTC: { hours: 0, abbreviation: 'UTC' },
};

export const zoneNames = (): string[] => ['Africa/Abidjan', 'America/New_York', 'America/Sao_Paulo', 'Asia/Tokyo', 'Australia/Sydney', 'Europe/Zurich', 'UTC'];

/** A few zones with their countries and main cities, as core's `find_zones` reads them from its data. */
const PLACES: { zone: string; country: string; cities: string[] }[] = [
  { zone: 'America/New_York', country: 'United States', cities: ['New York City', 'Brooklyn', 'Queens', 'Philadelphia'] },
  { zone: 'Europe/Zurich', country: 'Switzerland', cities: ['Zürich', 'Geneva', 'Basel', 'Lausanne'] },
  { zone: 'Asia/Tokyo', country: 'Japan', cities: ['Tokyo', 'Yokohama', 'Osaka', 'Nagoya'] },
  { zone: 'Australia/Sydney', country: 'Australia', cities: ['Sydney', 'Melbourne', 'Brisbane', 'Perth'] },
];

/** The zones `text` may mean, as core finds them (by a city, a country or the name, without accents). */
export function findZones(text: string): ZoneChoice[] {
  const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const typed = fold(text.trim());
  if (!typed) return [];
  return PLACES.flatMap(({ zone, country, cities }) => {
    const place = [...cities, country].find((p) => fold(p).includes(typed));
    if (!place && !fold(zone).includes(typed)) return [];
    return [{ zone, label: place ? `${zone} (${place})` : zone, country, cities }];
  });
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as read in a zone of the table above, like the core's `zoned`. */
export function zoned(iso: string, zone: string): ZonedTime {
  const z = ZONES[zone];
  const t = new Date(Date.parse(iso) + z.hours * 3_600_000);
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const sign = z.hours < 0 ? '-' : '+';
  return {
    date,
    time: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`,
    abbreviation: z.abbreviation,
    utc_offset: `${sign}${pad(Math.abs(z.hours))}:00`,
    day_label: `${DAYS[t.getUTCDay()]} ${t.getUTCDate()} ${MONTHS[t.getUTCMonth()]}`,
  };
}

function longDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${LONG_DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${LONG_MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Minutes from the programme day's midnight in the event's zone (the fixtures' zones keep one offset a day). */
function minuteOfDay(at: string, day: ZonedTime): number {
  const [hours, minutes] = day.utc_offset.slice(1).split(':').map(Number);
  const offset = (day.utc_offset.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  return Math.round((Date.parse(at) - Date.parse(`${day.date}T00:00:00Z`)) / 60_000) + offset;
}

const dayShift = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** The core's entry order: by start, a block before what starts with it, longer first. */
export function sortEntries(list: Entry[]): Entry[] {
  return [...list].sort(
    (a, b) =>
      a.slot.starts_at.localeCompare(b.slot.starts_at) ||
      Number(a.kind !== 'block') - Number(b.kind !== 'block') ||
      b.slot.ends_at.localeCompare(a.slot.ends_at),
  );
}

/** The programme as the `programme` command builds it, for the event's zone and an optional viewer's zone. */
export function programme(
  viewerZone: string | null = null,
  list: Entry[] = entries(),
  roles: Participation[] = participations(),
  people: Speaker[] = speakers(),
  warnings: Warning[] = [],
  meeting: Event = event,
): Programme {
  const days: ProgrammeDay[] = [];
  for (const e of sortEntries(list)) {
    const start = zoned(e.slot.starts_at, event.zone);
    const end = zoned(e.slot.ends_at, event.zone);
    const viewer_start = viewerZone ? zoned(e.slot.starts_at, viewerZone) : null;
    const viewer_end = viewerZone ? zoned(e.slot.ends_at, viewerZone) : null;
    const row: ProgrammeRow = {
      entry: e,
      start,
      end,
      viewer_start,
      viewer_end,
      viewer_start_day_shift: viewer_start ? dayShift(start.date, viewer_start.date) : 0,
      viewer_end_day_shift: viewer_end ? dayShift(start.date, viewer_end.date) : 0,
      start_minute: minuteOfDay(e.slot.starts_at, start),
      end_minute: minuteOfDay(e.slot.ends_at, start),
      roles: roles
        .filter((p) => p.entry_id === e.id)
        .flatMap((p) => {
          const s = people.find((x) => x.id === p.speaker_id);
          return s
            ? [{ participation_id: p.id, speaker_id: s.id, name: `${s.honorific ? `${s.honorific} ` : ''}${s.given_name} ${s.family_name}`, role: p.role }]
            : [];
        }),
    };
    const last = days[days.length - 1];
    if (last && last.date === start.date) last.rows.push(row);
    else
      days.push({
        date: start.date,
        label: longDate(start.date),
        zone_label: start.abbreviation,
        viewer_zone_label: viewer_start?.abbreviation ?? null,
        rows: [row],
      });
  }
  const empty_days: ProgrammeDay[] = [];
  for (let t = Date.parse(meeting.starts_on); t <= Date.parse(meeting.ends_on); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (!days.some((d) => d.date === date))
      empty_days.push({
        date,
        label: longDate(date),
        zone_label: ZONES[event.zone].abbreviation,
        viewer_zone_label: viewerZone ? ZONES[viewerZone].abbreviation : null,
        rows: [],
      });
  }
  return {
    event_id: EVENT_ID,
    zone: event.zone,
    zone_label: ZONES[event.zone].abbreviation,
    viewer_zone: viewerZone,
    viewer_zone_label: viewerZone ? ZONES[viewerZone].abbreviation : null,
    days,
    empty_days,
    warnings,
  };
}

/** Two values that lost to another organiser's edit: one still overwritten, one edited again since. */
export function conflicts(): Conflict[] {
  return [
    {
      id: id(60),
      entity: 'entry',
      row_id: id(11),
      field: 'title',
      value: 'Opening remarks',
      hlc: '0001761900000000-0000-00000000000000a1',
      author: 'Ana Ribeiro',
      winner_value: 'Opening and welcome',
      winner_hlc: '0001761900060000-0000-00000000000000b2',
      winner_author: 'Tomasz Nowak',
      concurrent: true,
      recorded_at: '2025-10-30T09:01:00Z',
      subject: { thing: 'entry', name: 'Opening and welcome' },
      lost_at: '2025-10-30T08:40:00Z',
      won_at: '2025-10-30T08:41:00Z',
      open: true,
    },
    {
      id: id(61),
      entity: 'speaker',
      row_id: id(32),
      field: 'position',
      value: null,
      hlc: '0001761800000000-0000-00000000000000a1',
      author: 'Ana Ribeiro',
      winner_value: 'Lead, working group on data',
      winner_hlc: '0001761800060000-0000-00000000000000b2',
      winner_author: 'Tomasz Nowak',
      concurrent: true,
      recorded_at: '2025-10-29T15:00:00Z',
      subject: { thing: 'speaker', name: 'Dr Mei Lin' },
      lost_at: '2025-10-29T14:00:00Z',
      won_at: '2025-10-29T14:05:00Z',
      open: false,
    },
  ];
}
