"""Strategies for the items of bundled activities."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.activities import ActivityItem
from congresskit.records.enums import ActivityKind
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import Choice, Ids
from congresskit.strategies._internal.people import counts

__all__ = ["activity_items"]

_text = _s.texts()


def activity_items(
    *,
    kinds: Choice[ActivityKind] = None,
    units: Ids = None,
    projects: Ids = None,
    suggestion: Ids = None,
) -> SearchStrategy[ActivityItem]:
    """Items of bundled activities, each of one kind, some naming units and projects,
    and some the suggestion they checked (one of ``suggestion``).

    Raises:
        InvalidArgument: bad kinds or references.
    """
    kinds_ = _s.choice(kinds, ActivityKind, "kinds")
    return _activity_items(
        kinds_,
        _s.ref(units, "units", "u"),
        _s.ref(projects, "projects", "p"),
        _s.ref(suggestion, "suggestion", "s"),
    )


@st.composite
def _activity_items(
    draw: st.DrawFn,
    kinds: SearchStrategy[ActivityKind],
    units: SearchStrategy[str] | None,
    projects: SearchStrategy[str] | None,
    suggestion: SearchStrategy[str] | None,
) -> ActivityItem:
    return ActivityItem(
        kind=draw(kinds),
        title=draw(_s.maybe(_text)),
        units=_s.unique(draw, units, 0, 2),
        projects=_s.unique(draw, projects, 0, 2),
        times=draw(_s.maybe(counts(min_value=1, max_value=30))),
        suggestion=draw(_s.maybe(suggestion)),
    )
