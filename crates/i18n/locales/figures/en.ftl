## How a figure is computed (commitment pages)

computed-link = How is this figure computed?
computed-title = How this figure is computed
computed-rule = The commitment's figure is the mean of its activities' progress, each counted as many times as its weight: the sum of weight × progress, divided by the sum of the weights. A cancelled activity is not counted. While a counted activity is not reported, the commitment has no figure.
computed-col-product = Weight × progress
computed-col-origin = Where the progress comes from
computed-origin-report = Report published on { $date }
computed-origin-sources = Figure given by the sources
computed-origin-initial = No report yet: the value given when the activity was added
computed-origin-none = Nothing reported yet
computed-not-reported-one = not reported
computed-cancelled = Not counted: cancelled
computed-evidence = { $cat ->
    [one] { $count } piece of evidence
   *[other] { $count } pieces of evidence
}
computed-total = Total of the counted activities
computed-result = Sum of weight × progress ÷ sum of the weights =
computed-not-reported = { $cat ->
    [one] No figure yet: { $count } counted activity is not reported.
   *[other] No figure yet: { $count } counted activities are not reported.
}
computed-no-activities = No activity is recorded for this commitment, so no figure is computed.

## How a plan's figure comes from its commitments (plan pages)

decimal-separator = .
rollup-title = The figures behind the plan's progress
rollup-explained = Each row is a commitment with its weight and figure; its identifier leads to the computation of its figure from its activities and their reports.
rollup-col-axis = Axis
rollup-col-figure = Figure
rollup-col-product = Weight × figure
rollup-col-counted = Counted
rollup-no-figure = no figure yet
rollup-parliament-apart = Parliament: counted in Parliament's figure
rollup-plan-sum = The plan (government commitments with a figure):
rollup-table = Every commitment, its weight and its figure
