list-column =
    { $column ->
        [name] Nom
        [given_name] Prénom
        [family_name] Nom de famille
        [email] Courriel
        [organisation] Organisation
        [position] Fonction
        [country] Pays
        [country_code] Code du pays
        [category] Catégorie
        [status] Statut
        [submitted_at] Soumise le
        [decided_by] Décidée par
        [decided_at] Décidée le
        [reason] Motif
        [source] Origine
        [consent_to_be_listed] Accepte de figurer sur la liste
        [attended] Présent
        [private_notes] Notes privées
       *[id] Identifiant de l'inscription
    }
# A time column's header names the time zone its times are in, since a spreadsheet's dates have none.
list-column-in-zone = { $column } ({ $zone })
list-yes = Oui
list-no = Non
# The sheet's name in the XLSX file.
list-sheet = Participants

## A saved participants list's file name, before its extension ($day: YYYY-MM-DD).
list-file-name = { $meeting } participants { $day }
