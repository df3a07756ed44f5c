### النشر: ما تغيّر من نسخة من برنامج الاجتماع إلى التي تليها (صفحة التغييرات في الموقع وموجزها، ومعاينة التطبيق،
### و`dais preview`)، وما يجعله النشر علنياً.

## تغيير. $title عنوان البند؛ و$when يومه وأوقاته ومنطقته الزمنية (change-when)؛ و$what الجوانب التي تغيّرت
## (change-aspect، تفصل بينها list-separator).
change-first = النسخة الأولى: { $entries ->
        [zero] لا بنود
        [one] بند واحد
        [two] بندان
        [few] { $entries } بنود
        [many] { $entries } بنداً
       *[other] { $entries } بند
    } و{ $speakers ->
        [zero] لا متحدثين
        [one] متحدث واحد
        [two] متحدثان
        [few] { $speakers } متحدثين
        [many] { $speakers } متحدثاً
       *[other] { $speakers } متحدث
    }
change-facts = تغيّر في الاجتماع: { $what }
change-added = جديد: { $title } ({ $when })
change-cancelled = أُلغي: { $title } (كان { $when })
change-moved = نُقل: { $title } من { $from } إلى { $when }
change-retitled = عنوان جديد: «{ $from }» أصبح «{ $title }»
change-changed = تغيّر: { $title } ({ $what })
change-speaker-added = متحدث جديد: { $name }
change-speaker-removed = لم يعد مدرجاً: { $name }
change-speaker-changed = المتحدث { $name }: تغيّر { $what }
change-back = عاد إلى الموقع العام
change-when = { $day } { $start }-{ $end } { $zone }
change-aspect =
    { $aspect ->
        [title] العنوان
        [short_title] العنوان المختصر
        [kind] نوع الاجتماع
        [format] الشكل
        [zone] المنطقة الزمنية
        [dates] التواريخ
        [venue] المكان
        [online_link] المشاركة عبر الإنترنت
        [languages] اللغات
        [description] الوصف
        [organiser] الجهة المنظمة
        [audience] الفئة المستهدفة
        [registration] التسجيل
        [eligible_categories] من يحق له التسجيل
        [contacts] جهات الاتصال
        [reference] المرجع
        [website] الموقع الإلكتروني
        [part_of] الاجتماع الذي ينتمي إليه
        [side_events] الأحداث الجانبية
        [place] المكان
        [session] الجلسة
        [speakers] المتحدثون
        [name] الاسم
        [position] المنصب
        [organisation] المنظمة
        [country] البلد
        [bio] السيرة الذاتية
        [links] الروابط
       *[other] { $aspect }
    }

## ما يجعله النشر علنياً (أو يعطيه للموقع لعمله الخاص)، حسب نوع العنصر والحقل.
preview-part =
    { $part ->
        [meeting] الاجتماع
        [entry] كل بند علني
        [speaker] كل متحدث مؤكَّد وافق على النشر
       *[role] أدوارهم في البنود العلنية
    }
preview-field =
    { $part ->
        [meeting] { $field ->
            [title] العنوان
            [short_title] العنوان المختصر
            [kind] نوع الاجتماع
            [format] الشكل
            [zone] المنطقة الزمنية
            [starts_on] اليوم الأول
            [ends_on] اليوم الأخير
            [venue] المكان
            [languages] اللغات
            [description] الوصف
            [organiser] الجهة المنظمة
            [audience] من يمكنه المشاركة
            [registration] قواعد التسجيل (التواريخ والرسوم والأماكن)
            [eligible_categories] فئات المشاركين
            [contacts] جهات الاتصال
            [reference] الوثيقة المرجعية
            [website] الموقع الإلكتروني
            [parent_event_id] الاجتماع الذي ينتمي إليه الحدث الجانبي
            [online_link] رابط المشاركة عبر الإنترنت (يُرسل إلى المشاركين المقبولين فقط)
            [archived] هل هو مؤرشف
           *[other] { $field }
        }
        [entry] { $field ->
            [title] العنوان
            [description] الوصف
            [slot] الأوقات والمكان
            [kind] النوع (جلسة، بند، استراحة، حدث جانبي)
            [block_id] الجلسة التي يندرج فيها البند
            [linked_event_id] الحدث الجانبي الذي يمثله
            [event_id] الاجتماع الذي ينتمي إليه
            [public] موسوم بأنه علني
           *[other] { $field }
        }
        [speaker] { $field ->
            [honorific] اللقب
            [given_name] الاسم الأول
            [family_name] اسم العائلة
            [name_order] ترتيب الاسم
            [position] المنصب
            [organisation] المنظمة
            [country] البلد
            [bio] السيرة الذاتية
            [links] الروابط
            [photo] الصورة
           *[other] { $field }
        }
       *[role] { $field ->
            [speaker_id] المتحدث
            [role] الدور
            [entry_id] البند
            [event_id] الاجتماع الذي ينتمي إليه
           *[other] { $field }
        }
    }
change-translated = النصوص باللغة { $language }: { $what }
change-translated-field = { $aspect } «{ $title }»
