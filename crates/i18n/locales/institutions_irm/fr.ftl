# Les institutions dans l'espace de travail (créer, modifier, fusionner) et l'import des évaluations du MEI.
institution-edit-list-title = Institutions
institution-edit-office-link = Institutions : créer, modifier, fusionner
institution-edit-new-title = Nouvelle institution
institution-edit-create = Créer l'institution
institution-edit-save = Enregistrer l'institution
institution-edit-title = Modifier { $name }
institution-edit-key = Clé (adresse web)
institution-edit-key-hint = Lettres minuscules, chiffres et tirets, par exemple ministere-de-l-economie. Laissée vide, elle est faite à partir du nom français ou anglais. Elle ne peut plus changer ensuite.
institution-edit-kind = Type
institution-edit-kind-choose = Choisissez un type
institution-edit-name = Nom officiel en { $language }
institution-edit-name-hint = Tel que l'institution l'écrit. Laissez vide si vous ne le connaissez pas.
institution-edit-search = Rechercher par nom ou par clé
institution-edit-col-name = Nom
institution-edit-col-commitments = Engagements portés
institution-edit-col-activities = Activités
institution-edit-col-actions = Actions
institution-edit-action = Modifier
institution-edit-error-name-missing = Indiquez le nom de l'institution dans au moins une langue.
institution-edit-error-too-long = Un nom compte au plus { $max } caractères.
institution-edit-error-markup = Un nom ne peut contenir ni balise HTML (< ou >) ni caractère de contrôle.
institution-edit-error-kind = Choisissez un type dans la liste.
institution-edit-error-key = La clé se compose de lettres minuscules, de chiffres et de tirets simples (64 caractères au plus).
institution-edit-error-key-missing = Aucune clé ne peut être faite à partir d'un nom en arabe ou en tifinagh : saisissez-en une.
institution-edit-error-key-taken = La clé { $key } est déjà prise par une autre institution (ou par une fiche fusionnée).
institution-edit-error-name-taken = Une autre institution porte déjà ce nom ({ $key }). S'il s'agit de la même institution, fusionnez les deux fiches.
institution-merge-action = Fusionner
institution-merge-title = Fusionner { $name } avec une autre fiche
institution-merge-choose = Choisissez la fiche à garder
institution-merge-submit = Fusionner les deux fiches
institution-merge-into = Fiche à garder
institution-merge-into-hint = La fiche qui désigne la même institution et qui reste.
institution-merge-intro = { $name } ({ $key }) porte { $commitments } et est responsable de { $activities }. Tout passe à la fiche gardée, avec ses soutiens et les droits de ses chefs de projet.
institution-merge-warning = Cette fiche est ensuite supprimée et son adresse renvoie vers la fiche gardée. C'est définitif.
institution-merge-error-target = Choisissez dans la liste la fiche à garder.
institution-merge-error-self = Une fiche ne peut pas être fusionnée avec elle-même : choisissez-en une autre.
irm-rating-apart = L'évaluation du Mécanisme d'évaluation indépendant (MEI), l'examinateur indépendant du PGO. Ce n'est pas l'avancement déclaré par les institutions ci-dessus, et elle n'y est jamais mêlée.
irm-rating-assessed-by = Évalué par le Mécanisme d'évaluation indépendant
irm-rating-report = Rapport :
irm-rating-imported = importé le
irm-rating-recorded = Relevé dans les sources
irm-rating-recorded-sources = Les sources sont listées en bas de la page.
irm-rating-relevance = Pertinence au regard des valeurs du PGO
irm-rating-value = { $label } : { $value }
irm-import-title = Importer des évaluations du MEI
irm-import-office-link = Importer des évaluations du MEI
irm-import-intro = Un fichier CSV avec une ligne par engagement et par rapport du MEI (le format est décrit dans docs/csv-layout.md). Vous voyez d'abord ses lignes et chaque problème ; rien n'est enregistré avant votre confirmation. Importer de nouveau un rapport remplace ses évaluations.
irm-import-upload-title = Fichier à importer
irm-import-file = Fichier CSV
irm-import-file-hint = Colonnes : ogp_id, report_title, report_url, verifiable, relevance, potential_impact, completion, early_results, starred. 256 Ko au plus.
irm-import-preview = Vérifier le fichier
irm-import-preview-title = Lignes à importer
irm-import-check-then-confirm = Le fichier ne présente aucun problème. Vérifiez ses lignes, puis confirmez l'import.
irm-import-file-text = Le texte du fichier
irm-import-confirm = Confirmer l'import
irm-import-col-line = Ligne
irm-import-col-report = Rapport
irm-import-col-values = Évaluations
irm-import-reports-title = Rapports importés
irm-import-no-reports = Aucun rapport du MEI n'a encore été importé.
irm-import-at-line = Ligne { $line } :
irm-import-at-cell = Ligne { $line }, colonne { $column } :
irm-import-error-unreadable = Le fichier est illisible : il doit s'agir de texte CSV en UTF-8.
irm-import-error-too-large = Le fichier dépasse { $max } Ko.
irm-import-error-empty = Choisissez un fichier CSV avec une ligne d'en-tête et au moins une ligne.
irm-import-error-too-many-rows = Le fichier compte plus de { $rows } lignes.
irm-import-error-unknown-column = « { $value } » n'est pas une colonne du format (colonnes : { $allowed }).
irm-import-error-duplicate-column = La colonne { $column } figure deux fois.
irm-import-error-missing-column = La colonne { $column } manque.
irm-import-error-row-length = La ligne n'a pas autant de cellules que l'en-tête.
irm-import-error-required = Cette cellule est obligatoire.
irm-import-error-markup = Les balises HTML (< ou >) et les caractères de contrôle ne sont pas acceptés.
irm-import-error-too-long = Le texte est trop long.
irm-import-error-unknown-commitment = Aucun engagement d'identifiant PGO { $value } n'est enregistré ici.
irm-import-error-bad-value = « { $value } » n'est pas une valeur de l'échelle du MEI (valeurs : { $allowed }).
irm-import-error-bad-link = « { $value } » n'est pas une adresse web (http ou https).
irm-import-error-title-mismatch = Le même lien de rapport figure plus haut avec un autre titre.
irm-import-error-duplicate = Cet engagement est déjà évalué plus haut par le même rapport.
irm-import-failed = { $cat ->
    [one] Rien n'a été importé : 1 problème trouvé.
   *[other] Rien n'a été importé : { $count } problèmes trouvés.
}
irm-import-done = { $cat ->
    [one] 1 évaluation du MEI importée.
   *[other] { $count } évaluations du MEI importées.
}
irm-import-cli-done = Import terminé : { $ratings } de { $reports } ({ $replaced } remplacées).
irm-import-count-ratings = { $cat ->
    [one] 1 évaluation
   *[other] { $count } évaluations
}
irm-import-count-reports = { $cat ->
    [one] 1 rapport
   *[other] { $count } rapports
}
change-institution-created = { $subject } : institution ajoutée
change-institution-edited = { $subject } : institution modifiée
change-institutions-merged = { $subject } : deux fiches de la même institution fusionnées
change-irm-ratings-imported = { $subject } : évaluations du MEI importées
