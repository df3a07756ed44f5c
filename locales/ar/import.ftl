### جلب البيانات من ملفات الأنظمة الأخرى.

## الكلمات التي قد يستعملها عنوان الملف لكل عمود، إضافة إلى اسمه في قائمة المشاركين، مفصولة بالرمز |.
import-column-words =
    { $column ->
        [name] الاسم الكامل|المشارك|المسجل
        [given_name] الاسم الأول|الاسم
        [family_name] اسم العائلة|اللقب
        [email] البريد الإلكتروني|عنوان البريد الإلكتروني|البريد
        [organisation] المنظمة|الجهة|المؤسسة|الشركة|جهة العمل
        [position] المنصب|الوظيفة|المسمى الوظيفي
        [country] الجنسية|بلد الإقامة
        [country_code] رمز ISO|رمز البلد
        [category] فئة المشارك|نوع المشارك
        [status] حالة التسجيل|الحالة|القرار
        [submitted_at] تاريخ التسجيل|سجل في|أرسل في
        [decided_by] وافق عليه
        [decided_at] تاريخ القرار
        [reason] سبب القرار
        [consent_to_be_listed] الموافقة|مدرج في القائمة
        [attended] حاضر|الحضور|سجل الوصول
        [private_notes] ملاحظات|تعليقات
        [source] المنشأ
       *[id] معرف Dais
    }
## الكلمات التي قد يستعملها الملف لكل حالة تسجيل، إضافة إلى اسمها، مفصولة بالرمز |.
import-status-words =
    { $status ->
        [pending] بانتظار الدفع|غير مدفوع|مرسل|جديد
        [waitlisted] قائمة الانتظار|في الانتظار
        [approved] مكتمل|مقبول|مؤكد|مسجل
        [rejected] مرفوض|رفض
       *[cancelled] مسحوب|ملغى
    }

## سبب تعذر قراءة الملف ($detail: كلمات النظام أو القارئ، بالإنكليزية).
import-file-io = { $detail }
import-file-too-large = حجمه { $size } ميغابايت، وهو أكبر من { $most } ميغابايت التي يقرؤها Dais
import-file-not-a-table = إنه ملف { $kind }، وليس جدولاً إلكترونياً ولا ملف CSV
import-file-damaged = الجدول الإلكتروني تالف أو مبتور ({ $detail })
import-file-unknown-encoding = { $encoding } ترميز لا يعرفه Dais (جرّب UTF-8 أو windows-1252 أو windows-1251 أو windows-1256 أو GBK)
import-file-not-text = ليس نصاً بالترميز المقروء: اختر ترميزه، أو احفظه من جديد بصيغة CSV (UTF-8)
import-file-csv = ملف CSV غير سليم البنية ({ $detail })

## سبب تعذر قراءة ملف البرنامج.
import-programme-unknown = ليس تصديراً من Indico (جدولاً زمنياً أو حدثاً) ولا برنامج c3voc (frab، pretalx)
import-programme-empty = لا يحتوي أي بند له وقت
import-programme-json = بنية JSON فيه غير سليمة ({ $detail })
import-programme-xml = بنية XML فيه غير سليمة ({ $detail })
import-programme-entry-type = فيه بند من نوع لا يعرفه Dais: { $kind }
import-programme-time = «{ $value }» ليس وقتاً يقرؤه Dais
import-programme-duration = «{ $value }» ليست مدة مثل 1:30

import-circular-not-docx = ليس مستند DOCX يستطيع Dais قراءته
import-circular-pdf = لا يحتوي ملف PDF هذا على نص يمكن لـ Dais قراءته (رسالة ممسوحة ضوئياً؟): افتح ملف DOCX للتعميم، أو الصق نصه
circular-session = الجلسة { $number }
circular-side-event = حدث جانبي
circular-contact = الأمانة
import-indico-address = ليس هذا عنوان حدث في Indico ‏(…/event/1234/) ولا عنوان أحد تصديراته (…/export/timetable/1234.json)
import-indico-unreachable = يتعذر الوصول إلى Indico ‏({ $reason })
import-indico-token = رفض Indico رمز واجهة البرمجة: أدخل رمزاً أُنشئ في Indico ضمن ملفي الشخصي ← رموز واجهة البرمجة، بنطاق read:legacy_api
import-indico-status = ردّ Indico بالخطأ { $status }
