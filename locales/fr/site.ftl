## The event site's public pages (crates/site): their frame, the meeting's pages, the pages the mails' links open,
## the error pages and the feeds' fixed words.

## The frame of every page.
site-skip-to-content = Aller au contenu principal
site-nav-meeting = Réunion
site-nav-languages = Langue
site-nav-about = Présentation
site-nav-programme = Programme
site-nav-speakers = Intervenants
site-nav-changes = Modifications
site-nav-register = Inscription
site-meetings = Réunions
site-all-meetings = Toutes les réunions
# A page's title in the browser's tab: the page, then the meeting's short title.
site-page-title = { $page } - { $meeting }
site-back-to = Retour à { $meeting }
site-feeds = Flux du programme :
site-feed-calendar = calendrier (iCalendar)
site-feed-frab-json = horaire (frab JSON)
site-feed-frab-xml = horaire (frab XML)
site-feed-atom = modifications (Atom)
site-feed-data = données (JSON)

## An instant as people at the meeting read it: "Friday, 31 October 2025, 11:00 CET".
site-instant = { $date }, { $time } { $zone }
# A time on another day than the row's: "Sat 1 Nov, 00:30".
site-time-on-day = { $day }, { $time }

## The list of meetings.
site-no-meetings = Aucune réunion n'a encore été publiée sur ce site.

## A meeting's home page.
site-format =
    { $format ->
        [virtual] Virtuelle (en ligne uniquement)
        [physical] En présentiel
       *[hybrid] Hybride (en présentiel et en ligne)
    }
site-part-of = Fait partie de :
site-fact-date = Date
site-fact-time = Heure
site-fact-format = Format
site-fact-venue = Lieu
site-fact-remote = Participation à distance
site-remote-link = Le lien de connexion est envoyé par courriel aux participants approuvés.
site-fact-languages =
    { $count ->
        [one] Langue
        [many] Langues
       *[other] Langues
    }
site-fact-organiser = Organisateur
site-fact-reference = Référence
site-fact-website = Site web
# The programme's hours: "10:00 - 17:30 CET (Europe/Zurich)".
site-hours = { $start } - { $end } { $zone } ({ $place })
# A language of the meeting, by its name.
site-language =
    { $language ->
        [ar] arabe
        [zh] chinois
        [fr] français
        [ru] russe
        [es] espagnol
       *[en] anglais
    }
site-see-programme = Voir le programme
site-who-may-take-part = Qui peut participer
site-open-to = L'inscription est ouverte aux :
site-registration = Inscription
site-registration-terms =
    { $mandatory ->
        [yes] { $free ->
            [yes] L'inscription est obligatoire. La participation est gratuite.
           *[no] L'inscription est obligatoire.
        }
       *[no] { $free ->
            [yes] L'inscription est facultative. La participation est gratuite.
           *[no] L'inscription est facultative.
        }
    }
site-registration-opens = Ouverture des inscriptions : { $when }.
site-registration-closes = Clôture des inscriptions : { $when }.
site-registration-not-open = Les inscriptions ne sont pas encore ouvertes
site-registration-closed = Les inscriptions sont closes
site-side-events = Manifestations parallèles
site-contact = Contact
site-contact-email = Courriel :
site-contact-phone = Téléphone :
site-contact-fax = Télécopie :

## The programme.
site-version = Version { $version }
site-version-published = Version { $version }, publiée le { $when }.
site-version-withdrawn = Retiré de ce site le { $when }
site-what-changed = Ce qui a changé
site-zone-note = Toutes les heures sont en { $zone } ({ $place }).
site-zone-note-two = Toutes les heures sont en { $zone } ({ $place }), avec en regard les heures en { $viewer }.
site-zone-label = Afficher aussi les heures dans le fuseau horaire
site-zone-only = (uniquement { $zone })
site-zone-show = Afficher
site-zone-mine = Afficher les heures dans mon fuseau horaire
site-zone-mine-too = Afficher aussi les heures dans mon fuseau horaire ({ $zone })
site-zone-unknown = Ce n'est pas un fuseau horaire : choisissez-en un dans la liste.
site-no-programme = Le programme n'a pas encore été publié.
site-session = Séance
site-side-event = Manifestation parallèle
# Before the names of those who hold a role on an entry: "Chairs:".
site-role-label = { $role } :
site-download-document = Télécharger le programme sous forme de document :
site-to-print = pour l'impression
site-add-to-calendar = Ajouter le programme à votre calendrier :
site-for-schedule-apps = Pour les applications d'horaire, frab :
site-as-data = sous forme de données :

## The speakers.
site-no-speakers = Les intervenants n'ont pas encore été annoncés.
# When a speaker's session takes place: "11:00 - 12:00 CET, Fri 31 Oct".
site-session-when = { $start } - { $end } { $zone }, { $day }

## The changes.
site-changes-title = Modifications du programme
site-changes-intro = Ce site affiche la version { $version }. Chaque version publiée par les organisateurs figure ci-dessous, de la plus récente à la plus ancienne, avec ce qui y a changé. Suivez les modifications dans un lecteur de flux :

## Error pages.
site-error-not-found-title = Page introuvable
site-error-not-found = Cette page n'existe pas sur ce site.
site-error-bad-request-title = Il est impossible de répondre à cette demande
site-error-internal-title = Une erreur s'est produite
site-error-internal = Le site ne peut pas répondre pour le moment. Veuillez réessayer dans un instant.

## The pages the links of the site's mails open.
site-link-expired = Ce lien a expiré
site-link-invalid = Ce lien n'est pas valide
site-confirm-title = Confirmez votre demande
site-confirm-ask = Confirmez que { $name } demande à participer, avec cette adresse : la demande est alors transmise aux organisateurs.
site-confirm-button = Confirmer ma demande
site-confirm-expired = La demande n'a pas été confirmée à temps ; rien n'en a donc été conservé. Veuillez envoyer à nouveau le formulaire d'inscription.
site-confirm-invalid = Il a peut-être déjà été utilisé : une demande n'est confirmée qu'une fois. Si vous n'avez pas confirmé la vôtre, envoyez à nouveau le formulaire d'inscription.
site-confirm-registered-already = Cette adresse est déjà inscrite
site-confirm-registered-already-detail = Une inscription a déjà été faite avec cette adresse pour cette réunion : elle est maintenue, et rien n'a été modifié.
site-confirm-waitlisted = Votre demande est sur la liste d'attente
site-confirm-waitlisted-detail = Toutes les places sont prises : votre demande est sur la liste d'attente, et vous serez informé(e) par courriel si une place se libère.
site-confirm-done = Votre demande est confirmée
site-confirm-done-detail = Elle est en attente jusqu'à ce que le point de contact de votre administration ou organisation l'approuve : la décision vous sera communiquée par courriel.
site-cancel-title = Annuler votre inscription
site-cancel-ask = Annuler l'inscription de { $name } ? Les organisateurs en sont informés, et votre place revient à une personne de la liste d'attente.
site-cancel-button = Annuler mon inscription
site-cancel-done = Votre inscription est annulée
site-cancel-nothing-more = Vous n'avez plus rien à faire.
site-cancel-done-detail = Les organisateurs en sont informés. Si vous changez d'avis, écrivez-leur.
site-cancel-invalid = Utilisez le lien du dernier courriel que vous avez reçu au sujet de votre inscription.

## A focal point's page.
site-focal-requests = Demandes
site-focal-heading = Demandes de : { $administration }
# "Switzerland (ITU Member State administration)".
site-administration = { $country } ({ $category })
site-focal-intro = En tant que point de contact pour { $administration }, { $name }, vous approuvez ou rejetez les demandes de participation à cette réunion. Vos décisions sont transmises aux organisateurs, et chaque personne inscrite en est informée par courriel. Cette page vous est réservée : son adresse est valable jusqu'au { $expires }.
site-focal-none = Aucune demande n'attend votre décision.
site-focal-waiting =
    { $count ->
        [one] En attente de votre décision ({ $count })
        [many] En attente de votre décision ({ $count })
       *[other] En attente de votre décision ({ $count })
    }
site-focal-organisation = Organisation
site-focal-position = Fonction
site-focal-category = Catégorie
site-focal-email = Courriel
site-focal-asked = Demandé le
site-focal-approve = Approuver
site-focal-reason = Motif, en cas de rejet
site-focal-reject = Rejeter
site-focal-choose = Choisissez Approuver ou Rejeter.
site-focal-reason-needed = Pour rejeter une demande, indiquez le motif : il est communiqué à la personne inscrite.
site-focal-not-waiting = Cette demande n'attend pas votre décision : elle a déjà été tranchée, ou ne provient pas de votre administration.
site-focal-link-expired = Chaque courriel concernant une nouvelle demande contient un nouveau lien ; vous pouvez aussi en demander un aux organisateurs de la réunion.
site-focal-link-invalid = Utilisez le lien du dernier courriel que le site vous a envoyé en tant que point de contact.

## The feeds' fixed words (the organisers' words stay as they typed them).
site-feed-cancelled = Annulé : { $title }
# A line of an entry's description in a calendar: "Chair: Ms Ana Ribeiro".
site-feed-role = { $role } : { $name }
site-feed-atom-title = Programme de { $meeting } : modifications
# The room of the entries that name none, in a schedule app.
site-feed-main-room = Salle principale

## The meeting's pages inside another website (embed.rs, dais_wire::embed)
embed-link = { $part ->
    [programme] Programme de { $meeting }
    [speakers] Intervenants de { $meeting }
   *[registration] S’inscrire à { $meeting }
}
embed-on-the-site = { $part ->
    [programme] Le programme sur le site de la réunion
   *[speakers] Les intervenants sur le site de la réunion
}
embed-form-title = Formulaire d’inscription à { $meeting }
# The static export without a live site: the home page says where registration goes instead of a button.
site-files-no-form = Ces pages ne prennent pas d’inscriptions : pour vous inscrire, écrivez au secrétariat de la réunion.
# The folder the app saves the public site's files in (Downloads).
site-files-folder = Site public { $meeting }
