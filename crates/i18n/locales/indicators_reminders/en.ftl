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
