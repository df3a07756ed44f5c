app-language-not-kept = Язык применён, но его не удалось сохранить для следующего запуска: { $reason }

## Окно: боковая панель и её разделы
app-workspace-unread = Не удалось прочитать рабочую область
app-workspace-unread-because = Не удалось прочитать рабочую область: { $reason }
app-workspace-opened = Открыта новая рабочая область: { $path }
app-zones-unread = Не удалось загрузить часовые пояса
app-meeting = Собрание
app-archived = В архиве
app-new-meeting = Новое собрание…
app-views = Разделы
app-workspace = Рабочая область
app-view = { $view ->
    [event] Мероприятие
    [programme] Программа
    [speakers] Докладчики
    [registrations] Регистрации
    [conflicts] Конфликты
   *[settings] Настройки
  }
app-open-conflicts = { $count ->
    [one] открытый
    [few] открытых
    [many] открытых
   *[other] открытых
  }
app-undo-redo = Отмена и повтор
app-undo = ↶ Отменить
app-redo = ↷ Повторить
app-undo-what = Отменить: { $what } (Ctrl+Z)
app-redo-what = Повторить: { $what } (Ctrl+Shift+Z)
app-nothing-to-undo = Нечего отменять
app-nothing-to-redo = Нечего повторять
app-opening-workspace = Открытие рабочей области…

## Строка состояния
app-status-idle = Каждое изменение сохраняется на этом компьютере
app-saving = Сохранение…
app-saved = Сохранено
app-not-saved = Не сохранено
app-failed = { $prefix }: { $message }
app-undoing = Отмена…
app-redoing = Повтор…
app-undone = Отменено: { $what }
app-redone = Повторено: { $what }
app-part-unread = { $part ->
    [meetings] Не удалось прочитать собрания
    [sideEvents] Не удалось прочитать параллельные мероприятия
    [programme] Не удалось прочитать программу
    [publication] Не удалось прочитать, в какой версии опубликован каждый пункт
    [speakers] Не удалось прочитать докладчиков
    [unlisted] Не удалось прочитать, каких докладчиков не показывает публичный сайт
    [participations] Не удалось прочитать роли
    [translations] Не удалось прочитать переводы
   *[undo] Не удалось прочитать, что отменит команда «Отменить»
  }

## Состояние синхронизации с сайтом мероприятия
app-sync-sending = { $count ->
    [one] Синхронизация… отправляется { $count } изменение
    [few] Синхронизация… отправляются { $count } изменения
    [many] Синхронизация… отправляются { $count } изменений
   *[other] Синхронизация… отправляются { $count } изменения
  }
app-sync-publishing = Публикация…
app-sync-resending = Синхронизация… сайт мероприятия был восстановлен из копии: данные этой рабочей области отправляются заново
app-syncing = Синхронизация…
app-sync-checking = Проверка сайта мероприятия…
app-sync-no-site = { $count ->
    [0] Сайт мероприятия не задан
    [one] Сайт мероприятия не задан, ожидает { $count } изменение
    [few] Сайт мероприятия не задан, ожидают { $count } изменения
    [many] Сайт мероприятия не задан, ожидают { $count } изменений
   *[other] Сайт мероприятия не задан, ожидают { $count } изменения
  }
app-sync-local = Только на этом компьютере: «Опубликовать…» откроет доступ к этому собранию
app-sync-offline = { $count ->
    [one] Нет связи, ожидает { $count } изменение
    [few] Нет связи, ожидают { $count } изменения
    [many] Нет связи, ожидают { $count } изменений
   *[other] Нет связи, ожидают { $count } изменения
  }
app-sync-refused = Синхронизировано, но { $reason }
app-sync-failed = Не синхронизировано: { $reason }
app-sync-waiting = { $count ->
    [one] Ожидает { $count } изменение
    [few] Ожидают { $count } изменения
    [many] Ожидают { $count } изменений
   *[other] Ожидают { $count } изменения
  }
app-sync-done = Все изменения синхронизированы

## Введённые даты и моменты времени
app-instant = { $date }, { $time } { $zone }
app-date-give = { $what ->
    [first-day] укажите первый день, например { $example }
    [last-day] укажите последний день, например { $example }
   *[date] укажите дату, например { $example }
  }
app-not-a-date = «{ $typed }» — не дата; напишите её как { $example } или 26/03/2026
app-when-give-day = { $happens ->
    [opens] укажите день открытия регистрации, например 26 марта 2026 г.
   *[closes] укажите день закрытия регистрации, например 26 марта 2026 г.
  }
app-when-give-time = { $happens ->
    [opens] укажите также время открытия регистрации, например 09:00
   *[closes] укажите также время закрытия регистрации, например 09:00
  }

## Поле даты и календарь
app-date-placeholder = например, { $example }
app-calendar-choose = { $what ->
    [first-day] Выбрать первый день в календаре
    [last-day] Выбрать последний день в календаре
    [opens] Выбрать день открытия регистрации в календаре
    [closes] Выбрать день закрытия регистрации в календаре
   *[date] Выбрать дату пункта в календаре
  }
app-calendar-title = { $what ->
    [first-day] Выберите первый день
    [last-day] Выберите последний день
    [opens] Выберите день открытия регистрации
    [closes] Выберите день закрытия регистрации
   *[date] Выберите дату пункта
  }
app-calendar-month-before = Предыдущий месяц
app-calendar-month-after = Следующий месяц

## Общие слова
app-keep = Оставить
app-clash = Изменено другим пользователем
app-clash-theirs = Пока вы редактировали это поле, другой пользователь изменил его на { $theirs }.
app-clash-keep-mine = Оставить моё
app-clash-use-theirs = Принять чужое
app-zones-found = Найденные часовые пояса
app-zone-placeholder = Город или страна, например Женева
app-countries-found = Найденные страны
app-country-placeholder = Введите название страны
app-decision-verb = { $status ->
    [pending] Вернуть на рассмотрение
    [waitlisted] В лист ожидания
    [approved] Одобрить
    [rejected] Отклонить…
   *[cancelled] Отменить регистрацию
  }
app-un-language = { $language ->
    [Arabic] Арабский
    [Chinese] Китайский
    [English] Английский
    [French] Французский
    [Russian] Русский
   *[Spanish] Испанский
  }
app-badge-published = Опубликовано, в. { $version }
app-badge-published-title = Публично в том виде, как опубликовано в версии { $version }
app-badge-changed = Изменено после в. { $version }
app-badge-changed-title = Последняя публикация — версия { $version }; следующая публикация отправит изменение
app-badge-new = Ещё не опубликовано
app-badge-new-title = Публичный пункт, ещё не вошедший ни в одну опубликованную версию: следующая публикация добавит его
app-badge-held-back = Задержано
app-badge-held-back-title = Отмечено как публичное, но его блок — черновик: без блока не публикуется

## Расписание
app-timetable-add = Добавить пункт на { $time }, { $day }
app-timetable-add-in = Добавить пункт на { $time }, { $day }, в «{ $block }»
app-timetable-changing = { $mode ->
    [move] Перемещение…
    [start] Изменение начала…
   *[end] Изменение окончания…
  }
app-timetable-changed-one = { $mode ->
    [move] Перемещено: «{ $title }»
    [start] Изменено начало: «{ $title }»
   *[end] Изменено окончание: «{ $title }»
  }
app-timetable-changed = { $mode ->
    [move] { $count ->
        [one] Перемещён { $count } пункт
        [few] Перемещены { $count } пункта
        [many] Перемещены { $count } пунктов
       *[other] Перемещены { $count } пункта
      }
    [start] { $count ->
        [one] Изменено начало { $count } пункта
        [few] Изменено начало { $count } пунктов
        [many] Изменено начало { $count } пунктов
       *[other] Изменено начало { $count } пункта
      }
   *[end] { $count ->
        [one] Изменено окончание { $count } пункта
        [few] Изменено окончание { $count } пунктов
        [many] Изменено окончание { $count } пунктов
       *[other] Изменено окончание { $count } пункта
      }
  }
app-timetable-not-changed = { $mode ->
    [move] Не перемещено
   *[other] Не изменено
  }
app-timetable-help = Щёлкните свободное время, чтобы добавить туда пункт. Перетащите пункт, чтобы переместить его, или его верхний либо нижний край, чтобы изменить время (шаг 5 минут). Ctrl+щелчок выделяет несколько пунктов. Клавиши: ↑ ↓ — сдвиг на 5 минут, Shift+↑ ↓ — сдвиг окончания, Enter — открыть, Delete — удалить, Ctrl+Z — отменить.
app-timetable-zone = время: { $zone }
app-timetable-sessions = Блоки, перерывы, параллельные мероприятия
app-timetable-items = Пункты
app-timetable-of = Расписание на { $day }
app-timetable-warning = Предупреждение: { $warnings }

## Программа
app-programme-saved-to = Программа сохранена в { $path }
app-programme-writing = Создание документа…
app-deleted = Удалено: «{ $title }»
app-not-deleted = Не удалено
app-deleting = Удаление…
app-delete-block = { $count ->
    [one] Удалить блок и его { $count } пункт?
    [few] Удалить блок и его { $count } пункта?
    [many] Удалить блок и его { $count } пунктов?
   *[other] Удалить блок и его { $count } пункта?
  }
app-delete-entry = Удалить этот пункт?
app-programme-of-days = Программа · { $days }
app-programme-document-title = Программа в текущем виде, включая черновики, в виде документа { $format } в папке «Загрузки»
app-programme-save-as = Сохранить как { $format }
app-add-entry = Добавить пункт
app-zone-picker = Показывать время также в поясе
app-zone-picker-pick = Выберите пояс из списка: введите город или страну, например Сидней.
app-zone-picker-hint = Город или страна; если пусто, показывается только пояс собрания.
app-zone-clear = Очистить пояс
app-layout = Показать программу в виде
app-layout-list = Список
app-layout-timetable = Расписание
app-warnings = Проверить перед публикацией
app-programme-unread = Не удалось загрузить программу: { $reason }
app-programme-loading = Загрузка программы…
app-programme-empty = Пунктов пока нет. Добавьте первый кнопкой «Добавить пункт» или выберите его день и время в расписании:
app-programme-empty-timetable = открыть расписание
app-programme-of = Программа на { $day }
app-time-in = Время
app-column-session = Заседание
app-column-place = Место
app-column-actions = Действия
app-draft = Черновик
app-draft-title = Черновик: не опубликован
app-not-on-site = не на публичном сайте
app-confirm-deletion = Подтвердить удаление: { $title }
app-delete = Удалить
app-edit = Изменить
app-edit-title = Изменить: { $title }
app-delete-title = Удалить: { $title }
app-delete-question = Удалить «{ $title }»?
app-undo-brings-back = Команда «Отменить» (Ctrl+Z) вернёт его.

## Настройки
app-save = Сохранить
app-settings-subtitle = Ваш язык, кто вы и где эта рабочая область публикует своё собрание
app-update-available = Доступна версия Dais { $version }
app-update-whats-new = Что нового
app-update-install = Установить и перезапустить
app-update-later = Позже
app-update-installing = Устанавливается Dais { $version }: по окончании приложение перезапустится.
app-settings-updates = Обновления
app-settings-updates-version = Это Dais версии { $version }.
app-settings-updates-check = Проверять обновления при запуске Dais и раз в день
app-settings-updates-hint = Dais спрашивает свой канал выпусков, есть ли более новая версия; ничего о вас и ваших мероприятиях не передаётся. Новая версия устанавливается только с вашего согласия.
app-settings-updates-policy = Ваша организация отключила проверку обновлений на этом компьютере.
app-settings-updates-check-now = Проверить сейчас
app-settings-updates-checking = Проверка…
app-settings-updates-latest = Dais { $version } — последняя версия.
app-settings-updates-found = Доступна версия Dais { $version }: установите её на боковой панели.
app-settings-language = Язык
app-settings-language-hint = Язык Dais на этом компьютере для всех рабочих областей. Собрания, имена и названия остаются в том виде, в каком они написаны.
app-settings-name-saved = Ваше имя сохранено
app-settings-site-saved = Сайт мероприятия сохранён
app-settings-you = Вы
app-settings-your-name = Ваше имя
app-settings-your-name-hint = Имя, под которым вас знают другие организаторы и сайт мероприятия: в ваших решениях, изменениях, конфликтах и публикациях. Пока оно не задано, в решениях указывается имя пользователя этого компьютера, а на сайте — метка вашего токена.
app-settings-saved = Сохранено.
app-settings-site = Сайт мероприятия
app-settings-site-intro = Публикация отправляет изменения, сделанные на этом компьютере, на сайт мероприятия и получает изменения других организаторов и регистрации из его формы. Администратор сайта выдаёт каждому организатору адрес и токен.
app-settings-site-url = Адрес сайта
app-settings-site-now = Сейчас:
app-settings-no-site = Сайт ещё не задан.
app-settings-token = Токен организатора
app-settings-token-kept = Надёжно сохранён; введите его снова, чтобы сменить сайт
app-settings-token-hint = Токен секретный: он хранится в связке ключей этого компьютера (Keychain в macOS, диспетчер учётных данных в Windows, Secret Service в Linux) и никогда — в рабочей области. Если связки ключей нет, он сохраняется в файле рядом с рабочей областью, доступном для чтения только вам.
app-settings-token-in-keychain = Сохранено. Токен хранится в связке ключей.
app-settings-token-in-file = Сохранено. На этом компьютере нет связки ключей: токен хранится в { $file }.
app-settings-token-beside = Сохранено. На этом компьютере нет связки ключей: токен хранится в файле рядом с рабочей областью.

## Первый запуск и рабочая область, которую нельзя открыть
app-welcome-demo-opened = Открыто демонстрационное собрание U4SSC-9
app-welcome-demo-failed = Не удалось открыть демонстрацию
app-welcome-demo-opening = Открытие демонстрации…
app-welcome = Добро пожаловать в Dais
app-welcome-subtitle = Готовьте программу, докладчиков и регистрацию собрания на этом ноутбуке, с сетью или без неё.
app-welcome-create = Создать собрание
app-welcome-create-what = Его название, даты, часовой пояс, формат, языки и регистрация; остальное содержание циркуляра — потом.
app-welcome-create-button = Создать собрание…
app-welcome-demo = Открыть демонстрацию
app-welcome-demo-what = Девятое собрание U4SSC ({ $date }) с программой, докладчиками и несколькими регистрациями, чтобы всё опробовать.
app-welcome-connect = Подключиться к сайту мероприятия
app-welcome-connect-what = Вам дали адрес сайта и токен: собрания, открытые там, придут на этот ноутбук.
app-welcome-connect-button = Подключиться…
app-problem = Эту рабочую область нельзя открыть
app-problem-file = Файл:
app-problem-what-now = Dais его не изменял. Если это копия, которая сейчас восстанавливается, или файл записан более новой версией Dais, дождитесь завершения или обновите Dais и запустите Dais снова. Чтобы тем временем продолжать работу, создайте рядом новую рабочую область: она откроется с демонстрационным собранием и подключится к вашему сайту мероприятия, как только вы зададите его в настройках.
app-problem-start-new = Создать новую рабочую область

## Форма пункта, его председатели и докладчики
app-cancel = Отмена
app-entry-saved = Сохранено: «{ $title }»
app-entry-added = Добавлено: «{ $title }»
app-entry-edit = Изменить пункт
app-entry-add = Добавить пункт
app-entry-zone = Время указано в поясе мероприятия: { $zone } ({ $label }).
app-entry-kind = Тип
app-entry-choose-block = — Выберите блок —
app-entry-linked = Связанное мероприятие
app-entry-none = — Нет —
app-entry-title = Название
app-entry-description = Описание
app-entry-when = Когда
app-entry-when-zone = в поясе { $zone } ({ $label })
app-entry-date = Дата
app-entry-start = Начало
app-entry-end = Окончание
app-entry-time-note = ЧЧ:ММ { $label }
app-entry-place-note = зал или ссылка для онлайн-участия
app-entry-public = Публичный
app-entry-public-hint = Если флажок снят, пункт — черновик: он остаётся на компьютерах организаторов.
app-entry-people-later = Председателей и докладчиков можно добавить после создания пункта.
app-entry-save = Сохранить пункт
app-people-type-name = Введите имя докладчика или нового человека.
app-people-added = { $name } добавлен(а) как { $role }
app-people-not-added = Не добавлено
app-people-removed = Удалено: { $what }
app-people-not-removed = Не удалено
app-people = Председатели и докладчики
app-people-nobody = Пока никого.
app-people-label = { $name }, { $role }
app-people-removed-speaker = удалённый докладчик
app-people-remove-label = Убрать: { $what }
app-people-remove = Убрать
app-people-name = Имя
app-people-name-hint = докладчик или новый человек
app-people-role = Роль
app-people-add-new = Добавить «{ $name }» как нового докладчика
app-people-add = Добавить

## Новое собрание
app-new-created = Создано: { $title }
app-new-not-created = Не создано
app-new-creating = Создание…
app-new-side-event-of = Новое параллельное мероприятие к { $title }
app-new-meeting-title = Новое собрание
app-new-start-from = Основа
app-new-blank = Пустое собрание
app-new-from-past = Прошедшее собрание: его сведения и программа, перенесённые на новые даты; без докладчиков и регистраций
app-new-from-circular = Его циркуляр: сведения, которые Dais находит в письме, для вашего подтверждения
app-new-from-programme = Программа из другой системы: Indico, pretalx или другой Dais; её дни и часовой пояс становятся днями и поясом собрания
app-new-programme-hint = Экспорт расписания или мероприятия Indico (JSON), программа c3voc (pretalx, frab: XML или JSON) или экспорт Dais
app-new-programme-days = Дни собрания по программе: { $dates }. Остальные сведения укажите потом.
app-circular-file = Циркуляр (DOCX, PDF или текст)
app-circular-paste = Или вставьте его текст
app-circular-read = Прочитать
app-circular-reading = Чтение письма…
app-circular-not-read = Не удалось прочитать письмо
app-circular-facts = Что говорится в письме
app-circular-facts-hint = Сверьте каждое сведение с предложением, из которого оно прочитано, исправьте неверное и укажите то, чего в письме нет. Ничего не создаётся до вашего подтверждения.
app-circular-said = В письме: «{ $sentence }»
app-circular-missing = В письме нет: укажите.
app-circular-conflict = В письме два значения: оставьте верное.
app-circular-lines = по одному в строке
app-circular-create = Создать собрание
app-new-past = Прошедшее собрание
app-new-short-title = Краткое название
app-new-short-title-hint = Как его показывают боковая панель и списки сайта, например U4SSC-10
app-new-first-day = Первый день
app-new-last-day = Последний день
app-new-format = Формат
app-new-zone = Часовой пояс
app-new-zone-hint = По какому поясу идёт время собрания: введите город или страну
app-new-languages = Языки
app-new-registration = Регистрация
app-new-registration-hint = время в поясе собрания
app-new-mandatory = Обязательная
app-new-free = Бесплатная
app-new-opens = Открытие
app-new-opens-at = Время открытия
app-new-closes = Закрытие
app-new-closes-at = Время закрытия
app-new-capacity = Вместимость
app-new-capacity-hint = пусто: без ограничений
app-new-template-summary = { $title } проходило { $dates } ({ $zone }): новое собрание берёт его сведения, программу в те же часы и правила регистрации, сдвинутые на столько же дней.
app-new-create = { $what ->
    [side-event] Создать параллельное мероприятие
   *[meeting] Создать собрание
  }

## Сведения о собрании (раздел «Мероприятие»)
app-loading = Загрузка…
app-none = Нет.
app-event-saved = Мероприятие сохранено
app-event-archived = В архиве: { $title }
app-event-unarchived = { $title } снова среди собраний
app-event-deleted = Удалено: { $title }
app-event-side-event-of = параллельное мероприятие к { $title }
app-event-facts = Сведения из циркуляра
app-event-saved-on-leaving = Каждое изменение сохраняется, когда вы покидаете поле.
app-event-reference = Ссылка на документ
app-event-reference-hint = Документ-объявление, например Циркуляр БСЭ 81
app-event-venue = Место проведения
app-event-venue-hint = Зал и здание, для очного или гибридного собрания
app-event-online-link = Ссылка для онлайн-участия
app-event-online-link-hint = Отправляется одобренным участникам, никогда не публикуется
app-event-languages-hint = Через запятую, например английский, французский
app-event-website = Веб-сайт
app-event-organiser = Организатор
app-event-audience = Кто может участвовать
app-event-eligible = Допустимые категории
app-event-registration-zone = время в поясе { $zone }
app-event-contacts = Контакты
app-event-contact = Контакт { $n }
app-event-contact-who = Кто (контакт { $n })
app-event-contact-who-placeholder = Кто, например секретариат U4SSC
app-event-contact-email = Эл. почта (контакт { $n })
app-event-contact-phone = Телефон (контакт { $n })
app-event-contact-fax = Факс (контакт { $n })
app-event-email = Эл. почта
app-event-phone = Телефон
app-event-fax = Факс
app-event-contact-remove = Убрать контакт { $n }
app-event-contact-add = Добавить контакт
app-event-side-whole = Параллельное мероприятие в целом
app-event-meeting-whole = Параллельные мероприятия и собрание в целом
app-event-side-events = Параллельные мероприятия
app-event-side-events-unread = Не удалось загрузить параллельные мероприятия: { $reason }
app-event-add-side-event = Добавить параллельное мероприятие…
app-event-the-side-event = Параллельное мероприятие
app-event-the-meeting = Собрание
app-event-part-of = Часть собрания { $title }: показывается вместе с ним, здесь и на его публичной странице.
app-event-is-archived = В архиве: хранится целиком, в списке собраний показывается отдельно.
app-event-bring-back = Вернуть
app-event-archive-hint = Завершено? Отправьте в архив: собрание сохранится целиком и не будет мешать.
app-event-archive = В архив
app-event-delete-question = Удалить { $title } вместе с программой, докладчиками и регистрациями? Если собрание общее, оно исчезнет также с ноутбуков других организаторов и с публичного сайта.
app-event-delete = { $what ->
    [side-event] Удалить параллельное мероприятие
   *[meeting] Удалить собрание
  }
app-event-keep-it = Оставить
app-event-delete-button = Удалить…

## A field that must be filled in
app-required = обязательно

## Шаг, который можно отменить или повторить, как его называют кнопки «Отменить» и «Повторить» и меню «Правка»:
## «Перенос: пункт «Закрытие» и ещё 2». $thing — что это за строка; $name — её название или имя (данные
## организаторов); $more — сколько ещё строк того же вида.
undo-step = { $action ->
        [add] Добавление
        [delete] Удаление
        [move] Перенос
       *[edit] Изменение
    }: { $thing ->
        [meeting] собрание
        [block] заседание
        [item] пункт
        [break] перерыв
        [side_event] параллельное мероприятие
        [speaker] докладчик
        [role] роль
        [registration] регистрация
        [focal_point] координатор
        [translation] перевод
       *[other] { $thing }
    } «{ $name }»{ $more ->
        [0] {""}
        [one] {" "}и ещё { $more }
        [few] {" "}и ещё { $more }
        [many] {" "}и ещё { $more }
       *[other] {" "}и ещё { $more }
    }

## Меню приложения: «Правка» с отменой и повтором изменений собрания ($step: undo-step) и командами буфера обмена.
app-menu-edit = Правка
app-menu-undo = Отменить
app-menu-redo = Повторить
app-menu-undo-step = Отменить ({ $step })
app-menu-redo-step = Повторить ({ $step })
app-menu-cut = Вырезать
app-menu-copy = Копировать
app-menu-paste = Вставить
app-menu-select-all = Выделить всё

## A step kept before the languages, in the English it was kept in.
undo-step-kept = { $words }

## Beside a field's label: what is typed in it stays with the organisers.
app-field-private = только для организаторов: не публикуется

## The meeting's and entries' words in other languages, beside the originals ($count: the fields given in a language;
## $given: none or some).
app-translations = На других языках
app-translations-hint = Читатели, выбравшие этот язык, видят эти тексты на публичном сайте, в его лентах и в документах; остальные видят оригинал. Каждое поле сохраняется, когда вы его покидаете.
app-translations-language = Язык
app-translations-choice = { $language }{ $given ->
        [none] {""}
       *[some] {" "}({ $count })
    }
app-translation-original = Оригинал: { $text }
app-translation-saved = Перевод сохранён
