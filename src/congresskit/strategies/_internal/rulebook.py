"""Strategies for rule documents, honours, budget lines and allowances."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.kinds import AllowanceBasis, BudgetKind, RecipientKind, RuleKind
from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids
from congresskit.strategies._internal.cycle import election_plans
from congresskit.strategies._internal.people import counts

__all__ = ["allowances", "budget_lines", "honours", "rule_documents", "rulebook_records"]

_text = _s.texts()
_CALENDAR = st.one_of(
    st.integers(1, 28).map("FREQ=MONTHLY;BYMONTHDAY={}".format),
    st.sampled_from(("MO", "WE", "FR")).map("FREQ=MONTHLY;BYDAY=1{}".format),
)


def rule_documents(
    *,
    ids: Ids = None,
    stations: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[RuleDocument]:
    """Rule documents, some with a calendar rule, a notice lead time and stations.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    stations_ = _s.ref(stations, "stations", "st")
    return _s.stamped(
        _rule_documents(_s.required(_s.ref(ids, "ids", "r"), "ids"), stations_, lo, hi)
    )


@st.composite
def _rule_documents(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    stations: SearchStrategy[str] | None,
    lo: dt.date,
    hi: dt.date,
) -> RuleDocument:
    return RuleDocument(
        id=draw(ids),
        title=draw(_text),
        kind=draw(st.sampled_from(RuleKind)),
        adopted_on=draw(_s.maybe(st.dates(lo, hi))),
        issuer=draw(_s.maybe(_text)),
        calendar_rule=draw(_s.maybe(_CALENDAR)),
        notice_days=draw(_s.maybe(st.integers(0, 10))),
        notice_content=tuple(draw(st.lists(_text, max_size=1))),
        stations=_s.unique(draw, stations, 0, 2),
    )


def honours(
    *,
    ids: Ids = None,
    recipient: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
) -> SearchStrategy[Honour]:
    """Honours to a congress or a unit, some dated, some naming the unit's id from ``recipient``.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    recipient_ = _s.ref(recipient, "recipient", "u")
    return _s.stamped(_honours(_s.required(_s.ref(ids, "ids", "h"), "ids"), recipient_, lo, hi))


@st.composite
def _honours(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    recipient: SearchStrategy[str] | None,
    lo: dt.date,
    hi: dt.date,
) -> Honour:
    to_unit = recipient is not None and draw(st.booleans())
    return Honour(
        id=draw(ids),
        title=draw(_text),
        recipient_kind=RecipientKind.UNIT if to_unit else RecipientKind.CONGRESS,
        recipient=draw(recipient) if to_unit and recipient is not None else None,
        recipient_name=draw(_s.maybe(_text)),
        awarded_by=draw(_s.maybe(_text)),
        on=draw(_s.maybe(st.dates(lo, hi))),
        campaign=draw(_s.maybe(_text)),
        leader=draw(_s.maybe(_text)),
    )


def budget_lines(
    *, ids: Ids = None, min_year: int = MIN_DATE.year, max_year: int = MAX_DATE.year
) -> SearchStrategy[BudgetLine]:
    """Budget lines, some for a year, some with the amounts budgeted and spent.

    Raises:
        InvalidArgument: bad references.
    """
    return _s.stamped(
        st.builds(
            BudgetLine,
            id=_s.required(_s.ref(ids, "ids", "b"), "ids"),
            kind=st.sampled_from(BudgetKind),
            funder=_s.maybe(_text),
            year=_s.maybe(st.integers(min_year, max_year)),
            amount=_s.maybe(counts(max_value=500_000)),
            spent=_s.maybe(counts(max_value=500_000)),
        )
    )


def allowances(
    *, ids: Ids = None, min_date: dt.date = MIN_DATE, max_date: dt.date = MAX_DATE
) -> SearchStrategy[Allowance]:
    """Allowances per person and day (or activity), some with a start.

    Raises:
        InvalidArgument: bad bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    return _s.stamped(
        st.builds(
            Allowance,
            id=_s.required(_s.ref(ids, "ids", "al"), "ids"),
            name=_text,
            amount=st.integers(0, 300),
            basis=st.sampled_from(AllowanceBasis),
            eligible=_s.maybe(_text),
            start=_s.maybe(st.dates(lo, hi)),
        )
    )


def rulebook_records(
    draw: st.DrawFn, pool: dict[str, list[str]], low: dt.date, high: dt.date
) -> dict[str, tuple[Any, ...]]:
    """A record set's rule documents, honours, money and election plans, by collection.

    ``pool`` holds the ids of each collection (and of what they refer to).
    """
    return {
        "rules": tuple(
            draw(rule_documents(ids=[r], stations=pool["stations"], min_date=low, max_date=high))
            for r in pool["rules"]
        ),
        "honours": tuple(
            draw(honours(ids=[h], recipient=pool["units"], min_date=low, max_date=high))
            for h in pool["honours"]
        ),
        "budget_lines": tuple(
            draw(budget_lines(ids=[b], min_year=low.year, max_year=high.year))
            for b in pool["budget_lines"]
        ),
        "allowances": tuple(
            draw(allowances(ids=[a], min_date=low, max_date=high)) for a in pool["allowances"]
        ),
        "election_plans": tuple(
            draw(
                election_plans(
                    ids=[e],
                    term=pool["terms"],
                    adopted_at=pool["meetings"],
                    places=pool["places"],
                    min_date=low,
                    max_date=high,
                )
            )
            for e in pool["election_plans"]
        ),
    }
