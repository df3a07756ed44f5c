## The registration form of the event site (crates/site/src/form), its errors and the pages that answer it.

form-title-error = Error: Register
form-pending-until-approved = Your registration is pending until the focal point of your administration or organisation approves it.
form-waiting-list = Every place is taken: a request sent now goes to the waiting list, and is approved if a place frees up.
form-error-summary = There is a problem
# Before a field's error, for screen readers.
form-error-prefix = Error:
form-optional = (optional)
form-given-name = Given name
form-family-name = Family name
form-email = Email address
form-email-hint = The organisers write to you at this address. It is never published.
form-organisation = Organisation
form-organisation-hint = The administration, company, university or organisation you represent.
form-country = Country
form-country-prompt = Choose your country
form-category = Participant category
form-category-prompt = Choose your category
form-position = Position
form-consent = List my name and organisation among the participants of this meeting
form-privacy-title = What is kept about you
form-privacy-what-label = What:
form-privacy-what = your answers to this form.
form-privacy-what-zone = your answers to this form, and the time zone your browser gives (so that our mails give the times where you are).
form-privacy-why-label = Why:
form-privacy-why = to handle your request to take part. The meeting's organisers and the focal point of your administration see it. Your name and organisation are listed among the participants only if you tick the box above; your email address never.
form-privacy-how-long-label = For how long:
form-privacy-how-long =
    { $days ->
        [one] until { $days } day after the meeting's last day ({ $last_day }); then it is erased, here and on the organisers' computers.
       *[other] until { $days } days after the meeting's last day ({ $last_day }); then it is erased, here and on the organisers' computers.
    }
form-privacy-how-long-unset = until the organisers erase it, after the meeting.
form-privacy-whom-label = Whom to ask:
form-privacy-whom = to see, correct or erase what is kept about you, write to { $contact }.
form-privacy-whom-organisers = to see, correct or erase what is kept about you, write to the meeting's organisers.
form-send = Send registration

## The problems with an answer, each by its field.
form-error-given-name-missing = Enter your given name
form-error-family-name-missing = Enter your family name
form-error-email-missing = Enter your email address
form-error-organisation-missing = Enter the organisation you represent
form-error-country-missing = Choose your country
form-error-category-missing = Choose the category in which you take part
form-error-category-unknown = Choose one of the categories in the list
form-error-email-format = Enter an email address like name@example.org
form-error-country-unknown = Choose your country from the list
form-error-check = Check this answer
form-error-too-long =
    { $count ->
        [one] Shorten this to at most { $count } character
       *[other] Shorten this to at most { $count } characters
    }
form-error-control-characters = Remove the control characters (such as line breaks or tabs) from this

## A form turned away before its answers were read.
form-too-large = The form is too large
form-too-large-detail = What was sent is far larger than a registration. Nothing was saved.
form-not-a-form = This is not a form
form-not-a-form-detail = Registrations are sent from the registration form. Nothing was saved.
form-garbled = The form could not be read
form-garbled-incomplete = The form did not arrive whole. Please send it again.
form-garbled-not-utf8 = The form's text is not in UTF-8, the encoding browsers use. Please send it from the form.
form-garbled-twice = A field of the form was sent twice. Please send it from the form.
form-forged = Please send the form again
form-forged-detail = This form has expired or did not come from this site, so nothing was saved. Open the form again, fill it in and send it. (Your browser must accept this site's cookie.)
form-open-again = Open the registration form
form-too-many = Please wait a moment
form-too-many-detail =
    { $count ->
        [one] Too many forms were sent from your network. Nothing was saved. Please wait { $count } second and send it again.
       *[other] Too many forms were sent from your network. Nothing was saved. Please wait { $count } seconds and send it again.
    }
form-not-open = Registration for { $meeting } is not open yet.
form-not-open-until = Registration for { $meeting } opens { $when }.
form-closed = Registration for { $meeting } is closed.
form-closed-on = Registration for { $meeting } closed { $when }.

## The answer to a form sent.
form-check-mailbox = Check your mailbox
form-check-mailbox-detail =
    { $hours ->
        [one] We sent a message to the address you gave. Open its link within { $hours } hour to confirm that it is yours: until then your request for { $meeting } goes no further. If nothing arrives, look in your spam folder, or send the form again.
       *[other] We sent a message to the address you gave. Open its link within { $hours } hours to confirm that it is yours: until then your request for { $meeting } goes no further. If nothing arrives, look in your spam folder, or send the form again.
    }
# After the answer, when the meeting has a contact address.
form-write-to = To change it, write to { $contact }.
form-received = Thank you: your registration request was received
form-received-detail = A registration for { $meeting } is pending until the focal point of your administration or organisation approves it; if every place was taken, it is on the waiting list and approved if a place frees up. If this address had already registered for this meeting, the first registration stands and nothing was changed.
form-name-order = How your name is written
