app-language-not-kept = The language is shown, but could not be kept for the next start: { $reason }

## The window: the sidebar and its views
app-workspace-unread = The workspace could not be read
app-workspace-unread-because = The workspace could not be read: { $reason }
app-workspace-opened = Opened a new workspace: { $path }
app-zones-unread = The time zones could not be loaded
app-meeting = Meeting
app-archived = Archived
app-new-meeting = New meeting…
app-views = Views
app-workspace = Workspace
app-view = { $view ->
    [event] Event
    [programme] Programme
    [speakers] Speakers
    [registrations] Registrations
    [conflicts] Conflicts
   *[settings] Settings
  }
app-open-conflicts = { $count ->
    [one] open
   *[other] open
  }
app-undo-redo = Undo and redo
app-undo = ↶ Undo
app-redo = ↷ Redo
app-undo-what = Undo { $what } (Ctrl+Z)
app-redo-what = Redo { $what } (Ctrl+Shift+Z)
app-nothing-to-undo = Nothing to undo
app-nothing-to-redo = Nothing to redo
app-opening-workspace = Opening the workspace…

## The status line
app-status-idle = Every change is saved on this computer
app-saving = Saving…
app-saved = Saved
app-not-saved = Not saved
app-failed = { $prefix }: { $message }
app-undoing = Undoing…
app-redoing = Redoing…
app-undone = Undone: { $what }
app-redone = Redone: { $what }
app-part-unread = { $part ->
    [meetings] The meetings could not be read
    [sideEvents] The side events could not be read
    [programme] The programme could not be read
    [publication] Which version each entry was published in could not be read
    [speakers] The speakers could not be read
    [unlisted] Which speakers the public site leaves out could not be read
    [participations] The roles could not be read
    [translations] The translations could not be read
   *[undo] What Undo would take back could not be read
  }

## Where the workspace stands with its event site
app-sync-sending = { $count ->
    [one] Syncing… sending { $count } change
   *[other] Syncing… sending { $count } changes
  }
app-sync-publishing = Publishing…
app-sync-resending = Syncing… the event site was restored from a copy: sending this workspace’s data again
app-syncing = Syncing…
app-sync-checking = Checking the event site…
app-sync-no-site = { $count ->
    [0] No event site set
    [one] No event site set, { $count } change waiting
   *[other] No event site set, { $count } changes waiting
  }
app-sync-local = On this computer only: Publish… shares this meeting
app-sync-offline = { $count ->
    [one] Offline, { $count } change waiting
   *[other] Offline, { $count } changes waiting
  }
app-sync-refused = Synced, but { $reason }
app-sync-failed = Not synced: { $reason }
app-sync-waiting = { $count ->
    [one] { $count } change waiting
   *[other] { $count } changes waiting
  }
app-sync-done = All changes synced

## Dates as typed, and instants
app-instant = { $date }, { $time } { $zone }
app-date-give = { $what ->
    [first-day] give the first day, such as { $example }
    [last-day] give the last day, such as { $example }
   *[date] give the date, such as { $example }
  }
app-not-a-date = “{ $typed }” is not a date; write it as { $example } or 26/03/2026
app-when-give-day = { $happens ->
    [opens] give the day registration opens, such as 26 March 2026
   *[closes] give the day registration closes, such as 26 March 2026
  }
app-when-give-time = { $happens ->
    [opens] give the time registration opens too, such as 09:00
   *[closes] give the time registration closes too, such as 09:00
  }

## The date field and its calendar
app-date-placeholder = e.g. { $example }
app-calendar-choose = { $what ->
    [first-day] Choose the first day in a calendar
    [last-day] Choose the last day in a calendar
    [opens] Choose the day registration opens in a calendar
    [closes] Choose the day registration closes in a calendar
   *[date] Choose the entry's date in a calendar
  }
app-calendar-title = { $what ->
    [first-day] Choose the first day
    [last-day] Choose the last day
    [opens] Choose the day registration opens
    [closes] Choose the day registration closes
   *[date] Choose the entry's date
  }
app-calendar-month-before = The month before
app-calendar-month-after = The month after

## Shared words
app-keep = Keep
app-clash = Changed by someone else
app-clash-theirs = Someone else changed this to { $theirs } while you were editing it.
app-clash-keep-mine = Keep mine
app-clash-use-theirs = Use theirs
app-zones-found = Time zones found
app-zone-placeholder = A city or a country, e.g. Geneva
app-countries-found = Countries found
app-country-placeholder = Type a country's name
app-decision-verb = { $status ->
    [pending] Back to pending
    [waitlisted] Waiting list
    [approved] Approve
    [rejected] Reject…
   *[cancelled] Cancel registration
  }
app-un-language = { $language ->
    [Arabic] Arabic
    [Chinese] Chinese
    [English] English
    [French] French
    [Russian] Russian
   *[Spanish] Spanish
  }
app-badge-published = Published v{ $version }
app-badge-published-title = Public as published in version { $version }
app-badge-changed = Changed since v{ $version }
app-badge-changed-title = Last published in version { $version }; the next Publish sends the change
app-badge-new = Not public yet
app-badge-new-title = Public, in no published version yet: the next Publish adds it
app-badge-held-back = Held back
app-badge-held-back-title = Marked public, but its block is a draft: not published without it

## The timetable
app-timetable-add = Add an entry at { $time } on { $day }
app-timetable-add-in = Add an entry at { $time } on { $day } in “{ $block }”
app-timetable-changing = { $mode ->
    [move] Moving…
    [start] Changing the start…
   *[end] Changing the end…
  }
app-timetable-changed-one = { $mode ->
    [move] Moved “{ $title }”
    [start] Changed the start of “{ $title }”
   *[end] Changed the end of “{ $title }”
  }
app-timetable-changed = { $mode ->
    [move] { $count ->
        [one] Moved { $count } entry
       *[other] Moved { $count } entries
      }
    [start] { $count ->
        [one] Changed the start of { $count } entry
       *[other] Changed the start of { $count } entries
      }
   *[end] { $count ->
        [one] Changed the end of { $count } entry
       *[other] Changed the end of { $count } entries
      }
  }
app-timetable-not-changed = { $mode ->
    [move] Not moved
   *[other] Not changed
  }
app-timetable-help = Click an empty time to add an entry there. Drag an entry to move it, or its top or bottom edge to change its times (5-minute steps). Ctrl+click selects several. Keys: ↑ ↓ move by 5 minutes, Shift+↑ ↓ move the end, Enter opens, Delete deletes, Ctrl+Z undoes.
app-timetable-zone = times in { $zone }
app-timetable-sessions = Blocks, breaks, side events
app-timetable-items = Items
app-timetable-of = Timetable of { $day }
app-timetable-warning = Warning: { $warnings }

## The programme
app-programme-saved-to = Saved the programme to { $path }
app-programme-writing = Writing the document…
app-deleted = Deleted “{ $title }”
app-not-deleted = Not deleted
app-deleting = Deleting…
app-delete-block = { $count ->
    [one] Delete the block and its { $count } item?
   *[other] Delete the block and its { $count } items?
  }
app-delete-entry = Delete this entry?
app-programme-of-days = Programme · { $days }
app-programme-document-title = The programme as it is now, drafts too, as a { $format } document in your Downloads folder
app-programme-save-as = Save as { $format }
app-add-entry = Add entry
app-zone-picker = Also show times in
app-zone-picker-pick = Pick a zone from the list: type a city or a country, e.g. Sydney.
app-zone-picker-hint = A city or a country; empty shows the meeting's zone only.
app-zone-clear = Clear zone
app-layout = Show the programme as
app-layout-list = List
app-layout-timetable = Timetable
app-warnings = To check before publishing
app-programme-unread = The programme could not be loaded: { $reason }
app-programme-loading = Loading the programme…
app-programme-empty = No entries yet. Add the first one with “Add entry”, or choose its day and time on the timetable:
app-programme-empty-timetable = open the timetable
app-programme-of = Programme of { $day }
app-time-in = Time
app-column-session = Session
app-column-place = Place
app-column-actions = Actions
app-draft = Draft
app-draft-title = Draft: not published
app-not-on-site = not on the public site
app-confirm-deletion = Confirm deletion of { $title }
app-delete = Delete
app-edit = Edit
app-edit-title = Edit { $title }
app-delete-title = Delete { $title }
app-delete-question = Delete “{ $title }”?
app-undo-brings-back = Undo (Ctrl+Z) brings it back.

## Settings
app-save = Save
app-settings-subtitle = Your language, who you are, and where this workspace publishes its meeting
app-update-available = Dais { $version } is available
app-update-whats-new = What’s new
app-update-install = Install and restart
app-update-later = Later
app-update-installing = Installing Dais { $version }: the app starts again when it is done.
app-settings-updates = Updates
app-settings-updates-version = This is Dais { $version }.
app-settings-updates-check = Check for updates when Dais starts and once a day
app-settings-updates-hint = Dais asks its release feed whether a newer version exists; nothing about you or your meetings is sent. A newer version is installed only when you say so.
app-settings-updates-policy = Your organisation has turned update checks off on this computer.
app-settings-updates-check-now = Check now
app-settings-updates-checking = Checking…
app-settings-updates-latest = Dais { $version } is the latest version.
app-settings-updates-found = Dais { $version } is available: install it from the sidebar.
app-settings-language = Language
app-settings-language-hint = The language of Dais on this computer, for every workspace. Meetings, names and titles stay as they were written.
app-settings-name-saved = Saved your name
app-settings-site-saved = Saved the event site
app-settings-you = You
app-settings-your-name = Your name
app-settings-your-name-hint = How the other organisers and the event site name you: on your decisions, your changes, conflicts and publications. Until you set it, this computer's user name on decisions, and your token's label on the site.
app-settings-saved = Saved.
app-settings-site = Event site
app-settings-site-intro = Publishing sends the changes made on this computer to the meeting's event site, and brings back the others' changes and the registrations from its form. The site's administrator gives each organiser an address and a token.
app-settings-site-url = Site address
app-settings-site-now = Now:
app-settings-no-site = No site is set yet.
app-settings-token = Organiser token
app-settings-token-kept = Kept safely; type it again to change the site
app-settings-token-hint = The token is a secret: it is kept in this computer's keychain (Keychain on macOS, Credential Manager on Windows, the Secret Service on Linux), never in the workspace. Where there is no keychain, it goes to a file beside the workspace that only you can read.
app-settings-token-in-keychain = Saved. The token is kept in the keychain.
app-settings-token-in-file = Saved. No keychain on this computer: the token is kept in { $file }.
app-settings-token-beside = Saved. No keychain on this computer: the token is kept in a file beside the workspace.

## The first start, and a workspace that cannot be opened
app-welcome-demo-opened = Opened the demo meeting, U4SSC-9
app-welcome-demo-failed = The demo could not be opened
app-welcome-demo-opening = Opening the demo…
app-welcome = Welcome to Dais
app-welcome-subtitle = Prepare a meeting's programme, speakers and registrations, on this laptop, with or without a network.
app-welcome-create = Create a meeting
app-welcome-create-what = Its title, dates, time zone, format, languages and registration; the rest of the circular after.
app-welcome-create-button = Create a meeting…
app-welcome-demo = Open the demo
app-welcome-demo-what = The ninth U4SSC meeting ({ $date }) with its programme, speakers and a few registrations, to try things on.
app-welcome-connect = Connect to an event site
app-welcome-connect-what = You were given a site's address and a token: the meetings shared there come to this laptop.
app-welcome-connect-button = Connect…
app-problem = This workspace cannot be opened
app-problem-file = The file is:
app-problem-what-now = Dais has not changed it. If it is a copy being restored, or was written by a newer version of Dais, let that finish, or update Dais, and start Dais again. To go on working meanwhile, start a new workspace beside it: it opens with the demo meeting, and joins your event site once you set it in Settings.
app-problem-start-new = Start a new workspace

## An entry's form, and its chairs and speakers
app-cancel = Cancel
app-entry-saved = Saved “{ $title }”
app-entry-added = Added “{ $title }”
app-entry-edit = Edit entry
app-entry-add = Add an entry
app-entry-zone = Times are in the event's zone, { $zone } ({ $label }).
app-entry-kind = Kind
app-entry-choose-block = — Choose a block —
app-entry-linked = Linked event
app-entry-none = — None —
app-entry-title = Title
app-entry-description = Description
app-entry-when = When
app-entry-when-zone = in { $zone } ({ $label })
app-entry-date = Date
app-entry-start = Start
app-entry-end = End
app-entry-time-note = HH:MM { $label }
app-entry-place-note = a room, or an online link
app-entry-public = Public
app-entry-public-hint = Unticked, the entry is a draft: it stays on the organisers' computers.
app-entry-people-later = Chairs and speakers are added once the entry is.
app-entry-save = Save entry
app-people-type-name = Type the name of a speaker, or of someone new.
app-people-added = Added { $name } as { $role }
app-people-not-added = Not added
app-people-removed = Removed { $what }
app-people-not-removed = Not removed
app-people = Chairs and speakers
app-people-nobody = Nobody yet.
app-people-label = { $name }, { $role }
app-people-removed-speaker = a removed speaker
app-people-remove-label = Remove { $what }
app-people-remove = Remove
app-people-name = Name
app-people-name-hint = a speaker, or someone new
app-people-role = Role
app-people-add-new = Add “{ $name }” as a new speaker
app-people-add = Add

## A new meeting
app-new-created = Created { $title }
app-new-not-created = Not created
app-new-creating = Creating…
app-new-side-event-of = New side event of { $title }
app-new-meeting-title = New meeting
app-new-start-from = Start from
app-new-blank = A blank meeting
app-new-from-past = A past meeting: its facts and programme, moved to the new dates; no speakers or registrations
app-new-from-circular = Its circular: the facts Dais reads in the letter, for you to confirm
app-new-from-programme = A programme from another system: Indico, pretalx or another Dais, its days and zone the meeting's
app-new-programme-hint = Indico's timetable or event export (JSON), a c3voc schedule (pretalx, frab: XML or JSON) or a Dais export
app-new-programme-days = The meeting's days, as the programme has them: { $dates }. Every other fact is yours to give afterwards.
app-circular-file = The circular (DOCX, PDF or text)
app-circular-paste = Or paste its text
app-circular-read = Read
app-circular-reading = Reading the letter…
app-circular-not-read = The letter could not be read
app-circular-facts = What the letter says
app-circular-facts-hint = Check each fact against the sentence it was read from, correct what is wrong and give what the letter does not say. Nothing is made until you confirm.
app-circular-said = The letter: “{ $sentence }”
app-circular-missing = Not in the letter: give it.
app-circular-conflict = The letter gives two: keep the right one.
app-circular-lines = one per line
app-circular-create = Make the meeting
app-new-past = Past meeting
app-new-short-title = Short title
app-new-short-title-hint = As the sidebar and the site's lists show it, e.g. U4SSC-10
app-new-first-day = First day
app-new-last-day = Last day
app-new-format = Format
app-new-zone = Time zone
app-new-zone-hint = Where the meeting's clock runs: type its city or country
app-new-languages = Languages
app-new-registration = Registration
app-new-registration-hint = times in the meeting's zone
app-new-mandatory = Mandatory
app-new-free = Free of charge
app-new-opens = Opens
app-new-opens-at = Opening time
app-new-closes = Closes
app-new-closes-at = Closing time
app-new-capacity = Capacity
app-new-capacity-hint = empty: no limit
app-new-template-summary = { $title } was { $dates } ({ $zone }): the new meeting takes its facts, its programme at the same times of day and its registration rules, moved by as many days.
app-new-create = { $what ->
    [side-event] Create side event
   *[meeting] Create meeting
  }

## The meeting's facts (the Event view)
app-loading = Loading…
app-none = None.
app-event-saved = Saved the event
app-event-archived = Archived { $title }
app-event-unarchived = { $title } is back among the meetings
app-event-deleted = Deleted { $title }
app-event-side-event-of = a side event of { $title }
app-event-facts = The circular's facts
app-event-saved-on-leaving = Each change is saved as you leave its field.
app-event-reference = Reference
app-event-reference-hint = The announcing document, e.g. TSB Circular 81
app-event-venue = Venue
app-event-venue-hint = A room and building, for a physical or hybrid meeting
app-event-online-link = Online link
app-event-online-link-hint = Sent to approved participants, never published
app-event-languages-hint = Separated by commas, e.g. English, French
app-event-website = Website
app-event-organiser = Organiser
app-event-audience = Who may take part
app-event-eligible = Eligible categories
app-event-registration-zone = times in { $zone }
app-event-contacts = Contacts
app-event-contact = Contact { $n }
app-event-contact-who = Who (contact { $n })
app-event-contact-who-placeholder = Who, e.g. U4SSC secretariat
app-event-contact-email = Email (contact { $n })
app-event-contact-phone = Phone (contact { $n })
app-event-contact-fax = Fax (contact { $n })
app-event-email = Email
app-event-phone = Phone
app-event-fax = Fax
app-event-contact-remove = Remove contact { $n }
app-event-contact-add = Add a contact
app-event-side-whole = The side event as a whole
app-event-meeting-whole = Side events and the meeting as a whole
app-event-side-events = Side events
app-event-side-events-unread = The side events could not be loaded: { $reason }
app-event-add-side-event = Add a side event…
app-event-the-side-event = The side event
app-event-the-meeting = The meeting
app-event-part-of = Part of { $title }: listed with it, here and on its public page.
app-event-is-archived = Archived: kept whole, listed apart in the meeting picker.
app-event-bring-back = Bring back
app-event-archive-hint = Done with it? Archive it: it stays whole, out of the way.
app-event-archive = Archive
app-event-delete-question = Delete { $title }, its programme, speakers and registrations? If it is shared, it goes from the other organisers' laptops and from the public site too.
app-event-delete = { $what ->
    [side-event] Delete the side event
   *[meeting] Delete the meeting
  }
app-event-keep-it = Keep it
app-event-delete-button = Delete…

## A field that must be filled in
app-required = required

## A step to undo or redo, as the Undo and Redo buttons and the Edit menu name it: "Move item “Closing” and 2 more".
## $thing is what the row is; $name its title or name (the organisers'); $more how many more rows of its kind.
undo-step = { $action ->
        [add] Add
        [delete] Delete
        [move] Move
       *[edit] Edit
    } { $thing ->
        [meeting] meeting
        [block] block
        [item] item
        [break] break
        [side_event] side event
        [speaker] speaker
        [role] role of
        [registration] registration
        [focal_point] focal point
        [translation] translation
       *[other] { $thing }
    } “{ $name }”{ $more ->
        [0] {""}
        [one] {" "}and 1 more
       *[other] {" "}and { $more } more
    }

## The app's menu: Edit, with Undo and Redo of the meeting's edits ($step: undo-step) and the clipboard's items.
app-menu-edit = Edit
app-menu-undo = Undo
app-menu-redo = Redo
app-menu-undo-step = Undo { $step }
app-menu-redo-step = Redo { $step }
app-menu-cut = Cut
app-menu-copy = Copy
app-menu-paste = Paste
app-menu-select-all = Select All

## A step kept before the languages, in the English it was kept in.
undo-step-kept = { $words }

## Beside a field's label: what is typed in it stays with the organisers.
app-field-private = private: never published

## The meeting's and entries' words in other languages, beside the originals ($count: the fields given in a language;
## $given: none or some).
app-translations = In other languages
app-translations-hint = Readers who chose this language read these words on the public site, in its feeds and in the documents; the others read the original. Each is saved as you leave it.
app-translations-language = Language
app-translations-choice = { $language }{ $given ->
        [none] {""}
       *[some] {" "}({ $count })
    }
app-translation-original = Original: { $text }
app-translation-saved = Saved the translation
