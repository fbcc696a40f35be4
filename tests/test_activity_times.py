"""An activity's time of day (strict HH:MM, in order on one day) and ordinal in its year.

The expected lines are written by hand from the records each test builds, never
read from the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Level,
    RecordSet,
    dumps,
    loads,
    make_converter,
    render_summary,
    summarize,
)
from congresskit.errors import DocumentError, FieldError, FieldTypeError
from congresskit.strategies import activities

_A = {"id": "a1", "kind": "reception", "title": "代表接待日活动", "start": "2020-09-01"}


def _document(record: dict[str, Any]) -> str:
    return json.dumps(
        {
            "format": "congresskit",
            "version": 2,
            "profile": "public",
            "congress": {"id": "c", "name": "镇", "level": "town"},
            "activities": [record],
        }
    )


def _day(**changes: Any) -> Activity:
    fields: dict[str, Any] = {
        "id": "a1",
        "kind": ActivityKind.RECEPTION,
        "title": "代表接待日活动",
        "start": dt.date(2020, 9, 1),
    }
    return Activity(**{**fields, **changes})


@pytest.mark.parametrize(
    ("changes", "code", "path"),
    [
        ({"start_time": 830}, "F003", "$.activities[0].start_time"),
        ({"start_time": "8:30"}, "F023", "$.activities[0].start_time"),
        ({"start_time": "08:30:00"}, "F023", "$.activities[0].start_time"),
        ({"end_time": "24:00"}, "F023", "$.activities[0].end_time"),
        ({"end_time": "11:60"}, "F023", "$.activities[0].end_time"),
        ({"end_time": "11:00+08:00"}, "F023", "$.activities[0].end_time"),
        ({"end_time": "2020-09-01T11:00"}, "F023", "$.activities[0].end_time"),
        ({"start_time": "11:00", "end_time": "08:30"}, "R021", "$.activities[0].end_time"),
        ({"number": 0}, "R004", "$.activities[0].number"),
        ({"number": "2"}, "F003", "$.activities[0].number"),
    ],
)
def test_bad_times_are_refused_at_their_path(changes: dict[str, Any], code: str, path: str) -> None:
    """Each bad time is one DocumentError problem with its rule code and $-path."""
    with pytest.raises(DocumentError) as info:
        loads(_document({**_A, **changes}))
    assert [(p.code, p.path) for p in info.value.problems] == [(code, path)]


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        (830, FieldTypeError, "expected a time of day"),
        (dt.datetime(2020, 9, 1, 8, 30), FieldTypeError, "expected a time of day"),
        ("8:30", FieldError, "HH:MM"),
        (dt.time(8, 30, 15), FieldError, "whole minutes"),
        (dt.time(8, 30, tzinfo=dt.timezone.utc), FieldError, "no time zone"),
    ],
)
def test_bad_times_are_refused_in_python_naming_the_field(
    value: Any, error: type[Exception], words: str
) -> None:
    """Only a naive whole-minute time or its HH:MM text; the message names the field."""
    with pytest.raises(error) as info:
        _day(start_time=value)
    assert "Activity.start_time" in str(info.value)
    assert words in str(info.value)


def test_a_one_day_activity_does_not_end_before_it_starts() -> None:
    """On one day the end is not before the start; over several days it may be."""
    with pytest.raises(FieldError) as info:
        _day(start_time="11:00", end_time="08:30")
    assert info.value.rule == "time_order"
    assert "Activity.start_time, end_time" in str(info.value)
    _day(start_time="08:30", end_time="08:30")  # a moment is allowed
    overnight = _day(end=dt.date(2020, 9, 2), start_time="20:00", end_time="06:00")
    assert overnight.end_time == dt.time(6, 0)


def test_iso_text_is_read_as_a_time() -> None:
    """``"08:30"`` in Python is the same as ``dt.time(8, 30)``."""
    assert _day(start_time="08:30", end_time="11:00") == _day(
        start_time=dt.time(8, 30), end_time=dt.time(11, 0)
    )


def test_times_are_written_as_hh_mm_and_read_back() -> None:
    """The document holds ``"08:30"``; reading it gives the same record."""
    records = RecordSet(
        congress=Congress(id="c", name="镇", level=Level.TOWN),
        activities=(_day(start_time=dt.time(8, 30), end_time=dt.time(11, 0)),),
    )
    text = dumps(records)
    written = json.loads(text)["activities"][0]
    assert (written["start_time"], written["end_time"]) == ("08:30", "11:00")
    assert loads(text) == records


@given(activities())
def test_generated_activities_round_trip(activity: Activity) -> None:
    """Any generated activity, times included, converts to JSON values and back equal."""
    converter = make_converter()
    data = json.loads(json.dumps(converter.unstructure(activity)))
    assert converter.structure(data, Activity) == activity


def _summary_of(*records: Activity) -> Any:
    return summarize(RecordSet(activities=records), "2020")


def test_the_summary_lists_the_hours_of_each_activity() -> None:
    """The activity's line holds its times; a report shows them in both languages."""
    s = _summary_of(
        _day(start_time="08:30", end_time="11:00"),
        _day(id="a2", start=dt.date(2020, 9, 2), start_time="14:00"),
        _day(id="a3", start=dt.date(2020, 9, 3)),
    )
    full, begun, plain = s.activity_list
    assert (full.start_time, full.end_time, full.hours) == (
        dt.time(8, 30),
        dt.time(11, 0),
        "08:30-11:00",
    )
    assert (begun.hours, plain.hours) == ("14:00-", "")
    data = json.loads(render_summary(s, format="json"))
    assert data["activity_list"][0]["start_time"] == "08:30"
    assert data["activity_list"][0]["end_time"] == "11:00"
    assert data["activity_list"][2]["start_time"] is None
    zh = render_summary(s, lang="zh")
    assert "2020年9月1日8:30至11:00，" in zh
    assert "2020年9月2日14:00起" in zh
    en = render_summary(s, lang="en")
    assert "1 September 2020, 08:30 to 11:00: " in en
    assert "2 September 2020, from 14:00: " in en


def test_the_summary_lists_an_activity_s_ordinal_in_its_year() -> None:
    """The second activity of 2024 is numbered 2 on its line and in both reports."""
    second = _day(title="2024年第二次集中联系社区活动", start=dt.date(2024, 10, 15), number=2)
    s = summarize(RecordSet(activities=(second,)), "2024")
    assert s.activity_list[0].number == 2
    assert json.loads(render_summary(s, format="json"))["activity_list"][0]["number"] == 2
    assert "2024年第二次集中联系社区活动（本年第2次）" in render_summary(s, lang="zh")
    assert "2024年第二次集中联系社区活动 (the 2nd of the year)" in render_summary(s, lang="en")
    with pytest.raises(FieldError):
        _day(number=0)
