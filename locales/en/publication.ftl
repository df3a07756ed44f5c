### A publication: what changed from one version of a meeting's programme to the next (the site's Changes page and
### feed, the app's preview, `dais preview`), and what publishing makes public.

## A change. $title is an entry's title; $when its day, times and zone (change-when); $what the aspects that changed
## (change-aspect, joined by list-separator).
change-first = First version: { $entries ->
        [one] 1 entry
       *[other] { $entries } entries
    } and { $speakers ->
        [one] 1 speaker
       *[other] { $speakers } speakers
    }
change-facts = The meeting's { $what } changed
change-added = New: { $title } ({ $when })
change-cancelled = Cancelled: { $title } (was { $when })
change-moved = Moved: { $title } from { $from } to { $when }
change-retitled = Retitled: "{ $from }" is now "{ $title }"
change-changed = Changed: { $title } ({ $what })
change-speaker-added = New speaker: { $name }
change-speaker-removed = No longer listed: { $name }
change-speaker-changed = Speaker { $name }: { $what } changed
change-back = Back on the public site
change-when = { $day } { $start }-{ $end } { $zone }
change-aspect =
    { $aspect ->
        [title] title
        [short_title] short title
        [kind] kind of meeting
        [format] format
        [zone] time zone
        [dates] dates
        [venue] venue
        [online_link] online participation
        [languages] languages
        [description] description
        [organiser] organiser
        [audience] audience
        [registration] registration
        [eligible_categories] who may register
        [contacts] contacts
        [reference] reference
        [website] website
        [part_of] meeting it belongs to
        [side_events] side events
        [place] place
        [session] session
        [speakers] speakers
        [name] name
        [position] position
        [organisation] organisation
        [country] country
        [bio] biography
        [links] links
       *[other] { $aspect }
    }

## What publishing makes public (or gives the site for its own work), by kind of thing and field.
preview-part =
    { $part ->
        [meeting] The meeting
        [entry] Each public entry
        [speaker] Each confirmed speaker who consented
       *[role] Their roles on public entries
    }
preview-field =
    { $part ->
        [meeting] { $field ->
            [title] title
            [short_title] short title
            [kind] kind of meeting
            [format] format
            [zone] time zone
            [starts_on] first day
            [ends_on] last day
            [venue] venue
            [languages] languages
            [description] description
            [organiser] organiser
            [audience] who may take part
            [registration] registration rules (dates, fee, places)
            [eligible_categories] categories of participants
            [contacts] contacts
            [reference] reference document
            [website] website
            [parent_event_id] the meeting a side event is part of
            [online_link] online link (mailed to approved participants only)
            [archived] whether it is archived
           *[other] { $field }
        }
        [entry] { $field ->
            [title] title
            [description] description
            [slot] times and place
            [kind] kind (session, item, break, side event)
            [block_id] the session an item is in
            [linked_event_id] the side event it stands for
            [event_id] the meeting it belongs to
            [public] marked public
           *[other] { $field }
        }
        [speaker] { $field ->
            [honorific] honorific
            [given_name] given name
            [family_name] family name
            [name_order] name order
            [position] position
            [organisation] organisation
            [country] country
            [bio] bio
            [links] links
            [photo] photo
           *[other] { $field }
        }
       *[role] { $field ->
            [speaker_id] the speaker
            [role] role
            [entry_id] the entry
            [event_id] the meeting it belongs to
           *[other] { $field }
        }
    }
change-translated = Words in { $language }: { $what }
change-translated-field = { $aspect } of “{ $title }”
