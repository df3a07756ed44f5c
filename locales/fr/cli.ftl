### Ce que la ligne de commande `dais` affiche (avec `--json`, seuls les messages des erreurs).
### Les en-têtes de colonne sont en capitales, comme dans les tableaux d'un terminal.

## Échecs.
cli-invalid-input = saisie non valide :
cli-error-initialised = l'espace de travail { $path } est déjà initialisé : il contient { $events } ; `dais init` n'y touche pas
cli-error-no-meeting = l'espace de travail { $path } ne contient aucune réunion ; `dais init --demo` crée la réunion de démonstration
cli-error-io = impossible d'écrire { $path } : { $reason }
cli-error-no-site = cet espace de travail n'a pas encore de site de manifestation : `dais site --url URL --token JETON`
cli-error-unconfirmed = non publié : le programme comporte des avertissements ({ $warnings }) ; `--yes` publie malgré tout

## Fait.
cli-saved = Enregistré : { $what } ({ $id })
cli-deleted = Supprimé : { $what } ({ $id })
cli-role-saved = Enregistré : { $speaker } est { $role } de { $entry } ({ $id })
cli-role-removed = { $speaker } n'est plus { $role } de { $entry } ({ $id })
cli-entry-no-roles = { $entry } n'a encore personne ; `dais entry role add` attribue un rôle.
cli-meeting-no-roles = Personne n'a encore de rôle dans { $meeting }.
cli-archived = Archivé : { $what } ({ $id })
cli-unarchived = Rétabli : { $what } ({ $id })
cli-exported = { $meeting } exporté vers { $file }

## Ce que la ligne de commande refuse.
cli-capacity-not-a-number = la capacité est un nombre de personnes
cli-delete-meeting-unconfirmed = { $meeting } serait supprimé avec son programme, ses orateurs et ses inscriptions : ajoutez --yes

## Le programme et sa publication.
cli-programme-written = Programme de { $meeting } écrit dans { $file }
cli-no-zone-found = Aucun fuseau horaire ne correspond à « { $search } » : essayez une ville ou un pays
cli-publish-unchanged = Rien n'a changé : la version { $version } reste publique : { $page }
cli-published = Version { $version } publiée : { $page }
cli-withdrawn = { $meeting } est retiré du site public jusqu'à la prochaine publication
cli-not-withdrawn = { $meeting } n'était pas sur le site public

## Inscriptions.
cli-decided =
    { $count ->
        [one] { $status } : { $count } inscription, décision de { $by }
        [many] { $status } : { $count } inscriptions, décision de { $by }
       *[other] { $status } : { $count } inscriptions, décision de { $by }
    }
cli-registration-saved = Inscription de { $given } { $family } enregistrée ({ $id })
cli-registration-erased = Inscription de { $given } { $family } effacée ({ $id }) ; elle quitte le site de la manifestation à la prochaine synchronisation
cli-list-format-unknown = { $file } n'est ni un fichier .csv ni un fichier .xlsx : indiquez --format
cli-xlsx-needs-file = un fichier XLSX s'écrit dans un fichier : indiquez --out FICHIER
cli-list-written =
    { $count ->
        [one] Liste des participants de { $meeting } écrite : { $count } ligne dans { $file }
        [many] Liste des participants de { $meeting } écrite : { $count } lignes dans { $file }
       *[other] Liste des participants de { $meeting } écrite : { $count } lignes dans { $file }
    }
cli-list-printed =
    { $count ->
        [one] Liste des participants de { $meeting } écrite : { $count } ligne sur la sortie standard
        [many] Liste des participants de { $meeting } écrite : { $count } lignes sur la sortie standard
       *[other] Liste des participants de { $meeting } écrite : { $count } lignes sur la sortie standard
    }
cli-error-offline =
    { $count ->
        [one] hors ligne : le site de la manifestation à l'adresse { $url } est injoignable ({ $reason }) ; { $count } modification en attente
        [many] hors ligne : le site de la manifestation à l'adresse { $url } est injoignable ({ $reason }) ; { $count } modifications en attente
       *[other] hors ligne : le site de la manifestation à l'adresse { $url } est injoignable ({ $reason }) ; { $count } modifications en attente
    }

## Orateurs.
cli-photo-unreadable = { $file } ne peut pas être lu : { $reason }
cli-photo-saved = Photo de { $speaker } enregistrée ({ $id })
cli-photo-removed = Photo de { $speaker } supprimée ({ $id })

## Le site de la manifestation et la synchronisation.
cli-site-keychain = Site { $url } ; le jeton est conservé dans le trousseau du système
cli-site-token-file = Site { $url } ; le jeton est conservé dans { $file } (pas de trousseau ici)
cli-shared = { $meeting } partagé : il parvient au site de la manifestation à la prochaine synchronisation
cli-shared-already = { $meeting } est déjà partagé
cli-restored = Rétabli ; la valeur parvient aux autres à la prochaine synchronisation
cli-error-no-workspace = l'espace de travail { $path } ne peut pas être ouvert : il n'y a pas d'espace de travail à cet endroit ; `dais init` en crée un

## Annuler et rétablir.
cli-undo-state = Annuler : { $undo }
    Rétablir : { $redo }
cli-undo-nothing = rien
cli-undone = Annulé : { $step }
cli-redone = Rétabli : { $step }
cli-nothing-to-undo = Rien à annuler dans { $meeting }
cli-nothing-to-redo = Rien à rétablir dans { $meeting }

## L'espace de travail.
cli-init =
    { $done ->
        [initialised] Espace de travail { $path } initialisé
       *[created] Espace de travail { $path } créé
    }
cli-init-demo =
    { $done ->
        [initialised] Espace de travail { $path } initialisé, avec la réunion de démonstration { $meeting } ({ $id })
       *[created] Espace de travail { $path } créé, avec la réunion de démonstration { $meeting } ({ $id })
    }
cli-organiser = Les décisions sont enregistrées au nom de { $name }

## Correspondants.
cli-focal-point-saved = Correspondant { $name } modifié ({ $id })
cli-focal-point-removed = Correspondant { $name } supprimé ({ $id })

## En-têtes de colonne.
cli-column-id = ID
cli-column-meeting = RÉUNION
cli-column-side-event = MANIFESTATION PARALLÈLE
cli-column-date = DATE
cli-column-zone = FUSEAU
cli-column-name = NOM
cli-column-organisation = ORGANISATION
cli-column-country = PAYS
cli-column-status = STATUT
cli-column-consent = CONSENTEMENT
cli-column-public-site = SITE PUBLIC
cli-column-role = RÔLE
cli-column-speaker = ORATEUR
cli-column-entry = POINT
cli-column-category = CATÉGORIE
cli-column-email = COURRIEL
cli-column-when = QUAND
cli-column-state = ÉTAT

## Listes.
cli-no-meetings = Aucune réunion pour l'instant ; `dais init --demo` crée la réunion de démonstration.
cli-no-side-events = { $meeting } n'a pas de manifestation parallèle ; `dais meeting new --part-of { $id }` en crée une.
cli-archived-meeting = { $meeting } (archivée)
cli-no-speakers = Aucun orateur pour l'instant.
cli-yes = oui
cli-no = non
cli-left-out = omis : { $reason }
cli-listed = affiché
cli-moved = { $entry } ({ $id }) déplacé : { $start } - { $end }
cli-no-registrations = Aucune inscription pour l'instant.
cli-no-registration-matches =
    { $count ->
        [one] L'unique inscription ne correspond pas.
        [many] Aucune des { $count } inscriptions ne correspond.
       *[other] Aucune des { $count } inscriptions ne correspond.
    }
cli-status-count = { $status } : { $count }
cli-registrations-matching =
    { $count ->
        [one] { $matching } sur { $count } inscription : { $counts }
        [many] { $matching } sur { $count } inscriptions : { $counts }
       *[other] { $matching } sur { $count } inscriptions : { $counts }
    }
cli-registrations-count =
    { $count ->
        [one] { $count } inscription
        [many] { $count } inscriptions
       *[other] { $count } inscriptions
    }
cli-by-status = Par statut
cli-by-category = Par catégorie
cli-by-region = Par région
cli-elsewhere = Ailleurs
cli-by-country = Par pays
cli-by-day = Par jour de demande
cli-no-focal-points = { $meeting } n'a pas de correspondant : les organisateurs se prononcent sur chaque demande. `dais focal-point add` en ajoute un.
cli-any-category = toutes

## Le programme.
cli-times-in-zone = Heures du fuseau { $zone }.
cli-times-in-two-zones = Heures du fuseau { $zone }, et à côté celles du fuseau { $viewer }.
cli-no-entries = Aucun point pour l'instant.
cli-draft-entry = { $entry } [brouillon]
cli-warnings = Avertissements :

## Une inscription.
cli-submitted = Soumise le { $when } ({ $source })
cli-notes = Notes : { $notes }
cli-mail = Courrier : { $message }, { $state }, { $when }
cli-mail-failed = Courrier : { $message }, { $state }, { $when } : { $error }
cli-decisions = Décisions :
cli-decision = { $status }  { $when }  par { $by }
cli-decision-reason = { $status }  { $when }  par { $by } : { $reason }

## Synchronisation et conflits.
cli-synced =
    { $conflicts ->
        [0] Synchronisé : { $sent } modifications envoyées, { $received } lignes reçues
        [one] Synchronisé : { $sent } modifications envoyées, { $received } lignes reçues, { $conflicts } nouveau conflit (voir `dais conflicts`)
        [many] Synchronisé : { $sent } modifications envoyées, { $received } lignes reçues, { $conflicts } nouveaux conflits (voir `dais conflicts`)
       *[other] Synchronisé : { $sent } modifications envoyées, { $received } lignes reçues, { $conflicts } nouveaux conflits (voir `dais conflicts`)
    }
cli-site-was-restored = Le site de la manifestation avait été restauré à partir d'une copie antérieure : les données de cet espace de travail lui ont été renvoyées, et ses données ont été rechargées.
cli-no-site-set = aucun (à définir avec `dais site`)
cli-status = Site de la manifestation : { $site }
    Modifications en attente : { $waiting }
cli-no-conflicts = Aucun conflit
cli-conflict-settled = { $id } (réglé)
cli-conflict = { $field } de { $subject } : { $value } de { $author } le { $lost_at } a cédé devant { $winner_value } de { $winner_author } le { $won_at }

## L'aperçu et les versions publiées.
cli-preview-public = Le public voit la version { $version }. La publication crée la version { $next } :
cli-preview-first = Rien n'est encore public. La publication crée la version 1 :
cli-preview-withdrawn = La réunion est retirée du site public. La publication crée la version { $next } :
cli-preview-nothing-changed = rien n'a changé
cli-preview-unlisted-speakers = Orateurs omis du site public (il affiche ceux qui ont confirmé et accepté d'être publiés) :
cli-preview-public-fields = Ce qui devient public (aucune adresse électronique, note privée ni inscription) :
cli-preview-kept-fields = Ce que le site conserve pour son propre usage, sans jamais l'afficher :
cli-preview-not-shared = Cette réunion n'est que sur cet ordinateur : la publication la partage avec le site de la manifestation.
cli-preview-error = { $problem } (ceci empêche la publication)
cli-not-published = { $meeting } n'a pas été publié (les versions arrivent à chaque synchronisation)
cli-version-withdrawn = Retiré du site public le { $when } par { $by }
cli-version = Version { $version }, { $when }, par { $by }
cli-version-public = { $meeting } : la version { $version } est publique.
cli-not-published-yet = { $meeting } : pas encore publié.
cli-entry-published = publié dans la version { $version }
cli-entry-changed-since = modifié depuis la version { $version }
cli-entry-new = nouveau : la prochaine publication l'ajoute
cli-entry-held-back = retenu : son bloc est un brouillon
cli-entry-draft = brouillon
cli-translated = Le champ « { $field } » est maintenant donné en { $language }
cli-untranslated = Le champ « { $field } » n'est plus donné en { $language } ; ses lecteurs voient l'original
cli-no-translations = Aucun texte de cette réunion n'est donné dans d'autres langues

## dais registration import
cli-import-csv = { $file } : CSV en { $encoding }, séparé par { $separator }
cli-import-workbook = { $file } : classeur { $kind }
cli-import-sheet = feuille { $number }, { $name } : { $rows } lignes
cli-import-left-out = (laissée de côté)
cli-import-counts = Lignes : { $rows }. Ajoutées : { $add }. Mises à jour : { $update }. Inchangées : { $unchanged }. Ignorées : { $skip }. Gardées à côté d'une correspondance : { $keep_both }. Refusées : { $refused }.
cli-import-problem = ligne { $row }, { $header } : { $problem }
cli-import-problem-row = ligne { $row } : { $problem }
cli-import-more-problems = et { $count } de plus
cli-import-done = Importé dans { $meeting } (une seule étape pour dais undo).
cli-import-no-header = le fichier n'a pas de colonne intitulée « { $header } »
cli-import-row = « { $given } » n'est pas une ligne suivie de ce qu'il faut en faire, comme 7=skip (add, update, skip ou keep_both)
cli-import-map = « { $given } » n'est pas un en-tête suivi d'un champ, comme Affiliation=organisation, ou Notes=none

## dais import-programme
cli-programme-import-would = Importerait dans { $meeting }. Entrées ajoutées : { $added } ; modifiées : { $changed } ; inchangées : { $unchanged }. Nouveaux intervenants : { $speakers }.
cli-programme-import-done = Importé dans { $meeting } (une seule étape pour dais undo). Entrées ajoutées : { $added } ; modifiées : { $changed } ; inchangées : { $unchanged }. Nouveaux intervenants : { $speakers }.

## dais meeting read-circular
cli-circular-missing = Absent de la lettre : { $field }. Indiquez-le en créant la réunion.
# dais site-files: the public site written as files.
cli-site-files = { $files } fichiers écrits dans { $folder } : tout serveur web sert ce dossier tel quel.
