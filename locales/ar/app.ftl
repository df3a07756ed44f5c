app-language-not-kept = عُرضت اللغة، لكن تعذّر حفظها لبدء التشغيل التالي: { $reason }

## النافذة: الشريط الجانبي وطرق العرض
app-workspace-unread = تعذّرت قراءة مساحة العمل
app-workspace-unread-because = تعذّرت قراءة مساحة العمل: { $reason }
app-workspace-opened = فُتحت مساحة عمل جديدة: { $path }
app-zones-unread = تعذّر تحميل المناطق الزمنية
app-meeting = الاجتماع
app-archived = مؤرشف
app-new-meeting = اجتماع جديد…
app-views = طرق العرض
app-workspace = مساحة العمل
app-view = { $view ->
    [event] الحدث
    [programme] البرنامج
    [speakers] المتحدثون
    [registrations] التسجيلات
    [conflicts] التعارضات
   *[settings] الإعدادات
  }
app-open-conflicts = { $count ->
    [zero] مفتوح
    [one] مفتوح
    [two] مفتوحان
    [few] مفتوحة
    [many] مفتوحًا
   *[other] مفتوح
  }
app-undo-redo = التراجع والإعادة
app-undo = ↶ تراجع
app-redo = ↷ إعادة
app-undo-what = تراجع عن: { $what } (Ctrl+Z)
app-redo-what = إعادة: { $what } (Ctrl+Shift+Z)
app-nothing-to-undo = لا شيء للتراجع عنه
app-nothing-to-redo = لا شيء لإعادته
app-opening-workspace = جارٍ فتح مساحة العمل…

## سطر الحالة
app-status-idle = يُحفظ كل تغيير على هذا الحاسوب
app-saving = جارٍ الحفظ…
app-saved = حُفظ
app-not-saved = لم يُحفظ
app-failed = { $prefix }: { $message }
app-undoing = جارٍ التراجع…
app-redoing = جارٍ الإعادة…
app-undone = تم التراجع عن: { $what }
app-redone = أُعيد: { $what }
app-part-unread = { $part ->
    [meetings] تعذّرت قراءة الاجتماعات
    [sideEvents] تعذّرت قراءة الأحداث الجانبية
    [programme] تعذّرت قراءة البرنامج
    [publication] تعذّرت قراءة الإصدار الذي نُشر فيه كل بند
    [speakers] تعذّرت قراءة المتحدثين
    [unlisted] تعذّرت قراءة المتحدثين الذين يغفلهم الموقع العام
    [participations] تعذّرت قراءة الأدوار
    [translations] تعذّرت قراءة الترجمات
   *[undo] تعذّرت قراءة ما سيتراجع عنه أمر التراجع
  }

## حالة مساحة العمل مع موقع الحدث
app-sync-sending = { $count ->
    [zero] جارٍ المزامنة… لا تغييرات للإرسال
    [one] جارٍ المزامنة… إرسال تغيير واحد
    [two] جارٍ المزامنة… إرسال تغييرين
    [few] جارٍ المزامنة… إرسال { $count } تغييرات
    [many] جارٍ المزامنة… إرسال { $count } تغييرًا
   *[other] جارٍ المزامنة… إرسال { $count } تغيير
  }
app-sync-publishing = جارٍ النشر…
app-sync-resending = جارٍ المزامنة… استُعيد موقع الحدث من نسخة: يُعاد إرسال بيانات مساحة العمل هذه
app-syncing = جارٍ المزامنة…
app-sync-checking = جارٍ التحقق من موقع الحدث…
app-sync-no-site = { $count ->
    [0] لم يُحدَّد موقع للحدث
    [zero] لم يُحدَّد موقع للحدث
    [one] لم يُحدَّد موقع للحدث، وتغيير واحد في الانتظار
    [two] لم يُحدَّد موقع للحدث، وتغييران في الانتظار
    [few] لم يُحدَّد موقع للحدث، و{ $count } تغييرات في الانتظار
    [many] لم يُحدَّد موقع للحدث، و{ $count } تغييرًا في الانتظار
   *[other] لم يُحدَّد موقع للحدث، و{ $count } تغيير في الانتظار
  }
app-sync-local = على هذا الحاسوب فقط: «نشر…» يشارك هذا الاجتماع
app-sync-offline = { $count ->
    [zero] غير متصل، ولا تغييرات في الانتظار
    [one] غير متصل، وتغيير واحد في الانتظار
    [two] غير متصل، وتغييران في الانتظار
    [few] غير متصل، و{ $count } تغييرات في الانتظار
    [many] غير متصل، و{ $count } تغييرًا في الانتظار
   *[other] غير متصل، و{ $count } تغيير في الانتظار
  }
app-sync-refused = تمت المزامنة، لكن { $reason }
app-sync-failed = لم تتم المزامنة: { $reason }
app-sync-waiting = { $count ->
    [zero] لا تغييرات في الانتظار
    [one] تغيير واحد في الانتظار
    [two] تغييران في الانتظار
    [few] { $count } تغييرات في الانتظار
    [many] { $count } تغييرًا في الانتظار
   *[other] { $count } تغيير في الانتظار
  }
app-sync-done = تمت مزامنة جميع التغييرات

## التواريخ المكتوبة واللحظات
app-instant = { $date }، { $time } { $zone }
app-date-give = { $what ->
    [first-day] أدخل اليوم الأول، مثل { $example }
    [last-day] أدخل اليوم الأخير، مثل { $example }
   *[date] أدخل التاريخ، مثل { $example }
  }
app-not-a-date = «{ $typed }» ليس تاريخًا؛ اكتبه مثل { $example } أو 26/03/2026
app-when-give-day = { $happens ->
    [opens] أدخل يوم فتح التسجيل، مثل 26 مارس 2026
   *[closes] أدخل يوم إغلاق التسجيل، مثل 26 مارس 2026
  }
app-when-give-time = { $happens ->
    [opens] أدخل أيضًا ساعة فتح التسجيل، مثل 09:00
   *[closes] أدخل أيضًا ساعة إغلاق التسجيل، مثل 09:00
  }

## حقل التاريخ والتقويم
app-date-placeholder = مثل { $example }
app-calendar-choose = { $what ->
    [first-day] اختر اليوم الأول من التقويم
    [last-day] اختر اليوم الأخير من التقويم
    [opens] اختر يوم فتح التسجيل من التقويم
    [closes] اختر يوم إغلاق التسجيل من التقويم
   *[date] اختر تاريخ البند من التقويم
  }
app-calendar-title = { $what ->
    [first-day] اختر اليوم الأول
    [last-day] اختر اليوم الأخير
    [opens] اختر يوم فتح التسجيل
    [closes] اختر يوم إغلاق التسجيل
   *[date] اختر تاريخ البند
  }
app-calendar-month-before = الشهر السابق
app-calendar-month-after = الشهر التالي

## كلمات مشتركة
app-keep = إبقاء
app-clash = غيّره شخص آخر
app-clash-theirs = غيّر شخص آخر هذا إلى { $theirs } أثناء تحريرك له.
app-clash-keep-mine = إبقاء قيمتي
app-clash-use-theirs = استخدام قيمته
app-zones-found = المناطق الزمنية التي عُثر عليها
app-zone-placeholder = مدينة أو بلد، مثل جنيف
app-countries-found = البلدان التي عُثر عليها
app-country-placeholder = اكتب اسم بلد
app-decision-verb = { $status ->
    [pending] إعادة إلى قيد الانتظار
    [waitlisted] قائمة الانتظار
    [approved] موافقة
    [rejected] رفض…
   *[cancelled] إلغاء التسجيل
  }
app-un-language = { $language ->
    [Arabic] العربية
    [Chinese] الصينية
    [English] الإنكليزية
    [French] الفرنسية
    [Russian] الروسية
   *[Spanish] الإسبانية
  }
app-badge-published = منشور، الإصدار { $version }
app-badge-published-title = عام كما نُشر في الإصدار { $version }
app-badge-changed = تغيّر بعد الإصدار { $version }
app-badge-changed-title = نُشر آخر مرة في الإصدار { $version }؛ النشر التالي يرسل التغيير
app-badge-new = ليس عامًا بعد
app-badge-new-title = عام، لكنه ليس في أي إصدار منشور بعد: النشر التالي يضيفه
app-badge-held-back = محجوب
app-badge-held-back-title = مُعلَّم عامًا، لكن كتلته مسودة: لا يُنشر بدونها

## الجدول الزمني
app-timetable-add = إضافة بند في الساعة { $time } يوم { $day }
app-timetable-add-in = إضافة بند في الساعة { $time } يوم { $day } ضمن «{ $block }»
app-timetable-changing = { $mode ->
    [move] جارٍ النقل…
    [start] جارٍ تغيير البداية…
   *[end] جارٍ تغيير النهاية…
  }
app-timetable-changed-one = { $mode ->
    [move] نُقل «{ $title }»
    [start] غُيّرت بداية «{ $title }»
   *[end] غُيّرت نهاية «{ $title }»
  }
app-timetable-changed = { $mode ->
    [move] { $count ->
        [zero] لم يُنقل أي بند
        [one] نُقل بند واحد
        [two] نُقل بندان
        [few] نُقلت { $count } بنود
        [many] نُقل { $count } بندًا
       *[other] نُقل { $count } بند
      }
    [start] { $count ->
        [zero] لم تُغيَّر بداية أي بند
        [one] غُيّرت بداية بند واحد
        [two] غُيّرت بداية بندين
        [few] غُيّرت بداية { $count } بنود
        [many] غُيّرت بداية { $count } بندًا
       *[other] غُيّرت بداية { $count } بند
      }
   *[end] { $count ->
        [zero] لم تُغيَّر نهاية أي بند
        [one] غُيّرت نهاية بند واحد
        [two] غُيّرت نهاية بندين
        [few] غُيّرت نهاية { $count } بنود
        [many] غُيّرت نهاية { $count } بندًا
       *[other] غُيّرت نهاية { $count } بند
      }
  }
app-timetable-not-changed = { $mode ->
    [move] لم يُنقل
   *[other] لم يُغيَّر
  }
app-timetable-help = انقر وقتًا فارغًا لإضافة بند فيه. اسحب بندًا لنقله، أو حافته العليا أو السفلى لتغيير أوقاته (بخطوات من 5 دقائق). Ctrl+النقر يحدد عدة بنود. المفاتيح: ↑ ↓ تنقل 5 دقائق، Shift+↑ ↓ تنقل النهاية، Enter يفتح، Delete يحذف، Ctrl+Z يتراجع.
app-timetable-zone = الأوقات بتوقيت { $zone }
app-timetable-sessions = الكتل والاستراحات والأحداث الجانبية
app-timetable-items = البنود
app-timetable-of = الجدول الزمني ليوم { $day }
app-timetable-warning = تحذير: { $warnings }

## البرنامج
app-programme-saved-to = حُفظ البرنامج في { $path }
app-programme-writing = جارٍ إعداد المستند…
app-deleted = حُذف «{ $title }»
app-not-deleted = لم يُحذف
app-deleting = جارٍ الحذف…
app-delete-block = { $count ->
    [zero] حذف الكتلة؟
    [one] حذف الكتلة وبندها الوحيد؟
    [two] حذف الكتلة وبنديها؟
    [few] حذف الكتلة وبنودها الـ { $count }؟
    [many] حذف الكتلة وبنودها الـ { $count }؟
   *[other] حذف الكتلة وبنودها الـ { $count }؟
  }
app-delete-entry = حذف هذا البند؟
app-programme-of-days = البرنامج · { $days }
app-programme-document-title = البرنامج كما هو الآن، بما فيه المسودات، في مستند { $format } في مجلد التنزيلات
app-programme-save-as = حفظ بصيغة { $format }
app-add-entry = إضافة بند
app-zone-picker = عرض الأوقات أيضًا بتوقيت
app-zone-picker-pick = اختر منطقة زمنية من القائمة: اكتب مدينة أو بلدًا، مثل سيدني.
app-zone-picker-hint = مدينة أو بلد؛ إن بقي فارغًا تُعرض منطقة الاجتماع الزمنية وحدها.
app-zone-clear = مسح المنطقة الزمنية
app-layout = عرض البرنامج على شكل
app-layout-list = قائمة
app-layout-timetable = جدول زمني
app-warnings = للتحقق قبل النشر
app-programme-unread = تعذّر تحميل البرنامج: { $reason }
app-programme-loading = جارٍ تحميل البرنامج…
app-programme-empty = لا بنود بعد. أضف أول بند بزر «إضافة بند»، أو اختر يومه ووقته في الجدول الزمني:
app-programme-empty-timetable = فتح الجدول الزمني
app-programme-of = برنامج يوم { $day }
app-time-in = الوقت
app-column-session = الجلسة
app-column-place = المكان
app-column-actions = الإجراءات
app-draft = مسودة
app-draft-title = مسودة: غير منشورة
app-not-on-site = غير موجود في الموقع العام
app-confirm-deletion = تأكيد حذف { $title }
app-delete = حذف
app-edit = تحرير
app-edit-title = تحرير { $title }
app-delete-title = حذف { $title }
app-delete-question = حذف «{ $title }»؟
app-undo-brings-back = التراجع (Ctrl+Z) يعيده.

## الإعدادات
app-save = حفظ
app-settings-subtitle = لغتك، ومن أنت، وأين تنشر مساحة العمل هذه اجتماعها
app-update-available = الإصدار { $version } من Dais متاح
app-update-whats-new = ما الجديد
app-update-install = ثبّت وأعد التشغيل
app-update-later = لاحقًا
app-update-installing = يجري تثبيت Dais { $version }: يُعاد تشغيل التطبيق عند الانتهاء.
app-settings-updates = التحديثات
app-settings-updates-version = هذا هو Dais الإصدار { $version }.
app-settings-updates-check = ابحث عن التحديثات عند بدء Dais ومرة كل يوم
app-settings-updates-hint = يسأل Dais مصدر إصداراته عن وجود إصدار أحدث؛ لا يُرسل شيء عنك أو عن اجتماعاتك. لا يُثبَّت إصدار أحدث إلا بموافقتك.
app-settings-updates-policy = أوقفت مؤسستك البحث عن التحديثات على هذا الحاسوب.
app-settings-updates-check-now = ابحث الآن
app-settings-updates-checking = جارٍ البحث…
app-settings-updates-latest = Dais { $version } هو أحدث إصدار.
app-settings-updates-found = الإصدار { $version } من Dais متاح: ثبّته من الشريط الجانبي.
app-settings-language = اللغة
app-settings-language-hint = لغة Dais على هذا الحاسوب، لجميع مساحات العمل. تبقى الاجتماعات والأسماء والعناوين كما كُتبت.
app-settings-name-saved = حُفظ اسمك
app-settings-site-saved = حُفظ موقع الحدث
app-settings-you = أنت
app-settings-your-name = اسمك
app-settings-your-name-hint = الاسم الذي يعرفك به المنظمون الآخرون وموقع الحدث: في قراراتك وتغييراتك والتعارضات والمنشورات. إلى أن تحدده، يظهر اسم مستخدم هذا الحاسوب في القرارات، وتسمية رمزك المميز في الموقع.
app-settings-saved = حُفظ.
app-settings-site = موقع الحدث
app-settings-site-intro = يرسل النشر التغييرات التي أُجريت على هذا الحاسوب إلى موقع الحدث الخاص بالاجتماع، ويجلب تغييرات الآخرين والتسجيلات الواردة من استمارته. يعطي مدير الموقع كل منظم عنوانًا ورمزًا مميزًا.
app-settings-site-url = عنوان الموقع
app-settings-site-now = الحالي:
app-settings-no-site = لم يُحدَّد أي موقع بعد.
app-settings-token = الرمز المميز للمنظم
app-settings-token-kept = محفوظ بأمان؛ اكتبه مرة أخرى لتغيير الموقع
app-settings-token-hint = الرمز المميز سري: يُحفظ في سلسلة مفاتيح هذا الحاسوب (Keychain في macOS، ومدير بيانات الاعتماد في Windows، وSecret Service في Linux)، ولا يُحفظ أبدًا في مساحة العمل. إن لم توجد سلسلة مفاتيح، يُحفظ في ملف بجانب مساحة العمل لا يقرؤه غيرك.
app-settings-token-in-keychain = حُفظ. الرمز المميز محفوظ في سلسلة المفاتيح.
app-settings-token-in-file = حُفظ. لا توجد سلسلة مفاتيح على هذا الحاسوب: الرمز المميز محفوظ في { $file }.
app-settings-token-beside = حُفظ. لا توجد سلسلة مفاتيح على هذا الحاسوب: الرمز المميز محفوظ في ملف بجانب مساحة العمل.

## أول تشغيل، ومساحة عمل يتعذّر فتحها
app-welcome-demo-opened = فُتح الاجتماع التجريبي U4SSC-9
app-welcome-demo-failed = تعذّر فتح العرض التجريبي
app-welcome-demo-opening = جارٍ فتح العرض التجريبي…
app-welcome = مرحبًا بك في Dais
app-welcome-subtitle = حضّر برنامج الاجتماع ومتحدثيه وتسجيلاته على هذا الحاسوب المحمول، مع شبكة أو بدونها.
app-welcome-create = إنشاء اجتماع
app-welcome-create-what = عنوانه وتواريخه ومنطقته الزمنية وشكله ولغاته والتسجيل فيه؛ وبقية التعميم لاحقًا.
app-welcome-create-button = إنشاء اجتماع…
app-welcome-demo = فتح العرض التجريبي
app-welcome-demo-what = الاجتماع التاسع لمبادرة U4SSC ({ $date }) ببرنامجه ومتحدثيه وبعض التسجيلات، للتجربة.
app-welcome-connect = الاتصال بموقع حدث
app-welcome-connect-what = أُعطيت عنوان موقع ورمزًا مميزًا: الاجتماعات المشتركة هناك تصل إلى هذا الحاسوب المحمول.
app-welcome-connect-button = اتصال…
app-problem = يتعذّر فتح مساحة العمل هذه
app-problem-file = الملف:
app-problem-what-now = لم يغيّره Dais. إن كان نسخة قيد الاستعادة، أو كتبه إصدار أحدث من Dais، فانتظر حتى تنتهي، أو حدّث Dais، ثم شغّل Dais من جديد. لمواصلة العمل في الأثناء، أنشئ مساحة عمل جديدة بجانبه: تُفتح بالاجتماع التجريبي، وتنضم إلى موقع الحدث بمجرد أن تحدده في الإعدادات.
app-problem-start-new = إنشاء مساحة عمل جديدة

## استمارة البند، ورؤساؤه ومتحدثوه
app-cancel = إلغاء
app-entry-saved = حُفظ «{ $title }»
app-entry-added = أُضيف «{ $title }»
app-entry-edit = تحرير البند
app-entry-add = إضافة بند
app-entry-zone = الأوقات بتوقيت منطقة الحدث الزمنية، { $zone } ({ $label }).
app-entry-kind = النوع
app-entry-choose-block = — اختر كتلة —
app-entry-linked = الحدث المرتبط
app-entry-none = — لا شيء —
app-entry-title = العنوان
app-entry-description = الوصف
app-entry-when = الموعد
app-entry-when-zone = بتوقيت { $zone } ({ $label })
app-entry-date = التاريخ
app-entry-start = البداية
app-entry-end = النهاية
app-entry-time-note = HH:MM { $label }
app-entry-place-note = قاعة، أو رابط على الإنترنت
app-entry-public = عام
app-entry-public-hint = إن لم يُحدَّد، يكون البند مسودة: يبقى على حواسيب المنظمين.
app-entry-people-later = يُضاف الرؤساء والمتحدثون بعد إنشاء البند.
app-entry-save = حفظ البند
app-people-type-name = اكتب اسم متحدث، أو اسم شخص جديد.
app-people-added = أُضيف { $name } بصفة { $role }
app-people-not-added = لم يُضَف
app-people-removed = أُزيل: { $what }
app-people-not-removed = لم يُزَل
app-people = الرؤساء والمتحدثون
app-people-nobody = لا أحد بعد.
app-people-label = { $name }، { $role }
app-people-removed-speaker = متحدث محذوف
app-people-remove-label = إزالة { $what }
app-people-remove = إزالة
app-people-name = الاسم
app-people-name-hint = متحدث، أو شخص جديد
app-people-role = الدور
app-people-add-new = إضافة «{ $name }» متحدثًا جديدًا
app-people-add = إضافة

## اجتماع جديد
app-new-created = أُنشئ { $title }
app-new-not-created = لم يُنشأ
app-new-creating = جارٍ الإنشاء…
app-new-side-event-of = حدث جانبي جديد لـ { $title }
app-new-meeting-title = اجتماع جديد
app-new-start-from = البدء من
app-new-blank = اجتماع فارغ
app-new-from-past = اجتماع سابق: معلوماته وبرنامجه، منقولة إلى التواريخ الجديدة؛ دون متحدثين أو تسجيلات
app-new-from-circular = تعميمه: المعلومات التي يقرؤها Dais في الرسالة، لتؤكدها
app-new-from-programme = برنامج من نظام آخر: Indico أو pretalx أو Dais آخر، وتصبح أيامه ومنطقته الزمنية أيام الاجتماع ومنطقته
app-new-programme-hint = تصدير الجدول الزمني أو الحدث من Indico ‏(JSON)، أو برنامج c3voc ‏(pretalx، frab: XML أو JSON)، أو تصدير من Dais
app-new-programme-days = أيام الاجتماع كما يذكرها البرنامج: { $dates }. تُدخَل المعلومات الأخرى لاحقاً.
app-circular-file = التعميم (DOCX أو PDF أو نص)
app-circular-paste = أو الصق نصه
app-circular-read = قراءة
app-circular-reading = جارٍ قراءة الرسالة…
app-circular-not-read = تعذرت قراءة الرسالة
app-circular-facts = ما تقوله الرسالة
app-circular-facts-hint = طابق كل معلومة مع الجملة التي قُرئت منها، وصحح الخطأ، وأدخل ما لا تذكره الرسالة. لا يُنشأ شيء قبل تأكيدك.
app-circular-said = الرسالة: ”{ $sentence }“
app-circular-missing = غير مذكور في الرسالة: أدخله.
app-circular-conflict = تذكر الرسالة قيمتين: احتفظ بالصحيحة.
app-circular-lines = واحد في كل سطر
app-circular-create = إنشاء الاجتماع
app-new-past = اجتماع سابق
app-new-short-title = العنوان المختصر
app-new-short-title-hint = كما يظهر في الشريط الجانبي وقوائم الموقع، مثل U4SSC-10
app-new-first-day = اليوم الأول
app-new-last-day = اليوم الأخير
app-new-format = الشكل
app-new-zone = المنطقة الزمنية
app-new-zone-hint = التوقيت الذي يسير عليه الاجتماع: اكتب مدينته أو بلده
app-new-languages = اللغات
app-new-registration = التسجيل
app-new-registration-hint = الأوقات بتوقيت الاجتماع
app-new-mandatory = إلزامي
app-new-free = مجاني
app-new-opens = يُفتح
app-new-opens-at = ساعة الفتح
app-new-closes = يُغلق
app-new-closes-at = ساعة الإغلاق
app-new-capacity = السعة
app-new-capacity-hint = فارغ: بلا حد
app-new-template-summary = عُقد { $title } في { $dates } ({ $zone }): يأخذ الاجتماع الجديد معلوماته وبرنامجه في الأوقات نفسها من اليوم وقواعد التسجيل فيه، مُزاحة بالعدد نفسه من الأيام.
app-new-create = { $what ->
    [side-event] إنشاء الحدث الجانبي
   *[meeting] إنشاء الاجتماع
  }

## معلومات الاجتماع (طريقة عرض الحدث)
app-loading = جارٍ التحميل…
app-none = لا شيء.
app-event-saved = حُفظ الحدث
app-event-archived = أُرشف { $title }
app-event-unarchived = عاد { $title } إلى قائمة الاجتماعات
app-event-deleted = حُذف { $title }
app-event-side-event-of = حدث جانبي لـ { $title }
app-event-facts = معلومات التعميم
app-event-saved-on-leaving = يُحفظ كل تغيير عند مغادرة حقله.
app-event-reference = المرجع
app-event-reference-hint = وثيقة الإعلان، مثل التعميم 81 لمكتب تقييس الاتصالات
app-event-venue = المكان
app-event-venue-hint = قاعة ومبنى، لاجتماع حضوري أو مختلط
app-event-online-link = رابط المشاركة عبر الإنترنت
app-event-online-link-hint = يُرسل إلى المشاركين الموافق عليهم، ولا يُنشر أبدًا
app-event-languages-hint = مفصولة بفواصل، مثل الإنكليزية، الفرنسية
app-event-website = الموقع الإلكتروني
app-event-organiser = الجهة المنظمة
app-event-audience = من يحق له المشاركة
app-event-eligible = الفئات المؤهلة
app-event-registration-zone = الأوقات بتوقيت { $zone }
app-event-contacts = جهات الاتصال
app-event-contact = جهة الاتصال { $n }
app-event-contact-who = من (جهة الاتصال { $n })
app-event-contact-who-placeholder = من، مثل أمانة U4SSC
app-event-contact-email = البريد الإلكتروني (جهة الاتصال { $n })
app-event-contact-phone = الهاتف (جهة الاتصال { $n })
app-event-contact-fax = الفاكس (جهة الاتصال { $n })
app-event-email = البريد الإلكتروني
app-event-phone = الهاتف
app-event-fax = الفاكس
app-event-contact-remove = إزالة جهة الاتصال { $n }
app-event-contact-add = إضافة جهة اتصال
app-event-side-whole = الحدث الجانبي ككل
app-event-meeting-whole = الأحداث الجانبية والاجتماع ككل
app-event-side-events = الأحداث الجانبية
app-event-side-events-unread = تعذّر تحميل الأحداث الجانبية: { $reason }
app-event-add-side-event = إضافة حدث جانبي…
app-event-the-side-event = الحدث الجانبي
app-event-the-meeting = الاجتماع
app-event-part-of = جزء من { $title }: يُدرج معه، هنا وفي صفحته العامة.
app-event-is-archived = مؤرشف: محفوظ كاملًا، ومُدرج على حدة في منتقي الاجتماعات.
app-event-bring-back = استعادة
app-event-archive-hint = انتهيت منه؟ أرشفه: يبقى كاملًا وبعيدًا عن الطريق.
app-event-archive = أرشفة
app-event-delete-question = حذف { $title } وبرنامجه ومتحدثيه وتسجيلاته؟ إن كان مشتركًا، فسيُحذف أيضًا من حواسيب المنظمين الآخرين ومن الموقع العام.
app-event-delete = { $what ->
    [side-event] حذف الحدث الجانبي
   *[meeting] حذف الاجتماع
  }
app-event-keep-it = إبقاؤه
app-event-delete-button = حذف…

## A field that must be filled in
app-required = مطلوب

## خطوة يمكن التراجع عنها أو إعادتها، كما تسميها زرّا التراجع والإعادة وقائمة التحرير: «نقل: البند «الختام» و2 غيره».
## $thing نوع الصف؛ و$name عنوانه أو اسمه (من وضع المنظمين)؛ و$more عدد الصفوف الأخرى من النوع نفسه.
undo-step = { $action ->
        [add] إضافة
        [delete] حذف
        [move] نقل
       *[edit] تعديل
    }: { $thing ->
        [meeting] الاجتماع
        [block] الجلسة
        [item] البند
        [break] الاستراحة
        [side_event] الحدث الجانبي
        [speaker] المتحدث
        [role] دور
        [registration] التسجيل
        [focal_point] جهة الاتصال
        [translation] الترجمة
       *[other] { $thing }
    } «{ $name }»{ $more ->
        [0] {""}
        [zero] {""}
        [one] {" "}وواحد غيره
        [two] {" "}واثنان غيره
        [few] {" "}و{ $more } غيره
        [many] {" "}و{ $more } غيره
       *[other] {" "}و{ $more } غيره
    }

## قائمة التطبيق: تحرير، مع التراجع عن تعديلات الاجتماع وإعادتها ($step: undo-step) وأوامر الحافظة.
app-menu-edit = تحرير
app-menu-undo = تراجع
app-menu-redo = إعادة
app-menu-undo-step = تراجع ({ $step })
app-menu-redo-step = إعادة ({ $step })
app-menu-cut = قص
app-menu-copy = نسخ
app-menu-paste = لصق
app-menu-select-all = تحديد الكل

## A step kept before the languages, in the English it was kept in.
undo-step-kept = { $words }

## Beside a field's label: what is typed in it stays with the organisers.
app-field-private = خاص: لا يُنشر أبداً

## The meeting's and entries' words in other languages, beside the originals ($count: the fields given in a language;
## $given: none or some).
app-translations = بلغات أخرى
app-translations-hint = يقرأ هذه النصوص من اختار هذه اللغة على الموقع العام وفي خلاصاته وفي الوثائق؛ ويقرأ الآخرون النص الأصلي. يُحفظ كل حقل عند مغادرته.
app-translations-language = اللغة
app-translations-choice = { $language }{ $given ->
        [none] {""}
       *[some] {" "}({ $count })
    }
app-translation-original = الأصل: { $text }
app-translation-saved = حُفظت الترجمة
