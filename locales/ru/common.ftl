### Words every part of Dais shares: the app, the site, the mails, the CLI and the documents (locales/en/common.ftl
### explains each).

language-name = Русский

date-range = с { $first } по { $last }

role =
    { $role ->
        [chair] { $count ->
            [one] Председатель
            [few] Председатели
            [many] Председатели
           *[other] Председатели
        }
        [moderator] { $count ->
            [one] Модератор
            [few] Модераторы
            [many] Модераторы
           *[other] Модераторы
        }
        [keynote] { $count ->
            [one] Основной докладчик
            [few] Основные докладчики
            [many] Основные докладчики
           *[other] Основные докладчики
        }
        [panellist] { $count ->
            [one] Участник дискуссии
            [few] Участники дискуссии
            [many] Участники дискуссии
           *[other] Участники дискуссии
        }
        [rapporteur] { $count ->
            [one] Докладчик
            [few] Докладчики
            [many] Докладчики
           *[other] Докладчики
        }
       *[speaker] { $count ->
            [one] Выступающий
            [few] Выступающие
            [many] Выступающие
           *[other] Выступающие
        }
    }

speaker-status =
    { $status ->
        [confirmed] Подтвердил участие
        [declined] Отказался
       *[invited] Приглашён
    }

registration-status =
    { $status ->
        [waitlisted] Лист ожидания
        [approved] Одобрена
        [rejected] Отклонена
        [cancelled] Отменена
       *[pending] На рассмотрении
    }

participant-category =
    { $category ->
        [member_state_administration] Администрация Государства – Члена МСЭ
        [sector_member] Член Сектора МСЭ-T
        [associate] Ассоциированный член МСЭ-T
        [academia] Академическая организация – Член МСЭ
        [resolution99] Государство Палестина (Резолюция 99)
       *[other_eligible_individual] Частное лицо из Государства – Члена МСЭ
    }

entry-kind =
    { $kind ->
        [block] Блок
        [item] Пункт
        [break] Перерыв
       *[side_event] Параллельное мероприятие
    }

event-kind =
    { $kind ->
        [webinar] Вебинар
        [workshop] Семинар-практикум
        [conference] Конференция
       *[meeting] Собрание
    }
event-format =
    { $format ->
        [virtual] Виртуальный
        [physical] Очный
       *[hybrid] Смешанный
    }

region =
    { $region ->
        [africa] Африка
        [americas] Америка
        [asia] Азия
        [europe] Европа
       *[oceania] Океания
    }

registration-source =
    { $source ->
        [website_form] Форма на сайте
        [manual] Внесена вручную
       *[import] Импортирована
    }

mail-message =
    { $message ->
        [received] заявка получена
        [decision] решение
       *[focal_point] запрос координатору
    }
mail-state =
    { $state ->
        [sent] отправлено
        [retrying] ещё не отправлено (сайт повторит попытку)
       *[failed] не отправлено
    }

## Почему открытый сайт не показывает докладчика: он показывает подтвердивших участие и согласившихся на публикацию.
unlisted-because =
    { $because ->
        [not_confirmed] ещё не подтвердил участие
        [declined] отказался
       *[no_consent] не дал согласия на публикацию
    }
unlisted-separator = {"; "}

## Разделитель списка: «a, b, c».
list-separator = {", "}

## Что проверить перед публикацией (предупреждения программы). Названия и имена — организаторов; $start и $end —
## время там, где находятся зарегистрировавшиеся, в поясе $zone; $countries — страны, из которых они
## зарегистрировались.
warning-overlap = «{ $first }» пересекается с «{ $second }»
warning-double-booked = { $name } одновременно участвует в «{ $first }» и «{ $second }»
warning-outside-block = «{ $item }» выходит за рамки своего заседания «{ $block }»
warning-night = «{ $title }» идёт с { $start } до { $end } { $zone } для { $registrants ->
        [one] { $registrants } зарегистрировавшегося
        [few] { $registrants } зарегистрировавшихся
        [many] { $registrants } зарегистрировавшихся
       *[other] { $registrants } зарегистрировавшегося
    } из: { $countries }

## How a person's name is written: the choice beside the name in a form (by default, as its script writes it: family
## name first for Chinese, Japanese and Korean).
name-order =
    { $order ->
        [given_first] Сначала имя (Ana Ribeiro)
        [family_first] Сначала фамилия (王小明, Kovács János)
       *[by_script] Как принято в его письменности
    }

## A language, as a sentence names it ($code: ar, zh, en, fr, ru, es); language-name is its own name for itself.
language =
    { $code ->
        [ar] арабский
        [zh] китайский
        [en] английский
        [fr] французский
        [ru] русский
       *[es] испанский
    }

## A circular's facts, as the organiser confirms them.
circular-field =
    { $field ->
        [reference] Ссылка
        [issued] Дата письма
        [title] Название
        [format] Формат
        [date] Дата
        [times] Время
        [zone] Часовой пояс
        [languages] Языки
        [registration_required] Регистрация обязательна
        [free_of_charge] Бесплатно
        [phone] Телефон
        [fax] Факс
        [email] Эл. почта
        [short_title] Краткое название
        [venue] Место проведения
        [audience] Кто может принять участие
        [categories] Категории участников
        [registration_deadline] Срок регистрации
       *[side_event] Сопутствующее мероприятие
    }
