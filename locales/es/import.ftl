### Traer datos de los archivos de otros sistemas.

## Las palabras que el encabezado de un archivo puede usar para cada columna, además de su rótulo en la lista de participantes, separadas por |.
import-column-words =
    { $column ->
        [name] Nombre completo|Participante|Inscrito
        [given_name] Nombre|Nombres|Nombre de pila
        [family_name] Apellido|Apellidos
        [email] Correo electrónico|Correo|Dirección de correo|E-mail
        [organisation] Organización|Afiliación|Institución|Empresa|Entidad
        [position] Cargo|Puesto|Función
        [country] Nacionalidad|País de residencia
        [country_code] Código ISO|Código de país
        [category] Categoría de participante|Tipo de participante
        [status] Estado de la inscripción|Estado|Decisión
        [submitted_at] Fecha de inscripción|Inscrito el|Enviado el
        [decided_by] Aprobado por
        [decided_at] Fecha de la decisión
        [reason] Motivo de la decisión
        [consent_to_be_listed] Consentimiento|Figura en la lista
        [attended] Presente|Asistencia|Registrado en la entrada
        [private_notes] Notas|Comentarios|Observaciones
        [source] Procedencia
       *[id] Identificador de Dais
    }
## Las palabras que un archivo puede usar para cada estado de inscripción, además de su rótulo, separadas por |.
import-status-words =
    { $status ->
        [pending] Pendiente de pago|No pagado|Enviado|Nuevo
        [waitlisted] Lista de espera|En espera
        [approved] Completado|Completa|Aceptado|Confirmado|Inscrito
        [rejected] Rechazada|Denegado
       *[cancelled] Retirado|Anulado
    }

## Por qué no se puede leer un archivo ($detail: las palabras del sistema o del lector, en inglés).
import-file-io = { $detail }
import-file-too-large = ocupa { $size } MB, más de los { $most } MB que Dais lee
import-file-not-a-table = es un archivo { $kind }, no una hoja de cálculo ni un CSV
import-file-damaged = la hoja de cálculo está dañada o cortada ({ $detail })
import-file-unknown-encoding = { $encoding } no es una codificación que Dais conozca (pruebe UTF-8, windows-1252, windows-1251, windows-1256 o GBK)
import-file-not-text = no es texto en la codificación leída: elija su codificación, o guárdelo de nuevo como CSV (UTF-8)
import-file-csv = el CSV está mal formado ({ $detail })

## Por qué no se puede leer el archivo de un programa.
import-programme-unknown = no es una exportación de Indico (horario o evento) ni un programa c3voc (frab, pretalx)
import-programme-empty = no contiene ninguna entrada con hora
import-programme-json = su JSON está mal formado ({ $detail })
import-programme-xml = su XML está mal formado ({ $detail })
import-programme-entry-type = tiene una entrada de un tipo que Dais no conoce: { $kind }
import-programme-time = «{ $value }» no es una hora que Dais lea
import-programme-duration = «{ $value }» no es una duración como 1:30

import-circular-not-docx = no es un documento DOCX que Dais pueda leer
import-circular-pdf = su PDF no contiene texto que Dais pueda leer (¿una carta escaneada?): abra el DOCX de la circular o pegue su texto
circular-session = Sesión { $number }
circular-side-event = Evento paralelo
circular-contact = Secretaría
import-indico-address = no es la dirección de un evento de Indico (…/event/1234/) ni de una de sus exportaciones (…/export/timetable/1234.json)
import-indico-unreachable = no se puede contactar con Indico ({ $reason })
import-indico-token = Indico rechazó el token de API: indique uno creado en Indico en Mi perfil → Tokens de API, con el alcance read:legacy_api
import-indico-status = Indico respondió con el error { $status }
