### الرسائل التي يرسلها موقع الحدث: إلى المسجَّل (تأكيد عنوانه، واستلام طلبه، وكل قرار) وإلى جهة الاتصال المطلوب
### منها البت في طلب.

## جميع الرسائل.
mail-greeting = مرحباً { $name }،
mail-fact-line = { $label }: { $value }
mail-action-line = { $label }:
mail-copy-link = أو انسخ هذا العنوان في متصفحك: { $url }
mail-write-to = هل لديك أسئلة؟ اكتب إلى { $email }.
mail-reply = هل لديك أسئلة؟ رُدّ على هذه الرسالة.
mail-signature = منظمو { $meeting }
mail-page = صفحة الاجتماع

## البيانات التي تذكرها الرسالة عن التسجيل والاجتماع.
mail-fact =
    { $fact ->
        [name] الاسم
        [organisation] المنظمة
        [country] البلد
        [category] الفئة
        [status] الحالة
        [dates] التواريخ
        [venue] المكان
       *[online] الانضمام عبر الإنترنت
    }

## مواعيد اليوم بتوقيت الاجتماع وبتوقيت المسجَّل.
mail-times-yours = { $times } ({ $yours } بتوقيتك المحلي)
mail-times-yours-on = { $times } ({ $day }، { $yours } بتوقيتك المحلي)

## تأكيد العنوان.
mail-confirm-subject = أكِّد طلب تسجيلك في { $meeting }
mail-confirm-body =
    أُرسل طلب للمشاركة في { $title } ({ $dates }) باستخدام هذا العنوان. لتأكيد أنك من أرسله، افتح الرابط أدناه في غضون { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }، إذ لا يُحال الطلب إلى المنظمين إلا عندئذ.
mail-confirm-action = تأكيد طلبي
mail-confirm-not-you = إذا لم تكن أنت من أرسل الطلب، فلا تفعل شيئاً: سيُلغى الطلب ولن يُحتفظ بأي شيء منه.

## استلام الطلب.
mail-received-subject = تم استلام طلب التسجيل: { $meeting }
mail-received-pending = تم استلام طلبك للمشاركة في { $title } ({ $dates }). ويظل الطلب قيد النظر إلى أن توافق عليه جهة الاتصال في إدارتك أو منظمتك، وسيُبلَّغ إليك القرار.
mail-received-waitlisted = تم استلام طلبك للمشاركة في { $title } ({ $dates }). وكانت جميع الأماكن محجوزة عند وصوله، لذا أُدرج في قائمة الانتظار، وسنبلغك إذا شغر مكان.
mail-cancel-request = إذا تعذّر عليك الحضور في نهاية المطاف، فألغِ طلبك من هنا: { $link }

## القرارات.
mail-approved-subject = تمت الموافقة على تسجيلك في { $meeting }
mail-approved-body = تمت الموافقة على تسجيلك في { $title }: أهلاً وسهلاً بك.
mail-approved-online = رابط الانضمام عبر الإنترنت أدناه، وهو مخصص لك وحدك: يُرجى عدم إرساله إلى غيرك.
mail-rejected-subject = طلب تسجيلك في { $meeting }
mail-rejected-body = لم تتم الموافقة على طلبك للمشاركة في { $title }.
mail-rejected-reason = السبب المذكور: { $reason }
mail-waitlisted-subject = طلب تسجيلك في { $meeting }: قائمة الانتظار
mail-waitlisted-body = أُدرج طلبك للمشاركة في { $title } في قائمة الانتظار، وسنبلغك إذا شغر مكان.
mail-cancelled-subject = أُلغي تسجيلك في { $meeting }
mail-cancelled-body = أُلغي تسجيلك في { $title }.
mail-cancel-registration = إذا تعذّر عليك الحضور في نهاية المطاف، فألغِ تسجيلك من هنا: { $link }

## جهة الاتصال المطلوب منها البت في طلب من إدارتها.
mail-focal-subject = طلب للمشاركة في { $meeting } في انتظار قرارك
mail-focal-body = يطلب { $name } ({ $country }) المشاركة في { $title } ({ $dates }). وبصفتك جهة الاتصال المسؤولة عن الموافقة على طلبات إدارتك، يُرجى الموافقة على هذا الطلب أو رفضه.
mail-focal-link =
    الرابط أدناه مخصص لك وحدك: يعرض الطلبات الواردة من بلدك ({ $country }) التي تنتظر قرارك، ويظل صالحاً لمدة { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يوماً
       *[other] { $days } يوم
    }.
mail-focal-action = الموافقة أو الرفض
