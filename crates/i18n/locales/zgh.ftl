# This translation was drafted by machine and has not been reviewed: not reviewed by a native speaker.
# Reviewers: please correct this file (vocabulary, grammar, annexed state) against IRCAM usage; every line is a draft.
# Tamazight messages of opengov, in standard Tifinagh (IRCAM, U+2D30-U+2D7F).
# Every message id exists in ar.ftl, fr.ftl, en.ftl and zgh.ftl (a test checks it).
# Counts: messages select on $cat, the CLDR plural category computed by the application.
# CLDR has no plural rules for zgh, so every count gets "other": the [other] variants are worded "noun: number".
# Draft terms to check: government ⵜⴰⵏⴱⴰⴹⵜ; open ⵉⵕⵥⵎⵏ; partnership ⵜⴰⵎⵢⴰⵡⵙⴰ; action plan ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ;
# commitment ⵜⴰⴳⴰⵍⵍⵉⵜ; activity ⵜⵉⴳⴰⵡⵜ; axis ⴰⵙⵏⵜⵍ; institution ⵜⴰⵙⵓⴷⴷⵙⵜ; progress ⴰⵣⵉⴳⵣ; source ⴰⵖⴱⴰⵍⵓ;
# report ⴰⵏⵇⵇⵉⵙ; Independent Reporting Mechanism ⴰⵏⴰⴳⵔⴰⵡ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⵇⵇⵉⵙ; parliament ⴰⴱⵔⵍⴰⵎⴰⵏ; site ⴰⵙⵉⵜ.

site-name = ⵜⴰⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵍⵎⵖⵔⵉⴱ
site-tagline = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ, ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⴷ ⵓⵣⵉⴳⵣ ⵏⵏⵙⵏⵜ
site-description = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ (OGP): ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ, ⵜⵉⴳⴰⵡⵉⵏ ⵏⵏⵙ, ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵜⵉⵎⵙⵡⵓⵍⵉⵏ ⴷ ⵓⵣⵉⴳⵣ ⵏⵏⵙ.
skip-to-content = ⵣⵔⵉ ⵖⵔ ⵓⴳⴱⵓⵔ ⴰⴳⵊⴷⴰⵏ
nav-main = ⵜⴰⵍⴳⴰⵎⵜ ⵜⴰⴳⵊⴷⴰⵏⵜ
nav-languages = ⵜⵓⵜⵍⴰⵢⵉⵏ
nav-breadcrumbs = ⵜⵍⵍⵉⴷ ⵖⵉⴷ
nav-home = ⵜⴰⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
nav-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
nav-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ
nav-institutions = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ
footer-about = ⵅⴼ ⵢⵉⵙⴼⴽⴰ ⴰⴷ
footer-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
footer-accessibility = ⵜⵉⵣⵎⵎⴰⵔ ⵏ ⵓⴽⵛⵛⵓⵎ
footer-meta = ⵉⵙⴰⵍⵍⴰⵏ ⵉⴳⴷⵓⴷⴰⵏⵏ ⵙⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⵜⵜⵓⴱⴷⵔⵏ ⴳ ⴽⵓ ⵜⴰⵙⵏⴰ. ⵓⵟⵟⵓⵏⵏ ⵜⵜⴹⴼⴰⵔⵏ ⴰⵍⵓⴳⵏ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵙⴼⵀⵎⵏ ⴳ ⵜⵙⵏⴰ ⵏ ⴽⵓ ⴰⵖⴰⵡⴰⵙ.
language-ar = ⵜⴰⵄⵔⴰⴱⵜ
language-fr = ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ
language-en = ⵜⴰⵏⴳⵍⵉⵣⵜ
language-zgh = ⵜⴰⵎⴰⵣⵉⵖⵜ
fallback-marker = ⵉⵜⵜⵓⵙⵙⴽⵏⵏ ⵙ { $language }: ⵓⵔ ⵙⵓⵍ ⵉⵍⵍⵉ ⵓⵙⵓⵖⵍ
not-recorded = ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⵎ
not-found-in-sources = ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ ⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ
date-unknown = ⴰⵣⵎⵣ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ
date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = ⵉⵏⵏⴰⵢⵔ
month-2 = ⴱⵕⴰⵢⵕ
month-3 = ⵎⴰⵕⵚ
month-4 = ⵉⴱⵔⵉⵔ
month-5 = ⵎⴰⵢⵢⵓ
month-6 = ⵢⵓⵏⵢⵓ
month-7 = ⵢⵓⵍⵢⵓⵣ
month-8 = ⵖⵓⵛⵜ
month-9 = ⵛⵓⵜⴰⵏⴱⵉⵔ
month-10 = ⴽⵜⵓⴱⵔ
month-11 = ⵏⵓⵡⴰⵏⴱⵉⵔ
month-12 = ⴷⵓⵊⴰⵏⴱⵉⵔ
percent = { $value }%
illustrative-title = ⵉⵙⴼⴽⴰ ⵏ ⵓⵎⴷⵢⴰ.
illustrative-text = ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵉⵏ ⴷ ⴽⵔⴰ ⵏ ⵡⵓⵟⵟⵓⵏⵏ ⵏ ⵓⵣⵉⴳⵣ ⴳ ⵓⵙⵉⵜ ⴰⴷ ⵜⵜⵓⵙⵏⵓⵍⴼⴰⵏ ⵉ ⵓⵙⵙⴽⵏ. ⵓⵔ ⴳⵉⵏ ⵉⵏⵚⵉⴱⵏ.

count-commitments = { $cat ->
    [one] { $count } ⵜⴳⴰⵍⵍⵉⵜ
   *[other] ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ: { $count }
}
count-activities = { $cat ->
    [one] { $count } ⵜⴳⴰⵡⵜ
   *[other] ⵜⵉⴳⴰⵡⵉⵏ: { $count }
}
count-institutions = { $cat ->
    [one] { $count } ⵜⵙⵓⴷⴷⵙⵜ
   *[other] ⵜⵉⵙⵓⴷⴷⵙⵉⵏ: { $count }
}
count-axes = { $cat ->
    [one] { $count } ⵓⵙⵏⵜⵍ
   *[other] ⵉⵙⵏⵜⴰⵍ: { $count }
}

status-not_started = ⵓⵔ ⵉⴱⴷⵉ
status-limited = ⴰⵎⵥⵥⵢⴰⵏ
status-substantial = ⴰⵎⵇⵇⵔⴰⵏ
status-complete = ⵉⴼⵓⴽ
status-not-reported = ⵓⵔ ⵉⵜⵜⵓⵎⵍ
status-delayed = ⵉⵄⵟⵟⵍ
status-cancelled = ⵉⵜⵜⵓⵙⴱⵟⵍ
bar-label = { $subject }: { $value }, { $status }
plan-status-drafting = ⴰⵔ ⵉⵜⵜⵢⴰⵔⴰ
plan-status-consultation = ⴳ ⵓⵙⵇⵙⵉ
plan-status-implementing = ⴰⵔ ⵉⵜⵜⵓⵙⴽⴰⵔ
plan-status-completed = ⵉⴼⵓⴽ
tag-parliament = ⴰⴱⵔⵍⴰⵎⴰⵏ
tag-government = ⵜⴰⵏⴱⴰⴹⵜ
tag-unofficial-title = ⴰⵣⵡⵍ ⵓⵔ ⵉⴳⴰ ⵓⵏⵚⵉⴱ
official-tag = ⵉⵜⵜⵓⵎⵍ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ
official-as-of = ⴰⵣⵎⵣ ⵏ ⵓⵟⵟⵓⵏ: { $date }
official-undated = ⴰⵣⵎⵣ ⵏ ⵓⵟⵟⵓⵏ ⵓⵔ ⵉⵜⵜⵓⵎⵍ
official-source = ⴰⵖⴱⴰⵍⵓ:
source-link = ⴰⵖⴱⴰⵍⵓ { $number }
sources = ⵉⵖⴱⵓⵍⴰ
source-notes = ⵜⴰⵎⴰⵡⵉⵏ ⵅⴼ ⵢⵉⵖⴱⵓⵍⴰ:

home-title = ⵜⴰⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵍⵎⵖⵔⵉⴱ
home-lead = ⴹⴼⵔ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ: ⴰⴳⴱⵓⵔ ⵏ ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ, ⵜⴰⵙⵓⴷⴷⵙⵜ ⵜⴰⵎⵙⵡⵓⵍⵜ ⵅⴼ ⵙ, ⴷ ⵓⵣⵉⴳⵣ ⵏⵏⵙ.
home-figures = ⵓⵟⵟⵓⵏⵏ ⵉⴳⵊⴷⴰⵏⵏ
stat-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
stat-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ
stat-commitments-note = ⵜⴰⵏⴱⴰⴹⵜ ⴷ ⵓⴱⵔⵍⴰⵎⴰⵏ
stat-current-completion = ⴰⵣⵉⴳⵣ ⵏ ⵓⵖⴰⵡⴰⵙ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ
stat-computed = ⵉⵜⵜⵓⵙⵉⴹⵏ ⵙⴳ ⵜⴳⴰⵡⵉⵏ ⵉⵜⵜⵓⵎⵍⵏ
home-current-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ
home-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ ⴰⴽⴽⵯ
home-changes = ⵉⵙⵏⴼⴰⵍⵏ ⵉⵎⴳⴳⵓⵔⴰ
home-no-changes = ⵓⵔ ⵙⵓⵍ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵙⵏⴼⵍ.
completion-computed = ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵙⵉⴹⵏ ⵙⴳ ⵜⴳⴰⵡⵉⵏ
completion-official = ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ
completion-per-axis = ⴰⵣⵉⴳⵣ ⵏ ⴽⵓ ⴰⵙⵏⵜⵍ
how-computed-link = ⴰⵖⴰⵔⴰⵙ ⵏ ⵓⵙⵉⴹⵏ ⵏ ⵡⵓⵟⵟⵓⵏⵏ ⴰⴷ
change-plan-imported = { $subject }: ⵉⵙⴼⴽⴰ ⵜⵜⵓⵙⵓⴼⵖⵏ
change-activity-added = { $subject }: ⵜⵉⴳⴰⵡⵜ ⵜⵜⵢⴰⵔⵏⵓ
change-activity-updated = { $subject }: ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵙⵏⴼⵍ
change-activity-moved = { $subject }: ⵜⵉⴳⴰⵡⵜ ⵜⵜⵓⵙⵎⵓⵜⵜⵉ
change-activity-deleted = { $subject }: ⵜⵉⴳⴰⵡⵜ ⵜⵜⵓⴽⴽⴰⵙ
change-other = { $subject }: ⵉⵜⵜⵓⵙⵏⴼⵍ

plans-title = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
plans-lead = ⵉⵖⴰⵡⴰⵙⵏ ⵉⵏⴰⵎⵓⵔⵏ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵙⴳ ⵓⵎⴰⵢⵏⵓ ⵖⵔ ⵓⵇⴷⵉⵎ.
plans-none = ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⵙⵓⴼⵖ ⴽⵔⴰ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ.
plan-number = ⴰⵖⴰⵡⴰⵙ { $number }
plan-recorded-of = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ: { $recorded } ⵙⴳ { $count }.
plan-incomplete-explained = ⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ ⴱⴷⵔⵏ ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⴰⴷ ⵖⴰⵙ; ⵜⵉⴷ ⵓⵔ ⵉⵍⵍⵉⵏ ⵔⴰⴷ ⵜⵜⵢⴰⵔⵏⵓⵏⵜ ⵖⴰⴽⵓⴷ ⵜⵜⵓⵙⵓⴼⵖⵏ ⵢⵉⴹⵔⵉⵙⵏ ⵏⵏⵙⵏⵜ. ⵓⵔ ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⵓⵍⴰ ⵢⴰⵏ ⵢⵉⵣⵉⵔⵉⴳ.
plan-axes-recorded-of = ⵉⵙⵏⵜⴰⵍ ⵉⵜⵜⵓⵙⵙⵏⵏ ⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ: { $recorded } ⵙⴳ { $count }.
axis-recorded-of = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ: { $recorded } ⵙⴳ { $declared } ⵉⵍⵍⴰⵏ ⴳ ⵓⵖⴰⵡⴰⵙ.
plan-completion = ⴰⵣⵉⴳⵣ
plan-not-reported-explained = ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⵎⵍ ⴳ ⵓⵙⵉⵜ ⴰⴷ ⴽⵔⴰ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵡⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⴷ, ⵉⵀⵉ ⵓⵔ ⵉⵜⵜⵓⵙⵉⴹⵏ ⴽⵔⴰ ⵏ ⵓⵟⵟⵓⵏ. ⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ, ⵎⵖ ⵍⵍⴰⵏ, ⵍⵍⴰⵏ ⴷⴷⴰⵡ, ⴷ ⵢⵉⵖⴱⵓⵍⴰ ⵏⵏⵙⵏ.
plan-no-axes = ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⵎ ⴽⵔⴰ ⵏ ⵓⵙⵏⵜⵍ ⵉ ⵓⵖⴰⵡⴰⵙ ⴰⴷ.
plan-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵙ ⵢⵉⵙⵏⵜⴰⵍ
group-empty = ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⵣⵎⵎⵎ ⵖⵉⴷ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵏ ⵓⵙⵏⵜⵍ ⴰⴷ.
group-no-axis = ⴰⵙⵏⵜⵍ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ
group-no-axis-note = ⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ ⵓⵔ ⴷ ⵎⵍⵉⵏ ⴰⵙⵏⵜⵍ ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⴰⴷ.
group-parliament = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ
group-parliament-note = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⵙⵇⵇⵉⵎ ⵏ ⵉⵏⴰⴱⴱⵓⵢⵏ, ⵏⵏⴰ ⵜⴱⴷⵔ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ ⴰⴷ. ⵓⵔ ⵜⵜⵓⵙⵉⴹⵏⵜ ⴳ ⵡⵓⵟⵟⵓⵏⵏ ⵏ ⵜⵏⴱⴰⴹⵜ.
parliament-figure = ⴰⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ, ⵉⵜⵜⵓⵙⵉⴹⵏ ⵙⴳ ⵜⴳⴰⵡⵉⵏ ⵏⵏⵙⵏⵜ:
plan-documents = ⵉⵙⴰⵍⴽⵉⵏⵏ
doc-type-member-page = ⵜⴰⵙⵏⴰ ⵏ ⵓⴳⵎⴰⵎ
doc-type-irm-report = ⴰⵏⴻⵇⵇⵉⵙ ⵏ IRM
doc-type-irm-report-mirror = ⴰⵏⴻⵇⵇⵉⵙ ⵏ IRM, ⴰⵙⵏⵖⵍ
doc-type-self-assessment-mirror = ⴰⵙⵏⵇⴷ ⵏ ⵢⵉⵎⴰⵏ, ⴰⵙⵏⵖⵍ
doc-type-action-plan-mirror = ⴰⴹⵔⵉⵙ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ, ⴰⵙⵏⵖⵍ
doc-type-portal-page = ⵜⴰⵙⵏⴰ ⵏ ⵓⵙⵉⵜ
doc-type-other = ⴰⵙⵍⴽⵉⵏ
how-computed-title = ⴰⵖⴰⵔⴰⵙ ⵏ ⵓⵙⵉⴹⵏ
how-computed-activity = ⴽⵓ ⵜⵉⴳⴰⵡⵜ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵜⵍⴰ ⴰⵣⵉⴳⵣ ⵙⴳ 0 ⴰⵔ 100%, ⵏⵏⴰ ⵉⵙⵔⵙ ⵓⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ ⵏⵏⵙ ⴳ ⵢⴰⵏ ⵓⵏⴻⵇⵇⵉⵙ ⵉⵜⵜⵓⵇⴱⵍⵏ, ⴷ ⵢⴰⵏ ⵡⴰⵥⴰⵢ.
how-computed-commitment = ⴰⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵉⴳⴰ ⴰⵎⵎⴰⵙ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵡⵉⵏ ⵏⵏⵙ, ⵙ ⵡⴰⵥⴰⵢ ⵏ ⴽⵔⴰⵢⴳⴰⵜⵜ ⵢⴰⵜ. ⵜⵉⴳⴰⵡⵉⵏ ⵉⵜⵜⵓⵙⴱⵟⵍⵏ ⵓⵔ ⵜⵜⵓⵙⵉⴹⵏⵜ. ⵜⴰⴳⴰⵍⵍⵉⵜ ⵏⵏⴰ ⵓⵔ ⵜⵍⵉ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵉⵜⵜⵓⵎⵍⵏ ⵓⵔ ⵜⵍⴰ ⵓⵟⵟⵓⵏ: ⴰⴷ ⴰⵙ ⵉⵜⵜⵢⴰⵔⴰ «ⵓⵔ ⵉⵜⵜⵓⵎⵍ», ⵓⵔ ⴰⵙ ⵉⵜⵜⵢⴰⵔⴰ ⴰⴱⴰⴷⴰⵏ 0%.
how-computed-rollup = ⴰⵣⵉⴳⵣ ⵏ ⵓⵙⵏⵜⵍ ⴷ ⵓⵣⵉⴳⵣ ⵏ ⵓⵖⴰⵡⴰⵙ ⴳⴰⵏ ⴰⵎⵎⴰⵙ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⵙⵏ, ⴱⵍⴰ ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⴰ ⵓⵔ ⵉⵍⴰⵏ ⵓⵟⵟⵓⵏ. ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ ⵜⵜⵓⵙⵙⴽⵏⵜ ⵡⴰⵃⴷⵙⵏⵜ.
how-computed-status = ⴳ ⵜⴰⵎⴰ ⵏ ⴽⵓ ⵓⵟⵟⵓⵏ ⵉⵍⵍⴰ ⵢⴰⵏ ⵡⴰⴷⴷⴰⴷ ⵙ ⵉⵙⵡⵉⵔⵏ ⵏ ⵓⵏⴰⴳⵔⴰⵡ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⴻⵇⵇⵉⵙ: ⵓⵔ ⵉⴱⴷⵉ (0%), ⴰⵎⵥⵥⵢⴰⵏ (1 ⴰⵔ 49%), ⴰⵎⵇⵇⵔⴰⵏ (50 ⴰⵔ 99%), ⵉⴼⵓⴽ (100%). «ⵉⵄⵟⵟⵍ» ⵉⵙⵏⵎⵎⴰⵍ ⵉⵙ ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏ ⵜⴳⴳⴰⵔⴰ ⵏ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ, ⵓⵔ ⵜⴰ ⵜⵍⴽⵉⵎ 100%.
how-computed-official = ⵓⵟⵟⵓⵏⵏ ⵏⵏⴰ ⵜⵙⵙⵓⴼⵖ ⵜⵏⴱⴰⴹⵜ ⵏⵉⵖ ⵏⵏⴰ ⵏⵏⴰⵏⵜ ⵜⵙⵖⵓⵏⵉⵏ ⵜⵜⵓⵙⵙⴽⵏⵏ ⵡⴰⵃⴷⵙⵏ ⵙ «ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ», ⴷ ⵓⵣⵎⵣ ⵏⵏⵙⵏ ⴷ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙⵏ. ⵓⵔ ⵜⵜⵓⵅⵍⴰⴹⵏ ⴷ ⵡⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵙⵉⴹⵏⵏ.

commitments-title = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ
commitments-none = ⵉⵎⵙⵉⵣⴷⴳⵏ ⴰⴷ ⵓⵔ ⴷ ⵓⴼⵉⵏ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ.
filter-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ
filter-axis = ⴰⵙⵏⵜⵍ
filter-status = ⴰⴷⴷⴰⴷ
filter-institution = ⵜⴰⵙⵓⴷⴷⵙⵜ
filter-all = ⴰⴽⴽⵯ
filter-apply = ⵙⵙⵎⵔⵙ ⵉⵎⵙⵉⵣⴷⴳⵏ
filter-reset = ⴽⴽⵙ ⵉⵎⵙⵉⵣⴷⴳⵏ
pagination = ⵜⵉⵙⵏⵉⵡⵉⵏ
pagination-previous = ⵖⵔ ⴷⴼⴼⵉⵔ
pagination-next = ⵖⵔ ⵣⴷⴰⵜ
pagination-page-of = ⵜⴰⵙⵏⴰ { $page } ⵙⴳ { $pages }
col-ogp-id = ⵜⴰⵏⴳⴰⵍⵜ ⵏ OGP
col-commitment = ⵜⴰⴳⴰⵍⵍⵉⵜ
col-lead = ⵜⴰⵙⵓⴷⴷⵙⵜ ⵉⵏⵀⵍⵏ
col-period = ⵜⴰⵍⵍⵉⵜ
col-progress = ⴰⵣⵉⴳⵣ
col-activity = ⵜⵉⴳⴰⵡⵜ
col-expected-output = ⴰⴳⵎⵓⴹ ⵉⵜⵜⵓⵕⵊⴰⵏ
col-responsible = ⴰⵎⵙⵡⵓⵍ
col-weight = ⴰⵥⴰⵢ
col-status = ⴰⴷⴷⴰⴷ
col-institution = ⵜⴰⵙⵓⴷⴷⵙⵜ
col-commitments-led = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⴰ ⵜⵏⵀⵍ
col-activities = ⵜⵉⴳⴰⵡⵉⵏ

commitment-progress = ⴰⵣⵉⴳⵣ
commitment-not-reported-explained = ⵓⵔ ⵉⵜⵜⵓⵎⵍ ⴳ ⵓⵙⵉⵜ ⴰⴷ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴰⴷ, ⵉⵀⵉ ⵓⵔ ⵉⵜⵜⵓⵙⵉⴹⵏ ⴽⵔⴰ ⵏ ⵓⵟⵟⵓⵏ.
commitment-fields = ⵜⴰⴳⴰⵍⵍⵉⵜ
commitment-activities = ⵜⵉⴳⴰⵡⵉⵏ (ⵉⵙⵓⵔⵉⴼⵏ)
activities-not-reported = ⵓⵔ ⵉⵜⵜⵓⵎⵍ: ⵜⵉⴳⴰⵡⵉⵏ ⴷ ⵓⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵓⴼⵖⵏⵜ ⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ ⵖⵉⴷ.
commitment-irm = ⴰⵙⵏⵇⴷ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
commitment-irm-explained = ⵉⴳⵔⴰⵏ ⵏⵏⴰ ⵜⵙⵙⵓⴼⵖ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴷ ⵓⵏⴰⴳⵔⴰⵡ ⵏⵏⵙ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⴻⵇⵇⵉⵙ (IRM), ⴰⵎ ⵎⴰⵎⵏⴽ ⵍⵍⴰⵏ ⴳ ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏⵏⵙ.
field-ogp-id = ⵜⴰⵏⴳⴰⵍⵜ ⵏ OGP
field-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⵉⴳⴰⵡⵜ
field-axis = ⴰⵙⵏⵜⵍ
field-position = ⵓⵟⵟⵓⵏ ⴳ ⵓⵖⴰⵡⴰⵙ
position-from-source = ⵉⵜⵜⵓⴱⴷⵔ ⴳ ⵢⵉⵖⴱⵓⵍⴰ
position-inferred = ⵉⵜⵜⵓⵙⵙⵏⵏ ⵙⴳ ⵓⵎⵢⴰⴹⴼⴰⵔ ⵏ ⵜⵏⴳⴰⵍⵉⵏ
field-lead = ⵜⴰⵙⵓⴷⴷⵙⵜ ⵉⵏⵀⵍⵏ
field-ogp-lead-field = ⵜⴰⵙⵓⴷⴷⵙⵜ ⵉⵏⵀⵍⵏ, ⴰⵎ ⵎⴰⵎⵏⴽ ⵜⵜ ⵜⵎⵍⴰ OGP
field-support = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵉⵜⵜⵄⴰⵡⴰⵏⵏ
field-start = ⵜⴰⵣⵡⴰⵔⴰ
field-end = ⵜⴰⴳⴳⴰⵔⴰ
field-problem = ⵜⴰⵎⵓⴽⵔⵉⵙⵜ ⵏⵏⴰ ⵜⵎⵎⴰⴳⴳⴰⵔ
field-description = ⴰⴳⵍⴰⵎ
field-how-it-helps = ⵎⴰⵎⵏⴽ ⴰⴷ ⵜⵄⴰⵡⵏ
field-ogp-values = ⵉⵣⴰⵍⴰⵏ ⵏ OGP
field-policy-areas = ⵉⴳⵔⴰⵏ ⵏ ⵜⵙⵔⵜⵉⵜ
field-contact = ⴰⵎⵙⴰⵡⴰⵍ
field-title-long = ⴰⵣⵡⵍ ⴰⵖⵣⵣⴰⴼ
field-title-irm = ⴰⵣⵡⵍ ⴳ ⵓⵏⴻⵇⵇⵉⵙ ⵏ IRM
field-title-unofficial = ⴰⵣⵡⵍ ⵓⵔ ⵉⴳⴰ ⵓⵏⵚⵉⴱ
field-builds-on = ⵉⴱⵏⴰ ⵅⴼ
field-weight = ⴰⵥⴰⵢ ⴳ ⵓⵖⴰⵡⴰⵙ
field-ogp-verifiable = ⵉⵣⵎⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵏⵇⴷ
field-ogp-relevant = ⵉⴽⴽⴰ ⴷ ⵢⵉⵣⴰⵍⴰⵏ ⵏ OGP
field-ogp-ambition = ⵜⵉⵔⵉⵜ
field-irm-potential-impact = ⴰⵙⵏⴼⵍ ⵉⵜⵜⵓⵕⵊⴰⵏ (IRM)
field-irm-completion = ⴰⵣⵉⴳⵣ (IRM)
field-irm-starred = ⵜⴰⴳⴰⵍⵍⵉⵜ ⵙ ⵢⵉⵜⵔⵉ
field-irm-early-results = ⵉⴳⵎⴰⴹ ⵉⵎⵣⵡⵓⵔⴰ (IRM)
field-irm-potential-results = ⵉⴳⵎⴰⴹ ⵉⵣⵎⵔⵏ ⴰⴷ ⵉⵍⵉⵏ (IRM)

institutions-title = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ
institutions-lead = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵏⵏⴰ ⵉⵏⵀⵍⵏ ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵉⵖ ⴳⴰⵏⵜ ⵜⵉⵎⵙⵡⵓⵍⵉⵏ ⵅⴼ ⵜⴳⴰⵡⵉⵏ.
institution-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⴰ ⵜⵏⵀⵍ
institution-activities = ⵜⵉⴳⴰⵡⵉⵏ ⵏⵏⴰ ⵅⴼ ⵜⴳⴰ ⵜⴰⵎⵙⵡⵓⵍⵜ
institution-no-commitments = ⵓⵔ ⵜⵏⵀⵍ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ.
institution-no-activities = ⵓⵔ ⴰⵙ ⵜⵜⵓⵢⴼⴽⴰ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ.
institution-kind-government = ⵜⴰⵏⴱⴰⴹⵜ
institution-kind-civil-society = ⴰⵎⵓⵏ ⴰⵖⵔⴼⴰⵏ
institution-kind-parliament = ⴰⴱⵔⵍⴰⵎⴰⵏ
institution-kind-private = ⴰⴳⵣⵣⵓⵎ ⵓⵙⵍⵉⴳ
institution-kind-academia = ⵜⴰⵙⴷⴰⵡⵉⵜ ⴷ ⵓⵔⵣⵣⵓ
institution-kind-local = ⵜⴰⵏⴱⴰⴹⵜ ⵜⴰⴷⵖⴰⵔⴰⵏⵜ
institution-kind-international = ⵜⴰⵙⵓⴷⴷⵙⵜ ⵜⴰⵎⴰⴹⵍⴰⵏⵜ
institution-kinds-government = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵏ ⵜⵏⴱⴰⴹⵜ
institution-kinds-civil-society = ⵜⵉⵎⵓⵏⵉⵏ ⵏ ⵓⵎⵓⵏ ⴰⵖⵔⴼⴰⵏ
institution-kinds-parliament = ⴰⴱⵔⵍⴰⵎⴰⵏ
institution-kinds-private = ⴰⴳⵣⵣⵓⵎ ⵓⵙⵍⵉⴳ
institution-kinds-academia = ⵜⴰⵙⴷⴰⵡⵉⵜ ⴷ ⵓⵔⵣⵣⵓ
institution-kinds-local = ⵜⵉⵏⴱⴰⴹⵉⵏ ⵜⵉⴷⵖⴰⵔⴰⵏⵉⵏ
institution-kinds-international = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵜⵉⵎⴰⴹⵍⴰⵏⵉⵏ

page-about-title = ⵅⴼ ⵢⵉⵙⴼⴽⴰ ⴰⴷ
page-about-p1 = ⴰⵙⵉⵜ ⴰⴷ ⵉⵙⵙⵓⴼⵓⵖ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵉⵜⵜⴹⴼⴰⵔ ⴰⵙⵎⵎⵔⵙ ⵏⵏⵙⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⴰⴳⴷⵓⴷⴰⵏ.
page-about-p2 = ⴽⵓ ⴰⵖⴰⵡⴰⵙ, ⴽⵓ ⴰⵙⵏⵜⵍ ⴷ ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ ⵉⵍⵍⴰⵏ ⵖⵉⴷ ⵉⴽⴽⴰ ⴷ ⵙⴳ ⵢⴰⵏ ⵓⵖⴱⴰⵍⵓ ⴰⴳⴷⵓⴷⴰⵏ: ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵉⵏⴻⵇⵇⵉⵙⵏ ⵏ ⵓⵏⴰⴳⵔⴰⵡ ⵏⵏⵙ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⴻⵇⵇⵉⵙ, ⴰⵙⵉⵜ ⵏ ⵜⵏⴱⴰⴹⵜ ⴷ ⵜⵙⵖⵓⵏⵉⵏ. ⴽⵓ ⵜⴰⵙⵏⴰ ⵜⵎⵍⴰ ⵉⵖⴱⵓⵍⴰ ⵏⵏⵙ.
page-about-p3 = ⵎⵖ ⵓⵔ ⵏⵏⵉⵏ ⵢⵉⵖⴱⵓⵍⴰ ⵢⴰⵜ, ⵜⴰⵙⵏⴰ ⵜⵏⵏⴰ ⵜ («ⵓⵔ ⵉⵜⵜⵓⵎⵍ», «ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ ⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ»). ⵓⵔ ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⵢⴰⵜ: ⵎⵖ ⵓⵔ ⵜⵜⵓⵙⵙⵏⵏⵜ ⴰⴽⴽⵯ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ, ⵜⴰⵙⵏⴰ ⵏ ⵓⵖⴰⵡⴰⵙ ⵜⵎⵍⴰ ⵎⵏⵏⴰⵡ ⴰⵢⴷ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ.
page-about-p4 = ⵓⵟⵟⵓⵏⵏ ⵏⵏⴰ ⵉⵙⵉⴹⵏ ⵓⵙⵉⵜ ⴷ ⵡⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ ⵜⵜⵓⵙⵙⴽⵏⵏ ⴱⴷⴷⴰ ⵡⴰⵃⴷⵙⵏ; ⴰⵍⵓⴳⵏ ⵏ ⵓⵙⵉⴹⵏ ⵏⵏⵙⵏ ⵉⵜⵜⵓⵙⵙⴼⵀⵎ ⴳ ⵜⵙⵏⴰ ⵏ ⴽⵓ ⴰⵖⴰⵡⴰⵙ.
page-open-data-title = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
page-open-data-p1 = ⵉⵙⴼⴽⴰ ⴰⴽⴽⵯ ⵏ ⵓⵙⵉⵜ ⴰⴷ ⵣⵎⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵎⵔⵙⵏ ⵙ ⵜⵍⴻⵍⵍⵉ ⵙ ⵓⴳⵔⵓⴷⴻⵎ ⵏⵏⵙ JSON. ⵜⵉⵍⴳⴰⵎⵉⵏ ⵜⵜⵓⴱⴹⴰⵏⵜ ⵙ ⵜⵙⵏⵉⵡⵉⵏ (ⵉⴼⵔⴷⵉⵙⵏ page ⴷ per_page); ⵜⵓⵛⵛⴹⵉⵡⵉⵏ ⴹⴼⴰⵔⵏⵜ RFC 9457.
page-open-data-p2 = ⵉⴹⵔⵉⵙⵏ ⵜⵜⵓⵢⴼⴽⴰⵏ ⵙ ⴽⵓ ⵜⵓⵜⵍⴰⵢⵜ ⴳ ⵍⵍⴰⵏ. ⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ ⵜⵜⵓⵢⴼⴽⴰⵏ ⵡⴰⵃⴷⵙⵏ, ⵓⵔ ⵜⵜⵓⵅⵍⴰⴹⵏ ⴷ ⵡⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵙⵉⴹⵏⵏ, ⴷ ⵢⵉⵖⴱⵓⵍⴰ ⵏⵏⵙⵏ.
page-open-data-p3 = ⴰⴳⵍⴰⵎ ⵏ ⵓⴳⵔⵓⴷⴻⵎ ⵉⵍⵍⴰ ⴳ ⵢⴰⵏ ⵓⵙⵍⴽⵉⵏ OpenAPI.
open-data-openapi = ⴰⴳⵍⴰⵎ OpenAPI
open-data-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⵉⴳⴰⵡⵜ
open-data-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ
open-data-activities = ⵜⵉⴳⴰⵡⵉⵏ
open-data-institutions = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ
page-accessibility-title = ⵜⵉⵣⵎⵎⴰⵔ ⵏ ⵓⴽⵛⵛⵓⵎ
page-accessibility-p1 = ⴰⵙⵉⵜ ⴰⴷ ⵉⵜⵜⵏⴰⴷⵉ ⴰⴷ ⵉⴹⴼⵔ ⵜⵉⵏⵎⵎⴰⵍⵉⵏ ⵏ ⵓⴽⵛⵛⵓⵎ ⵖⵔ ⵓⴳⴱⵓⵔ (WCAG 2.1) ⴳ ⵓⵙⵡⵉⵔ AA, ⵙ ⵜⴰⵄⵔⴰⴱⵜ, ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ, ⵙ ⵜⵏⴳⵍⵉⵣⵜ ⴷ ⵙ ⵜⵎⴰⵣⵉⵖⵜ.
page-accessibility-p2 = ⴽⵓ ⵜⴰⵙⵏⴰ ⵜⵙⴽⴰⵔ ⴱⵍⴰ ⵊⴰⴼⴰⵙⴽⵔⵉⴱⵜ, ⵜⵣⵎⵎⵔ ⴰⴷ ⵜⵜⵓⵙⵎⵔⵙ ⵙ ⵓⵏⴰⵙⵉⵡ ⵡⴰⵃⴷⵓⵜ, ⵜⵍⴰ ⴰⵣⴷⴰⵢ ⵏ ⵓⵣⵔⵉ ⴷ ⵉⵎⴰⵜⴰⵔⵏ, ⴷ ⵜⵉⵏⴱⴹⵉⵏ ⵏ ⵢⵉⵏⵉ ⵏⵏⵙ ⵜⵜⵓⵙⵏⵇⴷⵏⵜ. ⵜⵉⵣⵉⵔⴳⵉⵏ ⵏ ⵓⵣⵉⴳⵣ ⵜⵜⵎⵍⴰⵏⵜ ⴱⴷⴷⴰ ⵓⵟⵟⵓⵏ ⵏⵏⵙⵏⵜ ⵙ ⵓⴹⵔⵉⵙ.
page-accessibility-p3 = ⵜⵉⵙⵏⵉⵡⵉⵏ ⵜⵜⵓⵙⵏⵇⴷⵏⵜ ⵙ ⵓⵖⴰⵔⴰⵙ ⴰⵡⵓⵔⵎⴰⵏ ⵙ axe-core, ⵙ ⵜⴰⵄⵔⴰⴱⵜ ⴷ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ, ⵣⵣⴰⵜ ⴽⵓ ⴰⵙⵓⴼⵖ ⴰⵎⴰⵢⵏⵓ.
page-accessibility-p4 = ⴽⵔⴰ ⵏ ⵢⵉⴹⵔⵉⵙⵏ ⵓⵔ ⵍⵍⵉⵏ ⴰⴱⵍⴰ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙⵏ; ⵜⵜⵓⵎⵍⴰⵏ ⵙ ⵜⵏⴳⴰⵍⵜ ⵏ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵙⴽⵏⵏ.

error-404-title = ⵓⵔ ⵜⵜⵢⴰⴼⴰ ⵜⵙⵏⴰ
error-404-text = ⵜⴰⵙⵏⴰ ⵏⵏⴰ ⵜⵙⵙⵓⵜⵔⵜ ⵓⵔ ⵜⵍⵍⵉ. ⵙⵙⵏⵇⴷ ⵜⴰⵏⵙⴰ, ⵏⵉⵖ ⴰⵍⵙ ⵙⴳ ⵜⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ.
error-400-title = ⵓⵔ ⵉⵜⵜⵓⵢⴼⵀⵎ ⵓⵙⵓⵜⴻⵔ
error-400-filters = ⵢⴰⵏ ⵙⴳ ⵉⵎⵙⵉⵣⴷⴳⵏ ⵓⵔ ⵉⵚⵃⵉ. ⵙⵜⵉ ⵉⵎⵙⵉⵣⴷⴳⵏ ⴷⴰⵖ ⵙⴳ ⵜⵍⴳⴰⵎⵉⵏ.
error-400-page = ⵓⵟⵟⵓⵏ ⵏ ⵜⵙⵏⴰ ⵓⵔ ⵉⵚⵃⵉ: ⵉⵅⵚⵚⴰ ⴰⴷ ⵢⵉⵍⵉ ⴷ ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ ⵙⴳ 1 ⴷ ⴰⵙⴰⵡⵏ.
error-413-title = ⴰⵙⵓⵜⴻⵔ ⵉⵎⵇⵇⵓⵔ ⴱⴰⵀⵔⴰ
error-405-title = ⵜⴰⵔⵔⴰⵢⵜ ⵓⵔ ⵉⵜⵜⵓⵇⴱⵍⵏ
error-500-title = ⵜⴹⵔⴰ ⵢⴰⵜ ⵜⵓⵛⵛⴹⴰ
error-500-text = ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⵙⵏⴰ ⴰⴷ ⴷ ⵜⴱⴰⵢⵏ ⴰⵛⴽⵓ ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵓⵛⵛⴹⴰ ⵖⵓⵔ ⵏⵖ. ⵄⵔⴹ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ.
error-back-home = ⴷⴷⵓ ⵖⵔ ⵜⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
error-code = ⵜⵓⵛⵛⴹⴰ { $code }

api-not-found-title = ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ
api-not-found-detail = ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵖⴱⴰⵍⵓⵜ ⴳ ⵜⴰⵏⵙⴰ ⴰⴷ.
api-bad-request-title = ⴰⵙⵓⵜⴻⵔ ⵓⵔ ⵉⵚⵃⵉⵏ
api-bad-request-detail = ⵢⴰⵏ ⵙⴳ ⵉⴼⵔⴷⵉⵙⵏ ⵏ ⵓⵙⵓⵜⴻⵔ ⵓⵔ ⵉⵚⵃⵉ: ⵙⵙⵏⵇⴷ ⵉⵣⴰⵍⴰⵏ ⵉⵜⵜⵓⵇⴱⵍⵏ ⴳ ⵓⴳⵍⴰⵎ OpenAPI.
api-internal-title = ⵜⵓⵛⵛⴹⴰ ⵜⴰⴳⵏⵙⴰⵏⵜ
api-internal-detail = ⵓⵔ ⵉⵜⵜⵢⴰⵔⵔⴰ ⵅⴼ ⵓⵙⵓⵜⴻⵔ ⴰⵛⴽⵓ ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵓⵛⵛⴹⴰ ⴳ ⵓⴳⵏⵙⵓ ⵏ ⵓⵙⵉⵜ.

import-unreadable = { $file }: ⵓⵔ ⵉⵜⵜⵢⴰⵖⵔⴰ ⵓⴼⴰⵢⵍⵓ ({ $detail }).
import-syntax = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }: ⵜⴰⵍⵖⴰ ⵏ CSV ⵓⵔ ⵜⵚⵃⵉ ({ $detail }).
import-unknown-file = { $file }: ⵜⵉⴳⵊⴷⴰ ⵏⵏⵙ ⵓⵔ ⵎⵎⵙⴰⵙⴰⵏⵜ ⴷ ⴽⵔⴰ ⵙⴳ ⵉⴼⵓⵢⵍⴰ ⵏ ⵓⵖⴰⵡⴰⵙ (plans, axes, commitments, activities, progress_snapshots, documents, institutions).
import-missing-column = { $file }: ⵜⴰⴳⵊⴷⵉⵜ «{ $column }» ⵓⵔ ⵜⵍⵍⵉ.
import-required = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: ⵉⵅⵚⵚⴰ ⵢⴰⵏ ⵡⴰⵣⴰⵍ.
import-not-a-number = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: «{ $detail }» ⵓⵔ ⵉⴳⴰ ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ.
import-out-of-range = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: ⵉⵅⵚⵚⴰ ⴰⵣⴰⵍ ⴰⴷ ⵢⵉⵍⵉ ⴳ { $detail }.
import-bad-date = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: «{ $detail }» ⵓⵔ ⵉⴳⴰ ⴰⵣⵎⵣ ⵙ ⵜⴰⵍⵖⴰ YYYY, YYYY-MM ⵏⵉⵖ YYYY-MM-DD.
import-bad-choice = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: «{ $detail }» ⵓⵔ ⵉⴳⴰ ⴰⵣⴰⵍ ⵉⵜⵜⵓⵇⴱⵍⵏ ({ $allowed }).
import-too-long = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: ⴰⵣⴰⵍ ⵉⵖⵣⵣⵉⴼ ⵓⴳⴰⵔ ⵏ { $detail } ⵏ ⵢⵉⵙⵙⴽⴽⵉⵍⵏ.
import-duplicate = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: «{ $detail }» ⵉⵍⵍⴰ ⵙⵏⴰⵜ ⵜⵡⴰⵍ.
import-unknown-reference = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: «{ $detail }» ⵓⵔ ⵉⵜⵜⵎⵍⴰ ⵖⵔ ⴽⵔⴰ ⵉⵜⵜⵓⵙⵙⵏⵏ.
import-failed = { $cat ->
    [one] ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵢⴰⵜ: ⵜⵜⵢⴰⴼⴰ { $count } ⵜⵎⵓⴽⵔⵉⵙⵜ.
   *[other] ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵢⴰⵜ: ⵜⵉⵎⵓⴽⵔⵉⵙⵉⵏ ⵉⵜⵜⵢⴰⴼⴰⵏ: { $count }.
}
import-done = ⵉⵜⵜⵓⵙⴽⵛⵎ: ⵉⵖⴰⵡⴰⵙⵏ: { $plans }, ⵉⵙⵏⵜⴰⵍ: { $axes }, ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ: { $commitments }, ⵜⵉⴳⴰⵡⵉⵏ: { $activities }.
