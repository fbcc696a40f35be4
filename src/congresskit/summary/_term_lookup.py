"""Looking a bare ``term-N`` period up among the records being read, in one pass.

:func:`~congresskit.summarize` and :func:`~congresskit.assess` take the period
``"term-19"`` and find its dates in the records' own :class:`~congresskit.Term`
record. They read their records once, so the records before that term are held
until it is seen; in the exchange order terms come first, so nothing is held.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from congresskit.errors import FieldTypeError
from congresskit.records.body import Term
from congresskit.summary.periods import Period, PeriodError

__all__ = ["bare_term", "find_term", "resolve_period"]

_BARE_TERM = re.compile(r"term-([1-9]\d*)")


def bare_term(text: object) -> int | None:
    """The number of ``"term-N"`` text without dates, or ``None`` for anything else."""
    match = _BARE_TERM.fullmatch(text) if isinstance(text, str) else None
    return None if match is None else int(match.group(1))


def resolve_period(period: Period | str, records: Iterable[Any]) -> Period:
    """The period ``period`` names, a bare ``"term-N"`` looked up among ``records``.

    For parts of a record set read apart: look the term up once, among the
    reference records (any iterable of records; only the terms are kept),
    and give every part the same :class:`Period`, so that a part that lacks
    the term record still summarises its term.

    >>> from congresskit import example_records
    >>> str(resolve_period("term-19", example_records()))
    'term-19:2016-12-15..2021-12-14'
    >>> str(resolve_period("2020-H1", ()))
    '2020-H1'

    Raises:
        PeriodError: ``period`` is text that is not a period, or a term the
            records do not hold, or hold twice with different dates.
        FieldTypeError: ``period`` is not a period or its text.
    """
    number = bare_term(period)
    if number is None:
        if isinstance(period, str):
            return Period.parse(period)
        if not isinstance(period, Period):
            raise FieldTypeError("resolve_period", "period", period, "a Period or its text")
        return period
    text = str(period)
    terms = [r for r in records if isinstance(r, Term)]
    found = {(t.start, t.end): t for t in terms if t.number == number}
    if not found:
        known = sorted({f"term-{t.number}" for t in terms})
        reason = f"the records hold no term {number}; their terms: {', '.join(known) or 'none'}"
        raise PeriodError(
            text, "a term the records hold, or 'term-N:YYYY-MM-DD..YYYY-MM-DD'", reason
        )
    if len(found) > 1:
        reason = f"the records hold two terms numbered {number}, with other dates; give the dates"
        raise PeriodError(text, "one term of that number", reason)
    return Period.of_term(next(iter(found.values())))


def find_term(period: Period | str, records: Iterable[Any]) -> tuple[Period | str, Iterable[Any]]:
    """``period`` with a bare term looked up in ``records``, and the records to read.

    Returns:
        The period (anything but a bare term is given back as it is), and an
        iterable of the same records, read once, that checks no other term of
        that number has other dates.

    Raises:
        PeriodError: the records hold no term of that number.
    """
    number = bare_term(period)
    if number is None:
        return period, records
    text = str(period)
    stream = iter(records)
    held: list[Any] = []
    for record in stream:
        held.append(record)
        if isinstance(record, Term) and record.number == number:
            found = Period.of_term(record)
            return found, _checked(itertools.chain(held, stream), text, found)
    known = sorted({f"term-{r.number}" for r in held if isinstance(r, Term)})
    reason = f"the records hold no term {number}; their terms: {', '.join(known) or 'none'}"
    raise PeriodError(text, "a term the records hold, or 'term-N:YYYY-MM-DD..YYYY-MM-DD'", reason)


def _checked(records: Iterator[Any], text: str, found: Period) -> Iterator[Any]:
    for record in records:
        if (
            isinstance(record, Term)
            and record.number == found.term
            and (record.start, record.end) != (found.start, found.end)
        ):
            reason = (
                f"the records hold two terms numbered {found.term}, with other dates; "
                f"give the dates, e.g. '{found}'"
            )
            raise PeriodError(text, "one term of that number", reason)
        yield record
