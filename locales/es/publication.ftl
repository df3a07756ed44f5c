### Una publicación: lo que cambió de una versión del programa de una reunión a la siguiente (la página Cambios del
### sitio y su canal, la vista previa de la aplicación, `dais preview`), y lo que la publicación hace público.

## Un cambio. $title es el título de una entrada; $when su día, horas y huso (change-when); $what los aspectos que
## cambiaron (change-aspect, separados por list-separator).
change-first = Primera versión: { $entries ->
        [one] { $entries } entrada
        [many] { $entries } entradas
       *[other] { $entries } entradas
    } y { $speakers ->
        [one] { $speakers } orador
        [many] { $speakers } oradores
       *[other] { $speakers } oradores
    }
change-facts = Cambió en la reunión: { $what }
change-added = Nuevo: { $title } ({ $when })
change-cancelled = Cancelado: { $title } (previsto { $when })
change-moved = Trasladado: { $title }, de { $from } a { $when }
change-retitled = Nuevo título: «{ $from }» pasa a ser «{ $title }»
change-changed = Modificado: { $title } ({ $what })
change-speaker-added = Nuevo orador: { $name }
change-speaker-removed = Ya no figura en la lista: { $name }
change-speaker-changed = Orador { $name }: cambió { $what }
change-back = De nuevo en el sitio público
change-when = { $day } { $start }-{ $end } { $zone }
change-aspect =
    { $aspect ->
        [title] título
        [short_title] título abreviado
        [kind] tipo de reunión
        [format] formato
        [zone] huso horario
        [dates] fechas
        [venue] lugar
        [online_link] participación en línea
        [languages] idiomas
        [description] descripción
        [organiser] organizador
        [audience] destinatarios
        [registration] inscripción
        [eligible_categories] quién puede inscribirse
        [contacts] contactos
        [reference] referencia
        [website] sitio web
        [part_of] reunión de la que forma parte
        [side_events] actos paralelos
        [place] lugar
        [session] sesión
        [speakers] oradores
        [name] nombre
        [position] cargo
        [organisation] organización
        [country] país
        [bio] biografía
        [links] enlaces
       *[other] { $aspect }
    }

## Lo que la publicación hace público (o entrega al sitio para su propio trabajo), por tipo de elemento y campo.
preview-part =
    { $part ->
        [meeting] La reunión
        [entry] Cada entrada pública
        [speaker] Cada orador confirmado que dio su consentimiento
       *[role] Sus funciones en las entradas públicas
    }
preview-field =
    { $part ->
        [meeting] { $field ->
            [title] título
            [short_title] título abreviado
            [kind] tipo de reunión
            [format] formato
            [zone] huso horario
            [starts_on] primer día
            [ends_on] último día
            [venue] lugar
            [languages] idiomas
            [description] descripción
            [organiser] organizador
            [audience] quién puede participar
            [registration] normas de inscripción (fechas, tarifa, plazas)
            [eligible_categories] categorías de participantes
            [contacts] contactos
            [reference] documento de referencia
            [website] sitio web
            [parent_event_id] la reunión de la que forma parte un acto paralelo
            [online_link] enlace en línea (enviado solo a los participantes aprobados)
            [archived] si está archivada
           *[other] { $field }
        }
        [entry] { $field ->
            [title] título
            [description] descripción
            [slot] horario y lugar
            [kind] tipo (sesión, punto, pausa, acto paralelo)
            [block_id] la sesión en la que está un punto
            [linked_event_id] el acto paralelo que representa
            [event_id] la reunión a la que pertenece
            [public] marcada como pública
           *[other] { $field }
        }
        [speaker] { $field ->
            [honorific] tratamiento
            [given_name] nombre
            [family_name] apellido
            [name_order] orden del nombre
            [position] cargo
            [organisation] organización
            [country] país
            [bio] biografía
            [links] enlaces
            [photo] foto
           *[other] { $field }
        }
       *[role] { $field ->
            [speaker_id] el orador
            [role] función
            [entry_id] la entrada
            [event_id] la reunión a la que pertenece
           *[other] { $field }
        }
    }
change-translated = Textos en { $language }: { $what }
change-translated-field = { $aspect } de «{ $title }»
