"""Checks of oversight records: evaluations' references, and totals that must add up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from congresskit.errors import Problem
from congresskit.records.activities import Activity
from congresskit.records.body import Unit
from congresskit.records.counts import Count
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import Satisfaction, SubjectKind
from congresskit.records.evaluations import Evaluation
from congresskit.records.handling_reports import HandlingReport
from congresskit.records.kinds import RateMeasure
from congresskit.records.people import Deputy, DeputyGroup
from congresskit.records.projects import LivelihoodProject
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Assigned, Corrected, Replied, Returned, Suggestion

if TYPE_CHECKING:
    from congresskit.checking._rules import Checker

__all__ = ["check_oversight"]

# What an evaluation's subject refers to, by its kind (an outside body or a
# collective may have a Unit record, or none: it is then named in subject_name).
_SUBJECTS: dict[SubjectKind, tuple[type[Any], ...]] = {
    SubjectKind.DEPARTMENT: (Unit,),
    SubjectKind.OUTSIDE_BODY: (Unit,),
    SubjectKind.PROJECT: (LivelihoodProject,),
    SubjectKind.DEPUTY: (Deputy,),
    SubjectKind.COLLECTIVE: (Unit, DeputyGroup),
}

_ANY_SUBJECT = (Unit, DeputyGroup, LivelihoodProject, Deputy)


def check_oversight(checker: Checker) -> None:
    """Add the problems of the record set's evaluations and handling reports to ``checker``."""
    rs = checker.rs
    for i, e in enumerate(rs.evaluations):
        path = f"$.evaluations[{i}]"
        checker.ref(f"{path}.subject", e.id, e.subject, *_SUBJECTS[e.subject_kind])
        checker.ref(f"{path}.activity", e.id, e.activity, Activity)
        checker.ref(f"{path}.session", e.id, e.session, Session)
        checker.refs(f"{path}.evaluators", e.id, e.evaluators, Deputy)
        for j, f in enumerate(e.findings):
            checker.ref(f"{path}.findings[{j}].unit", e.id, f.unit, Unit)
        for j, result in enumerate(e.results):
            # A round may rate subjects of several kinds: any record that can be a subject.
            checker.ref(f"{path}.results[{j}].subject", e.id, result.subject, *_ANY_SUBJECT)
        checker.problems.extend(_evaluation_warnings(path, e))
    for i, s in enumerate(rs.suggestions):
        _handling_steps(checker, f"$.suggestions[{i}]", s)
    for i, r in enumerate(rs.handling_reports):
        path = f"$.handling_reports[{i}]"
        checker.ref(f"{path}.session", r.id, r.session, Session)
        checker.problems.extend(_report_warnings(path, r))
        checker.problems.extend(_rate_warnings(path, r))


def _handling_steps(checker: Checker, path: str, s: Suggestion) -> None:
    """Reply classes the policy does not use, and returns later than the policy allows."""
    policy = checker.policy
    assigned: dt.date | None = None
    for j, e in enumerate(s.events):
        if isinstance(e, Assigned):
            assigned = e.on
        elif isinstance(e, (Replied, Corrected)) and e.outcome not in policy.outcome_classes:
            classes = ", ".join(o.value.upper() for o in policy.outcome_classes)
            checker.add(
                f"{path}.events[{j}].outcome",
                s.id,
                "outcome_class",
                f"a class {e.outcome.value.upper()} reply, but the policy's classes are {classes}",
            )
        elif (
            isinstance(e, Returned)
            and assigned is not None
            and not policy.return_due(earliest(assigned), latest(e.on))
        ):
            checker.add(
                f"{path}.events[{j}].on",
                s.id,
                "late_return",
                f"returned on {e.on}, more than {policy.return_within_working_days} "
                f"working days after its assignment on {assigned}",
            )


def _more(part: Count | None, whole: Count | None) -> bool:
    """Whether ``part`` is certainly more than ``whole`` (a lower-bound whole may be more)."""
    return (
        part is not None and whole is not None and not whole.at_least and part.value > whole.value
    )


def _evaluation_warnings(path: str, e: Evaluation) -> Iterator[Problem]:
    found, rectified = e.issues_found_figure, e.rectified_figure
    if _more(rectified, found):
        yield Problem(
            path=f"{path}.rectified",
            record=e.id,
            rule="totals_exceed",
            message=f"{rectified} issues rectified, but only {found} found",
        )
    whole = e.subjects_reported
    parts = {
        "grades": Count.total(g.count for g in e.grades) if e.grades else None,
        "subject_groups": (
            Count.total(g.count for g in e.subject_groups) if e.subject_groups else None
        ),
        "results": Count(len(e.results)) if e.results else None,
        "notices": e.notices_figure,
    }
    for name, part in parts.items():
        if _more(part, whole):
            yield Problem(
                path=f"{path}.{name}",
                record=e.id,
                rule="totals_exceed",
                message=f"{name} count {part} subjects, more than the {whole} evaluated",
            )
    named = Count(len(e.dimensions))
    if e.dimensions and _more(named, e.dimensions_reported):
        yield Problem(
            path=f"{path}.dimensions",
            record=e.id,
            rule="totals_exceed",
            message=f"{named} aspects named, more than the {e.dimensions_reported} stated",
        )


def _report_warnings(path: str, r: HandlingReport) -> Iterator[Problem]:
    total = r.total
    parts = {
        "ratings": r.rated,
        "outcomes": Count.total(o.count for o in r.outcomes) if r.outcomes else None,
        "implementation": (
            Count.total(i.count for i in r.implementation) if r.implementation else None
        ),
        "replied": r.replied,
        "satisfied_or_basically": r.satisfied_or_basically,
        # Each item is counted under one area, so the areas add up to the items at most.
        "by_topic": Count.total(a.count for a in r.by_topic) if r.by_topic else None,
    }
    for name, part in parts.items():
        if _more(part, total):
            yield Problem(
                path=f"{path}.{name}",
                record=r.id,
                rule="totals_exceed",
                message=f"{name} count {part} items, more than the {total} the report handles",
            )
    if _more(r.replied_on_time, r.replied):
        yield Problem(
            path=f"{path}.replied_on_time",
            record=r.id,
            rule="totals_exceed",
            message=f"{r.replied_on_time} replied on time, but only {r.replied} replied",
        )


def _counted(r: HandlingReport, measure: RateMeasure) -> tuple[Count | None, Count | None]:
    """The part and base the report's own counts give for a measure, if they give one."""
    if measure is RateMeasure.COMPLETION:
        return r.replied, r.total
    if measure is RateMeasure.SATISFACTION:
        if r.satisfied_or_basically is not None:
            return r.satisfied_or_basically, r.total
        if r.ratings:
            kept = (Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)
            part = Count.total(x.count for x in r.ratings if x.level in kept)
            return part, r.rated
    return None, None


def _rate_warnings(path: str, r: HandlingReport) -> Iterator[Problem]:
    """A stated percentage that the report's exact counts, rounded, cannot give."""
    for i, rate in enumerate(r.rates):
        part, base = _counted(r, rate.measure)
        if rate.base is not None:
            base = rate.base
        if part is None or base is None or part.at_least or base.at_least or not base.value:
            continue
        counted = 100 * part.value / base.value
        # A printed percentage is rounded: within half a unit of its last digit it agrees.
        digits = len(f"{rate.percent:g}".partition(".")[2])
        slack = 0.5 * 10**-digits
        low = rate.percent - slack
        if counted < low or (not rate.at_least and counted > rate.percent + slack):
            yield Problem(
                path=f"{path}.rates[{i}]",
                record=r.id,
                rule="stated_rate_differs",
                message=(
                    f"the report states {rate.measure.value} {rate.percent:g}%, but its counts "
                    f"give {part} of {base} ({counted:.1f}%)"
                ),
            )
