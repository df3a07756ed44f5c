### Une publication : ce qui a changé d'une version du programme d'une réunion à la suivante (la page Modifications
### du site et son flux, l'aperçu de l'application, `dais preview`), et ce que la publication rend public.

## Une modification. $title est le titre d'une entrée ; $when son jour, ses heures et son fuseau (change-when) ; $what
## les aspects modifiés (change-aspect, séparés par list-separator).
change-first = Première version : { $entries ->
        [one] { $entries } entrée
        [many] { $entries } entrées
       *[other] { $entries } entrées
    } et { $speakers ->
        [one] { $speakers } intervenant
        [many] { $speakers } intervenants
       *[other] { $speakers } intervenants
    }
change-facts = Modifié pour la réunion : { $what }
change-added = Nouveau : { $title } ({ $when })
change-cancelled = Annulé : { $title } (prévu { $when })
change-moved = Déplacé : { $title }, de { $from } à { $when }
change-retitled = Nouveau titre : « { $from } » devient « { $title } »
change-changed = Modifié : { $title } ({ $what })
change-speaker-added = Nouvel intervenant : { $name }
change-speaker-removed = Ne figure plus dans la liste : { $name }
change-speaker-changed = Intervenant { $name } : modification ({ $what })
change-back = De retour sur le site public
change-when = { $day } { $start }-{ $end } { $zone }
change-aspect =
    { $aspect ->
        [title] titre
        [short_title] titre abrégé
        [kind] type de réunion
        [format] format
        [zone] fuseau horaire
        [dates] dates
        [venue] lieu
        [online_link] participation en ligne
        [languages] langues
        [description] description
        [organiser] organisateur
        [audience] public visé
        [registration] inscription
        [eligible_categories] qui peut s'inscrire
        [contacts] contacts
        [reference] référence
        [website] site web
        [part_of] réunion dont elle fait partie
        [side_events] manifestations parallèles
        [place] lieu
        [session] séance
        [speakers] intervenants
        [name] nom
        [position] fonction
        [organisation] organisation
        [country] pays
        [bio] biographie
        [links] liens
       *[other] { $aspect }
    }

## Ce que la publication rend public (ou confie au site pour son propre travail), par type d'élément et par champ.
preview-part =
    { $part ->
        [meeting] La réunion
        [entry] Chaque entrée publique
        [speaker] Chaque intervenant confirmé qui a donné son accord
       *[role] Leurs rôles dans les entrées publiques
    }
preview-field =
    { $part ->
        [meeting] { $field ->
            [title] titre
            [short_title] titre abrégé
            [kind] type de réunion
            [format] format
            [zone] fuseau horaire
            [starts_on] premier jour
            [ends_on] dernier jour
            [venue] lieu
            [languages] langues
            [description] description
            [organiser] organisateur
            [audience] qui peut participer
            [registration] règles d'inscription (dates, frais, places)
            [eligible_categories] catégories de participants
            [contacts] contacts
            [reference] document de référence
            [website] site web
            [parent_event_id] la réunion dont fait partie une manifestation parallèle
            [online_link] lien de participation en ligne (envoyé aux seuls participants approuvés)
            [archived] si elle est archivée
           *[other] { $field }
        }
        [entry] { $field ->
            [title] titre
            [description] description
            [slot] horaires et lieu
            [kind] type (séance, point, pause, manifestation parallèle)
            [block_id] la séance dont fait partie un point
            [linked_event_id] la manifestation parallèle qu'elle représente
            [event_id] la réunion dont elle fait partie
            [public] marquée publique
           *[other] { $field }
        }
        [speaker] { $field ->
            [honorific] civilité
            [given_name] prénom
            [family_name] nom de famille
            [name_order] ordre du nom
            [position] fonction
            [organisation] organisation
            [country] pays
            [bio] biographie
            [links] liens
            [photo] photo
           *[other] { $field }
        }
       *[role] { $field ->
            [speaker_id] l'intervenant
            [role] rôle
            [entry_id] l'entrée
            [event_id] la réunion dont il fait partie
           *[other] { $field }
        }
    }
change-translated = Textes en { $language } : { $what }
change-translated-field = { $aspect } de « { $title } »
