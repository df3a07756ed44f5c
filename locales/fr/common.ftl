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
