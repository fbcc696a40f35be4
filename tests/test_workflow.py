"""The suggestion-handling workflow: legal sequences accepted, illegal steps refused, deadlines.

The expectations here are written from the rules (domain.md), not read from
congresskit's own transition table: a status is named after the last event,
the steps allowed from each status are listed below, and months are added by
hand with the calendar.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

import congresskit.strategies as cs
from congresskit import (
    Assigned,
    Closed,
    CongresskitError,
    Corrected,
    Evaluated,
    Event,
    Extended,
    FollowUp,
    HoldingReply,
    MarkedDuplicate,
    Outcome,
    Policy,
    Rehandled,
    Replied,
    Returned,
    ReviewDecision,
    Reviewed,
    Satisfaction,
    Suggestion,
    SuggestionKind,
    Withdrawn,
    WorkflowError,
)

D = dt.date

# The steps allowed from each status, as the handling rules describe them.
# A reply or a closure may come without a recorded assignment (format version 2):
# sources often report replies and leave the handling unit unstated.
# A unit may return an assigned suggestion (退回) for reassignment; a deputy may
# withdraw one not yet replied to; the presidium may mark one a duplicate; a
# holding reply leaves the clock running; a reply may be corrected (the original
# kept) and, for class B or C, followed up, even after closing.
ALLOWED: dict[str, set[str]] = {
    "raised": {"reviewed", "assigned", "replied", "closed", "marked_duplicate", "withdrawn"},
    "accepted": {"assigned", "replied", "closed", "marked_duplicate", "withdrawn"},
    "merged": {"closed"},
    "not_accepted": {"closed"},
    "duplicate": {"closed"},
    "assigned": {"extended", "replied", "holding_reply", "returned", "withdrawn"},
    "returned": {"assigned", "withdrawn", "closed"},
    "replied": {"evaluated", "closed", "corrected", "follow_up"},
    "evaluated": {"rehandled", "closed", "follow_up"},
    "rehandling": {"replied", "holding_reply"},
    "closed": {"follow_up"},
    "withdrawn": set(),
}
STEPS = (
    "reviewed",
    "assigned",
    "extended",
    "replied",
    "evaluated",
    "rehandled",
    "closed",
    "returned",
    "withdrawn",
    "marked_duplicate",
    "holding_reply",
    "follow_up",
    "corrected",
)
# Steps after which the status stays what it was.
SAME = (HoldingReply, FollowUp, Corrected)


def expected_status(events: Sequence[Event]) -> str:
    """The status a legal sequence leads to: it is named by the last event."""
    if not events:
        return "raised"
    last = events[-1]
    if isinstance(last, Reviewed):
        return last.decision.value  # accepted, merged, not_accepted
    if isinstance(last, SAME):
        return expected_status(events[:-1])
    return {
        Assigned: "assigned",
        Extended: "assigned",
        Replied: "replied",
        Evaluated: "evaluated",
        Rehandled: "rehandling",
        Closed: "closed",
        Returned: "returned",
        Withdrawn: "withdrawn",
        MarkedDuplicate: "duplicate",
    }[type(last)]


def add_months(day: D, months: int) -> D:
    """``day`` plus ``months`` calendar months, kept inside the month it lands in."""
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return D(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def expected_due(
    events: Sequence[Event], reply: int = 3, extended: int = 6, again: int = 1
) -> D | None:
    """The deadline of the reply awaited after ``events``, if one is awaited."""
    if expected_status(events) not in ("assigned", "rehandling"):
        return None
    starts = [i for i, e in enumerate(events) if isinstance(e, (Assigned, Rehandled))]
    start = events[starts[-1]]
    if isinstance(start, Rehandled):
        return add_months(start.on, again)
    # An extension counts only if made by the original deadline: a late one extends nothing.
    first_due = add_months(start.on, reply)
    was_extended = any(isinstance(e, Extended) and e.on <= first_due for e in events[starts[-1] :])
    return add_months(start.on, extended if was_extended else reply)


RAISED = D(2020, 1, 13)


def suggestion(events: Sequence[Event] = (), raised_on: D = RAISED) -> Suggestion:
    return Suggestion(
        id="s-7",
        kind=SuggestionKind.SUGGESTION,
        title="整治场镇车辆乱停",
        lead="d1",
        raised_on=raised_on,
        events=tuple(events),
    )


@st.composite
def legal(draw: st.DrawFn, min_size: int = 0, max_size: int = 8) -> tuple[D, tuple[Event, ...]]:
    raised_on = draw(st.dates(D(2016, 1, 1), D(2024, 12, 31)))
    events = draw(cs.event_sequences(raised_on=raised_on, min_size=min_size, max_size=max_size))
    return raised_on, events


# --- legal sequences ------------------------------------------------------------


@given(legal())
def test_every_legal_sequence_is_accepted_with_the_expected_status(
    case: tuple[D, tuple[Event, ...]],
) -> None:
    """A suggestion built from a legal sequence has the status its last event names."""
    raised_on, events = case
    s = suggestion(events, raised_on)
    assert s.status.value == expected_status(events)
    assert s.events == events


@given(legal())
def test_adding_events_one_by_one_gives_the_same_suggestion(
    case: tuple[D, tuple[Event, ...]],
) -> None:
    """Suggestion.add returns new suggestions, each with the status of its prefix."""
    raised_on, events = case
    s = suggestion((), raised_on)
    for i, event in enumerate(events):
        before = s
        s = s.add(event)
        assert before.events == events[:i]  # the old suggestion is unchanged
        assert s.status.value == expected_status(events[: i + 1])
    assert s == suggestion(events, raised_on)


@given(legal(), st.integers(-5, 400))
def test_as_of_keeps_only_the_events_up_to_that_day(
    case: tuple[D, tuple[Event, ...]], offset: int
) -> None:
    """as_of(day) is the suggestion as it stood that evening."""
    raised_on, events = case
    day = raised_on + dt.timedelta(days=offset)
    kept = [e for e in events if e.on <= day]
    then = suggestion(events, raised_on).as_of(day)
    assert list(then.events) == kept
    assert then.status.value == expected_status(kept)


@given(legal(max_size=10))
def test_due_date_follows_the_default_policy(case: tuple[D, tuple[Event, ...]]) -> None:
    """3 months from assignment, 6 if extended, 1 after re-handling; none if no reply awaited."""
    raised_on, events = case
    assert suggestion(events, raised_on).due_date() == expected_due(events)


@given(legal(max_size=10), cs.policies())
def test_due_date_follows_a_replaced_policy(
    case: tuple[D, tuple[Event, ...]], policy: Policy
) -> None:
    """The deadlines come from the policy passed in."""
    raised_on, events = case
    months = (
        policy.reply_within.months,
        policy.extended_reply_within.months,
        policy.rehandle_reply_within.months,
    )
    assert suggestion(events, raised_on).due_date(policy) == expected_due(events, *months)


@given(legal(max_size=10), st.integers(0, 500))
def test_overdue_means_a_reply_awaited_past_its_deadline(
    case: tuple[D, tuple[Event, ...]], offset: int
) -> None:
    """overdue(as_of) judges only the events up to as_of, against that day's deadline."""
    raised_on, events = case
    day = raised_on + dt.timedelta(days=offset)
    due = expected_due([e for e in events if e.on <= day])
    assert suggestion(events, raised_on).overdue(day) == (due is not None and day > due)


@given(legal(max_size=10))
def test_each_reply_closes_one_round(case: tuple[D, tuple[Event, ...]]) -> None:
    """There is one round per reply, plus one if a reply is awaited; each is judged on time."""
    raised_on, events = case
    s = suggestion(events, raised_on)
    replies = [e for e in events if isinstance(e, Replied)]
    awaited = expected_status(events) in ("assigned", "rehandling")
    rounds = s.rounds()
    assert len(rounds) == len(replies) + awaited
    for r, reply in zip(rounds, replies, strict=False):
        assert r.replied == reply.on
        assert r.on_time == (reply.on <= r.due)
    if awaited:
        assert rounds[-1].replied is None
        assert rounds[-1].on_time is None


# --- illegal steps --------------------------------------------------------------


def _event_of(step: str, low: D) -> SearchStrategy[Any]:
    """Events of ``step`` dated from ``low`` to 60 days later."""
    dates = {"min_date": low, "max_date": low + dt.timedelta(days=60)}
    makers: dict[str, Callable[..., SearchStrategy[Any]]] = {
        "reviewed": cs.reviews,
        "assigned": cs.assignments,
        "extended": cs.extensions,
        "replied": cs.replies,
        "evaluated": cs.evaluations,
        "rehandled": cs.rehandlings,
        "closed": cs.closings,
        "returned": cs.returns,
        "withdrawn": cs.withdrawals,
        "marked_duplicate": cs.duplicate_markings,
        "holding_reply": cs.holding_replies,
        "follow_up": cs.follow_ups,
        "corrected": cs.corrections,
    }
    return makers[step](**dates)


def _assert_refused(error: WorkflowError, status: str, step: str, index: int) -> None:
    assert isinstance(error, CongresskitError)
    assert isinstance(error, ValueError)
    assert (error.suggestion, error.status, error.step, error.index) == ("s-7", status, step, index)
    message = str(error)
    assert "'s-7'" in message
    assert f"events[{index}]" in message
    assert repr(step) in message
    assert repr(status) in message


@given(legal(), st.data())
def test_a_step_not_allowed_from_the_status_is_refused(
    case: tuple[D, tuple[Event, ...]], data: st.DataObject
) -> None:
    """After a legal prefix, an event of a kind the status does not allow raises WorkflowError."""
    raised_on, events = case
    status = expected_status(events)
    step = data.draw(st.sampled_from([s for s in STEPS if s not in ALLOWED[status]]))
    last = events[-1].on if events else raised_on
    event = data.draw(_event_of(step, last))
    with pytest.raises(WorkflowError) as info:
        suggestion(events, raised_on).add(event)
    _assert_refused(info.value, status, step, len(events))


@given(legal(), st.data())
def test_an_event_dated_before_the_previous_one_is_refused(
    case: tuple[D, tuple[Event, ...]], data: st.DataObject
) -> None:
    """Dates never go backwards: an allowed step dated too early is refused all the same."""
    raised_on, events = case
    while events and not ALLOWED[expected_status(events)]:
        events = events[:-1]  # withdrawn allows nothing; step back to a status that allows a step
    status = expected_status(events)
    step = data.draw(st.sampled_from(sorted(ALLOWED[status])))
    last = events[-1].on if events else raised_on
    early = last - dt.timedelta(days=data.draw(st.integers(1, 90)))
    event = data.draw(_event_of(step, early).filter(lambda e: e.on < last))
    with pytest.raises(WorkflowError, match="never go backwards") as info:
        suggestion((*events, event), raised_on)
    _assert_refused(info.value, status, step, len(events))


# A legal way to reach each status, written out by hand, and one event of each step
# dated after all of them.
_A = Assigned(on=D(2020, 1, 20), lead_unit="u1")
_R = Replied(on=D(2020, 3, 1), outcome=Outcome.B)
_E = Evaluated(on=D(2020, 3, 5), handling=Satisfaction.DISSATISFIED)
REACH: dict[str, list[Event]] = {
    "raised": [],
    "accepted": [Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.ACCEPTED)],
    "merged": [Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.MERGED, merged_into="s-1")],
    "not_accepted": [Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.NOT_ACCEPTED)],
    "assigned": [_A],
    "replied": [_A, _R],
    "evaluated": [_A, _R, _E],
    "rehandling": [_A, _R, _E, Rehandled(on=D(2020, 3, 6))],
    "closed": [_A, _R, Closed(on=D(2020, 3, 10))],
    "duplicate": [MarkedDuplicate(on=D(2020, 1, 15), of="s-1")],
    "returned": [_A, Returned(on=D(2020, 1, 22), reason="不属本单位职责")],
    "withdrawn": [Withdrawn(on=D(2020, 1, 15))],
}
LATER = D(2020, 12, 1)
ONE_OF_EACH: dict[str, Event] = {
    "reviewed": Reviewed(on=LATER, decision=ReviewDecision.ACCEPTED),
    "assigned": Assigned(on=LATER, lead_unit="u2"),
    "extended": Extended(on=LATER),
    "replied": Replied(on=LATER, outcome=Outcome.A),
    "evaluated": Evaluated(on=LATER, handling=Satisfaction.SATISFIED),
    "rehandled": Rehandled(on=LATER),
    "closed": Closed(on=LATER),
    "returned": Returned(on=LATER, reason="不属本单位职责"),
    "withdrawn": Withdrawn(on=LATER),
    "marked_duplicate": MarkedDuplicate(on=LATER, of="s-2"),
    "holding_reply": HoldingReply(on=LATER),
    "follow_up": FollowUp(on=LATER),
    "corrected": Corrected(on=LATER, outcome=Outcome.A),
}


@pytest.mark.parametrize("status", list(REACH))
def test_each_status_is_reached_by_its_prefix(status: str) -> None:
    """The hand-written prefixes lead where their names say."""
    assert suggestion(REACH[status]).status.value == status


@pytest.mark.parametrize(
    ("status", "step"), [(st_, sp) for st_ in REACH for sp in STEPS if sp not in ALLOWED[st_]]
)
def test_each_step_not_allowed_is_refused(status: str, step: str) -> None:
    """Every (status, step) pair the rules forbid raises WorkflowError naming both."""
    with pytest.raises(WorkflowError) as info:
        suggestion(REACH[status]).add(ONE_OF_EACH[step])
    _assert_refused(info.value, status, step, len(REACH[status]))


@pytest.mark.parametrize(
    ("status", "step"), [(st_, sp) for st_ in REACH for sp in STEPS if sp in ALLOWED[st_]]
)
def test_each_allowed_step_is_accepted(status: str, step: str) -> None:
    """Every (status, step) pair the rules allow is accepted, giving the status it names."""
    events = [*REACH[status], ONE_OF_EACH[step]]
    assert suggestion(REACH[status]).add(ONE_OF_EACH[step]).status.value == expected_status(events)


def test_an_extension_cannot_follow_an_extension() -> None:
    """A deadline is extended once per handling round."""
    s = suggestion([Assigned(on=D(2020, 1, 20), lead_unit="u1"), Extended(on=D(2020, 2, 1))])
    with pytest.raises(WorkflowError, match="already extended") as info:
        s.add(Extended(on=D(2020, 2, 2)))
    _assert_refused(info.value, "assigned", "extended", 2)


@pytest.mark.parametrize(
    "rating",
    [Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED, Satisfaction.NO_ANSWER],
)
def test_rehandling_follows_only_a_dissatisfied_evaluation(rating: Satisfaction) -> None:
    """A suggestion whose reply was not judged dissatisfying cannot be sent back."""
    s = suggestion(
        [
            Assigned(on=D(2020, 1, 20), lead_unit="u1"),
            Replied(on=D(2020, 3, 1), outcome=Outcome.B),
            Evaluated(on=D(2020, 3, 5), handling=rating, result=rating),
        ]
    )
    with pytest.raises(WorkflowError, match="dissatisfied") as info:
        s.add(Rehandled(on=D(2020, 3, 6)))
    _assert_refused(info.value, "evaluated", "rehandled", 3)


def test_a_dissatisfied_result_alone_allows_rehandling() -> None:
    """The work and the result are rated apart; either being dissatisfied is enough."""
    s = suggestion(
        [
            Assigned(on=D(2020, 1, 20), lead_unit="u1"),
            Replied(on=D(2020, 3, 1), outcome=Outcome.C),
            Evaluated(
                on=D(2020, 3, 5), handling=Satisfaction.SATISFIED, result=Satisfaction.DISSATISFIED
            ),
            Rehandled(on=D(2020, 3, 6)),
        ]
    )
    assert s.status.value == "rehandling"
    assert s.rehandled


def test_the_first_event_may_not_precede_the_day_raised() -> None:
    """An event dated before the suggestion was raised is refused at index 0."""
    with pytest.raises(WorkflowError, match="the day it was raised") as info:
        suggestion([Assigned(on=D(2020, 1, 12), lead_unit="u1")])
    _assert_refused(info.value, "raised", "assigned", 0)


# --- deadlines ------------------------------------------------------------------

ASSIGNED = Assigned(on=D(2020, 1, 20), lead_unit="police")


def test_default_deadline_is_three_months_after_assignment() -> None:
    """Assigned 20 January: the reply is due 20 April."""
    assert suggestion([ASSIGNED]).due_date() == D(2020, 4, 20)


def test_an_extended_deadline_is_six_months_after_assignment() -> None:
    """Extended: due 20 July, counted from the assignment, not from the extension."""
    s = suggestion([ASSIGNED, Extended(on=D(2020, 3, 1))])
    assert s.due_date() == D(2020, 7, 20)
    assert s.rounds()[0].extended


REHANDLED: list[Event] = [
    ASSIGNED,
    Replied(on=D(2020, 3, 2), outcome=Outcome.B),
    Evaluated(on=D(2020, 3, 9), handling=Satisfaction.DISSATISFIED),
    Rehandled(on=D(2020, 3, 10)),
]


def test_a_rehandled_reply_is_due_one_month_after_the_request() -> None:
    """Sent back on 10 March: the new reply is due 10 April."""
    s = suggestion(REHANDLED)
    assert s.due_date() == D(2020, 4, 10)
    assert [r.rehandling for r in s.rounds()] == [False, True]


def test_a_replaced_policy_gives_two_months_for_rehandling() -> None:
    """Where local rules give 2 months to re-handle, the deadline is 10 May."""
    local = Policy(rehandle_reply_within=relativedelta(months=2))
    assert suggestion(REHANDLED).due_date(local) == D(2020, 5, 10)
    assert suggestion([ASSIGNED]).due_date(local) == D(2020, 4, 20)  # the rest is unchanged


@pytest.mark.parametrize(
    ("events", "due"),
    [
        ([Assigned(on=D(2019, 11, 30), lead_unit="u1")], D(2020, 2, 29)),
        ([Assigned(on=D(2020, 11, 30), lead_unit="u1")], D(2021, 2, 28)),
        ([Assigned(on=D(2020, 8, 31), lead_unit="u1"), Extended(on=D(2020, 9, 1))], D(2021, 2, 28)),
        ([Assigned(on=D(2020, 5, 31), lead_unit="u1")], D(2020, 8, 31)),
        (
            [
                Assigned(on=D(2019, 12, 1), lead_unit="u1"),
                Replied(on=D(2020, 1, 2), outcome=Outcome.A),
                Evaluated(on=D(2020, 1, 3), handling=Satisfaction.DISSATISFIED),
                Rehandled(on=D(2020, 1, 31)),
            ],
            D(2020, 2, 29),
        ),
    ],
    ids=["nov30+3m leap", "nov30+3m", "aug31+6m", "may31+3m", "jan31+1m rehandled"],
)
def test_month_end_deadlines_stay_in_the_month_they_land_in(events: list[Event], due: D) -> None:
    """Adding months to a month's last days never spills into the next month."""
    assert suggestion(events, raised_on=D(2019, 11, 1)).due_date() == due


def test_a_reply_on_the_due_day_is_on_time_and_a_day_later_is_late() -> None:
    """The deadline day itself counts as on time."""
    on_time = suggestion([ASSIGNED, Replied(on=D(2020, 4, 20), outcome=Outcome.A)])
    late = suggestion([ASSIGNED, Replied(on=D(2020, 4, 21), outcome=Outcome.A)])
    assert on_time.rounds()[0].on_time is True
    assert late.rounds()[0].on_time is False
    assert on_time.due_date() is None  # nothing awaited any more


def test_overdue_starts_the_day_after_the_deadline() -> None:
    """Not replied: not overdue on the due day, overdue the day after."""
    s = suggestion([ASSIGNED])
    assert not s.overdue(D(2020, 4, 20))
    assert s.overdue(D(2020, 4, 21))
    assert s.rounds()[0].on_time is None
    assert s.rounds()[0].overdue(D(2020, 4, 21))


def test_a_late_reply_does_not_make_an_earlier_day_on_time() -> None:
    """Replied in June: on 1 May the suggestion was overdue, on 2 June no longer awaited."""
    s = suggestion([ASSIGNED, Replied(on=D(2020, 6, 1), outcome=Outcome.B)])
    assert s.overdue(D(2020, 5, 1))
    assert not s.overdue(D(2020, 6, 2))
    assert s.as_of(D(2020, 5, 1)).due_date() == D(2020, 4, 20)
    assert s.as_of(D(2020, 1, 19)).status.value == "raised"
    assert s.as_of(D(2020, 1, 19)).due_date() is None


def test_overdue_is_judged_per_round() -> None:
    """The first reply on time, the re-handled one late: only the second round is late."""
    s = suggestion([*REHANDLED, Replied(on=D(2020, 4, 15), outcome=Outcome.A)])
    assert [r.on_time for r in s.rounds()] == [True, False]
    assert s.overdue(D(2020, 4, 11))
    assert not s.overdue(D(2020, 4, 16))


def test_a_merged_or_declined_suggestion_awaits_no_reply() -> None:
    """Review decisions other than 'accepted' end the handling without deadlines."""
    merged = suggestion(
        [Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.MERGED, merged_into="s-1")]
    )
    declined = suggestion([Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.NOT_ACCEPTED)])
    for s in (merged, declined):
        assert s.due_date() is None
        assert not s.overdue(D(2030, 1, 1))
        assert s.rounds() == ()


def test_an_extension_after_the_deadline_extends_nothing() -> None:
    """Extended a week after the three months ran out: the reply stays due at three months."""
    events = (
        Assigned(on=D(2017, 7, 26), lead_unit="u1"),
        Extended(on=D(2017, 11, 2)),
    )
    assert suggestion(events, D(2017, 7, 20)).due_date() == D(2017, 10, 26)
    assert expected_due(events) == D(2017, 10, 26)
