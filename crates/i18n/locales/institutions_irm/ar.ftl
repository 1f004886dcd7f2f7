# المؤسسات في فضاء العمل (إنشاء، تعديل، دمج) واستيراد تقييمات آلية التقييم المستقلة.
institution-edit-list-title = المؤسسات
institution-edit-office-link = المؤسسات: إنشاء وتعديل ودمج
institution-edit-new-title = مؤسسة جديدة
institution-edit-create = إنشاء المؤسسة
institution-edit-save = حفظ المؤسسة
institution-edit-title = تعديل { $name }
institution-edit-key = المفتاح (العنوان على الويب)
institution-edit-key-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل ministry-of-economy. إذا تُرك فارغًا يُصنع من الاسم الفرنسي أو الإنجليزي. لا يمكن تغييره بعد ذلك.
institution-edit-kind = النوع
institution-edit-kind-choose = اختر نوعًا
institution-edit-name = الاسم الرسمي باللغة { $language }
institution-edit-name-hint = كما تكتبه المؤسسة. اتركه فارغًا إذا كنت لا تعرفه.
institution-edit-search = البحث بالاسم أو بالمفتاح
institution-edit-col-name = الاسم
institution-edit-col-commitments = الالتزامات التي تقودها
institution-edit-col-activities = الأنشطة
institution-edit-col-actions = الإجراءات
institution-edit-action = تعديل
institution-edit-error-name-missing = أدخل اسم المؤسسة بلغة واحدة على الأقل.
institution-edit-error-too-long = لا يتجاوز الاسم { $max } حرفًا.
institution-edit-error-markup = لا يمكن أن يحتوي الاسم على وسوم HTML (< أو >) ولا على محارف تحكم.
institution-edit-error-kind = اختر نوعًا من القائمة.
institution-edit-error-key = يتكون المفتاح من حروف لاتينية صغيرة وأرقام وشرطات مفردة (64 حرفًا على الأكثر).
institution-edit-error-key-missing = لا يمكن صنع مفتاح من اسم بالعربية أو بتيفيناغ: اكتب مفتاحًا.
institution-edit-error-key-taken = المفتاح { $key } مستعمل من قبل مؤسسة أخرى (أو من قبل سجل مدموج).
institution-edit-error-name-taken = توجد مؤسسة أخرى بهذا الاسم ({ $key }). إذا كانتا المؤسسة نفسها فادمج السجلين.
institution-merge-action = دمج
institution-merge-title = دمج { $name } في سجل آخر
institution-merge-choose = اختر السجل الذي سيبقى
institution-merge-submit = دمج السجلين
institution-merge-into = السجل الذي يبقى
institution-merge-into-hint = السجل الذي يدل على المؤسسة نفسها ويبقى.
institution-merge-intro = تقود { $name } ({ $key }) { $commitments } وهي مسؤولة عن { $activities }. ينتقل كل ذلك إلى السجل الذي يبقى، مع أدوار الدعم وصلاحيات رؤساء المشاريع.
institution-merge-warning = يُحذف هذا السجل بعد ذلك ويحيل عنوانه الزوار إلى السجل الباقي. لا يمكن التراجع عن ذلك.
institution-merge-error-target = اختر من القائمة السجل الذي سيبقى.
institution-merge-error-self = لا يمكن دمج سجل في نفسه: اختر سجلًا آخر.
irm-rating-apart = تقييم آلية التقييم المستقلة، المقيِّم المستقل لمبادرة الشراكة من أجل الحكومة المنفتحة. ليس هو التقدم الذي تصرح به المؤسسات أعلاه، ولا يُخلط به أبدًا.
irm-rating-assessed-by = قيّمته آلية التقييم المستقلة
irm-rating-report = التقرير:
irm-rating-imported = استُورد في
irm-rating-recorded = مأخوذ من المصادر
irm-rating-recorded-sources = المصادر مذكورة في أسفل الصفحة.
irm-rating-relevance = الصلة بقيم مبادرة الشراكة من أجل الحكومة المنفتحة
irm-rating-value = { $label }: { $value }
irm-import-title = استيراد تقييمات آلية التقييم المستقلة
irm-import-office-link = استيراد تقييمات آلية التقييم المستقلة
irm-import-intro = ملف CSV فيه سطر لكل التزام ولكل تقرير من تقارير الآلية (الصيغة موصوفة في docs/csv-layout.md). ترى أولًا أسطره وكل مشكل فيه؛ لا يُحفظ شيء قبل تأكيدك. استيراد التقرير نفسه من جديد يعوض تقييماته.
irm-import-upload-title = الملف المراد استيراده
irm-import-file = ملف CSV
irm-import-file-hint = الأعمدة: ogp_id، report_title، report_url، verifiable، relevance، potential_impact، completion، early_results، starred. 256 كيلوبايت على الأكثر.
irm-import-preview = فحص الملف
irm-import-preview-title = الأسطر المراد استيرادها
irm-import-check-then-confirm = لا مشكل في الملف. راجع أسطره ثم أكّد الاستيراد.
irm-import-file-text = نص الملف
irm-import-confirm = تأكيد الاستيراد
irm-import-col-line = السطر
irm-import-col-report = التقرير
irm-import-col-values = التقييمات
irm-import-reports-title = التقارير المستوردة
irm-import-no-reports = لم يُستورد أي تقرير للآلية بعد.
irm-import-at-line = السطر { $line }:
irm-import-at-cell = السطر { $line }، العمود { $column }:
irm-import-error-unreadable = تعذرت قراءة الملف: يجب أن يكون نص CSV بترميز UTF-8.
irm-import-error-too-large = حجم الملف يتجاوز { $max } كيلوبايت.
irm-import-error-empty = اختر ملف CSV فيه سطر عناوين وسطر واحد على الأقل.
irm-import-error-too-many-rows = في الملف أكثر من { $rows } سطر.
irm-import-error-unknown-column = «{ $value }» ليس عمودًا من أعمدة الصيغة (الأعمدة: { $allowed }).
irm-import-error-duplicate-column = العمود { $column } مذكور مرتين.
irm-import-error-missing-column = العمود { $column } غير موجود.
irm-import-error-row-length = عدد خانات السطر لا يساوي عدد خانات سطر العناوين.
irm-import-error-required = هذه الخانة إلزامية.
irm-import-error-markup = لا تُقبل وسوم HTML (< أو >) ولا محارف التحكم.
irm-import-error-too-long = النص طويل جدًا.
irm-import-error-unknown-commitment = لا يوجد هنا التزام معرّفه في الشراكة { $value }.
irm-import-error-bad-value = «{ $value }» ليست قيمة من سلم الآلية (القيم: { $allowed }).
irm-import-error-bad-link = «{ $value }» ليس عنوانًا على الويب (http أو https).
irm-import-error-title-mismatch = رابط التقرير نفسه مذكور أعلاه بعنوان آخر.
irm-import-error-duplicate = هذا الالتزام مقيَّم أعلاه في التقرير نفسه.
irm-import-failed = { $cat ->
    [zero] لم يُستورد أي شيء.
    [one] لم يُستورد أي شيء: وُجد مشكل واحد.
    [two] لم يُستورد أي شيء: وُجد مشكلان.
    [few] لم يُستورد أي شيء: وُجدت { $count } مشاكل.
    [many] لم يُستورد أي شيء: وُجد { $count } مشكلًا.
   *[other] لم يُستورد أي شيء: وُجد { $count } مشكل.
}
irm-import-done = { $cat ->
    [zero] لم يُستورد أي تقييم.
    [one] استُورد تقييم واحد للآلية.
    [two] استُورد تقييمان للآلية.
    [few] استُوردت { $count } تقييمات للآلية.
    [many] استُورد { $count } تقييمًا للآلية.
   *[other] استُورد { $count } تقييم للآلية.
}
irm-import-cli-done = تم الاستيراد: { $ratings } من { $reports } (عُوّض منها { $replaced }).
irm-import-count-ratings = { $cat ->
    [zero] لا تقييم
    [one] تقييم واحد
    [two] تقييمان
    [few] { $count } تقييمات
    [many] { $count } تقييمًا
   *[other] { $count } تقييم
}
irm-import-count-reports = { $cat ->
    [zero] لا تقرير
    [one] تقرير واحد
    [two] تقريران
    [few] { $count } تقارير
    [many] { $count } تقريرًا
   *[other] { $count } تقرير
}
change-institution-created = { $subject }: إضافة مؤسسة
change-institution-edited = { $subject }: تعديل مؤسسة
change-institutions-merged = { $subject }: دمج سجلين للمؤسسة نفسها
change-irm-ratings-imported = { $subject }: استيراد تقييمات آلية التقييم المستقلة
