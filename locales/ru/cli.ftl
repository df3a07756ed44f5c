### Что командная строка `dais` выводит для людей (с `--json` — только сообщения об ошибках).
### Заголовки столбцов — прописными буквами, как в таблицах терминала.

## Ошибки.
cli-invalid-input = неверные данные:
cli-error-initialised = рабочее пространство { $path } уже инициализировано: в нём есть { $events }; `dais init` его не изменяет
cli-error-no-meeting = в рабочем пространстве { $path } нет мероприятий; `dais init --demo` создаёт демонстрационное мероприятие
cli-error-io = невозможно записать { $path }: { $reason }
cli-error-no-site = у этого рабочего пространства ещё нет сайта мероприятия: `dais site --url URL --token ТОКЕН`
cli-error-unconfirmed = не опубликовано: в программе есть предупреждения ({ $warnings }); `--yes` публикует несмотря на них

## Сделано.
cli-saved = Сохранено: { $what } ({ $id })
cli-deleted = Удалено: { $what } ({ $id })
cli-role-saved = Сохранено: { $speaker } — { $role } в пункте { $entry } ({ $id })
cli-role-removed = { $speaker } больше не { $role } в пункте { $entry } ({ $id })
cli-entry-no-roles = В пункте { $entry } пока никого нет; `dais entry role add` назначает роль.
cli-meeting-no-roles = В мероприятии { $meeting } пока ни у кого нет роли.
cli-archived = В архиве: { $what } ({ $id })
cli-unarchived = Возвращено из архива: { $what } ({ $id })
cli-exported = { $meeting } экспортировано в { $file }

## Что командная строка отклоняет.
cli-capacity-not-a-number = вместимость — это число человек
cli-delete-meeting-unconfirmed = { $meeting } будет удалено вместе с программой, докладчиками и регистрациями: добавьте --yes

## Программа и её публикация.
cli-programme-written = Программа мероприятия { $meeting } записана в { $file }
cli-no-zone-found = По запросу «{ $search }» часовой пояс не найден: попробуйте город или страну
cli-publish-unchanged = Ничего не изменилось: версия { $version } остаётся опубликованной: { $page }
cli-published = Опубликована версия { $version }: { $page }
cli-withdrawn = { $meeting } снято с публичного сайта до следующей публикации
cli-not-withdrawn = { $meeting } не было на публичном сайте

## Регистрации.
cli-decided =
    { $count ->
        [one] { $status }: { $count } регистрация, решение принял(а) { $by }
        [few] { $status }: { $count } регистрации, решение принял(а) { $by }
        [many] { $status }: { $count } регистраций, решение принял(а) { $by }
       *[other] { $status }: { $count } регистрации, решение принял(а) { $by }
    }
cli-registration-saved = Регистрация { $given } { $family } сохранена ({ $id })
cli-registration-erased = Регистрация { $given } { $family } удалена ({ $id }); она исчезнет с сайта мероприятия при следующей синхронизации
cli-list-format-unknown = { $file } — не файл .csv и не .xlsx: укажите --format
cli-xlsx-needs-file = файл XLSX записывается в файл: укажите --out ФАЙЛ
cli-list-written =
    { $count ->
        [one] Список участников мероприятия { $meeting } записан: { $count } строка в { $file }
        [few] Список участников мероприятия { $meeting } записан: { $count } строки в { $file }
        [many] Список участников мероприятия { $meeting } записан: { $count } строк в { $file }
       *[other] Список участников мероприятия { $meeting } записан: { $count } строки в { $file }
    }
cli-list-printed =
    { $count ->
        [one] Список участников мероприятия { $meeting } выведен: { $count } строка в стандартный вывод
        [few] Список участников мероприятия { $meeting } выведен: { $count } строки в стандартный вывод
        [many] Список участников мероприятия { $meeting } выведен: { $count } строк в стандартный вывод
       *[other] Список участников мероприятия { $meeting } выведен: { $count } строки в стандартный вывод
    }
cli-error-offline =
    { $count ->
        [one] нет связи: сайт мероприятия по адресу { $url } недоступен ({ $reason }); ожидает { $count } изменение
        [few] нет связи: сайт мероприятия по адресу { $url } недоступен ({ $reason }); ожидают { $count } изменения
        [many] нет связи: сайт мероприятия по адресу { $url } недоступен ({ $reason }); ожидают { $count } изменений
       *[other] нет связи: сайт мероприятия по адресу { $url } недоступен ({ $reason }); ожидают { $count } изменения
    }

## Докладчики.
cli-photo-unreadable = { $file } невозможно прочитать: { $reason }
cli-photo-saved = Фотография докладчика { $speaker } сохранена ({ $id })
cli-photo-removed = Фотография докладчика { $speaker } удалена ({ $id })

## Сайт мероприятия и синхронизация.
cli-site-keychain = Сайт { $url }; токен хранится в связке ключей системы
cli-site-token-file = Сайт { $url }; токен хранится в { $file } (связки ключей здесь нет)
cli-shared = { $meeting } открыто для совместной работы: попадёт на сайт мероприятия при следующей синхронизации
cli-shared-already = { $meeting } уже открыто для совместной работы
cli-restored = Восстановлено; остальные получат это при следующей синхронизации
cli-error-no-workspace = невозможно открыть рабочее пространство { $path }: его там нет; `dais init` создаёт его

## Отмена и повтор.
cli-undo-state = Отменить: { $undo }
    Повторить: { $redo }
cli-undo-nothing = нечего
cli-undone = Отменено: { $step }
cli-redone = Повторено: { $step }
cli-nothing-to-undo = В { $meeting } нечего отменять
cli-nothing-to-redo = В { $meeting } нечего повторять

## Рабочее пространство.
cli-init =
    { $done ->
        [initialised] Рабочее пространство { $path } инициализировано
       *[created] Рабочее пространство { $path } создано
    }
cli-init-demo =
    { $done ->
        [initialised] Рабочее пространство { $path } инициализировано, с демонстрационным мероприятием { $meeting } ({ $id })
       *[created] Рабочее пространство { $path } создано, с демонстрационным мероприятием { $meeting } ({ $id })
    }
cli-organiser = Решения записываются от имени { $name }

## Координаторы.
cli-focal-point-saved = Координатор { $name } изменён ({ $id })
cli-focal-point-removed = Координатор { $name } удалён ({ $id })

## Заголовки столбцов.
cli-column-id = ИД
cli-column-meeting = МЕРОПРИЯТИЕ
cli-column-side-event = ПАРАЛЛЕЛЬНОЕ МЕРОПРИЯТИЕ
cli-column-date = ДАТА
cli-column-zone = ЧАСОВОЙ ПОЯС
cli-column-name = ИМЯ
cli-column-organisation = ОРГАНИЗАЦИЯ
cli-column-country = СТРАНА
cli-column-status = СТАТУС
cli-column-consent = СОГЛАСИЕ
cli-column-public-site = ПУБЛИЧНЫЙ САЙТ
cli-column-role = РОЛЬ
cli-column-speaker = ДОКЛАДЧИК
cli-column-entry = ПУНКТ
cli-column-category = КАТЕГОРИЯ
cli-column-email = ЭЛ. ПОЧТА
cli-column-when = КОГДА
cli-column-state = СОСТОЯНИЕ

## Списки.
cli-no-meetings = Мероприятий пока нет; `dais init --demo` создаёт демонстрационное мероприятие.
cli-no-side-events = У { $meeting } нет параллельных мероприятий; `dais meeting new --part-of { $id }` создаёт одно.
cli-archived-meeting = { $meeting } (в архиве)
cli-no-speakers = Докладчиков пока нет.
cli-yes = да
cli-no = нет
cli-left-out = не показан: { $reason }
cli-listed = показан
cli-moved = { $entry } ({ $id }) перенесено на { $start } - { $end }
cli-no-registrations = Регистраций пока нет.
cli-no-registration-matches =
    { $count ->
        [one] Ни одна из { $count } регистрации не подходит.
        [few] Ни одна из { $count } регистраций не подходит.
        [many] Ни одна из { $count } регистраций не подходит.
       *[other] Ни одна из { $count } регистрации не подходит.
    }
cli-status-count = { $status }: { $count }
cli-registrations-matching =
    { $count ->
        [one] { $matching } из { $count } регистрации: { $counts }
        [few] { $matching } из { $count } регистраций: { $counts }
        [many] { $matching } из { $count } регистраций: { $counts }
       *[other] { $matching } из { $count } регистрации: { $counts }
    }
cli-registrations-count =
    { $count ->
        [one] { $count } регистрация
        [few] { $count } регистрации
        [many] { $count } регистраций
       *[other] { $count } регистрации
    }
cli-by-status = По статусу
cli-by-category = По категории
cli-by-region = По региону
cli-elsewhere = Другие
cli-by-country = По стране
cli-by-day = По дню подачи заявки
cli-no-focal-points = У { $meeting } нет координаторов: организаторы решают по каждой заявке. `dais focal-point add` добавляет координатора.
cli-any-category = любая

## Программа.
cli-times-in-zone = Время в поясе { $zone }.
cli-times-in-two-zones = Время в поясе { $zone }, рядом — в поясе { $viewer }.
cli-no-entries = Пунктов пока нет.
cli-draft-entry = { $entry } [черновик]
cli-warnings = Предупреждения:

## Одна регистрация.
cli-submitted = Подана { $when } ({ $source })
cli-notes = Заметки: { $notes }
cli-mail = Письмо: { $message }, { $state }, { $when }
cli-mail-failed = Письмо: { $message }, { $state }, { $when }: { $error }
cli-decisions = Решения:
cli-decision = { $status }  { $when }  принял(а) { $by }
cli-decision-reason = { $status }  { $when }  принял(а) { $by }: { $reason }

## Синхронизация и конфликты.
cli-synced =
    { $conflicts ->
        [0] Синхронизировано: отправлено изменений — { $sent }, получено строк — { $received }
        [one] Синхронизировано: отправлено изменений — { $sent }, получено строк — { $received }, { $conflicts } новый конфликт (см. `dais conflicts`)
        [few] Синхронизировано: отправлено изменений — { $sent }, получено строк — { $received }, { $conflicts } новых конфликта (см. `dais conflicts`)
        [many] Синхронизировано: отправлено изменений — { $sent }, получено строк — { $received }, { $conflicts } новых конфликтов (см. `dais conflicts`)
       *[other] Синхронизировано: отправлено изменений — { $sent }, получено строк — { $received }, новых конфликтов — { $conflicts } (см. `dais conflicts`)
    }
cli-site-was-restored = Сайт мероприятия был восстановлен из более ранней копии: данные этого рабочего пространства отправлены на него заново, а его данные загружены повторно.
cli-no-site-set = нет (задайте его командой `dais site`)
cli-status = Сайт мероприятия: { $site }
    Ожидающие изменения: { $waiting }
cli-no-conflicts = Конфликтов нет
cli-conflict-settled = { $id } (урегулирован)
cli-conflict = { $field } в { $subject }: значение { $value } ({ $author }, { $lost_at }) уступило значению { $winner_value } ({ $winner_author }, { $won_at })

## Предварительный просмотр и опубликованные версии.
cli-preview-public = Публике видна версия { $version }. Публикация создаст версию { $next }:
cli-preview-first = Пока ничего не опубликовано. Публикация создаст версию 1:
cli-preview-withdrawn = Мероприятие снято с публичного сайта. Публикация создаст версию { $next }:
cli-preview-nothing-changed = ничего не изменилось
cli-preview-unlisted-speakers = Докладчики, не показанные на публичном сайте (там показаны подтвердившие участие и согласившиеся на публикацию):
cli-preview-public-fields = Что станет публичным (ни адресов электронной почты, ни личных заметок, ни регистраций):
cli-preview-kept-fields = Что сайт хранит для своей работы и никогда не показывает:
cli-preview-not-shared = Это мероприятие есть только на этом компьютере: публикация передаёт его на сайт мероприятия.
cli-preview-error = { $problem } (это препятствует публикации)
cli-not-published = { $meeting } не опубликовано (версии приходят при каждой синхронизации)
cli-version-withdrawn = Снято с публичного сайта { $when }, { $by }
cli-version = Версия { $version }, { $when }, { $by }
cli-version-public = { $meeting }: опубликована версия { $version }.
cli-not-published-yet = { $meeting }: ещё не опубликовано.
cli-entry-published = опубликовано в версии { $version }
cli-entry-changed-since = изменено после версии { $version }
cli-entry-new = новое: будет добавлено при следующей публикации
cli-entry-held-back = не публикуется: его блок — черновик
cli-entry-draft = черновик
cli-translated = Поле «{ $field }» теперь дано на другом языке: { $language }
cli-untranslated = Поле «{ $field }» больше не дано на другом языке: { $language }; его читатели видят оригинал
cli-no-translations = Тексты этого собрания не даны на других языках

## dais registration import
cli-import-csv = { $file }: CSV в кодировке { $encoding }, разделитель { $separator }
cli-import-workbook = { $file }: книга { $kind }
cli-import-sheet = лист { $number }, { $name }: строк — { $rows }
cli-import-left-out = (не используется)
cli-import-counts = Строк: { $rows }. Добавлено: { $add }. Обновлено: { $update }. Без изменений: { $unchanged }. Пропущено: { $skip }. Сохранено рядом с совпадением: { $keep_both }. Отклонено: { $refused }.
cli-import-problem = строка { $row }, { $header }: { $problem }
cli-import-problem-row = строка { $row }: { $problem }
cli-import-more-problems = и ещё { $count }
cli-import-done = Импортировано в { $meeting } (один шаг для dais undo).
cli-import-no-header = в файле нет столбца с заголовком «{ $header }»
cli-import-row = «{ $given }» — не номер строки с действием, например 7=skip (add, update, skip или keep_both)
cli-import-map = «{ $given }» — не заголовок с полем, например Affiliation=organisation или Notes=none

## dais import-programme
cli-programme-import-would = Будет импортировано в { $meeting }: пунктов добавлено — { $added }, изменено — { $changed }, без изменений — { $unchanged }; новых докладчиков — { $speakers }.
cli-programme-import-done = Импортировано в { $meeting } (один шаг для dais undo): пунктов добавлено — { $added }, изменено — { $changed }, без изменений — { $unchanged }; новых докладчиков — { $speakers }.

## dais meeting read-circular
cli-circular-missing = В письме не указано: { $field }. Укажите при создании мероприятия.
# dais site-files: the public site written as files.
cli-site-files = Записано файлов: { $files }, в { $folder }: любой веб-сервер раздает эту папку как есть.
