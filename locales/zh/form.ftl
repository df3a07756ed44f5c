## The registration form of the event site (crates/site/src/form), its errors and the pages that answer it.

form-title-error = 错误：注册
form-pending-until-approved = 您的注册有待您所在主管部门或组织的联络人批准。
form-waiting-list = 名额已满：现在提交的申请将列入候补名单，如有空缺即予批准。
form-error-summary = 出现问题
# Before a field's error, for screen readers.
form-error-prefix = 错误：
form-optional = （选填）
form-given-name = 名
form-family-name = 姓
form-email = 电子邮件地址
form-email-hint = 组织方将通过此地址与您联系。此地址绝不公开。
form-organisation = 组织
form-organisation-hint = 您所代表的主管部门、公司、大学或组织。
form-country = 国家
form-country-prompt = 选择您的国家
form-category = 与会者类别
form-category-prompt = 选择您的类别
form-position = 职务
form-consent = 将我的姓名和组织列入本次会议的与会者名单
form-privacy-title = 保留哪些有关您的信息
form-privacy-what-label = 内容：
form-privacy-what = 您在本表中的回答。
form-privacy-what-zone = 您在本表中的回答，以及您的浏览器提供的时区（以便我们的邮件按您所在地的时间显示）。
form-privacy-why-label = 目的：
form-privacy-why = 用于处理您的参会申请。会议组织方和您所在主管部门的联络人可以查看。只有在您勾选上方方框时，您的姓名和组织才会列入与会者名单；您的电子邮件地址绝不列入。
form-privacy-how-long-label = 保留期限：
form-privacy-how-long =
    { $days ->
       *[other] 保留至会议最后一天（{ $last_day }）后 { $days } 天；之后将在本网站和组织方的计算机上删除。
    }
form-privacy-how-long-unset = 保留至会议结束后由组织方删除。
form-privacy-whom-label = 联系对象：
form-privacy-whom = 如需查看、更正或删除有关您的信息，请写信至 { $contact }。
form-privacy-whom-organisers = 如需查看、更正或删除有关您的信息，请与会议组织方联系。
form-send = 提交注册

## The problems with an answer, each by its field.
form-error-given-name-missing = 请输入您的名
form-error-family-name-missing = 请输入您的姓
form-error-email-missing = 请输入您的电子邮件地址
form-error-organisation-missing = 请输入您所代表的组织
form-error-country-missing = 请选择您的国家
form-error-category-missing = 请选择您参会的类别
form-error-category-unknown = 请从列表中选择一个类别
form-error-email-format = 请输入类似 name@example.org 的电子邮件地址
form-error-country-unknown = 请从列表中选择您的国家
form-error-check = 请检查此项回答
form-error-too-long =
    { $count ->
       *[other] 请缩短至不超过 { $count } 个字符
    }
form-error-control-characters = 请删除其中的控制字符（如换行符或制表符）

## A form turned away before its answers were read.
form-too-large = 表单过大
form-too-large-detail = 提交的内容远大于一份注册。未保存任何内容。
form-not-a-form = 这不是表单
form-not-a-form-detail = 注册须通过注册表提交。未保存任何内容。
form-garbled = 无法读取表单
form-garbled-incomplete = 表单未完整送达。请重新提交。
form-garbled-not-utf8 = 表单文本不是浏览器使用的 UTF-8 编码。请通过表单提交。
form-garbled-twice = 表单中的某个字段被提交了两次。请通过表单提交。
form-forged = 请重新提交表单
form-forged-detail = 此表单已过期或并非来自本网站，因此未保存任何内容。请重新打开表单，填写后提交。（您的浏览器必须接受本网站的 Cookie。）
form-open-again = 打开注册表
form-too-many = 请稍候
form-too-many-detail =
    { $count ->
       *[other] 您的网络提交的表单过多。未保存任何内容。请等待 { $count } 秒后重新提交。
    }
form-not-open = { $meeting } 的注册尚未开放。
form-not-open-until = { $meeting } 的注册开始时间：{ $when }。
form-closed = { $meeting } 的注册已截止。
form-closed-on = { $meeting } 的注册已于 { $when } 截止。

## The answer to a form sent.
form-check-mailbox = 请查看您的邮箱
form-check-mailbox-detail =
    { $hours ->
       *[other] 我们已向您提供的地址发送了一封邮件。请在 { $hours } 小时内打开其中的链接，确认该地址属于您：在此之前，您对 { $meeting } 的申请不会进一步处理。如果没有收到，请查看垃圾邮件文件夹，或重新提交表单。
    }
# After the answer, when the meeting has a contact address.
form-write-to = 如需更改，请写信至 { $contact }。
form-received = 谢谢：您的注册申请已收到
form-received-detail = 您对 { $meeting } 的注册有待您所在主管部门或组织的联络人批准；如名额已满，则列入候补名单，有空缺时予以批准。如果此地址此前已注册本次会议，则以首次注册为准，未作任何更改。
form-name-order = 您姓名的书写顺序
