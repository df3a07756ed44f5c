### Dais 的规则拒绝的内容及原因：显示在字段旁、对话框中或命令行中。

## 未填写的字段。
error-meeting-title-required = 请按通函中的会议名称填写标题
error-short-title-required = 请填写简称，例如 U4SSC-10：侧栏和网站列表会显示它
error-entry-title-required = 请按议程中的显示填写标题
error-given-name-required = 必须填写名
error-family-name-required = 必须填写姓
error-speaker-family-name-required = 请填写发言人的姓
error-organisation-required = 必须填写组织
error-name-required = 必须填写姓名
error-date-required = 请填写日期，例如 2026-03-26
error-time-required = 请填写时间，例如 09:30 或 14:00
error-zone-required = 请填写时区：可按城市或国家查找（输入日内瓦可找到 Europe/Zurich）

## 不符合要求的值。
error-not-an-email = “{ $email }”不是电子邮件地址
error-not-a-country = “{ $code }”不是国家：请按名称选择，或填写其两字母代码（CH）
error-not-a-date = “{ $text }”不是日期；请写成 2026-03-26
error-not-a-time = “{ $text }”不是时间；请写成 09:30 或 14:00（24 小时制）
error-unknown-zone = 没有名为“{ $zone }”的时区；可按城市或国家查找（输入日内瓦可找到 Europe/Zurich）
error-unknown-zone-one = 没有名为“{ $zone }”的时区；您是否指 { $meant }？
error-unknown-zone-several = 没有名为“{ $zone }”的时区；您是否指 { $meant } 或 { $last }？
error-time-skipped = { $zone } 时区在 { $day } 没有 { $time } 这一时刻：当天时钟拨快
error-name-too-long = 姓名最多 { $most } 个字符，且只能占一行
error-unreadable-value = 无法读取此值：{ $detail }

## 日期和时间。
error-last-day-before-first = 最后一天早于第一天（{ $first }）；请填写同一天或更晚的日期
error-registration-closes-before-opening = 报名截止时间早于开始时间
error-ends-before-start = 结束时间（{ $end }）早于开始时间（{ $start }）
error-end-before-start = 结束时间必须晚于开始时间
error-entry-ends-before-start = “{ $entry }”的结束时间必须晚于开始时间

## 议程的单元和议项。
error-item-without-block = 议项须属于一个单元
error-block-of-another-meeting = “{ $block }”属于另一个会议
error-not-a-block = “{ $block }”不是单元
error-outside-block = 超出其所属单元“{ $block }”（{ $start }-{ $end }）
error-only-items-in-blocks = 只有议项可以属于单元
error-items-outside = 其议项将超出其范围：{ $items }
error-no-such-block = 该单元不存在
error-in = { $what }：{ $problem }

## 会议和会外活动。
error-template-is-side-event = 会外活动不能作为会议的模板
error-side-event-starts-blank = 会外活动从空白开始
error-no-such-meeting = 其所属的会议不在工作区中
error-side-event-of-side-event = 会外活动属于会议，不能属于另一个会外活动
error-side-event-in-programme = 议程中的“{ $entry }”代表此会外活动：请先删除该议程条目

## 发言人及其角色。
error-speaker-of-another-meeting = 发言人和议程条目属于不同的会议
error-role-given = { $speaker } 已在“{ $entry }”中担任此角色

## 发言人照片。
error-photo-file-too-large = 文件大小为 { $size } MB；照片最大为 { $most } MB
error-photo-unreadable = 无法读取文件：{ $detail }
error-photo-not-an-image = 该文件不是图像：请选择 JPEG、PNG、WebP 或 GIF 文件
error-photo-too-many-pixels = 图像过大：每边最多 { $most } 像素
error-photo-unsupported = 无法读取此类图像：请选择 JPEG、PNG、WebP 或 GIF 文件
error-photo-damaged = 图像已损坏，无法读取（{ $detail }）
error-photo-empty = 图像为空
error-photo-too-large-to-keep = 照片过大，无法保存
error-photo-not-kept-as-jpeg = 照片须以在应用中选择的 JPEG 格式保存

## 报名、决定和联络人。
error-decided-elsewhere = 此处不能更改此项（决定通过 decide 作出）
error-email-registered = { $family }{ $given } 已使用此地址报名
error-rejection-reason-required = 拒绝须说明理由：理由会告知报名人
error-no-registration-chosen = 未选择任何报名
error-focal-point-stays = 联络人须留在其会议中
error-focal-point-taken = { $name } 已是该国家和类别的联络人
error-page-size = 每页 1 至 { $most } 行，而不是 { $asked } 行
error-no-column = 请至少选择一列
error-too-many-columns = 列数过多
error-too-many-rows-for-excel = Excel 工作表最多容纳 { $most } 行：请将此名单导出为 CSV

## 编辑、撤消和同事的更改。
error-field-not-changed-here = 此处不能更改此字段
error-changed-since-opened = 您打开后已被他人更改：{ $value }
error-emptied-since-opened = 您打开后已被他人更改：空
error-changed-meanwhile = 未保存：表单打开后他人更改了 { $fields }；请选择要保留的值
error-changed-since = “{ $name }”此后已被他人更改
error-erased-since =
    { $kind ->
        [event] 该会议此后已被删除
        [entry] 该议程条目此后已被删除
        [speaker] 该发言人此后已被删除
        [role] 该角色此后已被删除
        [focal_point] 该联络人此后已被删除
        [translation] 该译文此后已被删除
        [registration] 该报名此后已被删除
       *[other] 该对象（{ $kind }）此后已被删除
    }
error-not-undone =
    { $redo ->
        [redo] 未能重做“{ $step }”：{ $reason }；未作任何更改
       *[undo] 未能撤消“{ $step }”：{ $reason }；未作任何更改
    }

## 活动网站。
error-token-outside = 此组织者令牌只能更改以下会议：{ $meetings }；不能更改此对象（{ $kind }）
error-changed-since-preview = 预览后议程已更改（收到了同事的编辑）：未发布任何内容；请重新查看预览
error-rejected = 一项更改被拒绝：{ $detail }
error-site-restored = 活动网站丢失了从此工作区接收的更改（它已从较早的副本恢复）：{ $detail }；工作区将重新发送其数据

## 未找到的内容。
error-not-found =
    { $kind ->
        [event] 没有标识为 { $id } 的会议
        [entry] 没有标识为 { $id } 的议程条目
        [speaker] 没有标识为 { $id } 的发言人
        [role] 没有标识为 { $id } 的角色
        [focal_point] 没有标识为 { $id } 的联络人
        [translation] 没有标识为 { $id } 的译文
        [registration] 没有标识为 { $id } 的报名
        [published_event] 没有标识为 { $id } 的已发布会议
        [photo] 没有标识为 { $id } 的照片
        [conflict] 没有标识为 { $id } 的冲突
       *[other] 没有标识为 { $id } 的对象（{ $kind }）
    }

## 工作区和写入的文件。
error-disk-full = 磁盘已满：更改未保存，没有丢失任何内容
error-write =
    { $what ->
        [participants_list] 无法写入与会者名单：{ $reason }
        [settings] 无法写入此计算机上的 Dais 设置：{ $reason }
        [site_files] 无法写入公共网站的文件：{ $reason }
       *[programme_document] 无法写入议程文件：{ $reason }
    }
error-workspace = 无法打开工作区 { $path }：{ $reason }
error-corrupt = 工作区数据已损坏：{ $detail }
error-database = 数据库错误：{ $detail }
error-migration = 无法更新工作区的结构：{ $detail }
error-newer-schema = 此文件由更新版本的 Dais 写入（其架构为 { $found }；本版本最高支持 { $known }）：请更新 Dais 后再打开。文件保持原样。
error-update-refused = 已拒绝更新到 Dais { $version }：{ $reason }。未安装任何内容；Dais 保持不变。
error-update-check-failed = Dais 无法向其发布源查询是否有更新的版本：{ $reason }
error-update-failed = 无法更新 Dais：{ $reason }。Dais 保持不变。
error-malformed = 数据格式错误：{ $detail }

## 与活动网站同步。
error-sync-offline = 离线：无法连接位于 { $url } 的活动网站（{ $reason }）
error-sync-unauthorized = 活动网站拒绝了组织者令牌：请在设置中检查
error-sync-bad-url = 网站 URL“{ $url }”不是有效的 http(s) 地址

## 应用本身的消息。
error-app-internal = 应用意外中止了一项操作：{ $detail }
error-app-workspace-open = 工作区已打开
error-app-photo-not-sent = 未发送照片文件
error-app-import-no-file = 未选择要导入的文件，或该文件已关闭：请重新选择
error-app-import-no-meeting = 未发送程序要导入的会议
error-app-photo-speaker-not-sent = 未说明照片属于哪位发言人
error-app-no-site = 尚未设置活动网站：请在设置中添加其地址和您的组织者令牌
error-app-closing = 应用正在关闭
error-app-token-required = 必须提供组织者令牌：由网站管理员为您创建
error-app-not-a-site-page = { $url } 不是活动网站的页面
error-app-browser = 无法打开浏览器：{ $detail }
error-not-translated = { $field }不能以其他语言提供；只有会议的标题、简称、说明、受众和地点，以及议程条目的标题和说明可以
error-translation-language = 请用六种语言之一提供译文
error-translation-id = 译文的标识由其记录、字段和语言构成
error-publish-side-event = { $title } 是会外活动：与其所属会议 { $meeting } 一同发布

## 导入的文件。
error-unreadable = 无法读取 { $file }：{ $reason }
error-import-no-sheet = 文件中没有该工作表
error-import-empty = 工作表为空：没有标题行
error-import-columns = 已有 { $given } 列对应到字段，但文件有 { $headers } 列
error-import-at-cell = { $header }：{ $problem }
error-import-same-email = 与第 { $row } 行的电子邮件相同：请跳过其中一行，或两行都保留
error-import-country = “{ $value }”不是 Dais 认识的国家：请用六种语言之一写出其名称，或写其 ISO 代码
error-import-category = “{ $value }”不是与会者类别
error-import-status = “{ $value }”不是注册状态
error-import-time = “{ $value }”不是 Dais 可读的日期和时间，例如 2026-03-02 09:30
error-import-yes-no = “{ $value }”既不是“是”也不是“否”
error-import-id = “{ $value }”不是 Dais 的注册编号
error-import-formula = 以电子表格公式的形式开头：按文本保留
error-circular-needed = 信函中未说明：请填写后再创建会议
error-circular-two-values = 信函给出了两个值：请保留正确的一个
error-circular-date = 请按 YYYY-MM-DD 填写日期，例如 2025-10-31
error-circular-times = 请按 HH:MM-HH:MM 填写时间，例如 11:00-12:00
error-circular-side-event = 请填写日期、时间和标题，例如 2025-10-31 12:00-13:00 网络研讨会
error-circular-unknown = “{ $value }”不是 Dais 认识的值
error-cancelled = 在完成前已停止：未写入任何内容
