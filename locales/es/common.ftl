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

## Por qué el sitio público no muestra a un orador: muestra a los confirmados que aceptaron ser publicados.
unlisted-because =
    { $because ->
        [not_confirmed] aún no confirmado
        [declined] declinó
       *[no_consent] no aceptó ser publicado
    }
unlisted-separator = {"; "}

## El separador de una lista: «a, b, c».
list-separator = {", "}

## Lo que hay que comprobar antes de publicar (las advertencias del programa). Títulos y nombres son los de los
## organizadores; $start y $end son las horas donde están los inscritos, en el huso $zone; $countries los países
## desde los que se inscribieron.
warning-overlap = «{ $first }» se superpone con «{ $second }»
warning-double-booked = { $name } participa en «{ $first }» y en «{ $second }» a la misma hora
warning-outside-block = «{ $item }» está fuera de su sesión «{ $block }»
warning-night = «{ $title }» es de { $start } a { $end } { $zone } para { $registrants ->
        [one] el inscrito
        [many] los { $registrants } inscritos
       *[other] los { $registrants } inscritos
    } de: { $countries }

## How a person's name is written: the choice beside the name in a form (by default, as its script writes it: family
## name first for Chinese, Japanese and Korean).
name-order =
    { $order ->
        [given_first] Nombre primero (Ana Ribeiro)
        [family_first] Apellido primero (王小明, Kovács János)
       *[by_script] Según su escritura
    }

## A language, as a sentence names it ($code: ar, zh, en, fr, ru, es); language-name is its own name for itself.
language =
    { $code ->
        [ar] árabe
        [zh] chino
        [en] inglés
        [fr] francés
        [ru] ruso
       *[es] español
    }

## A circular's facts, as the organiser confirms them.
circular-field =
    { $field ->
        [reference] Referencia
        [issued] Fecha de la carta
        [title] Título
        [format] Formato
        [date] Fecha
        [times] Horario
        [zone] Huso horario
        [languages] Idiomas
        [registration_required] Inscripción obligatoria
        [free_of_charge] Gratuito
        [phone] Teléfono
        [fax] Fax
        [email] Correo-e
        [short_title] Título abreviado
        [venue] Lugar
        [audience] Quién puede participar
        [categories] Categorías de participantes
        [registration_deadline] Plazo de inscripción
       *[side_event] Evento paralelo
    }
