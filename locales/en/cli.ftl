### What the command line `dais` prints for people (with `--json`, only the errors' messages).
### Column headings are in capitals, as a terminal's tables show them.

## Failures.
cli-invalid-input = invalid input:
# $events: the meetings' short titles, joined by commas.
cli-error-initialised = the workspace { $path } is already initialised: it holds { $events }; `dais init` leaves it alone
cli-error-no-meeting = the workspace { $path } holds no meeting; `dais init --demo` creates the demo meeting
cli-error-io = cannot write { $path }: { $reason }
cli-error-no-site = this workspace has no event site yet: `dais site --url URL --token TOKEN`
# $warnings: the warnings, joined by semicolons.
cli-error-unconfirmed = not published: the programme has warnings ({ $warnings }); `--yes` publishes anyway

## Done: $what is a title or a name as typed, $id its id.
cli-saved = Saved { $what } ({ $id })
cli-deleted = Deleted { $what } ({ $id })
# $role: the role's name (common.ftl).
cli-role-saved = Saved: { $speaker } is { $role } of { $entry } ({ $id })
cli-role-removed = Removed { $speaker } as { $role } of { $entry } ({ $id })
cli-entry-no-roles = { $entry } has no people yet; `dais entry role add` gives one a role.
cli-meeting-no-roles = No one has a role in { $meeting } yet.
cli-archived = Archived { $what } ({ $id })
cli-unarchived = Brought back { $what } ({ $id })
cli-exported = Exported { $meeting } to { $file }

## What the command line refuses.
cli-capacity-not-a-number = the capacity is a number of people
cli-delete-meeting-unconfirmed = { $meeting } would be deleted with its programme, speakers and registrations: add --yes

## The programme and its publication.
cli-programme-written = Wrote the programme of { $meeting } to { $file }
cli-no-zone-found = No time zone is found by “{ $search }”: try a city or a country
# $page: the programme's address on the event site.
cli-publish-unchanged = Nothing changed: version { $version } stays public: { $page }
cli-published = Published version { $version }: { $page }
cli-withdrawn = { $meeting } is off the public site until the next publication
cli-not-withdrawn = { $meeting } was not on the public site

## Registrations.
# $status: the decision's status (common.ftl); $by: the organiser's name.
cli-decided =
    { $count ->
        [one] { $status }: { $count } registration, decided by { $by }
       *[other] { $status }: { $count } registrations, decided by { $by }
    }
cli-registration-saved = Saved the registration of { $given } { $family } ({ $id })
cli-registration-erased = Erased the registration of { $given } { $family } ({ $id }); it leaves the event site at the next sync
cli-list-format-unknown = { $file } is neither .csv nor .xlsx: give --format
cli-xlsx-needs-file = an XLSX file is written to a file: give --out FILE
cli-list-written =
    { $count ->
        [one] Wrote the participants list of { $meeting }: { $count } row to { $file }
       *[other] Wrote the participants list of { $meeting }: { $count } rows to { $file }
    }
cli-list-printed =
    { $count ->
        [one] Wrote the participants list of { $meeting }: { $count } row to the standard output
       *[other] Wrote the participants list of { $meeting }: { $count } rows to the standard output
    }
cli-error-offline =
    { $count ->
        [one] offline: the event site at { $url } cannot be reached ({ $reason }); { $count } change waiting
       *[other] offline: the event site at { $url } cannot be reached ({ $reason }); { $count } changes waiting
    }

## Speakers.
cli-photo-unreadable = { $file } cannot be read: { $reason }
cli-photo-saved = Saved the photo of { $speaker } ({ $id })
cli-photo-removed = Removed the photo of { $speaker } ({ $id })

## The event site and syncing.
cli-site-keychain = Site { $url }; the token is kept in the OS keychain
cli-site-token-file = Site { $url }; the token is kept in { $file } (no keychain here)
cli-shared = Shared { $meeting }: it goes to the event site at the next sync
cli-shared-already = { $meeting } is shared already
cli-restored = Restored; it reaches the others at the next sync
cli-error-no-workspace = the workspace { $path } cannot be opened: there is no workspace there; `dais init` creates one

## Undo and redo: $step is the step's name.
cli-undo-state = Undo: { $undo }
    Redo: { $redo }
cli-undo-nothing = nothing
cli-undone = Undid { $step }
cli-redone = Redid { $step }
cli-nothing-to-undo = Nothing to undo in { $meeting }
cli-nothing-to-redo = Nothing to redo in { $meeting }

## The workspace.
# $done: created or initialised (a workspace that existed, empty).
cli-init =
    { $done ->
        [initialised] Initialised the workspace { $path }
       *[created] Created the workspace { $path }
    }
cli-init-demo =
    { $done ->
        [initialised] Initialised the workspace { $path }, with the demo meeting { $meeting } ({ $id })
       *[created] Created the workspace { $path }, with the demo meeting { $meeting } ({ $id })
    }
cli-organiser = Decisions are recorded as made by { $name }

## Focal points.
cli-focal-point-saved = Changed the focal point { $name } ({ $id })
cli-focal-point-removed = Removed the focal point { $name } ({ $id })

## Tables' column headings.
cli-column-id = ID
cli-column-meeting = MEETING
cli-column-side-event = SIDE EVENT
cli-column-date = DATE
cli-column-zone = ZONE
cli-column-name = NAME
cli-column-organisation = ORGANISATION
cli-column-country = COUNTRY
cli-column-status = STATUS
cli-column-consent = CONSENT
cli-column-public-site = PUBLIC SITE
cli-column-role = ROLE
cli-column-speaker = SPEAKER
cli-column-entry = ENTRY
cli-column-category = CATEGORY
cli-column-email = EMAIL
cli-column-when = WHEN
cli-column-state = STATE

## Lists and their words.
cli-no-meetings = No meetings yet; `dais init --demo` creates the demo meeting.
cli-no-side-events = { $meeting } has no side events; `dais meeting new --part-of { $id }` starts one.
cli-archived-meeting = { $meeting } (archived)
cli-no-speakers = No speakers yet.
cli-yes = yes
cli-no = no
# $reason: why the public site leaves the speaker out.
cli-left-out = left out: { $reason }
cli-listed = listed
# $start, $end: the day and the time.
cli-moved = Moved { $entry } ({ $id }) to { $start } - { $end }
cli-no-registrations = No registrations yet.
cli-no-registration-matches =
    { $count ->
        [one] The { $count } registration does not match.
       *[other] None of the { $count } registrations matches.
    }
# $status: the status's name (common.ftl).
cli-status-count = { $count } { $status }
# $counts: how many by status, joined by commas.
cli-registrations-matching =
    { $count ->
        [one] { $matching } of { $count } registration: { $counts }
       *[other] { $matching } of { $count } registrations: { $counts }
    }
cli-registrations-count =
    { $count ->
        [one] { $count } registration
       *[other] { $count } registrations
    }
cli-by-status = By status
cli-by-category = By category
cli-by-region = By region
cli-elsewhere = Elsewhere
cli-by-country = By country
cli-by-day = By day of request
cli-no-focal-points = { $meeting } has no focal points: the organisers decide on every request. `dais focal-point add` adds one.
cli-any-category = any

## The programme.
cli-times-in-zone = Times in { $zone }.
cli-times-in-two-zones = Times in { $zone }, and beside them in { $viewer }.
cli-no-entries = No entries yet.
cli-draft-entry = { $entry } [draft]
cli-warnings = Warnings:

## One registration.
# $when: the day and the time (UTC); $source: how it came (common.ftl).
cli-submitted = Submitted { $when } ({ $source })
cli-notes = Notes: { $notes }
# $message: which mail (common.ftl); $state: where it stands (common.ftl).
cli-mail = Mail: { $message } { $state } { $when }
cli-mail-failed = Mail: { $message } { $state } { $when }: { $error }
cli-decisions = Decisions:
cli-decision = { $status }  { $when }  by { $by }
cli-decision-reason = { $status }  { $when }  by { $by }: { $reason }

## Syncing and conflicts.
cli-synced =
    { $conflicts ->
        [0] Synced: { $sent } changes sent, { $received } rows received
        [one] Synced: { $sent } changes sent, { $received } rows received, { $conflicts } new conflict (see `dais conflicts`)
       *[other] Synced: { $sent } changes sent, { $received } rows received, { $conflicts } new conflicts (see `dais conflicts`)
    }
cli-site-was-restored = The event site had been restored from an earlier copy: this workspace's data went to it again, and its data was reloaded.
cli-no-site-set = none (set one with `dais site`)
cli-status = Event site: { $site }
    Changes waiting: { $waiting }
cli-no-conflicts = No conflicts
cli-conflict-settled = { $id } (settled)
# The value that lost, who wrote it and when; the value that won, who wrote it and when.
cli-conflict = { $field } of { $subject }: { $value } by { $author } at { $lost_at } lost to { $winner_value } by { $winner_author } at { $won_at }

## The preview and the versions published.
cli-preview-public = The public sees version { $version }. Publishing makes version { $next }:
cli-preview-first = Nothing is public yet. Publishing makes version 1:
cli-preview-withdrawn = The meeting is off the public site. Publishing makes version { $next }:
cli-preview-nothing-changed = nothing changed
cli-preview-unlisted-speakers = Speakers left out of the public site (it lists those confirmed and agreeing to be published):
cli-preview-public-fields = What becomes public (no email, private note or registration is among it):
cli-preview-kept-fields = What the site keeps for its own work, never shown:
cli-preview-not-shared = This meeting is on this laptop only: publishing shares it with the event site.
cli-preview-error = { $problem } (this blocks publishing)
cli-not-published = { $meeting } has not been published (versions come with each sync)
cli-version-withdrawn = Taken off the public site on { $when } by { $by }
cli-version = Version { $version }, { $when }, by { $by }
cli-version-public = { $meeting }: version { $version } is public.
cli-not-published-yet = { $meeting }: not published yet.
cli-entry-published = published in version { $version }
cli-entry-changed-since = changed since version { $version }
cli-entry-new = new: the next publication adds it
cli-entry-held-back = held back: its block is a draft
cli-entry-draft = draft
cli-translated = The { $field } is now given in { $language }
cli-untranslated = The { $field } is no longer given in { $language }; readers of it see the original
cli-no-translations = No words of this meeting are given in other languages

## dais registration import
# $separator: the character, or Tab.
cli-import-csv = { $file }: CSV in { $encoding }, separated by { $separator }
# $kind: XLSX, XLS or ODS.
cli-import-workbook = { $file }: { $kind } workbook
cli-import-sheet = sheet { $number }, { $name }: { $rows } rows
cli-import-left-out = (left out)
cli-import-counts = Rows: { $rows }. Added: { $add }. Updated: { $update }. Unchanged: { $unchanged }. Skipped: { $skip }. Kept beside a match: { $keep_both }. Refused: { $refused }.
cli-import-problem = row { $row }, { $header }: { $problem }
cli-import-problem-row = row { $row }: { $problem }
cli-import-more-problems = and { $count } more
cli-import-done = Imported into { $meeting } (one step for dais undo).
cli-import-no-header = the file has no column headed “{ $header }”
cli-import-row = “{ $given }” is not a row and what to do with it, such as 7=skip (add, update, skip or keep_both)
cli-import-map = “{ $given }” is not a header and a field, such as Affiliation=organisation, or Notes=none

## dais import-programme
cli-programme-import-would = Would import into { $meeting }. Entries added: { $added }; changed: { $changed }; unchanged: { $unchanged }. New speakers: { $speakers }.
cli-programme-import-done = Imported into { $meeting } (one step for dais undo). Entries added: { $added }; changed: { $changed }; unchanged: { $unchanged }. New speakers: { $speakers }.

## dais meeting read-circular
cli-circular-missing = Not in the letter: { $field }. Give it when making the meeting.
# dais site-files: the public site written as files.
cli-site-files = Wrote { $files } files to { $folder }: any web server serves the folder as it is.
