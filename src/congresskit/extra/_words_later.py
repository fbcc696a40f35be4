"""Chinese and English names of the fields and lists of the later kinds of record.

Evaluations, handling reports, rule documents, honours, budget lines and
allowances, election plans, the life of a livelihood project, and the parts of
activities and handling events added with them. :mod:`congresskit.extra._words`
merges these into its tables; they live apart to keep each module small.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LATER_FIELDS", "LATER_LISTS"]

#: Fields: ``(zh, en)``.
LATER_FIELDS: Mapping[str, tuple[str, str]] = {
    # Evaluations (评议) and their parts.
    "activity": ("所属活动", "activity"),
    "subject_kind": ("评议对象类型", "subject kind"),
    "subject_name": ("评议对象名称", "subject name"),
    "subjects_reported": ("评议对象数", "subjects reported"),
    "dimensions_reported": ("测评项目数", "aspects reported"),
    "evaluators_reported": ("参评人数", "evaluators reported"),
    "voters_present": ("到场选民数", "voters present"),
    "issues_found": ("发现问题数", "issues found"),
    "issues_raised": ("提出问题数", "issues raised"),
    "notices": ("整改通知数", "rectification notices"),
    "notice": ("是否发整改通知", "notice sent"),
    "rectified": ("已整改数", "rectified"),
    "results_announced": ("是否当场公布结果", "results announced"),
    "score": ("得分", "score"),
    "score_out_of": ("满分", "score out of"),
    "since": ("起始时间", "since"),
    "grade": ("等次", "grade"),
    "count": ("数量", "count"),
    "base": ("基数", "base"),
    "measure": ("比率含义", "measure"),
    "percent": ("百分比", "percent"),
    # Handling reports (办理情况报告) and handling events.
    "covers": ("所涉时间", "covers"),
    "items": ("件数", "items"),
    "units": ("承办单位数", "units"),
    "replied": ("已答复数", "replied"),
    "replied_on_time": ("按期答复数", "replied on time"),
    "satisfied_or_basically": ("满意和基本满意数", "satisfied or basically"),
    "topics_incomplete": ("是否只列部分方面", "topics incomplete"),
    "channel": ("渠道", "channel"),
    "reason": ("原因", "reason"),
    "reason_text": ("原因原文", "reason in words"),
    "artefact": ("办理形成的文件", "artefact"),
    "explained": ("是否解释说明", "explained"),
    "implementation": ("落实情况", "implementation"),
    # Honours, budget lines and allowances, rule documents.
    "recipient": ("获奖对象编号", "recipient"),
    "recipient_kind": ("获奖对象类型", "recipient kind"),
    "recipient_name": ("获奖对象名称", "recipient name"),
    "awarded_by": ("授予单位", "awarded by"),
    "leader": ("责任领导", "leader"),
    "amount": ("金额（元）", "amount (yuan)"),
    "spent": ("已支出（元）", "spent (yuan)"),
    "funder": ("经费来源", "funder"),
    "basis": ("计发方式", "basis"),
    "eligible": ("发放对象", "eligible"),
    "issuer": ("制定机关", "issuer"),
    "calendar_rule": ("日程规则", "calendar rule"),
    "notice_days": ("提前公告天数", "notice days"),
    # Election plans and ballots.
    "adopted_at": ("通过的主席团会议", "adopted at"),
    "adopted_on": ("通过日期", "adopted on"),
    "election_day": ("选举日", "election day"),
    "explanation": ("候选项目说明", "explanation"),
    "rule": ("票决规则", "rule"),
    "places": ("应选项目数", "places"),
    "majority": ("过半数要求", "majority"),
    "rank_order": ("是否按得票多少确定", "rank order"),
    # Livelihood projects' life.
    "planned_start": ("计划开工日期", "planned start"),
    "planned_end": ("计划完工日期", "planned end"),
    "actual_end": ("实际完工日期", "actual end"),
    "budget": ("预算（元）", "budget (yuan)"),
    "evaluation": ("年终评价", "evaluation"),
    "planned": ("计划完成日期", "planned"),
    "done": ("完成日期", "done"),
    "progress": ("进度（%）", "progress (%)"),
    "weight": ("权重", "weight"),
    "rectification": ("整改要求", "rectification"),
    "rectified_on": ("整改日期", "rectified on"),
    # Activities and groups.
    "batches": ("批次", "batches"),
    "dispositions": ("意见处理", "dispositions"),
    "answered_on_spot": ("当场答复", "answered on the spot"),
    "forwarded": ("转交办", "forwarded"),
    "turned_into_suggestions": ("转为建议", "turned into suggestions"),
    "unaccounted": ("未说明去向", "unaccounted"),
    "others_taking_part": ("非代表参加人数", "others taking part"),
    "study": ("学习类型", "study"),
    "cadence": ("活动频次", "cadence"),
}

#: Lists of records and nested lists: ``(zh, en)``; the sheet names.
LATER_LISTS: Mapping[str, tuple[str, str]] = {
    "evaluations": ("评议", "evaluations"),
    "handling_reports": ("办理情况报告", "handling reports"),
    "rules": ("制度文件", "rules"),
    "honours": ("荣誉", "honours"),
    "budget_lines": ("经费预算", "budget lines"),
    "allowances": ("补贴标准", "allowances"),
    "election_plans": ("选举工作方案", "election plans"),
    "dimensions": ("测评项目", "aspects"),
    "ratings": ("评价分布", "ratings"),
    "evaluator_levels": ("参评代表层级", "evaluator levels"),
    "evaluators": ("参评代表", "evaluators"),
    "grades": ("等次分布", "grades"),
    "issues_raised_items": ("提出的问题", "issues raised"),
    "methods": ("评议方式", "methods"),
    "rates": ("比率", "rates"),
    "results": ("评议结果", "results"),
    "sent_to": ("结果报送", "sent to"),
    "subject_groups": ("评议对象分类", "subject groups"),
    "by_kind": ("分类件数", "by kind"),
    "outcomes": ("答复分类", "outcomes"),
    "measures": ("办理措施", "measures"),
    "reasons": ("未解决原因", "reasons"),
    "responsible": ("责任单位", "responsible"),
    "implementation": ("落实情况", "implementation"),
    "notice_content": ("公告内容", "notice content"),
    "districts": ("选区", "districts"),
    "elected_reported": ("当选人数", "elected"),
    "seats_reported": ("应选名额", "seats"),
    "legal_basis": ("法律依据", "legal basis"),
    "stages": ("工作阶段", "stages"),
    "milestones": ("节点", "milestones"),
    "visits": ("督查", "visits"),
    "defects": ("问题", "defects"),
    "third_parties": ("其他参与方", "third parties"),
    "other_kinds": ("非代表类别", "other kinds"),
    "public_ratings": ("群众评价", "public ratings"),
    "themes": ("主题", "themes"),
}
