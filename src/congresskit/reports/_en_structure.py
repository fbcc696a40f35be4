"""The English paragraph on groups, facilities and bundled activities."""

from __future__ import annotations

from congresskit.reports._en_words import capital, count, date, english, join, ordinal, plural
from congresskit.reports._structure import structure as _figures
from congresskit.summary import PeriodSummary
from congresskit.summary.listing import ActivityLine

__all__ = ["activity_lines", "project_life", "rulebook", "structure"]

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
    if not (rules or honours or money.budget_lines or money.allowances or plans):
        return None
    sentences = []
    for e in plans:
        text = f"The election plan {e.title} was adopted"
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
        sentences.append(text + ".")
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


def _when(line: ActivityLine) -> str:
    if line.end is None or line.end == line.start:
        return date(line.start)
    return f"{date(line.start)} to {date(line.end)}"


def activity_lines(summary: PeriodSummary) -> tuple[str, ...]:
    """``15 October 2024 to 25 October 2024: reception, 2024年第二次集中联系社区活动``."""
    result = []
    for line in summary.activity_list:
        text = f"{_when(line)}: {english(line.kind)}, {line.title}"
        if line.items:
            text += f" (items: {join([english(k) for k in line.items])})"
        if line.occurrences is not None:
            text += f", {plural(line.occurrences, 'time')} in all"
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
