### 活动网站发送的邮件：发给注册人（确认邮箱地址、申请已收到、每项决定），以及发给需就申请作出决定的联络人。

## 所有邮件。
mail-greeting = { $name }，您好：
mail-fact-line = { $label }：{ $value }
mail-action-line = { $label }：
mail-copy-link = 或将此地址复制到浏览器中：{ $url }
mail-write-to = 如有疑问，请发邮件至 { $email }。
mail-reply = 如有疑问，请直接回复本邮件。
mail-signature = { $meeting } 组织方
mail-page = 会议网页

## 邮件中列出的注册及会议信息。
mail-fact =
    { $fact ->
        [name] 姓名
        [organisation] 组织
        [country] 国家
        [category] 类别
        [status] 状态
        [dates] 日期
        [venue] 地点
       *[online] 在线参会
    }

## 某日在会议所在时区的时间，以及在注册人所在时区的时间。
mail-times-yours = { $times }（您当地时间 { $yours }）
mail-times-yours-on = { $times }（您当地时间 { $day } { $yours }）

## 确认邮箱地址。
mail-confirm-subject = 请确认您的 { $meeting } 注册申请
mail-confirm-body = 有人使用此邮箱地址提交了参加 { $title }（{ $dates }）的申请。如确系您本人提交，请在 { $hours } 小时内打开下方链接予以确认：确认后，申请才会提交给组织方。
mail-confirm-action = 确认我的申请
mail-confirm-not-you = 如非您本人提交，请勿进行任何操作：该申请将被放弃，其任何信息都不会被保留。

## 已收到申请。
mail-received-subject = 已收到注册申请：{ $meeting }
mail-received-pending = 您参加 { $title }（{ $dates }）的申请已收到。在您所在主管部门或组织的联络人批准之前，申请处于待定状态；决定结果将通知您。
mail-received-waitlisted = 您参加 { $title }（{ $dates }）的申请已收到。申请送达时名额已满，因此已列入候补名单；如有名额空出，将通知您。
mail-cancel-request = 如您最终无法出席，请在此取消申请：{ $link }

## 决定。
mail-approved-subject = 您的 { $meeting } 注册已获批准
mail-approved-body = 您的 { $title } 注册已获批准，欢迎参加。
mail-approved-online = 在线参会链接见下方，仅供您本人使用，请勿转发。
mail-rejected-subject = 您的 { $meeting } 注册申请
mail-rejected-body = 您参加 { $title } 的申请未获批准。
mail-rejected-reason = 给出的理由：{ $reason }
mail-waitlisted-subject = 您的 { $meeting } 注册申请：候补名单
mail-waitlisted-body = 您参加 { $title } 的申请已列入候补名单；如有名额空出，将通知您。
mail-cancelled-subject = 您的 { $meeting } 注册已取消
mail-cancelled-body = 您的 { $title } 注册已取消。
mail-cancel-registration = 如您最终无法出席，请在此取消注册：{ $link }

## 请联络人就其主管部门的申请作出决定。
mail-focal-subject = 一份参加 { $meeting } 的申请等待您的决定
mail-focal-body = { $name }（{ $country }）申请参加 { $title }（{ $dates }）。作为负责批准贵主管部门申请的联络人，请批准或拒绝该申请。
mail-focal-link = 下方链接仅供您本人使用：其中列出来自贵国（{ $country }）、等待您决定的申请，有效期为 { $days } 天。
mail-focal-action = 批准或拒绝
