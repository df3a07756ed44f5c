### Что отклоняют правила Dais и почему: показывается рядом с полем, в диалоговом окне или в командной строке.

## Незаполненное поле.
error-meeting-title-required = укажите название так, как оно приведено в циркуляре
error-short-title-required = укажите краткое название, например U4SSC-10: оно показывается на боковой панели и в списках сайта
error-entry-title-required = укажите название так, как оно показывается в программе
error-given-name-required = необходимо указать имя
error-family-name-required = необходимо указать фамилию
error-speaker-family-name-required = укажите фамилию докладчика
error-organisation-required = необходимо указать организацию
error-name-required = необходимо указать имя
error-date-required = укажите дату, например 2026-03-26
error-time-required = укажите время, например 09:30 или 14:00
error-zone-required = укажите часовой пояс: найдите его по городу или стране (по «Женева» находится Europe/Zurich)

## Значение, которое не подходит.
error-not-an-email = «{ $email }» не является адресом электронной почты
error-not-a-country = «{ $code }» не является страной: выберите страну по названию или укажите её двухбуквенный код (CH)
error-not-a-date = «{ $text }» не является датой; запишите её в виде 2026-03-26
error-not-a-time = «{ $text }» не является временем; запишите его в виде 09:30 или 14:00 (24-часовой формат)
error-unknown-zone = часового пояса «{ $zone }» не существует; найдите его по городу или стране (по «Женева» находится Europe/Zurich)
error-unknown-zone-one = часового пояса «{ $zone }» не существует; возможно, имелся в виду { $meant }?
error-unknown-zone-several = часового пояса «{ $zone }» не существует; возможно, имелся в виду { $meant } или { $last }?
error-time-skipped = времени { $time } не существует { $day } в поясе { $zone }: в этот день часы переводятся вперёд
error-name-too-long = имя содержит не более { $most } символов, в одну строку
error-unreadable-value = это значение невозможно прочитать: { $detail }

## Дни и время.
error-last-day-before-first = последний день раньше первого ({ $first }); укажите тот же или более поздний день
error-registration-closes-before-opening = регистрация закрывается раньше, чем открывается
error-ends-before-start = заканчивается ({ $end }) раньше, чем начинается ({ $start })
error-end-before-start = окончание должно быть позже начала
error-entry-ends-before-start = «{ $entry }» должно заканчиваться после начала

## Блоки и пункты программы.
error-item-without-block = пункт входит в блок
error-block-of-another-meeting = «{ $block }» относится к другому мероприятию
error-not-a-block = «{ $block }» не является блоком
error-outside-block = за пределами своего блока «{ $block }» ({ $start }-{ $end })
error-only-items-in-blocks = в блок может входить только пункт
error-items-outside = его пункты оказались бы за его пределами: { $items }
error-no-such-block = такого блока нет
error-in = { $what }: { $problem }

## Мероприятия и параллельные мероприятия.
error-template-is-side-event = параллельное мероприятие не может служить образцом для мероприятия
error-side-event-starts-blank = параллельное мероприятие создаётся пустым
error-no-such-meeting = мероприятия, в которое оно входило бы, нет в рабочем пространстве
error-side-event-of-side-event = параллельное мероприятие входит в мероприятие, а не в другое параллельное мероприятие
error-side-event-in-programme = пункт программы «{ $entry }» обозначает это параллельное мероприятие: сначала удалите этот пункт

## Докладчики и их роли.
error-speaker-of-another-meeting = докладчик и пункт относятся к разным мероприятиям
error-role-given = у { $speaker } уже есть эта роль в пункте «{ $entry }»

## Фотографии докладчиков.
error-photo-file-too-large = размер файла { $size } МБ; фотография может занимать не более { $most } МБ
error-photo-unreadable = файл невозможно прочитать: { $detail }
error-photo-not-an-image = файл не является изображением: выберите файл JPEG, PNG, WebP или GIF
error-photo-too-many-pixels = изображение слишком большое: не более { $most } пикселей по стороне
error-photo-unsupported = изображение такого типа невозможно прочитать: выберите файл JPEG, PNG, WebP или GIF
error-photo-damaged = изображение повреждено и не может быть прочитано ({ $detail })
error-photo-empty = изображение пустое
error-photo-too-large-to-keep = фотография слишком велика для хранения
error-photo-not-kept-as-jpeg = фотография хранится в формате JPEG, выбранном в приложении

## Регистрации, решения и координаторы.
error-decided-elsewhere = это изменяется не здесь (решение принимается командой decide)
error-email-registered = { $given } { $family } уже зарегистрирован(а) с этим адресом
error-rejection-reason-required = для отказа нужна причина: она сообщается зарегистрировавшемуся
error-no-registration-chosen = не выбрано ни одной регистрации
error-focal-point-stays = координатор остаётся при своём мероприятии
error-focal-point-taken = { $name } уже является координатором по этой стране и категории
error-page-size = на странице от 1 до { $most } строк, а не { $asked }
error-no-column = выберите хотя бы один столбец
error-too-many-columns = слишком много столбцов
error-too-many-rows-for-excel = лист Excel вмещает не более { $most } строк: экспортируйте этот список в CSV

## Изменения, отмена и правки коллег.
error-field-not-changed-here = это поле здесь не изменяется
error-changed-since-opened = изменено другим пользователем после того, как вы открыли форму: { $value }
error-emptied-since-opened = изменено другим пользователем после того, как вы открыли форму: пусто
error-changed-meanwhile = не сохранено: после открытия формы другой пользователь изменил { $fields }; выберите, какое значение сохранить
error-changed-since = «{ $name }» с тех пор изменено другим пользователем
error-erased-since =
    { $kind ->
        [event] мероприятие с тех пор удалено
        [entry] пункт с тех пор удалён
        [speaker] докладчик с тех пор удалён
        [role] роль с тех пор удалена
        [focal_point] координатор с тех пор удалён
        [translation] перевод с тех пор удалён
        [registration] регистрация с тех пор удалена
       *[other] объект ({ $kind }) с тех пор удалён
    }
error-not-undone =
    { $redo ->
        [redo] «{ $step }» не повторено: { $reason }; ничего не изменено
       *[undo] «{ $step }» не отменено: { $reason }; ничего не изменено
    }

## Сайт мероприятия.
error-token-outside = токен этого организатора позволяет изменять только эти мероприятия: { $meetings }; но не этот объект ({ $kind })
error-changed-since-preview = программа изменилась после предварительного просмотра (поступила правка коллеги): ничего не опубликовано; просмотрите её ещё раз
error-rejected = изменение отклонено: { $detail }
error-site-restored = сайт мероприятия утратил изменения, полученные из этого рабочего пространства (он восстановлен из более ранней копии): { $detail }; рабочее пространство отправляет свои данные заново

## Что не найдено.
error-not-found =
    { $kind ->
        [event] нет мероприятия с идентификатором { $id }
        [entry] нет пункта с идентификатором { $id }
        [speaker] нет докладчика с идентификатором { $id }
        [role] нет роли с идентификатором { $id }
        [focal_point] нет координатора с идентификатором { $id }
        [translation] нет перевода с идентификатором { $id }
        [registration] нет регистрации с идентификатором { $id }
        [published_event] нет опубликованного мероприятия с идентификатором { $id }
        [photo] нет фотографии с идентификатором { $id }
        [conflict] нет конфликта с идентификатором { $id }
       *[other] нет объекта ({ $kind }) с идентификатором { $id }
    }

## Рабочее пространство и записываемые файлы.
error-disk-full = диск заполнен: изменение не сохранено, ничего не потеряно
error-write =
    { $what ->
        [participants_list] невозможно записать список участников: { $reason }
        [settings] невозможно записать настройки Dais на этом компьютере: { $reason }
        [site_files] невозможно записать файлы публичного сайта: { $reason }
       *[programme_document] невозможно записать документ программы: { $reason }
    }
error-workspace = невозможно открыть рабочее пространство { $path }: { $reason }
error-corrupt = данные рабочего пространства повреждены: { $detail }
error-database = ошибка базы данных: { $detail }
error-migration = невозможно обновить схему рабочего пространства: { $detail }
error-newer-schema = этот файл записан более новой версией Dais (его схема { $found }; эта версия знает схемы до { $known }): обновите Dais, чтобы открыть его. Файл оставлен без изменений.
error-update-refused = обновление до Dais { $version } отклонено: { $reason }. Ничего не установлено; Dais остаётся прежним.
error-update-check-failed = Dais не удалось узнать у своего канала выпусков, есть ли более новая версия: { $reason }
error-update-failed = не удалось обновить Dais: { $reason }. Dais остаётся прежним.
error-malformed = неверно сформированные данные: { $detail }

## Синхронизация с сайтом мероприятия.
error-sync-offline = нет связи: сайт мероприятия по адресу { $url } недоступен ({ $reason })
error-sync-unauthorized = сайт мероприятия отклонил токен организатора: проверьте его в настройках
error-sync-bad-url = URL сайта «{ $url }» не является допустимым адресом http(s)

## Сообщения приложения.
error-app-internal = приложение неожиданно прервало операцию: { $detail }
error-app-workspace-open = рабочее пространство открыто
error-app-photo-not-sent = файл фотографии не передан
error-app-import-no-file = файл для импорта не выбран или уже закрыт: выберите его снова
error-app-import-no-meeting = не передано, в какое мероприятие импортировать программу
error-app-photo-speaker-not-sent = не указано, чья это фотография
error-app-no-site = сайт мероприятия не задан: добавьте его адрес и ваш токен организатора в настройках
error-app-closing = приложение закрывается
error-app-token-required = необходим токен организатора: его создаёт для вас администратор сайта
error-app-not-a-site-page = { $url } не является страницей сайта мероприятия
error-app-browser = не удалось открыть браузер: { $detail }
error-not-translated = поле { $field } не переводится; переводятся только название, краткое название, описание, аудитория и место собрания, а также название и описание пункта программы
error-translation-language = укажите перевод на одном из шести языков
error-translation-id = идентификатор перевода составляется из записи, поля и языка
error-publish-side-event = { $title } — параллельное мероприятие: оно публикуется вместе со своим собранием, { $meeting }

## Импортируемые файлы.
error-unreadable = не удаётся прочитать { $file }: { $reason }
error-import-no-sheet = в файле нет такого листа
error-import-empty = лист пуст: в нём нет строки заголовков
error-import-columns = полям сопоставлено столбцов: { $given }, а в файле их { $headers }
error-import-at-cell = { $header }: { $problem }
error-import-same-email = тот же адрес, что в строке { $row }: пропустите одну или сохраните обе
error-import-country = «{ $value }» — неизвестная Dais страна: напишите её название на одном из шести языков или её код ISO
error-import-category = «{ $value }» — не категория участников
error-import-status = «{ $value }» — не статус регистрации
error-import-time = «{ $value }» — не дата и время в понятном Dais виде, например 2026-03-02 09:30
error-import-yes-no = «{ $value }» — ни «да», ни «нет»
error-import-id = «{ $value }» — не идентификатор регистрации Dais
error-import-formula = начинается как формула электронной таблицы: сохранено как текст
error-circular-needed = в письме этого нет: укажите, чтобы создать собрание
error-circular-two-values = в письме два значения: оставьте верное
error-circular-date = укажите день в виде ГГГГ-ММ-ДД, например 2025-10-31
error-circular-times = укажите время в виде ЧЧ:ММ-ЧЧ:ММ, например 11:00-12:00
error-circular-side-event = укажите день, время и название, например 2025-10-31 12:00-13:00 Вебинар
error-circular-unknown = «{ $value }» — значение, неизвестное Dais
error-cancelled = остановлено до конца: ничего не записано
