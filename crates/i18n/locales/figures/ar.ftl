## كيف تُحسب النسبة (صفحات الالتزامات)

computed-link = كيف تُحسب هذه النسبة؟
computed-title = كيف تُحسب هذه النسبة
computed-rule = نسبة الالتزام هي متوسط تقدم أنشطته، يُحتسب كل نشاط بقدر وزنه: مجموع الوزن × التقدم مقسومًا على مجموع الأوزان. لا يُحتسب النشاط الملغى. وما دام نشاط محتسب لم تُسجَّل نسبة تقدمه، فلا نسبة للالتزام.
computed-col-product = الوزن × التقدم
computed-col-origin = مصدر نسبة التقدم
computed-origin-report = تقرير نُشر في { $date }
computed-origin-sources = نسبة تذكرها المصادر
computed-origin-initial = لا تقرير بعد: القيمة المعطاة عند إضافة النشاط
computed-origin-none = لم يُسجَّل شيء بعد
computed-not-reported-one = لا تتوفر معطيات بعد
computed-cancelled = غير محتسب: ملغى
computed-evidence = { $cat ->
    [zero] لا إثبات
    [one] إثبات واحد
    [two] إثباتان
    [few] { $count } إثباتات
    [many] { $count } إثباتًا
   *[other] { $count } إثبات
}
computed-total = مجموع الأنشطة المحتسبة
computed-result = مجموع الوزن × التقدم ÷ مجموع الأوزان =
computed-not-reported = { $cat ->
    [zero] لا نسبة بعد.
    [one] لا نسبة بعد: نشاط محتسب واحد لم تُسجَّل نسبة تقدمه.
    [two] لا نسبة بعد: نشاطان محتسبان لم تُسجَّل نسبة تقدمهما.
    [few] لا نسبة بعد: { $count } أنشطة محتسبة لم تُسجَّل نسب تقدمها.
    [many] لا نسبة بعد: { $count } نشاطًا محتسبًا لم تُسجَّل نسب تقدمها.
   *[other] لا نسبة بعد: { $count } نشاط محتسب لم تُسجَّل نسب تقدمها.
}
computed-no-activities = لا نشاط مسجَّل لهذا الالتزام، فلا تُحسب له نسبة.

## كيف تأتي نسبة الخطة من التزاماتها (صفحات الخطط)

decimal-separator = ,
rollup-title = الأرقام التي تُحسب منها نسبة تقدم الخطة
rollup-explained = كل سطر التزام بوزنه ونسبته؛ ويقود رمزه إلى حساب نسبته من أنشطته وتقاريرها.
rollup-col-axis = المحور
rollup-col-figure = النسبة
rollup-col-product = الوزن × النسبة
rollup-col-counted = محتسب
rollup-no-figure = لا نسبة بعد
rollup-parliament-apart = البرلمان: يُحتسب في نسبة البرلمان
rollup-plan-sum = الخطة (التزامات الحكومة التي لها نسبة):
rollup-table = كل التزام ووزنه ونسبته
