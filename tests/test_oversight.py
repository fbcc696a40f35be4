"""Oversight records: evaluations, aggregate handling reports, handling outcomes and scorecards.

Expected figures are worked out by hand from the records in each test.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import congresskit.strategies as cs
from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Corrected,
    Count,
    Evaluation,
    FieldError,
    FollowUp,
    HandlingReport,
    HoldingReply,
    Implementation,
    ImplementationCount,
    NonResolutionReason,
    Outcome,
    OutcomeCount,
    Policy,
    Rate,
    RateMeasure,
    Rating,
    ReasonCount,
    RecordSet,
    Replied,
    Returned,
    Satisfaction,
    StatedRate,
    SubjectKind,
    Suggestion,
    SuggestionKind,
    Unit,
    UnitKind,
    When,
    Withdrawn,
    WorkflowError,
    check,
    dumps,
    loads,
    render_summary,
    summarize,
)

D = dt.date
SAT, BASIC, DIS = (
    Satisfaction.SATISFIED,
    Satisfaction.BASICALLY_SATISFIED,
    Satisfaction.DISSATISFIED,
)
RAISED = D(2020, 1, 13)


def rating(level: Satisfaction, n: int) -> Rating:
    return Rating(level=level, count=Count(n))


def evaluation(**fields: object) -> Evaluation:
    base: dict[str, object] = {
        "id": "e1",
        "subject_kind": SubjectKind.DEPARTMENT,
        "title": "评议税务所",
        "on": D(2020, 6, 18),
    }
    return Evaluation(**(base | fields))  # type: ignore[arg-type]


def report(**fields: object) -> HandlingReport:
    base: dict[str, object] = {
        "id": "h1",
        "title": "代表建议办理情况报告",
        "on": D(2020, 12, 20),
        "covers": When.of_year(2020),
    }
    return HandlingReport(**(base | fields))  # type: ignore[arg-type]


def suggestion(sid: str, *events: object, raised: D = RAISED) -> Suggestion:
    return Suggestion(
        id=sid,
        kind=SuggestionKind.SUGGESTION,
        title="路灯",
        lead="d1",
        raised_on=raised,
        events=events,
    )


# --- the models ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "where"),
    [
        ({"activity": "a1", "session": "m1"}, "activity, session"),
        ({"score": 101.0, "score_out_of": 100.0}, "score, score_out_of"),
        ({"ratings": (rating(SAT, 1), rating(SAT, 2))}, "ratings"),
        ({"score": -1.0}, "score"),
    ],
)
def test_bad_evaluations_are_refused_naming_the_fields(
    fields: dict[str, object], where: str
) -> None:
    """An evaluation is held in one place, scores within their scale, each level rated once."""
    with pytest.raises(FieldError) as info:
        evaluation(**fields)
    assert where in str(info.value)


def test_an_evaluations_figures_take_the_larger_of_reported_and_itemised() -> None:
    """Itemised issues are part of a reported figure, never added to it."""
    e = evaluation(issues_raised=Count(3), issues_raised_items=("噪音", "排污", "绿化", "路灯"))
    assert e.issues_raised_figure == Count(4)
    assert evaluation().issues_raised_figure is None  # not stated is not zero
    assert evaluation().rated is None


def test_an_other_reason_needs_its_text() -> None:
    """Reason 'other' is given with the source's words, in a report and in a reply."""
    with pytest.raises(FieldError):
        ReasonCount(reason=NonResolutionReason.OTHER, count=Count(1))
    with pytest.raises(FieldError):
        Replied(on=D(2020, 3, 1), outcome=Outcome.C, reasons=(NonResolutionReason.OTHER,))


@given(cs.record_sets(max_size=3))
def test_documents_with_oversight_records_round_trip(records: RecordSet) -> None:
    """Evaluations, handling reports and the new handling steps survive writing and reading."""
    assert loads(dumps(records, profile="full")) == records


# --- summaries -------------------------------------------------------------------


def test_evaluations_are_counted_by_subject_kind_and_not_as_activities() -> None:
    """At-session evaluations are not intersession activities; figures add up by hand."""
    records = [
        evaluation(id="e1", session="m1", ratings=(rating(SAT, 30), rating(DIS, 2))),
        evaluation(
            id="e2",
            subject_kind=SubjectKind.DEPUTY,
            subject="d1",
            activity="a1",
            issues_found=Count(5),
            rectified=Count(4),
            ratings=(rating(SAT, 40),),
            voters_present=Count(52),
        ),
        evaluation(id="e3", subject_kind=SubjectKind.PROJECT, on=D(2021, 1, 5)),  # not in 2020
        Activity(id="a1", kind=ActivityKind.REPORT_TO_VOTERS, title="述职", start=D(2020, 6, 18)),
    ]
    s = summarize(records, "2020")
    e = s.evaluations
    assert (e.evaluations, e.at_session, e.intersession) == (2, 1, 1)
    assert e.by_subject_kind == {SubjectKind.DEPARTMENT: 1, SubjectKind.DEPUTY: 1}
    assert e.ratings == {SAT: Count(70), DIS: Count(2, at_least=True)}
    assert e.issues_found == Count(5, at_least=True)  # the other evaluation does not state it
    assert e.issues_raised is None
    assert e.voters_present == Count(52, at_least=True)
    assert s.activities.activities == 1


def test_handling_totals_come_from_reports_unless_the_items_are_all_they_count() -> None:
    """The summary takes a report's totals where the itemised suggestions are fewer than the
    report counts (or none), the items where they are as many; never both."""
    h = report(
        items=Count(46),
        ratings=(rating(SAT, 40), rating(BASIC, 5)),
        implementation=(
            ImplementationCount(status=Implementation.RESOLVED, count=Count(31)),
            ImplementationCount(status=Implementation.NOT_NOW, count=Count(3)),
        ),
        reasons=(ReasonCount(reason=NonResolutionReason.BEYOND_AUTHORITY),),
    )
    reported = summarize([h], "2020").handling
    assert (reported.basis, reported.reports, reported.items) == ("reported", 1, Count(46))
    assert reported.implementation[Implementation.RESOLVED] == Count(31)
    assert reported.reasons == {NonResolutionReason.BEYOND_AUTHORITY: None}
    # 45 satisfied or basically of 46 items; of the 45 rated, all.
    assert reported.satisfaction_of_all is not None
    assert reported.satisfaction_of_all.of == "all"
    assert reported.satisfaction_of_all.percent == pytest.approx(100 * 45 / 46)
    assert reported.satisfaction_of_rated is not None
    assert reported.satisfaction_of_rated.percent == pytest.approx(100.0)
    # 1 of the 46 itemised (a check visiting one site): the report still says the most.
    some = summarize([h, suggestion("s1")], "2020").handling
    assert (some.basis, some.reports, some.items) == ("reported", 1, Count(46))
    assert some.implementation[Implementation.RESOLVED] == Count(31)
    # As many itemised as the report counts: the items, never both.
    two = attrs.evolve(h, items=Count(2), ratings=(), implementation=(), reasons=())
    itemised = summarize([two, suggestion("s1"), suggestion("s2")], "2020").handling
    assert (itemised.basis, itemised.reports, itemised.items) == ("itemised", 0, Count(2))
    assert itemised.implementation == {}
    # A report not stating its total leaves the items the basis.
    unstated = attrs.evolve(h, items=None, ratings=(), implementation=(), reasons=())
    assert summarize([unstated, suggestion("s1")], "2020").handling.basis == "itemised"
    assert summarize([], "2020").handling.basis == "none"


def test_each_reply_class_is_a_share_of_all_items_as_reports_print_it() -> None:
    """33, 42 and 17 of 92 items by class are about 36%, 46% and 18% of all, as printed."""
    classes = ((Outcome.A, 33), (Outcome.B, 42), (Outcome.C, 17))
    h = report(
        items=Count(92),
        outcomes=tuple(OutcomeCount(outcome=o, count=Count(n)) for o, n in classes),
    )
    shares = summarize([h], "2020").handling.outcome_shares
    assert shares[Outcome.A] == Rate(part=Count(33), base=Count(92), of="all")
    assert [round(shares[o].percent or 0) for o, _ in classes] == [36, 46, 18]
    # With no number of items, no share is known: none is shown, never one of 0.
    unstated = attrs.evolve(h, items=None)
    assert summarize([unstated], "2020").handling.outcome_shares == {}
    # Itemised suggestions give their classes' shares of the items too.
    one = suggestion("s1", A, Replied(on=D(2020, 3, 1), outcome=Outcome.B))
    itemised = summarize([one, suggestion("s2")], "2020").handling
    assert itemised.outcome_shares == {Outcome.B: Rate(part=Count(1), base=Count(2), of="all")}
    zh = "".join(render_summary(summarize([h], "2020"), format="text").split())
    assert "A类(已解决或采纳)33件（占全部件数的35.9%）" in zh
    en = " ".join(render_summary(summarize([h], "2020"), format="text", lang="en").split())
    assert "A (resolved or adopted) 33 (35.9% of all items)" in en


def test_a_rate_stated_without_counts_is_listed_by_report_never_added_up() -> None:
    """满意率93% with no counts stays the report's own percentage, in summary and report."""
    stated = StatedRate(measure=RateMeasure.SATISFACTION, percent=93)
    h = report(items=Count(92), rates=(stated,))
    other = report(id="h2", items=Count(10), rates=(attrs.evolve(stated, percent=80),))
    handling = summarize([other, h], "2020").handling
    assert handling.stated_rates == {"h1": (stated,), "h2": (attrs.evolve(stated, percent=80),)}
    assert handling.satisfaction_of_all is None  # a percentage is not a count
    zh = "".join(render_summary(summarize([h], "2020"), format="text").split())
    assert "报告只以百分比载明的比率：满意率93%" in zh
    en = " ".join(render_summary(summarize([h], "2020"), format="text", lang="en").split())
    assert "rates the reports state only as percentages: satisfaction rate 93%" in en
    # With itemised suggestions as the basis, the reports' percentages are not shown.
    one = attrs.evolve(h, items=Count(1))
    assert summarize([one, suggestion("s1")], "2020").handling.stated_rates == {}


@pytest.mark.parametrize(
    ("fields", "percent", "warned"),
    [
        ({"satisfied_or_basically": Count(86)}, 93, False),  # 86/92 = 93.5%, printed 93%
        ({"satisfied_or_basically": Count(80)}, 93, True),  # 87.0%
        ({"ratings": (rating(SAT, 85), rating(DIS, 7))}, 92.4, False),  # 85/92 = 92.39%
        ({"ratings": (rating(SAT, 85), rating(DIS, 7))}, 95, True),
        ({"satisfied_or_basically": Count(80, at_least=True)}, 93, False),  # a bound: unknown
        ({}, 93, False),  # no counts to compare with
    ],
)
def test_a_stated_rate_the_counts_cannot_give_is_warned_about(
    fields: dict[str, object], percent: float, warned: bool
) -> None:
    """W013 names the report's rate when its own counts, rounded as printed, differ."""
    rate = StatedRate(measure=RateMeasure.SATISFACTION, percent=percent)
    h = report(items=Count(92), rates=(rate,), **fields)
    problems = [p for p in check(RecordSet.from_records([h])) if p.rule == "stated_rate_differs"]
    assert [(p.code, p.path) for p in problems] == (
        [("W013", "$.handling_reports[0].rates[0]")] if warned else []
    )


def test_a_stated_completion_rate_is_checked_against_the_replies() -> None:
    """办结率100% while 90 of 92 replied is warned about; 'above' only bounds from below."""
    done = StatedRate(measure=RateMeasure.COMPLETION, percent=100)
    above = StatedRate(measure=RateMeasure.COMPLETION, percent=90, at_least=True)
    h = report(items=Count(92), replied=Count(90), rates=(done, above))
    problems = [p for p in check(RecordSet.from_records([h])) if p.rule == "stated_rate_differs"]
    assert [p.path for p in problems] == ["$.handling_reports[0].rates[0]"]


def test_a_report_covering_more_than_the_period_is_possibly_in_it() -> None:
    """A report on the year is not counted in a half-year; it is reported as possibly in it."""
    s = summarize([report(items=Count(46))], "2020-H1")
    assert s.handling.basis == "none"
    assert s.possibly_in_period == {"handling_reports": 1}


@given(cs.record_sets(max_size=4), st.data())
def test_summaries_with_oversight_records_add_up(records: RecordSet, data: st.DataObject) -> None:
    """summarize(a) + summarize(b) == summarize(a | b) for any split of a record set."""
    items = list(records)
    sides = data.draw(st.lists(st.booleans(), min_size=len(items), max_size=len(items)))
    left = [r for r, side in zip(items, sides, strict=True) if side]
    right = [r for r, side in zip(items, sides, strict=True) if not side]
    # A year in which the generated records fall (they are dated 2000 to 2039).
    evaluated = [e.on.year for e in records.evaluations]
    year = data.draw(st.sampled_from(evaluated) if evaluated else st.integers(2000, 2039))
    period = str(year)
    whole = summarize(items, period)
    assert summarize(left, period) + summarize(right, period) == whole
    assert summarize(right, period) + summarize(left, period) == whole


# --- handling outcomes -------------------------------------------------------------

A = Assigned(on=D(2020, 1, 20), lead_unit="u1")


def test_a_corrected_reply_keeps_the_original() -> None:
    """The correction gives the class; the first reply stays among the replies."""
    s = suggestion(
        "s1",
        A,
        Replied(on=D(2020, 3, 1), outcome=Outcome.C),
        Corrected(on=D(2020, 3, 3), outcome=Outcome.B),
    )
    assert [r.outcome for r in s.replies] == [Outcome.C]
    assert s.outcome is Outcome.B
    assert s.status.value == "replied"


@pytest.mark.parametrize("outcome", list(Outcome))
def test_a_follow_up_follows_only_a_class_b_or_c_reply(outcome: Outcome) -> None:
    """Follow-up replies are for items being resolved or not resolvable now."""
    s = suggestion("s1", A, Replied(on=D(2020, 3, 1), outcome=outcome))
    follow = FollowUp(on=D(2020, 9, 1), implementation=Implementation.RESOLVED)
    if outcome in (Outcome.B, Outcome.C):
        assert s.add(follow).implementation is Implementation.RESOLVED
    else:
        with pytest.raises(WorkflowError, match="class B or C"):
            s.add(follow)


def test_a_holding_reply_does_not_stop_the_clock() -> None:
    """After a holding reply the reply is still due three months after assignment."""
    s = suggestion("s1", A, HoldingReply(on=D(2020, 3, 1)))
    assert s.due_date() == D(2020, 4, 20)
    assert s.overdue(D(2020, 4, 21))


def test_a_return_ends_the_round_and_reassignment_starts_a_new_one() -> None:
    """The reply is due three months after the new assignment."""
    s = suggestion("s1", A, Returned(on=D(2020, 1, 22), reason="不属本单位职责"))
    assert s.status.value == "returned"
    assert s.due_date() is None
    s = s.add(Assigned(on=D(2020, 2, 3), lead_unit="u2"))
    assert s.due_date() == D(2020, 5, 3)


def test_a_withdrawn_suggestion_awaits_no_reply_and_allows_nothing() -> None:
    """Withdrawal is final."""
    s = suggestion("s1", A, Withdrawn(on=D(2020, 2, 1)))
    assert s.due_date() is None
    with pytest.raises(WorkflowError):
        s.add(Replied(on=D(2020, 3, 1), outcome=Outcome.A))


# --- checks ----------------------------------------------------------------------------


def test_a_class_d_reply_is_refused_under_a_policy_without_it() -> None:
    """Outcome class D is a policy choice: allowed by default, an error where not used."""
    rs = RecordSet.from_records([suggestion("s1", Replied(on=D(2020, 3, 1), outcome=Outcome.D))])
    rules = {p.rule for p in check(rs)}
    assert "outcome_class" not in rules
    abc = Policy(outcome_classes=(Outcome.A, Outcome.B, Outcome.C))
    problems = [p for p in check(rs, abc) if p.rule == "outcome_class"]
    assert [p.path for p in problems] == ["$.suggestions[0].events[0].outcome"]
    assert not problems[0].is_warning


@pytest.mark.parametrize(
    ("returned", "late"),
    [
        (D(2020, 1, 27), False),  # Monday 20th + 5 working days = Monday 27th
        (D(2020, 1, 28), True),
    ],
)
def test_a_return_later_than_the_policy_allows_is_a_warning(returned: D, late: bool) -> None:
    """Five working days (Monday to Friday) after assignment by default."""
    rs = RecordSet.from_records([suggestion("s1", A, Returned(on=returned, reason="非本单位职责"))])
    problems = [p for p in check(rs) if p.rule == "late_return"]
    assert bool(problems) is late
    assert all(p.is_warning for p in problems)


def test_parts_counting_more_than_their_whole_are_warnings() -> None:
    """Ratings over a report's items, and rectified over found, do not add up."""
    rs = RecordSet.from_records(
        [
            report(items=Count(10), ratings=(rating(SAT, 8), rating(BASIC, 3))),
            evaluation(issues_found=Count(2), rectified=Count(3)),
        ]
    )
    paths = {p.path for p in check(rs) if p.rule == "totals_exceed"}
    assert paths == {"$.handling_reports[0].ratings", "$.evaluations[0].rectified"}


def test_an_evaluations_subject_must_be_a_record_of_its_kind() -> None:
    """A deputy subject is a deputy; a unit id will not do."""
    rs = RecordSet.from_records(
        [
            Unit(id="u1", name="税务所", kind=UnitKind.OTHER),
            evaluation(subject_kind=SubjectKind.DEPUTY, subject="u1"),
        ]
    )
    assert [p.path for p in check(rs) if p.rule == "reference"] == ["$.evaluations[0].subject"]


def test_itemised_replies_count_those_without_a_recorded_assignment() -> None:
    """A reply with no assignment before it is a reply; only assigned ones can be on time."""
    records = [
        suggestion("s1", Replied(on=D(2020, 3, 1), outcome=Outcome.A)),
        suggestion("s2", A, Replied(on=D(2020, 3, 1), outcome=Outcome.B)),
        suggestion("s3", A),
    ]
    h = summarize(records, "2020").handling
    assert (h.items, h.replied, h.replied_on_time) == (Count(3), Count(2), Count(1))
