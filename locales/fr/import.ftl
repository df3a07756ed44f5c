### Importer les données d'autres systèmes.

## Les mots que l'en-tête d'un fichier peut employer pour chaque colonne, outre son intitulé dans la liste des participants, séparés par |.
import-column-words =
    { $column ->
        [name] Nom complet|Participant|Participante|Inscrit
        [given_name] Prénom|Prénoms
        [family_name] Nom|Nom de famille
        [email] Courriel|Adresse électronique|Adresse e-mail|Mél
        [organisation] Organisme|Affiliation|Institution|Entreprise|Entité|Employeur
        [position] Fonction|Poste|Titre
        [country] Nationalité|Pays de résidence
        [country_code] Code ISO|Code pays
        [category] Catégorie de participant|Type de participant
        [status] État de l'inscription|Statut de l'inscription|État|Décision
        [submitted_at] Date d'inscription|Inscrit le|Soumis le
        [decided_by] Approuvé par
        [decided_at] Date de la décision
        [reason] Motif de la décision
        [consent_to_be_listed] Consentement|Figure sur la liste
        [attended] Présent|Présence|Enregistré à l'accueil
        [private_notes] Notes|Commentaires|Remarques
        [source] Provenance
       *[id] Identifiant Dais
    }
## Les mots qu'un fichier peut employer pour chaque statut d'inscription, outre son libellé, séparés par |.
import-status-words =
    { $status ->
        [pending] En attente de paiement|Non payé|Soumis|Nouveau
        [waitlisted] Liste d'attente|En attente
        [approved] Terminé|Complet|Accepté|Confirmé|Inscrit
        [rejected] Refusé|Décliné
       *[cancelled] Retiré|Annulée
    }

## Pourquoi un fichier ne peut pas être lu ($detail : les mots du système ou du lecteur, en anglais).
import-file-io = { $detail }
import-file-too-large = il fait { $size } Mo, plus que les { $most } Mo que Dais lit
import-file-not-a-table = c'est un fichier { $kind }, pas un tableur ni un CSV
import-file-damaged = le classeur est endommagé ou tronqué ({ $detail })
import-file-unknown-encoding = { $encoding } n'est pas un codage que Dais connaît (essayez UTF-8, windows-1252, windows-1251, windows-1256 ou GBK)
import-file-not-text = ce n'est pas du texte dans le codage lu : choisissez son codage, ou enregistrez-le de nouveau en CSV (UTF-8)
import-file-csv = le CSV est mal formé ({ $detail })

## Pourquoi le fichier d'un programme ne peut pas être lu.
import-programme-unknown = ce n'est ni un export d'Indico (horaire ou événement) ni un programme c3voc (frab, pretalx)
import-programme-empty = il ne contient aucune entrée avec une heure
import-programme-json = son JSON est mal formé ({ $detail })
import-programme-xml = son XML est mal formé ({ $detail })
import-programme-entry-type = il a une entrée d'un type que Dais ne connaît pas : { $kind }
import-programme-time = « { $value } » n'est pas une heure que Dais lit
import-programme-duration = « { $value } » n'est pas une durée comme 1:30

import-circular-not-docx = ce n'est pas un document DOCX que Dais sait lire
import-circular-pdf = son PDF ne contient pas de texte que Dais sait lire (une lettre numérisée ?) : ouvrez le DOCX de la circulaire, ou collez son texte
circular-session = Séance { $number }
circular-side-event = Événement parallèle
circular-contact = Secrétariat
import-indico-address = ce n'est pas l'adresse d'un événement Indico (…/event/1234/) ni d'un de ses exports (…/export/timetable/1234.json)
import-indico-unreachable = Indico est injoignable ({ $reason })
import-indico-token = Indico a refusé le jeton d'API : donnez-en un créé dans Indico sous Mon profil → Jetons d'API, avec la portée read:legacy_api
import-indico-status = Indico a répondu par l'erreur { $status }
