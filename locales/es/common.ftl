### Words every part of Dais shares: the app, the site, the mails, the CLI and the documents (locales/en/common.ftl
### explains each).

language-name = Español

date-range = del { $first } al { $last }

role =
    { $role ->
        [chair] { $count ->
            [one] Presidente
            [many] Presidentes
           *[other] Presidentes
        }
        [moderator] { $count ->
            [one] Moderador
            [many] Moderadores
           *[other] Moderadores
        }
        [keynote] { $count ->
            [one] Orador principal
            [many] Oradores principales
           *[other] Oradores principales
        }
        [panellist] { $count ->
            [one] Panelista
            [many] Panelistas
           *[other] Panelistas
        }
        [rapporteur] { $count ->
            [one] Relator
            [many] Relatores
           *[other] Relatores
        }
       *[speaker] { $count ->
            [one] Orador
            [many] Oradores
           *[other] Oradores
        }
    }

speaker-status =
    { $status ->
        [confirmed] Confirmado
        [declined] Declinó
       *[invited] Invitado
    }

registration-status =
    { $status ->
        [waitlisted] Lista de espera
        [approved] Aprobada
        [rejected] Rechazada
        [cancelled] Cancelada
       *[pending] Pendiente
    }

participant-category =
    { $category ->
        [member_state_administration] Administración de un Estado Miembro de la UIT
        [sector_member] Miembro de Sector del UIT-T
        [associate] Asociado del UIT-T
        [academia] Institución académica de la UIT
        [resolution99] Estado de Palestina (Resolución 99)
       *[other_eligible_individual] Particular de un Estado Miembro de la UIT
    }

entry-kind =
    { $kind ->
        [block] Bloque
        [item] Punto
        [break] Pausa
       *[side_event] Evento paralelo
    }

event-kind =
    { $kind ->
        [webinar] Seminario web
        [workshop] Taller
        [conference] Conferencia
       *[meeting] Reunión
    }
event-format =
    { $format ->
        [virtual] Virtual
        [physical] Presencial
       *[hybrid] Híbrida
    }

region =
    { $region ->
        [africa] África
        [americas] Américas
        [asia] Asia
        [europe] Europa
       *[oceania] Oceanía
    }

registration-source =
    { $source ->
        [website_form] Formulario del sitio
        [manual] Introducida a mano
       *[import] Importada
    }

mail-message =
    { $message ->
        [received] solicitud recibida
        [decision] decisión
       *[focal_point] solicitud al punto focal
    }
mail-state =
    { $state ->
        [sent] enviado
        [retrying] aún no enviado (el sitio lo reintenta)
       *[failed] no enviado
    }
