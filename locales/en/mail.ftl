### The mails the event site sends: to a registrant (their address to confirm, their request received, each
### decision) and to the focal point asked to decide on a request. Each is in the language the registrant read the
### form in. $name, $title, $meeting, $reason are as typed; $dates, $day are written by CLDR in the mail's language.

## Every mail: the greeting, a fact and an action as the text part writes them, the link to copy, the questions line,
## the signature when the meeting names no organiser, the link to the meeting's page.
mail-greeting = Hello { $name },
mail-fact-line = { $label }: { $value }
mail-action-line = { $label }:
mail-copy-link = Or copy this address into your browser: { $url }
mail-write-to = Questions? Write to { $email }.
mail-reply = Questions? Reply to this mail.
mail-signature = The organisers of { $meeting }
mail-page = The meeting's page

## The facts a mail lists about a registration and its meeting.
mail-fact =
    { $fact ->
        [name] Name
        [organisation] Organisation
        [country] Country
        [category] Category
        [status] Status
        [dates] Dates
        [venue] Venue
       *[online] Join online
    }

## A day's times in the meeting's zone ($times), and in the registrant's ($yours) where it is another; $day when
## theirs falls on another day.
mail-times-yours = { $times } ({ $yours } where you are)
mail-times-yours-on = { $times } ({ $day }, { $yours } where you are)

## The address to confirm, before the request goes anywhere.
mail-confirm-subject = Confirm your registration request for { $meeting }
mail-confirm-body =
    A request to take part in { $title } ({ $dates }) was sent with this address. To confirm that it was you, open the link below within { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }: the request goes to the organisers only then.
mail-confirm-action = Confirm my request
mail-confirm-not-you = If it was not you, do nothing: the request is dropped, and nothing of it is kept.

## The request received: pending, or on the waiting list.
mail-received-subject = Registration request received: { $meeting }
mail-received-pending = Your request to take part in { $title } ({ $dates }) is received. It is pending until the focal point of your administration or organisation approves it: you will be told the decision.
mail-received-waitlisted = Your request to take part in { $title } ({ $dates }) is received. Every place was taken when it arrived, so it is on the waiting list: you will be told if a place frees up.
mail-cancel-request = If you cannot come after all, cancel your request here: { $link }

## The decisions.
mail-approved-subject = Your registration for { $meeting } is approved
mail-approved-body = Your registration for { $title } is approved: welcome.
mail-approved-online = The link to join online is below, for you alone: please do not pass it on.
mail-rejected-subject = Your registration request for { $meeting }
mail-rejected-body = Your request to take part in { $title } was not approved.
mail-rejected-reason = The reason given: { $reason }
mail-waitlisted-subject = Your registration request for { $meeting }: waiting list
mail-waitlisted-body = Your request to take part in { $title } is on the waiting list: you will be told if a place frees up.
mail-cancelled-subject = Your registration for { $meeting } is cancelled
mail-cancelled-body = Your registration for { $title } is cancelled.
mail-cancel-registration = If you cannot come after all, cancel your registration here: { $link }

## The focal point asked to decide on a request from their administration ($country: its name).
mail-focal-subject = A request to take part in { $meeting } waits for your decision
mail-focal-body = { $name } asks to take part in { $title } ({ $dates }) for { $country }. As the focal point who approves the requests of your administration, please approve or reject it.
mail-focal-link =
    The link below is yours alone: it shows the requests from { $country } waiting for your decision, and is good for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
mail-focal-action = Approve or reject
