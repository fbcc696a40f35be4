"""The Chinese paragraph on groups, facilities and bundled activities."""

from __future__ import annotations

import datetime as dt

from congresskit.records.labels import label
from congresskit.records.projects import ProjectTarget
from congresskit.reports._structure import structure as _figures
from congresskit.reports._zh_words import count, date, numeral
from congresskit.summary import PeriodSummary
from congresskit.summary.listing import ActivityLine
from congresskit.summary.meetings import ElectionStanding

__all__ = [
    "activity_lines",
    "project_life",
    "project_list",
    "project_target",
    "rulebook",
    "structure",
]


def structure(summary: PeriodSummary) -> str | None:
    """``现有代表工作站3个、代表之家1个。第一代表小组按规定每季度开展集中活动，……``"""
    f = _figures(summary)
    if not f:
        return None
    sentences = []
    for body in f.bodies:
        parts = "、".join(
            f"{label(c.level)}人大代表{count(c.count, '名')}" for c in body.deputies_by_level
        )
        sentences.append(f"{body.name}有{parts}。")
    if f.levels:
        parts = "、".join(f"{label(k)}人大代表{count(n, '人次')}" for k, n in f.levels.items())
        sentences.append(f"参加活动的代表中，{parts}。")
    if f.topics:
        sentences.append(f"活动围绕{f.topics}个议题开展。")
    if f.satisfaction:
        shares = "、".join(f"{c.value}%{'以上' if c.at_least else ''}" for c in f.satisfaction)
        sentences.append(f"群众满意度{shares}。")
    if f.facilities:
        parts = "、".join(f"{label(k)}{n}个" for k, n in f.facilities.items())
        sentences.append(f"现有{parts}。")
    if f.groups:
        sentences.append(f"组建{'、'.join(f'{label(k)}{n}个' for k, n in f.groups.items())}。")
    for g in f.cadences:
        name = g.name or g.id
        cadence = label(g.cadence) if g.cadence is not None else ""
        sentences.append(
            f"{name}按规定{cadence}开展集中活动，应开展{g.stretches_due}次、"
            f"已开展{g.stretches_held}次。"
        )
    if f.items:
        parts = "、".join(f"{label(k)}{n}项" for k, n in f.items.items())
        sentences.append(f"集中活动共含活动事项{f.bundled}项，其中{parts}。")
    if f.study:
        sentences.append(f"学习中{'、'.join(f'{label(k)}{n}次' for k, n in f.study.items())}。")
    if f.others.value:
        sentences.append(f"非代表人员参与活动{count(f.others, '人次')}。")
    if f.themes:
        sentences.append(f"按主题分：{'、'.join(f'{t}{n}次' for t, n in f.themes.items())}。")
    return "".join(sentences)


def rulebook(summary: PeriodSummary) -> str | None:
    """``建立《人大代表接待选民日制度》等制度4项，……；张掖市人大常委会授予……``."""
    rules, honours, money = summary.rules, summary.honours, summary.money
    plans = summary.election_plans
    adopting = [m for m in summary.meetings if m.adopted]
    if not (rules or honours or money.budget_lines or money.allowances or plans or adopting):
        return None
    sentences = []
    standings = {st.plan: st for st in summary.election_cycle}
    for m in adopting:
        name = f"主席团第{numeral(m.number)}次会议" if m.number is not None else "主席团会议"
        titles = "、".join(f"《{d.title}》" for d in m.adopted)
        sentences.append(f"{date(m.on)}，{name}审议通过{titles}。")
    for e in plans:
        text = f"成立{e.committee}，" if e.committee else ""
        text += f"制定《{e.title}》（{label(e.kind)}）"
        if e.districts:
            text += f"，划分选区{len({d.name for d in e.districts})}个"
        seats = "、".join(f"{label(lv)}人大代表{n}名" for lv, n in e.seats.items())
        if seats:
            text += f"，应选{seats}"
        elected = "、".join(f"{label(x.level)}人大代表{x.seats}名" for x in e.elected_reported)
        if elected:
            text += f"，选出{elected}"
        sentences.append(text + "。")
        standing = _standing(standings[e.id])
        if standing:
            sentences.append(standing)
    if rules:
        sentences.append(f"建立《{rules[0].title}》等制度{len(rules)}项。")
    for r in rules:
        if r.scheduled is None:
            continue
        text = f"按《{r.title}》本期应安排{r.scheduled}次"
        if r.held is not None:
            text += f"，开展接访{r.held}次"
        if r.notice_days is not None:
            text += f"（制度规定提前{r.notice_days}天公告）"
        if r.day_of_month is not None:
            text += f"，接待日为每月{r.day_of_month}日"
        sentences.append(text + "。")
    for h in honours:
        who = h.recipient_name or label(h.recipient_kind)
        campaign = f"（{h.campaign}）" if h.campaign else ""
        if h.awarded_by:
            sentences.append(f"{h.awarded_by}授予{who}“{h.title}”称号{campaign}。")
        else:
            sentences.append(f"{who}获评“{h.title}”{campaign}。")
    if money.budget_lines:
        kinds = "、".join(dict.fromkeys(label(b.kind) for b in money.budget_lines))
        text = f"{kinds}纳入预算"
        if money.budgeted is not None:
            text += f"，共计{count(money.budgeted, '元')}"
        sentences.append(text + "。")
    for f in money.allowances:
        a = f.allowance
        text = f"{a.eligible or '代表'}{a.name}{label(a.basis)}{a.amount}元"
        if f.units.value:
            unit = "人天" if a.basis.value == "person_day" else "人次"
            text += f"，本期代表活动{count(f.units, unit)}，合计{count(f.implied, '元')}"
        sentences.append(text + "。")
    return "".join(sentences)


def _standing(s: ElectionStanding) -> str:
    """``所列选区分配镇人大代表5名，另有43名未列明选区；定于2021年11月15日进行选举。``"""
    parts = ["方案日期未载明，可能不属本期"] if s.in_period is None else []
    parts += [
        f"所列选区分配{label(lv)}人大代表{s.seats_listed.get(lv, 0)}名，另有{n}名未列明选区"
        for lv, n in s.seats_unlisted.items()
    ]
    if s.election_day is not None:
        day = date(s.election_day)
        said: dict[bool | None, str] = {True: f"按方案于{day}进行选举", False: f"定于{day}进行选举"}
        parts.append(said.get(s.election_day_passed, f"选举日为{day}"))
    return "；".join(parts) + "。" if parts else ""


def _clock(time: dt.time | None) -> str:
    return "" if time is None else f"{time.hour}:{time.minute:02d}"


def _when(line: ActivityLine) -> str:
    """``2020年9月1日8:30至11:00``, ``2020年9月1日8:30起``, ``2024年10月15日至2024年10月25日``."""
    start, end = _clock(line.start_time), _clock(line.end_time)
    if line.end is not None and line.end != line.start:
        return f"{date(line.start)}{start}至{date(line.end)}{end}"
    if start and end:
        return f"{date(line.start)}{start}至{end}"
    return date(line.start) + (f"{start}起" if start else f"{end}止" if end else "")


def _checked(line: ActivityLine) -> list[str]:
    """``第16号`` for each suggestion an item checked, ``编号未载明`` for one without a number."""
    pairs = zip(line.item_suggestions, line.item_numbers or [None] * len(line.items), strict=True)
    return [f"第{n}号" if n is not None else "编号未载明" for s, n in pairs if s is not None]


def activity_lines(summary: PeriodSummary) -> tuple[str, ...]:
    """``2024年10月15日至2024年10月25日，接待选民：2024年第二次集中联系社区活动`` for each."""
    result = []
    for line in summary.activity_list:
        text = f"{_when(line)}，{label(line.kind)}：{line.title}"
        if line.items:
            text += f"（含{'、'.join(label(k) for k in line.items)}）"
        if line.item_suggestions:
            text += f"，所查建议：{'、'.join(_checked(line))}"
        if line.occurrences is not None:
            text += f"，共{line.occurrences}次"
        if line.number is not None:
            text += f"（本年第{line.number}次）"
        result.append(text)
    return tuple(result)


def project_life(summary: PeriodSummary) -> str:
    """``道路硬化项目完成80%。逾期未完成节点1个，整改中问题2个。`` (empty if nothing to say)."""
    p = summary.projects
    sentences = [
        f"{line.name}完成{line.percent_done}%。"
        for line in p.projects
        if line.percent_done is not None and line.selected is not False
    ]
    if p.overdue_milestones or p.defects_open:
        parts = []
        if p.overdue_milestones:
            parts.append(f"逾期未完成节点{p.overdue_milestones}个")
        if p.defects_open:
            parts.append(f"监督发现问题尚未整改{p.defects_open}个")
        sentences.append("，".join(parts) + "。")
    return "".join(sentences)


def project_target(t: ProjectTarget) -> str:
    """``新增停车位不少于200个``, ``城市书房面积150-300平方米``, ``党建阵地约500平方米``."""
    if t.quantity is None:
        return t.what
    amount = f"{t.quantity.value}-{t.up_to}" if t.up_to is not None else str(t.quantity.value)
    prefix = ("约" if t.approximate else "") + ("不少于" if t.quantity.at_least else "")
    return f"{t.what}{prefix}{amount}{t.unit or ''}"


def project_list(summary: PeriodSummary) -> str:
    """``低保暖心工程（2018年度；目标：低保户投保431户、684人）。`` for each project in view.

    Candidates the ballot turned down are left out; a project with neither a
    year nor a target is named in the status figures only.
    """
    parts = []
    for line in summary.projects.projects:
        if line.selected is False:
            continue
        said = [] if line.year is None else [f"{line.year}年度"]
        if line.targets:
            said.append(f"目标：{'、'.join(project_target(t) for t in line.targets)}")
        if said:
            parts.append(f"{line.name}（{'；'.join(said)}）")
    return f"项目：{'；'.join(parts)}。" if parts else ""
