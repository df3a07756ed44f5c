// One typed function per Tauri command of src-tauri/commands/. Argument names are the Rust parameters in camelCase, as
// Tauri 2 expects them. Every rejection is turned into an ErrorBody ({code, message, fields}).
import { Channel, invoke, type InvokeArgs } from '@tauri-apps/api/core';
import type { ImportPreview } from './bindings/ImportPreview';
import type { ImportProgress } from './bindings/ImportProgress';
import type { ImportReport } from './bindings/ImportReport';
import type { ProgrammePreview } from './bindings/ProgrammePreview';
import type { CircularReading } from './bindings/CircularReading';
import type { MeetingFact } from './bindings/MeetingFact';
import type { RegistrationImport } from './bindings/RegistrationImport';
import type { FocalPoint } from './bindings/FocalPoint';
import type { Translation } from './bindings/Translation';
import type { TranslationInput } from './bindings/TranslationInput';
import type { FocalPointInput } from './bindings/FocalPointInput';
import type { ColumnChoice } from './bindings/ColumnChoice';
import type { Conflict } from './bindings/Conflict';
import type { StepLabel } from './bindings/StepLabel';
import type { ListColumn } from './bindings/ListColumn';
import type { ListFormat } from './bindings/ListFormat';
import type { ListSaved } from './bindings/ListSaved';
import type { DocumentFormat } from './bindings/DocumentFormat';
import type { Edit } from './bindings/Edit';
import type { Entry } from './bindings/Entry';
import type { EntryInput } from './bindings/EntryInput';
import type { ErrorBody } from './bindings/ErrorBody';
import type { Event } from './bindings/Event';
import type { NewMeeting } from './bindings/NewMeeting';
import type { NewRegistration } from './bindings/NewRegistration';
import type { Participation } from './bindings/Participation';
import type { Programme } from './bindings/Programme';
import type { ProgrammePublication } from './bindings/ProgrammePublication';
import type { Preview } from './bindings/Preview';
import type { Publication } from './bindings/Publication';
import type { EmbedSnippet } from './bindings/EmbedSnippet';
import type { SiteFilesSaved } from './bindings/SiteFilesSaved';
import type { PublishOutcome } from './bindings/PublishOutcome';
import type { DecisionInput } from './bindings/DecisionInput';
import type { Registration } from './bindings/Registration';
import type { Reschedule } from './bindings/Reschedule';
import type { UndoState } from './bindings/UndoState';
import type { UpdateOffer } from './bindings/UpdateOffer';
import type { UpdateSettings } from './bindings/UpdateSettings';
import type { RegistrationPage } from './bindings/RegistrationPage';
import type { RegistrationQuery } from './bindings/RegistrationQuery';
import type { RegistrationSummary } from './bindings/RegistrationSummary';
import type { SiteSaved } from './bindings/SiteSaved';
import type { Country } from './bindings/Country';
import type { Lang } from './bindings/Lang';
import type { Languages } from './bindings/Languages';
import type { Speaker } from './bindings/Speaker';
import type { UnlistedSpeaker } from './bindings/UnlistedSpeaker';
import type { SyncOutcome } from './bindings/SyncOutcome';
import type { SyncStatus } from './bindings/SyncStatus';
import type { WorkspaceProblem } from './bindings/WorkspaceProblem';
import type { ZoneChoice } from './bindings/ZoneChoice';

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ErrorBody).code === 'string' &&
    typeof (value as ErrorBody).message === 'string' &&
    Array.isArray((value as ErrorBody).fields)
  );
}

/** Any rejection as an ErrorBody: the core's own, or Tauri's plain strings (e.g. arguments it could not read). */
export function toErrorBody(error: unknown): ErrorBody {
  if (isErrorBody(error)) return error;
  if (error instanceof Error) return { code: 'ipc', message: error.message, fields: [] };
  return { code: 'ipc', message: String(error), fields: [] };
}

async function call<T>(command: string, args?: InvokeArgs, headers?: Record<string, string>): Promise<T> {
  try {
    return await invoke<T>(command, args, headers ? { headers } : undefined);
  } catch (error) {
    throw toErrorBody(error);
  }
}

/** The meetings of the workspace, without their side events. */
export function meetings(): Promise<Event[]> {
  return call('meetings');
}

export function sideEvents(eventId: string): Promise<Event[]> {
  return call('side_events', { eventId });
}

/** Saves what the organiser changed in the event's form; the other fields keep what the workspace holds now. */
export function editEvent(edit: Edit): Promise<Event> {
  return call('edit_event', { edit });
}

/** The meeting's words in other languages, its entries' and its side events'. */
export function translations(eventId: string): Promise<Translation[]> {
  return call('translations', { eventId });
}

/** Gives one field of the meeting or an entry in one language ('' takes it away). */
export function translate(input: TranslationInput): Promise<Translation> {
  return call('translate', { input });
}

/** Starts a meeting, blank or from a past one. */
export function createMeeting(meeting: NewMeeting): Promise<Event> {
  return call('create_meeting', { meeting });
}

/** Adds the demo meeting unless the workspace holds it; its id. */
export function openDemo(): Promise<string> {
  return call('open_demo');
}

export function deleteMeeting(id: string): Promise<null> {
  return call('delete_meeting', { id });
}

/** The programme in the event's zone and, when `viewerZone` is given, in that zone beside it. */
export function programme(eventId: string, viewerZone: string | null = null): Promise<Programme> {
  return call('programme', { eventId, viewerZone });
}

export function addEntry(input: EntryInput): Promise<Entry> {
  return call('add_entry', { input });
}

/** Saves what the organiser changed in an entry's form (EntryInput fields); refused with `changed_meanwhile` at each
 * field someone else changed since the form was opened. */
export function editEntry(edit: Edit): Promise<Entry> {
  return call('edit_entry', { edit });
}

/** Deletes an entry; a block takes its items with it, and every role on them. */
export function deleteEntry(id: string): Promise<null> {
  return call('delete_entry', { id });
}

/** Saves the programme being prepared as a DOCX or PDF document in the Downloads folder; its path. */
export function saveProgrammeDocument(eventId: string, format: DocumentFormat): Promise<string> {
  return call('save_programme_document', { eventId, format });
}

/** Saves the public site as the workspace has it from its event site as a folder in Downloads, served as it is. */
export function saveSiteFiles(eventId: string): Promise<SiteFilesSaved> {
  return call('save_site_files', { eventId });
}

/** The HTML that shows the meeting's programme, speakers or form inside a page of the organisation's website. */
export function embedSnippets(eventId: string): Promise<EmbedSnippet[]> {
  return call('embed_snippets', { eventId });
}

/** Moves or stretches entries dragged on the timetable; a block takes its items. */
export function reschedule(input: Reschedule): Promise<Entry[]> {
  return call('reschedule', { input });
}

/** What Undo and Redo would lay back in a meeting. */
export function undoState(eventId: string): Promise<UndoState> {
  return call('undo_state', { eventId });
}

/** Undoes the meeting's last edit made here, as a new edit; its label, or null when there was none. */
export function undo(eventId: string): Promise<StepLabel | null> {
  return call('undo', { eventId });
}

/** What the app's Edit menu says its Undo and Redo would take back (null: nothing, the item is disabled). */
export function editMenu(undo: string | null, redo: string | null): Promise<null> {
  return call('edit_menu', { undo, redo });
}

/** Makes again the meeting's edit undone last; its label, or null. */
export function redo(eventId: string): Promise<StepLabel | null> {
  return call('redo', { eventId });
}

/** Gives a speaker the photo in a chosen file (its bytes sent as they are); core crops, resizes and keeps it. */
export function setSpeakerPhoto(id: string, file: Uint8Array): Promise<Speaker> {
  return call('set_speaker_photo', file, { 'speaker-id': id });
}

export function removeSpeakerPhoto(id: string): Promise<Speaker> {
  return call('remove_speaker_photo', { id });
}

export function speakers(eventId: string): Promise<Speaker[]> {
  return call('speakers', { eventId });
}

/** The speakers the public site leaves out, and why (not confirmed, no consent). */
export function unlistedSpeakers(eventId: string): Promise<UnlistedSpeaker[]> {
  return call('unlisted_speakers', { eventId });
}

/** A new, blank speaker (not yet saved). */
export function newSpeaker(eventId: string): Promise<Speaker> {
  return call('new_speaker', { eventId });
}

export function addSpeaker(speaker: Speaker): Promise<Speaker> {
  return call('add_speaker', { speaker });
}

export function editSpeaker(edit: Edit): Promise<Speaker> {
  return call('edit_speaker', { edit });
}

export function deleteSpeaker(id: string): Promise<null> {
  return call('delete_speaker', { id });
}

export function eraseRegistration(id: string): Promise<null> {
  return call('erase_registration', { id });
}

export function participations(eventId: string): Promise<Participation[]> {
  return call('participations', { eventId });
}

export function saveParticipation(participation: Participation): Promise<null> {
  return call('save_participation', { participation });
}

export function deleteParticipation(id: string): Promise<null> {
  return call('delete_participation', { id });
}

/** One page of the meeting's registrations, searched, filtered and sorted by core, with the counts around it. */
export function registrationPage(query: RegistrationQuery): Promise<RegistrationPage> {
  return call('registration_page', { query });
}

/** The ids of every registration the query matches (its page aside): "select all". */
export function registrationIds(query: RegistrationQuery): Promise<string[]> {
  return call('registration_ids', { query });
}

/** The participants list's columns, labelled, for the picker. */
export function listColumns(): Promise<ColumnChoice[]> {
  return call('list_columns');
}

/** Saves the participants list of `query` (every row it finds) in the Downloads folder. */
export function saveParticipantsList(query: RegistrationQuery, columns: ListColumn[], format: ListFormat): Promise<ListSaved> {
  return call('save_participants_list', { query, columns, format });
}

/** Takes the file to import registrations from (its bytes sent as they are); refused at once if it is not a table. */
export function chooseImportFile(name: string, bytes: Uint8Array): Promise<void> {
  return call('choose_import_file', bytes, { 'file-name': encodeURIComponent(name) });
}

/** What importing the chosen file would do (nothing is written); `encoding`, a CSV's, over the one guessed; of its
 * first rows only unless `whole` (the first screen of a large file, while the rest is read). */
export function previewRegistrationImport(importing: RegistrationImport, encoding: string | null, whole: boolean): Promise<ImportPreview> {
  return call('preview_registration_import', { import: importing, encoding, whole });
}

/** Imports the chosen file as one edit (one step to undo), telling `onprogress` how far it has gone. */
export function importRegistrations(
  importing: RegistrationImport,
  encoding: string | null,
  onprogress: (progress: ImportProgress) => void,
): Promise<ImportReport> {
  const progress = new Channel<ImportProgress>();
  progress.onmessage = onprogress;
  return call('import_registrations', { import: importing, encoding, progress });
}

/** Stops the import under way: nothing of it is written. */
export function cancelImport(): Promise<void> {
  return call('cancel_import');
}

/** A circular's facts, each with the sentence it came from: a DOCX, a PDF, or pasted text (UTF-8). */
export function readMeetingCircular(name: string, bytes: Uint8Array): Promise<CircularReading> {
  return call('read_meeting_circular', bytes, { 'file-name': encodeURIComponent(name) });
}

/** Makes a meeting from its circular's facts as the organiser confirmed or corrected them. */
export function createMeetingFromCircular(facts: MeetingFact[]): Promise<Event> {
  return call('create_meeting_from_circular', { facts });
}

/** An Indico event's programme export, fetched by its address with the organiser's API token (none for a public event). */
export async function fetchIndicoProgramme(address: string, token: string): Promise<Uint8Array> {
  const bytes = await call<ArrayBuffer>('fetch_indico_programme', { address, token: token.trim() || null });
  return new Uint8Array(bytes);
}

/** The meeting a programme's file would be brought into, as its source gives it. */
export function proposeProgrammeMeeting(name: string, bytes: Uint8Array): Promise<NewMeeting> {
  return call('propose_programme_meeting', bytes, { 'file-name': encodeURIComponent(name) });
}

/** Makes a meeting for a programme's file (the title, short title and zone given, else the source's) and imports it. */
export function importProgrammeAsMeeting(
  name: string,
  bytes: Uint8Array,
  given: { title: string; shortTitle: string; zone: string },
): Promise<ProgrammePreview> {
  return call('import_programme_as_meeting', bytes, {
    'file-name': encodeURIComponent(name),
    title: encodeURIComponent(given.title),
    'short-title': encodeURIComponent(given.shortTitle),
    zone: encodeURIComponent(given.zone),
  });
}

/** What importing a programme's file (Indico, a c3voc schedule, a Dais export) into the meeting would do. */
export function previewProgrammeImport(eventId: string, name: string, bytes: Uint8Array): Promise<ProgrammePreview> {
  return call('preview_programme_import', bytes, { 'file-name': encodeURIComponent(name), 'event-id': eventId });
}

/** Imports a programme's file into the meeting as one edit (one step to undo). */
export function importProgramme(eventId: string, name: string, bytes: Uint8Array): Promise<ProgrammePreview> {
  return call('import_programme', bytes, { 'file-name': encodeURIComponent(name), 'event-id': eventId });
}

/** Lets the chosen file go. */
export function closeImportFile(): Promise<void> {
  return call('close_import_file');
}

/** A meeting's registrations counted by status, category, region, country and day: the charts. */
export function registrationSummary(eventId: string): Promise<RegistrationSummary> {
  return call('registration_summary', { eventId });
}

/** The countries the meeting's registrants come from, for the country filter. */
export function focalPoints(eventId: string): Promise<FocalPoint[]> {
  return call('focal_points', { eventId });
}

/** Adds a focal point (no id) or changes one. */
export function saveFocalPoint(input: FocalPointInput): Promise<FocalPoint> {
  return call('save_focal_point', { input });
}

export function deleteFocalPoint(id: string): Promise<null> {
  return call('delete_focal_point', { id });
}

export function registrationCountries(eventId: string): Promise<string[]> {
  return call('registration_countries', { eventId });
}

/** Decides on one registration or many at once; returns them as decided. */
export function decide(input: DecisionInput): Promise<Registration[]> {
  return call('decide', { input });
}

/** A registration taken by hand. */
export function addRegistration(registration: NewRegistration): Promise<Registration> {
  return call('add_registration', { registration });
}

export function editRegistration(edit: Edit): Promise<Registration> {
  return call('edit_registration', { edit });
}

export function registration(id: string): Promise<Registration> {
  return call('registration', { id });
}

/** Every IANA zone name, for zone pickers. */
export function zoneNames(): Promise<string[]> {
  return call('zone_names');
}

/** Every country and area, by name, with the code that records keep. */
export function countries(): Promise<Country[]> {
  return call('countries');
}

/** The zones a zone field's text may mean (a city, a country, part of a name), the closest first. */
export function findZones(text: string): Promise<ZoneChoice[]> {
  return call('find_zones', { text });
}

/** Where the workspace stands with its event site: changes waiting, the last sync and its error. */
export function syncStatus(): Promise<SyncStatus> {
  return call('sync_status');
}

/** The name this organiser is known by, if one was set. */
export function organiserName(): Promise<string | null> {
  return call('organiser_name');
}

/** Sets the name this organiser is known by: their decisions, and on the event site their changes and publications. */
export function saveOrganiserName(name: string): Promise<string | null> {
  return call('save_organiser_name', { name });
}

/** Sets the event site; the token goes to the OS keychain, or to a file beside the workspace without one. */
export function saveSiteSettings(url: string, token: string): Promise<SiteSaved> {
  return call('save_site_settings', { url, token });
}

/** Sends the changes waiting here and brings the site's (code `offline` when the site cannot be reached). */
export function syncNow(): Promise<SyncOutcome> {
  return call('sync_now');
}

/** What publishing the meeting would make public, against the version the public sees. */
export function preview(eventId: string): Promise<Preview> {
  return call('preview', { eventId });
}

/**
 * Publishes the meeting as its next version, if the site holds what the preview showed (`digest`); code
 * `changed_since_preview` when a colleague's edit arrived meanwhile.
 */
export function publish(eventId: string, digest: string): Promise<PublishOutcome> {
  return call('publish', { eventId, digest });
}

/** Takes the meeting off the public site until the next publication. */
export function unpublish(eventId: string): Promise<boolean> {
  return call('unpublish', { eventId });
}

/** The meeting's publications this workspace knows of, newest first. */
export function versions(eventId: string): Promise<Publication[]> {
  return call('versions', { eventId });
}

/** Which version each entry of the meeting was last published in, and which changed since. */
export function programmePublication(eventId: string): Promise<ProgrammePublication> {
  return call('programme_publication', { eventId });
}

/** Values that lost to a concurrent edit, newest first. */
export function conflicts(): Promise<Conflict[]> {
  return call('conflicts');
}

/** Puts a losing value back, as a new edit that syncs like any other. */
export function restoreConflict(id: string): Promise<null> {
  return call('restore_conflict', { id });
}

/** Opens a page of the event site in the browser. */
export function openSitePage(url: string): Promise<null> {
  return call('open_site_page', { url });
}

/** Why the workspace could not be opened, or null when it is open. */
export function workspaceProblem(): Promise<WorkspaceProblem | null> {
  return call('workspace_problem');
}

/** Starts a new workspace beside the one that could not be opened (left as it is); returns its path. */
export function startNewWorkspace(): Promise<string> {
  return call('start_new_workspace');
}

/** The language the app shows and those the organiser may choose, each by its own name. */
export function languages(): Promise<Languages> {
  return call('languages');
}

/** Shows the app in `lang` from now on, and keeps the choice on this computer for the next start. */
export function chooseLanguage(lang: Lang): Promise<Lang> {
  return call('choose_language', { lang });
}

/** This version of Dais, and whether it checks for updates (the organiser's choice, or the computer's policy). */
export function updateSettings(): Promise<UpdateSettings> {
  return call('update_settings');
}

/** Turns the checks for updates on or off on this computer. */
export function chooseUpdateChecks(checking: boolean): Promise<UpdateSettings> {
  return call('choose_update_checks', { checking });
}

/** The newer version the checks found so far, if any. */
export function updateOffer(): Promise<UpdateOffer | null> {
  return call('update_offer');
}

/** Asks the release feed now; null when this version is the latest (or checks are off). */
export function checkForUpdate(): Promise<UpdateOffer | null> {
  return call('check_for_update');
}

/** Downloads, verifies and installs the offered version, then the app starts again: settles only if that failed. */
export function installUpdate(): Promise<void> {
  return call('install_update');
}
