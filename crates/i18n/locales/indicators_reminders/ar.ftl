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
