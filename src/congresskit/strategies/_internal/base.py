"""Machinery behind :mod:`congresskit.strategies`.

Argument checks that raise :class:`hypothesis.errors.InvalidArgument`, and the
small building blocks (ids, texts, date spans, timestamps) the strategies share.

Reference arguments (a strategy of ids, a list of ids, or ``None`` for generated
ids) are normalised here to ``SearchStrategy[str] | None``, where ``None`` means
"no such records exist": optional fields then stay empty, and parts that need
one (a ballot needs candidate projects) are left out.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from typing import Any, TypeAlias, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records._base import Record

E = TypeVar("E", bound=enum.Enum)
R = TypeVar("R", bound=Record)

#: What a reference argument may be: a strategy of ids, a list of ids, or
#: ``None`` for generated ids such as ``"d3"``.
Ids: TypeAlias = SearchStrategy[str] | Sequence[str] | None

#: What an enum argument may be: a strategy of members, a non-empty list of
#: members, or ``None`` for any member.
Choice: TypeAlias = SearchStrategy[E] | Sequence[E] | None

#: The default bounds of generated dates: wide enough for several terms,
#: narrow enough that failures read like real records.
MIN_DATE = dt.date(2000, 1, 1)
MAX_DATE = dt.date(2039, 12, 31)

# Characters of the records' usual vocabulary, with no white space, so that any
# non-empty draw is a valid non-blank text.
_ALPHABET = "人大代表镇村建议视察调研监督民生实事项目污水处理厂称沱学校派出所主席团abcxyz019"
_ZONES = (dt.timezone.utc, dt.timezone(dt.timedelta(hours=8)))
#: Offices elected at sessions, shared by elections and plan targets so that they meet.
OFFICES = ("镇长", "副镇长", "人大主席")


# --- argument checks -------------------------------------------------------


def check_int(value: object, name: str, *, floor: int = 0) -> int:
    """``value`` as an int of at least ``floor`` (a bool is refused)."""
    if not isinstance(value, int) or isinstance(value, bool):
        msg = f"{name}={value!r} must be an integer"
        raise InvalidArgument(msg)
    if value < floor:
        msg = f"{name}={value} must be at least {floor}"
        raise InvalidArgument(msg)
    return value


def check_size(
    low: object, high: object, names: tuple[str, str] = ("min_size", "max_size"), *, floor: int = 0
) -> tuple[int, int]:
    """A valid ``low``..``high`` interval of counts."""
    lo = check_int(low, names[0], floor=floor)
    hi = check_int(high, names[1], floor=floor)
    if lo > hi:
        msg = f"{names[0]}={lo} is greater than {names[1]}={hi}; no value can satisfy both"
        raise InvalidArgument(msg)
    return lo, hi


def check_date(value: object, name: str) -> dt.date:
    """``value`` as a calendar date (a datetime is refused, as the models refuse it)."""
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        msg = f"{name}={value!r} must be a datetime.date"
        raise InvalidArgument(msg)
    return value


def check_dates(min_date: object, max_date: object) -> tuple[dt.date, dt.date]:
    """A valid ``min_date``..``max_date`` interval."""
    lo, hi = check_date(min_date, "min_date"), check_date(max_date, "max_date")
    if lo > hi:
        msg = f"min_date={lo} is after max_date={hi}; no date can satisfy both"
        raise InvalidArgument(msg)
    return lo, hi


def check_strategy(value: object, name: str) -> SearchStrategy[Any]:
    """``value``, which must be a hypothesis strategy."""
    if not isinstance(value, SearchStrategy):
        msg = f"{name}={value!r} must be a hypothesis strategy (e.g. st.just(...))"
        raise InvalidArgument(msg)
    return value


def ref(value: object, name: str, prefix: str) -> SearchStrategy[str] | None:
    """Normalise a reference argument; ``None`` in the result means "none exist"."""
    if value is None:
        return ids(prefix)
    if isinstance(value, SearchStrategy):
        return value
    if isinstance(value, str) or not isinstance(value, Sequence):
        msg = (
            f"{name}={value!r} must be a strategy of ids or a list of ids "
            f"(for one id, pass [{value!r}] or st.just({value!r}))"
        )
        raise InvalidArgument(msg)
    for item in value:
        if not isinstance(item, str) or not item or item != item.strip():
            msg = f"{name} contains {item!r}, which is not an id (a non-empty string, unpadded)"
            raise InvalidArgument(msg)
    return st.sampled_from(list(value)) if value else None


def as_arg(strategy: SearchStrategy[str] | None) -> SearchStrategy[str] | Sequence[str]:
    """A normalised reference, passed on to another public strategy unchanged."""
    return [] if strategy is None else strategy


def required(strategy: SearchStrategy[str] | None, name: str) -> SearchStrategy[str]:
    """A reference the record cannot do without."""
    if strategy is None:
        msg = f"{name} is empty, but every generated record needs one"
        raise InvalidArgument(msg)
    return strategy


def choice(value: Choice[E], enum_cls: type[E], name: str) -> SearchStrategy[E]:
    """Normalise an enum argument: ``None`` (any member), a strategy, or a list of members."""
    if value is None:
        return st.sampled_from(enum_cls)
    if isinstance(value, SearchStrategy):
        return value
    if isinstance(value, str) or not isinstance(value, Sequence) or not value:
        msg = f"{name}={value!r} must be a strategy or a non-empty list of {enum_cls.__name__}"
        raise InvalidArgument(msg)
    for item in value:
        if not isinstance(item, enum_cls):
            msg = f"{name} contains {item!r}, which is not a {enum_cls.__name__}"
            raise InvalidArgument(msg)
    return st.sampled_from(list(value))


# --- building blocks -------------------------------------------------------


def ids(prefix: str) -> SearchStrategy[str]:
    """Short ids such as ``"d3"``."""
    return st.integers(0, 99).map(f"{prefix}{{}}".format)


def texts() -> SearchStrategy[str]:
    """Short non-blank texts."""
    return st.text(alphabet=_ALPHABET, min_size=1, max_size=8)


def maybe(strategy: SearchStrategy[Any] | None) -> SearchStrategy[Any]:
    """``None`` or a value of ``strategy`` (only ``None`` when there is no strategy)."""
    return st.none() if strategy is None else st.none() | strategy


def unique(
    draw: st.DrawFn,
    strategy: SearchStrategy[str] | None,
    min_size: int,
    max_size: int,
    exclude: str | None = None,
) -> tuple[str, ...]:
    """Distinct ids from ``strategy`` (never ``exclude``); empty when none exist."""
    if strategy is None or max_size == 0:
        return ()
    if exclude is not None:
        strategy = strategy.filter(lambda x: x != exclude)
    return tuple(draw(st.lists(strategy, min_size=min_size, max_size=max_size, unique=True)))


def span(draw: st.DrawFn, low: dt.date, high: dt.date, max_days: int) -> tuple[dt.date, dt.date]:
    """A start and an end, ``low <= start <= end <= high``, at most ``max_days`` apart."""
    start = draw(st.dates(low, high))
    end = draw(st.dates(start, min(high, start + dt.timedelta(days=max_days))))
    return start, end


def open_span(
    draw: st.DrawFn, low: dt.date, high: dt.date, max_days: int
) -> tuple[dt.date, dt.date | None]:
    """As :func:`span`, but the end may be left open (``None``)."""
    start, end = span(draw, low, high, max_days)
    return start, (None if draw(st.booleans()) else end)


def split(draw: st.DrawFn, total: int, parts: int) -> list[int]:
    """``parts`` non-negative numbers that add up to at most ``total``."""
    result = []
    for _ in range(parts):
        result.append(draw(st.integers(0, total)))
        total -= result[-1]
    return result


@st.composite
def stamped(draw: st.DrawFn, records: SearchStrategy[R]) -> R:
    """Records of ``records``, some with timezone-aware created/modified stamps."""
    # Provenance and vague dates: imported here, the module builds on this one.
    from congresskit.strategies._internal.provenance import widened

    record: R = draw(records.flatmap(widened))
    if not draw(st.booleans()):
        return record
    created = draw(
        st.datetimes(
            min_value=dt.datetime(2000, 1, 1),
            max_value=dt.datetime(2039, 12, 31),
            timezones=st.sampled_from(_ZONES),
        )
    )
    later = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=400))
    modified = draw(st.none() | later.map(created.__add__))
    return attrs.evolve(record, created=created, modified=modified)
