"""Strategies for provenance (sources, printed figures) and for vague dates."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import attrs
import hypothesis.strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.dates import When
from congresskit.records.provenance import Printed, Source
from congresskit.strategies._internal import base as _s

__all__ = ["printed_figures", "sources", "vague_dates", "widened"]


def sources() -> SearchStrategy[Source]:
    """Sources of a record's facts, some with a vague date."""
    return st.builds(
        Source,
        title=_s.texts(),
        url=_s.maybe(st.just("https://example.org/").map(lambda u: u + "report.html")),
        publisher=_s.maybe(_s.texts()),
        date=_s.maybe(st.dates(_s.MIN_DATE, _s.MAX_DATE).flatmap(vague_dates)),
        locator=_s.maybe(_s.texts()),
    )


def printed_figures() -> SearchStrategy[Printed]:
    """Figures as a source printed them."""
    return st.builds(
        Printed, field=st.sampled_from(["title", "start", "people_received"]), text=_s.texts()
    )


def vague_dates(day: dt.date) -> SearchStrategy[dt.date]:
    """``day`` itself, or a vague date whose span holds it (its month, its year, a range
    around it), some marked inferred."""
    month_end = calendar.monthrange(day.year, day.month)[1]
    before = st.integers(0, 20).map(lambda n: max(_s.MIN_DATE, day - dt.timedelta(days=n)))
    after = st.integers(0, 20).map(lambda n: min(_s.MAX_DATE, day + dt.timedelta(days=n)))
    ranges = st.tuples(before, after).map(lambda ends: When.between(*ends))
    widened = st.one_of(
        st.just(When.of_month(day.year, day.month)),
        st.just(When.of_year(day.year)),
        ranges,
    )
    inferred = st.booleans()
    # A range of one day, not inferred, is that day: it is written and read back as a date.
    vague = (
        st.tuples(widened, inferred)
        .map(lambda w: When.between(w[0].earliest, w[0].latest, inferred=w[1]))
        .filter(lambda w: w.inferred or w.earliest != w.latest)
    )
    assert 1 <= day.day <= month_end
    return st.just(day) | vague


# The top-level date fields a widened record may hold vaguely: widening only
# ever makes a date less certain, so the records stay consistent (every order
# rule is an error only when certainly broken).
_VAGUE_FIELDS = {"Activity": "start", "Suggestion": "raised_on", "PresidiumMeeting": "on"}


@st.composite
def widened(draw: st.DrawFn, record: Any) -> Any:
    """``record`` with provenance, and perhaps one of its dates made vague."""
    changes: dict[str, Any] = {}
    if draw(st.integers(0, 3)) == 0:
        changes["sources"] = tuple(draw(st.lists(sources(), max_size=2)))
        changes["note"] = draw(_s.maybe(_s.texts()))
        changes["printed"] = tuple(draw(st.lists(printed_figures(), max_size=2)))
    field = _VAGUE_FIELDS.get(type(record).__name__)
    if field is not None and draw(st.integers(0, 3)) == 0:
        changes[field] = draw(vague_dates(getattr(record, field)))
    if type(record).__name__ == "Campaign" and draw(st.integers(0, 5)) == 0:
        changes["start"] = None  # the source does not state when it started
    return attrs.evolve(record, **changes) if changes else record
