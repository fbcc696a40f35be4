"""The warnings of the collection check: figures that do not add up, records left out.

A warning never stops records from loading: the records may well be what the
source says (a report that counts more opinions than it accounts for is still
the report). :func:`congresskit.check` returns warnings beside the errors;
``congresskit validate --strict`` fails on them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from congresskit.checking.recordset import RecordSet
from congresskit.errors import Problem
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import ActivityKind, Level, MembershipKind
from congresskit.records.kinds import RuleKind

__all__ = ["warnings"]


def warnings(rs: RecordSet) -> Iterator[Problem]:
    """Every warning about ``rs``, in the order of its collections."""
    yield from _no_term_membership(rs)
    yield from _receptions_short(rs)
    yield from _group_cadence_short(rs)
    yield from _rule_receptions_short(rs)
    yield from _opinions_unaccounted(rs)
    yield from _dispositions_mismatch(rs)
    yield from _resolved_exceeds_forwarded(rs)
    yield from _election_seats_short(rs)


def _election_seats_short(rs: RecordSet) -> Iterator[Problem]:
    # More seats listed than stated is an error of the plan itself; fewer is what a
    # source listing only some districts gives, worth a word but not an error.
    for i, e in enumerate(rs.election_plans):
        listed = e.seats_by_level
        if not e.districts:
            continue  # no district listed: nothing to add up
        for k, s in enumerate(e.seats_reported):
            have = listed.get(s.level, 0)
            if have < s.seats:
                yield Problem(
                    path=f"$.election_plans[{i}].seats_reported[{k}].seats",
                    record=e.id,
                    rule="election_seats_short",
                    message=(
                        f"the districts listed allot {have} {s.level.value} seats, "
                        f"fewer than the {s.seats} the plan states; list the missing "
                        "districts if the source gives them"
                    ),
                )


def _no_term_membership(rs: RecordSet) -> Iterator[Problem]:
    # Deputies of another level (a district deputy in a town's deputy group) are
    # not the congress's own and are not assessed with it: no warning for them.
    home: set[Level] | None = None
    if rs.congress is not None:
        home = {rs.congress.level}
        if not rs.congress.level.holds_sessions:
            home.add(Level.DISTRICT)
    for i, d in enumerate(rs.deputies):
        if home is not None and d.levels and not home.intersection(d.levels):
            continue
        if not any(m.kind is MembershipKind.TERM for m in d.memberships):
            yield Problem(
                path=f"$.deputies[{i}].memberships",
                record=d.id,
                rule="no_term_membership",
                message=(
                    f"deputy {d.id!r} is a member of no term, so duty assessment skips them; "
                    "add a term membership if the source states one"
                ),
            )


def _receptions_short(rs: RecordSet) -> Iterator[Problem]:
    days = [a.start for a in rs.activities]
    if not days:
        return
    first = min(earliest(d) for d in days)
    last = max(latest(d) for d in days)
    held: Counter[str] = Counter()
    for a in rs.activities:
        if a.kind is ActivityKind.RECEPTION and a.station:
            held[a.station] += a.times_held
    for i, s in enumerate(rs.stations):
        if s.reception_rule is None:
            continue
        scheduled = len(s.reception_days(first, last))
        if held[s.id] < scheduled:
            yield Problem(
                path=f"$.stations[{i}].reception_rule",
                record=s.id,
                rule="receptions_short",
                message=(
                    f"the rule schedules {scheduled} reception days from {first} to {last}, "
                    f"but {held[s.id]} reception activities at station {s.id!r} are recorded"
                ),
            )


def _opinions_unaccounted(rs: RecordSet) -> Iterator[Problem]:
    for i, a in enumerate(rs.activities):
        collected = a.opinions_collected
        if collected is None or collected.at_least or not a.opinions or a.dispositions:
            continue  # dispositions as counts are checked by _dispositions_mismatch
        if len(a.opinions) < collected.value:
            yield Problem(
                path=f"$.activities[{i}].opinions",
                record=a.id,
                rule="opinions_unaccounted",
                message=(
                    f"{collected.value} opinions were collected, but what became of only "
                    f"{len(a.opinions)} is recorded"
                ),
            )


def _dispositions_mismatch(rs: RecordSet) -> Iterator[Problem]:
    # Counted dispositions (and itemised opinions, which are apart from them)
    # should account for exactly the opinions collected, when all are exact.
    for i, a in enumerate(rs.activities):
        d, collected = a.dispositions, a.opinions_collected
        if d is None or collected is None:
            continue
        accounted = d.total.value + len(a.opinions)
        if accounted > collected.value or (
            not collected.at_least and not d.total.at_least and accounted < collected.value
        ):
            yield Problem(
                path=f"$.activities[{i}].dispositions",
                record=a.id,
                rule="dispositions_mismatch",
                message=(
                    f"the dispositions account for {accounted} opinions, but "
                    f"{collected} were collected"
                ),
            )


def _resolved_exceeds_forwarded(rs: RecordSet) -> Iterator[Problem]:
    # The opinions resolved at each level are some of those forwarded; when the
    # source does not say how many were forwarded, some of those collected.
    for i, a in enumerate(rs.activities):
        d = a.dispositions
        resolved = d.resolved if d is not None else None
        if d is None or resolved is None:
            continue
        whole, what = (
            (d.forwarded, "forwarded")
            if d.forwarded is not None
            else (a.opinions_collected, "collected")
        )
        if whole is not None and not whole.at_least and resolved.value > whole.value:
            yield Problem(
                path=f"$.activities[{i}].dispositions.resolved_by_level",
                record=a.id,
                rule="resolved_exceeds_forwarded",
                message=(
                    f"the opinions resolved by level add up to {resolved.value}, more than "
                    f"the {whole.value} {what}"
                ),
            )


def _group_cadence_short(rs: RecordSet) -> Iterator[Problem]:
    # Held against the stretches (quarters, months, ...) wholly within the span
    # the activities cover, so a stretch the records only touch is not missed.
    if not rs.activities or not any(g.cadence for g in rs.groups):
        return
    first = min(earliest(a.start) for a in rs.activities)
    last = max(latest(a.start) for a in rs.activities)
    held: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for a in rs.activities:
        if a.group is not None:
            held.setdefault(a.group, []).append((earliest(a.start), latest(a.start)))
    for i, g in enumerate(rs.groups):
        if g.cadence is None:
            continue
        days = held.get(g.id, [])
        missed = [
            (start, end)
            for start, end in g.cadence.stretches(first, last)
            if not any(start <= lo and hi <= end for lo, hi in days)
        ]
        if missed:
            shown = ", ".join(f"{a}..{b}" for a, b in missed[:6])
            more = f" and {len(missed) - 6} more" if len(missed) > 6 else ""
            yield Problem(
                path=f"$.groups[{i}].cadence",
                record=g.id,
                rule="group_cadence_short",
                message=(
                    f"group {g.id!r} is to hold an activity {g.cadence.value}, but none of "
                    f"its activities is recorded in {shown}{more}"
                ),
            )


def _rule_receptions_short(rs: RecordSet) -> Iterator[Problem]:
    # A reception-day rule document's calendar rule, held against the reception
    # activities at its stations (or at any station, if it names none), over the
    # span the activities cover.
    if not rs.activities:
        return
    first = min(earliest(a.start) for a in rs.activities)
    last = max(latest(a.start) for a in rs.activities)
    receptions = [a for a in rs.activities if a.kind is ActivityKind.RECEPTION]
    for i, r in enumerate(rs.rules):
        if r.calendar_rule is None or r.kind is not RuleKind.RECEPTION_DAY:
            continue
        scheduled = r.scheduled(first, last)
        if not scheduled:
            continue
        start = scheduled[0]
        # A vague date that may fall on or after the first fixed day counts, and a
        # record of several receptions counts as that many: the warning never guesses.
        held = sum(
            a.times_held
            for a in receptions
            if latest(a.start) >= start and (not r.stations or a.station in r.stations)
        )
        if held < len(scheduled):
            where = f"at stations {', '.join(r.stations)}" if r.stations else "at any station"
            yield Problem(
                path=f"$.rules[{i}].calendar_rule",
                record=r.id,
                rule="rule_receptions_short",
                message=(
                    f"rule {r.title!r} fixes {len(scheduled)} reception days from {start} to "
                    f"{last}, but {held} reception activities {where} are recorded"
                ),
            )
