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
status-complete = Complet
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
official-tag = Chiffre officiel
official-as-of = Date de référence : { $date }
official-undated = Date du chiffre non précisée
official-source = Source :
source-link = source { $number }
sources = Sources

home-title = Suivre les plans d'action nationaux pour un gouvernement ouvert
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
completion-official = Avancement selon les chiffres officiels
completion-per-axis = Avancement par axe
how-computed-link = Comment ces chiffres sont-ils calculés ?
change-plan-imported = { $subject } : données publiées
change-activity-added = { $subject } : activité ajoutée
change-activity-updated = { $subject } : avancement mis à jour
change-activity-moved = { $subject } : activité déplacée
change-activity-deleted = { $subject } : activité supprimée
change-report-published = { $subject } : rapport d’avancement publié
change-activity-edited = { $subject } : activité modifiée
change-activity-cancelled = { $subject } : activité annulée
change-other = { $subject } : mise à jour

plans-title = Plans d'action
plans-lead = Les plans d'action nationaux du Maroc dans le cadre du Partenariat pour un gouvernement ouvert, du plus récent au plus ancien.
plans-none = Aucun plan d'action n'a encore été publié.
plan-number = Plan n° { $number }
plan-recorded-of = { $cat ->
    [one] Recensés ici : { $recorded } sur { $count } engagement prévu par le plan.
   *[other] Recensés ici : { $recorded } des { $count } engagements prévus par le plan.
}
plan-incomplete-explained = Les sources publiques ne mentionnent que ceux-ci ; les engagements manquants seront ajoutés dès la publication de leur texte. Aucun engagement n'est ajouté sans source.
plan-axes-recorded-of = { $cat ->
    [one] Identifiés dans les sources publiques : { $recorded } sur { $count } axe prévu par le plan.
   *[other] Identifiés dans les sources publiques : { $recorded } des { $count } axes prévus par le plan.
}
axis-recorded-of = Engagements de cet axe recensés ici : { $recorded } ; prévus par le plan : { $declared }.
plan-completion = Avancement
plan-not-reported-explained = Aucun engagement de ce plan n'a encore l'avancement de toutes ses activités communiqué sur ce portail ; aucun chiffre n'est donc calculé. Les chiffres officiels, lorsqu'ils existent, sont présentés ci-dessous avec leurs sources.
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
how-computed-activity = Chaque activité d'un engagement a un taux d'avancement de 0 à 100 %, fixé par son chef de projet dans un rapport validé, ainsi qu'une pondération. Une activité reprise des sources publiques a le chiffre qu'une source lui donne : une étape qu'une source dit réalisée compte pour 100 % ; toute autre est « non communiquée », jamais 0 %.
how-computed-commitment = L'avancement d'un engagement est la moyenne pondérée de l'avancement de ses activités, calculée seulement lorsque chacune a un avancement communiqué. Les activités annulées ne sont pas prises en compte. Un engagement sans activité, ou dont une activité n'est pas communiquée, n'a pas de chiffre : il est présenté comme « non communiqué », jamais comme 0 %.
how-computed-rollup = L'avancement d'un axe et celui du plan correspondent à la moyenne de l'avancement de leurs engagements, sans tenir compte des engagements dépourvus de chiffre. Les engagements du Parlement sont présentés à part.
how-computed-status = À côté de chaque chiffre figure un statut selon l'échelle du Mécanisme d'évaluation indépendant : non commencé (0 %), limité (1 à 49 %), substantiel (50 à 99 %), complet (100 %). « En retard » signifie que la date de fin d'une activité est dépassée alors qu'elle n'a pas atteint 100 %.
how-computed-official = Les chiffres publiés par le gouvernement ou rapportés par la presse sont présentés à part, comme « chiffres officiels », avec leur date et leur source. Ils ne sont pas mêlés aux chiffres calculés.

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
coverage-commitments = { $cat ->
    [one] Calculé à partir de { $reported } engagement sur { $count } recensé ici ; les autres n'ont pas encore de chiffre.
   *[other] Calculé à partir de { $reported } des { $count } engagements recensés ici ; les autres n'ont pas encore de chiffre.
}
coverage-activities = { $cat ->
    [one] Avancement communiqué pour { $reported } activité sur { $count } de cet engagement : son chiffre sera calculé lorsque chaque activité aura le sien.
   *[other] Avancement communiqué pour { $reported } des { $count } activités de cet engagement : son chiffre sera calculé lorsque chaque activité aura le sien.
}
activity-wording-editors = intitulé rédigé par l'équipe éditoriale du portail
activity-wording-shortened = formulation de la source, abrégée
activity-stated-done = Réalisée selon sa source
activity-stated-started = Commencée selon sa source
activity-stated-planned = Prévue selon sa source
activity-stated-not-done-question = Non réalisée selon une question écrite au Parlement
activity-stated-with-date = { $status } ({ $date })
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
page-about-p4 = Les chiffres calculés par le portail et les chiffres officiels sont toujours présentés séparément ; la règle de calcul est expliquée sur la page de chaque plan.
page-open-data-title = Données ouvertes
page-open-data-p1 = Toutes les données de ce portail sont librement réutilisables au moyen de son interface JSON. Les listes sont paginées (paramètres page et per_page) ; les erreurs sont conformes à la RFC 9457.
page-open-data-p2 = Les textes sont fournis dans chacune des langues dans lesquelles ils existent. Les chiffres officiels sont fournis séparément des chiffres calculés, avec leurs sources.
page-open-data-p3 = L'interface est décrite par un document OpenAPI.
open-data-openapi = Description OpenAPI
open-data-plans = Plans d'action
open-data-commitments = Engagements
open-data-activities = Activités
open-data-institutions = Institutions
page-accessibility-title = Accessibilité

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
import-done = Éléments importés : { $plans }, { $axes }, { $commitments } et { $activities }.

## Comptes
nav-account = Mon compte
# The header's account area (visitors: sign in, create an account; signed in: name, sign out).
user-nav-label = Votre compte
user-nav-account = Mon compte
user-nav-sign-in = Se connecter
user-nav-register = Créer un compte
user-nav-sign-out = Se déconnecter
yes = Oui
no = Non
save = Enregistrer
form-error-summary = { $cat ->
    [one] Le formulaire comporte une erreur
   *[other] Le formulaire comporte { $count } erreurs
}
count-users = { $cat ->
    [one] { $count } compte
   *[other] { $count } comptes
}
count-events = { $cat ->
    [one] { $count } événement
   *[other] { $count } événements
}
field-display-name = Nom affiché sur le portail
field-email = Adresse électronique
field-password = Mot de passe
field-new-password = Nouveau mot de passe
field-current-password = Mot de passe actuel
field-new-email = Nouvelle adresse électronique
field-language = Langue préférée
field-terms = J'accepte les conditions d'utilisation et la notice d'information relative aux données à caractère personnel
hint-display-name = Ce nom s'affiche en haut des pages lorsque vous êtes connecté, et plus tard à côté de vos contributions. Vous pouvez utiliser un pseudonyme.
hint-password = Au moins 12 caractères. Quelques mots sans rapport entre eux forment un mot de passe robuste ; aucun caractère spécial n'est exigé.
hint-terms = Conformément à la loi 09-08, vos données servent uniquement à la gestion de votre compte ; vous pouvez les télécharger ou les supprimer à tout moment.
register-title = Créer un compte
register-intro = Un compte vous permet de suivre l'avancement des plans d'action et de leurs engagements. Les commentaires et la participation à l'élaboration des plans viendront plus tard.
register-data-notice = Nous conservons votre nom, votre adresse électronique et votre langue préférée, ainsi que l'adresse IP et le navigateur de chaque session pour protéger votre compte. Nous ne les communiquons jamais à des tiers. Vous pouvez télécharger vos données ou supprimer votre compte à tout moment depuis la page de votre compte.
register-submit = Créer mon compte
check-email-title = Consultez votre messagerie
check-email-text = Si l'adresse que vous avez indiquée peut recevoir des messages, nous vous avons envoyé un message électronique. Suivez le lien qu'il contient pour poursuivre.
check-email-spam = Le lien expire au bout d'un certain temps. Si vous ne recevez rien d'ici quelques minutes, vérifiez votre dossier de courriers indésirables.
verify-title = Confirmez votre adresse électronique
verify-text = Confirmez que cette adresse électronique vous appartient afin d'activer votre compte.
verify-submit = Confirmer
verified-title = Votre adresse est confirmée
verified-text = Merci : votre adresse électronique est confirmée. Vous pouvez désormais vous connecter.
sign-in-title = Connexion
sign-in-submit = Se connecter
link-sign-in = Se connecter
link-register = Créer un compte
link-have-account = J'ai déjà un compte
link-forgot-password = J'ai oublié mon mot de passe
reset-title = Mot de passe oublié
reset-intro = Saisissez l'adresse électronique de votre compte. Si elle est associée à un compte, nous y enverrons un lien permettant de choisir un nouveau mot de passe. Ce lien est valable une heure et ne peut être utilisé qu'une seule fois.
reset-submit = M'envoyer un lien
reset-confirm-title = Choisissez un nouveau mot de passe
reset-confirm-submit = Enregistrer le nouveau mot de passe
email-confirm-title = Confirmez votre nouvelle adresse électronique
email-confirm-text = Confirmez que cette nouvelle adresse électronique vous appartient. Votre compte l'utilisera ensuite.
account-title = Mon compte
account-status = Votre compte
account-verified = Adresse confirmée
account-since = Date de création
account-role = Rôle
account-unverified = Votre adresse électronique n'est pas confirmée
account-unverified-text = Confirmez-la au moyen du lien que nous vous avons envoyé. Vous pouvez demander un nouveau lien.
account-resend-submit = Renvoyer le message de confirmation
account-profile = Profil
account-email = Modifier votre adresse électronique
account-email-submit = Modifier l'adresse
account-password = Modifier votre mot de passe
account-password-submit = Modifier le mot de passe
account-sessions = Appareils connectés à votre compte
account-this-session = cet appareil
account-sign-out-everywhere = Se déconnecter de tous les appareils
account-sign-out = Se déconnecter
account-download = Télécharger mes données (JSON)
account-delete = Supprimer mon compte
delete-title = Supprimer mon compte
delete-what-goes = Votre nom, votre adresse électronique, votre mot de passe, vos sessions et vos rôles seront supprimés immédiatement et ne pourront pas être récupérés.
delete-what-stays = Vos contributions publiques, le cas échéant, resteront sur le portail, mais elles seront présentées comme rédigées par un compte supprimé, sans votre nom.
delete-confirm = Je comprends que cette action est irréversible
delete-submit = Supprimer définitivement mon compte
notice-reset = Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.
notice-signed-out = Votre session a été fermée.
notice-deleted = Votre compte a été supprimé.
notice-password = Votre mot de passe a été modifié. Vos autres sessions ont été fermées.
notice-saved = Vos modifications ont été enregistrées.
notice-email = Votre adresse électronique a été modifiée.
role-citizen = Citoyen
role-organisation_member = Membre d'organisation
role-project_leader = Responsable de projet
role-coordinator = Coordinateur
role-moderator = Modérateur
role-administrator = Administrateur
scope-plan = plan
scope-institution = institution
scope-commitment = engagement
scope-activity = activité
admin-title = Administration : comptes
admin-user-title = Compte
admin-user-details = Détails
admin-search = Le nom ou l'adresse électronique contient
admin-role = Rôle
admin-status = Statut
admin-audit-title = Journal d'audit
admin-grant = Attribuer un rôle
admin-grant-intro = Un responsable de projet se voit confier un engagement (son identifiant PGO, par exemple MO0054) ou une institution (sa clé, visible dans son adresse) ; un coordinateur se voit confier un plan (son numéro).
admin-scope = Engagement, institution ou plan
admin-scope-hint = Par exemple MO0054, house-of-representatives ou 3. Laissez ce champ vide pour les modérateurs et les administrateurs.
admin-grant-submit = Attribuer le rôle
admin-revoke = Retirer ce rôle
admin-ban = Bannir ce compte
admin-ban-reason = Motif
admin-ban-submit = Bannir et fermer toutes les sessions
admin-unban = Lever le bannissement
admin-unban-submit = Lever le bannissement
admin-resend = Message de confirmation
user-status-active = Actif
user-status-unverified = Adresse non confirmée
user-status-banned = Banni
user-status-deleted = Supprimé
user-deleted-name = Compte supprimé
password-too-short = Le mot de passe doit comporter au moins 12 caractères.
password-too-long = Le mot de passe ne doit pas dépasser 1 024 caractères.
password-weak = Ce mot de passe est trop facile à deviner. Utilisez quelques mots sans rapport entre eux.
password-common = Ce mot de passe figure parmi les plus utilisés. Choisissez-en un autre.
password-keyboard = Les suites de touches du clavier sont faciles à deviner. Utilisez quelques mots sans rapport entre eux.
password-repeats = Les caractères répétés sont faciles à deviner. Utilisez quelques mots sans rapport entre eux.
password-sequence = Les suites telles que abc ou 123 sont faciles à deviner. Utilisez quelques mots sans rapport entre eux.
password-dates = Les dates et les années sont faciles à deviner. Utilisez quelques mots sans rapport entre eux.
error-400-form = Le formulaire n'a pas pu être lu. Revenez en arrière et réessayez.
error-403-title = Action non autorisée
error-409-title = Action impossible en l'état
error-403-text = Votre compte ne vous permet pas d'effectuer cette action.
error-403-csrf = Ce formulaire a expiré ou ne provient pas de ce site. Revenez en arrière, rechargez la page et réessayez.
error-429-title = Trop de tentatives
error-429-text = Trop de tentatives ont été effectuées en peu de temps. Veuillez patienter quelques minutes, puis réessayer.
error-display-name-required = Saisissez le nom à afficher.
error-display-name-invalid = Le nom doit comporter de 1 à 80 caractères.
error-email-invalid = Saisissez une adresse électronique de la forme name@example.ma.
error-email-taken = Cette adresse est déjà utilisée par un autre compte.
error-language-invalid = Choisissez une langue dans la liste.
error-terms-required = Vous devez accepter les conditions d'utilisation pour créer un compte.
error-sign-in-failed = L'adresse électronique ou le mot de passe est incorrect.
error-current-password = Le mot de passe actuel est incorrect.
error-delete-confirm = Cochez la case pour confirmer.
error-link-invalid = Ce lien n'est pas valide : il a expiré ou a déjà été utilisé. Demandez-en un nouveau.
error-last-admin = Le dernier administrateur ne peut pas être retiré.
error-ban-self = Vous ne pouvez pas bannir votre propre compte.
error-ban-reason = Indiquez le motif du bannissement.
error-role-invalid = Choisissez un rôle dans la liste.
error-scope-unknown = Aucun engagement, aucune institution ni aucun plan ne correspond à cette clé.
mail-greeting = Bonjour { $name },
mail-footer = Gouvernement ouvert Maroc. Vous recevez ce message à la suite d'une action effectuée sur votre compte ; si vous ne l'attendiez pas, vous pouvez l'ignorer.
mail-verify-subject = Confirmez votre adresse électronique
mail-verify-body = Pour activer votre compte, confirmez votre adresse électronique au moyen du lien ci-dessous. Ce lien est valable 48 heures.
mail-verify-action = Confirmer mon adresse
mail-already-registered-subject = Tentative de création d'un compte avec votre adresse
mail-already-registered-body = Quelqu'un a tenté de créer un nouveau compte avec cette adresse électronique, qui est déjà associée à un compte. S'il s'agit de vous, connectez-vous ou choisissez un nouveau mot de passe. Sinon, vous pouvez ignorer ce message.
mail-already-registered-action = Choisir un nouveau mot de passe
mail-reset-subject = Choisissez un nouveau mot de passe
mail-reset-body = Une demande de modification du mot de passe de votre compte a été effectuée. S'il s'agit de vous, utilisez le lien ci-dessous : il est valable une heure et ne peut être utilisé qu'une seule fois. Sinon, ignorez ce message : votre mot de passe ne sera pas modifié.
mail-reset-action = Choisir un nouveau mot de passe
mail-confirm-new-email-subject = Confirmez votre nouvelle adresse électronique
mail-confirm-new-email-body = Votre compte demande à utiliser cette adresse électronique. Confirmez-la au moyen du lien ci-dessous (valable 48 heures).
mail-confirm-new-email-action = Confirmer cette adresse
mail-email-change-notice-subject = Modification en cours de votre adresse électronique
mail-email-change-notice-body = Une personne connectée à votre compte a demandé le remplacement de cette adresse électronique. Si ce n'est pas vous, modifiez immédiatement votre mot de passe et contactez l'équipe du portail.
mail-email-change-notice-action = Accéder au portail
mail-password-changed-subject = Votre mot de passe a été modifié
mail-password-changed-body = Le mot de passe de votre compte vient d'être modifié. Si ce n'est pas vous, demandez immédiatement un nouveau mot de passe.
mail-password-changed-action = Accéder au portail
mail-account-deleted-subject = Votre compte a été supprimé
mail-account-deleted-body = Votre compte et vos données à caractère personnel ont été supprimés, conformément à votre demande.
mail-account-deleted-action = Accéder au portail
two-step-title = Vérification en deux étapes
two-step-explained = Avec la vérification en deux étapes, la connexion demande, en plus de votre mot de passe, un code affiché par une application d'authentification sur votre téléphone.
two-step-required = Votre rôle exige la vérification en deux étapes. Activez-la pour continuer.
two-step-off = La vérification en deux étapes est désactivée
two-step-start = Activer la vérification en deux étapes
two-step-enrol = Ajoutez ce compte à votre application d'authentification
two-step-scan = Dans votre application d'authentification, ajoutez un compte avec la clé ci-dessous (ou ouvrez le lien sur votre téléphone), puis saisissez le code à 6 chiffres qu'elle affiche.
two-step-key = Clé
two-step-link = Lien
two-step-enable = Confirmer et activer
two-step-on = La vérification en deux étapes est activée
two-step-disable = Désactiver la vérification en deux étapes
two-step-codes-title = Vos codes de secours
two-step-codes = Codes de secours
two-step-codes-text = Conservez ces codes en lieu sûr. Chacun permet de se connecter une fois si vous perdez votre téléphone. Ils ne sont affichés que maintenant.
two-step-verify-title = Vérification en deux étapes
two-step-verify-text = Saisissez le code à 6 chiffres de votre application d'authentification, ou l'un de vos codes de secours.
field-code = Code
field-code-or-recovery = Code ou code de secours
hint-code = 6 chiffres, par exemple 123456.
error-totp-code = Le code n'est pas correct. Vérifiez l'heure de votre téléphone et réessayez.
col-date = Date
col-action = Action
col-actor = Par
col-target = Compte concerné
col-ip = Adresse
col-detail = Détail
col-last-seen = Dernière activité
col-device = Navigateur

# Limites et contrôles de sécurité
error-413-text = L'envoi dépasse la taille que ce site accepte (64 Kio). Raccourcissez-le et réessayez.
error-503-title = Serveur occupé
error-503-busy = Le serveur est occupé à vérifier d'autres mots de passe. Patientez un instant et réessayez.
error-role-unverified = Ce compte n'a pas confirmé son adresse électronique : aucun rôle ne peut lui être confié. Demandez d'abord à sa ou son titulaire de confirmer l'adresse.
admin-unverified-notice = L'adresse électronique de ce compte n'est pas confirmée : aucun rôle ne peut lui être confié, et ceux qu'il détient ne lui donnent aucun droit tant qu'elle ne l'est pas.
mail-greeting-plain = Bonjour,

## phone layout and help pages
nav-menu = Menu
filters-toggle = Filtrer la liste
filters-active = { $cat ->
    [one] { $count } filtre actif
   *[other] { $count } filtres actifs
}
table-scroll-hint = Faites défiler le tableau horizontalement pour voir toutes ses colonnes.
help-contact-title = Contact
help-legal-title = Mentions légales
help-privacy-title = Données personnelles
help-glossary-title = Glossaire
help-minutes = { $cat ->
    [one] { $count } minute
   *[other] { $count } minutes
}
help-hours = { $cat ->
    [one] { $count } heure
   *[other] { $count } heures
}
updated-on = Dernière mise à jour : { $date }
glossary-see = Le sens de ces termes dans le glossaire
term-link = Définition
register-privacy-link = Lire la notice sur les données personnelles
register-cndp = Traitement déclaré à la CNDP sous le numéro { $number }.

## Formulation et description de l'API
# A label before its value, punctuated as the language writes it ("Source:", French "Source :").
label-colon = { $label } :
count-plans = { $cat ->
    [one] { $count } plan
   *[other] { $count } plans
}
export-done = Éléments exportés dans { $dir } : { $plans }, { $commitments } et { $activities }.
seed-illustrative-done = Activités fictives ajoutées : chaque page affiche désormais le bandeau des données d'illustration.

## content in the reader's language
# Un marqueur par élément (ligne, carte, en-tête), en toutes lettres ; une seule note par page pour les lecteurs d'écran.
marker-unofficial = traduction non officielle
marker-unofficial-by-editors = traduction non officielle de l’équipe éditoriale du portail
marker-in-ar = en arabe
marker-in-fr = en français
marker-in-en = en anglais
marker-in-zgh = en amazighe
content-note-unofficial = Certains textes de cette page sont des traductions non officielles de l'équipe éditoriale du portail ; chaque ligne ou carte concernée porte la mention « traduction non officielle ».
content-note-language = Certains textes de cette page n'existent que dans une autre langue et sont affichés dans celle-ci ; chaque ligne ou carte concernée nomme la langue.
content-note-both = Certains textes de cette page sont des traductions non officielles de l'équipe éditoriale du portail, d'autres n'existent que dans une autre langue et sont affichés dans celle-ci ; chaque ligne ou carte indique lequel.
list-separator = {", "}
official-title-in = Intitulé officiel, { $language } :
commitment-wordings = Intitulés et noms tels que les sources les formulent
field-title-official = Intitulé officiel
field-title-sources = Origine de la formulation des intitulés
wording-language = { $language } :
title-source-portal = la page de l'engagement sur le portail du gouvernement
title-source-lead-institution-communique = un communiqué de l'institution chef de file
title-source-house-communique = un communiqué de la Chambre des représentants
title-source-ogp-fr-page = la page française du Partenariat pour un gouvernement ouvert (traduction automatique de son intitulé anglais)
title-source-editors = traduction non officielle de l’équipe éditoriale du portail
field-title-ogp-fr = Intitulé de la page française du Partenariat pour un gouvernement ouvert
field-support-wording = Institutions d'appui telles que le Partenariat pour un gouvernement ouvert les cite
support-in-wording = Citées seulement dans la formulation du Partenariat pour un gouvernement ouvert (voir « Intitulés et noms tels que les sources les formulent »)
institution-later-names = Noms ultérieurs
institution-supported = Engagements qu'elle appuie
name-in-use-from-until = Nom en usage de { $from } à { $until }
name-in-use-from = Nom en usage depuis { $from }
name-in-use-until = Nom en usage jusqu'en { $until }
name-since = depuis { $date }
institution-kind-independent-authority = Instance indépendante
institution-kind-other = Autre organisme public ou organisation
institution-kinds-independent-authority = Instances indépendantes
institution-kinds-other = Autres organismes publics et organisations
import-bad-period = { $file }, ligne { $line }, colonne { $column } : « { $detail } » n'est pas une période au format DÉBUT/FIN (par exemple 2017-04/2019-10, 2021-10/ ou /2021-10).
import-bad-column = { $file }, ligne 1, colonne { $column } : la colonne « { $detail } » n'est pas une colonne de ce fichier (les traductions non officielles vont dans : { $allowed }).
answer-yes = Oui
answer-no = Non
ambition-low = Faible
ambition-high = Haut
irm-impact-none = Aucun
irm-impact-minor = Mineur
irm-impact-moderate = Modéré
irm-impact-transformative = Transformateur
irm-completion-not-started = Pas commencé
irm-completion-limited = Limité
irm-completion-substantial = Substantiel
irm-completion-complete = Complet
irm-completion-withdrawn = Retiré
irm-results-worsened = Détériorés
irm-results-did-not-change = Pas de changement
irm-results-marginal = Marginaux
irm-results-major = Majeurs
irm-results-outstanding = Exceptionnels
irm-potential-unclear = Peu clair
irm-potential-modest = Modeste
irm-potential-substantial = Substantiel
ogp-value-access-to-information = Accès à l'information
ogp-value-civic-participation = Participation civique
ogp-value-public-accountability = Redevabilité publique
ogp-value-technology-and-innovation-for-transparency-and-accountability = Technologie et innovation pour la transparence et la redevabilité
policy-area-access-to-information = Accès à l'information
policy-area-access-to-justice = Accès à la justice
policy-area-anti-corruption-and-integrity = Lutte contre la corruption et intégrité
policy-area-anti-corruption-institutions = Institutions de lutte contre la corruption
policy-area-capacity-building = Renforcement des capacités
policy-area-democratizing-decision-making = Démocratisation de la prise de décision
policy-area-digital-governance = Gouvernance numérique
policy-area-digital-inclusion = Inclusion numérique
policy-area-digital-participation = Participation numérique
policy-area-digital-transformation = Transformation numérique
policy-area-fiscal-openness = Ouverture budgétaire
policy-area-justice = Justice
policy-area-legislation = Législation
policy-area-local-commitments = Engagements locaux
policy-area-open-data = Données ouvertes
policy-area-open-parliament-plan = Plan pour un parlement ouvert
policy-area-open-parliaments = Parlements ouverts
policy-area-participation-in-lawmaking = Participation à l'élaboration des lois
policy-area-public-participation = Participation du public
policy-area-public-participation-in-budget-fiscal-policy = Participation du public au budget et à la politique budgétaire
policy-area-publication-of-budget-fiscal-information = Publication des informations budgétaires
policy-area-regulation = Réglementation
policy-area-regulatory-governance = Gouvernance réglementaire
policy-area-right-to-information = Droit à l'information
policy-area-social-accountability = Redevabilité sociale
policy-area-sustainable-development-goals = Objectifs de développement durable

# Espace de suivi — activités, rapports d'avancement, validation
office-title = Espace de suivi
office-no-work = Votre compte ne suit aucune activité et ne valide aucun plan. Les rôles de responsable de projet et de coordinateur sont attribués par un administrateur du portail.
office-my-reports = Mes rapports en cours
office-my-activities = Mes activités
office-col-due = Échéance
office-col-report = Rapport
office-returned = Rapports renvoyés
office-late = Activités en retard
office-deleted-account = Compte supprimé
office-cancelled = Activité annulée
office-open-report = Ouvrir le rapport
office-write-report = Rédiger un rapport
office-last-published = Dernier rapport publié le { $date }
office-never-reported = Aucun rapport publié
queue-title = Rapports à valider
queue-col-submitted = Soumis le
queue-col-author = Auteur
queue-col-review = Examen
queue-assistance = Demande d'appui
queue-review = Examiner le rapport
queue-review-title = Valider ou renvoyer
queue-validate-hint = Valider publie le rapport ; les chiffres de l'activité, de l'engagement, de l'axe, du plan et de l'institution changent aussitôt.
queue-validate = Valider et publier
queue-return = Renvoyer le rapport
queue-return-reason = Motif du renvoi
queue-return-reason-hint = L'auteur du rapport le lit et y répond.
report-status-draft = Brouillon
report-status-submitted = En attente de validation
report-status-returned = Renvoyé pour correction
report-status-published = Publié
report-title-number = Rapport d'avancement n° { $number }
report-published-figure = Avancement publié de l'activité
report-author = Auteur
report-created = Créé le
report-submitted = Soumis le
report-published = Publié le
report-returned-on = Ce rapport a été renvoyé le { $date } pour le motif suivant
report-field-progress = Avancement proposé
report-field-progress-hint = Un nombre entier de 0 à 100.
report-field-done = Ce qui a été réalisé
report-field-done-hint = Publié avec le rapport. Avant de soumettre, décrivez ce qui a été fait ou joignez une pièce justificative.
report-field-difficulties = Difficultés rencontrées
report-field-difficulties-hint = Obligatoire si l'avancement proposé est inférieur à celui publié.
report-field-assistance = Demande d'appui au comité de pilotage
report-field-assistance-hint = Laissez vide si aucun appui n'est nécessaire.
report-edit-title = Rédiger le rapport
report-save = Enregistrer le brouillon
report-submit-for-validation = Enregistrer et soumettre à validation
report-history = Parcours du rapport
report-moved-draft = Créé en brouillon
report-moved-submitted = Soumis à validation
report-moved-returned = Renvoyé pour correction
report-moved-published = Validé et publié
report-new-title = Nouveau rapport d'avancement
report-new-intro = Activité : { $activity }
report-new-commitment = Engagement : { $id }
report-create = Créer le brouillon
report-error-progress = Saisissez un nombre entier de 0 à 100.
report-error-too-long = Ce texte est trop long : { $max } octets au plus.
report-error-control = Ce texte contient un caractère de contrôle non autorisé.
report-error-empty = Décrivez ce qui a été réalisé ou joignez une pièce justificative avant de soumettre.
report-error-decrease-unexplained = L'avancement proposé est inférieur à celui publié ({ $previous } %) : expliquez pourquoi dans les difficultés.
report-error-reason-missing = Indiquez le motif du renvoi.
report-error-published = Ce rapport est publié et ne peut plus changer ; une correction se fait par un nouveau rapport.
report-error-transition = Cette action n'est pas possible sur un rapport dans cet état.
report-error-stale = Ce rapport a changé depuis l'ouverture du formulaire. Rechargez la page et vérifiez les modifications.
report-refused-cancelled = Cette activité est annulée ; aucun rapport ne peut y être fait.
report-refused-plan-closed = Ce plan est clos ; il n'accepte plus de rapport.
evidence-title = Pièces justificatives
evidence-none = Aucune pièce justificative pour l'instant.
evidence-external = Lien externe
evidence-sha256 = Empreinte SHA-256 :
evidence-remove = Retirer
evidence-file = Fichier
evidence-file-hint = PDF, image, document bureautique ou CSV, jusqu'à { $limit } Mo. Les photos sont encodées de nouveau, ce qui efface leurs métadonnées (lieu, appareil).
evidence-add-file = Ajouter le fichier
evidence-link = Lien
evidence-link-hint = Une adresse commençant par https:// ou http://
evidence-add-link = Ajouter le lien
file-size-kb = { $size } Ko
file-size-mb = { $size } Mo
timeline-title = Rapports publiés
timeline-none = Aucun rapport d'avancement n'a encore été publié sur ce portail pour les activités de cet engagement.
late-title = Activités en retard
late-intro = Les activités de ce plan dont l'échéance est passée avant d'atteindre 100 %, au { $date }.
late-none = Aucune activité de ce plan n'est en retard.
assistance-title = Demandes d'appui
assistance-intro = Les demandes d'appui au comité de pilotage portées par le dernier rapport publié de chaque activité. Une demande est close quand un rapport ultérieur est publié sans demande.
assistance-none = Aucune demande d'appui n'est ouverte dans ce plan.
followup-back-to-plan = Retour à la page du plan
office-refused-plan-closed = Ce plan est clos ; il est en lecture seule.
office-public-page = Page publique de l'engagement
office-no-activities = Cet engagement n'a encore aucune activité.
office-col-actions = Actions
office-edit = Modifier
office-leaders = Responsables de projet
office-no-leaders = Aucun responsable de projet n'est encore désigné.
office-leader-of-commitment = de tout l'engagement
office-leader-of-activity = de l'activité { $activity }
office-leader-remove = Retirer le rôle
office-leader-email = Adresse électronique du responsable de projet
office-leader-email-hint = Un compte inscrit et confirmé sur le portail.
office-leader-add = Désigner
office-leader-unknown = Aucun compte ne porte cette adresse.
activity-new-title = Ajouter une activité
activity-edit-title = Modifier l'activité
activity-create = Ajouter l'activité
activity-save = Enregistrer
activity-field-title = Intitulé ({ $language })
activity-field-title-hint = Un intitulé dans une langue au moins.
activity-field-output = Résultat attendu ({ $language })
activity-field-start = Début
activity-field-end = Échéance
activity-field-date-hint = Sous la forme 2025, 2025-06 ou 2025-06-30.
activity-field-responsible = Institution responsable
activity-responsible-lead = L'institution cheffe de file de l'engagement
activity-field-weight = Poids
activity-field-weight-hint = Un nombre entier de 1 à 1000 : la part de l'activité dans le chiffre de l'engagement.
activity-cancel-title = Annuler l'activité
activity-cancel-intro = Une activité annulée sort des chiffres et n'accepte plus de rapport. Le motif de l'annulation est publié.
activity-cancel = Annuler l'activité
activity-cancel-reason = Motif public de l'annulation
activity-cancel-reason-hint = Affiché sur la page de l'engagement.
activity-error-title-missing = Saisissez un intitulé dans une langue au moins.
activity-error-too-long = Ce texte est trop long : { $max } octets au plus.
activity-error-control = Ce texte contient un caractère de contrôle non autorisé.
activity-error-date = Ce n'est pas une date : écrivez 2025, 2025-06 ou 2025-06-30.
activity-error-end-before-start = L'échéance précède le début.
activity-error-weight = Le poids est un nombre entier de 1 à 1000.
activity-error-reason-missing = Indiquez le motif de l'annulation.
activity-error-responsible = Choisissez une institution dans la liste.
office-my-plans = Les plans que je coordonne
# Justificatifs des rapports d'avancement : fichiers et liens (docs/co-implementation.md).
evidence-error-empty = Le fichier est vide. Choisissez de nouveau le fichier et envoyez-le.
evidence-error-forbidden = Les pages web, les fichiers SVG et XML, les scripts, les programmes et les documents à macros ne sont jamais conservés comme justificatifs. Envoyez plutôt le document en PDF.
evidence-error-polyglot = Ce PDF contient aussi une page web, qui n'est pas conservée. Exportez de nouveau le document en PDF et envoyez le nouveau fichier.
evidence-error-type = Ce type de fichier n'est pas conservé. Envoyez un PDF, une image (PNG, JPEG, WebP), un document bureautique (ODT, ODS, ODP, DOCX, XLSX, PPTX) ou un fichier CSV en UTF-8.
evidence-error-name-mismatch = Le nom du fichier ne correspond pas à son contenu : son extension annonce un autre type de fichier. Renommez-le avec la bonne extension, ou envoyez le bon fichier.
evidence-error-damaged = Cette image ne peut pas être lue : elle est abîmée ou incomplète. Ouvrez-la, enregistrez-la de nouveau et envoyez le nouveau fichier.
evidence-error-pixels = Cette image est trop grande pour être conservée : 12 000 pixels de côté et 50 mégapixels au plus, et pas plus que la limite d'envoi une fois encodée de nouveau. Réduisez-la et envoyez-la de nouveau.
evidence-error-too-large = Le fichier dépasse les { $limit } Mo acceptés. Envoyez un fichier plus léger (un PDF compressé, une photo réduite) ou donnez un lien vers lui.
evidence-error-nothing = Choisissez un fichier ou donnez un lien.
evidence-error-both = Envoyez un fichier ou un lien, un seul à la fois.
evidence-error-locked = Ce rapport a été soumis : ses justificatifs ne peuvent plus changer.
evidence-error-link-empty = Donnez un lien.
evidence-error-link-too-long = Le lien dépasse 2 000 caractères.
evidence-error-link-whitespace = Le lien contient une espace ou un caractère invisible. Copiez-le de nouveau depuis la barre d'adresse.
evidence-error-link-invalid = Ce n'est pas une adresse web. Elle commence par https:// (ou http://).
evidence-error-link-scheme = Seuls les liens web (https:// ou http://) sont conservés.
evidence-error-link-userinfo = Le lien contient un nom d'utilisateur ou un mot de passe. Retirez-les : tout le monde les verrait.
evidence-error-link-host = Le lien ne nomme aucun site.
