list-column =
    { $column ->
        [name] Nombre
        [given_name] Nombre de pila
        [family_name] Apellido
        [email] Correo electrónico
        [organisation] Organización
        [position] Cargo
        [country] País
        [country_code] Código del país
        [category] Categoría
        [status] Estado
        [submitted_at] Enviada el
        [decided_by] Decidida por
        [decided_at] Decidida el
        [reason] Motivo
        [source] Origen
        [consent_to_be_listed] Acepta figurar en la lista
        [attended] Asistió
        [private_notes] Notas privadas
       *[id] Identificador de la inscripción
    }
# A time column's header names the time zone its times are in, since a spreadsheet's dates have none.
list-column-in-zone = { $column } ({ $zone })
list-yes = Sí
list-no = No
# The sheet's name in the XLSX file.
list-sheet = Participantes

## A saved participants list's file name, before its extension ($day: YYYY-MM-DD).
list-file-name = { $meeting } participantes { $day }
