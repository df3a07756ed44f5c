### 应用的视图：注册（reg-）、发言人（spk-）、活动网站与发布（pub-）、冲突（conf-）。

## 注册：视图标题。
reg-title = 注册
reg-count = { $count } 项注册
reg-charts = 图表
reg-list-open = 与会者名单…
reg-fp-open = 联络人…
reg-add-open = 添加注册…
## 搜索和筛选找到多少：全部，或 $total 项中的 $matching 项。
reg-matching-all = 全部 { $count } 项注册
reg-matching = { $total } 项注册中的 { $matching } 项
reg-select-matching = 全选（{ $count }）

## 注册：表格。
reg-column =
    { $column ->
        [name] 姓名
        [organisation] 单位
        [country] 国家
        [category] 类别
        [status] 状态
       *[submitted] 提交日期
    }
reg-actions = 操作
reg-caption = { $event } 的注册
reg-select-shown = 选择显示的行
reg-select = 选择 { $name }
reg-read-failed = 无法读取注册
reg-load-failed = 无法加载注册：{ $error }
reg-loading = 正在加载注册…
reg-loading-row = 正在加载…
reg-none = 尚无注册。
reg-no-match = 没有匹配的注册。
reg-erase-open = 删除…
reg-erase-aria = 删除 { $name } 的注册
reg-erase-label = 确认删除 { $name } 的注册
reg-erase-question = 在此处、活动网站上以及每台计算机上删除 { $name } 的全部信息？此操作无法撤销。
reg-erase = 删除
reg-erasing = 正在删除…
reg-erase-failed = 未删除
reg-erased = 已删除 { $name } 的注册：在下次同步时，它将从活动网站和每位组织者的计算机上消失

## 注册：对一项或所选注册作出决定。
reg-decide-selected = 对所选注册作出决定
reg-selected = 已选 { $count } 项
reg-clear-selection = 清除选择
## 每个决定按钮的作用。
reg-decide =
    { $status ->
        [approved] 批准
        [waitlisted] 列入候补名单
        [rejected] 拒绝…
        [cancelled] 取消注册
       *[pending] 恢复为待定
    }
reg-cancel-many = 取消这些注册
reg-reject-reason = 拒绝理由
reg-reject = 拒绝 { $count } 项
reg-back = 返回
reg-deciding = 正在决定…
reg-decide-failed = 未作决定
## 决定后显示：$status 为新状态的名称（已批准、已拒绝…）。
reg-decided = { $status }：{ $name }
reg-decided-many = { $status }：{ $count } 项注册

## 注册：与会者名单，保存为电子表格。
reg-list-title = 与会者名单
reg-list-intro = 表格当前显示的 { $count } 项注册（按其搜索和筛选），按表格顺序保存在“下载”文件夹中。以公式形式开头的单元格保留为文本。
reg-list-columns = 列
reg-list-columns-failed = 无法读取列
reg-list-no-column = 请至少选择一列
reg-list-format = 格式
reg-list-xlsx = Excel (XLSX)
reg-list-csv = CSV (UTF-8)
reg-list-save = 保存名单
reg-list-writing = 正在写入名单…
reg-list-writing-short = 正在写入…
reg-list-failed = 未保存
reg-list-saved = 已将 { $count } 名与会者保存到 { $path }
reg-list-saved-in = 已保存：
reg-close = 关闭

## 注册：会议的联络人，负责批准本主管部门的请求。
reg-fp-title = { $event } 的联络人
reg-fp-intro = 主管部门的请求等待其联络人处理，活动网站会向联络人发送一个私人链接，用于批准或拒绝该请求。没有联络人的主管部门的请求由您处理。
reg-fp-read-failed = 无法读取联络人：{ $error }
reg-fp-none = 尚无联络人。
reg-fp-column =
    { $column ->
        [country] 国家
        [category] 类别
        [name] 姓名
       *[email] 电子邮件
    }
reg-any-category = 任何类别
reg-fp-change = 修改
reg-fp-remove-open = 移除…
reg-fp-remove-aria = 移除 { $name }
reg-fp-remove-label = 确认移除 { $name }
reg-fp-remove = 移除
reg-fp-remove-failed = 未移除
reg-fp-removed = 已移除联络人 { $name }
reg-fp-form-add = 添加联络人
reg-fp-form-change = 修改联络人
reg-fp-email-hint = 网站将链接发送到此地址
reg-fp-add = 添加联络人
reg-fp-save = 保存
reg-fp-cancel = 取消
reg-fp-added = 已添加联络人 { $name }
reg-fp-changed = 已修改联络人 { $name }

## 注册：图表。
reg-charts-label = 注册图表
reg-chart-failed = 无法读取统计：{ $error }
reg-chart-counting = 正在统计…
reg-chart-none = 尚无注册：随着请求到来，图表会逐渐填满。
## $zone 为会议的时区，如“Europe/Zurich”。
reg-chart-days = 每日请求数（{ $zone }）
reg-chart-days-label = 每日请求数，从 { $first } 到 { $last }；单日最多 { $most } 项
reg-chart-day = { $day }：{ $count } 项请求
reg-chart-by =
    { $group ->
        [status] 按状态
        [category] 按类别
        [region] 按区域
       *[country] 按国家
    }
reg-chart-elsewhere = 其他地区
reg-chart-other-countries = 其他 { $count } 个国家

## 注册：对话框中的一项注册。
reg-dialog-add = 添加注册
reg-dialog-title = 注册
reg-dialog-read-failed = 无法读取该注册：{ $error }
reg-dialog-by-hand = 手工录入（电话、信函）：与表单提交的注册一样，在作出决定前处于待定状态。
## $source 为来源（网站表单、手工录入…）；$at 为提交的日期和时间。
reg-dialog-submitted = { $source } · 提交于 { $at }
## 注册人自己的时区，如“Europe/Paris”。
reg-dialog-zone = 时区 { $zone }
## $message 和 $state 为邮件及其状态（已收到请求、已发送）；$at 为时间。
reg-dialog-mail = 活动网站的邮件：{ $message }，{ $state }，{ $at }
reg-dialog-decision = 决定
reg-dialog-as-submitted = 提交时
reg-dialog-decide = 对 { $name } 的注册作出决定
reg-dialog-earlier = 以往的决定

## 注册：搜索和筛选。
reg-filter-label = 查找注册
reg-search = 搜索
reg-search-placeholder = 姓名、电子邮件或单位
reg-filter =
    { $filter ->
        [category] 类别
        [region] 区域
       *[country] 国家
    }
reg-any-region = 任何区域
reg-any-country = 任何国家
reg-filter-status = 按状态显示注册

## 注册：注册表单（手工录入或更正）。
reg-form-field =
    { $field ->
        [given_name] 名
        [family_name] 姓
        [name_order] 姓名顺序
        [email] 电子邮件
        [organisation] 单位
        [country] 国家
        [category] 类别
        [position] 职务
       *[private_notes] 内部备注
    }
reg-form-email-hint = 保密：绝不公布
reg-form-notes-hint = 仅供组织者使用
reg-form-attended = 已出席
reg-form-saving = 正在保存…
reg-form-save = 保存
reg-form-add = 添加注册
reg-form-saved = 已保存 { $name } 的注册
reg-form-added = 已添加 { $name } 的注册

## 发言人：表格。
spk-title = 发言人
spk-count = { $count } 位发言人
spk-unlisted-count = { $count } 位未在公开网站上
spk-add = 添加发言人
spk-new-failed = 无法新建发言人
spk-load-failed = 无法加载发言人：{ $error }
spk-loading = 正在加载发言人…
spk-none = 尚无发言人。请通过“添加发言人”添加第一位。
spk-caption = { $event } 的发言人
spk-column =
    { $column ->
        [name] 姓名
        [position] 职务
        [organisation] 单位
        [country] 国家
        [status] 状态
       *[public] 公开网站
    }
spk-actions = 操作
## $reason 来自核心，如“未确认”。
spk-left-out = 未列出：{ $reason }
spk-listed = 已列出
spk-edit = 编辑
spk-edit-aria = 编辑 { $name }

## 发言人：发言人表单。
spk-form-new = 新发言人
spk-form-title = 发言人：{ $name }
spk-field =
    { $field ->
        [honorific] 称谓
        [given_name] 名
        [family_name] 姓
        [name_order] 姓名顺序
        [position] 职务
        [organisation] 单位
        [country] 国家
        [status] 状态
        [consent_to_publish] 同意公开
        [bio] 简历
        [photo] 照片
        [links] 链接
        [email] 电子邮件
       *[private_notes] 备注
    }
spk-publication = 在公开网站上
spk-publication-hint = 当以下两项都成立时，网站会列出发言人并在议程中显示其姓名：已确认，且同意公开。
## $reason 来自核心，如“未确认”。
spk-unlisted = 按已保存的内容，未在公开网站上列出：{ $reason }。
spk-photo-note = JPEG、PNG、WebP 或 GIF，不超过 20 MB；保留中间的正方形
spk-photo-first = 请先保存发言人，再选择其照片。
spk-photo-alt = { $name } 的照片
spk-photo-remove = 移除照片
spk-photo-saved = 已保存 { $name } 的照片
spk-photo-removed = 已移除 { $name } 的照片
spk-photo-failed = 照片未保存
spk-links-note = 每行一个
spk-roles = 在议程中的角色
spk-roles-first = 请先保存发言人，再为其分配角色。
spk-roles-none = 尚无角色。
spk-role-remove = 移除
## $role 为角色名称（主席、发言人…）；$entry 为议程项的时间和标题。
spk-role-remove-aria = 移除 { $entry } 中的角色 { $role }
spk-role-add-label = 添加角色
spk-role-entry = 议程项
spk-role-choose = — 选择议程项 —
spk-role-kind = 角色
spk-role-add = 添加角色
spk-role-no-entry = 请选择议程中的一项。
spk-role-added = 已添加角色 { $role }
spk-role-removed = 已移除角色 { $role }
spk-entry-gone = 已不在议程中的议程项
spk-remove-failed = 未移除
spk-delete-open = 删除…
spk-delete-label = 确认删除
spk-delete-question = 删除该发言人及其角色？
spk-delete = 删除
spk-delete-failed = 未删除
spk-deleted = 已删除该发言人
spk-cancel = 取消
spk-saving = 正在保存…
spk-save = 保存发言人
spk-saved = 已保存 { $name }

## 侧栏中的活动网站。
pub-site = 活动网站
## $at 为带时区的时间，如“18:02 CET”。
pub-last-sync = 上次同步于 { $at }
pub-published = 已发布版本 { $version }
pub-published-at = 于 { $at }
pub-programme = 公开议程
pub-opens-in-browser = （在浏览器中打开）
pub-open-failed = 无法打开该页面
pub-publish-open = 发布…
pub-sync = 同步
pub-syncing = 正在同步…
pub-set-site = 设置活动网站…

## 发布：将发出的内容，以及生成的版本。
pub-title = 发布
pub-title-next = 发布版本 { $version }
pub-title-done = 版本 { $version } 已公开
pub-reading = 正在读取议程…
pub-public-sees = 公众看到的是版本 { $version }。
pub-nothing-public = 本会议尚无任何内容公开。
pub-withdrawn = 本会议已从公开网站撤下。
## $at 为发布的日期和时间。
pub-done = 版本 { $version } 已于 { $at } 发布。
pub-open = 打开公开议程
pub-in-browser = （在浏览器中）
pub-changes = 公众将看到的变化
pub-no-changes = 自版本 { $version } 以来没有变化。
pub-left-out = 未在公开网站上列出的发言人
pub-left-out-why = 发言人在已确认且同意公开后才会在网站上列出；可在“发言人”中修改这两项。
## 未列出的发言人及原因（核心的措辞，如“未确认”）。
pub-left-out-one = { $name }：{ $reason }
pub-errors = 发布前需更正
pub-warnings = 需检查
pub-warnings-confirm = 我已检查过，仍然发布
pub-fields = 将公开的内容
pub-fields-private = 其中不含任何电子邮件、内部备注或注册：只有此处列出的内容会发送到活动网站。
pub-kept = 网站为自身工作而保留、从不显示的内容
pub-not-shared = 本会议仅在这台计算机上：发布后将与活动网站和其他组织者共享。
pub-versions = 已发布的版本（{ $count }）
## $at 为日期和时间，$by 为发布的组织者。
pub-version = 版本 { $version }，{ $at }，由 { $by } 发布
pub-version-withdrawn = 已从公开网站撤下，{ $at }，由 { $by } 操作
pub-close = 关闭
pub-cancel = 取消

## 冲突：与其他组织者对同一字段的修改相冲突而未被保留的值。
conf-title = 冲突
conf-subtitle = 与其他组织者的修改冲突而未被保留的值
conf-counts = { $open } 项未解决 · 共 { $count } 项
conf-intro = 当两位组织者在同步前修改了同一字段时，保留较晚的修改，另一项列在此处。“恢复”会将某个值放回，作为您的一项新修改，在下次同步时传给其他人。
conf-load-failed = 无法加载冲突：{ $error }
conf-load-failed-status = 无法加载冲突
conf-loading = 正在加载冲突…
conf-none = 没有冲突：任何人输入的内容都未被覆盖。
## 胜出的值是否仍然有效。
conf-state =
    { $open ->
        [yes] 未解决
       *[no] 已解决
    }
conf-settled-why = 此后该字段已被修改
conf-lost = 未保留
conf-kept =
    { $open ->
        [yes] 已保留
       *[no] 曾保留
    }
## $author 为输入该值的人，$at 为时间。
conf-by = { $author }，{ $at }
conf-restore = 恢复
conf-restoring = 正在恢复…
conf-restored = 已恢复；将在下次同步时传给其他人
conf-restore-failed = 未恢复
## $field 为字段名称（小写），$subject 为该行是什么（议程项“开幕”）。
conf-restore-label = 恢复 { $subject } 未保留的{ $field }
conf-empty = （空）
conf-none-value = （无）
conf-yes = 是
conf-no = 否
## 字段名称；$name 为此处未列出的字段的可读名称。
conf-field =
    { $field ->
        [title] 标题
        [short_title] 简称
        [description] 说明
        [kind] 类型
        [format] 形式
        [zone] 时区
        [starts_on] 第一天
        [ends_on] 最后一天
        [venue] 地点
        [languages] 语言
        [organiser] 组织者
        [audience] 参加对象
        [registration] 注册规则
        [eligible_categories] 与会者类别
        [contacts] 联系人
        [reference] 参考文件
        [website] 网站
        [online_link] 在线链接
        [slot] 时间和地点
        [public] 标记为公开
        [honorific] 称谓
        [given_name] 名
        [family_name] 姓
        [position] 职务
        [organisation] 单位
        [country] 国家
        [bio] 简历
        [links] 链接
        [photo] 照片
        [email] 电子邮件
        [status] 状态
        [consent_to_publish] 同意公开
        [private_notes] 备注
        [role] 角色
        [category] 类别
        [attended] 出席
        [decision] 决定
        [name] 姓名
       *[other] { $name }
    }

## 冲突涉及的内容：其所在行及该行的标题或名称（由组织方填写）。
conflict-subject =
    { $thing ->
        [meeting] 会议“{ $name }”
        [entry] 条目“{ $name }”
        [speaker] 发言人 { $name }
        [registration] { $name } 的注册
        [focal_point] 联络人 { $name }
        [translation] 译文“{ $name }”
        [role] 一个角色
       *[other] { $thing }
    }

## 从文件导入注册。
reg-import-open = 导入…
reg-import-title = 导入注册
reg-import-intro = 来自电子表格或 CSV：其他系统的导出文件（Indico、表单工具、CRM）或与会者名单。导入之前不会写入任何内容。
reg-import-file = 文件
reg-import-file-hint = CSV、Excel（XLSX、XLS）或 OpenDocument（ODS）
reg-import-reading = 正在读取文件…
reg-import-first-screen = 前几行。正在读取文件其余部分以统计数量和所有问题…
reg-import-read-failed = 无法读取该文件
reg-import-csv = { $encoding } 编码的 CSV，分隔符为 { $separator }
reg-import-workbook = { $kind } 工作簿
reg-import-encoding = 编码
reg-import-sheet = 工作表
reg-import-sheet-choice = { $name } · { $rows }
reg-import-columns = 各列对应的字段
reg-import-remembered = 与上一个具有这些标题的文件相同。
reg-import-left-out = 不导入
reg-import-duplicates = 电子邮件与本会议某项注册相同的行
reg-import-on-duplicate =
    { $choice ->
        [update] 更新不同的字段
        [skip] 保留该注册不变
       *[keep_both] 将该行并列添加
    }
reg-import-counts = 行数：{ $rows } · 新增：{ $add } · 更新：{ $update } · 未变：{ $unchanged } · 跳过：{ $skip } · 与匹配项并存：{ $keep_both } · 拒绝：{ $refused }
reg-import-problems = 问题
reg-import-problem = 第 { $row } 行，{ $header }：{ $message }
reg-import-problem-row = 第 { $row } 行：{ $message }
reg-import-more-problems = 另有 { $count } 个
reg-import-skip-row = 跳过第 { $row } 行
reg-import-rows = 前几行，即将保存的样子
reg-import-row = 行
reg-import-what = 导入
reg-import-action =
    { $action ->
        [add] 新增
        [update] 更新
        [unchanged] 未变
        [skip] 跳过
        [refused] 拒绝
       *[keep_both] 并列添加
    }
reg-import-refused-hint = 请在文件中修正被拒绝的行后重新选择文件，或跳过这些行。
reg-import-submit = 导入
reg-import-importing = 正在导入…
reg-import-progress = 已写入 { $done } / { $total } 行
reg-import-stop = 停止：不写入任何内容
reg-import-failed = 未导入
reg-import-done = 已导入：新增 { $add }，更新 { $update }。“编辑 → 撤销”可还原。

## 从其他系统导入程序。
prog-import-open = 导入…
prog-import-title = 导入程序
prog-import-intro = 来自 Indico（日程或活动导出）、c3voc 日程（frab、pretalx）或 Dais 导出文件。会议单元成为板块及其条目，召集人担任主持，发言人发言；同一来源先前导入的条目会被更改，而不会被复制。导入之前不会写入任何内容。
prog-import-file = 文件
prog-import-file-hint = JSON 或 XML
prog-import-indico = 或从 Indico 获取
prog-import-indico-address = 活动地址
prog-import-indico-address-hint = 活动页面（…/event/1234/）或其导出之一
prog-import-indico-token = API 令牌
prog-import-indico-token-hint = 非公开活动需要：Indico 中「我的个人资料 → API 令牌」，权限 read:legacy_api
prog-import-indico-fetch = 获取
prog-import-reading = 正在读取文件…
prog-import-read-failed = 无法读取该文件
prog-import-summary = { $format ->
        [indico_timetable] Indico 日程
        [indico_event] Indico 活动导出
        [schedule_xml] c3voc 日程（XML）
        [schedule_json] c3voc 日程（JSON）
       *[dais] Dais 导出
    }。新增条目：{ $added } · 更改：{ $changed } · 未变：{ $unchanged } · 新发言人：{ $speakers }
prog-import-added = 将新增
prog-import-changed = 将更改
prog-import-new-speakers = 新发言人
prog-import-field = { $field ->
        [title] 标题
        [description] 说明
        [slot] 时间或地点
        [kind] 类型
        [block_id] 板块
       *[roles] 人员
    }
prog-import-submit = 导入
prog-import-importing = 正在导入…
prog-import-failed = 未导入
prog-import-done = 已导入：新增条目 { $added }，更改 { $changed }。“编辑 → 撤销”可还原。

## The meeting on the organisation's website (WebsiteEmbeds.svelte)
web-title = 在贵组织的网站上
web-intro = 将以下任一代码粘贴到贵网站的页面中：它显示已发布的会议，每个新版本一经发布即显示。
web-part = { $part ->
    [programme] 议程
    [speakers] 发言人
   *[registration] 报名表
}
web-copy = 复制
web-copied = 已复制。
web-form-origins = 报名表只在活动网站设置所允许的网站（嵌入来源）上显示：请活动网站的管理者添加贵网站。
web-save-files = 将公共网站另存为文件…
web-saving = 正在保存…
web-saved = 已在 { $path } 保存 { $files } 个文件：任何网络服务器都可原样提供该文件夹。
