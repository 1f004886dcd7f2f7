## Rappels aux responsables de projet (tâche planifiée, docs/operations.md)
reminder-subject = Rappel : des activités attendent votre rapport
reminder-intro = Vous êtes responsable de projet des activités ci-dessous sur le portail du gouvernement ouvert. Elles attendent un rapport d'avancement :
# $commitment: the commitment's OGP id; $title: the activity's title; $end: its end date in words; $progress: "40 %".
reminder-item-late = { $commitment } · { $title } : date de fin dépassée ({ $end }), avancement { $progress }
reminder-item-late-unreported = { $commitment } · { $title } : date de fin dépassée ({ $end }), avancement jamais renseigné
reminder-item-silent = { $commitment } · { $title } : aucun rapport depuis { $days } jours ou plus
reminder-item-never = { $commitment } · { $title } : aucun rapport publié pour l'instant
reminder-action = Ouvrir l'espace de suivi
reminder-footer = Gouvernement ouvert Maroc. Vous recevez ce rappel parce qu'un rôle de responsable de projet vous a été attribué sur le portail ; vous n'en recevez pas plus d'un par période pour une même activité.
reminder-cli-done = Rappels mis en file d'attente : { $mails } (responsables de projet concernés : { $leaders }).
