### The app's views of registrations (reg-), speakers (spk-), the event site and publishing (pub-) and conflicts (conf-).

## Registrations: the view's head.
reg-title = Registrations
reg-count =
    { $count ->
        [one] { $count } registration
       *[other] { $count } registrations
    }
reg-charts = Charts
reg-list-open = Participants list…
reg-fp-open = Focal points…
reg-add-open = Add a registration…
## How many the search and filters find: all of them, or $matching of $total.
reg-matching-all =
    { $count ->
        [one] The one registration
       *[other] All { $count } registrations
    }
reg-matching =
    { $total ->
        [one] { $matching } of { $total } registration
       *[other] { $matching } of { $total } registrations
    }
reg-select-matching = Select all { $count }

## Registrations: the table.
reg-column =
    { $column ->
        [name] Name
        [organisation] Organisation
        [country] Country
        [category] Category
        [status] Status
       *[submitted] Submitted
    }
reg-actions = Actions
reg-caption = Registrations for { $event }
reg-select-shown = Select the rows shown
reg-select = Select { $name }
reg-read-failed = The registrations could not be read
reg-load-failed = The registrations could not be loaded: { $error }
reg-loading = Loading the registrations…
reg-loading-row = Loading…
reg-none = No registrations yet.
reg-no-match = No registration matches.
reg-erase-open = Erase…
reg-erase-aria = Erase the registration of { $name }
reg-erase-label = Confirm the erasure of the registration of { $name }
reg-erase-question = Erase everything of { $name } here, on the event site and on every laptop? This cannot be undone.
reg-erase = Erase
reg-erasing = Erasing…
reg-erase-failed = Not erased
reg-erased = Erased the registration of { $name }: it leaves the event site and every organiser’s laptop at their next sync

## Registrations: deciding on one or on those selected.
reg-decide-selected = Decide on the selected registrations
reg-selected =
    { $count ->
        [one] { $count } selected
       *[other] { $count } selected
    }
reg-clear-selection = Clear selection
## What each decision button does.
reg-decide =
    { $status ->
        [approved] Approve
        [waitlisted] Waiting list
        [rejected] Reject…
        [cancelled] Cancel registration
       *[pending] Back to pending
    }
reg-cancel-many = Cancel registrations
reg-reject-reason = Reason for the rejection
reg-reject =
    { $count ->
        [one] Reject
       *[other] Reject { $count }
    }
reg-back = Back
reg-deciding = Deciding…
reg-decide-failed = Not decided
## Said once decided: $status is the new status's name (Approved, Rejected…).
reg-decided = { $status }: { $name }
reg-decided-many =
    { $count ->
        [one] { $status }: { $count } registration
       *[other] { $status }: { $count } registrations
    }

## Registrations: the participants list, saved as a spreadsheet.
reg-list-title = Participants list
reg-list-intro =
    { $count ->
        [one] The registration the table shows now (its search and filters), saved in your Downloads folder. Cells that begin like a formula are kept as text.
       *[other] The { $count } registrations the table shows now (its search and filters), in its order, saved in your Downloads folder. Cells that begin like a formula are kept as text.
    }
reg-list-columns = Columns
reg-list-columns-failed = The columns could not be read
reg-list-no-column = pick at least one column
reg-list-format = Format
reg-list-xlsx = Excel (XLSX)
reg-list-csv = CSV (UTF-8)
reg-list-save = Save the list
reg-list-writing = Writing the list…
reg-list-writing-short = Writing…
reg-list-failed = Not saved
reg-list-saved =
    { $count ->
        [one] Saved one participant to { $path }
       *[other] Saved { $count } participants to { $path }
    }
reg-list-saved-in = Saved:
reg-close = Close

## Registrations: a meeting's focal points, who approve the requests of their administration.
reg-fp-title = Focal points of { $event }
reg-fp-intro = A request from an administration waits for its focal point, whom the event site sends a private link to approve or reject it. A request from an administration without one waits for you.
reg-fp-read-failed = The focal points could not be read: { $error }
reg-fp-none = None yet.
reg-fp-column =
    { $column ->
        [country] Country
        [category] Category
        [name] Name
       *[email] Email
    }
reg-any-category = Any category
reg-fp-change = Change
reg-fp-remove-open = Remove…
reg-fp-remove-aria = Remove { $name }
reg-fp-remove-label = Confirm the removal of { $name }
reg-fp-remove = Remove
reg-fp-remove-failed = Not removed
reg-fp-removed = Removed the focal point { $name }
reg-fp-form-add = Add a focal point
reg-fp-form-change = Change the focal point
reg-fp-email-hint = The site sends their link here
reg-fp-add = Add focal point
reg-fp-save = Save
reg-fp-cancel = Cancel
reg-fp-added = Added the focal point { $name }
reg-fp-changed = Changed the focal point { $name }

## Registrations: the charts.
reg-charts-label = Registrations in charts
reg-chart-failed = The counts could not be read: { $error }
reg-chart-counting = Counting…
reg-chart-none = No registrations yet: the charts fill as requests come in.
## $zone is the meeting's time zone, as "Europe/Zurich".
reg-chart-days = Requests per day ({ $zone })
reg-chart-days-label = Requests per day, from { $first } to { $last }; at most { $most } in a day
reg-chart-day =
    { $count ->
        [one] { $day }: { $count } request
       *[other] { $day }: { $count } requests
    }
reg-chart-by =
    { $group ->
        [status] By status
        [category] By category
        [region] By region
       *[country] By country
    }
reg-chart-elsewhere = Elsewhere
reg-chart-other-countries =
    { $count ->
        [one] { $count } other country
       *[other] { $count } other countries
    }

## Registrations: one registration in its dialog.
reg-dialog-add = Add a registration
reg-dialog-title = Registration
reg-dialog-read-failed = The registration could not be read: { $error }
reg-dialog-by-hand = Taken by hand (a phone call, a letter): it is pending until decided, like one from the form.
## $source is how it came (Website form, Entered by hand…); $at the date and time it was submitted.
reg-dialog-submitted = { $source } · submitted { $at }
## The registrant's own time zone, as "Europe/Paris".
reg-dialog-zone = in { $zone }
## $message and $state are the mail's and where it stands (request received, sent); $at when.
reg-dialog-mail = Mail from the event site: { $message }, { $state } { $at }
reg-dialog-decision = Decision
reg-dialog-as-submitted = as submitted
reg-dialog-decide = Decide on the registration of { $name }
reg-dialog-earlier = Earlier decisions

## Registrations: the search and filters.
reg-filter-label = Find registrations
reg-search = Search
reg-search-placeholder = Name, email or organisation
reg-filter =
    { $filter ->
        [category] Category
        [region] Region
       *[country] Country
    }
reg-any-region = Any region
reg-any-country = Any country
reg-filter-status = Show registrations by status

## Registrations: a registration's form (taken by hand, or corrected).
reg-form-field =
    { $field ->
        [given_name] Given name
        [family_name] Family name
        [name_order] Name order
        [email] Email
        [organisation] Organisation
        [country] Country
        [category] Category
        [position] Position
       *[private_notes] Private notes
    }
reg-form-email-hint = Private: never published
reg-form-notes-hint = For the organisers only
reg-form-attended = Attended
reg-form-saving = Saving…
reg-form-save = Save
reg-form-add = Add registration
reg-form-saved = Saved the registration of { $name }
reg-form-added = Added the registration of { $name }

## Speakers: the table.
spk-title = Speakers
spk-count =
    { $count ->
        [one] { $count } speaker
       *[other] { $count } speakers
    }
spk-unlisted-count =
    { $count ->
        [one] { $count } not on the public site
       *[other] { $count } not on the public site
    }
spk-add = Add speaker
spk-new-failed = A new speaker could not be started
spk-load-failed = The speakers could not be loaded: { $error }
spk-loading = Loading the speakers…
spk-none = No speakers yet. Add the first one with “Add speaker”.
spk-caption = Speakers of { $event }
spk-column =
    { $column ->
        [name] Name
        [position] Position
        [organisation] Organisation
        [country] Country
        [status] Status
       *[public] Public site
    }
spk-actions = Actions
## $reason is core's, as "not confirmed".
spk-left-out = Left out: { $reason }
spk-listed = Listed
spk-edit = Edit
spk-edit-aria = Edit { $name }

## Speakers: one speaker's form.
spk-form-new = New speaker
spk-form-title = Speaker: { $name }
spk-field =
    { $field ->
        [honorific] Honorific
        [given_name] Given name
        [family_name] Family name
        [name_order] Name order
        [position] Position
        [organisation] Organisation
        [country] Country
        [status] Status
        [consent_to_publish] Agrees to be published
        [bio] Biography
        [photo] Photo
        [links] Links
        [email] Email
       *[private_notes] Notes
    }
spk-publication = On the public site
spk-publication-hint = The site lists a speaker, and names them on the programme, once both are true: Confirmed, and agreeing to be published.
## $reason is core's, as "not confirmed".
spk-unlisted = As saved, left out of the public site: { $reason }.
spk-photo-note = JPEG, PNG, WebP or GIF up to 20 MB; its centre square is kept
spk-photo-first = Save the speaker first, then choose their photo.
spk-photo-alt = Photo of { $name }
spk-photo-remove = Remove photo
spk-photo-saved = Saved the photo of { $name }
spk-photo-removed = Removed the photo of { $name }
spk-photo-failed = Photo not saved
spk-links-note = one per line
spk-roles = Roles in the programme
spk-roles-first = Save the speaker first, then give them roles.
spk-roles-none = No role yet.
spk-role-remove = Remove
## $role is the role's name (Chair, Speaker…); $entry the entry's times and title.
spk-role-remove-aria = Remove the role { $role } on { $entry }
spk-role-add-label = Add a role
spk-role-entry = Entry
spk-role-choose = — Choose an entry —
spk-role-kind = Role
spk-role-add = Add role
spk-role-no-entry = Choose an entry of the programme.
spk-role-added = Added the role { $role }
spk-role-removed = Removed the role { $role }
spk-entry-gone = An entry no longer in the programme
spk-remove-failed = Not removed
spk-delete-open = Delete…
spk-delete-label = Confirm deletion
spk-delete-question = Delete this speaker and their roles?
spk-delete = Delete
spk-delete-failed = Not deleted
spk-deleted = Deleted the speaker
spk-cancel = Cancel
spk-saving = Saving…
spk-save = Save speaker
spk-saved = Saved { $name }

## The event site, in the sidebar.
pub-site = Event site
## $at is a time of day with its zone, as "18:02 CET".
pub-last-sync = Last synced at { $at }
pub-published = Published version { $version }
pub-published-at = at { $at }
pub-programme = Public programme
pub-opens-in-browser = (opens in your browser)
pub-open-failed = The page could not be opened
pub-publish-open = Publish…
pub-sync = Sync
pub-syncing = Syncing…
pub-set-site = Set the event site…

## Publishing: what goes out, then the version made.
pub-title = Publish
pub-title-next = Publish version { $version }
pub-title-done = Version { $version } is public
pub-reading = Reading the programme…
pub-public-sees = The public sees version { $version }.
pub-nothing-public = Nothing of this meeting is public yet.
pub-withdrawn = This meeting is off the public site.
## $at is the date and time it was published.
pub-done = Version { $version } was published at { $at }.
pub-open = Open the public programme
pub-in-browser = (in your browser)
pub-changes = What the public will see change
pub-no-changes = Nothing changed since version { $version }.
pub-left-out = Speakers left out of the public site
pub-left-out-why = The site lists a speaker once Confirmed and agreeing to be published; change either in Speakers.
## A speaker left out, and why (core's words, as "not confirmed").
pub-left-out-one = { $name }: { $reason }
pub-errors = To correct before publishing
pub-warnings = To check
pub-warnings-confirm = I have checked these, publish anyway
pub-fields = What becomes public
pub-fields-private = No email, private note or registration is among it: only what is listed here goes to the event site.
pub-kept = What the site keeps for its own work, never shown
pub-not-shared = This meeting is on this computer only: publishing shares it with the event site and the other organisers.
pub-versions = Versions published ({ $count })
## $at is the date and time, $by the organiser who published.
pub-version = Version { $version }, { $at }, by { $by }
pub-version-withdrawn = Taken off the public site, { $at }, by { $by }
pub-close = Close
pub-cancel = Cancel

## Conflicts: values that lost to another organiser's edit of the same field.
conf-title = Conflicts
conf-subtitle = Values that lost to another organiser's edit
conf-counts =
    { $open ->
        [one] { $open } open · { $count } in all
       *[other] { $open } open · { $count } in all
    }
conf-intro = When two organisers change the same field before they sync, the later change is kept and the other is listed here. Restore puts a value back, as a new change of yours that reaches the others at the next sync.
conf-load-failed = The conflicts could not be loaded: { $error }
conf-load-failed-status = The conflicts could not be loaded
conf-loading = Loading the conflicts…
conf-none = No conflicts: nothing anyone typed has been overwritten.
## Whether the winning value still stands.
conf-state =
    { $open ->
        [yes] Open
       *[no] Settled
    }
conf-settled-why = The field has been edited since
conf-lost = Lost
conf-kept =
    { $open ->
        [yes] Kept
       *[no] Was kept
    }
## $author is who typed the value, $at when.
conf-by = by { $author }, { $at }
conf-restore = Restore
conf-restoring = Restoring…
conf-restored = Restored; it reaches the others at the next sync
conf-restore-failed = Not restored
## $field is the field's name in lower case (title), $subject what the row is (entry “Opening”).
conf-restore-label = Restore the lost { $field } of { $subject }
conf-empty = (empty)
conf-none-value = (none)
conf-yes = Yes
conf-no = No
## A field's name; $name is the field's own name made readable, for a field not named here.
conf-field =
    { $field ->
        [title] Title
        [short_title] Short title
        [description] Description
        [kind] Kind
        [format] Format
        [zone] Time zone
        [starts_on] First day
        [ends_on] Last day
        [venue] Venue
        [languages] Languages
        [organiser] Organiser
        [audience] Who may take part
        [registration] Registration rules
        [eligible_categories] Categories of participants
        [contacts] Contacts
        [reference] Reference document
        [website] Website
        [online_link] Online link
        [slot] Times and place
        [public] Marked public
        [honorific] Honorific
        [given_name] Given name
        [family_name] Family name
        [position] Position
        [organisation] Organisation
        [country] Country
        [bio] Biography
        [links] Links
        [photo] Photo
        [email] Email
        [status] Status
        [consent_to_publish] Agrees to be published
        [private_notes] Notes
        [role] Role
        [category] Category
        [attended] Attended
        [decision] Decision
        [name] Name
       *[other] { $name }
    }

## What a conflict is about: its row and the row's title or name (the organisers').
conflict-subject =
    { $thing ->
        [meeting] meeting “{ $name }”
        [entry] entry “{ $name }”
        [speaker] speaker { $name }
        [registration] registration of { $name }
        [focal_point] focal point { $name }
        [translation] translation “{ $name }”
        [role] a role
       *[other] { $thing }
    }

## Importing registrations from a file.
reg-import-open = Import…
reg-import-title = Import registrations
reg-import-intro = From a spreadsheet or a CSV: another system's export (Indico, a form tool, a CRM) or a participants list. Nothing is written until you import.
reg-import-file = File
reg-import-file-hint = CSV, Excel (XLSX, XLS) or OpenDocument (ODS)
reg-import-reading = Reading the file…
reg-import-first-screen = The first rows. Reading the rest of the file for the counts and every problem…
reg-import-read-failed = The file could not be read
# $separator: the character, or Tab.
reg-import-csv = CSV in { $encoding }, separated by { $separator }
# $kind: XLSX, XLS or ODS.
reg-import-workbook = { $kind } workbook
reg-import-encoding = Encoding
reg-import-sheet = Sheet
reg-import-sheet-choice = { $name } · { $rows }
reg-import-columns = Each column's field
reg-import-remembered = As for the last file with these headers.
reg-import-left-out = Left out
reg-import-duplicates = A row with the email of a registration of this meeting
reg-import-on-duplicate =
    { $choice ->
        [update] Update the fields that differ
        [skip] Leave the registration as it is
       *[keep_both] Add the row beside it
    }
reg-import-counts = Rows: { $rows } · to add: { $add } · to update: { $update } · unchanged: { $unchanged } · skipped: { $skip } · beside a match: { $keep_both } · refused: { $refused }
reg-import-problems = Problems
reg-import-problem = Row { $row }, { $header }: { $message }
reg-import-problem-row = Row { $row }: { $message }
reg-import-more-problems = and { $count } more
reg-import-skip-row = Skip row { $row }
reg-import-rows = The first rows, as they will be stored
reg-import-row = Row
reg-import-what = Import
reg-import-action =
    { $action ->
        [add] Add
        [update] Update
        [unchanged] Unchanged
        [skip] Skip
        [refused] Refused
       *[keep_both] Add beside
    }
reg-import-refused-hint = Mend the refused rows in the file and choose it again, or skip them.
reg-import-submit = Import
reg-import-importing = Importing…
reg-import-progress = { $done } of { $total } rows written
reg-import-stop = Stop: write nothing
reg-import-failed = Not imported
reg-import-done = Imported: { $add } added, { $update } updated. Edit → Undo takes it back.

## Importing a programme from another system.
prog-import-open = Import…
prog-import-title = Import a programme
prog-import-intro = From Indico (a timetable or event export), a c3voc schedule (frab, pretalx) or a Dais export. Sessions become blocks with their items, conveners chair, speakers speak; an entry from an earlier import of the same source is changed, never copied. Nothing is written until you import.
prog-import-file = File
prog-import-file-hint = JSON or XML
prog-import-indico = Or fetch it from Indico
prog-import-indico-address = The event's address
prog-import-indico-address-hint = Its page (…/event/1234/) or one of its exports
prog-import-indico-token = API token
prog-import-indico-token-hint = For an event that is not public: My profile → API tokens in Indico, scope read:legacy_api
prog-import-indico-fetch = Fetch
prog-import-reading = Reading the file…
prog-import-read-failed = The file could not be read
# $format: the kind of file.
prog-import-summary = { $format ->
        [indico_timetable] Indico's timetable
        [indico_event] Indico's event export
        [schedule_xml] A c3voc schedule (XML)
        [schedule_json] A c3voc schedule (JSON)
       *[dais] A Dais export
    }. Entries to add: { $added } · to change: { $changed } · unchanged: { $unchanged } · new speakers: { $speakers }
prog-import-added = To add
prog-import-changed = To change
prog-import-new-speakers = New speakers
prog-import-field = { $field ->
        [title] title
        [description] description
        [slot] time or place
        [kind] kind
        [block_id] block
       *[roles] people
    }
prog-import-submit = Import
prog-import-importing = Importing…
prog-import-failed = Not imported
prog-import-done = Imported. Entries added: { $added }; changed: { $changed }. Edit → Undo takes it back.

## The meeting on the organisation's website (WebsiteEmbeds.svelte)
web-title = On your organisation's website
web-intro = Paste one of these into a page of your website: it shows the meeting as published, and each new version as soon as it is published.
web-part = { $part ->
    [programme] The programme
    [speakers] The speakers
   *[registration] The registration form
}
web-copy = Copy
web-copied = Copied.
web-form-origins = The registration form shows only on the websites the event site's settings allow (embed origins): ask whoever runs the event site to add yours.
web-save-files = Save the public site as files…
web-saving = Saving…
web-saved = { $files } files saved in { $path }: any web server serves this folder as it is.
