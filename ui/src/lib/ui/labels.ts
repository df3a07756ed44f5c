// Readable labels for the model's enums. Records keyed by the generated types, so a new variant fails the type check.
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

/** As in ITU's invitation letters (model.rs, ParticipantCategory::label). */
export const categoryLabels: Record<ParticipantCategory, string> = {
  member_state_administration: 'ITU Member State administration',
  sector_member: 'ITU-T Sector Member',
  associate: 'ITU-T Associate',
  academia: 'ITU Academia',
  resolution99: 'State of Palestine (Resolution 99)',
  other_eligible_individual: 'Individual from an ITU Member State',
};

export const participantCategories = Object.keys(categoryLabels) as ParticipantCategory[];

export const entryKindLabels: Record<EntryKind, string> = {
  block: 'Block',
  item: 'Item',
  break: 'Break',
  side_event: 'Side event',
};

export const entryKinds: EntryKind[] = ['block', 'item', 'break', 'side_event'];

export const roleLabels: Record<Role, string> = {
  chair: 'Chair',
  moderator: 'Moderator',
  speaker: 'Speaker',
  panellist: 'Panellist',
  keynote: 'Keynote',
  rapporteur: 'Rapporteur',
};

export const roles: Role[] = ['chair', 'moderator', 'speaker', 'panellist', 'keynote', 'rapporteur'];

export const speakerStatusLabels: Record<SpeakerStatus, string> = {
  invited: 'Invited',
  confirmed: 'Confirmed',
  declined: 'Declined',
};

export const speakerStatuses: SpeakerStatus[] = ['invited', 'confirmed', 'declined'];

export const registrationStatusLabels: Record<RegistrationStatus, string> = {
  pending: 'Pending',
  waitlisted: 'Waiting list',
  approved: 'Approved',
  rejected: 'Rejected',
  cancelled: 'Cancelled',
};

export const registrationStatuses: RegistrationStatus[] = ['pending', 'waitlisted', 'approved', 'rejected', 'cancelled'];

/** A status's badge class (app.css). */
export const registrationStatusTones: Record<RegistrationStatus, string> = {
  pending: 'draft',
  waitlisted: 'accent',
  approved: 'ok',
  rejected: 'bad',
  cancelled: '',
};

/** What deciding on a registration does, as the decision buttons say it. */
export const decisionVerbs: Record<RegistrationStatus, string> = {
  pending: 'Back to pending',
  waitlisted: 'Waiting list',
  approved: 'Approve',
  rejected: 'Reject…',
  cancelled: 'Cancel registration',
};

export const registrationSourceLabels: Record<RegistrationSource, string> = {
  website_form: 'Website form',
  manual: 'Entered by hand',
  import: 'Imported',
};

/** As core's `MailMessage::label` says them (the CLI's words). */
export const mailMessageLabels: Record<MailMessage, string> = {
  received: 'request received',
  decision: 'decision',
  focal_point: 'request to the focal point',
};

export const mailStateLabels: Record<MailState, string> = {
  sent: 'sent',
  retrying: 'not sent yet (the site tries again)',
  failed: 'not sent',
};

export const eventKindLabels: Record<EventKind, string> = {
  meeting: 'Meeting',
  webinar: 'Webinar',
  workshop: 'Workshop',
  conference: 'Conference',
};

export const eventFormatLabels: Record<EventFormat, string> = {
  virtual: 'Virtual',
  physical: 'Physical',
  hybrid: 'Hybrid',
};

export const eventFormats: EventFormat[] = ['virtual', 'physical', 'hybrid'];

export const eventKinds = Object.keys(eventKindLabels) as EventKind[];

/** The six official languages of the UN and ITU: the usual choices for a meeting's interpretation. */
export const unLanguages = ['Arabic', 'Chinese', 'English', 'French', 'Russian', 'Spanish'];

/** Where an entry stands against the public programme, as its row's badge says it (`tone` is the badge's class). */
export function entryPublicationBadge(state: EntryPublication): { text: string; title: string; tone: string } {
  switch (state.state) {
    case 'published':
      return { text: `Published v${state.version}`, title: `Public as published in version ${state.version}`, tone: 'quiet' };
    case 'changed_since':
      return {
        text: `Changed since v${state.version}`,
        title: `Last published in version ${state.version}; the next Publish sends the change`,
        tone: 'accent',
      };
    case 'new':
      return { text: 'Not public yet', title: 'Public, in no published version yet: the next Publish adds it', tone: 'accent' };
    case 'held_back':
      return { text: 'Held back', title: 'Marked public, but its block is a draft: not published without it', tone: 'draft' };
  }
}

/** The UN's regions (M49), as core's `Region::label`. */
export const regionLabels: Record<Region, string> = {
  africa: 'Africa',
  americas: 'Americas',
  asia: 'Asia',
  europe: 'Europe',
  oceania: 'Oceania',
};

export const regions = Object.keys(regionLabels) as Region[];
