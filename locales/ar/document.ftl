### The programme as a document (DOCX, PDF), in the shape of a circular's annex. The days, the roles (common.ftl's
### `role`) and the names of breaks come from elsewhere; dates are written by CLDR.

## The heading above the meeting's title.
doc-draft = مشروع البرنامج

## The document's own title, as a PDF reader shows it; $meeting is the meeting's short title.
doc-title = برنامج اجتماع { $meeting }

## A programme with no entry.
doc-no-entries = لا توجد بنود بعد.

## Under the meeting's dates: the time zone of every time shown ($zone: Europe/Zurich; $abbreviation: CET).
doc-times = جميع الأوقات مبينة بتوقيت { $zone } ({ $abbreviation }).

## The people of an entry with their role: "Chairs: Ms Ana Ribeiro, Mr Li Wei" ($role is common.ftl's `role`).
doc-people = { $role }: { $names }

## A saved programme's file name, before its extension ($meeting: the short title).
document-file-name = { $meeting } البرنامج
