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

## Indicateurs (docs/co-implementation.md, « Indicateurs »)
indicator-section-title = Indicateurs
indicator-national-title = Indicateurs nationaux du gouvernement ouvert
indicator-national-intro = Chaque indicateur montre ses valeurs dans le temps avec leurs sources, sa valeur de référence et sa cible. Le tableau sous chaque graphique donne les mêmes chiffres.
indicator-national-list = Indicateurs
indicator-national-none = Aucun indicateur national n'est encore publié.
indicator-unit = Unité :
# $value: "10 (2020)", a value and its year.
indicator-baseline-is = Valeur de référence : { $value }
indicator-target-is = Cible : { $value }
indicator-no-values = Aucune valeur n'est encore enregistrée.
indicator-table-caption = Valeurs, périodes et sources
indicator-col-period = Période
indicator-col-value = Valeur
indicator-col-source = Source
# $count: values shown; $first, $last: their periods; $latest: the latest value with its unit.
indicator-chart-desc = Graphique linéaire { $cat ->
    [one] d'une valeur
   *[other] de { $count } valeurs
 }, de { $first } à { $last } ; dernière valeur : { $latest }.
indicator-office-link = Indicateurs
indicator-office-national = Indicateurs nationaux
indicator-office-none = Aucun indicateur pour l'instant.
indicator-office-new = Ajouter un indicateur
indicator-office-edit = Modifier
indicator-new-title = Nouvel indicateur
# $commitment: the commitment's OGP id.
indicator-new-commitment-title = Nouvel indicateur pour { $commitment }
# $name: the indicator's name.
indicator-edit-title = Indicateur : { $name }
indicator-field-name = Nom
indicator-field-name-hint = Dans la langue de cette page ; les autres langues gardent leur formulation.
indicator-field-unit = Unité (par exemple %, demandes, documents)
indicator-field-description = Description
indicator-field-baseline-value = Valeur de référence
indicator-field-baseline-year = Année de référence
indicator-field-target-value = Valeur cible
indicator-field-target-year = Année cible
indicator-field-period = Période (une année AAAA ou un mois AAAA-MM)
indicator-field-value = Valeur
indicator-field-source = Source (lien commençant par https:// ou http://)
indicator-field-note = Note
indicator-create = Créer l'indicateur
indicator-save = Enregistrer l'indicateur
indicator-values-title = Valeurs
indicator-add-value = Ajouter la valeur
# $period: the value's period; $value: the value.
indicator-delete-value = Supprimer la valeur de { $period } ({ $value })
indicator-error-name = Indiquez le nom de l'indicateur.
# $max: the longest length allowed, in characters.
indicator-error-too-long = Ce texte est trop long : { $max } caractères au plus.
indicator-error-no-number = Indiquez un nombre.
indicator-error-not-a-number = Ce n'est pas un nombre : écrivez des chiffres, avec une virgule ou un point pour les décimales.
indicator-error-too-large = Ce nombre est trop long ou trop grand.
indicator-error-year = Indiquez une année entre 1900 et 2100, en quatre chiffres.
indicator-error-pair = Indiquez la valeur et son année, ou ni l'une ni l'autre.
indicator-error-target-before = L'année cible ne peut pas précéder l'année de référence.
indicator-error-period = Indiquez une année (AAAA) ou un mois (AAAA-MM) entre 1900 et 2100.
indicator-error-duplicate = Cet indicateur a déjà une valeur pour cette période.
indicator-error-source = Indiquez la source sous forme de lien commençant par https:// ou http://.
