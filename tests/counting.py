"""Independent counts over records, to check summaries and assessments against.

Each figure is counted here directly from the records a test wrote or drew,
the plainest way, without congresskit's tallies.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections import Counter
from fractions import Fraction
from typing import Any

from congresskit import (
    Activity,
    ActivityKind,
    Allowance,
    AllowanceBasis,
    Assessment,
    Count,
    Crediting,
    Deputy,
    DeputyGroup,
    DutyMetric,
    DutyWindow,
    Honour,
    Level,
    MembershipKind,
    Period,
    PeriodSummary,
    Replied,
    RuleDocument,
    RuleKind,
    RuleResult,
    Session,
    Status,
    Suggestion,
    Term,
    Verdict,
)
from congresskit.records.dates import earliest, latest

M, W, K = DutyMetric, DutyWindow, ActivityKind


def _days(start: dt.date, end: dt.date | None, limit: dt.date) -> set[int]:
    return set(range(start.toordinal(), min(end or limit, limit).toordinal() + 1))


def households_credited(a: Activity, deputy: str, crediting: Crediting) -> int:
    """The households of ``a`` credited to ``deputy`` (a participant), worked out directly."""
    mine = [f.households_contacted for f in a.participant_figures if f.deputy == deputy]
    if mine and mine[0] is not None:
        return mine[0].value
    if crediting is Crediting.NONE or a.households_contacted is None:
        return 0
    first = {}  # a deputy given figures twice keeps the first entry
    for f in reversed(a.participant_figures):
        if f.deputy in a.participants:
            first[f.deputy] = f.households_contacted
    own = {d: c.value for d, c in first.items() if c is not None}
    rest = max(0, a.households_contacted.value - sum(own.values()))
    if crediting is Crediting.FULL:
        return rest
    # Shared equally by everyone taking part without a figure of their own, listed or not.
    without = max(a.participants_reported.value if a.participants_reported else 0,
                  len(a.participants)) - len(own)  # fmt: skip
    return math.floor(Fraction(rest, without))


def count_independently(
    records: list[Any], deputy: str, metric: DutyMetric, kinds: tuple[ActivityKind, ...],
    start: dt.date, end: dt.date, session: str | None = None,
    crediting: Crediting = Crediting.SHARED, served: list[tuple[int, int]] | None = None,
) -> int:  # fmt: skip
    """The figure of ``metric`` for ``deputy`` over ``start``..``end``, counted directly;
    with ``served`` (first and last days the deputy served), only records dated
    wholly within those days count."""

    def inside(day: dt.date) -> bool:
        if served is not None and not all(
            any(first <= d <= last for first, last in served)
            for d in range(earliest(day).toordinal(), latest(day).toordinal() + 1)
        ):
            return False
        return start <= day <= end

    if metric is M.SPEECHES:
        return sum(
            1
            for r in records
            if isinstance(r, Session) and inside(r.start) and (session is None or r.id == session)
            for s in r.speeches
            if s.deputy == deputy
        )
    if metric in (M.SUGGESTIONS_RAISED, M.SUGGESTIONS_LED):
        return sum(
            1
            for r in records
            if isinstance(r, Suggestion)
            and inside(r.raised_on)
            and (session is None or r.session == session)
            and (r.lead == deputy or (metric is M.SUGGESTIONS_RAISED and deputy in r.cosigners))
        )
    if metric is M.REPORTS_TO_VOTERS:
        kinds = (K.REPORT_TO_VOTERS,)
    acts = [
        r
        for r in records
        if isinstance(r, Activity)
        and inside(r.start)
        and deputy in r.participants
        and (not kinds or r.kind in kinds)
    ]
    if metric is M.HOUSEHOLDS_CONTACTED:
        return sum(households_credited(a, deputy, crediting) for a in acts)
    return len(acts)


def served_days(deputy: Deputy, term: str | None = None) -> list[tuple[int, int]]:
    """The first and last days (ordinals) of ``deputy``'s term memberships (of ``term``)."""
    return [
        (m.start.toordinal(), (m.end or dt.date.max).toordinal())
        for m in deputy.memberships
        if m.kind is MembershipKind.TERM and term in (None, m.of)
    ]


def check_result(
    records: list[Any], deputy: Deputy, r: RuleResult, period: Period, crediting: Crediting
) -> None:
    """A result's figure, served share, threshold and verdict, recomputed independently."""
    end = min(r.window.end, period.end)
    term = None
    if r.rule.window is W.TERM:
        (term,) = [t.id for t in records if isinstance(t, Term) and t.start == r.window.start]
    if r.session is not None:
        (term,) = [s.term for s in records if isinstance(s, Session) and s.id == r.session]
    figure = count_independently(
        records, deputy.id, r.rule.metric, r.rule.activity_kinds, r.window.start, end, r.session,
        crediting, served_days(deputy, term),
    )  # fmt: skip
    assert r.figure.value == figure
    served: set[int] = set()
    for m in deputy.memberships:
        if m.kind is MembershipKind.TERM and term in (None, m.of):
            served |= _days(m.start, m.end, r.window.end)
    share = Fraction(len(served & _days(r.window.start, None, r.window.end)), r.window.days)
    if r.session is not None:
        share = Fraction(1)
    assert r.served == share
    assert r.threshold == math.ceil(r.rule.threshold * share)
    assert (r.verdict is Verdict.MET) == (figure >= r.threshold)
    if r.verdict is Verdict.NOT_MET:
        assert r.window.end <= period.end


def check_assessment(records: list[Any], result: Assessment) -> None:
    """Every serving deputy is assessed, every figure and point is right, ranks are ordered."""
    period = result.period
    deputies = {d.id: d for d in records if isinstance(d, Deputy)}
    serving = {
        d.id
        for d in deputies.values()
        if any(m.kind is MembershipKind.TERM and m.overlaps(period.start, period.end)
               for m in d.memberships)
    }  # fmt: skip
    assert {d.deputy for d in result.deputies} == serving
    table = result.standard.points
    for a in result.deputies:
        for r in a.results:
            check_result(records, deputies[a.deputy], r, period, result.standard.crediting)
        if table is not None:
            for item, points in zip(table.items, a.points_by_item, strict=True):
                figure = count_independently(
                    records, a.deputy, item.metric, item.activity_kinds, period.start, period.end,
                    crediting=result.standard.crediting, served=served_days(deputies[a.deputy]),
                )  # fmt: skip
                assert points == min(figure * item.points, item.cap or math.inf)
        assert a.points == sum(a.points_by_item)
    ranked = result.deputies
    for before, after in itertools.pairwise(ranked):
        assert (before.points, before.rules_met) >= (after.points, after.rules_met)
        tied = (before.points, before.rules_met) == (after.points, after.rules_met)
        assert after.rank == (before.rank if tied else ranked.index(after) + 1)


def check_summary(records: list[Any], s: PeriodSummary) -> None:
    """A summary's activity, session and suggestion figures, recounted directly."""
    period = s.period
    acts = [r for r in records if isinstance(r, Activity) and r.start in period]
    # A record of several activities over a span counts as that many.
    assert s.activities.activities == sum(a.occurrences or 1 for a in acts)
    kinds: Counter[ActivityKind] = Counter()
    for a in acts:
        kinds[a.kind] += a.occurrences or 1
    assert s.activities.by_kind == dict(kinds)
    check_listing(s, acts)
    people = [a.people_received for a in acts if a.people_received is not None]
    assert s.activities.people_received.value == sum(c.value for c in people)
    assert s.activities.people_received.at_least == any(c.at_least for c in people)
    # Distinct deputies: those named, or as many as one activity reports, if more.
    named = len({d for a in acts for d in a.participants})
    one_activity = max(
        (a.participants_reported.value for a in acts if a.participants_reported is not None),
        default=0,
    )
    assert s.activities.deputies.value == max(named, one_activity)
    unrecorded = any(not a.participants and a.participants_reported is None for a in acts)
    if unrecorded:
        assert s.activities.deputies.at_least
        assert s.activities.participations.at_least
    check_structure(records, s, acts)
    for deputy in s.deputies:
        credited = [a.households_contacted for a in acts if deputy.id in a.participants]
        assert deputy.households_contacted.value == sum(c.value for c in credited if c)
        assert deputy.activities == sum(1 for a in acts if deputy.id in a.participants)
        own = [
            next(f for f in a.participant_figures if f.deputy == deputy.id).households_contacted
            for a in acts
            if deputy.id in a.participants
            and any(f.deputy == deputy.id for f in a.participant_figures)
        ]
        stated = [c for c in own if c is not None]
        if stated:
            assert deputy.own_households_contacted is not None
            assert deputy.own_households_contacted.value == sum(c.value for c in stated)
            assert deputy.own_households_contacted.at_least == any(c.at_least for c in stated)
        else:
            assert deputy.own_households_contacted is None  # not stated, not 0
    raised = [r for r in records if isinstance(r, Suggestion) and r.raised_on in period]
    assert s.suggestions.itemised.suggestions == len(raised)
    statuses = Counter(r.as_of(period.end).status for r in raised)
    assert s.suggestions.itemised.by_status == dict(statuses)
    overdue = sum(r.overdue(period.end) for r in raised)
    assert s.suggestions.itemised.overdue == overdue
    as_of = [r.as_of(period.end) for r in raised]
    first = [r.rounds()[0] for r in as_of if r.rounds()]
    figures = s.suggestions.itemised
    assert figures.replied_on_time == sum(f.on_time is True for f in first)
    assert figures.replied_late == sum(f.on_time is False for f in first)
    assert figures.rehandled == sum(r.rehandled for r in as_of)
    assert figures.open == sum(r.status is not Status.CLOSED for r in as_of)
    assert figures.outcomes == dict(Counter(r.outcome for r in as_of if r.outcome))
    ratings = Counter(r.evaluations[-1].handling for r in as_of if r.evaluations)
    assert figures.satisfaction == dict(ratings)
    units = Counter(r.assignment.lead_unit for r in as_of if r.assignment)
    assert figures.by_unit == dict(units)
    replied = sum(any(isinstance(e, Replied) and e.on in period for e in r.events) for r in raised)
    assert figures.replied_in_period == replied
    for session in s.sessions:
        # Suggestions raised in the period at the session (check() has them on its days).
        itemised = sum(1 for r in raised if r.session == session.id)
        (record,) = [r for r in records if isinstance(r, Session) and r.id == session.id]
        reported = record.suggestions_reported.value if record.suggestions_reported else 0
        assert session.suggestions.value == max(reported, itemised)


def check_structure(records: list[Any], s: PeriodSummary, acts: list[Activity]) -> None:
    """Items, study subtypes, others taking part, themes and group cadences, recounted."""
    # A bundled activity counts once; its items, each under its own kind.
    items: Counter[ActivityKind] = Counter()
    studies: Counter[Any] = Counter()
    for a in acts:  # a record of several activities: each had its items and subtype
        for i in a.items:
            items[i.kind] += a.occurrences or 1
        if a.study:
            studies[a.study] += a.occurrences or 1
    assert s.activities.items_by_kind == dict(items)
    assert s.activities.study_by_kind == dict(studies)
    others = [a.others_taking_part for a in acts if a.others_taking_part is not None]
    assert s.activities.others_taking_part.value == sum(c.value for c in others)
    assert s.activities.others_taking_part.at_least == any(c.at_least for c in others)
    # Person-times are the activities' own, never added again for their items.
    listed = sum(
        max(len(a.participants), (a.participants_reported or Count(0)).value) for a in acts
    )
    assert s.activities.participations.value == listed
    themes: Counter[str] = Counter()
    for a in acts:
        for t in a.themes:
            themes[t] += a.occurrences or 1
    assert {t: f.activities for t, f in s.activities_by_theme.items()} == dict(themes)
    check_rulebook(records, s, acts)
    covered = {u for a in acts for u in (*a.units, *(u for i in a.items for u in i.units))}
    assert s.activities.units == len(covered)
    groups = {r.id: r for r in records if isinstance(r, DeputyGroup)}
    for g in s.groups:
        group = groups.get(g.id)
        if group is None or group.cadence is None:
            assert g.stretches_due is None
            assert g.stretches_held is None
            continue
        due = held = 0
        # Walk the period month by month: a stretch is due when it lies wholly inside.
        months = group.cadence.months
        day = s.period.start.replace(day=1)
        while day <= s.period.end:
            index = day.year * 12 + day.month - 1
            if index % months == 0:
                end_index = index + months
                end = dt.date(end_index // 12, end_index % 12 + 1, 1) - dt.timedelta(days=1)
                if s.period.start <= day and end <= s.period.end:
                    due += 1
                    held += any(a.group == g.id and _month_in(a, day, end) for a in acts)
            day = (day + dt.timedelta(days=32)).replace(day=1)
        assert (g.stretches_due, g.stretches_held) == (due, held)


_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _fixed_by(rule: str, day: dt.date) -> bool:
    """Whether a monthly rule (a day of the month, or the first weekday) falls on ``day``."""
    part = rule.rsplit("=", 1)[1]
    if rule.startswith("FREQ=MONTHLY;BYMONTHDAY="):
        return day.day == int(part)
    assert rule.startswith("FREQ=MONTHLY;BYDAY=1"), rule
    return day.day <= 7 and _WEEKDAYS[day.weekday()] == part[1:]


def _lasted(a: Activity) -> int:
    """Days an activity lasted; one when its dates are vague (the summary's lower figure)."""
    if type(a.start) is not dt.date or (a.end is not None and type(a.end) is not dt.date):
        return 1
    return ((a.end or a.start) - a.start).days + 1


def _month_in(a: Activity, first: dt.date, last: dt.date) -> bool:
    """Whether the activity's month is known and lies within ``first``..``last``."""
    lo, hi = earliest(a.start), latest(a.start)
    return (lo.year, lo.month) == (hi.year, hi.month) and first <= lo <= last


def check_rulebook(records: list[Any], s: PeriodSummary, acts: list[Activity]) -> None:
    """Rules against the period, honours awarded and allowances implied, recounted."""
    period = s.period
    people = [max(len(a.participants), (a.participants_reported or Count(0)).value) for a in acts]
    person_days = sum(p * _lasted(a) for p, a in zip(people, acts, strict=True))
    assert s.activities.person_days.value == person_days
    allowances = sorted(
        (
            r
            for r in records
            if isinstance(r, Allowance) and (r.start is None or r.start <= period.end)
        ),
        key=lambda r: r.id,
    )
    assert [f.allowance for f in s.money.allowances] == allowances
    for f in s.money.allowances:
        basis = person_days if f.allowance.basis is AllowanceBasis.PERSON_DAY else sum(people)
        assert f.implied.value == f.allowance.amount * basis
    awarded = [r for r in records if isinstance(r, Honour) and r.on and r.on in period]
    assert sorted(h.id for h in s.honours) == sorted(h.id for h in awarded)
    undated = sum(1 for r in records if isinstance(r, Honour) and r.on is None)
    assert s.possibly_in_period.get("honours", 0) == undated
    rules = {r.id: r for r in records if isinstance(r, RuleDocument)}
    in_force = [r for r in rules.values() if r.adopted_on is None or r.adopted_on <= period.end]
    assert sorted(r.id for r in s.rules) == sorted(r.id for r in in_force)
    for summary in s.rules:
        rule = rules[summary.id]
        if rule.calendar_rule is None:
            assert (summary.scheduled, summary.held) == (None, None)
            continue
        # Days of the month the rule fixes, walked day by day from its adoption.
        day, due = max(period.start, rule.adopted_on or period.start), 0
        while day <= period.end:
            due += _fixed_by(rule.calendar_rule or "", day)
            day += dt.timedelta(days=1)
        assert summary.scheduled == due
        held = sum(
            a.occurrences or 1
            for a in acts
            if a.kind is ActivityKind.RECEPTION
            and (not rule.stations or a.station in rule.stations)
        )
        assert summary.held == (held if rule.kind is RuleKind.RECEPTION_DAY else None)


def check_listing(s: PeriodSummary, acts: list[Activity]) -> None:
    """The activity list, topics, items, levels and stated satisfaction, recounted."""
    listed = sorted(acts, key=lambda a: (earliest(a.start), latest(a.end or a.start), a.id))
    assert [line.id for line in s.activity_list] == [a.id for a in listed]
    for line, a in zip(s.activity_list, listed, strict=True):
        assert (line.kind, line.title, line.start, line.end) == (a.kind, a.title, a.start, a.end)
        assert line.times_held == (a.occurrences or 1)
        assert line.items == tuple(i.kind for i in a.items)
    assert s.activities.topics == len({t for a in acts for t in a.topics})
    assert s.activities.items == sum(len(a.items) * (a.occurrences or 1) for a in acts)
    times: dict[ActivityKind, list[Count]] = {}
    for a in acts:  # an item not counted was done once; each occurrence did it
        for i in a.items:
            done = i.times or Count(1)
            times.setdefault(i.kind, []).append(
                Count(done.value * (a.occurrences or 1), at_least=done.at_least)
            )
    assert s.activities.item_times_by_kind == {k: Count.total(v) for k, v in times.items()}
    by_level: dict[Any, list[Count]] = {}
    for a in acts:
        for c in a.participants_by_level:
            by_level.setdefault(c.level, []).append(c.count)
    assert set(s.activities.participations_by_level) == set(by_level)
    for level, counts in by_level.items():
        figure = s.activities.participations_by_level[level]
        assert figure.value == sum(c.value for c in counts)
        assert figure.at_least == any(c.at_least for c in counts)
    stated = sorted(
        (a.public_satisfaction.value, a.public_satisfaction.at_least)
        for a in acts
        if a.public_satisfaction is not None
    )
    assert [(c.value, c.at_least) for c in s.opinions.public_satisfaction] == stated
    check_follow_ups(s, acts)


def check_follow_ups(s: PeriodSummary, acts: list[Activity]) -> None:
    """Earlier opinions followed up and reported back, and forwarded ones resolved by level."""
    follow_ups = [f for a in acts for f in a.follow_ups]
    said = [f.opinions for f in follow_ups if f.opinions is not None]
    if not said:
        assert s.activities.opinions_followed_up is None
    else:
        # A follow-up that does not say how many makes the sum a lower figure.
        unsaid = len(said) < len(follow_ups)
        lower = unsaid or any(c.at_least for c in said)
        total = Count(sum(c.value for c in said), at_least=lower)
        assert s.activities.opinions_followed_up == total
    answered = [f for f in follow_ups if f.opinions is not None and f.reported_back is not None]
    if not answered:
        assert s.activities.opinions_reported_back is None
    else:
        back = [f.opinions for f in answered if f.reported_back and f.opinions is not None]
        lower = any(c.at_least for c in back) or any(
            f.reported_back is None or (f.reported_back and f.opinions is None) for f in follow_ups
        )
        total = Count(sum(c.value for c in back), at_least=lower)
        assert s.activities.opinions_reported_back == total
    resolved: dict[Any, list[Count]] = {}
    for a in acts:
        for c in a.dispositions.resolved_by_level if a.dispositions else ():
            resolved.setdefault(c.level, []).append(c.count)
    assert list(s.opinions.resolved_by_level) == [lv for lv in Level if lv in resolved]
    for level, counts in resolved.items():
        assert s.opinions.resolved_by_level[level] == Count(
            sum(c.value for c in counts), at_least=any(c.at_least for c in counts)
        )
