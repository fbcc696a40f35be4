"""The English paragraph on groups, facilities and bundled activities."""

from __future__ import annotations

import datetime as dt

from congresskit.records.projects import ProjectTarget
from congresskit.reports._en_words import capital, count, date, english, join, ordinal, plural
from congresskit.reports._structure import structure as _figures
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

_STRETCH = {
    "monthly": "month",
    "quarterly": "quarter",
    "half_yearly": "half-year",
    "yearly": "year",
}


def structure(summary: PeriodSummary) -> str | None:
    """``The facilities are 3 work stations and 1 deputies' home. …``."""
    f = _figures(summary)
    if not f:
        return None
    sentences = []
    for body in f.bodies:
        parts = join(
            [
                f"{plural(c.count, english(c.level) + ' deputy', english(c.level) + ' deputies')}"
                for c in body.deputies_by_level
            ]
        )
        sentences.append(f"{body.name} has {parts}.")
    if f.levels:
        parts = join([f"{english(k)} deputies {plural(n, 'time')}" for k, n in f.levels.items()])
        sentences.append(f"Deputies taking part, by level: {parts}.")
    if f.topics:
        sentences.append(f"The activities took up {plural(f.topics, 'topic')}.")
    if f.satisfaction:
        shares = join([f"{count(c)}%" for c in f.satisfaction])
        sentences.append(f"The public's satisfaction was stated as {shares}.")
    if f.facilities:
        parts = join([plural(n, english(k)) for k, n in f.facilities.items()])
        sentences.append(f"The facilities are {parts}.")
    if f.groups:
        parts = join([plural(n, english(k)) for k, n in f.groups.items()])
        sentences.append(f"Deputies are organised in {parts}.")
    for g in f.cadences:
        name = g.name or g.id
        cadence = english(g.cadence) if g.cadence is not None else ""
        stretch = _STRETCH.get(g.cadence.value if g.cadence is not None else "", "stretch")
        sentences.append(
            f"{name} is to hold a concentrated activity {cadence}: it held one in "
            f"{g.stretches_held} of {plural(g.stretches_due or 0, stretch)}."
        )
    if f.items:
        parts = join([f"{english(k)} {plural(n, 'time')}" for k, n in f.items.items()])
        sentences.append(f"Concentrated activities held {plural(f.bundled, 'item')}: {parts}.")
    if f.study:
        parts = join([f"{english(k)} {plural(n, 'time')}" for k, n in f.study.items()])
        sentences.append(f"Study included {parts}.")
    if f.others.value:
        sentences.append(f"People other than deputies took part {plural(f.others, 'time')}.")
    if f.themes:
        parts = join([f"{t} {plural(n, 'activity', 'activities')}" for t, n in f.themes.items()])
        sentences.append(f"By theme: {parts}.")
    return " ".join(sentences)


def rulebook(summary: PeriodSummary) -> str | None:
    """``The congress has 4 rule documents, among them 人大代表接待选民日制度. …``."""
    rules, honours, money = summary.rules, summary.honours, summary.money
    plans = summary.election_plans
    adopting = [m for m in summary.meetings if m.adopted]
    if not (rules or honours or money.budget_lines or money.allowances or plans or adopting):
        return None
    sentences = []
    standings = {st.plan: st for st in summary.election_cycle}
    for m in adopting:
        name = "the presidium meeting"
        if m.number is not None:
            name = f"the {ordinal(m.number)} presidium meeting"
        titles = join([d.title for d in m.adopted])
        sentences.append(f"On {date(m.on)} {name} adopted {titles}.")
    for e in plans:
        text = f"The {english(e.kind)} plan {e.title} was drawn up"
        if e.districts:
            text += f", with {plural(len({d.name for d in e.districts}), 'electoral district')}"
        seats = join(
            [
                plural(n, f"{english(lv)} deputy", f"{english(lv)} deputies")
                for lv, n in e.seats.items()
            ]
        )
        if seats:
            text += f", to elect {seats}"
        elected = join(
            [
                plural(x.seats, f"{english(x.level)} deputy", f"{english(x.level)} deputies")
                for x in e.elected_reported
            ]
        )
        if elected:
            text += f"; the elections returned {elected}"
        if e.committee:
            text += f" ({e.committee} set up)"
        sentences.append(text + ".")
        standing = _standing(standings[e.id])
        if standing:
            sentences.append(standing)
    if rules:
        sentences.append(
            f"The congress has {plural(len(rules), 'rule document')}, among them {rules[0].title}."
        )
    for r in rules:
        if r.scheduled is None:
            continue
        text = f"{r.title} fixes {plural(r.scheduled, 'day')} in the period"
        if r.day_of_month is not None:
            text += f" (the {ordinal(r.day_of_month)} of each month)"
        if r.held is not None:
            text += f"; {plural(r.held, 'reception')} were held"
        if r.notice_days is not None:
            text += f" (the rule asks for notice {plural(r.notice_days, 'day')} ahead)"
        sentences.append(text + ".")
    for h in honours:
        who = h.recipient_name or english(h.recipient_kind)
        by = f" by {h.awarded_by}" if h.awarded_by else ""
        campaign = f" ({h.campaign})" if h.campaign else ""
        sentences.append(f"{who} was awarded {h.title}{by}{campaign}.")
    if money.budget_lines:
        kinds = join(list(dict.fromkeys(english(b.kind) for b in money.budget_lines)))
        text = f"The budget covers {kinds}"
        if money.budgeted is not None:
            text += f", {count(money.budgeted)} yuan in all"
        sentences.append(text + ".")
    for f in money.allowances:
        a = f.allowance
        text = f"{capital(a.name)}: {a.amount} yuan {english(a.basis)}"
        if a.eligible:
            text += f" for {a.eligible}"
        if f.units.value:
            unit = "person-day" if a.basis.value == "person_day" else "participation"
            text += f"; {plural(f.units, unit)} in the period come to {count(f.implied)} yuan"
        sentences.append(text + ".")
    return " ".join(sentences)


def _clock(time: dt.time | None) -> str:
    return "" if time is None else time.isoformat("minutes")


def _when(line: ActivityLine) -> str:
    """``1 September 2020, 08:30 to 11:00``, ``1 September 2020, from 08:30``, a span."""
    start, end = _clock(line.start_time), _clock(line.end_time)
    if line.end is not None and line.end != line.start:
        first = date(line.start) + (f", {start}" if start else "")
        return f"{first} to {date(line.end)}" + (f", {end}" if end else "")
    if start and end:
        return f"{date(line.start)}, {start} to {end}"
    return date(line.start) + (f", from {start}" if start else f", until {end}" if end else "")


def _checked(line: ActivityLine) -> list[str]:
    """``No. 16`` for each suggestion an item checked, ``number not stated`` for one without."""
    pairs = zip(line.item_suggestions, line.item_numbers or [None] * len(line.items), strict=True)
    return [f"No. {n}" if n is not None else "number not stated" for s, n in pairs if s is not None]


def activity_lines(summary: PeriodSummary) -> tuple[str, ...]:
    """``15 October 2024 to 25 October 2024: reception, 2024年第二次集中联系社区活动``."""
    result = []
    for line in summary.activity_list:
        text = f"{_when(line)}: {english(line.kind)}, {line.title}"
        if line.items:
            text += f" (items: {join([english(k) for k in line.items])})"
        if line.item_suggestions:
            text += f"; suggestions checked: {join(_checked(line))}"
        if line.occurrences is not None:
            text += f", {plural(line.occurrences, 'time')} in all"
        if line.number is not None:
            text += f" (the {ordinal(line.number)} of the year)"
        result.append(text)
    return tuple(result)


def project_life(summary: PeriodSummary) -> str:
    """`` 道路硬化 is 80% done. 1 milestone is overdue; 2 defects are not yet rectified.``"""
    p = summary.projects
    sentences = [
        f" {line.name} is {line.percent_done}% done."
        for line in p.projects
        if line.percent_done is not None and line.selected is not False
    ]
    parts = []
    if p.overdue_milestones:
        verb = "is" if p.overdue_milestones == 1 else "are"
        parts.append(f"{plural(p.overdue_milestones, 'milestone')} {verb} overdue")
    if p.defects_open:
        verb = "is" if p.defects_open == 1 else "are"
        parts.append(f"{plural(p.defects_open, 'defect')} found by supervision {verb} open")
    if parts:
        sentences.append(f" {capital('; '.join(parts))}.")
    return "".join(sentences)


def _standing(s: ElectionStanding) -> str:
    """``The districts listed allot 5 of the 48 town seats; the vote is set for 15 November.``"""
    parts = ["the plan's date is not stated: it may not be of this period"] * (s.in_period is None)
    parts += [
        f"the districts listed allot {s.seats_listed.get(lv, 0)} of the "
        f"{plural(n + s.seats_listed.get(lv, 0), f'{english(lv)} seat')}"
        for lv, n in s.seats_unlisted.items()
    ]
    if s.election_day is not None:
        day = date(s.election_day)
        said: dict[bool | None, str] = {
            True: f"under the plan the vote fell on {day}",
            False: f"the vote is set for {day}",
        }
        parts.append(said.get(s.election_day_passed, f"the election day is given as {day}"))
    return capital("; ".join(parts)) + "." if parts else ""


def project_target(t: ProjectTarget) -> str:
    """``新增停车位: at least 200 个``, ``书房面积: 150-300 平方米`` (units as written)."""
    if t.quantity is None:
        return t.what
    amount = f"{t.quantity.value}-{t.up_to}" if t.up_to is not None else str(t.quantity.value)
    prefix = ("about " if t.approximate else "") + ("at least " if t.quantity.at_least else "")
    unit = f" {t.unit}" if t.unit else ""
    return f"{t.what}: {prefix}{amount}{unit}"


def project_list(summary: PeriodSummary) -> str:
    """`` Projects: 低保暖心工程 (for 2018; targets: 低保户投保: 431 户; 684 人).``

    Candidates the ballot turned down are left out; a project with neither a
    year nor a target is named in the status figures only.
    """
    parts = []
    for line in summary.projects.projects:
        if line.selected is False:
            continue
        said = [] if line.year is None else [f"for {line.year}"]
        if line.targets:
            said.append(f"targets: {'; '.join(project_target(t) for t in line.targets)}")
        if said:
            parts.append(f"{line.name} ({'; '.join(said)})")
    return f" Projects: {'; '.join(parts)}." if parts else ""
