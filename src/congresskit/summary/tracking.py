"""Plan tracking: a work plan's targets against what the records of its period show.

A :class:`~congresskit.WorkPlan` item may carry measurable
:class:`~congresskit.Target` values. When a plan's dates cover a summary's
period, the summary reports each target's progress (:class:`TargetProgress`):
what was done so far and whether the target is met. How each metric is counted:

- ``activities``, ``participations``, ``people_received``,
  ``opinions_collected``, ``households_contacted``: summed over the period's
  activities of the target's kinds (every kind when it names none);
- ``units_covered``, ``places_covered``, ``projects_covered``,
  ``deputies_taking_part``: distinct ids over those activities; a target that
  names units counts only those units;
- ``suggestions_raised``: suggestions raised in the period (sessions' reported
  totals included); ``suggestions_replied``: suggestions replied in the period;
- ``officeholders_elected``: those elected by the :class:`~congresskit.Election`
  items of the sessions held in the period (only elections to the target's
  ``offices``, when it names any). An election that does not state how many it
  elected makes the figure a lower bound, or unknown (``None``) when no
  election in the period states it: never 0.

A per-deputy target ("each deputy trained once") counts the serving deputies
(with a term membership overlapping the period) who reached the figure, and is
met when all of them did. Per deputy, only ``activities`` and
``participations`` (both: activities of the target's kinds the deputy is
listed in), ``households_contacted`` (over activities of every kind) and
``suggestions_raised`` (led or co-signed) can be counted; other per-deputy
targets are reported with ``done`` and ``met`` of ``None``. When the records
list no serving deputy but the target gives a ``roster`` (how many deputies
it is for), the quota is tracked as a total (``pooled``): ``needed`` is the
roster times the quota, and ``done`` the participations in activities of the
target's kinds (``activities``, ``participations``; listed or reported
participants) or the households contacted, so "each of 30 deputies receives
voters at least twice a year" needs 60 participations in receptions. A total
that reaches it does not show that every deputy did; it is what the records
can show.

A plan's progress counts the plan's own period up to the end of the period
summarised. A summary of a sub-period of the plan (Q4 of an H2 plan) holds only
its own period's records, and summaries add up, so it cannot count July to
September: it reports each target of a plan that began before its period with
``done`` and ``met`` of ``None`` (unknown), never a count of the sub-period
alone (a target met in Q3 is not "0 of 2" in Q4). For the plan's progress to
the end of Q4, summarise the plan's period to date:
``summarize(records, Period.between(plan.start, q4.end))``.

For the same reason, a plan that lies within the period without covering it
(a plan for December in a summary of the year) is listed with its items and
targets (:func:`listed`), each target's ``done`` and ``met`` unknown: the
year's figures are not December's. Summarise the plan's own period for them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import attrs

from congresskit.records.agenda import Election
from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, MembershipKind, PlanSection, TargetMetric
from congresskit.records.people import Deputy
from congresskit.records.plans import Target, WorkPlan
from congresskit.summary import _tally
from congresskit.summary._state import State

__all__ = ["ItemProgress", "PlanProgress", "TargetProgress", "listed"]


@attrs.frozen(kw_only=True)
class TargetProgress:
    """One target against the records.

    Attributes:
        target: the target, as planned.
        done: what the records show (``None`` when they cannot show it); for a
            per-deputy target, how many serving deputies reached the figure.
        needed: the figure to reach: the target's value, or for a per-deputy
            target the number of serving deputies.
        met: whether ``done`` reaches ``needed`` (``None`` when unknown: no
            figure, or a lower bound below ``needed``, which may reach it).
        pooled: a per-deputy target tracked as a total against its roster
            (deputies not listed): ``done`` and ``needed`` are participations
            (or households), not deputies.
    """

    target: Target
    done: Count | None
    needed: int
    met: bool | None
    pooled: bool = False


@attrs.frozen(kw_only=True)
class ItemProgress:
    """A plan item and the progress of each of its targets."""

    section: PlanSection
    text: str
    targets: tuple[TargetProgress, ...] = ()


@attrs.frozen(kw_only=True)
class PlanProgress:
    """A work plan covering the period, item by item.

    Attributes:
        id, title, start, end: from the plan's record.
        items: every item, with its targets' progress (items without targets
            are listed too, so that a report can show the whole plan).
    """

    id: str
    title: str
    start: dt.date
    end: dt.date
    items: tuple[ItemProgress, ...] = ()

    @property
    def targets(self) -> tuple[TargetProgress, ...]:
        """Every target's progress, in plan order."""
        return tuple(t for item in self.items for t in item.targets)


_PER_DEPUTY = {
    TargetMetric.ACTIVITIES,
    TargetMetric.PARTICIPATIONS,
    TargetMetric.HOUSEHOLDS_CONTACTED,
    TargetMetric.SUGGESTIONS_RAISED,
}
_SUMMED = {
    TargetMetric.PARTICIPATIONS: _tally.PARTICIPATIONS,
    TargetMetric.PEOPLE_RECEIVED: _tally.PEOPLE,
    TargetMetric.OPINIONS_COLLECTED: _tally.OPINIONS,
    TargetMetric.HOUSEHOLDS_CONTACTED: _tally.HOUSEHOLDS,
}
_DISTINCT = {
    TargetMetric.UNITS_COVERED: "units",
    TargetMetric.PLACES_COVERED: "places",
    TargetMetric.PROJECTS_COVERED: "projects",
    TargetMetric.DEPUTIES_TAKING_PART: "deputies",
}


def track(plan: WorkPlan, state: State, raised: Count) -> PlanProgress:
    """The progress of ``plan`` over the records in ``state`` (``raised``: suggestions raised).

    When the plan began before the state's period, the state cannot show the
    plan's progress (only the part in the period): every target is unknown.
    """
    whole = plan.start >= state.period.start
    items = tuple(
        ItemProgress(
            section=item.section,
            text=item.text,
            targets=tuple(
                _progress(t, state, raised) if whole else _unknown(t, state) for t in item.targets
            ),
        )
        for item in plan.items
    )
    return PlanProgress(id=plan.id, title=plan.title, start=plan.start, end=plan.end, items=items)


def listed(plan: WorkPlan, state: State) -> PlanProgress:
    """``plan`` item by item, every target's progress unknown (a plan within the period)."""
    items = tuple(
        ItemProgress(
            section=item.section,
            text=item.text,
            targets=tuple(_unknown(t, state) for t in item.targets),
        )
        for item in plan.items
    )
    return PlanProgress(id=plan.id, title=plan.title, start=plan.start, end=plan.end, items=items)


def _progress(target: Target, state: State, raised: Count) -> TargetProgress:
    if target.per_deputy:
        return _per_deputy(target, state)
    done = _measure(target, state, raised)
    met = None if done is None else _reaches(done, target.value)
    return TargetProgress(target=target, done=done, needed=target.value, met=met)


def _unknown(target: Target, state: State) -> TargetProgress:
    needed = len(serving(state)) if target.per_deputy else target.value
    if target.per_deputy and not needed and target.roster is not None:
        needed = target.roster * target.value
        return TargetProgress(target=target, done=None, needed=needed, met=None, pooled=True)
    return TargetProgress(target=target, done=None, needed=needed, met=None)


def _reaches(done: Count, needed: int) -> bool | None:
    """Whether ``done`` reaches ``needed``: a lower bound below it may or may not (``None``)."""
    if done.value >= needed:
        return True
    return None if done.at_least else False


def _tallies(state: State, kinds: Iterable[ActivityKind]) -> list[_tally.ActivityTally]:
    tallies = state.kind_tallies()
    chosen = tuple(kinds) or tuple(tallies)
    return [tallies[k] for k in chosen if k in tallies]


def elected(state: State, offices: Iterable[str] = ()) -> Count | None:
    """Those elected at the sessions held in the state's period, to ``offices`` if any are
    named: a lower bound when an election does not say, ``None`` when none does."""
    chosen = set(offices)
    known, unknown = 0, False
    period = state.period
    for s in state.sessions.values():
        if not period.overlaps(s.start, s.last_day):
            continue
        for item in s.agenda:
            if isinstance(item, Election) and (not chosen or item.office in chosen):
                n = item.elected_count
                unknown = unknown or n is None
                known += n or 0
    if unknown and not known:
        return None
    return Count(known, at_least=unknown)


def _measure(target: Target, state: State, raised: Count) -> Count | None:
    metric = target.metric
    if metric is TargetMetric.SUGGESTIONS_RAISED:
        return raised
    if metric is TargetMetric.OFFICEHOLDERS_ELECTED:
        return elected(state, target.offices)
    if metric is TargetMetric.SUGGESTIONS_REPLIED:
        return Count(state.in_hand.flag(_tally.REPLIED))
    tallies = _tallies(state, target.activity_kinds)
    if metric is TargetMetric.ACTIVITIES:
        return Count(sum(t.activities for t in tallies))
    if metric in _SUMMED:
        index = _SUMMED[metric]
        return Count.total(t.count(index) for t in tallies)
    name = _DISTINCT[metric]
    ids: set[str] = set().union(*(getattr(t, name) for t in tallies))
    if metric is TargetMetric.UNITS_COVERED and target.units:
        ids &= set(target.units)
    unlisted = metric is TargetMetric.DEPUTIES_TAKING_PART and any(t.unlisted for t in tallies)
    return Count(len(ids), at_least=unlisted)


def serves(deputy: Deputy, start: dt.date, end: dt.date) -> bool:
    """Whether ``deputy`` holds a term membership sharing a day with ``start``..``end``."""
    return any(m.kind is MembershipKind.TERM and m.overlaps(start, end) for m in deputy.memberships)


def serving(state: State) -> list[str]:
    """The ids of the deputies serving in the state's period, sorted."""
    period = state.period
    return sorted(d.id for d in state.deputies.values() if serves(d, period.start, period.end))


_POOLED = {
    TargetMetric.ACTIVITIES: _tally.PARTICIPATIONS,
    TargetMetric.PARTICIPATIONS: _tally.PARTICIPATIONS,
    TargetMetric.HOUSEHOLDS_CONTACTED: _tally.HOUSEHOLDS,
}


def _pooled(target: Target, state: State, roster: int) -> TargetProgress:
    """A per-deputy quota as a total: the roster times the quota, against the records' total."""
    needed = roster * target.value
    index = _POOLED.get(target.metric)
    if index is None:
        return TargetProgress(target=target, done=None, needed=needed, met=None, pooled=True)
    tallies = _tallies(state, target.activity_kinds)
    done = Count.total(t.count(index) for t in tallies)
    met = _reaches(done, needed)
    return TargetProgress(target=target, done=done, needed=needed, met=met, pooled=True)


def _per_deputy(target: Target, state: State) -> TargetProgress:
    deputies = serving(state)
    if not deputies and target.roster is not None:
        return _pooled(target, state, target.roster)
    if target.metric not in _PER_DEPUTY or not deputies:
        return TargetProgress(target=target, done=None, needed=len(deputies), met=None)
    kinds = target.activity_kinds
    reached = 0
    lower = False
    for deputy in deputies:
        tally = state.deputy.get(deputy, _tally.DeputyTally())
        if target.metric is TargetMetric.SUGGESTIONS_RAISED:
            figure = tally.led + tally.cosigned
        elif target.metric is TargetMetric.HOUSEHOLDS_CONTACTED:
            figure = tally.households
            # A lower bound below the target may still reach it.
            lower = lower or (tally.lower and figure < target.value)
        else:
            figure = sum(n for k, n in tally.by_kind().items() if not kinds or k in kinds)
        reached += figure >= target.value
    done = Count(reached, at_least=lower)
    return TargetProgress(
        target=target, done=done, needed=len(deputies), met=_reaches(done, len(deputies))
    )
