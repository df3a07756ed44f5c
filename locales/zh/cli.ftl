### 命令行 `dais` 为人输出的内容（使用 `--json` 时，仅错误消息）。

## 失败。
cli-invalid-input = 输入无效：
cli-error-initialised = 工作区 { $path } 已初始化：其中有 { $events }；`dais init` 不会改动它
cli-error-no-meeting = 工作区 { $path } 中没有会议；`dais init --demo` 可创建演示会议
cli-error-io = 无法写入 { $path }：{ $reason }
cli-error-no-site = 此工作区尚无活动网站：`dais site --url URL --token 令牌`
cli-error-unconfirmed = 未发布：议程有警告（{ $warnings }）；`--yes` 仍会发布

## 已完成。
cli-saved = 已保存：{ $what }（{ $id }）
cli-deleted = 已删除：{ $what }（{ $id }）
cli-role-saved = 已保存：{ $speaker } 担任 { $entry } 的{ $role }（{ $id }）
cli-role-removed = { $speaker } 不再担任 { $entry } 的{ $role }（{ $id }）
cli-entry-no-roles = { $entry } 尚无人员；`dais entry role add` 可分配角色。
cli-meeting-no-roles = { $meeting } 中尚无人担任角色。
cli-archived = 已归档：{ $what }（{ $id }）
cli-unarchived = 已恢复：{ $what }（{ $id }）
cli-exported = 已将 { $meeting } 导出到 { $file }

## 命令行拒绝的内容。
cli-capacity-not-a-number = 容量是人数
cli-delete-meeting-unconfirmed = { $meeting } 将与其议程、发言人和报名一起删除：请加上 --yes

## 议程及其发布。
cli-programme-written = 已将 { $meeting } 的议程写入 { $file }
cli-no-zone-found = 按“{ $search }”找不到时区：请尝试城市或国家
cli-publish-unchanged = 没有更改：版本 { $version } 仍为公开版本：{ $page }
cli-published = 已发布版本 { $version }：{ $page }
cli-withdrawn = { $meeting } 已从公开网站撤下，直至下次发布
cli-not-withdrawn = { $meeting } 原本不在公开网站上

## 报名。
cli-decided = { $status }：{ $count } 项报名，由 { $by } 决定
cli-registration-saved = 已保存 { $family }{ $given } 的报名（{ $id }）
cli-registration-erased = 已删除 { $family }{ $given } 的报名（{ $id }）；下次同步时将从活动网站移除
cli-list-format-unknown = { $file } 既不是 .csv 也不是 .xlsx：请指定 --format
cli-xlsx-needs-file = XLSX 须写入文件：请指定 --out 文件
cli-list-written = 已写入 { $meeting } 的与会者名单：{ $count } 行，写入 { $file }
cli-list-printed = 已写入 { $meeting } 的与会者名单：{ $count } 行，写入标准输出
cli-error-offline = 离线：无法连接位于 { $url } 的活动网站（{ $reason }）；{ $count } 项更改待发送

## 发言人。
cli-photo-unreadable = 无法读取 { $file }：{ $reason }
cli-photo-saved = 已保存 { $speaker } 的照片（{ $id }）
cli-photo-removed = 已删除 { $speaker } 的照片（{ $id }）

## 活动网站和同步。
cli-site-keychain = 网站 { $url }；令牌保存在系统钥匙串中
cli-site-token-file = 网站 { $url }；令牌保存在 { $file } 中（此处无钥匙串）
cli-shared = 已共享 { $meeting }：下次同步时发送到活动网站
cli-shared-already = { $meeting } 已共享
cli-restored = 已恢复；下次同步时其他人会收到
cli-error-no-workspace = 无法打开工作区 { $path }：那里没有工作区；`dais init` 可创建一个

## 撤消和重做。
cli-undo-state = 撤消：{ $undo }
    重做：{ $redo }
cli-undo-nothing = 无
cli-undone = 已撤消：{ $step }
cli-redone = 已重做：{ $step }
cli-nothing-to-undo = { $meeting } 中没有可撤消的操作
cli-nothing-to-redo = { $meeting } 中没有可重做的操作

## 工作区。
cli-init =
    { $done ->
        [initialised] 已初始化工作区 { $path }
       *[created] 已创建工作区 { $path }
    }
cli-init-demo =
    { $done ->
        [initialised] 已初始化工作区 { $path }，含演示会议 { $meeting }（{ $id }）
       *[created] 已创建工作区 { $path }，含演示会议 { $meeting }（{ $id }）
    }
cli-organiser = 决定以 { $name } 的名义记录

## 联络人。
cli-focal-point-saved = 已更改联络人 { $name }（{ $id }）
cli-focal-point-removed = 已删除联络人 { $name }（{ $id }）

## 列标题。
cli-column-id = 标识
cli-column-meeting = 会议
cli-column-side-event = 会外活动
cli-column-date = 日期
cli-column-zone = 时区
cli-column-name = 姓名
cli-column-organisation = 组织
cli-column-country = 国家
cli-column-status = 状态
cli-column-consent = 同意
cli-column-public-site = 公开网站
cli-column-role = 角色
cli-column-speaker = 发言人
cli-column-entry = 议程条目
cli-column-category = 类别
cli-column-email = 电子邮件
cli-column-when = 时间
cli-column-state = 情况

## 列表。
cli-no-meetings = 尚无会议；`dais init --demo` 可创建演示会议。
cli-no-side-events = { $meeting } 没有会外活动；`dais meeting new --part-of { $id }` 可创建一个。
cli-archived-meeting = { $meeting }（已归档）
cli-no-speakers = 尚无发言人。
cli-yes = 是
cli-no = 否
cli-left-out = 未列出：{ $reason }
cli-listed = 已列出
cli-moved = 已将 { $entry }（{ $id }）移至 { $start } - { $end }
cli-no-registrations = 尚无报名。
cli-no-registration-matches = { $count } 项报名中没有匹配项。
cli-status-count = { $status }：{ $count }
cli-registrations-matching = { $count } 项报名中的 { $matching } 项：{ $counts }
cli-registrations-count = { $count } 项报名
cli-by-status = 按状态
cli-by-category = 按类别
cli-by-region = 按区域
cli-elsewhere = 其他
cli-by-country = 按国家
cli-by-day = 按申请日期
cli-no-focal-points = { $meeting } 没有联络人：由组织者对每项申请作出决定。`dais focal-point add` 可添加联络人。
cli-any-category = 任何类别

## 议程。
cli-times-in-zone = 时间为 { $zone } 时间。
cli-times-in-two-zones = 时间为 { $zone } 时间，旁边为 { $viewer } 时间。
cli-no-entries = 尚无议程条目。
cli-draft-entry = { $entry } [草稿]
cli-warnings = 警告：

## 一项报名。
cli-submitted = 提交于 { $when }（{ $source }）
cli-notes = 备注：{ $notes }
cli-mail = 邮件：{ $message }，{ $state }，{ $when }
cli-mail-failed = 邮件：{ $message }，{ $state }，{ $when }：{ $error }
cli-decisions = 决定：
cli-decision = { $status }  { $when }  决定人 { $by }
cli-decision-reason = { $status }  { $when }  决定人 { $by }：{ $reason }

## 同步和冲突。
cli-synced =
    { $conflicts ->
        [0] 已同步：发送 { $sent } 项更改，收到 { $received } 行
       *[other] 已同步：发送 { $sent } 项更改，收到 { $received } 行，新冲突 { $conflicts } 个（见 `dais conflicts`）
    }
cli-site-was-restored = 活动网站曾从较早的副本恢复：此工作区的数据已重新发送给它，并已重新加载其数据。
cli-no-site-set = 无（用 `dais site` 设置）
cli-status = 活动网站：{ $site }
    待发送的更改：{ $waiting }
cli-no-conflicts = 没有冲突
cli-conflict-settled = { $id }（已解决）
cli-conflict = { $subject } 的 { $field }：{ $author } 于 { $lost_at } 写入的 { $value } 被 { $winner_author } 于 { $won_at } 写入的 { $winner_value } 取代

## 预览和已发布的版本。
cli-preview-public = 公众看到的是版本 { $version }。发布将生成版本 { $next }：
cli-preview-first = 尚无公开内容。发布将生成版本 1：
cli-preview-withdrawn = 会议已从公开网站撤下。发布将生成版本 { $next }：
cli-preview-nothing-changed = 没有更改
cli-preview-unlisted-speakers = 公开网站未列出的发言人（网站列出已确认并同意公开的发言人）：
cli-preview-public-fields = 将公开的内容（不含电子邮件、私人备注或报名）：
cli-preview-kept-fields = 网站为自身工作保存、从不显示的内容：
cli-preview-not-shared = 此会议仅在本计算机上：发布会将其与活动网站共享。
cli-preview-error = { $problem }（这会阻止发布）
cli-not-published = { $meeting } 尚未发布（每次同步都会带来版本）
cli-version-withdrawn = { $when } 由 { $by } 从公开网站撤下
cli-version = 版本 { $version }，{ $when }，发布人 { $by }
cli-version-public = { $meeting }：版本 { $version } 已公开。
cli-not-published-yet = { $meeting }：尚未发布。
cli-entry-published = 已在版本 { $version } 中发布
cli-entry-changed-since = 自版本 { $version } 以来已更改
cli-entry-new = 新增：下次发布时加入
cli-entry-held-back = 暂不发布：其单元为草稿
cli-entry-draft = 草稿
cli-translated = { $field }现已提供{ $language }文本
cli-untranslated = { $field }不再提供{ $language }文本；该语言的读者看到原文
cli-no-translations = 本会议没有其他语言的文本

## dais registration import
cli-import-csv = { $file }：{ $encoding } 编码的 CSV，分隔符为 { $separator }
cli-import-workbook = { $file }：{ $kind } 工作簿
cli-import-sheet = 第 { $number } 个工作表，{ $name }：{ $rows } 行
cli-import-left-out = （不导入）
cli-import-counts = 行数：{ $rows }。新增：{ $add }。更新：{ $update }。未变：{ $unchanged }。跳过：{ $skip }。与匹配项并存：{ $keep_both }。拒绝：{ $refused }。
cli-import-problem = 第 { $row } 行，{ $header }：{ $problem }
cli-import-problem-row = 第 { $row } 行：{ $problem }
cli-import-more-problems = 另有 { $count } 个
cli-import-done = 已导入 { $meeting }（dais undo 可一步撤销）。
cli-import-no-header = 文件中没有标题为“{ $header }”的列
cli-import-row = “{ $given }”不是行号加操作，例如 7=skip（add、update、skip 或 keep_both）
cli-import-map = “{ $given }”不是标题加字段，例如 Affiliation=organisation 或 Notes=none

## dais import-programme
cli-programme-import-would = 将导入 { $meeting }：新增 { $added } 个条目，更改 { $changed } 个，未变 { $unchanged } 个；新发言人 { $speakers } 位。
cli-programme-import-done = 已导入 { $meeting }（dais undo 可一步撤销）：新增 { $added } 个条目，更改 { $changed } 个，未变 { $unchanged } 个；新发言人 { $speakers } 位。

## dais meeting read-circular
cli-circular-missing = 信中未写明：{ $field }。请在创建会议时填写。
# dais site-files: the public site written as files.
cli-site-files = 已将 { $files } 个文件写入 { $folder }：任何网络服务器都可原样提供该文件夹。
