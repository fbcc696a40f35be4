"""Simplified-Chinese and English labels for every enumeration value.

The labels are kept in one table so that reports can be rendered in either
language without touching the exchange identifiers.

>>> from congresskit import ActivityKind, label
>>> label(ActivityKind.RECEPTION)
'接访'
>>> label(ActivityKind.RECEPTION, "en")
'reception'
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Literal

from congresskit.records.ballots import Majority
from congresskit.records.enums import (
    ActivityKind,
    Cadence,
    CampaignKind,
    CampaignRoleKind,
    DutyMetric,
    DutyWindow,
    Gender,
    GroupKind,
    Level,
    MembershipKind,
    OpinionResolution,
    Outcome,
    ParticipantKind,
    PartService,
    PlaceKind,
    PlanSection,
    ProjectStatus,
    ReportKind,
    ReviewDecision,
    Satisfaction,
    StationKind,
    Status,
    StudyKind,
    SuggestionKind,
    TargetMetric,
    UnitKind,
    Verdict,
)
from congresskit.records.kinds import AllowanceBasis, BudgetKind, RecipientKind, RuleKind

__all__ = ["LABELS", "Lang", "label"]

Lang = Literal["zh", "en"]

_L = enum.Enum

#: Every enum member, mapped to its ``(zh, en)`` labels.
LABELS: Mapping[_L, tuple[str, str]] = {
    Level.TOWNSHIP: ("乡", "township"),
    Level.TOWN: ("镇", "town"),
    Level.COUNTY: ("县", "county"),
    Level.DISTRICT: ("区", "district"),
    Level.CITY: ("市", "city"),
    Level.PROVINCE: ("省", "province"),
    Level.NATIONAL: ("全国", "national"),
    Level.SUBDISTRICT: ("街道人大工委", "sub-district working committee"),
    Gender.FEMALE: ("女", "female"),
    Gender.MALE: ("男", "male"),
    MembershipKind.TERM: ("届", "term"),
    MembershipKind.GROUP: ("代表小组", "deputy group"),
    MembershipKind.STATION: ("代表工作站", "station"),
    SuggestionKind.MOTION: ("议案", "motion"),
    SuggestionKind.SUGGESTION: ("建议", "suggestion"),
    SuggestionKind.CRITICISM: ("批评", "criticism"),
    SuggestionKind.OPINION: ("意见", "opinion"),
    ReportKind.GOVERNMENT_WORK: ("政府工作报告", "government work report"),
    ReportKind.PRESIDIUM_WORK: ("人大主席团工作报告", "presidium work report"),
    ReportKind.FISCAL: ("财政收支情况报告", "fiscal revenue and expenditure report"),
    ReportKind.BUDGET: ("预算报告", "budget report"),
    ReportKind.DEVELOPMENT_PLAN: ("国民经济和社会发展计划报告", "development plan report"),
    ReportKind.JUDICIAL_MEDIATION: ("人民调解工作情况报告", "judicial mediation report"),
    ReportKind.SUGGESTION_HANDLING: ("代表建议办理情况报告", "suggestion handling report"),
    ReportKind.OTHER: ("其他报告", "other report"),
    ReviewDecision.ACCEPTED: ("立案", "accepted"),
    ReviewDecision.MERGED: ("并案", "merged"),
    ReviewDecision.NOT_ACCEPTED: ("不予立案", "not accepted"),
    Outcome.A: ("A类(已解决或采纳)", "A (resolved or adopted)"),
    Outcome.B: ("B类(正在解决或列入计划)", "B (being resolved or planned)"),
    Outcome.C: ("C类(暂不能解决,已说明)", "C (cannot be resolved now, explained)"),
    Satisfaction.SATISFIED: ("满意", "satisfied"),
    Satisfaction.BASICALLY_SATISFIED: ("基本满意", "basically satisfied"),
    Satisfaction.DISSATISFIED: ("不满意", "dissatisfied"),
    Satisfaction.NO_ANSWER: ("未表态", "no answer"),
    Status.RAISED: ("已提出", "raised"),
    Status.ACCEPTED: ("已立案", "accepted"),
    Status.MERGED: ("已并案", "merged"),
    Status.NOT_ACCEPTED: ("不予立案", "not accepted"),
    Status.ASSIGNED: ("已交办", "assigned"),
    Status.REPLIED: ("已答复", "replied"),
    Status.EVALUATED: ("已评价", "evaluated"),
    Status.REHANDLING: ("重新办理", "re-handling"),
    Status.CLOSED: ("已办结", "closed"),
    ActivityKind.INSPECTION: ("视察", "inspection"),
    ActivityKind.SURVEY: ("调研", "survey"),
    ActivityKind.ENFORCEMENT_CHECK: ("执法检查", "enforcement check"),
    ActivityKind.SUPERVISION: ("监督", "supervision"),
    ActivityKind.VOTER_VISIT: ("走访", "visit"),
    ActivityKind.RECEPTION: ("接访", "reception"),
    ActivityKind.STUDY: ("学习", "study"),
    ActivityKind.TRAINING: ("培训", "training"),
    ActivityKind.WORK_EVALUATION: ("工作评议", "work evaluation"),
    ActivityKind.REPORT_TO_VOTERS: ("向选民述职", "report to voters"),
    ActivityKind.CAMPAIGN_WORK: ("专项工作", "campaign work"),
    ActivityKind.OTHER: ("其他活动", "other activity"),
    CampaignKind.EPIDEMIC_PREVENTION: ("疫情防控", "epidemic prevention"),
    CampaignKind.POVERTY_ALLEVIATION: ("脱贫攻坚", "poverty alleviation"),
    CampaignKind.RURAL_REVITALISATION: ("乡村振兴", "rural revitalisation"),
    CampaignKind.SAFETY: ("安全生产", "safety"),
    CampaignKind.OTHER: ("其他专项工作", "other campaign"),
    CampaignRoleKind.GATEKEEPER: ("守门员", "gatekeeper"),
    CampaignRoleKind.INVESTIGATOR: ("调查员", "investigator"),
    CampaignRoleKind.TEMPERATURE_CHECKER: ("温度检测员", "temperature checker"),
    CampaignRoleKind.PURCHASER: ("物资采购员", "purchaser"),
    CampaignRoleKind.PRODUCE_SELLER: ("农产品销售员", "farm-produce seller"),
    CampaignRoleKind.ASSESSMENT_INVESTIGATOR: ("评估调查员", "assessment investigator"),
    CampaignRoleKind.POLICY_EXPLAINER: ("政策宣传者", "policy explainer"),
    CampaignRoleKind.WORK_SUPERVISOR: ("工作监督员", "work supervisor"),
    CampaignRoleKind.OTHER: ("其他", "other"),
    ProjectStatus.VOTED: ("已票决", "voted"),
    ProjectStatus.IN_PROGRESS: ("实施中", "in progress"),
    ProjectStatus.DELAYED: ("进度滞后", "delayed"),
    ProjectStatus.COMPLETED: ("已完成", "completed"),
    ProjectStatus.CANCELLED: ("已取消", "cancelled"),
    OpinionResolution.ANSWERED_ON_SPOT: ("现场答复", "answered on the spot"),
    OpinionResolution.TURNED_INTO_SUGGESTION: ("转为建议", "turned into a suggestion"),
    OpinionResolution.FORWARDED: ("转交办理", "forwarded"),
    OpinionResolution.PENDING: ("待处理", "pending"),
    StudyKind.POLITICAL: ("政治理论学习", "political study"),
    StudyKind.REGULATION: ("法律法规学习", "study of a regulation"),
    StudyKind.POLICY: ("政策学习", "policy study"),
    StudyKind.FIELD_TRIP: ("外出考察学习", "field trip"),
    StudyKind.OTHER: ("其他学习", "other study"),
    ParticipantKind.VOTERS: ("选民群众", "voters"),
    ParticipantKind.GROWERS: ("种养殖户", "growers"),
    ParticipantKind.TOWN_LEADERSHIP: ("镇领导班子成员", "members of the town leadership"),
    ParticipantKind.OFFICIALS: ("部门负责人", "officials of departments"),
    ParticipantKind.STAFF: ("工作人员", "staff"),
    ParticipantKind.OTHER: ("其他人员", "others"),
    GroupKind.DEPUTY_GROUP: ("代表小组", "deputy group"),
    GroupKind.DELEGATION: ("代表团", "delegation"),
    GroupKind.TEAM: ("代表队", "team"),
    StationKind.WORK_STATION: ("代表工作站", "work station"),
    StationKind.LIAISON_STATION: ("代表联络站", "liaison station"),
    StationKind.DEPUTIES_HOME: ("代表之家", "deputies' home"),
    StationKind.RECEPTION_POINT: ("接待点", "reception point"),
    StationKind.ACTIVITY_ROOM: ("代表活动室", "activity room"),
    StationKind.OTHER: ("其他场所", "other facility"),
    Cadence.MONTHLY: ("每月", "monthly"),
    Cadence.QUARTERLY: ("每季度", "quarterly"),
    Cadence.HALF_YEARLY: ("每半年", "half-yearly"),
    Cadence.YEARLY: ("每年", "yearly"),
    RuleKind.ATTENDANCE_ASSESSMENT: ("履职考勤考核制度", "attendance and duty assessment"),
    RuleKind.REPORT_TO_VOTERS: ("向选民述职制度", "reporting to voters"),
    RuleKind.VOTER_SUPERVISION: ("接受选民监督制度", "accepting voters' supervision"),
    RuleKind.RECEPTION_DAY: ("接待选民日制度", "reception day"),
    RuleKind.OTHER: ("其他制度", "other rule"),
    RecipientKind.UNIT: ("单位", "unit"),
    RecipientKind.DEPUTY: ("代表", "deputy"),
    RecipientKind.CONGRESS: ("人大", "congress"),
    RecipientKind.GROUP: ("代表小组", "group"),
    RecipientKind.STATION: ("代表工作站", "station"),
    BudgetKind.SESSION_EXPENSES: ("人代会会议经费", "session expenses"),
    BudgetKind.CONGRESS_WORK: ("人大工作经费", "congress work"),
    BudgetKind.DEPUTY_ACTIVITIES: ("代表活动经费", "deputies' activities"),
    BudgetKind.OTHER: ("其他经费", "other expenses"),
    AllowanceBasis.PERSON_DAY: ("每人每天", "per person per day"),
    AllowanceBasis.PERSON_ACTIVITY: ("每人每次", "per person per activity"),
    Majority.ALL_DEPUTIES: ("全体代表过半数", "a majority of all deputies"),
    Majority.BALLOTS_RETURNED: ("收回选票过半数", "a majority of the ballots returned"),
    Majority.NONE: ("不设过半数", "no majority"),
    PlaceKind.VILLAGE: ("村", "village"),
    PlaceKind.COMMUNITY: ("社区", "community"),
    PlaceKind.TOWN: ("场镇", "town centre"),
    PlaceKind.SITE: ("现场", "site"),
    PlaceKind.OTHER: ("其他地点", "other place"),
    UnitKind.TOWN_GOVERNMENT: ("镇政府", "town government"),
    UnitKind.TOWN_OFFICE: ("镇属部门", "town office"),
    UnitKind.DISTRICT_DEPARTMENT: ("区级部门", "district department"),
    UnitKind.POLICE: ("公安机关", "police"),
    UnitKind.JUDICIAL: ("司法机关", "judicial body"),
    UnitKind.SCHOOL: ("学校", "school"),
    UnitKind.ENTERPRISE: ("企业", "enterprise"),
    UnitKind.OTHER: ("其他单位", "other unit"),
    PlanSection.LEADERSHIP: ("坚持党的领导", "leadership"),
    PlanSection.SUPERVISION: ("工作监督", "supervision"),
    PlanSection.DEPUTY_SERVICE: ("代表工作", "deputy service"),
    PlanSection.SUGGESTION_HANDLING: ("建议督办", "suggestion handling"),
    PlanSection.OTHER: ("其他", "other"),
    TargetMetric.ACTIVITIES: ("活动次数", "activities"),
    TargetMetric.UNITS_COVERED: ("涉及单位数", "units covered"),
    TargetMetric.PLACES_COVERED: ("涉及地点数", "places covered"),
    TargetMetric.PROJECTS_COVERED: ("涉及项目数", "projects covered"),
    TargetMetric.PARTICIPATIONS: ("代表参与人次", "deputy participations"),
    TargetMetric.DEPUTIES_TAKING_PART: ("参与代表人数", "deputies taking part"),
    TargetMetric.PEOPLE_RECEIVED: ("接待群众人次", "people received"),
    TargetMetric.OPINIONS_COLLECTED: ("收集意见建议条数", "opinions collected"),
    TargetMetric.HOUSEHOLDS_CONTACTED: ("联系群众户数", "households contacted"),
    TargetMetric.SUGGESTIONS_RAISED: ("提出建议条数", "suggestions raised"),
    TargetMetric.SUGGESTIONS_REPLIED: ("答复建议条数", "suggestions replied"),
    DutyMetric.SUGGESTIONS_RAISED: ("提出建议", "suggestions raised"),
    DutyMetric.SUGGESTIONS_LED: ("领衔提出建议", "suggestions led"),
    DutyMetric.SPEECHES: ("大会发言", "speeches at sessions"),
    DutyMetric.ACTIVITIES: ("参加活动", "activities taken part in"),
    DutyMetric.HOUSEHOLDS_CONTACTED: ("联系群众户数", "households contacted"),
    DutyMetric.REPORTS_TO_VOTERS: ("向选民述职", "reports to voters"),
    DutyWindow.TERM: ("每届任期", "per term"),
    DutyWindow.YEAR: ("每年", "per year"),
    DutyWindow.SESSION: ("每次会议", "per session"),
    PartService.PRO_RATA: ("按履职时间折算", "pro rata"),
    PartService.MARK: ("标注未全程履职", "marked"),
    Verdict.MET: ("达标", "met"),
    Verdict.NOT_MET: ("未达标", "not met"),
    Verdict.PENDING: ("考核期未满", "pending"),
    Verdict.PART_SERVED: ("未全程履职", "served part of the window"),
    Verdict.EXCUSED: ("请假", "on leave"),
}


def label(value: enum.Enum, lang: Lang = "zh") -> str:
    """Return the human-readable label of an enum value.

    Args:
        value: any congresskit enum member.
        lang: ``"zh"`` (simplified Chinese, the default) or ``"en"``.

    Returns:
        The label in the requested language.

    Raises:
        KeyError: the value is not a congresskit enum member.
        ValueError: the language is neither ``"zh"`` nor ``"en"``.
    """
    if lang not in ("zh", "en"):
        msg = f"lang must be 'zh' or 'en', got {lang!r}"
        raise ValueError(msg)
    zh, en = LABELS[value]
    return zh if lang == "zh" else en
