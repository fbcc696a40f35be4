"""English report wording: numbers, dates, headings and the report's sentences.

The module is a :class:`~congresskit.reports._language.Language`: ``_render_report``
lays the report out and asks it for every word.

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
import enum
from collections.abc import Mapping, Sequence
from typing import TypeVar

from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, PlanSection
from congresskit.records.labels import label
from congresskit.records.plans import PlanItem, Target
from congresskit.reports import _common as common
from congresskit.reports._blocks import Bullets
from congresskit.reports._language import Words
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import ActivityFigures, CampaignSummary, SessionSummary
from congresskit.summary.periods import Period

WORDS = Words(
    lang="en",
    colon=": ",
    comma=", ",
    semicolon="; ",
    stop=".",
    yes="yes",
    no="no",
    title="Work summary of {congress} for {period}",
    title_plan=", and plan for {}",
    no_congress="the congress",
    work_in="Work in {}",
    sessions="Sessions",
    campaign="{name} ({kind})",
    field_work="Deputies' activities",
    learning="Study and training",
    stations="Stations and reception",
    suggestions="Suggestions and their handling",
    projects="Livelihood projects",
    progress="Progress of {}",
    progress_columns=("Target", "Needed", "Done", "Met"),
    appendix="Appendix: activities {}",
    breakdowns={"station": "by station", "group": "by deputy group", "deputy": "by deputy"},
    breakdown_columns={
        "station": (
            "Station",
            "Reception days",
            "Activities",
            "Participations",
            "People received",
            "Opinions",
            "Suggestions",
        ),
        "group": (
            "Group",
            "Activities",
            "Participations",
            "Villages",
            "Households",
            "Suggestions led",
        ),
        "deputy": ("Deputy", "Activities", "Households", "Led", "Co-signed", "Speeches"),
    },
    assessment="Duty assessment of deputies, {}",
    assessment_columns=("Rank", "Deputy"),
    rule_column="{metric} (≥{threshold} {window})",
    points="Points",
    all_met="All met",
    not_yet="pending",
    standard="Standard: {name} ({part_service})",
    points_table="; points table: {}",
    no_deputy="No deputy served in the period.",
    candidates="Candidates for excellent deputy (no rule failed), {n}: {names}.",
)

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


#: A count in a table cell reads as in a sentence: ``63``, ``200+``.
cell = count


def capital(text: str) -> str:
    """``text`` with its first letter a capital, as a sentence or heading starts."""
    return f"{text[0].upper()}{text[1:]}"


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


def deputies(n: int) -> str:
    """``26 deputies``."""
    return plural(n, "deputy")


def part_heading(part: int, text: str) -> str:
    """``1. Work in the first half of 2020``."""
    return f"{part}. {text}"


def section_heading(part: int, n: int, text: str) -> str:
    """``1.2 Sessions``."""
    return f"{part}.{n} {text}"


def plan_section(section: PlanSection) -> str:
    """``Supervision``: the section's label as a heading."""
    return capital(_en(section))


def _figures(af: ActivityFigures, *, leave_out: tuple[str, ...] = ()) -> list[str]:
    return [
        plural(value, *_FIGURE[name]) for name, value in common.figures(af, leave_out=leave_out)
    ]


def _en(value: object) -> str:
    return label(value, "en")  # type: ignore[arg-type]


_E = TypeVar("_E", bound=enum.Enum)


def _tally(by: Mapping[_E, int]) -> str:
    """How many of each kind: ``motion 2, criticism 1``."""
    return ", ".join(f"{_en(k)} {n}" for k, n in by.items())


def session(s: SessionSummary, summary: PeriodSummary) -> str:
    """``Session 8 of the 19th term of … was held on 13 January 2020, with …``."""
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
        chosen = plural(len(selected), "livelihood project")
        parts.append(f"a ballot selected {chosen}: {', '.join(selected)}")
    for e in s.elections:
        elected = ", ".join(c.name for c in e.elected)
        verb = "a by-election for" if e.by_election else "an election for"
        parts.append(f"it held {verb} {e.office}" + (f" ({elected} elected)" if elected else ""))
    adopted = common.adopted(s)
    if adopted:
        parts.append(f"it adopted {plural(len(adopted), 'resolution')}: {', '.join(adopted)}")
    if s.inquiries:
        parts.append(f"deputies put {plural(len(s.inquiries), 'inquiry')}")
    text = f"{first}."
    if parts:
        body = "; ".join(parts)
        text += f" {capital(body)}."
    return text


def campaign(c: CampaignSummary) -> str:
    """``Since 24 January 2020, deputies took part in … in 5 roles: …``."""
    text = f"{capital(_when(c.start, c.end))}, deputies took part in {c.name}"
    if c.roles:
        roles = ", ".join(
            f"{_en(r.role)} ({plural(len(r.deputies), 'deputy')})" if r.deputies else _en(r.role)
            for r in c.roles
        )
        text += f" in {plural(len(c.roles), 'role')}: {roles}"
        if c.deputies_in_roles:
            text += f"; {plural(c.deputies_in_roles, 'deputy')} in all"
    return text + "."


def campaign_activities(af: ActivityFigures) -> str:
    """``Activities in the period: 6 (supervision 4, campaign work 2), with …``."""
    head = f"Activities in the period: {number(af.activities)}"
    if len(af.by_kind) > 1:
        head += f" ({_tally(af.by_kind)})"
    figures = _figures(af)
    return head + (f", with {join(figures)}." if figures else ".")


def _activity_line(kind: ActivityKind, af: ActivityFigures) -> str:
    head = f"{capital(_en(kind))}: {plural(af.activities, 'activity')}"
    figures = _figures(af)
    return f"{head}, {', '.join(figures)}" if figures else head


def field_work(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> Bullets:
    """A line for each kind of activity: ``Inspection: 3 activities, …``."""
    return Bullets(tuple(_activity_line(k, summary.activities_by_kind[k]) for k in kinds))


def learning(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> str:
    """``Deputies met for study 8 times, with 56 deputy participations in all.``"""
    by_kind = summary.activities_by_kind
    done = join([f"{_en(k)} {plural(by_kind[k].activities, 'time')}" for k in kinds])
    people = common.participations(summary, kinds)
    return f"Deputies met for {done}, with {plural(people, 'deputy participation')} in all."


def stations(summary: PeriodSummary) -> str:
    """``The 4 deputy stations receive the public on scheduled reception days, …``."""
    sentences = []
    if summary.stations:
        days = common.reception_days(summary)
        text = f"The {plural(len(summary.stations), 'deputy station')} receive the public"
        text += " on scheduled reception days"
        if days:
            text += f", {number(days)} of them in {period_name(summary.period)}"
        sentences.append(text + ".")
    reception = common.receptions(summary)
    if reception is not None:
        text = f"{plural(reception.activities, 'reception day')} were held"
        if reception.activities == 1:
            text = "1 reception day was held"
        figures = _figures(reception)
        sentences.append(text + (f", with {join(figures)}." if figures else "."))
    return " ".join(sentences)


def suggestions_raised(summary: PeriodSummary) -> str:
    """``Deputies raised 71 suggestions in …, 63 of them at sessions. By category: …``."""
    s = summary.suggestions
    text = f"Deputies raised {plural(s.raised, 'suggestion')} in {period_name(summary.period)}"
    kinds = common.suggestion_kinds(summary)
    if kinds:
        text += f" ({_tally(kinds)})"
    at_sessions = common.raised_at_sessions(summary)
    if at_sessions.value:
        text += f", {count(at_sessions)} of them at sessions"
    text += "."
    categories = common.categories(summary)
    if categories:
        text += f" By category: {', '.join(f'{c} {n}' for c, n in categories)}."
    return text


_HANDLING = {
    "replied_on_time": "replied to on time",
    "replied_late": "replied to late",
    "overdue": "overdue",
    "closed": "closed",
    "open": "still open",
}


def suggestions_in_hand(summary: PeriodSummary) -> str:
    """``As of 30 June 2020, 71 suggestions were in hand: 62 replied to on time, …``."""
    h = summary.suggestions.in_hand
    were = "was" if h.suggestions == 1 else "were"
    text = f"As of {date(summary.period.end)}, {plural(h.suggestions, 'suggestion')}"
    text += f" {were} in hand"
    handling = common.handling(h, common.TIMING + common.STATE)
    facts = [f"{number(n)} {_HANDLING[name]}" for name, n in handling]
    text += f": {join(facts)}." if facts else "."
    if h.outcomes:
        text += f" Replies: {_tally(h.outcomes)}."
    if h.evaluated:
        text += (
            f" Deputies rated {plural(h.evaluated, 'reply', 'replies')}: {_tally(h.satisfaction)}"
        )
        rate = h.satisfied_or_basically_rate
        if rate is not None:
            share = common.percent(rate.numerator, rate.denominator)
            text += f"; {share} satisfied or basically satisfied"
        text += "."
    if h.rehandled:
        verb = "was" if h.rehandled == 1 else "were"
        text += f" {number(h.rehandled)} {verb} re-handled after a dissatisfied rating."
    return text


def projects(summary: PeriodSummary) -> str:
    """``As of 30 June 2020, livelihood projects: … Deputies supervised ….``"""
    p = summary.projects
    text = f"As of {date(summary.period.end)}, livelihood projects: {_tally(p.by_status)}."
    watched = common.supervised(summary)
    if watched:
        done = "; ".join(f"{line.name} ({plural(line.activities, 'activity')})" for line in watched)
        text += f" Deputies supervised {done}."
    return text


def target(t: Target) -> str:
    """A target in words: its own description, or one made from its metric."""
    if t.description:
        return t.description
    text = f"{number(t.value)} {_en(t.metric)}"
    if t.activity_kinds:
        text += f" in {join([_en(k) for k in t.activity_kinds], 'or')}"
    return text + (" per deputy" if t.per_deputy else "")


def plan_items(items: Sequence[PlanItem]) -> Bullets:
    """A bullet for each item of a plan's section, with its targets."""
    lines = []
    for item in items:
        text = item.text
        if item.targets:
            text += f" (target: {'; '.join(target(t) for t in item.targets)})"
        lines.append(text)
    return Bullets(tuple(lines))


def headline(summary: PeriodSummary) -> str | None:
    """``In the first half of 2020 the congress held 1 session and 4 presidium meetings; …``."""
    a = summary.activities
    meetings = []
    if summary.sessions:
        meetings.append(plural(len(summary.sessions), "session"))
    if summary.presidium_meetings:
        meetings.append(plural(summary.presidium_meetings, "presidium meeting"))
    said = [f"the congress held {join(meetings)}"] if meetings else []
    did = []
    if a.activities:
        figures = _figures(a, leave_out=common.HEADLINE_LEAVES_OUT)
        text = f"took part in {plural(a.activities, 'activity')}"
        did.append(text + (f" ({', '.join(figures)})" if figures else ""))
    if summary.suggestions.raised.value:
        did.append(f"raised {plural(summary.suggestions.raised, 'suggestion')}")
    if did:
        said.append(f"deputies {join(did)}")
    if not said:
        return None
    return f"In {period_name(summary.period)} {'; '.join(said)}."
