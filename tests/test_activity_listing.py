"""Activities as sources give them: listed with their dates, totals over a span, levels.

The expected figures are counted by hand from the records each test writes (or,
for generated records, recounted in ``tests/counting.py``), never read from the
code under test.
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
    ActivityItem,
    ActivityKind,
    Cadence,
    Congress,
    Count,
    DeputyGroup,
    Dispositions,
    Level,
    LevelCount,
    RecordSet,
    RuleDocument,
    RuleKind,
    Station,
    StationKind,
    When,
    check,
    loads,
    render_summary,
    summarize,
)
from congresskit.errors import DocumentError, FieldError
from congresskit.strategies import activities
from tests.budget import examples
from tests.counting import check_listing

D = dt.date


def _reception(**changes: Any) -> Activity:
    fields: dict[str, Any] = {
        "id": "a",
        "kind": ActivityKind.RECEPTION,
        "title": "站内接待选民",
        "start": When.of_year(2020),
    }
    return Activity(**{**fields, **changes})


def _records() -> RecordSet:
    """A sub-district committee's year: a total of receptions, a bundle, a notice rule."""
    return RecordSet(
        congress=Congress(
            id="c",
            name="某街道人大工委",
            level=Level.SUBDISTRICT,
            deputies_by_level=(LevelCount(level=Level.DISTRICT, count=Count(36)),),
        ),
        groups=(DeputyGroup(id="g1", name="第一代表小组", number=1, cadence=Cadence.QUARTERLY),),
        stations=(
            Station(id="pts", name="居民区联系点", kind=StationKind.RECEPTION_POINT, count=18),
        ),
        rules=(
            RuleDocument(
                id="r1",
                title="代表接待日",
                kind=RuleKind.RECEPTION_DAY,
                calendar_rule="FREQ=MONTHLY;BYMONTHDAY=20",
                notice_days=3,
            ),
        ),
        activities=(
            _reception(
                id="a-year",
                occurrences=6,
                people_received=Count(96),
                opinions_collected=Count(24),
                dispositions=Dispositions(
                    turned_into_suggestions=Count(5), answered_on_spot=Count(15)
                ),
                public_satisfaction=Count(100),
                topics=("民生",),
            ),
            Activity(
                id="a-oct",
                kind=ActivityKind.RECEPTION,
                title="第二次集中联系社区活动",
                start=D(2020, 10, 15),
                end=D(2020, 10, 25),
                station="pts",
                group="g1",
                topics=("民生", "监督议题"),
                participants_by_level=(
                    LevelCount(level=Level.CITY, count=Count(2)),
                    LevelCount(level=Level.DISTRICT, count=Count(20)),
                ),
                items=(
                    ActivityItem(kind=ActivityKind.OTHER, title="群众座谈会", times=Count(20)),
                    ActivityItem(kind=ActivityKind.INSPECTION, times=Count(12)),
                    ActivityItem(kind=ActivityKind.VOTER_VISIT),
                ),
                public_satisfaction=Count(90, at_least=True),
            ),
            Activity(
                id="a-nov",
                kind=ActivityKind.OTHER,
                title="第四季度集中活动",
                start=When.exact(D(2020, 11, 28), inferred=True),
                group="g1",
                participants_by_level=(
                    LevelCount(level=Level.DISTRICT, count=Count(3, at_least=True)),
                ),
            ),
        ),
    )


# -- bad input ----------------------------------------------------------------------------

_A = {"id": "a1", "kind": "reception", "title": "接访", "start": "2020"}


def _count(n: int) -> dict[str, Any]:
    return {"value": n, "at_least": False}


@pytest.mark.parametrize(
    ("section", "record", "code", "path"),
    [
        (
            "activities",
            {**_A, "occurrences": 6, "participants": ["d1"]},
            "R020",
            "$.activities[0].participants",
        ),
        ("activities", {**_A, "occurrences": 0}, "R004", "$.activities[0].occurrences"),
        (
            "activities",
            {
                **_A,
                "participants_reported": _count(3),
                "participants_by_level": [
                    {"level": "city", "count": _count(2)},
                    {"level": "district", "count": _count(2)},
                ],
            },
            "R010",
            "$.activities[0].participants_reported",
        ),
        (
            "activities",
            {
                **_A,
                "participants_by_level": [
                    {"level": "city", "count": 2},
                    {"level": "city", "count": 3},
                ],
            },
            "R005",
            "$.activities[0].participants_by_level",
        ),
        (
            "activities",
            {**_A, "participants_by_level": [{"level": "borough", "count": 2}]},
            "F007",
            "$.activities[0].participants_by_level[0].level",
        ),
        (
            "activities",
            {**_A, "public_satisfaction": 101},
            "R019",
            "$.activities[0].public_satisfaction",
        ),
        (
            "activities",
            {**_A, "items": [{"kind": "inspection", "times": -1}]},
            "R003",
            "$.activities[0].items[0].times",
        ),
        ("stations", {"id": "s", "name": "点", "count": 0}, "R004", "$.stations[0].count"),
    ],
)
def test_bad_activity_figures_are_refused_at_their_path(
    section: str, record: dict[str, Any], code: str, path: str
) -> None:
    """Each bad value is a DocumentError problem with its rule code and $-path."""
    doc: dict[str, Any] = {
        "format": "congresskit",
        "version": 2,
        "profile": "public",
        "congress": {"id": "c", "name": "镇", "level": "town"},
        section: [record],
        "deputies": [{"id": "d1", "name": "甲"}],
    }
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(doc))
    assert [(p.code, p.path) for p in info.value.problems] == [(code, path)]


def test_a_total_over_a_span_names_no_participants() -> None:
    """occurrences with participants is refused with its own rule, naming both fields."""
    with pytest.raises(FieldError) as info:
        _reception(occurrences=6, participants=("d1",))
    assert info.value.rule == "occurrences"
    assert "Activity.occurrences, participants:" in str(info.value)


# -- the summary --------------------------------------------------------------------------


def test_the_activities_are_listed_in_the_order_held_with_their_dates() -> None:
    """The list: the year's total first (it may be the earliest), then by earliest day."""
    s = summarize(_records(), "2020")
    assert [line.id for line in s.activity_list] == ["a-year", "a-oct", "a-nov"]
    year, october, november = s.activity_list
    assert (year.when, year.times_held, year.occurrences) == ("2020", 6, 6)
    assert october.when == "2020-10-15..2020-10-25"
    assert october.items == (ActivityKind.OTHER, ActivityKind.INSPECTION, ActivityKind.VOTER_VISIT)
    assert (november.when, november.times_held) == ("2020-11-28?", 1)


def test_a_total_over_a_span_counts_as_that_many_and_in_no_month() -> None:
    """6 receptions in 2020: 6 + 1 receptions in the year; only October's in a month."""
    s = summarize(_records(), "2020")
    assert s.activities.activities == 6 + 1 + 1
    assert s.activities_by_kind[ActivityKind.RECEPTION].activities == 7
    assert sum(f.activities for f in s.activities_by_month.values()) == 1 + 1  # Oct, Nov
    assert s.activities.people_received == Count(96)
    assert s.opinions.turned_into_suggestions == Count(5)
    assert s.opinions.answered_on_spot == Count(15)
    # The rule fixes the 20th of each month: 12 days, 7 receptions held in all.
    (rule,) = s.rules
    assert (rule.day_of_month, rule.notice_days, rule.scheduled, rule.held) == (20, 3, 12, 7)
    # A quarter's total is not in the first quarter's summary: it may fall in any.
    q1 = summarize(_records(), "2020-Q1")
    assert q1.activities.activities == 0
    assert q1.possibly_in_period == {"activities": 1}


def test_levels_topics_items_and_satisfaction_are_counted() -> None:
    """City 2; district 20 + 3 or more; 2 distinct topics; forums 20, inspections 12."""
    s = summarize(_records(), "2020")
    a = s.activities
    assert a.participations_by_level == {
        Level.DISTRICT: Count(23, at_least=True),
        Level.CITY: Count(2),
    }
    assert list(a.participations_by_level) == [Level.DISTRICT, Level.CITY]  # the enum's order
    assert a.topics == 2
    assert a.items == 3
    assert a.item_times_by_kind == {
        ActivityKind.INSPECTION: Count(12),
        ActivityKind.VOTER_VISIT: Count(1),
        ActivityKind.OTHER: Count(20),
    }
    assert s.opinions.public_satisfaction == (Count(90, at_least=True), Count(100))
    (station,) = s.stations
    assert station.count == 18
    (group,) = s.groups
    assert [str(p) for p in group.stretches_held_in or ()] == ["2020-Q4"]
    assert s.congresses[0].deputies_by_level[0].count == Count(36)


def test_the_check_counts_a_total_against_a_monthly_rule() -> None:
    """12 days fixed, 6 + 1 receptions recorded: a warning; with 12 + 1, none."""
    short = [p for p in check(_records()) if p.code == "W008"]
    assert len(short) == 1
    assert "12 reception days" in short[0].message
    assert "7 reception activities" in short[0].message
    records = _records()
    enough = RecordSet.from_records(
        r
        if r.id != "a-year" or not isinstance(r, Activity)
        else _reception(id="a-year", occurrences=12)
        for r in records
    )
    assert [p for p in check(enough) if p.code == "W008"] == []


def test_both_reports_list_the_activities_with_their_dates() -> None:
    """Each activity is a line of the last section, in both languages."""
    s = summarize(_records(), "2020")
    zh = render_summary(s, format="text", lang="zh")
    assert "2020年，接访：站内接待选民，共6次" in zh
    assert (
        "2020年10月15日至2020年10月25日，接访：第二次集中联系社区活动（含其他活动、视察、走访）"
        in zh
    )
    assert "2020年11月28日（推定），其他活动：第四季度集中活动" in zh
    assert "参加活动的代表中，区人大代表至少23人次、市人大代表2人次。" in zh
    assert "活动围绕2个议题开展。" in zh
    assert "群众满意度90%以上、100%。" in zh
    assert "每月20日" in zh
    assert "某街道人大工委有区人大代表36名。" in zh
    en = render_summary(s, format="md", lang="en")
    assert "2020: reception, 站内接待选民, 6 times in all" in en
    assert "15 October 2020 to 25 October 2020: reception, 第二次集中联系社区活动" in en
    assert "28 November 2020 (inferred): other activity, 第四季度集中活动" in en
    assert "the 20th of each month" in en
    assert "The public's satisfaction was stated as 90+% and 100%." in en
    assert "Deputies taking part, by level: district deputies 23+ times and city" in en
    assert "某街道人大工委 has 36 district deputies." in en


# -- laws ---------------------------------------------------------------------------------

_ACTIVITIES = st.lists(
    activities(
        ids=st.sampled_from([f"a{i}" for i in range(8)]),
        min_date=D(2020, 1, 1),
        max_date=D(2020, 12, 31),
    ),
    max_size=6,
    unique_by=lambda a: a.id,
)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ACTIVITIES, st.data())
def test_the_new_figures_of_parts_add_up_to_the_whole(
    acts: list[Activity], data: st.DataObject
) -> None:
    """summarize(a) + summarize(b) == summarize(a + b), and both equal a recount."""
    cut = data.draw(st.integers(0, len(acts)))
    whole = summarize(acts, "2020")
    parts = summarize(acts[:cut], "2020") + summarize(acts[cut:], "2020")
    assert parts.activity_list == whole.activity_list
    assert parts.activities == whole.activities
    assert parts.opinions == whole.opinions
    assert parts == whole
    check_listing(whole, [a for a in acts if a.start in whole.period])


def test_a_summary_lists_at_most_the_first_activities_held_in_any_order() -> None:
    """Over LISTED_AT_MOST activities: the list keeps the first held, whatever the order
    they were added in or the parts they came in; the figures count them all."""
    from congresskit import Activity, ActivityKind, PeriodSummary, summarize
    from congresskit.summary.listing import LISTED_AT_MOST

    n = LISTED_AT_MOST + 40
    acts = [
        Activity(
            id=f"a{i:04d}",
            kind=ActivityKind.RECEPTION,
            title="接待选民",
            start=dt.date(2020, 1, 1) + dt.timedelta(days=i % 366),
        )
        for i in range(n)
    ]
    whole = summarize(list(reversed(acts)), "2020")
    assert whole.activities.activities == n
    firsts = sorted(acts, key=lambda a: (a.start, a.id))[:LISTED_AT_MOST]
    assert [line.id for line in whole.activity_list] == [a.id for a in firsts]
    parts = PeriodSummary.sum([summarize(acts[::2], "2020"), summarize(acts[1::2], "2020")])
    assert parts.activity_list == whole.activity_list
