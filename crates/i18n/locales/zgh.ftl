# This translation was drafted by machine and has not been reviewed: not reviewed by a native speaker.
# Reviewers: please correct this file (vocabulary, grammar, annexed state) against IRCAM usage; every line is a draft.
# Tamazight messages of opengov, in standard Tifinagh (IRCAM, U+2D30-U+2D7F).
# Every message id exists in ar.ftl, fr.ftl, en.ftl and zgh.ftl (a test checks it).
# Counts: messages select on $cat, the CLDR plural category computed by the application.
# CLDR has no plural rules for zgh: the application gives "one" to 1 and "other" to every other number (see docs/translations.md).
# Spellings chosen (one per word, applied everywhere): docs/translations.md.
# Draft terms to check: government ⵜⴰⵏⴱⴰⴹⵜ; open ⵉⵕⵥⵎⵏ; partnership ⵜⴰⵎⵢⴰⵡⵙⴰ; action plan ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ;
# commitment ⵜⴰⴳⴰⵍⵍⵉⵜ; activity ⵜⵉⴳⴰⵡⵜ; axis ⴰⵙⵏⵜⵍ; institution ⵜⴰⵙⵓⴷⴷⵙⵜ; progress ⴰⵣⵉⴳⵣ; source ⴰⵖⴱⴰⵍⵓ;
# report ⴰⵏⵇⵇⵉⵙ; Independent Reporting Mechanism ⴰⵏⴰⴳⵔⴰⵡ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⵇⵇⵉⵙ; parliament ⴰⴱⵔⵍⴰⵎⴰⵏ; site ⴰⵙⵉⵜ.

site-name = ⵜⴰⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵍⵎⵖⵔⵉⴱ
site-tagline = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ, ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⴷ ⵓⵣⵉⴳⵣ ⵏⵏⵙⵏⵜ
site-description = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ (OGP): ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ, ⵜⵉⴳⴰⵡⵉⵏ ⵏⵏⵙ, ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵜⵉⵎⵙⵡⵓⵍⵉⵏ ⴷ ⵓⵣⵉⴳⵣ ⵏⵏⵙ.
skip-to-content = ⵣⵔⵉ ⵖⵔ ⵓⴳⴱⵓⵔ ⴰⴳⵊⴷⴰⵏ
nav-main = ⵜⴰⵍⴳⴰⵎⵜ ⵜⴰⴳⵊⴷⴰⵏⵜ
nav-languages = ⵜⵓⵜⵍⴰⵢⵉⵏ
nav-breadcrumbs = ⵜⵍⵍⵉⴷ ⵖⵉⴷ
nav-home = ⵜⴰⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
nav-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ
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
    [one] ⵢⴰⵜ ⵜⴳⴰⵍⵍⵉⵜ
   *[other] { $count } ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ
}
count-activities = { $cat ->
    [one] ⵢⴰⵜ ⵜⴳⴰⵡⵜ
   *[other] { $count } ⵏ ⵜⴳⴰⵡⵉⵏ
}
count-institutions = { $cat ->
    [one] ⵢⴰⵜ ⵜⵙⵓⴷⴷⵙⵜ
   *[other] { $count } ⵏ ⵜⵙⵓⴷⴷⵙⵉⵏ
}
count-axes = { $cat ->
    [one] ⵢⴰⵏ ⵓⵙⵏⵜⵍ
   *[other] { $count } ⵏ ⵉⵙⵏⵜⴰⵍ
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
official-tag = ⵉⵜⵜⵓⵎⵍ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ
official-as-of = ⴰⵣⵎⵣ ⵏ ⵓⵟⵟⵓⵏ: { $date }
official-undated = ⴰⵣⵎⵣ ⵏ ⵓⵟⵟⵓⵏ ⵓⵔ ⵉⵜⵜⵓⵎⵍ
official-source = ⴰⵖⴱⴰⵍⵓ:
source-link = ⴰⵖⴱⴰⵍⵓ { $number }
sources = ⵉⵖⴱⵓⵍⴰ

home-title = ⴰⴹⴼⴰⵔ ⵏ ⵉⵖⴰⵡⴰⵙⵏ ⵉⵏⴰⵎⵓⵔⵏ ⵏ ⵜⴳⴰⵡⵜ
home-lead = ⴹⴼⵔ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ: ⴰⴳⴱⵓⵔ ⵏ ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ, ⵜⴰⵙⵓⴷⴷⵙⵜ ⵜⴰⵎⵙⵡⵓⵍⵜ ⵅⴼ ⵙ, ⴷ ⵓⵣⵉⴳⵣ ⵏⵏⵙ.
home-figures = ⵓⵟⵟⵓⵏⵏ ⵉⴳⵊⴷⴰⵏⵏ
stat-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ
stat-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ
stat-commitments-note = ⵜⴰⵏⴱⴰⴹⵜ ⴷ ⵓⴱⵔⵍⴰⵎⴰⵏ
stat-current-completion = ⴰⵣⵉⴳⵣ ⵏ ⵓⵖⴰⵡⴰⵙ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ
stat-computed = ⵉⵜⵜⵓⵙⵉⴹⵏ ⵙⴳ ⵜⴳⴰⵡⵉⵏ ⵉⵜⵜⵓⵎⵍⵏ
home-current-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ
home-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ ⴰⴽⴽⵯ
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
change-report-published = { $subject }: ⴰⵏⵇⵇⵉⵙ ⵏ ⵓⵣⵉⴳⵣ ⵉⵜⵜⵓⵙⵓⴼⵖ
change-activity-edited = { $subject }: ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⴱⴷⴷⴰⵍ
change-activity-cancelled = { $subject }: ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⵙⴱⵟⵍ
change-other = { $subject }: ⵉⵜⵜⵓⵙⵏⴼⵍ

plans-title = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ
plans-lead = ⵉⵖⴰⵡⴰⵙⵏ ⵉⵏⴰⵎⵓⵔⵏ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵙⴳ ⵓⵎⴰⵢⵏⵓ ⵖⵔ ⵓⵇⴷⵉⵎ.
plans-none = ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⵙⵓⴼⵖ ⴽⵔⴰ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ.
plan-number = ⴰⵖⴰⵡⴰⵙ { $number }
plan-recorded-of = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ: { $recorded } ⵙⴳ { $count }.
plan-incomplete-explained = ⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ ⴱⴷⵔⵏ ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⴰⴷ ⵖⴰⵙ; ⵜⵉⴷ ⵓⵔ ⵉⵍⵍⵉⵏ ⵔⴰⴷ ⵜⵜⵢⴰⵔⵏⵓⵏⵜ ⵖⴰⴽⵓⴷ ⵜⵜⵓⵙⵓⴼⵖⵏ ⵢⵉⴹⵔⵉⵙⵏ ⵏⵏⵙⵏⵜ. ⵓⵔ ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⵓⵍⴰ ⵢⴰⵏ ⵢⵉⵣⵉⵔⵉⴳ.
plan-axes-recorded-of = ⵉⵙⵏⵜⴰⵍ ⵉⵜⵜⵓⵙⵙⵏⵏ ⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ: { $recorded } ⵙⴳ { $count }.
axis-recorded-of = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ: { $recorded } ⵙⴳ { $declared } ⵉⵍⵍⴰⵏ ⴳ ⵓⵖⴰⵡⴰⵙ.
plan-completion = ⴰⵣⵉⴳⵣ
plan-not-reported-explained = ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⵎⵍ ⴳ ⵓⵙⵉⵜ ⴰⴷ ⵓⵣⵉⴳⵣ ⵏ ⴽⵓⵍⵍⵓ ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⴷ, ⵉⵀⵉ ⵓⵔ ⵉⵜⵜⵓⵙⵉⴹⵏ ⴽⵔⴰ ⵏ ⵓⵟⵟⵓⵏ. ⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ, ⵎⵖ ⵍⵍⴰⵏ, ⵍⵍⴰⵏ ⴷⴷⴰⵡ, ⴷ ⵢⵉⵖⴱⵓⵍⴰ ⵏⵏⵙⵏ.
plan-no-axes = ⵓⵔ ⵉⵜⵜⵓⵣⵎⵎⵎ ⴽⵔⴰ ⵏ ⵓⵙⵏⵜⵍ ⵉ ⵓⵖⴰⵡⴰⵙ ⴰⴷ.
plan-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵙ ⵢⵉⵙⵏⵜⴰⵍ
group-empty = ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⵓⵣⵎⵎⵎ ⵖⵉⴷ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵏ ⵓⵙⵏⵜⵍ ⴰⴷ.
group-no-axis = ⴰⵙⵏⵜⵍ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ
group-no-axis-note = ⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ ⵓⵔ ⴷ ⵎⵍⵉⵏ ⴰⵙⵏⵜⵍ ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⴰⴷ.
group-parliament = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ
group-parliament-note = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⵙⵇⵇⵉⵎ ⵏ ⵉⵏⴰⴱⴱⵓⵢⵏ, ⵏⵏⴰ ⵜⴱⴷⵔ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ ⴰⴷ. ⵓⵔ ⵜⵜⵓⵙⵉⴹⵏⵜ ⴳ ⵡⵓⵟⵟⵓⵏⵏ ⵏ ⵜⵏⴱⴰⴹⵜ.
parliament-figure = ⴰⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ, ⵉⵜⵜⵓⵙⵉⴹⵏ ⵙⴳ ⵜⴳⴰⵡⵉⵏ ⵏⵏⵙⵏⵜ:
plan-documents = ⵉⵙⴰⵍⴽⵉⵏⵏ
doc-type-member-page = ⵜⴰⵙⵏⴰ ⵏ ⵓⴳⵎⴰⵎ
doc-type-irm-report = ⴰⵏⵇⵇⵉⵙ ⵏ IRM
doc-type-irm-report-mirror = ⴰⵏⵇⵇⵉⵙ ⵏ IRM, ⴰⵙⵏⵖⵍ
doc-type-self-assessment-mirror = ⴰⵙⵏⵇⴷ ⵏ ⵢⵉⵎⴰⵏ, ⴰⵙⵏⵖⵍ
doc-type-action-plan-mirror = ⴰⴹⵔⵉⵙ ⵏ ⵓⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ, ⴰⵙⵏⵖⵍ
doc-type-portal-page = ⵜⴰⵙⵏⴰ ⵏ ⵓⵙⵉⵜ
doc-type-other = ⴰⵙⵍⴽⵉⵏ
how-computed-title = ⴰⵖⴰⵔⴰⵙ ⵏ ⵓⵙⵉⴹⵏ
how-computed-activity = ⴽⵓ ⵜⵉⴳⴰⵡⵜ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵜⵍⴰ ⴰⵣⵉⴳⵣ ⵙⴳ 0 ⴰⵔ 100%, ⵏⵏⴰ ⵉⵙⵔⵙ ⵓⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ ⵏⵏⵙ ⴳ ⵢⴰⵏ ⵓⵏⵇⵇⵉⵙ ⵉⵜⵜⵓⵇⴱⵍⵏ, ⴷ ⵢⴰⵏ ⵡⴰⵥⴰⵢ. ⵜⴰⴳⴰⵡⵜ ⵏⵏⴰ ⴷ ⵉⴽⴽⴰⵏ ⵙⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ ⵜⵟⵟⴰⴼ ⴰⵟⵟⵓⵏ ⵏⵏⴰ ⵙ ⵜⵜ ⵢⵓⴼⴽⴰ ⵓⵖⴱⴰⵍⵓ: ⴰⵙⵓⵔⵉⴼ ⵏⵏⴰ ⵉⵏⵏⴰ ⵓⵖⴱⴰⵍⵓ ⵉⵙ ⵉⵜⵜⵓⵙⴽⴰⵔ ⵉⵜⵜⵓⵙⵉⴹⵏ 100%; ⵡⵉⵢⵢⴰⴹ ⴰⴷ ⴰⵙⵏ ⵉⵜⵜⵢⴰⵔⴰ «ⵓⵔ ⵉⵜⵜⵓⵎⵍ», ⵓⵔ ⴰⵙⵏ ⵉⵜⵜⵢⴰⵔⴰ ⴰⴱⴰⴷⴰⵏ 0%.
how-computed-commitment = ⴰⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⵉⴳⴰ ⴰⵎⵎⴰⵙ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵡⵉⵏ ⵏⵏⵙ, ⵙ ⵡⴰⵥⴰⵢ ⵏ ⴽⵔⴰⵢⴳⴰⵜⵜ ⵢⴰⵜ, ⵖⴰⵙ ⵎⴰⵙ ⵜⵍⵍⴰ ⴽⵓ ⵜⴰⴳⴰⵡⵜ ⵙ ⵓⵣⵉⴳⵣ ⵏⵏⵙ. ⵜⵉⴳⴰⵡⵉⵏ ⵉⵜⵜⵓⵙⴱⵟⵍⵏ ⵓⵔ ⵜⵜⵓⵙⵉⴹⵏⵜ. ⵜⴰⴳⴰⵍⵍⵉⵜ ⵏⵏⴰ ⵓⵔ ⵉⵍⵉⵏ ⵜⵉⴳⴰⵡⵉⵏ, ⵏⵖ ⵏⵏⴰ ⴳ ⵍⵍⴰⵏⵜ ⵜⴳⴰⵡⵉⵏ ⵓⵔ ⵉⵜⵜⵓⵎⵍⵏ, ⵓⵔ ⵜⵍⴰ ⵓⵟⵟⵓⵏ: ⴰⴷ ⴰⵙ ⵉⵜⵜⵢⴰⵔⴰ «ⵓⵔ ⵉⵜⵜⵓⵎⵍ», ⵓⵔ ⴰⵙ ⵉⵜⵜⵢⴰⵔⴰ ⴰⴱⴰⴷⴰⵏ 0%.
how-computed-rollup = ⴰⵣⵉⴳⵣ ⵏ ⵓⵙⵏⵜⵍ ⴷ ⵓⵣⵉⴳⵣ ⵏ ⵓⵖⴰⵡⴰⵙ ⴳⴰⵏ ⴰⵎⵎⴰⵙ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⵙⵏ, ⴱⵍⴰ ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⴰ ⵓⵔ ⵉⵍⴰⵏ ⵓⵟⵟⵓⵏ. ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ ⵜⵜⵓⵙⵙⴽⵏⵜ ⵡⴰⵃⴷⵙⵏⵜ.
how-computed-status = ⴳ ⵜⴰⵎⴰ ⵏ ⴽⵓ ⵓⵟⵟⵓⵏ ⵉⵍⵍⴰ ⵢⴰⵏ ⵡⴰⴷⴷⴰⴷ ⵙ ⵉⵙⵡⵉⵔⵏ ⵏ ⵓⵏⴰⴳⵔⴰⵡ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⵇⵇⵉⵙ: ⵓⵔ ⵉⴱⴷⵉ (0%), ⴰⵎⵥⵥⵢⴰⵏ (1 ⴰⵔ 49%), ⴰⵎⵇⵇⵔⴰⵏ (50 ⴰⵔ 99%), ⵉⴼⵓⴽ (100%). «ⵉⵄⵟⵟⵍ» ⵉⵙⵏⵎⵎⴰⵍ ⵉⵙ ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏ ⵜⴳⴳⴰⵔⴰ ⵏ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ, ⵓⵔ ⵜⴰ ⵜⵍⴽⵉⵎ 100%.
how-computed-official = ⵓⵟⵟⵓⵏⵏ ⵏⵏⴰ ⵜⵙⵙⵓⴼⵖ ⵜⵏⴱⴰⴹⵜ ⵏⵉⵖ ⵏⵏⴰ ⵏⵏⴰⵏⵜ ⵜⵙⵖⵓⵏⵉⵏ ⵜⵜⵓⵙⵙⴽⵏⵏ ⵡⴰⵃⴷⵙⵏ ⵙ «ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ», ⴷ ⵓⵣⵎⵣ ⵏⵏⵙⵏ ⴷ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙⵏ. ⵓⵔ ⵜⵜⵓⵅⵍⴰⴹⵏ ⴷ ⵡⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵙⵉⴹⵏⵏ.

commitments-title = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ
commitments-none = ⵉⵎⵙⵉⵣⴷⴳⵏ ⴰⴷ ⵓⵔ ⴷ ⵓⴼⵉⵏ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ.
filter-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ
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
coverage-commitments = { $cat ->
    [one] ⵉⵜⵜⵓⵙⵉⴹ ⵙⴳ { $reported } ⴳ ⵢⴰⵜ ⵜⴳⴰⵍⵍⵉⵜ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ.
   *[other] ⵉⵜⵜⵓⵙⵉⴹ ⵙⴳ { $reported } ⴳ { $count } ⵏ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ ⵖⵉⴷ; ⵜⵉⵢⵢⴰⴹ ⵓⵔ ⵙⵓⵍ ⵖⵓⵔⵙⵏⵜ ⴰⵟⵟⵓⵏ.
}
coverage-activities = { $cat ->
    [one] ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵎⵍ ⵉ { $reported } ⴳ ⵢⴰⵜ ⵜⴳⴰⵡⵜ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴰⴷ.
   *[other] ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵎⵍ ⵉ { $reported } ⴳ { $count } ⵏ ⵜⴳⴰⵡⵉⵏ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴰⴷ; ⴰⵟⵟⵓⵏ ⵏⵏⵙ ⴰⴷ ⵉⵜⵜⵓⵙⵉⴹ ⵎⴰⵙ ⵜⵍⵍⴰ ⴽⵓ ⵜⴰⴳⴰⵡⵜ ⵙ ⵓⵣⵉⴳⵣ ⵏⵏⵙ.
}
activity-wording-editors = ⴰⵣⵡⵍ ⵏ ⵉⵎⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵉⵜ
activity-wording-shortened = ⵜⵉⵔⵔⴰ ⵏ ⵓⵖⴱⴰⵍⵓ, ⵜⵜⵓⵙⵎⵥⵥⵉ
activity-stated-done = ⵜⵜⵓⵙⴽⴰⵔ, ⴰⵎⵎ ⵎⴰⵎⴽ ⵉⵏⵏⴰ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙ
activity-stated-started = ⵜⴱⴷⴰ, ⴰⵎⵎ ⵎⴰⵎⴽ ⵉⵏⵏⴰ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙ
activity-stated-planned = ⵜⵜⵓⵙⵖⵉⵡⵙ, ⴰⵎⵎ ⵎⴰⵎⴽ ⵉⵏⵏⴰ ⵓⵖⴱⴰⵍⵓ ⵏⵏⵙ
activity-stated-not-done-question = ⵓⵔ ⵜⵜⵓⵙⴽⴰⵔ, ⴰⵎⵎ ⵎⴰⵎⴽ ⵉⵏⵏⴰ ⵢⴰⵏ ⵓⵙⵇⵙⵉ ⵢⵓⵔⵉⵏ ⴳ ⵓⴱⵔⵍⴰⵎⴰⵏ
activity-stated-with-date = { $status } ({ $date })
commitment-irm = ⴰⵙⵏⵇⴷ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
commitment-irm-explained = ⵉⴳⵔⴰⵏ ⵏⵏⴰ ⵜⵙⵙⵓⴼⵖ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴷ ⵓⵏⴰⴳⵔⴰⵡ ⵏⵏⵙ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⵇⵇⵉⵙ (IRM), ⴰⵎ ⵎⴰⵎⵏⴽ ⵍⵍⴰⵏ ⴳ ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏⵏⵙ.
field-ogp-id = ⵜⴰⵏⴳⴰⵍⵜ ⵏ OGP
field-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵜⴳⴰⵡⵜ
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
field-title-irm = ⴰⵣⵡⵍ ⴳ ⵓⵏⵇⵇⵉⵙ ⵏ IRM
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
page-about-p1 = ⴰⵙⵉⵜ ⴰⴷ ⵉⵙⵙⵓⴼⵓⵖ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ ⵏ ⵍⵎⵖⵔⵉⴱ ⴳ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵉⵜⵜⴹⴼⴰⵔ ⴰⵙⵎⵎⵔⵙ ⵏⵏⵙⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⴰⴳⴷⵓⴷⴰⵏ.
page-about-p2 = ⴽⵓ ⴰⵖⴰⵡⴰⵙ, ⴽⵓ ⴰⵙⵏⵜⵍ ⴷ ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ ⵉⵍⵍⴰⵏ ⵖⵉⴷ ⵉⴽⴽⴰ ⴷ ⵙⴳ ⵢⴰⵏ ⵓⵖⴱⴰⵍⵓ ⴰⴳⴷⵓⴷⴰⵏ: ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ, ⵉⵏⵇⵇⵉⵙⵏ ⵏ ⵓⵏⴰⴳⵔⴰⵡ ⵏⵏⵙ ⴰⵏⵉⵎⴰⵏ ⵏ ⵓⵏⵇⵇⵉⵙ, ⴰⵙⵉⵜ ⵏ ⵜⵏⴱⴰⴹⵜ ⴷ ⵜⵙⵖⵓⵏⵉⵏ. ⴽⵓ ⵜⴰⵙⵏⴰ ⵜⵎⵍⴰ ⵉⵖⴱⵓⵍⴰ ⵏⵏⵙ.
page-about-p3 = ⵎⵖ ⵓⵔ ⵏⵏⵉⵏ ⵢⵉⵖⴱⵓⵍⴰ ⵢⴰⵜ, ⵜⴰⵙⵏⴰ ⵜⵏⵏⴰ ⵜ («ⵓⵔ ⵉⵜⵜⵓⵎⵍ», «ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ ⴳ ⵢⵉⵖⴱⵓⵍⴰ ⵉⴳⴷⵓⴷⴰⵏⵏ»). ⵓⵔ ⵉⵜⵜⵓⵙⵏⵓⵍⴼⴰ ⵢⴰⵜ: ⵎⵖ ⵓⵔ ⵜⵜⵓⵙⵙⵏⵏⵜ ⴰⴽⴽⵯ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ, ⵜⴰⵙⵏⴰ ⵏ ⵓⵖⴰⵡⴰⵙ ⵜⵎⵍⴰ ⵎⵏⵏⴰⵡ ⴰⵢⴷ ⵉⵜⵜⵓⵣⵎⵎⵎⵏ.
page-about-p4 = ⵓⵟⵟⵓⵏⵏ ⵏⵏⴰ ⵉⵙⵉⴹⵏ ⵓⵙⵉⵜ ⴷ ⵡⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ ⵜⵜⵓⵙⵙⴽⵏⵏ ⴱⴷⴷⴰ ⵡⴰⵃⴷⵙⵏ; ⴰⵍⵓⴳⵏ ⵏ ⵓⵙⵉⴹⵏ ⵏⵏⵙⵏ ⵉⵜⵜⵓⵙⵙⴼⵀⵎ ⴳ ⵜⵙⵏⴰ ⵏ ⴽⵓ ⴰⵖⴰⵡⴰⵙ.
page-open-data-title = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
page-open-data-p1 = ⵉⵙⴼⴽⴰ ⴰⴽⴽⵯ ⵏ ⵓⵙⵉⵜ ⴰⴷ ⵣⵎⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵎⵔⵙⵏ ⵙ ⵜⵍⴻⵍⵍⵉ ⵙ ⵓⴳⵔⵓⴷⵎ ⵏⵏⵙ JSON. ⵜⵉⵍⴳⴰⵎⵉⵏ ⵜⵜⵓⴱⴹⴰⵏⵜ ⵙ ⵜⵙⵏⵉⵡⵉⵏ (ⵉⴼⵔⴷⵉⵙⵏ page ⴷ per_page); ⵜⵓⵛⵛⴹⵉⵡⵉⵏ ⴹⴼⴰⵔⵏⵜ RFC 9457.
page-open-data-p2 = ⵉⴹⵔⵉⵙⵏ ⵜⵜⵓⵢⴼⴽⴰⵏ ⵙ ⴽⵓ ⵜⵓⵜⵍⴰⵢⵜ ⴳ ⵍⵍⴰⵏ. ⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵎⵍⵏ ⵙ ⵓⵖⴰⵔⴰⵙ ⵓⵏⵚⵉⴱ ⵜⵜⵓⵢⴼⴽⴰⵏ ⵡⴰⵃⴷⵙⵏ, ⵓⵔ ⵜⵜⵓⵅⵍⴰⴹⵏ ⴷ ⵡⵓⵟⵟⵓⵏⵏ ⵉⵜⵜⵓⵙⵉⴹⵏⵏ, ⴷ ⵢⵉⵖⴱⵓⵍⴰ ⵏⵏⵙⵏ.
page-open-data-p3 = ⴰⴳⵍⴰⵎ ⵏ ⵓⴳⵔⵓⴷⵎ ⵉⵍⵍⴰ ⴳ ⵢⴰⵏ ⵓⵙⵍⴽⵉⵏ OpenAPI.
open-data-openapi = ⴰⴳⵍⴰⵎ OpenAPI
open-data-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ
open-data-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ
open-data-activities = ⵜⵉⴳⴰⵡⵉⵏ
open-data-institutions = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ
page-accessibility-title = ⵜⵉⵣⵎⵎⴰⵔ ⵏ ⵓⴽⵛⵛⵓⵎ

error-404-title = ⵓⵔ ⵜⵜⵢⴰⴼⴰ ⵜⵙⵏⴰ
error-404-text = ⵜⴰⵙⵏⴰ ⵏⵏⴰ ⵜⵙⵙⵓⵜⵔⵜ ⵓⵔ ⵜⵍⵍⵉ. ⵙⵙⵏⵇⴷ ⵜⴰⵏⵙⴰ, ⵏⵉⵖ ⴰⵍⵙ ⵙⴳ ⵜⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ.
error-400-title = ⵓⵔ ⵉⵜⵜⵓⵢⴼⵀⵎ ⵓⵙⵓⵜⵔ
error-400-filters = ⵢⴰⵏ ⵙⴳ ⵉⵎⵙⵉⵣⴷⴳⵏ ⵓⵔ ⵉⵚⵃⵉ. ⵙⵜⵉ ⵉⵎⵙⵉⵣⴷⴳⵏ ⴷⴰⵖ ⵙⴳ ⵜⵍⴳⴰⵎⵉⵏ.
error-400-page = ⵓⵟⵟⵓⵏ ⵏ ⵜⵙⵏⴰ ⵓⵔ ⵉⵚⵃⵉ: ⵉⵅⵚⵚⴰ ⴰⴷ ⵢⵉⵍⵉ ⴷ ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ ⵙⴳ 1 ⴷ ⴰⵙⴰⵡⵏ.
error-413-title = ⴰⵙⵓⵜⵔ ⵉⵎⵇⵇⵓⵔ ⴱⴰⵀⵔⴰ
error-405-title = ⵜⴰⵔⵔⴰⵢⵜ ⵓⵔ ⵉⵜⵜⵓⵇⴱⵍⵏ
error-500-title = ⵜⴹⵔⴰ ⵢⴰⵜ ⵜⵓⵛⵛⴹⴰ
error-500-text = ⵓⵔ ⵜⵣⵎⵉⵔ ⵜⵙⵏⴰ ⴰⴷ ⴷ ⵜⴱⴰⵢⵏ ⴰⵛⴽⵓ ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵓⵛⵛⴹⴰ ⵖⵓⵔ ⵏⵖ. ⵄⵔⴹ ⴷⴰⵖ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ.
error-back-home = ⴷⴷⵓ ⵖⵔ ⵜⵙⵏⴰ ⵜⴰⵎⵣⵡⴰⵔⵓⵜ
error-code = ⵜⵓⵛⵛⴹⴰ { $code }

api-not-found-title = ⵓⵔ ⵉⵜⵜⵢⴰⴼⴰ
api-not-found-detail = ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⵖⴱⴰⵍⵓⵜ ⴳ ⵜⴰⵏⵙⴰ ⴰⴷ.
api-bad-request-title = ⴰⵙⵓⵜⵔ ⵓⵔ ⵉⵚⵃⵉⵏ
api-bad-request-detail = ⵢⴰⵏ ⵙⴳ ⵉⴼⵔⴷⵉⵙⵏ ⵏ ⵓⵙⵓⵜⵔ ⵓⵔ ⵉⵚⵃⵉ: ⵙⵙⵏⵇⴷ ⵉⵣⴰⵍⴰⵏ ⵉⵜⵜⵓⵇⴱⵍⵏ ⴳ ⵓⴳⵍⴰⵎ OpenAPI.
api-internal-title = ⵜⵓⵛⵛⴹⴰ ⵜⴰⴳⵏⵙⴰⵏⵜ
api-internal-detail = ⵓⵔ ⵉⵜⵜⵢⴰⵔⵔⴰ ⵅⴼ ⵓⵙⵓⵜⵔ ⴰⵛⴽⵓ ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵓⵛⵛⴹⴰ ⴳ ⵓⵎⵙⵙⵓⴼⵖ.

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
    [one] ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵢⴰⵜ: ⵜⵜⵢⴰⴼⴰ ⵢⴰⵜ ⵜⵎⵓⴽⵔⵉⵙⵜ.
   *[other] ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵢⴰⵜ: ⵜⵜⵢⴰⴼⴰⵏⵜ { $count } ⵏ ⵜⵎⵓⴽⵔⵉⵙⵉⵏ.
}
import-done = ⵉⵜⵜⵓⵙⴽⵛⵎ: { $plans }, { $axes }, { $commitments }, { $activities }.

## ⵉⵎⵉⴹⴰⵏ
# Draft terms to check (accounts): account ⴰⵎⵉⴹⴰⵏ; e-mail ⵉⵎⴰⵢⵍ; e-mail address ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ; password ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ;
# sign in ⴽⵛⵎ; sign out ⴼⴼⵖ; confirm ⵙⵏⵜⵎ; link ⴰⵣⴷⴰⵢ; session ⵜⵉⵖⵉⵎⵉⵜ; device ⴰⵍⵍⴰⵍ; role ⵜⴰⵡⵓⵔⵉ; ban ⴳⴷⵍ;
# administrator ⴰⵏⵎⵀⴰⵍ; moderator ⴰⵎⵙⵏⵇⴷ; coordinator ⴰⵎⵙⵎⵓⵏ; project leader ⴰⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ; citizen ⴰⵖⵍⴰⵏ;
# audit log ⴰⵖⵎⵉⵙ ⵏ ⵓⵙⵏⵇⴷ; law ⴰⵏⴰⵎⵓⵙ; personal data ⵉⵙⴼⴽⴰ ⵓⴷⵎⴰⵡⴰⵏⵏ; form ⵜⴰⴼⵔⴽⵉⵜ; message ⵜⵓⵣⵉⵏⵜ.

nav-account = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
# The header's account area (visitors: sign in, create an account; signed in: name, sign out).
user-nav-label = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ
user-nav-account = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
user-nav-sign-in = ⴽⵛⵎ
user-nav-register = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ
user-nav-sign-out = ⴼⴼⵖ
yes = ⵢⵢⵀ
no = ⵓⵀⵓ
save = ⵙⵊⵊⵍ
form-error-summary = { $cat ->
    [one] ⵜⵍⵍⴰ ⵢⴰⵜ ⵜⵎⵓⴽⵔⵉⵙⵜ ⴳ ⵜⴼⵔⴽⵉⵜ
   *[other] ⵍⵍⴰⵏⵜ { $count } ⵏ ⵜⵎⵓⴽⵔⵉⵙⵉⵏ ⴳ ⵜⴼⵔⴽⵉⵜ
}
count-users = { $cat ->
    [one] ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ
   *[other] { $count } ⵏ ⵉⵎⵉⴹⴰⵏ
}
count-events = { $cat ->
    [one] ⵢⴰⵜ ⵜⵎⵙⴰⵔⵜ
   *[other] { $count } ⵏ ⵜⵎⵙⴰⵔⵉⵏ
}
field-display-name = ⵉⵙⵎ ⵏⵏⴰ ⵉⵜⵜⴱⴰⵢⴰⵏ ⴳ ⵓⵙⵉⵜ
field-email = ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ
field-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
field-new-password = ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
field-current-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ
field-new-email = ⵜⴰⵏⵙⴰ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵉⵎⴰⵢⵍ
field-language = ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⴰ ⵜⵙⵜⵉⴷ
field-terms = ⵇⴱⵍⵖ ⵜⵉⵡⵜⵉⵍⵉⵏ ⵏ ⵓⵙⵎⵔⵙ ⴷ ⵜⵏⵖⵎⵉⵙⵜ ⵅⴼ ⵉⵙⴼⴽⴰ ⵓⴷⵎⴰⵡⴰⵏⵏ
hint-display-name = ⵉⵜⵜⴱⴰⵢⴰⵏ ⴳ ⵉⴳⴳⵉ ⵏ ⵜⵙⵏⵉⵡⵉⵏ ⵎⵍⵎⵉ ⵜⴽⵛⵎⴷ, ⴷ ⴷⴼⴼⵉⵔ ⵖⵔ ⵜⵙⴳⴰ ⵏ ⵜⵡⵉⵙⵉⵡⵉⵏ ⵏⵏⴽ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵎⵔⵙⴷ ⵢⴰⵏ ⵉⵙⵎ ⵢⴰⴹⵏ.
hint-password = 12 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴳ ⵓⴷⵔⵓⵙ. ⴽⵔⴰ ⵏ ⵡⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵉⵏ ⴰⵣⴷⴰⵢ ⴳⵔⴰⵙⵏ ⴰⵔ ⵜⵜⴳⴳⴰⵏ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵉⵊⵀⴷⵏ; ⵓⵔ ⵉⵅⵚⵚⴰ ⴽⵔⴰ ⵏ ⵓⵙⴽⴽⵉⵍ ⴰⵥⵍⴰⵢ.
hint-terms = ⵙ ⵓⵏⴰⵎⵓⵙ 09-08, ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵓⵔ ⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⴰⴱⵍⴰ ⵉ ⵓⵙⵡⵓⵔⵉ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵏ ⵜⴰⴳⵎⴷ ⵏⵉⵖ ⴰⴷ ⵜⵏ ⵜⴽⴽⵙⴷ ⴳ ⴽⵓ ⴰⴽⵓⴷ.
register-title = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ
register-intro = ⴰⵎⵉⴹⴰⵏ ⴰⴽ ⵉⵜⵜⴰⵊⵊⴰ ⴰⴷ ⵜⴹⴼⵔⴷ ⴰⵣⵉⴳⵣ ⵏ ⵉⵖⴰⵡⴰⵙⵏ ⵏ ⵜⴳⴰⵡⵜ ⴷ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⵙⵏ. ⵜⵉⵡⵉⵙⵉⵡⵉⵏ (ⴰⵎ ⵜⵎⴰⵡⵉⵏ ⵅⴼ ⵜⴳⴰⵍⵍⵉⵢⵉⵏ) ⴷ ⵓⵙⵏⵓⵍⴼⵓ ⴰⵎⵢⴰⵡⴰⵙ ⵏ ⵉⵖⴰⵡⴰⵙⵏ ⵔⴰⴷ ⴷ ⴰⵡⴹⵏⵜ ⴷⴼⴼⵉⵔ.
register-data-notice = ⵏⵜⵜⵃⴹⵓ ⵉⵙⵎ ⵏⵏⴽ, ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ ⴷ ⵜⵓⵜⵍⴰⵢⵜ ⵏⵏⴰ ⵜⵙⵜⵉⴷ, ⴷ ⵜⴰⵏⵙⴰ IP ⴷ ⵓⵙⵉⴳⴳⴰⵍ ⵏ ⴽⵓ ⵜⵉⵣⵉ ⵃⵎⴰ ⴰⴷ ⵏⴰⵡⵙ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ. ⵓⵔ ⵜⵏ ⵏⵜⵜⴱⴹⵓ ⴷ ⵢⴰⵏ ⴰⴱⴷⴰ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⴳⵎⴷ ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵏⵉⵖ ⴰⴷ ⵜⴽⴽⵙⴷ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴳ ⴽⵓ ⴰⴽⵓⴷ ⵙⴳ ⵜⵙⵏⴰ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ.
register-submit = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
check-email-title = ⵥⵕ ⵉⵎⴰⵢⵍ ⵏⵏⴽ
check-email-text = ⵎⵖ ⵜⵣⵎⵔ ⵜⴰⵏⵙⴰ ⵏⵏⴰ ⴷ ⵜⴼⴽⵉⴷ ⴰⴷ ⵜⴰⵎⵥ ⵜⵓⵣⵉⵏⵜ ⴰⴷ, ⵏⵓⵣⵏ ⴰⴽ ⴷ ⵢⴰⵏ ⵉⵎⴰⵢⵍ. ⴹⴼⵔ ⴰⵣⴷⴰⵢ ⵏⵏⴰ ⴳ ⵉⵍⵍⴰ ⴰⴽⴽⵏ ⴰⴷ ⵜⴽⵎⵎⵍⴷ.
check-email-spam = ⴰⵣⴷⴰⵢ ⴰⵔ ⵜⵣⵔⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ ⴷⴼⴼⵉⵔ ⴽⵔⴰ ⵏ ⵡⴰⴽⵓⴷ. ⵎⵖ ⵓⵔ ⴷ ⵢⵓⵡⵉⴹ ⵢⴰⵜ ⴳ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⵥⵕ ⴰⴽⴰⵔⴰⵎ ⵏ ⵉⵎⴰⵢⵍⵏ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵓⵜⵔⵏ.
verify-title = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ
verify-text = ⵙⵏⵜⵎ ⵉⵙ ⵜⴰⵏⵙⴰ ⴰⴷ ⵏ ⵉⵎⴰⵢⵍ ⵜⴳⴰ ⵜⵉⵏⵏⴽ, ⴰⴽⴽⵏ ⴰⴷ ⵉⴱⴷⵓ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴰⴷ ⵉⵙⴽⴰⵔ.
verify-submit = ⵙⵏⵜⵎ
verified-title = ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵜⵜⵓⵙⵏⵜⵎ
verified-text = ⵜⴰⵏⵎⵎⵉⵔⵜ: ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ ⵜⵜⵓⵙⵏⵜⵎ. ⵜⵣⵎⵔⴷ ⵖⵉⵍⴰ ⴰⴷ ⵜⴽⵛⵎⴷ.
sign-in-title = ⴽⵛⵎ ⵖⵔ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ
sign-in-submit = ⴽⵛⵎ
link-sign-in = ⴽⵛⵎ
link-register = ⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ
link-have-account = ⵖⵓⵔⵉ ⵢⴰⴷ ⴰⵎⵉⴹⴰⵏ
link-forgot-password = ⵜⵜⵓⵖ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵉⵏⵓ
reset-title = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵉⵜⵜⵓⵜⵜⵓⵏ
reset-intro = ⵙⴽⵛⵎ ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ. ⵎⵖ ⵜⵍⵍⴰ ⴳ ⴽⵔⴰ ⵏ ⵓⵎⵉⴹⴰⵏ, ⵔⴰⴷ ⴰⵙ ⵏⴰⵣⵏ ⵢⴰⵏ ⵓⵣⴷⴰⵢ ⴰⴽⴽⵏ ⴰⴷ ⵜⵙⵜⵉⴷ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ. ⴰⵣⴷⴰⵢ ⵉⵚⵃⴰ ⵉ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ, ⵉⵣⵎⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⵜ ⵜⵡⴰⵍⵜ ⵖⴰⵙ.
reset-submit = ⴰⵣⵏ ⵉⵢⵉ ⴷ ⵢⴰⵏ ⵓⵣⴷⴰⵢ
reset-confirm-title = ⵙⵜⵉ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
reset-confirm-submit = ⵙⵊⵊⵍ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
email-confirm-title = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵉⵎⴰⵢⵍ
email-confirm-text = ⵙⵏⵜⵎ ⵉⵙ ⵜⴰⵏⵙⴰ ⴰⴷ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵉⵎⴰⵢⵍ ⵜⴳⴰ ⵜⵉⵏⵏⴽ. ⴷⴼⴼⵉⵔ ⵏ ⵓⵢⴰ, ⵔⴰⴷ ⵜⵜ ⵉⵙⵎⵔⵙ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ.
account-title = ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
account-status = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ
account-verified = ⵜⴰⵏⵙⴰ ⵜⵜⵓⵙⵏⵜⵎ
account-since = ⴰⵣⵎⵣ ⵏ ⵓⵙⵏⵓⵍⴼⵓ
account-role = ⵜⴰⵡⵓⵔⵉ
account-unverified = ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ ⵓⵔ ⵜⵜⵓⵙⵏⵜⵎ
account-unverified-text = ⵙⵏⵜⵎ ⵜⵜ ⵙ ⵓⵣⴷⴰⵢ ⵏⵏⴰ ⴰⴽ ⴷ ⵏⵓⵣⵏ. ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵙⵙⵓⵜⵔⴷ ⴰⵣⴷⴰⵢ ⴰⵎⴰⵢⵏⵓ.
account-resend-submit = ⴰⵣⵏ ⴷⴰⵖ ⵉⵎⴰⵢⵍ ⵏ ⵓⵙⵏⵜⵎ
account-profile = ⴰⵎⴰⵖⵏⵓ
account-email = ⵙⵏⴼⵍ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ
account-email-submit = ⵙⵏⴼⵍ ⵜⴰⵏⵙⴰ
account-password = ⵙⵏⴼⵍ ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ
account-password-submit = ⵙⵏⴼⵍ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ
account-sessions = ⵉⵍⵍⴰⵍⵏ ⵏⵏⴰ ⴳ ⵜⴽⵛⵎⴷ
account-this-session = ⴰⵍⵍⴰⵍ ⴰⴷ
account-sign-out-everywhere = ⴼⴼⵖ ⵙⴳ ⵉⵍⵍⴰⵍⵏ ⴰⴽⴽⵯ
account-sign-out = ⴼⴼⵖ
account-download = ⴰⴳⵎ ⵉⵙⴼⴽⴰ ⵉⵏⵓ (JSON)
account-delete = ⴽⴽⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
delete-title = ⴽⴽⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ
delete-what-goes = ⵉⵙⵎ ⵏⵏⴽ, ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ, ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ, ⵜⵉⵖⵉⵎⵉⵏ ⵏⵏⴽ ⴷ ⵜⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⴽ ⵔⴰⴷ ⵜⵜⵓⴽⴽⴰⵙⵏ ⴷⵖⵢⴰ, ⵓⵔ ⵣⵎⵎⵔⵏ ⴰⴷ ⴷ ⵜⵜⵓⵔⴰⵔⵏ.
delete-what-stays = ⵜⵉⵡⵉⵙⵉⵡⵉⵏ ⵏⵏⴽ ⵜⵉⴳⴷⵓⴷⴰⵏⵉⵏ, ⵎⵖ ⵍⵍⴰⵏⵜ, ⵔⴰⴷ ⵇⵇⵉⵎⵏⵜ ⴳ ⵓⵙⵉⵜ, ⵎⴰⵛⴰ ⵔⴰⴷ ⵜⵜⴱⴰⵢⴰⵏⵜ ⴰⵎ ⵉⵙ ⵜⵏⵜ ⵢⵓⵔⴰ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⴽⴽⴰⵙⵏ, ⴱⵍⴰ ⵉⵙⵎ ⵏⵏⴽ.
delete-confirm = ⴼⵀⵎⵖ ⵉⵙ ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵢⴰ ⴰⴷ ⴷ ⵉⵜⵜⵓⵔⴰⵔ
delete-submit = ⴽⴽⵙ ⴰⵎⵉⴹⴰⵏ ⵉⵏⵓ ⵙ ⵓⵎⴰⵜⴰ
notice-reset = ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ ⵉⵜⵜⵓⵙⵏⴼⵍ. ⴽⵛⵎ ⵙ ⵓⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ.
notice-signed-out = ⵜⴼⴼⵖⴷ ⵙⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ.
notice-deleted = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵉⵜⵜⵓⴽⴽⴰⵙ.
notice-password = ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ ⵉⵜⵜⵓⵙⵏⴼⵍ. ⵜⵉⵖⵉⵎⵉⵏ ⵏⵏⴽ ⵢⴰⴹⵏⵉⵏ ⵜⵜⵓⵙⵎⴷⵏⵜ.
notice-saved = ⵉⵙⵏⴼⴰⵍⵏ ⵏⵏⴽ ⵜⵜⵓⵙⵊⵊⵍⵏ.
notice-email = ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ ⵜⵜⵓⵙⵏⴼⵍ.
role-citizen = ⴰⵖⵍⴰⵏ
role-organisation_member = ⴰⴳⵎⴰⵎ ⵏ ⵜⵎⵓⵏⵜ
role-project_leader = ⴰⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ
role-coordinator = ⴰⵎⵙⵎⵓⵏ
role-moderator = ⴰⵎⵙⵏⵇⴷ
role-administrator = ⴰⵏⵎⵀⴰⵍ
scope-plan = ⴰⵖⴰⵡⴰⵙ
scope-institution = ⵜⴰⵙⵓⴷⴷⵙⵜ
scope-commitment = ⵜⴰⴳⴰⵍⵍⵉⵜ
scope-activity = ⵜⵉⴳⴰⵡⵜ
admin-title = ⵜⴰⵏⵎⵀⵍⵜ: ⵉⵎⵉⴹⴰⵏ
admin-user-title = ⴰⵎⵉⴹⴰⵏ
admin-user-details = ⵉⵙⴰⵍⵍⴰⵏ
admin-search = ⵔⵣⵓ ⴳ ⵉⵙⵎ ⵏⵉⵖ ⴳ ⵉⵎⴰⵢⵍ
admin-role = ⵜⴰⵡⵓⵔⵉ
admin-status = ⴰⴷⴷⴰⴷ
admin-audit-title = ⴰⵖⵎⵉⵙ ⵏ ⵓⵙⵏⵇⴷ
admin-grant = ⴼⴽ ⵢⴰⵜ ⵜⵡⵓⵔⵉ
admin-grant-intro = ⵉ ⵓⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ ⵏⴼⴽⴽⴰ ⵢⴰⵜ ⵜⴳⴰⵍⵍⵉⵜ (ⵜⴰⵏⴳⴰⵍⵜ ⵏⵏⵙ ⴳ ⵜⵎⵢⴰⵡⵙⴰ, ⴰⵎ MO0054) ⵏⵉⵖ ⵢⴰⵜ ⵜⵙⵓⴷⴷⵙⵜ (ⵜⴰⵙⴰⵔⵓⵜ ⵏⵏⵙ, ⵏⵏⴰ ⵉⵜⵜⴱⴰⵢⴰⵏ ⴳ ⵜⵏⵙⴰ ⵏⵏⵙ); ⵉ ⵓⵎⵙⵎⵓⵏ ⵏⴼⴽⴽⴰ ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ (ⵓⵟⵟⵓⵏ ⵏⵏⵙ).
admin-scope = ⵜⴰⴳⴰⵍⵍⵉⵜ, ⵜⴰⵙⵓⴷⴷⵙⵜ ⵏⵉⵖ ⴰⵖⴰⵡⴰⵙ
admin-scope-hint = ⴰⵎⴷⵢⴰ: MO0054, house-of-representatives ⵏⵉⵖ 3. ⴰⵊⵊ ⵜ ⵉⵅⵡⴰ ⵉ ⵉⵎⵙⵏⵇⴰⴷ ⴷ ⵉⵏⵎⵀⴰⵍⵏ.
admin-grant-submit = ⴼⴽ ⵜⴰⵡⵓⵔⵉ
admin-revoke = ⴽⴽⵙ ⵜⴰⵡⵓⵔⵉ ⴰⴷ
admin-ban = ⴳⴷⵍ ⴰⵎⵉⴹⴰⵏ ⴰⴷ
admin-ban-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ
admin-ban-submit = ⴳⴷⵍ ⵜⵙⵎⴷⴷ ⵜⵉⵖⵉⵎⵉⵏ ⴰⴽⴽⵯ
admin-unban = ⴽⴽⵙ ⴰⴳⴷⴰⵍ
admin-unban-submit = ⴽⴽⵙ ⴰⴳⴷⴰⵍ
admin-resend = ⵉⵎⴰⵢⵍ ⵏ ⵓⵙⵏⵜⵎ
user-status-active = ⴰⵔⵎⵉⴷ
user-status-unverified = ⵜⴰⵏⵙⴰ ⵓⵔ ⵜⵜⵓⵙⵏⵜⵎ
user-status-banned = ⵉⵜⵜⵓⴳⴷⵍ
user-status-deleted = ⵉⵜⵜⵓⴽⴽⴰⵙ
user-deleted-name = ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⴽⴽⴰⵙⵏ
password-too-short = ⵉⵅⵚⵚⴰ ⴰⴷ ⵉⵍⵉⵏ ⴳ ⵓⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ 12 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⴳ ⵓⴷⵔⵓⵙ.
password-too-long = ⵓⵔ ⵉⵅⵚⵚⴰ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⴰⴷ ⵉⵣⵔⵉ 1024 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
password-weak = ⴰⵡⴰⵍ ⴰⴷ ⵏ ⵓⵣⵔⴰⵢ ⵉⵙⵀⵍ ⴱⴰⵀⵔⴰ ⴰⴷ ⵉⵜⵜⵓⵙⵙⵏ. ⵙⵎⵔⵙ ⴽⵔⴰ ⵏ ⵡⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵉⵏ ⴰⵣⴷⴰⵢ ⴳⵔⴰⵙⵏ.
password-common = ⴰⵡⴰⵍ ⴰⴷ ⵏ ⵓⵣⵔⴰⵢ ⵉⴳⴰ ⵢⴰⵏ ⵙⴳ ⵡⵉⵏⵏⴰ ⵉⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵓⴳⴳⴰⵔ. ⵙⵜⵉ ⵢⴰⵏ ⵢⴰⴹⵏ.
password-keyboard = ⵉⴱⵔⴷⴰⵏ ⵅⴼ ⵓⵏⴰⵙⵉⵡ ⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵏⵏ. ⵙⵎⵔⵙ ⴽⵔⴰ ⵏ ⵡⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵉⵏ ⴰⵣⴷⴰⵢ ⴳⵔⴰⵙⵏ.
password-repeats = ⵉⵙⴽⴽⵉⵍⵏ ⵉⵜⵜⵓⵍⴰⵙⵏ ⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵏⵏ. ⵙⵎⵔⵙ ⴽⵔⴰ ⵏ ⵡⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵉⵏ ⴰⵣⴷⴰⵢ ⴳⵔⴰⵙⵏ.
password-sequence = ⵉⵎⵢⴰⴹⴼⴰⵔⵏ ⴰⵎ ⴰⴱⴳ ⵏⵉⵖ 123 ⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵏⵏ. ⵙⵎⵔⵙ ⴽⵔⴰ ⵏ ⵡⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵉⵏ ⴰⵣⴷⴰⵢ ⴳⵔⴰⵙⵏ.
password-dates = ⵉⵣⵎⵣⴰⵏ ⴷ ⵉⵙⴳⴳⵯⴰⵙⵏ ⵙⵀⵍⵏ ⴰⴷ ⵜⵜⵓⵙⵙⵏⵏ. ⵙⵎⵔⵙ ⴽⵔⴰ ⵏ ⵡⴰⵡⴰⵍ ⵓⵔ ⵉⵍⵉⵏ ⴰⵣⴷⴰⵢ ⴳⵔⴰⵙⵏ.
error-400-form = ⵓⵔ ⵜⵜⵢⴰⵖⵔⴰ ⵜⴼⵔⴽⵉⵜ. ⴰⵖⵓⵍ ⵖⵔ ⴷⴼⴼⵉⵔ ⵜⵄⵔⴹⴷ ⴷⴰⵖ.
error-403-title = ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ
error-409-title = ⵜⴰⵡⵓⵔⵉ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵙⴽⴰⵔ ⴷⵖⵉ
error-403-text = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵓⵔ ⴰⴽ ⵉⵜⵜⴰⵊⵊⴰ ⴰⴷ ⵜⴳⴷ ⴰⵢⴰ.
error-403-csrf = ⵜⴰⴼⵔⴽⵉⵜ ⴰⴷ ⵜⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ ⵏⵉⵖ ⵓⵔ ⴷ ⵜⴽⴽⵉ ⵙⴳ ⵓⵙⵉⵜ ⴰⴷ. ⴰⵖⵓⵍ ⵖⵔ ⴷⴼⴼⵉⵔ, ⵜⵕⵥⵎⴷ ⴷⴰⵖ ⵜⴰⵙⵏⴰ, ⵜⵄⵔⴹⴷ ⴷⴰⵖ.
error-429-title = ⵜⵉⵔⵎⵉⵜⵉⵏ ⴳⵓⵜⵏⵉⵏ ⴱⴰⵀⵔⴰ
error-429-text = ⵜⵜⵓⴳⴰⵏⵜ ⵜⵉⵔⵎⵉⵜⵉⵏ ⴳⵓⵜⵏⵉⵏ ⴱⴰⵀⵔⴰ ⴳ ⵢⴰⵏ ⵡⴰⴽⵓⴷ ⵉⵎⵥⵥⵉⵏ. ⵔⴰⵊⵓ ⴽⵔⴰ ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ, ⵜⵄⵔⴹⴷ ⴷⴰⵖ.
error-display-name-required = ⵙⴽⵛⵎ ⵉⵙⵎ ⵏⵏⴰ ⵔⴰⴷ ⵉⴱⴰⵢⵏ.
error-display-name-invalid = ⵉⵅⵚⵚⴰ ⴰⴷ ⵉⵍⵉⵏ ⴳ ⵉⵙⵎ ⵙⴳ 1 ⴰⵔ 80 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
error-email-invalid = ⵙⴽⵛⵎ ⵢⴰⵜ ⵜⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⴰⵎ name@example.ma.
error-email-taken = ⵜⴰⵏⵙⴰ ⴰⴷ ⵢⴰⴷ ⵜⵜ ⵉⵙⵎⵔⵙ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵢⴰⴹⵏ.
error-language-invalid = ⵙⵜⵉ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵙⴳ ⵜⵍⴳⴰⵎⵜ.
error-terms-required = ⴰⴽⴽⵏ ⴰⴷ ⵜⵙⵏⵓⵍⴼⵓⴷ ⴰⵎⵉⴹⴰⵏ, ⵉⵅⵚⵚⴰ ⴰⴷ ⵜⵇⴱⵍⴷ ⵜⵉⵡⵜⵉⵍⵉⵏ ⵏ ⵓⵙⵎⵔⵙ.
error-sign-in-failed = ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏⵉⵖ ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵉⵚⵃⵉ.
error-current-password = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵉⵍⵍⴰⵏ ⵖⵉⵍⴰ ⵓⵔ ⵉⵚⵃⵉ.
error-delete-confirm = ⵔⵛⵎ ⵜⴰⵙⵏⴷⵓⵇⵜ ⴰⴽⴽⵏ ⴰⴷ ⵜⵙⵏⵜⵎⴷ.
error-link-invalid = ⴰⵣⴷⴰⵢ ⴰⴷ ⵓⵔ ⵉⵚⵃⵉ: ⵜⵣⵔⵉ ⵜⵉⵣⵉ ⵏⵏⵙ ⵏⵉⵖ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⴷ. ⵙⵙⵓⵜⵔ ⵢⴰⵏ ⵓⵎⴰⵢⵏⵓ.
error-last-admin = ⵓⵔ ⵉⵣⵎⵉⵔ ⵓⵏⵎⵀⴰⵍ ⴰⵏⴳⴳⴰⵔⵓ ⴰⴷ ⵉⵜⵜⵓⴽⴽⴰⵙ.
error-ban-self = ⵓⵔ ⵜⵣⵎⵉⵔⴷ ⴰⴷ ⵜⴳⴷⵍⴷ ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ.
error-ban-reason = ⵎⵍ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⴳⴷⴰⵍ.
error-role-invalid = ⵙⵜⵉ ⵢⴰⵜ ⵜⵡⵓⵔⵉ ⵙⴳ ⵜⵍⴳⴰⵎⵜ.
error-scope-unknown = ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ, ⵏ ⵜⵙⵓⴷⴷⵙⵜ ⵏⵉⵖ ⵏ ⵓⵖⴰⵡⴰⵙ ⵙ ⵜⵙⴰⵔⵓⵜ ⴰⴷ.
mail-greeting = ⴰⵣⵓⵍ { $name },
mail-footer = ⵜⴰⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵍⵎⵖⵔⵉⴱ. ⵏⵓⵣⵏ ⴰⴽ ⴷ ⵜⵓⵣⵉⵏⵜ ⴰⴷ ⴰⵛⴽⵓ ⵉⵜⵜⵓⴳⴰ ⴽⵔⴰ ⴳ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ; ⵎⵖ ⵓⵔ ⵜⵜ ⵜⵔⵊⵉⴷ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⵜ ⵜⴰⵊⵊⴷ.
mail-verify-subject = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ
mail-verify-body = ⴰⴽⴽⵏ ⴰⴷ ⵉⴱⴷⵓ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴰⴷ ⵉⵙⴽⴰⵔ, ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ ⵙ ⵓⵣⴷⴰⵢ ⵉⵍⵍⴰⵏ ⴷⴷⴰⵡ. ⵉⵚⵃⴰ ⵉ 48 ⵏ ⵜⵙⵔⴰⴳⵉⵏ.
mail-verify-action = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵉⵏⵓ
mail-already-registered-subject = ⵢⴰⵏ ⵢⵓⵔⵎ ⴰⴷ ⵉⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⵙ ⵜⵏⵙⴰ ⵏⵏⴽ
mail-already-registered-body = ⵢⴰⵏ ⵢⵓⵔⵎ ⴰⴷ ⵉⵙⵏⵓⵍⴼⵓ ⴰⵎⵉⴹⴰⵏ ⴰⵎⴰⵢⵏⵓ ⵙ ⵜⵏⵙⴰ ⴰⴷ ⵏ ⵉⵎⴰⵢⵍ, ⵎⴰⵛⴰ ⵜⴰⵏⵙⴰ ⴰⴷ ⵢⴰⴷ ⵜⵍⵍⴰ ⴳ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ. ⵎⵖ ⴷ ⴽⵢⵢⵉ, ⴽⵛⵎ ⵏⵉⵖ ⵙⵜⵉ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ. ⵎⵖ ⵓⵔ ⴷ ⴽⵢⵢⵉ, ⵜⵣⵎⵔⴷ ⴰⴷ ⵜⴰⵊⵊⴷ ⵜⵓⵣⵉⵏⵜ ⴰⴷ.
mail-already-registered-action = ⵙⵜⵉ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
mail-reset-subject = ⵙⵜⵉ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
mail-reset-body = ⵢⴰⵏ ⵉⵙⵙⵓⵜⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ ⵓⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ. ⵎⵖ ⴷ ⴽⵢⵢⵉ, ⵙⵎⵔⵙ ⴰⵣⴷⴰⵢ ⵉⵍⵍⴰⵏ ⴷⴷⴰⵡ: ⵉⵚⵃⴰ ⵉ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ, ⵉⵣⵎⵔ ⴰⴷ ⵉⵜⵜⵓⵙⵎⵔⵙ ⵢⴰⵜ ⵜⵡⴰⵍⵜ ⵖⴰⵙ. ⵎⵖ ⵓⵔ ⴷ ⴽⵢⵢⵉ, ⴰⵊⵊ ⵜⵓⵣⵉⵏⵜ ⴰⴷ: ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ ⵓⵔ ⵔⴰⴷ ⵉⵜⵜⵓⵙⵏⴼⵍ.
mail-reset-action = ⵙⵜⵉ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ
mail-confirm-new-email-subject = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵜⴰⵎⴰⵢⵏⵓⵜ ⵏ ⵉⵎⴰⵢⵍ
mail-confirm-new-email-body = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵉⵙⵙⵓⵜⵔ ⴰⴷ ⵉⵙⵎⵔⵙ ⵜⴰⵏⵙⴰ ⴰⴷ ⵏ ⵉⵎⴰⵢⵍ. ⵙⵏⵜⵎ ⵜⵜ ⵙ ⵓⵣⴷⴰⵢ ⵉⵍⵍⴰⵏ ⴷⴷⴰⵡ (ⵉⵚⵃⴰ ⵉ 48 ⵏ ⵜⵙⵔⴰⴳⵉⵏ).
mail-confirm-new-email-action = ⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⴰⴷ
mail-email-change-notice-subject = ⵜⴰⵏⵙⴰ ⵏⵏⴽ ⵏ ⵉⵎⴰⵢⵍ ⵔⴰⴷ ⵜⵜⵓⵙⵏⴼⵍ
mail-email-change-notice-body = ⵢⴰⵏ ⵉⴽⵛⵎⵏ ⵖⵔ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵉⵙⵙⵓⵜⵔ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍ ⵜⵏⵙⴰ ⴰⴷ ⵏ ⵉⵎⴰⵢⵍ. ⵎⵖ ⵓⵔ ⴷ ⴽⵢⵢⵉ, ⵙⵏⴼⵍ ⴷⵖⵢⴰ ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ, ⵜⵎⵢⴰⵡⴰⵍⴷ ⴷ ⵜⵔⴰⴱⴱⵓⵜ ⵏ ⵓⵙⵉⵜ.
mail-email-change-notice-action = ⵕⵥⵎ ⴰⵙⵉⵜ
mail-password-changed-subject = ⴰⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ ⵉⵜⵜⵓⵙⵏⴼⵍ
mail-password-changed-body = ⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵏ ⵓⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵉⵜⵜⵓⵙⵏⴼⵍ ⴷⵖⵉ. ⵎⵖ ⵓⵔ ⴷ ⴽⵢⵢⵉ, ⵙⵙⵓⵜⵔ ⴷⵖⵢⴰ ⴰⵡⴰⵍ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵔⴰⵢ.
mail-password-changed-action = ⵕⵥⵎ ⴰⵙⵉⵜ
mail-account-deleted-subject = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⵉⵜⵜⵓⴽⴽⴰⵙ
mail-account-deleted-body = ⴰⵎⵉⴹⴰⵏ ⵏⵏⴽ ⴷ ⵉⵙⴼⴽⴰ ⵏⵏⴽ ⵓⴷⵎⴰⵡⴰⵏⵏ ⵜⵜⵓⴽⴽⴰⵙⵏ, ⴰⵎ ⵏⵏⴰ ⵜⵙⵙⵓⵜⵔⴷ.
mail-account-deleted-action = ⵕⵥⵎ ⴰⵙⵉⵜ
# Draft terms to check (two-step verification): verification ⴰⵙⵏⵜⵎ; step ⴰⵙⵓⵔⵉⴼ; code ⵜⴰⵏⴳⴰⵍⵜ; recovery code ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵍⴽⵉ;
# app ⴰⵙⵏⵙ; phone ⴰⵜⵉⵍⵉⴼⵓⵏ; key ⵜⴰⵙⴰⵔⵓⵜ; digit ⴰⵎⴹⴰⵏ; turn on ⵙⵏⴽⵔ; turn off ⵙⵅⵙⵉ; on ⵉⵙⴽⴰⵔ.
two-step-title = ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ
two-step-explained = ⵙ ⵓⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ, ⴰⴽⵛⵛⵓⵎ ⵉⵙⵙⵓⵜⵓⵔ, ⵙ ⵓⵔⵏⵓ ⵖⵔ ⵓⵡⴰⵍ ⵏⵏⴽ ⵏ ⵓⵣⵔⴰⵢ, ⵢⴰⵜ ⵜⵏⴳⴰⵍⵜ ⵏⵏⴰ ⴷ ⵉⵙⵙⴽⴰⵏ ⵓⵙⵏⵙ ⵏ ⵓⵙⵏⵜⵎ ⴳ ⵓⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ.
two-step-required = ⵜⴰⵡⵓⵔⵉ ⵏⵏⴽ ⵜⵙⵙⵓⵜⵓⵔ ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ. ⵙⵏⴽⵔ ⵜ ⴰⴽⴽⵏ ⴰⴷ ⵜⴽⵎⵎⵍⴷ.
two-step-off = ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ ⵓⵔ ⵉⵙⴽⴰⵔ
two-step-start = ⵙⵏⴽⵔ ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ
two-step-enrol = ⵔⵏⵓ ⴰⵎⵉⴹⴰⵏ ⴰⴷ ⵖⵔ ⵓⵙⵏⵙ ⵏⵏⴽ ⵏ ⵓⵙⵏⵜⵎ
two-step-scan = ⴳ ⵓⵙⵏⵙ ⵏⵏⴽ ⵏ ⵓⵙⵏⵜⵎ, ⵔⵏⵓ ⵢⴰⵏ ⵓⵎⵉⴹⴰⵏ ⵙ ⵜⵙⴰⵔⵓⵜ ⵉⵍⵍⴰⵏ ⴷⴷⴰⵡ (ⵏⵉⵖ ⵕⵥⵎ ⴰⵣⴷⴰⵢ ⴳ ⵓⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ), ⴷⴼⴼⵉⵔ ⵙⴽⵛⵎ ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵏ ⵉⵎⴹⴰⵏ ⵏⵏⴰ ⴷ ⵉⵙⵙⴽⴰⵏ.
two-step-key = ⵜⴰⵙⴰⵔⵓⵜ
two-step-link = ⴰⵣⴷⴰⵢ
two-step-enable = ⵙⵏⵜⵎ ⵜⵙⵏⴽⵔⴷ
two-step-on = ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ ⵉⵙⴽⴰⵔ
two-step-disable = ⵙⵅⵙⵉ ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ
two-step-codes-title = ⵜⵉⵏⴳⴰⵍⵉⵏ ⵏⵏⴽ ⵏ ⵓⵙⵍⴽⵉ
two-step-codes = ⵜⵉⵏⴳⴰⵍⵉⵏ ⵏ ⵓⵙⵍⴽⵉ
two-step-codes-text = ⵃⴹⵓ ⵜⵉⵏⴳⴰⵍⵉⵏ ⴰⴷ ⴳ ⵢⴰⵏ ⵓⴷⵖⴰⵔ ⵉⵃⵔⵣⵏ. ⴽⵓ ⵢⴰⵜ ⴳⵉⵙⵏⵜ ⴰⴽ ⵜⵜⴰⵊⵊⴰ ⴰⴷ ⵜⴽⵛⵎⴷ ⵢⴰⵜ ⵜⵡⴰⵍⵜ ⵎⵖ ⵉⵜⵍⴼ ⴰⴽ ⵓⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ. ⵓⵔ ⵜⵜⴱⴰⵢⴰⵏⵜ ⴰⴱⵍⴰ ⵖⵉⵍⴰ.
two-step-verify-title = ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ
two-step-verify-text = ⵙⴽⵛⵎ ⵜⴰⵏⴳⴰⵍⵜ ⵏ 6 ⵏ ⵉⵎⴹⴰⵏ ⵏⵏⴰ ⴷ ⵉⵙⵙⴽⴰⵏ ⵓⵙⵏⵙ ⵏⵏⴽ ⵏ ⵓⵙⵏⵜⵎ, ⵏⵉⵖ ⵢⴰⵜ ⴳ ⵜⵏⴳⴰⵍⵉⵏ ⵏⵏⴽ ⵏ ⵓⵙⵍⴽⵉ.
field-code = ⵜⴰⵏⴳⴰⵍⵜ
field-code-or-recovery = ⵜⴰⵏⴳⴰⵍⵜ ⵏⵉⵖ ⵜⴰⵏⴳⴰⵍⵜ ⵏ ⵓⵙⵍⴽⵉ
hint-code = 6 ⵏ ⵉⵎⴹⴰⵏ, ⴰⵎ 123456.
error-totp-code = ⵜⴰⵏⴳⴰⵍⵜ ⵓⵔ ⵜⵚⵃⵉ. ⵥⵕ ⵜⴰⵙⵔⴰⴳⵜ ⵏ ⵓⵜⵉⵍⵉⴼⵓⵏ ⵏⵏⴽ, ⵜⵄⵔⴹⴷ ⴷⴰⵖ.
col-date = ⴰⵣⵎⵣ
col-action = ⵜⵉⴳⴰⵡⵜ
col-actor = ⴰⵎⵙⴽⴰⵔ
col-target = ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⵏⵏⴰⵍⵏ
col-ip = ⵜⴰⵏⵙⴰ
col-detail = ⴰⵙⴼⵙⵔ
col-last-seen = ⵜⵉⴳⴰⵡⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ
col-device = ⴰⵎⵙⵉⴳⵍ

# ⵜⵉⵍⵉⵙⵉⵏ ⴷ ⵜⵉⵙⵇⵇⴰⵔⵉⵏ ⵏ ⵜⵏⴼⵍⵓⵜ
error-413-text = ⴰⵢⵏⵏⴰ ⵜⵓⵣⵏⴷ ⵢⵓⴳⵔ ⴰⵢⵏⵏⴰ ⵉⵇⴱⵍ ⵓⵙⵉⵜ ⴰⴷ (64 KiB). ⵙⵎⵥⵥⵉ ⵜ, ⵜⵄⵔⴹⴷ ⴷⴰⵖ.
error-503-title = ⴰⵎⵙⵙⵓⴼⵖ ⵉⵜⵜⵡⴰⵟⵟⴰⴼ
error-503-busy = ⴰⵎⵙⵙⵓⴼⵖ ⵉⵜⵜⵡⴰⵟⵟⴰⴼ ⵙ ⵓⵙⵏⵇⴷ ⵏ ⵡⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ ⵢⴰⴹⵏ. ⵔⴰⵊⵓ ⴽⵔⴰ, ⵜⵄⵔⴹⴷ ⴷⴰⵖ.
error-role-unverified = ⴰⵎⵉⴹⴰⵏ ⴰⴷ ⵓⵔ ⵉⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⵙ ⵏ ⵉⵎⴰⵢⵍ, ⵉⵀⵉ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵢⴰⵎⵥ ⴽⵔⴰ ⵏ ⵜⵡⵓⵔⵉ. ⵙⵙⵓⵜⵔ ⵉ ⵍⵍⵉ ⵜ ⵉⵍⴰⵏ ⴰⴷ ⵉⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵜⵓⵣⵡⵉⵔ.
admin-unverified-notice = ⵜⴰⵏⵙⴰ ⵏ ⵉⵎⴰⵢⵍ ⵏ ⵓⵎⵉⴹⴰⵏ ⴰⴷ ⵓⵔ ⵜⵜⵓⵙⵏⵜⵎ: ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵢⴰⵎⵥ ⴽⵔⴰ ⵏ ⵜⵡⵓⵔⵉ, ⴷ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⵙ ⵓⵔ ⴰⵙ ⴼⴽⴽⴰⵏⵜ ⴽⵔⴰ ⵏ ⵓⵣⵔⴼ ⴰⵔ ⴷ ⵜⵜⵓⵙⵏⵜⵎ ⵜⵏⵙⴰ.
mail-greeting-plain = ⴰⵣⵓⵍ,

## phone layout and help pages
nav-menu = ⵜⴰⵍⴳⴰⵎⵜ
filters-toggle = ⵙⴼⵉⵍⵜⵔ ⵜⴰⵍⴳⴰⵎⵜ
filters-active = { $cat ->
    [one] { $count } ⵓⵙⴼⵉⵍⵜⵔ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ
   *[other] ⵉⵙⴼⵉⵍⵜⵔⵏ ⵉⵜⵜⵓⵙⵎⵔⵙⵏ: { $count }
}
table-scroll-hint = ⵙⵎⵓⵙⵙⵓ ⵜⴰⴼⵍⵡⵉⵜ ⵙ ⵜⵉⵔⴽⵜ ⴰⴷ ⵜⵥⵔⴷ ⴰⴽⴽⵯ ⵉⴳⵉⵊⴷⴰⵏ ⵏⵏⵙ.
help-contact-title = ⴰⵎⵢⴰⵡⴰⴹ
help-legal-title = ⵜⵉⵏⵖⵎⵉⵙⵉⵏ ⵜⵉⵣⵔⴼⴰⵏⵉⵏ
help-privacy-title = ⵉⵙⴼⴽⴰ ⵓⴷⵎⴰⵡⴰⵏⵏ
help-glossary-title = ⴰⵎⴰⵡⴰⵍ
help-minutes = { $cat ->
    [one] { $count } ⵜⵓⵙⴷⵉⴷⵜ
   *[other] { $count } ⵏ ⵜⵓⵙⴷⵉⴷⵉⵏ
}
help-hours = { $cat ->
    [one] { $count } ⵜⵙⵔⴰⴳⵜ
   *[other] { $count } ⵏ ⵜⵙⵔⴰⴳⵉⵏ
}
updated-on = ⴰⵙⵎⴰⵢⵏⵓ ⴰⵏⴳⴳⴰⵔⵓ: { $date }
glossary-see = ⴰⵏⴰⵎⴽ ⵏ ⵉⵡⴰⵍⵉⵡⵏ ⴰⴷ ⴳ ⵓⵎⴰⵡⴰⵍ
term-link = ⴰⵙⵏⵎⴽ
register-privacy-link = ⵖⵔ ⵜⴰⵏⵖⵎⵉⵙⵜ ⵅⴼ ⵉⵙⴼⴽⴰ ⵓⴷⵎⴰⵡⴰⵏⵏ
register-cndp = ⴰⵙⵎⵔⵙ ⴰⴷ ⵉⵜⵜⵓⵙⵏⵓⵎⵎⵍ ⵖⵔ CNDP ⵙ ⵓⵟⵟⵓⵏ { $number }.

## ⵜⴰⵖⵓⵔⵉ ⴷ ⵓⴳⵍⴰⵎ ⵏ ⵓⴳⵔⵓⴷⵎ
# A label before its value, punctuated as the language writes it ("Source:", French "Source :").
label-colon = { $label }:
count-plans = { $cat ->
    [one] ⵢⴰⵏ ⵓⵖⴰⵡⴰⵙ
   *[other] { $count } ⵏ ⵉⵖⴰⵡⴰⵙⵏ
}
export-done = ⵉⵜⵜⵓⵙⵙⵓⴼⵖ ⵖⵔ { $dir }: { $plans }, { $commitments }, { $activities }.
seed-illustrative-done = ⵜⵜⵢⴰⵔⵏⴰⵏⵜ ⵜⴳⴰⵡⵉⵏ ⵏ ⵓⵎⴷⵢⴰ: ⴽⵓ ⵜⴰⵙⵏⴰ ⵜⵙⵙⴽⴰⵏ ⵖⵉⵍⴰ ⴰⵙⵖⵍ ⵏ ⵢⵉⵙⴼⴽⴰ ⵏ ⵓⵎⴷⵢⴰ.

## content in the reader's language
# Draft (not reviewed by a native speaker): one marker per item, in words; one note per page for screen readers.
marker-unofficial = ⴰⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⴰⵏⵚⵉⴱ
marker-unofficial-by-editors = ⴰⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⴰⵏⵚⵉⴱ ⵏ ⵉⵎⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵉⵜ
marker-in-ar = ⵙ ⵜⵄⵔⴰⴱⵜ
marker-in-fr = ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ
marker-in-en = ⵙ ⵜⵏⴳⵍⵉⵣⵜ
marker-in-zgh = ⵙ ⵜⵎⴰⵣⵉⵖⵜ
content-note-unofficial = ⴽⵔⴰ ⵏ ⵢⵉⴹⵔⵉⵙⵏ ⴳ ⵜⴰⵙⵏⴰ ⴰⴷ ⴳⴰⵏ ⵉⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⵉⵏⵚⵉⴱⵏ ⵏ ⵉⵎⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵉⵜ; ⴽⵓ ⵉⵣⵉⵔⵉⴳ ⵏⵖ ⵜⴰⴽⴰⵕⴹⴰ ⵉⵍⴰⵏ ⵢⴰⵏ ⴳⵉⵙⵏ ⵜⵜⵉⵏⵉ «ⴰⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⴰⵏⵚⵉⴱ».
content-note-language = ⴽⵔⴰ ⵏ ⵢⵉⴹⵔⵉⵙⵏ ⴳ ⵜⴰⵙⵏⴰ ⴰⴷ ⵍⵍⴰⵏ ⵖⴰⵙ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵢⴰⴹⵏ, ⵉⵜⵜⵓⵙⵙⴽⴰⵏⵏ ⵙⵉⵙ; ⴽⵓ ⵉⵣⵉⵔⵉⴳ ⵏⵖ ⵜⴰⴽⴰⵕⴹⴰ ⵉⵍⴰⵏ ⵢⴰⵏ ⴳⵉⵙⵏ ⵜⵙⵎⵎⴰ ⵜⵓⵜⵍⴰⵢⵜ.
content-note-both = ⴽⵔⴰ ⵏ ⵢⵉⴹⵔⵉⵙⵏ ⴳ ⵜⴰⵙⵏⴰ ⴰⴷ ⴳⴰⵏ ⵉⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⵉⵏⵚⵉⴱⵏ ⵏ ⵉⵎⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵉⵜ, ⴽⵔⴰ ⵍⵍⴰⵏ ⵖⴰⵙ ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵢⴰⴹⵏ; ⴽⵓ ⵉⵣⵉⵔⵉⴳ ⵏⵖ ⵜⴰⴽⴰⵕⴹⴰ ⵜⵜⵉⵏⵉ ⵎⴰⵏⵉ.
list-separator = {", "}
official-title-in = ⴰⵣⵡⵍ ⴰⵏⵚⵉⴱ, { $language }:
commitment-wordings = ⵉⵣⵡⵍⴰ ⴷ ⵢⵉⵙⵎⴰⵡⵏ ⴰⵎⵎ ⵎⴰⵎⴽ ⵜⵏ ⵜⵏⵏⴰ ⵢⵉⵖⴱⵓⵍⴰ
field-title-official = ⴰⵣⵡⵍ ⴰⵏⵚⵉⴱ
field-title-sources = ⴰⵖⴱⴰⵍⵓ ⵏ ⵜⵉⵔⵔⴰ ⵏ ⵉⵣⵡⵍⴰ
wording-language = { $language }:
title-source-portal = ⵜⴰⵙⵏⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴳ ⵓⵙⵉⵜ ⵏ ⵜⵏⴱⴰⴹⵜ
title-source-lead-institution-communique = ⴰⵙⵏⵖⵎⵙ ⵏ ⵜⵙⵓⴷⴷⵙⵜ ⵉⵏⵀⵍⵏ
title-source-house-communique = ⴰⵙⵏⵖⵎⵙ ⵏ ⵓⵙⵇⵇⵉⵎ ⵏ ⵉⵎⴳⴷⴰⵢⵏ
title-source-ogp-fr-page = ⵜⴰⵙⵏⴰ ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ (ⴰⵙⵓⵖⵍ ⴰⵡⵜⵓⵎⴰⵜⵉ ⵏ ⵓⵣⵡⵍ ⵏⵏⵙ ⵙ ⵜⵏⴳⵍⵉⵣⵜ)
title-source-editors = ⴰⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⴰⵏⵚⵉⴱ ⵏ ⵉⵎⵙⵏⴼⴰⵔⵏ ⵏ ⵓⵙⵉⵜ
field-title-ogp-fr = ⴰⵣⵡⵍ ⴳ ⵜⵙⵏⴰ ⵜⴰⴼⵔⴰⵏⵙⵉⵙⵜ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
field-support-wording = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵉⵜⵜⵄⴰⵡⴰⵏⵏ ⴰⵎⵎ ⵎⴰⵎⴽ ⵜⵏ ⵜⵏⵏⴰ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
support-in-wording = ⵜⵜⵓⵙⵎⵎⴰⵏⵜ ⵖⴰⵙ ⴳ ⵜⵉⵔⵔⴰ ⵏ ⵜⵎⵢⴰⵡⵙⴰ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ (ⵥⵕ «ⵉⵣⵡⵍⴰ ⴷ ⵢⵉⵙⵎⴰⵡⵏ ⴰⵎⵎ ⵎⴰⵎⴽ ⵜⵏ ⵜⵏⵏⴰ ⵢⵉⵖⴱⵓⵍⴰ»)
institution-later-names = ⵉⵙⵎⴰⵡⵏ ⵏⵏⵙ ⵉⴹⴼⴰⵔⵏ
institution-supported = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⴰ ⵜⵜⵄⴰⵡⴰⵏ
name-in-use-from-until = ⵉⵙⵎ ⵉⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵙⴳ { $from } ⴰⵔ { $until }
name-in-use-from = ⵉⵙⵎ ⵉⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⵙⴳ { $from }
name-in-use-until = ⵉⵙⵎ ⵉⵜⵜⵓⵙⵎⵔⴰⵙⵏ ⴰⵔ { $until }
name-since = ⵙⴳ { $date }
institution-kind-independent-authority = ⵜⴰⵙⵓⴷⴷⵙⵜ ⵜⴰⵏⵉⵎⴰⵏⵜ
institution-kind-other = ⵜⴰⵙⵓⴷⴷⵙⵜ ⵜⴰⵎⴰⵜⴰⵢⵜ ⵏⵖ ⵜⵓⴷⴷⵙⴰ ⵢⴰⴹⵏ
institution-kinds-independent-authority = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵜⵉⵏⵉⵎⴰⵏⵉⵏ
institution-kinds-other = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵜⵉⵎⴰⵜⴰⵢⵉⵏ ⴷ ⵜⵓⴷⴷⵙⵉⵡⵉⵏ ⵢⴰⴹⵏ
import-bad-period = { $file }, ⵉⵣⵉⵔⵉⴳ { $line }, ⵜⴰⴳⵊⴷⵉⵜ { $column }: «{ $detail }» ⵓⵔ ⵉⴳⵉ ⵜⴰⵣⵎⵣⵉⵜ ⵙ ⵜⴰⵍⵖⴰ ⴰⵏⵣⵡⴰⵔ/ⵜⵉⴳⵉⵔⴰ (ⴰⵎⵎ 2017-04/2019-10, 2021-10/ ⵏⵖ /2021-10).
import-bad-column = { $file }, ⵉⵣⵉⵔⵉⴳ 1, ⵜⴰⴳⵊⴷⵉⵜ { $column }: ⵜⴰⴳⵊⴷⵉⵜ «{ $detail }» ⵓⵔ ⵜⴳⵉ ⵜⴰⴳⵊⴷⵉⵜ ⵏ ⵓⴼⴰⵢⵍⵓ ⴰⴷ (ⵉⵙⵓⵖⵍ ⵓⵔ ⵉⴳⵉⵏ ⵉⵏⵚⵉⴱⵏ ⴷⴰ ⵜⵜⵓⵔⴰⵏ ⴳ: { $allowed }).
answer-yes = ⵢⵢⵀ
answer-no = ⵓⵀⵓ
ambition-low = ⵜⴰⴷⴷⴰⵢⵜ
ambition-high = ⵜⴰⴼⵍⵍⴰⵢⵜ
irm-impact-none = ⵓⵍⴰ ⵢⴰⵏ
irm-impact-minor = ⴰⵎⵥⵥⵢⴰⵏ
irm-impact-moderate = ⴰⵏⴰⵎⵎⴰⵙ
irm-impact-transformative = ⴰⵎⵙⵏⴼⵍ
irm-completion-not-started = ⵓⵔ ⵉⴱⴷⵉ
irm-completion-limited = ⴰⵎⵥⵥⵢⴰⵏ
irm-completion-substantial = ⴰⵎⵇⵇⵔⴰⵏ
irm-completion-complete = ⵉⴼⵓⴽ
irm-completion-withdrawn = ⵉⵜⵜⵓⴽⴽⵙ
irm-results-worsened = ⵅⵙⵔⵏ
irm-results-did-not-change = ⵓⵔ ⵉⵏⴼⵍ ⵓⵍⴰ ⵢⴰⵏ
irm-results-marginal = ⵉⵎⵥⵥⵢⴰⵏⵏ
irm-results-major = ⵉⵎⵇⵇⵔⴰⵏⵏ
irm-results-outstanding = ⵉⴼⵓⵍⴽⵉⵏ ⴰⵟⵟⴰⵚ
irm-potential-unclear = ⵓⵔ ⵉⴱⴰⵢⵏ
irm-potential-modest = ⴰⵎⵥⵥⵢⴰⵏ
irm-potential-substantial = ⴰⵎⵇⵇⵔⴰⵏ
ogp-value-access-to-information = ⴰⴽⵛⵛⵓⵎ ⵖⵔ ⵜⵏⵖⵎⵉⵙⵉⵏ
ogp-value-civic-participation = ⴰⴷⵔⴰⵡ ⴰⵏⴰⵎⵓⵏ
ogp-value-public-accountability = ⴰⵙⵉⵜⵎ ⴰⵎⴰⵜⴰⵢ
ogp-value-technology-and-innovation-for-transparency-and-accountability = ⵜⵉⴽⵏⵓⵍⵓⵊⵉⵜ ⴷ ⵓⵙⵏⵓⵍⴼⵓ ⵉ ⵜⴼⵔⴰⵡⵜ ⴷ ⵓⵙⵉⵜⵎ
policy-area-access-to-information = ⴰⴽⵛⵛⵓⵎ ⵖⵔ ⵜⵏⵖⵎⵉⵙⵉⵏ
policy-area-access-to-justice = ⴰⴽⵛⵛⵓⵎ ⵖⵔ ⵜⵏⵣⵣⴰⵔⴼⵓⵜ
policy-area-anti-corruption-and-integrity = ⵜⴰⵣⴷⴷⵉⴳⵜ ⴷ ⵓⵎⵏⴰⵖ ⵎⴳⴰⵍ ⵜⵔⵛⵡⵜ
policy-area-anti-corruption-institutions = ⵜⵉⵙⵓⴷⴷⵙⵉⵏ ⵏ ⵓⵎⵏⴰⵖ ⵎⴳⴰⵍ ⵜⵔⵛⵡⵜ
policy-area-capacity-building = ⴰⵙⵙⴷⵓⵙ ⵏ ⵜⵓⵣⵎⵔⵉⵏ
policy-area-democratizing-decision-making = ⴰⵙⴷⵉⵎⵓⵇⵔⴰⵟ ⵏ ⵓⵙⵜⴰⵢ ⵏ ⵜⵖⵜⴰⵙⵜ
policy-area-digital-governance = ⴰⵙⵡⵓⴷⴷⵓ ⴰⵏⵓⵎⴰⵏ
policy-area-digital-inclusion = ⴰⵙⵎⵓⵏ ⴰⵏⵓⵎⴰⵏ
policy-area-digital-participation = ⴰⴷⵔⴰⵡ ⴰⵏⵓⵎⴰⵏ
policy-area-digital-transformation = ⴰⵙⵏⴼⵍ ⴰⵏⵓⵎⴰⵏ
policy-area-fiscal-openness = ⴰⵕⵥⵥⵓⵎ ⴰⴷⵔⵉⵎⴰⵏ
policy-area-justice = ⵜⴰⵏⵣⵣⴰⵔⴼⵓⵜ
policy-area-legislation = ⴰⵙⵏⵓⵍⴼⵓ ⵏ ⵉⵣⵔⴼⴰⵏ
policy-area-local-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵜⵉⴷⵖⴰⵔⴰⵏⵉⵏ
policy-area-open-data = ⵉⵙⴼⴽⴰ ⵉⵕⵥⵎⵏ
policy-area-open-parliament-plan = ⴰⵖⴰⵡⴰⵙ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ ⵉⵕⵥⵎⵏ
policy-area-open-parliaments = ⵉⴱⵔⵍⴰⵎⴰⵏⵏ ⵉⵕⵥⵎⵏ
policy-area-participation-in-lawmaking = ⴰⴷⵔⴰⵡ ⴳ ⵓⵙⵏⵓⵍⴼⵓ ⵏ ⵉⵣⵔⴼⴰⵏ
policy-area-public-participation = ⴰⴷⵔⴰⵡ ⴰⵎⴰⵜⴰⵢ
policy-area-public-participation-in-budget-fiscal-policy = ⴰⴷⵔⴰⵡ ⴰⵎⴰⵜⴰⵢ ⴳ ⵜⵙⵔⵜⵉⵜ ⵜⴰⴷⵔⵉⵎⴰⵏⵜ
policy-area-publication-of-budget-fiscal-information = ⴰⵙⵙⵓⴼⵖ ⵏ ⵜⵏⵖⵎⵉⵙⵉⵏ ⵜⵉⴷⵔⵉⵎⴰⵏⵉⵏ
policy-area-regulation = ⴰⵙⵏⵎⵓⵍ
policy-area-regulatory-governance = ⴰⵙⵡⵓⴷⴷⵓ ⵏ ⵓⵙⵏⵎⵓⵍ
policy-area-right-to-information = ⴰⵣⵔⴼ ⴳ ⵜⵏⵖⵎⵉⵙⵉⵏ
policy-area-social-accountability = ⴰⵙⵉⵜⵎ ⴰⵏⴰⵎⵓⵏ
policy-area-sustainable-development-goals = ⵉⵙⵡⴰⵏ ⵏ ⵜⵏⴼⵍⵉⵜ ⵉⵜⵜⴷⵓⵎⵏ

# Back office: activities, progress reports, validation
office-title = ⵜⴰⵙⵏⴰ ⵏ ⵓⴹⴼⴼⵓⵔ
office-no-work = ⴰⵎⵉⴹⴰⵏ ⵏⵏⵓⵏ ⵓⵔ ⵉⵜⵜⴹⴼⴰⵔ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵓⵍⴰ ⵉⵙⵙⵏⵜⴰⵎ ⴽⵔⴰ ⵏ ⵓⵖⴰⵡⴰⵙ. ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏ ⵓⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ ⴷ ⵓⵎⵙⵎⵓⵏ ⵜⵜⵓⴼⴽⴰⵏⵜ ⵙⴳ ⵓⵏⵎⵀⴰⵍ ⵏ ⵜⵡⵡⵓⵔⵜ.
office-my-reports = ⵉⵏⵏⴰⵣⵏ ⵉⵏⵓ ⴳ ⵓⵙⵡⵓⴷⴷⵓ
office-my-activities = ⵜⵉⴳⴰⵡⵉⵏ ⵉⵏⵓ
office-col-due = ⴰⵣⵎⵣ ⵏ ⵜⴳⵓⵔⴰ
office-col-report = ⴰⵏⵏⴰⵣ
office-returned = ⵉⵏⵏⴰⵣⵏ ⵢⵓⵖⵓⵍⵏ
office-late = ⵜⵉⴳⴰⵡⵉⵏ ⵢⵄⵟⵟⵍⵏ
office-deleted-account = ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⴽⴽⵙⵏ
office-cancelled = ⵜⴰⴳⴰⵡⵜ ⵜⵜⵓⵙⴱⵟⵍ
office-open-report = ⵕⵥⵎ ⴰⵏⵏⴰⵣ
office-write-report = ⴰⵔⵓ ⴰⵏⵏⴰⵣ
office-last-published = ⴰⵏⵏⴰⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵉⵜⵜⵓⵥⵕⴳⵏ ⴰⵙⵙ { $date }
office-never-reported = ⵓⵔ ⵉⵜⵜⵓⵥⵕⴳ ⴽⵔⴰ ⵏ ⵓⵏⵏⴰⵣ
queue-title = ⵉⵏⵏⴰⵣⵏ ⵏⵏⴰ ⵉⵜⵜⵔⴰⵊⵓⵏ ⴰⵙⵙⵏⵜⵎ
queue-col-submitted = ⵉⵜⵜⵓⴰⵣⵏ
queue-col-author = ⴰⵎⴰⵔⴰⵢ
queue-col-review = ⴰⵙⵓⴼⵖ
queue-assistance = ⴰⵙⵓⵜⵔ ⵏ ⵜⵡⵉⵙⵉ
queue-review = ⵙⵓⴼⵖ ⴰⵏⵏⴰⵣ
queue-review-title = ⵙⵙⵏⵜⵎ ⵏⵖ ⵔⴰⵔ
queue-validate-hint = ⴰⵙⵙⵏⵜⵎ ⵉⵙⵙⵓⴼⵓⵖ ⴰⵏⵏⴰⵣ; ⵓⵟⵟⵓⵏⵏ ⵏ ⵜⴳⴰⵡⵜ, ⵏ ⵜⴳⴰⵍⵍⵉⵜ, ⵏ ⵓⵙⵏⵜⵍ, ⵏ ⵓⵖⴰⵡⴰⵙ ⴷ ⵜⵎⵙⵙⵓⵔⵜ ⴰⴷ ⵜⵜⵓⴱⴷⴷⴰⵍⵏ ⴷⵖⵢⴰ.
queue-validate = ⵙⵙⵏⵜⵎ ⴷ ⵙⵙⵓⴼⵖ
queue-return = ⵔⴰⵔ ⴰⵏⵏⴰⵣ
queue-return-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵔⴰⵔ
queue-return-reason-hint = ⴰⵎⴰⵔⴰⵢ ⵏ ⵓⵏⵏⴰⵣ ⴰⴷ ⵜ ⵉⵖⵔ ⵉⵔⴰⵔ ⴼⵍⵍⴰⵙ.
report-status-draft = ⴰⵣⵡⵉⵔ
report-status-submitted = ⵉⵜⵜⵔⴰⵊⵓ ⴰⵙⵙⵏⵜⵎ
report-status-returned = ⵢⵓⵖⵓⵍ ⵉ ⵓⵙⵖⵖⴷ
report-status-published = ⵉⵜⵜⵓⵥⵕⴳ
report-title-number = ⴰⵏⵏⴰⵣ ⵏ ⵓⵣⵉⴳⵣ ⵓⵟⵟⵓⵏ { $number }
report-published-figure = ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵥⵕⴳⵏ ⵏ ⵜⴳⴰⵡⵜ
report-author = ⴰⵎⴰⵔⴰⵢ
report-created = ⵉⵜⵜⵓⵙⴽⵔ
report-submitted = ⵉⵜⵜⵓⴰⵣⵏ
report-published = ⵉⵜⵜⵓⵥⵕⴳ
report-returned-on = ⴰⵏⵏⴰⵣ ⴰⴷ ⵢⵓⵖⵓⵍ ⴰⵙⵙ { $date } ⵙ ⵜⵎⵏⵜⵉⵍⵜ ⴰⴷ
report-field-progress = ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ
report-field-progress-hint = ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ ⵙⴳ 0 ⴰⵔ 100.
report-field-done = ⵎⴰⵢⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ
report-field-done-hint = ⵉⵜⵜⵓⵙⵓⴼⵖ ⴷ ⵓⵏⵏⴰⵣ. ⴷⴰⵜ ⴰⴷ ⵜⴰⵣⵏⴷ, ⵙⵙⵏⵎⵍ ⵎⴰⵢⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵏⵖ ⵔⵏⵓ ⴰⵙⵍⴽⵏ.
report-field-difficulties = ⵜⵉⵎⴰⵡⴰⵏⵉⵏ ⵏⵏⴰ ⵉⵜⵜⵓⵎⵎⴰⵍⵏ
report-field-difficulties-hint = ⵉⵍⴰⵇ ⵎⴽ ⵉⴷⵔⵓⵙ ⵓⵣⵉⴳⵣ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⵅⴼ ⵡⵉⵏ ⵉⵜⵜⵓⵥⵕⴳⵏ.
report-field-assistance = ⴰⵙⵓⵜⵔ ⵏ ⵜⵡⵉⵙⵉ ⵙⴳ ⵓⵙⵇⵇⵉⵎ ⵏ ⵓⵙⵏⵀⵢ
report-field-assistance-hint = ⴰⵊⵊ ⵜ ⵢⵓⵔⴳ ⵎⴽ ⵓⵔ ⵜⵅⵚⵚ ⴽⵔⴰ ⵏ ⵜⵡⵉⵙⵉ.
report-edit-title = ⴰⵔⵓ ⴰⵏⵏⴰⵣ
report-save = ⵃⴹⵓ ⴰⵣⵡⵉⵔ
report-submit-for-validation = ⵃⴹⵓ ⴷ ⴰⵣⵏ ⵉ ⵓⵙⵙⵏⵜⵎ
report-history = ⴰⵎⵣⵔⵓⵢ ⵏ ⵓⵏⵏⴰⵣ
report-moved-draft = ⵉⵜⵜⵓⵙⴽⵔ ⴷ ⴰⵣⵡⵉⵔ
report-moved-submitted = ⵉⵜⵜⵓⴰⵣⵏ ⵉ ⵓⵙⵙⵏⵜⵎ
report-moved-returned = ⵢⵓⵖⵓⵍ ⵉ ⵓⵙⵖⵖⴷ
report-moved-published = ⵉⵜⵜⵓⵙⵙⵏⵜⵎ ⵉⵜⵜⵓⵥⵕⴳ
report-new-title = ⴰⵏⵏⴰⵣ ⴰⵎⴰⵢⵏⵓ ⵏ ⵓⵣⵉⴳⵣ
report-new-intro = ⵜⴰⴳⴰⵡⵜ: { $activity }
report-new-commitment = ⵜⴰⴳⴰⵍⵍⵉⵜ: { $id }
report-create = ⵙⴽⵔ ⴰⵣⵡⵉⵔ
report-error-progress = ⵙⵙⴽⵛⵎ ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ ⵙⴳ 0 ⴰⵔ 100.
report-error-too-long = ⴰⴹⵔⵉⵚ ⴰⴷ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ: { $max } ⵏ ⵢⵉⵜⵜⴰⵏ ⵎⴰⵙ ⵓⴳⴳⴰⵔ.
report-error-control = ⴰⴹⵔⵉⵚ ⴰⴷ ⵖⵓⵔⵙ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵍ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ.
report-error-empty = ⵙⵙⵏⵎⵍ ⵎⴰⵢⴷ ⵉⵜⵜⵓⵙⴽⴰⵔⵏ ⵏⵖ ⵔⵏⵓ ⴰⵙⵍⴽⵏ ⴷⴰⵜ ⴰⴷ ⵜⴰⵣⵏⴷ.
report-error-decrease-unexplained = ⴰⵣⵉⴳⵣ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ ⵉⴷⵔⵓⵙ ⵅⴼ ⵡⵉⵏ ⵉⵜⵜⵓⵥⵕⴳⵏ ({ $previous }%): ⵙⵙⵏⵎⵍ ⵎⴰⵅ ⴳ ⵜⵎⴰⵡⴰⵏⵉⵏ.
report-error-reason-missing = ⵎⵍ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵔⴰⵔ ⵏ ⵓⵏⵏⴰⵣ.
report-error-published = ⴰⵏⵏⴰⵣ ⴰⴷ ⵉⵜⵜⵓⵥⵕⴳ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⴱⴷⴷⵍ; ⴰⵙⵖⵖⴷ ⵉⴳⴰ ⴰⵏⵏⴰⵣ ⴰⵎⴰⵢⵏⵓ.
report-error-transition = ⵜⴰⵡⵓⵔⵉ ⴰⴷ ⵓⵔ ⵜⵣⵎⵉⵔ ⴰⴷ ⵜⵜⵓⵙⴽⴰⵔ ⵅⴼ ⵓⵏⵏⴰⵣ ⴳ ⵓⴷⴷⴰⴷ ⴰⴷ.
report-error-stale = ⴰⵏⵏⴰⵣ ⴰⴷ ⵉⴱⴷⴷⵍ ⵙⴳ ⵎⴰ ⵉⵜⵜⵓⵕⵥⵎ ⵓⵙⵉⵍⵖ. ⴰⵍⴽⵎ ⵜⴰⵙⵏⴰ ⴷⴰⵖ.
report-refused-cancelled = ⵜⴰⴳⴰⵡⵜ ⴰⴷ ⵜⵜⵓⵙⴱⵟⵍ; ⵓⵔ ⵉⵣⵎⵉⵔ ⴽⵔⴰ ⵏ ⵓⵏⵏⴰⵣ ⴰⴷ ⵉⵜⵜⵓⵙⴽⵔ ⴼⵍⵍⴰⵙ.
report-refused-plan-closed = ⴰⵖⴰⵡⴰⵙ ⴰⴷ ⵉⵜⵜⵓⵔⴳⵍ; ⵓⵔ ⵙⵓⵍ ⵉⵜⵜⴰⵎⵥ ⴽⵔⴰ ⵏ ⵓⵏⵏⴰⵣ.
report-refused-open = ⵍⵍⴰⵏ ⵓⵏⵏⴰⵣ ⵖⴼ ⵜⴳⴰⵡⵜ ⴰⴷ ⵉⵜⵜⵓⵙⵡⵓⴷⴷⴰⵏ (ⴰⵣⵔⴰⴳ, ⵏⵖ ⵉⵜⵜⵓⴼⴽⴰⵏ ⵏⵖ ⵉⵜⵜⵓⵔⴰⵔⵏ). ⵕⵥⵎ ⵜ ⵙⴳ ⵜⵙⵏⴰ ⵏⵏⵓⵏ ⵜⵙⵎⴷⵎ ⵜ; ⵢⴰⵏ ⵓⵏⵏⴰⵣ ⴳ ⴽⵓ ⵜⵉⴽⴽⵍⵜ.
report-refused-form-used = ⵜⴰⵍⵖⴰ ⴰⴷ ⵜⵜⵓⵙⵎⵔⵙ ⵉ ⵓⵏⵏⴰⵣ ⵢⴰⴹⵏ. ⵕⵥⵎ ⵜⴰⵍⵖⴰ ⵏ ⵓⵏⵏⴰⵣ ⴰⵎⴰⵢⵏⵓ ⵙ ⵜⵉⵍⵉⵙ.
evidence-title = ⵉⵙⵍⴽⵏⵏ
evidence-none = ⵓⵍⴰ ⴰⵙⵍⴽⵏ ⴰⵔ ⴷⵖⵉ.
evidence-external = ⴰⵙⵖⵏ ⴰⴱⵕⵕⴰⵏⵉ
evidence-sha256 = ⴰⵙⵎⴰⵍ SHA-256:
evidence-remove = ⴽⴽⵙ
evidence-file = ⴰⴼⴰⵢⵍⵓ
evidence-file-hint = PDF, ⵜⴰⵡⵍⴰⴼⵜ, ⴰⵙⴽⵜⵔ ⵏ ⵜⵎⴰⵙⵙⵓⵏⵜ ⵏⵖ CSV, ⴰⵔ { $limit } MB. ⵜⵉⵡⵍⴰⴼⵉⵏ ⴰⵔ ⵜⵜⵓⵙⴽⴰⵏⵜ ⴷⴰⵖ, ⴰⵢⴰ ⴰⴷ ⵉⴽⴽⵙⵏ ⵉⵙⴼⴽⴰ ⵏⵏⵙⵏⵜ (ⴰⴷⵖⴰⵔ, ⴰⵙⴰⵍⵍⵓ).
evidence-add-file = ⵔⵏⵓ ⴰⴼⴰⵢⵍⵓ
evidence-link = ⴰⵙⵖⵏ
evidence-link-hint = ⵜⴰⵏⵙⴰ ⵏⵏⴰ ⵉⵙⵙⵏⵜⴰⵏ ⵙ https:// ⵏⵖ http://
evidence-add-link = ⵔⵏⵓ ⴰⵙⵖⵏ
file-size-kb = { $size } KB
file-size-mb = { $size } MB
timeline-title = ⵉⵏⵏⴰⵣⵏ ⵉⵜⵜⵓⵥⵕⴳⵏ
timeline-none = ⵓⵔ ⵉⵜⵜⵓⵥⵕⴳ ⴽⵔⴰ ⵏ ⵓⵏⵏⴰⵣ ⵏ ⵓⵣⵉⴳⵣ ⵅⴼ ⵜⴳⴰⵡⵉⵏ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴰⴷ ⴳ ⵜⵡⵡⵓⵔⵜ ⴰⴷ.
late-title = ⵜⵉⴳⴰⵡⵉⵏ ⵢⵄⵟⵟⵍⵏ
late-intro = ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⴷ ⵏⵏⴰ ⵉⵣⵔⵉ ⵓⵣⵎⵣ ⵏⵏⵙⵏⵜ ⵓⵔ ⵍⴽⵎⵏⵜ 100%, ⴰⵙⵙ { $date }.
late-none = ⵓⵍⴰ ⵜⴰⴳⴰⵡⵜ ⵏ ⵓⵖⴰⵡⴰⵙ ⴰⴷ ⵉⵄⵟⵟⵍⵏ.
assistance-title = ⵉⵙⵓⵜⵔⵏ ⵏ ⵜⵡⵉⵙⵉ
assistance-intro = ⵉⵙⵓⵜⵔⵏ ⵏ ⵜⵡⵉⵙⵉ ⵙⴳ ⵓⵙⵇⵇⵉⵎ ⵏ ⵓⵙⵏⵀⵢ ⴳ ⵓⵏⵏⴰⵣ ⴰⵏⴳⴳⴰⵔⵓ ⵏ ⴽⵓ ⵜⴰⴳⴰⵡⵜ. ⴰⵙⵓⵜⵔ ⵉⵜⵜⵓⵔⴳⴰⵍ ⵎⴽ ⵉⵜⵜⵓⵥⵕⴳ ⵢⴰⵏ ⵓⵏⵏⴰⵣ ⵢⴰⴹⵏ ⴱⵍⴰ ⴰⵙⵓⵜⵔ.
assistance-none = ⵓⵍⴰ ⴰⵙⵓⵜⵔ ⵏ ⵜⵡⵉⵙⵉ ⵉⵕⵥⵎⵏ ⴳ ⵓⵖⴰⵡⴰⵙ ⴰⴷ.
followup-back-to-plan = ⴰⵖⵓⵍ ⵖⵔ ⵜⴰⵙⵏⴰ ⵏ ⵓⵖⴰⵡⴰⵙ
office-refused-plan-closed = ⴰⵖⴰⵡⴰⵙ ⴰⴷ ⵉⵜⵜⵓⵔⴳⵍ; ⵉⵜⵜⵓⵖⵔⴰ ⴽⴰⵏ.
office-public-page = ⵜⴰⵙⵏⴰ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵜⴳⴰⵍⵍⵉⵜ
office-no-activities = ⵜⴰⴳⴰⵍⵍⵉⵜ ⴰⴷ ⵓⵔ ⵙⵓⵍ ⵖⵓⵔⵙ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ.
office-col-actions = ⵜⵉⵡⵓⵔⵉⵡⵉⵏ
office-edit = ⵙⵏⴼⵍ
office-leaders = ⵉⵎⵙⵡⵓⵍⵏ ⵏ ⵓⵙⵏⴼⴰⵔ
office-no-leaders = ⵓⵔ ⵉⵜⵜⵓⵙⵏⵎⴰⵍ ⴽⵔⴰ ⵏ ⵓⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ.
office-leader-of-commitment = ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴰⴽⴽ
office-leader-of-activity = ⵏ ⵜⴳⴰⵡⵜ { $activity }
office-leader-remove = ⴽⴽⵙ ⵜⴰⵡⵓⵔⵉ
office-leader-email = ⵜⴰⵏⵙⴰ ⵏ ⵓⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ
office-leader-email-hint = ⴰⵎⵉⴹⴰⵏ ⵉⵜⵜⵓⵣⵎⵎⴻⵎ ⴷ ⵉⵜⵜⵓⵙⵏⵜⵎⵏ ⴳ ⵜⵡⵡⵓⵔⵜ.
office-leader-scope = ⵉⵜⵜⵓⵙⵎⴷⵏ ⵖⴼ
office-leader-scope-hint = ⵜⴰⴳⴰⵍⵍⵉⵜ ⴰⴽⴽ, ⵏⵖ ⵢⵓⵡⵜ ⵜⴳⴰⵡⵜ ⵏⵏⵙ ⴽⴰⴷ.
office-leader-scope-commitment = ⵜⴰⴳⴰⵍⵍⵉⵜ ⴰⴽⴽ (ⴽⵓ ⵜⴰⴳⴰⵡⵜ)
office-leader-scope-unknown = ⴼⵔⵏ ⵜⴰⴳⴰⵍⵍⵉⵜ ⵏⵖ ⵢⴰⵜ ⵙⴳ ⵜⵉⴳⴰⵡⵉⵏ ⵏⵏⵙ ⵓⵔ ⵉⵜⵜⵓⵙⵔⵎⵙⵏ.
office-leader-add = ⵙⵏⵎⴰⵍ
office-leader-unknown = ⵓⵍⴰ ⴰⵎⵉⴹⴰⵏ ⵙ ⵜⴰⵏⵙⴰ ⴰⴷ.
activity-new-title = ⵔⵏⵓ ⵜⴰⴳⴰⵡⵜ
activity-edit-title = ⵙⵏⴼⵍ ⵜⴰⴳⴰⵡⵜ
activity-create = ⵔⵏⵓ ⵜⴰⴳⴰⵡⵜ
activity-save = ⵃⴹⵓ
activity-field-title = ⴰⵣⵡⵍ ({ $language })
activity-field-title-hint = ⴰⵣⵡⵍ ⴳ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵎⴰⵙ ⵓⴷⵔⵓⵙ.
activity-field-output = ⴰⵢⴰⴼⵓ ⵉⵜⵜⵓⵔⴰⵊⴰⵏ ({ $language })
activity-field-start = ⴰⵙⵙⵏⵜⵉ
activity-field-end = ⴰⵣⵎⵣ ⵏ ⵜⴳⵓⵔⴰ
activity-field-date-hint = ⵙ ⵜⵍⵖⴰ 2025, 2025-06 ⵏⵖ 2025-06-30.
activity-field-responsible = ⵜⴰⵎⵙⵙⵓⵔⵜ ⵉⵜⵜⵓⵙⵡⵓⵍⵏ
activity-responsible-lead = ⵜⴰⵎⵙⵙⵓⵔⵜ ⵏⵏⴰ ⵉⵣⵡⴰⵔⵏ ⵜⴰⴳⴰⵍⵍⵉⵜ
activity-field-weight = ⴰⵥⴰⵢ
activity-field-weight-hint = ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ ⵙⴳ 1 ⴰⵔ 1000: ⵜⴰⴼⵔⴽⵜ ⵏ ⵜⴳⴰⵡⵜ ⴳ ⵓⵟⵟⵓⵏ ⵏ ⵜⴳⴰⵍⵍⵉⵜ.
activity-cancel-title = ⵙⴱⵟⵍ ⵜⴰⴳⴰⵡⵜ
activity-cancel-intro = ⵜⴰⴳⴰⵡⵜ ⵉⵜⵜⵓⵙⴱⵟⵍⵏ ⵜⴼⴼⵖ ⵓⵟⵟⵓⵏⵏ ⵓⵔ ⵙⵓⵍ ⵜⵜⴰⵎⵥ ⴰⵏⵏⴰⵣ. ⵜⴰⵎⵏⵜⵉⵍⵜ ⵜⵜⵓⵥⵕⴳ.
activity-cancel = ⵙⴱⵟⵍ ⵜⴰⴳⴰⵡⵜ
activity-cancel-reason = ⵜⴰⵎⵏⵜⵉⵍⵜ ⵜⴰⴳⴷⵓⴷⴰⵏⵜ ⵏ ⵓⵙⴱⵟⵍ
activity-cancel-reason-hint = ⵉⵜⵜⵓⵙⴽⴰⵏ ⴳ ⵜⵙⵏⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ.
activity-error-title-missing = ⵙⵙⴽⵛⵎ ⴰⵣⵡⵍ ⴳ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵎⴰⵙ ⵓⴷⵔⵓⵙ.
activity-error-too-long = ⴰⴹⵔⵉⵚ ⴰⴷ ⵉⵖⵣⵣⵉⴼ ⴱⵣⵣⴰⴼ: { $max } ⵏ ⵢⵉⵜⵜⴰⵏ ⵎⴰⵙ ⵓⴳⴳⴰⵔ.
activity-error-control = ⴰⴹⵔⵉⵚ ⴰⴷ ⵖⵓⵔⵙ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵍ ⵏ ⵓⵙⵡⵓⴷⴷⵓ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ.
activity-error-date = ⵡⴰ ⵓⵔ ⵉⴳⵉ ⴰⵣⵎⵣ: ⴰⵔⵓ 2025, 2025-06 ⵏⵖ 2025-06-30.
activity-error-end-before-start = ⴰⵣⵎⵣ ⵏ ⵜⴳⵓⵔⴰ ⵉⵣⵡⴰⵔ ⴰⵙⵙⵏⵜⵉ.
activity-error-weight = ⴰⵥⴰⵢ ⵉⴳⴰ ⵓⵟⵟⵓⵏ ⵓⵎⵎⵉⴷ ⵙⴳ 1 ⴰⵔ 1000.
activity-error-reason-missing = ⵎⵍ ⵜⴰⵎⵏⵜⵉⵍⵜ ⵏ ⵓⵙⴱⵟⵍ.
activity-error-responsible = ⵙⵜⵉ ⵜⴰⵎⵙⵙⵓⵔⵜ ⴳ ⵜⵍⴳⴰⵎⵜ.
office-my-plans = ⵉⵖⴰⵡⴰⵙⵏ ⵏⵏⴰ ⵙⵙⵎⵓⵏⵖ
# ⵉⵙⴰⵍⴽⵉⵏⵏ ⴷ ⵉⵣⴷⴰⵢⵏ ⵏ ⵉⵏⵇⵇⵉⵙⵏ ⵏ ⵓⵣⵉⴳⵣ (docs/co-implementation.md).
evidence-error-empty = ⴰⴼⴰⵢⵍⵓ ⵉⵅⵡⴰ. ⵙⵜⵉ ⴰⴼⴰⵢⵍⵓ ⴷⴰⵖ ⵜⴰⵣⵏⴷ ⵜ.
evidence-error-forbidden = ⵜⵉⵙⵏⵉⵡⵉⵏ ⵏ ⵡⵉⴱ, ⵉⴼⴰⵢⵍⵓⵜⵏ SVG ⴷ XML, ⵉⵙⴽⵔⵉⴱⵜⵏ, ⵉⴼⴰⵢⵍⵓⵜⵏ ⵏ ⵓⵙⴽⴽⵉⵔ ⴷ ⵉⵙⴰⵍⴽⵉⵏⵏ ⵙ ⵎⴰⴽⵔⵓ ⵓⵔ ⵜⵜⵓⵃⴹⴰⵏ ⴰⵔⴰ ⴳ ⵓⵏⵇⵇⵉⵙ. ⴰⵣⵏ ⴰⵙⵍⴽⵉⵏ ⵙ PDF.
evidence-error-polyglot = PDF ⴰⴷ ⵉⵙⵙⴽⵛⵎ ⵓⵍⴰ ⵢⴰⵜ ⵜⵙⵏⴰ ⵏ ⵡⵉⴱ, ⵏⵏⴰ ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰⵏ. ⵙⵙⵓⴼⵖ ⴰⵙⵍⴽⵉⵏ ⴷⴰⵖ ⵙ PDF ⵜⴰⵣⵏⴷ ⴰⴼⴰⵢⵍⵓ ⴰⵎⴰⵢⵏⵓ.
evidence-error-type = ⴰⵏⴰⵡ ⴰⴷ ⵏ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵜⵜⵓⵃⴹⴰ. ⴰⵣⵏ PDF, ⵢⴰⵜ ⵜⵡⵍⴰⴼⵜ (PNG, JPEG, WebP), ⵢⴰⵏ ⵓⵙⵍⴽⵉⵏ (ODT, ODS, ODP, DOCX, XLSX, PPTX) ⵏⵉⵖ ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ CSV ⵙ UTF-8.
evidence-error-name-mismatch = ⵉⵙⵎ ⵏ ⵓⴼⴰⵢⵍⵓ ⵓⵔ ⵉⵎⵙⴰⵙⴰ ⴷ ⵜⵓⵎⴰⵙⵜ ⵏⵏⵙ: ⴰⵙⵖⵣⴼ ⵏⵏⵙ ⵉⵏⵏⴰ ⵢⴰⵏ ⵓⵏⴰⵡ ⵢⴰⴹⵏ. ⵙⵏⴼⵍ ⵉⵙⵎ ⵏⵏⵙ ⵙ ⵓⵙⵖⵣⴼ ⵉⵚⵃⴰⵏ, ⵏⵉⵖ ⴰⵣⵏ ⴰⴼⴰⵢⵍⵓ ⵉⵚⵃⴰⵏ.
evidence-error-damaged = ⵜⴰⵡⵍⴰⴼⵜ ⴰⴷ ⵓⵔ ⵜⵜⵢⴰⵖⵔⴰ: ⵜⵅⵙⵔ ⵏⵉⵖ ⵓⵔ ⵜⵎⵎⵓⵔ. ⵕⵥⵎ ⵜⵜ, ⵙⵊⵊⵍ ⵜⵜ ⴷⴰⵖ ⵜⴰⵣⵏⴷ ⴰⴼⴰⵢⵍⵓ ⴰⵎⴰⵢⵏⵓ.
evidence-error-pixels = ⵜⴰⵡⵍⴰⴼⵜ ⴰⴷ ⵜⵎⵇⵇⵓⵔ ⴱⴰⵀⵔⴰ ⴰⴷ ⵜⵜⵓⵃⴹⴰ: ⴰⵔ 12000 ⵏ ⵉⴱⵉⴽⵙⵍⵏ ⵉ ⵢⴰⵏ ⵓⴳⵏⵙⵓ ⴷ 50 ⵏ ⵉⵎⵉⴳⴰⴱⵉⴽⵙⵍⵏ, ⵓⵔ ⵜⵜⵣⵢⴰⴷ ⵖⴼ ⵜⵉⵍⵉⵙⵜ ⵏ ⵓⵣⴰⵏ ⵎⵏ ⴱⴰⵄⴷ ⵜⵜⵓⵙⴽⴰ ⴷⴰⵖ. ⵙⵎⵥⵥⵉ ⵜⵜ ⵜⴰⵣⵏⴷ ⵜⵜ ⴷⴰⵖ.
evidence-error-too-large = ⴰⴼⴰⵢⵍⵓ ⵢⵓⴳⵔ { $limit } MB ⵏⵏⴰ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ. ⴰⵣⵏ ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⵉⵎⵥⵥⵉⵏ (PDF ⵉⵜⵜⵓⵙⵎⵥⵥⴰⵏ, ⵜⴰⵡⵍⴰⴼⵜ ⵉⵜⵜⵓⵙⵎⵥⵥⴰⵏ), ⵏⵉⵖ ⴼⴽ ⴰⵣⴷⴰⵢ ⵏⵏⵙ.
evidence-error-nothing = ⵙⵜⵉ ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⵏⵉⵖ ⴼⴽ ⵢⴰⵏ ⵓⵣⴷⴰⵢ.
evidence-error-both = ⴰⵣⵏ ⵢⴰⵏ ⵓⴼⴰⵢⵍⵓ ⵏⵉⵖ ⵢⴰⵏ ⵓⵣⴷⴰⵢ, ⵢⴰⵏ ⴳ ⴽⵓ ⵜⴰⵡⴰⵍⵜ.
evidence-error-locked = ⴰⵏⵇⵇⵉⵙ ⴰⴷ ⵉⵜⵜⵓⵣⵏ: ⵉⵙⴰⵍⴽⵉⵏⵏ ⵏⵏⵙ ⵓⵔ ⵙⵓⵍ ⵣⵎⵔⵏ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍⵏ.

# ⵜⵉⵙⵓⵔⴰ ⵏ API ⵜⵓⴷⵎⵉⵏⵉⵏ (docs/co-implementation.md, docs/api.md).
token-title = ⵜⵉⵙⵓⵔⴰ ⵏ API
token-intro = ⵜⴰⵙⴰⵔⵓⵜ ⵜⵓⴷⵎⵉⵏⵜ ⵜⴻⵜⵜⴰⵊⵊⴰ ⴰⵏⴳⵔⴰⵡ ⵏ ⵜⵏⴱⴰⴹⵜ ⵏⵏⴽ ⴰⴷ ⵢⴰⵣⵏ ⵉⵏⵇⵇⵉⵙⵏ ⵏ ⵓⵣⵉⴳⵣ ⵖⵔ ⵓⵙⵉⵜ ⴱⵍⴰ ⵜⵉⵔⵔⴰ ⵙ ⵓⴼⵓⵙ. ⵜⵅⴷⴷⵎ ⵙ ⵢⵉⵙⵎ ⵏⵏⴽ, ⵙ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⴰ ⵜⵟⵟⴰⴼⴷ ⴰⵔⵉⵖ ⵜⵜⵓⵙⵎⵔⴰⵙ, ⴳ API ⵏ ⵉⵏⵇⵇⵉⵙⵏ ⵖⴰⵙ.
token-openapi = ⴰⴳⵍⴰⵎ ⵏ API (OpenAPI)
token-list-title = ⵜⵉⵙⵓⵔⴰ ⵉⵏⵓ
token-none = ⵓⵔ ⵖⵓⵔⴽ ⴰⵡⴷ ⵢⵜ ⵜⵙⴰⵔⵓⵜ ⵏ API.
token-col-name = ⵉⵙⵎ
token-col-prefix = ⵜⴻⵜⵜⴱⴷⴰ ⵙ
token-col-created = ⵜⵜⵓⵙⴽⴰⵔ ⴳ
token-col-expires = ⴰⴷ ⵜⵎⵎⵔ ⴳ
token-col-last-used = ⴰⵙⵎⵔⵙ ⴰⵏⴳⴳⴰⵔⵓ
token-col-status = ⴰⴷⴷⴰⴷ
token-col-action = ⵜⵉⴳⴰⵡⵜ
token-never-used = ⵓⵔ ⵜⵜⵓⵙⵎⵔⴰⵙ
token-status-active = ⵜⵅⴷⴷⵎ
token-status-expired = ⵜⵎⵎⵔ
token-status-revoked = ⵜⵜⵓⴽⴽⵙ
token-revoke = ⴽⴽⵙ
token-revoked = ⵜⵜⵓⴽⴽⵙ ⵜⵙⴰⵔⵓⵜ: ⵓⵔ ⵙⴰⴷ ⵜⵅⴷⴷⵎ.
token-create-title = ⵜⴰⵙⴰⵔⵓⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
token-field-name = ⵉⵙⵎ
token-field-name-hint = ⵎⴰⵢⴷ ⴳ ⵔⴰⴷ ⵜⵅⴷⴷⵎ ⵜⵙⴰⵔⵓⵜ, ⵣⵓⵏⴷ ⵉⵙⵎ ⵏ ⵓⵏⴳⵔⴰⵡ ⵏⵏⴰ ⵜⵜ ⵉⵙⵎⵔⴰⵙⵏ: 80 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵖⴰⵙ.
token-field-expiry = ⵜⴰⵣⵡⵉⵔⵜ ⵏ ⵜⵉⵣⵎⵔⵜ
token-expiry-30 = 30 ⵏ ⵡⵓⵙⵙⴰⵏ
token-expiry-90 = 90 ⵏ ⵡⵓⵙⵙⴰⵏ
token-expiry-365 = 365 ⵏ ⵡⵓⵙⵙⴰⵏ
token-create = ⵙⴽⵔ ⵜⴰⵙⴰⵔⵓⵜ
token-created-title = ⵜⴰⵙⴰⵔⵓⵜ ⵏⵏⴽ ⵜⴰⵎⴰⵢⵏⵓⵜ
token-created-text = ⵏⵖⵍ ⵜⵜ ⴷⵖⵉ ⵖⵔ ⵓⵙⴰⴳⵎ ⵏ ⵉⵏⴼⴼⵓⵔⵏ ⵏ ⵓⵏⴳⵔⴰⵡ ⵏⵏⴽ: ⵓⵔ ⴷ ⵜⵜⴱⴰⵢⴰⵏ ⵖⴰⵙ ⵜⵉⴽⴽⵍⵜ ⴰⴷ, ⵓⵔ ⵉⵃⴹⵓ ⵓⵙⵉⵜ ⴰⵡⴷ ⵢⴰⵏ ⵓⵏⵖⵍ ⵏⵏⵙ. ⴰⵏⴳⵔⴰⵡ ⵉⵜⵜⴰⵣⵏ ⵜⵜ ⴳ ⵓⵣⵡⵍ Authorization ⵏ ⴽⵓ ⴰⵙⵓⵜⵔ, ⴹⴰⵕ ⵏ ⵜⴳⵓⵔⵉ Bearer.
token-error-name = ⴼⴽ ⵉ ⵜⵙⴰⵔⵓⵜ ⵢⴰⵏ ⵢⵉⵙⵎ ⵙⴳ 1 ⴰⵔ 80 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
token-error-expiry = ⵙⵜⵉ ⵢⴰⵜ ⵙⴳ ⵜⵣⵡⵉⵔⵉⵏ ⵏⵏⴰ ⵉⵜⵜⵓⵙⵓⵎⵔⵏ.
token-error-too-many = ⵖⵓⵔⴽ ⴷⵉⴳⴰⵏ { $max } ⵏ ⵜⵙⵓⵔⴰ ⵏⵏⴰ ⵉⵅⴷⴷⵎⵏ. ⴽⴽⵙ ⵢⴰⵜ ⵏⵏⴰ ⵓⵔ ⵙⴰⴷ ⵜⵙⵎⵔⴰⵙⴷ ⴷⴰⵜ ⴰⴷ ⵜⵙⴽⵔⴷ ⵢⴰⵜ ⵢⴰⴹⵏ.
token-api-missing = ⴰⵔⴰⵔ ⴰⴷ ⵉⵇⵇⴰⵏ.
token-api-text-type = ⴰⵜⵉⴳ ⴰⴷ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴳ ⴰⴹⵔⵉⵙ.
token-api-links-type = ⵉⵣⴷⴰⵢⵏ ⴳⴰⵏ ⵜⴰⵍⴳⴰⵎⵜ ⵏ ⵉⴹⵔⵉⵙⵏ.
token-api-links-too-many = { $max } ⵏ ⵉⵣⴷⴰⵢⵏ ⵖⴰⵙ ⴳ ⵜⵉⴽⴽⵍⵜ.
token-api-revision-invalid = ⵓⵟⵟⵓⵏ ⵏ ⵓⵙⵏⴼⵍ ⴷ ⴰⵎⴹⴰⵏ ⴰⵎⵙⵍⵉⵍ ⵙⴳ 1 ⴷ ⵓⵙⵡⵉⵔ.
token-api-activity-unknown = ⵓⵍⴰ ⵢⴰⵏ ⵓⵎⴰⵀⵉⵍ ⵓⵔ ⵉⵟⵟⵉⴼ ⵜⴰⵙⴰⵔⵓⵜ ⴰⴷ.
token-api-key-invalid = ⵜⴰⵙⴰⵔⵓⵜ ⵏ ⵓⵙⵏⵜⵉ ⵜⴳⴰ 8 ⴰⵔ 64 ⵏ ⵉⵙⴽⴽⵉⵍⵏ, ⵉⵎⴹⴰⵏⵏ, ⵉⵣⵔⵉⵔⵉⴳⵏ ⵏⵖ ⵉⴷⵔⵉⵔⵉⴳⵏ.
token-api-key-used = ⵜⴰⵙⴰⵔⵓⵜ ⴰⴷ ⵏ ⵓⵙⵏⵜⵉ ⵜⵜⵓⵙⵎⵔⴰⵙ ⵢⴰⴷ ⵉ ⵢⴰⵏ ⵓⵏⵇⵇⵉⵙ ⵢⴰⴹⵏ.
token-api-open-report = ⵢⴰⵏ ⵓⵏⵇⵇⵉⵙ ⵅⴼ ⵓⵎⴰⵀⵉⵍ ⴰⴷ ⴰⵔ ⵉⵜⵜⵓⵢⴰⵔⴰ (ⴰⵏⵇⵇⵉⵙ ⵡⵜⵜ. { $report }): ⵙⵎⴷ ⵜ ⵜⴰⵣⵏⴷ ⵜ ⴳ ⵓⵎⴽⴰⵏ ⵏ ⵓⵙⵏⵜⵉ ⵏ ⵢⴰⵏ ⵢⴰⴹⵏ.
token-api-second-factor = ⵉⵇⵇⴰⵏ ⴼ ⵓⵎⵓⵍⴰ ⵏ ⵜⵙⴰⵔⵓⵜ ⴰⴷ ⵢⵙⵙⵔⵎⴷ ⴰⵙⵏⵜⵎ ⵙ ⵙⵉⵏ ⵉⵙⵓⵔⵉⴼⵏ ⴷⴰⵜ ⴰⴷ ⵜⵜⵓⵙⵎⵔⴰⵙⵏⵜ ⵜⵉⵡⵓⵔⵉⵡⵉⵏ ⵏⵏⵙ.
api-unauthorized-title = ⵉⵇⵇⴰⵏ ⵓⵙⵙⵏⵜⵎ
api-unauthorized-detail = ⴰⵣⵏ ⵢⴰⵜ ⵜⵙⴰⵔⵓⵜ ⵜⵓⴷⵎⵉⵏⵜ ⵏ API ⵉⵖⵓⴷⴰⵏ ⴳ ⵓⵣⵡⵍ Authorization, ⴹⴰⵕ ⵏ ⵜⴳⵓⵔⵉ Bearer. ⵜⴰⵙⴰⵔⵓⵜ ⵓⵔ ⵉⵜⵜⵓⵙⵙⵏⵏ, ⵏⵏⴰ ⵉⵎⵎⵓⵜⵏ ⵏⵖ ⵏⵏⴰ ⵉⵜⵜⵓⴽⴽⵙⵏ ⵓⵔ ⵜⵜⵓⵇⴱⴰⵍ, ⵓⵍⴰ ⵜⴰⵏⵏⴰ ⵏ ⵓⵎⵓⵍⴰ ⵏⵏⴰ ⵉⵜⵜⵓⵃⴹⵔⵏ, ⵏⵏⴰ ⵓⵔ ⵉⵙⵙⵏⵜⵎ ⵜⴰⵏⵙⴰ ⵏⵏⵙ ⵏⵖ ⵏⵏⴰ ⵓⵔ ⵙⴰⴷ ⵉⵟⵟⴰⴼⵏ ⵜⴰⵡⵓⵔⵉ ⵏⵏⴰ ⵢⴰⵊⵊⴰⵏ ⵜⵉⵙⵓⵔⴰ.
api-forbidden-title = ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍ
api-forbidden-detail = ⵓⵔ ⵉⵜⵜⵓⵙⵓⵔⴼ ⵉ ⵓⵎⵓⵍⴰ ⵏ ⵜⵙⴰⵔⵓⵜ ⴰⴷ ⵉⴳ ⵎⴰⵢⴰⴷ.
api-conflict-title = ⵉⵜⵜⵓⴳⴷⵍ ⴳ ⵓⴷⴷⴰⴷ ⴰⴷ
api-conflict-detail = ⴰⵙⵓⵜⵔ ⵓⵔ ⵉⵣⵎⵉⵔ ⴰⴷ ⵉⵜⵜⵓⵙⴽⴰⵔ ⴳ ⵓⴷⴷⴰⴷ ⵏⵏⴰ ⴳ ⵉⵍⵍⴰ ⵎⴰⴷ ⵅⴼ ⵉⵜⵜⵎⵙⴰⵙⴰ.
api-invalid-title = ⵜⵉⵎⵥⵍⵉⵡⵉⵏ ⵓⵔ ⵉⵖⵓⴷⴰⵏ
api-invalid-detail = ⴽⵔⴰ ⵏ ⵜⵎⵥⵍⵉⵡⵉⵏ ⵏ ⵓⵙⵓⵜⵔ ⵓⵔ ⵖⵓⴷⴰⵏⵜ: ⴽⵓ ⵢⴰⵜ ⵜⵍⵍⴰ ⴷⴷⴰⵡ errors, ⵖⵔ ⵜⵙⴳⴰ ⵏ ⵓⵔⴰⵔ ⵏⵏⵙ.
api-bad-body-title = ⴰⴳⵏⵙⵓ ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰⵏ
api-bad-body-detail = ⴰⴳⵏⵙⵓ ⵏ ⵓⵙⵓⵜⵔ ⵓⵔ ⵉⴳⵉ ⴰⵎⴰⵙⵍⴰⵢ JSON. ⴰⵣⵏ ⵢⴰⵏ, ⵙ application/json.
api-unsupported-type-title = ⴰⵏⴰⵡ ⵏ ⵜⵓⵎⴰⵙⵜ ⵓⵔ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ
api-unsupported-type-detail = ⴰⴳⵏⵙⵓ ⵏ ⵓⵙⵓⵜⵔ ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴳ JSON, ⵉⵜⵜⵓⵣⵏ ⵙ application/json.
api-too-large-title = ⴰⵙⵓⵜⵔ ⵉⵎⵇⵇⵓⵔⵏ ⴱⴰⵀⵔⴰ
api-too-large-detail = ⴰⴳⵏⵙⵓ ⵏ ⵓⵙⵓⵜⵔ ⵉⵣⵔⵉ 64 KiB ⵏⵏⴰ ⵉⵜⵜⵓⵇⴱⴰⵍⵏ.
# Refusals of evidence links (the back office's evidence form and the reporting API).
evidence-error-link-empty = ⴼⴽ ⵢⴰⵏ ⵓⵣⴷⴰⵢ.
evidence-error-link-too-long = ⴰⵣⴷⴰⵢ ⵉⵖⵣⵣⵉⴼ ⵓⴳⴰⵔ ⵏ 2000 ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
evidence-error-link-whitespace = ⴰⵣⴷⴰⵢ ⵉⵍⵍⴰ ⴳⵉⵙ ⵢⴰⵏ ⵓⵙⵉⵜⵎ ⵏⵉⵖ ⵢⴰⵏ ⵓⵙⴽⴽⵉⵍ ⵓⵔ ⵉⵜⵜⵢⴰⵏⵏⴰⵢⵏ. ⵏⵖⵍ ⵜ ⴷⴰⵖ ⵙⴳ ⵜⵣⵍⵉⵜ ⵏ ⵜⵏⵙⵉⵡⵉⵏ.
evidence-error-link-invalid = ⵡⴰⴷ ⵓⵔ ⵉⴳⵉ ⵜⴰⵏⵙⴰ ⵏ ⵡⵉⴱ. ⴰⵔ ⵉⵜⵜⴱⴷⴰ ⵙ https:// (ⵏⵉⵖ http://).
evidence-error-link-scheme = ⵉⵣⴷⴰⵢⵏ ⵏ ⵡⵉⴱ (https:// ⵏⵉⵖ http://) ⵖⴰⵙ ⴰⴷ ⵉⵜⵜⵓⵃⴹⴰⵏ.
evidence-error-link-userinfo = ⴰⵣⴷⴰⵢ ⵉⵍⵍⴰ ⴳⵉⵙ ⵢⴰⵏ ⵢⵉⵙⵎ ⵏ ⵓⵙⵎⵔⴰⵙ ⵏⵉⵖ ⵢⴰⵏ ⵡⴰⵡⴰⵍ ⵏ ⵓⵣⵔⴰⵢ. ⴽⴽⵙ ⵜⵏ: ⵔⴰⴷ ⵜⵏ ⵥⵕⵏ ⴽⵓⵍⵍⵓ.
evidence-error-link-host = ⴰⵣⴷⴰⵢ ⵓⵔ ⵉⴱⴷⴷⵔ ⵓⵍⴰ ⵢⴰⵏ ⵓⵙⵉⵜ.
