## Reminders to project leaders (scheduled job, docs/operations.md)
reminder-subject = Reminder: activities are waiting for your report
reminder-intro = You are the project leader of the activities below on the Open Government portal. They are waiting for a progress report:
# $commitment: the commitment's OGP id; $title: the activity's title; $end: its end date in words; $progress: "40%".
reminder-item-late = { $commitment } · { $title }: end date passed ({ $end }), progress { $progress }
reminder-item-late-unreported = { $commitment } · { $title }: end date passed ({ $end }), progress never reported
reminder-item-silent = { $commitment } · { $title }: no report for { $days } days or more
reminder-item-never = { $commitment } · { $title }: no report published yet
reminder-action = Open the back office
reminder-footer = Open Government Morocco. You receive this reminder because you were given a project leader role on the portal; you receive at most one per period for each activity.
reminder-cli-done = Reminders queued: { $mails } (project leaders concerned: { $leaders }).

## Indicators (docs/co-implementation.md, "Indicators")
indicator-section-title = Indicators
indicator-national-title = National open government indicators
indicator-national-intro = Each indicator shows its values over time with their sources, its baseline and its target. The table under each chart gives the same figures.
indicator-national-list = Indicators
indicator-national-none = No national indicator has been published yet.
indicator-unit = Unit:
# $value: "10 (2020)", a value and its year.
indicator-baseline-is = Baseline: { $value }
indicator-target-is = Target: { $value }
indicator-no-values = No value has been recorded yet.
indicator-table-caption = Values, periods and sources
indicator-col-period = Period
indicator-col-value = Value
indicator-col-source = Source
# $count: values shown; $first, $last: their periods; $latest: the latest value with its unit.
indicator-chart-desc = Line chart of { $cat ->
    [one] one value
   *[other] { $count } values
 }, from { $first } to { $last }; latest value: { $latest }.
indicator-office-link = Indicators
indicator-office-national = National indicators
indicator-office-none = No indicator yet.
indicator-office-new = Add an indicator
indicator-office-edit = Edit
indicator-new-title = New indicator
# $commitment: the commitment's OGP id.
indicator-new-commitment-title = New indicator for { $commitment }
# $name: the indicator's name.
indicator-edit-title = Indicator: { $name }
indicator-field-name = Name
indicator-field-name-hint = In the language of this page; the other languages keep their wording.
indicator-field-unit = Unit (for example %, requests, documents)
indicator-field-description = Description
indicator-field-baseline-value = Baseline value
indicator-field-baseline-year = Baseline year
indicator-field-target-value = Target value
indicator-field-target-year = Target year
indicator-field-period = Period (a year YYYY or a month YYYY-MM)
indicator-field-value = Value
indicator-field-source = Source (link starting with https:// or http://)
indicator-field-note = Note
indicator-create = Create the indicator
indicator-save = Save the indicator
indicator-values-title = Values
indicator-add-value = Add the value
# $period: the value's period; $value: the value.
indicator-delete-value = Delete the value of { $period } ({ $value })
indicator-error-name = Give the indicator's name.
# $max: the longest length allowed, in characters.
indicator-error-too-long = This text is too long: at most { $max } characters.
indicator-error-no-number = Give a number.
indicator-error-not-a-number = This is not a number: write digits, with a point or a comma for decimals.
indicator-error-too-large = This number is too long or too large.
indicator-error-year = Give a year between 1900 and 2100, in four digits.
indicator-error-pair = Give both the value and its year, or neither.
indicator-error-target-before = The target year cannot come before the baseline year.
indicator-error-period = Give a year (YYYY) or a month (YYYY-MM) between 1900 and 2100.
indicator-error-duplicate = This indicator already has a value for this period.
indicator-error-source = Give the source as a link starting with https:// or http://.
