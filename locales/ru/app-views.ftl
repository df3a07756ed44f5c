### Представления приложения: регистрации (reg-), докладчики (spk-), сайт мероприятия и публикация (pub-), конфликты (conf-).

## Регистрации: заголовок представления.
reg-title = Регистрации
reg-count =
    { $count ->
        [one] { $count } регистрация
        [few] { $count } регистрации
        [many] { $count } регистраций
       *[other] { $count } регистрации
    }
reg-charts = Диаграммы
reg-list-open = Список участников…
reg-fp-open = Координаторы…
reg-add-open = Добавить регистрацию…
## Сколько находят поиск и фильтры: все или $matching из $total.
reg-matching-all =
    { $count ->
        [one] Единственная регистрация
        [few] Все { $count } регистрации
        [many] Все { $count } регистраций
       *[other] Все { $count } регистрации
    }
reg-matching =
    { $total ->
        [one] { $matching } из { $total } регистрации
        [few] { $matching } из { $total } регистраций
        [many] { $matching } из { $total } регистраций
       *[other] { $matching } из { $total } регистрации
    }
reg-select-matching = Выбрать все ({ $count })

## Регистрации: таблица.
reg-column =
    { $column ->
        [name] Имя
        [organisation] Организация
        [country] Страна
        [category] Категория
        [status] Статус
       *[submitted] Подана
    }
reg-actions = Действия
reg-caption = Регистрации на { $event }
reg-select-shown = Выбрать показанные строки
reg-select = Выбрать: { $name }
reg-read-failed = Не удалось прочитать регистрации
reg-load-failed = Не удалось загрузить регистрации: { $error }
reg-loading = Загрузка регистраций…
reg-loading-row = Загрузка…
reg-none = Регистраций пока нет.
reg-no-match = Ни одна регистрация не подходит.
reg-erase-open = Стереть…
reg-erase-aria = Стереть регистрацию: { $name }
reg-erase-label = Подтвердить удаление регистрации: { $name }
reg-erase-question = Стереть все данные участника { $name } здесь, на сайте мероприятия и на каждом компьютере? Это действие необратимо.
reg-erase = Стереть
reg-erasing = Удаление…
reg-erase-failed = Не стёрто
reg-erased = Регистрация участника { $name } стёрта: она исчезнет с сайта мероприятия и с компьютера каждого организатора при их следующей синхронизации

## Регистрации: решение по одной или по выбранным.
reg-decide-selected = Принять решение по выбранным регистрациям
reg-selected =
    { $count ->
        [one] Выбрана { $count }
        [few] Выбрано { $count }
        [many] Выбрано { $count }
       *[other] Выбрано { $count }
    }
reg-clear-selection = Снять выделение
## Что делает каждая кнопка решения.
reg-decide =
    { $status ->
        [approved] Одобрить
        [waitlisted] В лист ожидания
        [rejected] Отклонить…
        [cancelled] Отменить регистрацию
       *[pending] Вернуть на рассмотрение
    }
reg-cancel-many = Отменить регистрации
reg-reject-reason = Причина отклонения
reg-reject =
    { $count ->
        [one] Отклонить
        [few] Отклонить { $count }
        [many] Отклонить { $count }
       *[other] Отклонить { $count }
    }
reg-back = Назад
reg-deciding = Принятие решения…
reg-decide-failed = Решение не принято
## Сообщается после решения: $status — название нового статуса (Одобрена, Отклонена…).
reg-decided = { $status }: { $name }
reg-decided-many =
    { $count ->
        [one] { $status }: { $count } регистрация
        [few] { $status }: { $count } регистрации
        [many] { $status }: { $count } регистраций
       *[other] { $status }: { $count } регистрации
    }

## Регистрации: список участников в виде электронной таблицы.
reg-list-title = Список участников
reg-list-intro =
    { $count ->
        [one] { $count } регистрация, которую сейчас показывает таблица (с её поиском и фильтрами), в её порядке, сохраняется в папке «Загрузки». Ячейки, начинающиеся как формула, сохраняются как текст.
        [few] { $count } регистрации, которые сейчас показывает таблица (с её поиском и фильтрами), в её порядке, сохраняются в папке «Загрузки». Ячейки, начинающиеся как формула, сохраняются как текст.
        [many] { $count } регистраций, которые сейчас показывает таблица (с её поиском и фильтрами), в её порядке, сохраняются в папке «Загрузки». Ячейки, начинающиеся как формула, сохраняются как текст.
       *[other] { $count } регистрации, которые сейчас показывает таблица (с её поиском и фильтрами), в её порядке, сохраняются в папке «Загрузки». Ячейки, начинающиеся как формула, сохраняются как текст.
    }
reg-list-columns = Столбцы
reg-list-columns-failed = Не удалось прочитать столбцы
reg-list-no-column = выберите хотя бы один столбец
reg-list-format = Формат
reg-list-xlsx = Excel (XLSX)
reg-list-csv = CSV (UTF-8)
reg-list-save = Сохранить список
reg-list-writing = Запись списка…
reg-list-writing-short = Запись…
reg-list-failed = Не сохранено
reg-list-saved =
    { $count ->
        [one] { $count } участник сохранён в { $path }
        [few] { $count } участника сохранены в { $path }
        [many] { $count } участников сохранены в { $path }
       *[other] { $count } участника сохранены в { $path }
    }
reg-list-saved-in = Сохранено:
reg-close = Закрыть

## Регистрации: координаторы мероприятия, которые одобряют запросы своей администрации.
reg-fp-title = Координаторы { $event }
reg-fp-intro = Запрос от администрации ожидает её координатора, которому сайт мероприятия направляет личную ссылку, чтобы одобрить или отклонить его. Запрос от администрации без координатора ожидает вашего решения.
reg-fp-read-failed = Не удалось прочитать координаторов: { $error }
reg-fp-none = Пока нет.
reg-fp-column =
    { $column ->
        [country] Страна
        [category] Категория
        [name] Имя
       *[email] Эл. почта
    }
reg-any-category = Любая категория
reg-fp-change = Изменить
reg-fp-remove-open = Удалить…
reg-fp-remove-aria = Удалить: { $name }
reg-fp-remove-label = Подтвердить удаление: { $name }
reg-fp-remove = Удалить
reg-fp-remove-failed = Не удалено
reg-fp-removed = Координатор { $name } удалён
reg-fp-form-add = Добавить координатора
reg-fp-form-change = Изменить координатора
reg-fp-email-hint = Сайт отправляет ссылку на этот адрес
reg-fp-add = Добавить координатора
reg-fp-save = Сохранить
reg-fp-cancel = Отмена
reg-fp-added = Координатор { $name } добавлен
reg-fp-changed = Координатор { $name } изменён

## Регистрации: диаграммы.
reg-charts-label = Регистрации в диаграммах
reg-chart-failed = Не удалось прочитать подсчёты: { $error }
reg-chart-counting = Подсчёт…
reg-chart-none = Регистраций пока нет: диаграммы заполняются по мере поступления запросов.
## $zone — часовой пояс мероприятия, например «Europe/Zurich».
reg-chart-days = Запросы по дням ({ $zone })
reg-chart-days-label = Запросы по дням, с { $first } по { $last }; не более { $most } в день
reg-chart-day =
    { $count ->
        [one] { $day }: { $count } запрос
        [few] { $day }: { $count } запроса
        [many] { $day }: { $count } запросов
       *[other] { $day }: { $count } запроса
    }
reg-chart-by =
    { $group ->
        [status] По статусу
        [category] По категории
        [region] По региону
       *[country] По стране
    }
reg-chart-elsewhere = Другие
reg-chart-other-countries =
    { $count ->
        [one] Ещё { $count } страна
        [few] Ещё { $count } страны
        [many] Ещё { $count } стран
       *[other] Ещё { $count } страны
    }

## Регистрации: одна регистрация в диалоговом окне.
reg-dialog-add = Добавить регистрацию
reg-dialog-title = Регистрация
reg-dialog-read-failed = Не удалось прочитать регистрацию: { $error }
reg-dialog-by-hand = Внесена вручную (звонок, письмо): до решения она на рассмотрении, как и поданные через форму.
## $source — как она поступила (форма на сайте, внесена вручную…); $at — дата и время подачи.
reg-dialog-submitted = { $source } · подана { $at }
## Собственный часовой пояс участника, например «Europe/Paris».
reg-dialog-zone = пояс { $zone }
## $message и $state — письмо и его состояние (запрос получен, отправлено); $at — когда.
reg-dialog-mail = Письмо с сайта мероприятия: { $message }, { $state } { $at }
reg-dialog-decision = Решение
reg-dialog-as-submitted = при подаче
reg-dialog-decide = Принять решение по регистрации: { $name }
reg-dialog-earlier = Прежние решения

## Регистрации: поиск и фильтры.
reg-filter-label = Поиск регистраций
reg-search = Поиск
reg-search-placeholder = Имя, эл. почта или организация
reg-filter =
    { $filter ->
        [category] Категория
        [region] Регион
       *[country] Страна
    }
reg-any-region = Любой регион
reg-any-country = Любая страна
reg-filter-status = Показать регистрации по статусу

## Регистрации: форма регистрации (внесённой вручную или исправляемой).
reg-form-field =
    { $field ->
        [given_name] Имя
        [family_name] Фамилия
        [name_order] Порядок имени
        [email] Эл. почта
        [organisation] Организация
        [country] Страна
        [category] Категория
        [position] Должность
       *[private_notes] Служебные заметки
    }
reg-form-email-hint = Конфиденциально: никогда не публикуется
reg-form-notes-hint = Только для организаторов
reg-form-attended = Присутствовал(а)
reg-form-saving = Сохранение…
reg-form-save = Сохранить
reg-form-add = Добавить регистрацию
reg-form-saved = Регистрация участника { $name } сохранена
reg-form-added = Регистрация участника { $name } добавлена

## Докладчики: таблица.
spk-title = Докладчики
spk-count =
    { $count ->
        [one] { $count } докладчик
        [few] { $count } докладчика
        [many] { $count } докладчиков
       *[other] { $count } докладчика
    }
spk-unlisted-count =
    { $count ->
        [one] { $count } не на публичном сайте
        [few] { $count } не на публичном сайте
        [many] { $count } не на публичном сайте
       *[other] { $count } не на публичном сайте
    }
spk-add = Добавить докладчика
spk-new-failed = Не удалось начать нового докладчика
spk-load-failed = Не удалось загрузить докладчиков: { $error }
spk-loading = Загрузка докладчиков…
spk-none = Докладчиков пока нет. Добавьте первого кнопкой «Добавить докладчика».
spk-caption = Докладчики { $event }
spk-column =
    { $column ->
        [name] Имя
        [position] Должность
        [organisation] Организация
        [country] Страна
        [status] Статус
       *[public] Публичный сайт
    }
spk-actions = Действия
## $reason — слова ядра, например «не подтверждён».
spk-left-out = Не показан: { $reason }
spk-listed = Показан
spk-edit = Изменить
spk-edit-aria = Изменить: { $name }

## Докладчики: форма докладчика.
spk-form-new = Новый докладчик
spk-form-title = Докладчик: { $name }
spk-field =
    { $field ->
        [honorific] Обращение
        [given_name] Имя
        [family_name] Фамилия
        [name_order] Порядок имени
        [position] Должность
        [organisation] Организация
        [country] Страна
        [status] Статус
        [consent_to_publish] Согласен(на) на публикацию
        [bio] Биография
        [photo] Фотография
        [links] Ссылки
        [email] Эл. почта
       *[private_notes] Заметки
    }
spk-publication = На публичном сайте
spk-publication-hint = Сайт показывает докладчика и называет его в программе, когда верно и то и другое: «Подтверждено» и согласие на публикацию.
## $reason — слова ядра, например «не подтверждён».
spk-unlisted = В сохранённом виде не показан на публичном сайте: { $reason }.
spk-photo-note = JPEG, PNG, WebP или GIF до 20 МБ; сохраняется центральный квадрат
spk-photo-first = Сначала сохраните докладчика, затем выберите фотографию.
spk-photo-alt = Фотография: { $name }
spk-photo-remove = Удалить фотографию
spk-photo-saved = Фотография сохранена: { $name }
spk-photo-removed = Фотография удалена: { $name }
spk-photo-failed = Фотография не сохранена
spk-links-note = по одной на строке
spk-roles = Роли в программе
spk-roles-first = Сначала сохраните докладчика, затем назначьте ему роли.
spk-roles-none = Ролей пока нет.
spk-role-remove = Удалить
## $role — название роли (Председатель, Докладчик…); $entry — время и название пункта.
spk-role-remove-aria = Удалить роль «{ $role }» в пункте { $entry }
spk-role-add-label = Добавить роль
spk-role-entry = Пункт
spk-role-choose = — Выберите пункт —
spk-role-kind = Роль
spk-role-add = Добавить роль
spk-role-no-entry = Выберите пункт программы.
spk-role-added = Роль «{ $role }» добавлена
spk-role-removed = Роль «{ $role }» удалена
spk-entry-gone = Пункт, которого больше нет в программе
spk-remove-failed = Не удалено
spk-delete-open = Удалить…
spk-delete-label = Подтвердить удаление
spk-delete-question = Удалить этого докладчика и его роли?
spk-delete = Удалить
spk-delete-failed = Не удалено
spk-deleted = Докладчик удалён
spk-cancel = Отмена
spk-saving = Сохранение…
spk-save = Сохранить докладчика
spk-saved = Сохранено: { $name }

## Сайт мероприятия на боковой панели.
pub-site = Сайт мероприятия
## $at — время с часовым поясом, например «18:02 CET».
pub-last-sync = Последняя синхронизация в { $at }
pub-published = Опубликована версия { $version }
pub-published-at = в { $at }
pub-programme = Публичная программа
pub-opens-in-browser = (открывается в браузере)
pub-open-failed = Не удалось открыть страницу
pub-publish-open = Опубликовать…
pub-sync = Синхронизировать
pub-syncing = Синхронизация…
pub-set-site = Указать сайт мероприятия…

## Публикация: что будет отправлено, затем созданная версия.
pub-title = Публикация
pub-title-next = Опубликовать версию { $version }
pub-title-done = Версия { $version } опубликована
pub-reading = Чтение программы…
pub-public-sees = Публика видит версию { $version }.
pub-nothing-public = Ничего из этого мероприятия ещё не опубликовано.
pub-withdrawn = Это мероприятие снято с публичного сайта.
## $at — дата и время публикации.
pub-done = Версия { $version } опубликована { $at }.
pub-open = Открыть публичную программу
pub-in-browser = (в браузере)
pub-changes = Что изменится для публики
pub-no-changes = Ничего не изменилось с версии { $version }.
pub-left-out = Докладчики, не показанные на публичном сайте
pub-left-out-why = Сайт показывает докладчика, когда он подтверждён и согласен на публикацию; измените то или другое в разделе «Докладчики».
## Не показанный докладчик и причина (слова ядра, например «не подтверждён»).
pub-left-out-one = { $name }: { $reason }
pub-errors = Исправить перед публикацией
pub-warnings = Проверить
pub-warnings-confirm = Я это проверил(а), всё равно опубликовать
pub-fields = Что становится публичным
pub-fields-private = Ни адреса эл. почты, ни служебные заметки, ни регистрации сюда не входят: на сайт мероприятия уходит только перечисленное здесь.
pub-kept = Что сайт хранит для своей работы, никогда не показывая
pub-not-shared = Это мероприятие есть только на этом компьютере: публикация передаёт его сайту мероприятия и другим организаторам.
pub-versions = Опубликованные версии ({ $count })
## $at — дата и время, $by — опубликовавший организатор.
pub-version = Версия { $version }, { $at }, опубликовал(а) { $by }
pub-version-withdrawn = Снято с публичного сайта, { $at }, { $by }
pub-close = Закрыть
pub-cancel = Отмена

## Конфликты: значения, уступившие правке того же поля другим организатором.
conf-title = Конфликты
conf-subtitle = Значения, уступившие правке другого организатора
conf-counts =
    { $open ->
        [one] { $open } открыт · всего { $count }
        [few] { $open } открыто · всего { $count }
        [many] { $open } открыто · всего { $count }
       *[other] { $open } открыто · всего { $count }
    }
conf-intro = Когда два организатора меняют одно и то же поле до синхронизации, сохраняется более позднее изменение, а другое перечисляется здесь. «Восстановить» возвращает значение как ваше новое изменение, которое дойдёт до остальных при следующей синхронизации.
conf-load-failed = Не удалось загрузить конфликты: { $error }
conf-load-failed-status = Не удалось загрузить конфликты
conf-loading = Загрузка конфликтов…
conf-none = Конфликтов нет: ничего из введённого не было перезаписано.
## Действует ли ещё победившее значение.
conf-state =
    { $open ->
        [yes] Открыт
       *[no] Урегулирован
    }
conf-settled-why = Поле с тех пор изменялось
conf-lost = Утрачено
conf-kept =
    { $open ->
        [yes] Сохранено
       *[no] Было сохранено
    }
## $author — кто ввёл значение, $at — когда.
conf-by = { $author }, { $at }
conf-restore = Восстановить
conf-restoring = Восстановление…
conf-restored = Восстановлено; дойдёт до остальных при следующей синхронизации
conf-restore-failed = Не восстановлено
## $field — название поля строчными буквами (название), $subject — что это за строка (пункт «Открытие»).
conf-restore-label = Восстановить утраченное значение поля «{ $field }»: { $subject }
conf-empty = (пусто)
conf-none-value = (нет)
conf-yes = Да
conf-no = Нет
## Название поля; $name — собственное имя поля в читаемом виде, для поля, не названного здесь.
conf-field =
    { $field ->
        [title] Название
        [short_title] Краткое название
        [description] Описание
        [kind] Вид
        [format] Формат
        [zone] Часовой пояс
        [starts_on] Первый день
        [ends_on] Последний день
        [venue] Место проведения
        [languages] Языки
        [organiser] Организатор
        [audience] Кто может участвовать
        [registration] Правила регистрации
        [eligible_categories] Категории участников
        [contacts] Контакты
        [reference] Справочный документ
        [website] Веб-сайт
        [online_link] Ссылка для онлайн-участия
        [slot] Время и место
        [public] Отмечено как публичное
        [honorific] Обращение
        [given_name] Имя
        [family_name] Фамилия
        [position] Должность
        [organisation] Организация
        [country] Страна
        [bio] Биография
        [links] Ссылки
        [photo] Фотография
        [email] Эл. почта
        [status] Статус
        [consent_to_publish] Согласие на публикацию
        [private_notes] Заметки
        [role] Роль
        [category] Категория
        [attended] Присутствие
        [decision] Решение
        [name] Имя
       *[other] { $name }
    }

## К чему относится конфликт: его строка и её название или имя (данные организаторов).
conflict-subject =
    { $thing ->
        [meeting] собрание «{ $name }»
        [entry] пункт «{ $name }»
        [speaker] докладчик { $name }
        [registration] регистрация: { $name }
        [focal_point] координатор { $name }
        [translation] перевод «{ $name }»
        [role] роль
       *[other] { $thing }
    }

## Импорт регистраций из файла.
reg-import-open = Импорт…
reg-import-title = Импорт регистраций
reg-import-intro = Из электронной таблицы или CSV: выгрузка другой системы (Indico, сервис форм, CRM) или список участников. До импорта ничего не записывается.
reg-import-file = Файл
reg-import-file-hint = CSV, Excel (XLSX, XLS) или OpenDocument (ODS)
reg-import-reading = Чтение файла…
reg-import-first-screen = Первые строки. Чтение остальной части файла для итогов и всех проблем…
reg-import-read-failed = Не удалось прочитать файл
reg-import-csv = CSV в кодировке { $encoding }, разделитель { $separator }
reg-import-workbook = Книга { $kind }
reg-import-encoding = Кодировка
reg-import-sheet = Лист
reg-import-sheet-choice = { $name } · { $rows }
reg-import-columns = Поле каждого столбца
reg-import-remembered = Как для последнего файла с такими заголовками.
reg-import-left-out = Не используется
reg-import-duplicates = Строка с адресом регистрации этого мероприятия
reg-import-on-duplicate =
    { $choice ->
        [update] Обновить отличающиеся поля
        [skip] Оставить регистрацию как есть
       *[keep_both] Добавить строку рядом
    }
reg-import-counts = Строк: { $rows } · добавить: { $add } · обновить: { $update } · без изменений: { $unchanged } · пропустить: { $skip } · рядом с совпадением: { $keep_both } · отклонено: { $refused }
reg-import-problems = Проблемы
reg-import-problem = Строка { $row }, { $header }: { $message }
reg-import-problem-row = Строка { $row }: { $message }
reg-import-more-problems = и ещё { $count }
reg-import-skip-row = Пропустить строку { $row }
reg-import-rows = Первые строки в том виде, в каком они будут сохранены
reg-import-row = Строка
reg-import-what = Импорт
reg-import-action =
    { $action ->
        [add] Добавить
        [update] Обновить
        [unchanged] Без изменений
        [skip] Пропустить
        [refused] Отклонена
       *[keep_both] Добавить рядом
    }
reg-import-refused-hint = Исправьте отклонённые строки в файле и выберите его снова или пропустите их.
reg-import-submit = Импортировать
reg-import-importing = Импорт…
reg-import-progress = Записано строк: { $done } из { $total }
reg-import-stop = Остановить, ничего не записывая
reg-import-failed = Не импортировано
reg-import-done = Импортировано: добавлено { $add }, обновлено { $update }. Правка → Отменить вернёт всё обратно.

## Импорт программы из другой системы.
prog-import-open = Импорт…
prog-import-title = Импорт программы
prog-import-intro = Из Indico (выгрузка расписания или мероприятия), программы c3voc (frab, pretalx) или выгрузки Dais. Сессии становятся блоками со своими пунктами, ведущие председательствуют, докладчики выступают; пункт из предыдущего импорта того же источника изменяется, а не копируется. До импорта ничего не записывается.
prog-import-file = Файл
prog-import-file-hint = JSON или XML
prog-import-indico = Или получите её из Indico
prog-import-indico-address = Адрес мероприятия
prog-import-indico-address-hint = Его страница (…/event/1234/) или один из его экспортов
prog-import-indico-token = Токен API
prog-import-indico-token-hint = Для закрытого мероприятия: «Мой профиль → Токены API» в Indico, область read:legacy_api
prog-import-indico-fetch = Получить
prog-import-reading = Чтение файла…
prog-import-read-failed = Не удалось прочитать файл
prog-import-summary = { $format ->
        [indico_timetable] Расписание Indico
        [indico_event] Выгрузка мероприятия Indico
        [schedule_xml] Программа c3voc (XML)
        [schedule_json] Программа c3voc (JSON)
       *[dais] Выгрузка Dais
    }. Пунктов добавить: { $added } · изменить: { $changed } · без изменений: { $unchanged } · новых докладчиков: { $speakers }
prog-import-added = Будут добавлены
prog-import-changed = Будут изменены
prog-import-new-speakers = Новые докладчики
prog-import-field = { $field ->
        [title] название
        [description] описание
        [slot] время или место
        [kind] вид
        [block_id] блок
       *[roles] участники
    }
prog-import-submit = Импортировать
prog-import-importing = Импорт…
prog-import-failed = Не импортировано
prog-import-done = Импортировано: пунктов добавлено — { $added }, изменено — { $changed }. Правка → Отменить вернёт всё обратно.

## The meeting on the organisation's website (WebsiteEmbeds.svelte)
web-title = На сайте вашей организации
web-intro = Вставьте один из этих фрагментов на страницу вашего сайта: он показывает собрание в опубликованном виде и каждую новую версию сразу после публикации.
web-part = { $part ->
    [programme] Программа
    [speakers] Докладчики
   *[registration] Форма регистрации
}
web-copy = Копировать
web-copied = Скопировано.
web-form-origins = Форма регистрации показывается только на сайтах, разрешенных настройками сайта мероприятия (источники встраивания): попросите администратора сайта мероприятия добавить ваш.
web-save-files = Сохранить публичный сайт в файлы…
web-saving = Сохранение…
web-saved = Сохранено файлов: { $files }, в { $path }: любой веб-сервер раздает эту папку как есть.
