## ⵎⴰⵎⴽ ⴰⵜⵜⵓⵙⵉⴹⵏ ⵓⵙⵡⵉⵔ (ⵜⴰⵙⵏⴰ ⵏ ⵜⴳⴰⵍⵍⵉⵜ)

computed-link = ⵎⴰⵎⴽ ⴰⵜⵜⵓⵙⵉⴹⵏ ⵓⵙⵡⵉⵔ ⴰ?
computed-title = ⵎⴰⵎⴽ ⴰⵜⵜⵓⵙⵉⴹⵏ ⵓⵙⵡⵉⵔ ⴰ
computed-rule = ⴰⵙⵡⵉⵔ ⵏ ⵜⴳⴰⵍⵍⵉⵜ ⴷ ⴰⵏⴰⵎⵎⴰⵙ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵜⵉⴳⴰⵡⵉⵏ ⵏⵏⵙ, ⴽⵓ ⵜⴰⴳⴰⵡⵜ ⵙ ⵓⵥⴰⵢ ⵏⵏⵙ: ⴰⵎⵓⵏ ⵏ ⵓⵥⴰⵢ × ⴰⵣⵉⴳⵣ, ⵉⵜⵜⵓⴱⴹⴰⵏ ⵖⴼ ⵓⵎⵓⵏ ⵏ ⵉⵥⴰⵢⵏ. ⵜⴰⴳⴰⵡⵜ ⵉⵜⵜⵓⵙⵔⵎⵙⵏ ⵓⵔ ⵜⵜⵓⵙⵉⴹⵏ. ⴰⵔ ⴷ ⵉⵍⵉ ⵓⵣⵉⴳⵣ ⵏ ⴽⵓ ⵜⴰⴳⴰⵡⵜ, ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵡⵉⵔ ⵉ ⵜⴳⴰⵍⵍⵉⵜ.
computed-col-product = ⴰⵥⴰⵢ × ⴰⵣⵉⴳⵣ
computed-col-origin = ⵙⴳ ⵎⴰⵏⵉ ⴷ ⵉⴽⴽⴰ ⵓⵣⵉⴳⵣ
computed-origin-report = ⴰⵏⵏⴰⵣ ⵉⵜⵜⵓⵥⵕⴳⵏ ⴳ { $date }
computed-origin-sources = ⴰⵙⵡⵉⵔ ⵏ ⵉⵙⴰⴳⵎⴰⵜⵏ
computed-origin-initial = ⵓⵔ ⵉⵍⵍⵉ ⵓⵏⵏⴰⵣ: ⴰⵣⴰⵍ ⵏ ⵜⵔⵏⵓⵜ ⵏ ⵜⴳⴰⵡⵜ
computed-origin-none = ⵓⵔ ⵉⵍⵍⵉ ⴽⵔⴰ ⴰⵔ ⴷⵖⵉ
computed-not-reported-one = ⵓⵔ ⵉⵜⵜⵓⵏⵏⴰ
computed-cancelled = ⵓⵔ ⵜⵜⵓⵙⵉⴹⵏ: ⵜⵜⵓⵙⵔⵎⵙ
computed-evidence = { $cat ->
    [one] { $count } ⵓⵙⵍⴽⵏ
   *[other] { $count } ⵉⵙⵍⴽⵏⵏ
}
computed-total = ⴰⵎⵓⵏ ⵏ ⵜⵉⴳⴰⵡⵉⵏ ⵉⵜⵜⵓⵙⵉⴹⵏⵏ
computed-result = ⴰⵎⵓⵏ ⵏ ⵓⵥⴰⵢ × ⴰⵣⵉⴳⵣ ÷ ⴰⵎⵓⵏ ⵏ ⵉⵥⴰⵢⵏ =
computed-not-reported = { $cat ->
    [one] ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵡⵉⵔ: { $count } ⵜⴳⴰⵡⵜ ⵓⵔ ⵜⵙⵄⵉ ⴰⵣⵉⴳⵣ.
   *[other] ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵡⵉⵔ: { $count } ⵜⵉⴳⴰⵡⵉⵏ ⵓⵔ ⵙⵄⵉⵏⵜ ⴰⵣⵉⴳⵣ.
}
computed-no-activities = ⵓⵔ ⵜⵍⵍⵉ ⴽⵔⴰ ⵏ ⵜⴳⴰⵡⵜ ⵉ ⵜⴳⴰⵍⵍⵉⵜ ⴰ, ⵓⵔ ⵉⵜⵜⵓⵙⵉⴹⵏ ⵓⵙⵡⵉⵔ.

## ⵎⴰⵎⴽ ⴷ ⵉⴽⴽⴰ ⵓⵙⵡⵉⵔ ⵏ ⵓⵖⴰⵡⴰⵙ ⵙⴳ ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏⵏⵙ

decimal-separator = ,
rollup-title = ⵉⵙⵡⵉⵔⵏ ⵏ ⵓⵣⵉⴳⵣ ⵏ ⵓⵖⴰⵡⴰⵙ
rollup-explained = ⴽⵓ ⴰⵣⵔⵉⵔⴳ ⴷ ⵜⴰⴳⴰⵍⵍⵉⵜ ⵙ ⵓⵥⴰⵢ ⵏⵏⵙ ⴷ ⵓⵙⵡⵉⵔ ⵏⵏⵙ; ⴰⵎⴰⵜⴰⵢ ⵏⵏⵙ ⵉⵜⵜⴰⵡⵉ ⵙ ⵓⵙⵉⴹⵏ ⵏ ⵓⵙⵡⵉⵔ ⵏⵏⵙ ⵙⴳ ⵜⵉⴳⴰⵡⵉⵏ ⵏⵏⵙ ⴷ ⵉⵏⵏⴰⵣⵏ ⵏⵏⵙⵏⵜ.
rollup-col-axis = ⴰⴳⵍⴰⵎ
rollup-col-figure = ⴰⵙⵡⵉⵔ
rollup-col-product = ⴰⵥⴰⵢ × ⴰⵙⵡⵉⵔ
rollup-col-counted = ⵉⵜⵜⵓⵙⵉⴹⵏ
rollup-no-figure = ⵓⵔ ⵉⵍⵍⵉ ⵓⵙⵡⵉⵔ
rollup-parliament-apart = ⴰⴱⵔⵍⴰⵎⴰⵏ: ⵉⵜⵜⵓⵙⵉⴹⵏ ⴳ ⵓⵙⵡⵉⵔ ⵏ ⵓⴱⵔⵍⴰⵎⴰⵏ
rollup-plan-sum = ⴰⵖⴰⵡⴰⵙ (ⵜⵉⴳⴰⵍⵍⵉⵢⵉⵏ ⵏ ⵜⵏⴱⴰⴹⵜ ⵍⵍⵉ ⵖⵓⵔ ⵉⵍⵍⴰ ⵓⵙⵡⵉⵔ):
rollup-table = ⴽⵓ ⵜⴰⴳⴰⵍⵍⵉⵜ, ⴰⵥⴰⵢ ⵏⵏⵙ ⴷ ⵓⵙⵡⵉⵔ ⵏⵏⵙ
