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
