# English messages of opengov.
# Every message id exists in ar.ftl, fr.ftl, en.ftl and zgh.ftl (a test checks it).
# Counts: messages select on $cat, the CLDR plural category computed by the application.

site-name = Open Government Morocco
site-tagline = Action plans, commitments and their progress
site-description = Morocco's Open Government Partnership action plans: every commitment, its activities, responsible institutions and progress.
skip-to-content = Skip to main content
nav-main = Main menu
nav-languages = Languages
nav-breadcrumbs = You are here
nav-home = Home
nav-plans = Action plans
nav-commitments = Commitments
nav-institutions = Institutions
footer-about = About these data
footer-open-data = Open data
footer-accessibility = Accessibility
footer-meta = Public facts from the sources cited on each page. Figures follow the rule explained on every plan page.
language-ar = Arabic
language-fr = French
language-en = English
language-zgh = Tamazight
fallback-marker = Shown in { $language }: no translation yet
not-recorded = Not recorded
not-found-in-sources = Not found in the public sources
date-unknown = date not known
date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
percent = { $value }%
illustrative-title = Illustrative data.
illustrative-text = Some activities and progress figures on this site were invented for a demonstration. They are not official.

count-commitments = { $cat ->
    [one] { $count } commitment
   *[other] { $count } commitments
}
count-activities = { $cat ->
    [one] { $count } activity
   *[other] { $count } activities
}
count-institutions = { $cat ->
    [one] { $count } institution
   *[other] { $count } institutions
}
count-axes = { $cat ->
    [one] { $count } axis
   *[other] { $count } axes
}

status-not_started = Not started
status-limited = Limited
status-substantial = Substantial
status-complete = Complete
status-not-reported = Not reported
status-delayed = Delayed
status-cancelled = Cancelled
bar-label = { $subject }: { $value }, { $status }
plan-status-drafting = Drafting
plan-status-consultation = In consultation
plan-status-implementing = Being implemented
plan-status-completed = Completed
tag-parliament = Parliament
tag-government = Government
tag-unofficial-title = Unofficial title
official-tag = Officially reported
official-as-of = Reported for { $date }
official-undated = Date of the figure not given
official-source = Source:
source-link = source { $number }
sources = Sources
source-notes = Notes on the sources:

home-title = Open Government in Morocco
home-lead = Follow Morocco's Open Government Partnership action plans: what each commitment promises, who is responsible, and how far it has got.
home-figures = Key figures
stat-plans = Action plans
stat-commitments = Commitments recorded
stat-commitments-note = Government and Parliament
stat-current-completion = Completion of the current plan
stat-computed = Computed from reported activities
home-current-plan = Current action plan
home-plans = All action plans
home-changes = Latest changes
home-no-changes = Nothing has changed yet.
completion-computed = Completion computed from activities
completion-official = Officially reported completion
completion-per-axis = Completion per axis
how-computed-link = How are these figures computed?
change-plan-imported = { $subject }: data published
change-activity-added = { $subject }: activity added
change-activity-updated = { $subject }: progress updated
change-activity-moved = { $subject }: activity moved
change-activity-deleted = { $subject }: activity removed
change-other = { $subject }: updated

plans-title = Action plans
plans-lead = Morocco's national action plans under the Open Government Partnership, newest first.
plans-none = No action plan has been published yet.
plan-number = Plan { $number }
plan-recorded-of = { $recorded } of { $count } are recorded here.
plan-incomplete-explained = The public sources name only these; the missing ones will be added when their text is published. No row is invented.
plan-axes-recorded-of = { $recorded } of { $count } are identified in the public sources.
axis-recorded-of = { $recorded } recorded here, of { $declared } in the plan.
plan-completion = Completion
plan-not-reported-explained = No progress of the plan's activities has been reported on this portal yet, so no figure is computed. Officially reported figures, where they exist, are shown below with their sources.
plan-no-axes = No axis has been recorded for this plan.
plan-commitments = Commitments by axis
group-empty = No commitment of this axis is recorded here yet.
group-no-axis = Axis not identified
group-no-axis-note = The public sources do not say which axis these commitments belong to.
group-parliament = Parliament's commitments
group-parliament-note = Commitments of the House of Representatives, listed by the Open Government Partnership under the same action plan. They are not counted in the government's figures.
parliament-figure = Completion of Parliament's commitments, computed from their activities:
plan-documents = Documents
doc-type-member-page = member page
doc-type-irm-report = IRM report
doc-type-irm-report-mirror = IRM report, copy
doc-type-self-assessment-mirror = self-assessment, copy
doc-type-action-plan-mirror = action plan text, copy
doc-type-portal-page = portal page
doc-type-other = document
how-computed-title = How is this computed?
how-computed-activity = Each activity of a commitment has a progress from 0 to 100%, set by its project leader in a validated report, and a weight.
how-computed-commitment = A commitment's progress is the weighted average of its activities' progress. Cancelled activities are left out. A commitment without any reported activity has no figure: it is shown as "not reported", never as 0%.
how-computed-rollup = An axis's progress and the plan's progress are the average of their commitments' progress, leaving out commitments without a figure. Parliament's commitments are shown apart.
how-computed-status = Beside each figure, a status on the scale of the Independent Reporting Mechanism: not started (0%), limited (1 to 49%), substantial (50 to 99%), complete (100%). "Delayed" means that an activity's end date has passed before it reached 100%.
how-computed-official = Figures published by the government or reported by the press are shown apart as "officially reported", with their date and source. They are not mixed with the computed figures.

commitments-title = Commitments
commitments-none = No commitment matches these filters.
filter-plan = Action plan
filter-axis = Axis
filter-status = Status
filter-institution = Institution
filter-all = All
filter-apply = Apply filters
filter-reset = Clear filters
pagination = Pages
pagination-previous = Previous
pagination-next = Next
pagination-page-of = page { $page } of { $pages }
col-ogp-id = OGP id
col-commitment = Commitment
col-lead = Lead institution
col-period = Period
col-progress = Progress
col-activity = Activity
col-expected-output = Expected output
col-responsible = Responsible
col-weight = Weight
col-status = Status
col-institution = Institution
col-commitments-led = Commitments led
col-activities = Activities

commitment-progress = Progress
commitment-not-reported-explained = No activity of this commitment has been reported on this portal, so no figure is computed.
commitment-fields = The commitment
commitment-activities = Activities (milestones)
activities-not-reported = Not reported: the activities and progress of this commitment have not been published in the sources used here.
commitment-irm = Assessment by the Open Government Partnership
commitment-irm-explained = Fields published by the Open Government Partnership and its Independent Reporting Mechanism (IRM), as they appear on its pages.
field-ogp-id = OGP id
field-plan = Action plan
field-axis = Axis
field-position = Number in the plan
position-from-source = stated in the sources
position-inferred = inferred from the order of the ids
field-lead = Lead institution
field-ogp-lead-field = Lead institution as given by OGP
field-support = Supporting institutions
field-start = Start
field-end = End
field-problem = Problem addressed
field-description = Description
field-how-it-helps = How it will help
field-ogp-values = OGP values
field-policy-areas = Policy areas
field-contact = Contact
field-title-long = Long title
field-title-irm = Title in the IRM report
field-title-unofficial = Unofficial title
field-builds-on = Builds on
field-weight = Weight in the plan
field-ogp-verifiable = Verifiable
field-ogp-relevant = Relevant to OGP values
field-ogp-ambition = Ambition
field-irm-potential-impact = Potential impact (IRM)
field-irm-completion = Completion (IRM)
field-irm-starred = Starred commitment
field-irm-early-results = Early results (IRM)
field-irm-potential-results = Potential for results (IRM)

institutions-title = Institutions
institutions-lead = The institutions that lead commitments or are responsible for activities.
institution-commitments = Commitments it leads
institution-activities = Activities it is responsible for
institution-no-commitments = It leads no commitment recorded here.
institution-no-activities = No activity recorded here is assigned to it.
institution-kind-government = Government
institution-kind-civil-society = Civil society
institution-kind-parliament = Parliament
institution-kind-private = Private sector
institution-kind-academia = Academia
institution-kind-local = Local government
institution-kind-international = International organisation
institution-kinds-government = Government institutions
institution-kinds-civil-society = Civil society organisations
institution-kinds-parliament = Parliament
institution-kinds-private = Private sector
institution-kinds-academia = Academia
institution-kinds-local = Local governments
institution-kinds-international = International organisations

page-about-title = About these data
page-about-p1 = This portal publishes Morocco's Open Government Partnership action plans and follows their implementation in public.
page-about-p2 = Every plan, axis and commitment shown here comes from a public source: the Open Government Partnership's pages, the reports of its Independent Reporting Mechanism, the government's portal and the press. Each page lists its sources.
page-about-p3 = Where the sources say nothing, the page says so ("not reported", "not found in the public sources"). Nothing is invented: where a plan's commitments are not all known, the plan page says how many are recorded.
page-about-p4 = Figures computed by the portal and figures reported officially are always shown apart; the rule used to compute them is explained on every plan page.
page-open-data-title = Open data
page-open-data-p1 = All the data of this portal can be reused freely through its JSON interface. Lists are paginated (page and per_page parameters); errors follow RFC 9457.
page-open-data-p2 = Texts are given in every language in which they exist. Officially reported figures are given apart from computed ones, with their sources.
page-open-data-p3 = The interface is described by an OpenAPI document.
open-data-openapi = OpenAPI description
open-data-plans = Action plans
open-data-commitments = Commitments
open-data-activities = Activities
open-data-institutions = Institutions
page-accessibility-title = Accessibility
page-accessibility-p1 = This portal aims to meet the Web Content Accessibility Guidelines (WCAG 2.1) at level AA, in Arabic, French, English and Tamazight.
page-accessibility-p2 = Every page works without JavaScript, can be used with the keyboard alone, has a skip link and landmarks, and its contrasts are checked. Progress bars always carry their figure in text.
page-accessibility-p3 = Pages are checked automatically with axe-core in Arabic and in French before each release.
page-accessibility-p4 = Some texts exist only in the language of their source; they are marked with the code of the language shown.

error-404-title = Page not found
error-404-text = The page you asked for does not exist. Check the address, or start again from the home page.
error-400-title = Request not understood
error-400-filters = One of the filters is not valid. Choose the filters again from the lists.
error-400-page = The page number is not valid: it must be a whole number from 1 upwards.
error-413-title = Request too large
error-405-title = Method not allowed
error-500-title = Something went wrong
error-500-text = The page could not be shown because of an error on our side. Please try again later.
error-back-home = Go to the home page
error-code = Error { $code }

api-not-found-title = Not found
api-not-found-detail = No resource exists at this address.
api-bad-request-title = Bad request
api-bad-request-detail = A query parameter is not valid: check the values allowed by the OpenAPI description.
api-internal-title = Internal error
api-internal-detail = The request could not be answered because of an error on the server.

import-unreadable = { $file }: the file cannot be read ({ $detail }).
import-syntax = { $file }, line { $line }: the CSV is malformed ({ $detail }).
import-unknown-file = { $file }: its columns match none of the plan files (plans, axes, commitments, activities, progress_snapshots, documents, institutions).
import-missing-column = { $file }: the column "{ $column }" is missing.
import-required = { $file }, line { $line }, column { $column }: a value is required.
import-not-a-number = { $file }, line { $line }, column { $column }: "{ $detail }" is not a whole number.
import-out-of-range = { $file }, line { $line }, column { $column }: the value must be within { $detail }.
import-bad-date = { $file }, line { $line }, column { $column }: "{ $detail }" is not a date written YYYY, YYYY-MM or YYYY-MM-DD.
import-bad-choice = { $file }, line { $line }, column { $column }: "{ $detail }" is not an allowed value (allowed: { $allowed }).
import-too-long = { $file }, line { $line }, column { $column }: the value is longer than { $detail } characters.
import-duplicate = { $file }, line { $line }, column { $column }: "{ $detail }" appears twice.
import-unknown-reference = { $file }, line { $line }, column { $column }: "{ $detail }" refers to nothing known.
import-failed = { $cat ->
    [one] Nothing was imported: { $count } problem was found.
   *[other] Nothing was imported: { $count } problems were found.
}
import-done = Imported { $plans } plans, { $axes } axes, { $commitments } commitments and { $activities } activities.
