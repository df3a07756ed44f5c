### 从其他系统的文件导入数据。

## 文件标题行可用来指称各列的词语（除与会者名单中该列的名称外），以 | 分隔。
import-column-words =
    { $column ->
        [name] 全名|姓名|与会者|参会人
        [given_name] 名字
        [family_name] 姓氏|姓
        [email] 电子邮件|电子邮箱|邮箱|电邮
        [organisation] 单位|机构|工作单位|公司|所属机构
        [position] 职务|职位|职称
        [country] 国籍|所在国家
        [country_code] ISO代码|国家代码
        [category] 与会者类别|参会类别
        [status] 注册状态|状态|决定
        [submitted_at] 注册日期|注册时间|提交时间
        [decided_by] 批准人
        [decided_at] 决定日期
        [reason] 决定理由
        [consent_to_be_listed] 同意列名|列入名单
        [attended] 已签到|出席|签到
        [private_notes] 备注|注释|说明
        [source] 来源渠道
       *[id] Dais 编号
    }
## 文件可用来指称各注册状态的词语（除其名称外），以 | 分隔。
import-status-words =
    { $status ->
        [pending] 待付款|未付款|已提交|新
        [waitlisted] 候补|等候
        [approved] 已完成|已接受|已确认|已注册
        [rejected] 已拒绝|拒绝
       *[cancelled] 已撤回|已取消
    }

## 文件无法读取的原因（$detail：系统或读取程序的英文原话）。
import-file-io = { $detail }
import-file-too-large = 文件大小为 { $size } MB，超过 Dais 可读取的 { $most } MB
import-file-not-a-table = 这是 { $kind } 文件，不是电子表格或 CSV
import-file-damaged = 电子表格已损坏或不完整（{ $detail }）
import-file-unknown-encoding = Dais 不认识编码 { $encoding }（请试用 UTF-8、windows-1252、windows-1251、windows-1256 或 GBK）
import-file-not-text = 按所读编码它不是文本：请选择其编码，或将其另存为 CSV (UTF-8)
import-file-csv = CSV 格式有误（{ $detail }）

## 程序文件无法读取的原因。
import-programme-unknown = 它既不是 Indico 导出文件（日程或活动），也不是 c3voc 日程（frab、pretalx）
import-programme-empty = 其中没有任何带时间的条目
import-programme-json = 其 JSON 格式有误（{ $detail }）
import-programme-xml = 其 XML 格式有误（{ $detail }）
import-programme-entry-type = 其中有 Dais 不认识的条目类型：{ $kind }
import-programme-time = “{ $value }”不是 Dais 可读的时间
import-programme-duration = “{ $value }”不是 1:30 这样的时长

import-circular-not-docx = 这不是 Dais 可读取的 DOCX 文档
import-circular-pdf = 该 PDF 中没有 Dais 能读取的文本（扫描件？）：请打开通函的 DOCX，或粘贴其文本
circular-session = 第 { $number } 场会议
circular-side-event = 会外活动
circular-contact = 秘书处
import-indico-address = 这不是 Indico 活动的地址（…/event/1234/），也不是其导出的地址（…/export/timetable/1234.json）
import-indico-unreachable = 无法连接 Indico（{ $reason }）
import-indico-token = Indico 拒绝了该 API 令牌：请提供在 Indico「我的个人资料 → API 令牌」中创建、具有 read:legacy_api 权限的令牌
import-indico-status = Indico 返回错误 { $status }
