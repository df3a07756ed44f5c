## The event site's public pages (crates/site): their frame, the meeting's pages, the pages the mails' links open,
## the error pages and the feeds' fixed words.

## The frame of every page.
site-skip-to-content = Skip to main content
site-nav-meeting = Meeting
site-nav-languages = Language
site-nav-about = About
site-nav-programme = Programme
site-nav-speakers = Speakers
site-nav-changes = Changes
site-nav-register = Register
site-meetings = Meetings
site-all-meetings = All meetings
# A page's title in the browser's tab: the page, then the meeting's short title.
site-page-title = { $page } - { $meeting }
site-back-to = Back to { $meeting }
site-feeds = Programme feeds:
site-feed-calendar = calendar (iCalendar)
site-feed-frab-json = schedule (frab JSON)
site-feed-frab-xml = schedule (frab XML)
site-feed-atom = changes (Atom)
site-feed-data = data (JSON)

## An instant as people at the meeting read it: "Friday, 31 October 2025, 11:00 CET".
site-instant = { $date }, { $time } { $zone }
# A time on another day than the row's: "Sat 1 Nov, 00:30".
site-time-on-day = { $day }, { $time }

## The list of meetings.
site-no-meetings = No meeting has been published on this site yet.

## A meeting's home page.
site-format =
    { $format ->
        [virtual] Virtual (online only)
        [physical] In person
       *[hybrid] Hybrid (in person and online)
    }
site-part-of = Part of:
site-fact-date = Date
site-fact-time = Time
site-fact-format = Format
site-fact-venue = Venue
site-fact-remote = Remote participation
site-remote-link = The link to join is sent by mail to approved participants.
site-fact-languages =
    { $count ->
        [one] Language
       *[other] Languages
    }
site-fact-organiser = Organiser
site-fact-reference = Reference
site-fact-website = Website
# The programme's hours: "10:00 - 17:30 CET (Europe/Zurich)".
site-hours = { $start } - { $end } { $zone } ({ $place })
# A language of the meeting, by its name.
site-language =
    { $language ->
        [ar] Arabic
        [zh] Chinese
        [fr] French
        [ru] Russian
        [es] Spanish
       *[en] English
    }
site-see-programme = See the programme
site-who-may-take-part = Who may take part
site-open-to = Registration is open to:
site-registration = Registration
site-registration-terms =
    { $mandatory ->
        [yes] { $free ->
            [yes] Registration is mandatory. Participation is free of charge.
           *[no] Registration is mandatory.
        }
       *[no] { $free ->
            [yes] Registration is optional. Participation is free of charge.
           *[no] Registration is optional.
        }
    }
site-registration-opens = Registration opens { $when }.
site-registration-closes = Registration closes { $when }.
site-registration-not-open = Registration is not open yet
site-registration-closed = Registration is closed
site-side-events = Side events
site-contact = Contact
site-contact-email = Email:
site-contact-phone = Telephone:
site-contact-fax = Fax:

## The programme.
site-version = Version { $version }
site-version-published = Version { $version }, published { $when }.
site-version-withdrawn = Taken off this site on { $when }
site-what-changed = What changed
site-zone-note = All times are { $zone } ({ $place }).
site-zone-note-two = All times are { $zone } ({ $place }), with the times in { $viewer } beside them.
site-zone-label = Show the times also in the time zone
site-zone-only = (only { $zone })
site-zone-show = Show
site-zone-mine = Show the times in my time zone
site-zone-mine-too = Show the times in my time zone too ({ $zone })
site-zone-unknown = This is not a time zone: choose one from the list.
site-no-programme = The programme has not been published yet.
site-session = Session
site-side-event = Side event
# Before the names of those who hold a role on an entry: "Chairs:".
site-role-label = { $role }:
site-download-document = Download the programme as a document:
site-to-print = to print
site-add-to-calendar = Add the programme to your calendar:
site-for-schedule-apps = For schedule apps, frab:
site-as-data = as data:

## The speakers.
site-no-speakers = The speakers have not been announced yet.
# When a speaker's session takes place: "11:00 - 12:00 CET, Fri 31 Oct".
site-session-when = { $start } - { $end } { $zone }, { $day }

## The changes.
site-changes-title = Changes to the programme
site-changes-intro = This site shows version { $version }. Each version the organisers published is below, newest first, with what changed in it. Follow the changes in a feed reader:

## Error pages.
site-error-not-found-title = Page not found
site-error-not-found = There is no such page on this site.
site-error-bad-request-title = This request cannot be answered
site-error-internal-title = Something went wrong
site-error-internal = The site cannot answer just now. Please try again in a moment.

## The pages the links of the site's mails open.
site-link-expired = This link has expired
site-link-invalid = This link is not valid
site-confirm-title = Confirm your request
site-confirm-ask = Confirm that { $name } asks to take part, with this address: the request then goes to the organisers.
site-confirm-button = Confirm my request
site-confirm-expired = The request was not confirmed in time, so nothing of it was kept. Please send the registration form again.
site-confirm-invalid = It may have been used already: a request is confirmed once. If you have not confirmed yours, send the registration form again.
site-confirm-registered-already = This address has registered already
site-confirm-registered-already-detail = A registration with this address was made before for this meeting: it stands, and nothing was changed.
site-confirm-waitlisted = Your request is on the waiting list
site-confirm-waitlisted-detail = Every place is taken: your request is on the waiting list, and you will be told by mail if a place frees up.
site-confirm-done = Your request is confirmed
site-confirm-done-detail = It is pending until the focal point of your administration or organisation approves it: you will be told the decision by mail.
site-cancel-title = Cancel your registration
site-cancel-ask = Cancel the registration of { $name }? The organisers are told, and your place goes to someone on the waiting list.
site-cancel-button = Cancel my registration
site-cancel-done = Your registration is cancelled
site-cancel-nothing-more = Nothing more to do.
site-cancel-done-detail = The organisers are told. If you change your mind, write to them.
site-cancel-invalid = Use the link in the last mail you got about your registration.

## A focal point's page.
site-focal-requests = Requests
site-focal-heading = Requests from { $administration }
# "Switzerland (ITU Member State administration)".
site-administration = { $country } ({ $category })
site-focal-intro = As the focal point of { $administration }, { $name }, you approve or reject the requests to take part in this meeting. Your decisions go to the organisers, and each registrant is told by mail. This page is yours alone: its address is good until { $expires }.
site-focal-none = No request is waiting for your decision.
site-focal-waiting =
    { $count ->
        [one] Waiting for your decision (1)
       *[other] Waiting for your decision ({ $count })
    }
site-focal-organisation = Organisation
site-focal-position = Position
site-focal-category = Category
site-focal-email = Email
site-focal-asked = Asked
site-focal-approve = Approve
site-focal-reason = Reason, if you reject it
site-focal-reject = Reject
site-focal-choose = Choose Approve or Reject.
site-focal-reason-needed = To reject a request, give the reason: the registrant is told it.
site-focal-not-waiting = That request is not waiting for your decision: it was decided already, or is not from your administration.
site-focal-link-expired = Each mail about a new request brings a new link; or ask the meeting's organisers for one.
site-focal-link-invalid = Use the link of the latest mail the site sent you as a focal point.

## The feeds' fixed words (the organisers' words stay as they typed them).
site-feed-cancelled = Cancelled: { $title }
# A line of an entry's description in a calendar: "Chair: Ms Ana Ribeiro".
site-feed-role = { $role }: { $name }
site-feed-atom-title = { $meeting } programme: changes
# The room of the entries that name none, in a schedule app.
site-feed-main-room = Main room

## The meeting's pages inside another website (embed.rs, dais_wire::embed)
embed-link = { $part ->
    [programme] Programme of { $meeting }
    [speakers] Speakers of { $meeting }
   *[registration] Register for { $meeting }
}
embed-on-the-site = { $part ->
    [programme] The programme on the meeting's site
   *[speakers] The speakers on the meeting's site
}
embed-form-title = Registration form of { $meeting }
# The static export without a live site: the home page says where registration goes instead of a button.
site-files-no-form = Registration is not taken on these pages: write to the meeting's secretariat to register.
# The folder the app saves the public site's files in (Downloads).
site-files-folder = { $meeting } public site
