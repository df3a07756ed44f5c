### طرائق عرض التطبيق: التسجيلات (reg-)، والمتحدثون (spk-)، وموقع الفعالية والنشر (pub-)، والتعارضات (conf-).

## التسجيلات: رأس الصفحة.
reg-title = التسجيلات
reg-count =
    { $count ->
        [zero] لا توجد تسجيلات
        [one] تسجيل واحد
        [two] تسجيلان
        [few] { $count } تسجيلات
        [many] { $count } تسجيلًا
       *[other] { $count } تسجيل
    }
reg-charts = الرسوم البيانية
reg-list-open = قائمة المشاركين…
reg-fp-open = جهات الاتصال…
reg-add-open = إضافة تسجيل…
## عدد ما يجده البحث والمرشحات: الكل، أو $matching من أصل $total.
reg-matching-all =
    { $count ->
        [zero] لا توجد تسجيلات
        [one] التسجيل الوحيد
        [two] التسجيلان كلاهما
        [few] جميع التسجيلات الـ{ $count }
        [many] جميع التسجيلات الـ{ $count }
       *[other] جميع التسجيلات الـ{ $count }
    }
reg-matching =
    { $total ->
        [zero] { $matching } من أصل { $total } تسجيل
        [one] { $matching } من أصل تسجيل واحد
        [two] { $matching } من أصل تسجيلين
        [few] { $matching } من أصل { $total } تسجيلات
        [many] { $matching } من أصل { $total } تسجيلًا
       *[other] { $matching } من أصل { $total } تسجيل
    }
reg-select-matching = تحديد الكل ({ $count })

## التسجيلات: الجدول.
reg-column =
    { $column ->
        [name] الاسم
        [organisation] الجهة
        [country] البلد
        [category] الفئة
        [status] الحالة
       *[submitted] تاريخ التقديم
    }
reg-actions = الإجراءات
reg-caption = التسجيلات في { $event }
reg-select-shown = تحديد الصفوف المعروضة
reg-select = تحديد { $name }
reg-read-failed = تعذرت قراءة التسجيلات
reg-load-failed = تعذر تحميل التسجيلات: { $error }
reg-loading = جارٍ تحميل التسجيلات…
reg-loading-row = جارٍ التحميل…
reg-none = لا توجد تسجيلات حتى الآن.
reg-no-match = لا يوجد تسجيل مطابق.
reg-erase-open = محو…
reg-erase-aria = محو تسجيل { $name }
reg-erase-label = تأكيد محو تسجيل { $name }
reg-erase-question = هل تريد محو كل بيانات { $name } هنا وعلى موقع الفعالية وعلى كل حاسوب؟ لا يمكن التراجع عن ذلك.
reg-erase = محو
reg-erasing = جارٍ المحو…
reg-erase-failed = لم يُمحَ
reg-erased = مُحي تسجيل { $name }: سيختفي من موقع الفعالية ومن حاسوب كل منظِّم عند المزامنة التالية

## التسجيلات: البت في تسجيل واحد أو في التسجيلات المحددة.
reg-decide-selected = البت في التسجيلات المحددة
reg-selected =
    { $count ->
        [zero] لم يُحدَّد شيء
        [one] تحديد واحد
        [two] تحديدان
        [few] { $count } محددة
        [many] { $count } محددًا
       *[other] { $count } محدد
    }
reg-clear-selection = إلغاء التحديد
## ما يفعله كل زر من أزرار القرار.
reg-decide =
    { $status ->
        [approved] قبول
        [waitlisted] قائمة الانتظار
        [rejected] رفض…
        [cancelled] إلغاء التسجيل
       *[pending] إعادة إلى قيد النظر
    }
reg-cancel-many = إلغاء التسجيلات
reg-reject-reason = سبب الرفض
reg-reject =
    { $count ->
        [zero] رفض
        [one] رفض
        [two] رفض الاثنين
        [few] رفض الـ{ $count }
        [many] رفض الـ{ $count }
       *[other] رفض الـ{ $count }
    }
reg-back = رجوع
reg-deciding = جارٍ البت…
reg-decide-failed = لم يُبتّ
## يُعرض بعد القرار: $status اسم الحالة الجديدة (مقبول، مرفوض…).
reg-decided = { $status }: { $name }
reg-decided-many =
    { $count ->
        [zero] { $status }: لا توجد تسجيلات
        [one] { $status }: تسجيل واحد
        [two] { $status }: تسجيلان
        [few] { $status }: { $count } تسجيلات
        [many] { $status }: { $count } تسجيلًا
       *[other] { $status }: { $count } تسجيل
    }

## التسجيلات: قائمة المشاركين، محفوظة في جدول بيانات.
reg-list-title = قائمة المشاركين
reg-list-intro =
    { $count ->
        [zero] لا يعرض الجدول الآن أي تسجيل (ببحثه ومرشحاته). تُحفظ الخلايا التي تبدأ كصيغة نصًّا.
        [one] التسجيل الذي يعرضه الجدول الآن (ببحثه ومرشحاته)، يُحفظ في مجلد التنزيلات. تُحفظ الخلايا التي تبدأ كصيغة نصًّا.
        [two] التسجيلان اللذان يعرضهما الجدول الآن (ببحثه ومرشحاته)، بترتيبه، يُحفظان في مجلد التنزيلات. تُحفظ الخلايا التي تبدأ كصيغة نصًّا.
        [few] التسجيلات الـ{ $count } التي يعرضها الجدول الآن (ببحثه ومرشحاته)، بترتيبه، تُحفظ في مجلد التنزيلات. تُحفظ الخلايا التي تبدأ كصيغة نصًّا.
        [many] التسجيلات الـ{ $count } التي يعرضها الجدول الآن (ببحثه ومرشحاته)، بترتيبه، تُحفظ في مجلد التنزيلات. تُحفظ الخلايا التي تبدأ كصيغة نصًّا.
       *[other] التسجيلات الـ{ $count } التي يعرضها الجدول الآن (ببحثه ومرشحاته)، بترتيبه، تُحفظ في مجلد التنزيلات. تُحفظ الخلايا التي تبدأ كصيغة نصًّا.
    }
reg-list-columns = الأعمدة
reg-list-columns-failed = تعذرت قراءة الأعمدة
reg-list-no-column = اختر عمودًا واحدًا على الأقل
reg-list-format = الصيغة
reg-list-xlsx = Excel (XLSX)
reg-list-csv = CSV (UTF-8)
reg-list-save = حفظ القائمة
reg-list-writing = جارٍ كتابة القائمة…
reg-list-writing-short = جارٍ الكتابة…
reg-list-failed = لم يُحفظ
reg-list-saved =
    { $count ->
        [zero] لم يُحفظ أي مشارك في { $path }
        [one] حُفظ مشارك واحد في { $path }
        [two] حُفظ مشاركان في { $path }
        [few] حُفظ { $count } مشاركين في { $path }
        [many] حُفظ { $count } مشاركًا في { $path }
       *[other] حُفظ { $count } مشارك في { $path }
    }
reg-list-saved-in = حُفظت في:
reg-close = إغلاق

## التسجيلات: جهات الاتصال في الاجتماع، التي تقبل طلبات إدارتها.
reg-fp-title = جهات الاتصال في { $event }
reg-fp-intro = ينتظر طلبُ الإدارة جهةَ الاتصال الخاصة بها، التي يرسل إليها موقع الفعالية رابطًا خاصًّا لقبوله أو رفضه. أما طلب الإدارة التي ليست لها جهة اتصال فينتظر قرارك.
reg-fp-read-failed = تعذرت قراءة جهات الاتصال: { $error }
reg-fp-none = لا يوجد أي منها حتى الآن.
reg-fp-column =
    { $column ->
        [country] البلد
        [category] الفئة
        [name] الاسم
       *[email] البريد الإلكتروني
    }
reg-any-category = أي فئة
reg-fp-change = تعديل
reg-fp-remove-open = إزالة…
reg-fp-remove-aria = إزالة { $name }
reg-fp-remove-label = تأكيد إزالة { $name }
reg-fp-remove = إزالة
reg-fp-remove-failed = لم تُزل
reg-fp-removed = أُزيلت جهة الاتصال { $name }
reg-fp-form-add = إضافة جهة اتصال
reg-fp-form-change = تعديل جهة الاتصال
reg-fp-email-hint = يرسل الموقع الرابط إلى هذا العنوان
reg-fp-add = إضافة جهة الاتصال
reg-fp-save = حفظ
reg-fp-cancel = إلغاء
reg-fp-added = أُضيفت جهة الاتصال { $name }
reg-fp-changed = عُدّلت جهة الاتصال { $name }

## التسجيلات: الرسوم البيانية.
reg-charts-label = التسجيلات في رسوم بيانية
reg-chart-failed = تعذرت قراءة الأعداد: { $error }
reg-chart-counting = جارٍ العد…
reg-chart-none = لا توجد تسجيلات حتى الآن: تمتلئ الرسوم البيانية مع ورود الطلبات.
## $zone المنطقة الزمنية للاجتماع، مثل "Europe/Zurich".
reg-chart-days = الطلبات في اليوم ({ $zone })
reg-chart-days-label = الطلبات في اليوم، من { $first } إلى { $last }؛ { $most } في اليوم على الأكثر
reg-chart-day =
    { $count ->
        [zero] { $day }: لا طلبات
        [one] { $day }: طلب واحد
        [two] { $day }: طلبان
        [few] { $day }: { $count } طلبات
        [many] { $day }: { $count } طلبًا
       *[other] { $day }: { $count } طلب
    }
reg-chart-by =
    { $group ->
        [status] حسب الحالة
        [category] حسب الفئة
        [region] حسب المنطقة
       *[country] حسب البلد
    }
reg-chart-elsewhere = مناطق أخرى
reg-chart-other-countries =
    { $count ->
        [zero] لا بلدان أخرى
        [one] بلد آخر
        [two] بلدان آخران
        [few] { $count } بلدان أخرى
        [many] { $count } بلدًا آخر
       *[other] { $count } بلد آخر
    }

## التسجيلات: تسجيل واحد في نافذته.
reg-dialog-add = إضافة تسجيل
reg-dialog-title = تسجيل
reg-dialog-read-failed = تعذرت قراءة التسجيل: { $error }
reg-dialog-by-hand = مُدخل يدويًّا (مكالمة هاتفية، رسالة): يبقى قيد النظر حتى البت فيه، مثل التسجيلات الواردة من الاستمارة.
## $source طريقة وروده (استمارة الموقع، مُدخل يدويًّا…)؛ $at تاريخ تقديمه ووقته.
reg-dialog-submitted = { $source } · قُدّم في { $at }
## المنطقة الزمنية الخاصة بالمسجَّل، مثل "Europe/Paris".
reg-dialog-zone = بتوقيت { $zone }
## $message و$state الرسالة وحالتها (استلام الطلب، أُرسلت)؛ $at متى.
reg-dialog-mail = رسالة من موقع الفعالية: { $message }، { $state } { $at }
reg-dialog-decision = القرار
reg-dialog-as-submitted = عند التقديم
reg-dialog-decide = البت في تسجيل { $name }
reg-dialog-earlier = القرارات السابقة

## التسجيلات: البحث والمرشحات.
reg-filter-label = البحث عن التسجيلات
reg-search = بحث
reg-search-placeholder = الاسم أو البريد الإلكتروني أو الجهة
reg-filter =
    { $filter ->
        [category] الفئة
        [region] المنطقة
       *[country] البلد
    }
reg-any-region = أي منطقة
reg-any-country = أي بلد
reg-filter-status = عرض التسجيلات حسب الحالة

## التسجيلات: استمارة التسجيل (المُدخل يدويًّا أو المصحَّح).
reg-form-field =
    { $field ->
        [given_name] الاسم الأول
        [family_name] اسم العائلة
        [name_order] ترتيب الاسم
        [email] البريد الإلكتروني
        [organisation] الجهة
        [country] البلد
        [category] الفئة
        [position] المنصب
       *[private_notes] ملاحظات داخلية
    }
reg-form-email-hint = خاص: لا يُنشر أبدًا
reg-form-notes-hint = للمنظِّمين فقط
reg-form-attended = حضر
reg-form-saving = جارٍ الحفظ…
reg-form-save = حفظ
reg-form-add = إضافة التسجيل
reg-form-saved = حُفظ تسجيل { $name }
reg-form-added = أُضيف تسجيل { $name }

## المتحدثون: الجدول.
spk-title = المتحدثون
spk-count =
    { $count ->
        [zero] لا يوجد متحدثون
        [one] متحدث واحد
        [two] متحدثان
        [few] { $count } متحدثين
        [many] { $count } متحدثًا
       *[other] { $count } متحدث
    }
spk-unlisted-count =
    { $count ->
        [zero] لا أحد خارج الموقع العام
        [one] واحد خارج الموقع العام
        [two] اثنان خارج الموقع العام
        [few] { $count } خارج الموقع العام
        [many] { $count } خارج الموقع العام
       *[other] { $count } خارج الموقع العام
    }
spk-add = إضافة متحدث
spk-new-failed = تعذر بدء متحدث جديد
spk-load-failed = تعذر تحميل المتحدثين: { $error }
spk-loading = جارٍ تحميل المتحدثين…
spk-none = لا يوجد متحدثون حتى الآن. أضف أولهم بزر "إضافة متحدث".
spk-caption = المتحدثون في { $event }
spk-column =
    { $column ->
        [name] الاسم
        [position] المنصب
        [organisation] الجهة
        [country] البلد
        [status] الحالة
       *[public] الموقع العام
    }
spk-actions = الإجراءات
## $reason من النواة، مثل "غير مؤكَّد".
spk-left-out = غير مُدرج: { $reason }
spk-listed = مُدرج
spk-edit = تعديل
spk-edit-aria = تعديل { $name }

## المتحدثون: استمارة المتحدث.
spk-form-new = متحدث جديد
spk-form-title = المتحدث: { $name }
spk-field =
    { $field ->
        [honorific] اللقب
        [given_name] الاسم الأول
        [family_name] اسم العائلة
        [name_order] ترتيب الاسم
        [position] المنصب
        [organisation] الجهة
        [country] البلد
        [status] الحالة
        [consent_to_publish] يوافق على النشر
        [bio] السيرة الذاتية
        [photo] الصورة
        [links] الروابط
        [email] البريد الإلكتروني
       *[private_notes] ملاحظات
    }
spk-publication = على الموقع العام
spk-publication-hint = يُدرج الموقع المتحدث ويذكر اسمه في البرنامج متى تحقق الشرطان: مؤكَّد، وموافق على النشر.
## $reason من النواة، مثل "غير مؤكَّد".
spk-unlisted = بحسب ما حُفظ، غير مُدرج في الموقع العام: { $reason }.
spk-photo-note = JPEG أو PNG أو WebP أو GIF حتى 20 ميغابايت؛ يُحتفظ بالمربع الأوسط منها
spk-photo-first = احفظ المتحدث أولًا، ثم اختر صورته.
spk-photo-alt = صورة { $name }
spk-photo-remove = إزالة الصورة
spk-photo-saved = حُفظت صورة { $name }
spk-photo-removed = أُزيلت صورة { $name }
spk-photo-failed = لم تُحفظ الصورة
spk-links-note = رابط في كل سطر
spk-roles = الأدوار في البرنامج
spk-roles-first = احفظ المتحدث أولًا، ثم أسند إليه أدوارًا.
spk-roles-none = لا أدوار حتى الآن.
spk-role-remove = إزالة
## $role اسم الدور (الرئيس، المتحدث…)؛ $entry وقت البند وعنوانه.
spk-role-remove-aria = إزالة دور { $role } في { $entry }
spk-role-add-label = إضافة دور
spk-role-entry = البند
spk-role-choose = — اختر بندًا —
spk-role-kind = الدور
spk-role-add = إضافة الدور
spk-role-no-entry = اختر بندًا من البرنامج.
spk-role-added = أُضيف دور { $role }
spk-role-removed = أُزيل دور { $role }
spk-entry-gone = بند لم يعد في البرنامج
spk-remove-failed = لم يُزل
spk-delete-open = حذف…
spk-delete-label = تأكيد الحذف
spk-delete-question = هل تريد حذف هذا المتحدث وأدواره؟
spk-delete = حذف
spk-delete-failed = لم يُحذف
spk-deleted = حُذف المتحدث
spk-cancel = إلغاء
spk-saving = جارٍ الحفظ…
spk-save = حفظ المتحدث
spk-saved = حُفظ { $name }

## موقع الفعالية، في الشريط الجانبي.
pub-site = موقع الفعالية
## $at وقت بمنطقته الزمنية، مثل "18:02 CET".
pub-last-sync = آخر مزامنة في { $at }
pub-published = نُشر الإصدار { $version }
pub-published-at = في { $at }
pub-programme = البرنامج العام
pub-opens-in-browser = (يُفتح في المتصفح)
pub-open-failed = تعذر فتح الصفحة
pub-publish-open = نشر…
pub-sync = مزامنة
pub-syncing = جارٍ المزامنة…
pub-set-site = تحديد موقع الفعالية…

## النشر: ما سيُرسل، ثم الإصدار الذي أُنشئ.
pub-title = نشر
pub-title-next = نشر الإصدار { $version }
pub-title-done = الإصدار { $version } متاح للجمهور
pub-reading = جارٍ قراءة البرنامج…
pub-public-sees = يرى الجمهور الإصدار { $version }.
pub-nothing-public = لم يُنشر شيء من هذا الاجتماع بعد.
pub-withdrawn = هذا الاجتماع مسحوب من الموقع العام.
## $at تاريخ النشر ووقته.
pub-done = نُشر الإصدار { $version } في { $at }.
pub-open = فتح البرنامج العام
pub-in-browser = (في المتصفح)
pub-changes = ما سيراه الجمهور من تغييرات
pub-no-changes = لم يتغير شيء منذ الإصدار { $version }.
pub-left-out = متحدثون غير مُدرجين في الموقع العام
pub-left-out-why = يُدرج الموقع المتحدث متى كان مؤكَّدًا وموافقًا على النشر؛ غيّر أيًّا منهما في صفحة المتحدثين.
## متحدث غير مُدرج، والسبب (عبارة النواة، مثل "غير مؤكَّد").
pub-left-out-one = { $name }: { $reason }
pub-errors = ما يجب تصحيحه قبل النشر
pub-warnings = ما يجب التحقق منه
pub-warnings-confirm = تحققت من ذلك، انشر على أي حال
pub-fields = ما يصبح متاحًا للجمهور
pub-fields-private = لا يشمل ذلك أي بريد إلكتروني أو ملاحظة داخلية أو تسجيل: لا يذهب إلى موقع الفعالية إلا ما هو مدرج هنا.
pub-kept = ما يحتفظ به الموقع لعمله، دون أن يعرضه أبدًا
pub-not-shared = هذا الاجتماع موجود على هذا الحاسوب فقط: نشره يُشركه مع موقع الفعالية والمنظِّمين الآخرين.
pub-versions = الإصدارات المنشورة ({ $count })
## $at التاريخ والوقت، $by المنظِّم الذي نشر.
pub-version = الإصدار { $version }، { $at }، بواسطة { $by }
pub-version-withdrawn = سُحب من الموقع العام، { $at }، بواسطة { $by }
pub-close = إغلاق
pub-cancel = إلغاء

## التعارضات: قيم خسرت أمام تعديل منظِّم آخر للحقل نفسه.
conf-title = التعارضات
conf-subtitle = قيم خسرت أمام تعديل منظِّم آخر
conf-counts =
    { $open ->
        [zero] لا تعارضات مفتوحة · { $count } في المجموع
        [one] تعارض واحد مفتوح · { $count } في المجموع
        [two] تعارضان مفتوحان · { $count } في المجموع
        [few] { $open } مفتوحة · { $count } في المجموع
        [many] { $open } مفتوحًا · { $count } في المجموع
       *[other] { $open } مفتوح · { $count } في المجموع
    }
conf-intro = عندما يغيّر منظِّمان الحقل نفسه قبل المزامنة، يُحتفظ بالتغيير الأحدث ويُدرج الآخر هنا. يعيد زر "استعادة" القيمة بوصفها تغييرًا جديدًا منك يصل إلى الآخرين عند المزامنة التالية.
conf-load-failed = تعذر تحميل التعارضات: { $error }
conf-load-failed-status = تعذر تحميل التعارضات
conf-loading = جارٍ تحميل التعارضات…
conf-none = لا توجد تعارضات: لم يُستبدل شيء مما كتبه أحد.
## هل ما زالت القيمة الفائزة قائمة.
conf-state =
    { $open ->
        [yes] مفتوح
       *[no] محسوم
    }
conf-settled-why = عُدّل الحقل منذ ذلك الحين
conf-lost = الخاسرة
conf-kept =
    { $open ->
        [yes] المُحتفظ بها
       *[no] كان مُحتفظًا بها
    }
## $author من كتب القيمة، $at متى.
conf-by = بواسطة { $author }، { $at }
conf-restore = استعادة
conf-restoring = جارٍ الاستعادة…
conf-restored = استُعيدت؛ تصل إلى الآخرين عند المزامنة التالية
conf-restore-failed = لم تُستعد
## $field اسم الحقل، $subject ما يمثله الصف (البند "الافتتاح").
conf-restore-label = استعادة القيمة الخاسرة لحقل { $field } في { $subject }
conf-empty = (فارغ)
conf-none-value = (لا شيء)
conf-yes = نعم
conf-no = لا
## اسم الحقل؛ $name اسم الحقل نفسه مقروءًا، لحقل لا يُسمّى هنا.
conf-field =
    { $field ->
        [title] العنوان
        [short_title] العنوان المختصر
        [description] الوصف
        [kind] النوع
        [format] الشكل
        [zone] المنطقة الزمنية
        [starts_on] اليوم الأول
        [ends_on] اليوم الأخير
        [venue] المكان
        [languages] اللغات
        [organiser] المنظِّم
        [audience] من يحق له المشاركة
        [registration] قواعد التسجيل
        [eligible_categories] فئات المشاركين
        [contacts] جهات التواصل
        [reference] الوثيقة المرجعية
        [website] الموقع الإلكتروني
        [online_link] رابط المشاركة عن بُعد
        [slot] الأوقات والمكان
        [public] معلَّم بأنه عام
        [honorific] اللقب
        [given_name] الاسم الأول
        [family_name] اسم العائلة
        [position] المنصب
        [organisation] الجهة
        [country] البلد
        [bio] السيرة الذاتية
        [links] الروابط
        [photo] الصورة
        [email] البريد الإلكتروني
        [status] الحالة
        [consent_to_publish] الموافقة على النشر
        [private_notes] ملاحظات
        [role] الدور
        [category] الفئة
        [attended] الحضور
        [decision] القرار
        [name] الاسم
       *[other] { $name }
    }

## موضوع التعارض: صفه وعنوانه أو اسمه (من وضع المنظمين).
conflict-subject =
    { $thing ->
        [meeting] الاجتماع «{ $name }»
        [entry] البند «{ $name }»
        [speaker] المتحدث { $name }
        [registration] تسجيل { $name }
        [focal_point] جهة الاتصال { $name }
        [translation] الترجمة «{ $name }»
        [role] دور
       *[other] { $thing }
    }

## استيراد التسجيلات من ملف.
reg-import-open = استيراد…
reg-import-title = استيراد التسجيلات
reg-import-intro = من جدول إلكتروني أو ملف CSV: تصدير نظام آخر (Indico، أداة استمارات، نظام لإدارة العلاقات) أو قائمة مشاركين. لا يُكتب شيء قبل الاستيراد.
reg-import-file = الملف
reg-import-file-hint = CSV أو Excel (XLSX، XLS) أو OpenDocument (ODS)
reg-import-reading = جارٍ قراءة الملف…
reg-import-first-screen = الصفوف الأولى. جارٍ قراءة بقية الملف للأعداد وكل مشكلة…
reg-import-read-failed = تعذرت قراءة الملف
reg-import-csv = ملف CSV بترميز { $encoding }، والفاصل { $separator }
reg-import-workbook = مصنف { $kind }
reg-import-encoding = الترميز
reg-import-sheet = الورقة
reg-import-sheet-choice = { $name } · { $rows }
reg-import-columns = حقل كل عمود
reg-import-remembered = كما في آخر ملف بهذه العناوين.
reg-import-left-out = مستبعد
reg-import-duplicates = صف فيه البريد الإلكتروني لتسجيل في هذا الاجتماع
reg-import-on-duplicate =
    { $choice ->
        [update] تحديث الحقول المختلفة
        [skip] ترك التسجيل كما هو
       *[keep_both] إضافة الصف بجانبه
    }
reg-import-counts = الصفوف: { $rows } · للإضافة: { $add } · للتحديث: { $update } · دون تغيير: { $unchanged } · متجاوزة: { $skip } · بجانب مطابق: { $keep_both } · مرفوضة: { $refused }
reg-import-problems = المشكلات
reg-import-problem = الصف { $row }، { $header }: { $message }
reg-import-problem-row = الصف { $row }: { $message }
reg-import-more-problems = و{ $count } أخرى
reg-import-skip-row = تجاوز الصف { $row }
reg-import-rows = الصفوف الأولى كما ستُحفظ
reg-import-row = الصف
reg-import-what = الاستيراد
reg-import-action =
    { $action ->
        [add] إضافة
        [update] تحديث
        [unchanged] دون تغيير
        [skip] تجاوز
        [refused] مرفوض
       *[keep_both] إضافة بجانبه
    }
reg-import-refused-hint = صحح الصفوف المرفوضة في الملف ثم اختره من جديد، أو تجاوزها.
reg-import-submit = استيراد
reg-import-importing = جارٍ الاستيراد…
reg-import-progress = كُتب { $done } من { $total } صفاً
reg-import-stop = إيقاف: لا يُكتب شيء
reg-import-failed = لم يُستورد
reg-import-done = تم الاستيراد: أضيف { $add } وحُدّث { $update }. تحرير ← تراجع يعيده كما كان.

## استيراد برنامج من نظام آخر.
prog-import-open = استيراد…
prog-import-title = استيراد برنامج
prog-import-intro = من Indico (تصدير الجدول الزمني أو الحدث)، أو برنامج c3voc (frab، pretalx)، أو تصدير من Dais. تصبح الجلسات كتلاً ببنودها، ويرأس المنسقون، ويتحدث المتحدثون؛ والبند المستورد سابقاً من المصدر نفسه يُعدَّل ولا يُنسخ. لا يُكتب شيء قبل الاستيراد.
prog-import-file = الملف
prog-import-file-hint = JSON أو XML
prog-import-indico = أو اجلبه من Indico
prog-import-indico-address = عنوان الحدث
prog-import-indico-address-hint = صفحته (…/event/1234/) أو أحد تصديراته
prog-import-indico-token = رمز واجهة البرمجة
prog-import-indico-token-hint = لحدث غير عام: ملفي الشخصي ← رموز واجهة البرمجة في Indico، بنطاق read:legacy_api
prog-import-indico-fetch = جلب
prog-import-reading = جارٍ قراءة الملف…
prog-import-read-failed = تعذرت قراءة الملف
prog-import-summary = { $format ->
        [indico_timetable] جدول Indico الزمني
        [indico_event] تصدير حدث من Indico
        [schedule_xml] برنامج c3voc (XML)
        [schedule_json] برنامج c3voc (JSON)
       *[dais] تصدير من Dais
    }. بنود للإضافة: { $added } · للتعديل: { $changed } · دون تغيير: { $unchanged } · متحدثون جدد: { $speakers }
prog-import-added = للإضافة
prog-import-changed = للتعديل
prog-import-new-speakers = متحدثون جدد
prog-import-field = { $field ->
        [title] العنوان
        [description] الوصف
        [slot] الوقت أو المكان
        [kind] النوع
        [block_id] الكتلة
       *[roles] الأشخاص
    }
prog-import-submit = استيراد
prog-import-importing = جارٍ الاستيراد…
prog-import-failed = لم يُستورد
prog-import-done = تم الاستيراد: بنود مضافة { $added }، ومعدلة { $changed }. تحرير ← تراجع يعيده كما كان.

## The meeting on the organisation's website (WebsiteEmbeds.svelte)
web-title = على موقع منظمتكم
web-intro = الصق أحد هذه المقتطفات في صفحة من موقعك: يعرض الاجتماع كما نُشر، وكل نسخة جديدة فور نشرها.
web-part = { $part ->
    [programme] البرنامج
    [speakers] المتحدثون
   *[registration] استمارة التسجيل
}
web-copy = نسخ
web-copied = نُسخ.
web-form-origins = لا تظهر استمارة التسجيل إلا على المواقع التي تسمح بها إعدادات موقع الحدث (مصادر التضمين): اطلب ممن يدير موقع الحدث إضافة موقعك.
web-save-files = حفظ الموقع العام كملفات…
web-saving = جارٍ الحفظ…
web-saved = حُفظ { $files } ملفًا في { $path }: يمكن لأي خادم ويب تقديم هذا المجلد كما هو.
