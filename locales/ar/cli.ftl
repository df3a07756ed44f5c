### ما يعرضه سطر الأوامر `dais` للناس (مع `--json`، رسائل الأخطاء فقط).

## الإخفاقات.
cli-invalid-input = مدخلات غير صالحة:
cli-error-initialised = مساحة العمل { $path } مهيأة بالفعل: تضم { $events }؛ ولا يغيّرها `dais init`
cli-error-no-meeting = لا تضم مساحة العمل { $path } أي اجتماع؛ ينشئ `dais init --demo` الاجتماع التجريبي
cli-error-io = تتعذر كتابة { $path }: { $reason }
cli-error-no-site = ليس لمساحة العمل هذه موقع للحدث بعد: `dais site --url URL --token الرمز`
cli-error-unconfirmed = لم يُنشر: في البرنامج تحذيرات ({ $warnings })؛ ينشر `--yes` رغم ذلك

## تم.
cli-saved = حُفظ: { $what } ({ $id })
cli-deleted = حُذف: { $what } ({ $id })
cli-role-saved = حُفظ: { $speaker } هو { $role } في { $entry } ({ $id })
cli-role-removed = لم يعد { $speaker } { $role } في { $entry } ({ $id })
cli-entry-no-roles = لا يوجد أحد في { $entry } بعد؛ يسند `dais entry role add` دوراً.
cli-meeting-no-roles = لا أحد له دور في { $meeting } بعد.
cli-archived = أُرشف: { $what } ({ $id })
cli-unarchived = أُعيد من الأرشيف: { $what } ({ $id })
cli-exported = صُدّر { $meeting } إلى { $file }

## ما يرفضه سطر الأوامر.
cli-capacity-not-a-number = السعة عدد من الأشخاص
cli-delete-meeting-unconfirmed = سيُحذف { $meeting } مع برنامجه ومتكلميه وتسجيلاته: أضف --yes

## البرنامج ونشره.
cli-programme-written = كُتب برنامج { $meeting } في { $file }
cli-no-zone-found = لا توجد منطقة زمنية تطابق "{ $search }": جرّب مدينة أو بلداً
cli-publish-unchanged = لم يتغير شيء: تبقى النسخة { $version } منشورة: { $page }
cli-published = نُشرت النسخة { $version }: { $page }
cli-withdrawn = سُحب { $meeting } من الموقع العام حتى النشر التالي
cli-not-withdrawn = لم يكن { $meeting } على الموقع العام

## التسجيلات.
cli-decided =
    { $count ->
        [zero] { $status }: لا تسجيلات، قرّر ذلك { $by }
        [one] { $status }: تسجيل واحد، قرّر ذلك { $by }
        [two] { $status }: تسجيلان، قرّر ذلك { $by }
        [few] { $status }: { $count } تسجيلات، قرّر ذلك { $by }
        [many] { $status }: { $count } تسجيلاً، قرّر ذلك { $by }
       *[other] { $status }: { $count } تسجيل، قرّر ذلك { $by }
    }
cli-registration-saved = حُفظ تسجيل { $given } { $family } ({ $id })
cli-registration-erased = مُحي تسجيل { $given } { $family } ({ $id })؛ ويُزال من موقع الحدث عند المزامنة التالية
cli-list-format-unknown = { $file } ليس ملف ‎.csv ولا ‎.xlsx: حدّد --format
cli-xlsx-needs-file = يُكتب ملف XLSX في ملف: حدّد --out الملف
cli-list-written =
    { $count ->
        [zero] كُتبت قائمة مشاركي { $meeting }: لا صفوف في { $file }
        [one] كُتبت قائمة مشاركي { $meeting }: صف واحد في { $file }
        [two] كُتبت قائمة مشاركي { $meeting }: صفان في { $file }
        [few] كُتبت قائمة مشاركي { $meeting }: { $count } صفوف في { $file }
        [many] كُتبت قائمة مشاركي { $meeting }: { $count } صفاً في { $file }
       *[other] كُتبت قائمة مشاركي { $meeting }: { $count } صف في { $file }
    }
cli-list-printed =
    { $count ->
        [zero] كُتبت قائمة مشاركي { $meeting }: لا صفوف في المخرج القياسي
        [one] كُتبت قائمة مشاركي { $meeting }: صف واحد في المخرج القياسي
        [two] كُتبت قائمة مشاركي { $meeting }: صفان في المخرج القياسي
        [few] كُتبت قائمة مشاركي { $meeting }: { $count } صفوف في المخرج القياسي
        [many] كُتبت قائمة مشاركي { $meeting }: { $count } صفاً في المخرج القياسي
       *[other] كُتبت قائمة مشاركي { $meeting }: { $count } صف في المخرج القياسي
    }
cli-error-offline =
    { $count ->
        [zero] غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })؛ لا تغييرات في الانتظار
        [one] غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })؛ تغيير واحد في الانتظار
        [two] غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })؛ تغييران في الانتظار
        [few] غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })؛ { $count } تغييرات في الانتظار
        [many] غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })؛ { $count } تغييراً في الانتظار
       *[other] غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })؛ { $count } تغيير في الانتظار
    }

## المتكلمون.
cli-photo-unreadable = تتعذر قراءة { $file }: { $reason }
cli-photo-saved = حُفظت صورة { $speaker } ({ $id })
cli-photo-removed = حُذفت صورة { $speaker } ({ $id })

## موقع الحدث والمزامنة.
cli-site-keychain = الموقع { $url }؛ يُحفظ الرمز في سلسلة مفاتيح النظام
cli-site-token-file = الموقع { $url }؛ يُحفظ الرمز في { $file } (لا توجد سلسلة مفاتيح هنا)
cli-shared = شورك { $meeting }: يصل إلى موقع الحدث عند المزامنة التالية
cli-shared-already = { $meeting } مشارَك بالفعل
cli-restored = استُعيد؛ ويصل إلى الآخرين عند المزامنة التالية
cli-error-no-workspace = يتعذر فتح مساحة العمل { $path }: لا توجد مساحة عمل هناك؛ ينشئ `dais init` واحدة

## التراجع والإعادة.
cli-undo-state = تراجع: { $undo }
    إعادة: { $redo }
cli-undo-nothing = لا شيء
cli-undone = تم التراجع عن: { $step }
cli-redone = أُعيد: { $step }
cli-nothing-to-undo = لا شيء للتراجع عنه في { $meeting }
cli-nothing-to-redo = لا شيء لإعادته في { $meeting }

## مساحة العمل.
cli-init =
    { $done ->
        [initialised] هُيئت مساحة العمل { $path }
       *[created] أُنشئت مساحة العمل { $path }
    }
cli-init-demo =
    { $done ->
        [initialised] هُيئت مساحة العمل { $path }، مع الاجتماع التجريبي { $meeting } ({ $id })
       *[created] أُنشئت مساحة العمل { $path }، مع الاجتماع التجريبي { $meeting } ({ $id })
    }
cli-organiser = تُسجَّل القرارات باسم { $name }

## جهات الاتصال.
cli-focal-point-saved = عُدّلت جهة الاتصال { $name } ({ $id })
cli-focal-point-removed = حُذفت جهة الاتصال { $name } ({ $id })

## عناوين الأعمدة.
cli-column-id = المعرِّف
cli-column-meeting = الاجتماع
cli-column-side-event = الحدث الجانبي
cli-column-date = التاريخ
cli-column-zone = المنطقة الزمنية
cli-column-name = الاسم
cli-column-organisation = المنظمة
cli-column-country = البلد
cli-column-status = الحالة
cli-column-consent = الموافقة
cli-column-public-site = الموقع العام
cli-column-role = الدور
cli-column-speaker = المتكلم
cli-column-entry = البند
cli-column-category = الفئة
cli-column-email = البريد الإلكتروني
cli-column-when = الوقت
cli-column-state = الوضع

## القوائم.
cli-no-meetings = لا توجد اجتماعات بعد؛ ينشئ `dais init --demo` الاجتماع التجريبي.
cli-no-side-events = ليس لـ { $meeting } أحداث جانبية؛ ينشئ `dais meeting new --part-of { $id }` حدثاً.
cli-archived-meeting = { $meeting } (مؤرشف)
cli-no-speakers = لا يوجد متكلمون بعد.
cli-yes = نعم
cli-no = لا
cli-left-out = غير مدرج: { $reason }
cli-listed = مدرج
cli-moved = نُقل { $entry } ({ $id }) إلى { $start } - { $end }
cli-no-registrations = لا توجد تسجيلات بعد.
cli-no-registration-matches =
    { $count ->
        [zero] لا توجد تسجيلات مطابقة.
        [one] التسجيل الوحيد لا يطابق.
        [two] لا يطابق أيٌّ من التسجيلين.
        [few] لا يطابق أيٌّ من التسجيلات البالغ عددها { $count }.
        [many] لا يطابق أيٌّ من التسجيلات البالغ عددها { $count }.
       *[other] لا يطابق أيٌّ من التسجيلات البالغ عددها { $count }.
    }
cli-status-count = { $status }: { $count }
cli-registrations-matching =
    { $count ->
        [zero] { $matching } من { $count } تسجيل: { $counts }
        [one] { $matching } من { $count } تسجيل: { $counts }
        [two] { $matching } من { $count } تسجيل: { $counts }
        [few] { $matching } من { $count } تسجيلات: { $counts }
        [many] { $matching } من { $count } تسجيلاً: { $counts }
       *[other] { $matching } من { $count } تسجيل: { $counts }
    }
cli-registrations-count =
    { $count ->
        [zero] لا تسجيلات
        [one] تسجيل واحد
        [two] تسجيلان
        [few] { $count } تسجيلات
        [many] { $count } تسجيلاً
       *[other] { $count } تسجيل
    }
cli-by-status = حسب الحالة
cli-by-category = حسب الفئة
cli-by-region = حسب المنطقة
cli-elsewhere = مناطق أخرى
cli-by-country = حسب البلد
cli-by-day = حسب يوم الطلب
cli-no-focal-points = ليس لـ { $meeting } جهات اتصال: يبتّ المنظمون في كل طلب. يضيف `dais focal-point add` جهة اتصال.
cli-any-category = أي فئة

## البرنامج.
cli-times-in-zone = الأوقات بتوقيت { $zone }.
cli-times-in-two-zones = الأوقات بتوقيت { $zone }، وبجانبها بتوقيت { $viewer }.
cli-no-entries = لا توجد بنود بعد.
cli-draft-entry = { $entry } [مسودة]
cli-warnings = تحذيرات:

## تسجيل واحد.
cli-submitted = قُدّم في { $when } ({ $source })
cli-notes = ملاحظات: { $notes }
cli-mail = البريد: { $message }، { $state }، { $when }
cli-mail-failed = البريد: { $message }، { $state }، { $when }: { $error }
cli-decisions = القرارات:
cli-decision = { $status }  { $when }  بقرار من { $by }
cli-decision-reason = { $status }  { $when }  بقرار من { $by }: { $reason }

## المزامنة والتعارضات.
cli-synced =
    { $conflicts ->
        [zero] تمت المزامنة: أُرسل { $sent } تغيير، ووردت { $received } صفوف
        [one] تمت المزامنة: أُرسل { $sent } تغيير، ووردت { $received } صفوف، وتعارض جديد واحد (انظر `dais conflicts`)
        [two] تمت المزامنة: أُرسل { $sent } تغيير، ووردت { $received } صفوف، وتعارضان جديدان (انظر `dais conflicts`)
        [few] تمت المزامنة: أُرسل { $sent } تغيير، ووردت { $received } صفوف، و{ $conflicts } تعارضات جديدة (انظر `dais conflicts`)
        [many] تمت المزامنة: أُرسل { $sent } تغيير، ووردت { $received } صفوف، و{ $conflicts } تعارض جديد (انظر `dais conflicts`)
       *[other] تمت المزامنة: أُرسل { $sent } تغيير، ووردت { $received } صفوف، و{ $conflicts } تعارض جديد (انظر `dais conflicts`)
    }
cli-site-was-restored = كان موقع الحدث قد استُعيد من نسخة سابقة: أُرسلت إليه بيانات مساحة العمل هذه مجدداً، وأُعيد تحميل بياناته.
cli-no-site-set = لا يوجد (حدّده بالأمر `dais site`)
cli-status = موقع الحدث: { $site }
    التغييرات المنتظرة: { $waiting }
cli-no-conflicts = لا توجد تعارضات
cli-conflict-settled = { $id } (سُوّي)
cli-conflict = { $field } في { $subject }: القيمة { $value } التي كتبها { $author } في { $lost_at } حلّت محلها القيمة { $winner_value } التي كتبها { $winner_author } في { $won_at }

## المعاينة والنسخ المنشورة.
cli-preview-public = يرى الجمهور النسخة { $version }. ينشئ النشر النسخة { $next }:
cli-preview-first = لم يُنشر شيء بعد. ينشئ النشر النسخة 1:
cli-preview-withdrawn = الاجتماع مسحوب من الموقع العام. ينشئ النشر النسخة { $next }:
cli-preview-nothing-changed = لم يتغير شيء
cli-preview-unlisted-speakers = متكلمون غير مدرجين في الموقع العام (يدرج الموقع من أكّدوا مشاركتهم ووافقوا على النشر):
cli-preview-public-fields = ما يصبح عاماً (لا بريد إلكتروني ولا ملاحظة خاصة ولا تسجيل):
cli-preview-kept-fields = ما يحتفظ به الموقع لعمله ولا يعرضه أبداً:
cli-preview-not-shared = هذا الاجتماع على هذا الحاسوب فقط: يشاركه النشر مع موقع الحدث.
cli-preview-error = { $problem } (وهذا يمنع النشر)
cli-not-published = لم يُنشر { $meeting } (تصل النسخ مع كل مزامنة)
cli-version-withdrawn = سُحب من الموقع العام في { $when } بقرار من { $by }
cli-version = النسخة { $version }، { $when }، بقرار من { $by }
cli-version-public = { $meeting }: النسخة { $version } منشورة.
cli-not-published-yet = { $meeting }: لم يُنشر بعد.
cli-entry-published = نُشر في النسخة { $version }
cli-entry-changed-since = تغيّر منذ النسخة { $version }
cli-entry-new = جديد: يضيفه النشر التالي
cli-entry-held-back = محجوب: جلسته مسودة
cli-entry-draft = مسودة
cli-translated = أصبح الحقل { $field } متاحًا باللغة { $language }
cli-untranslated = لم يعد الحقل { $field } متاحًا باللغة { $language }؛ يرى قرّاؤها النص الأصلي
cli-no-translations = لا توجد نصوص لهذا الاجتماع بلغات أخرى

## dais registration import
cli-import-csv = { $file }: ملف CSV بترميز { $encoding }، والفاصل { $separator }
cli-import-workbook = { $file }: مصنف { $kind }
cli-import-sheet = الورقة { $number }، { $name }: عدد الصفوف { $rows }
cli-import-left-out = (مستبعد)
cli-import-counts = الصفوف: { $rows }. المضافة: { $add }. المحدّثة: { $update }. دون تغيير: { $unchanged }. المتجاوزة: { $skip }. المحتفظ بها بجانب مطابق: { $keep_both }. المرفوضة: { $refused }.
cli-import-problem = الصف { $row }، { $header }: { $problem }
cli-import-problem-row = الصف { $row }: { $problem }
cli-import-more-problems = و{ $count } أخرى
cli-import-done = استورد إلى { $meeting } (خطوة واحدة للأمر dais undo).
cli-import-no-header = ليس في الملف عمود عنوانه «{ $header }»
cli-import-row = «{ $given }» ليس رقم صف مع ما يجب فعله به، مثل 7=skip (add أو update أو skip أو keep_both)
cli-import-map = «{ $given }» ليس عنواناً مع حقل، مثل Affiliation=organisation أو Notes=none

## dais import-programme
cli-programme-import-would = سيُستورد إلى { $meeting }: بنود مضافة { $added }، ومعدلة { $changed }، ودون تغيير { $unchanged }؛ ومتحدثون جدد { $speakers }.
cli-programme-import-done = استورد إلى { $meeting } (خطوة واحدة للأمر dais undo): بنود مضافة { $added }، ومعدلة { $changed }، ودون تغيير { $unchanged }؛ ومتحدثون جدد { $speakers }.

## dais meeting read-circular
cli-circular-missing = غير مذكور في الرسالة: { $field }. أدخله عند إنشاء الاجتماع.
# dais site-files: the public site written as files.
cli-site-files = كُتب { $files } ملفًا في { $folder }: يمكن لأي خادم ويب تقديم المجلد كما هو.
