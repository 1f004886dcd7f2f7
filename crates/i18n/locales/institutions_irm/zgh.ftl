# This translation was drafted by machine and has not been reviewed: not reviewed by a native speaker.
# ⵜⵉⵎⵙⵙⵓⴳⴰⵍ ⴷ ⵓⵙⴽⵛⵎ ⵏ ⵜⵏⴰⴹⵉⵏ ⵏ IRM.
institution-edit-list-title = ⵜⵉⵎⵙⵙⵓⴳⴰⵍ
institution-edit-office-link = ⵜⵉⵎⵙⵙⵓⴳⴰⵍ: ⴰⵙⵏⴼⵍⵓⵍ, ⴰⵙⵏⴼⵍ, ⴰⵙⵎⵓⵏ
institution-edit-new-title = ⵜⴰⵎⵙⵙⵓⴳⴰⵍⵜ ⵜⴰⵎⴰⵢⵏⵓⵜ
institution-edit-create = ⵙⵏⴼⵍⵓⵍ ⵜⴰⵎⵙⵙⵓⴳⴰⵍⵜ
institution-edit-save = ⵙⴽⵍⵙ ⵜⴰⵎⵙⵙⵓⴳⴰⵍⵜ
institution-edit-title = ⵙⵏⴼⵍ { $name }
institution-edit-key = ⵜⴰⵙⴰⵔⵓⵜ (ⵜⴰⵏⵙⴰ ⵏ ⵡⵉⴱ)
institution-edit-key-hint = ⵉⵙⴽⴽⵉⵍⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ, ⵉⵎⴹⴰⵏ ⴷ ⵉⵊⵕⵕⵉⵡⵏ, ⴰⵎ ministry-of-economy. ⵉⴳ ⵜⵍⵍⴰ ⵜⵅⵡⴰ, ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍⵓⵍ ⵙⴳ ⵢⵉⵙⵎ ⵙ ⵜⴼⵔⴰⵏⵙⵉⵙⵜ ⵏⵖ ⵙ ⵜⵏⴳⵍⵉⵣⵜ.
institution-edit-kind = ⴰⵏⴰⵡ
institution-edit-kind-choose = ⴼⵔⵏ ⴰⵏⴰⵡ
institution-edit-name = ⵉⵙⵎ ⴰⵏⴰⵎⴰⵍ (ⵜⵓⵜⵍⴰⵢⵜ: { $language })
institution-edit-name-hint = ⴰⵎⵎ ⵉⵜⵜ ⵜⴰⵔⴰ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ. ⴰⴵⵊ ⵜ ⵉⵅⵡⴰ ⵉⴳ ⵓⵔ ⵜ ⵜⵙⵙⵏⴷ.
institution-edit-search = ⵔⵣⵓ ⵙ ⵢⵉⵙⵎ ⵏⵖ ⵙ ⵜⵙⴰⵔⵓⵜ
institution-edit-col-name = ⵉⵙⵎ
institution-edit-col-commitments = ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⴰ ⵜⵙⵍⵖⴰ
institution-edit-col-activities = ⵜⵉⴳⴰⵡⵉⵏ
institution-edit-col-actions = ⵜⵉⴳⴰⵡⵉⵏ ⵏ ⵓⵙⵏⴼⵍ
institution-edit-action = ⵙⵏⴼⵍ
institution-edit-error-name-missing = ⴰⵔⴰ ⵉⵙⵎ ⵏ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ ⵙ ⵢⴰⵜ ⵜⵓⵜⵍⴰⵢⵜ ⵎⴰⵏⵉⵎⵉ.
institution-edit-error-too-long = ⵉⵙⵎ ⵓⵔ ⵉⵣⵔⵉ { $max } ⵏ ⵉⵙⴽⴽⵉⵍⵏ.
institution-edit-error-markup = ⵓⵔ ⵉⵥⴹⴰⵕ ⵉⵙⵎ ⴰⴷ ⵢⴰⵎⵥ ⵜⵉⵛⵔⴹⵉⵏ HTML (< ⵏⵖ >).
institution-edit-error-kind = ⴼⵔⵏ ⴰⵏⴰⵡ ⴳ ⵜⵍⴳⴰⵎⵜ.
institution-edit-error-key = ⵜⴰⵙⴰⵔⵓⵜ ⵜⴳⴰ ⵉⵙⴽⴽⵉⵍⵏ ⵉⵎⵥⵥⵢⴰⵏⵏ, ⵉⵎⴹⴰⵏ ⴷ ⵉⵊⵕⵕⵉⵡⵏ (64 ⵏ ⵉⵙⴽⴽⵉⵍⵏ ⵎⴰⵛⵃⴰⵍ).
institution-edit-error-key-missing = ⵓⵔ ⵜⵥⴹⴰⵕ ⵜⵙⴰⵔⵓⵜ ⴰⴷ ⵜⵜⵓⵙⵏⴼⵍⵓⵍ ⵙⴳ ⵢⵉⵙⵎ ⵙ ⵜⵄⵔⴰⴱⵜ ⵏⵖ ⵙ ⵜⵉⴼⵉⵏⴰⵖ: ⴰⵔⵓ ⵢⴰⵜ.
institution-edit-error-key-taken = ⵜⴰⵙⴰⵔⵓⵜ { $key } ⵜⴻⵜⵜⵓⵙⵎⵔⴰⵙ ⵙⴳ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ ⵢⴰⴹⵏ.
institution-edit-error-name-taken = ⵍⵍⴰⵏⵜ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ ⵢⴰⴹⵏ ⵙ ⵢⵉⵙⵎ ⴰⴷ ({ $key }). ⵉⴳ ⴳⴰⵏⵜ ⵢⴰⵜ, ⵙⵎⵓⵏ ⵜⵉⵏ.
institution-merge-action = ⵙⵎⵓⵏ
institution-merge-title = ⵙⵎⵓⵏ { $name } ⴷ ⵢⴰⵏ ⵓⵣⵎⵎⴻⵎ ⵢⴰⴹⵏ
institution-merge-choose = ⴼⵔⵏ ⴰⵣⵎⵎⴻⵎ ⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ
institution-merge-submit = ⵙⵎⵓⵏ ⵉⵣⵎⵎⴻⵎⵏ ⵙⵉⵏ
institution-merge-into = ⴰⵣⵎⵎⴻⵎ ⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ
institution-merge-into-hint = ⴰⵣⵎⵎⴻⵎ ⵏ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ ⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ.
institution-merge-intro = { $name } ({ $key }) ⵜⵙⵍⵖⴰ { $commitments } ⴷ { $activities }. ⴽⵓ ⵢⴰⵏ ⴰⴷ ⵢⴰⵡⴹ ⴰⵣⵎⵎⴻⵎ ⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ.
institution-merge-warning = ⴰⵣⵎⵎⴻⵎ ⴰⴷ ⴰⴷ ⵉⵜⵜⵓⴽⴽⵙ, ⵜⴰⵏⵙⴰ ⵏⵏⵙ ⴰⴷ ⵜⵙⵙⵉⵡⴹ ⵙ ⵓⵣⵎⵎⴻⵎ ⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ. ⵓⵔ ⵉⵜⵜⵓⵔⴰⵔ.
institution-merge-error-target = ⴼⵔⵏ ⴳ ⵜⵍⴳⴰⵎⵜ ⴰⵣⵎⵎⴻⵎ ⵏⵏⴰ ⵉⵇⵇⵉⵎⵏ.
institution-merge-error-self = ⵓⵔ ⵉⵥⴹⴰⵕ ⵓⵣⵎⵎⴻⵎ ⴰⴷ ⵉⵎⵓⵏ ⴷ ⵢⵉⵅⴼ ⵏⵏⵙ: ⴼⵔⵏ ⵢⴰⵏ ⵢⴰⴹⵏ.
irm-rating-apart = ⴰⵙⵏⴰⵍⵉ ⵏ ⵜⵙⵏⵓⵍⴼⴰ ⵏ ⵓⵙⵏⴰⵍⵉ ⴰⵔⵉⵎⵏⵏⵓⴳ (IRM). ⵓⵔ ⵉⴳⵉ ⴰⵙⵡⵓⴷⴷⵓ ⵏⵏⴰ ⵙⵙⵏⵜⴰⵏⵜ ⵜⵎⵙⵙⵓⴳⴰⵍ, ⵓⵔ ⴷⵉⴳⵙ ⵉⵜⵜⵓⵙⵎⵓⵏ.
irm-rating-assessed-by = ⵉⵙⵏⴰⵍⴰ ⵜ IRM
irm-rating-report = ⴰⵏⵏⴰⵍ:
irm-rating-imported = ⵉⵜⵜⵓⵙⴽⵛⵎ ⴳ
irm-rating-recorded = ⵙⴳ ⵉⵙⴰⴳⵎⵏ
irm-rating-recorded-sources = ⵉⵙⴰⴳⵎⵏ ⵍⵍⴰⵏ ⴳ ⵜⴰⴳⴳⴰⵢⵜ ⵏ ⵜⴰⵙⵏⴰ.
irm-rating-relevance = ⴰⵣⴷⴰⵢ ⴷ ⵡⴰⵜⵉⴳⵏ ⵏ OGP
irm-rating-value = { $label }: { $value }
irm-import-title = ⵙⴽⵛⵎ ⵜⵉⵏⴰⴹⵉⵏ ⵏ IRM
irm-import-office-link = ⵙⴽⵛⵎ ⵜⵉⵏⴰⴹⵉⵏ ⵏ IRM
irm-import-intro = ⴰⴼⴰⵢⵍⵓ CSV ⵙ ⵢⴰⵏ ⵓⵣⵔⵉⵔⴳ ⵉ ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ ⴷ ⴽⵓ ⴰⵏⵏⴰⵍ (docs/csv-layout.md). ⵓⵔ ⵉⵜⵜⵓⵙⴽⵍⴰⵙ ⵢⴰⵜ ⴰⵔ ⴷⴰⵜ ⴰⵙⵙⵏⵜⵉ ⵏⵏⴽ.
irm-import-upload-title = ⴰⴼⴰⵢⵍⵓ ⵏⵏⴰ ⵔⴰⴷ ⵉⵜⵜⵓⵙⴽⵛⵎ
irm-import-file = ⴰⴼⴰⵢⵍⵓ CSV
irm-import-file-hint = ⵜⵉⴳⵊⴷⴰ: ogp_id, report_title, report_url, verifiable, relevance, potential_impact, completion, early_results, starred. 256 KB ⵎⴰⵛⵃⴰⵍ.
irm-import-preview = ⵙⴼⵙⵉ ⴰⴼⴰⵢⵍⵓ
irm-import-preview-title = ⵉⵣⵔⵉⵔⴳⵏ ⵏⵏⴰ ⵔⴰⴷ ⵉⵜⵜⵓⵙⴽⵛⵎⵏ
irm-import-check-then-confirm = ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⵏ ⵓⵎⵓⴽⵔⵉⵙ. ⵙⴼⵙⵉ ⵉⵣⵔⵉⵔⴳⵏ, ⵙⵙⵏⵜⵉ ⴰⵙⴽⵛⵎ.
irm-import-file-text = ⴰⴹⵕⵉⵚ ⵏ ⵓⴼⴰⵢⵍⵓ
irm-import-confirm = ⵙⵙⵏⵜⵉ ⴰⵙⴽⵛⵎ
irm-import-col-line = ⴰⵣⵔⵉⵔⴳ
irm-import-col-report = ⴰⵏⵏⴰⵍ
irm-import-col-values = ⵜⵉⵏⴰⴹⵉⵏ
irm-import-reports-title = ⵉⵏⵏⴰⵍⵏ ⵉⵜⵜⵓⵙⴽⵛⵎⵏ
irm-import-no-reports = ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⴽⵔⴰ ⵏ ⵓⵏⵏⴰⵍ ⵏ IRM.
irm-import-at-line = ⴰⵣⵔⵉⵔⴳ { $line }:
irm-import-at-cell = ⴰⵣⵔⵉⵔⴳ { $line }, ⵜⴰⴳⵊⴷⴰ { $column }:
irm-import-error-unreadable = ⵓⵔ ⵉⵜⵜⵓⵖⵔⴰ ⵓⴼⴰⵢⵍⵓ: ⵉⵇⵇⴰⵏ ⴰⴷ ⵉⴳ ⴰⴹⵕⵉⵚ CSV ⵙ UTF-8.
irm-import-error-too-large = ⴰⴼⴰⵢⵍⵓ ⵉⵣⵔⵉ { $max } KB.
irm-import-error-empty = ⴼⵔⵏ ⴰⴼⴰⵢⵍⵓ CSV ⵙ ⵓⵣⵔⵉⵔⴳ ⵏ ⵉⵣⵡⵍⴰ ⴷ ⵢⴰⵏ ⵓⵣⵔⵉⵔⴳ ⵎⴰⵏⵉⵎⵉ.
irm-import-error-too-many-rows = ⴰⴼⴰⵢⵍⵓ ⵖⵓⵔⵙ ⵓⴳⴳⴰⵔ ⵏ { $rows } ⵏ ⵉⵣⵔⵉⵔⴳⵏ.
irm-import-error-unknown-column = «{ $value }» ⵓⵔ ⵜⴳⵉ ⵜⴰⴳⵊⴷⴰ ⵏ ⵜⵍⵖⴰ (ⵜⵉⴳⵊⴷⴰ: { $allowed }).
irm-import-error-duplicate-column = ⵜⴰⴳⵊⴷⴰ { $column } ⵜⵍⵍⴰ ⵙⵏⴰⵜ ⵜⵉⴽⴽⴰⵍ.
irm-import-error-missing-column = ⵜⴰⴳⵊⴷⴰ { $column } ⵓⵔ ⵜⵍⵍⵉ.
irm-import-error-row-length = ⴰⵣⵔⵉⵔⴳ ⵓⵔ ⵖⵓⵔⵙ ⵎⴰⵏⵛⴽ ⵏ ⵜⵖⵔⵉⴼⵜ ⵏ ⵓⵣⵔⵉⵔⴳ ⵏ ⵉⵣⵡⵍⴰ.
irm-import-error-required = ⵜⴰⵖⵔⵉⴼⵜ ⴰⴷ ⵉⵇⵇⴰⵏ ⴰⴷ ⵜⵜⵓⵄⵎⵎⵕ.
irm-import-error-markup = ⵓⵔ ⵜⵜⵓⵎⵓⵏⵏⵜ ⵜⵉⵛⵔⴹⵉⵏ HTML (< ⵏⵖ >).
irm-import-error-too-long = ⴰⴹⵕⵉⵚ ⵉⵖⵣⵣⵉⴼ ⴱⴰⵀⵔⴰ.
irm-import-error-unknown-commitment = ⵓⵔ ⵜⵍⵍⵉ ⴷⴰ ⵜⴳⴰⵍⵍⵉⵜ ⵙ ⵓⵙⵓⵖⵏ OGP { $value }.
irm-import-error-bad-value = «{ $value }» ⵓⵔ ⵜⴳⵉ ⴰⵣⴰⵍ ⵏ ⵜⵙⵖⴰⵍⵜ ⵏ IRM (ⵉⵣⴰⵍⵏ: { $allowed }).
irm-import-error-bad-link = «{ $value }» ⵓⵔ ⵜⴳⵉ ⵜⴰⵏⵙⴰ ⵏ ⵡⵉⴱ (http ⵏⵖ https).
irm-import-error-title-mismatch = ⴰⵙⵖⵏ ⵏ ⵓⵏⵏⴰⵍ ⴰⴷ ⵉⵍⵍⴰ ⵙ ⵢⴰⵏ ⵓⵣⵡⵍ ⵢⴰⴹⵏ ⴷⴰ ⵙⵓⵍⵏ.
irm-import-error-duplicate = ⵜⴰⴳⴰⵍⵍⵉⵜ ⴰⴷ ⵜⵜⵓⵙⵏⴰⵍⴰ ⵙⵓⵍⵏ ⵙⴳ ⵓⵏⵏⴰⵍ ⴰⴷ.
irm-import-failed = { $cat ->
    [one] ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵡⴰⵍⵓ: ⵢⴰⵏ ⵓⵎⵓⴽⵔⵉⵙ.
   *[other] ⵓⵔ ⵉⵜⵜⵓⵙⴽⵛⵎ ⵡⴰⵍⵓ: { $count } ⵏ ⵉⵎⵓⴽⵔⵉⵙⵏ.
}
irm-import-done = { $cat ->
    [one] ⵉⵜⵜⵓⵙⴽⵛⵎ ⵢⴰⵏ ⵓⵙⵏⴰⵍⵉ ⵏ IRM.
   *[other] ⵜⵜⵓⵙⴽⵛⵎⵏⵜ { $count } ⵏ ⵜⵏⴰⴹⵉⵏ ⵏ IRM.
}
irm-import-cli-done = ⵉⵜⵜⵓⵙⴽⵛⵎ: { $ratings } ⵙⴳ { $reports } ({ $replaced } ⵜⵜⵓⵙⵏⴼⵍⵏⵜ).
irm-import-count-ratings = { $cat ->
    [one] ⵢⴰⵏ ⵓⵙⵏⴰⵍⵉ
   *[other] { $count } ⵏ ⵜⵏⴰⴹⵉⵏ
}
irm-import-count-reports = { $cat ->
    [one] ⵢⴰⵏ ⵓⵏⵏⴰⵍ
   *[other] { $count } ⵏ ⵉⵏⵏⴰⵍⵏ
}
change-institution-created = { $subject }: ⵜⵜⵓⵔⵏⴰ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ
change-institution-edited = { $subject }: ⵜⵜⵓⵙⵏⴼⵍ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ
change-institutions-merged = { $subject }: ⵜⵜⵓⵙⵎⵓⵏⵏ ⵙⵉⵏ ⵉⵣⵎⵎⴻⵎⵏ ⵏ ⵢⴰⵜ ⵜⵎⵙⵙⵓⴳⴰⵍⵜ
change-irm-ratings-imported = { $subject }: ⵜⵜⵓⵙⴽⵛⵎⵏⵜ ⵜⵏⴰⴹⵉⵏ ⵏ IRM
