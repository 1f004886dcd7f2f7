# French messages of opengov. Drafted by the development team; to be reviewed by a native editor.
# Every message id exists in ar.ftl, fr.ftl, en.ftl and zgh.ftl (a test checks it).
# Counts: messages select on $cat, the CLDR plural category computed by the application (French puts 0 and 1 in "one").
# Typography: no-break space (U+00A0) before ":" and inside « », narrow no-break space (U+202F) before "%", "?" and ";".

site-name = Gouvernement ouvert Maroc
site-tagline = Plans d'action, engagements et état d'avancement
site-description = Les plans d'action du Maroc au titre du Partenariat pour un gouvernement ouvert (PGO) : chaque engagement, ses activités, les institutions responsables et son état d'avancement.
skip-to-content = Aller au contenu principal
nav-main = Menu principal
nav-languages = Langues
nav-breadcrumbs = Vous êtes ici
nav-home = Accueil
nav-plans = Plans d'action
nav-commitments = Engagements
nav-institutions = Institutions
footer-about = À propos des données
footer-open-data = Données ouvertes
footer-accessibility = Accessibilité
footer-meta = Informations publiques issues des sources citées sur chaque page. Les chiffres obéissent à la règle expliquée sur la page de chaque plan.
language-ar = arabe
language-fr = français
language-en = anglais
language-zgh = amazighe
fallback-marker = Affiché en { $language } : pas encore de traduction
not-recorded = Non renseigné
not-found-in-sources = Introuvable dans les sources publiques
date-unknown = date inconnue
date-month = { $month } { $year }
date-day = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
percent = { $value } %
illustrative-title = Données fictives, à titre d'illustration.
illustrative-text = Certaines activités et certains chiffres d'avancement présentés sur ce site ont été inventés pour une démonstration. Ils n'ont aucun caractère officiel.

count-commitments = { $cat ->
    [one] { $count } engagement
   *[other] { $count } engagements
}
count-activities = { $cat ->
    [one] { $count } activité
   *[other] { $count } activités
}
count-institutions = { $cat ->
    [one] { $count } institution
   *[other] { $count } institutions
}
count-axes = { $cat ->
    [one] { $count } axe
   *[other] { $count } axes
}

status-not_started = Non commencé
status-limited = Limité
status-substantial = Substantiel
status-complete = Achevé
status-not-reported = Non communiqué
status-delayed = En retard
status-cancelled = Annulé
bar-label = { $subject } : { $value }, { $status }
plan-status-drafting = En cours d'élaboration
plan-status-consultation = En consultation
plan-status-implementing = En cours de mise en œuvre
plan-status-completed = Achevé
tag-parliament = Parlement
tag-government = Gouvernement
tag-unofficial-title = Titre non officiel
official-tag = Communiqué officiellement
official-as-of = Date de référence : { $date }
official-undated = Date du chiffre non précisée
official-source = Source :
source-link = source { $number }
sources = Sources
source-notes = Remarques sur les sources :

home-title = Le gouvernement ouvert au Maroc
home-lead = Suivez les plans d'action du Maroc au titre du Partenariat pour un gouvernement ouvert : ce que prévoit chaque engagement, qui en a la responsabilité et où en est sa mise en œuvre.
home-figures = Chiffres clés
stat-plans = Plans d'action
stat-commitments = Engagements recensés
stat-commitments-note = Gouvernement et Parlement
stat-current-completion = Avancement du plan en cours
stat-computed = Calculé à partir des activités communiquées
home-current-plan = Plan d'action en cours
home-plans = Tous les plans d'action
home-changes = Dernières modifications
home-no-changes = Aucune modification pour le moment.
completion-computed = Avancement calculé à partir des activités
completion-official = Avancement communiqué officiellement
completion-per-axis = Avancement par axe
how-computed-link = Comment ces chiffres sont-ils calculés ?
change-plan-imported = { $subject } : données publiées
change-activity-added = { $subject } : activité ajoutée
change-activity-updated = { $subject } : avancement mis à jour
change-activity-moved = { $subject } : activité déplacée
change-activity-deleted = { $subject } : activité supprimée
change-other = { $subject } : mise à jour

plans-title = Plans d'action
plans-lead = Les plans d'action nationaux du Maroc dans le cadre du Partenariat pour un gouvernement ouvert, du plus récent au plus ancien.
plans-none = Aucun plan d'action n'a encore été publié.
plan-number = Plan n° { $number }
plan-recorded-of = Engagements recensés ici : { $recorded } sur { $count }.
plan-incomplete-explained = Les sources publiques ne mentionnent que ceux-ci ; les engagements manquants seront ajoutés dès la publication de leur texte. Aucune ligne n'est inventée.
plan-axes-recorded-of = Axes identifiés dans les sources publiques : { $recorded } sur { $count }.
axis-recorded-of = Engagements recensés ici : { $recorded } sur les { $declared } que prévoit le plan.
plan-completion = Avancement
plan-not-reported-explained = Aucun avancement des activités de ce plan n'a encore été communiqué sur ce portail ; aucun chiffre n'est donc calculé. Les chiffres communiqués officiellement, lorsqu'ils existent, sont présentés ci-dessous avec leurs sources.
plan-no-axes = Aucun axe n'a été recensé pour ce plan.
plan-commitments = Engagements par axe
group-empty = Aucun engagement de cet axe n'est encore recensé ici.
group-no-axis = Axe non identifié
group-no-axis-note = Les sources publiques n'indiquent pas à quel axe se rattachent ces engagements.
group-parliament = Engagements du Parlement
group-parliament-note = Engagements de la Chambre des représentants, inscrits par le Partenariat pour un gouvernement ouvert au titre du même plan d'action. Ils ne sont pas pris en compte dans les chiffres du gouvernement.
parliament-figure = Avancement des engagements du Parlement, calculé à partir de leurs activités :
plan-documents = Documents
doc-type-member-page = page du pays membre
doc-type-irm-report = rapport du MEI
doc-type-irm-report-mirror = rapport du MEI, copie
doc-type-self-assessment-mirror = auto-évaluation, copie
doc-type-action-plan-mirror = texte du plan d'action, copie
doc-type-portal-page = page du portail
doc-type-other = document
how-computed-title = Comment ce chiffre est-il calculé ?
how-computed-activity = Chaque activité d'un engagement a un taux d'avancement de 0 à 100 %, fixé par son chef de projet dans un rapport validé, ainsi qu'une pondération.
how-computed-commitment = L'avancement d'un engagement est la moyenne pondérée de l'avancement de ses activités. Les activités annulées ne sont pas prises en compte. Un engagement dont aucune activité n'a été communiquée n'a pas de chiffre : il est présenté comme « non communiqué », jamais comme 0 %.
how-computed-rollup = L'avancement d'un axe et celui du plan correspondent à la moyenne de l'avancement de leurs engagements, sans tenir compte des engagements dépourvus de chiffre. Les engagements du Parlement sont présentés à part.
how-computed-status = À côté de chaque chiffre figure un statut selon l'échelle du Mécanisme d'évaluation indépendant : non commencé (0 %), limité (1 à 49 %), substantiel (50 à 99 %), achevé (100 %). « En retard » signifie que la date de fin d'une activité est dépassée alors qu'elle n'a pas atteint 100 %.
how-computed-official = Les chiffres publiés par le gouvernement ou rapportés par la presse sont présentés à part, comme « communiqués officiellement », avec leur date et leur source. Ils ne sont pas mêlés aux chiffres calculés.

commitments-title = Engagements
commitments-none = Aucun engagement ne correspond à ces filtres.
filter-plan = Plan d'action
filter-axis = Axe
filter-status = Statut
filter-institution = Institution
filter-all = Tous
filter-apply = Appliquer les filtres
filter-reset = Réinitialiser les filtres
pagination = Pages
pagination-previous = Précédente
pagination-next = Suivante
pagination-page-of = page { $page } sur { $pages }
col-ogp-id = Identifiant PGO
col-commitment = Engagement
col-lead = Institution chef de file
col-period = Période
col-progress = Avancement
col-activity = Activité
col-expected-output = Livrable attendu
col-responsible = Responsable
col-weight = Pondération
col-status = Statut
col-institution = Institution
col-commitments-led = Engagements pilotés
col-activities = Activités

commitment-progress = Avancement
commitment-not-reported-explained = Aucune activité de cet engagement n'a été communiquée sur ce portail ; aucun chiffre n'est donc calculé.
commitment-fields = L'engagement
commitment-activities = Activités (jalons)
activities-not-reported = Non communiqué : les activités et l'avancement de cet engagement n'ont pas été publiés dans les sources utilisées ici.
commitment-irm = Évaluation par le Partenariat pour un gouvernement ouvert
commitment-irm-explained = Champs publiés par le Partenariat pour un gouvernement ouvert et son Mécanisme d'évaluation indépendant (MEI), tels qu'ils figurent sur ses pages.
field-ogp-id = Identifiant PGO
field-plan = Plan d'action
field-axis = Axe
field-position = Numéro dans le plan
position-from-source = indiqué dans les sources
position-inferred = déduit de l'ordre des identifiants
field-lead = Institution chef de file
field-ogp-lead-field = Institution chef de file selon le PGO
field-support = Institutions partenaires
field-start = Début
field-end = Fin
field-problem = Problème traité
field-description = Description
field-how-it-helps = Apport de l'engagement
field-ogp-values = Valeurs du PGO
field-policy-areas = Domaines d'action publique
field-contact = Contact
field-title-long = Intitulé complet
field-title-irm = Intitulé dans le rapport du MEI
field-title-unofficial = Intitulé non officiel
field-builds-on = Dans le prolongement de
field-weight = Pondération dans le plan
field-ogp-verifiable = Vérifiable
field-ogp-relevant = Pertinent au regard des valeurs du PGO
field-ogp-ambition = Ambition
field-irm-potential-impact = Impact potentiel (MEI)
field-irm-completion = Niveau d'achèvement (MEI)
field-irm-starred = Engagement étoilé
field-irm-early-results = Premiers résultats (MEI)
field-irm-potential-results = Potentiel de résultats (MEI)

institutions-title = Institutions
institutions-lead = Les institutions qui pilotent des engagements ou qui sont responsables d'activités.
institution-commitments = Engagements pilotés
institution-activities = Activités sous sa responsabilité
institution-no-commitments = Cette institution ne pilote aucun engagement recensé ici.
institution-no-activities = Aucune activité recensée ici ne lui est confiée.
institution-kind-government = Gouvernement
institution-kind-civil-society = Société civile
institution-kind-parliament = Parlement
institution-kind-private = Secteur privé
institution-kind-academia = Milieu universitaire
institution-kind-local = Collectivité territoriale
institution-kind-international = Organisation internationale
institution-kinds-government = Institutions gouvernementales
institution-kinds-civil-society = Organisations de la société civile
institution-kinds-parliament = Parlement
institution-kinds-private = Secteur privé
institution-kinds-academia = Milieu universitaire
institution-kinds-local = Collectivités territoriales
institution-kinds-international = Organisations internationales

page-about-title = À propos des données
page-about-p1 = Ce portail publie les plans d'action du Maroc au titre du Partenariat pour un gouvernement ouvert et en assure le suivi public de la mise en œuvre.
page-about-p2 = Chaque plan, axe et engagement présenté ici provient d'une source publique : les pages du Partenariat pour un gouvernement ouvert, les rapports de son Mécanisme d'évaluation indépendant, le portail du gouvernement et la presse. Chaque page indique ses sources.
page-about-p3 = Lorsque les sources sont muettes, la page le signale (« non communiqué », « introuvable dans les sources publiques »). Rien n'est inventé : lorsque les engagements d'un plan ne sont pas tous connus, la page du plan précise combien sont recensés.
page-about-p4 = Les chiffres calculés par le portail et les chiffres communiqués officiellement sont toujours présentés séparément ; la règle de calcul est expliquée sur la page de chaque plan.
page-open-data-title = Données ouvertes
page-open-data-p1 = Toutes les données de ce portail sont librement réutilisables au moyen de son interface JSON. Les listes sont paginées (paramètres page et per_page) ; les erreurs sont conformes à la RFC 9457.
page-open-data-p2 = Les textes sont fournis dans chacune des langues dans lesquelles ils existent. Les chiffres communiqués officiellement sont fournis séparément des chiffres calculés, avec leurs sources.
page-open-data-p3 = L'interface est décrite par un document OpenAPI.
open-data-openapi = Description OpenAPI
open-data-plans = Plans d'action
open-data-commitments = Engagements
open-data-activities = Activités
open-data-institutions = Institutions
page-accessibility-title = Accessibilité
page-accessibility-p1 = Ce portail vise la conformité au niveau AA des Règles pour l'accessibilité des contenus Web (WCAG 2.1), en arabe, en français, en anglais et en amazighe.
page-accessibility-p2 = Chaque page fonctionne sans JavaScript, peut être utilisée au clavier seul, comporte un lien d'évitement et des repères de navigation, et ses contrastes sont vérifiés. Les barres de progression affichent toujours leur valeur sous forme de texte.
page-accessibility-p3 = Les pages sont vérifiées automatiquement avec axe-core, en arabe et en français, avant chaque mise en production.
page-accessibility-p4 = Certains textes n'existent que dans la langue de leur source ; ils sont signalés par le code de la langue affichée.

error-404-title = Page introuvable
error-404-text = La page demandée n'existe pas. Vérifiez l'adresse ou repartez de la page d'accueil.
error-400-title = Requête non comprise
error-400-filters = L'un des filtres n'est pas valide. Veuillez choisir à nouveau les filtres dans les listes proposées.
error-400-page = Le numéro de page n'est pas valide : il doit s'agir d'un nombre entier égal ou supérieur à 1.
error-413-title = Requête trop volumineuse
error-405-title = Méthode non autorisée
error-500-title = Une erreur s'est produite
error-500-text = La page n'a pas pu être affichée en raison d'une erreur de notre part. Veuillez réessayer ultérieurement.
error-back-home = Retour à la page d'accueil
error-code = Erreur { $code }

api-not-found-title = Ressource introuvable
api-not-found-detail = Aucune ressource n'existe à cette adresse.
api-bad-request-title = Requête incorrecte
api-bad-request-detail = Un paramètre de la requête n'est pas valide : vérifiez les valeurs autorisées par la description OpenAPI.
api-internal-title = Erreur interne
api-internal-detail = La requête n'a pas pu aboutir en raison d'une erreur sur le serveur.

import-unreadable = { $file } : le fichier est illisible ({ $detail }).
import-syntax = { $file }, ligne { $line } : le fichier CSV est mal formé ({ $detail }).
import-unknown-file = { $file } : ses colonnes ne correspondent à aucun des fichiers d'un plan (plans, axes, commitments, activities, progress_snapshots, documents, institutions).
import-missing-column = { $file } : la colonne « { $column } » est absente.
import-required = { $file }, ligne { $line }, colonne { $column } : une valeur est obligatoire.
import-not-a-number = { $file }, ligne { $line }, colonne { $column } : « { $detail } » n'est pas un nombre entier.
import-out-of-range = { $file }, ligne { $line }, colonne { $column } : la valeur doit être comprise dans l'intervalle { $detail }.
import-bad-date = { $file }, ligne { $line }, colonne { $column } : « { $detail } » n'est pas une date au format YYYY, YYYY-MM ou YYYY-MM-DD.
import-bad-choice = { $file }, ligne { $line }, colonne { $column } : « { $detail } » n'est pas une valeur autorisée (valeurs possibles : { $allowed }).
import-too-long = { $file }, ligne { $line }, colonne { $column } : la valeur dépasse { $detail } caractères.
import-duplicate = { $file }, ligne { $line }, colonne { $column } : « { $detail } » figure deux fois.
import-unknown-reference = { $file }, ligne { $line }, colonne { $column } : « { $detail } » ne renvoie à aucun élément connu.
import-failed = { $cat ->
    [one] Aucune donnée n'a été importée : { $count } problème a été détecté.
   *[other] Aucune donnée n'a été importée : { $count } problèmes ont été détectés.
}
import-done = Éléments importés : { $plans } plan(s), { $axes } axe(s), { $commitments } engagement(s) et { $activities } activité(s).
