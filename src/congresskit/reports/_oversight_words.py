"""The words of the oversight sections of the work report, in zh and en."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EN", "LIST_COLUMNS", "LIST_EN", "LIST_ZH", "RESOLVED_AT", "UNIT_COLUMNS", "ZH"]

ZH: Mapping[str, str] = {
    "not_stated": "未载明",
    "sep": "，",
    "list": "、",
    "end": "。",
    "evaluations": "评议工作",
    "held": "开展评议{n}次",
    "at_session": "其中在人代会上{n}次",
    "by_kind": "评议对象：{}",
    "kind_n": "{kind}{n}次",
    "issues": "评议前提出问题{raised}，查摆问题{found}，已整改{rectified}",
    "piece": "{}个",
    "ratings": "测评结果：{}",
    "rating_n": "{level}{n}票",
    "share_of_all": "{level}{n}件（占全部件数的{share}）",
    "voters": "参加述职评议的选民{n}人，提出新的意见建议{opinions}",
    "subjects": "共评议{n}个对象（{kinds}）",
    "subject_n": "{kind}{n}个",
    "grade_cell": "{level}{n}个",
    "grades": "评定结果：{}",
    "grade_n": "{level}{n}个（占评定对象的{share}）",
    "notices": "下发整改通知{n}份",
    "dimensions": "分项测评：{}",
    "dimension": "{name}（{counts}）",
    "units": "涉及承办单位{n}个",
    "completion": "办结率{rate}（已办结{part}件，占全部{base}件）",
    "topics": "涉及{}方面",
    "topics_more": "{}等",
    "by_topic": "分方面：{}",
    "topic_n": "{topic}{n}",
    "measures": "办理举措：{}",
    "handling": "建议办理情况",
    "basis_reported": "据办理情况报告{n}份",
    "items": "办理代表议案、建议、批评和意见{n}件",
    "replied": "已答复{n}（按期答复{on_time}）",
    "item": "{}件",
    "outcomes": "答复分类：{}",
    "implementation": "落实情况：{}",
    "reasons": "未能解决的原因：{}",
    "share": "{level}{n}件",
    "no_units": "本期没有交办给承办单位的建议。",
    "opinions": "群众意见处理情况",
    "dispositions": (
        "群众意见当场答复：{answered}，转为代表建议：{turned}，"
        "转交有关单位：{forwarded}，未说明去向：{unaccounted}"
    ),
    "opinion_unit": "{}条",
    "resolved": "转交的意见中，{}",
    "resolved_n": "{level}层面解决{n}",
    "public": "群众对接待工作的评价：{}",
    "channel": "通过“{name}”提出建议{n}条",
    "channel_reports": "该渠道办理情况报告{n}份",
    "satisfaction": "满意和基本满意的占全部件数的{all}、占已测评件数的{rated}",
    "stated_rates": "报告只以百分比载明的比率：{}",
    "unit_heading": "附：按承办单位统计",
    "unit_note": (
        "按期、逾期答复和超期未复只计至本期末已到答复期限的件数；"
        "平均答复天数自交办起算；首次满意率以首次测评为准。"
    ),
}
EN: Mapping[str, str] = {
    "not_stated": "not stated",
    "sep": "; ",
    "list": ", ",
    "end": ".",
    "evaluations": "Evaluations",
    "held": "evaluations held: {n}",
    "at_session": "{n} of them at sessions",
    "by_kind": "subjects: {}",
    "kind_n": "{kind} {n}",
    "issues": "issues raised before: {raised}, found: {found}, rectified: {rectified}",
    "piece": "{}",
    "ratings": "ratings: {}",
    "rating_n": "{level} {n}",
    "share_of_all": "{level} {n} ({share} of all items)",
    "voters": "voters at deputies' reports: {n}; new opinions raised: {opinions}",
    "subjects": "{n} subjects evaluated ({kinds})",
    "subject_n": "{kind} {n}",
    "grade_cell": "{level} {n}",
    "grades": "grades: {}",
    "grade_n": "{level} {n} ({share} of those graded)",
    "notices": "rectification notices sent: {n}",
    "dimensions": "votes per aspect: {}",
    "dimension": "{name} ({counts})",
    "units": "handling units involved: {n}",
    "completion": "completion rate {rate} ({part} finished of all {base} items)",
    "topics": "areas: {}",
    "topics_more": "{} and others",
    "by_topic": "items by area: {}",
    "topic_n": "{topic} {n}",
    "measures": "steps taken: {}",
    "handling": "Handling of suggestions",
    "basis_reported": "according to {n} handling report(s)",
    "items": "{n} motions, suggestions, criticisms and opinions were handled",
    "replied": "replied to: {n} ({on_time} on time)",
    "item": "{}",
    "outcomes": "replies by class: {}",
    "implementation": "implementation: {}",
    "reasons": "reasons for items not resolved: {}",
    "share": "{level} {n}",
    "no_units": "No suggestion in hand was assigned to a handling unit.",
    "opinions": "Opinions from the public",
    "dispositions": (
        "opinions answered on the spot: {answered}, turned into suggestions: {turned}, "
        "forwarded: {forwarded}, not accounted for: {unaccounted}"
    ),
    "opinion_unit": "{}",
    "resolved": "of the opinions forwarded, resolved {}",
    "resolved_n": "at {level} level: {n}",
    "public": "the public's satisfaction with receptions: {}",
    "channel": "suggestions raised through {name}: {n}",
    "channel_reports": "{n} handling report(s) of the channel",
    "satisfaction": "satisfied or basically satisfied: {all} of all items, {rated} of items rated",
    "stated_rates": "rates the reports state only as percentages: {}",
    "unit_heading": "Appendix: by handling unit",
    "unit_note": (
        "On time, late and overdue count only items whose reply was due by the end of the "
        "period; days to reply are counted from assignment; first-round satisfaction is "
        "that of the first evaluation."
    ),
}
UNIT_COLUMNS = {
    "zh": (
        "承办单位",
        "交办",
        "到期应复",
        "按期答复",
        "逾期答复",
        "超期未复",
        "平均答复天数",
        "A/B/C/D类占比",
        "首次满意率",
        "重新办理",
        "退回",
        "已解决",
    ),
    "en": (
        "Unit",
        "Assigned",
        "Due",
        "On time",
        "Late",
        "Overdue",
        "Avg. days",
        "A/B/C/D shares",
        "First-round satisfied",
        "Re-handled",
        "Returned",
        "Resolved",
    ),
}

#: Words of the list of evaluations and of totals to date.
LIST_ZH: Mapping[str, str] = {
    "rate": "{measure}{percent}%{above}（基数{base}）",
    "above": "以上",
    "announced": "当场公布结果",
    "to_date": "累计数（{since}至{on}，不计入本期合计）：{title}，评议对象{n}个{rates}",
    "rates": "，{}",
    "aspects": "{n}项：{names}",
}
LIST_EN: Mapping[str, str] = {
    "rate": "{measure} {percent}%{above} (base: {base})",
    "above": " or more",
    "announced": "results announced on the spot",
    "to_date": "Totals to date ({since} to {on}, not added to the period): {title}, "
    "{n} subjects evaluated{rates}",
    "rates": "; {}",
    "aspects": "{n}: {names}",
}
LIST_COLUMNS = {
    "zh": ("日期", "评议", "评议对象", "评定结果", "整改通知", "测评内容", "载明的比率"),
    "en": ("Date", "Evaluation", "Subjects", "Grades", "Notices", "Aspects rated", "Rates stated"),
}

#: A level as the place an opinion was resolved (街道层面, not the working committee).
RESOLVED_AT: Mapping[str, tuple[str, str]] = {
    "township": ("乡", "township"),
    "town": ("镇", "town"),
    "county": ("县", "county"),
    "district": ("区", "district"),
    "city": ("市", "city"),
    "province": ("省", "province"),
    "national": ("国家", "national"),
    "subdistrict": ("街道", "sub-district"),
}
