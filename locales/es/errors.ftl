### Lo que las reglas de Dais rechazan, y por qué: se muestra junto a un campo, en un cuadro de diálogo o en la línea de comandos.

## Un campo vacío.
error-meeting-title-required = indique el título, tal como la circular denomina la reunión
error-short-title-required = indique un título breve, por ejemplo U4SSC-10: la barra lateral y las listas del sitio lo muestran
error-entry-title-required = indique el título, tal como lo muestra el programa
error-given-name-required = el nombre es obligatorio
error-family-name-required = el apellido es obligatorio
error-speaker-family-name-required = indique el apellido del orador
error-organisation-required = la organización es obligatoria
error-name-required = el nombre es obligatorio
error-date-required = indique la fecha, por ejemplo 2026-03-26
error-time-required = indique la hora, por ejemplo 09:30 o 14:00
error-zone-required = indique el huso horario: búsquelo por una ciudad o un país (Ginebra da Europe/Zurich)

## Un valor que no lo es.
error-not-an-email = «{ $email }» no es una dirección de correo electrónico
error-not-a-country = «{ $code }» no es un país: elija uno por su nombre o indique su código de dos letras (CH)
error-not-a-date = «{ $text }» no es una fecha; escríbala como 2026-03-26
error-not-a-time = «{ $text }» no es una hora; escríbala como 09:30 o 14:00 (24 horas)
error-unknown-zone = ningún huso horario se llama «{ $zone }»; búsquelo por una ciudad o un país (Ginebra da Europe/Zurich)
error-unknown-zone-one = ningún huso horario se llama «{ $zone }»; ¿quiso decir { $meant }?
error-unknown-zone-several = ningún huso horario se llama «{ $zone }»; ¿quiso decir { $meant } o { $last }?
error-time-skipped = las { $time } no existen el { $day } en { $zone }: ese día se adelantan los relojes
error-name-too-long = un nombre tiene como máximo { $most } caracteres, en una sola línea
error-unreadable-value = este valor no se puede leer: { $detail }

## Días y horas.
error-last-day-before-first = el último día es anterior al primero ({ $first }); indique el mismo día o uno posterior
error-registration-closes-before-opening = la inscripción se cierra antes de abrirse
error-ends-before-start = termina ({ $end }) antes de empezar ({ $start })
error-end-before-start = el final debe ser posterior al inicio
error-entry-ends-before-start = «{ $entry }» debe terminar después de empezar

## Los bloques y los puntos del programa.
error-item-without-block = un punto pertenece a un bloque
error-block-of-another-meeting = «{ $block }» pertenece a otra reunión
error-not-a-block = «{ $block }» no es un bloque
error-outside-block = fuera de su bloque «{ $block }» ({ $start }-{ $end })
error-only-items-in-blocks = solo un punto puede pertenecer a un bloque
error-items-outside = sus puntos quedarían fuera: { $items }
error-no-such-block = el bloque no existe
error-in = { $what }: { $problem }

## Reuniones y actos paralelos.
error-template-is-side-event = un acto paralelo no sirve de modelo para una reunión
error-side-event-starts-blank = un acto paralelo empieza en blanco
error-no-such-meeting = la reunión de la que formaría parte no está en el espacio de trabajo
error-side-event-of-side-event = un acto paralelo forma parte de una reunión, no de otro acto paralelo
error-side-event-in-programme = el punto «{ $entry }» del programa representa este acto paralelo: elimine primero ese punto

## Oradores y funciones.
error-speaker-of-another-meeting = el orador y el punto pertenecen a reuniones distintas
error-role-given = { $speaker } ya tiene esta función en «{ $entry }»

## Fotos de los oradores.
error-photo-file-too-large = el archivo tiene { $size } MB; una foto tiene como máximo { $most } MB
error-photo-unreadable = el archivo no se puede leer: { $detail }
error-photo-not-an-image = el archivo no es una imagen: elija un archivo JPEG, PNG, WebP o GIF
error-photo-too-many-pixels = la imagen es demasiado grande: como máximo { $most } píxeles por lado
error-photo-unsupported = este tipo de imagen no se puede leer: elija un archivo JPEG, PNG, WebP o GIF
error-photo-damaged = la imagen está dañada y no se puede leer ({ $detail })
error-photo-empty = la imagen está vacía
error-photo-too-large-to-keep = la foto es demasiado grande para conservarla
error-photo-not-kept-as-jpeg = una foto se conserva como JPEG elegido en la aplicación

## Inscripciones, decisiones y coordinadores.
error-decided-elsewhere = esto no se modifica aquí (las decisiones se toman con decide)
error-email-registered = { $given } { $family } ya está inscrito/a con esta dirección
error-rejection-reason-required = un rechazo necesita un motivo: se comunica a la persona inscrita
error-no-registration-chosen = no se ha elegido ninguna inscripción
error-focal-point-stays = un coordinador permanece en su reunión
error-focal-point-taken = { $name } ya es el coordinador para este país y esta categoría
error-page-size = una página tiene de 1 a { $most } filas, no { $asked }
error-no-column = elija al menos una columna
error-too-many-columns = demasiadas columnas
error-too-many-rows-for-excel = una hoja de Excel admite como máximo { $most } filas: exporte esta lista a CSV

## Modificaciones, deshacer y cambios de los colegas.
error-field-not-changed-here = este campo no se modifica aquí
error-changed-since-opened = otra persona lo modificó después de que usted lo abriera: { $value }
error-emptied-since-opened = otra persona lo modificó después de que usted lo abriera: vacío
error-changed-meanwhile = no se ha guardado: otra persona modificó { $fields } después de abrirse el formulario; elija qué valor conservar
error-changed-since = otra persona ha modificado «{ $name }» desde entonces
error-erased-since =
    { $kind ->
        [event] la reunión se ha borrado desde entonces
        [entry] el punto se ha borrado desde entonces
        [speaker] el orador se ha borrado desde entonces
        [role] la función se ha borrado desde entonces
        [focal_point] el coordinador se ha borrado desde entonces
        [translation] la traducción se ha borrado desde entonces
        [registration] la inscripción se ha borrado desde entonces
       *[other] el elemento ({ $kind }) se ha borrado desde entonces
    }
error-not-undone =
    { $redo ->
        [redo] «{ $step }» no se ha rehecho: { $reason }; no se ha modificado nada
       *[undo] «{ $step }» no se ha deshecho: { $reason }; no se ha modificado nada
    }

## El sitio del evento.
error-token-outside = el token de este organizador solo permite modificar estas reuniones: { $meetings }; no este elemento ({ $kind })
error-changed-since-preview = el programa ha cambiado desde la vista previa (llegó una modificación de un colega): no se ha publicado nada; vuelva a consultar la vista previa
error-rejected = se ha rechazado una modificación: { $detail }
error-site-restored = el sitio del evento ha perdido modificaciones que recibió de este espacio de trabajo (se restauró a partir de una copia anterior): { $detail }; el espacio de trabajo le envía de nuevo sus datos

## Lo que no se encuentra.
error-not-found =
    { $kind ->
        [event] ninguna reunión tiene el identificador { $id }
        [entry] ningún punto tiene el identificador { $id }
        [speaker] ningún orador tiene el identificador { $id }
        [role] ninguna función tiene el identificador { $id }
        [focal_point] ningún coordinador tiene el identificador { $id }
        [translation] ninguna traducción tiene el identificador { $id }
        [registration] ninguna inscripción tiene el identificador { $id }
        [published_event] ninguna reunión publicada tiene el identificador { $id }
        [photo] ninguna foto tiene el identificador { $id }
        [conflict] ningún conflicto tiene el identificador { $id }
       *[other] ningún elemento ({ $kind }) tiene el identificador { $id }
    }

## El espacio de trabajo y los archivos escritos.
error-disk-full = el disco está lleno: la modificación no se ha guardado y no se ha perdido nada
error-write =
    { $what ->
        [participants_list] no se puede escribir la lista de participantes: { $reason }
        [settings] no se pueden escribir los ajustes de Dais en esta computadora: { $reason }
        [site_files] no se pueden escribir los archivos del sitio público: { $reason }
       *[programme_document] no se puede escribir el documento del programa: { $reason }
    }
error-workspace = no se puede abrir el espacio de trabajo { $path }: { $reason }
error-corrupt = los datos del espacio de trabajo están dañados: { $detail }
error-database = error de la base de datos: { $detail }
error-migration = no se puede actualizar el esquema del espacio de trabajo: { $detail }
error-newer-schema = este archivo fue escrito por una versión más reciente de Dais (su esquema es { $found }; esta versión conoce hasta el { $known }): actualice Dais para abrirlo. El archivo queda tal cual.
error-update-refused = se rechazó la actualización a Dais { $version }: { $reason }. No se instaló nada; Dais queda como está.
error-update-check-failed = Dais no pudo preguntar a su canal de versiones si existe una más reciente: { $reason }
error-update-failed = no se pudo actualizar Dais: { $reason }. Dais queda como está.
error-malformed = datos mal formados: { $detail }

## Sincronización con el sitio del evento.
error-sync-offline = sin conexión: no se puede acceder al sitio del evento en { $url } ({ $reason })
error-sync-unauthorized = el sitio del evento rechazó el token de organizador: compruébelo en la configuración
error-sync-bad-url = la URL del sitio «{ $url }» no es una dirección http(s) válida

## Propios de la aplicación.
error-app-internal = la aplicación interrumpió una operación de forma inesperada: { $detail }
error-app-workspace-open = el espacio de trabajo está abierto
error-app-photo-not-sent = no se envió el archivo de la foto
error-app-import-no-file = no se eligió ningún archivo para importar, o se descartó: vuelva a elegirlo
error-app-import-no-meeting = no se envió a qué reunión va el programa
error-app-photo-speaker-not-sent = no se indicó de qué orador es la foto
error-app-no-site = no se ha definido ningún sitio del evento: añada su dirección y su token de organizador en la configuración
error-app-closing = la aplicación se está cerrando
error-app-token-required = el token de organizador es obligatorio: el administrador del sitio le crea uno
error-app-not-a-site-page = { $url } no es una página del sitio del evento
error-app-browser = no se pudo abrir el navegador: { $detail }
error-not-translated = { $field } no se da en otros idiomas; solo el título, el título corto, la descripción, el público y el lugar de la reunión, y el título y la descripción de una entrada
error-translation-language = dé la traducción en uno de los seis idiomas
error-translation-id = el identificador de una traducción se forma con su registro, su campo y su idioma
error-publish-side-event = { $title } es un evento paralelo: se publica con su reunión, { $meeting }

## Archivos importados.
error-unreadable = { $file } no se puede leer: { $reason }
error-import-no-sheet = el archivo no tiene esa hoja
error-import-empty = la hoja está vacía: no tiene fila de encabezado
error-import-columns = se asignaron { $given } columnas a campos, pero el archivo tiene { $headers }
error-import-at-cell = { $header }: { $problem }
error-import-same-email = el mismo correo que la fila { $row }: omita una, o conserve ambas
error-import-country = «{ $value }» no es un país que Dais conozca: escriba su nombre en uno de los seis idiomas, o su código ISO
error-import-category = «{ $value }» no es una categoría de participante
error-import-status = «{ $value }» no es un estado de inscripción
error-import-time = «{ $value }» no es una fecha y hora que Dais lea, como 2026-03-02 09:30
error-import-yes-no = «{ $value }» no es ni sí ni no
error-import-id = «{ $value }» no es un identificador de inscripción de Dais
error-import-formula = empieza como una fórmula de hoja de cálculo: se conserva como texto
error-circular-needed = la carta no lo dice: indíquelo para crear la reunión
error-circular-two-values = la carta da dos: conserve el correcto
error-circular-date = escriba el día como AAAA-MM-DD, por ejemplo 2025-10-31
error-circular-times = escriba el horario como HH:MM-HH:MM, por ejemplo 11:00-12:00
error-circular-side-event = escriba su día, su horario y su título, por ejemplo 2025-10-31 12:00-13:00 Seminario web
error-circular-unknown = «{ $value }» no es un valor que Dais conozca
error-cancelled = detenido antes del final: no se escribió nada
