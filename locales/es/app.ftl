app-language-not-kept = El idioma se muestra, pero no se pudo conservar para el próximo inicio: { $reason }

## La ventana: la barra lateral y sus vistas
app-workspace-unread = No se pudo leer el espacio de trabajo
app-workspace-unread-because = No se pudo leer el espacio de trabajo: { $reason }
app-workspace-opened = Se abrió un nuevo espacio de trabajo: { $path }
app-zones-unread = No se pudieron cargar los husos horarios
app-meeting = Reunión
app-archived = Archivada
app-new-meeting = Nueva reunión…
app-views = Vistas
app-workspace = Espacio de trabajo
app-view = { $view ->
    [event] Evento
    [programme] Programa
    [speakers] Oradores
    [registrations] Inscripciones
    [conflicts] Conflictos
   *[settings] Configuración
  }
app-open-conflicts = { $count ->
    [one] abierto
    [many] abiertos
   *[other] abiertos
  }
app-undo-redo = Deshacer y rehacer
app-undo = ↶ Deshacer
app-redo = ↷ Rehacer
app-undo-what = Deshacer: { $what } (Ctrl+Z)
app-redo-what = Rehacer: { $what } (Ctrl+Mayús+Z)
app-nothing-to-undo = Nada que deshacer
app-nothing-to-redo = Nada que rehacer
app-opening-workspace = Abriendo el espacio de trabajo…

## La línea de estado
app-status-idle = Cada cambio se guarda en esta computadora
app-saving = Guardando…
app-saved = Guardado
app-not-saved = No guardado
app-failed = { $prefix }: { $message }
app-undoing = Deshaciendo…
app-redoing = Rehaciendo…
app-undone = Deshecho: { $what }
app-redone = Rehecho: { $what }
app-part-unread = { $part ->
    [meetings] No se pudieron leer las reuniones
    [sideEvents] No se pudieron leer los eventos paralelos
    [programme] No se pudo leer el programa
    [publication] No se pudo leer en qué versión se publicó cada punto
    [speakers] No se pudieron leer los oradores
    [unlisted] No se pudo leer qué oradores omite el sitio público
    [participations] No se pudieron leer las funciones
    [translations] No se pudieron leer las traducciones
   *[undo] No se pudo leer lo que Deshacer revertiría
  }

## Situación del espacio de trabajo con su sitio
app-sync-sending = { $count ->
    [one] Sincronizando… enviando { $count } cambio
    [many] Sincronizando… enviando { $count } cambios
   *[other] Sincronizando… enviando { $count } cambios
  }
app-sync-publishing = Publicando…
app-sync-resending = Sincronizando… el sitio del evento se restauró a partir de una copia: se reenvían los datos de este espacio de trabajo
app-syncing = Sincronizando…
app-sync-checking = Comprobando el sitio del evento…
app-sync-no-site = { $count ->
    [0] No se ha definido ningún sitio del evento
    [one] No se ha definido ningún sitio del evento, { $count } cambio pendiente
    [many] No se ha definido ningún sitio del evento, { $count } cambios pendientes
   *[other] No se ha definido ningún sitio del evento, { $count } cambios pendientes
  }
app-sync-local = Solo en esta computadora: Publicar… comparte esta reunión
app-sync-offline = { $count ->
    [one] Sin conexión, { $count } cambio pendiente
    [many] Sin conexión, { $count } cambios pendientes
   *[other] Sin conexión, { $count } cambios pendientes
  }
app-sync-refused = Sincronizado, pero { $reason }
app-sync-failed = No sincronizado: { $reason }
app-sync-waiting = { $count ->
    [one] { $count } cambio pendiente
    [many] { $count } cambios pendientes
   *[other] { $count } cambios pendientes
  }
app-sync-done = Todos los cambios están sincronizados

## Fechas escritas e instantes
app-instant = { $date }, { $time } { $zone }
app-date-give = { $what ->
    [first-day] indique el primer día, por ejemplo { $example }
    [last-day] indique el último día, por ejemplo { $example }
   *[date] indique la fecha, por ejemplo { $example }
  }
app-not-a-date = «{ $typed }» no es una fecha; escríbala como { $example } o 26/03/2026
app-when-give-day = { $happens ->
    [opens] indique el día en que se abre la inscripción, por ejemplo 26 de marzo de 2026
   *[closes] indique el día en que se cierra la inscripción, por ejemplo 26 de marzo de 2026
  }
app-when-give-time = { $happens ->
    [opens] indique también la hora en que se abre la inscripción, por ejemplo 09:00
   *[closes] indique también la hora en que se cierra la inscripción, por ejemplo 09:00
  }

## El campo de fecha y su calendario
app-date-placeholder = p. ej. { $example }
app-calendar-choose = { $what ->
    [first-day] Elegir el primer día en un calendario
    [last-day] Elegir el último día en un calendario
    [opens] Elegir el día en que se abre la inscripción en un calendario
    [closes] Elegir el día en que se cierra la inscripción en un calendario
   *[date] Elegir la fecha del punto en un calendario
  }
app-calendar-title = { $what ->
    [first-day] Elegir el primer día
    [last-day] Elegir el último día
    [opens] Elegir el día en que se abre la inscripción
    [closes] Elegir el día en que se cierra la inscripción
   *[date] Elegir la fecha del punto
  }
app-calendar-month-before = El mes anterior
app-calendar-month-after = El mes siguiente

## Palabras compartidas
app-keep = Conservar
app-clash = Modificado por otra persona
app-clash-theirs = Otra persona cambió esto a { $theirs } mientras usted lo editaba.
app-clash-keep-mine = Conservar lo mío
app-clash-use-theirs = Usar lo suyo
app-zones-found = Husos horarios encontrados
app-zone-placeholder = Una ciudad o un país, p. ej. Ginebra
app-countries-found = Países encontrados
app-country-placeholder = Escriba el nombre de un país
app-decision-verb = { $status ->
    [pending] Volver a pendiente
    [waitlisted] Lista de espera
    [approved] Aprobar
    [rejected] Rechazar…
   *[cancelled] Cancelar la inscripción
  }
app-un-language = { $language ->
    [Arabic] Árabe
    [Chinese] Chino
    [English] Inglés
    [French] Francés
    [Russian] Ruso
   *[Spanish] Español
  }
app-badge-published = Publicado v{ $version }
app-badge-published-title = Público tal como se publicó en la versión { $version }
app-badge-changed = Modificado desde v{ $version }
app-badge-changed-title = Publicado por última vez en la versión { $version }; la próxima publicación enviará el cambio
app-badge-new = Aún no público
app-badge-new-title = Público, pero en ninguna versión publicada: la próxima publicación lo añadirá
app-badge-held-back = Retenido
app-badge-held-back-title = Marcado como público, pero su bloque es un borrador: no se publica sin él

## El horario
app-timetable-add = Añadir un punto a las { $time } el { $day }
app-timetable-add-in = Añadir un punto a las { $time } el { $day } en «{ $block }»
app-timetable-changing = { $mode ->
    [move] Moviendo…
    [start] Cambiando el inicio…
   *[end] Cambiando el final…
  }
app-timetable-changed-one = { $mode ->
    [move] Se movió «{ $title }»
    [start] Se cambió el inicio de «{ $title }»
   *[end] Se cambió el final de «{ $title }»
  }
app-timetable-changed = { $mode ->
    [move] { $count ->
        [one] Se movió { $count } punto
        [many] Se movieron { $count } puntos
       *[other] Se movieron { $count } puntos
      }
    [start] { $count ->
        [one] Se cambió el inicio de { $count } punto
        [many] Se cambió el inicio de { $count } puntos
       *[other] Se cambió el inicio de { $count } puntos
      }
   *[end] { $count ->
        [one] Se cambió el final de { $count } punto
        [many] Se cambió el final de { $count } puntos
       *[other] Se cambió el final de { $count } puntos
      }
  }
app-timetable-not-changed = { $mode ->
    [move] No movido
   *[other] No cambiado
  }
app-timetable-help = Haga clic en una hora libre para añadir allí un punto. Arrastre un punto para moverlo, o su borde superior o inferior para cambiar sus horas (en pasos de 5 minutos). Ctrl+clic selecciona varios. Teclas: ↑ ↓ mueven 5 minutos, Mayús+↑ ↓ mueven el final, Intro abre, Supr elimina, Ctrl+Z deshace.
app-timetable-zone = horas en { $zone }
app-timetable-sessions = Bloques, pausas, eventos paralelos
app-timetable-items = Puntos
app-timetable-of = Horario del { $day }
app-timetable-warning = Advertencia: { $warnings }

## El programa
app-programme-saved-to = Se guardó el programa en { $path }
app-programme-writing = Redactando el documento…
app-deleted = Se eliminó «{ $title }»
app-not-deleted = No eliminado
app-deleting = Eliminando…
app-delete-block = { $count ->
    [one] ¿Eliminar el bloque y su { $count } punto?
    [many] ¿Eliminar el bloque y sus { $count } puntos?
   *[other] ¿Eliminar el bloque y sus { $count } puntos?
  }
app-delete-entry = ¿Eliminar este punto?
app-programme-of-days = Programa · { $days }
app-programme-document-title = El programa tal como está ahora, con los borradores, como documento { $format } en su carpeta Descargas
app-programme-save-as = Guardar como { $format }
app-add-entry = Añadir un punto
app-zone-picker = Mostrar también las horas en
app-zone-picker-pick = Elija un huso horario de la lista: escriba una ciudad o un país, p. ej. Sídney.
app-zone-picker-hint = Una ciudad o un país; vacío, se muestra solo el huso horario de la reunión.
app-zone-clear = Borrar el huso horario
app-layout = Mostrar el programa como
app-layout-list = Lista
app-layout-timetable = Horario
app-warnings = Por comprobar antes de publicar
app-programme-unread = No se pudo cargar el programa: { $reason }
app-programme-loading = Cargando el programa…
app-programme-empty = Aún no hay puntos. Añada el primero con «Añadir un punto», o elija su día y hora en el horario:
app-programme-empty-timetable = abrir el horario
app-programme-of = Programa del { $day }
app-time-in = Hora
app-column-session = Sesión
app-column-place = Lugar
app-column-actions = Acciones
app-draft = Borrador
app-draft-title = Borrador: no publicado
app-not-on-site = no figura en el sitio público
app-confirm-deletion = Confirmar la eliminación de { $title }
app-delete = Eliminar
app-edit = Editar
app-edit-title = Editar { $title }
app-delete-title = Eliminar { $title }
app-delete-question = ¿Eliminar «{ $title }»?
app-undo-brings-back = Deshacer (Ctrl+Z) lo restablece.

## Configuración
app-save = Guardar
app-settings-subtitle = Su idioma, quién es usted y dónde publica su reunión este espacio de trabajo
app-update-available = Dais { $version } está disponible
app-update-whats-new = Novedades
app-update-install = Instalar y reiniciar
app-update-later = Más tarde
app-update-installing = Instalando Dais { $version }: la aplicación se reinicia al terminar.
app-settings-updates = Actualizaciones
app-settings-updates-version = Esta es la versión { $version } de Dais.
app-settings-updates-check = Buscar actualizaciones al iniciar Dais y una vez al día
app-settings-updates-hint = Dais pregunta a su canal de versiones si existe una más reciente; no se envía nada sobre usted ni sobre sus reuniones. Una versión nueva solo se instala cuando usted lo decide.
app-settings-updates-policy = Su organización desactivó la búsqueda de actualizaciones en esta computadora.
app-settings-updates-check-now = Buscar ahora
app-settings-updates-checking = Buscando…
app-settings-updates-latest = Dais { $version } es la versión más reciente.
app-settings-updates-found = Dais { $version } está disponible: instálelo desde la barra lateral.
app-settings-language = Idioma
app-settings-language-hint = El idioma de Dais en esta computadora, para todos los espacios de trabajo. Las reuniones, los nombres y los títulos quedan tal como se escribieron.
app-settings-name-saved = Se guardó su nombre
app-settings-site-saved = Se guardó el sitio del evento
app-settings-you = Usted
app-settings-your-name = Su nombre
app-settings-your-name-hint = El nombre con el que los demás organizadores y el sitio del evento lo identifican: en sus decisiones, sus cambios, los conflictos y las publicaciones. Mientras no lo defina, figura el nombre de usuario de esta computadora en las decisiones, y la etiqueta de su token en el sitio.
app-settings-saved = Guardado.
app-settings-site = Sitio del evento
app-settings-site-intro = Al publicar se envían los cambios hechos en esta computadora al sitio del evento de la reunión, y se traen los cambios de los demás y las inscripciones recibidas por su formulario. El administrador del sitio da a cada organizador una dirección y un token.
app-settings-site-url = Dirección del sitio
app-settings-site-now = Actualmente:
app-settings-no-site = Aún no se ha definido ningún sitio.
app-settings-token = Token de organizador
app-settings-token-kept = Guardado de forma segura; escríbalo de nuevo para cambiar de sitio
app-settings-token-hint = El token es secreto: se guarda en el llavero de esta computadora (Llavero en macOS, Administrador de credenciales en Windows, Secret Service en Linux), nunca en el espacio de trabajo. Si no hay llavero, se guarda en un archivo junto al espacio de trabajo que solo usted puede leer.
app-settings-token-in-keychain = Guardado. El token se guarda en el llavero.
app-settings-token-in-file = Guardado. No hay llavero en esta computadora: el token se guarda en { $file }.
app-settings-token-beside = Guardado. No hay llavero en esta computadora: el token se guarda en un archivo junto al espacio de trabajo.

## Primer inicio, y espacio de trabajo que no se puede abrir
app-welcome-demo-opened = Se abrió la reunión de demostración, U4SSC-9
app-welcome-demo-failed = No se pudo abrir la demostración
app-welcome-demo-opening = Abriendo la demostración…
app-welcome = Bienvenido a Dais
app-welcome-subtitle = Prepare el programa, los oradores y las inscripciones de una reunión, en esta computadora portátil, con o sin red.
app-welcome-create = Crear una reunión
app-welcome-create-what = Su título, fechas, huso horario, formato, idiomas e inscripción; el resto de la circular después.
app-welcome-create-button = Crear una reunión…
app-welcome-demo = Abrir la demostración
app-welcome-demo-what = La novena reunión de la U4SSC ({ $date }) con su programa, sus oradores y algunas inscripciones, para hacer pruebas.
app-welcome-connect = Conectarse a un sitio del evento
app-welcome-connect-what = Recibió la dirección de un sitio y un token: las reuniones compartidas allí llegan a esta computadora portátil.
app-welcome-connect-button = Conectarse…
app-problem = No se puede abrir este espacio de trabajo
app-problem-file = El archivo es:
app-problem-what-now = Dais no lo ha modificado. Si es una copia que se está restaurando, o lo escribió una versión más reciente de Dais, deje que termine, o actualice Dais, y vuelva a iniciar Dais. Para seguir trabajando mientras tanto, cree un nuevo espacio de trabajo a su lado: se abre con la reunión de demostración y se une a su sitio del evento en cuanto lo defina en Configuración.
app-problem-start-new = Crear un nuevo espacio de trabajo

## El formulario de un punto, y sus presidentes y oradores
app-cancel = Cancelar
app-entry-saved = Se guardó «{ $title }»
app-entry-added = Se añadió «{ $title }»
app-entry-edit = Editar el punto
app-entry-add = Añadir un punto
app-entry-zone = Las horas están en el huso horario del evento, { $zone } ({ $label }).
app-entry-kind = Tipo
app-entry-choose-block = — Elija un bloque —
app-entry-linked = Evento vinculado
app-entry-none = — Ninguno —
app-entry-title = Título
app-entry-description = Descripción
app-entry-when = Cuándo
app-entry-when-zone = en { $zone } ({ $label })
app-entry-date = Fecha
app-entry-start = Inicio
app-entry-end = Fin
app-entry-time-note = HH:MM { $label }
app-entry-place-note = una sala, o un enlace en línea
app-entry-public = Público
app-entry-public-hint = Sin marcar, el punto es un borrador: permanece en las computadoras de los organizadores.
app-entry-people-later = Los presidentes y oradores se añaden una vez creado el punto.
app-entry-save = Guardar el punto
app-people-type-name = Escriba el nombre de un orador, o de una persona nueva.
app-people-added = Se añadió a { $name } como { $role }
app-people-not-added = No añadido
app-people-removed = Se quitó: { $what }
app-people-not-removed = No quitado
app-people = Presidentes y oradores
app-people-nobody = Nadie todavía.
app-people-label = { $name }, { $role }
app-people-removed-speaker = un orador eliminado
app-people-remove-label = Quitar { $what }
app-people-remove = Quitar
app-people-name = Nombre
app-people-name-hint = un orador, o una persona nueva
app-people-role = Función
app-people-add-new = Añadir «{ $name }» como nuevo orador
app-people-add = Añadir

## Una nueva reunión
app-new-created = Se creó { $title }
app-new-not-created = No creada
app-new-creating = Creando…
app-new-side-event-of = Nuevo evento paralelo de { $title }
app-new-meeting-title = Nueva reunión
app-new-start-from = Partir de
app-new-blank = Una reunión en blanco
app-new-from-past = Una reunión anterior: sus datos y su programa, trasladados a las nuevas fechas; sin oradores ni inscripciones
app-new-from-circular = Su circular: los datos que Dais lee en la carta, para que los confirme
app-new-from-programme = Un programa de otro sistema: Indico, pretalx u otro Dais; sus días y su huso horario pasan a ser los de la reunión
app-new-programme-hint = La exportación del horario o del evento de Indico (JSON), un programa c3voc (pretalx, frab: XML o JSON) o una exportación de Dais
app-new-programme-days = Los días de la reunión, según el programa: { $dates }. Los demás datos se completan después.
app-circular-file = La circular (DOCX, PDF o texto)
app-circular-paste = O pegue su texto
app-circular-read = Leer
app-circular-reading = Leyendo la carta…
app-circular-not-read = No se pudo leer la carta
app-circular-facts = Lo que dice la carta
app-circular-facts-hint = Compare cada dato con la frase de la que se leyó, corrija lo que esté mal e indique lo que la carta no dice. No se crea nada hasta que confirme.
app-circular-said = La carta: «{ $sentence }»
app-circular-missing = No figura en la carta: indíquelo.
app-circular-conflict = La carta da dos: conserve el correcto.
app-circular-lines = uno por línea
app-circular-create = Crear la reunión
app-new-past = Reunión anterior
app-new-short-title = Título abreviado
app-new-short-title-hint = Tal como lo muestran la barra lateral y las listas del sitio, p. ej. U4SSC-10
app-new-first-day = Primer día
app-new-last-day = Último día
app-new-format = Formato
app-new-zone = Huso horario
app-new-zone-hint = Dónde corre el reloj de la reunión: escriba su ciudad o su país
app-new-languages = Idiomas
app-new-registration = Inscripción
app-new-registration-hint = horas en el huso horario de la reunión
app-new-mandatory = Obligatoria
app-new-free = Gratuita
app-new-opens = Apertura
app-new-opens-at = Hora de apertura
app-new-closes = Cierre
app-new-closes-at = Hora de cierre
app-new-capacity = Capacidad
app-new-capacity-hint = vacío: sin límite
app-new-template-summary = { $title } fue { $dates } ({ $zone }): la nueva reunión toma sus datos, su programa a las mismas horas del día y sus reglas de inscripción, desplazados el mismo número de días.
app-new-create = { $what ->
    [side-event] Crear el evento paralelo
   *[meeting] Crear la reunión
  }

## Los datos de la reunión (vista Evento)
app-loading = Cargando…
app-none = Ninguno.
app-event-saved = Se guardó el evento
app-event-archived = Se archivó { $title }
app-event-unarchived = { $title } vuelve a estar entre las reuniones
app-event-deleted = Se eliminó { $title }
app-event-side-event-of = un evento paralelo de { $title }
app-event-facts = Los datos de la circular
app-event-saved-on-leaving = Cada cambio se guarda al salir de su campo.
app-event-reference = Referencia
app-event-reference-hint = El documento de anuncio, p. ej. Circular TSB 81
app-event-venue = Lugar
app-event-venue-hint = Una sala y un edificio, para una reunión presencial o híbrida
app-event-online-link = Enlace en línea
app-event-online-link-hint = Se envía a los participantes aprobados, nunca se publica
app-event-languages-hint = Separados por comas, p. ej. inglés, francés
app-event-website = Sitio web
app-event-organiser = Organizador
app-event-audience = Quién puede participar
app-event-eligible = Categorías admitidas
app-event-registration-zone = horas en { $zone }
app-event-contacts = Contactos
app-event-contact = Contacto { $n }
app-event-contact-who = Quién (contacto { $n })
app-event-contact-who-placeholder = Quién, p. ej. secretaría de la U4SSC
app-event-contact-email = Correo electrónico (contacto { $n })
app-event-contact-phone = Teléfono (contacto { $n })
app-event-contact-fax = Fax (contacto { $n })
app-event-email = Correo electrónico
app-event-phone = Teléfono
app-event-fax = Fax
app-event-contact-remove = Quitar el contacto { $n }
app-event-contact-add = Añadir un contacto
app-event-side-whole = El evento paralelo en su conjunto
app-event-meeting-whole = Eventos paralelos y la reunión en su conjunto
app-event-side-events = Eventos paralelos
app-event-side-events-unread = No se pudieron cargar los eventos paralelos: { $reason }
app-event-add-side-event = Añadir un evento paralelo…
app-event-the-side-event = El evento paralelo
app-event-the-meeting = La reunión
app-event-part-of = Forma parte de { $title }: figura junto a ella, aquí y en su página pública.
app-event-is-archived = Archivada: se conserva entera y figura aparte en el selector de reuniones.
app-event-bring-back = Recuperar
app-event-archive-hint = ¿Terminada? Archívela: se conserva entera, fuera del camino.
app-event-archive = Archivar
app-event-delete-question = ¿Eliminar { $title }, su programa, sus oradores y sus inscripciones? Si está compartida, desaparece también de las computadoras de los demás organizadores y del sitio público.
app-event-delete = { $what ->
    [side-event] Eliminar el evento paralelo
   *[meeting] Eliminar la reunión
  }
app-event-keep-it = Conservarla
app-event-delete-button = Eliminar…

## A field that must be filled in
app-required = obligatorio

## Un paso que deshacer o rehacer, como lo nombran los botones Deshacer y Rehacer y el menú Edición:
## «Traslado: punto «Clausura» y 2 más». $thing es lo que es la fila; $name su título o nombre (los de los
## organizadores); $more cuántas filas más del mismo tipo.
undo-step = { $action ->
        [add] Alta
        [delete] Supresión
        [move] Traslado
       *[edit] Modificación
    }: { $thing ->
        [meeting] reunión
        [block] sesión
        [item] punto
        [break] pausa
        [side_event] acto paralelo
        [speaker] orador
        [role] función de
        [registration] inscripción
        [focal_point] punto focal
        [translation] traducción
       *[other] { $thing }
    } «{ $name }»{ $more ->
        [0] {""}
        [one] {" "}y 1 más
        [many] {" "}y { $more } más
       *[other] {" "}y { $more } más
    }

## El menú de la aplicación: Edición, con Deshacer y Rehacer de los cambios de la reunión ($step: undo-step) y los elementos del portapapeles.
app-menu-edit = Edición
app-menu-undo = Deshacer
app-menu-redo = Rehacer
app-menu-undo-step = Deshacer ({ $step })
app-menu-redo-step = Rehacer ({ $step })
app-menu-cut = Cortar
app-menu-copy = Copiar
app-menu-paste = Pegar
app-menu-select-all = Seleccionar todo

## A step kept before the languages, in the English it was kept in.
undo-step-kept = { $words }

## Beside a field's label: what is typed in it stays with the organisers.
app-field-private = privado: nunca se publica

## The meeting's and entries' words in other languages, beside the originals ($count: the fields given in a language;
## $given: none or some).
app-translations = En otros idiomas
app-translations-hint = Quienes eligieron este idioma leen estos textos en el sitio público, en sus canales y en los documentos; los demás leen el original. Cada uno se guarda al salir del campo.
app-translations-language = Idioma
app-translations-choice = { $language }{ $given ->
        [none] {""}
       *[some] {" "}({ $count })
    }
app-translation-original = Original: { $text }
app-translation-saved = Traducción guardada
