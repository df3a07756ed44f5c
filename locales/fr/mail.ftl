### Les messages que le site de l'événement envoie : à la personne qui s'inscrit (son adresse à confirmer, sa
### demande reçue, chaque décision) et au point de contact invité à se prononcer sur une demande.

## Tous les messages.
mail-greeting = Bonjour { $name },
mail-fact-line = { $label } : { $value }
mail-action-line = { $label } :
mail-copy-link = Ou copiez cette adresse dans votre navigateur : { $url }
mail-write-to = Des questions ? Écrivez à { $email }.
mail-reply = Des questions ? Répondez à ce message.
mail-signature = Les organisateurs de { $meeting }
mail-page = La page de la réunion

## Les informations qu'un message donne sur une inscription et sa réunion.
mail-fact =
    { $fact ->
        [name] Nom
        [organisation] Organisation
        [country] Pays
        [category] Catégorie
        [status] Statut
        [dates] Dates
        [venue] Lieu
       *[online] Participer en ligne
    }

## Les horaires d'une journée dans le fuseau de la réunion, et dans celui de la personne inscrite.
mail-times-yours = { $times } ({ $yours } à votre heure locale)
mail-times-yours-on = { $times } ({ $day }, { $yours } à votre heure locale)

## L'adresse à confirmer.
mail-confirm-subject = Confirmez votre demande d'inscription à { $meeting }
mail-confirm-body =
    Une demande de participation à { $title } ({ $dates }) a été envoyée avec cette adresse. Pour confirmer qu'elle vient bien de vous, ouvrez le lien ci-dessous dans un délai de { $hours ->
        [one] { $hours } heure
        [many] { $hours } d'heures
       *[other] { $hours } heures
    } : la demande ne sera transmise aux organisateurs qu'à ce moment-là.
mail-confirm-action = Confirmer ma demande
mail-confirm-not-you = Si vous n'êtes pas à l'origine de cette demande, ne faites rien : elle sera abandonnée et rien n'en sera conservé.

## La demande reçue.
mail-received-subject = Demande d'inscription reçue : { $meeting }
mail-received-pending = Votre demande de participation à { $title } ({ $dates }) a bien été reçue. Elle reste en attente jusqu'à ce que le point de contact de votre administration ou organisation l'approuve : la décision vous sera communiquée.
mail-received-waitlisted = Votre demande de participation à { $title } ({ $dates }) a bien été reçue. Toutes les places étaient prises à son arrivée ; elle figure donc sur la liste d'attente : nous vous informerons si une place se libère.
mail-cancel-request = Si vous ne pouvez finalement pas venir, annulez votre demande ici : { $link }

## Les décisions.
mail-approved-subject = Votre inscription à { $meeting } est approuvée
mail-approved-body = Votre inscription à { $title } est approuvée : bienvenue.
mail-approved-online = Le lien pour participer en ligne figure ci-dessous ; il vous est strictement personnel : merci de ne pas le transmettre.
mail-rejected-subject = Votre demande d'inscription à { $meeting }
mail-rejected-body = Votre demande de participation à { $title } n'a pas été approuvée.
mail-rejected-reason = Motif indiqué : { $reason }
mail-waitlisted-subject = Votre demande d'inscription à { $meeting } : liste d'attente
mail-waitlisted-body = Votre demande de participation à { $title } figure sur la liste d'attente : nous vous informerons si une place se libère.
mail-cancelled-subject = Votre inscription à { $meeting } est annulée
mail-cancelled-body = Votre inscription à { $title } est annulée.
mail-cancel-registration = Si vous ne pouvez finalement pas venir, annulez votre inscription ici : { $link }

## Le point de contact invité à se prononcer sur une demande de son administration.
mail-focal-subject = Une demande de participation à { $meeting } attend votre décision
mail-focal-body = { $name } ({ $country }) demande à participer à { $title } ({ $dates }). En tant que point de contact chargé d'approuver les demandes de votre administration, veuillez approuver ou refuser cette demande.
mail-focal-link =
    Le lien ci-dessous vous est strictement personnel : il présente les demandes de votre pays ({ $country }) qui attendent votre décision, et reste valable { $days ->
        [one] { $days } jour
        [many] { $days } de jours
       *[other] { $days } jours
    }.
mail-focal-action = Approuver ou refuser
