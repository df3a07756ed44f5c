### Bringing data in from other systems' files.

## The words a file's header may use for each column, besides the column's label in the participants list, separated
## by |. Case, accents, spaces and punctuation do not count. Give the usual variants in this language.
import-column-words =
    { $column ->
        [name] Full name|Participant|Attendee|Registrant
        [given_name] First name|Forename|Given names|First names
        [family_name] Last name|Surname|Family names
        [email] Email address|E-mail|Mail|Email Address
        [organisation] Organization|Affiliation|Institution|Company|Entity|Employer
        [position] Title or position|Job title|Function|Role
        [country] Nationality|Country of residence|Country name
        [country_code] ISO code|ISO country code
        [category] Participant category|Type of participant|Participant type
        [status] Registration state|Registration status|State|Decision
        [submitted_at] Registration date|Registered|Date of registration|Submitted at|Registered on
        [decided_by] Approved by
        [decided_at] Decision date|Decided at
        [reason] Decision reason
        [consent_to_be_listed] Listed|Consent|Agrees to be listed in the list of participants
        [attended] Checked in|Present|Attendance
        [private_notes] Notes|Comments|Remarks
        [source] Origin
       *[id] Dais id
    }
## The words a file may use for each registration status, besides the status's label, separated by |.
import-status-words =
    { $status ->
        [pending] Awaiting payment|Unpaid|Submitted|Open|New|Awaiting
        [waitlisted] Waitlist|Waiting|On hold
        [approved] Completed|Complete|Accepted|Confirmed|Registered
        [rejected] Refused|Declined|Denied
       *[cancelled] Withdrawn|Canceled
    }

## Why a file cannot be read ($detail: the system's or the reader's words, in English).
import-file-io = { $detail }
# $size and $most: megabytes.
import-file-too-large = it is { $size } MB, larger than the { $most } MB Dais reads
# $kind: PDF, PNG, gzip...
import-file-not-a-table = it is a { $kind } file, not a spreadsheet or a CSV
import-file-damaged = the spreadsheet is damaged or cut short ({ $detail })
import-file-unknown-encoding = { $encoding } is not an encoding Dais knows (try UTF-8, windows-1252, windows-1251, windows-1256 or GBK)
import-file-not-text = it is not text in the encoding read: choose its encoding, or save it again as CSV (UTF-8)
import-file-csv = the CSV is malformed ({ $detail })

## Why a programme's file cannot be read.
import-programme-unknown = it is neither an Indico export (timetable or event) nor a c3voc schedule (frab, pretalx)
import-programme-empty = it holds no entry with a time
import-programme-json = its JSON is malformed ({ $detail })
import-programme-xml = its XML is malformed ({ $detail })
# $kind: Indico's entryType.
import-programme-entry-type = it has an entry of a kind Dais does not know: { $kind }
import-programme-time = “{ $value }” is not a time Dais reads
import-programme-duration = “{ $value }” is not a duration such as 1:30

import-circular-not-docx = it is not a DOCX document Dais can read
import-circular-pdf = its PDF holds no text Dais can read (a scanned letter?): open the circular's DOCX, or paste its text
circular-session = Session { $number }
circular-side-event = Side event
circular-contact = Secretariat
import-indico-address = it is not the address of an Indico event (…/event/1234/) or of one of its exports (…/export/timetable/1234.json)
import-indico-unreachable = Indico cannot be reached ({ $reason })
import-indico-token = Indico refused the API token: give one made in Indico under My profile → API tokens, with the read:legacy_api scope
import-indico-status = Indico answered with the error { $status }
