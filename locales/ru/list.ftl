list-column =
    { $column ->
        [name] Имя и фамилия
        [given_name] Имя
        [family_name] Фамилия
        [email] Электронная почта
        [organisation] Организация
        [position] Должность
        [country] Страна
        [country_code] Код страны
        [category] Категория
        [status] Статус
        [submitted_at] Подана
        [decided_by] Кем принято решение
        [decided_at] Дата решения
        [reason] Причина
        [source] Источник
        [consent_to_be_listed] Согласие на включение в список
        [attended] Присутствовал(а)
        [private_notes] Служебные заметки
       *[id] Идентификатор регистрации
    }
# A time column's header names the time zone its times are in, since a spreadsheet's dates have none.
list-column-in-zone = { $column } ({ $zone })
list-yes = Да
list-no = Нет
# The sheet's name in the XLSX file.
list-sheet = Участники

## A saved participants list's file name, before its extension ($day: YYYY-MM-DD).
list-file-name = { $meeting } участники { $day }
