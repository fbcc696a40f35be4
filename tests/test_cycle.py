"""The election cycle (换届): plans, electoral districts and seats by level."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from congresskit import (
    Congress,
    ElectionPlan,
    ElectoralDistrict,
    FieldError,
    Level,
    LevelSeats,
    Place,
    PresidiumMeeting,
    RecordSet,
    Term,
    check,
    dumps,
    loads,
    render_summary,
    summarize,
)

D = dt.date


def _plan(**changes: Any) -> ElectionPlan:
    fields: dict[str, Any] = {
        "id": "e2021",
        "title": "XX镇换届选举工作实施方案",
        "term": "t20",
        "adopted_on": D(2021, 9, 6),
        "adopted_at": "pm9",
        "election_day": D(2021, 11, 15),
        "districts": (
            ElectoralDistrict(name="第一选区", level=Level.TOWN, seats=3, places=("v1",)),
            ElectoralDistrict(name="第一选区", level=Level.DISTRICT, seats=1, places=("v1",)),
            ElectoralDistrict(name="第二选区", level=Level.TOWN, seats=2),
        ),
        "seats_reported": (LevelSeats(level=Level.TOWN, seats=48),),
    }
    fields.update(changes)
    return ElectionPlan(**fields)


def _records(plan: ElectionPlan) -> RecordSet:
    return RecordSet(
        congress=Congress(id="xx", name="XX镇人民代表大会", level=Level.TOWN),
        terms=(Term(id="t19", congress="xx", number=19), Term(id="t20", congress="xx", number=20)),
        places=(Place(id="v1", name="称沱村"),),
        presidium_meetings=(PresidiumMeeting(id="pm9", term="t19", on=D(2021, 9, 6)),),
        election_plans=(plan,),
    )


def test_seats_add_up_by_level_and_a_stated_total_wins() -> None:
    """Listed districts give 5 town and 1 district seat; the plan states 48 town seats."""
    plan = _plan()
    assert dict(plan.seats_by_level) == {Level.TOWN: 5, Level.DISTRICT: 1}
    assert dict(plan.seats) == {Level.TOWN: 48, Level.DISTRICT: 1}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"seats_reported": (LevelSeats(level=Level.TOWN, seats=4),)}, "districts, seats_reported"),
        (
            {"districts": (ElectoralDistrict(name="一", level=Level.TOWN, seats=1),) * 2},
            "districts[1]",
        ),
        (
            {"seats_reported": (LevelSeats(level=Level.TOWN, seats=9),) * 2},
            "seats_reported",
        ),
        (
            {"elected_reported": (LevelSeats(level=Level.TOWN, seats=9),) * 2},
            "elected_reported",
        ),
        (
            {"elected_reported": (LevelSeats(level=Level.TOWN, seats=49),)},
            "elected_reported, seats",
        ),
        (
            {"elected_reported": (LevelSeats(level=Level.DISTRICT, seats=2),)},
            "elected_reported, seats",
        ),
        ({"stages": ("选民登记", "选民登记")}, "stages"),
        ({"legal_basis": ("《选举法》", "《选举法》")}, "legal_basis"),
    ],
)
def test_bad_plans_are_refused_naming_the_field(changes: dict[str, Any], field: str) -> None:
    """More seats listed than reported, a district twice, a level twice, more deputies
    elected than seats, a stage or a law twice: each is refused."""
    with pytest.raises(FieldError) as info:
        _plan(**changes)
    assert f".{field}:" in str(info.value)


def test_a_plan_refers_to_its_term_meeting_and_places() -> None:
    """The plan's term, the meeting that adopted it and its districts' places must exist."""
    # The two districts listed allot 5 of the 48 town seats stated: a warning, no error.
    short = ("W010", "$.election_plans[0].seats_reported[0].seats")
    assert [(p.code, p.path) for p in check(_records(_plan()))] == [short]
    bad = _plan(term="t99", adopted_at="pm0")
    found = [(p.code, p.path) for p in check(_records(bad))]
    assert found == [
        ("X001", "$.election_plans[0].term"),
        ("X001", "$.election_plans[0].adopted_at"),
        short,
    ]


def test_the_summary_and_reports_give_the_plans_adopted() -> None:
    """2021's summary holds the plan; both reports give its districts and seats."""
    records = _records(_plan())
    assert loads(dumps(records)) == records
    assert summarize(records, "2020").election_plans == ()
    s = summarize(records, "2021")
    assert [e.id for e in s.election_plans] == ["e2021"]
    zh = render_summary(s)
    assert (
        "制定《XX镇换届选举工作实施方案》（换届选举），划分选区2个，"
        "应选镇人大代表48名、区人大代表1名。" in zh
    )
    en = render_summary(s, lang="en")
    assert "The general election plan XX镇换届选举工作实施方案 was drawn up" in en
    assert "with 2 electoral districts, to elect 48 town deputies and 1 district deputy." in en
    undated = summarize(_records(_plan(adopted_on=None, election_day=None)), "2021")
    assert undated.possibly_in_period == {"election_plans": 1}
    # Listed all the same, as a plan that may not be of the period.
    assert [(e.plan, e.in_period) for e in undated.election_cycle] == [("e2021", None)]


def test_a_plan_keeps_its_committee_stages_basis_and_deputies_elected() -> None:
    """A report of the elections done: committee, stages, laws cited and deputies elected
    per level (even where no seats are stated) round-trip and reach both reports."""
    plan = _plan(
        districts=(),
        seats_reported=(),
        committee="乡镇选举委员会",
        stages=("准备阶段", "选民登记", "提名确定代表候选人", "组织投票选举"),
        legal_basis=("《地方组织法》", "《选举法》"),
        elected_reported=(
            LevelSeats(level=Level.COUNTY, seats=15),
            LevelSeats(level=Level.TOWN, seats=77),
        ),
    )
    records = _records(plan)
    assert check(records) == ()
    assert loads(dumps(records)) == records
    assert dict(plan.seats) == {}
    s = summarize(records, "2021")
    assert s.election_plans[0].elected_reported[1].seats == 77
    zh = render_summary(s)
    said = "成立乡镇选举委员会，制定《XX镇换届选举工作实施方案》（换届选举），"
    assert said + "选出县人大代表15名、镇人大代表77名。" in zh
    en = render_summary(s, lang="en")
    assert "the elections returned 15 county deputies and 77 town deputies" in en
