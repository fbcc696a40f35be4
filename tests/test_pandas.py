"""Records and summaries as pandas DataFrames, checked against counts made from the records."""

from __future__ import annotations

import sys
from collections import Counter
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from congresskit import (
    Activity,
    Count,
    Period,
    RecordSet,
    UsageError,
    example_records,
    label,
    summarize,
)
from congresskit.extra import MissingExtraError
from congresskit.records.dates import earliest, latest
from congresskit.strategies import record_sets
from tests.budget import examples
from tests.town import town

pd = pytest.importorskip("pandas")

from congresskit.extra.pandas import (  # noqa: E402
    BREAKDOWNS,
    records_frame,
    records_frames,
    summary_frame,
    summary_frames,
)

#: Wide enough for every date the strategies draw.
EVERYTHING = "2000-01-01..2039-12-31"
COUNTS = ("people_received", "opinions_collected", "households_contacted")
HEADERS = {
    "people_received": ("接待群众人次", "people received"),
    "opinions_collected": ("收集意见条数", "opinions collected"),
    "households_contacted": ("联系群众户数", "households contacted"),
}


def _in(period: Period, activities: Any) -> list[Activity]:
    return [a for a in activities if period.start <= a.start <= period.end]


def _sum(activities: list[Activity], field: str) -> tuple[int, bool]:
    """A plain sum of a figure and whether any part is a lower bound.

    An activity's opinions count is its reported total, or its itemised opinions when
    there are more of those (they are part of the total, never added to it).
    """
    total, lower = 0, False
    for a in activities:
        stated: Count | None = getattr(a, field)
        itemised = len(a.opinions) if field == "opinions_collected" else 0
        if stated is None:
            total += itemised
        else:
            total += max(stated.value, itemised)
            lower = lower or stated.at_least
    return total, lower


def _check_records(records: RecordSet) -> None:
    frames = records_frames(records)
    activities = frames["activities"]
    assert len(activities) == len(records.activities)
    assert list(activities["编号"]) == [a.id for a in records.activities]
    for field, (zh, _) in HEADERS.items():
        stated = [getattr(a, field) for a in records.activities]
        values = activities[zh]
        flags = activities[f"{zh}·是否约数"]
        # Not stated is missing, in the value and its flag; never 0.
        assert list(values.isna()) == [c is None for c in stated]
        assert list(flags.isna()) == [c is None for c in stated]
        assert [int(v) for v in values.dropna()] == [c.value for c in stated if c is not None]
        assert [bool(f) for f in flags.dropna()] == [c.at_least for c in stated if c is not None]
    participants = frames["activities.participants"]
    assert len(participants) == sum(len(a.participants) for a in records.activities)
    events = frames["suggestions.events"]
    assert len(events) == sum(len(s.events) for s in records.suggestions)
    assert Counter(events["建议编号"]) == Counter(
        {s.id: len(s.events) for s in records.suggestions if s.events}
    )
    assert len(frames["deputies"]) == len(records.deputies)
    for frame in frames.values():
        assert frame.columns.is_unique


def test_the_examples_records_as_frames() -> None:
    """One row per record and per listed item; unstated counts are missing, flags kept."""
    _check_records(example_records())


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record_sets(max_size=3))
def test_generated_records_as_frames(records: RecordSet) -> None:
    """Generated record sets give frames that agree with counts made from the records."""
    _check_records(records)


def _check_summary(records: RecordSet, text: str) -> None:
    period = Period.parse(text)
    summary = summarize(records, period)
    held = _in(period, records.activities)
    frames = summary_frames(summary)
    assert set(frames) == set(BREAKDOWNS)

    by_kind = frames["kind"]
    # A record of several activities over a span counts as that many.
    kinds: Counter[Any] = Counter()
    for a in held:
        kinds[a.kind] += a.times_held
    assert dict(zip(by_kind["类型"].astype(str), by_kind["活动次数"], strict=True)) == {
        label(k, "zh"): n for k, n in kinds.items()
    }

    by_month = frames["month"]
    # An activity counts in the month it starts, when its start is known to the month.
    first = {a.id: earliest(a.start) for a in held}
    last = {a.id: latest(a.start) for a in held}
    months: Counter[str] = Counter()
    for a in held:
        if (first[a.id].year, first[a.id].month) == (last[a.id].year, last[a.id].month):
            months[f"{first[a.id].year}-{first[a.id].month:02d}"] += a.times_held
    assert dict(zip(by_month["月份"], by_month["活动次数"], strict=True)) == months

    by_station = frames["station"].set_index("编号")
    for station in records.stations:
        at = [a for a in held if a.station == station.id]
        row = by_station.loc[station.id] if station.id in by_station.index else None
        if row is None:
            assert not at
            continue
        assert row["活动次数"] == sum(a.times_held for a in at)
        for field, (zh, _) in HEADERS.items():
            value, lower = _sum(at, field)
            assert (row[zh], bool(row[f"{zh}·是否约数"])) == (value, lower), field

    by_deputy = frames["deputy"].set_index("编号")
    for deputy in by_deputy.index:
        taking_part = [a for a in held if deputy in a.participants]
        assert by_deputy.loc[deputy, "活动次数"] == len(taking_part)


def test_the_examples_summary_as_frames() -> None:
    """Each breakdown's rows agree with counts made from the example's records."""
    for text in ("2020-H1", "2020-Q2", "2020-03", "2020-H2"):
        _check_summary(example_records(), text)
    _check_summary(town(), "2020")


@settings(max_examples=examples(20), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record_sets(max_size=3))
def test_generated_summaries_as_frames(records: RecordSet) -> None:
    """Breakdowns of generated record sets agree with counts made from the records."""
    _check_summary(records, EVERYTHING)


def test_english_headers_and_labels() -> None:
    """``lang="en"`` gives the workbook's English headers and English enum labels."""
    records = example_records()
    frame = records_frame(records, "activities", lang="en")
    assert {"id", "kind", "start", "people received", "people received.approximate"} <= set(
        frame.columns
    )
    assert set(frame["kind"].astype(str)) <= {str(c) for c in frame["kind"].cat.categories}
    assert "inspection" in set(frame["kind"].astype(str))
    assert records_frame(records, "活动").equals(records_frame(records, "activities"))
    by_kind = summary_frame(summarize(records, "2020-H1"), "kind", lang="en")
    assert list(by_kind.columns[:2]) == ["kind", "activities"]


def test_suggestions_without_a_stated_lead_make_deputies_figures_lower_bounds() -> None:
    """With a suggestion whose lead is not stated, each deputy's and group's suggestions
    are at least what is shown (the companion column says so); without one they are exact."""
    records = example_records()
    exact = summary_frame(summarize(records, "2020-H1"), "deputy")
    assert "领衔建议·是否约数" not in exact.columns
    unstated = attrs.evolve(records.suggestions[0], id="s-unstated", lead=None, cosigners=())
    more = attrs.evolve(records, suggestions=(*records.suggestions, unstated))
    summary = summarize(more, "2020-H1")
    by_deputy = summary_frame(summary, "deputy").set_index("编号")
    assert by_deputy["领衔建议·是否约数"].all()
    assert by_deputy["附议建议·是否约数"].all()
    assert list(by_deputy["领衔建议"]) == list(exact.set_index("编号")["领衔建议"])
    by_group = summary_frame(summary, "group")
    assert by_group["建议件数·是否约数"].all()


def test_unknown_figures_are_missing_and_dtypes_are_nullable() -> None:
    """Counts are nullable integers, flags nullable booleans, a running campaign's end NaT."""
    records = example_records()
    frame = records_frame(records, "activities")
    assert str(frame["接待群众人次"].dtype) == "Int64"
    assert str(frame["接待群众人次·是否约数"].dtype) == "boolean"
    assert frame["接待群众人次"].isna().any()
    assert frame["开始日期"].dtype.kind == "M"
    campaigns = summary_frame(summarize(records, "2020-H1"), "campaign").set_index("编号")
    running = [c.id for c in records.campaigns if c.end is None]
    assert running
    assert campaigns.loc[running, "结束日期"].isna().all()


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: records_frame(example_records(), "nothing"), "no table of records is called"),
        (
            lambda: summary_frame(summarize(example_records(), "2020"), "unit"),
            "no breakdown is called 'unit'",
        ),
    ],
)
def test_unknown_tables_and_breakdowns_are_usage_errors(call: Any, message: str) -> None:
    """An unknown table or breakdown is a UsageError listing the ones there are."""
    with pytest.raises(UsageError, match=message):
        call()


def test_without_pandas_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, the functions raise MissingExtraError naming the ``pandas`` extra."""
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"congresskit\[pandas\]"):
        records_frame(example_records(), "activities")
