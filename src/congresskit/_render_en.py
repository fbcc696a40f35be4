"""English report wording: numbers, dates and the report's sentences.

>>> count(Count(200, at_least=True)), number(12345)
('200+', '12,345')
>>> date(dt.date(2020, 1, 13)), span(dt.date(2020, 3, 16), dt.date(2020, 6, 23))
('13 January 2020', '16 March to 23 June 2020')
>>> span(dt.date(2022, 1, 10), dt.date(2022, 1, 12))
'10 to 12 January 2022'
>>> period_name(Period.parse("2020-H1")), period_name(Period.parse("2020-Q3"))
('the first half of 2020', 'the third quarter of 2020')
>>> ordinal(19), ordinal(8), ordinal(22)
('19th', '8th', '22nd')
>>> plural(1, "suggestion"), plural(63, "suggestion"), plural(2, "activity")
('1 suggestion', '63 suggestions', '2 activities')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from congresskit import _render_common as common
from congresskit._render_blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.counts import Count
from congresskit.enums import ActivityKind, PlanSection, Status, SuggestionKind
from congresskit.figures import ActivityFigures, CampaignSummary, SessionSummary
from congresskit.labels import label
from congresskit.periods import Period
from congresskit.plans import PlanItem, Target, WorkPlan
from congresskit.summary import PeriodSummary
from congresskit.tracking import PlanProgress

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def number(n: int) -> str:
    """An integer with thousands separators."""
    return f"{n:,}"


def count(value: Count) -> str:
    """A count: ``63``, or ``200+`` for a lower bound."""
    return f"{value.value:,}{'+' if value.at_least else ''}"


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``4th``, ``11th``, ``22nd``."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural(n: int | Count, noun: str, nouns: str | None = None) -> str:
    """``n`` with ``noun`` in the singular or plural (``nouns``, or a regular plural)."""
    figure = count(n) if isinstance(n, Count) else number(n)
    value = n.value if isinstance(n, Count) else n
    if value == 1 and not (isinstance(n, Count) and n.at_least):
        return f"{figure} {noun}"
    if nouns is None:
        regular_y = noun.endswith("y") and noun[-2:-1] not in "aeiou"
        nouns = noun[:-1] + "ies" if regular_y else noun + "s"
    return f"{figure} {nouns}"


def date(day: dt.date) -> str:
    """``13 January 2020``."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def span(start: dt.date, end: dt.date) -> str:
    """``16 March to 23 June 2020``; one day is just its date."""
    if end == start:
        return date(start)
    if start.year != end.year:
        head = date(start)
    elif start.month != end.month:
        head = f"{start.day} {_MONTHS[start.month - 1]}"
    else:
        head = str(start.day)
    return f"{head} to {date(end)}"


def _when(start: dt.date, end: dt.date | None) -> str:
    """``on 13 January 2020``, ``from 16 March to 23 June 2020``, ``since 24 January 2020``."""
    if end is None:
        return f"since {date(start)}"
    return f"on {date(start)}" if end == start else f"from {span(start, end)}"


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with one decimal (``95.2%``)."""
    return f"{100 * part / whole:.1f}%"


def join(items: Sequence[str], last: str = "and") -> str:
    """``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def period_name(period: Period) -> str:
    """``the first half of 2020``, ``the third quarter of 2020``, ``May 2020``."""
    start = period.start
    if period.kind == "year":
        return str(start.year)
    if period.kind == "half":
        return f"the {'first' if start.month == 1 else 'second'} half of {start.year}"
    if period.kind == "quarter":
        which = ("first", "second", "third", "fourth")[(start.month - 1) // 3]
        return f"the {which} quarter of {start.year}"
    if period.kind == "month":
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if period.kind == "term" and period.term is not None:
        return f"the {ordinal(period.term)} term"
    return span(period.start, period.end)


_FIGURE = {
    "participations": ("deputy participation", None),
    "units": ("unit", None),
    "villages": ("village", None),
    "other_places": ("other place", None),
    "projects": ("livelihood project", None),
    "people_received": ("person received", "people received"),
    "opinions_collected": ("opinion collected", "opinions collected"),
    "households_contacted": ("household contacted", "households contacted"),
    "suggestions_arising": ("suggestion arising", "suggestions arising"),
}


def _figures(af: ActivityFigures, *, leave_out: tuple[str, ...] = ()) -> list[str]:
    return [
        plural(value, *_FIGURE[name]) for name, value in common.figures(af, leave_out=leave_out)
    ]


def _en(value: object) -> str:
    return label(value, "en")  # type: ignore[arg-type]


def _session(s: SessionSummary, summary: PeriodSummary) -> str:
    congress = common.congress_name(summary)
    name = f"Session {s.number}"
    if s.term_number is not None:
        name += f" of the {ordinal(s.term_number)} term"
    if congress:
        name += f" of {congress}"
    first = f"{name} was held {_when(s.start, s.end)}"
    if s.attendance is not None:
        a = s.attendance
        first += f", with {a.present} of the {a.due} deputies due present"
        if a.on_leave:
            first += f" and {a.on_leave} on leave"
    parts = []
    if s.reports:
        parts.append(f"it heard and reviewed {join([f'the {_en(r)}' for r in s.reports])}")
    said = []
    if s.speeches:
        said.append(f"spoke {plural(s.speeches, 'time')}")
    if s.suggestions.value:
        said.append(f"raised {plural(s.suggestions, 'suggestion')}")
    if said:
        parts.append(f"deputies {join(said)}")
    selected = common.selected_projects(s, summary)
    if selected:
        projects = plural(len(selected), "livelihood project")
        parts.append(f"a ballot selected {projects}: {', '.join(selected)}")
    for e in s.elections:
        elected = ", ".join(c.name for c in e.elected)
        verb = "a by-election for" if e.by_election else "an election for"
        parts.append(f"it held {verb} {e.office}" + (f" ({elected} elected)" if elected else ""))
    adopted = [r.title for r in s.resolutions if r.adopted]
    if adopted:
        parts.append(f"it adopted {plural(len(adopted), 'resolution')}: {', '.join(adopted)}")
    if s.inquiries:
        parts.append(f"deputies put {plural(len(s.inquiries), 'inquiry')}")
    text = f"{first}."
    if parts:
        body = "; ".join(parts)
        text += f" {body[0].upper()}{body[1:]}."
    return text


def _campaign(c: CampaignSummary) -> list[Block]:
    when = _when(c.start, c.end)
    text = f"{when[0].upper()}{when[1:]}, deputies took part in {c.name}"
    if c.roles:
        roles = ", ".join(
            f"{_en(r.role)} ({plural(len(r.deputies), 'deputy')})" if r.deputies else _en(r.role)
            for r in c.roles
        )
        text += f" in {plural(len(c.roles), 'role')}: {roles}"
        if c.deputies_in_roles:
            text += f"; {plural(c.deputies_in_roles, 'deputy')} in all"
    blocks: list[Block] = [Paragraph(text + ".")]
    described = [r for r in c.roles if r.description]
    if described:
        blocks.append(Bullets(tuple(f"{_en(r.role)}: {r.description}" for r in described)))
    af = c.activities
    if af.activities:
        head = f"Activities in the period: {number(af.activities)}"
        if len(af.by_kind) > 1:
            head += f" ({', '.join(f'{_en(k)} {n}' for k, n in af.by_kind.items())})"
        figures = _figures(af)
        blocks.append(Paragraph(head + (f", with {join(figures)}." if figures else ".")))
    return blocks


def _activity_line(kind: ActivityKind, af: ActivityFigures) -> str:
    name = _en(kind)
    head = f"{name[0].upper()}{name[1:]}: {plural(af.activities, 'activity')}"
    figures = _figures(af)
    return f"{head}, {', '.join(figures)}" if figures else head


def _learning(summary: PeriodSummary, kinds: list[ActivityKind]) -> Paragraph:
    by_kind = summary.activities_by_kind
    done = join([f"{_en(k)} {plural(by_kind[k].activities, 'time')}" for k in kinds])
    people = Count.total(by_kind[k].participations for k in kinds)
    return Paragraph(
        f"Deputies met for {done}, with {plural(people, 'deputy participation')} in all."
    )


def _stations(summary: PeriodSummary) -> Paragraph:
    sentences = []
    if summary.stations:
        days = sum(s.reception_days for s in summary.stations)
        text = f"The {plural(len(summary.stations), 'deputy station')} receive the public"
        text += " on scheduled reception days"
        if days:
            text += f", {number(days)} of them in {period_name(summary.period)}"
        sentences.append(text + ".")
    reception = summary.activities_by_kind.get(ActivityKind.RECEPTION)
    if reception is not None and reception.activities:
        text = f"{plural(reception.activities, 'reception day')} were held"
        if reception.activities == 1:
            text = "1 reception day was held"
        figures = _figures(reception)
        sentences.append(text + (f", with {join(figures)}." if figures else "."))
    return Paragraph(" ".join(sentences))


def _suggestions(summary: PeriodSummary) -> list[Block]:
    s = summary.suggestions
    blocks: list[Block] = []
    if s.raised.value:
        text = f"Deputies raised {plural(s.raised, 'suggestion')} in {period_name(summary.period)}"
        kinds = s.itemised.by_kind
        if set(kinds) - {SuggestionKind.SUGGESTION}:
            text += f" ({', '.join(f'{_en(k)} {n}' for k, n in kinds.items())})"
        at_sessions = Count.total(x.suggestions for x in summary.sessions)
        if at_sessions.value:
            text += f", {count(at_sessions)} of them at sessions"
        text += "."
        categories = sorted(s.itemised.by_category.items(), key=lambda kv: (-kv[1], kv[0]))
        if categories:
            text += f" By category: {', '.join(f'{c} {n}' for c, n in categories)}."
        blocks.append(Paragraph(text))
    h = s.in_hand
    if h.suggestions:
        were = "was" if h.suggestions == 1 else "were"
        text = f"As of {date(summary.period.end)}, {plural(h.suggestions, 'suggestion')}"
        text += f" {were} in hand"
        closed = h.by_status.get(Status.CLOSED, 0)
        facts = [
            f"{number(n)} {what}"
            for what, n in (
                ("replied to on time", h.replied_on_time),
                ("replied to late", h.replied_late),
                ("overdue", h.overdue),
                ("closed", closed),
                ("still open", h.open),
            )
            if n
        ]
        text += f": {join(facts)}." if facts else "."
        if h.outcomes:
            text += f" Replies: {', '.join(f'{_en(o)} {n}' for o, n in h.outcomes.items())}."
        if h.evaluated:
            ratings = ", ".join(f"{_en(r)} {n}" for r, n in h.satisfaction.items())
            text += f" Deputies rated {plural(h.evaluated, 'reply', 'replies')}: {ratings}"
            rate = h.satisfied_or_basically_rate
            if rate is not None:
                share = percent(rate.numerator, rate.denominator)
                text += f"; {share} satisfied or basically satisfied"
            text += "."
        if h.rehandled:
            verb = "was" if h.rehandled == 1 else "were"
            text += f" {number(h.rehandled)} {verb} re-handled after a dissatisfied rating."
        blocks.append(Paragraph(text))
    return blocks


def _projects(summary: PeriodSummary) -> Paragraph:
    p = summary.projects
    statuses = ", ".join(f"{_en(k)} {n}" for k, n in p.by_status.items())
    text = f"As of {date(summary.period.end)}, livelihood projects: {statuses}."
    watched = [line for line in p.projects if line.activities]
    if watched:
        done = "; ".join(f"{line.name} ({plural(line.activities, 'activity')})" for line in watched)
        text += f" Deputies supervised {done}."
    return Paragraph(text)


def _target(t: Target) -> str:
    """A target in words: its own description, or one made from its metric."""
    if t.description:
        return t.description
    text = f"{number(t.value)} {_en(t.metric)}"
    if t.activity_kinds:
        text += f" in {join([_en(k) for k in t.activity_kinds], 'or')}"
    return text + (" per deputy" if t.per_deputy else "")


def _plan_progress(plan: PlanProgress) -> Table:
    rows = []
    for item in plan.items:
        for tp in item.targets:
            needed = plural(tp.needed, "deputy") if tp.target.per_deputy else number(tp.needed)
            done = "—" if tp.done is None else count(tp.done)
            met = {True: "yes", False: "no", None: "—"}[tp.met]
            rows.append((_target(tp.target), needed, done, met))
    return Table(("Target", "Needed", "Done", "Met"), tuple(rows), numeric=(1, 2))


def _plan(plan: WorkPlan, part: int) -> list[Block]:
    blocks: list[Block] = []
    sections: dict[PlanSection, list[PlanItem]] = {}
    for item in plan.items:
        sections.setdefault(item.section, []).append(item)
    for n, (section, items) in enumerate(sections.items(), start=1):
        name = _en(section)
        blocks.append(Heading(3, f"{part}.{n} {name[0].upper()}{name[1:]}"))
        lines = []
        for item in items:
            text = item.text
            if item.targets:
                text += f" (target: {'; '.join(_target(t) for t in item.targets)})"
            lines.append(text)
        blocks.append(Bullets(tuple(lines)))
    return blocks


def _by_station(summary: PeriodSummary) -> Table:
    header = (
        "Station",
        "Reception days",
        "Activities",
        "Participations",
        "People received",
        "Opinions",
        "Suggestions",
    )
    rows = tuple(
        (
            s.name or s.id,
            number(s.reception_days),
            number(s.activities.activities),
            count(s.activities.participations),
            count(s.activities.people_received),
            count(s.activities.opinions_collected),
            count(s.activities.suggestions_arising),
        )
        for s in summary.stations
    )
    return Table(header, rows, numeric=(1, 2, 3, 4, 5, 6))


def _by_group(summary: PeriodSummary) -> Table:
    header = ("Group", "Activities", "Participations", "Villages", "Households", "Suggestions led")
    rows = tuple(
        (
            g.name or g.id,
            number(g.activities.activities),
            count(g.activities.participations),
            number(g.activities.villages),
            count(g.activities.households_contacted),
            number(g.suggestions.suggestions),
        )
        for g in summary.groups
    )
    return Table(header, rows, numeric=(1, 2, 3, 4, 5))


def _by_deputy(summary: PeriodSummary) -> Table:
    header = ("Deputy", "Activities", "Households", "Led", "Co-signed", "Speeches")
    rows = tuple(
        (
            d.name or d.id,
            number(d.activities),
            count(d.households_contacted),
            number(d.suggestions_led),
            number(d.suggestions_cosigned),
            number(d.speeches),
        )
        for d in summary.deputies
    )
    return Table(header, rows, numeric=(1, 2, 3, 4, 5))


BREAKDOWNS = {
    "station": ("by station", _by_station),
    "group": ("by deputy group", _by_group),
    "deputy": ("by deputy", _by_deputy),
}


def _headline(summary: PeriodSummary) -> str | None:
    a = summary.activities
    meetings = []
    if summary.sessions:
        meetings.append(plural(len(summary.sessions), "session"))
    if summary.presidium_meetings:
        meetings.append(plural(summary.presidium_meetings, "presidium meeting"))
    said = [f"the congress held {join(meetings)}"] if meetings else []
    deputies = []
    if a.activities:
        figures = _figures(a, leave_out=common.HEADLINE_LEAVES_OUT)
        text = f"took part in {plural(a.activities, 'activity')}"
        deputies.append(text + (f" ({', '.join(figures)})" if figures else ""))
    if summary.suggestions.raised.value:
        deputies.append(f"raised {plural(summary.suggestions.raised, 'suggestion')}")
    if deputies:
        said.append(f"deputies {join(deputies)}")
    if not said:
        return None
    return f"In {period_name(summary.period)} {'; '.join(said)}."


def summary_blocks(summary: PeriodSummary, by: str | None = None) -> list[Block]:
    """The English work report of ``summary``, as blocks; sections with nothing are left out."""
    period = period_name(summary.period)
    congress = common.congress_name(summary) or "the congress"
    title = f"Work summary of {congress} for {period}"
    if summary.next_plans:
        title += f", and plan for {period_name(summary.period.next())}"
    blocks: list[Block] = [Heading(1, title)]
    headline = _headline(summary)
    if headline:
        blocks.append(Paragraph(headline))

    sections: list[tuple[str, list[Block]]] = []
    if summary.sessions:
        body: list[Block] = [Paragraph(_session(s, summary)) for s in summary.sessions]
        sections.append(("Sessions", body))
    sections.extend((f"{c.name} ({_en(c.kind)})", _campaign(c)) for c in summary.campaigns)
    field = common.kinds_present(summary, common.FIELD_WORK)
    if field:
        lines = tuple(_activity_line(k, summary.activities_by_kind[k]) for k in field)
        sections.append(("Deputies' activities", [Bullets(lines)]))
    learning = common.kinds_present(summary, common.LEARNING)
    if learning:
        sections.append(("Study and training", [_learning(summary, learning)]))
    if summary.stations or common.kinds_present(summary, (ActivityKind.RECEPTION,)):
        sections.append(("Stations and reception", [_stations(summary)]))
    if common.has_suggestions(summary):
        sections.append(("Suggestions and their handling", _suggestions(summary)))
    if summary.projects.by_status:
        sections.append(("Livelihood projects", [_projects(summary)]))
    sections.extend(
        (f"Progress of {p.title}", [_plan_progress(p)]) for p in summary.plans if p.targets
    )

    part = 0
    if sections:
        part += 1
        blocks.append(Heading(2, f"{part}. Work in {period}"))
        for n, (heading, body) in enumerate(sections, start=1):
            blocks.append(Heading(3, f"{part}.{n} {heading}"))
            blocks.extend(body)
    for plan in summary.next_plans:
        part += 1
        blocks.append(Heading(2, f"{part}. {plan.title}"))
        blocks.extend(_plan(plan, part))
    if by is not None:
        heading, table = BREAKDOWNS[by]
        blocks.append(Heading(2, f"Appendix: activities {heading}"))
        blocks.append(table(summary))
    return blocks
