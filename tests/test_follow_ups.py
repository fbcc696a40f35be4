"""Forwarded opinions resolved by level, and the follow-up of earlier activities' opinions.

A sub-district's contact activity collects 10 opinions: 8 answered on the spot, 2
forwarded, of which 1 resolved at sub-district level and 1 at district level; its
deputies also check the handling of the 10 opinions of the year's first activity and
report back to the voters. The expected figures are counted by hand from the records
each test writes (or, for generated records, recounted in ``tests/counting.py``).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Count,
    Dispositions,
    Level,
    LevelCount,
    OpinionFollowUp,
    RecordSet,
    check,
    dumps,
    loads,
    render_summary,
    summarize,
)
from congresskit.errors import DocumentError, FieldError
from congresskit.strategies import activities
from tests.budget import examples
from tests.counting import check_follow_ups

D = dt.date
SUB, DISTRICT = Level.SUBDISTRICT, Level.DISTRICT


def _by_level(*pairs: tuple[Level, Count]) -> tuple[LevelCount, ...]:
    return tuple(LevelCount(level=level, count=count) for level, count in pairs)


def _contact(**changes: Any) -> Activity:
    fields: dict[str, Any] = {
        "id": "a2",
        "kind": ActivityKind.RECEPTION,
        "title": "2024年第二次集中联系社区活动",
        "start": D(2024, 10, 15),
        "end": D(2024, 10, 25),
        "opinions_collected": Count(10),
        "dispositions": Dispositions(
            answered_on_spot=Count(8),
            forwarded=Count(2),
            resolved_by_level=_by_level((SUB, Count(1)), (DISTRICT, Count(1))),
        ),
        "follow_ups": (OpinionFollowUp(opinions=Count(10), activity="a1", reported_back=True),),
    }
    return Activity(**{**fields, **changes})


def _first() -> Activity:
    return Activity(
        id="a1",
        kind=ActivityKind.RECEPTION,
        title="2024年第一次集中联系社区活动",
        start=D(2024, 4, 10),
        opinions_collected=Count(10),
    )


# -- bad input ----------------------------------------------------------------------------

_A = {"id": "a1", "kind": "reception", "title": "接访", "start": "2024"}


def _count(n: int) -> dict[str, Any]:
    return {"value": n, "at_least": False}


@pytest.mark.parametrize(
    ("record", "code", "path"),
    [
        (
            {
                **_A,
                "dispositions": {
                    "resolved_by_level": [
                        {"level": "district", "count": _count(1)},
                        {"level": "district", "count": _count(2)},
                    ]
                },
            },
            "R005",
            "$.activities[0].dispositions.resolved_by_level",
        ),
        (
            {
                **_A,
                "dispositions": {"resolved_by_level": [{"level": "street", "count": _count(1)}]},
            },
            "F007",
            "$.activities[0].dispositions.resolved_by_level[0].level",
        ),
        (
            {
                **_A,
                "dispositions": {"resolved_by_level": [{"level": "city", "count": _count(-1)}]},
            },
            "R003",
            "$.activities[0].dispositions.resolved_by_level[0].count.value",
        ),
        (
            {**_A, "follow_ups": [{"opinions": _count(-1)}]},
            "R003",
            "$.activities[0].follow_ups[0].opinions.value",
        ),
        (
            {**_A, "follow_ups": [{"reported_back": "yes"}]},
            "F003",
            "$.activities[0].follow_ups[0].reported_back",
        ),
        (
            {**_A, "follow_ups": [{"activity": " a0"}]},
            "R001",
            "$.activities[0].follow_ups[0].activity",
        ),
        (
            {**_A, "follow_ups": [{"earlier": ""}]},
            "R002",
            "$.activities[0].follow_ups[0].earlier",
        ),
        (
            {**_A, "follow_ups": [{"opinions": _count(3), "resolved": 1}]},
            "F005",
            "$.activities[0].follow_ups[0].resolved",
        ),
    ],
)
def test_bad_follow_ups_and_levels_are_refused_at_their_path(
    record: dict[str, Any], code: str, path: str
) -> None:
    """Each bad value is a DocumentError problem with its rule code and $-path."""
    doc: dict[str, Any] = {
        "format": "congresskit",
        "version": 2,
        "profile": "public",
        "congress": {"id": "c", "name": "街道", "level": "subdistrict"},
        "activities": [record],
    }
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(doc))
    assert [(p.code, p.path) for p in info.value.problems] == [(code, path)]


def test_a_level_resolving_twice_is_an_error_naming_the_field() -> None:
    """Dispositions refuse a level given twice, naming resolved_by_level."""
    with pytest.raises(FieldError) as info:
        Dispositions(resolved_by_level=_by_level((DISTRICT, Count(1)), (DISTRICT, Count(1))))
    assert info.value.rule == "unique"
    assert "Dispositions.resolved_by_level" in str(info.value)
    assert isinstance(info.value, ValueError)


# -- the check ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("activity", "expected"),
    [
        (_contact(), []),
        (
            _contact(follow_ups=(OpinionFollowUp(opinions=Count(10), activity="a9"),)),
            [("X001", "error", "$.activities[1].follow_ups[0].activity")],
        ),
        (
            _contact(follow_ups=(OpinionFollowUp(activity="a2"),)),
            [("X001", "error", "$.activities[1].follow_ups[0].activity")],
        ),
        (
            _contact(
                dispositions=Dispositions(
                    answered_on_spot=Count(8),
                    forwarded=Count(2),
                    resolved_by_level=_by_level((SUB, Count(2)), (DISTRICT, Count(1))),
                )
            ),
            [("W011", "warning", "$.activities[1].dispositions.resolved_by_level")],
        ),
        (
            # Forwarded not stated: the levels are held against the opinions collected.
            _contact(
                dispositions=Dispositions(
                    resolved_by_level=_by_level((SUB, Count(6)), (DISTRICT, Count(5)))
                )
            ),
            [
                ("W006", "warning", "$.activities[1].dispositions"),
                ("W011", "warning", "$.activities[1].dispositions.resolved_by_level"),
            ],
        ),
        (
            # 2 or more forwarded: 3 resolved may well be among them.
            _contact(
                dispositions=Dispositions(
                    answered_on_spot=Count(7),
                    forwarded=Count(2, at_least=True),
                    resolved_by_level=_by_level((SUB, Count(3))),
                )
            ),
            [],
        ),
    ],
    ids=["fine", "unknown-earlier", "own-opinions", "more-than-forwarded", "more-than-collected",
         "forwarded-lower-bound"],
)  # fmt: skip
def test_the_check_holds_follow_ups_and_levels_against_the_records(
    activity: Activity, expected: list[tuple[str, str, str]]
) -> None:
    """An unknown or own activity followed up is an error; levels over forwarded, a warning."""
    problems = check(RecordSet(activities=(_first(), activity)))
    assert [(p.code, p.severity, p.path) for p in problems] == expected


# -- the summary --------------------------------------------------------------------------


def test_the_summary_counts_follow_ups_and_levels_by_hand() -> None:
    """Two activities: levels summed per level, follow-ups summed, unknowns lower figures."""
    third = Activity(
        id="a3",
        kind=ActivityKind.VOTER_VISIT,
        title="走访选民",
        start=D(2024, 12, 5),
        dispositions=Dispositions(
            forwarded=Count(6), resolved_by_level=_by_level((DISTRICT, Count(4, at_least=True)))
        ),
        follow_ups=(
            OpinionFollowUp(opinions=Count(5)),  # reported back: not stated
            OpinionFollowUp(earlier="上半年代表接待日", reported_back=True),  # how many: not stated
        ),
    )
    s = summarize([_first(), _contact(), third], "2024")
    # district 1 + 4+ = 5+; sub-district 1 (enum order: district first).
    assert s.opinions.resolved_by_level == {DISTRICT: Count(5, at_least=True), SUB: Count(1)}
    assert list(s.opinions.resolved_by_level) == [DISTRICT, SUB]
    # 10 + 5, and a follow-up without a number: 15 or more.
    assert s.activities.opinions_followed_up == Count(15, at_least=True)
    # 10 reported back; 5 not known to be, and some of an unknown number were: 10 or more.
    assert s.activities.opinions_reported_back == Count(10, at_least=True)
    # Only the contact activity's: exact.
    contact = summarize([_first(), _contact()], "2024")
    assert contact.activities.opinions_followed_up == Count(10)
    assert contact.activities.opinions_reported_back == Count(10)
    assert contact.activities_by_kind[ActivityKind.RECEPTION].opinions_followed_up == Count(10)


def test_what_no_record_states_is_not_stated_not_zero() -> None:
    """No follow-up or level stated: None and an empty mapping, never 0."""
    s = summarize([_first()], "2024")
    assert s.activities.opinions_followed_up is None
    assert s.activities.opinions_reported_back is None
    assert s.opinions.resolved_by_level == {}
    said_no = _contact(follow_ups=(OpinionFollowUp(opinions=Count(4), reported_back=False),))
    t = summarize([said_no], "2024")
    assert t.activities.opinions_followed_up == Count(4)
    assert t.activities.opinions_reported_back == Count(0)  # stated: none reported back


def test_the_records_round_trip_through_json() -> None:
    """Levels resolved and follow-ups are written and read back unchanged."""
    records = RecordSet(activities=(_first(), _contact()))
    assert loads(dumps(records)) == records


def test_both_reports_say_it() -> None:
    """The zh and en reports give the follow-up and the levels that resolved forwarded ones."""
    s = summarize([_first(), _contact()], "2024")
    zh = render_summary(s, format="md", lang="zh")
    assert "跟踪督办此前活动收集的意见建议10条，向选民反馈办理结果10条" in zh
    assert "转交的意见中，区层面解决1条、街道层面解决1条" in zh
    en = render_summary(s, format="md", lang="en")
    assert "10 earlier opinions followed up" in en
    assert "10 earlier opinions followed up, 10 reported back to voters" in en
    assert (
        "of the opinions forwarded, resolved at district level: 1, at sub-district level: 1" in en
    )
    quiet = render_summary(summarize([_first()], "2024"), format="md", lang="zh")
    assert "跟踪督办" not in quiet
    assert "层面解决" not in quiet


# -- laws ---------------------------------------------------------------------------------

_ACTIVITIES = st.lists(
    activities(
        ids=st.sampled_from([f"a{i}" for i in range(8)]),
        earlier=[f"a{i}" for i in range(8)],
        min_date=D(2024, 1, 1),
        max_date=D(2024, 12, 31),
    ),
    max_size=6,
    unique_by=lambda a: a.id,
)


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ACTIVITIES, st.data())
def test_parts_add_up_to_the_whole(acts: list[Activity], data: st.DataObject) -> None:
    """summarize(a) + summarize(b) == summarize(a + b), and both equal a recount."""
    cut = data.draw(st.integers(0, len(acts)))
    whole = summarize(acts, "2024")
    parts = summarize(acts[:cut], "2024") + summarize(acts[cut:], "2024")
    assert parts.activities == whole.activities
    assert parts.opinions == whole.opinions
    assert parts == whole
    check_follow_ups(whole, [a for a in acts if a.start in whole.period])
