## The registration form of the event site (crates/site/src/form), its errors and the pages that answer it.

form-title-error = Error: Inscripción
form-pending-until-approved = Su inscripción queda pendiente hasta que el punto focal de su administración u organización la apruebe.
form-waiting-list = Todas las plazas están ocupadas: una solicitud enviada ahora pasa a la lista de espera y se aprueba si queda una plaza libre.
form-error-summary = Hay un problema
# Before a field's error, for screen readers.
form-error-prefix = Error:
form-optional = (opcional)
form-given-name = Nombre
form-family-name = Apellido
form-email = Dirección de correo electrónico
form-email-hint = Los organizadores le escriben a esta dirección. Nunca se publica.
form-organisation = Organización
form-organisation-hint = La administración, empresa, universidad u organización que usted representa.
form-country = País
form-country-prompt = Elija su país
form-category = Categoría de participante
form-category-prompt = Elija su categoría
form-position = Cargo
form-consent = Incluir mi nombre y mi organización en la lista de participantes de esta reunión
form-privacy-title = Qué se conserva sobre usted
form-privacy-what-label = Qué:
form-privacy-what = sus respuestas a este formulario.
form-privacy-what-zone = sus respuestas a este formulario y el huso horario que indica su navegador (para que nuestros correos den las horas donde usted se encuentra).
form-privacy-why-label = Por qué:
form-privacy-why = para tramitar su solicitud de participación. La ven los organizadores de la reunión y el punto focal de su administración. Su nombre y su organización solo figuran en la lista de participantes si marca la casilla anterior; su dirección de correo electrónico, nunca.
form-privacy-how-long-label = Durante cuánto tiempo:
form-privacy-how-long =
    { $days ->
        [one] hasta { $days } día después del último día de la reunión ({ $last_day }); después se borran, aquí y en los ordenadores de los organizadores.
        [many] hasta { $days } días después del último día de la reunión ({ $last_day }); después se borran, aquí y en los ordenadores de los organizadores.
       *[other] hasta { $days } días después del último día de la reunión ({ $last_day }); después se borran, aquí y en los ordenadores de los organizadores.
    }
form-privacy-how-long-unset = hasta que los organizadores los borren, después de la reunión.
form-privacy-whom-label = A quién dirigirse:
form-privacy-whom = para consultar, corregir o borrar lo que se conserva sobre usted, escriba a { $contact }.
form-privacy-whom-organisers = para consultar, corregir o borrar lo que se conserva sobre usted, escriba a los organizadores de la reunión.
form-send = Enviar la inscripción

## The problems with an answer, each by its field.
form-error-given-name-missing = Escriba su nombre
form-error-family-name-missing = Escriba su apellido
form-error-email-missing = Escriba su dirección de correo electrónico
form-error-organisation-missing = Escriba la organización que representa
form-error-country-missing = Elija su país
form-error-category-missing = Elija la categoría en la que participa
form-error-category-unknown = Elija una de las categorías de la lista
form-error-email-format = Escriba una dirección de correo electrónico como nombre@ejemplo.org
form-error-country-unknown = Elija su país de la lista
form-error-check = Revise esta respuesta
form-error-too-long =
    { $count ->
        [one] Acorte este texto a { $count } carácter como máximo
        [many] Acorte este texto a { $count } caracteres como máximo
       *[other] Acorte este texto a { $count } caracteres como máximo
    }
form-error-control-characters = Quite de este texto los caracteres de control (como saltos de línea o tabulaciones)

## A form turned away before its answers were read.
form-too-large = El formulario es demasiado grande
form-too-large-detail = Lo enviado es mucho mayor que una inscripción. No se ha guardado nada.
form-not-a-form = Esto no es un formulario
form-not-a-form-detail = Las inscripciones se envían desde el formulario de inscripción. No se ha guardado nada.
form-garbled = No se pudo leer el formulario
form-garbled-incomplete = El formulario no llegó completo. Vuelva a enviarlo.
form-garbled-not-utf8 = El texto del formulario no está en UTF-8, la codificación de los navegadores. Envíelo desde el formulario.
form-garbled-twice = Un campo del formulario se envió dos veces. Envíelo desde el formulario.
form-forged = Vuelva a enviar el formulario
form-forged-detail = Este formulario ha caducado o no procede de este sitio, por lo que no se ha guardado nada. Abra de nuevo el formulario, rellénelo y envíelo. (Su navegador debe aceptar la cookie de este sitio.)
form-open-again = Abrir el formulario de inscripción
form-too-many = Espere un momento
form-too-many-detail =
    { $count ->
        [one] Se han enviado demasiados formularios desde su red. No se ha guardado nada. Espere { $count } segundo y vuelva a enviarlo.
        [many] Se han enviado demasiados formularios desde su red. No se ha guardado nada. Espere { $count } segundos y vuelva a enviarlo.
       *[other] Se han enviado demasiados formularios desde su red. No se ha guardado nada. Espere { $count } segundos y vuelva a enviarlo.
    }
form-not-open = La inscripción para { $meeting } aún no está abierta.
form-not-open-until = La inscripción para { $meeting } se abre el { $when }.
form-closed = La inscripción para { $meeting } está cerrada.
form-closed-on = La inscripción para { $meeting } se cerró el { $when }.

## The answer to a form sent.
form-check-mailbox = Consulte su correo electrónico
form-check-mailbox-detail =
    { $hours ->
        [one] Hemos enviado un mensaje a la dirección que indicó. Abra su enlace en un plazo de { $hours } hora para confirmar que es suya: hasta entonces, su solicitud para { $meeting } no sigue adelante. Si no llega nada, mire en su carpeta de correo no deseado o vuelva a enviar el formulario.
        [many] Hemos enviado un mensaje a la dirección que indicó. Abra su enlace en un plazo de { $hours } horas para confirmar que es suya: hasta entonces, su solicitud para { $meeting } no sigue adelante. Si no llega nada, mire en su carpeta de correo no deseado o vuelva a enviar el formulario.
       *[other] Hemos enviado un mensaje a la dirección que indicó. Abra su enlace en un plazo de { $hours } horas para confirmar que es suya: hasta entonces, su solicitud para { $meeting } no sigue adelante. Si no llega nada, mire en su carpeta de correo no deseado o vuelva a enviar el formulario.
    }
# After the answer, when the meeting has a contact address.
form-write-to = Para modificarla, escriba a { $contact }.
form-received = Gracias: se ha recibido su solicitud de inscripción
form-received-detail = Una inscripción para { $meeting } queda pendiente hasta que el punto focal de su administración u organización la apruebe; si todas las plazas estaban ocupadas, está en la lista de espera y se aprobará si queda una plaza libre. Si esta dirección ya estaba inscrita en esta reunión, se mantiene la primera inscripción y no se ha modificado nada.
form-name-order = Cómo se escribe su nombre
