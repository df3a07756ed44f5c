### Las vistas de la aplicación: inscripciones (reg-), oradores (spk-), sitio del evento y publicación (pub-), conflictos (conf-).

## Inscripciones: encabezado de la vista.
reg-title = Inscripciones
reg-count =
    { $count ->
        [one] { $count } inscripción
        [many] { $count } de inscripciones
       *[other] { $count } inscripciones
    }
reg-charts = Gráficos
reg-list-open = Lista de participantes…
reg-fp-open = Puntos focales…
reg-add-open = Añadir una inscripción…
## Cuántas encuentran la búsqueda y los filtros: todas, o $matching de $total.
reg-matching-all =
    { $count ->
        [one] La única inscripción
        [many] Las { $count } de inscripciones
       *[other] Las { $count } inscripciones
    }
reg-matching =
    { $total ->
        [one] { $matching } de { $total } inscripción
        [many] { $matching } de { $total } de inscripciones
       *[other] { $matching } de { $total } inscripciones
    }
reg-select-matching = Seleccionar todas ({ $count })

## Inscripciones: la tabla.
reg-column =
    { $column ->
        [name] Nombre
        [organisation] Organización
        [country] País
        [category] Categoría
        [status] Estado
       *[submitted] Presentada
    }
reg-actions = Acciones
reg-caption = Inscripciones en { $event }
reg-select-shown = Seleccionar las filas mostradas
reg-select = Seleccionar a { $name }
reg-read-failed = No se pudieron leer las inscripciones
reg-load-failed = No se pudieron cargar las inscripciones: { $error }
reg-loading = Cargando las inscripciones…
reg-loading-row = Cargando…
reg-none = Todavía no hay inscripciones.
reg-no-match = Ninguna inscripción coincide.
reg-erase-open = Borrar…
reg-erase-aria = Borrar la inscripción de { $name }
reg-erase-label = Confirmar el borrado de la inscripción de { $name }
reg-erase-question = ¿Borrar todos los datos de { $name } aquí, en el sitio del evento y en cada computadora? Esta operación no se puede deshacer.
reg-erase = Borrar
reg-erasing = Borrando…
reg-erase-failed = No se borró
reg-erased = Inscripción de { $name } borrada: desaparece del sitio del evento y de la computadora de cada organizador en su próxima sincronización

## Inscripciones: decidir sobre una o sobre las seleccionadas.
reg-decide-selected = Decidir sobre las inscripciones seleccionadas
reg-selected =
    { $count ->
        [one] { $count } seleccionada
        [many] { $count } seleccionadas
       *[other] { $count } seleccionadas
    }
reg-clear-selection = Borrar la selección
## Lo que hace cada botón de decisión.
reg-decide =
    { $status ->
        [approved] Aprobar
        [waitlisted] Lista de espera
        [rejected] Rechazar…
        [cancelled] Cancelar la inscripción
       *[pending] Volver a pendiente
    }
reg-cancel-many = Cancelar las inscripciones
reg-reject-reason = Motivo del rechazo
reg-reject =
    { $count ->
        [one] Rechazar
        [many] Rechazar las { $count }
       *[other] Rechazar las { $count }
    }
reg-back = Volver
reg-deciding = Decidiendo…
reg-decide-failed = No se decidió
## Se dice una vez decidido: $status es el nombre del nuevo estado (Aprobada, Rechazada…).
reg-decided = { $status }: { $name }
reg-decided-many =
    { $count ->
        [one] { $status }: { $count } inscripción
        [many] { $status }: { $count } de inscripciones
       *[other] { $status }: { $count } inscripciones
    }

## Inscripciones: la lista de participantes, guardada como hoja de cálculo.
reg-list-title = Lista de participantes
reg-list-intro =
    { $count ->
        [one] La inscripción que la tabla muestra ahora (su búsqueda y filtros), guardada en su carpeta Descargas. Las celdas que empiezan como una fórmula se guardan como texto.
        [many] Las { $count } de inscripciones que la tabla muestra ahora (su búsqueda y filtros), en su orden, guardadas en su carpeta Descargas. Las celdas que empiezan como una fórmula se guardan como texto.
       *[other] Las { $count } inscripciones que la tabla muestra ahora (su búsqueda y filtros), en su orden, guardadas en su carpeta Descargas. Las celdas que empiezan como una fórmula se guardan como texto.
    }
reg-list-columns = Columnas
reg-list-columns-failed = No se pudieron leer las columnas
reg-list-no-column = elija al menos una columna
reg-list-format = Formato
reg-list-xlsx = Excel (XLSX)
reg-list-csv = CSV (UTF-8)
reg-list-save = Guardar la lista
reg-list-writing = Escribiendo la lista…
reg-list-writing-short = Escribiendo…
reg-list-failed = No se guardó
reg-list-saved =
    { $count ->
        [one] Un participante guardado en { $path }
        [many] { $count } de participantes guardados en { $path }
       *[other] { $count } participantes guardados en { $path }
    }
reg-list-saved-in = Guardada:
reg-close = Cerrar

## Inscripciones: los puntos focales de una reunión, que aprueban las solicitudes de su administración.
reg-fp-title = Puntos focales de { $event }
reg-fp-intro = La solicitud de una administración espera a su punto focal, a quien el sitio del evento envía un enlace privado para aprobarla o rechazarla. La solicitud de una administración sin punto focal espera su decisión.
reg-fp-read-failed = No se pudieron leer los puntos focales: { $error }
reg-fp-none = Ninguno todavía.
reg-fp-column =
    { $column ->
        [country] País
        [category] Categoría
        [name] Nombre
       *[email] Correo electrónico
    }
reg-any-category = Cualquier categoría
reg-fp-change = Modificar
reg-fp-remove-open = Quitar…
reg-fp-remove-aria = Quitar a { $name }
reg-fp-remove-label = Confirmar que se quita a { $name }
reg-fp-remove = Quitar
reg-fp-remove-failed = No se quitó
reg-fp-removed = Punto focal { $name } quitado
reg-fp-form-add = Añadir un punto focal
reg-fp-form-change = Modificar el punto focal
reg-fp-email-hint = El sitio envía aquí su enlace
reg-fp-add = Añadir el punto focal
reg-fp-save = Guardar
reg-fp-cancel = Cancelar
reg-fp-added = Punto focal { $name } añadido
reg-fp-changed = Punto focal { $name } modificado

## Inscripciones: los gráficos.
reg-charts-label = Inscripciones en gráficos
reg-chart-failed = No se pudieron leer los recuentos: { $error }
reg-chart-counting = Contando…
reg-chart-none = Todavía no hay inscripciones: los gráficos se llenan a medida que llegan las solicitudes.
## $zone es el huso horario de la reunión, como «Europe/Zurich».
reg-chart-days = Solicitudes por día ({ $zone })
reg-chart-days-label = Solicitudes por día, del { $first } al { $last }; como máximo { $most } en un día
reg-chart-day =
    { $count ->
        [one] { $day }: { $count } solicitud
        [many] { $day }: { $count } de solicitudes
       *[other] { $day }: { $count } solicitudes
    }
reg-chart-by =
    { $group ->
        [status] Por estado
        [category] Por categoría
        [region] Por región
       *[country] Por país
    }
reg-chart-elsewhere = En otros lugares
reg-chart-other-countries =
    { $count ->
        [one] { $count } país más
        [many] { $count } de países más
       *[other] { $count } países más
    }

## Inscripciones: una inscripción en su cuadro de diálogo.
reg-dialog-add = Añadir una inscripción
reg-dialog-title = Inscripción
reg-dialog-read-failed = No se pudo leer la inscripción: { $error }
reg-dialog-by-hand = Tomada a mano (una llamada, una carta): está pendiente hasta que se decida, como las del formulario.
## $source es cómo llegó (Formulario del sitio, Introducida a mano…); $at la fecha y hora en que se presentó.
reg-dialog-submitted = { $source } · presentada el { $at }
## El huso horario propio de la persona inscrita, como «Europe/Paris».
reg-dialog-zone = huso { $zone }
## $message y $state son el correo y su situación (solicitud recibida, enviado); $at cuándo.
reg-dialog-mail = Correo del sitio del evento: { $message }, { $state } el { $at }
reg-dialog-decision = Decisión
reg-dialog-as-submitted = al presentarse
reg-dialog-decide = Decidir sobre la inscripción de { $name }
reg-dialog-earlier = Decisiones anteriores

## Inscripciones: la búsqueda y los filtros.
reg-filter-label = Buscar inscripciones
reg-search = Buscar
reg-search-placeholder = Nombre, correo electrónico u organización
reg-filter =
    { $filter ->
        [category] Categoría
        [region] Región
       *[country] País
    }
reg-any-region = Cualquier región
reg-any-country = Cualquier país
reg-filter-status = Mostrar las inscripciones por estado

## Inscripciones: el formulario de una inscripción (tomada a mano, o corregida).
reg-form-field =
    { $field ->
        [given_name] Nombre
        [family_name] Apellido
        [name_order] Orden del nombre
        [email] Correo electrónico
        [organisation] Organización
        [country] País
        [category] Categoría
        [position] Cargo
       *[private_notes] Notas privadas
    }
reg-form-email-hint = Privado: nunca se publica
reg-form-notes-hint = Solo para los organizadores
reg-form-attended = Asistió
reg-form-saving = Guardando…
reg-form-save = Guardar
reg-form-add = Añadir la inscripción
reg-form-saved = Inscripción de { $name } guardada
reg-form-added = Inscripción de { $name } añadida

## Oradores: la tabla.
spk-title = Oradores
spk-count =
    { $count ->
        [one] { $count } orador
        [many] { $count } de oradores
       *[other] { $count } oradores
    }
spk-unlisted-count =
    { $count ->
        [one] { $count } fuera del sitio público
        [many] { $count } fuera del sitio público
       *[other] { $count } fuera del sitio público
    }
spk-add = Añadir un orador
spk-new-failed = No se pudo empezar un nuevo orador
spk-load-failed = No se pudieron cargar los oradores: { $error }
spk-loading = Cargando los oradores…
spk-none = Todavía no hay oradores. Añada el primero con «Añadir un orador».
spk-caption = Oradores de { $event }
spk-column =
    { $column ->
        [name] Nombre
        [position] Cargo
        [organisation] Organización
        [country] País
        [status] Estado
       *[public] Sitio público
    }
spk-actions = Acciones
## $reason es del núcleo, como «no confirmado».
spk-left-out = Fuera: { $reason }
spk-listed = Incluido
spk-edit = Modificar
spk-edit-aria = Modificar a { $name }

## Oradores: el formulario de un orador.
spk-form-new = Nuevo orador
spk-form-title = Orador: { $name }
spk-field =
    { $field ->
        [honorific] Tratamiento
        [given_name] Nombre
        [family_name] Apellido
        [name_order] Orden del nombre
        [position] Cargo
        [organisation] Organización
        [country] País
        [status] Estado
        [consent_to_publish] Acepta que se publique
        [bio] Biografía
        [photo] Foto
        [links] Enlaces
        [email] Correo electrónico
       *[private_notes] Notas
    }
spk-publication = En el sitio público
spk-publication-hint = El sitio incluye a un orador, y lo nombra en el programa, cuando se cumplen ambas condiciones: Confirmado, y acepta que se publique.
## $reason es del núcleo, como «no confirmado».
spk-unlisted = Tal como está guardado, fuera del sitio público: { $reason }.
spk-photo-note = JPEG, PNG, WebP o GIF de hasta 20 MB; se conserva su cuadrado central
spk-photo-first = Guarde primero el orador y después elija su foto.
spk-photo-alt = Foto de { $name }
spk-photo-remove = Quitar la foto
spk-photo-saved = Foto de { $name } guardada
spk-photo-removed = Foto de { $name } quitada
spk-photo-failed = La foto no se guardó
spk-links-note = uno por línea
spk-roles = Funciones en el programa
spk-roles-first = Guarde primero el orador y después asígnele funciones.
spk-roles-none = Ninguna función todavía.
spk-role-remove = Quitar
## $role es el nombre de la función (Presidente, Orador…); $entry las horas y el título del punto.
spk-role-remove-aria = Quitar la función { $role } en { $entry }
spk-role-add-label = Añadir una función
spk-role-entry = Punto
spk-role-choose = — Elegir un punto —
spk-role-kind = Función
spk-role-add = Añadir la función
spk-role-no-entry = Elija un punto del programa.
spk-role-added = Función { $role } añadida
spk-role-removed = Función { $role } quitada
spk-entry-gone = Un punto que ya no está en el programa
spk-remove-failed = No se quitó
spk-delete-open = Eliminar…
spk-delete-label = Confirmar la eliminación
spk-delete-question = ¿Eliminar este orador y sus funciones?
spk-delete = Eliminar
spk-delete-failed = No se eliminó
spk-deleted = Orador eliminado
spk-cancel = Cancelar
spk-saving = Guardando…
spk-save = Guardar el orador
spk-saved = { $name } guardado

## El sitio del evento, en la barra lateral.
pub-site = Sitio del evento
## $at es una hora con su huso, como «18:02 CET».
pub-last-sync = Última sincronización a las { $at }
pub-published = Versión { $version } publicada
pub-published-at = a las { $at }
pub-programme = Programa público
pub-opens-in-browser = (se abre en su navegador)
pub-open-failed = No se pudo abrir la página
pub-publish-open = Publicar…
pub-sync = Sincronizar
pub-syncing = Sincronizando…
pub-set-site = Definir el sitio del evento…

## Publicar: lo que sale, y después la versión creada.
pub-title = Publicar
pub-title-next = Publicar la versión { $version }
pub-title-done = La versión { $version } es pública
pub-reading = Leyendo el programa…
pub-public-sees = El público ve la versión { $version }.
pub-nothing-public = Nada de esta reunión es público todavía.
pub-withdrawn = Esta reunión está retirada del sitio público.
## $at es la fecha y hora de la publicación.
pub-done = La versión { $version } se publicó el { $at }.
pub-open = Abrir el programa público
pub-in-browser = (en su navegador)
pub-changes = Lo que el público verá cambiar
pub-no-changes = Nada ha cambiado desde la versión { $version }.
pub-left-out = Oradores fuera del sitio público
pub-left-out-why = El sitio incluye a un orador una vez Confirmado y si acepta que se publique; cambie cualquiera de los dos en Oradores.
## Un orador fuera, y por qué (las palabras del núcleo, como «no confirmado»).
pub-left-out-one = { $name }: { $reason }
pub-errors = Por corregir antes de publicar
pub-warnings = Por comprobar
pub-warnings-confirm = Los he comprobado, publicar de todos modos
pub-fields = Lo que se hace público
pub-fields-private = Ningún correo electrónico, nota privada ni inscripción forma parte de ello: solo lo que figura aquí va al sitio del evento.
pub-kept = Lo que el sitio guarda para su propio trabajo, sin mostrarlo nunca
pub-not-shared = Esta reunión solo está en esta computadora: publicarla la comparte con el sitio del evento y los demás organizadores.
pub-versions = Versiones publicadas ({ $count })
## $at es la fecha y hora, $by el organizador que publicó.
pub-version = Versión { $version }, { $at }, por { $by }
pub-version-withdrawn = Retirada del sitio público, { $at }, por { $by }
pub-close = Cerrar
pub-cancel = Cancelar

## Conflictos: valores que perdieron frente a la modificación del mismo campo por otro organizador.
conf-title = Conflictos
conf-subtitle = Valores que perdieron frente a la modificación de otro organizador
conf-counts =
    { $open ->
        [one] { $open } abierto · { $count } en total
        [many] { $open } abiertos · { $count } en total
       *[other] { $open } abiertos · { $count } en total
    }
conf-intro = Cuando dos organizadores cambian el mismo campo antes de sincronizar, se conserva el cambio posterior y el otro aparece aquí. Restablecer vuelve a poner un valor, como un nuevo cambio suyo que llega a los demás en la próxima sincronización.
conf-load-failed = No se pudieron cargar los conflictos: { $error }
conf-load-failed-status = No se pudieron cargar los conflictos
conf-loading = Cargando los conflictos…
conf-none = No hay conflictos: nada de lo que se escribió se ha sobrescrito.
## Si el valor ganador sigue en pie.
conf-state =
    { $open ->
        [yes] Abierto
       *[no] Resuelto
    }
conf-settled-why = El campo se ha modificado desde entonces
conf-lost = Perdido
conf-kept =
    { $open ->
        [yes] Conservado
       *[no] Se conservó
    }
## $author es quien escribió el valor, $at cuándo.
conf-by = por { $author }, { $at }
conf-restore = Restablecer
conf-restoring = Restableciendo…
conf-restored = Restablecido; llega a los demás en la próxima sincronización
conf-restore-failed = No se restableció
## $field es el nombre del campo en minúsculas (título), $subject lo que es la fila (punto «Apertura»).
conf-restore-label = Restablecer el valor perdido del campo { $field }: { $subject }
conf-empty = (vacío)
conf-none-value = (ninguno)
conf-yes = Sí
conf-no = No
## El nombre de un campo; $name es el nombre propio del campo hecho legible, para un campo no nombrado aquí.
conf-field =
    { $field ->
        [title] Título
        [short_title] Título abreviado
        [description] Descripción
        [kind] Tipo
        [format] Formato
        [zone] Huso horario
        [starts_on] Primer día
        [ends_on] Último día
        [venue] Lugar
        [languages] Idiomas
        [organiser] Organizador
        [audience] Quién puede participar
        [registration] Reglas de inscripción
        [eligible_categories] Categorías de participantes
        [contacts] Contactos
        [reference] Documento de referencia
        [website] Sitio web
        [online_link] Enlace en línea
        [slot] Horario y lugar
        [public] Marcado como público
        [honorific] Tratamiento
        [given_name] Nombre
        [family_name] Apellido
        [position] Cargo
        [organisation] Organización
        [country] País
        [bio] Biografía
        [links] Enlaces
        [photo] Foto
        [email] Correo electrónico
        [status] Estado
        [consent_to_publish] Acepta que se publique
        [private_notes] Notas
        [role] Función
        [category] Categoría
        [attended] Asistió
        [decision] Decisión
        [name] Nombre
       *[other] { $name }
    }

## De qué trata un conflicto: su fila y el título o nombre de esta (los de los organizadores).
conflict-subject =
    { $thing ->
        [meeting] reunión «{ $name }»
        [entry] entrada «{ $name }»
        [speaker] orador { $name }
        [registration] inscripción de { $name }
        [focal_point] punto focal { $name }
        [translation] traducción «{ $name }»
        [role] una función
       *[other] { $thing }
    }

## Importar inscripciones de un archivo.
reg-import-open = Importar…
reg-import-title = Importar inscripciones
reg-import-intro = De una hoja de cálculo o un CSV: la exportación de otro sistema (Indico, una herramienta de formularios, un CRM) o una lista de participantes. No se escribe nada hasta importar.
reg-import-file = Archivo
reg-import-file-hint = CSV, Excel (XLSX, XLS) u OpenDocument (ODS)
reg-import-reading = Leyendo el archivo…
reg-import-first-screen = Las primeras filas. Leyendo el resto del archivo para los totales y cada problema…
reg-import-read-failed = No se pudo leer el archivo
reg-import-csv = CSV en { $encoding }, separado por { $separator }
reg-import-workbook = Libro { $kind }
reg-import-encoding = Codificación
reg-import-sheet = Hoja
reg-import-sheet-choice = { $name } · { $rows }
reg-import-columns = El campo de cada columna
reg-import-remembered = Como para el último archivo con estos encabezados.
reg-import-left-out = Omitida
reg-import-duplicates = Una fila con el correo de una inscripción de esta reunión
reg-import-on-duplicate =
    { $choice ->
        [update] Actualizar los campos que difieren
        [skip] Dejar la inscripción como está
       *[keep_both] Añadir la fila junto a ella
    }
reg-import-counts = Filas: { $rows } · por añadir: { $add } · por actualizar: { $update } · sin cambios: { $unchanged } · omitidas: { $skip } · junto a una coincidencia: { $keep_both } · rechazadas: { $refused }
reg-import-problems = Problemas
reg-import-problem = Fila { $row }, { $header }: { $message }
reg-import-problem-row = Fila { $row }: { $message }
reg-import-more-problems = y { $count } más
reg-import-skip-row = Omitir la fila { $row }
reg-import-rows = Las primeras filas, tal como se guardarán
reg-import-row = Fila
reg-import-what = Importación
reg-import-action =
    { $action ->
        [add] Añadir
        [update] Actualizar
        [unchanged] Sin cambios
        [skip] Omitir
        [refused] Rechazada
       *[keep_both] Añadir junto
    }
reg-import-refused-hint = Corrija las filas rechazadas en el archivo y vuelva a elegirlo, u omítalas.
reg-import-submit = Importar
reg-import-importing = Importando…
reg-import-progress = { $done } de { $total } filas escritas
reg-import-stop = Detener: no escribir nada
reg-import-failed = No importado
reg-import-done = Importado: { $add } añadidas, { $update } actualizadas. Edición → Deshacer lo revierte.

## Importar un programa de otro sistema.
prog-import-open = Importar…
prog-import-title = Importar un programa
prog-import-intro = De Indico (exportación del horario o del evento), de un programa c3voc (frab, pretalx) o de una exportación de Dais. Las sesiones pasan a ser bloques con sus puntos, los coordinadores presiden, los oradores intervienen; una entrada de una importación anterior de la misma fuente se modifica, nunca se copia. No se escribe nada hasta importar.
prog-import-file = Archivo
prog-import-file-hint = JSON o XML
prog-import-indico = O tráigalo de Indico
prog-import-indico-address = La dirección del evento
prog-import-indico-address-hint = Su página (…/event/1234/) o una de sus exportaciones
prog-import-indico-token = Token de API
prog-import-indico-token-hint = Para un evento no público: Mi perfil → Tokens de API en Indico, alcance read:legacy_api
prog-import-indico-fetch = Traer
prog-import-reading = Leyendo el archivo…
prog-import-read-failed = No se pudo leer el archivo
prog-import-summary = { $format ->
        [indico_timetable] Horario de Indico
        [indico_event] Exportación de evento de Indico
        [schedule_xml] Programa c3voc (XML)
        [schedule_json] Programa c3voc (JSON)
       *[dais] Exportación de Dais
    }. Entradas por añadir: { $added } · por modificar: { $changed } · sin cambios: { $unchanged } · oradores nuevos: { $speakers }
prog-import-added = Por añadir
prog-import-changed = Por modificar
prog-import-new-speakers = Oradores nuevos
prog-import-field = { $field ->
        [title] título
        [description] descripción
        [slot] hora o lugar
        [kind] tipo
        [block_id] bloque
       *[roles] personas
    }
prog-import-submit = Importar
prog-import-importing = Importando…
prog-import-failed = No importado
prog-import-done = Importado: entradas añadidas: { $added }, modificadas: { $changed }. Edición → Deshacer lo revierte.

## The meeting on the organisation's website (WebsiteEmbeds.svelte)
web-title = En el sitio web de su organización
web-intro = Pegue uno de estos fragmentos en una página de su sitio: muestra la reunión tal como se publicó, y cada nueva versión en cuanto se publica.
web-part = { $part ->
    [programme] El programa
    [speakers] Los oradores
   *[registration] El formulario de inscripción
}
web-copy = Copiar
web-copied = Copiado.
web-form-origins = El formulario de inscripción solo se muestra en los sitios que permite la configuración del sitio del evento (orígenes de inserción): pida a quien administra el sitio del evento que añada el suyo.
web-save-files = Guardar el sitio público como archivos…
web-saving = Guardando…
web-saved = { $files } archivos guardados en { $path }: cualquier servidor web sirve esta carpeta tal cual.
