### Les vues de l'application : inscriptions (reg-), intervenants (spk-), site de l'événement et publication (pub-), conflits (conf-).

## Inscriptions : en-tête de la vue.
reg-title = Inscriptions
reg-count =
    { $count ->
        [one] { $count } inscription
        [many] { $count } d'inscriptions
       *[other] { $count } inscriptions
    }
reg-charts = Graphiques
reg-list-open = Liste des participants…
reg-fp-open = Points de contact…
reg-add-open = Ajouter une inscription…
## Combien la recherche et les filtres en trouvent : toutes, ou $matching sur $total.
reg-matching-all =
    { $count ->
        [one] L'unique inscription
        [many] Les { $count } d'inscriptions
       *[other] Les { $count } inscriptions
    }
reg-matching =
    { $total ->
        [one] { $matching } sur { $total } inscription
        [many] { $matching } sur { $total } d'inscriptions
       *[other] { $matching } sur { $total } inscriptions
    }
reg-select-matching = Tout sélectionner ({ $count })

## Inscriptions : le tableau.
reg-column =
    { $column ->
        [name] Nom
        [organisation] Organisation
        [country] Pays
        [category] Catégorie
        [status] Statut
       *[submitted] Soumise le
    }
reg-actions = Actions
reg-caption = Inscriptions à { $event }
reg-select-shown = Sélectionner les lignes affichées
reg-select = Sélectionner { $name }
reg-read-failed = Les inscriptions n'ont pas pu être lues
reg-load-failed = Les inscriptions n'ont pas pu être chargées : { $error }
reg-loading = Chargement des inscriptions…
reg-loading-row = Chargement…
reg-none = Aucune inscription pour l'instant.
reg-no-match = Aucune inscription ne correspond.
reg-erase-open = Effacer…
reg-erase-aria = Effacer l'inscription de { $name }
reg-erase-label = Confirmer l'effacement de l'inscription de { $name }
reg-erase-question = Effacer toutes les données de { $name } ici, sur le site de l'événement et sur chaque ordinateur ? Cette opération est irréversible.
reg-erase = Effacer
reg-erasing = Effacement…
reg-erase-failed = Non effacée
reg-erased = Inscription de { $name } effacée : elle disparaît du site de l'événement et de l'ordinateur de chaque organisateur à leur prochaine synchronisation

## Inscriptions : décider d'une inscription ou de celles sélectionnées.
reg-decide-selected = Décider des inscriptions sélectionnées
reg-selected =
    { $count ->
        [one] { $count } sélectionnée
        [many] { $count } sélectionnées
       *[other] { $count } sélectionnées
    }
reg-clear-selection = Effacer la sélection
## Ce que fait chaque bouton de décision.
reg-decide =
    { $status ->
        [approved] Approuver
        [waitlisted] Liste d'attente
        [rejected] Refuser…
        [cancelled] Annuler l'inscription
       *[pending] Remettre en attente
    }
reg-cancel-many = Annuler les inscriptions
reg-reject-reason = Motif du refus
reg-reject =
    { $count ->
        [one] Refuser
        [many] Refuser les { $count }
       *[other] Refuser les { $count }
    }
reg-back = Retour
reg-deciding = Décision en cours…
reg-decide-failed = Décision non enregistrée
## Dit une fois la décision prise : $status est le nom du nouveau statut (Approuvée, Refusée…).
reg-decided = { $status } : { $name }
reg-decided-many =
    { $count ->
        [one] { $status } : { $count } inscription
        [many] { $status } : { $count } d'inscriptions
       *[other] { $status } : { $count } inscriptions
    }

## Inscriptions : la liste des participants, enregistrée comme tableur.
reg-list-title = Liste des participants
reg-list-intro =
    { $count ->
        [one] L'inscription que le tableau affiche maintenant (sa recherche et ses filtres), enregistrée dans votre dossier Téléchargements. Les cellules qui commencent comme une formule sont conservées en texte.
        [many] Les { $count } d'inscriptions que le tableau affiche maintenant (sa recherche et ses filtres), dans son ordre, enregistrées dans votre dossier Téléchargements. Les cellules qui commencent comme une formule sont conservées en texte.
       *[other] Les { $count } inscriptions que le tableau affiche maintenant (sa recherche et ses filtres), dans son ordre, enregistrées dans votre dossier Téléchargements. Les cellules qui commencent comme une formule sont conservées en texte.
    }
reg-list-columns = Colonnes
reg-list-columns-failed = Les colonnes n'ont pas pu être lues
reg-list-no-column = choisissez au moins une colonne
reg-list-format = Format
reg-list-xlsx = Excel (XLSX)
reg-list-csv = CSV (UTF-8)
reg-list-save = Enregistrer la liste
reg-list-writing = Écriture de la liste…
reg-list-writing-short = Écriture…
reg-list-failed = Non enregistrée
reg-list-saved =
    { $count ->
        [one] Un participant enregistré dans { $path }
        [many] { $count } de participants enregistrés dans { $path }
       *[other] { $count } participants enregistrés dans { $path }
    }
reg-list-saved-in = Enregistrée :
reg-close = Fermer

## Inscriptions : les points de contact d'une réunion, qui approuvent les demandes de leur administration.
reg-fp-title = Points de contact de { $event }
reg-fp-intro = La demande d'une administration attend son point de contact, à qui le site de l'événement envoie un lien privé pour l'approuver ou la refuser. La demande d'une administration qui n'en a pas vous attend.
reg-fp-read-failed = Les points de contact n'ont pas pu être lus : { $error }
reg-fp-none = Aucun pour l'instant.
reg-fp-column =
    { $column ->
        [country] Pays
        [category] Catégorie
        [name] Nom
       *[email] Courriel
    }
reg-any-category = Toutes catégories
reg-fp-change = Modifier
reg-fp-remove-open = Supprimer…
reg-fp-remove-aria = Supprimer { $name }
reg-fp-remove-label = Confirmer la suppression de { $name }
reg-fp-remove = Supprimer
reg-fp-remove-failed = Non supprimé
reg-fp-removed = Point de contact { $name } supprimé
reg-fp-form-add = Ajouter un point de contact
reg-fp-form-change = Modifier le point de contact
reg-fp-email-hint = Le site y envoie son lien
reg-fp-add = Ajouter le point de contact
reg-fp-save = Enregistrer
reg-fp-cancel = Annuler
reg-fp-added = Point de contact { $name } ajouté
reg-fp-changed = Point de contact { $name } modifié

## Inscriptions : les graphiques.
reg-charts-label = Inscriptions en graphiques
reg-chart-failed = Les décomptes n'ont pas pu être lus : { $error }
reg-chart-counting = Décompte…
reg-chart-none = Aucune inscription pour l'instant : les graphiques se remplissent à mesure que les demandes arrivent.
## $zone est le fuseau horaire de la réunion, par exemple « Europe/Zurich ».
reg-chart-days = Demandes par jour ({ $zone })
reg-chart-days-label = Demandes par jour, du { $first } au { $last } ; au plus { $most } en un jour
reg-chart-day =
    { $count ->
        [one] { $day } : { $count } demande
        [many] { $day } : { $count } de demandes
       *[other] { $day } : { $count } demandes
    }
reg-chart-by =
    { $group ->
        [status] Par statut
        [category] Par catégorie
        [region] Par région
       *[country] Par pays
    }
reg-chart-elsewhere = Ailleurs
reg-chart-other-countries =
    { $count ->
        [one] { $count } autre pays
        [many] { $count } d'autres pays
       *[other] { $count } autres pays
    }

## Inscriptions : une inscription dans sa boîte de dialogue.
reg-dialog-add = Ajouter une inscription
reg-dialog-title = Inscription
reg-dialog-read-failed = L'inscription n'a pas pu être lue : { $error }
reg-dialog-by-hand = Saisie à la main (un appel, une lettre) : elle est en attente jusqu'à la décision, comme celles du formulaire.
## $source est sa provenance (Formulaire du site, Saisie à la main…) ; $at la date et l'heure de sa soumission.
reg-dialog-submitted = { $source } · soumise le { $at }
## Le fuseau horaire propre de la personne inscrite, par exemple « Europe/Paris ».
reg-dialog-zone = fuseau { $zone }
## $message et $state sont le courriel et où il en est (demande reçue, envoyé) ; $at quand.
reg-dialog-mail = Courriel du site de l'événement : { $message }, { $state } le { $at }
reg-dialog-decision = Décision
reg-dialog-as-submitted = à la soumission
reg-dialog-decide = Décider de l'inscription de { $name }
reg-dialog-earlier = Décisions antérieures

## Inscriptions : la recherche et les filtres.
reg-filter-label = Rechercher des inscriptions
reg-search = Rechercher
reg-search-placeholder = Nom, courriel ou organisation
reg-filter =
    { $filter ->
        [category] Catégorie
        [region] Région
       *[country] Pays
    }
reg-any-region = Toutes régions
reg-any-country = Tous pays
reg-filter-status = Afficher les inscriptions par statut

## Inscriptions : le formulaire d'une inscription (saisie à la main, ou corrigée).
reg-form-field =
    { $field ->
        [given_name] Prénom
        [family_name] Nom de famille
        [name_order] Ordre du nom
        [email] Courriel
        [organisation] Organisation
        [country] Pays
        [category] Catégorie
        [position] Fonction
       *[private_notes] Notes privées
    }
reg-form-email-hint = Privé : jamais publié
reg-form-notes-hint = Pour les organisateurs seulement
reg-form-attended = Présent
reg-form-saving = Enregistrement…
reg-form-save = Enregistrer
reg-form-add = Ajouter l'inscription
reg-form-saved = Inscription de { $name } enregistrée
reg-form-added = Inscription de { $name } ajoutée

## Intervenants : le tableau.
spk-title = Intervenants
spk-count =
    { $count ->
        [one] { $count } intervenant
        [many] { $count } d'intervenants
       *[other] { $count } intervenants
    }
spk-unlisted-count =
    { $count ->
        [one] { $count } absent du site public
        [many] { $count } absents du site public
       *[other] { $count } absents du site public
    }
spk-add = Ajouter un intervenant
spk-new-failed = Un nouvel intervenant n'a pas pu être créé
spk-load-failed = Les intervenants n'ont pas pu être chargés : { $error }
spk-loading = Chargement des intervenants…
spk-none = Aucun intervenant pour l'instant. Ajoutez le premier avec « Ajouter un intervenant ».
spk-caption = Intervenants de { $event }
spk-column =
    { $column ->
        [name] Nom
        [position] Fonction
        [organisation] Organisation
        [country] Pays
        [status] Statut
       *[public] Site public
    }
spk-actions = Actions
## $reason vient du cœur, par exemple « non confirmé ».
spk-left-out = Absent : { $reason }
spk-listed = Affiché
spk-edit = Modifier
spk-edit-aria = Modifier { $name }

## Intervenants : le formulaire d'un intervenant.
spk-form-new = Nouvel intervenant
spk-form-title = Intervenant : { $name }
spk-field =
    { $field ->
        [honorific] Titre de civilité
        [given_name] Prénom
        [family_name] Nom de famille
        [name_order] Ordre du nom
        [position] Fonction
        [organisation] Organisation
        [country] Pays
        [status] Statut
        [consent_to_publish] Accepte d'être publié
        [bio] Biographie
        [photo] Photo
        [links] Liens
        [email] Courriel
       *[private_notes] Notes
    }
spk-publication = Sur le site public
spk-publication-hint = Le site affiche un intervenant, et le nomme dans le programme, dès que les deux sont vrais : Confirmé, et accepte d'être publié.
## $reason vient du cœur, par exemple « non confirmé ».
spk-unlisted = Tel qu'enregistré, absent du site public : { $reason }.
spk-photo-note = JPEG, PNG, WebP ou GIF jusqu'à 20 Mo ; son carré central est conservé
spk-photo-first = Enregistrez d'abord l'intervenant, puis choisissez sa photo.
spk-photo-alt = Photo de { $name }
spk-photo-remove = Retirer la photo
spk-photo-saved = Photo de { $name } enregistrée
spk-photo-removed = Photo de { $name } retirée
spk-photo-failed = Photo non enregistrée
spk-links-note = un par ligne
spk-roles = Rôles dans le programme
spk-roles-first = Enregistrez d'abord l'intervenant, puis attribuez-lui des rôles.
spk-roles-none = Aucun rôle pour l'instant.
spk-role-remove = Retirer
## $role est le nom du rôle (Président, Intervenant…) ; $entry les heures et le titre de l'élément.
spk-role-remove-aria = Retirer le rôle { $role } de { $entry }
spk-role-add-label = Ajouter un rôle
spk-role-entry = Élément
spk-role-choose = — Choisir un élément —
spk-role-kind = Rôle
spk-role-add = Ajouter le rôle
spk-role-no-entry = Choisissez un élément du programme.
spk-role-added = Rôle { $role } ajouté
spk-role-removed = Rôle { $role } retiré
spk-entry-gone = Un élément qui n'est plus au programme
spk-remove-failed = Non retiré
spk-delete-open = Supprimer…
spk-delete-label = Confirmer la suppression
spk-delete-question = Supprimer cet intervenant et ses rôles ?
spk-delete = Supprimer
spk-delete-failed = Non supprimé
spk-deleted = Intervenant supprimé
spk-cancel = Annuler
spk-saving = Enregistrement…
spk-save = Enregistrer l'intervenant
spk-saved = { $name } enregistré

## Le site de l'événement, dans la barre latérale.
pub-site = Site de l'événement
## $at est une heure avec son fuseau, par exemple « 18:02 CET ».
pub-last-sync = Dernière synchronisation à { $at }
pub-published = Version { $version } publiée
pub-published-at = à { $at }
pub-programme = Programme public
pub-opens-in-browser = (s'ouvre dans votre navigateur)
pub-open-failed = La page n'a pas pu être ouverte
pub-publish-open = Publier…
pub-sync = Synchroniser
pub-syncing = Synchronisation…
pub-set-site = Définir le site de l'événement…

## Publier : ce qui part, puis la version créée.
pub-title = Publier
pub-title-next = Publier la version { $version }
pub-title-done = La version { $version } est publique
pub-reading = Lecture du programme…
pub-public-sees = Le public voit la version { $version }.
pub-nothing-public = Rien de cette réunion n'est encore public.
pub-withdrawn = Cette réunion est retirée du site public.
## $at est la date et l'heure de la publication.
pub-done = La version { $version } a été publiée le { $at }.
pub-open = Ouvrir le programme public
pub-in-browser = (dans votre navigateur)
pub-changes = Ce que le public verra changer
pub-no-changes = Rien n'a changé depuis la version { $version }.
pub-left-out = Intervenants absents du site public
pub-left-out-why = Le site affiche un intervenant une fois Confirmé et acceptant d'être publié ; modifiez l'un ou l'autre dans Intervenants.
## Un intervenant absent, et pourquoi (les mots du cœur, par exemple « non confirmé »).
pub-left-out-one = { $name } : { $reason }
pub-errors = À corriger avant de publier
pub-warnings = À vérifier
pub-warnings-confirm = Je les ai vérifiés, publier quand même
pub-fields = Ce qui devient public
pub-fields-private = Aucun courriel, aucune note privée ni aucune inscription n'en fait partie : seul ce qui est listé ici part vers le site de l'événement.
pub-kept = Ce que le site garde pour son propre travail, sans jamais l'afficher
pub-not-shared = Cette réunion n'est que sur cet ordinateur : la publier la partage avec le site de l'événement et les autres organisateurs.
pub-versions = Versions publiées ({ $count })
## $at est la date et l'heure, $by l'organisateur qui a publié.
pub-version = Version { $version }, { $at }, par { $by }
pub-version-withdrawn = Retirée du site public, { $at }, par { $by }
pub-close = Fermer
pub-cancel = Annuler

## Conflits : des valeurs qui ont perdu face à la modification du même champ par un autre organisateur.
conf-title = Conflits
conf-subtitle = Valeurs qui ont perdu face à la modification d'un autre organisateur
conf-counts =
    { $open ->
        [one] { $open } ouvert · { $count } au total
        [many] { $open } ouverts · { $count } au total
       *[other] { $open } ouverts · { $count } au total
    }
conf-intro = Quand deux organisateurs modifient le même champ avant de synchroniser, la modification la plus récente est conservée et l'autre est listée ici. Rétablir remet une valeur, comme une nouvelle modification de votre part qui parvient aux autres à la prochaine synchronisation.
conf-load-failed = Les conflits n'ont pas pu être chargés : { $error }
conf-load-failed-status = Les conflits n'ont pas pu être chargés
conf-loading = Chargement des conflits…
conf-none = Aucun conflit : rien de ce qui a été saisi n'a été écrasé.
## Si la valeur gagnante est toujours en place.
conf-state =
    { $open ->
        [yes] Ouvert
       *[no] Réglé
    }
conf-settled-why = Le champ a été modifié depuis
conf-lost = Perdue
conf-kept =
    { $open ->
        [yes] Conservée
       *[no] Avait été conservée
    }
## $author est la personne qui a saisi la valeur, $at quand.
conf-by = par { $author }, { $at }
conf-restore = Rétablir
conf-restoring = Rétablissement…
conf-restored = Rétablie ; elle parvient aux autres à la prochaine synchronisation
conf-restore-failed = Non rétablie
## $field est le nom du champ en minuscules (titre), $subject ce qu'est la ligne (élément « Ouverture »).
conf-restore-label = Rétablir la valeur perdue du champ { $field } : { $subject }
conf-empty = (vide)
conf-none-value = (aucun)
conf-yes = Oui
conf-no = Non
## Le nom d'un champ ; $name est le nom propre du champ rendu lisible, pour un champ non nommé ici.
conf-field =
    { $field ->
        [title] Titre
        [short_title] Titre abrégé
        [description] Description
        [kind] Type
        [format] Format
        [zone] Fuseau horaire
        [starts_on] Premier jour
        [ends_on] Dernier jour
        [venue] Lieu
        [languages] Langues
        [organiser] Organisateur
        [audience] Qui peut participer
        [registration] Règles d'inscription
        [eligible_categories] Catégories de participants
        [contacts] Contacts
        [reference] Document de référence
        [website] Site web
        [online_link] Lien en ligne
        [slot] Horaires et lieu
        [public] Marqué public
        [honorific] Titre de civilité
        [given_name] Prénom
        [family_name] Nom de famille
        [position] Fonction
        [organisation] Organisation
        [country] Pays
        [bio] Biographie
        [links] Liens
        [photo] Photo
        [email] Courriel
        [status] Statut
        [consent_to_publish] Accepte d'être publié
        [private_notes] Notes
        [role] Rôle
        [category] Catégorie
        [attended] Présent
        [decision] Décision
        [name] Nom
       *[other] { $name }
    }

## Ce sur quoi porte un conflit : sa ligne et le titre ou le nom de celle-ci (ceux des organisateurs).
conflict-subject =
    { $thing ->
        [meeting] réunion « { $name } »
        [entry] entrée « { $name } »
        [speaker] intervenant { $name }
        [registration] inscription de { $name }
        [focal_point] point focal { $name }
        [translation] traduction « { $name } »
        [role] un rôle
       *[other] { $thing }
    }

## Importer des inscriptions d'un fichier.
reg-import-open = Importer…
reg-import-title = Importer des inscriptions
reg-import-intro = D'un tableur ou d'un CSV : l'export d'un autre système (Indico, un outil de formulaires, un CRM) ou une liste des participants. Rien n'est écrit avant l'import.
reg-import-file = Fichier
reg-import-file-hint = CSV, Excel (XLSX, XLS) ou OpenDocument (ODS)
reg-import-reading = Lecture du fichier…
reg-import-first-screen = Les premières lignes. Lecture du reste du fichier pour les totaux et chaque problème…
reg-import-read-failed = Le fichier n'a pas pu être lu
reg-import-csv = CSV en { $encoding }, séparé par { $separator }
reg-import-workbook = Classeur { $kind }
reg-import-encoding = Codage
reg-import-sheet = Feuille
reg-import-sheet-choice = { $name } · { $rows }
reg-import-columns = Le champ de chaque colonne
reg-import-remembered = Comme pour le dernier fichier ayant ces en-têtes.
reg-import-left-out = Laissée de côté
reg-import-duplicates = Une ligne ayant l'adresse d'une inscription de cette réunion
reg-import-on-duplicate =
    { $choice ->
        [update] Mettre à jour les champs qui diffèrent
        [skip] Laisser l'inscription telle quelle
       *[keep_both] Ajouter la ligne à côté
    }
reg-import-counts = Lignes : { $rows } · à ajouter : { $add } · à mettre à jour : { $update } · inchangées : { $unchanged } · ignorées : { $skip } · à côté d'une correspondance : { $keep_both } · refusées : { $refused }
reg-import-problems = Problèmes
reg-import-problem = Ligne { $row }, { $header } : { $message }
reg-import-problem-row = Ligne { $row } : { $message }
reg-import-more-problems = et { $count } de plus
reg-import-skip-row = Ignorer la ligne { $row }
reg-import-rows = Les premières lignes, telles qu'elles seront enregistrées
reg-import-row = Ligne
reg-import-what = Import
reg-import-action =
    { $action ->
        [add] Ajouter
        [update] Mettre à jour
        [unchanged] Inchangée
        [skip] Ignorer
        [refused] Refusée
       *[keep_both] Ajouter à côté
    }
reg-import-refused-hint = Corrigez les lignes refusées dans le fichier et choisissez-le de nouveau, ou ignorez-les.
reg-import-submit = Importer
reg-import-importing = Import en cours…
reg-import-progress = { $done } lignes écrites sur { $total }
reg-import-stop = Arrêter : ne rien écrire
reg-import-failed = Non importé
reg-import-done = Importé : { $add } ajoutées, { $update } mises à jour. Édition → Annuler revient en arrière.

## Importer un programme d'un autre système.
prog-import-open = Importer…
prog-import-title = Importer un programme
prog-import-intro = D'Indico (export de l'horaire ou de l'événement), d'un programme c3voc (frab, pretalx) ou d'un export de Dais. Les sessions deviennent des blocs avec leurs points, les animateurs président, les intervenants interviennent ; une entrée d'un import précédent de la même source est modifiée, jamais copiée. Rien n'est écrit avant l'import.
prog-import-file = Fichier
prog-import-file-hint = JSON ou XML
prog-import-indico = Ou le récupérer dans Indico
prog-import-indico-address = L'adresse de l'événement
prog-import-indico-address-hint = Sa page (…/event/1234/) ou l'un de ses exports
prog-import-indico-token = Jeton d'API
prog-import-indico-token-hint = Pour un événement non public : Mon profil → Jetons d'API dans Indico, portée read:legacy_api
prog-import-indico-fetch = Récupérer
prog-import-reading = Lecture du fichier…
prog-import-read-failed = Le fichier n'a pas pu être lu
prog-import-summary = { $format ->
        [indico_timetable] Horaire d'Indico
        [indico_event] Export d'événement d'Indico
        [schedule_xml] Programme c3voc (XML)
        [schedule_json] Programme c3voc (JSON)
       *[dais] Export de Dais
    }. Entrées à ajouter : { $added } · à modifier : { $changed } · inchangées : { $unchanged } · nouveaux intervenants : { $speakers }
prog-import-added = À ajouter
prog-import-changed = À modifier
prog-import-new-speakers = Nouveaux intervenants
prog-import-field = { $field ->
        [title] titre
        [description] description
        [slot] heure ou lieu
        [kind] type
        [block_id] bloc
       *[roles] personnes
    }
prog-import-submit = Importer
prog-import-importing = Import en cours…
prog-import-failed = Non importé
prog-import-done = Importé : entrées ajoutées : { $added }, modifiées : { $changed }. Édition → Annuler revient en arrière.

## The meeting on the organisation's website (WebsiteEmbeds.svelte)
web-title = Sur le site web de votre organisation
web-intro = Collez l’un de ces extraits dans une page de votre site : il montre la réunion telle que publiée, et chaque nouvelle version dès sa publication.
web-part = { $part ->
    [programme] Le programme
    [speakers] Les intervenants
   *[registration] Le formulaire d’inscription
}
web-copy = Copier
web-copied = Copié.
web-form-origins = Le formulaire d’inscription ne s’affiche que sur les sites que les réglages du site de l’événement autorisent (origines d’intégration) : demandez à qui gère le site de l’événement d’ajouter le vôtre.
web-save-files = Enregistrer le site public en fichiers…
web-saving = Enregistrement…
web-saved = { $files } fichiers enregistrés dans { $path } : tout serveur web sert ce dossier tel quel.
