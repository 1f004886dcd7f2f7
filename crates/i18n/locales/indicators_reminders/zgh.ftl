## ⴰⵙⵎⵎⴽⵜⵉ ⵉ ⵉⵎⵙⵡⵓⵍⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ (docs/operations.md)
reminder-subject = ⴰⵙⵎⵎⴽⵜⵉ: ⴽⵔⴰ ⵏ ⵜⵉⴳⴳⵓⵔⵉⵡⵉⵏ ⵜⵜⵔⴰⵊⵓⵏⵜ ⴰⵏⵏⴰⵍ ⵏⵏⴽ
reminder-intro = ⴽⵢⵢ ⴷ ⴰⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ ⵏ ⵜⵉⴳⴳⵓⵔⵉⵡⵉⵏ ⴰⴷ ⴳ ⵜⵡⵍⴰⴼⵜ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ. ⵜⵜⵔⴰⵊⵓⵏⵜ ⴰⵏⵏⴰⵍ ⵏ ⵓⵙⵓⵎⵓⵔ:
# $commitment: the commitment's OGP id; $title: the activity's title; $end: its end date in words; $progress: "40%".
reminder-item-late = { $commitment } · { $title }: ⵉⵣⵔⵢ ⵡⴰⵙⵙ ⵏ ⵜⴳⵔⴰ ({ $end }), ⴰⵙⵓⵎⵓⵔ { $progress }
reminder-item-late-unreported = { $commitment } · { $title }: ⵉⵣⵔⵢ ⵡⴰⵙⵙ ⵏ ⵜⴳⵔⴰ ({ $end }), ⵓⵔ ⵉⵜⵜⵓⵎⵍ ⵓⵙⵓⵎⵓⵔ
reminder-item-silent = { $commitment } · { $title }: ⵓⵔ ⵉⵍⵍⵉ ⵓⵏⵏⴰⵍ ⵙⴳ { $days } ⵏ ⵡⵓⵙⵙⴰⵏ ⵏⵖ ⵓⴳⴳⴰⵔ
reminder-item-never = { $commitment } · { $title }: ⵓⵔ ⵉⵜⵜⵓⵥⵕⴳ ⴽⵔⴰ ⵏ ⵓⵏⵏⴰⵍ ⴰⵔ ⴷⵖⵉ
reminder-action = ⵕⵥⵎ ⵜⴰⵙⵏⴰ ⵏ ⵓⴹⴼⴼⵓⵔ
reminder-footer = ⵜⴰⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ ⴳ ⵍⵎⵖⵔⵉⴱ. ⵏⵓⵣⵏ ⴰⴽ ⴷ ⴰⵙⵎⵎⴽⵜⵉ ⴰⴷ ⴰⵛⴽⵓ ⵜⵍⵍⵉⴷ ⴷ ⴰⵎⵙⵡⵓⵍ ⵏ ⵓⵙⵏⴼⴰⵔ ⴳ ⵜⵡⵍⴰⴼⵜ; ⵓⵔ ⴰⴽ ⵏⵜⵜⴰⵣⵏ ⵓⴳⴳⴰⵔ ⵏ ⵢⴰⵏ ⴳ ⴽⵓ ⵜⴰⵣⵣⵉⵜ ⵉ ⴽⵓ ⵜⵉⴳⴳⵓⵔⵉ.
reminder-cli-done = ⵉⵙⵎⵎⴽⵜⵉⵢⵏ ⵉⵜⵜⵓⵙⵙⵓⴷⵙⵏ ⵉ ⵓⵣⴰⵏ: { $mails } (ⵉⵎⵙⵡⵓⵍⵏ ⵏ ⵉⵙⵏⴼⴰⵔⵏ: { $leaders }).

## ⵉⵎⴰⵜⴰⵔⵏ (docs/co-implementation.md)
indicator-section-title = ⵉⵎⴰⵜⴰⵔⵏ
indicator-national-title = ⵉⵎⴰⵜⴰⵔⵏ ⵉⵏⴰⵎⵓⵔⵏ ⵏ ⵜⵏⴱⴰⴹⵜ ⵉⵕⵥⵎⵏ
indicator-national-intro = ⴽⵓ ⴰⵎⴰⵜⴰⵔ ⵉⵙⵙⴽⴰⵏ ⵜⵉⵏⴰⵣⵉⵍⵉⵏ ⵏⵏⵙ ⴳ ⵓⵣⵎⵣ ⴷ ⵉⵙⴰⴳⵎⴰ ⵏⵏⵙⵏⵜ, ⵜⴰⵏⴰⵣⵉⵍⵜ ⵏ ⵓⵙⵉⵡⵍ ⴷ ⵉⵙⵜⵉⵍ. ⴰⵙⵏⴼⵍⵓⵍ ⴷⴷⴰⵡ ⴽⵓ ⴰⵙⵎⴰⵍ ⵉⴼⴽⴰ ⵉⵎⴹⴰⵏ ⵏⵏⵉⴹⵏ.
indicator-national-list = ⵉⵎⴰⵜⴰⵔⵏ
indicator-national-none = ⵓⵔ ⵉⵜⵜⵓⵥⵕⴰⵢ ⴽⵔⴰ ⵏ ⵓⵎⴰⵜⴰⵔ ⴰⵏⴰⵎⵓⵔ ⴰⵔ ⴷⵖⵉ.
indicator-unit = ⵜⴰⵢⵓⵏⵜ:
# $value: "10 (2020)", a value and its year.
indicator-baseline-is = ⵜⴰⵏⴰⵣⵉⵍⵜ ⵏ ⵓⵙⵉⵡⵍ: { $value }
indicator-target-is = ⵉⵙⵜⵉⵍ: { $value }
indicator-no-values = ⵓⵔ ⵜⵜⵓⵣⵎⵎⴻⵎ ⴽⵔⴰ ⵏ ⵜⵏⴰⵣⵉⵍⵜ ⴰⵔ ⴷⵖⵉ.
indicator-table-caption = ⵜⵉⵏⴰⵣⵉⵍⵉⵏ, ⵜⵉⵣⵉ ⴷ ⵉⵙⴰⴳⵎⴰ
indicator-col-period = ⵜⴰⵣⵉ
indicator-col-value = ⵜⴰⵏⴰⵣⵉⵍⵜ
indicator-col-source = ⴰⵙⴰⴳⵎ
# $count: values shown; $first, $last: their periods; $latest: the latest value with its unit.
indicator-chart-desc = ⴰⵙⵎⴰⵍ ⵏ ⵓⵣⵔⵉⵔⴳ ⵏ { $count } ⵜⵏⴰⵣⵉⵍⵉⵏ, ⵙⴳ { $first } ⴰⵔ { $last }; ⵜⴰⵏⴰⵣⵉⵍⵜ ⵜⴰⵏⴳⴳⴰⵔⵓⵜ: { $latest }.
indicator-office-link = ⵉⵎⴰⵜⴰⵔⵏ
indicator-office-national = ⵉⵎⴰⵜⴰⵔⵏ ⵉⵏⴰⵎⵓⵔⵏ
indicator-office-none = ⵓⵍⴰ ⴰⵎⴰⵜⴰⵔ ⴰⵔ ⴷⵖⵉ.
indicator-office-new = ⵔⵏⵓ ⴰⵎⴰⵜⴰⵔ
indicator-office-edit = ⵙⵏⴼⵍ
indicator-new-title = ⴰⵎⴰⵜⴰⵔ ⴰⵎⴰⵢⵏⵓ
# $commitment: the commitment's OGP id.
indicator-new-commitment-title = ⴰⵎⴰⵜⴰⵔ ⴰⵎⴰⵢⵏⵓ ⵉ { $commitment }
# $name: the indicator's name.
indicator-edit-title = ⴰⵎⴰⵜⴰⵔ: { $name }
indicator-field-name = ⵉⵙⵎ
indicator-field-name-hint = ⵙ ⵜⵓⵜⵍⴰⵢⵜ ⵏ ⵜⴰⵙⵏⴰ ⴰⴷ; ⵜⵓⵜⵍⴰⵢⵉⵏ ⵢⴰⴹⵏⵉⵏ ⴰⴷ ⵃⴹⵓⵏⵜ ⵜⵉⴳⵓⵔⵉ ⵏⵏⵙⵏⵜ.
indicator-field-unit = ⵜⴰⵢⵓⵏⵜ (ⵙ ⵓⵎⴷⵢⴰ %, ⵜⵓⵜⵔⴰ, ⵉⵙⴽⴽⵉⵏⵏ)
indicator-field-description = ⴰⴳⵍⴰⵎ
indicator-field-baseline-value = ⵜⴰⵏⴰⵣⵉⵍⵜ ⵏ ⵓⵙⵉⵡⵍ
indicator-field-baseline-year = ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵓⵙⵉⵡⵍ
indicator-field-target-value = ⵜⴰⵏⴰⵣⵉⵍⵜ ⵏ ⵉⵙⵜⵉⵍ
indicator-field-target-year = ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵉⵙⵜⵉⵍ
indicator-field-period = ⵜⴰⵣⵉ (ⴰⵙⴳⴳⵯⴰⵙ YYYY ⵏⵖ ⴰⵢⵢⵓⵔ YYYY-MM)
indicator-field-value = ⵜⴰⵏⴰⵣⵉⵍⵜ
indicator-field-source = ⴰⵙⴰⴳⵎ (ⴰⵙⵖⵏ ⵉⴱⴷⴷⵓⵏ ⵙ https:// ⵏⵖ http://)
indicator-field-note = ⵜⴰⵣⵎⵎⴰⵔⵜ
indicator-create = ⵙⵏⵓⵍⴼⵓ ⴰⵎⴰⵜⴰⵔ
indicator-save = ⵙⴷⵍ ⴰⵎⴰⵜⴰⵔ
indicator-values-title = ⵜⵉⵏⴰⵣⵉⵍⵉⵏ
indicator-add-value = ⵔⵏⵓ ⵜⴰⵏⴰⵣⵉⵍⵜ
# $period: the value's period; $value: the value.
indicator-delete-value = ⴽⴽⵙ ⵜⴰⵏⴰⵣⵉⵍⵜ ⵏ { $period } ({ $value })
indicator-error-name = ⴰⵔⵓ ⵉⵙⵎ ⵏ ⵓⵎⴰⵜⴰⵔ.
# $max: the longest length allowed, in characters.
indicator-error-too-long = ⴰⴹⵕⵉⵚ ⴰⴷ ⵉⵖⵣⵣⵉⴼ ⴰⵟⵟⴰⵙ: { $max } ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵙ ⵉⴳⴳⵓⴷⵉ.
indicator-error-no-number = ⴰⵔⵓ ⵢⴰⵏ ⵓⵎⴹⴰⵏ.
indicator-error-not-a-number = ⵡⴰ ⵓⵔ ⵉⴳⵉ ⴰⵎⴹⴰⵏ: ⴰⵔⵓ ⵉⵙⵡⵉⵏ, ⵙ ⵜⵉⵇⵉⵜ ⵏⵖ ⵜⴰⴼⴰⵡⵍⴰ ⵉ ⵜⵉⵎⵔⵔⴰⵡⵉⵏ.
indicator-error-too-large = ⴰⵎⴹⴰⵏ ⴰⴷ ⵉⵖⵣⵣⵉⴼ ⵏⵖ ⵉⵅⴰⵜⴰⵔ ⴰⵟⵟⴰⵙ.
indicator-error-year = ⴰⵔⵓ ⴰⵙⴳⴳⵯⴰⵙ ⴳⵔ 1900 ⴷ 2100, ⵙ ⴽⴽⵓⵥ ⵉⵙⵡⵉⵏ.
indicator-error-pair = ⴰⵔⵓ ⵜⴰⵏⴰⵣⵉⵍⵜ ⴷ ⵓⵙⴳⴳⵯⴰⵙ ⵏⵏⵙ, ⵏⵖ ⵓⵍⴰ ⵢⴰⵏ.
indicator-error-target-before = ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵉⵙⵜⵉⵍ ⵓⵔ ⵉⵣⵎⵔ ⴰⴷ ⵉⵣⵡⵓⵔ ⴰⵙⴳⴳⵯⴰⵙ ⵏ ⵓⵙⵉⵡⵍ.
indicator-error-period = ⴰⵔⵓ ⴰⵙⴳⴳⵯⴰⵙ (YYYY) ⵏⵖ ⴰⵢⵢⵓⵔ (YYYY-MM) ⴳⵔ 1900 ⴷ 2100.
indicator-error-duplicate = ⴰⵎⴰⵜⴰⵔ ⴰⴷ ⵖⵓⵔⵙ ⵢⴰⴷ ⵜⴰⵏⴰⵣⵉⵍⵜ ⵉ ⵜⵣⵉ ⴰⴷ.
indicator-error-source = ⴰⵔⵓ ⴰⵙⴰⴳⵎ ⵙ ⵜⴰⵍⵖⴰ ⵏ ⵓⵙⵖⵏ ⵉⴱⴷⴷⵓⵏ ⵙ https:// ⵏⵖ http://.
