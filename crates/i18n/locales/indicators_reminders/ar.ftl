## تذكير مسؤولي المشاريع (مهمة مجدولة، docs/operations.md)
reminder-subject = تذكير: أنشطة في انتظار تقريركم
reminder-intro = أنتم مسؤولو مشروع الأنشطة أدناه في بوابة الحكومة المنفتحة. وهي في انتظار تقرير عن التقدم:
# $commitment: the commitment's OGP id; $title: the activity's title; $end: its end date in words; $progress: "40%".
reminder-item-late = { $commitment } · { $title }: تجاوز تاريخ الانتهاء ({ $end })، نسبة التقدم { $progress }
reminder-item-late-unreported = { $commitment } · { $title }: تجاوز تاريخ الانتهاء ({ $end })، ولم يُبلَّغ عن أي تقدم
reminder-item-silent = { $commitment } · { $title }: لا تقرير منذ { $days } يومًا أو أكثر
reminder-item-never = { $commitment } · { $title }: لم يُنشر أي تقرير بعد
reminder-action = فتح المكتب الخلفي
reminder-footer = الحكومة المنفتحة بالمغرب. يصلكم هذا التذكير لأنكم كُلّفتم بدور مسؤول مشروع في البوابة؛ ولا يصلكم أكثر من تذكير واحد في كل فترة عن النشاط نفسه.
reminder-cli-done = التذكيرات الموضوعة في قائمة الإرسال: { $mails } (مسؤولو المشاريع المعنيون: { $leaders }).

## المؤشرات (docs/co-implementation.md)
indicator-section-title = المؤشرات
indicator-national-title = المؤشرات الوطنية للحكومة المنفتحة
indicator-national-intro = يعرض كل مؤشر قيمه عبر الزمن مع مصادرها، وقيمته المرجعية وهدفه. ويقدّم الجدول تحت كل رسم بياني الأرقام نفسها.
indicator-national-list = المؤشرات
indicator-national-none = لم يُنشر أي مؤشر وطني بعد.
indicator-unit = الوحدة:
# $value: "10 (2020)", a value and its year.
indicator-baseline-is = القيمة المرجعية: { $value }
indicator-target-is = الهدف: { $value }
indicator-no-values = لم تُسجَّل أي قيمة بعد.
indicator-table-caption = القيم والفترات والمصادر
indicator-col-period = الفترة
indicator-col-value = القيمة
indicator-col-source = المصدر
# $count: values shown; $first, $last: their periods; $latest: the latest value with its unit.
indicator-chart-desc = رسم بياني خطي { $cat ->
    [one] لقيمة واحدة
    [two] لقيمتين
   *[other] لـ { $count } قيم
 }، من { $first } إلى { $last }؛ آخر قيمة: { $latest }.
indicator-office-link = المؤشرات
indicator-office-national = المؤشرات الوطنية
indicator-office-none = لا يوجد أي مؤشر حاليا.
indicator-office-new = إضافة مؤشر
indicator-office-edit = تعديل
indicator-new-title = مؤشر جديد
# $commitment: the commitment's OGP id.
indicator-new-commitment-title = مؤشر جديد للالتزام { $commitment }
# $name: the indicator's name.
indicator-edit-title = المؤشر: { $name }
indicator-field-name = الاسم
indicator-field-name-hint = بلغة هذه الصفحة؛ تحتفظ اللغات الأخرى بصيغتها.
indicator-field-unit = الوحدة (مثلا %، طلبات، وثائق)
indicator-field-description = الوصف
indicator-field-baseline-value = القيمة المرجعية
indicator-field-baseline-year = سنة القيمة المرجعية
indicator-field-target-value = القيمة المستهدفة
indicator-field-target-year = سنة الهدف
indicator-field-period = الفترة (سنة YYYY أو شهر YYYY-MM)
indicator-field-value = القيمة
indicator-field-source = المصدر (رابط يبدأ بـ https:// أو http://)
indicator-field-note = ملاحظة
indicator-create = إنشاء المؤشر
indicator-save = حفظ المؤشر
indicator-values-title = القيم
indicator-add-value = إضافة القيمة
# $period: the value's period; $value: the value.
indicator-delete-value = حذف قيمة { $period } ({ $value })
indicator-error-name = أدخل اسم المؤشر.
# $max: the longest length allowed, in characters.
indicator-error-too-long = هذا النص طويل جدا: { $max } حرفا على الأكثر.
indicator-error-no-number = أدخل عددا.
indicator-error-not-a-number = هذا ليس عددا: اكتب أرقاما، مع نقطة أو فاصلة للكسور العشرية.
indicator-error-too-large = هذا العدد طويل جدا أو كبير جدا.
indicator-error-year = أدخل سنة بين 1900 و2100، من أربعة أرقام.
indicator-error-pair = أدخل القيمة وسنتها معا، أو اتركهما فارغتين.
indicator-error-target-before = لا يمكن أن تسبق سنةُ الهدف سنةَ القيمة المرجعية.
indicator-error-period = أدخل سنة (YYYY) أو شهرا (YYYY-MM) بين 1900 و2100.
indicator-error-duplicate = لهذا المؤشر قيمة مسجلة لهذه الفترة من قبل.
indicator-error-source = أدخل المصدر في شكل رابط يبدأ بـ https:// أو http://.
