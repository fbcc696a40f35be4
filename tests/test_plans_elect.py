"""By-elections, plan targets that count officeholders elected, and plans within a period."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from congresskit import (
    Candidate,
    Congress,
    DocumentError,
    Election,
    ElectionKind,
    ElectionPlan,
    FieldError,
    Level,
    LevelSeats,
    PlanItem,
    PlanSection,
    RecordSet,
    Session,
    Target,
    TargetMetric,
    Term,
    When,
    WorkPlan,
    check,
    dumps,
    label,
    loads,
    render_summary,
    summarize,
)

D = dt.date
_HEADER = {"format": "congresskit", "version": 2, "profile": "public"}
_CONGRESS = {"id": "c", "name": "五松镇人民代表大会", "level": "town"}


def _by_election(**changes: Any) -> ElectionPlan:
    fields: dict[str, Any] = {
        "id": "e-by",
        "title": "补选县人大代表",
        "kind": ElectionKind.BY_ELECTION,
        "seats_reported": (LevelSeats(level=Level.COUNTY, seats=2),),
    }
    fields.update(changes)
    return ElectionPlan(**fields)


_DECEMBER = D(2013, 12, 28)


def _session(*elections: Election, on: dt.date = _DECEMBER) -> Session:
    return Session(id="m1", term="t1", number=3, start=on, agenda=elections)


def _plan(
    start: dt.date, end: dt.date, offices: tuple[str, ...] = ("副镇长",), value: int = 1
) -> WorkPlan:
    target = Target(metric=TargetMetric.OFFICEHOLDERS_ELECTED, value=value, offices=offices)
    return WorkPlan(
        id="w1",
        congress="c",
        title="拟召开镇人民代表大会",
        start=start,
        end=end,
        items=(
            PlanItem(section=PlanSection.OTHER, text="听取和审议镇政府工作报告"),
            PlanItem(section=PlanSection.OTHER, text="选举副镇长1名", targets=(target,)),
        ),
    )


def _records(*records: Any) -> RecordSet:
    return RecordSet.from_records(
        [
            Congress(id="c", name="五松镇人民代表大会", level=Level.TOWN),
            Term(id="t1", congress="c", number=16, start=D(2011, 12, 1), end=D(2016, 11, 30)),
            *records,
        ]
    )


# -- by-elections --------------------------------------------------------------------------


def test_an_election_plan_is_a_general_election_unless_it_says_otherwise() -> None:
    """The kind defaults to general; a by-election keeps its kind and seats through JSON."""
    assert ElectionPlan(id="e", title="换届选举实施方案").kind is ElectionKind.GENERAL
    records = _records(_by_election())
    assert loads(dumps(records)) == records
    assert json.loads(dumps(records))["election_plans"][0]["kind"] == "by_election"
    assert _by_election().seats == {Level.COUNTY: 2}


def test_the_kinds_have_labels_in_both_languages() -> None:
    """补选 / by-election and 换届选举 / general election."""
    assert label(ElectionKind.BY_ELECTION, "zh") == "补选"
    assert label(ElectionKind.BY_ELECTION, "en") == "by-election"
    assert label(ElectionKind.GENERAL, "zh") == "换届选举"
    assert label(ElectionKind.GENERAL, "en") == "general election"


@pytest.mark.parametrize(
    ("record", "code", "path"),
    [
        ({"id": "e", "title": "补选", "kind": "by-election"}, "F007", "$.election_plans[0].kind"),
        ({"id": "e", "title": "补选", "kind": 2}, "F007", "$.election_plans[0].kind"),
        (
            {
                "id": "e",
                "title": "补选",
                "kind": "by_election",
                "seats_reported": [{"level": "county", "seats": 0}],
            },
            "R004",
            "$.election_plans[0].seats_reported[0].seats",
        ),
    ],
)
def test_a_bad_kind_or_seat_count_is_refused_at_its_path(
    record: dict[str, Any], code: str, path: str
) -> None:
    """An unknown kind, a kind that is not text, no seats: each a problem at its $-path."""
    document = {**_HEADER, "congress": _CONGRESS, "election_plans": [record]}
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(document))
    assert [(p.code, p.path) for p in info.value.problems] == [(code, path)]


def test_a_by_election_is_voted_within_the_term_it_fills() -> None:
    """A by-election dated after its term ends is an error (X026); a general election
    electing that term before it begins is not, nor is a by-election within it."""
    late = _by_election(term="t1", election_day=D(2017, 3, 1))
    found = [(p.code, p.path) for p in check(_records(late))]
    assert found == [("X026", "$.election_plans[0].election_day")]
    general = _by_election(term="t1", election_day=D(2011, 11, 15), kind=ElectionKind.GENERAL)
    within = _by_election(term="t1", election_day=D(2014, 3, 1))
    assert check(_records(general)) == ()
    assert check(_records(within)) == ()
    # Not a contradiction when the day is not stated.
    assert check(_records(_by_election(term="t1"))) == ()


def test_an_undated_by_election_is_listed_as_possibly_of_the_period() -> None:
    """Its kind and seats reach the summary and both reports, its date left unknown."""
    s = summarize(_records(_by_election()), "2013")
    (standing,) = s.election_cycle
    assert standing.kind is ElectionKind.BY_ELECTION
    assert standing.in_period is None
    assert dict(standing.seats_stated) == {Level.COUNTY: 2}
    assert dict(standing.seats_unlisted) == {}  # no district listed: nothing to add up
    assert s.possibly_in_period == {"election_plans": 1}
    zh = render_summary(s)
    assert "制定《补选县人大代表》（补选），应选县人大代表2名。方案日期未载明，可能不属本期。" in zh
    en = render_summary(s, lang="en")
    assert "The by-election plan 补选县人大代表 was drawn up, to elect 2 county deputies." in en
    assert "The plan's date is not stated: it may not be of this period." in en
    data = json.loads(render_summary(s, format="json"))
    assert data["election_cycle"][0]["kind"] == "by_election"
    assert data["election_cycle"][0]["in_period"] is None


def test_a_dated_by_election_is_of_its_period_only() -> None:
    """Voted on 1 March 2014: in 2014's summary, not in 2013's."""
    records = _records(_by_election(election_day=D(2014, 3, 1)))
    assert summarize(records, "2013").election_cycle == ()
    (standing,) = summarize(records, "2014").election_cycle
    assert (standing.kind, standing.in_period) == (ElectionKind.BY_ELECTION, True)


# -- plan targets for elections -------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "rule", "field"),
    [
        ({"metric": TargetMetric.ACTIVITIES, "offices": ("副镇长",)}, "offices", "metric, offices"),
        ({"offices": ("副镇长", "副镇长")}, "unique", "offices"),
        ({"offices": ("",)}, "non_empty", "offices"),
        ({"value": 0}, "positive", "value"),
    ],
)
def test_bad_election_targets_are_refused(changes: dict[str, Any], rule: str, field: str) -> None:
    """Offices on a target that counts no elections, an office twice or blank, a target of 0:
    each a FieldError naming the record and field."""
    fields: dict[str, Any] = {"metric": TargetMetric.OFFICEHOLDERS_ELECTED, "value": 1}
    with pytest.raises(FieldError) as info:
        Target(**{**fields, **changes})
    assert isinstance(info.value, ValueError)
    assert info.value.rule == rule
    assert str(info.value).startswith(f"Target.{field}: ")


def test_offices_on_another_metric_are_refused_at_their_path() -> None:
    """In a document, the problem is R022 at the target's path."""
    target = {"metric": "activities", "value": 1, "offices": ["副镇长"]}
    plan = {
        "id": "w",
        "congress": "c",
        "title": "计划",
        "start": "2013-12-01",
        "end": "2013-12-31",
        "items": [{"section": "other", "text": "选举副镇长1名", "targets": [target]}],
    }
    document = {**_HEADER, "congress": _CONGRESS, "plans": [plan]}
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(document))
    problems = [(p.code, p.path) for p in info.value.problems]
    assert problems == [("R022", "$.plans[0].items[0].targets[0].offices")]


def _elect(office: str, *elected: bool, reported: int | None = None) -> Election:
    people = tuple(Candidate(name=f"候选人{i}", elected=e) for i, e in enumerate(elected))
    return Election(office=office, candidates=people, seats=2, elected_reported=reported)


@pytest.mark.parametrize(
    ("elections", "offices", "done", "at_least", "met"),
    [
        # One deputy mayor elected of two candidates, a mayor besides: 1 of the office.
        ((_elect("副镇长", True, False), _elect("镇长", True)), ("副镇长",), 1, False, True),
        # Every office counts when the target names none.
        ((_elect("副镇长", True, False), _elect("镇长", True)), (), 2, False, True),
        # Candidates listed, none elected: the records show 0.
        ((_elect("副镇长", False, False),), ("副镇长",), 0, False, False),
        # No candidates and no number: not stated, never 0.
        ((_elect("副镇长"),), ("副镇长",), None, None, None),
        # A number reported without candidates.
        ((_elect("副镇长", reported=2),), ("副镇长",), 2, False, True),
        # One stated, one not: at least 1.
        ((_elect("镇长", True), _elect("副镇长")), (), 1, True, True),
    ],
)
def test_officeholders_elected_are_counted_from_the_sessions_elections(
    elections: tuple[Election, ...],
    offices: tuple[str, ...],
    done: int | None,
    at_least: bool | None,
    met: bool | None,
) -> None:
    """A plan covering the period counts those its sessions elected, to its offices."""
    records = _records(_session(*elections), _plan(D(2013, 1, 1), D(2013, 12, 31), offices))
    (progress,) = summarize(records, "2013").plans[0].targets
    assert progress.needed == 1
    if done is None:
        assert progress.done is None
    else:
        assert progress.done is not None
        assert (progress.done.value, progress.done.at_least) == (done, at_least)
    assert progress.met is met


def test_a_lower_bound_below_the_target_leaves_it_unknown() -> None:
    """1 elected and one election silent, against 2 planned: may be met, so unknown."""
    elections = (_elect("镇长", True), _elect("副镇长"))
    records = _records(_session(*elections), _plan(D(2013, 1, 1), D(2013, 12, 31), (), 2))
    (progress,) = summarize(records, "2013").plans[0].targets
    assert progress.met is None


def test_a_session_outside_the_period_is_not_counted() -> None:
    """A deputy mayor elected in 2012 does not meet 2013's target."""
    session = _session(_elect("副镇长", True), on=D(2012, 12, 28))
    records = _records(session, _plan(D(2013, 1, 1), D(2013, 12, 31)))
    (progress,) = summarize(records, "2013").plans[0].targets
    assert progress.done is not None
    assert (progress.done.value, progress.met) == (0, False)


def test_the_election_target_reads_in_both_reports() -> None:
    """会议选举副镇长1名 / 1 officeholders elected as 副镇长, with the figures done."""
    records = _records(_session(_elect("副镇长", True)), _plan(D(2013, 1, 1), D(2013, 12, 31)))
    s = summarize(records, "2013")
    assert "| 会议选举副镇长1名 | 1 | 1 | 是 |" in render_summary(s)
    assert "| 1 officeholders elected as 副镇长 | 1 | 1 | yes |" in render_summary(s, lang="en")


# -- plans within the period ----------------------------------------------------------------


def test_a_plan_within_the_period_is_listed_with_its_progress_unknown() -> None:
    """December's plan in 2013's summary: listed with its items and targets, done not
    stated even though a session of the period elected a deputy mayor (the year's figures
    are not December's); neither tracked as covering the period nor as the next one."""
    records = _records(
        _session(_elect("副镇长", True), on=D(2013, 3, 1)),
        _plan(D(2013, 12, 1), D(2013, 12, 31)),
    )
    s = summarize(records, "2013")
    assert s.plans == ()
    assert s.next_plans == ()
    (plan,) = s.plans_within
    assert (plan.id, plan.start, plan.end) == ("w1", D(2013, 12, 1), D(2013, 12, 31))
    assert [i.text for i in plan.items] == ["听取和审议镇政府工作报告", "选举副镇长1名"]
    (progress,) = plan.targets
    assert (progress.target.value, progress.done, progress.needed, progress.met) == (
        1,
        None,
        1,
        None,
    )
    zh = render_summary(s)
    assert "本期内计划：拟召开镇人民代表大会（2013年12月1日至2013年12月31日；" in zh
    assert "| 会议选举副镇长1名 | 1 | 未载明 | — |" in zh
    en = render_summary(s, lang="en")
    assert (
        "Plan within the period: 拟召开镇人民代表大会 (1 December 2013 to 31 December 2013;" in en
    )
    assert "| 1 officeholders elected as 副镇长 | 1 | not stated | — |" in en
    data = json.loads(render_summary(s, format="json"))
    assert data["plans_within"][0]["items"][1]["targets"][0]["done"] is None


@pytest.mark.parametrize(
    ("period", "covering", "within"),
    [
        ("2013", 0, 1),  # December inside the year
        ("2013-12", 1, 0),  # the plan's own month: tracked
        ("2013-11", 0, 0),  # before it: neither
        ("2013-Q4", 0, 1),
    ],
)
def test_a_plan_is_tracked_or_listed_by_how_it_lies_in_the_period(
    period: str, covering: int, within: int
) -> None:
    """Covering plans are tracked, plans inside the period listed, others left out."""
    s = summarize(_records(_plan(D(2013, 12, 1), D(2013, 12, 31))), period)
    assert (len(s.plans), len(s.plans_within)) == (covering, within)


def test_a_plan_dated_by_month_spans_its_month() -> None:
    """A plan for 2013-12 (vague dates) is tracked in December, listed within the year,
    and shown as the next period's plan in November's summary."""
    month = When.of_month(2013, 12)
    records = _records(_session(_elect("副镇长", True)), _plan(month, month))
    december = summarize(records, "2013-12")
    (progress,) = december.plans[0].targets
    assert progress.done is not None
    assert (progress.done.value, progress.met) == (1, True)
    assert len(summarize(records, "2013").plans_within) == 1
    assert [p.id for p in summarize(records, "2013-11").next_plans] == ["w1"]
