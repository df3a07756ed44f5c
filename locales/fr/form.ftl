## The registration form of the event site (crates/site/src/form), its errors and the pages that answer it.

form-title-error = Erreur : Inscription
form-pending-until-approved = Votre inscription est en attente jusqu'à ce que le point de contact de votre administration ou organisation l'approuve.
form-waiting-list = Toutes les places sont prises : une demande envoyée maintenant est placée sur la liste d'attente, et approuvée si une place se libère.
form-error-summary = Un problème est survenu
# Before a field's error, for screen readers.
form-error-prefix = Erreur :
form-optional = (facultatif)
form-given-name = Prénom
form-family-name = Nom de famille
form-email = Adresse électronique
form-email-hint = Les organisateurs vous écrivent à cette adresse. Elle n'est jamais publiée.
form-organisation = Organisation
form-organisation-hint = L'administration, l'entreprise, l'université ou l'organisation que vous représentez.
form-country = Pays
form-country-prompt = Choisissez votre pays
form-category = Catégorie de participant
form-category-prompt = Choisissez votre catégorie
form-position = Fonction
form-consent = Faire figurer mon nom et mon organisation dans la liste des participants à cette réunion
form-privacy-title = Ce qui est conservé à votre sujet
form-privacy-what-label = Quoi :
form-privacy-what = vos réponses à ce formulaire.
form-privacy-what-zone = vos réponses à ce formulaire, et le fuseau horaire indiqué par votre navigateur (afin que nos courriels donnent les heures là où vous êtes).
form-privacy-why-label = Pourquoi :
form-privacy-why = pour traiter votre demande de participation. Les organisateurs de la réunion et le point de contact de votre administration y ont accès. Votre nom et votre organisation ne figurent dans la liste des participants que si vous cochez la case ci-dessus ; votre adresse électronique, jamais.
form-privacy-how-long-label = Pendant combien de temps :
form-privacy-how-long =
    { $days ->
        [one] jusqu'à { $days } jour après le dernier jour de la réunion ({ $last_day }) ; elles sont ensuite effacées, ici et sur les ordinateurs des organisateurs.
        [many] jusqu'à { $days } jours après le dernier jour de la réunion ({ $last_day }) ; elles sont ensuite effacées, ici et sur les ordinateurs des organisateurs.
       *[other] jusqu'à { $days } jours après le dernier jour de la réunion ({ $last_day }) ; elles sont ensuite effacées, ici et sur les ordinateurs des organisateurs.
    }
form-privacy-how-long-unset = jusqu'à ce que les organisateurs les effacent, après la réunion.
form-privacy-whom-label = À qui s'adresser :
form-privacy-whom = pour consulter, corriger ou effacer ce qui est conservé à votre sujet, écrivez à { $contact }.
form-privacy-whom-organisers = pour consulter, corriger ou effacer ce qui est conservé à votre sujet, écrivez aux organisateurs de la réunion.
form-send = Envoyer l'inscription

## The problems with an answer, each by its field.
form-error-given-name-missing = Indiquez votre prénom
form-error-family-name-missing = Indiquez votre nom de famille
form-error-email-missing = Indiquez votre adresse électronique
form-error-organisation-missing = Indiquez l'organisation que vous représentez
form-error-country-missing = Choisissez votre pays
form-error-category-missing = Choisissez la catégorie dans laquelle vous participez
form-error-category-unknown = Choisissez l'une des catégories de la liste
form-error-email-format = Indiquez une adresse électronique du type nom@exemple.org
form-error-country-unknown = Choisissez votre pays dans la liste
form-error-check = Vérifiez cette réponse
form-error-too-long =
    { $count ->
        [one] Raccourcissez ce texte à { $count } caractère au plus
        [many] Raccourcissez ce texte à { $count } caractères au plus
       *[other] Raccourcissez ce texte à { $count } caractères au plus
    }
form-error-control-characters = Supprimez de ce texte les caractères de commande (sauts de ligne ou tabulations, par exemple)

## A form turned away before its answers were read.
form-too-large = Le formulaire est trop volumineux
form-too-large-detail = Ce qui a été envoyé est bien plus volumineux qu'une inscription. Rien n'a été enregistré.
form-not-a-form = Ce n'est pas un formulaire
form-not-a-form-detail = Les inscriptions s'envoient depuis le formulaire d'inscription. Rien n'a été enregistré.
form-garbled = Le formulaire n'a pas pu être lu
form-garbled-incomplete = Le formulaire n'est pas arrivé en entier. Veuillez l'envoyer à nouveau.
form-garbled-not-utf8 = Le texte du formulaire n'est pas en UTF-8, l'encodage des navigateurs. Veuillez l'envoyer depuis le formulaire.
form-garbled-twice = Un champ du formulaire a été envoyé deux fois. Veuillez l'envoyer depuis le formulaire.
form-forged = Veuillez envoyer à nouveau le formulaire
form-forged-detail = Ce formulaire a expiré ou ne provient pas de ce site ; rien n'a donc été enregistré. Ouvrez à nouveau le formulaire, remplissez-le et envoyez-le. (Votre navigateur doit accepter le cookie de ce site.)
form-open-again = Ouvrir le formulaire d'inscription
form-too-many = Veuillez patienter un instant
form-too-many-detail =
    { $count ->
        [one] Trop de formulaires ont été envoyés depuis votre réseau. Rien n'a été enregistré. Veuillez patienter { $count } seconde et l'envoyer à nouveau.
        [many] Trop de formulaires ont été envoyés depuis votre réseau. Rien n'a été enregistré. Veuillez patienter { $count } secondes et l'envoyer à nouveau.
       *[other] Trop de formulaires ont été envoyés depuis votre réseau. Rien n'a été enregistré. Veuillez patienter { $count } secondes et l'envoyer à nouveau.
    }
form-not-open = Les inscriptions à la réunion { $meeting } ne sont pas encore ouvertes.
form-not-open-until = Les inscriptions à la réunion { $meeting } ouvrent le { $when }.
form-closed = Les inscriptions à la réunion { $meeting } sont closes.
form-closed-on = Les inscriptions à la réunion { $meeting } ont été closes le { $when }.

## The answer to a form sent.
form-check-mailbox = Consultez votre messagerie
form-check-mailbox-detail =
    { $hours ->
        [one] Nous avons envoyé un message à l'adresse que vous avez indiquée. Ouvrez son lien dans un délai de { $hours } heure pour confirmer qu'elle est bien la vôtre : d'ici là, votre demande pour { $meeting } ne va pas plus loin. Si rien n'arrive, regardez dans vos courriels indésirables, ou envoyez à nouveau le formulaire.
        [many] Nous avons envoyé un message à l'adresse que vous avez indiquée. Ouvrez son lien dans un délai de { $hours } heures pour confirmer qu'elle est bien la vôtre : d'ici là, votre demande pour { $meeting } ne va pas plus loin. Si rien n'arrive, regardez dans vos courriels indésirables, ou envoyez à nouveau le formulaire.
       *[other] Nous avons envoyé un message à l'adresse que vous avez indiquée. Ouvrez son lien dans un délai de { $hours } heures pour confirmer qu'elle est bien la vôtre : d'ici là, votre demande pour { $meeting } ne va pas plus loin. Si rien n'arrive, regardez dans vos courriels indésirables, ou envoyez à nouveau le formulaire.
    }
# After the answer, when the meeting has a contact address.
form-write-to = Pour la modifier, écrivez à { $contact }.
form-received = Merci : votre demande d'inscription a bien été reçue
form-received-detail = Une inscription à { $meeting } est en attente jusqu'à ce que le point de contact de votre administration ou organisation l'approuve ; si toutes les places étaient prises, elle est sur la liste d'attente et sera approuvée si une place se libère. Si cette adresse était déjà inscrite à cette réunion, la première inscription est maintenue et rien n'a été modifié.
form-name-order = Comment votre nom s'écrit
