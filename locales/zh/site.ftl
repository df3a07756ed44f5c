## The event site's public pages (crates/site): their frame, the meeting's pages, the pages the mails' links open,
## the error pages and the feeds' fixed words.

## The frame of every page.
site-skip-to-content = 跳到主要内容
site-nav-meeting = 会议
site-nav-languages = 语言
site-nav-about = 简介
site-nav-programme = 日程
site-nav-speakers = 发言人
site-nav-changes = 变更
site-nav-register = 注册
site-meetings = 会议
site-all-meetings = 所有会议
# A page's title in the browser's tab: the page, then the meeting's short title.
site-page-title = { $page } - { $meeting }
site-back-to = 返回{ $meeting }
site-feeds = 日程订阅：
site-feed-calendar = 日历（iCalendar）
site-feed-frab-json = 日程表（frab JSON）
site-feed-frab-xml = 日程表（frab XML）
site-feed-atom = 变更（Atom）
site-feed-data = 数据（JSON）

## An instant as people at the meeting read it: "Friday, 31 October 2025, 11:00 CET".
site-instant = { $date } { $time } { $zone }
# A time on another day than the row's: "Sat 1 Nov, 00:30".
site-time-on-day = { $day } { $time }

## The list of meetings.
site-no-meetings = 本网站尚未发布任何会议。

## A meeting's home page.
site-format =
    { $format ->
        [virtual] 虚拟（仅限线上）
        [physical] 现场
       *[hybrid] 混合（现场和线上）
    }
site-part-of = 隶属于：
site-fact-date = 日期
site-fact-time = 时间
site-fact-format = 形式
site-fact-venue = 地点
site-fact-remote = 远程参会
site-remote-link = 参会链接将通过电子邮件发送给获批准的与会者。
site-fact-languages =
    { $count ->
       *[other] 语言
    }
site-fact-organiser = 主办方
site-fact-reference = 参考文件
site-fact-website = 网站
# The programme's hours: "10:00 - 17:30 CET (Europe/Zurich)".
site-hours = { $start } - { $end } { $zone }（{ $place }）
# A language of the meeting, by its name.
site-language =
    { $language ->
        [ar] 阿拉伯文
        [zh] 中文
        [fr] 法文
        [ru] 俄文
        [es] 西班牙文
       *[en] 英文
    }
site-see-programme = 查看日程
site-who-may-take-part = 谁可以参加
site-open-to = 以下人员可以注册：
site-registration = 注册
site-registration-terms =
    { $mandatory ->
        [yes] { $free ->
            [yes] 必须注册。免费参加。
           *[no] 必须注册。
        }
       *[no] { $free ->
            [yes] 注册为自愿。免费参加。
           *[no] 注册为自愿。
        }
    }
site-registration-opens = 注册开始时间：{ $when }。
site-registration-closes = 注册截止时间：{ $when }。
site-registration-not-open = 注册尚未开放
site-registration-closed = 注册已截止
site-side-events = 会外活动
site-contact = 联系方式
site-contact-email = 电子邮件：
site-contact-phone = 电话：
site-contact-fax = 传真：

## The programme.
site-version = 第 { $version } 版
site-version-published = 第 { $version } 版，发布于 { $when }。
site-version-withdrawn = 已于 { $when } 从本网站撤下
site-what-changed = 变更内容
site-zone-note = 所有时间均为 { $zone }（{ $place }）。
site-zone-note-two = 所有时间均为 { $zone }（{ $place }），旁边列出 { $viewer } 时间。
site-zone-label = 同时显示以下时区的时间
site-zone-only = （仅 { $zone }）
site-zone-show = 显示
site-zone-mine = 以我的时区显示时间
site-zone-mine-too = 同时以我的时区显示时间（{ $zone }）
site-zone-unknown = 这不是一个时区：请从列表中选择。
site-no-programme = 日程尚未发布。
site-session = 会议环节
site-side-event = 会外活动
# Before the names of those who hold a role on an entry: "Chairs:".
site-role-label = { $role }：
site-download-document = 下载日程文件：
site-to-print = 用于打印
site-add-to-calendar = 将日程添加到日历：
site-for-schedule-apps = 日程应用程序，frab：
site-as-data = 数据：

## The speakers.
site-no-speakers = 发言人尚未公布。
# When a speaker's session takes place: "11:00 - 12:00 CET, Fri 31 Oct".
site-session-when = { $day } { $start } - { $end } { $zone }

## The changes.
site-changes-title = 日程变更
site-changes-intro = 本网站显示第 { $version } 版。组织方发布的各个版本按时间由新到旧列于下方，并注明各版本的变更内容。可在订阅阅读器中关注变更：

## Error pages.
site-error-not-found-title = 未找到页面
site-error-not-found = 本网站没有此页面。
site-error-bad-request-title = 无法响应此请求
site-error-internal-title = 出现错误
site-error-internal = 网站暂时无法响应。请稍后再试。

## The pages the links of the site's mails open.
site-link-expired = 此链接已过期
site-link-invalid = 此链接无效
site-confirm-title = 确认您的申请
site-confirm-ask = 请确认 { $name } 以此地址申请参会：确认后，申请将转交组织方。
site-confirm-button = 确认我的申请
site-confirm-expired = 申请未在规定时间内确认，因此未予保留。请重新提交注册表。
site-confirm-invalid = 此链接可能已被使用：每份申请只能确认一次。如果您尚未确认，请重新提交注册表。
site-confirm-registered-already = 此地址已注册
site-confirm-registered-already-detail = 此前已使用此地址注册本次会议：该注册继续有效，未作任何更改。
site-confirm-waitlisted = 您的申请已列入候补名单
site-confirm-waitlisted-detail = 名额已满：您的申请已列入候补名单，如有空缺，我们将通过电子邮件通知您。
site-confirm-done = 您的申请已确认
site-confirm-done-detail = 该申请有待您所在主管部门或组织的联络人批准：决定将通过电子邮件通知您。
site-cancel-title = 取消注册
site-cancel-ask = 是否取消 { $name } 的注册？组织方将收到通知，您的名额将转给候补名单上的人员。
site-cancel-button = 取消我的注册
site-cancel-done = 您的注册已取消
site-cancel-nothing-more = 无需再做任何操作。
site-cancel-done-detail = 已通知组织方。如果您改变主意，请与他们联系。
site-cancel-invalid = 请使用您收到的有关注册的最新邮件中的链接。

## A focal point's page.
site-focal-requests = 申请
site-focal-heading = 来自{ $administration }的申请
# "Switzerland (ITU Member State administration)".
site-administration = { $country }（{ $category }）
site-focal-intro = { $name }，作为{ $administration }的联络人，您负责批准或拒绝参加本次会议的申请。您的决定将转交组织方，每位注册人将通过电子邮件收到通知。此页面仅供您本人使用：其地址有效期至 { $expires }。
site-focal-none = 没有等待您决定的申请。
site-focal-waiting =
    { $count ->
       *[other] 等待您决定的申请（{ $count }）
    }
site-focal-organisation = 组织
site-focal-position = 职务
site-focal-category = 类别
site-focal-email = 电子邮件
site-focal-asked = 申请时间
site-focal-approve = 批准
site-focal-reason = 拒绝理由
site-focal-reject = 拒绝
site-focal-choose = 请选择“批准”或“拒绝”。
site-focal-reason-needed = 拒绝申请时，请说明理由：理由将告知注册人。
site-focal-not-waiting = 该申请不在等待您决定之列：已作出决定，或并非来自您的主管部门。
site-focal-link-expired = 每封有关新申请的邮件都会附带新链接；您也可以向会议组织方索取。
site-focal-link-invalid = 请使用本网站作为联络人发给您的最新邮件中的链接。

## The feeds' fixed words (the organisers' words stay as they typed them).
site-feed-cancelled = 已取消：{ $title }
# A line of an entry's description in a calendar: "Chair: Ms Ana Ribeiro".
site-feed-role = { $role }：{ $name }
site-feed-atom-title = { $meeting } 日程：变更
# The room of the entries that name none, in a schedule app.
site-feed-main-room = 主会议室

## The meeting's pages inside another website (embed.rs, dais_wire::embed)
embed-link = { $part ->
    [programme] { $meeting } 议程
    [speakers] { $meeting } 发言人
   *[registration] 报名参加 { $meeting }
}
embed-on-the-site = { $part ->
    [programme] 会议网站上的议程
   *[speakers] 会议网站上的发言人
}
embed-form-title = { $meeting } 报名表
# The static export without a live site: the home page says where registration goes instead of a button.
site-files-no-form = 这些页面不接受报名：如需报名，请致函会议秘书处。
# The folder the app saves the public site's files in (Downloads).
site-files-folder = { $meeting } 公共网站
