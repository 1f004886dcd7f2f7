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
official-tag = Officially reported
official-as-of = Reported for { $date }
official-undated = Date of the figure not given
official-source = Source:
source-link = source { $number }
sources = Sources

home-title = Following the national open government action plans
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
change-report-published = { $subject }: progress report published
change-activity-edited = { $subject }: activity changed
change-activity-cancelled = { $subject }: activity cancelled
change-other = { $subject }: updated

plans-title = Action plans
plans-lead = Morocco's national action plans under the Open Government Partnership, newest first.
plans-none = No action plan has been published yet.
plan-number = Plan { $number }
plan-recorded-of = { $cat ->
    [one] Recorded here: { $recorded } of the plan's { $count } commitment.
   *[other] Recorded here: { $recorded } of the plan's { $count } commitments.
}
plan-incomplete-explained = The public sources name only these; the missing ones will be added when their text is published. No commitment is added without a source.
plan-axes-recorded-of = { $cat ->
    [one] Identified in the public sources: { $recorded } of the plan's { $count } axis.
   *[other] Identified in the public sources: { $recorded } of the plan's { $count } axes.
}
axis-recorded-of = Commitments of this axis recorded here: { $recorded }; in the plan: { $declared }.
plan-completion = Completion
plan-not-reported-explained = No commitment of this plan has the progress of all its activities reported on this portal yet, so no figure is computed. Officially reported figures, where they exist, are shown below with their sources.
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
how-computed-activity = Each activity of a commitment has a progress from 0 to 100%, set by its project leader in a validated report, and a weight. An activity taken from the public sources has the figure a source gives: a step a source says was done counts as 100%; any other is "not reported", never 0%.
how-computed-commitment = A commitment's progress is the weighted average of its activities' progress, computed only when every one of them has a progress. Cancelled activities are left out. A commitment without any activity, or with an activity not reported, has no figure: it is shown as "not reported", never as 0%.
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
coverage-commitments = { $cat ->
    [one] Computed from { $reported } of the { $count } commitment recorded here; the others have no figure yet.
   *[other] Computed from { $reported } of the { $count } commitments recorded here; the others have no figure yet.
}
coverage-activities = { $cat ->
    [one] Progress is reported for { $reported } of this commitment's { $count } activity: its figure is computed once every activity has one.
   *[other] Progress is reported for { $reported } of this commitment's { $count } activities: its figure is computed once every activity has one.
}
activity-wording-editors = label written by the portal's editors
activity-wording-shortened = the source's wording, shortened
activity-stated-done = Done, according to its source
activity-stated-started = Started, according to its source
activity-stated-planned = Planned, according to its source
activity-stated-not-done-question = Not done, according to a written question in Parliament
activity-stated-with-date = { $status } ({ $date })
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
import-done = Imported { $plans }, { $axes }, { $commitments } and { $activities }.

## Accounts
nav-account = My account
# The header's account area (visitors: sign in, create an account; signed in: name, sign out).
user-nav-label = Your account
user-nav-account = My account
user-nav-sign-in = Sign in
user-nav-register = Create an account
user-nav-sign-out = Sign out
yes = Yes
no = No
save = Save
form-error-summary = { $cat ->
    [one] There is a problem in the form
   *[other] There are { $count } problems in the form
}
count-users = { $cat ->
    [one] { $count } account
   *[other] { $count } accounts
}
count-events = { $cat ->
    [one] { $count } event
   *[other] { $count } events
}
field-display-name = Name shown on the portal
field-email = E-mail address
field-password = Password
field-new-password = New password
field-current-password = Current password
field-new-email = New e-mail address
field-language = Preferred language
field-terms = I accept the terms of use and the personal data notice
hint-display-name = Shown at the top of the pages when you are signed in, and later beside your contributions. You can use a pseudonym.
hint-password = At least 12 characters. A few unrelated words make a strong password; no special characters are required.
hint-terms = Under law 09-08, your data is used only to run your account, and you can download or delete it at any time.
register-title = Create an account
register-intro = An account lets you follow the progress of the action plans and their commitments. Comments and taking part in drafting the plans will come later.
register-data-notice = We keep your name, your e-mail address and your preferred language, and the IP address and browser of each session to protect your account. We never share them. You can download your data or delete your account at any time from your account page.
register-submit = Create my account
check-email-title = Check your e-mail
check-email-text = If the address you gave can receive this message, we have sent you an e-mail. Follow the link it contains to continue.
check-email-spam = The link expires after a while. If nothing arrives within a few minutes, look in your spam folder.
verify-title = Confirm your e-mail address
verify-text = Confirm that this e-mail address is yours to activate your account.
verify-submit = Confirm
verified-title = Your address is confirmed
verified-text = Thank you: your e-mail address is confirmed. You can now sign in.
sign-in-title = Sign in
sign-in-submit = Sign in
link-sign-in = Sign in
link-register = Create an account
link-have-account = I already have an account
link-forgot-password = I forgot my password
reset-title = Forgotten password
reset-intro = Enter the e-mail address of your account. If an account uses it, we will send it a link to choose a new password. The link is valid for one hour and can be used once.
reset-submit = Send me a link
reset-confirm-title = Choose a new password
reset-confirm-submit = Save the new password
email-confirm-title = Confirm your new e-mail address
email-confirm-text = Confirm that this new e-mail address is yours. Your account will then use it.
account-title = My account
account-status = Your account
account-verified = Address confirmed
account-since = Created
account-role = Role
account-unverified = Your e-mail address is not confirmed
account-unverified-text = Confirm it with the link we sent you. You can ask for a new link.
account-resend-submit = Send the confirmation e-mail again
account-profile = Profile
account-email = Change your e-mail address
account-email-submit = Change the address
account-password = Change your password
account-password-submit = Change the password
account-sessions = Where you are signed in
account-this-session = this device
account-sign-out-everywhere = Sign out everywhere
account-sign-out = Sign out
account-download = Download my data (JSON)
account-delete = Delete my account
delete-title = Delete my account
delete-what-goes = Your name, e-mail address, password, sessions and roles will be deleted at once and cannot be recovered.
delete-what-stays = Your public contributions, if any, will stay on the portal but will be shown as written by a deleted account, without your name.
delete-confirm = I understand that this cannot be undone
delete-submit = Delete my account for good
notice-reset = Your password has been changed. Sign in with the new one.
notice-signed-out = You are signed out.
notice-deleted = Your account has been deleted.
notice-password = Your password has been changed. Your other sessions have been ended.
notice-saved = Your changes have been saved.
notice-email = Your e-mail address has been changed.
role-citizen = Citizen
role-organisation_member = Organisation member
role-project_leader = Project leader
role-coordinator = Coordinator
role-moderator = Moderator
role-administrator = Administrator
scope-plan = plan
scope-institution = institution
scope-commitment = commitment
scope-activity = activity
admin-title = Administration: accounts
admin-user-title = Account
admin-user-details = Details
admin-search = Name or e-mail contains
admin-role = Role
admin-status = Status
admin-audit-title = Audit log
admin-grant = Give a role
admin-grant-intro = A project leader is given a commitment (its OGP id, such as MO0054) or an institution (its key, shown in its address); a coordinator a plan (its number).
admin-scope = Commitment, institution or plan
admin-scope-hint = For example MO0054, house-of-representatives or 3. Leave empty for moderators and administrators.
admin-grant-submit = Give the role
admin-revoke = Withdraw this role
admin-ban = Ban this account
admin-ban-reason = Reason
admin-ban-submit = Ban and end all sessions
admin-unban = Lift the ban
admin-unban-submit = Lift the ban
admin-resend = Confirmation e-mail
user-status-active = Active
user-status-unverified = Address not confirmed
user-status-banned = Banned
user-status-deleted = Deleted
user-deleted-name = Deleted account
password-too-short = The password must have at least 12 characters.
password-too-long = The password must have at most 1024 characters.
password-weak = This password is too easy to guess. Use a few unrelated words.
password-common = This password is one of the most used ones. Choose another.
password-keyboard = Keyboard patterns are easy to guess. Use a few unrelated words.
password-repeats = Repeated characters are easy to guess. Use a few unrelated words.
password-sequence = Sequences like abc or 123 are easy to guess. Use a few unrelated words.
password-dates = Dates and years are easy to guess. Use a few unrelated words.
error-400-form = The form could not be read. Go back and try again.
error-403-title = Not allowed
error-409-title = Not possible in the present state
error-403-text = Your account does not allow this action.
error-403-csrf = This form expired or did not come from this site. Go back, reload the page and try again.
error-429-title = Too many attempts
error-429-text = Too many attempts were made in a short time. Wait a few minutes and try again.
error-display-name-required = Enter the name to show.
error-display-name-invalid = The name must have 1 to 80 characters.
error-email-invalid = Enter an e-mail address such as name@example.ma.
error-email-taken = This address is already used by another account.
error-language-invalid = Choose a language from the list.
error-terms-required = You must accept the terms of use to create an account.
error-sign-in-failed = The e-mail address or the password is not correct.
error-current-password = The current password is not correct.
error-delete-confirm = Tick the box to confirm.
error-link-invalid = This link is not valid: it has expired or has already been used. Ask for a new one.
error-last-admin = The last administrator cannot be removed.
error-ban-self = You cannot ban your own account.
error-ban-reason = Give the reason for the ban.
error-role-invalid = Choose a role from the list.
error-scope-unknown = No commitment, institution or plan has this key.
mail-greeting = Hello { $name },
mail-footer = Open Government Morocco. You receive this message because of an action on your account; if you did not expect it, you can ignore it.
mail-verify-subject = Confirm your e-mail address
mail-verify-body = To activate your account, confirm your e-mail address with the link below. It is valid for 48 hours.
mail-verify-action = Confirm my address
mail-already-registered-subject = Someone tried to create an account with your address
mail-already-registered-body = Someone tried to create a new account with this e-mail address, which already has an account. If it was you, sign in or choose a new password. Otherwise you can ignore this message.
mail-already-registered-action = Choose a new password
mail-reset-subject = Choose a new password
mail-reset-body = Someone asked to change the password of your account. If it was you, use the link below: it is valid for one hour and can be used once. Otherwise ignore this message: your password does not change.
mail-reset-action = Choose a new password
mail-confirm-new-email-subject = Confirm your new e-mail address
mail-confirm-new-email-body = Your account asks to use this e-mail address. Confirm it with the link below (valid for 48 hours).
mail-confirm-new-email-action = Confirm this address
mail-email-change-notice-subject = Your e-mail address is being changed
mail-email-change-notice-body = Someone signed in to your account asked to replace this e-mail address. If it was not you, change your password at once and contact the portal's team.
mail-email-change-notice-action = Open the portal
mail-password-changed-subject = Your password has been changed
mail-password-changed-body = The password of your account has just been changed. If it was not you, ask for a new password at once.
mail-password-changed-action = Open the portal
mail-account-deleted-subject = Your account has been deleted
mail-account-deleted-body = Your account and your personal data have been deleted, as you asked.
mail-account-deleted-action = Open the portal
two-step-title = Two-step verification
two-step-explained = With two-step verification, signing in asks for a code from an authenticator app on your phone as well as your password.
two-step-required = Your role requires two-step verification. Turn it on to continue.
two-step-off = Two-step verification is off
two-step-start = Turn on two-step verification
two-step-enrol = Add this account to your authenticator app
two-step-scan = In your authenticator app, add an account with the key below (or open the link on your phone), then enter the 6-digit code it shows.
two-step-key = Key
two-step-link = Link
two-step-enable = Confirm and turn on
two-step-on = Two-step verification is on
two-step-disable = Turn off two-step verification
two-step-codes-title = Your recovery codes
two-step-codes = Recovery codes
two-step-codes-text = Keep these codes in a safe place. Each one lets you sign in once if you lose your phone. They are shown only now.
two-step-verify-title = Two-step verification
two-step-verify-text = Enter the 6-digit code from your authenticator app, or one of your recovery codes.
field-code = Code
field-code-or-recovery = Code or recovery code
hint-code = 6 digits, such as 123456.
error-totp-code = The code is not correct. Check the time of your phone and try again.
col-date = Date
col-action = Action
col-actor = By
col-target = Account concerned
col-ip = Address
col-detail = Detail
col-last-seen = Last active
col-device = Browser

# Security limits and checks
error-413-text = What was sent is larger than this site accepts (64 KiB). Shorten it and try again.
error-503-title = Server busy
error-503-busy = The server is busy checking other passwords. Wait a moment and try again.
error-role-unverified = This account has not confirmed its e-mail address, so it cannot be given a role. Ask its owner to confirm the address first.
admin-unverified-notice = This account's e-mail address is not confirmed: it cannot be given a role, and roles it holds give it no rights until the address is confirmed.
mail-greeting-plain = Hello,

## phone layout and help pages
nav-menu = Menu
filters-toggle = Filter the list
filters-active = { $cat ->
    [one] { $count } filter in use
   *[other] { $count } filters in use
}
table-scroll-hint = Scroll the table sideways to see all its columns.
help-contact-title = Contact
help-legal-title = Legal notice
help-privacy-title = Personal data
help-glossary-title = Glossary
help-minutes = { $cat ->
    [one] { $count } minute
   *[other] { $count } minutes
}
help-hours = { $cat ->
    [one] { $count } hour
   *[other] { $count } hours
}
updated-on = Last updated: { $date }
glossary-see = What these terms mean, in the glossary
term-link = Definition
register-privacy-link = Read the personal data notice
register-cndp = Processing declared to the CNDP under number { $number }.

## Wording and the API description
# A label before its value, punctuated as the language writes it ("Source:", French "Source :").
label-colon = { $label }:
count-plans = { $cat ->
    [one] { $count } plan
   *[other] { $count } plans
}
export-done = Exported { $plans }, { $commitments } and { $activities } into { $dir }.
seed-illustrative-done = Illustrative activities added: every page now shows the illustrative-data banner.

## content in the reader's language
# One marker per item (row, card, heading block), in words; screen readers get one note per page.
marker-unofficial = unofficial translation
marker-unofficial-by-editors = unofficial translation by the portal's editors
marker-in-ar = in Arabic
marker-in-fr = in French
marker-in-en = in English
marker-in-zgh = in Tamazight
content-note-unofficial = Some texts on this page are unofficial translations by the portal's editors; each row or card that has one says "unofficial translation".
content-note-language = Some texts on this page exist only in another language and are shown in it; each row or card that has one names the language.
content-note-both = Some texts on this page are unofficial translations by the portal's editors, and some exist only in another language and are shown in it; each row or card says which.
list-separator = {", "}
official-title-in = Official title, { $language }:
commitment-wordings = Titles and names as the sources word them
field-title-official = Official title
field-title-sources = Whose wording the titles are
wording-language = { $language }:
title-source-portal = the commitment's page on the government's portal
title-source-lead-institution-communique = a communiqué of the lead institution
title-source-house-communique = a communiqué of the House of Representatives
title-source-ogp-fr-page = the Open Government Partnership's French page (a machine translation of its English title)
title-source-editors = unofficial translation by the portal's editors
field-title-ogp-fr = Title on the Open Government Partnership's French page
field-support-wording = Supporting institutions as the Open Government Partnership lists them
support-in-wording = Named only in the Open Government Partnership's wording (see "Titles and names as the sources word them")
institution-later-names = Later names
institution-supported = Commitments it supports
name-in-use-from-until = Name in use from { $from } to { $until }
name-in-use-from = Name in use since { $from }
name-in-use-until = Name in use until { $until }
name-since = since { $date }
institution-kind-independent-authority = Independent authority
institution-kind-other = Other public body or organisation
institution-kinds-independent-authority = Independent authorities
institution-kinds-other = Other public bodies and organisations
import-bad-period = { $file }, line { $line }, column { $column }: "{ $detail }" is not a period written FROM/UNTIL (such as 2017-04/2019-10, 2021-10/ or /2021-10).
import-bad-column = { $file }, line 1, column { $column }: the column "{ $detail }" is not a column of this file (unofficial translations go in: { $allowed }).
answer-yes = Yes
answer-no = No
ambition-low = Low
ambition-high = High
irm-impact-none = None
irm-impact-minor = Minor
irm-impact-moderate = Moderate
irm-impact-transformative = Transformative
irm-completion-not-started = Not started
irm-completion-limited = Limited
irm-completion-substantial = Substantial
irm-completion-complete = Complete
irm-completion-withdrawn = Withdrawn
irm-results-worsened = Worsened
irm-results-did-not-change = Did not change
irm-results-marginal = Marginal
irm-results-major = Major
irm-results-outstanding = Outstanding
irm-potential-unclear = Unclear
irm-potential-modest = Modest
irm-potential-substantial = Substantial
ogp-value-access-to-information = Access to information
ogp-value-civic-participation = Civic participation
ogp-value-public-accountability = Public accountability
ogp-value-technology-and-innovation-for-transparency-and-accountability = Technology and innovation for transparency and accountability
policy-area-access-to-information = Access to information
policy-area-access-to-justice = Access to justice
policy-area-anti-corruption-and-integrity = Anti-corruption and integrity
policy-area-anti-corruption-institutions = Anti-corruption institutions
policy-area-capacity-building = Capacity building
policy-area-democratizing-decision-making = Democratizing decision-making
policy-area-digital-governance = Digital governance
policy-area-digital-inclusion = Digital inclusion
policy-area-digital-participation = Digital participation
policy-area-digital-transformation = Digital transformation
policy-area-fiscal-openness = Fiscal openness
policy-area-justice = Justice
policy-area-legislation = Legislation
policy-area-local-commitments = Local commitments
policy-area-open-data = Open data
policy-area-open-parliament-plan = Open parliament plan
policy-area-open-parliaments = Open parliaments
policy-area-participation-in-lawmaking = Participation in lawmaking
policy-area-public-participation = Public participation
policy-area-public-participation-in-budget-fiscal-policy = Public participation in budget and fiscal policy
policy-area-publication-of-budget-fiscal-information = Publication of budget and fiscal information
policy-area-regulation = Regulation
policy-area-regulatory-governance = Regulatory governance
policy-area-right-to-information = Right to information
policy-area-social-accountability = Social accountability
policy-area-sustainable-development-goals = Sustainable Development Goals

# Back office: activities, progress reports, validation
office-title = Back office
office-no-work = Your account answers for no activity and validates no plan. Project leader and coordinator roles are granted by a portal administrator.
office-my-reports = My reports in progress
office-my-activities = My activities
office-col-due = Due
office-col-report = Report
office-returned = Reports returned to you
office-late = Late activities
office-deleted-account = Deleted account
office-cancelled = Activity cancelled
office-open-report = Open the report
office-write-report = Write a report
office-last-published = Last report published on { $date }
office-never-reported = No report published yet
queue-title = Reports to validate
queue-col-submitted = Submitted
queue-col-author = Author
queue-col-review = Review
queue-assistance = Assistance requested
queue-review = Review the report
queue-review-title = Validate or return
queue-validate-hint = Validating publishes the report; the activity, commitment, axis, plan and institution figures change at once.
queue-validate = Validate and publish
queue-return = Return the report
queue-return-reason = Reason for returning it
queue-return-reason-hint = The report's author reads it and answers it.
report-status-draft = Draft
report-status-submitted = Awaiting validation
report-status-returned = Returned for correction
report-status-published = Published
report-title-number = Progress report no. { $number }
report-published-figure = The activity's published progress
report-author = Author
report-created = Created
report-submitted = Submitted
report-published = Published
report-returned-on = This report was returned on { $date } for this reason
report-field-progress = Proposed progress
report-field-progress-hint = A whole number from 0 to 100.
report-field-done = What was done
report-field-done-hint = Published with the report. Before submitting, say what was done or attach evidence.
report-field-difficulties = Difficulties met
report-field-difficulties-hint = Required when the proposed progress is lower than the published one.
report-field-assistance = Request for assistance to the steering committee
report-field-assistance-hint = Leave empty when no assistance is needed.
report-edit-title = Write the report
report-save = Save the draft
report-submit-for-validation = Save and submit for validation
report-history = The report's history
report-moved-draft = Created as a draft
report-moved-submitted = Submitted for validation
report-moved-returned = Returned for correction
report-moved-published = Validated and published
report-new-title = New progress report
report-new-intro = Activity: { $activity }
report-new-commitment = Commitment: { $id }
report-create = Create the draft
report-error-progress = Enter a whole number from 0 to 100.
report-error-too-long = This text is too long: { $max } bytes at most.
report-error-control = This text holds a control character that is not allowed.
report-error-empty = Say what was done or attach evidence before submitting.
report-error-decrease-unexplained = The proposed progress is lower than the published one ({ $previous }%): say why under difficulties.
report-error-reason-missing = Give the reason for returning the report.
report-error-published = This report is published and can no longer change; a correction is a new report.
report-error-transition = This cannot be done to a report in its present state.
report-error-stale = This report changed since the form was opened. Reload the page and check the changes.
report-refused-cancelled = This activity is cancelled; no report can be made on it.
report-refused-plan-closed = This plan is closed; it takes no more reports.
evidence-title = Evidence
evidence-none = No evidence yet.
evidence-external = External link
evidence-sha256 = SHA-256 fingerprint:
evidence-remove = Remove
evidence-file = File
evidence-file-hint = PDF, image, office document or CSV, up to { $limit } MB. Photos are encoded again, which removes their metadata (place, device).
evidence-add-file = Add the file
evidence-link = Link
evidence-link-hint = An address starting with https:// or http://
evidence-add-link = Add the link
file-size-kb = { $size } KB
file-size-mb = { $size } MB
timeline-title = Published reports
timeline-none = No progress report on this commitment's activities has been published on this portal yet.
late-title = Late activities
late-intro = The activities of this plan whose end date has passed before reaching 100%, as of { $date }.
late-none = No activity of this plan is late.
assistance-title = Requests for assistance
assistance-intro = The requests for assistance to the steering committee in each activity's latest published report. A request closes when a later report is published without one.
assistance-none = No request for assistance is open in this plan.
followup-back-to-plan = Back to the plan's page
office-refused-plan-closed = This plan is closed; it is read-only.
office-public-page = The commitment's public page
office-no-activities = This commitment has no activity yet.
office-col-actions = Actions
office-edit = Edit
office-leaders = Project leaders
office-no-leaders = No project leader is assigned yet.
office-leader-of-commitment = of the whole commitment
office-leader-of-activity = of activity { $activity }
office-leader-remove = Remove the role
office-leader-email = The project leader's e-mail address
office-leader-email-hint = An account registered and confirmed on the portal.
office-leader-add = Assign
office-leader-unknown = No account has this address.
activity-new-title = Add an activity
activity-edit-title = Edit the activity
activity-create = Add the activity
activity-save = Save
activity-field-title = Title ({ $language })
activity-field-title-hint = A title in one language at least.
activity-field-output = Expected output ({ $language })
activity-field-start = Start
activity-field-end = End
activity-field-date-hint = As 2025, 2025-06 or 2025-06-30.
activity-field-responsible = Responsible institution
activity-responsible-lead = The commitment's lead institution
activity-field-weight = Weight
activity-field-weight-hint = A whole number from 1 to 1000: the activity's share in the commitment's figure.
activity-cancel-title = Cancel the activity
activity-cancel-intro = A cancelled activity leaves the figures and takes no more reports. The reason is published.
activity-cancel = Cancel the activity
activity-cancel-reason = Public reason for the cancellation
activity-cancel-reason-hint = Shown on the commitment's page.
activity-error-title-missing = Enter a title in one language at least.
activity-error-too-long = This text is too long: { $max } bytes at most.
activity-error-control = This text holds a control character that is not allowed.
activity-error-date = This is not a date: write 2025, 2025-06 or 2025-06-30.
activity-error-end-before-start = The end comes before the start.
activity-error-weight = The weight is a whole number from 1 to 1000.
activity-error-reason-missing = Give the reason for the cancellation.
activity-error-responsible = Choose an institution from the list.
office-my-plans = The plans I coordinate
# Evidence of progress reports: files and links (docs/co-implementation.md).
evidence-error-empty = The file is empty. Choose the file again and send it.
evidence-error-forbidden = Web pages, SVG and XML files, scripts, programs and documents with macros are never kept as evidence. Send the document as a PDF instead.
evidence-error-polyglot = This PDF also carries a web page, which is not kept. Export the document to PDF again and send the new file.
evidence-error-type = This kind of file is not kept. Send a PDF, an image (PNG, JPEG, WebP), an office document (ODT, ODS, ODP, DOCX, XLSX, PPTX) or a CSV file in UTF-8.
evidence-error-name-mismatch = The file's name does not match its content: its extension says another kind of file. Rename it with the right extension, or send the right file.
evidence-error-damaged = This image cannot be read: it is damaged or incomplete. Open it, save it again and send the new file.
evidence-error-pixels = This image is too large to keep: at most 12,000 pixels a side and 50 megapixels, and no larger than the upload limit once encoded again. Make it smaller and send it again.
evidence-error-too-large = The file is larger than the { $limit } MB accepted. Send a smaller file (a compressed PDF, a reduced photo), or give a link to it.
evidence-error-nothing = Choose a file or give a link.
evidence-error-both = Send a file or a link, one at a time.
evidence-error-locked = This report has been submitted: its evidence can no longer change.
evidence-error-link-empty = Give a link.
evidence-error-link-too-long = The link is longer than 2,000 characters.
evidence-error-link-whitespace = The link contains a space or an invisible character. Copy it again from the address bar.
evidence-error-link-invalid = This is not a web address. It starts with https:// (or http://).
evidence-error-link-scheme = Only web links (https:// or http://) are kept.
evidence-error-link-userinfo = The link contains a user name or a password. Remove them: everyone would see them.
evidence-error-link-host = The link names no site.
