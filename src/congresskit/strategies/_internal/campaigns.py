"""Strategies for campaigns and the roles deputies take in them."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

from congresskit.records.activities import Campaign, CampaignRole
from congresskit.records.enums import CampaignKind, CampaignRoleKind
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Choice, Ids

__all__ = ["campaign_roles", "campaigns"]

_text = _s.texts()


def campaign_roles(
    *, deputies: Ids = None, min_size: int = 0, max_size: int = 4
) -> SearchStrategy[CampaignRole]:
    """Campaign roles held by ``min_size``..``max_size`` distinct deputies.

    Raises:
        InvalidArgument: bad sizes, or ``min_size`` > 0 with no deputies.
    """
    lo, hi = _s.check_size(min_size, max_size)
    deputies_ = _s.ref(deputies, "deputies", "d")
    if lo and deputies_ is None:
        msg = f"min_size={lo}, but deputies is empty"
        raise InvalidArgument(msg)
    return _campaign_roles(deputies_, lo, hi)


@st.composite
def _campaign_roles(
    draw: st.DrawFn, deputies: SearchStrategy[str] | None, lo: int, hi: int
) -> CampaignRole:
    return CampaignRole(
        role=draw(st.sampled_from(CampaignRoleKind)),
        deputies=_s.unique(draw, deputies, lo, hi),
        description=draw(_s.maybe(_text)),
    )


def campaigns(
    *,
    ids: Ids = None,
    kinds: Choice[CampaignKind] = None,
    deputies: Ids = None,
    min_date: dt.date = MIN_DATE,
    max_date: dt.date = MAX_DATE,
    min_size: int = 0,
    max_size: int = 3,
) -> SearchStrategy[Campaign]:
    """Campaigns of up to a year with ``min_size``..``max_size`` roles held by ``deputies``.

    Raises:
        InvalidArgument: bad sizes, bounds or references.
    """
    lo, hi = _s.check_dates(min_date, max_date)
    few, many = _s.check_size(min_size, max_size)
    ids_ = _s.required(_s.ref(ids, "ids", "k"), "ids")
    kinds_ = _s.choice(kinds, CampaignKind, "kinds")
    roles = st.lists(campaign_roles(deputies=deputies), min_size=few, max_size=many)
    return _s.stamped(_campaigns(ids_, kinds_, roles, lo, hi))


@st.composite
def _campaigns(
    draw: st.DrawFn,
    ids: SearchStrategy[str],
    kinds: SearchStrategy[CampaignKind],
    roles: SearchStrategy[list[CampaignRole]],
    lo: dt.date,
    hi: dt.date,
) -> Campaign:
    start, end = _s.open_span(draw, lo, hi, 366)
    return Campaign(
        id=draw(ids),
        kind=draw(kinds),
        name=draw(_text),
        start=start,
        end=end,
        roles=tuple(draw(roles)),
        description=draw(_s.maybe(_text)),
    )
