"""English report sentences, with the words of :mod:`congresskit.reports._en_words`.

The module is a :class:`~congresskit.reports._language.Language`: ``_render_report``
lays the report out and asks it for every word. The words and formatters it
takes from ``_en_words`` are re-exported here, so this one module supplies
everything the protocol asks for.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TypeVar

from congresskit.records.enums import ActivityKind
from congresskit.records.plans import PlanItem, Target
from congresskit.reports import _common as common
from congresskit.reports._blocks import Bullets
from congresskit.reports._en_session_parts import attendance, ballot
from congresskit.reports._en_structure import (
    activity_lines,
    project_life,
    project_list,
    rulebook,
    structure,
)
from congresskit.reports._en_words import (
    NOT_STATED,
    WORDS,
    capital,
    cell,
    count,
    date,
    deputies,
    english,
    join,
    number,
    ordinal,
    part_heading,
    period_name,
    plan_section,
    plural,
    section_heading,
    when,
)
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import ActivityFigures, CampaignSummary, SessionSummary

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


_FIGURE = {
    "participations": ("deputy participation", None),
    "units": ("unit", None),
    "villages": ("village", None),
    "other_places": ("other place", None),
    "projects": ("livelihood project", None),
    "people_received": ("person received", "people received"),
    "opinions_collected": ("opinion collected", "opinions collected"),
    "opinions_followed_up": ("earlier opinion followed up", "earlier opinions followed up"),
    "opinions_reported_back": ("reported back to voters", "reported back to voters"),
    "households_contacted": ("household contacted", "households contacted"),
    "suggestions_arising": ("suggestion arising", "suggestions arising"),
}


def _figures(af: ActivityFigures, *, leave_out: tuple[str, ...] = ()) -> list[str]:
    return [
        plural(value, *_FIGURE[name]) for name, value in common.figures(af, leave_out=leave_out)
    ]


_E = TypeVar("_E", bound=enum.Enum)


def _tally(by: Mapping[_E, int]) -> str:
    """How many of each kind: ``motion 2, criticism 1``."""
    return ", ".join(f"{english(k)} {n}" for k, n in by.items())


def session(s: SessionSummary, summary: PeriodSummary) -> str:
    """``Session 8 of the 19th term of … was held on 13 January 2020, with …``."""
    congress = common.congress_name(summary)
    name = f"Session {s.number}"
    if s.term_number is not None:
        name += f" of the {ordinal(s.term_number)} term"
    if congress:
        name += f" of {congress}"
    first = f"{name} was held {when(s.start, s.end)}"
    if s.attendance is not None:
        first += attendance(s.attendance)
    parts = []
    if s.report_reviews:
        # A recorded title is shown: six reports of kind "other" are six different reports.
        heard = [
            f"“{r.title}”" if r.title else f"the {english(r.report)}" for r in s.report_reviews
        ]
        parts.append(f"it heard and reviewed {join(heard)}")
    said = []
    if s.speeches:
        said.append(f"spoke {plural(s.speeches, 'time')}")
    if s.suggestions.value:
        said.append(f"raised {plural(s.suggestions, 'suggestion')}")
    if said:
        parts.append(f"deputies {join(said)}")
    selected = common.selected_projects(s, summary)
    reported = common.ballot_selected(s)
    if selected:
        chosen = plural(max(reported or 0, len(selected)), "livelihood project")
        parts.append(f"a ballot selected {chosen}: {', '.join(selected)}")
    elif reported:
        parts.append(f"a ballot selected {plural(reported, 'livelihood project')}")
    elif s.ballots:
        parts.append(f"a ballot on livelihood projects was held (projects selected: {NOT_STATED})")
    parts.extend(f"the ballot: {ballot(b)}" for b in s.ballots if ballot(b))
    for e in s.elections:
        elected = ", ".join(c.name for c in e.elected)
        verb = "a by-election for" if e.by_election else "an election for"
        if elected:
            result = f" ({elected} elected)"
        elif e.elected_count is None:
            result = f" (result {NOT_STATED})"
        else:
            result = f" ({e.elected_count} elected)" if e.elected_count else ""
        secret = " by secret ballot" if e.secret else ""
        parts.append(f"it held {verb} {e.office}{secret}{result}")
    adopted = common.adopted(s)
    if adopted:
        parts.append(f"it adopted {plural(len(adopted), 'resolution')}: {', '.join(adopted)}")
    if s.inquiries:
        parts.append(f"deputies put {plural(len(s.inquiries), 'inquiry')}")
    for o in s.officials:
        who = f"{o.name} ({o.office})" if o.name and o.office else o.name or o.office
        parts.append(f"{who} {join([english(r) for r in o.roles]) or 'attended'}")
    for c in s.ceremonies:
        by = f" ({c.by})" if c.by else ""
        parts.append(f"{english(c.kind)}" + (f" “{c.title}”" if c.title else "") + by)
    text = f"{first}."
    if parts:
        body = "; ".join(parts)
        text += f" {capital(body)}."
    return text


def campaign(c: CampaignSummary) -> str:
    """``Since 24 January 2020, deputies took part in … in 5 roles: …``."""
    text = f"{capital(when(c.start, c.end))}, deputies took part in {c.name}"
    if c.roles:
        roles = ", ".join(
            f"{english(r.role)} ({plural(len(r.deputies), 'deputy')})"
            if r.deputies
            else english(r.role)
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
    head = f"{capital(english(kind))}: {plural(af.activities, 'activity')}"
    figures = _figures(af)
    return f"{head}, {', '.join(figures)}" if figures else head


def field_work(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> Bullets:
    """A line for each kind of activity: ``Inspection: 3 activities, …``."""
    return Bullets(tuple(_activity_line(k, summary.activities_by_kind[k]) for k in kinds))


def learning(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> str:
    """``Deputies met for study 8 times, with 56 deputy participations in all.``"""
    by_kind = summary.activities_by_kind
    done = join([f"{english(k)} {plural(by_kind[k].activities, 'time')}" for k in kinds])
    people = common.participations(summary, kinds)
    if people is None:
        return f"Deputies met for {done}; deputy participations were not recorded."
    return f"Deputies met for {done}, with {plural(people, 'deputy participation')} in all."


def stations(summary: PeriodSummary) -> str:
    """``The 4 deputy stations receive the public on scheduled reception days, …``."""
    sentences = []
    if summary.stations:
        days = common.reception_days(summary)
        stations, scheduled = len(summary.stations), common.scheduled_stations(summary)
        if scheduled == stations == 1:
            text = "The deputy station receives the public on scheduled reception days"
        elif scheduled == stations:
            text = f"The {number(stations)} deputy stations receive the public"
            text += " on scheduled reception days"
        else:  # say only of the stations with a rule that they keep scheduled days
            there = "is" if stations == 1 else "are"
            text = f"There {there} {plural(stations, 'deputy station')}"
            if scheduled:
                verb = "receives" if scheduled == 1 else "receive"
                text += (
                    f"; {number(scheduled)} of them {verb} the public on scheduled reception days"
                )
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
    if s.lead_not_stated:
        n = s.lead_not_stated
        verb = "counts" if n == 1 else "count"
        text += f" {number(n)} of them, with no lead deputy stated, {verb} for no deputy."
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
        # Two ratings: of the handling work and, when rated apart, of the result.
        rated = plural(h.evaluated, "reply", "replies")
        text += f" Deputies rated {rated}; the handling: {_tally(h.satisfaction)}"
        rate = h.satisfied_or_basically_rate
        if rate is not None:
            share = common.percent(rate.numerator, rate.denominator)
            text += f" ({share} satisfied or basically satisfied with the handling)"
        if h.result_evaluated:
            text += f"; the result, rated for {number(h.result_evaluated)}: "
            text += _tally(h.result_satisfaction)
            rate = h.result_satisfied_or_basically_rate
            if rate is not None:
                share = common.percent(rate.numerator, rate.denominator)
                text += f" ({share} satisfied or basically satisfied with the result)"
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
    return text + project_list(summary) + project_life(summary)


def target(t: Target) -> str:
    """A target in words: its own description, or one made from its metric."""
    if t.description:
        return t.description
    text = f"{number(t.value)} {english(t.metric)}"
    if t.activity_kinds:
        text += f" in {join([english(k) for k in t.activity_kinds], 'or')}"
    if t.offices:
        text += f" as {join(list(t.offices), 'or')}"
    roster = f" (roster of {t.roster})" if t.roster is not None else ""
    return text + (f" per deputy{roster}" if t.per_deputy else "")


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
