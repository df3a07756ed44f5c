## The event site's public pages (crates/site): their frame, the meeting's pages, the pages the mails' links open,
## the error pages and the feeds' fixed words.

## The frame of every page.
site-skip-to-content = Перейти к основному содержанию
site-nav-meeting = Собрание
site-nav-languages = Язык
site-nav-about = О собрании
site-nav-programme = Программа
site-nav-speakers = Докладчики
site-nav-changes = Изменения
site-nav-register = Регистрация
site-meetings = Собрания
site-all-meetings = Все собрания
# A page's title in the browser's tab: the page, then the meeting's short title.
site-page-title = { $page } - { $meeting }
site-back-to = Назад: { $meeting }
site-feeds = Каналы программы:
site-feed-calendar = календарь (iCalendar)
site-feed-frab-json = расписание (frab JSON)
site-feed-frab-xml = расписание (frab XML)
site-feed-atom = изменения (Atom)
site-feed-data = данные (JSON)

## An instant as people at the meeting read it: "Friday, 31 October 2025, 11:00 CET".
site-instant = { $date }, { $time } { $zone }
# A time on another day than the row's: "Sat 1 Nov, 00:30".
site-time-on-day = { $day }, { $time }

## The list of meetings.
site-no-meetings = На этом сайте пока не опубликовано ни одного собрания.

## A meeting's home page.
site-format =
    { $format ->
        [virtual] Виртуальное (только онлайн)
        [physical] Очное
       *[hybrid] Гибридное (очно и онлайн)
    }
site-part-of = Входит в:
site-fact-date = Дата
site-fact-time = Время
site-fact-format = Формат
site-fact-venue = Место проведения
site-fact-remote = Дистанционное участие
site-remote-link = Ссылка для подключения направляется по электронной почте утвержденным участникам.
site-fact-languages =
    { $count ->
        [one] Язык
        [few] Языки
        [many] Языки
       *[other] Языки
    }
site-fact-organiser = Организатор
site-fact-reference = Ссылка на документ
site-fact-website = Веб-сайт
# The programme's hours: "10:00 - 17:30 CET (Europe/Zurich)".
site-hours = { $start } - { $end } { $zone } ({ $place })
# A language of the meeting, by its name.
site-language =
    { $language ->
        [ar] арабский
        [zh] китайский
        [fr] французский
        [ru] русский
        [es] испанский
       *[en] английский
    }
site-see-programme = Открыть программу
site-who-may-take-part = Кто может принять участие
site-open-to = Регистрация открыта для:
site-registration = Регистрация
site-registration-terms =
    { $mandatory ->
        [yes] { $free ->
            [yes] Регистрация обязательна. Участие бесплатное.
           *[no] Регистрация обязательна.
        }
       *[no] { $free ->
            [yes] Регистрация необязательна. Участие бесплатное.
           *[no] Регистрация необязательна.
        }
    }
site-registration-opens = Регистрация открывается: { $when }.
site-registration-closes = Регистрация закрывается: { $when }.
site-registration-not-open = Регистрация еще не открыта
site-registration-closed = Регистрация закрыта
site-side-events = Параллельные мероприятия
site-contact = Контактная информация
site-contact-email = Эл. почта:
site-contact-phone = Телефон:
site-contact-fax = Факс:

## The programme.
site-version = Версия { $version }
site-version-published = Версия { $version }, опубликована: { $when }.
site-version-withdrawn = Снято с сайта: { $when }
site-what-changed = Что изменилось
site-zone-note = Все время указано в { $zone } ({ $place }).
site-zone-note-two = Все время указано в { $zone } ({ $place }), рядом — время в { $viewer }.
site-zone-label = Показать время также в часовом поясе
site-zone-only = (только { $zone })
site-zone-show = Показать
site-zone-mine = Показать время в моем часовом поясе
site-zone-mine-too = Показать время также в моем часовом поясе ({ $zone })
site-zone-unknown = Это не часовой пояс: выберите пояс из списка.
site-no-programme = Программа еще не опубликована.
site-session = Заседание
site-side-event = Параллельное мероприятие
# Before the names of those who hold a role on an entry: "Chairs:".
site-role-label = { $role }:
site-download-document = Скачать программу в виде документа:
site-to-print = для печати
site-add-to-calendar = Добавить программу в календарь:
site-for-schedule-apps = Для приложений-расписаний, frab:
site-as-data = в виде данных:

## The speakers.
site-no-speakers = Докладчики еще не объявлены.
# When a speaker's session takes place: "11:00 - 12:00 CET, Fri 31 Oct".
site-session-when = { $start } - { $end } { $zone }, { $day }

## The changes.
site-changes-title = Изменения в программе
site-changes-intro = На сайте показана версия { $version }. Ниже приведены все версии, опубликованные организаторами, начиная с последней, с указанием изменений в каждой. Следите за изменениями в программе чтения каналов:

## Error pages.
site-error-not-found-title = Страница не найдена
site-error-not-found = На этом сайте нет такой страницы.
site-error-bad-request-title = Невозможно ответить на этот запрос
site-error-internal-title = Произошла ошибка
site-error-internal = Сайт сейчас не может ответить. Повторите попытку через минуту.

## The pages the links of the site's mails open.
site-link-expired = Срок действия ссылки истек
site-link-invalid = Ссылка недействительна
site-confirm-title = Подтвердите заявку
site-confirm-ask = Подтвердите, что { $name } просит об участии с этим адресом: после этого заявка будет передана организаторам.
site-confirm-button = Подтвердить заявку
site-confirm-expired = Заявка не была подтверждена вовремя, поэтому она не сохранена. Отправьте регистрационную форму еще раз.
site-confirm-invalid = Возможно, ссылка уже использована: заявка подтверждается один раз. Если вы не подтвердили свою заявку, отправьте регистрационную форму еще раз.
site-confirm-registered-already = Этот адрес уже зарегистрирован
site-confirm-registered-already-detail = С этим адресом уже была произведена регистрация на это собрание: она остается в силе, ничего не изменено.
site-confirm-waitlisted = Ваша заявка внесена в лист ожидания
site-confirm-waitlisted-detail = Все места заняты: ваша заявка внесена в лист ожидания; если место освободится, вам сообщат по электронной почте.
site-confirm-done = Ваша заявка подтверждена
site-confirm-done-detail = Она ожидает утверждения координатором вашей администрации или организации: о решении вам сообщат по электронной почте.
site-cancel-title = Отмена регистрации
site-cancel-ask = Отменить регистрацию { $name }? Организаторы будут уведомлены, а ваше место перейдет к следующему в листе ожидания.
site-cancel-button = Отменить регистрацию
site-cancel-done = Ваша регистрация отменена
site-cancel-nothing-more = Больше ничего делать не нужно.
site-cancel-done-detail = Организаторы уведомлены. Если вы передумаете, напишите им.
site-cancel-invalid = Воспользуйтесь ссылкой из последнего письма о вашей регистрации.

## A focal point's page.
site-focal-requests = Заявки
site-focal-heading = Заявки: { $administration }
# "Switzerland (ITU Member State administration)".
site-administration = { $country } ({ $category })
site-focal-intro = Как координатор ({ $administration }), { $name }, вы утверждаете или отклоняете заявки на участие в этом собрании. Ваши решения передаются организаторам, а каждый зарегистрировавшийся получает уведомление по электронной почте. Эта страница предназначена только для вас: ее адрес действителен до { $expires }.
site-focal-none = Нет заявок, ожидающих вашего решения.
site-focal-waiting =
    { $count ->
        [one] Ожидает вашего решения: { $count }
        [few] Ожидают вашего решения: { $count }
        [many] Ожидают вашего решения: { $count }
       *[other] Ожидают вашего решения: { $count }
    }
site-focal-organisation = Организация
site-focal-position = Должность
site-focal-category = Категория
site-focal-email = Эл. почта
site-focal-asked = Подана
site-focal-approve = Утвердить
site-focal-reason = Причина (при отклонении)
site-focal-reject = Отклонить
site-focal-choose = Выберите «Утвердить» или «Отклонить».
site-focal-reason-needed = Чтобы отклонить заявку, укажите причину: она будет сообщена зарегистрировавшемуся.
site-focal-not-waiting = Эта заявка не ожидает вашего решения: решение по ней уже принято или она подана не от вашей администрации.
site-focal-link-expired = Каждое письмо о новой заявке содержит новую ссылку; ее можно также запросить у организаторов собрания.
site-focal-link-invalid = Воспользуйтесь ссылкой из последнего письма, направленного вам сайтом как координатору.

## The feeds' fixed words (the organisers' words stay as they typed them).
site-feed-cancelled = Отменено: { $title }
# A line of an entry's description in a calendar: "Chair: Ms Ana Ribeiro".
site-feed-role = { $role }: { $name }
site-feed-atom-title = Программа { $meeting }: изменения
# The room of the entries that name none, in a schedule app.
site-feed-main-room = Главный зал

## The meeting's pages inside another website (embed.rs, dais_wire::embed)
embed-link = { $part ->
    [programme] Программа { $meeting }
    [speakers] Докладчики { $meeting }
   *[registration] Регистрация на { $meeting }
}
embed-on-the-site = { $part ->
    [programme] Программа на сайте собрания
   *[speakers] Докладчики на сайте собрания
}
embed-form-title = Форма регистрации на { $meeting }
# The static export without a live site: the home page says where registration goes instead of a button.
site-files-no-form = На этих страницах регистрация не ведется: чтобы зарегистрироваться, напишите в секретариат собрания.
# The folder the app saves the public site's files in (Downloads).
site-files-folder = Публичный сайт { $meeting }
