"""The period summary: what a congress did in a period, counted from its records.

>>> import datetime as dt
>>> from congresskit import Activity, ActivityKind, Count, Period, summarize
>>> records = [
...     Activity(id="a1", kind=ActivityKind.RECEPTION, title="接访日", start=dt.date(2020, 3, 15),
...              station="s1", participants=("d1", "d2"), people_received=Count(9)),
...     Activity(id="a2", kind=ActivityKind.RECEPTION, title="接访日", start=dt.date(2020, 4, 15),
...              station="s1", participants=("d1",), people_received=Count(200, at_least=True)),
... ]
>>> s = summarize(records, "2020-H1")
>>> s.activities.activities, str(s.activities.people_received), str(s.activities.deputies)
(2, '209+', '2')

:func:`summarize` reads any iterable of records once, so it works on a
:class:`~congresskit.RecordSet` or on a stream. Summaries of disjoint sets of
records combine with ``+`` into the summary of their union, so parts can be
summarised in parallel or as they arrive:

>>> summarize(records[:1], "2020-H1") + summarize(records[1:], "2020-H1") == s
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from congresskit.errors import FieldTypeError
from congresskit.records.body import Congress
from congresskit.records.counts import Count
from congresskit.records.cycle import ElectionPlan
from congresskit.records.enums import ActivityKind
from congresskit.records.plans import WorkPlan
from congresskit.records.policy import DEFAULT_POLICY, Policy
from congresskit.records.provenance import Source
from congresskit.records.rulebook import Honour
from congresskit.summary._build import sections
from congresskit.summary._changes import FigureChange, changes
from congresskit.summary._display import summary_html, summary_repr
from congresskit.summary._state import State
from congresskit.summary._state_help import SummaryError
from congresskit.summary._term_lookup import find_term
from congresskit.summary.figures import (
    ActivityFigures,
    CampaignSummary,
    DeputySummary,
    GroupSummary,
    ProjectSummary,
    SessionSummary,
    StationSummary,
    SuggestionSummary,
)
from congresskit.summary.listing import ActivityLine
from congresskit.summary.meetings import ElectionStanding, MeetingSummary
from congresskit.summary.oversight import EvaluationFigures, HandlingFigures
from congresskit.summary.periods import Period
from congresskit.summary.receptions import ChannelFigures, OpinionFigures
from congresskit.summary.rulebook import MoneySummary, RuleSummary
from congresskit.summary.scorecards import UnitScorecard
from congresskit.summary.tracking import PlanProgress

__all__ = ["FigureChange", "PeriodSummary", "Summarizer", "SummaryError", "changes", "summarize"]


@attrs.frozen(kw_only=True)
class PeriodSummary:
    """Everything a work summary reports about a period, counted from the records.

    Build it with :func:`summarize` (or a :class:`Summarizer`), never by hand.
    Sections are in the order of a work report; each is a frozen value (see
    :mod:`congresskit.summary.figures`) a renderer can print as it is.

    Attributes:
        period: the period summarised.
        congresses: the congress records among the records, by id.
        sessions: sessions held in the period, with their agenda and the
            suggestions raised at each.
        presidium_meetings: how many presidium meetings were held in the period.
        meetings: those meetings, by day, each with its agenda and the
            documents it adopted (see :mod:`congresskit.summary.meetings`).
        campaigns: campaigns running in the period, with deputies' roles.
        activities: all activities that started in the period.
        activity_list: the same one by one, in the order they were held,
            with their dates as precise as the records give them (see
            :class:`~congresskit.ActivityLine`); the first 500 held, when there
            are more (``activities.activities`` counts them all).
        activities_by_kind, activities_by_month: the same, broken down.
        activities_by_theme: the same by theme or campaign label (an
            activity under two themes counts under each), themes sorted.
        stations, groups, deputies: the period by station, by deputy group and
            by deputy (a station's or group's figures are of the activities it
            held; a group's suggestions are its members' as lead deputy).
        suggestions: suggestions raised, and their handling.
        evaluations: evaluations (评议) held in the period, and deputies'
            reports to voters.
        handling: the handling of the period's suggestions, from the itemised
            suggestions or, when there are none, from aggregate handling
            reports' totals (never both), with rates that state their base.
        units: a scorecard per handling unit (see
            :mod:`congresskit.summary.scorecards`).
        opinions: opinions from the public by disposition, and the public's
            satisfaction with receptions.
        channels: continuous channels: suggestions raised through each, and
            each channel's own handling reports.
        projects: livelihood projects voted, supervised and by status.
        plans: progress of each work plan whose dates cover the period.
        plans_within: the work plans that lie within the period without
            covering it (a plan for December in a summary of the year), item
            by item, each target's progress unknown (see
            :mod:`congresskit.summary.tracking`).
        next_plans: work plans for the next period (:meth:`Period.next`), as
            planned: those whose dates lie within it.
        possibly_in_period: by section (``"activities"``, ``"suggestions"``,
            ``"sessions"``, ``"meetings"``, ``"campaigns"``), how many records
            dated too vaguely to say whether they fall in the period; they are
            not counted in the figures, which are therefore lower figures, and
            adding these gives the upper ones. Sections with none are left out.
        sources: the sources of the records counted, as the records name them.
        rules: the rule documents in force, each against the period's records.
        honours: the honours awarded in the period.
        election_plans: the election plans (换届 or 补选) adopted in the period
            (or, when no adoption day is stated, with their vote in it), and
            those dated too vaguely to say, or not dated at all.
        election_cycle: how each of those plans stands at the period's end:
            its kind, whether it is of the period (``in_period``),
            adopted when and where, whether the day of the vote has come, and
            the seats its districts allot against those it states.
        money: the budget lines for the period's years and the allowances in
            force, with what the activities imply under them.
        state: the tallies the figures come from; ``+`` merges them. It is
            not part of a rendered report.
    """

    period: Period
    congresses: tuple[Congress, ...]
    sessions: tuple[SessionSummary, ...]
    presidium_meetings: int
    meetings: tuple[MeetingSummary, ...]
    campaigns: tuple[CampaignSummary, ...]
    activities: ActivityFigures
    activity_list: tuple[ActivityLine, ...]
    activities_by_kind: Mapping[ActivityKind, ActivityFigures]
    activities_by_month: Mapping[Period, ActivityFigures]
    activities_by_theme: Mapping[str, ActivityFigures]
    stations: tuple[StationSummary, ...]
    groups: tuple[GroupSummary, ...]
    deputies: tuple[DeputySummary, ...]
    suggestions: SuggestionSummary
    evaluations: EvaluationFigures
    handling: HandlingFigures
    units: tuple[UnitScorecard, ...]
    opinions: OpinionFigures
    channels: tuple[ChannelFigures, ...]
    projects: ProjectSummary
    plans: tuple[PlanProgress, ...]
    plans_within: tuple[PlanProgress, ...]
    next_plans: tuple[WorkPlan, ...]
    possibly_in_period: Mapping[str, int]
    sources: tuple[Source, ...]
    rules: tuple[RuleSummary, ...]
    honours: tuple[Honour, ...]
    election_plans: tuple[ElectionPlan, ...]
    election_cycle: tuple[ElectionStanding, ...]
    money: MoneySummary
    state: State = attrs.field(repr=False)

    def __add__(self, other: PeriodSummary) -> PeriodSummary:
        """The summary of the records of both summaries (which must not share records).

        Reference records (sessions, deputies, ...) that both parts carry count
        once. To add many parts, :meth:`sum` builds the summary once instead of
        once per ``+``.

        Raises:
            SummaryError: the summaries are of different periods or policies,
                or hold the same part (a summary added to itself).
        """
        if not isinstance(other, PeriodSummary):
            return NotImplemented
        return PeriodSummary.sum((self, other))

    @classmethod
    def sum(cls, summaries: Iterable[PeriodSummary]) -> PeriodSummary:
        """The summary of the records of all ``summaries``, built once.

        Merging the parts' tallies takes time in proportion to their size and
        the sections are built once at the end, so summing 200 partial
        summaries costs about as much as building one (adding them with ``+``
        one by one would rebuild every section 199 times).

        >>> from congresskit import example_records
        >>> records = list(example_records())
        >>> parts = [summarize(records[i::3], "2020-H1") for i in range(3)]
        >>> PeriodSummary.sum(parts) == summarize(records, "2020-H1")
        True

        Raises:
            SummaryError: no summaries were given; they are of different
                periods or policies; or one part is given twice.
            FieldTypeError: an item is not a :class:`PeriodSummary`.
        """
        states = []
        for i, summary in enumerate(summaries):
            if not isinstance(summary, PeriodSummary):
                raise FieldTypeError("PeriodSummary.sum", f"summaries[{i}]", summary, "a summary")
            states.append(summary.state)
        if not states:
            msg = "PeriodSummary.sum needs at least one summary (use PeriodSummary.empty)"
            raise SummaryError(msg)
        total = states[0].copy()
        for state in states[1:]:
            total.check_mergeable(state)
            total.merge(state)
        return _build(total)

    @classmethod
    def empty(cls, period: Period | str, *, policy: Policy = DEFAULT_POLICY) -> PeriodSummary:
        """The summary of no records: ``empty(p) + s == s`` for any summary ``s`` of ``p``."""
        return summarize((), period, policy=policy)

    __repr__ = summary_repr  # one line; the fields hold the rest
    _repr_html_ = summary_html  # a table in a notebook

    @property
    def headline(self) -> Mapping[str, Count]:
        """The figures a report's opening paragraph gives, by a stable name."""
        a, s = self.activities, self.suggestions
        return {
            "sessions": Count(len(self.sessions)),
            "suggestions_raised": s.raised,
            "suggestions_replied_on_time": Count(s.in_hand.replied_on_time),
            "suggestions_overdue": Count(s.in_hand.overdue),
            "activities": Count(a.activities),
            "participations": a.participations,
            "deputies_taking_part": a.deputies,
            "villages_covered": Count(a.villages),
            "people_received": a.people_received,
            "opinions_collected": a.opinions_collected,
            "households_contacted": a.households_contacted,
            "stations": Count(len(self.stations)),
            "projects_voted": Count(self.projects.voted),
            "projects_selected": Count(self.projects.selected),
            "projects_supervised": Count(self.projects.supervised),
        }


class Summarizer:
    """Fold records into a period summary one at a time, in any order.

    >>> from congresskit import Place
    >>> summarizer = Summarizer(Period.parse("2020-H1"))
    >>> summarizer.add(Place(id="v1", name="称沱村"))
    >>> summarizer.summary().activities.activities
    0

    Memory holds counters and sets of ids, not the activities or suggestions.
    A suggestion waits (as a small tally) until its lead deputy's record is
    seen, so that it can be filed under the deputy's group and station;
    passing deputies before suggestions, as the exchange format orders them,
    keeps nothing waiting.
    """

    def __init__(self, period: Period | str, *, policy: Policy = DEFAULT_POLICY) -> None:
        """Start an empty summary of ``period`` (a :class:`Period` or its text).

        Raises:
            PeriodError: ``period`` is text that is not a period.
            FieldTypeError: ``period`` or ``policy`` is of the wrong type.
        """
        if isinstance(period, str):
            period = Period.parse(period)
        if not isinstance(period, Period):
            raise FieldTypeError("Summarizer", "period", period, "a Period or its text")
        if not isinstance(policy, Policy):
            raise FieldTypeError("Summarizer", "policy", policy, "a Policy")
        self._state = State(period, policy)
        self._count = 0

    def add(self, record: Any) -> None:
        """Add one record of any type.

        Raises:
            FieldTypeError: ``record`` is not a congresskit record.
        """
        if not self._state.add(record):
            where = f"records[{self._count}]"
            raise FieldTypeError("summarize", where, record, "a congresskit record")
        self._count += 1

    def update(self, records: Iterable[Any]) -> Summarizer:
        """Add every record of ``records``; returns the summarizer.

        Raises:
            FieldTypeError: an item is not a congresskit record.
        """
        add = self._state.add  # one lookup for the whole stream
        for record in records:
            if not add(record):
                self.add(record)  # raises, naming the record's position
            self._count += 1
        return self

    @property
    def period(self) -> Period:
        """The period being summarised."""
        return self._state.period

    def merge(self, *others: Summarizer) -> Summarizer:
        """Add the records of other summarizers of the same period; returns this one.

        This is how partial summaries made apart (in other processes, on
        other machines: summarizers pickle) are put together: merging takes
        time in proportion to the others' tallies, and the summary is built
        once, by :meth:`summary`. Reference records that several parts carry
        (a session, a deputy) count once.

        >>> from congresskit import example_records
        >>> records = list(example_records())
        >>> parts = [Summarizer("2020-H1").update(records[i::2]) for i in range(2)]
        >>> parts[0].merge(parts[1]).summary() == summarize(records, "2020-H1")
        True

        Raises:
            SummaryError: another summarizer is of a different period or
                policy, or already merged into this one (its records would
                count twice).
            FieldTypeError: an argument is not a :class:`Summarizer`.
        """
        for i, other in enumerate(others):
            if not isinstance(other, Summarizer):
                raise FieldTypeError("Summarizer.merge", f"others[{i}]", other, "a Summarizer")
            self._state.check_mergeable(other._state, "summarizer")
            self._state.merge(other._state)
            self._count += other._count
        return self

    def summary(self) -> PeriodSummary:
        """The summary of the records added so far (adding more later does not change it)."""
        return _build(self._state.copy())

    def _finish(self) -> PeriodSummary:
        # For summarize(): nobody adds to this summarizer again, so no copy is needed.
        return _build(self._state)


def summarize(
    records: Iterable[Any], period: Period | str, *, policy: Policy = DEFAULT_POLICY
) -> PeriodSummary:
    """Summarise ``records`` over ``period`` in one pass.

    Args:
        records: any iterable of records: a :class:`~congresskit.RecordSet`,
            a list, or a stream such as :func:`~congresskit.iter_jsonl` reads.
            Tombstones (deletions in an incremental feed) are passed over:
            apply a feed with :func:`~congresskit.merge` first.
        period: the period, or its text (``"2020-H1"``); ``"term-19"`` is
            looked up in the records' own term 19 (records before that
            :class:`~congresskit.Term` are held until it is seen; the exchange
            order puts terms first).
        policy: the reply deadlines used for on-time and overdue figures.

    Returns:
        The summary. Activities count in the period in which they start;
        suggestions in the period in which they were raised, their handling as
        it stood at the period's end. A plan that began before the period is
        tracked with its targets unknown (``done`` is ``None``): summarise
        the plan's own period to date for its progress (see
        :mod:`congresskit.summary.tracking`).

    Raises:
        PeriodError: ``period`` is text that is not a period, or a term the
            records do not hold (or hold twice, with different dates).
        FieldTypeError: an item of ``records`` is not a congresskit record.
    """
    period, records = find_term(period, records)
    return Summarizer(period, policy=policy).update(records)._finish()


def _build(state: State) -> PeriodSummary:
    return PeriodSummary(**sections(state), state=state)
