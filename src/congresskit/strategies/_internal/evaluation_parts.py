"""Strategies for the parts of an evaluation of several subjects and of a report to voters.

:func:`several` draws the fields an :class:`~congresskit.Evaluation` may add to
its subject: subjects counted by kind, grades, rectification notices,
per-subject results, rated aspects, stated rates and, now and then, the start
of a span of totals to date. The figures are consistent: grades never count
more subjects than were evaluated, and notices never more than the subjects.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.counts import Count
from congresskit.records.dates import earliest
from congresskit.records.enums import Level, Satisfaction, SubjectKind
from congresskit.records.evaluation_parts import (
    Dimension,
    StatedRate,
    SubjectGroup,
    SubjectResult,
)
from congresskit.records.kinds import EvaluationMethod, RateMeasure
from congresskit.records.ratings import Rating
from congresskit.strategies._internal import base as _s

__all__ = ["dimensions", "several", "stated_rates", "subject_groups", "subject_results"]

_text = _s.texts()


def subject_groups(*, max_count: int = 50) -> SearchStrategy[SubjectGroup]:
    """Subjects of one kind counted, named or not.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    counts = st.integers(0, _s.check_int(max_count, "max_count")).map(Count)
    return st.builds(
        SubjectGroup, kind=st.sampled_from(SubjectKind), count=counts, name=_s.maybe(_text)
    )


def subject_results() -> SearchStrategy[SubjectResult]:
    """One subject's result, named by its name (a subject by id needs a record)."""
    return st.builds(
        SubjectResult,
        subject_name=_text,
        grade=_s.maybe(st.sampled_from(Satisfaction)),
        score=_s.maybe(st.integers(0, 1000).map(lambda n: n / 10)),
        issues_raised=_s.maybe(st.integers(0, 20).map(Count)),
        notice=st.booleans(),
    )


def dimensions(*, max_count: int = 200) -> SearchStrategy[Dimension]:
    """An aspect rated, with counts per level or none.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    return _dimensions(_s.check_int(max_count, "max_count"))


@st.composite
def _dimensions(draw: st.DrawFn, most: int) -> Dimension:
    return Dimension(name=draw(_text), ratings=_ratings(draw, draw(st.integers(0, most))))


def stated_rates(
    *, measures: SearchStrategy[RateMeasure] | None = None
) -> SearchStrategy[StatedRate]:
    """A rate stated as a percentage, with its base or not (of any measure by default)."""
    return st.builds(
        StatedRate,
        measure=st.sampled_from(RateMeasure) if measures is None else measures,
        percent=st.integers(0, 1000).map(lambda n: n / 10),
        at_least=st.booleans(),
        base=_s.maybe(st.integers(1, 500).map(Count)),
    )


def _ratings(draw: st.DrawFn, most: int) -> tuple[Rating, ...]:
    levels = draw(st.lists(st.sampled_from(Satisfaction), unique=True, max_size=3))
    parts = _s.split(draw, most, len(levels))
    return tuple(Rating(level=k, count=Count(n)) for k, n in zip(levels, parts, strict=True))


def several(draw: st.DrawFn, kind: SubjectKind, on: dt.date, lo: dt.date) -> dict[str, Any]:
    """Keyword arguments for the parts of an evaluation of ``kind`` held ``on``."""
    fields: dict[str, Any] = {
        "evaluator_levels": tuple(draw(st.lists(st.sampled_from(Level), unique=True, max_size=2))),
        "methods": tuple(
            draw(st.lists(st.sampled_from(EvaluationMethod), unique=True, max_size=3))
        ),
        "results_announced": draw(st.booleans()),
    }
    if kind is SubjectKind.DEPUTY:
        names = draw(st.lists(_text, unique=True, max_size=3))
        fields["constituency"] = draw(_s.maybe(_text))
        fields["dimensions"] = tuple(
            Dimension(name=n, ratings=_ratings(draw, draw(st.integers(0, 80)))) for n in names
        )
        fields["dimensions_reported"] = draw(
            _s.maybe(st.integers(len(names), len(names) + 3).map(Count))
        )
    if not draw(st.booleans()):
        return fields
    subjects = draw(st.integers(1, 30))
    kinds = draw(st.lists(st.sampled_from(SubjectKind), unique=True, max_size=2))
    shares = _s.split(draw, subjects, len(kinds))
    fields["subjects_reported"] = Count(subjects) if draw(st.booleans()) else None
    fields["subject_groups"] = tuple(
        SubjectGroup(kind=k, count=Count(n), name=draw(_s.maybe(_text)))
        for k, n in zip(kinds, shares, strict=True)
    )
    fields["grades"] = _ratings(draw, subjects)
    fields["notices"] = draw(_s.maybe(st.integers(0, subjects).map(Count)))
    fields["results"] = tuple(
        SubjectResult(
            subject_name=draw(_text),
            grade=draw(_s.maybe(st.sampled_from(Satisfaction))),
            issues_raised=draw(_s.maybe(st.integers(0, 9).map(Count))),
            notice=draw(st.booleans()),
        )
        for _ in range(draw(st.integers(0, min(2, subjects))))
    )
    fields["rates"] = tuple(
        StatedRate(
            measure=draw(st.sampled_from(RateMeasure)),
            percent=draw(st.integers(0, 1000)) / 10,  # a float, as JSON gives it back
            at_least=draw(st.booleans()),
            base=draw(_s.maybe(st.integers(1, 50).map(Count))),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    if draw(st.integers(0, 4)) == 0:
        fields["since"] = draw(st.dates(min(lo, earliest(on)), earliest(on)))
    return fields
