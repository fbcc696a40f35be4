"""English report words: the WORDS table, numbers, dates, periods and headings.

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

from congresskit.records.counts import Count
from congresskit.records.dates import When
from congresskit.records.enums import PlanSection
from congresskit.records.labels import label
from congresskit.reports._language import Words
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
    structure="Groups, facilities and concentrated activities",
    rulebook="Rules, honours and money",
    activity_list="Activities held",
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
        "deputy": (
            "Deputy",
            "Activities",
            "Households on them",
            "Own households",
            "Own people received",
            "Led",
            "Co-signed",
            "Speeches",
        ),
    },
    assessment="Duty assessment of deputies, {}",
    assessment_columns=("Rank", "Deputy"),
    rule_column="{metric} (≥{threshold} {window})",
    points="Points",
    all_met="All met",
    not_yet="pending",
    standard="Standard: {name} ({part_service}{crediting})",
    crediting="; households not given per deputy: {}",
    in_force=", in force from {}",
    standard_named="Standard: {}",
    points_table="; points table: {}",
    no_deputy="No deputy served in the period.",
    not_stated="not stated",
    candidates="Candidates for excellent deputy (no rule failed), {n}: {names}.",
    not_recorded="not recorded",
    collectives="Assessment of collectives, {}",
    collective_columns=("Rank", "Collective", "Deputies"),
    criterion_column="{code} ({points} pts)",
    total_column="Total (of {total})",
    criteria="Criteria ({total})",
    manual="scored by hand",
    deduction_rules={
        "none_done": "no {metric} in the year: the criterion scores 0",
        "in_part": "a deputy without {metric}: minus {points}",
        "in_part_n": "a deputy with fewer than {threshold} {metric}: minus {points}",
        "per_deputy": "minus {points} for each deputy without {metric}",
        "per_deputy_n": "minus {points} for each deputy with fewer than {threshold} {metric}",
        "per_absence": "minus {points} per deputy per {metric} missed",
        "manual_none_done": "none done: 0",
        "manual_in_part": "done in part: minus {points}",
        "manual_per_deputy": "minus {points} for each deputy who did not take part",
        "manual_per_absence": "minus {points} per deputy per absence",
        "activity": "activity",
    },
    deducted="{name}, {code}: {rule} ({count} counted), minus {points}",
    no_collective="No collective had deputies in the period.",
    possibly=(
        "Records dated too vaguely to say whether they fall in this period, and not "
        "counted above: {n} ({sections})."
    ),
    possibly_sections={
        "activities": "activities",
        "suggestions": "suggestions",
        "sessions": "sessions",
        "meetings": "presidium meetings",
        "campaigns": "campaigns",
        "evaluations": "evaluations",
        "handling_reports": "handling reports",
        "honours": "honours",
        "election_plans": "election plans",
    },
    sources="Sources",
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


#: What a report prints for a figure or a date the records do not state.
NOT_STATED = "not stated"


def date(day: dt.date) -> str:
    """``13 January 2020``; a vague date as precise as it is (``November 2021``, ``2021``)."""
    if isinstance(day, When):
        text = {
            "day": f"{day.day} {_MONTHS[day.month - 1]} {day.year}",
            "month": f"{_MONTHS[day.month - 1]} {day.year}",
            "year": str(day.year),
        }.get(day.precision) or f"between {date(day.earliest)} and {date(day.latest)}"
        return text + (" (inferred)" if day.inferred else "")
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def span(start: dt.date, end: dt.date) -> str:
    """``16 March to 23 June 2020``; one day is just its date."""
    if isinstance(start, When) or isinstance(end, When):
        return date(start) if end == start else f"{date(start)} to {date(end)}"
    if end == start:
        return date(start)
    if start.year != end.year:
        head = date(start)
    elif start.month != end.month:
        head = f"{start.day} {_MONTHS[start.month - 1]}"
    else:
        head = str(start.day)
    return f"{head} to {date(end)}"


def when(start: dt.date | None, end: dt.date | None) -> str:
    """``on 13 January 2020``, ``from 16 March to 23 June 2020``, ``since 24 January 2020``."""
    if start is None:
        return f"until {date(end)}" if end is not None else f"at a time {NOT_STATED}"
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
    return capital(english(section))


def english(value: object) -> str:
    return label(value, "en")  # type: ignore[arg-type]
