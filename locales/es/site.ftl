## The event site's public pages (crates/site): their frame, the meeting's pages, the pages the mails' links open,
## the error pages and the feeds' fixed words.

## The frame of every page.
site-skip-to-content = Ir al contenido principal
site-nav-meeting = Reunión
site-nav-languages = Idioma
site-nav-about = Información
site-nav-programme = Programa
site-nav-speakers = Oradores
site-nav-changes = Cambios
site-nav-register = Inscripción
site-meetings = Reuniones
site-all-meetings = Todas las reuniones
# A page's title in the browser's tab: the page, then the meeting's short title.
site-page-title = { $page } - { $meeting }
site-back-to = Volver a { $meeting }
site-feeds = Canales del programa:
site-feed-calendar = calendario (iCalendar)
site-feed-frab-json = horario (frab JSON)
site-feed-frab-xml = horario (frab XML)
site-feed-atom = cambios (Atom)
site-feed-data = datos (JSON)

## An instant as people at the meeting read it: "Friday, 31 October 2025, 11:00 CET".
site-instant = { $date }, { $time } { $zone }
# A time on another day than the row's: "Sat 1 Nov, 00:30".
site-time-on-day = { $day }, { $time }

## The list of meetings.
site-no-meetings = Aún no se ha publicado ninguna reunión en este sitio.

## A meeting's home page.
site-format =
    { $format ->
        [virtual] Virtual (solo en línea)
        [physical] Presencial
       *[hybrid] Híbrida (presencial y en línea)
    }
site-part-of = Forma parte de:
site-fact-date = Fecha
site-fact-time = Hora
site-fact-format = Formato
site-fact-venue = Lugar
site-fact-remote = Participación a distancia
site-remote-link = El enlace para conectarse se envía por correo electrónico a los participantes aprobados.
site-fact-languages =
    { $count ->
        [one] Idioma
        [many] Idiomas
       *[other] Idiomas
    }
site-fact-organiser = Organizador
site-fact-reference = Referencia
site-fact-website = Sitio web
# The programme's hours: "10:00 - 17:30 CET (Europe/Zurich)".
site-hours = { $start } - { $end } { $zone } ({ $place })
# A language of the meeting, by its name.
site-language =
    { $language ->
        [ar] árabe
        [zh] chino
        [fr] francés
        [ru] ruso
        [es] español
       *[en] inglés
    }
site-see-programme = Ver el programa
site-who-may-take-part = Quién puede participar
site-open-to = La inscripción está abierta a:
site-registration = Inscripción
site-registration-terms =
    { $mandatory ->
        [yes] { $free ->
            [yes] La inscripción es obligatoria. La participación es gratuita.
           *[no] La inscripción es obligatoria.
        }
       *[no] { $free ->
            [yes] La inscripción es opcional. La participación es gratuita.
           *[no] La inscripción es opcional.
        }
    }
site-registration-opens = La inscripción se abre el { $when }.
site-registration-closes = La inscripción se cierra el { $when }.
site-registration-not-open = La inscripción aún no está abierta
site-registration-closed = La inscripción está cerrada
site-side-events = Actos paralelos
site-contact = Contacto
site-contact-email = Correo electrónico:
site-contact-phone = Teléfono:
site-contact-fax = Fax:

## The programme.
site-version = Versión { $version }
site-version-published = Versión { $version }, publicada el { $when }.
site-version-withdrawn = Retirado de este sitio el { $when }
site-what-changed = Qué ha cambiado
site-zone-note = Todas las horas están en { $zone } ({ $place }).
site-zone-note-two = Todas las horas están en { $zone } ({ $place }), con las horas en { $viewer } al lado.
site-zone-label = Mostrar las horas también en el huso horario
site-zone-only = (solo { $zone })
site-zone-show = Mostrar
site-zone-mine = Mostrar las horas en mi huso horario
site-zone-mine-too = Mostrar también las horas en mi huso horario ({ $zone })
site-zone-unknown = Esto no es un huso horario: elija uno de la lista.
site-no-programme = El programa aún no se ha publicado.
site-session = Sesión
site-side-event = Acto paralelo
# Before the names of those who hold a role on an entry: "Chairs:".
site-role-label = { $role }:
site-download-document = Descargar el programa como documento:
site-to-print = para imprimir
site-add-to-calendar = Añadir el programa a su calendario:
site-for-schedule-apps = Para aplicaciones de horarios, frab:
site-as-data = como datos:

## The speakers.
site-no-speakers = Aún no se han anunciado los oradores.
# When a speaker's session takes place: "11:00 - 12:00 CET, Fri 31 Oct".
site-session-when = { $start } - { $end } { $zone }, { $day }

## The changes.
site-changes-title = Cambios en el programa
site-changes-intro = Este sitio muestra la versión { $version }. Cada versión publicada por los organizadores figura a continuación, de la más reciente a la más antigua, con lo que cambió en ella. Siga los cambios en un lector de canales:

## Error pages.
site-error-not-found-title = Página no encontrada
site-error-not-found = Esta página no existe en este sitio.
site-error-bad-request-title = No se puede responder a esta solicitud
site-error-internal-title = Se ha producido un error
site-error-internal = El sitio no puede responder en este momento. Vuelva a intentarlo dentro de un momento.

## The pages the links of the site's mails open.
site-link-expired = Este enlace ha caducado
site-link-invalid = Este enlace no es válido
site-confirm-title = Confirme su solicitud
site-confirm-ask = Confirme que { $name } solicita participar, con esta dirección: la solicitud pasará entonces a los organizadores.
site-confirm-button = Confirmar mi solicitud
site-confirm-expired = La solicitud no se confirmó a tiempo, por lo que no se conservó nada de ella. Vuelva a enviar el formulario de inscripción.
site-confirm-invalid = Puede que ya se haya utilizado: una solicitud se confirma una sola vez. Si no ha confirmado la suya, vuelva a enviar el formulario de inscripción.
site-confirm-registered-already = Esta dirección ya está inscrita
site-confirm-registered-already-detail = Ya se hizo una inscripción con esta dirección para esta reunión: se mantiene y no se ha modificado nada.
site-confirm-waitlisted = Su solicitud está en la lista de espera
site-confirm-waitlisted-detail = Todas las plazas están ocupadas: su solicitud está en la lista de espera y se le comunicará por correo electrónico si queda una plaza libre.
site-confirm-done = Su solicitud está confirmada
site-confirm-done-detail = Queda pendiente hasta que el punto focal de su administración u organización la apruebe: se le comunicará la decisión por correo electrónico.
site-cancel-title = Cancelar su inscripción
site-cancel-ask = ¿Cancelar la inscripción de { $name }? Se informa a los organizadores y su plaza pasa a una persona de la lista de espera.
site-cancel-button = Cancelar mi inscripción
site-cancel-done = Su inscripción está cancelada
site-cancel-nothing-more = No tiene que hacer nada más.
site-cancel-done-detail = Se ha informado a los organizadores. Si cambia de opinión, escríbales.
site-cancel-invalid = Utilice el enlace del último correo electrónico que recibió sobre su inscripción.

## A focal point's page.
site-focal-requests = Solicitudes
site-focal-heading = Solicitudes de { $administration }
# "Switzerland (ITU Member State administration)".
site-administration = { $country } ({ $category })
site-focal-intro = Como punto focal de { $administration }, { $name }, usted aprueba o rechaza las solicitudes de participación en esta reunión. Sus decisiones se transmiten a los organizadores y se informa a cada persona inscrita por correo electrónico. Esta página es solo suya: su dirección es válida hasta el { $expires }.
site-focal-none = Ninguna solicitud espera su decisión.
site-focal-waiting =
    { $count ->
        [one] Pendientes de su decisión ({ $count })
        [many] Pendientes de su decisión ({ $count })
       *[other] Pendientes de su decisión ({ $count })
    }
site-focal-organisation = Organización
site-focal-position = Cargo
site-focal-category = Categoría
site-focal-email = Correo electrónico
site-focal-asked = Solicitado el
site-focal-approve = Aprobar
site-focal-reason = Motivo, si la rechaza
site-focal-reject = Rechazar
site-focal-choose = Elija Aprobar o Rechazar.
site-focal-reason-needed = Para rechazar una solicitud, indique el motivo: se comunica a la persona inscrita.
site-focal-not-waiting = Esa solicitud no espera su decisión: ya se decidió o no procede de su administración.
site-focal-link-expired = Cada correo electrónico sobre una nueva solicitud trae un nuevo enlace; también puede pedir uno a los organizadores de la reunión.
site-focal-link-invalid = Utilice el enlace del último correo electrónico que el sitio le envió como punto focal.

## The feeds' fixed words (the organisers' words stay as they typed them).
site-feed-cancelled = Cancelado: { $title }
# A line of an entry's description in a calendar: "Chair: Ms Ana Ribeiro".
site-feed-role = { $role }: { $name }
site-feed-atom-title = Programa de { $meeting }: cambios
# The room of the entries that name none, in a schedule app.
site-feed-main-room = Sala principal

## The meeting's pages inside another website (embed.rs, dais_wire::embed)
embed-link = { $part ->
    [programme] Programa de { $meeting }
    [speakers] Oradores de { $meeting }
   *[registration] Inscribirse en { $meeting }
}
embed-on-the-site = { $part ->
    [programme] El programa en el sitio de la reunión
   *[speakers] Los oradores en el sitio de la reunión
}
embed-form-title = Formulario de inscripción en { $meeting }
# The static export without a live site: the home page says where registration goes instead of a button.
site-files-no-form = Estas páginas no admiten inscripciones: para inscribirse, escriba a la secretaría de la reunión.
# The folder the app saves the public site's files in (Downloads).
site-files-folder = Sitio público { $meeting }
