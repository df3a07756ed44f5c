### The participants list (CSV and XLSX): its header row and the words of its cells.

list-column =
    { $column ->
        [name] Name
        [given_name] Given name
        [family_name] Family name
        [email] Email
        [organisation] Organisation
        [position] Position
        [country] Country
        [country_code] Country code
        [category] Category
        [status] Status
        [submitted_at] Submitted
        [decided_by] Decided by
        [decided_at] Decided
        [reason] Reason
        [source] Source
        [consent_to_be_listed] Agrees to be listed
        [attended] Attended
        [private_notes] Private notes
       *[id] Registration id
    }
# A time column's header names the time zone its times are in, since a spreadsheet's dates have none.
list-column-in-zone = { $column } ({ $zone })
list-yes = Yes
list-no = No
# The sheet's name in the XLSX file.
list-sheet = Participants

## A saved participants list's file name, before its extension ($day: YYYY-MM-DD).
list-file-name = { $meeting } participants { $day }
