### Lo que la línea de comandos `dais` muestra a las personas (con `--json`, solo los mensajes de los errores).
### Los encabezados de columna van en mayúsculas, como en las tablas de un terminal.

## Fallos.
cli-invalid-input = datos no válidos:
cli-error-initialised = el espacio de trabajo { $path } ya está inicializado: contiene { $events }; `dais init` no lo toca
cli-error-no-meeting = el espacio de trabajo { $path } no contiene ninguna reunión; `dais init --demo` crea la reunión de demostración
cli-error-io = no se puede escribir { $path }: { $reason }
cli-error-no-site = este espacio de trabajo aún no tiene sitio del evento: `dais site --url URL --token TOKEN`
cli-error-unconfirmed = no publicado: el programa tiene advertencias ({ $warnings }); `--yes` publica de todos modos

## Hecho.
cli-saved = Guardado: { $what } ({ $id })
cli-deleted = Eliminado: { $what } ({ $id })
cli-role-saved = Guardado: { $speaker } es { $role } de { $entry } ({ $id })
cli-role-removed = { $speaker } ya no es { $role } de { $entry } ({ $id })
cli-entry-no-roles = { $entry } aún no tiene a nadie; `dais entry role add` asigna una función.
cli-meeting-no-roles = Nadie tiene aún una función en { $meeting }.
cli-archived = Archivado: { $what } ({ $id })
cli-unarchived = Recuperado: { $what } ({ $id })
cli-exported = { $meeting } exportado a { $file }

## Lo que la línea de comandos rechaza.
cli-capacity-not-a-number = la capacidad es un número de personas
cli-delete-meeting-unconfirmed = { $meeting } se eliminaría con su programa, sus oradores y sus inscripciones: añada --yes

## El programa y su publicación.
cli-programme-written = Programa de { $meeting } escrito en { $file }
cli-no-zone-found = Ningún huso horario corresponde a «{ $search }»: pruebe con una ciudad o un país
cli-publish-unchanged = Nada ha cambiado: la versión { $version } sigue siendo pública: { $page }
cli-published = Versión { $version } publicada: { $page }
cli-withdrawn = { $meeting } queda retirado del sitio público hasta la próxima publicación
cli-not-withdrawn = { $meeting } no estaba en el sitio público

## Inscripciones.
cli-decided =
    { $count ->
        [one] { $status }: { $count } inscripción, decidido por { $by }
        [many] { $status }: { $count } inscripciones, decidido por { $by }
       *[other] { $status }: { $count } inscripciones, decidido por { $by }
    }
cli-registration-saved = Inscripción de { $given } { $family } guardada ({ $id })
cli-registration-erased = Inscripción de { $given } { $family } borrada ({ $id }); sale del sitio del evento en la próxima sincronización
cli-list-format-unknown = { $file } no es ni .csv ni .xlsx: indique --format
cli-xlsx-needs-file = un archivo XLSX se escribe en un archivo: indique --out ARCHIVO
cli-list-written =
    { $count ->
        [one] Lista de participantes de { $meeting } escrita: { $count } fila en { $file }
        [many] Lista de participantes de { $meeting } escrita: { $count } filas en { $file }
       *[other] Lista de participantes de { $meeting } escrita: { $count } filas en { $file }
    }
cli-list-printed =
    { $count ->
        [one] Lista de participantes de { $meeting } escrita: { $count } fila en la salida estándar
        [many] Lista de participantes de { $meeting } escrita: { $count } filas en la salida estándar
       *[other] Lista de participantes de { $meeting } escrita: { $count } filas en la salida estándar
    }
cli-error-offline =
    { $count ->
        [one] sin conexión: no se puede acceder al sitio del evento en { $url } ({ $reason }); { $count } cambio pendiente
        [many] sin conexión: no se puede acceder al sitio del evento en { $url } ({ $reason }); { $count } cambios pendientes
       *[other] sin conexión: no se puede acceder al sitio del evento en { $url } ({ $reason }); { $count } cambios pendientes
    }

## Oradores.
cli-photo-unreadable = { $file } no se puede leer: { $reason }
cli-photo-saved = Foto de { $speaker } guardada ({ $id })
cli-photo-removed = Foto de { $speaker } eliminada ({ $id })

## El sitio del evento y la sincronización.
cli-site-keychain = Sitio { $url }; el token se guarda en el llavero del sistema
cli-site-token-file = Sitio { $url }; el token se guarda en { $file } (aquí no hay llavero)
cli-shared = { $meeting } compartido: llega al sitio del evento en la próxima sincronización
cli-shared-already = { $meeting } ya está compartido
cli-restored = Restablecido; llega a los demás en la próxima sincronización
cli-error-no-workspace = no se puede abrir el espacio de trabajo { $path }: ahí no hay ningún espacio de trabajo; `dais init` crea uno

## Deshacer y rehacer.
cli-undo-state = Deshacer: { $undo }
    Rehacer: { $redo }
cli-undo-nothing = nada
cli-undone = Deshecho: { $step }
cli-redone = Rehecho: { $step }
cli-nothing-to-undo = Nada que deshacer en { $meeting }
cli-nothing-to-redo = Nada que rehacer en { $meeting }

## El espacio de trabajo.
cli-init =
    { $done ->
        [initialised] Espacio de trabajo { $path } inicializado
       *[created] Espacio de trabajo { $path } creado
    }
cli-init-demo =
    { $done ->
        [initialised] Espacio de trabajo { $path } inicializado, con la reunión de demostración { $meeting } ({ $id })
       *[created] Espacio de trabajo { $path } creado, con la reunión de demostración { $meeting } ({ $id })
    }
cli-organiser = Las decisiones se registran a nombre de { $name }

## Coordinadores.
cli-focal-point-saved = Coordinador { $name } modificado ({ $id })
cli-focal-point-removed = Coordinador { $name } eliminado ({ $id })

## Encabezados de columna.
cli-column-id = ID
cli-column-meeting = REUNIÓN
cli-column-side-event = ACTO PARALELO
cli-column-date = FECHA
cli-column-zone = HUSO
cli-column-name = NOMBRE
cli-column-organisation = ORGANIZACIÓN
cli-column-country = PAÍS
cli-column-status = ESTADO
cli-column-consent = CONSENTIMIENTO
cli-column-public-site = SITIO PÚBLICO
cli-column-role = FUNCIÓN
cli-column-speaker = ORADOR
cli-column-entry = PUNTO
cli-column-category = CATEGORÍA
cli-column-email = CORREO
cli-column-when = CUÁNDO
cli-column-state = SITUACIÓN

## Listas.
cli-no-meetings = Aún no hay reuniones; `dais init --demo` crea la reunión de demostración.
cli-no-side-events = { $meeting } no tiene actos paralelos; `dais meeting new --part-of { $id }` crea uno.
cli-archived-meeting = { $meeting } (archivada)
cli-no-speakers = Aún no hay oradores.
cli-yes = sí
cli-no = no
cli-left-out = omitido: { $reason }
cli-listed = listado
cli-moved = { $entry } ({ $id }) trasladado a { $start } - { $end }
cli-no-registrations = Aún no hay inscripciones.
cli-no-registration-matches =
    { $count ->
        [one] La única inscripción no coincide.
        [many] Ninguna de las { $count } inscripciones coincide.
       *[other] Ninguna de las { $count } inscripciones coincide.
    }
cli-status-count = { $status }: { $count }
cli-registrations-matching =
    { $count ->
        [one] { $matching } de { $count } inscripción: { $counts }
        [many] { $matching } de { $count } inscripciones: { $counts }
       *[other] { $matching } de { $count } inscripciones: { $counts }
    }
cli-registrations-count =
    { $count ->
        [one] { $count } inscripción
        [many] { $count } inscripciones
       *[other] { $count } inscripciones
    }
cli-by-status = Por estado
cli-by-category = Por categoría
cli-by-region = Por región
cli-elsewhere = En otro lugar
cli-by-country = Por país
cli-by-day = Por día de solicitud
cli-no-focal-points = { $meeting } no tiene coordinadores: los organizadores deciden sobre cada solicitud. `dais focal-point add` añade uno.
cli-any-category = todas

## El programa.
cli-times-in-zone = Horas en { $zone }.
cli-times-in-two-zones = Horas en { $zone } y, al lado, en { $viewer }.
cli-no-entries = Aún no hay puntos.
cli-draft-entry = { $entry } [borrador]
cli-warnings = Advertencias:

## Una inscripción.
cli-submitted = Enviada el { $when } ({ $source })
cli-notes = Notas: { $notes }
cli-mail = Correo: { $message }, { $state }, { $when }
cli-mail-failed = Correo: { $message }, { $state }, { $when }: { $error }
cli-decisions = Decisiones:
cli-decision = { $status }  { $when }  por { $by }
cli-decision-reason = { $status }  { $when }  por { $by }: { $reason }

## Sincronización y conflictos.
cli-synced =
    { $conflicts ->
        [0] Sincronizado: { $sent } cambios enviados, { $received } filas recibidas
        [one] Sincronizado: { $sent } cambios enviados, { $received } filas recibidas, { $conflicts } conflicto nuevo (véase `dais conflicts`)
        [many] Sincronizado: { $sent } cambios enviados, { $received } filas recibidas, { $conflicts } conflictos nuevos (véase `dais conflicts`)
       *[other] Sincronizado: { $sent } cambios enviados, { $received } filas recibidas, { $conflicts } conflictos nuevos (véase `dais conflicts`)
    }
cli-site-was-restored = El sitio del evento se había restaurado a partir de una copia anterior: los datos de este espacio de trabajo se le enviaron de nuevo y sus datos se volvieron a cargar.
cli-no-site-set = ninguno (defina uno con `dais site`)
cli-status = Sitio del evento: { $site }
    Cambios pendientes: { $waiting }
cli-no-conflicts = No hay conflictos
cli-conflict-settled = { $id } (resuelto)
cli-conflict = { $field } de { $subject }: { $value } de { $author } el { $lost_at } cedió ante { $winner_value } de { $winner_author } el { $won_at }

## La vista previa y las versiones publicadas.
cli-preview-public = El público ve la versión { $version }. Publicar crea la versión { $next }:
cli-preview-first = Aún no hay nada público. Publicar crea la versión 1:
cli-preview-withdrawn = La reunión está retirada del sitio público. Publicar crea la versión { $next }:
cli-preview-nothing-changed = nada ha cambiado
cli-preview-unlisted-speakers = Oradores omitidos del sitio público (muestra a quienes han confirmado y aceptado ser publicados):
cli-preview-public-fields = Lo que se hace público (ninguna dirección de correo, nota privada ni inscripción):
cli-preview-kept-fields = Lo que el sitio conserva para su propio trabajo, sin mostrarlo nunca:
cli-preview-not-shared = Esta reunión solo está en este ordenador: publicarla la comparte con el sitio del evento.
cli-preview-error = { $problem } (esto impide la publicación)
cli-not-published = { $meeting } no se ha publicado (las versiones llegan con cada sincronización)
cli-version-withdrawn = Retirado del sitio público el { $when } por { $by }
cli-version = Versión { $version }, { $when }, por { $by }
cli-version-public = { $meeting }: la versión { $version } es pública.
cli-not-published-yet = { $meeting }: aún no publicado.
cli-entry-published = publicado en la versión { $version }
cli-entry-changed-since = modificado desde la versión { $version }
cli-entry-new = nuevo: la próxima publicación lo añade
cli-entry-held-back = retenido: su bloque es un borrador
cli-entry-draft = borrador
cli-translated = El campo { $field } se da ahora en { $language }
cli-untranslated = El campo { $field } ya no se da en { $language }; sus lectores ven el original
cli-no-translations = Ningún texto de esta reunión se da en otros idiomas

## dais registration import
cli-import-csv = { $file }: CSV en { $encoding }, separado por { $separator }
cli-import-workbook = { $file }: libro { $kind }
cli-import-sheet = hoja { $number }, { $name }: { $rows } filas
cli-import-left-out = (omitida)
cli-import-counts = Filas: { $rows }. Añadidas: { $add }. Actualizadas: { $update }. Sin cambios: { $unchanged }. Omitidas: { $skip }. Conservadas junto a una coincidencia: { $keep_both }. Rechazadas: { $refused }.
cli-import-problem = fila { $row }, { $header }: { $problem }
cli-import-problem-row = fila { $row }: { $problem }
cli-import-more-problems = y { $count } más
cli-import-done = Importado en { $meeting } (un solo paso para dais undo).
cli-import-no-header = el archivo no tiene ninguna columna titulada «{ $header }»
cli-import-row = «{ $given }» no es una fila seguida de lo que hay que hacer con ella, como 7=skip (add, update, skip o keep_both)
cli-import-map = «{ $given }» no es un encabezado seguido de un campo, como Affiliation=organisation, o Notes=none

## dais import-programme
cli-programme-import-would = Importaría en { $meeting }. Entradas añadidas: { $added }; modificadas: { $changed }; sin cambios: { $unchanged }. Oradores nuevos: { $speakers }.
cli-programme-import-done = Importado en { $meeting } (un solo paso para dais undo). Entradas añadidas: { $added }; modificadas: { $changed }; sin cambios: { $unchanged }. Oradores nuevos: { $speakers }.

## dais meeting read-circular
cli-circular-missing = No figura en la carta: { $field }. Indíquelo al crear la reunión.
# dais site-files: the public site written as files.
cli-site-files = Se escribieron { $files } archivos en { $folder }: cualquier servidor web sirve la carpeta tal cual.
