list-column =
    { $column ->
        [name] الاسم
        [given_name] الاسم الأول
        [family_name] اسم العائلة
        [email] البريد الإلكتروني
        [organisation] المنظمة
        [position] المنصب
        [country] البلد
        [country_code] رمز البلد
        [category] الفئة
        [status] الحالة
        [submitted_at] تاريخ التقديم
        [decided_by] صاحب القرار
        [decided_at] تاريخ القرار
        [reason] السبب
        [source] المصدر
        [consent_to_be_listed] يوافق على إدراج اسمه في القائمة
        [attended] حضر
        [private_notes] ملاحظات داخلية
       *[id] معرّف التسجيل
    }
# A time column's header names the time zone its times are in, since a spreadsheet's dates have none.
list-column-in-zone = { $column } ({ $zone })
list-yes = نعم
list-no = لا
# The sheet's name in the XLSX file.
list-sheet = المشاركون

## A saved participants list's file name, before its extension ($day: YYYY-MM-DD).
list-file-name = { $meeting } المشاركون { $day }
