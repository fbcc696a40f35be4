"""Strategies for agenda items: reports, resolutions, elections, ballots and inquiries."""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from congresskit.records.ballots import Majority
from congresskit.records.enums import ReportKind
from congresskit.records.sessions import (
    AgendaItem,
    BallotCandidate,
    Candidate,
    Election,
    Inquiry,
    ProjectBallot,
    ReportReview,
    Resolution,
    Tally,
)
from congresskit.strategies._internal import base as _s
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE, Ids
from congresskit.strategies._internal.project_life import ballot_rules

__all__ = [
    "agenda_items",
    "ballot_candidates",
    "candidates",
    "elections",
    "inquiries",
    "project_ballots",
    "report_reviews",
    "resolutions",
    "tallies",
]

_text = _s.texts()


def tallies(*, max_votes: int = 500) -> SearchStrategy[Tally]:
    """Vote tallies whose counts never exceed ``entitled``, nor ``max_votes`` in all.

    Raises:
        InvalidArgument: ``max_votes`` is negative.
    """
    return _tallies(_s.check_int(max_votes, "max_votes"))


@st.composite
def _tallies(draw: st.DrawFn, cap: int) -> Tally:
    entitled = draw(st.none() | st.integers(0, cap))
    yes, no, abstain, absent = _s.split(draw, cap if entitled is None else entitled, 4)
    return Tally(yes=yes, no=no, abstain=abstain, absent=absent, entitled=entitled)


def report_reviews(*, unit: Ids = None) -> SearchStrategy[ReportReview]:
    """Reports heard and reviewed, sometimes naming the reporting ``unit``.

    Raises:
        InvalidArgument: ``unit`` is of the wrong kind.
    """
    return st.builds(
        ReportReview,
        report=st.sampled_from(ReportKind),
        title=_s.maybe(_text),
        presenter=_s.maybe(_text),
        unit=_s.maybe(_s.ref(unit, "unit", "u")),
    )


def resolutions(*, max_votes: int = 500) -> SearchStrategy[Resolution]:
    """Resolutions, some with a tally that counts at most ``max_votes``.

    Raises:
        InvalidArgument: ``max_votes`` is negative.
    """
    return st.builds(
        Resolution,
        title=_text,
        report=_s.maybe(st.sampled_from(ReportKind)),
        adopted=st.booleans(),
        tally=_s.maybe(tallies(max_votes=max_votes)),
    ).map(_majority)


def _majority(r: Resolution) -> Resolution:
    # Adopted only with more yes than no votes (the check's rule).
    if r.adopted and r.tally is not None and r.tally.yes <= r.tally.no:
        return attrs.evolve(r, adopted=False)
    return r


def candidates(*, deputy: Ids = None, max_votes: int = 500) -> SearchStrategy[Candidate]:
    """Election candidates with up to ``max_votes`` votes, some of them deputies.

    Raises:
        InvalidArgument: bad ``max_votes`` or ``deputy``.
    """
    cap = _s.check_int(max_votes, "max_votes")
    return _candidates(_s.ref(deputy, "deputy", "d"), cap)


def _candidates(deputy: SearchStrategy[str] | None, cap: int) -> SearchStrategy[Candidate]:
    return st.builds(
        Candidate,
        name=_text,
        votes=st.integers(0, cap),
        elected=st.booleans(),
        deputy=_s.maybe(deputy),
    )


def elections(
    *, deputy: Ids = None, max_ballots: int = 500, min_size: int = 1, max_size: int = 4
) -> SearchStrategy[Election]:
    """Elections of ``min_size``..``max_size`` candidates, never more elected than seats.

    Ballots issued, when recorded, are at most ``max_ballots``; no candidate
    has more votes than the ballots returned.

    Raises:
        InvalidArgument: bad sizes (an election has a candidate at least).
    """
    lo, hi = _s.check_size(min_size, max_size, floor=1)
    cap = _s.check_int(max_ballots, "max_ballots")
    return _elections(_s.ref(deputy, "deputy", "d"), cap, lo, hi)


@st.composite
def _elections(
    draw: st.DrawFn, deputy: SearchStrategy[str] | None, cap: int, lo: int, hi: int
) -> Election:
    issued = draw(st.none() | st.integers(0, cap))
    returned = None if issued is None else draw(st.none() | st.integers(0, issued))
    votes = cap if returned is None else returned
    drawn = draw(st.lists(_candidates(deputy, votes), min_size=lo, max_size=hi))
    seats = draw(st.integers(1, 3))
    winners = draw(st.integers(0, min(seats, len(drawn))))
    # The winners are those with the most votes (the check's rule), in drawn order.
    # Votes not stated rank last: the check judges only stated votes.
    ranked = sorted(range(len(drawn)), key=lambda i: -(drawn[i].votes or 0))
    chosen = set(ranked[:winners])
    people = tuple(attrs.evolve(c, elected=i in chosen) for i, c in enumerate(drawn))
    return Election(
        office=draw(_text),
        candidates=people,
        by_election=draw(st.booleans()),
        seats=seats,
        ballots_issued=issued,
        ballots_returned=returned,
        plenary=draw(_s.maybe(st.integers(1, 5))),
        secret=draw(_s.maybe(st.booleans())),
        declared_valid=draw(_s.maybe(st.booleans())),
    )


def ballot_candidates(
    *, project: Ids = None, max_votes: int = 500
) -> SearchStrategy[BallotCandidate]:
    """Candidate projects on a ballot, whose yes + no + abstain is at most ``max_votes``.

    Raises:
        InvalidArgument: bad ``max_votes``, or ``project`` is empty.
    """
    cap = _s.check_int(max_votes, "max_votes")
    return _ballot_candidates(_s.required(_s.ref(project, "project", "p"), "project"), cap)


@st.composite
def _ballot_candidates(draw: st.DrawFn, project: SearchStrategy[str], cap: int) -> BallotCandidate:
    yes, no, abstain = _s.split(draw, cap, 3)
    return BallotCandidate(
        project=draw(project), yes=yes, no=no, abstain=abstain, selected=draw(st.booleans())
    )


def project_ballots(
    *, project: Ids = None, max_ballots: int = 500, min_size: int = 1, max_size: int = 4
) -> SearchStrategy[ProjectBallot]:
    """Ballots on ``min_size``..``max_size`` distinct projects, at most ``max_ballots`` issued.

    Raises:
        InvalidArgument: bad sizes (a ballot has a project at least), or
            ``project`` is empty.
    """
    lo, hi = _s.check_size(min_size, max_size, floor=1)
    cap = _s.check_int(max_ballots, "max_ballots")
    project_ = _s.required(_s.ref(project, "project", "p"), "project")
    return _project_ballots(project_, cap, lo, hi)


@st.composite
def _project_ballots(
    draw: st.DrawFn, project: SearchStrategy[str], cap: int, lo: int, hi: int
) -> ProjectBallot:
    issued = draw(st.integers(0, cap))
    returned = draw(st.integers(0, issued))
    chosen = _s.unique(draw, project, lo, hi)
    options = tuple(draw(_ballot_candidates(st.just(p), returned)) for p in chosen)
    # A ballot with a rule selects what the rule derives (ties: none of them).
    rule = draw(_s.maybe(ballot_rules(majorities=[Majority.BALLOTS_RETURNED, Majority.NONE])))
    if rule is not None and all(c.yes is not None for c in options):
        derived = rule.select(
            {c.project: c.yes or 0 for c in options}, ballots_returned=returned, entitled=None
        )
        if derived is not None:
            picked = set(derived.selected)
            options = tuple(attrs.evolve(c, selected=c.project in picked) for c in options)
    return ProjectBallot(
        candidates=options,
        ballots_issued=issued,
        ballots_returned=returned,
        title=draw(_s.maybe(_text)),
        rule=rule,
        plenary=draw(_s.maybe(st.integers(1, 5))),
        proposals_reported=draw(_s.maybe(st.integers(0, 200))),
        investment_estimated=draw(_s.maybe(st.integers(0, 10**9))),
        proposals_from=draw(_s.maybe(st.dates(MIN_DATE, MAX_DATE))),
        selected_share=draw(_s.maybe(st.integers(0, 1000).map(lambda n: n / 10))),
        secret=draw(_s.maybe(st.booleans())),
        declared_valid=draw(_s.maybe(st.booleans())),
    )


def inquiries(
    *, deputies: Ids = None, addressed_to: Ids = None, min_size: int = 1, max_size: int = 3
) -> SearchStrategy[Inquiry]:
    """Inquiries put by ``min_size``..``max_size`` distinct deputies to a unit.

    Raises:
        InvalidArgument: bad sizes (an inquiry has a deputy at least), or an
            empty reference.
    """
    lo, hi = _s.check_size(min_size, max_size, floor=1)
    deputies_ = _s.required(_s.ref(deputies, "deputies", "d"), "deputies")
    unit_ = _s.required(_s.ref(addressed_to, "addressed_to", "u"), "addressed_to")
    return _inquiries(deputies_, unit_, lo, hi)


@st.composite
def _inquiries(
    draw: st.DrawFn, deputies: SearchStrategy[str], unit: SearchStrategy[str], lo: int, hi: int
) -> Inquiry:
    return Inquiry(
        deputies=_s.unique(draw, deputies, lo, hi),
        subject=draw(_text),
        addressed_to=draw(unit),
        answer=draw(_s.maybe(_text)),
    )


def agenda_items(
    *, max_votes: int = 200, deputy: Ids = None, unit: Ids = None, project: Ids = None
) -> SearchStrategy[AgendaItem]:
    """Any agenda item; tallies and ballots count at most ``max_votes``.

    Ballots appear only if there are projects, inquiries only if there are
    deputies and units.

    Raises:
        InvalidArgument: bad ``max_votes`` or references.
    """
    cap = _s.check_int(max_votes, "max_votes")
    deputy_ = _s.ref(deputy, "deputy", "d")
    unit_ = _s.ref(unit, "unit", "u")
    project_ = _s.ref(project, "project", "p")
    return _agenda_items(cap, deputy_, unit_, project_)


def _agenda_items(
    cap: int,
    deputy: SearchStrategy[str] | None,
    unit: SearchStrategy[str] | None,
    project: SearchStrategy[str] | None,
) -> SearchStrategy[AgendaItem]:
    items: list[SearchStrategy[Any]] = [
        report_reviews(unit=_s.as_arg(unit)),
        resolutions(max_votes=cap),
        _elections(deputy, cap, 1, 4),
    ]
    if project is not None:
        items.append(_project_ballots(project, cap, 1, 4))
    if deputy is not None and unit is not None:
        items.append(_inquiries(deputy, unit, 1, 3))
    return st.one_of(items)
