### 发布：会议日程从一个版本到下一个版本的变化（网站的“变更”页面及其订阅源、应用的预览、`dais preview`），以及发布后公开的内容。

## 一项变更。$title 为条目标题；$when 为其日期、时间和时区（change-when）；$what 为变更的方面（change-aspect，以
## list-separator 分隔）。
change-first = 第一版：{ $entries } 个条目，{ $speakers } 位发言人
change-facts = 会议信息已更改：{ $what }
change-added = 新增：{ $title }（{ $when }）
change-cancelled = 已取消：{ $title }（原定 { $when }）
change-moved = 已调整：{ $title }，由 { $from } 改至 { $when }
change-retitled = 标题已更改：“{ $from }”改为“{ $title }”
change-changed = 已更改：{ $title }（{ $what }）
change-speaker-added = 新发言人：{ $name }
change-speaker-removed = 不再列出：{ $name }
change-speaker-changed = 发言人 { $name }：{ $what }已更改
change-back = 重新在公开网站上发布
change-when = { $day } { $start }-{ $end } { $zone }
change-aspect =
    { $aspect ->
        [title] 标题
        [short_title] 简称
        [kind] 会议类型
        [format] 形式
        [zone] 时区
        [dates] 日期
        [venue] 地点
        [online_link] 在线参会
        [languages] 语言
        [description] 说明
        [organiser] 主办方
        [audience] 面向对象
        [registration] 注册
        [eligible_categories] 可注册人员
        [contacts] 联系人
        [reference] 参考文件
        [website] 网站
        [part_of] 所属会议
        [side_events] 边会
        [place] 地点
        [session] 会议单元
        [speakers] 发言人
        [name] 姓名
        [position] 职务
        [organisation] 组织
        [country] 国家
        [bio] 简历
        [links] 链接
       *[other] { $aspect }
    }

## 发布后公开的内容（或交给网站自用的内容），按内容类型和字段列出。
preview-part =
    { $part ->
        [meeting] 会议
        [entry] 每个公开条目
        [speaker] 每位已确认并同意公开的发言人
       *[role] 他们在公开条目中的角色
    }
preview-field =
    { $part ->
        [meeting] { $field ->
            [title] 标题
            [short_title] 简称
            [kind] 会议类型
            [format] 形式
            [zone] 时区
            [starts_on] 第一天
            [ends_on] 最后一天
            [venue] 地点
            [languages] 语言
            [description] 说明
            [organiser] 主办方
            [audience] 可参加人员
            [registration] 注册规则（日期、费用、名额）
            [eligible_categories] 与会者类别
            [contacts] 联系人
            [reference] 参考文件
            [website] 网站
            [parent_event_id] 边会所属的会议
            [online_link] 在线参会链接（仅邮寄给已批准的与会者）
            [archived] 是否已归档
           *[other] { $field }
        }
        [entry] { $field ->
            [title] 标题
            [description] 说明
            [slot] 时间和地点
            [kind] 类型（会议单元、议项、休息、边会）
            [block_id] 议项所属的会议单元
            [linked_event_id] 其代表的边会
            [event_id] 所属会议
            [public] 标记为公开
           *[other] { $field }
        }
        [speaker] { $field ->
            [honorific] 称谓
            [given_name] 名
            [family_name] 姓
            [name_order] 姓名顺序
            [position] 职务
            [organisation] 组织
            [country] 国家
            [bio] 简历
            [links] 链接
            [photo] 照片
           *[other] { $field }
        }
       *[role] { $field ->
            [speaker_id] 发言人
            [role] 角色
            [entry_id] 条目
            [event_id] 所属会议
           *[other] { $field }
        }
    }
change-translated = { $language }文本：{ $what }
change-translated-field = “{ $title }”的{ $aspect }
