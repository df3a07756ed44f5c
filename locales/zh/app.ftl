app-language-not-kept = 已切换语言，但无法保存到下次启动：{ $reason }

## 窗口：侧栏及其视图
app-workspace-unread = 无法读取工作区
app-workspace-unread-because = 无法读取工作区：{ $reason }
app-workspace-opened = 已打开新工作区：{ $path }
app-zones-unread = 无法加载时区
app-meeting = 会议
app-archived = 已归档
app-new-meeting = 新建会议…
app-views = 视图
app-workspace = 工作区
app-view = { $view ->
    [event] 活动
    [programme] 议程
    [speakers] 发言人
    [registrations] 注册
    [conflicts] 冲突
   *[settings] 设置
  }
app-open-conflicts = { $count ->
   *[other] 个未解决
  }
app-undo-redo = 撤销和重做
app-undo = ↶ 撤销
app-redo = ↷ 重做
app-undo-what = 撤销：{ $what }（Ctrl+Z）
app-redo-what = 重做：{ $what }（Ctrl+Shift+Z）
app-nothing-to-undo = 没有可撤销的操作
app-nothing-to-redo = 没有可重做的操作
app-opening-workspace = 正在打开工作区…

## 状态栏
app-status-idle = 每项更改都保存在这台计算机上
app-saving = 正在保存…
app-saved = 已保存
app-not-saved = 未保存
app-failed = { $prefix }：{ $message }
app-undoing = 正在撤销…
app-redoing = 正在重做…
app-undone = 已撤销：{ $what }
app-redone = 已重做：{ $what }
app-part-unread = { $part ->
    [meetings] 无法读取会议
    [sideEvents] 无法读取会外活动
    [programme] 无法读取议程
    [publication] 无法读取各条目的发布版本
    [speakers] 无法读取发言人
    [unlisted] 无法读取公共网站未列出的发言人
    [participations] 无法读取角色
    [translations] 无法读取译文
   *[undo] 无法读取撤销将恢复的内容
  }

## 工作区与活动网站的同步状态
app-sync-sending = { $count ->
   *[other] 正在同步… 正在发送 { $count } 项更改
  }
app-sync-publishing = 正在发布…
app-sync-resending = 正在同步… 活动网站已从副本恢复：正在重新发送此工作区的数据
app-syncing = 正在同步…
app-sync-checking = 正在检查活动网站…
app-sync-no-site = { $count ->
    [0] 未设置活动网站
   *[other] 未设置活动网站，{ $count } 项更改待发送
  }
app-sync-local = 仅在这台计算机上：“发布…”可共享此会议
app-sync-offline = { $count ->
   *[other] 离线，{ $count } 项更改待发送
  }
app-sync-refused = 已同步，但{ $reason }
app-sync-failed = 未同步：{ $reason }
app-sync-waiting = { $count ->
   *[other] { $count } 项更改待发送
  }
app-sync-done = 所有更改均已同步

## 输入的日期和时刻
app-instant = { $date } { $time } { $zone }
app-date-give = { $what ->
    [first-day] 请填写第一天，例如 { $example }
    [last-day] 请填写最后一天，例如 { $example }
   *[date] 请填写日期，例如 { $example }
  }
app-not-a-date = “{ $typed }”不是日期；请写成 { $example } 或 26/03/2026
app-when-give-day = { $happens ->
    [opens] 请填写注册开始的日期，例如 2026年3月26日
   *[closes] 请填写注册截止的日期，例如 2026年3月26日
  }
app-when-give-time = { $happens ->
    [opens] 还请填写注册开始的时间，例如 09:00
   *[closes] 还请填写注册截止的时间，例如 09:00
  }

## 日期字段及其日历
app-date-placeholder = 例如 { $example }
app-calendar-choose = { $what ->
    [first-day] 在日历中选择第一天
    [last-day] 在日历中选择最后一天
    [opens] 在日历中选择注册开始日期
    [closes] 在日历中选择注册截止日期
   *[date] 在日历中选择条目日期
  }
app-calendar-title = { $what ->
    [first-day] 选择第一天
    [last-day] 选择最后一天
    [opens] 选择注册开始日期
    [closes] 选择注册截止日期
   *[date] 选择条目日期
  }
app-calendar-month-before = 上个月
app-calendar-month-after = 下个月

## 通用词语
app-keep = 保留
app-clash = 已被他人更改
app-clash-theirs = 在您编辑时，其他人已将此项改为 { $theirs }。
app-clash-keep-mine = 保留我的
app-clash-use-theirs = 采用对方的
app-zones-found = 找到的时区
app-zone-placeholder = 城市或国家，例如日内瓦
app-countries-found = 找到的国家
app-country-placeholder = 输入国家名称
app-decision-verb = { $status ->
    [pending] 退回待定
    [waitlisted] 候补名单
    [approved] 批准
    [rejected] 拒绝…
   *[cancelled] 取消注册
  }
app-un-language = { $language ->
    [Arabic] 阿拉伯文
    [Chinese] 中文
    [English] 英文
    [French] 法文
    [Russian] 俄文
   *[Spanish] 西班牙文
  }
app-badge-published = 已发布 v{ $version }
app-badge-published-title = 按第 { $version } 版发布的内容公开
app-badge-changed = v{ $version } 后已更改
app-badge-changed-title = 最后发布于第 { $version } 版；下次发布将发送此更改
app-badge-new = 尚未公开
app-badge-new-title = 已设为公开，但尚未进入任何已发布版本：下次发布将加入
app-badge-held-back = 暂缓
app-badge-held-back-title = 已标为公开，但所属时段为草稿：不随之发布

## 日程表
app-timetable-add = 在 { $day } { $time } 添加条目
app-timetable-add-in = 在 { $day } { $time } 于“{ $block }”中添加条目
app-timetable-changing = { $mode ->
    [move] 正在移动…
    [start] 正在更改开始时间…
   *[end] 正在更改结束时间…
  }
app-timetable-changed-one = { $mode ->
    [move] 已移动“{ $title }”
    [start] 已更改“{ $title }”的开始时间
   *[end] 已更改“{ $title }”的结束时间
  }
app-timetable-changed = { $mode ->
    [move] { $count ->
       *[other] 已移动 { $count } 个条目
      }
    [start] { $count ->
       *[other] 已更改 { $count } 个条目的开始时间
      }
   *[end] { $count ->
       *[other] 已更改 { $count } 个条目的结束时间
      }
  }
app-timetable-not-changed = { $mode ->
    [move] 未移动
   *[other] 未更改
  }
app-timetable-help = 点击空白时间可在该处添加条目。拖动条目可移动它，拖动其上边缘或下边缘可更改时间（以 5 分钟为单位）。Ctrl+点击可多选。按键：↑ ↓ 移动 5 分钟，Shift+↑ ↓ 移动结束时间，Enter 打开，Delete 删除，Ctrl+Z 撤销。
app-timetable-zone = 时间按 { $zone }
app-timetable-sessions = 时段、休息、会外活动
app-timetable-items = 条目
app-timetable-of = { $day }日程表
app-timetable-warning = 警告：{ $warnings }

## 议程
app-programme-saved-to = 已将议程保存到 { $path }
app-programme-writing = 正在生成文档…
app-deleted = 已删除“{ $title }”
app-not-deleted = 未删除
app-deleting = 正在删除…
app-delete-block = { $count ->
   *[other] 删除该时段及其 { $count } 个条目？
  }
app-delete-entry = 删除此条目？
app-programme-of-days = 议程 · { $days }
app-programme-document-title = 当前议程（含草稿），以 { $format } 文档保存到“下载”文件夹
app-programme-save-as = 另存为 { $format }
app-add-entry = 添加条目
app-zone-picker = 同时显示以下时区的时间
app-zone-picker-pick = 请从列表中选择时区：输入城市或国家，例如悉尼。
app-zone-picker-hint = 城市或国家；留空则只显示会议时区。
app-zone-clear = 清除时区
app-layout = 议程显示方式
app-layout-list = 列表
app-layout-timetable = 日程表
app-warnings = 发布前需检查
app-programme-unread = 无法加载议程：{ $reason }
app-programme-loading = 正在加载议程…
app-programme-empty = 尚无条目。请用“添加条目”添加第一个，或在日程表中选择其日期和时间：
app-programme-empty-timetable = 打开日程表
app-programme-of = { $day }议程
app-time-in = 时间
app-column-session = 会议时段
app-column-place = 地点
app-column-actions = 操作
app-draft = 草稿
app-draft-title = 草稿：未发布
app-not-on-site = 不在公共网站上
app-confirm-deletion = 确认删除 { $title }
app-delete = 删除
app-edit = 编辑
app-edit-title = 编辑 { $title }
app-delete-title = 删除 { $title }
app-delete-question = 删除“{ $title }”？
app-undo-brings-back = 撤销（Ctrl+Z）可恢复。

## 设置
app-save = 保存
app-settings-subtitle = 您的语言、您的身份，以及此工作区将会议发布到何处
app-update-available = Dais { $version } 已可用
app-update-whats-new = 新功能
app-update-install = 安装并重新启动
app-update-later = 稍后
app-update-installing = 正在安装 Dais { $version }：完成后应用将重新启动。
app-settings-updates = 更新
app-settings-updates-version = 这是 Dais { $version }。
app-settings-updates-check = 在 Dais 启动时及每天检查一次更新
app-settings-updates-hint = Dais 会询问其发布源是否有更新的版本；不会发送任何关于您或您的会议的信息。只有在您同意后才会安装新版本。
app-settings-updates-policy = 您的组织已在这台计算机上关闭更新检查。
app-settings-updates-check-now = 立即检查
app-settings-updates-checking = 正在检查…
app-settings-updates-latest = Dais { $version } 是最新版本。
app-settings-updates-found = Dais { $version } 已可用：请在侧栏中安装。
app-settings-language = 语言
app-settings-language-hint = Dais 在这台计算机上的语言，适用于所有工作区。会议、姓名和标题保持原样。
app-settings-name-saved = 已保存您的姓名
app-settings-site-saved = 已保存活动网站
app-settings-you = 您
app-settings-your-name = 您的姓名
app-settings-your-name-hint = 其他组织者和活动网站对您的称呼：用于您的决定、更改、冲突和发布。设置之前，决定上显示这台计算机的用户名，网站上显示您令牌的标签。
app-settings-saved = 已保存。
app-settings-site = 活动网站
app-settings-site-intro = 发布会将这台计算机上的更改发送到会议的活动网站，并取回其他人的更改以及网站表格收到的注册。网站管理员会为每位组织者提供一个地址和一个令牌。
app-settings-site-url = 网站地址
app-settings-site-now = 当前：
app-settings-no-site = 尚未设置网站。
app-settings-token = 组织者令牌
app-settings-token-kept = 已安全保存；更换网站时请重新输入
app-settings-token-hint = 令牌是机密：它保存在这台计算机的钥匙串中（macOS 的钥匙串、Windows 的凭据管理器、Linux 的 Secret Service），从不保存在工作区中。没有钥匙串时，它会保存到工作区旁只有您能读取的文件中。
app-settings-token-in-keychain = 已保存。令牌保存在钥匙串中。
app-settings-token-in-file = 已保存。这台计算机没有钥匙串：令牌保存在 { $file }。
app-settings-token-beside = 已保存。这台计算机没有钥匙串：令牌保存在工作区旁的文件中。

## 首次启动，以及无法打开的工作区
app-welcome-demo-opened = 已打开演示会议 U4SSC-9
app-welcome-demo-failed = 无法打开演示
app-welcome-demo-opening = 正在打开演示…
app-welcome = 欢迎使用 Dais
app-welcome-subtitle = 在这台笔记本电脑上准备会议的议程、发言人和注册，有无网络均可。
app-welcome-create = 创建会议
app-welcome-create-what = 会议的标题、日期、时区、形式、语言和注册；通函的其余内容稍后填写。
app-welcome-create-button = 创建会议…
app-welcome-demo = 打开演示
app-welcome-demo-what = 第九次 U4SSC 会议（{ $date }），含议程、发言人和若干注册，可供试用。
app-welcome-connect = 连接活动网站
app-welcome-connect-what = 您已获得网站地址和令牌：在该网站共享的会议将同步到这台笔记本电脑。
app-welcome-connect-button = 连接…
app-problem = 无法打开此工作区
app-problem-file = 文件：
app-problem-what-now = Dais 没有更改该文件。如果它是正在恢复的副本，或由更新版本的 Dais 写入，请等待其完成，或更新 Dais，然后重新启动 Dais。如需在此期间继续工作，请在其旁边新建一个工作区：新工作区将打开演示会议，并在您于“设置”中设置活动网站后加入该网站。
app-problem-start-new = 新建工作区

## 条目表格及其主持人和发言人
app-cancel = 取消
app-entry-saved = 已保存“{ $title }”
app-entry-added = 已添加“{ $title }”
app-entry-edit = 编辑条目
app-entry-add = 添加条目
app-entry-zone = 时间按活动时区 { $zone }（{ $label }）。
app-entry-kind = 类型
app-entry-choose-block = — 选择时段 —
app-entry-linked = 关联活动
app-entry-none = — 无 —
app-entry-title = 标题
app-entry-description = 说明
app-entry-when = 时间
app-entry-when-zone = 按 { $zone }（{ $label }）
app-entry-date = 日期
app-entry-start = 开始
app-entry-end = 结束
app-entry-time-note = HH:MM { $label }
app-entry-place-note = 会议室或在线链接
app-entry-public = 公开
app-entry-public-hint = 不勾选时，条目为草稿：只保留在组织者的计算机上。
app-entry-people-later = 条目创建后即可添加主持人和发言人。
app-entry-save = 保存条目
app-people-type-name = 请输入发言人或新人员的姓名。
app-people-added = 已将 { $name } 添加为{ $role }
app-people-not-added = 未添加
app-people-removed = 已移除 { $what }
app-people-not-removed = 未移除
app-people = 主持人和发言人
app-people-nobody = 暂无人员。
app-people-label = { $name }，{ $role }
app-people-removed-speaker = 已删除的发言人
app-people-remove-label = 移除 { $what }
app-people-remove = 移除
app-people-name = 姓名
app-people-name-hint = 发言人或新人员
app-people-role = 角色
app-people-add-new = 将“{ $name }”添加为新发言人
app-people-add = 添加

## 新建会议
app-new-created = 已创建 { $title }
app-new-not-created = 未创建
app-new-creating = 正在创建…
app-new-side-event-of = { $title } 的新会外活动
app-new-meeting-title = 新建会议
app-new-start-from = 起点
app-new-blank = 空白会议
app-new-from-past = 以往会议：沿用其信息和议程，移至新日期；不含发言人和注册
app-new-from-circular = 其通函：Dais 从信函中读取的信息，供您确认
app-new-from-programme = 来自其他系统的日程：Indico、pretalx 或另一个 Dais，会议采用其日期和时区
app-new-programme-hint = Indico 的时间表或活动导出（JSON）、c3voc 日程（pretalx、frab：XML 或 JSON）或 Dais 导出
app-new-programme-days = 日程中的会议日期：{ $dates }。其他信息之后再填写。
app-circular-file = 通函（DOCX、PDF 或文本）
app-circular-paste = 或粘贴其文本
app-circular-read = 读取
app-circular-reading = 正在读取信函…
app-circular-not-read = 无法读取信函
app-circular-facts = 信函所述内容
app-circular-facts-hint = 请将每项信息与其出处句子核对，更正错误之处，并填写信函未说明的内容。确认之前不会创建任何内容。
app-circular-said = 信函：“{ $sentence }”
app-circular-missing = 信函中未说明：请填写。
app-circular-conflict = 信函给出了两个值：请保留正确的一个。
app-circular-lines = 每行一个
app-circular-create = 创建会议
app-new-past = 以往会议
app-new-short-title = 简称
app-new-short-title-hint = 侧栏和网站列表中显示的名称，例如 U4SSC-10
app-new-first-day = 第一天
app-new-last-day = 最后一天
app-new-format = 形式
app-new-zone = 时区
app-new-zone-hint = 会议所用时区：输入其城市或国家
app-new-languages = 语言
app-new-registration = 注册
app-new-registration-hint = 时间按会议时区
app-new-mandatory = 必须注册
app-new-free = 免费
app-new-opens = 开始
app-new-opens-at = 开始时间
app-new-closes = 截止
app-new-closes-at = 截止时间
app-new-capacity = 名额
app-new-capacity-hint = 留空：不限
app-new-template-summary = { $title } 于 { $dates }（{ $zone }）举行：新会议沿用其信息、同一时刻的议程及注册规则，并顺延相同天数。
app-new-create = { $what ->
    [side-event] 创建会外活动
   *[meeting] 创建会议
  }

## 会议信息（“活动”视图）
app-loading = 正在加载…
app-none = 无。
app-event-saved = 已保存活动
app-event-archived = 已归档 { $title }
app-event-unarchived = { $title } 已恢复到会议列表
app-event-deleted = 已删除 { $title }
app-event-side-event-of = { $title } 的会外活动
app-event-facts = 通函信息
app-event-saved-on-leaving = 离开字段时即保存每项更改。
app-event-reference = 文号
app-event-reference-hint = 通知文件，例如 TSB 第 81 号通函
app-event-venue = 地点
app-event-venue-hint = 会议室和楼宇，适用于线下或混合会议
app-event-online-link = 在线链接
app-event-online-link-hint = 发送给已批准的与会者，从不公开
app-event-languages-hint = 以逗号分隔，例如 英文, 法文
app-event-website = 网站
app-event-organiser = 主办方
app-event-audience = 参会资格
app-event-eligible = 符合条件的类别
app-event-registration-zone = 时间按 { $zone }
app-event-contacts = 联系人
app-event-contact = 联系人 { $n }
app-event-contact-who = 姓名/机构（联系人 { $n }）
app-event-contact-who-placeholder = 姓名或机构，例如 U4SSC 秘书处
app-event-contact-email = 电子邮件（联系人 { $n }）
app-event-contact-phone = 电话（联系人 { $n }）
app-event-contact-fax = 传真（联系人 { $n }）
app-event-email = 电子邮件
app-event-phone = 电话
app-event-fax = 传真
app-event-contact-remove = 移除联系人 { $n }
app-event-contact-add = 添加联系人
app-event-side-whole = 会外活动整体
app-event-meeting-whole = 会外活动和会议整体
app-event-side-events = 会外活动
app-event-side-events-unread = 无法加载会外活动：{ $reason }
app-event-add-side-event = 添加会外活动…
app-event-the-side-event = 会外活动
app-event-the-meeting = 会议
app-event-part-of = 属于 { $title }：与其一同列出，在此处及其公共页面上均如此。
app-event-is-archived = 已归档：完整保留，在会议选择器中单独列出。
app-event-bring-back = 恢复
app-event-archive-hint = 已结束？请归档：会议完整保留，不再干扰。
app-event-archive = 归档
app-event-delete-question = 删除 { $title } 及其议程、发言人和注册？如已共享，它也将从其他组织者的笔记本电脑和公共网站上删除。
app-event-delete = { $what ->
    [side-event] 删除会外活动
   *[meeting] 删除会议
  }
app-event-keep-it = 保留
app-event-delete-button = 删除…

## A field that must be filled in
app-required = 必填

## 可撤销或重做的一步，即“撤销”“重做”按钮和“编辑”菜单中的名称：“移动：议项“闭幕”及另外 2 项”。$thing 为该行的类型；$name
## 为其标题或姓名（由组织方填写）；$more 为同类的其他行数。
undo-step = { $action ->
        [add] 添加
        [delete] 删除
        [move] 移动
       *[edit] 编辑
    }：{ $thing ->
        [meeting] 会议
        [block] 会议单元
        [item] 议项
        [break] 休息
        [side_event] 边会
        [speaker] 发言人
        [role] 角色
        [registration] 注册
        [focal_point] 联络人
        [translation] 译文
       *[other] { $thing }
    }“{ $name }”{ $more ->
        [0] {""}
       *[other] 及另外 { $more } 项
    }

## 应用菜单：“编辑”，包括撤销和重做会议的编辑（$step：undo-step）以及剪贴板命令。
app-menu-edit = 编辑
app-menu-undo = 撤销
app-menu-redo = 重做
app-menu-undo-step = 撤销（{ $step }）
app-menu-redo-step = 重做（{ $step }）
app-menu-cut = 剪切
app-menu-copy = 复制
app-menu-paste = 粘贴
app-menu-select-all = 全选

## A step kept before the languages, in the English it was kept in.
undo-step-kept = { $words }

## Beside a field's label: what is typed in it stays with the organisers.
app-field-private = 私密：从不公开

## The meeting's and entries' words in other languages, beside the originals ($count: the fields given in a language;
## $given: none or some).
app-translations = 其他语言
app-translations-hint = 选择该语言的读者会在公共网站、其订阅源和文件中看到这些文本；其他读者看到原文。每个字段在离开时保存。
app-translations-language = 语言
app-translations-choice = { $language }{ $given ->
        [none] {""}
       *[some] {" "}({ $count })
    }
app-translation-original = 原文：{ $text }
app-translation-saved = 译文已保存
