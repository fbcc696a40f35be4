"""Groups and facilities, and bundled activities: models, exchange, check, summary and reports."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    RULE_CODES,
    Activity,
    ActivityItem,
    ActivityKind,
    Cadence,
    Congress,
    Count,
    Deputy,
    DeputyGroup,
    FieldError,
    GroupKind,
    Level,
    LivelihoodProject,
    Membership,
    MembershipKind,
    ParticipantKind,
    RecordSet,
    Station,
    StationKind,
    StudyKind,
    Term,
    Unit,
    check,
    dumps,
    json_schema,
    loads,
    render_summary,
    summarize,
)

D = dt.date
TERM = MembershipKind.TERM
_SERVED = D(2017, 1, 1)


def _records(*activities: Activity, cadence: Cadence | None = Cadence.QUARTERLY) -> RecordSet:
    return RecordSet(
        congress=Congress(id="xx", name="XX镇人民代表大会", level=Level.TOWN),
        units=(Unit(id="u1", name="镇农业服务中心"),),
        terms=(Term(id="t1", congress="xx", number=19),),
        deputies=tuple(
            Deputy(
                id=d, name=name, memberships=(Membership(kind=TERM, of="t1", start=D(2017, 1, 1)),)
            )
            for d, name in (("d1", "张华"), ("d2", "李明"))
        ),
        stations=(
            Station(id="s1", name="一号站"),
            Station(id="s2", name="镇代表之家", kind=StationKind.DEPUTIES_HOME),
        ),
        groups=(
            DeputyGroup(id="g1", name="第一代表小组", number=1, station="s1", cadence=cadence),
            DeputyGroup(id="g2", name="XX镇代表团", kind=GroupKind.DELEGATION),
        ),
        activities=activities,
    )


_MARCH = D(2020, 3, 20)


def _bundled(day: dt.date = _MARCH, **changes: Any) -> Activity:
    fields: dict[str, Any] = {
        "id": f"a{day.isoformat()}",
        "kind": ActivityKind.OTHER,
        "title": "第一季度集中活动",
        "start": day,
        "group": "g1",
        "participants": ("d1", "d2"),
        "others_taking_part": Count(12),
        "other_kinds": (ParticipantKind.GROWERS, ParticipantKind.TOWN_LEADERSHIP),
        "themes": ("乡村振兴",),
        "items": (
            ActivityItem(kind=ActivityKind.INSPECTION, title="视察产业项目"),
            ActivityItem(kind=ActivityKind.REPORT_TO_VOTERS),
            ActivityItem(kind=ActivityKind.WORK_EVALUATION, units=("u1",)),
        ),
    }
    fields.update(changes)
    return Activity(**fields)


# -- models ------------------------------------------------------------------------------------


def test_groups_and_stations_default_to_the_common_kinds() -> None:
    """A group is a 代表小组 and a station a work station unless the record says otherwise."""
    assert DeputyGroup(id="g", name="组").kind is GroupKind.DEPUTY_GROUP
    assert Station(id="s", name="站").kind is StationKind.WORK_STATION
    assert Station(id="s", name="站").reception_days(D(2020, 1, 1), D(2020, 12, 31)) == ()


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: DeputyGroup(id="g", name="组", number=0), "number"),
        (lambda: DeputyGroup(id="g", name="组", cadence="quarterly"), "cadence"),  # type: ignore[arg-type]
        (lambda: Station(id="s", name="站", kind="home"), "kind"),  # type: ignore[arg-type]
        (lambda: _bundled(batches=0), "batches"),
        (lambda: _bundled(themes=("乡村振兴", "乡村振兴")), "themes"),
        (
            lambda: _bundled(other_kinds=(ParticipantKind.STAFF, ParticipantKind.STAFF)),
            "other_kinds",
        ),
        (lambda: ActivityItem(kind="inspection"), "kind"),  # type: ignore[arg-type]
        (lambda: _bundled(study=StudyKind.POLICY), "kind, study"),
    ],
)
def test_bad_fields_are_refused_naming_the_field(build: Any, field: str) -> None:
    """Each bad value raises an error that names its record and field."""
    with pytest.raises((FieldError, TypeError)) as info:
        build()
    assert f".{field}:" in str(info.value)


def test_a_study_subtype_needs_a_study_activity() -> None:
    """``study`` is given on study and training activities only, with its own rule code."""
    with pytest.raises(FieldError) as info:
        _bundled(study=StudyKind.FIELD_TRIP)
    assert info.value.rule == "study_kind"
    assert RULE_CODES["study_kind"].severity == "error"
    a = _bundled(kind=ActivityKind.STUDY, study=StudyKind.FIELD_TRIP)
    assert a.study is StudyKind.FIELD_TRIP


@given(st.sampled_from(Cadence), st.dates(D(2000, 1, 1), D(2030, 12, 31)), st.integers(0, 900))
def test_cadence_stretches_tile_the_calendar(cadence: Cadence, first: dt.date, days: int) -> None:
    """Stretches are calendar-aligned, of the cadence's length, wholly inside, and none missed."""
    last = first + dt.timedelta(days=days)
    stretches = cadence.stretches(first, last)
    for start, end in stretches:
        assert first <= start <= end <= last
        assert start.day == 1
        assert (start.month - 1) % cadence.months == 0
        assert (end + dt.timedelta(days=1)).day == 1
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        assert months == cadence.months
    for (_, end), (start, _) in itertools.pairwise(stretches):
        assert end + dt.timedelta(days=1) == start
    # Counted another way: each aligned first-of-month inside whose stretch fits.
    expected = 0
    day = first.replace(day=1)
    while day <= last:
        if (day.month - 1) % cadence.months == 0 and day >= first:
            following = day.month - 1 + cadence.months
            end = D(day.year + following // 12, following % 12 + 1, 1) - dt.timedelta(days=1)
            expected += end <= last
        day = (day + dt.timedelta(days=32)).replace(day=1)
    assert len(stretches) == expected


# -- exchange ----------------------------------------------------------------------------------


def test_the_new_fields_round_trip_through_a_document() -> None:
    """A document with group kinds, cadences, facility kinds and bundled items reads back equal."""
    records = _records(
        _bundled(batches=2),
        _bundled(D(2020, 5, 6), kind=ActivityKind.STUDY, study=StudyKind.REGULATION, items=()),
    )
    text = dumps(records)
    assert loads(text) == records
    document = json.loads(text)
    assert document["groups"][0]["cadence"] == "quarterly"
    assert document["groups"][1]["kind"] == "delegation"
    assert "kind" not in document["stations"][0]  # the default is left out
    assert document["activities"][0]["items"][2] == {"kind": "work_evaluation", "units": ["u1"]}


def test_the_schema_knows_the_new_fields() -> None:
    """The JSON Schema lists the new fields and their allowed values."""
    defs = json_schema()["$defs"]
    assert set(defs["DeputyGroup"]["properties"]) >= {"kind", "number", "cadence"}
    assert "kind" in defs["Station"]["properties"]
    assert "deputies_home" in json.dumps(defs["StationKind"])
    assert set(defs["Activity"]["properties"]) >= {"items", "study", "others_taking_part", "themes"}


# -- check -------------------------------------------------------------------------------------


def test_a_group_short_of_its_cadence_is_warned_of() -> None:
    """A quarterly group with activities in Q1 and Q4 only: W007 names Q2 and Q3."""
    records = _records(_bundled(D(2020, 1, 10)), _bundled(D(2020, 12, 20)))
    problems = check(records)
    assert [(p.code, p.severity, p.path) for p in problems] == [
        ("W007", "warning", "$.groups[0].cadence")
    ]
    assert "2020-04-01..2020-06-30" in problems[0].message
    assert "2020-07-01..2020-09-30" in problems[0].message


def test_a_group_that_keeps_its_cadence_or_has_none_is_not_warned_of() -> None:
    """One activity a quarter meets a quarterly cadence; no cadence, no warning."""
    kept = [_bundled(D(2020, m, 15)) for m in (1, 4, 7, 10)]
    assert check(_records(*kept)) == ()
    assert check(_records(kept[0], kept[-1], cadence=None)) == ()


def test_an_items_unit_and_project_must_exist() -> None:
    """An item naming an unknown unit or project is a reference error at the item's path."""
    item = ActivityItem(kind=ActivityKind.INSPECTION, units=("u-x",), projects=("p-x",))
    records = _records(_bundled(items=(item,)), cadence=None)
    found = [(p.code, p.path) for p in check(records)]
    assert found == [
        ("X001", "$.activities[0].items[0].units[0]"),
        ("X001", "$.activities[0].items[0].projects[0]"),
    ]
    project = LivelihoodProject(id="p-x", name="道路硬化", year=2020)
    fixed = RecordSet.from_records([*records, Unit(id="u-x", name="单位"), project])
    assert check(fixed) == ()


# -- summary and reports -----------------------------------------------------------------------


def test_a_bundled_activity_counts_once_and_each_item_under_its_kind() -> None:
    """Three items in one activity: one activity, three items, person-times counted once."""
    s = summarize(_records(_bundled()), "2020")
    assert s.activities.activities == 1
    assert s.activities.by_kind == {ActivityKind.OTHER: 1}
    assert s.activities.items_by_kind == {
        ActivityKind.INSPECTION: 1,
        ActivityKind.WORK_EVALUATION: 1,
        ActivityKind.REPORT_TO_VOTERS: 1,
    }
    assert s.activities.participations == Count(2)
    assert s.activities.others_taking_part == Count(12)
    assert s.activities.units == 1  # the evaluated unit, named on its item
    assert list(s.activities_by_theme) == ["乡村振兴"]


def test_groups_and_stations_in_the_summary_carry_kind_and_cadence() -> None:
    """The summary gives each group its kind, number and quarters held; each station its kind."""
    s = summarize(_records(_bundled(D(2020, 2, 1)), _bundled(D(2020, 3, 1))), "2020")
    g1, g2 = s.groups
    assert (g1.kind, g1.number, g1.cadence) == (GroupKind.DEPUTY_GROUP, 1, Cadence.QUARTERLY)
    assert (g1.stretches_due, g1.stretches_held) == (4, 1)
    assert (g2.kind, g2.stretches_due, g2.stretches_held) == (GroupKind.DELEGATION, None, None)
    assert [st.kind for st in s.stations] == [StationKind.WORK_STATION, StationKind.DEPUTIES_HOME]
    h1 = summarize(_records(_bundled(D(2020, 2, 1))), "2020-H1")
    assert (h1.groups[0].stretches_due, h1.groups[0].stretches_held) == (2, 1)


def test_quarters_held_add_up_across_split_records() -> None:
    """A quarter is held once, however the group's activities are split between summaries."""
    a, b = _bundled(D(2020, 2, 1)), _bundled(D(2020, 3, 1))
    whole = summarize(_records(a, b), "2020")
    assert summarize(_records(a), "2020") + summarize(_records(b), "2020") == whole
    assert whole.groups[0].stretches_held == 1


def test_reports_say_how_groups_facilities_and_bundles_stand() -> None:
    """Both languages give the facilities, the cadence held, the items and the others."""
    study = _bundled(D(2020, 5, 6), kind=ActivityKind.STUDY, study=StudyKind.POLICY, items=())
    s = summarize(_records(_bundled(), study), "2020")
    zh = render_summary(s)
    assert "代表小组、阵地与集中活动" in zh
    assert "现有代表工作站1个、代表之家1个" in zh
    assert "组建代表小组1个、代表团1个" in zh
    assert "第一代表小组按规定每季度开展集中活动，应开展4次、已开展2次" in zh
    assert "其中视察1项、工作评议1项、向选民述职1项" in zh
    assert "政策学习1次" in zh
    assert "非代表人员参与活动24人次" in zh
    assert "按主题分：乡村振兴2次" in zh
    en = render_summary(s, lang="en")
    assert "The facilities are 1 work station and 1 deputies' home." in en
    assert "it held one in 2 of 4 quarters" in en
    assert "People other than deputies took part 24 times." in en


def test_reports_without_the_new_facts_have_no_such_section() -> None:
    """Records that use none of these fields render no paragraph on them."""
    plain = Activity(id="a", kind=ActivityKind.INSPECTION, title="视察", start=D(2020, 3, 1))
    s = summarize([plain], "2020")
    assert "代表小组、阵地与集中活动" not in render_summary(s)
    assert "Groups, facilities" not in render_summary(s, lang="en")
