"""Simplified-Chinese report sentences, with the words of :mod:`congresskit.reports._zh_words`.

The module is a :class:`~congresskit.reports._language.Language`: ``_render_report``
lays the report out and asks it for every word. The words and formatters it
takes from ``_zh_words`` are re-exported here, so this one module supplies
everything the protocol asks for.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TypeVar

from congresskit.records.enums import ActivityKind, SuggestionKind, TargetMetric
from congresskit.records.labels import label
from congresskit.records.plans import PlanItem, Target
from congresskit.reports import _common as common
from congresskit.reports._blocks import Paragraph
from congresskit.reports._zh_session_parts import attendance, ballot
from congresskit.reports._zh_structure import (
    activity_lines,
    project_life,
    project_list,
    rulebook,
    structure,
)
from congresskit.reports._zh_words import (
    NOT_STATED,
    WORDS,
    cell,
    count,
    date,
    deputies,
    join,
    number,
    numbered,
    numeral,
    part_heading,
    period_name,
    plan_section,
    section_heading,
    span,
)
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import ActivityFigures, CampaignSummary, SessionSummary
from congresskit.summary.periods import Period

# The words re-exported with the sentences make this module a whole Language.
__all__ = [
    "WORDS",
    "activity_lines",
    "campaign",
    "campaign_activities",
    "cell",
    "date",
    "deputies",
    "field_work",
    "headline",
    "learning",
    "number",
    "part_heading",
    "period_name",
    "plan_items",
    "plan_section",
    "projects",
    "rulebook",
    "section_heading",
    "session",
    "stations",
    "structure",
    "suggestions_in_hand",
    "suggestions_raised",
    "target",
]


def _strip_stop(text: str) -> str:
    return text.rstrip("。；;，, ")


def _short(period: Period) -> str:
    """How a sentence refers to the period it is about: ``上半年``, ``本季度``."""
    if period.kind == "half":
        return "上半年" if period.start.month == 1 else "下半年"
    return {"year": "本年度", "quarter": "本季度", "month": "本月"}.get(period.kind, "本期")


_FIGURE = {
    "participations": "代表参与{}人次",
    "units": "涉及单位{}个",
    "villages": "覆盖{}个村",
    "other_places": "其他地点{}处",
    "projects": "涉及民生实事项目{}个",
    "people_received": "接待群众{}人次",
    "opinions_collected": "收集意见建议{}条",
    "opinions_followed_up": "跟踪督办此前活动收集的意见建议{}条",
    "opinions_reported_back": "向选民反馈办理结果{}条",
    "households_contacted": "联系群众{}户",
    "suggestions_arising": "提出建议{}条",
}


def _figures(af: ActivityFigures, *, leave_out: tuple[str, ...] = ()) -> list[str]:
    return [
        _FIGURE[name].format(count(value))
        for name, value in common.figures(af, leave_out=leave_out)
    ]


_E = TypeVar("_E", bound=enum.Enum)


def _tally(by: Mapping[_E, int], unit: str) -> str:
    """How many of each kind: ``满意36条、基本满意16条``."""
    return "、".join(f"{label(k)}{n}{unit}" for k, n in by.items())


def session(s: SessionSummary, summary: PeriodSummary) -> str:
    """``XX镇第十九届人民代表大会第八次会议于2020年1月13日召开，应到代表…``."""
    congress = common.congress_name(summary) or ""
    if s.term_number is not None:
        base = congress.removesuffix("人民代表大会")
        name = f"{base}第{numeral(s.term_number)}届人民代表大会第{numeral(s.number)}次会议"
    else:
        name = f"{congress}第{numeral(s.number)}次会议"
    first = f"{name}于{span(s.start, s.end)}召开"
    if s.attendance is not None:
        first += attendance(s.attendance)
    parts = []
    if s.report_reviews:
        # A recorded title is shown: six reports of kind "other" are six different reports.
        heard = [f"《{r.title}》" if r.title else label(r.report) for r in s.report_reviews]
        parts.append(f"大会听取和审议了{join(heard, '及')}")
    said = []
    if s.speeches:
        said.append(f"发言{s.speeches}人次")
    if s.suggestions.value:
        said.append(f"提出建议{count(s.suggestions, '条')}")
    if said:
        parts.append(f"代表在大会上{'，'.join(said)}")
    selected = common.selected_projects(s, summary)
    chosen = common.ballot_selected(s)
    if selected:
        parts.append(
            f"票决产生民生实事项目{max(chosen or 0, len(selected))}个：{'、'.join(selected)}"
        )
    elif chosen:
        parts.append(f"票决产生民生实事项目{chosen}个")
    elif s.ballots:
        parts.append(f"票决民生实事项目，入选项目数{NOT_STATED}")
    parts.extend(ballot(b) for b in s.ballots if ballot(b))
    for e in s.elections:
        elected = "、".join(c.name for c in e.elected)
        verb = ("以无记名投票方式" if e.secret else "") + ("补选" if e.by_election else "选举")
        if elected:
            parts.append(f"{verb}{e.office}，{elected}当选")
        elif e.elected_count is None:
            parts.append(f"{verb}{e.office}，选举结果{NOT_STATED}")
        elif e.elected_count:
            parts.append(f"{verb}{e.office}，当选{e.elected_count}名")
        else:
            parts.append(f"{verb}{e.office}")
    adopted = common.adopted(s)
    if adopted:
        parts.append(f"审议通过了{join(adopted)}")
    if s.inquiries:
        parts.append(f"代表提出询问{len(s.inquiries)}件")
    for o in s.officials:
        did = "、".join(label(r) for r in o.roles) or "出席会议"
        parts.append(f"{o.office or ''}{o.name or ''}{did}")
    for c in s.ceremonies:
        parts.append(f"{c.by or ''}{label(c.kind)}" + (f"《{c.title}》" if c.title else ""))
    return f"{first}。" + ("；".join(parts) + "。" if parts else "")


def campaign(c: CampaignSummary) -> str:
    """``2020年1月24日起，组织代表投身……，分别担任守门员7名、……``."""
    text = f"{span(c.start, c.end)}，组织代表投身{c.name}"
    if c.roles:
        roles = "、".join(
            f"{label(r.role)}{len(r.deputies)}名" if r.deputies else label(r.role) for r in c.roles
        )
        text += f"，分别担任{roles}"
        if c.deputies_in_roles:
            text += f"，共{c.deputies_in_roles}名代表参与"
    return text + "。"


def campaign_activities(af: ActivityFigures) -> str:
    """``期间开展相关活动6次（监督4次、专项工作2次），……``."""
    head = f"期间开展相关活动{af.activities}次"
    if len(af.by_kind) > 1:
        head += f"（{_tally(af.by_kind, '次')}）"
    return "，".join([head, *_figures(af)]) + "。"


def field_work(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> Paragraph:
    """One sentence a kind of activity, numbered ``一是……二是……`` when there are several."""
    sentences = []
    for i, kind in enumerate(kinds, start=1):
        af = summary.activities_by_kind[kind]
        verb = "代表向选民述职" if kind is ActivityKind.REPORT_TO_VOTERS else f"开展{label(kind)}"
        head = f"{numbered(i, len(kinds))}{verb}{af.activities}次"
        sentences.append("，".join([head, *_figures(af)]) + "。")
    return Paragraph("".join(sentences))


def learning(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> str:
    """``上半年组织代表学习8次，代表参与56人次。``"""
    by_kind = summary.activities_by_kind
    done = "、".join(f"{label(k)}{by_kind[k].activities}次" for k in kinds)
    people = common.participations(summary, kinds)
    took_part = "代表参与人次未记录" if people is None else f"代表参与{count(people, '人次')}"
    return f"{_short(summary.period)}组织代表{done}，{took_part}。"


def stations(summary: PeriodSummary) -> str:
    """``4个人大代表工作站按排定的接访日接待群众，……``."""
    parts = []
    if summary.stations:
        days = common.reception_days(summary)
        stations, scheduled = len(summary.stations), common.scheduled_stations(summary)
        if scheduled == stations:
            text = f"{stations}个人大代表工作站按排定的接访日接待群众"
        elif scheduled:
            text = f"设人大代表工作站{stations}个，其中{scheduled}个按排定的接访日接待群众"
        else:  # no station has a reception rule: say nothing of scheduled days
            text = f"设人大代表工作站{stations}个"
        if days:
            text += f"，{_short(summary.period)}排定接访日{days}天"
        parts.append(text)
    reception = common.receptions(summary)
    if reception is not None:
        parts.append(f"开展接访{reception.activities}次")
        parts.extend(_figures(reception))
    return "，".join(parts) + "。"


def suggestions_raised(summary: PeriodSummary) -> str:
    """``上半年代表共提出建议71条，其中在人代会上提出63条。按类别分：……``."""
    s = summary.suggestions
    text = f"{_short(summary.period)}代表共提出建议{count(s.raised, '条')}"
    kinds = common.suggestion_kinds(summary)
    if kinds:
        # Motions are counted in 件, the other kinds in 条, as reports do.
        parts = (
            f"{label(k)}{n}{'件' if k is SuggestionKind.MOTION else '条'}" for k, n in kinds.items()
        )
        text += f"（{'、'.join(parts)}）"
    at_sessions = common.raised_at_sessions(summary)
    if at_sessions.value:
        text += f"，其中在人代会上提出{count(at_sessions, '条')}"
    text += "。"
    categories = common.categories(summary)
    if categories:
        text += f"按类别分：{'、'.join(f'{c}{n}条' for c, n in categories)}。"
    if s.lead_not_stated:
        text += f"其中{s.lead_not_stated}条未载明领衔代表，不计入任何代表。"
    return text


_HANDLING = {
    "replied_on_time": "按期答复",
    "replied_late": "逾期答复",
    "overdue": "逾期未答复",
    "closed": "已办结",
    "open": "尚未办结",
}


def suggestions_in_hand(summary: PeriodSummary) -> str:
    """``截至2020年6月30日，在办建议71条，其中按期答复62条，……``."""
    h = summary.suggestions.in_hand
    timing = [f"{_HANDLING[name]}{n}条" for name, n in common.handling(h, common.TIMING)]
    text = f"截至{date(summary.period.end)}，在办建议{h.suggestions}条"
    if timing:
        text += f"，其中{'，'.join(timing)}"
    state = [f"{_HANDLING[name]}{n}条" for name, n in common.handling(h, common.STATE)]
    text += f"；{'，'.join(state)}。" if state else "。"
    if h.outcomes:
        text += f"答复结果：{_tally(h.outcomes, '条')}。"
    if h.evaluated:
        # Two ratings: of the handling work and, when rated apart, of the result.
        text += f"代表已评价{h.evaluated}条，对办理工作{_tally(h.satisfaction, '条')}"
        rate = h.satisfied_or_basically_rate
        if rate is not None:
            text += f"，办理工作满意和基本满意率{common.percent(rate.numerator, rate.denominator)}"
        if h.result_evaluated:
            text += f"；对办理结果评价{h.result_evaluated}条，{_tally(h.result_satisfaction, '条')}"
            rate = h.result_satisfied_or_basically_rate
            if rate is not None:
                text += (
                    f"，办理结果满意和基本满意率{common.percent(rate.numerator, rate.denominator)}"
                )
        text += "。"
    if h.rehandled:
        text += f"因代表不满意重新办理{h.rehandled}条。"
    return text


def projects(summary: PeriodSummary) -> str:
    """``截至2020年6月30日，民生实事项目实施中4个、……；代表对……开展监督视察1次。``"""
    p = summary.projects
    text = f"截至{date(summary.period.end)}，民生实事项目{_tally(p.by_status, '个')}"
    watched = common.supervised(summary)
    if watched:
        done = "，".join(f"对{line.name}开展监督视察{line.activities}次" for line in watched)
        text += f"；代表{done}"
    return text + "。" + project_list(summary) + project_life(summary)


_METRIC = {
    TargetMetric.ACTIVITIES: "开展{kinds}{v}次",
    TargetMetric.UNITS_COVERED: "{kinds}涉及单位{v}个",
    TargetMetric.PLACES_COVERED: "{kinds}覆盖地点{v}个",
    TargetMetric.PROJECTS_COVERED: "{kinds}涉及项目{v}个",
    TargetMetric.PARTICIPATIONS: "参加{kinds}{v}人次",
    TargetMetric.DEPUTIES_TAKING_PART: "{kinds}参与代表{v}名",
    TargetMetric.PEOPLE_RECEIVED: "接待群众{v}人次",
    TargetMetric.OPINIONS_COLLECTED: "收集意见建议{v}条",
    TargetMetric.HOUSEHOLDS_CONTACTED: "联系群众{v}户",
    TargetMetric.SUGGESTIONS_RAISED: "提出建议{v}条",
    TargetMetric.SUGGESTIONS_REPLIED: "答复建议{v}条",
    TargetMetric.OFFICEHOLDERS_ELECTED: "会议选举{offices}{v}名",
}


def target(t: Target) -> str:
    """A target in words: its own description, or one made from its metric."""
    if t.description:
        return t.description
    kinds = "、".join(label(k) for k in t.activity_kinds) or ("活动" if t.per_deputy else "")
    offices = "、".join(t.offices) or "人员"
    text = _METRIC[t.metric].format(kinds=kinds, v=t.value, offices=offices)
    roster = f"（按名册{t.roster}名代表）" if t.roster is not None else ""
    return f"每位代表{text}{roster}" if t.per_deputy else text


def plan_items(items: Sequence[PlanItem]) -> Paragraph:
    """A plan section's items as numbered sentences, each with its targets."""
    sentences = []
    for i, item in enumerate(items, start=1):
        text = _strip_stop(item.text)
        if item.targets:
            text += f"（目标：{'；'.join(target(t) for t in item.targets)}）"
        sentences.append(f"{numbered(i, len(items))}{text}。")
    return Paragraph("".join(sentences))


def headline(summary: PeriodSummary) -> str | None:
    """``上半年，召开人民代表大会会议1次、主席团会议4次，组织代表开展各类活动66次，……``."""
    a = summary.activities
    meetings = []
    if summary.sessions:
        meetings.append(f"人民代表大会会议{len(summary.sessions)}次")
    if summary.presidium_meetings:
        meetings.append(f"主席团会议{summary.presidium_meetings}次")
    said = [f"召开{'、'.join(meetings)}"] if meetings else []
    if a.activities:
        said.append(f"组织代表开展各类活动{a.activities}次")
        said.extend(_figures(a, leave_out=common.HEADLINE_LEAVES_OUT))
    if summary.suggestions.raised.value:
        said.append(f"代表提出建议{count(summary.suggestions.raised, '条')}")
    return f"{_short(summary.period)}，{'，'.join(said)}。" if said else None
