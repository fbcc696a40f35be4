"""Format version 2: unknowns, vague dates, provenance, warnings, sub-district bodies."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any, Literal

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from congresskit import (
    Activity,
    ActivityKind,
    Congress,
    Count,
    Deputy,
    Election,
    Level,
    LivelihoodProject,
    Membership,
    MembershipKind,
    Opinion,
    OpinionResolution,
    Period,
    ProjectBallot,
    RecordSet,
    Session,
    Source,
    Station,
    Term,
    When,
    check,
    example_records,
    from_document,
    load,
    loads_document,
    make_converter,
    render_summary,
    summarize,
    validate,
)
from congresskit import strategies as cs
from congresskit.cli import main
from congresskit.exchange._problems import problems_from
from congresskit.records.dates import overlap, placed

DATA = pathlib.Path(__file__).parent / "data"
D = dt.date


# -- the migration from version 1 ----------------------------------------------------------


def test_the_version_1_example_reads_as_the_version_2_example() -> None:
    """The example as version 1 wrote it reads, under version 2, as the same records."""
    with (DATA / "xx-town-2020-v1.json").open(encoding="utf-8") as f:
        old = load(f)
    assert old == example_records()


def _v1() -> dict[str, Any]:
    with (DATA / "xx-town-2020-v1.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    assert data["version"] == 1
    return data


@pytest.mark.parametrize(
    "name",
    [k for k in _v1() if k not in ("format", "version", "profile", "congress")],
)
def test_each_kind_of_version_1_record_reads_unchanged(name: str) -> None:
    """Each collection of the version 1 example reads as the records it held."""
    document = from_document(_v1())
    assert document.version == 1
    assert getattr(document.records, name) == getattr(example_records(), name)
    assert getattr(document.records, name)  # the example has records of this kind


def test_version_1_ballot_zeros_are_written_out() -> None:
    """A version 1 ballot's omitted no/abstain were zeros; they stay zeros, not unknowns."""
    data = _v1()
    ballots = [
        item
        for s in data["sessions"]
        for item in s.get("agenda", [])
        if item["type"] == "project_ballot"
    ]
    assert any("no" not in c for b in ballots for c in b["candidates"])
    records = from_document(data).records
    read = [i for s in records.sessions for i in s.agenda if isinstance(i, ProjectBallot)]
    assert all(c.no is not None and c.abstain is not None for b in read for c in b.candidates)


# -- vague dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2021-09-06", D(2021, 9, 6), D(2021, 9, 6), "day"),
        ("2021-11", D(2021, 11, 1), D(2021, 11, 30), "month"),
        ("2020-02", D(2020, 2, 1), D(2020, 2, 29), "month"),
        ("2021", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ],
)
def test_a_date_string_reads_as_its_span(text: str, first: D, last: D, precision: str) -> None:
    """Each string form reads as the span of days it names."""
    value = make_converter().structure(text, dt.date)
    assert (When.between(value, value).earliest, When.between(value, value).latest) == (
        first,
        last,
    )
    assert When.parse(text).precision == precision


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2021-13", "no such day or month"),
        ("21-11", "a month YYYY-MM"),
        ({"latest": "2021"}, "needs its earliest"),
        ({"earliest": "2021-05", "latest": "2021-04"}, "before the earliest"),
        ({"earliest": "2021", "inferred": "yes"}, "true or false"),
        ({"earliest": "2021", "when": "x"}, "not when"),
    ],
)
def test_a_bad_vague_date_is_refused(value: Any, words: str) -> None:
    """A malformed date is an error at its path, saying what was expected."""
    data = {"id": "a", "kind": "inspection", "title": "视察", "start": value}
    with pytest.raises(cattrs.BaseValidationError) as info:
        make_converter().structure(data, Activity)
    (found,) = problems_from(info.value)
    assert found.path == "$.start"
    assert words in found.message


@given(st.dates(D(2000, 1, 1), D(2039, 12, 31)).flatmap(cs.vague_dates))
def test_a_vague_date_round_trips(day: D) -> None:
    """structure(unstructure(d)) == d for every date, vague or exact, inferred or not."""
    converter = make_converter()
    again = converter.structure(converter.unstructure(day, dt.date), dt.date)
    assert again == day
    assert type(again) is type(day) or not isinstance(day, When) or day.inferred is False


_NESTED = st.sampled_from(["2020", "2020-H1", "2020-Q2", "2020-05"])


@given(
    st.dates(D(2019, 6, 1), D(2021, 6, 30)).flatmap(cs.vague_dates),
    st.sampled_from(["2020-05", "2020-Q2", "2020-H1"]),
)
def test_certainly_in_a_period_is_certainly_in_every_enclosing_one(day: D, inner: str) -> None:
    """A date certainly in a period is certainly in the periods that enclose it, and a
    date certainly outside the enclosing period is certainly outside the inner one."""
    chain = {"2020-05": ["2020-Q2", "2020-H1", "2020"], "2020-Q2": ["2020-H1", "2020"]}
    chain["2020-H1"] = ["2020"]
    small = Period.parse(inner)
    for outer in map(Period.parse, chain[inner]):
        assert outer.covers(small)
        if small.placement(day) is True:
            assert outer.placement(day) is True
        if outer.placement(day) is False:
            assert small.placement(day) is False


@given(cs.record_sets(max_size=4), _NESTED)
def test_lower_figures_never_exceed_the_upper_ones(records: RecordSet, text: str) -> None:
    """Activities counted are those certainly in the period; adding the possible ones
    gives exactly those that may be in it, counted straight from the records."""
    period = Period.parse(text)
    summary = summarize(records, period)
    lower = summary.activities.activities
    upper = lower + summary.possibly_in_period.get("activities", 0)
    assert lower == sum(
        placed(a.start, period.start, period.end) is True for a in records.activities
    )
    assert upper == sum(
        placed(a.start, period.start, period.end) is not False for a in records.activities
    )
    assert lower <= upper


def test_a_vague_activity_is_possibly_in_a_period_not_counted() -> None:
    """An activity "in 2020" is possibly in 2020-H1: not counted there, counted in 2020."""
    a = Activity(id="a1", kind=ActivityKind.INSPECTION, title="视察", start=When.of_year(2020))
    h1 = summarize([a], "2020-H1")
    assert (h1.activities.activities, dict(h1.possibly_in_period)) == (0, {"activities": 1})
    year = summarize([a], "2020")
    assert (year.activities.activities, dict(year.possibly_in_period)) == (1, {})
    assert year.activities_by_month == {}  # no month is known


def test_a_session_known_only_to_its_year_is_held_in_that_year() -> None:
    """A one-day session "in 2017" is certainly held in 2017, and possibly in 2017-H1."""
    term = Term(id="t17", congress="c", number=17)
    s = Session(id="s1", term="t17", number=1, start=When.of_year(2017))
    year = summarize([term, s], "2017")
    assert ([x.number for x in year.sessions], dict(year.possibly_in_period)) == ([1], {})
    h1 = summarize([term, s], "2017-H1")
    assert (h1.sessions, dict(h1.possibly_in_period)) == ((), {"sessions": 1})


@given(
    st.dates(D(2019, 6, 1), D(2021, 6, 30)).flatmap(cs.vague_dates),
    st.dates(D(2019, 6, 1), D(2021, 6, 30)),
    st.dates(D(2019, 6, 1), D(2021, 6, 30)),
)
def test_a_span_overlaps_as_its_readings_do(day: D, a: D, b: D) -> None:
    """A one-day span overlaps a range certainly when every reading of it is inside,
    certainly not when none is, and maybe otherwise, exactly as the day is placed."""
    start, end = min(a, b), max(a, b)
    assert overlap(day, day, start, end) == placed(day, start, end)


# -- unknowns in reports ---------------------------------------------------------------------


def _session_with_unknowns() -> list[Any]:
    term = Term(id="t1", congress="c", number=1)  # its dates are not stated
    session = Session(
        id="m1",
        term="t1",
        number=1,
        start=D(2021, 1, 10),
        agenda=(ProjectBallot(), Election(office="镇长")),
    )
    congress = Congress(id="c", name="某镇人民代表大会", level=Level.TOWN)
    return [congress, term, session]


@pytest.mark.parametrize(("lang", "words"), [("zh", "未载明"), ("en", "not stated")])
def test_unknown_figures_render_as_not_stated(lang: Literal["zh", "en"], words: str) -> None:
    """A ballot and an election whose results the source omits print as not stated, not 0."""
    records = RecordSet.from_records(_session_with_unknowns())
    assert [p for p in check(records) if not p.is_warning] == []
    report = render_summary(summarize(records, "2021"), lang=lang)
    assert report.count(words) == 2
    assert "0个" not in report
    assert "0 livelihood" not in report


def test_reported_counts_render_as_stated() -> None:
    """A ballot that states only how many projects it selected prints that number."""
    rs = _session_with_unknowns()
    rs[2] = attrs.evolve(rs[2], agenda=(ProjectBallot(selected_reported=5),))
    report = render_summary(summarize(rs, "2021"))
    assert "票决产生民生实事项目5个" in report


# -- provenance ----------------------------------------------------------------------------


def test_a_summary_lists_the_sources_of_the_records_it_counts() -> None:
    """The sources of counted records are listed, once each; a report ends with them."""
    source = Source(title="某镇人大2021年工作总结", url="https://example.org/r", locator="二")
    inside = Activity(
        id="a1", kind=ActivityKind.SURVEY, title="调研", start=D(2021, 3, 1), sources=(source,)
    )
    twice = attrs.evolve(inside, id="a2")
    outside = attrs.evolve(
        inside, id="a3", start=D(2022, 1, 1), sources=(Source(title="另一份材料"),)
    )
    summary = summarize([inside, twice, outside], "2021")
    assert summary.sources == (source,)
    report = render_summary(summary)
    assert report.rstrip().endswith("某镇人大2021年工作总结、二 <https://example.org/r>")
    assert "资料来源" in report


# -- warnings ------------------------------------------------------------------------------


def _warned() -> RecordSet:
    town = Congress(id="c", name="某镇人民代表大会", level=Level.TOWN)
    station = Station(id="st", name="一号站", reception_rule="FREQ=MONTHLY;BYMONTHDAY=15")
    deputy = Deputy(id="d1", name="张华", levels=(Level.TOWN,))
    opinions = (Opinion(text="路灯坏了", resolution=OpinionResolution.FORWARDED),)
    reception = Activity(
        id="a1",
        kind=ActivityKind.RECEPTION,
        title="接访",
        start=D(2021, 1, 15),
        station="st",
        opinions_collected=Count(3),
        opinions=opinions,
    )
    later = Activity(id="a2", kind=ActivityKind.STUDY, title="学习", start=D(2021, 4, 20))
    return RecordSet.from_records([town, station, deputy, reception, later])


def test_counts_that_do_not_add_up_are_warnings_with_codes() -> None:
    """Each warning rule fires, with its code and severity; validate still passes."""
    problems = check(_warned())
    assert {(p.code, p.rule, p.severity) for p in problems} == {
        ("W001", "opinions_unaccounted", "warning"),
        ("W002", "receptions_short", "warning"),
        ("W003", "no_term_membership", "warning"),
    }
    assert validate(_warned()) == _warned()
    with pytest.raises(ValueError, match="3 problems"):
        validate(_warned(), strict=True)


def test_a_document_with_warnings_only_loads(tmp_path: pathlib.Path) -> None:
    """Warnings do not stop loading; the document lists them; --strict fails on them."""
    from congresskit import dumps

    text = dumps(_warned())
    document = loads_document(text)
    assert document.records == _warned()
    assert {p.code for p in document.warnings} == {"W001", "W002", "W003"}
    path = tmp_path / "warned.json"
    path.write_text(text, encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1


def test_validate_json_lists_problems_and_counts(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json gives each problem's code, severity, path, record and message."""
    from congresskit import dumps

    path = tmp_path / "warned.json"
    path.write_text(dumps(_warned()), encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["counts"] == {"W001": 1, "W002": 1, "W003": 1}
    assert (out["errors"], out["warnings"], out["valid"]) == (0, 3, True)
    first = out["problems"][0]
    assert set(first) >= {"code", "severity", "path", "record", "message"}


# -- bodies without sessions ------------------------------------------------------------------


def _subdistrict() -> list[Any]:
    committee = Congress(id="jd", name="某街道人大工委", level=Level.SUBDISTRICT, parent="district")
    term = Term(id="dt7", congress="district", number=7)
    deputy = Deputy(
        id="d1",
        name="王芳",
        levels=(Level.DISTRICT,),
        memberships=(Membership(kind=MembershipKind.TERM, of="dt7", start=D(2021, 12, 1)),),
    )
    visit = Activity(
        id="a1",
        kind=ActivityKind.REPORT_TO_VOTERS,
        title="代表向选民述职",
        start=When.of_month(2020, 11),
        participants=("d1",),
    )
    project = LivelihoodProject(id="p1", name="老旧小区改造", year=2020)
    return [committee, term, deputy, visit, project]


def test_a_subdistrict_committee_validates_and_summarises_without_sessions() -> None:
    """Its deputies serve a district term; it has no sessions, and needs none."""
    records = RecordSet.from_records(_subdistrict())
    assert check(records) == ()
    summary = summarize(records, "2020")
    assert summary.sessions == ()
    assert summary.activities.activities == 1


def test_a_session_of_a_subdistrict_committee_is_an_error() -> None:
    """A body without sessions cannot have one."""
    session = Session(id="m1", term="dt7", number=1, start=D(2020, 1, 5))
    records = RecordSet.from_records([*_subdistrict(), session])
    assert [(p.code, p.path) for p in check(records)] == [("X012", "$.sessions[0]")]


def test_a_vague_campaign_that_two_parts_carry_is_possibly_in_the_period_once() -> None:
    """Reference records with vague dates count once in 'possibly in the period', however split."""
    from congresskit import Campaign, CampaignKind, When, summarize

    campaign = Campaign(
        id="c1", kind=next(iter(CampaignKind)), name="专项工作", start=When.of_year(2020)
    )
    whole = summarize([campaign], "2020-H1")
    assert whole.possibly_in_period == {"campaigns": 1}
    parts = summarize([campaign], "2020-H1") + summarize([campaign], "2020-H1")
    assert parts.possibly_in_period == {"campaigns": 1}
