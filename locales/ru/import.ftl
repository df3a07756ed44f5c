### Перенос данных из файлов других систем.

## Слова, которыми заголовок файла может называть каждый столбец, помимо его названия в списке участников, через |.
import-column-words =
    { $column ->
        [name] ФИО|Полное имя|Участник
        [given_name] Имя|Имя участника
        [family_name] Фамилия
        [email] Электронная почта|Адрес электронной почты|E-mail|Почта|Эл. почта
        [organisation] Организация|Учреждение|Компания|Место работы|Аффилиация
        [position] Должность|Позиция
        [country] Гражданство|Страна проживания
        [country_code] Код ISO|Код страны
        [category] Категория участника|Тип участника
        [status] Статус регистрации|Состояние|Решение
        [submitted_at] Дата регистрации|Зарегистрирован|Подано
        [decided_by] Кем одобрено
        [decided_at] Дата решения
        [reason] Причина решения
        [consent_to_be_listed] Согласие|В списке
        [attended] Присутствовал|Присутствие|Отметка о прибытии
        [private_notes] Заметки|Комментарии|Примечания
        [source] Происхождение
       *[id] Идентификатор Dais
    }
## Слова, которыми файл может называть каждый статус регистрации, помимо его названия, через |.
import-status-words =
    { $status ->
        [pending] Ожидает оплаты|Не оплачено|Подана|Новая
        [waitlisted] Лист ожидания|Ожидание
        [approved] Завершена|Принята|Подтверждена|Зарегистрирован
        [rejected] Отказано|Отклонена
       *[cancelled] Отозвана|Отменено
    }

## Почему файл нельзя прочитать ($detail: слова системы или программы чтения, на английском).
import-file-io = { $detail }
import-file-too-large = его размер { $size } МБ, больше { $most } МБ, которые читает Dais
import-file-not-a-table = это файл { $kind }, а не электронная таблица и не CSV
import-file-damaged = таблица повреждена или обрезана ({ $detail })
import-file-unknown-encoding = { $encoding } — неизвестная Dais кодировка (попробуйте UTF-8, windows-1252, windows-1251, windows-1256 или GBK)
import-file-not-text = это не текст в прочитанной кодировке: выберите его кодировку или сохраните его заново как CSV (UTF-8)
import-file-csv = CSV составлен неверно ({ $detail })

## Почему файл программы нельзя прочитать.
import-programme-unknown = это не выгрузка Indico (расписание или мероприятие) и не программа c3voc (frab, pretalx)
import-programme-empty = в нём нет ни одного пункта со временем
import-programme-json = его JSON составлен неверно ({ $detail })
import-programme-xml = его XML составлен неверно ({ $detail })
import-programme-entry-type = в нём есть пункт неизвестного Dais вида: { $kind }
import-programme-time = «{ $value }» — не время в понятном Dais виде
import-programme-duration = «{ $value }» — не продолжительность вида 1:30

import-circular-not-docx = это не документ DOCX, который может прочитать Dais
import-circular-pdf = в этом PDF нет текста, который может прочитать Dais (отсканированное письмо?): откройте DOCX циркуляра или вставьте его текст
circular-session = Заседание { $number }
circular-side-event = Сопутствующее мероприятие
circular-contact = Секретариат
import-indico-address = это не адрес мероприятия Indico (…/event/1234/) и не адрес его экспорта (…/export/timetable/1234.json)
import-indico-unreachable = Indico недоступен ({ $reason })
import-indico-token = Indico отклонил токен API: укажите токен, созданный в Indico в разделе «Мой профиль → Токены API», с областью read:legacy_api
import-indico-status = Indico ответил ошибкой { $status }
