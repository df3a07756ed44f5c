### Words every part of Dais shares: the app, the site, the mails, the CLI and the documents (locales/en/common.ftl
### explains each).

language-name = العربية

date-range = من { $first } إلى { $last }

role =
    { $role ->
        [chair] { $count ->
            [zero] الرؤساء
            [one] الرئيس
            [two] الرئيسان
            [few] الرؤساء
            [many] الرؤساء
           *[other] الرؤساء
        }
        [moderator] { $count ->
            [zero] مديرو الجلسة
            [one] مدير الجلسة
            [two] مديرا الجلسة
            [few] مديرو الجلسة
            [many] مديرو الجلسة
           *[other] مديرو الجلسة
        }
        [keynote] { $count ->
            [zero] المتحدثون الرئيسيون
            [one] المتحدث الرئيسي
            [two] المتحدثان الرئيسيان
            [few] المتحدثون الرئيسيون
            [many] المتحدثون الرئيسيون
           *[other] المتحدثون الرئيسيون
        }
        [panellist] { $count ->
            [zero] أعضاء فريق المناقشة
            [one] عضو فريق المناقشة
            [two] عضوا فريق المناقشة
            [few] أعضاء فريق المناقشة
            [many] أعضاء فريق المناقشة
           *[other] أعضاء فريق المناقشة
        }
        [rapporteur] { $count ->
            [zero] المقررون
            [one] المقرر
            [two] المقرران
            [few] المقررون
            [many] المقررون
           *[other] المقررون
        }
       *[speaker] { $count ->
            [zero] المتحدثون
            [one] المتحدث
            [two] المتحدثان
            [few] المتحدثون
            [many] المتحدثون
           *[other] المتحدثون
        }
    }

speaker-status =
    { $status ->
        [confirmed] مؤكَّد
        [declined] اعتذر
       *[invited] مدعو
    }

registration-status =
    { $status ->
        [waitlisted] قائمة الانتظار
        [approved] مقبول
        [rejected] مرفوض
        [cancelled] ملغى
       *[pending] قيد النظر
    }

participant-category =
    { $category ->
        [member_state_administration] إدارة دولة عضو في الاتحاد
        [sector_member] عضو قطاع تقييس الاتصالات
        [associate] منتسب إلى قطاع تقييس الاتصالات
        [academia] هيئة أكاديمية في الاتحاد
        [resolution99] دولة فلسطين (القرار 99)
       *[other_eligible_individual] فرد من دولة عضو في الاتحاد
    }

entry-kind =
    { $kind ->
        [block] مجموعة
        [item] بند
        [break] استراحة
       *[side_event] حدث جانبي
    }

event-kind =
    { $kind ->
        [webinar] ندوة إلكترونية
        [workshop] ورشة عمل
        [conference] مؤتمر
       *[meeting] اجتماع
    }
event-format =
    { $format ->
        [virtual] افتراضي
        [physical] حضوري
       *[hybrid] هجين
    }

region =
    { $region ->
        [africa] أفريقيا
        [americas] الأمريكتان
        [asia] آسيا
        [europe] أوروبا
       *[oceania] أوقيانوسيا
    }

registration-source =
    { $source ->
        [website_form] استمارة الموقع
        [manual] أُدخل يدوياً
       *[import] مستورد
    }

mail-message =
    { $message ->
        [received] تم استلام الطلب
        [decision] القرار
       *[focal_point] طلب إلى جهة الاتصال
    }
mail-state =
    { $state ->
        [sent] أُرسل
        [retrying] لم يُرسل بعد (سيعيد الموقع المحاولة)
       *[failed] لم يُرسل
    }

## سبب عدم إدراج الموقع العام لمتحدث: يدرج المتحدثين المؤكَّدين الذين وافقوا على النشر.
unlisted-because =
    { $because ->
        [not_confirmed] لم يؤكِّد بعد
        [declined] اعتذر
       *[no_consent] لم يوافق على النشر
    }
unlisted-separator = {"؛ "}

## فاصل عناصر القائمة: «أ، ب، ج».
list-separator = {"، "}

## ما ينبغي التحقق منه قبل النشر (تنبيهات البرنامج). العناوين والأسماء من وضع المنظمين؛ و$start و$end وقتان حيث
## يوجد المسجلون، بالمنطقة الزمنية $zone؛ و$countries البلدان التي سجّلوا منها.
warning-overlap = «{ $first }» يتداخل مع «{ $second }»
warning-double-booked = { $name } مُدرج في «{ $first }» و«{ $second }» في الوقت نفسه
warning-outside-block = «{ $item }» خارج جلسته «{ $block }»
warning-night = «{ $title }» من { $start } إلى { $end } { $zone } { $registrants ->
        [zero] للمسجلين
        [one] للمسجل الوحيد
        [two] للمسجلَين
        [few] للمسجلين الـ{ $registrants }
        [many] للمسجلين الـ{ $registrants }
       *[other] للمسجلين الـ{ $registrants }
    } من: { $countries }

## How a person's name is written: the choice beside the name in a form (by default, as its script writes it: family
## name first for Chinese, Japanese and Korean).
name-order =
    { $order ->
        [given_first] الاسم الأول أولاً (Ana Ribeiro)
        [family_first] اسم العائلة أولاً (王小明, Kovács János)
       *[by_script] حسب نظام كتابته
    }

## A language, as a sentence names it ($code: ar, zh, en, fr, ru, es); language-name is its own name for itself.
language =
    { $code ->
        [ar] العربية
        [zh] الصينية
        [en] الإنكليزية
        [fr] الفرنسية
        [ru] الروسية
       *[es] الإسبانية
    }

## A circular's facts, as the organiser confirms them.
circular-field =
    { $field ->
        [reference] المرجع
        [issued] تاريخ الرسالة
        [title] العنوان
        [format] الشكل
        [date] التاريخ
        [times] الأوقات
        [zone] المنطقة الزمنية
        [languages] اللغات
        [registration_required] التسجيل إلزامي
        [free_of_charge] مجاناً
        [phone] الهاتف
        [fax] الفاكس
        [email] البريد الإلكتروني
        [short_title] العنوان المختصر
        [venue] المكان
        [audience] من يمكنه المشاركة
        [categories] فئات المشاركين
        [registration_deadline] الموعد النهائي للتسجيل
       *[side_event] حدث جانبي
    }
