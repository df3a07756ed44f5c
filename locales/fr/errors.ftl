### Ce que les règles de Dais refusent, et pourquoi : affiché à côté d'un champ, dans une boîte de dialogue ou par la ligne de commande.

## Un champ laissé vide.
error-meeting-title-required = indiquez le titre, tel que la circulaire nomme la réunion
error-short-title-required = indiquez un titre court, par exemple U4SSC-10 : la barre latérale et les listes du site l'affichent
error-entry-title-required = indiquez le titre, tel que le programme l'affiche
error-given-name-required = le prénom est obligatoire
error-family-name-required = le nom de famille est obligatoire
error-speaker-family-name-required = indiquez le nom de famille de l'orateur
error-organisation-required = l'organisation est obligatoire
error-name-required = le nom est obligatoire
error-date-required = indiquez la date, par exemple 2026-03-26
error-time-required = indiquez l'heure, par exemple 09:30 ou 14:00
error-zone-required = indiquez le fuseau horaire : cherchez-le par une ville ou un pays (Genève donne Europe/Zurich)

## Une valeur qui n'en est pas une.
error-not-an-email = « { $email } » n'est pas une adresse électronique
error-not-a-country = « { $code } » n'est pas un pays : choisissez-en un par son nom, ou indiquez son code à deux lettres (CH)
error-not-a-date = « { $text } » n'est pas une date ; écrivez-la sous la forme 2026-03-26
error-not-a-time = « { $text } » n'est pas une heure ; écrivez-la sous la forme 09:30 ou 14:00 (sur 24 heures)
error-unknown-zone = aucun fuseau horaire ne s'appelle « { $zone } » ; cherchez-le par une ville ou un pays (Genève donne Europe/Zurich)
error-unknown-zone-one = aucun fuseau horaire ne s'appelle « { $zone } » ; vouliez-vous dire { $meant } ?
error-unknown-zone-several = aucun fuseau horaire ne s'appelle « { $zone } » ; vouliez-vous dire { $meant } ou { $last } ?
error-time-skipped = { $time } n'existe pas le { $day } dans le fuseau { $zone } : on avance alors les horloges
error-name-too-long = un nom compte au plus { $most } caractères, sur une seule ligne
error-unreadable-value = cette valeur ne peut pas être lue : { $detail }

## Jours et heures.
error-last-day-before-first = le dernier jour précède le premier ({ $first }) ; indiquez le même jour ou un jour ultérieur
error-registration-closes-before-opening = l'inscription se clôt avant de s'ouvrir
error-ends-before-start = se termine ({ $end }) avant de commencer ({ $start })
error-end-before-start = la fin doit suivre le début
error-entry-ends-before-start = « { $entry } » doit se terminer après avoir commencé

## Les blocs et les points du programme.
error-item-without-block = un point appartient à un bloc
error-block-of-another-meeting = « { $block } » appartient à une autre réunion
error-not-a-block = « { $block } » n'est pas un bloc
error-outside-block = en dehors de son bloc « { $block } » ({ $start }-{ $end })
error-only-items-in-blocks = seul un point peut appartenir à un bloc
error-items-outside = ses points se trouveraient en dehors : { $items }
error-no-such-block = le bloc n'existe pas
error-in = { $what } : { $problem }

## Réunions et manifestations parallèles.
error-template-is-side-event = une manifestation parallèle ne peut pas servir de modèle de réunion
error-side-event-starts-blank = une manifestation parallèle commence vierge
error-no-such-meeting = la réunion dont elle ferait partie n'est pas dans l'espace de travail
error-side-event-of-side-event = une manifestation parallèle fait partie d'une réunion, pas d'une autre manifestation parallèle
error-side-event-in-programme = le point « { $entry } » du programme représente cette manifestation parallèle : supprimez d'abord ce point

## Orateurs et rôles.
error-speaker-of-another-meeting = l'orateur et le point appartiennent à des réunions différentes
error-role-given = { $speaker } a déjà ce rôle pour « { $entry } »

## Photos des orateurs.
error-photo-file-too-large = le fichier fait { $size } Mo ; une photo fait au plus { $most } Mo
error-photo-unreadable = le fichier ne peut pas être lu : { $detail }
error-photo-not-an-image = le fichier n'est pas une image : choisissez un fichier JPEG, PNG, WebP ou GIF
error-photo-too-many-pixels = l'image est trop grande : au plus { $most } pixels de côté
error-photo-unsupported = ce type d'image ne peut pas être lu : choisissez un fichier JPEG, PNG, WebP ou GIF
error-photo-damaged = l'image est endommagée et ne peut pas être lue ({ $detail })
error-photo-empty = l'image est vide
error-photo-too-large-to-keep = la photo est trop volumineuse pour être conservée
error-photo-not-kept-as-jpeg = une photo est conservée en JPEG, choisie dans l'application

## Inscriptions, décisions et correspondants.
error-decided-elsewhere = ceci ne se modifie pas ici (une décision se prend avec decide)
error-email-registered = { $given } { $family } est déjà inscrit(e) avec cette adresse
error-rejection-reason-required = un refus doit être motivé : le motif est communiqué à la personne inscrite
error-no-registration-chosen = aucune inscription n'a été choisie
error-focal-point-stays = un correspondant reste attaché à sa réunion
error-focal-point-taken = { $name } est déjà le correspondant pour ce pays et cette catégorie
error-page-size = une page compte de 1 à { $most } lignes, pas { $asked }
error-no-column = choisissez au moins une colonne
error-too-many-columns = trop de colonnes
error-too-many-rows-for-excel = une feuille Excel contient au plus { $most } lignes : exportez cette liste en CSV

## Modifications, annulation et changements des collègues.
error-field-not-changed-here = ce champ ne se modifie pas ici
error-changed-since-opened = modifié par quelqu'un d'autre depuis que vous l'avez ouvert : { $value }
error-emptied-since-opened = modifié par quelqu'un d'autre depuis que vous l'avez ouvert : vide
error-changed-meanwhile = non enregistré : quelqu'un d'autre a modifié { $fields } depuis l'ouverture du formulaire ; choisissez la valeur à garder
error-changed-since = « { $name } » a été modifié depuis, par quelqu'un d'autre
error-erased-since =
    { $kind ->
        [event] la réunion a été effacée depuis
        [entry] le point a été effacé depuis
        [speaker] l'orateur a été effacé depuis
        [role] le rôle a été effacé depuis
        [focal_point] le correspondant a été effacé depuis
        [translation] la traduction a été effacée depuis
        [registration] l'inscription a été effacée depuis
       *[other] l'élément ({ $kind }) a été effacé depuis
    }
error-not-undone =
    { $redo ->
        [redo] « { $step } » n'a pas été rétabli : { $reason } ; rien n'a été modifié
       *[undo] « { $step } » n'a pas été annulé : { $reason } ; rien n'a été modifié
    }

## Le site de la manifestation.
error-token-outside = le jeton de cet organisateur ne permet de modifier que ces réunions : { $meetings } ; pas cet élément ({ $kind })
error-changed-since-preview = le programme a changé depuis l'aperçu (une modification d'un collègue est arrivée) : rien n'a été publié ; consultez à nouveau l'aperçu
error-rejected = une modification a été refusée : { $detail }
error-site-restored = le site de la manifestation a perdu des modifications reçues de cet espace de travail (il a été restauré à partir d'une copie antérieure) : { $detail } ; l'espace de travail lui renvoie ses données

## Ce qui est introuvable.
error-not-found =
    { $kind ->
        [event] aucune réunion n'a l'identifiant { $id }
        [entry] aucun point n'a l'identifiant { $id }
        [speaker] aucun orateur n'a l'identifiant { $id }
        [role] aucun rôle n'a l'identifiant { $id }
        [focal_point] aucun correspondant n'a l'identifiant { $id }
        [translation] aucune traduction n'a l'identifiant { $id }
        [registration] aucune inscription n'a l'identifiant { $id }
        [published_event] aucune réunion publiée n'a l'identifiant { $id }
        [photo] aucune photo n'a l'identifiant { $id }
        [conflict] aucun conflit n'a l'identifiant { $id }
       *[other] aucun élément ({ $kind }) n'a l'identifiant { $id }
    }

## L'espace de travail et les fichiers écrits.
error-disk-full = le disque est plein : la modification n'a pas été enregistrée, et rien n'a été perdu
error-write =
    { $what ->
        [participants_list] la liste des participants ne peut pas être écrite : { $reason }
        [settings] les réglages de Dais sur cet ordinateur ne peuvent pas être écrits : { $reason }
        [site_files] les fichiers du site public ne peuvent pas être écrits : { $reason }
       *[programme_document] le document du programme ne peut pas être écrit : { $reason }
    }
error-workspace = l'espace de travail { $path } ne peut pas être ouvert : { $reason }
error-corrupt = les données de l'espace de travail sont endommagées : { $detail }
error-database = erreur de base de données : { $detail }
error-migration = le schéma de l'espace de travail ne peut pas être mis à jour : { $detail }
error-newer-schema = ce fichier a été écrit par une version plus récente de Dais (son schéma est { $found } ; cette version connaît jusqu’au { $known }) : mettez Dais à jour pour l’ouvrir. Le fichier est laissé tel quel.
error-update-refused = la mise à jour vers Dais { $version } a été refusée : { $reason }. Rien n’a été installé ; Dais reste tel quel.
error-update-check-failed = Dais n’a pas pu demander à son flux de versions s’il en existe une plus récente : { $reason }
error-update-failed = Dais n’a pas pu être mis à jour : { $reason }. Dais reste tel quel.
error-malformed = données mal formées : { $detail }

## Synchronisation avec le site de la manifestation.
error-sync-offline = hors ligne : le site de la manifestation à l'adresse { $url } est injoignable ({ $reason })
error-sync-unauthorized = le site de la manifestation a refusé le jeton d'organisateur : vérifiez-le dans les paramètres
error-sync-bad-url = l'URL du site « { $url } » n'est pas une adresse http(s) valide

## Propres à l'application.
error-app-internal = l'application a interrompu une opération de manière inattendue : { $detail }
error-app-workspace-open = l'espace de travail est ouvert
error-app-photo-not-sent = le fichier de la photo n'a pas été transmis
error-app-import-no-file = aucun fichier à importer n'a été choisi, ou il a été abandonné : choisissez-le de nouveau
error-app-import-no-meeting = la réunion où importer le programme n'a pas été transmise
error-app-photo-speaker-not-sent = l'orateur auquel appartient la photo n'a pas été indiqué
error-app-no-site = aucun site de manifestation n'est défini : ajoutez son adresse et votre jeton d'organisateur dans les paramètres
error-app-closing = l'application se ferme
error-app-token-required = le jeton d'organisateur est obligatoire : l'administrateur du site vous en crée un
error-app-not-a-site-page = { $url } n'est pas une page du site de la manifestation
error-app-browser = le navigateur n'a pas pu être ouvert : { $detail }
error-not-translated = { $field } ne se donne pas en d'autres langues ; seuls le titre, le titre court, la description, le public et le lieu de la réunion, et le titre et la description d'une entrée le sont
error-translation-language = donnez la traduction dans l'une des six langues
error-translation-id = l'identifiant d'une traduction est fait de son enregistrement, de son champ et de sa langue
error-publish-side-event = { $title } est une manifestation parallèle : elle est publiée avec sa réunion, { $meeting }

## Fichiers importés.
error-unreadable = { $file } ne peut pas être lu : { $reason }
error-import-no-sheet = le fichier n'a pas cette feuille
error-import-empty = la feuille est vide : elle n'a pas de ligne d'en-tête
error-import-columns = { $given } colonnes ont été associées à des champs, mais le fichier en a { $headers }
error-import-at-cell = { $header } : { $problem }
error-import-same-email = la même adresse que la ligne { $row } : ignorez l'une, ou gardez les deux
error-import-country = « { $value } » n'est pas un pays que Dais connaît : écrivez son nom dans l'une des six langues, ou son code ISO
error-import-category = « { $value } » n'est pas une catégorie de participant
error-import-status = « { $value } » n'est pas un statut d'inscription
error-import-time = « { $value } » n'est pas une date et une heure que Dais lit, comme 2026-03-02 09:30
error-import-yes-no = « { $value } » n'est ni oui ni non
error-import-id = « { $value } » n'est pas un identifiant d'inscription de Dais
error-import-formula = commence comme une formule de tableur : gardé comme texte
error-circular-needed = la lettre ne le dit pas : donnez-le pour créer la réunion
error-circular-two-values = la lettre en donne deux : gardez le bon
error-circular-date = écrivez le jour sous la forme AAAA-MM-JJ, par exemple 2025-10-31
error-circular-times = écrivez les horaires sous la forme HH:MM-HH:MM, par exemple 11:00-12:00
error-circular-side-event = écrivez son jour, ses horaires et son titre, par exemple 2025-10-31 12:00-13:00 Webinaire
error-circular-unknown = « { $value } » n'est pas une valeur que Dais connaît
error-cancelled = arrêté avant la fin : rien n'en a été écrit
