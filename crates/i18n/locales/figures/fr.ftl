## Comment un chiffre est calculé (pages des engagements)

computed-link = Comment ce chiffre est-il calculé ?
computed-title = Comment ce chiffre est calculé
computed-rule = Le chiffre de l'engagement est la moyenne de l'avancement de ses activités, chacune comptée selon sa pondération : la somme des pondérations × avancement, divisée par la somme des pondérations. Une activité annulée n'est pas comptée. Tant qu'une activité comptée n'a pas d'avancement communiqué, l'engagement n'a pas de chiffre.
computed-col-product = Pondération × avancement
computed-col-origin = D'où vient l'avancement
computed-origin-report = Rapport publié le { $date }
computed-origin-sources = Chiffre donné par les sources
computed-origin-initial = Pas encore de rapport : la valeur donnée à l'ajout de l'activité
computed-origin-none = Rien de communiqué pour l'instant
computed-not-reported-one = non communiqué
computed-cancelled = Non comptée : annulée
computed-evidence = { $cat ->
    [one] { $count } justificatif
   *[other] { $count } justificatifs
}
computed-total = Total des activités comptées
computed-result = Somme des pondérations × avancement ÷ somme des pondérations =
computed-not-reported = { $cat ->
    [one] Pas encore de chiffre : { $count } activité comptée n'a pas d'avancement communiqué.
   *[other] Pas encore de chiffre : { $count } activités comptées n'ont pas d'avancement communiqué.
}
computed-no-activities = Aucune activité n'est enregistrée pour cet engagement : aucun chiffre n'est calculé.

## Comment le chiffre d'un plan vient de ses engagements (pages des plans)

decimal-separator = ,
rollup-title = Les chiffres derrière l'avancement du plan
rollup-explained = Chaque ligne est un engagement avec sa pondération et son chiffre ; son identifiant mène au calcul de son chiffre à partir de ses activités et de leurs rapports.
rollup-col-axis = Axe
rollup-col-figure = Chiffre
rollup-col-product = Pondération × chiffre
rollup-col-counted = Compté
rollup-no-figure = pas encore de chiffre
rollup-parliament-apart = Parlement : compté dans le chiffre du Parlement
rollup-plan-sum = Le plan (engagements du gouvernement ayant un chiffre) :
rollup-table = Chaque engagement, sa pondération et son chiffre
