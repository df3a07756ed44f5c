### Los mensajes que envía el sitio del evento: a quien se inscribe (su dirección por confirmar, su solicitud
### recibida, cada decisión) y al punto focal al que se pide que decida sobre una solicitud.

## Todos los mensajes.
mail-greeting = Hola, { $name }:
mail-fact-line = { $label }: { $value }
mail-action-line = { $label }:
mail-copy-link = O copie esta dirección en su navegador: { $url }
mail-write-to = ¿Tiene preguntas? Escriba a { $email }.
mail-reply = ¿Tiene preguntas? Responda a este mensaje.
mail-signature = Los organizadores de { $meeting }
mail-page = La página de la reunión

## Los datos que un mensaje indica sobre una inscripción y su reunión.
mail-fact =
    { $fact ->
        [name] Nombre
        [organisation] Organización
        [country] País
        [category] Categoría
        [status] Estado
        [dates] Fechas
        [venue] Lugar
       *[online] Participar en línea
    }

## El horario de un día en la zona de la reunión y en la de la persona inscrita.
mail-times-yours = { $times } ({ $yours } en su hora local)
mail-times-yours-on = { $times } ({ $day }, { $yours } en su hora local)

## La dirección por confirmar.
mail-confirm-subject = Confirme su solicitud de inscripción en { $meeting }
mail-confirm-body =
    Se ha enviado con esta dirección una solicitud para participar en { $title } ({ $dates }). Para confirmar que fue usted, abra el enlace que figura a continuación en un plazo de { $hours ->
        [one] { $hours } hora
        [many] { $hours } de horas
       *[other] { $hours } horas
    }: solo entonces la solicitud llegará a los organizadores.
mail-confirm-action = Confirmar mi solicitud
mail-confirm-not-you = Si no fue usted, no haga nada: la solicitud se descartará y no se conservará ningún dato de ella.

## La solicitud recibida.
mail-received-subject = Solicitud de inscripción recibida: { $meeting }
mail-received-pending = Se ha recibido su solicitud para participar en { $title } ({ $dates }). Quedará pendiente hasta que el punto focal de su administración u organización la apruebe: se le comunicará la decisión.
mail-received-waitlisted = Se ha recibido su solicitud para participar en { $title } ({ $dates }). Cuando llegó, todas las plazas estaban ocupadas, por lo que figura en la lista de espera: se le avisará si queda libre una plaza.
mail-cancel-request = Si finalmente no puede asistir, cancele su solicitud aquí: { $link }

## Las decisiones.
mail-approved-subject = Su inscripción en { $meeting } ha sido aprobada
mail-approved-body = Su inscripción en { $title } ha sido aprobada: le damos la bienvenida.
mail-approved-online = El enlace para participar en línea figura a continuación y es solo para usted: le rogamos que no lo comparta.
mail-rejected-subject = Su solicitud de inscripción en { $meeting }
mail-rejected-body = Su solicitud para participar en { $title } no ha sido aprobada.
mail-rejected-reason = Motivo indicado: { $reason }
mail-waitlisted-subject = Su solicitud de inscripción en { $meeting }: lista de espera
mail-waitlisted-body = Su solicitud para participar en { $title } figura en la lista de espera: se le avisará si queda libre una plaza.
mail-cancelled-subject = Su inscripción en { $meeting } ha sido cancelada
mail-cancelled-body = Su inscripción en { $title } ha sido cancelada.
mail-cancel-registration = Si finalmente no puede asistir, cancele su inscripción aquí: { $link }

## El punto focal al que se pide que decida sobre una solicitud de su administración.
mail-focal-subject = Una solicitud para participar en { $meeting } espera su decisión
mail-focal-body = { $name } ({ $country }) solicita participar en { $title } ({ $dates }). Como punto focal encargado de aprobar las solicitudes de su administración, le rogamos que apruebe o rechace esta solicitud.
mail-focal-link =
    El enlace que figura a continuación es solo para usted: muestra las solicitudes de su país ({ $country }) pendientes de su decisión y es válido durante { $days ->
        [one] { $days } día
        [many] { $days } de días
       *[other] { $days } días
    }.
mail-focal-action = Aprobar o rechazar
