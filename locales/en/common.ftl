### Words every part of Dais shares: the app, the site, the mails, the CLI and the documents.
### A selector's keys are the model's names for a value (its serde form), so code passes the value as it is.

## The language, in its own words: a language picker lists each language by its own file's name.
language-name = English

## An event's days, the first and the last.
date-range = { $first } to { $last }

## A speaker's role on an entry; $count picks the form for one or several.
role =
    { $role ->
        [chair] { $count ->
            [one] Chair
           *[other] Chairs
        }
        [moderator] { $count ->
            [one] Moderator
           *[other] Moderators
        }
        [keynote] { $count ->
            [one] Keynote
           *[other] Keynotes
        }
        [panellist] { $count ->
            [one] Panellist
           *[other] Panellists
        }
        [rapporteur] { $count ->
            [one] Rapporteur
           *[other] Rapporteurs
        }
       *[speaker] { $count ->
            [one] Speaker
           *[other] Speakers
        }
    }

## A speaker's answer to the invitation.
speaker-status =
    { $status ->
        [confirmed] Confirmed
        [declined] Declined
       *[invited] Invited
    }

## Where a registration stands.
registration-status =
    { $status ->
        [waitlisted] Waiting list
        [approved] Approved
        [rejected] Rejected
        [cancelled] Cancelled
       *[pending] Pending
    }

## The categories in which people take part, as ITU's invitation letters name them.
participant-category =
    { $category ->
        [member_state_administration] ITU Member State administration
        [sector_member] ITU-T Sector Member
        [associate] ITU-T Associate
        [academia] ITU Academia
        [resolution99] State of Palestine (Resolution 99)
       *[other_eligible_individual] Individual from an ITU Member State
    }

## What an entry of the programme is.
entry-kind =
    { $kind ->
        [block] Block
        [item] Item
        [break] Break
       *[side_event] Side event
    }

## What an event is, and how people attend it.
event-kind =
    { $kind ->
        [webinar] Webinar
        [workshop] Workshop
        [conference] Conference
       *[meeting] Meeting
    }
event-format =
    { $format ->
        [virtual] Virtual
        [physical] In person
       *[hybrid] Hybrid
    }

## The regions of the UN's M49 standard.
region =
    { $region ->
        [africa] Africa
        [americas] Americas
        [asia] Asia
        [europe] Europe
       *[oceania] Oceania
    }

## How a registration reached the workspace.
registration-source =
    { $source ->
        [website_form] Website form
        [manual] Entered by hand
       *[import] Imported
    }

## The mails the site sends a registrant, and where each stands.
mail-message =
    { $message ->
        [received] request received
        [decision] decision
       *[focal_point] request to the focal point
    }
mail-state =
    { $state ->
        [sent] sent
        [retrying] not sent yet (the site tries again)
       *[failed] not sent
    }

## Why the public site leaves a speaker out: it lists those confirmed who agreed to be published.
unlisted-because =
    { $because ->
        [not_confirmed] not confirmed yet
        [declined] declined
       *[no_consent] has not agreed to be published
    }
unlisted-separator = {"; "}

## A list's separator: "a, b, c".
list-separator = {", "}

## What to check before publishing (the programme's warnings). Titles and names are the organisers'; $start and $end
## are times where the registrants are, in the zone $zone; $countries the countries they registered from.
warning-overlap = "{ $first }" overlaps "{ $second }"
warning-double-booked = { $name } is on "{ $first }" and "{ $second }" at the same time
warning-outside-block = "{ $item }" is outside its block "{ $block }"
warning-night = “{ $title }” is { $start }–{ $end } { $zone } for { $registrants ->
        [one] the registrant
       *[other] the { $registrants } registrants
    } in { $countries }

## How a person's name is written: the choice beside the name in a form (by default, as its script writes it: family
## name first for Chinese, Japanese and Korean).
name-order =
    { $order ->
        [given_first] Given name first (Ana Ribeiro)
        [family_first] Family name first (王小明, Kovács János)
       *[by_script] As its script writes it
    }

## A language, as a sentence names it ($code: ar, zh, en, fr, ru, es); language-name is its own name for itself.
language =
    { $code ->
        [ar] Arabic
        [zh] Chinese
        [en] English
        [fr] French
        [ru] Russian
       *[es] Spanish
    }

## A circular's facts, as the organiser confirms them.
circular-field =
    { $field ->
        [reference] Reference
        [issued] Dated
        [title] Title
        [format] Format
        [date] Date
        [times] Times
        [zone] Time zone
        [languages] Languages
        [registration_required] Registration required
        [free_of_charge] Free of charge
        [phone] Telephone
        [fax] Fax
        [email] Email
        [short_title] Short title
        [venue] Venue
        [audience] Who may take part
        [categories] Categories of participants
        [registration_deadline] Registration deadline
       *[side_event] Side event
    }
