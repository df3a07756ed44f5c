### Публикация: что изменилось от одной версии программы собрания к следующей (страница «Изменения» на сайте и её
### лента, предварительный просмотр в приложении, `dais preview`), и что публикация делает открытым.

## Изменение. $title — название пункта; $when — его день, время и часовой пояс (change-when); $what — что изменилось
## (change-aspect через list-separator).
change-first = Первая версия: { $entries ->
        [one] { $entries } пункт
        [few] { $entries } пункта
        [many] { $entries } пунктов
       *[other] { $entries } пункта
    } и { $speakers ->
        [one] { $speakers } докладчик
        [few] { $speakers } докладчика
        [many] { $speakers } докладчиков
       *[other] { $speakers } докладчика
    }
change-facts = Изменено в собрании: { $what }
change-added = Новое: { $title } ({ $when })
change-cancelled = Отменено: { $title } (было { $when })
change-moved = Перенесено: { $title } с { $from } на { $when }
change-retitled = Новое название: «{ $from }» теперь «{ $title }»
change-changed = Изменено: { $title } ({ $what })
change-speaker-added = Новый докладчик: { $name }
change-speaker-removed = Больше нет в списке: { $name }
change-speaker-changed = Докладчик { $name }: изменено: { $what }
change-back = Снова на открытом сайте
change-when = { $day } { $start }-{ $end } { $zone }
change-aspect =
    { $aspect ->
        [title] название
        [short_title] краткое название
        [kind] вид собрания
        [format] формат
        [zone] часовой пояс
        [dates] даты
        [venue] место проведения
        [online_link] дистанционное участие
        [languages] языки
        [description] описание
        [organiser] организатор
        [audience] для кого
        [registration] регистрация
        [eligible_categories] кто может зарегистрироваться
        [contacts] контакты
        [reference] ссылка на документ
        [website] веб-сайт
        [part_of] собрание, частью которого оно является
        [side_events] параллельные мероприятия
        [place] место
        [session] заседание
        [speakers] докладчики
        [name] имя
        [position] должность
        [organisation] организация
        [country] страна
        [bio] биография
        [links] ссылки
       *[other] { $aspect }
    }

## Что публикация делает открытым (или передаёт сайту для его собственной работы), по видам и полям.
preview-part =
    { $part ->
        [meeting] Собрание
        [entry] Каждый открытый пункт
        [speaker] Каждый подтверждённый докладчик, давший согласие
       *[role] Их роли в открытых пунктах
    }
preview-field =
    { $part ->
        [meeting] { $field ->
            [title] название
            [short_title] краткое название
            [kind] вид собрания
            [format] формат
            [zone] часовой пояс
            [starts_on] первый день
            [ends_on] последний день
            [venue] место проведения
            [languages] языки
            [description] описание
            [organiser] организатор
            [audience] кто может участвовать
            [registration] правила регистрации (даты, плата, места)
            [eligible_categories] категории участников
            [contacts] контакты
            [reference] справочный документ
            [website] веб-сайт
            [parent_event_id] собрание, частью которого является параллельное мероприятие
            [online_link] ссылка для дистанционного участия (только утверждённым участникам по почте)
            [archived] находится ли в архиве
           *[other] { $field }
        }
        [entry] { $field ->
            [title] название
            [description] описание
            [slot] время и место
            [kind] вид (заседание, пункт, перерыв, параллельное мероприятие)
            [block_id] заседание, в которое входит пункт
            [linked_event_id] параллельное мероприятие, которое он представляет
            [event_id] собрание, к которому он относится
            [public] отмечен как открытый
           *[other] { $field }
        }
        [speaker] { $field ->
            [honorific] обращение
            [given_name] имя
            [family_name] фамилия
            [name_order] порядок имени
            [position] должность
            [organisation] организация
            [country] страна
            [bio] биография
            [links] ссылки
            [photo] фотография
           *[other] { $field }
        }
       *[role] { $field ->
            [speaker_id] докладчик
            [role] роль
            [entry_id] пункт
            [event_id] собрание, к которому она относится
           *[other] { $field }
        }
    }
change-translated = Тексты ({ $language }): { $what }
change-translated-field = { $aspect } «{ $title }»
