### Words every part of Dais shares: the app, the site, the mails, the CLI and the documents (locales/en/common.ftl
### explains each).

language-name = Français

date-range = du { $first } au { $last }

role =
    { $role ->
        [chair] { $count ->
            [one] Président
            [many] Présidents
           *[other] Présidents
        }
        [moderator] { $count ->
            [one] Modérateur
            [many] Modérateurs
           *[other] Modérateurs
        }
        [keynote] { $count ->
            [one] Orateur principal
            [many] Orateurs principaux
           *[other] Orateurs principaux
        }
        [panellist] { $count ->
            [one] Panéliste
            [many] Panélistes
           *[other] Panélistes
        }
        [rapporteur] { $count ->
            [one] Rapporteur
            [many] Rapporteurs
           *[other] Rapporteurs
        }
       *[speaker] { $count ->
            [one] Orateur
            [many] Orateurs
           *[other] Orateurs
        }
    }

speaker-status =
    { $status ->
        [confirmed] Confirmé
        [declined] A décliné
       *[invited] Invité
    }

registration-status =
    { $status ->
        [waitlisted] Liste d'attente
        [approved] Approuvée
        [rejected] Refusée
        [cancelled] Annulée
       *[pending] En attente
    }

participant-category =
    { $category ->
        [member_state_administration] Administration d'un État Membre de l'UIT
        [sector_member] Membre de Secteur de l'UIT-T
        [associate] Associé de l'UIT-T
        [academia] Établissement universitaire de l'UIT
        [resolution99] État de Palestine (Résolution 99)
       *[other_eligible_individual] Particulier d'un État Membre de l'UIT
    }

entry-kind =
    { $kind ->
        [block] Bloc
        [item] Point
        [break] Pause
       *[side_event] Manifestation parallèle
    }

event-kind =
    { $kind ->
        [webinar] Webinaire
        [workshop] Atelier
        [conference] Conférence
       *[meeting] Réunion
    }
event-format =
    { $format ->
        [virtual] Virtuelle
        [physical] En présentiel
       *[hybrid] Hybride
    }

region =
    { $region ->
        [africa] Afrique
        [americas] Amériques
        [asia] Asie
        [europe] Europe
       *[oceania] Océanie
    }

registration-source =
    { $source ->
        [website_form] Formulaire du site
        [manual] Saisie à la main
       *[import] Importée
    }

mail-message =
    { $message ->
        [received] demande reçue
        [decision] décision
       *[focal_point] demande au point de contact
    }
mail-state =
    { $state ->
        [sent] envoyé
        [retrying] pas encore envoyé (le site réessaie)
       *[failed] non envoyé
    }

## Pourquoi le site public n’affiche pas un intervenant : il affiche ceux qui sont confirmés et ont accepté d’être publiés.
unlisted-because =
    { $because ->
        [not_confirmed] pas encore confirmé
        [declined] a décliné
       *[no_consent] n’a pas accepté d’être publié
    }
unlisted-separator = {"; "}

## Le séparateur d'une liste : « a, b, c ».
list-separator = {", "}

## Ce qu'il faut vérifier avant de publier (les avertissements du programme). Titres et noms sont ceux des
## organisateurs ; $start et $end sont les heures là où se trouvent les inscrits, dans le fuseau $zone ; $countries
## les pays d'où ils se sont inscrits.
warning-overlap = « { $first } » chevauche « { $second } »
warning-double-booked = { $name } intervient dans « { $first } » et « { $second } » en même temps
warning-outside-block = « { $item } » est en dehors de sa séance « { $block } »
warning-night = « { $title } » a lieu de { $start } à { $end } { $zone } pour { $registrants ->
        [one] l'inscrit
        [many] les { $registrants } inscrits
       *[other] les { $registrants } inscrits
    } de : { $countries }

## How a person's name is written: the choice beside the name in a form (by default, as its script writes it: family
## name first for Chinese, Japanese and Korean).
name-order =
    { $order ->
        [given_first] Prénom d’abord (Ana Ribeiro)
        [family_first] Nom de famille d’abord (王小明, Kovács János)
       *[by_script] Selon son écriture
    }

## A language, as a sentence names it ($code: ar, zh, en, fr, ru, es); language-name is its own name for itself.
language =
    { $code ->
        [ar] arabe
        [zh] chinois
        [en] anglais
        [fr] français
        [ru] russe
       *[es] espagnol
    }

## A circular's facts, as the organiser confirms them.
circular-field =
    { $field ->
        [reference] Référence
        [issued] Date de la lettre
        [title] Titre
        [format] Format
        [date] Date
        [times] Horaires
        [zone] Fuseau horaire
        [languages] Langues
        [registration_required] Inscription obligatoire
        [free_of_charge] Gratuit
        [phone] Téléphone
        [fax] Télécopie
        [email] Courriel
        [short_title] Titre abrégé
        [venue] Lieu
        [audience] Qui peut participer
        [categories] Catégories de participants
        [registration_deadline] Date limite d'inscription
       *[side_event] Événement parallèle
    }
