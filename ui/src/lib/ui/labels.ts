// Readable labels for the model's enums, from the catalogue (locales/*/common.ftl). Keyed by the generated types, so a
// new variant fails the type check.
import { t } from '../i18n/index.svelte';
import type { MailMessage } from '../bindings/MailMessage';
import type { MailState } from '../bindings/MailState';
import type { EntryKind } from '../bindings/EntryKind';
import type { EntryPublication } from '../bindings/EntryPublication';
import type { EventFormat } from '../bindings/EventFormat';
import type { EventKind } from '../bindings/EventKind';
import type { ParticipantCategory } from '../bindings/ParticipantCategory';
import type { Region } from '../bindings/Region';
import type { RegistrationSource } from '../bindings/RegistrationSource';
import type { RegistrationStatus } from '../bindings/RegistrationStatus';
import type { Role } from '../bindings/Role';
import type { SpeakerStatus } from '../bindings/SpeakerStatus';
import type { StepLabel } from '../bindings/StepLabel';
import type { UnlistedSpeaker } from '../bindings/UnlistedSpeaker';
import type { Warning } from '../bindings/Warning';
import { countries } from '../state/countries.svelte';

/** Labels read from the catalogue each time they are read, so a view follows the language shown (`t` is reactive). */
function labels<K extends string>(keys: readonly K[], say: (key: K) => string): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys) Object.defineProperty(out, key, { get: () => say(key), enumerable: true });
  return out;
}

export const participantCategories: ParticipantCategory[] = [
  'member_state_administration',
  'sector_member',
  'associate',
  'academia',
  'resolution99',
  'other_eligible_individual',
];

/** As in ITU's invitation letters (common.ftl, `participant-category`). */
export const categoryLabels = labels(participantCategories, (category) => t('participant-category', { category }));

export const entryKinds: EntryKind[] = ['block', 'item', 'break', 'side_event'];

export const entryKindLabels = labels(entryKinds, (kind) => t('entry-kind', { kind }));

export const roles: Role[] = ['chair', 'moderator', 'speaker', 'panellist', 'keynote', 'rapporteur'];

export const roleLabels = labels(roles, (role) => t('role', { role, count: 1 }));

export const speakerStatuses: SpeakerStatus[] = ['invited', 'confirmed', 'declined'];

export const speakerStatusLabels = labels(speakerStatuses, (status) => t('speaker-status', { status }));

export const registrationStatuses: RegistrationStatus[] = ['pending', 'waitlisted', 'approved', 'rejected', 'cancelled'];

export const registrationStatusLabels = labels(registrationStatuses, (status) => t('registration-status', { status }));

/** A status's badge class (app.css). */
export const registrationStatusTones: Record<RegistrationStatus, string> = {
  pending: 'draft',
  waitlisted: 'accent',
  approved: 'ok',
  rejected: 'bad',
  cancelled: '',
};

/** What deciding on a registration does, as the decision buttons say it. */
export const decisionVerbs = labels(registrationStatuses, (status) => t('app-decision-verb', { status }));

export const registrationSourceLabels = labels<RegistrationSource>(['website_form', 'manual', 'import'], (source) =>
  t('registration-source', { source }),
);

/** As core's `MailMessage::label` says them (the CLI's words). */
export const mailMessageLabels = labels<MailMessage>(['received', 'decision', 'focal_point'], (message) =>
  t('mail-message', { message }),
);

export const mailStateLabels = labels<MailState>(['sent', 'retrying', 'failed'], (state) => t('mail-state', { state }));

export const eventKinds: EventKind[] = ['meeting', 'webinar', 'workshop', 'conference'];

export const eventKindLabels = labels(eventKinds, (kind) => t('event-kind', { kind }));

export const eventFormats: EventFormat[] = ['virtual', 'physical', 'hybrid'];

export const eventFormatLabels = labels(eventFormats, (format) => t('event-format', { format }));

/** The six official languages of the UN and ITU: the usual choices for a meeting's interpretation, kept in the
 * meeting by their English names (the site and the documents name them so). */
export const unLanguages = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'];

/** Each of the six by its name in the language shown. */
export const unLanguageLabels = labels(unLanguages, (language) => t('app-un-language', { language }));

/** Where an entry stands against the public programme, as its row's badge says it (`tone` is the badge's class). */
export function entryPublicationBadge(state: EntryPublication): { text: string; title: string; tone: string } {
  switch (state.state) {
    case 'published':
      return {
        text: t('app-badge-published', { version: state.version }),
        title: t('app-badge-published-title', { version: state.version }),
        tone: 'quiet',
      };
    case 'changed_since':
      return {
        text: t('app-badge-changed', { version: state.version }),
        title: t('app-badge-changed-title', { version: state.version }),
        tone: 'accent',
      };
    case 'new':
      return { text: t('app-badge-new'), title: t('app-badge-new-title'), tone: 'accent' };
    case 'held_back':
      return { text: t('app-badge-held-back'), title: t('app-badge-held-back-title'), tone: 'draft' };
  }
}

export const regions: Region[] = ['africa', 'americas', 'asia', 'europe', 'oceania'];

/** The UN's regions (M49), as core's `Region::label`. */
export const regionLabels = labels(regions, (region) => t('region', { region }));

/** Why the public site leaves a speaker out, as core's `UnlistedSpeaker::reason`: "not confirmed yet; declined". */
export function unlistedReason(u: UnlistedSpeaker): string {
  return u.because.map((because) => t('unlisted-because', { because })).join(t('unlisted-separator'));
}

/** A warning of the programme in a sentence, as core's `Warning::say`. */
export function warningText(w: Warning): string {
  switch (w.kind) {
    case 'overlap':
      return t('warning-overlap', { first: w.first_title, second: w.second_title });
    case 'speaker_double_booked':
      return t('warning-double-booked', { name: w.name, first: w.first_title, second: w.second_title });
    case 'outside_block':
      return t('warning-outside-block', { item: w.item_title, block: w.block_title });
    case 'participants_night':
      return t('warning-night', {
        title: w.title,
        start: w.start,
        end: w.end,
        zone: w.abbreviation,
        registrants: w.registrants,
        countries: w.countries.map((c) => countries.name(c)).join(t('list-separator')),
      });
  }
}

/** A step to undo or redo, as core's `StepLabel::say`: "Move item “Closing” and 2 more". */
export function stepText(label: StepLabel): string {
  if (typeof label === 'string') return label;
  return t('undo-step', { action: label.action, thing: label.thing, name: label.name, more: label.more });
}

/** The choices of how a name is written, `by_script` (none chosen) first: as core's `NameOrder::of`. */
export const NAME_ORDERS = ['by_script', 'given_first', 'family_first'] as const;
