### The programme as a document (DOCX, PDF), in the shape of a circular's annex. The days, the roles (common.ftl's
### `role`) and the names of breaks come from elsewhere; dates are written by CLDR.

## The heading above the meeting's title.
doc-draft = 日程草案

## The document's own title, as a PDF reader shows it; $meeting is the meeting's short title.
doc-title = { $meeting }会议日程

## A programme with no entry.
doc-no-entries = 尚无条目。

## Under the meeting's dates: the time zone of every time shown ($zone: Europe/Zurich; $abbreviation: CET).
doc-times = 所有时间均为 { $zone }（{ $abbreviation }）时间。

## The people of an entry with their role: "Chairs: Ms Ana Ribeiro, Mr Li Wei" ($role is common.ftl's `role`).
doc-people = { $role }：{ $names }

## A saved programme's file name, before its extension ($meeting: the short title).
document-file-name = { $meeting } 日程
