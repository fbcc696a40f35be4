"""Reports that say what is unknown, name what is given, and numbers that behave as numbers."""

from __future__ import annotations

import datetime as dt
import math
import operator
from typing import Any

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    DEFAULT_STANDARD,
    Activity,
    ActivityKind,
    Congress,
    Count,
    Deputy,
    FieldTypeError,
    Level,
    Membership,
    MembershipKind,
    Policy,
    ReportKind,
    ReportReview,
    Session,
    Station,
    Term,
    assess,
    example_records,
    render_assessment,
    render_summary,
    summarize,
)

D = dt.date


# -- item 18: unknown participation is not zero ---------------------------------------------


def _study(aid: str, participants_reported: Count | None = None) -> Activity:
    return Activity(
        id=aid,
        kind=ActivityKind.STUDY,
        title="学习宪法",
        start=D(2020, 3, 1),
        participants_reported=participants_reported,
    )


def test_participation_nobody_recorded_is_not_recorded_not_zero() -> None:
    """No study lists or counts its participants: the reports say so, never "0人次"."""
    summary = summarize([_study("a1"), _study("a2")], "2020-H1")
    zh = render_summary(summary, lang="zh")
    assert "代表参与人次未记录" in zh
    assert "代表参与0人次" not in zh
    en = render_summary(summary, lang="en")
    assert "deputy participations were not recorded" in en
    assert "0 deputy participations" not in en
    figures = summary.activities_by_kind[ActivityKind.STUDY]
    assert figures.participants_recorded == 0
    assert not figures.participation_recorded


def test_a_reported_count_bounds_the_distinct_deputies() -> None:
    """32 reported on one activity, none named: at least 32 deputies took part, not "0+"."""
    summary = summarize([_study("a1", participants_reported=Count(32))], "2020-H1")
    assert summary.activities.deputies == Count(32, at_least=True)
    assert summary.activities.participations == Count(32)


def test_an_activity_without_participants_makes_the_sum_a_lower_bound() -> None:
    """10 counted on one activity, nothing on the other: 10 or more participations."""
    summary = summarize([_study("a1", participants_reported=Count(10)), _study("a2")], "2020")
    assert summary.activities.participations == Count(10, at_least=True)
    assert summary.activities.participants_recorded == 1
    assert "代表参与10余人次" in render_summary(summary, lang="zh")  # 余: a lower bound


def test_a_breakdown_table_says_not_recorded() -> None:
    """A station whose receptions record no participants reads 未记录 in its table row."""
    station = Station(id="st1", name="一号站")
    reception = Activity(
        id="r1", kind=ActivityKind.RECEPTION, title="接访", start=D(2020, 2, 15), station="st1"
    )
    summary = summarize([station, reception], "2020-H1")
    row = next(
        line for line in render_summary(summary, by="station").splitlines() if "一号站" in line
    )
    assert "未记录" in row
    row = next(
        line
        for line in render_summary(summary, by="station", lang="en").splitlines()
        if "一号站" in line
    )
    assert "not recorded" in row


# -- item 19: the station sentence ----------------------------------------------------------


def test_stations_without_a_rule_are_not_said_to_keep_scheduled_days() -> None:
    """One station, no reception rule: no "scheduled reception days", and English agrees."""
    summary = summarize([Station(id="st1", name="一号站")], "2020-H1")
    zh = render_summary(summary, lang="zh")
    assert "设人大代表工作站1个" in zh
    assert "排定的接访日" not in zh
    en = render_summary(summary, lang="en")
    assert "There is 1 deputy station" in en
    assert "scheduled reception days" not in en
    assert "station receive " not in en


def test_one_station_with_a_rule_receives_in_the_singular() -> None:
    """English: "The deputy station receives", never "The 1 deputy station receive"."""
    station = Station(id="st1", name="一号站", reception_rule="FREQ=MONTHLY;BYMONTHDAY=15")
    en = render_summary(summarize([station], "2020-H1"), lang="en")
    assert "The deputy station receives the public on scheduled reception days" in en


def test_some_stations_with_a_rule_are_counted_apart() -> None:
    """Two stations, one with a rule: the rule is said of that one only."""
    stations = [
        Station(id="st1", name="一号站", reception_rule="FREQ=MONTHLY;BYMONTHDAY=15"),
        Station(id="st2", name="二号站"),
    ]
    summary = summarize(stations, "2020-H1")
    assert "设人大代表工作站2个，其中1个按排定的接访日接待群众" in render_summary(summary)
    en = render_summary(summary, lang="en")
    assert "There are 2 deputy stations; 1 of them receives the public" in en


# -- item 20: report titles -----------------------------------------------------------------


def test_each_report_title_given_is_shown() -> None:
    """Six reports of kind "other", each with a title: six titles, not "其他报告" six times."""
    subjects = ["财政预算", "民生实事", "人大代表建议办理", "安全生产", "环境保护", "乡村振兴"]
    session = Session(
        id="m1",
        term="t1",
        number=1,
        start=D(2020, 1, 13),
        agenda=tuple(
            ReportReview(report=ReportKind.OTHER, title=f"关于{s}工作情况的报告") for s in subjects
        ),
    )
    summary = summarize([session], "2020-H1")
    zh = render_summary(summary, lang="zh")
    en = render_summary(summary, lang="en")
    for s in subjects:
        assert f"《关于{s}工作情况的报告》" in zh
        assert f"“关于{s}工作情况的报告”" in en
    assert "其他报告" not in zh
    assert summary.sessions[0].report_reviews == session.agenda


# -- item 23: the default standard, assess(None), Count as a number, Policy -----------------


def _town(name: str) -> list[object]:
    term = Term(id="t1", congress="c1", number=1, start=D(2018, 1, 1), end=D(2022, 12, 31))
    deputy = Deputy(
        id="d1",
        name="张三",
        levels=(Level.TOWNSHIP,),
        memberships=(Membership(kind=MembershipKind.TERM, of="t1", start=D(2018, 1, 1)),),
    )
    return [Congress(id="c1", name=name, level=Level.TOWNSHIP), term, deputy]


def test_the_default_points_table_names_no_town() -> None:
    """Another town's assessment never prints the example town's name."""
    table = render_assessment(assess(_town("YY乡人民代表大会"), "2020", DEFAULT_STANDARD))
    assert "XX镇" not in table
    assert DEFAULT_STANDARD.points is not None
    assert DEFAULT_STANDARD.points.name in table


def test_assess_with_none_uses_the_default_standard() -> None:
    """``standard=None`` is the default standard, as the docs say."""
    records = example_records()
    default = assess(records, "2020", DEFAULT_STANDARD)
    assert assess(records, "2020", None) == default
    assert assess(records, "2020", standard=None) == default
    old: Any = assess  # the order of earlier releases, which type checkers refuse
    with pytest.warns(DeprecationWarning, match="deprecated"):
        result = old(records, None, "2020")
    assert result == default


def test_a_count_is_a_number() -> None:
    """int(), index, comparisons, sum() and format() use the figure; the bound is kept."""
    exact, bound = Count(34), Count(34, at_least=True)
    assert int(bound) == 34
    assert operator.index(exact) == 34
    assert exact == 34
    assert [exact] == [34]  # the int on the left too
    assert bound != 34  # "34 or more" is not 34
    assert bound >= 34
    assert bound <= 34
    assert not bound < 34
    assert bound > 33
    assert bound < Count(35)
    counts = [Count(3), Count(4, at_least=True), Count(5)]
    assert sum(counts) == Count(12, at_least=True)
    assert Count(3) + 4 == 7
    assert sum([Count(3), Count(4)]) == 7
    assert f"{Count(1200, at_least=True):,}" == "1,200+"
    assert f"{exact:>4}" == "  34"
    assert list(range(10))[Count(3)] == 3
    assert hash(exact) == hash(34)
    assert 34 in {exact}


@given(a=st.integers(0, 10**6), b=st.integers(0, 10**6), x=st.booleans(), y=st.booleans())
def test_count_arithmetic_and_order_follow_the_figures(a: int, b: int, x: bool, y: bool) -> None:
    """Sums keep the lower-bound flag; order is the figures' order."""
    first, second = Count(a, at_least=x), Count(b, at_least=y)
    assert first + second == Count(a + b, at_least=x or y)
    assert first + b == Count(a + b, at_least=x) == b + first
    assert (first < second) == (a < b)
    assert (first >= b) == (a >= b)
    assert (first == a) == (not x)
    assert math.isclose(float(int(first)), a)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("reply_within", 15),
        ("extended_reply_within", "6 months"),
        ("rehandle_reply_within", dt.timedelta(days=30)),
        ("quorum", 0.5),
        ("motion_signatories", 5),
    ],
)
def test_a_policy_of_the_wrong_type_fails_at_construction(field: str, value: object) -> None:
    """Policy(reply_within=15) says at once which field wants what."""
    with pytest.raises(FieldTypeError) as caught:
        Policy(**{field: value})  # type: ignore[arg-type]
    assert caught.value.field == field
    assert f"Policy.{field}: expected " in str(caught.value)


def test_a_policy_with_relativedeltas_still_builds() -> None:
    """The documented way still works."""
    assert Policy(reply_within=relativedelta(days=15)).reply_within == relativedelta(days=15)
