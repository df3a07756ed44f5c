### Words every part of Dais shares: the app, the site, the mails, the CLI and the documents (locales/en/common.ftl
### explains each).

language-name = 中文

date-range = { $first }至{ $last }

role =
    { $role ->
        [chair] { $count ->
           *[other] 主席
        }
        [moderator] { $count ->
           *[other] 主持人
        }
        [keynote] { $count ->
           *[other] 主旨发言人
        }
        [panellist] { $count ->
           *[other] 小组成员
        }
        [rapporteur] { $count ->
           *[other] 报告人
        }
       *[speaker] { $count ->
           *[other] 发言人
        }
    }

speaker-status =
    { $status ->
        [confirmed] 已确认
        [declined] 已谢绝
       *[invited] 已邀请
    }

registration-status =
    { $status ->
        [waitlisted] 候补名单
        [approved] 已批准
        [rejected] 已拒绝
        [cancelled] 已取消
       *[pending] 待定
    }

participant-category =
    { $category ->
        [member_state_administration] 国际电联成员国主管部门
        [sector_member] ITU-T部门成员
        [associate] ITU-T部门准成员
        [academia] 国际电联学术成员
        [resolution99] 巴勒斯坦国（第99号决议）
       *[other_eligible_individual] 来自国际电联成员国的个人
    }

entry-kind =
    { $kind ->
        [block] 板块
        [item] 议项
        [break] 休息
       *[side_event] 会外活动
    }

event-kind =
    { $kind ->
        [webinar] 网络研讨会
        [workshop] 讲习班
        [conference] 大会
       *[meeting] 会议
    }
event-format =
    { $format ->
        [virtual] 线上
        [physical] 线下
       *[hybrid] 线上线下结合
    }

region =
    { $region ->
        [africa] 非洲
        [americas] 美洲
        [asia] 亚洲
        [europe] 欧洲
       *[oceania] 大洋洲
    }

registration-source =
    { $source ->
        [website_form] 网站表格
        [manual] 手工录入
       *[import] 导入
    }

mail-message =
    { $message ->
        [received] 已收到申请
        [decision] 决定
       *[focal_point] 致联络人的请求
    }
mail-state =
    { $state ->
        [sent] 已发送
        [retrying] 尚未发送（网站将重试）
       *[failed] 未发送
    }

## 公开网站不列出某位发言人的原因：网站只列出已确认并同意公开的发言人。
unlisted-because =
    { $because ->
        [not_confirmed] 尚未确认
        [declined] 已谢绝
       *[no_consent] 未同意公开
    }
unlisted-separator = {"；"}

## 列表的分隔符：“甲、乙、丙”。
list-separator = {"、"}

## 发布前需检查的事项（日程的提醒）。标题和姓名由组织方填写；$start 和 $end 为注册者所在地的时间，时区为 $zone；
## $countries 为其注册所在的国家。
warning-overlap = “{ $first }”与“{ $second }”时间重叠
warning-double-booked = { $name }同时出现在“{ $first }”和“{ $second }”中
warning-outside-block = “{ $item }”不在其所属会议单元“{ $block }”的时间内
warning-night = 对于来自{ $countries }的 { $registrants } 位注册者，“{ $title }”在当地时间 { $start }–{ $end } { $zone }

## How a person's name is written: the choice beside the name in a form (by default, as its script writes it: family
## name first for Chinese, Japanese and Korean).
name-order =
    { $order ->
        [given_first] 名在前（Ana Ribeiro）
        [family_first] 姓在前（王小明、Kovács János）
       *[by_script] 按其文字的习惯
    }

## A language, as a sentence names it ($code: ar, zh, en, fr, ru, es); language-name is its own name for itself.
language =
    { $code ->
        [ar] 阿拉伯文
        [zh] 中文
        [en] 英文
        [fr] 法文
        [ru] 俄文
       *[es] 西班牙文
    }

## A circular's facts, as the organiser confirms them.
circular-field =
    { $field ->
        [reference] 文号
        [issued] 发文日期
        [title] 标题
        [format] 形式
        [date] 日期
        [times] 时间
        [zone] 时区
        [languages] 语言
        [registration_required] 须注册
        [free_of_charge] 免费
        [phone] 电话
        [fax] 传真
        [email] 电子邮件
        [short_title] 简称
        [venue] 地点
        [audience] 可参加者
        [categories] 与会者类别
        [registration_deadline] 注册截止日期
       *[side_event] 会外活动
    }
