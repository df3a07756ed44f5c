## The event site's public pages (crates/site): their frame, the meeting's pages, the pages the mails' links open,
## the error pages and the feeds' fixed words.

## The frame of every page.
site-skip-to-content = الانتقال إلى المحتوى الرئيسي
site-nav-meeting = الاجتماع
site-nav-languages = اللغة
site-nav-about = نبذة
site-nav-programme = البرنامج
site-nav-speakers = المتحدثون
site-nav-changes = التغييرات
site-nav-register = التسجيل
site-meetings = الاجتماعات
site-all-meetings = جميع الاجتماعات
# A page's title in the browser's tab: the page, then the meeting's short title.
site-page-title = { $page } - { $meeting }
site-back-to = العودة إلى { $meeting }
site-feeds = موجزات البرنامج:
site-feed-calendar = التقويم (iCalendar)
site-feed-frab-json = الجدول الزمني (frab JSON)
site-feed-frab-xml = الجدول الزمني (frab XML)
site-feed-atom = التغييرات (Atom)
site-feed-data = البيانات (JSON)

## An instant as people at the meeting read it: "Friday, 31 October 2025, 11:00 CET".
site-instant = { $date }، { $time } { $zone }
# A time on another day than the row's: "Sat 1 Nov, 00:30".
site-time-on-day = { $day }، { $time }

## The list of meetings.
site-no-meetings = لم يُنشر أي اجتماع على هذا الموقع بعد.

## A meeting's home page.
site-format =
    { $format ->
        [virtual] افتراضي (عبر الإنترنت فقط)
        [physical] حضوري
       *[hybrid] مختلط (حضوري وعبر الإنترنت)
    }
site-part-of = جزء من:
site-fact-date = التاريخ
site-fact-time = الوقت
site-fact-format = الشكل
site-fact-venue = المكان
site-fact-remote = المشاركة عن بُعد
site-remote-link = يُرسل رابط الانضمام بالبريد الإلكتروني إلى المشاركين الموافَق عليهم.
site-fact-languages =
    { $count ->
        [zero] اللغات
        [one] اللغة
        [two] اللغتان
        [few] اللغات
        [many] اللغات
       *[other] اللغات
    }
site-fact-organiser = الجهة المنظمة
site-fact-reference = المرجع
site-fact-website = الموقع الإلكتروني
# The programme's hours: "10:00 - 17:30 CET (Europe/Zurich)".
site-hours = { $start } - { $end } { $zone } ({ $place })
# A language of the meeting, by its name.
site-language =
    { $language ->
        [ar] العربية
        [zh] الصينية
        [fr] الفرنسية
        [ru] الروسية
        [es] الإسبانية
       *[en] الإنكليزية
    }
site-see-programme = الاطلاع على البرنامج
site-who-may-take-part = من يمكنه المشاركة
site-open-to = التسجيل مفتوح لـ:
site-registration = التسجيل
site-registration-terms =
    { $mandatory ->
        [yes] { $free ->
            [yes] التسجيل إلزامي. المشاركة مجانية.
           *[no] التسجيل إلزامي.
        }
       *[no] { $free ->
            [yes] التسجيل اختياري. المشاركة مجانية.
           *[no] التسجيل اختياري.
        }
    }
site-registration-opens = يبدأ التسجيل في { $when }.
site-registration-closes = ينتهي التسجيل في { $when }.
site-registration-not-open = لم يُفتح التسجيل بعد
site-registration-closed = التسجيل مغلق
site-side-events = الأحداث الجانبية
site-contact = جهة الاتصال
site-contact-email = البريد الإلكتروني:
site-contact-phone = الهاتف:
site-contact-fax = الفاكس:

## The programme.
site-version = الصيغة { $version }
site-version-published = الصيغة { $version }، نُشرت في { $when }.
site-version-withdrawn = سُحب من هذا الموقع في { $when }
site-what-changed = ما الذي تغيّر
site-zone-note = جميع الأوقات بتوقيت { $zone } ({ $place }).
site-zone-note-two = جميع الأوقات بتوقيت { $zone } ({ $place })، وبجانبها الأوقات بتوقيت { $viewer }.
site-zone-label = عرض الأوقات أيضاً حسب المنطقة الزمنية
site-zone-only = (بتوقيت { $zone } فقط)
site-zone-show = عرض
site-zone-mine = عرض الأوقات حسب منطقتي الزمنية
site-zone-mine-too = عرض الأوقات أيضاً حسب منطقتي الزمنية ({ $zone })
site-zone-unknown = هذه ليست منطقة زمنية: اختر واحدة من القائمة.
site-no-programme = لم يُنشر البرنامج بعد.
site-session = الجلسة
site-side-event = حدث جانبي
# Before the names of those who hold a role on an entry: "Chairs:".
site-role-label = { $role }:
site-download-document = تنزيل البرنامج كوثيقة:
site-to-print = للطباعة
site-add-to-calendar = إضافة البرنامج إلى تقويمك:
site-for-schedule-apps = لتطبيقات الجداول الزمنية، frab:
site-as-data = كبيانات:

## The speakers.
site-no-speakers = لم يُعلن عن المتحدثين بعد.
# When a speaker's session takes place: "11:00 - 12:00 CET, Fri 31 Oct".
site-session-when = { $start } - { $end } { $zone }، { $day }

## The changes.
site-changes-title = التغييرات في البرنامج
site-changes-intro = يعرض هذا الموقع الصيغة { $version }. ترد أدناه كل صيغة نشرها المنظمون، من الأحدث إلى الأقدم، مع ما تغيّر فيها. تابع التغييرات في قارئ الموجزات:

## Error pages.
site-error-not-found-title = الصفحة غير موجودة
site-error-not-found = لا توجد صفحة كهذه على هذا الموقع.
site-error-bad-request-title = لا يمكن الرد على هذا الطلب
site-error-internal-title = حدث خطأ
site-error-internal = لا يستطيع الموقع الرد الآن. يُرجى المحاولة مرة أخرى بعد قليل.

## The pages the links of the site's mails open.
site-link-expired = انتهت صلاحية هذا الرابط
site-link-invalid = هذا الرابط غير صالح
site-confirm-title = أكّد طلبك
site-confirm-ask = أكّد أن { $name } يطلب المشاركة بهذا العنوان: يُحال الطلب عندئذ إلى المنظمين.
site-confirm-button = تأكيد طلبي
site-confirm-expired = لم يُؤكَّد الطلب في الوقت المحدد، لذا لم يُحتفظ بأي شيء منه. يُرجى إرسال استمارة التسجيل مرة أخرى.
site-confirm-invalid = ربما استُخدم من قبل: يُؤكَّد الطلب مرة واحدة. إذا لم تؤكد طلبك، فأرسل استمارة التسجيل مرة أخرى.
site-confirm-registered-already = هذا العنوان مسجَّل بالفعل
site-confirm-registered-already-detail = سبق إجراء تسجيل بهذا العنوان لهذا الاجتماع: يظل قائماً، ولم يُغيَّر شيء.
site-confirm-waitlisted = طلبك في قائمة الانتظار
site-confirm-waitlisted-detail = جميع الأماكن مشغولة: طلبك في قائمة الانتظار، وستُبلَّغ بالبريد الإلكتروني إذا شغر مكان.
site-confirm-done = تم تأكيد طلبك
site-confirm-done-detail = يظل معلقاً إلى أن توافق عليه جهة الاتصال في إدارتك أو منظمتك: ستُبلَّغ بالقرار بالبريد الإلكتروني.
site-cancel-title = إلغاء تسجيلك
site-cancel-ask = هل تريد إلغاء تسجيل { $name }؟ يُبلَّغ المنظمون، ويذهب مكانك إلى شخص في قائمة الانتظار.
site-cancel-button = إلغاء تسجيلي
site-cancel-done = أُلغي تسجيلك
site-cancel-nothing-more = لا حاجة إلى أي إجراء آخر.
site-cancel-done-detail = أُبلغ المنظمون. إذا غيّرت رأيك، فاكتب إليهم.
site-cancel-invalid = استخدم الرابط الوارد في آخر رسالة تلقيتها بشأن تسجيلك.

## A focal point's page.
site-focal-requests = الطلبات
site-focal-heading = الطلبات الواردة من { $administration }
# "Switzerland (ITU Member State administration)".
site-administration = { $country } ({ $category })
site-focal-intro = بصفتك جهة الاتصال لـ { $administration }، يا { $name }، توافق على طلبات المشاركة في هذا الاجتماع أو ترفضها. تُحال قراراتك إلى المنظمين، ويُبلَّغ كل مسجِّل بالبريد الإلكتروني. هذه الصفحة لك وحدك: عنوانها صالح حتى { $expires }.
site-focal-none = لا يوجد طلب ينتظر قرارك.
site-focal-waiting =
    { $count ->
        [zero] بانتظار قرارك ({ $count })
        [one] بانتظار قرارك ({ $count })
        [two] بانتظار قرارك ({ $count })
        [few] بانتظار قرارك ({ $count })
        [many] بانتظار قرارك ({ $count })
       *[other] بانتظار قرارك ({ $count })
    }
site-focal-organisation = المنظمة
site-focal-position = المنصب
site-focal-category = الفئة
site-focal-email = البريد الإلكتروني
site-focal-asked = تاريخ الطلب
site-focal-approve = موافقة
site-focal-reason = السبب، في حالة الرفض
site-focal-reject = رفض
site-focal-choose = اختر موافقة أو رفض.
site-focal-reason-needed = لرفض طلب، اذكر السبب: يُبلَّغ به المسجِّل.
site-focal-not-waiting = هذا الطلب لا ينتظر قرارك: إما أنه بُتّ فيه بالفعل، أو أنه ليس من إدارتك.
site-focal-link-expired = تحمل كل رسالة بشأن طلب جديد رابطاً جديداً؛ أو اطلب رابطاً من منظمي الاجتماع.
site-focal-link-invalid = استخدم رابط آخر رسالة أرسلها إليك الموقع بصفتك جهة اتصال.

## The feeds' fixed words (the organisers' words stay as they typed them).
site-feed-cancelled = أُلغي: { $title }
# A line of an entry's description in a calendar: "Chair: Ms Ana Ribeiro".
site-feed-role = { $role }: { $name }
site-feed-atom-title = برنامج { $meeting }: التغييرات
# The room of the entries that name none, in a schedule app.
site-feed-main-room = القاعة الرئيسية

## The meeting's pages inside another website (embed.rs, dais_wire::embed)
embed-link = { $part ->
    [programme] برنامج { $meeting }
    [speakers] متحدثو { $meeting }
   *[registration] التسجيل في { $meeting }
}
embed-on-the-site = { $part ->
    [programme] البرنامج على موقع الاجتماع
   *[speakers] المتحدثون على موقع الاجتماع
}
embed-form-title = استمارة التسجيل في { $meeting }
# The static export without a live site: the home page says where registration goes instead of a button.
site-files-no-form = لا تقبل هذه الصفحات التسجيل: للتسجيل، يُرجى الكتابة إلى أمانة الاجتماع.
# The folder the app saves the public site's files in (Downloads).
site-files-folder = الموقع العام { $meeting }
