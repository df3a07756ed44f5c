app-language-not-kept = La langue est affichée, mais n’a pas pu être conservée pour le prochain démarrage : { $reason }

## La fenêtre : la barre latérale et ses vues
app-workspace-unread = L’espace de travail n’a pas pu être lu
app-workspace-unread-because = L’espace de travail n’a pas pu être lu : { $reason }
app-workspace-opened = Nouvel espace de travail ouvert : { $path }
app-zones-unread = Les fuseaux horaires n’ont pas pu être chargés
app-meeting = Réunion
app-archived = Archivée
app-new-meeting = Nouvelle réunion…
app-views = Vues
app-workspace = Espace de travail
app-view = { $view ->
    [event] Événement
    [programme] Programme
    [speakers] Intervenants
    [registrations] Inscriptions
    [conflicts] Conflits
   *[settings] Paramètres
  }
app-open-conflicts = { $count ->
    [one] ouvert
    [many] ouverts
   *[other] ouverts
  }
app-undo-redo = Annuler et rétablir
app-undo = ↶ Annuler
app-redo = ↷ Rétablir
app-undo-what = Annuler : { $what } (Ctrl+Z)
app-redo-what = Rétablir : { $what } (Ctrl+Maj+Z)
app-nothing-to-undo = Rien à annuler
app-nothing-to-redo = Rien à rétablir
app-opening-workspace = Ouverture de l’espace de travail…

## La ligne d’état
app-status-idle = Chaque modification est enregistrée sur cet ordinateur
app-saving = Enregistrement…
app-saved = Enregistré
app-not-saved = Non enregistré
app-failed = { $prefix } : { $message }
app-undoing = Annulation…
app-redoing = Rétablissement…
app-undone = Annulé : { $what }
app-redone = Rétabli : { $what }
app-part-unread = { $part ->
    [meetings] Les réunions n’ont pas pu être lues
    [sideEvents] Les manifestations parallèles n’ont pas pu être lues
    [programme] Le programme n’a pas pu être lu
    [publication] La version dans laquelle chaque point a été publié n’a pas pu être lue
    [speakers] Les intervenants n’ont pas pu être lus
    [unlisted] Les intervenants que le site public omet n’ont pas pu être lus
    [participations] Les rôles n’ont pas pu être lus
    [translations] Les traductions n'ont pas pu être lues
   *[undo] Ce qu’Annuler reprendrait n’a pas pu être lu
  }

## Où en est l’espace de travail avec son site
app-sync-sending = { $count ->
    [one] Synchronisation… envoi de { $count } modification
    [many] Synchronisation… envoi de { $count } modifications
   *[other] Synchronisation… envoi de { $count } modifications
  }
app-sync-publishing = Publication…
app-sync-resending = Synchronisation… le site de l’événement a été restauré à partir d’une copie : renvoi des données de cet espace de travail
app-syncing = Synchronisation…
app-sync-checking = Vérification du site de l’événement…
app-sync-no-site = { $count ->
    [0] Aucun site d’événement défini
    [one] Aucun site d’événement défini, { $count } modification en attente
    [many] Aucun site d’événement défini, { $count } modifications en attente
   *[other] Aucun site d’événement défini, { $count } modifications en attente
  }
app-sync-local = Sur cet ordinateur uniquement : Publier… partage cette réunion
app-sync-offline = { $count ->
    [one] Hors ligne, { $count } modification en attente
    [many] Hors ligne, { $count } modifications en attente
   *[other] Hors ligne, { $count } modifications en attente
  }
app-sync-refused = Synchronisé, mais { $reason }
app-sync-failed = Non synchronisé : { $reason }
app-sync-waiting = { $count ->
    [one] { $count } modification en attente
    [many] { $count } modifications en attente
   *[other] { $count } modifications en attente
  }
app-sync-done = Toutes les modifications sont synchronisées

## Dates saisies, et instants
app-instant = { $date }, { $time } { $zone }
app-date-give = { $what ->
    [first-day] indiquez le premier jour, par exemple { $example }
    [last-day] indiquez le dernier jour, par exemple { $example }
   *[date] indiquez la date, par exemple { $example }
  }
app-not-a-date = « { $typed } » n’est pas une date ; écrivez-la sous la forme { $example } ou 26/03/2026
app-when-give-day = { $happens ->
    [opens] indiquez le jour d’ouverture des inscriptions, par exemple 26 mars 2026
   *[closes] indiquez le jour de clôture des inscriptions, par exemple 26 mars 2026
  }
app-when-give-time = { $happens ->
    [opens] indiquez aussi l’heure d’ouverture des inscriptions, par exemple 09:00
   *[closes] indiquez aussi l’heure de clôture des inscriptions, par exemple 09:00
  }

## Le champ de date et son calendrier
app-date-placeholder = p. ex. { $example }
app-calendar-choose = { $what ->
    [first-day] Choisir le premier jour dans un calendrier
    [last-day] Choisir le dernier jour dans un calendrier
    [opens] Choisir le jour d’ouverture des inscriptions dans un calendrier
    [closes] Choisir le jour de clôture des inscriptions dans un calendrier
   *[date] Choisir la date du point dans un calendrier
  }
app-calendar-title = { $what ->
    [first-day] Choisir le premier jour
    [last-day] Choisir le dernier jour
    [opens] Choisir le jour d’ouverture des inscriptions
    [closes] Choisir le jour de clôture des inscriptions
   *[date] Choisir la date du point
  }
app-calendar-month-before = Le mois précédent
app-calendar-month-after = Le mois suivant

## Mots partagés
app-keep = Conserver
app-clash = Modifié par quelqu’un d’autre
app-clash-theirs = Quelqu’un d’autre a remplacé cette valeur par { $theirs } pendant que vous la modifiiez.
app-clash-keep-mine = Garder la mienne
app-clash-use-theirs = Prendre la leur
app-zones-found = Fuseaux horaires trouvés
app-zone-placeholder = Une ville ou un pays, p. ex. Genève
app-countries-found = Pays trouvés
app-country-placeholder = Saisissez le nom d’un pays
app-decision-verb = { $status ->
    [pending] Remettre en attente
    [waitlisted] Liste d’attente
    [approved] Approuver
    [rejected] Refuser…
   *[cancelled] Annuler l’inscription
  }
app-un-language = { $language ->
    [Arabic] Arabe
    [Chinese] Chinois
    [English] Anglais
    [French] Français
    [Russian] Russe
   *[Spanish] Espagnol
  }
app-badge-published = Publié v{ $version }
app-badge-published-title = Public tel que publié dans la version { $version }
app-badge-changed = Modifié depuis v{ $version }
app-badge-changed-title = Dernière publication dans la version { $version } ; la prochaine publication enverra la modification
app-badge-new = Pas encore public
app-badge-new-title = Public, mais dans aucune version publiée : la prochaine publication l’ajoutera
app-badge-held-back = Retenu
app-badge-held-back-title = Marqué public, mais son bloc est un brouillon : il n’est pas publié sans lui

## L’horaire
app-timetable-add = Ajouter un point à { $time } le { $day }
app-timetable-add-in = Ajouter un point à { $time } le { $day } dans « { $block } »
app-timetable-changing = { $mode ->
    [move] Déplacement…
    [start] Modification du début…
   *[end] Modification de la fin…
  }
app-timetable-changed-one = { $mode ->
    [move] « { $title } » déplacé
    [start] Début de « { $title } » modifié
   *[end] Fin de « { $title } » modifiée
  }
app-timetable-changed = { $mode ->
    [move] { $count ->
        [one] { $count } point déplacé
        [many] { $count } points déplacés
       *[other] { $count } points déplacés
      }
    [start] { $count ->
        [one] Début de { $count } point modifié
        [many] Début de { $count } points modifié
       *[other] Début de { $count } points modifié
      }
   *[end] { $count ->
        [one] Fin de { $count } point modifiée
        [many] Fin de { $count } points modifiée
       *[other] Fin de { $count } points modifiée
      }
  }
app-timetable-not-changed = { $mode ->
    [move] Non déplacé
   *[other] Non modifié
  }
app-timetable-help = Cliquez sur une heure libre pour y ajouter un point. Faites glisser un point pour le déplacer, ou son bord supérieur ou inférieur pour modifier ses heures (par pas de 5 minutes). Ctrl+clic en sélectionne plusieurs. Touches : ↑ ↓ déplacent de 5 minutes, Maj+↑ ↓ déplacent la fin, Entrée ouvre, Suppr supprime, Ctrl+Z annule.
app-timetable-zone = heures en { $zone }
app-timetable-sessions = Blocs, pauses, manifestations parallèles
app-timetable-items = Points
app-timetable-of = Horaire du { $day }
app-timetable-warning = Avertissement : { $warnings }

## Le programme
app-programme-saved-to = Programme enregistré dans { $path }
app-programme-writing = Rédaction du document…
app-deleted = « { $title } » supprimé
app-not-deleted = Non supprimé
app-deleting = Suppression…
app-delete-block = { $count ->
    [one] Supprimer le bloc et son point ({ $count }) ?
    [many] Supprimer le bloc et ses { $count } points ?
   *[other] Supprimer le bloc et ses { $count } points ?
  }
app-delete-entry = Supprimer ce point ?
app-programme-of-days = Programme · { $days }
app-programme-document-title = Le programme tel qu’il est maintenant, brouillons compris, en document { $format } dans votre dossier Téléchargements
app-programme-save-as = Enregistrer en { $format }
app-add-entry = Ajouter un point
app-zone-picker = Afficher aussi les heures en
app-zone-picker-pick = Choisissez un fuseau dans la liste : saisissez une ville ou un pays, p. ex. Sydney.
app-zone-picker-hint = Une ville ou un pays ; vide, seul le fuseau de la réunion est affiché.
app-zone-clear = Effacer le fuseau
app-layout = Afficher le programme sous forme de
app-layout-list = Liste
app-layout-timetable = Horaire
app-warnings = À vérifier avant de publier
app-programme-unread = Le programme n’a pas pu être chargé : { $reason }
app-programme-loading = Chargement du programme…
app-programme-empty = Aucun point pour l’instant. Ajoutez le premier avec « Ajouter un point », ou choisissez son jour et son heure dans l’horaire :
app-programme-empty-timetable = ouvrir l’horaire
app-programme-of = Programme du { $day }
app-time-in = Heure
app-column-session = Séance
app-column-place = Lieu
app-column-actions = Actions
app-draft = Brouillon
app-draft-title = Brouillon : non publié
app-not-on-site = absent du site public
app-confirm-deletion = Confirmer la suppression de { $title }
app-delete = Supprimer
app-edit = Modifier
app-edit-title = Modifier { $title }
app-delete-title = Supprimer { $title }
app-delete-question = Supprimer « { $title } » ?
app-undo-brings-back = Annuler (Ctrl+Z) le rétablit.

## Paramètres
app-save = Enregistrer
app-settings-subtitle = Votre langue, qui vous êtes, et où cet espace de travail publie sa réunion
app-update-available = Dais { $version } est disponible
app-update-whats-new = Nouveautés
app-update-install = Installer et redémarrer
app-update-later = Plus tard
app-update-installing = Installation de Dais { $version } : l’application redémarre une fois terminé.
app-settings-updates = Mises à jour
app-settings-updates-version = Ceci est Dais { $version }.
app-settings-updates-check = Rechercher les mises à jour au démarrage de Dais et une fois par jour
app-settings-updates-hint = Dais demande à son flux de versions s’il en existe une plus récente ; rien sur vous ni sur vos réunions n’est envoyé. Une nouvelle version n’est installée que si vous le décidez.
app-settings-updates-policy = Votre organisation a désactivé la recherche de mises à jour sur cet ordinateur.
app-settings-updates-check-now = Rechercher maintenant
app-settings-updates-checking = Recherche…
app-settings-updates-latest = Dais { $version } est la version la plus récente.
app-settings-updates-found = Dais { $version } est disponible : installez-le depuis la barre latérale.
app-settings-language = Langue
app-settings-language-hint = La langue de Dais sur cet ordinateur, pour tous les espaces de travail. Les réunions, noms et titres restent tels qu’ils ont été écrits.
app-settings-name-saved = Votre nom est enregistré
app-settings-site-saved = Le site de l’événement est enregistré
app-settings-you = Vous
app-settings-your-name = Votre nom
app-settings-your-name-hint = Le nom sous lequel les autres organisateurs et le site de l’événement vous désignent : sur vos décisions, vos modifications, les conflits et les publications. Tant que vous ne l’avez pas défini, le nom d’utilisateur de cet ordinateur figure sur les décisions, et le libellé de votre jeton sur le site.
app-settings-saved = Enregistré.
app-settings-site = Site de l’événement
app-settings-site-intro = La publication envoie les modifications faites sur cet ordinateur au site de l’événement de la réunion, et rapporte les modifications des autres et les inscriptions reçues par son formulaire. L’administrateur du site donne à chaque organisateur une adresse et un jeton.
app-settings-site-url = Adresse du site
app-settings-site-now = Actuellement :
app-settings-no-site = Aucun site n’est encore défini.
app-settings-token = Jeton d’organisateur
app-settings-token-kept = Conservé en lieu sûr ; saisissez-le de nouveau pour changer de site
app-settings-token-hint = Le jeton est secret : il est conservé dans le trousseau de cet ordinateur (Trousseau sur macOS, Gestionnaire d’identification sur Windows, Secret Service sur Linux), jamais dans l’espace de travail. À défaut de trousseau, il est placé dans un fichier à côté de l’espace de travail, que vous seul pouvez lire.
app-settings-token-in-keychain = Enregistré. Le jeton est conservé dans le trousseau.
app-settings-token-in-file = Enregistré. Pas de trousseau sur cet ordinateur : le jeton est conservé dans { $file }.
app-settings-token-beside = Enregistré. Pas de trousseau sur cet ordinateur : le jeton est conservé dans un fichier à côté de l’espace de travail.

## Premier démarrage, et espace de travail impossible à ouvrir
app-welcome-demo-opened = Réunion de démonstration ouverte : U4SSC-9
app-welcome-demo-failed = La démonstration n’a pas pu être ouverte
app-welcome-demo-opening = Ouverture de la démonstration…
app-welcome = Bienvenue dans Dais
app-welcome-subtitle = Préparez le programme, les intervenants et les inscriptions d’une réunion, sur cet ordinateur portable, avec ou sans réseau.
app-welcome-create = Créer une réunion
app-welcome-create-what = Son titre, ses dates, son fuseau horaire, son format, ses langues et ses inscriptions ; le reste de la circulaire ensuite.
app-welcome-create-button = Créer une réunion…
app-welcome-demo = Ouvrir la démonstration
app-welcome-demo-what = La neuvième réunion U4SSC ({ $date }) avec son programme, ses intervenants et quelques inscriptions, pour faire des essais.
app-welcome-connect = Se connecter à un site d’événement
app-welcome-connect-what = Vous avez reçu l’adresse d’un site et un jeton : les réunions qui y sont partagées arrivent sur cet ordinateur portable.
app-welcome-connect-button = Se connecter…
app-problem = Cet espace de travail ne peut pas être ouvert
app-problem-file = Le fichier est :
app-problem-what-now = Dais ne l’a pas modifié. S’il s’agit d’une copie en cours de restauration, ou s’il a été écrit par une version plus récente de Dais, laissez-la se terminer, ou mettez Dais à jour, puis redémarrez Dais. Pour continuer à travailler entre-temps, créez un nouvel espace de travail à côté : il s’ouvre avec la réunion de démonstration et rejoint votre site d’événement dès que vous l’avez défini dans Paramètres.
app-problem-start-new = Créer un nouvel espace de travail

## Le formulaire d’un point, et ses présidents et intervenants
app-cancel = Annuler
app-entry-saved = « { $title } » enregistré
app-entry-added = « { $title } » ajouté
app-entry-edit = Modifier le point
app-entry-add = Ajouter un point
app-entry-zone = Les heures sont celles du fuseau de l’événement, { $zone } ({ $label }).
app-entry-kind = Type
app-entry-choose-block = — Choisir un bloc —
app-entry-linked = Événement lié
app-entry-none = — Aucun —
app-entry-title = Titre
app-entry-description = Description
app-entry-when = Quand
app-entry-when-zone = en { $zone } ({ $label })
app-entry-date = Date
app-entry-start = Début
app-entry-end = Fin
app-entry-time-note = HH:MM { $label }
app-entry-place-note = une salle, ou un lien en ligne
app-entry-public = Public
app-entry-public-hint = Décoché, le point est un brouillon : il reste sur les ordinateurs des organisateurs.
app-entry-people-later = Les présidents et intervenants s’ajoutent une fois le point créé.
app-entry-save = Enregistrer le point
app-people-type-name = Saisissez le nom d’un intervenant, ou d’une nouvelle personne.
app-people-added = { $name } ajouté(e) comme { $role }
app-people-not-added = Non ajouté
app-people-removed = Retiré : { $what }
app-people-not-removed = Non retiré
app-people = Présidents et intervenants
app-people-nobody = Personne pour l’instant.
app-people-label = { $name }, { $role }
app-people-removed-speaker = un intervenant supprimé
app-people-remove-label = Retirer { $what }
app-people-remove = Retirer
app-people-name = Nom
app-people-name-hint = un intervenant, ou une nouvelle personne
app-people-role = Rôle
app-people-add-new = Ajouter « { $name } » comme nouvel intervenant
app-people-add = Ajouter

## Une nouvelle réunion
app-new-created = { $title } créée
app-new-not-created = Non créée
app-new-creating = Création…
app-new-side-event-of = Nouvelle manifestation parallèle de { $title }
app-new-meeting-title = Nouvelle réunion
app-new-start-from = Partir de
app-new-blank = Une réunion vierge
app-new-from-past = Une réunion passée : ses informations et son programme, reportés aux nouvelles dates ; sans intervenants ni inscriptions
app-new-from-circular = Sa circulaire : les éléments que Dais lit dans la lettre, à confirmer
app-new-from-programme = Un programme d'un autre système : Indico, pretalx ou un autre Dais, ses jours et son fuseau horaire deviennent ceux de la réunion
app-new-programme-hint = L'export de l'horaire ou de l'événement d'Indico (JSON), un programme c3voc (pretalx, frab : XML ou JSON) ou un export de Dais
app-new-programme-days = Les jours de la réunion, tels que le programme les donne : { $dates }. Les autres éléments sont à compléter ensuite.
app-circular-file = La circulaire (DOCX, PDF ou texte)
app-circular-paste = Ou collez son texte
app-circular-read = Lire
app-circular-reading = Lecture de la lettre…
app-circular-not-read = La lettre n'a pas pu être lue
app-circular-facts = Ce que dit la lettre
app-circular-facts-hint = Vérifiez chaque élément face à la phrase d'où il a été lu, corrigez ce qui est faux et donnez ce que la lettre ne dit pas. Rien n'est créé avant votre confirmation.
app-circular-said = La lettre : « { $sentence } »
app-circular-missing = Absent de la lettre : à donner.
app-circular-conflict = La lettre en donne deux : gardez le bon.
app-circular-lines = un par ligne
app-circular-create = Créer la réunion
app-new-past = Réunion passée
app-new-short-title = Titre abrégé
app-new-short-title-hint = Tel que la barre latérale et les listes du site l’affichent, p. ex. U4SSC-10
app-new-first-day = Premier jour
app-new-last-day = Dernier jour
app-new-format = Format
app-new-zone = Fuseau horaire
app-new-zone-hint = Le fuseau de l’horloge de la réunion : saisissez sa ville ou son pays
app-new-languages = Langues
app-new-registration = Inscription
app-new-registration-hint = heures dans le fuseau de la réunion
app-new-mandatory = Obligatoire
app-new-free = Gratuite
app-new-opens = Ouverture
app-new-opens-at = Heure d’ouverture
app-new-closes = Clôture
app-new-closes-at = Heure de clôture
app-new-capacity = Capacité
app-new-capacity-hint = vide : sans limite
app-new-template-summary = { $title } a eu lieu { $dates } ({ $zone }) : la nouvelle réunion reprend ses informations, son programme aux mêmes heures et ses règles d’inscription, décalés d’autant de jours.
app-new-create = { $what ->
    [side-event] Créer la manifestation parallèle
   *[meeting] Créer la réunion
  }

## Les informations de la réunion (vue Événement)
app-loading = Chargement…
app-none = Aucune.
app-event-saved = Événement enregistré
app-event-archived = { $title } archivée
app-event-unarchived = { $title } est de retour parmi les réunions
app-event-deleted = { $title } supprimée
app-event-side-event-of = une manifestation parallèle de { $title }
app-event-facts = Les informations de la circulaire
app-event-saved-on-leaving = Chaque modification est enregistrée lorsque vous quittez le champ.
app-event-reference = Référence
app-event-reference-hint = Le document d’annonce, p. ex. Circulaire TSB 81
app-event-venue = Lieu
app-event-venue-hint = Une salle et un bâtiment, pour une réunion en présentiel ou hybride
app-event-online-link = Lien en ligne
app-event-online-link-hint = Envoyé aux participants approuvés, jamais publié
app-event-languages-hint = Séparées par des virgules, p. ex. anglais, français
app-event-website = Site web
app-event-organiser = Organisateur
app-event-audience = Qui peut participer
app-event-eligible = Catégories admises
app-event-registration-zone = heures en { $zone }
app-event-contacts = Contacts
app-event-contact = Contact { $n }
app-event-contact-who = Qui (contact { $n })
app-event-contact-who-placeholder = Qui, p. ex. secrétariat U4SSC
app-event-contact-email = Courriel (contact { $n })
app-event-contact-phone = Téléphone (contact { $n })
app-event-contact-fax = Télécopie (contact { $n })
app-event-email = Courriel
app-event-phone = Téléphone
app-event-fax = Télécopie
app-event-contact-remove = Retirer le contact { $n }
app-event-contact-add = Ajouter un contact
app-event-side-whole = La manifestation parallèle dans son ensemble
app-event-meeting-whole = Manifestations parallèles et réunion dans son ensemble
app-event-side-events = Manifestations parallèles
app-event-side-events-unread = Les manifestations parallèles n’ont pas pu être chargées : { $reason }
app-event-add-side-event = Ajouter une manifestation parallèle…
app-event-the-side-event = La manifestation parallèle
app-event-the-meeting = La réunion
app-event-part-of = Fait partie de { $title } : listée avec elle, ici et sur sa page publique.
app-event-is-archived = Archivée : conservée en entier, listée à part dans le sélecteur de réunions.
app-event-bring-back = Ramener
app-event-archive-hint = Terminée ? Archivez-la : elle reste entière, hors du chemin.
app-event-archive = Archiver
app-event-delete-question = Supprimer { $title }, son programme, ses intervenants et ses inscriptions ? Si elle est partagée, elle disparaît aussi des ordinateurs des autres organisateurs et du site public.
app-event-delete = { $what ->
    [side-event] Supprimer la manifestation parallèle
   *[meeting] Supprimer la réunion
  }
app-event-keep-it = La conserver
app-event-delete-button = Supprimer…

## A field that must be filled in
app-required = obligatoire

## Une étape à annuler ou rétablir, telle que la nomment les boutons Annuler et Rétablir et le menu Édition :
## « Déplacement : point « Clôture » et 2 autres ». $thing est ce qu'est la ligne ; $name son titre ou son nom (ceux des
## organisateurs) ; $more combien d'autres lignes du même type.
undo-step = { $action ->
        [add] Ajout
        [delete] Suppression
        [move] Déplacement
       *[edit] Modification
    } : { $thing ->
        [meeting] réunion
        [block] séance
        [item] point
        [break] pause
        [side_event] manifestation parallèle
        [speaker] intervenant
        [role] rôle de
        [registration] inscription
        [focal_point] point focal
        [translation] traduction
       *[other] { $thing }
    } « { $name } »{ $more ->
        [0] {""}
        [one] {" "}et 1 autre
        [many] {" "}et { $more } autres
       *[other] {" "}et { $more } autres
    }

## Le menu de l'application : Édition, avec Annuler et Rétablir des modifications de la réunion ($step : undo-step) et les commandes du presse-papiers.
app-menu-edit = Édition
app-menu-undo = Annuler
app-menu-redo = Rétablir
app-menu-undo-step = Annuler ({ $step })
app-menu-redo-step = Rétablir ({ $step })
app-menu-cut = Couper
app-menu-copy = Copier
app-menu-paste = Coller
app-menu-select-all = Tout sélectionner

## A step kept before the languages, in the English it was kept in.
undo-step-kept = { $words }

## Beside a field's label: what is typed in it stays with the organisers.
app-field-private = privé : jamais publié

## The meeting's and entries' words in other languages, beside the originals ($count: the fields given in a language;
## $given: none or some).
app-translations = Dans d'autres langues
app-translations-hint = Les lecteurs qui ont choisi cette langue lisent ces textes sur le site public, dans ses flux et dans les documents ; les autres lisent l'original. Chacun est enregistré quand vous le quittez.
app-translations-language = Langue
app-translations-choice = { $language }{ $given ->
        [none] {""}
       *[some] {" "}({ $count })
    }
app-translation-original = Original : { $text }
app-translation-saved = Traduction enregistrée
