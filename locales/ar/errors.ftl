### ما ترفضه قواعد Dais وسبب ذلك: يظهر بجانب الحقل أو في مربع حوار أو في سطر الأوامر.

## حقل متروك فارغاً.
error-meeting-title-required = اكتب العنوان كما يرد اسم الاجتماع في الرسالة المعممة
error-short-title-required = اكتب عنواناً مختصراً، مثل U4SSC-10: يظهر في الشريط الجانبي وفي قوائم الموقع
error-entry-title-required = اكتب العنوان كما يظهر في البرنامج
error-given-name-required = الاسم الأول مطلوب
error-family-name-required = اسم العائلة مطلوب
error-speaker-family-name-required = اكتب اسم عائلة المتكلم
error-organisation-required = المنظمة مطلوبة
error-name-required = الاسم مطلوب
error-date-required = اكتب التاريخ، مثل 2026-03-26
error-time-required = اكتب الوقت، مثل 09:30 أو 14:00
error-zone-required = اكتب المنطقة الزمنية: ابحث عنها باسم مدينة أو بلد (جنيف تعطي Europe/Zurich)

## قيمة غير صالحة.
error-not-an-email = "{ $email }" ليس عنوان بريد إلكتروني
error-not-a-country = "{ $code }" ليس بلداً: اختر بلداً باسمه، أو اكتب رمزه المكون من حرفين (CH)
error-not-a-date = "{ $text }" ليس تاريخاً؛ اكتبه على النحو 2026-03-26
error-not-a-time = "{ $text }" ليس وقتاً؛ اكتبه على النحو 09:30 أو 14:00 (نظام 24 ساعة)
error-unknown-zone = لا توجد منطقة زمنية باسم "{ $zone }"؛ ابحث عنها باسم مدينة أو بلد (جنيف تعطي Europe/Zurich)
error-unknown-zone-one = لا توجد منطقة زمنية باسم "{ $zone }"؛ هل تقصد { $meant }؟
error-unknown-zone-several = لا توجد منطقة زمنية باسم "{ $zone }"؛ هل تقصد { $meant } أو { $last }؟
error-time-skipped = الساعة { $time } غير موجودة يوم { $day } في { $zone }: تُقدَّم الساعة في ذلك اليوم
error-name-too-long = لا يتجاوز الاسم { $most } حرفاً، في سطر واحد
error-unreadable-value = تتعذر قراءة هذه القيمة: { $detail }

## الأيام والأوقات.
error-last-day-before-first = اليوم الأخير يسبق اليوم الأول ({ $first })؛ اكتب اليوم نفسه أو يوماً لاحقاً
error-registration-closes-before-opening = يُغلق التسجيل قبل أن يُفتح
error-ends-before-start = ينتهي ({ $end }) قبل أن يبدأ ({ $start })
error-end-before-start = يجب أن تكون النهاية بعد البداية
error-entry-ends-before-start = يجب أن ينتهي "{ $entry }" بعد أن يبدأ

## جلسات البرنامج وبنوده.
error-item-without-block = ينتمي البند إلى جلسة
error-block-of-another-meeting = "{ $block }" ينتمي إلى اجتماع آخر
error-not-a-block = "{ $block }" ليس جلسة
error-outside-block = خارج جلسته "{ $block }" ({ $start }-{ $end })
error-only-items-in-blocks = لا ينتمي إلى الجلسة إلا البند
error-items-outside = ستقع بنوده خارجه: { $items }
error-no-such-block = الجلسة غير موجودة
error-in = { $what }: { $problem }

## الاجتماعات والأحداث الجانبية.
error-template-is-side-event = لا يصلح الحدث الجانبي نموذجاً لاجتماع
error-side-event-starts-blank = يبدأ الحدث الجانبي فارغاً
error-no-such-meeting = الاجتماع الذي سيكون جزءاً منه غير موجود في مساحة العمل
error-side-event-of-side-event = الحدث الجانبي جزء من اجتماع، لا من حدث جانبي آخر
error-side-event-in-programme = البند "{ $entry }" في البرنامج يمثل هذا الحدث الجانبي: احذف ذلك البند أولاً

## المتكلمون وأدوارهم.
error-speaker-of-another-meeting = المتكلم والبند ينتميان إلى اجتماعين مختلفين
error-role-given = لـ { $speaker } هذا الدور بالفعل في "{ $entry }"

## صور المتكلمين.
error-photo-file-too-large = حجم الملف { $size } ميغابايت؛ لا يتجاوز حجم الصورة { $most } ميغابايت
error-photo-unreadable = تتعذر قراءة الملف: { $detail }
error-photo-not-an-image = الملف ليس صورة: اختر ملف JPEG أو PNG أو WebP أو GIF
error-photo-too-many-pixels = الصورة كبيرة جداً: لا يتجاوز كل ضلع { $most } بكسل
error-photo-unsupported = تتعذر قراءة هذا النوع من الصور: اختر ملف JPEG أو PNG أو WebP أو GIF
error-photo-damaged = الصورة تالفة وتتعذر قراءتها ({ $detail })
error-photo-empty = الصورة فارغة
error-photo-too-large-to-keep = الصورة أكبر من أن تُحفظ
error-photo-not-kept-as-jpeg = تُحفظ الصورة بنسق JPEG تختاره في التطبيق

## التسجيلات والقرارات وجهات الاتصال.
error-decided-elsewhere = لا يُغيَّر هذا هنا (يُتخذ القرار بالأمر decide)
error-email-registered = { $given } { $family } مسجل بهذا العنوان بالفعل
error-rejection-reason-required = يحتاج الرفض إلى سبب: يُبلَّغ به المسجل
error-no-registration-chosen = لم يُختر أي تسجيل
error-focal-point-stays = تبقى جهة الاتصال مع اجتماعها
error-focal-point-taken = { $name } هو بالفعل جهة الاتصال لهذا البلد وهذه الفئة
error-page-size = تضم الصفحة من 1 إلى { $most } صف، لا { $asked }
error-no-column = اختر عموداً واحداً على الأقل
error-too-many-columns = الأعمدة كثيرة جداً
error-too-many-rows-for-excel = لا تتسع ورقة Excel لأكثر من { $most } صف: صدّر هذه القائمة بنسق CSV

## التعديلات والتراجع وتغييرات الزملاء.
error-field-not-changed-here = لا يُغيَّر هذا الحقل هنا
error-changed-since-opened = غيّره شخص آخر منذ أن فتحته: { $value }
error-emptied-since-opened = غيّره شخص آخر منذ أن فتحته: فارغ
error-changed-meanwhile = لم يُحفظ: غيّر شخص آخر { $fields } منذ فتح الاستمارة؛ اختر القيمة التي تحتفظ بها
error-changed-since = غيّر شخص آخر "{ $name }" منذ ذلك الحين
error-erased-since =
    { $kind ->
        [event] مُحي الاجتماع منذ ذلك الحين
        [entry] مُحي البند منذ ذلك الحين
        [speaker] مُحي المتكلم منذ ذلك الحين
        [role] مُحي الدور منذ ذلك الحين
        [focal_point] مُحيت جهة الاتصال منذ ذلك الحين
        [translation] مُحيت الترجمة منذ ذلك الحين
        [registration] مُحي التسجيل منذ ذلك الحين
       *[other] مُحي العنصر ({ $kind }) منذ ذلك الحين
    }
error-not-undone =
    { $redo ->
        [redo] لم تُعَد "{ $step }": { $reason }؛ لم يُغيَّر شيء
       *[undo] لم يُتراجع عن "{ $step }": { $reason }؛ لم يُغيَّر شيء
    }

## موقع الحدث.
error-token-outside = لا يتيح رمز هذا المنظِّم تغيير إلا هذه الاجتماعات: { $meetings }؛ لا هذا العنصر ({ $kind })
error-changed-since-preview = تغيّر البرنامج منذ المعاينة (وصل تعديل من زميل): لم يُنشر شيء؛ راجع المعاينة مجدداً
error-rejected = رُفض تغيير: { $detail }
error-site-restored = فقد موقع الحدث تغييرات تلقاها من مساحة العمل هذه (استُعيد من نسخة سابقة): { $detail }؛ ترسل مساحة العمل بياناتها مجدداً

## ما لا يوجد.
error-not-found =
    { $kind ->
        [event] لا يوجد اجتماع بالمعرِّف { $id }
        [entry] لا يوجد بند بالمعرِّف { $id }
        [speaker] لا يوجد متكلم بالمعرِّف { $id }
        [role] لا يوجد دور بالمعرِّف { $id }
        [focal_point] لا توجد جهة اتصال بالمعرِّف { $id }
        [translation] لا توجد ترجمة بالمعرِّف { $id }
        [registration] لا يوجد تسجيل بالمعرِّف { $id }
        [published_event] لا يوجد اجتماع منشور بالمعرِّف { $id }
        [photo] لا توجد صورة بالمعرِّف { $id }
        [conflict] لا يوجد تعارض بالمعرِّف { $id }
       *[other] لا يوجد عنصر ({ $kind }) بالمعرِّف { $id }
    }

## مساحة العمل والملفات المكتوبة.
error-disk-full = القرص ممتلئ: لم يُحفظ التغيير، ولم يُفقد شيء
error-write =
    { $what ->
        [participants_list] تتعذر كتابة قائمة المشاركين: { $reason }
        [settings] تتعذر كتابة إعدادات Dais على هذا الحاسوب: { $reason }
        [site_files] تتعذر كتابة ملفات الموقع العام: { $reason }
       *[programme_document] تتعذر كتابة وثيقة البرنامج: { $reason }
    }
error-workspace = يتعذر فتح مساحة العمل { $path }: { $reason }
error-corrupt = بيانات مساحة العمل تالفة: { $detail }
error-database = خطأ في قاعدة البيانات: { $detail }
error-migration = يتعذر تحديث مخطط مساحة العمل: { $detail }
error-newer-schema = كُتب هذا الملف بإصدار أحدث من Dais (مخططه { $found }؛ وهذا الإصدار يعرف حتى { $known }): حدّث Dais لفتحه. يبقى الملف كما هو.
error-update-refused = رُفض التحديث إلى Dais { $version }: { $reason }. لم يُثبَّت شيء؛ يبقى Dais كما هو.
error-update-check-failed = تعذّر على Dais أن يسأل مصدر إصداراته عن إصدار أحدث: { $reason }
error-update-failed = تعذّر تحديث Dais: { $reason }. يبقى Dais كما هو.
error-malformed = بيانات غير سليمة البنية: { $detail }

## المزامنة مع موقع الحدث.
error-sync-offline = غير متصل: يتعذر الوصول إلى موقع الحدث على { $url } ({ $reason })
error-sync-unauthorized = رفض موقع الحدث رمز المنظِّم: تحقق منه في الإعدادات
error-sync-bad-url = عنوان URL للموقع "{ $url }" ليس عنوان http(s) صالحاً

## رسائل التطبيق.
error-app-internal = أوقف التطبيق عملية على نحو غير متوقع: { $detail }
error-app-workspace-open = مساحة العمل مفتوحة
error-app-photo-not-sent = لم يُرسل ملف الصورة
error-app-import-no-file = لم يُختر ملف للاستيراد منه، أو أُغلق: اختره من جديد
error-app-import-no-meeting = لم يُرسل الاجتماع الذي يُستورد إليه البرنامج
error-app-photo-speaker-not-sent = لم يُذكر المتكلم صاحب الصورة
error-app-no-site = لم يُحدَّد موقع للحدث: أضف عنوانه ورمز المنظِّم الخاص بك في الإعدادات
error-app-closing = التطبيق يُغلق
error-app-token-required = رمز المنظِّم مطلوب: ينشئه لك مدير الموقع
error-app-not-a-site-page = { $url } ليس صفحة من صفحات موقع الحدث
error-app-browser = تعذر فتح المتصفح: { $detail }
error-not-translated = لا يُعطى { $field } بلغات أخرى؛ يُعطى فقط عنوان الاجتماع وعنوانه المختصر ووصفه وجمهوره ومكانه، وعنوان البند ووصفه
error-translation-language = قدّم الترجمة بإحدى اللغات الست
error-translation-id = يتكوّن معرّف الترجمة من سجلّها وحقلها ولغتها
error-publish-side-event = { $title } حدث جانبي: يُنشر مع اجتماعه، { $meeting }

## الملفات المستوردة.
error-unreadable = تتعذر قراءة { $file }: { $reason }
error-import-no-sheet = لا توجد في الملف هذه الورقة
error-import-empty = الورقة فارغة: ليس فيها صف عناوين
error-import-columns = رُبط { $given } من الأعمدة بالحقول، لكن في الملف { $headers }
error-import-at-cell = { $header }: { $problem }
error-import-same-email = البريد الإلكتروني نفسه في الصف { $row }: تجاوز أحدهما، أو احتفظ بكليهما
error-import-country = «{ $value }» ليس بلداً يعرفه Dais: اكتب اسمه بإحدى اللغات الست، أو رمزه وفق ISO
error-import-category = «{ $value }» ليست فئة مشاركين
error-import-status = «{ $value }» ليست حالة تسجيل
error-import-time = «{ $value }» ليس تاريخاً ووقتاً يقرؤه Dais، مثل 2026-03-02 09:30
error-import-yes-no = «{ $value }» ليست نعم ولا لا
error-import-id = «{ $value }» ليس معرف تسجيل من Dais
error-import-formula = يبدأ كصيغة جدول إلكتروني: حُفظ كنص
error-circular-needed = لا تذكره الرسالة: أدخله لإنشاء الاجتماع
error-circular-two-values = تذكر الرسالة قيمتين: احتفظ بالصحيحة
error-circular-date = اكتب اليوم بالشكل YYYY-MM-DD، مثل 2025-10-31
error-circular-times = اكتب الوقت بالشكل HH:MM-HH:MM، مثل 11:00-12:00
error-circular-side-event = اكتب يومه ووقته وعنوانه، مثل 2025-10-31 12:00-13:00 ندوة إلكترونية
error-circular-unknown = ”{ $value }“ ليست قيمة يعرفها Dais
error-cancelled = توقف قبل نهايته: لم يُكتب منه شيء
