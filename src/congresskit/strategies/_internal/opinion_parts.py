"""Strategies for opinions from the public: itemised, counted, resolved by level, followed up."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.activities import Dispositions, LevelCount, Opinion, OpinionFollowUp
from congresskit.records.counts import Count
from congresskit.records.enums import Level, OpinionResolution, Satisfaction
from congresskit.records.ratings import Rating
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import Ids
from congresskit.strategies._internal.people import counts, level_counts

__all__ = ["dispositions", "opinion_follow_ups", "opinions"]

_text = _s.texts()


def opinions(*, suggestion: Ids = None) -> SearchStrategy[Opinion]:
    """Opinions from the public; one turned into a suggestion names one of ``suggestion``.

    When ``suggestion`` is an empty list, no opinion is turned into one.

    Raises:
        InvalidArgument: ``suggestion`` is of the wrong kind.
    """
    suggestion_ = _s.ref(suggestion, "suggestion", "s")
    turned = OpinionResolution.TURNED_INTO_SUGGESTION
    ways = [r for r in OpinionResolution if suggestion_ is not None or r is not turned]
    return _opinions(st.sampled_from(ways), suggestion_)


@st.composite
def _opinions(
    draw: st.DrawFn,
    ways: SearchStrategy[OpinionResolution],
    suggestion: SearchStrategy[str] | None,
) -> Opinion:
    resolution = draw(ways)
    target = None
    if resolution is OpinionResolution.TURNED_INTO_SUGGESTION:
        target = draw(_s.required(suggestion, "suggestion"))
    return Opinion(text=draw(_text), resolution=resolution, suggestion=target)


def dispositions(*, max_count: int = 100) -> SearchStrategy[Dispositions]:
    """Opinions' dispositions as counts, each sometimes not stated.

    Raises:
        InvalidArgument: ``max_count`` is negative.
    """
    figure = _s.maybe(counts(max_value=_s.check_int(max_count, "max_count")))
    return st.builds(
        Dispositions,
        answered_on_spot=figure,
        turned_into_suggestions=figure,
        forwarded=figure,
        unaccounted=figure,
        resolved_by_level=st.lists(level_counts(max_count=max_count), max_size=2).map(
            _one_per_level
        ),
    )


def _one_per_level(counts: list[LevelCount]) -> tuple[LevelCount, ...]:
    return tuple({c.level: c for c in counts}.values())


def dispositions_within(
    draw: st.DrawFn, collected: Count | None, listed: int
) -> Dispositions | None:
    """Dispositions that, with the ``listed`` opinions, add up to what was collected."""
    if not draw(st.booleans()):
        return None
    if collected is None:
        return draw(dispositions())
    left = collected.value - listed
    parts = _s.split(draw, left, 3)
    # Exact: every disposition stated, the rest not accounted for.
    figures = [*parts, 0] if collected.at_least else [*parts, left - sum(parts)]
    stated = dict(zip(_DISPOSITIONS, map(Count, figures), strict=True))
    return Dispositions(**stated, resolved_by_level=_resolved(draw, stated["forwarded"]))


def _resolved(draw: st.DrawFn, forwarded: Count) -> tuple[LevelCount, ...]:
    """The forwarded opinions resolved at some levels, adding up to no more than forwarded."""
    levels = draw(st.lists(st.sampled_from(Level), unique=True, max_size=2))
    room, result = forwarded.value, []
    for level in levels:
        value = draw(st.integers(0, room))
        room -= value
        result.append(LevelCount(level=level, count=Count(value, at_least=draw(st.booleans()))))
    return tuple(result)


_DISPOSITIONS = ("answered_on_spot", "turned_into_suggestions", "forwarded", "unaccounted")


def draw_public_ratings(draw: st.DrawFn) -> tuple[Rating, ...]:
    levels = draw(st.lists(st.sampled_from(Satisfaction), unique=True, max_size=3))
    return tuple(Rating(level=k, count=draw(counts(max_value=200))) for k in levels)


def opinion_follow_ups(
    *, activity: Ids = None, max_count: int = 50
) -> SearchStrategy[OpinionFollowUp]:
    """Opinions of earlier activities followed up: how many, which activity, reported back.

    Each part is sometimes not stated; when ``activity`` is an empty list, the
    earlier activity is only named in words, never by id.

    Raises:
        InvalidArgument: ``activity`` is of the wrong kind, or ``max_count`` is negative.
    """
    activity_ = _s.ref(activity, "activity", "a")
    return st.builds(
        OpinionFollowUp,
        opinions=_s.maybe(counts(max_value=_s.check_int(max_count, "max_count"))),
        activity=_s.maybe(activity_) if activity_ is not None else st.none(),
        earlier=_s.maybe(st.sampled_from(_EARLIER)),
        reported_back=_s.maybe(st.booleans()),
    )


_EARLIER = ("第一次集中联系社区活动", "上季度代表接待日", "年初选民座谈会")
