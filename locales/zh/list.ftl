list-column =
    { $column ->
        [name] 姓名
        [given_name] 名
        [family_name] 姓
        [email] 电子邮件
        [organisation] 组织
        [position] 职务
        [country] 国家
        [country_code] 国家代码
        [category] 类别
        [status] 状态
        [submitted_at] 提交时间
        [decided_by] 决定人
        [decided_at] 决定时间
        [reason] 理由
        [source] 来源
        [consent_to_be_listed] 同意列入名单
        [attended] 出席
        [private_notes] 内部备注
       *[id] 注册编号
    }
# A time column's header names the time zone its times are in, since a spreadsheet's dates have none.
list-column-in-zone = { $column }（{ $zone }）
list-yes = 是
list-no = 否
# The sheet's name in the XLSX file.
list-sheet = 与会者

## A saved participants list's file name, before its extension ($day: YYYY-MM-DD).
list-file-name = { $meeting } 与会者 { $day }
