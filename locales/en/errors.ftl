### What Dais's rules refuse, and why: shown beside a field, in a dialog, or by the command line.
### Each names what to give instead. Titles and names in the placeholders are as the organiser typed them.

## A field left empty.
error-meeting-title-required = give the title, as the circular names the meeting
error-short-title-required = give a short title, such as U4SSC-10: the sidebar and the site's lists show it
error-entry-title-required = give the title, as the programme shows it
error-given-name-required = a given name is required
error-family-name-required = a family name is required
error-speaker-family-name-required = give the speaker's family name
error-organisation-required = an organisation is required
error-name-required = a name is required
error-date-required = give the date, such as 2026-03-26
error-time-required = give the time, such as 09:30 or 14:00
error-zone-required = give the time zone: look it up by a city or a country (Geneva finds Europe/Zurich)

## A value that is not one: $text is what was typed.
error-not-an-email = “{ $email }” is not an email address
error-not-a-country = “{ $code }” is not a country: choose one by its name, or give its two-letter code (CH)
error-not-a-date = “{ $text }” is not a date; write it as 2026-03-26
error-not-a-time = “{ $text }” is not a time; write it as 09:30 or 14:00 (24-hour)
error-unknown-zone = no time zone is called “{ $zone }”; look it up by a city or a country (Geneva finds Europe/Zurich)
# $meant: the zone the organiser may have meant.
error-unknown-zone-one = no time zone is called “{ $zone }”; did you mean { $meant }?
# $meant: zones joined by commas; $last: the last one.
error-unknown-zone-several = no time zone is called “{ $zone }”; did you mean { $meant } or { $last }?
# $time: 02:30; $day: the day, written out; $zone: Europe/Zurich.
error-time-skipped = { $time } does not exist on { $day } in { $zone }: the clocks go forward then
error-name-too-long = a name has at most { $most } characters, on one line
# $detail: the reader's own words (technical).
error-unreadable-value = this value cannot be read: { $detail }

## Days and times.
# $first: the first day, written out.
error-last-day-before-first = the last day is before the first ({ $first }); give the same day or a later one
error-registration-closes-before-opening = registration closes before it opens
# $end, $start: times with their zone's abbreviation (10:00 CET).
error-ends-before-start = ends ({ $end }) before it starts ({ $start })
error-end-before-start = the end must be after the start
error-entry-ends-before-start = “{ $entry }” must end after it starts

## The programme's blocks and items.
error-item-without-block = an item belongs to a block
error-block-of-another-meeting = “{ $block }” belongs to another meeting
error-not-a-block = “{ $block }” is not a block
# $start, $end: the block's times with their zone's abbreviation.
error-outside-block = outside its block “{ $block }” ({ $start }-{ $end })
error-only-items-in-blocks = only an item can belong to a block
# $items: the items' titles, joined by commas.
error-items-outside = its items would fall outside it: { $items }
error-no-such-block = the block does not exist
# $what: the meeting's or the entry's title; $problem: what is wrong with it.
error-in = { $what }: { $problem }

## Meetings and side events.
error-template-is-side-event = a side event is not a meeting to start from
error-side-event-starts-blank = a side event starts blank
error-no-such-meeting = the meeting it would be part of is not in the workspace
error-side-event-of-side-event = a side event is part of a meeting, not of another side event
error-side-event-in-programme = the programme's “{ $entry }” stands for this side event: remove that entry first

## Speakers and their roles.
error-speaker-of-another-meeting = the speaker and the entry belong to different events
error-role-given = { $speaker } already has this role on “{ $entry }”

## Speakers' photos.
# $size: the file's size in MB (4.2); $most: the most, in MB.
error-photo-file-too-large = the file is { $size } MB; a photo can be at most { $most } MB
error-photo-unreadable = the file cannot be read: { $detail }
error-photo-not-an-image = the file is not an image: choose a JPEG, PNG, WebP or GIF file
error-photo-too-many-pixels = the image is too large: at most { $most } pixels a side
error-photo-unsupported = this kind of image cannot be read: choose a JPEG, PNG, WebP or GIF file
error-photo-damaged = the image is damaged and cannot be read ({ $detail })
error-photo-empty = the image is empty
error-photo-too-large-to-keep = the photo is too large to keep
error-photo-not-kept-as-jpeg = a photo is kept as a JPEG chosen in the app

## Registrations, decisions and focal points.
error-decided-elsewhere = this is not changed here (a decision is made with decide)
error-email-registered = { $given } { $family } is registered with this address already
error-rejection-reason-required = a rejection needs a reason: the registrant is told it
error-no-registration-chosen = no registration was chosen
error-focal-point-stays = a focal point stays with its meeting
error-focal-point-taken = { $name } is already the focal point for this country and category
error-page-size = a page has 1 to { $most } rows, not { $asked }
error-no-column = pick at least one column
error-too-many-columns = too many columns
error-too-many-rows-for-excel = an Excel sheet holds at most { $most } rows: export this list to CSV

## Edits, undo and colleagues' changes.
error-field-not-changed-here = this field cannot be changed here
# $value: the value it holds now, in quotes if it is text.
error-changed-since-opened = changed by someone else since you opened it: { $value }
error-emptied-since-opened = changed by someone else since you opened it: empty
# $fields: the fields' names, joined by commas.
error-changed-meanwhile = not saved: someone else changed { $fields } since the form was opened; choose which value to keep
# $name: the meeting's or entry's title, the speaker's or registrant's name.
error-changed-since = “{ $name }” was changed since, by someone else
# $kind: what was erased.
error-erased-since =
    { $kind ->
        [event] the event was erased since
        [entry] the entry was erased since
        [speaker] the speaker was erased since
        [role] the role was erased since
        [focal_point] the focal point was erased since
        [translation] the translation was erased since
        [registration] the registration was erased since
       *[other] the { $kind } was erased since
    }
# $step: the step's name; $redo: undo or redo; $reason: why, in the rules' words.
error-not-undone =
    { $redo ->
        [redo] “{ $step }” was not redone: { $reason }; nothing was changed
       *[undo] “{ $step }” was not undone: { $reason }; nothing was changed
    }

## The event site.
# $count: how many meetings the token covers; $meetings: their ids; $kind: what the change is to.
error-token-outside =
    { $kind ->
        [event] { $count ->
            [one] this organiser's token may change meeting { $meetings } only, not this event
           *[other] this organiser's token may change meetings { $meetings } only, not this event
        }
        [entry] { $count ->
            [one] this organiser's token may change meeting { $meetings } only, not this entry
           *[other] this organiser's token may change meetings { $meetings } only, not this entry
        }
        [speaker] { $count ->
            [one] this organiser's token may change meeting { $meetings } only, not this speaker
           *[other] this organiser's token may change meetings { $meetings } only, not this speaker
        }
        [focal_point] { $count ->
            [one] this organiser's token may change meeting { $meetings } only, not this focal point
           *[other] this organiser's token may change meetings { $meetings } only, not this focal point
        }
        [registration] { $count ->
            [one] this organiser's token may change meeting { $meetings } only, not this registration
           *[other] this organiser's token may change meetings { $meetings } only, not this registration
        }
       *[other] { $count ->
            [one] this organiser's token may change meeting { $meetings } only, not this role
           *[other] this organiser's token may change meetings { $meetings } only, not this role
        }
    }
error-changed-since-preview = the programme changed since the preview (a colleague's edit arrived): nothing was published; look at the preview again
# $detail: the details, in English (for the site's administrator).
error-rejected = a change was refused: { $detail }
error-site-restored = the event site has lost changes it took from this workspace (it was restored from an earlier copy): { $detail }; the workspace sends its data again

## What is not found.
# $kind: what was looked for; $id: its id.
error-not-found =
    { $kind ->
        [event] no event with id { $id }
        [entry] no entry with id { $id }
        [speaker] no speaker with id { $id }
        [role] no role with id { $id }
        [focal_point] no focal point with id { $id }
        [translation] no translation with id { $id }
        [registration] no registration with id { $id }
        [published_event] no published event with id { $id }
        [photo] no photo with id { $id }
        [conflict] no conflict with id { $id }
       *[other] no { $kind } with id { $id }
    }

## The workspace and the files written.
error-disk-full = the disk is full: the change was not saved, and nothing was lost
# $what: the file's kind; $reason: the system's words (No space left on device).
error-write =
    { $what ->
        [participants_list] the participants list cannot be written: { $reason }
        [settings] this computer's settings for Dais cannot be written: { $reason }
        [site_files] the public site's files cannot be written: { $reason }
       *[programme_document] the programme document cannot be written: { $reason }
    }
# $path: the workspace's file; $reason: the system's words.
error-workspace = the workspace { $path } cannot be opened: { $reason }
# $detail: the database's or the reader's words, in English.
error-corrupt = the workspace's data is damaged: { $detail }
error-database = database error: { $detail }
error-migration = the workspace's schema cannot be updated: { $detail }
error-newer-schema = this file was written by a newer version of Dais (its schema is { $found }; this version knows up to { $known }): update Dais to open it. The file is left as it is.
error-update-refused = the update to Dais { $version } was refused: { $reason }. Nothing was installed; Dais stays as it is.
error-update-check-failed = Dais could not ask its release feed for a newer version: { $reason }
error-update-failed = Dais could not be updated: { $reason }. Dais stays as it is.
error-malformed = malformed data: { $detail }

## Syncing with the event site.
# $url: the site's address; $reason: the network's words.
error-sync-offline = offline: the event site at { $url } cannot be reached ({ $reason })
error-sync-unauthorized = the event site refused the organiser token: check it in the settings
error-sync-bad-url = the site's URL "{ $url }" is not a valid http(s) address

## The app's own.
# $detail: the system's words.
error-app-internal = the app stopped an operation unexpectedly: { $detail }
error-app-workspace-open = the workspace is open
error-app-photo-not-sent = the photo's file was not sent
error-app-import-no-file = no file to import from was chosen, or it was let go: choose it again
error-app-import-no-meeting = which meeting the programme goes into was not sent
error-app-photo-speaker-not-sent = which speaker the photo is of was not sent
error-app-no-site = no event site is set: add its address and your organiser token in the settings
error-app-closing = the app is closing
error-app-token-required = the organiser token is required: the site's administrator creates one for you
error-app-not-a-site-page = { $url } is not a page of the event site
error-app-browser = the browser could not be opened: { $detail }
error-not-translated = { $field } is not given in other languages; only the meeting's title, short title, description, audience and venue, and an entry's title and description are
error-translation-language = give the translation in one of the six languages
error-translation-id = a translation's id is made from its record, field and language
error-publish-side-event = { $title } is a side event: it is published with its meeting, { $meeting }

## Files brought in.
# $file: the file's name; $reason: why, from import.ftl.
error-unreadable = { $file } cannot be read: { $reason }
error-import-no-sheet = the file has no such sheet
error-import-empty = the sheet is empty: it has no header row
# $given: the columns given; $headers: the header's.
error-import-columns = { $given } columns were matched to fields, but the file has { $headers }
# $header: the column's header; $problem: what is wrong.
error-import-at-cell = { $header }: { $problem }
# $row: the row's number in the sheet.
error-import-same-email = the same email as row { $row }: skip one, or keep both
# $value: the cell's text.
error-import-country = “{ $value }” is not a country Dais knows: write its name in one of the six languages, or its ISO code
error-import-category = “{ $value }” is not a participant category
error-import-status = “{ $value }” is not a registration status
error-import-time = “{ $value }” is not a date and time Dais reads, such as 2026-03-02 09:30
error-import-yes-no = “{ $value }” is neither yes nor no
error-import-id = “{ $value }” is not a registration id from Dais
error-import-formula = begins like a spreadsheet formula: kept as text
error-circular-needed = the letter does not say it: give it to make the meeting
error-circular-two-values = the letter gives two: keep the right one
error-circular-date = write the day as YYYY-MM-DD, such as 2025-10-31
error-circular-times = write the times as HH:MM-HH:MM, such as 11:00-12:00
error-circular-side-event = write its day, its times and its title, such as 2025-10-31 12:00-13:00 Webinar
error-circular-unknown = “{ $value }” is not one Dais knows
error-cancelled = stopped before its end: nothing of it was written
