# Institutions in the back office (create, edit, merge) and the IRM ratings import.
institution-edit-list-title = Institutions
institution-edit-office-link = Institutions: create, edit, merge
institution-edit-new-title = New institution
institution-edit-create = Create the institution
institution-edit-save = Save the institution
institution-edit-title = Edit { $name }
institution-edit-key = Key (web address)
institution-edit-key-hint = Lower-case letters, digits and dashes, such as ministry-of-economy. Left empty, it is made from the French or English name. It cannot be changed later.
institution-edit-kind = Kind
institution-edit-kind-choose = Choose a kind
institution-edit-name = Official name in { $language }
institution-edit-name-hint = As the institution writes it. Leave empty when you do not know it.
institution-edit-search = Search by name or key
institution-edit-col-name = Name
institution-edit-col-commitments = Commitments led
institution-edit-col-activities = Activities
institution-edit-col-actions = Actions
institution-edit-action = Edit
institution-edit-error-name-missing = Give the institution's name in at least one language.
institution-edit-error-too-long = A name is at most { $max } characters long.
institution-edit-error-markup = A name cannot hold HTML markup (< or >) or control characters.
institution-edit-error-kind = Choose a kind from the list.
institution-edit-error-key = The key is made of lower-case letters, digits and single dashes (at most 64 characters).
institution-edit-error-key-missing = No key can be made from an Arabic or Tifinagh name: type one.
institution-edit-error-key-taken = The key { $key } is already used by another institution (or by a record merged into one).
institution-edit-error-name-taken = Another institution already has this name ({ $key }). If both are the same institution, merge them instead.
institution-merge-action = Merge
institution-merge-title = Merge { $name } into another record
institution-merge-choose = Choose the record to keep
institution-merge-submit = Merge the two records
institution-merge-into = Record to keep
institution-merge-into-hint = The record that names the same institution and stays.
institution-merge-intro = { $name } ({ $key }) leads { $commitments } and is responsible for { $activities }. They all move to the record you keep, with its supporting roles and its project leaders' grants.
institution-merge-warning = This record is then deleted and its address sends visitors to the record kept. This cannot be undone.
institution-merge-error-target = Choose the record to keep from the list.
institution-merge-error-self = A record cannot be merged into itself: choose another one.
irm-rating-apart = The assessment of the Independent Reporting Mechanism (IRM), OGP's independent reviewer. It is not the progress reported by the institutions above, and is never mixed with it.
irm-rating-assessed-by = Assessed by the Independent Reporting Mechanism
irm-rating-report = Report:
irm-rating-imported = imported on
irm-rating-recorded = Recorded from the sources
irm-rating-recorded-sources = Their sources are listed at the bottom of the page.
irm-rating-relevance = Relevance to OGP values
irm-rating-value = { $label }: { $value }
irm-import-title = Import IRM ratings
irm-import-office-link = Import IRM ratings
irm-import-intro = A CSV file with one row per commitment and IRM report (the layout is described in docs/csv-layout.md). You see its rows and every problem first; nothing is stored until you confirm. Importing a report again replaces its ratings.
irm-import-upload-title = File to import
irm-import-file = CSV file
irm-import-file-hint = Columns: ogp_id, report_title, report_url, verifiable, relevance, potential_impact, completion, early_results, starred. At most 256 KB.
irm-import-preview = Check the file
irm-import-preview-title = Rows to import
irm-import-check-then-confirm = The file has no problem. Check its rows, then confirm the import.
irm-import-file-text = The file's text
irm-import-confirm = Confirm the import
irm-import-col-line = Line
irm-import-col-report = Report
irm-import-col-values = Ratings
irm-import-reports-title = Reports imported
irm-import-no-reports = No IRM report has been imported yet.
irm-import-at-line = Line { $line }:
irm-import-at-cell = Line { $line }, column { $column }:
irm-import-error-unreadable = The file cannot be read: it must be CSV text in UTF-8.
irm-import-error-too-large = The file is larger than { $max } KB.
irm-import-error-empty = Choose a CSV file with a header line and at least one row.
irm-import-error-too-many-rows = The file has more than { $rows } rows.
irm-import-error-unknown-column = “{ $value }” is not a column of the layout (columns: { $allowed }).
irm-import-error-duplicate-column = The column { $column } is given twice.
irm-import-error-missing-column = The column { $column } is missing.
irm-import-error-row-length = The row does not have as many cells as the header.
irm-import-error-required = This cell is required.
irm-import-error-markup = HTML markup (< or >) and control characters are not accepted.
irm-import-error-too-long = The text is too long.
irm-import-error-unknown-commitment = No commitment with the OGP id { $value } is recorded here.
irm-import-error-bad-value = “{ $value }” is not a value of the IRM's scale (values: { $allowed }).
irm-import-error-bad-link = “{ $value }” is not a web address (http or https).
irm-import-error-title-mismatch = The same report link is given with another title above.
irm-import-error-duplicate = This commitment is already rated by the same report above.
irm-import-failed = { $cat ->
    [one] Nothing was imported: 1 problem found.
   *[other] Nothing was imported: { $count } problems found.
}
irm-import-done = { $cat ->
    [one] 1 IRM rating imported.
   *[other] { $count } IRM ratings imported.
}
irm-import-cli-done = Imported { $ratings } from { $reports } ({ $replaced } replaced).
irm-import-count-ratings = { $cat ->
    [one] 1 rating
   *[other] { $count } ratings
}
irm-import-count-reports = { $cat ->
    [one] 1 report
   *[other] { $count } reports
}
change-institution-created = { $subject }: institution added
change-institution-edited = { $subject }: institution edited
change-institutions-merged = { $subject }: two records of the same institution merged
change-irm-ratings-imported = { $subject }: IRM ratings imported
