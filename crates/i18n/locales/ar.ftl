# الرسائل العربية لبوابة opengov (اللغة الافتراضية، من اليمين إلى اليسار).
# Arabic messages of opengov. Drafted by the development team; to be reviewed by a native editor.
# أسماء الأشهر بالصيغة المغربية. الأرقام بالأرقام الغربية (الاستعمال المغربي).

site-name = الحكومة المنفتحة بالمغرب
site-tagline = خطط العمل والالتزامات ومدى تقدمها
site-description = خطط العمل الوطنية للحكومة المنفتحة بالمغرب، في إطار مبادرة الشراكة من أجل الحكومة المنفتحة: كل التزام وأنشطته والمؤسسات المسؤولة عنه ومدى تقدمه.
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-main = القائمة الرئيسية
nav-languages = اللغات
nav-breadcrumbs = موقعكم في البوابة
nav-home = الرئيسية
nav-plans = خطط العمل
nav-commitments = الالتزامات
nav-institutions = المؤسسات
footer-about = حول هذه المعطيات
footer-open-data = المعطيات المفتوحة
footer-accessibility = إمكانية الولوج
footer-meta = معطيات عمومية مأخوذة من المصادر المذكورة في كل صفحة. تُحسب النسب وفق القاعدة المشروحة في صفحة كل خطة.
language-ar = العربية
language-fr = الفرنسية
language-en = الإنجليزية
language-zgh = الأمازيغية
not-recorded = غير مسجل
not-found-in-sources = لم يرد في المصادر العمومية
date-unknown = التاريخ غير معروف
date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = ماي
month-6 = يونيو
month-7 = يوليوز
month-8 = غشت
month-9 = شتنبر
month-10 = أكتوبر
month-11 = نونبر
month-12 = دجنبر
percent = { $value }%
illustrative-title = معطيات توضيحية.
illustrative-text = بعض الأنشطة ونسب التقدم في هذا الموقع افتراضية لأغراض العرض، ولا صفة رسمية لها.

count-commitments = { $cat ->
    [zero] لا التزام
    [one] التزام واحد
    [two] التزامان
    [few] { $count } التزامات
    [many] { $count } التزامًا
   *[other] { $count } التزام
}
count-activities = { $cat ->
    [zero] لا نشاط
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}
count-institutions = { $cat ->
    [zero] لا مؤسسة
    [one] مؤسسة واحدة
    [two] مؤسستان
    [few] { $count } مؤسسات
    [many] { $count } مؤسسةً
   *[other] { $count } مؤسسة
}
count-axes = { $cat ->
    [zero] لا محور
    [one] محور واحد
    [two] محوران
    [few] { $count } محاور
    [many] { $count } محورًا
   *[other] { $count } محور
}

status-not_started = لم ينطلق
status-limited = محدود
status-substantial = متقدم
status-complete = مكتمل
status-not-reported = لا تتوفر معطيات بعد
status-delayed = متأخر
status-cancelled = ملغى
bar-label = { $subject }: { $value }، { $status }
plan-status-drafting = قيد الإعداد
plan-status-consultation = قيد التشاور
plan-status-implementing = قيد التنفيذ
plan-status-completed = منتهية
tag-parliament = البرلمان
tag-government = الحكومة
official-tag = مُعلَن رسميًا
official-as-of = مُعلَن بتاريخ { $date }
official-undated = تاريخ النسبة غير مذكور
official-source = المصدر:
source-link = المصدر { $number }
sources = المصادر

home-title = متابعة خطط العمل الوطنية للحكومة المنفتحة
home-lead = تابِعوا خطط العمل الوطنية للحكومة المنفتحة بالمغرب: ما يَعِد به كل التزام، ومن المسؤول عنه، وإلى أين وصل تنفيذه.
home-figures = أرقام أساسية
stat-plans = خطط العمل
stat-commitments = الالتزامات المسجلة
stat-commitments-note = الحكومة والبرلمان
stat-current-completion = نسبة إنجاز الخطة الحالية
stat-computed = محسوبة من تقدم الأنشطة المسجَّل في البوابة
home-current-plan = خطة العمل الحالية
home-plans = جميع خطط العمل
home-changes = آخر التحديثات
home-no-changes = لا توجد تحديثات بعد.
completion-computed = نسبة الإنجاز المحسوبة من الأنشطة
completion-official = نسبة الإنجاز المُعلَنة رسميًا
completion-per-axis = نسبة الإنجاز حسب المحور
how-computed-link = كيف تُحسب هذه النسب؟
change-plan-imported = { $subject }: نشر المعطيات
change-activity-added = { $subject }: إضافة نشاط
change-activity-updated = { $subject }: تحديث نسبة التقدم
change-activity-moved = { $subject }: نقل نشاط
change-activity-deleted = { $subject }: حذف نشاط
change-report-published = { $subject }: نشر تقرير عن التقدم
change-activity-edited = { $subject }: تعديل نشاط
change-activity-cancelled = { $subject }: إلغاء نشاط
change-other = { $subject }: تحديث

plans-title = خطط العمل
plans-lead = خطط العمل الوطنية للحكومة المنفتحة بالمغرب، في إطار مبادرة الشراكة من أجل الحكومة المنفتحة، من الأحدث إلى الأقدم.
plans-none = لم تُنشر أي خطة عمل بعد.
plan-number = الخطة { $number }
plan-recorded-of = { $cat ->
    [zero] سُجِّل هنا { $recorded } من أصل لا التزام.
    [one] سُجِّل هنا { $recorded } من أصل التزام واحد.
    [two] سُجِّل هنا { $recorded } من أصل التزامين.
    [few] سُجِّل هنا { $recorded } من أصل { $count } التزامات.
    [many] سُجِّل هنا { $recorded } من أصل { $count } التزامًا.
   *[other] سُجِّل هنا { $recorded } من أصل { $count } التزام.
}
plan-incomplete-explained = لا تذكر المصادر العمومية إلا هذه الالتزامات؛ وستُضاف الالتزامات الناقصة عند نشر نصوصها. ولا يُضاف هنا أي التزام لا تذكره المصادر.
plan-axes-recorded-of = { $cat ->
    [zero] حدَّدت المصادر العمومية { $recorded } من أصل لا محور.
    [one] حدَّدت المصادر العمومية { $recorded } من أصل محور واحد.
    [two] حدَّدت المصادر العمومية { $recorded } من أصل محورين.
    [few] حدَّدت المصادر العمومية { $recorded } من أصل { $count } محاور.
    [many] حدَّدت المصادر العمومية { $recorded } من أصل { $count } محورًا.
   *[other] حدَّدت المصادر العمومية { $recorded } من أصل { $count } محور.
}
axis-recorded-of = سُجِّل هنا { $recorded } من التزامات هذا المحور في الخطة، وعددها { $declared }.
plan-completion = نسبة الإنجاز
plan-not-reported-explained = لم تُسجَّل بعدُ في هذه البوابة نسب تقدم جميع أنشطة أي التزام من التزامات هذه الخطة، لذلك لا تُحسب أي نسبة. وتُعرض أدناه النسب المُعلَنة رسميًا، إن وُجدت، مع مصادرها.
plan-no-axes = لم يُسجَّل أي محور لهذه الخطة.
plan-commitments = الالتزامات حسب المحاور
group-empty = لم يُسجَّل هنا بعد أي التزام من هذا المحور.
group-no-axis = محور غير محدد
group-no-axis-note = لا تذكر المصادر العمومية المحور الذي تنتمي إليه هذه الالتزامات.
group-parliament = التزامات البرلمان
group-parliament-note = التزامات مجلس النواب التي تدرجها مبادرة الشراكة من أجل الحكومة المنفتحة ضمن خطة العمل نفسها. ولا تُحتسب في نسب الحكومة.
parliament-figure = نسبة إنجاز التزامات البرلمان، محسوبة من أنشطتها:
plan-documents = الوثائق
doc-type-member-page = صفحة البلد العضو
doc-type-irm-report = تقرير آلية التقييم المستقلة
doc-type-irm-report-mirror = تقرير آلية التقييم المستقلة، نسخة
doc-type-self-assessment-mirror = تقرير التقييم الذاتي، نسخة
doc-type-action-plan-mirror = نص خطة العمل، نسخة
doc-type-portal-page = صفحة البوابة
doc-type-other = وثيقة
how-computed-title = كيف تُحسب النسب؟
how-computed-activity = لكل نشاط من أنشطة الالتزام نسبة تقدم من 0 إلى 100%، يحددها المسؤول عن المشروع في تقرير مصادق عليه، ووزنٌ. والنشاط المأخوذ من المصادر العمومية نسبته هي التي يذكرها مصدر: المرحلة التي يذكر مصدرٌ أنها أُنجزت تُحتسب 100%، وما عداها يُعرض «لا تتوفر معطيات بعد»، ولا يُعرض أبدًا 0%.
how-computed-commitment = نسبة تقدم الالتزام هي المتوسط المرجح لنسب تقدم أنشطته، ولا تُحسب إلا إذا سُجِّلت نسبة لكل نشاط منها. تُستثنى الأنشطة الملغاة. والالتزام الذي لا نشاط له، أو الذي لم تُسجَّل نسبة أحد أنشطته، لا نسبة له: يُعرض «لا تتوفر معطيات بعد»، ولا يُعرض أبدًا 0%.
how-computed-rollup = نسبة تقدم المحور ونسبة تقدم الخطة هما متوسط نسب التزاماتهما، مع استثناء الالتزامات التي لا نسبة لها. وتُعرض التزامات البرلمان على حدة.
how-computed-status = بجانب كل نسبة، وضعية على سلم آلية التقييم المستقلة: لم ينطلق (0%)، محدود (من 1 إلى 49%)، متقدم (من 50 إلى 99%)، مكتمل (100%). و«متأخر» يعني أن تاريخ انتهاء أحد الأنشطة قد مضى قبل أن يبلغ 100%.
how-computed-official = النسب التي تنشرها الحكومة أو تنقلها الصحافة تُعرض على حدة بوصفها «مُعلَنة رسميًا»، مع تاريخها ومصدرها. ولا تُخلط بالنسب المحسوبة.

commitments-title = الالتزامات
commitments-none = لا يوجد التزام يطابق هذه المرشحات.
filter-plan = خطة العمل
filter-axis = المحور
filter-status = الوضعية
filter-institution = المؤسسة
filter-all = الكل
filter-apply = تطبيق المرشحات
filter-reset = مسح المرشحات
pagination = الصفحات
pagination-previous = السابق
pagination-next = التالي
pagination-page-of = الصفحة { $page } من { $pages }
col-ogp-id = رمز المبادرة
col-commitment = الالتزام
col-lead = المؤسسة المسؤولة
col-period = المدة
col-progress = التقدم
col-activity = النشاط
col-expected-output = النتيجة المنتظرة
col-responsible = المسؤول
col-weight = الوزن
col-status = الوضعية
col-institution = المؤسسة
col-commitments-led = الالتزامات التي تقودها
col-activities = الأنشطة

commitment-progress = التقدم
commitment-not-reported-explained = لم تُسجَّل في هذه البوابة أي معطيات عن أنشطة هذا الالتزام، لذلك لا تُحسب أي نسبة.
commitment-fields = الالتزام
commitment-activities = الأنشطة (المراحل)
activities-not-reported = لا تتوفر معطيات بعد: لم تُنشر أنشطة هذا الالتزام ونسب تقدمها في المصادر المعتمدة هنا.
coverage-commitments = { $cat ->
    [zero] النسبة محسوبة من { $reported } من أصل لا التزام مسجَّل هنا.
    [one] النسبة محسوبة من { $reported } من أصل التزام واحد مسجَّل هنا، ولا نسبة بعدُ للباقي.
    [two] النسبة محسوبة من { $reported } من أصل التزامين مسجَّلين هنا، ولا نسبة بعدُ للباقي.
    [few] النسبة محسوبة من { $reported } من أصل { $count } التزامات مسجَّلة هنا، ولا نسبة بعدُ للباقي.
    [many] النسبة محسوبة من { $reported } من أصل { $count } التزامًا مسجَّلًا هنا، ولا نسبة بعدُ للباقي.
   *[other] النسبة محسوبة من { $reported } من أصل { $count } التزام مسجَّل هنا، ولا نسبة بعدُ للباقي.
}
coverage-activities = { $cat ->
    [zero] سُجِّلت نسبة التقدم لـ{ $reported } من أصل لا نشاط لهذا الالتزام.
    [one] سُجِّلت نسبة التقدم لـ{ $reported } من أصل نشاط واحد لهذا الالتزام، وتُحسب نسبته حين تُسجَّل نسبة لكل نشاط.
    [two] سُجِّلت نسبة التقدم لـ{ $reported } من أصل نشاطين لهذا الالتزام، وتُحسب نسبته حين تُسجَّل نسبة لكل نشاط.
    [few] سُجِّلت نسبة التقدم لـ{ $reported } من أصل { $count } أنشطة لهذا الالتزام، وتُحسب نسبته حين تُسجَّل نسبة لكل نشاط.
    [many] سُجِّلت نسبة التقدم لـ{ $reported } من أصل { $count } نشاطًا لهذا الالتزام، وتُحسب نسبته حين تُسجَّل نسبة لكل نشاط.
   *[other] سُجِّلت نسبة التقدم لـ{ $reported } من أصل { $count } نشاط لهذا الالتزام، وتُحسب نسبته حين تُسجَّل نسبة لكل نشاط.
}
activity-wording-editors = صياغة محرري البوابة
activity-wording-shortened = صياغة المصدر مختصرة
activity-stated-done = أُنجز حسب مصدره
activity-stated-started = انطلق حسب مصدره
activity-stated-planned = مُبرمَج حسب مصدره
activity-stated-not-done-question = لم يُنجز حسب سؤال كتابي في البرلمان
activity-stated-with-date = { $status } ({ $date })
commitment-irm = تقييم مبادرة الشراكة من أجل الحكومة المنفتحة
commitment-irm-explained = خانات تنشرها مبادرة الشراكة من أجل الحكومة المنفتحة وآلية التقييم المستقلة التابعة لها، كما ترد في صفحاتها.
field-ogp-id = رمز المبادرة
field-plan = خطة العمل
field-axis = المحور
field-position = الرقم في الخطة
position-from-source = وارد في المصادر
position-inferred = مستنتج من ترتيب الرموز
field-lead = المؤسسة المسؤولة
field-ogp-lead-field = المؤسسة المسؤولة كما تذكرها المبادرة
field-support = المؤسسات الداعمة
field-start = البداية
field-end = النهاية
field-problem = الإشكالية المعالَجة
field-description = الوصف
field-how-it-helps = كيف سيساهم
field-ogp-values = قيم المبادرة
field-policy-areas = مجالات السياسات
field-contact = جهة الاتصال
field-title-long = العنوان المفصل
field-title-irm = العنوان في تقرير آلية التقييم المستقلة
field-builds-on = امتداد لـ
field-weight = الوزن في الخطة
field-ogp-verifiable = قابل للتحقق
field-ogp-relevant = ملائم لقيم المبادرة
field-ogp-ambition = الطموح
field-irm-potential-impact = الأثر المحتمل (آلية التقييم)
field-irm-completion = الإنجاز (آلية التقييم)
field-irm-starred = التزام متميز
field-irm-early-results = النتائج الأولى (آلية التقييم)
field-irm-potential-results = إمكانية تحقيق النتائج (آلية التقييم)

institutions-title = المؤسسات
institutions-lead = المؤسسات التي تقود التزامات أو تتولى المسؤولية عن أنشطة.
institution-commitments = الالتزامات التي تقودها
institution-activities = الأنشطة التي تتولى مسؤوليتها
institution-no-commitments = لا تقود أي التزام مسجل هنا.
institution-no-activities = لم يُسند إليها أي نشاط مسجل هنا.
institution-kind-government = حكومة
institution-kind-civil-society = مجتمع مدني
institution-kind-parliament = برلمان
institution-kind-private = قطاع خاص
institution-kind-academia = جامعات ومراكز بحث
institution-kind-local = جماعات ترابية
institution-kind-international = منظمة دولية
institution-kinds-government = المؤسسات الحكومية
institution-kinds-civil-society = منظمات المجتمع المدني
institution-kinds-parliament = البرلمان
institution-kinds-private = القطاع الخاص
institution-kinds-academia = الجامعات ومراكز البحث
institution-kinds-local = الجماعات الترابية
institution-kinds-international = المنظمات الدولية

page-about-title = حول هذه المعطيات
page-about-p1 = تنشر هذه البوابة خطط العمل الوطنية للحكومة المنفتحة بالمغرب، في إطار مبادرة الشراكة من أجل الحكومة المنفتحة، وتتابع تنفيذها علنًا.
page-about-p2 = كل خطة ومحور والتزام معروض هنا مصدره وثيقة عمومية: صفحات مبادرة الشراكة من أجل الحكومة المنفتحة، وتقارير آلية التقييم المستقلة التابعة لها، وبوابة الحكومة، والصحافة. وتذكر كل صفحة مصادرها.
page-about-p3 = حين لا تذكر المصادر شيئًا، تقول الصفحة ذلك («لا تتوفر معطيات بعد»، «لم يرد في المصادر العمومية»). ولا يُضاف هنا شيء لا تذكره المصادر: وحين لا تكون كل التزامات الخطة معروفة، تذكر صفحة الخطة عدد المسجل منها.
page-about-p4 = النسب التي تحسبها البوابة والنسب المُعلَنة رسميًا تُعرض دائمًا منفصلة؛ وقاعدة الحساب مشروحة في صفحة كل خطة.
page-open-data-title = المعطيات المفتوحة
page-open-data-p1 = يمكن إعادة استعمال كل معطيات هذه البوابة بحرية عبر واجهتها بصيغة JSON. القوائم مقسمة إلى صفحات (المعاملان page وper_page)؛ والأخطاء وفق المعيار RFC 9457.
page-open-data-p2 = تُقدَّم النصوص بكل اللغات التي تتوفر بها. وتُقدَّم النسب المُعلَنة رسميًا منفصلة عن النسب المحسوبة، مع مصادرها.
page-open-data-p3 = الواجهة موصوفة في وثيقة OpenAPI.
open-data-openapi = وصف الواجهة (OpenAPI)
open-data-plans = خطط العمل
open-data-commitments = الالتزامات
open-data-activities = الأنشطة
open-data-institutions = المؤسسات
page-accessibility-title = إمكانية الولوج

error-404-title = الصفحة غير موجودة
error-404-text = الصفحة التي طلبتموها غير موجودة. تحققوا من العنوان، أو ابدؤوا من جديد من الصفحة الرئيسية.
error-400-title = طلب غير مفهوم
error-400-filters = أحد المرشحات غير صالح. اختاروا المرشحات من جديد من القوائم.
error-400-page = رقم الصفحة غير صالح: يجب أن يكون عددًا صحيحًا ابتداءً من 1.
error-413-title = الطلب كبير جدًا
error-405-title = طريقة غير مسموح بها
error-500-title = حدث خطأ
error-500-text = تعذر عرض الصفحة بسبب خطأ من جهتنا. يُرجى المحاولة لاحقًا.
error-back-home = العودة إلى الصفحة الرئيسية
error-code = الخطأ { $code }

api-not-found-title = غير موجود
api-not-found-detail = لا يوجد أي مورد في هذا العنوان.
api-bad-request-title = طلب غير صالح
api-bad-request-detail = أحد معاملات الطلب غير صالح: راجعوا القيم المسموح بها في وصف OpenAPI.
api-internal-title = خطأ داخلي
api-internal-detail = تعذرت الإجابة عن الطلب بسبب خطأ في الخادم.

import-unreadable = { $file }: تعذرت قراءة الملف ({ $detail }).
import-syntax = { $file }، السطر { $line }: صيغة CSV غير سليمة ({ $detail }).
import-unknown-file = { $file }: أعمدته لا تطابق أيًّا من ملفات الخطة (plans وaxes وcommitments وactivities وprogress_snapshots وdocuments وinstitutions).
import-missing-column = { $file }: العمود «{ $column }» غير موجود.
import-required = { $file }، السطر { $line }، العمود { $column }: القيمة مطلوبة.
import-not-a-number = { $file }، السطر { $line }، العمود { $column }: «{ $detail }» ليس عددًا صحيحًا.
import-out-of-range = { $file }، السطر { $line }، العمود { $column }: يجب أن تكون القيمة ضمن { $detail }.
import-bad-date = { $file }، السطر { $line }، العمود { $column }: «{ $detail }» ليس تاريخًا مكتوبًا بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.
import-bad-choice = { $file }، السطر { $line }، العمود { $column }: «{ $detail }» ليست قيمة مسموحًا بها (القيم المسموح بها: { $allowed }).
import-too-long = { $file }، السطر { $line }، العمود { $column }: القيمة أطول من { $detail } حرفًا.
import-duplicate = { $file }، السطر { $line }، العمود { $column }: «{ $detail }» مكرر.
import-unknown-reference = { $file }، السطر { $line }، العمود { $column }: «{ $detail }» لا يحيل على أي عنصر معروف.
import-failed = { $cat ->
    [zero] لم يُستورد أي شيء.
    [one] لم يُستورد أي شيء: وُجد مشكل واحد.
    [two] لم يُستورد أي شيء: وُجد مشكلان.
    [few] لم يُستورد أي شيء: وُجدت { $count } مشاكل.
    [many] لم يُستورد أي شيء: وُجد { $count } مشكلًا.
   *[other] لم يُستورد أي شيء: وُجد { $count } مشكل.
}
import-done = تم الاستيراد: { $plans }، و{ $axes }، و{ $commitments }، و{ $activities }.

## الحسابات
nav-account = حسابي
# The header's account area (visitors: sign in, create an account; signed in: name, sign out).
user-nav-label = حسابكم
user-nav-account = حسابي
user-nav-sign-in = تسجيل الدخول
user-nav-register = إنشاء حساب
user-nav-sign-out = تسجيل الخروج
yes = نعم
no = لا
save = حفظ
form-error-summary = { $cat ->
    [zero] لا خطأ في الاستمارة
    [one] في الاستمارة خطأ واحد
    [two] في الاستمارة خطآن
    [few] في الاستمارة { $count } أخطاء
    [many] في الاستمارة { $count } خطأً
   *[other] في الاستمارة { $count } خطأ
}
count-users = { $cat ->
    [zero] لا حساب
    [one] حساب واحد
    [two] حسابان
    [few] { $count } حسابات
    [many] { $count } حسابًا
   *[other] { $count } حساب
}
count-events = { $cat ->
    [zero] لا حدث
    [one] حدث واحد
    [two] حدثان
    [few] { $count } أحداث
    [many] { $count } حدثًا
   *[other] { $count } حدث
}
field-display-name = الاسم المعروض في البوابة
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-current-password = كلمة المرور الحالية
field-new-email = البريد الإلكتروني الجديد
field-language = اللغة المفضلة
field-terms = أوافق على شروط الاستعمال وعلى إشعار حماية المعطيات الشخصية
hint-display-name = يظهر في رأس الصفحة حين تسجلون الدخول، ولاحقًا بجانب مساهماتكم. يمكنكم استعمال اسم مستعار.
hint-password = 12 حرفًا على الأقل. بضع كلمات لا رابط بينها تصنع كلمة مرور قوية؛ لا تُشترط رموز خاصة.
hint-terms = طبقًا للقانون 09-08، لا تُستعمل معطياتكم إلا لتسيير حسابكم، ويمكنكم تحميلها أو حذف حسابكم في أي وقت.
register-title = إنشاء حساب
register-intro = يتيح لكم الحساب متابعة تقدم خطط العمل والتزاماتها. أما التعليق على الالتزامات والمشاركة في إعداد الخطط فسيُتاحان لاحقًا.
register-data-notice = نحتفظ باسمكم وبريدكم الإلكتروني ولغتكم المفضلة، وبعنوان IP ومتصفح كل جلسة لحماية حسابكم، ولا نشاركها أبدًا. يمكنكم تحميل معطياتكم أو حذف حسابكم في أي وقت من صفحة حسابكم.
register-submit = إنشاء حسابي
check-email-title = تفقدوا بريدكم الإلكتروني
check-email-text = إذا كان العنوان الذي أدخلتموه قادرًا على استقبال هذه الرسالة، فقد أرسلنا إليكم بريدًا إلكترونيًا. اتبعوا الرابط الوارد فيه للمتابعة.
check-email-spam = تنتهي صلاحية الرابط بعد مدة. إذا لم يصلكم شيء خلال بضع دقائق، فتفقدوا مجلد الرسائل غير المرغوب فيها.
verify-title = تأكيد بريدكم الإلكتروني
verify-text = أكدوا أن هذا البريد الإلكتروني لكم لتفعيل حسابكم.
verify-submit = تأكيد
verified-title = تم تأكيد عنوانكم
verified-text = شكرًا لكم: تم تأكيد بريدكم الإلكتروني. يمكنكم الآن تسجيل الدخول.
sign-in-title = تسجيل الدخول
sign-in-submit = دخول
link-sign-in = تسجيل الدخول
link-register = إنشاء حساب
link-have-account = لدي حساب من قبل
link-forgot-password = نسيت كلمة المرور
reset-title = نسيان كلمة المرور
reset-intro = أدخلوا البريد الإلكتروني لحسابكم. إذا كان حساب يستعمله، فسنرسل إليه رابطًا لاختيار كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة ولاستعمال واحد.
reset-submit = إرسال الرابط
reset-confirm-title = اختيار كلمة مرور جديدة
reset-confirm-submit = حفظ كلمة المرور الجديدة
email-confirm-title = تأكيد بريدكم الإلكتروني الجديد
email-confirm-text = أكدوا أن هذا البريد الإلكتروني الجديد لكم، وسيستعمله حسابكم بعد ذلك.
account-title = حسابي
account-status = حسابكم
account-verified = العنوان مؤكد
account-since = تاريخ الإنشاء
account-role = الدور
account-unverified = لم يتم تأكيد بريدكم الإلكتروني
account-unverified-text = أكدوه بالرابط الذي أرسلناه إليكم. يمكنكم طلب رابط جديد.
account-resend-submit = إعادة إرسال رسالة التأكيد
account-profile = الملف الشخصي
account-email = تغيير البريد الإلكتروني
account-email-submit = تغيير العنوان
account-password = تغيير كلمة المرور
account-password-submit = تغيير كلمة المرور
account-sessions = الأجهزة التي سجلتم فيها الدخول
account-this-session = هذا الجهاز
account-sign-out-everywhere = الخروج من كل الأجهزة
account-sign-out = تسجيل الخروج
account-download = تحميل معطياتي (JSON)
account-delete = حذف حسابي
delete-title = حذف حسابي
delete-what-goes = سيُحذف اسمكم وبريدكم الإلكتروني وكلمة مروركم وجلساتكم وأدواركم فورًا، ولا يمكن استرجاعها.
delete-what-stays = ستبقى مساهماتكم العمومية، إن وُجدت، في البوابة، لكنها ستُعرض على أنها من حساب محذوف، دون اسمكم.
delete-confirm = أفهم أن هذا الإجراء لا يمكن التراجع عنه
delete-submit = حذف حسابي نهائيًا
notice-reset = تم تغيير كلمة مروركم. سجلوا الدخول بكلمة المرور الجديدة.
notice-signed-out = تم تسجيل خروجكم.
notice-deleted = تم حذف حسابكم.
notice-password = تم تغيير كلمة مروركم، وأُنهيت جلساتكم الأخرى.
notice-saved = تم حفظ تغييراتكم.
notice-email = تم تغيير بريدكم الإلكتروني.
role-citizen = مواطن
role-organisation_member = عضو في منظمة
role-project_leader = مسؤول عن مشروع
role-coordinator = منسق
role-moderator = مشرف
role-administrator = مدير
scope-plan = خطة
scope-institution = مؤسسة
scope-commitment = التزام
scope-activity = نشاط
admin-title = الإدارة: الحسابات
admin-user-title = حساب
admin-user-details = التفاصيل
admin-search = الاسم أو البريد يتضمن
admin-role = الدور
admin-status = الحالة
admin-audit-title = سجل التدقيق
admin-grant = منح دور
admin-grant-intro = يُسند إلى المسؤول عن مشروع التزامٌ (رمزه في الشراكة، مثل MO0054) أو مؤسسةٌ (مفتاحها الظاهر في عنوانها)؛ ويُسند إلى المنسق خطةٌ (رقمها).
admin-scope = الالتزام أو المؤسسة أو الخطة
admin-scope-hint = مثلًا MO0054 أو house-of-representatives أو 3. اتركوه فارغًا للمشرفين والمديرين.
admin-grant-submit = منح الدور
admin-revoke = سحب هذا الدور
admin-ban = حظر هذا الحساب
admin-ban-reason = السبب
admin-ban-submit = الحظر وإنهاء كل الجلسات
admin-unban = رفع الحظر
admin-unban-submit = رفع الحظر
admin-resend = رسالة التأكيد
user-status-active = نشط
user-status-unverified = العنوان غير مؤكد
user-status-banned = محظور
user-status-deleted = محذوف
user-deleted-name = حساب محذوف
password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل.
password-too-long = يجب ألا تتجاوز كلمة المرور 1024 حرفًا.
password-weak = كلمة المرور هذه سهلة التخمين. استعملوا بضع كلمات لا رابط بينها.
password-common = كلمة المرور هذه من أكثر الكلمات استعمالًا. اختاروا غيرها.
password-keyboard = تسلسلات لوحة المفاتيح سهلة التخمين. استعملوا بضع كلمات لا رابط بينها.
password-repeats = الأحرف المكررة سهلة التخمين. استعملوا بضع كلمات لا رابط بينها.
password-sequence = التسلسلات مثل abc أو 123 سهلة التخمين. استعملوا بضع كلمات لا رابط بينها.
password-dates = التواريخ والسنوات سهلة التخمين. استعملوا بضع كلمات لا رابط بينها.
error-400-form = تعذرت قراءة الاستمارة. ارجعوا وحاولوا من جديد.
error-403-title = غير مسموح
error-409-title = إجراء غير ممكن حاليًا
error-403-text = لا يسمح حسابكم بهذا الإجراء.
error-403-csrf = انتهت صلاحية هذه الاستمارة أو لم تأتِ من هذا الموقع. ارجعوا وأعيدوا تحميل الصفحة ثم حاولوا من جديد.
error-429-title = محاولات كثيرة جدًا
error-429-text = أُجريت محاولات كثيرة في وقت قصير. انتظروا بضع دقائق ثم حاولوا من جديد.
error-display-name-required = أدخلوا الاسم الذي سيُعرض.
error-display-name-invalid = يجب أن يتكون الاسم من 1 إلى 80 حرفًا.
error-email-invalid = أدخلوا بريدًا إلكترونيًا مثل name@example.ma.
error-email-taken = هذا العنوان مستعمل من قبل حساب آخر.
error-language-invalid = اختاروا لغة من القائمة.
error-terms-required = يجب قبول شروط الاستعمال لإنشاء حساب.
error-sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحين.
error-current-password = كلمة المرور الحالية غير صحيحة.
error-delete-confirm = ضعوا علامة في الخانة للتأكيد.
error-link-invalid = هذا الرابط غير صالح: انتهت صلاحيته أو سبق استعماله. اطلبوا رابطًا جديدًا.
error-last-admin = لا يمكن حذف آخر مدير.
error-ban-self = لا يمكنكم حظر حسابكم.
error-ban-reason = اذكروا سبب الحظر.
error-role-invalid = اختاروا دورًا من القائمة.
error-scope-unknown = لا يوجد التزام أو مؤسسة أو خطة بهذا المفتاح.
mail-greeting = مرحبًا { $name }،
mail-footer = الحكومة المنفتحة بالمغرب. تصلكم هذه الرسالة بسبب إجراء في حسابكم؛ إذا لم تكونوا تنتظرونها فيمكنكم تجاهلها.
mail-verify-subject = تأكيد بريدكم الإلكتروني
mail-verify-body = لتفعيل حسابكم، أكدوا بريدكم الإلكتروني بالرابط أدناه. الرابط صالح لمدة 48 ساعة.
mail-verify-action = تأكيد عنواني
mail-already-registered-subject = محاولة إنشاء حساب بعنوانكم
mail-already-registered-body = حاول شخص إنشاء حساب جديد بهذا البريد الإلكتروني الذي له حساب من قبل. إذا كنتم أنتم، فسجلوا الدخول أو اختاروا كلمة مرور جديدة. وإلا فيمكنكم تجاهل هذه الرسالة.
mail-already-registered-action = اختيار كلمة مرور جديدة
mail-reset-subject = اختيار كلمة مرور جديدة
mail-reset-body = طلب شخص تغيير كلمة مرور حسابكم. إذا كنتم أنتم، فاستعملوا الرابط أدناه: هو صالح لمدة ساعة ولاستعمال واحد. وإلا فتجاهلوا هذه الرسالة: لن تتغير كلمة مروركم.
mail-reset-action = اختيار كلمة مرور جديدة
mail-confirm-new-email-subject = تأكيد بريدكم الإلكتروني الجديد
mail-confirm-new-email-body = يطلب حسابكم استعمال هذا البريد الإلكتروني. أكدوه بالرابط أدناه (صالح لمدة 48 ساعة).
mail-confirm-new-email-action = تأكيد هذا العنوان
mail-email-change-notice-subject = جارٍ تغيير بريدكم الإلكتروني
mail-email-change-notice-body = طلب شخص مسجل في حسابكم استبدال هذا البريد الإلكتروني. إذا لم تكونوا أنتم، فغيروا كلمة مروركم فورًا وراسلوا فريق البوابة.
mail-email-change-notice-action = فتح البوابة
mail-password-changed-subject = تم تغيير كلمة مروركم
mail-password-changed-body = تم للتو تغيير كلمة مرور حسابكم. إذا لم تكونوا أنتم، فاطلبوا كلمة مرور جديدة فورًا.
mail-password-changed-action = فتح البوابة
mail-account-deleted-subject = تم حذف حسابكم
mail-account-deleted-body = تم حذف حسابكم ومعطياتكم الشخصية، كما طلبتم.
mail-account-deleted-action = فتح البوابة
two-step-title = التحقق بخطوتين
two-step-explained = مع التحقق بخطوتين، يطلب تسجيل الدخول رمزًا من تطبيق المصادقة في هاتفكم إضافة إلى كلمة المرور.
two-step-required = يتطلب دوركم التحقق بخطوتين. فعّلوه للمتابعة.
two-step-off = التحقق بخطوتين غير مفعّل
two-step-start = تفعيل التحقق بخطوتين
two-step-enrol = أضيفوا هذا الحساب إلى تطبيق المصادقة
two-step-scan = في تطبيق المصادقة، أضيفوا حسابًا بالمفتاح أدناه (أو افتحوا الرابط في هاتفكم)، ثم أدخلوا الرمز المكون من 6 أرقام الذي يظهره.
two-step-key = المفتاح
two-step-link = الرابط
two-step-enable = تأكيد وتفعيل
two-step-on = التحقق بخطوتين مفعّل
two-step-disable = إيقاف التحقق بخطوتين
two-step-codes-title = رموز الاسترجاع الخاصة بكم
two-step-codes = رموز الاسترجاع
two-step-codes-text = احفظوا هذه الرموز في مكان آمن. يتيح كل رمز تسجيل الدخول مرة واحدة إذا فقدتم هاتفكم. لن تُعرض إلا الآن.
two-step-verify-title = التحقق بخطوتين
two-step-verify-text = أدخلوا الرمز المكون من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترجاع.
field-code = الرمز
field-code-or-recovery = الرمز أو رمز الاسترجاع
hint-code = 6 أرقام، مثل 123456.
error-totp-code = الرمز غير صحيح. تحققوا من ساعة هاتفكم وحاولوا من جديد.
col-date = التاريخ
col-action = الإجراء
col-actor = من طرف
col-target = الحساب المعني
col-ip = العنوان
col-detail = التفاصيل
col-last-seen = آخر نشاط
col-device = المتصفح

# حدود الأمان وضوابطه
error-413-text = ما أُرسل أكبر مما يقبله هذا الموقع (64 كيلوبايت). اختصروه ثم حاولوا من جديد.
error-503-title = الخادم مشغول
error-503-busy = الخادم مشغول بالتحقق من كلمات مرور أخرى. انتظروا لحظة ثم حاولوا من جديد.
error-role-unverified = لم يؤكد هذا الحساب عنوان بريده الإلكتروني، فلا يمكن إسناد أي دور إليه. اطلبوا من صاحبه تأكيد العنوان أولًا.
admin-unverified-notice = عنوان البريد الإلكتروني لهذا الحساب غير مؤكد: لا يمكن إسناد أي دور إليه، ولا تمنحه أدواره أي صلاحية ما دام العنوان غير مؤكد.
mail-greeting-plain = مرحبًا،

## phone layout and help pages
nav-menu = القائمة
filters-toggle = تصفية القائمة
filters-active = { $cat ->
    [zero] لا تصفية مفعّلة
    [one] تصفية واحدة مفعّلة
    [two] تصفيتان مفعّلتان
    [few] { $count } تصفيات مفعّلة
   *[other] { $count } تصفية مفعّلة
}
table-scroll-hint = مرّروا الجدول أفقيًا لرؤية كل أعمدته.
help-contact-title = الاتصال
help-legal-title = البيانات القانونية
help-privacy-title = المعطيات الشخصية
help-glossary-title = معجم المصطلحات
help-minutes = { $cat ->
    [zero] 0 دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
   *[other] { $count } دقيقة
}
help-hours = { $cat ->
    [zero] 0 ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $count } ساعات
   *[other] { $count } ساعة
}
updated-on = آخر تحديث: { $date }
glossary-see = معاني هذه المصطلحات في معجم المصطلحات
term-link = تعريف
register-privacy-link = اقرؤوا إشعار حماية المعطيات الشخصية
register-cndp = صُرّح بهذه المعالجة لدى اللجنة الوطنية لمراقبة حماية المعطيات ذات الطابع الشخصي تحت رقم { $number }.

## الصياغة ووصف الواجهة
# A label before its value, punctuated as the language writes it ("Source:", French "Source :").
label-colon = { $label }:
count-plans = { $cat ->
    [zero] لا خطة
    [one] خطة واحدة
    [two] خطتان
    [few] { $count } خطط
    [many] { $count } خطةً
   *[other] { $count } خطة
}
export-done = تم التصدير إلى { $dir }: { $plans }، و{ $commitments }، و{ $activities }.
seed-illustrative-done = أُضيفت أنشطة افتراضية لأغراض العرض: تعرض كل الصفحات الآن شريط المعطيات التوضيحية.

## content in the reader's language
# علامة واحدة لكل عنصر (سطر، بطاقة، رأس صفحة)، بالكلمات؛ وملاحظة واحدة في كل صفحة لقارئات الشاشة.
marker-unofficial = ترجمة غير رسمية
marker-unofficial-by-editors = ترجمة غير رسمية أعدّها محررو البوابة
marker-in-ar = بالعربية
marker-in-fr = بالفرنسية
marker-in-en = بالإنجليزية
marker-in-zgh = بالأمازيغية
content-note-unofficial = بعض النصوص في هذه الصفحة ترجمات غير رسمية أعدّها محررو البوابة؛ ويحمل كل سطر أو بطاقة فيها ترجمة من هذا النوع عبارة «ترجمة غير رسمية».
content-note-language = بعض النصوص في هذه الصفحة لا توجد إلا بلغة أخرى فتُعرض بها؛ ويُذكر اسم اللغة في كل سطر أو بطاقة تتضمن نصًا من هذا النوع.
content-note-both = بعض النصوص في هذه الصفحة ترجمات غير رسمية أعدّها محررو البوابة، وبعضها لا يوجد إلا بلغة أخرى فيُعرض بها؛ ويُبيَّن ذلك في كل سطر أو بطاقة.
list-separator = {"، "}
official-title-in = العنوان الرسمي { $language }:
commitment-wordings = العناوين والأسماء كما وردت في المصادر
field-title-official = العنوان الرسمي
field-title-sources = مصدر صياغة العناوين
wording-language = { $language }:
title-source-portal = صفحة الالتزام على البوابة الحكومية
title-source-lead-institution-communique = بلاغ للمؤسسة المسؤولة عن الالتزام
title-source-house-communique = بلاغ لمجلس النواب
title-source-ogp-fr-page = الصفحة الفرنسية لمبادرة الشراكة من أجل الحكومة المنفتحة (ترجمة آلية لعنوانها الإنجليزي)
title-source-editors = ترجمة غير رسمية أعدّها محررو البوابة
field-title-ogp-fr = العنوان في الصفحة الفرنسية لمبادرة الشراكة من أجل الحكومة المنفتحة
field-support-wording = المؤسسات الداعمة كما تذكرها مبادرة الشراكة من أجل الحكومة المنفتحة
support-in-wording = مذكورة فقط في صياغة مبادرة الشراكة من أجل الحكومة المنفتحة (انظروا «العناوين والأسماء كما وردت في المصادر»)
institution-later-names = أسماؤها اللاحقة
institution-supported = الالتزامات التي تدعمها
name-in-use-from-until = الاسم المعتمد من { $from } إلى { $until }
name-in-use-from = الاسم المعتمد منذ { $from }
name-in-use-until = الاسم المعتمد حتى { $until }
name-since = منذ { $date }
institution-kind-independent-authority = هيئة مستقلة
institution-kind-other = هيئة عمومية أو منظمة أخرى
institution-kinds-independent-authority = الهيئات المستقلة
institution-kinds-other = هيئات عمومية ومنظمات أخرى
import-bad-period = { $file }، السطر { $line }، العمود { $column }: «{ $detail }» ليست فترة مكتوبة بالصيغة بداية/نهاية (مثل 2017-04/2019-10 أو 2021-10/ أو ‎/2021-10).
import-bad-column = { $file }، السطر 1، العمود { $column }: العمود «{ $detail }» ليس من أعمدة هذا الملف (تُكتب الترجمات غير الرسمية في: { $allowed }).
answer-yes = نعم
answer-no = لا
ambition-low = منخفض
ambition-high = مرتفع
irm-impact-none = لا أثر
irm-impact-minor = طفيف
irm-impact-moderate = متوسط
irm-impact-transformative = تحويلي
irm-completion-not-started = لم ينطلق
irm-completion-limited = محدود
irm-completion-substantial = متقدم
irm-completion-complete = مكتمل
irm-completion-withdrawn = مسحوب
irm-results-worsened = تراجع
irm-results-did-not-change = لا تغيير
irm-results-marginal = هامشية
irm-results-major = كبيرة
irm-results-outstanding = استثنائية
irm-potential-unclear = غير واضحة
irm-potential-modest = متواضعة
irm-potential-substantial = كبيرة
ogp-value-access-to-information = الحصول على المعلومات
ogp-value-civic-participation = المشاركة المدنية
ogp-value-public-accountability = المساءلة العمومية
ogp-value-technology-and-innovation-for-transparency-and-accountability = التكنولوجيا والابتكار من أجل الشفافية والمساءلة
policy-area-access-to-information = الحصول على المعلومات
policy-area-access-to-justice = الولوج إلى العدالة
policy-area-anti-corruption-and-integrity = النزاهة ومحاربة الفساد
policy-area-anti-corruption-institutions = هيئات محاربة الفساد
policy-area-capacity-building = تعزيز القدرات
policy-area-democratizing-decision-making = دمقرطة اتخاذ القرار
policy-area-digital-governance = الحكامة الرقمية
policy-area-digital-inclusion = الإدماج الرقمي
policy-area-digital-participation = المشاركة الرقمية
policy-area-digital-transformation = التحول الرقمي
policy-area-fiscal-openness = الانفتاح المالي
policy-area-justice = العدالة
policy-area-legislation = التشريع
policy-area-local-commitments = التزامات محلية
policy-area-open-data = المعطيات المفتوحة
policy-area-open-parliament-plan = خطة البرلمان المنفتح
policy-area-open-parliaments = البرلمانات المنفتحة
policy-area-participation-in-lawmaking = المشاركة في إعداد القوانين
policy-area-public-participation = المشاركة العمومية
policy-area-public-participation-in-budget-fiscal-policy = المشاركة العمومية في الميزانية والسياسة المالية
policy-area-publication-of-budget-fiscal-information = نشر معطيات الميزانية والمالية العمومية
policy-area-regulation = التقنين
policy-area-regulatory-governance = الحكامة التنظيمية
policy-area-right-to-information = الحق في الحصول على المعلومات
policy-area-social-accountability = المساءلة المجتمعية
policy-area-sustainable-development-goals = أهداف التنمية المستدامة

# المكتب الخلفي: الأنشطة وتقارير التقدم والمصادقة
office-title = المكتب الخلفي
office-no-work = لا يتولى حسابكم أي نشاط ولا يصادق على أي خطة. يمنح مدير البوابة أدوار المسؤولين عن المشاريع والمنسقين.
office-my-reports = تقاريري قيد الإعداد
office-my-activities = أنشطتي
office-col-due = تاريخ الانتهاء
office-col-report = التقرير
office-returned = تقارير أعيدت إليكم
office-late = أنشطة متأخرة
office-deleted-account = حساب محذوف
office-cancelled = نشاط ملغى
office-open-report = فتح التقرير
office-write-report = تحرير تقرير
office-last-published = آخر تقرير منشور: { $date }
office-never-reported = لم يُنشر أي تقرير بعد
queue-title = تقارير في انتظار المصادقة
queue-col-submitted = تاريخ الإرسال
queue-col-author = المحرر
queue-col-review = المراجعة
queue-assistance = طلب دعم
queue-review = مراجعة التقرير
queue-review-title = المصادقة أو الإرجاع
queue-validate-hint = تؤدي المصادقة إلى نشر التقرير، فتتغير فورًا نسب النشاط والالتزام والمحور والخطة والمؤسسة.
queue-validate = المصادقة والنشر
queue-return = إرجاع التقرير
queue-return-reason = سبب الإرجاع
queue-return-reason-hint = يطّلع عليه محرر التقرير ويجيب عنه.
report-status-draft = مسودة
report-status-submitted = في انتظار المصادقة
report-status-returned = أعيد للتصحيح
report-status-published = منشور
report-title-number = تقرير التقدم رقم { $number }
report-published-figure = النسبة المنشورة حاليًا للنشاط
report-author = المحرر
report-created = تاريخ الإنشاء
report-submitted = تاريخ الإرسال
report-published = تاريخ النشر
report-returned-on = أعيد هذا التقرير في { $date } للسبب التالي
report-field-progress = نسبة التقدم المقترحة
report-field-progress-hint = عدد صحيح من 0 إلى 100.
report-field-done = ما أُنجز
report-field-done-hint = يُنشر مع التقرير. يلزم وصف ما أنجز أو إرفاق إثبات قبل الإرسال.
report-field-difficulties = الصعوبات التي صودفت
report-field-difficulties-hint = إلزامية إذا كانت النسبة المقترحة أقل من النسبة المنشورة.
report-field-assistance = طلب دعم من لجنة القيادة
report-field-assistance-hint = اتركوه فارغًا إذا لم تحتاجوا إلى أي دعم.
report-edit-title = تحرير التقرير
report-save = حفظ المسودة
report-submit-for-validation = حفظ وإرسال للمصادقة
report-history = مسار التقرير
report-moved-draft = أنشئ كمسودة
report-moved-submitted = أرسل للمصادقة
report-moved-returned = أعيد للتصحيح
report-moved-published = صودق عليه ونشر
report-new-title = تقرير تقدم جديد
report-new-intro = النشاط: { $activity }
report-new-commitment = الالتزام: { $id }
report-create = إنشاء المسودة
report-error-progress = أدخلوا عددًا صحيحًا من 0 إلى 100.
report-error-too-long = هذا النص طويل جدًا: { $max } بايت على الأكثر.
report-error-control = يحتوي هذا النص على حرف تحكم غير مقبول.
report-error-empty = صفوا ما أنجز أو أرفقوا إثباتًا قبل الإرسال.
report-error-decrease-unexplained = النسبة المقترحة أقل من النسبة المنشورة ({ $previous }%): بيّنوا السبب في الصعوبات.
report-error-reason-missing = اذكروا سبب إرجاع التقرير.
report-error-published = هذا التقرير منشور ولا يمكن تغييره؛ يكون التصحيح بتقرير جديد.
report-error-transition = لا يمكن القيام بهذا الإجراء على تقرير في وضعيته الحالية.
report-error-stale = تغيّر هذا التقرير منذ فتح الاستمارة. أعيدوا تحميل الصفحة وراجعوا التغييرات.
report-refused-cancelled = أُلغي هذا النشاط؛ لا يمكن تسجيل أي تقرير عنه.
report-refused-plan-closed = هذه الخطة مغلقة؛ لم تعد تقبل أي تقرير.
report-refused-open = يوجد تقرير قيد الإعداد عن هذا النشاط (مسودة، أو تقرير مُقدَّم أو مُعاد). افتحوه من فضائكم وأكملوه؛ فتقرير واحد في كل مرة يُبقي نسبة تقدم النشاط واضحة.
report-refused-form-used = استُعمل هذا النموذج لتقرير آخر. افتحوا نموذج التقرير الجديد من جديد.
evidence-title = الإثباتات
evidence-none = لا يوجد أي إثبات بعد.
evidence-external = رابط خارجي
evidence-sha256 = بصمة SHA-256:
evidence-remove = حذف
evidence-file = ملف
evidence-file-hint = PDF أو صورة أو وثيقة مكتبية أو CSV، حتى { $limit } ميغابايت. يُعاد ترميز الصور، فتُحذف بياناتها الوصفية (المكان، الجهاز).
evidence-add-file = إضافة الملف
evidence-link = رابط
evidence-link-hint = عنوان يبدأ بـ https:// أو http://
evidence-add-link = إضافة الرابط
file-size-kb = { $size } ك.ب
file-size-mb = { $size } م.ب
timeline-title = التقارير المنشورة
timeline-none = لم يُنشر أي تقرير تقدم عن أنشطة هذا الالتزام على هذه البوابة بعد.
late-title = الأنشطة المتأخرة
late-intro = أنشطة هذه الخطة التي انقضى تاريخ انتهائها قبل أن تبلغ 100%، في { $date }.
late-none = لا يوجد أي نشاط متأخر في هذه الخطة.
assistance-title = طلبات الدعم
assistance-intro = طلبات الدعم الموجهة إلى لجنة القيادة في آخر تقرير منشور لكل نشاط. يُغلق الطلب عندما يُنشر تقرير لاحق دون طلب.
assistance-none = لا يوجد أي طلب دعم مفتوح في هذه الخطة.
followup-back-to-plan = العودة إلى صفحة الخطة
office-refused-plan-closed = هذه الخطة مغلقة؛ أصبحت للاطلاع فقط.
office-public-page = الصفحة العمومية للالتزام
office-no-activities = لا يتضمن هذا الالتزام أي نشاط بعد.
office-col-actions = الإجراءات
office-edit = تعديل
office-leaders = المسؤولون عن المشروع
office-no-leaders = لم يُعيَّن أي مسؤول عن المشروع بعد.
office-leader-of-commitment = للالتزام كله
office-leader-of-activity = للنشاط { $activity }
office-leader-remove = سحب الدور
office-leader-email = البريد الإلكتروني للمسؤول عن المشروع
office-leader-email-hint = حساب مسجل ومؤكد على البوابة.
office-leader-scope = مسؤول عن
office-leader-scope-hint = الالتزام كله، أو نشاط واحد من أنشطته فقط.
office-leader-scope-commitment = الالتزام كله (كل الأنشطة)
office-leader-scope-unknown = اختاروا الالتزام أو أحد أنشطته غير الملغاة.
office-leader-add = تعيين
office-leader-unknown = لا يوجد أي حساب بهذا العنوان.
activity-new-title = إضافة نشاط
activity-edit-title = تعديل النشاط
activity-create = إضافة النشاط
activity-save = حفظ
activity-field-title = العنوان ({ $language })
activity-field-title-hint = عنوان بلغة واحدة على الأقل.
activity-field-output = المُخرَج المنتظر ({ $language })
activity-field-start = تاريخ البداية
activity-field-end = تاريخ الانتهاء
activity-field-date-hint = بصيغة 2025 أو 2025-06 أو 2025-06-30.
activity-field-responsible = المؤسسة المسؤولة
activity-responsible-lead = المؤسسة الرائدة للالتزام
activity-field-weight = الوزن
activity-field-weight-hint = عدد صحيح من 1 إلى 1000: حصة النشاط في نسبة الالتزام.
activity-cancel-title = إلغاء النشاط
activity-cancel-intro = يخرج النشاط الملغى من احتساب النسب ولا يقبل أي تقرير بعد ذلك. يُنشر سبب الإلغاء.
activity-cancel = إلغاء النشاط
activity-cancel-reason = السبب العمومي للإلغاء
activity-cancel-reason-hint = يظهر على صفحة الالتزام.
activity-error-title-missing = أدخلوا عنوانًا بلغة واحدة على الأقل.
activity-error-too-long = هذا النص طويل جدًا: { $max } بايت على الأكثر.
activity-error-control = يحتوي هذا النص على حرف تحكم غير مقبول.
activity-error-date = ليس هذا تاريخًا: اكتبوا 2025 أو 2025-06 أو 2025-06-30.
activity-error-end-before-start = تاريخ الانتهاء سابق لتاريخ البداية.
activity-error-weight = الوزن عدد صحيح من 1 إلى 1000.
activity-error-reason-missing = اذكروا سبب الإلغاء.
activity-error-responsible = اختاروا مؤسسة من القائمة.
office-my-plans = الخطط التي أنسقها
# الوثائق المثبِتة لتقارير التقدم: ملفات وروابط (docs/co-implementation.md).
evidence-error-empty = الملف فارغ. اختاروا الملف من جديد ثم أرسلوه.
evidence-error-forbidden = لا تُقبل أبدًا كوثائق مثبِتة صفحاتُ الويب وملفات SVG وXML والنصوص البرمجية والبرامج والوثائق التي تتضمن وحدات ماكرو. أرسلوا الوثيقة بصيغة PDF بدلًا من ذلك.
evidence-error-polyglot = ملف PDF هذا يحمل أيضًا صفحة ويب، وهي غير مقبولة. صدّروا الوثيقة من جديد بصيغة PDF وأرسلوا الملف الجديد.
evidence-error-type = هذا النوع من الملفات غير مقبول. أرسلوا ملف PDF أو صورة (PNG أو JPEG أو WebP) أو وثيقة مكتبية (ODT أو ODS أو ODP أو DOCX أو XLSX أو PPTX) أو ملف CSV بترميز UTF-8.
evidence-error-name-mismatch = اسم الملف لا يطابق محتواه: امتداده يدل على نوع آخر من الملفات. غيّروا اسمه بالامتداد الصحيح، أو أرسلوا الملف الصحيح.
evidence-error-damaged = تتعذر قراءة هذه الصورة: إنها تالفة أو ناقصة. افتحوها واحفظوها من جديد ثم أرسلوا الملف الجديد.
evidence-error-pixels = هذه الصورة أكبر من أن تُحفظ: 12000 بكسل للضلع و50 ميغابكسل على الأكثر، ولا تتجاوز حد الإرسال بعد إعادة ترميزها. صغّروها ثم أرسلوها من جديد.
evidence-error-too-large = يتجاوز حجم الملف الحد المقبول، وهو { $limit } ميغابايت. أرسلوا ملفًا أخف (ملف PDF مضغوطًا أو صورة مصغّرة)، أو ضعوا رابطًا إليه.
evidence-error-nothing = اختاروا ملفًا أو ضعوا رابطًا.
evidence-error-both = أرسلوا ملفًا أو رابطًا، واحدًا في كل مرة.
evidence-error-locked = قُدِّم هذا التقرير: لم يعد بالإمكان تغيير وثائقه المثبِتة.

# رموز الوصول الشخصية وواجهة برمجة التقارير (docs/co-implementation.md، docs/api.md).
token-title = رموز الوصول إلى واجهة البرمجة
token-intro = يتيح الرمز الشخصي لنظام إدارتكم إيداع تقارير التقدم في البوابة دون أن يكتبها أحد. يعمل باسمكم، بالأدوار التي تحملونها لحظة استعماله، وعلى واجهة برمجة التقارير وحدها.
token-openapi = وصف واجهة البرمجة (OpenAPI)
token-list-title = رموزي
token-none = لا تملكون أي رمز وصول.
token-col-name = الاسم
token-col-prefix = يبدأ بـ
token-col-created = تاريخ الإنشاء
token-col-expires = تاريخ الانتهاء
token-col-last-used = آخر استعمال
token-col-status = الحالة
token-col-action = الإجراء
token-never-used = لم يُستعمل بعد
token-status-active = ساري المفعول
token-status-expired = منتهي الصلاحية
token-status-revoked = ملغى
token-revoke = إلغاء الرمز
token-revoked = أُلغي الرمز: لم يعد يعمل.
token-create-title = رمز جديد
token-field-name = الاسم
token-field-name-hint = الغرض من الرمز، كاسم النظام الذي يستعمله: 80 حرفًا على الأكثر.
token-field-expiry = مدة الصلاحية
token-expiry-30 = 30 يومًا
token-expiry-90 = 90 يومًا
token-expiry-365 = 365 يومًا
token-create = إنشاء الرمز
token-created-title = رمزكم الجديد
token-created-text = انسخوه الآن واحفظوه في خزنة الأسرار لنظامكم: لن يُعرض إلا هذه المرة، ولا تحتفظ البوابة بأي نسخة منه. يرسله النظام في ترويسة Authorization لكل طلب، بعد كلمة Bearer.
token-error-name = سمّوا الرمز باسم يتراوح طوله بين حرف واحد و80 حرفًا.
token-error-expiry = اختاروا إحدى المدد المقترحة.
token-error-too-many = لديكم { $max } رموز سارية المفعول. ألغوا رمزًا لم تعودوا تستعملونه قبل إنشاء رمز آخر.
token-api-missing = هذا الحقل مطلوب.
token-api-text-type = يجب أن تكون هذه القيمة نصًا.
token-api-links-type = الروابط قائمة من النصوص.
token-api-links-too-many = { $max } رابطًا على الأكثر في كل مرة.
token-api-revision-invalid = رقم المراجعة عدد صحيح يبدأ من 1.
token-api-activity-unknown = لا يحمل أي نشاط هذا المفتاح.
token-api-key-invalid = يتكون مفتاح عدم التكرار من 8 إلى 64 حرفًا أو رقمًا أو شرطة.
token-api-key-used = سبق استعمال مفتاح عدم التكرار هذا لتقرير آخر.
token-api-open-report = يجري تحرير تقرير عن هذا النشاط (التقرير رقم { $report }): أكملوه وقدّموه بدل بدء تقرير آخر.
token-api-second-factor = على صاحب الرمز تفعيل التحقق بخطوتين قبل أن تُستعمل أدواره.
api-unauthorized-title = المصادقة مطلوبة
api-unauthorized-detail = أرسلوا رمز وصول شخصيًا صالحًا في ترويسة Authorization، بعد كلمة Bearer. يُرفض الرمز المجهول أو المنتهي أو الملغى، وكذا رمز صاحبٍ محظور أو لم يؤكد عنوانه أو لم يعد يحمل دورًا يسمح بالرموز.
api-forbidden-title = غير مسموح
api-forbidden-detail = لا يُسمح لصاحب الرمز بهذا الإجراء.
api-conflict-title = مرفوض في الحالة الراهنة
api-conflict-detail = لا يمكن تنفيذ الطلب في الحالة الراهنة لما يتعلق به.
api-invalid-title = قيم غير صالحة
api-invalid-detail = بعض قيم الطلب غير صالحة: كل قيمة مذكورة تحت errors بجانب حقلها.
api-bad-body-title = متن غير مقروء
api-bad-body-detail = متن الطلب ليس كائن JSON. أرسلوا كائنًا بنوع المحتوى application/json.
api-unsupported-type-title = نوع محتوى غير مدعوم
api-unsupported-type-detail = يجب أن يكون متن الطلب بصيغة JSON، مرسلًا بنوع المحتوى application/json.
api-too-large-title = طلب كبير جدًا
api-too-large-detail = يتجاوز متن الطلب حد 64 كيلوبايت المقبول.
# Refusals of evidence links (the back office's evidence form and the reporting API).
evidence-error-link-empty = ضعوا رابطًا.
evidence-error-link-too-long = يتجاوز الرابط 2000 حرف.
evidence-error-link-whitespace = يتضمن الرابط مسافة أو حرفًا غير مرئي. انسخوه من جديد من شريط العنوان.
evidence-error-link-invalid = هذا ليس عنوان موقع على الويب. يبدأ العنوان بـ https:// (أو http://).
evidence-error-link-scheme = لا تُقبل إلا روابط الويب (https:// أو http://).
evidence-error-link-userinfo = يتضمن الرابط اسم مستخدم أو كلمة مرور. احذفوهما: سيراهما الجميع.
evidence-error-link-host = لا يذكر الرابط أي موقع.
