"""Evaluations of several subjects, reports to voters rated per aspect, and handling totals.

Expected figures are counted by hand from the records in each test; none is
taken from the code under test.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import congresskit.strategies as cs
from congresskit import (
    Count,
    Dimension,
    DocumentError,
    Evaluation,
    EvaluationMethod,
    FieldError,
    FieldTypeError,
    HandlingMeasure,
    HandlingReport,
    Level,
    Rate,
    RateMeasure,
    Rating,
    RecordSet,
    Satisfaction,
    StatedRate,
    SubjectGroup,
    SubjectKind,
    SubjectResult,
    Unit,
    UnitKind,
    When,
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


def rating(level: Satisfaction, n: int) -> Rating:
    return Rating(level=level, count=Count(n))


def offices(**fields: Any) -> Evaluation:
    """A round of 站所评议: 14 offices and 6 village committees, 17 satisfied, 3 not."""
    base: dict[str, Any] = {
        "id": "e-units",
        "subject_kind": SubjectKind.DEPARTMENT,
        "title": "站所评议",
        "on": D(2009, 9, 10),
        "evaluator_levels": (Level.COUNTY, Level.TOWNSHIP),
        "methods": (EvaluationMethod.OPINION_FORMS, EvaluationMethod.MAILBOX),
        "subjects_reported": Count(20),
        "subject_groups": (
            SubjectGroup(kind=SubjectKind.DEPARTMENT, name="站办所", count=Count(14)),
            SubjectGroup(kind=SubjectKind.COLLECTIVE, name="村委会", count=Count(6)),
        ),
        "grades": (rating(SAT, 17), rating(DIS, 3)),
        "notices": Count(3),
    }
    return Evaluation(**(base | fields))


def report_to_voters(**fields: Any) -> Evaluation:
    """A deputy reports to voters and is rated on two named aspects of three."""
    base: dict[str, Any] = {
        "id": "e-d1",
        "subject_kind": SubjectKind.DEPUTY,
        "subject_name": "柳向魁",
        "title": "代表述职测评",
        "on": D(2009, 12, 10),
        "constituency": "中南选区",
        "dimensions": (
            Dimension(name="联系选民", ratings=(rating(SAT, 30), rating(BASIC, 8), rating(DIS, 2))),
            Dimension(name="参加活动", ratings=(rating(SAT, 35), rating(BASIC, 5))),
        ),
        "dimensions_reported": Count(3),
        "results_announced": True,
        "voters_present": Count(40, at_least=True),
    }
    return Evaluation(**(base | fields))


def so_far() -> Evaluation:
    """Totals over three years of reports to voters, as percentages only."""
    return Evaluation(
        id="e-so-far",
        subject_kind=SubjectKind.DEPUTY,
        title="累计述职",
        on=D(2009, 12, 14),
        since=When.of_year(2007, inferred=True),
        subjects_reported=Count(17),
        rates=(
            StatedRate(measure=RateMeasure.COVERAGE, percent=85),
            StatedRate(measure=RateMeasure.AVERAGE_SATISFACTION, percent=90, at_least=True),
        ),
    )


def handling(**fields: Any) -> HandlingReport:
    base: dict[str, Any] = {
        "id": "h1",
        "title": "提案答复",
        "on": D(2009, 12, 20),
        "covers": When.of_year(2009),
    }
    return HandlingReport(**(base | fields))


# --- the models ----------------------------------------------------------------


def _any(value: object) -> Any:
    """A value of the wrong type, passed on as the user's code would."""
    return value


@pytest.mark.parametrize(
    ("make", "error", "field"),
    [
        (
            lambda: SubjectGroup(kind=SubjectKind.DEPARTMENT, count=_any(14)),
            FieldTypeError,
            "count",
        ),
        (lambda: SubjectResult(grade=SAT), FieldError, "subject, subject_name"),
        (
            lambda: SubjectResult(subject_name="农技站", notice=_any("yes")),
            FieldTypeError,
            "notice",
        ),
        (lambda: Dimension(name=""), FieldError, "name"),
        (lambda: Dimension(name="联系选民", ratings=(rating(SAT, 1),) * 2), FieldError, "ratings"),
        (lambda: StatedRate(measure=RateMeasure.COVERAGE, percent=101), FieldError, "percent"),
        (lambda: StatedRate(measure=RateMeasure.COVERAGE, percent=-1), FieldError, "percent"),
        (lambda: StatedRate(measure=_any("rate"), percent=50), FieldTypeError, "measure"),
        (lambda: offices(grades=(rating(SAT, 1), rating(SAT, 2))), FieldError, "grades"),
        (lambda: offices(methods=(EvaluationMethod.MAILBOX,) * 2), FieldError, "methods"),
        (lambda: offices(since=D(2010, 1, 1)), FieldError, "on, since"),
        (lambda: offices(notices=3), FieldTypeError, "notices"),
        (lambda: handling(measures=("lunch",)), FieldTypeError, "measures"),
        (lambda: handling(topics=("公共卫生", "公共卫生")), FieldError, "topics"),
    ],
)
def test_bad_parts_are_refused_naming_the_field(make: Any, error: type, field: str) -> None:
    """Each bad part fails at construction with its error type and the field named."""
    with pytest.raises(error) as info:
        make()
    assert f".{field}:" in str(info.value)


def _document() -> dict[str, Any]:
    records = RecordSet(evaluations=(offices(), report_to_voters()), handling_reports=(handling(),))
    data: dict[str, Any] = json.loads(dumps(records))
    return data


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        ("evaluations.0.subject_groups.0.count", -1, "$.evaluations[0].subject_groups[0].count"),
        ("evaluations.0.subject_groups.0.kind", "村", "$.evaluations[0].subject_groups[0].kind"),
        ("evaluations.0.grades.1.level", "satisfied", "$.evaluations[0].grades"),
        ("evaluations.0.evaluator_levels.0", "village", "$.evaluations[0].evaluator_levels[0]"),
        ("evaluations.0.methods.0", "survey", "$.evaluations[0].methods[0]"),
        ("evaluations.0.notices", "3", "$.evaluations[0].notices"),
        ("evaluations.0.results", [{"grade": "satisfied"}], "$.evaluations[0].results[0]"),
        ("evaluations.1.dimensions.0.name", "", "$.evaluations[1].dimensions[0].name"),
        (
            "evaluations.1.rates",
            [{"measure": "coverage", "percent": 120}],
            "$.evaluations[1].rates[0]",
        ),
        ("evaluations.1.since", "2010-01", "$.evaluations[1].since"),
        ("handling_reports.0.measures", ["lunch"], "$.handling_reports[0].measures[0]"),
        ("handling_reports.0.topics_incomplete", "yes", "$.handling_reports[0].topics_incomplete"),
    ],
)
def test_bad_documents_are_refused_at_the_path(where: str, value: Any, path: str) -> None:
    """A document with a bad part is refused as a whole, the problem at its JSON path."""
    data = _document()
    node: Any = data
    *parents, last = (int(k) if k.isdigit() else k for k in where.split("."))
    for key in parents:
        node = node[key]
    node[last] = value
    loads(json.dumps(_document()))  # the document unedited is sound
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(data))
    paths = [p.path for p in info.value.problems]
    assert len(paths) == 1
    assert paths[0] == path or paths[0].startswith(path + "."), paths


def test_the_parts_of_an_evaluation_round_trip() -> None:
    """Groups, grades, results, aspects, stated rates and ``since`` survive writing and reading."""
    results = (
        SubjectResult(subject_name="农技站", grade=DIS, issues_raised=Count(4), notice=True),
        SubjectResult(subject="u1", grade=SAT, score=92.5),
    )
    records = RecordSet(
        units=(Unit(id="u1", name="财政所", kind=UnitKind.TOWN_OFFICE),),
        evaluations=(offices(results=results), report_to_voters(), so_far()),
        handling_reports=(
            handling(
                topics=("公共卫生",),
                topics_incomplete=True,
                responsible=("镇党委",),
                measures=(HandlingMeasure.MEETING, HandlingMeasure.WRITTEN_REPLY),
            ),
        ),
    )
    assert loads(dumps(records)) == records


def test_an_evaluations_figures_count_itemised_results_as_part_of_the_figures() -> None:
    """Results are part of the grades, notices and issues stated, never added to them."""
    results = (
        SubjectResult(subject_name="农技站", grade=DIS, issues_raised=Count(4), notice=True),
        SubjectResult(subject_name="林业站", grade=DIS, issues_raised=Count(3), notice=True),
        SubjectResult(subject_name="财政所", grade=SAT),
    )
    e = offices(results=results, notices=None)
    # 17 satisfied stated (the 1 itemised is part of them); 3 dissatisfied stated, 2 itemised.
    assert e.grades_figure == {SAT: Count(17), DIS: Count(3)}
    assert e.notices_figure == Count(2)  # none stated: the 2 results marked
    assert e.issues_raised_figure == Count(7)  # 4 + 3, raised to single subjects
    assert e.subjects_figure == Count(20)
    assert e.subjects_by_kind == {
        SubjectKind.DEPARTMENT: Count(14),
        SubjectKind.COLLECTIVE: Count(6),
    }
    # Groups counting more than the figure stated: the larger wins.
    more = offices(subjects_reported=Count(18))
    assert more.subjects_figure == Count(20)


def test_an_evaluation_of_one_subject_states_nothing_it_does_not_give() -> None:
    """One subject, no grades, no notices, no aspects: not stated, not zero."""
    e = Evaluation(
        id="e1", subject_kind=SubjectKind.OUTSIDE_BODY, title="评议银行", on=D(2022, 11, 28)
    )
    assert e.subjects_figure == Count(1)
    assert e.subjects_by_kind == {SubjectKind.OUTSIDE_BODY: Count(1)}
    assert e.grades_figure == {}
    assert (e.notices_figure, e.dimensions_figure, e.issues_raised_figure) == (None, None, None)


def test_aspects_stated_as_more_than_named_keep_the_larger_number() -> None:
    """五个方面 with four named: the figure is 5, the names are the four."""
    assert report_to_voters().dimensions_figure == Count(3)
    assert report_to_voters(dimensions_reported=None).dimensions_figure == Count(2)


# --- the summary -----------------------------------------------------------------


def test_the_summary_counts_subjects_grades_and_notices_with_shares_of_the_graded() -> None:
    """Subjects by kind, grades and their shares, notices, votes per aspect, counted by hand."""
    figures = summarize([offices(), report_to_voters(), so_far()], "2009").evaluations
    assert figures.evaluations == 2  # the totals to date are not an evaluation of 2009
    assert figures.subjects == Count(21)  # 20 units and 1 deputy
    assert figures.subjects_by_kind == {
        SubjectKind.DEPARTMENT: Count(14),
        SubjectKind.DEPUTY: Count(1),
        SubjectKind.COLLECTIVE: Count(6),
    }
    # The deputy's report gives no grade: the grades are a lower bound of the subjects'.
    assert figures.grades == {SAT: Count(17, at_least=True), DIS: Count(3, at_least=True)}
    # The shares are of the 20 subjects graded, exactly.
    assert figures.grade_shares[SAT] == Rate(part=Count(17), base=Count(20), of="graded")
    assert figures.grade_shares[SAT].percent == 85
    assert figures.grade_shares[DIS].percent == 15
    assert figures.notices == Count(3, at_least=True)  # the report to voters does not say
    assert figures.by_dimension == {
        "参加活动": {SAT: Count(35), BASIC: Count(5)},
        "联系选民": {SAT: Count(30), BASIC: Count(8), DIS: Count(2)},
    }
    assert [line.id for line in figures.held] == ["e-units", "e-d1"]
    assert figures.held[1].dimensions == Count(3)
    assert figures.held[1].dimension_names == ("联系选民", "参加活动")
    (total,) = figures.to_date
    assert total.subjects == Count(17)
    assert [r.percent for r in total.rates] == [85, 90]


def test_handling_totals_give_units_completion_areas_and_steps() -> None:
    """Completion is over the reports that state both figures; areas and steps are pooled."""
    a = handling(
        items=Count(10),
        replied=Count(8),
        units=Count(3),
        topics=("道路交通", "公共卫生"),
        measures=(HandlingMeasure.WRITTEN_REPLY, HandlingMeasure.MEETING),
    )
    b = handling(id="h2", items=Count(20), topics=("公共卫生",), topics_incomplete=True)
    h = summarize([a, b], "2009").handling
    assert h.items == Count(30)
    assert h.units == Count(3, at_least=True)  # the second report does not say
    assert h.completion == Rate(part=Count(8), base=Count(10), of="all")
    assert h.replied == Count(8, at_least=True)
    assert h.topics == ("公共卫生", "道路交通")
    assert h.topics_incomplete
    assert h.measures == (HandlingMeasure.MEETING, HandlingMeasure.WRITTEN_REPLY)


def test_a_handling_report_without_replies_has_no_completion_rate() -> None:
    """No replied figure: the completion rate is not stated, not 0%."""
    h = summarize([handling(items=Count(18))], "2009").handling
    assert h.completion is None
    assert h.units is None


_YEAR = (D(2020, 1, 1), D(2020, 12, 31))


@given(
    st.lists(
        cs.work_evaluations(min_date=_YEAR[0], max_date=_YEAR[1]),
        max_size=5,
        unique_by=lambda e: e.id,
    ),
    st.data(),
)
def test_merged_parts_give_the_whole_and_the_figures_add_up(
    evaluations: list[Evaluation], data: st.DataObject
) -> None:
    """summarize(a) + summarize(b) == summarize(a + b); subjects and grades sum the records."""
    sides = data.draw(st.lists(st.booleans(), min_size=len(evaluations), max_size=len(evaluations)))
    left = [e for e, side in zip(evaluations, sides, strict=True) if side]
    right = [e for e, side in zip(evaluations, sides, strict=True) if not side]
    whole = summarize(evaluations, "2020")
    assert summarize(left, "2020") + summarize(right, "2020") == whole
    counted = [e for e in evaluations if not e.cumulative]
    figures = whole.evaluations
    assert figures.evaluations == len(counted)
    assert len(figures.to_date) == len(evaluations) - len(counted)
    if counted:
        assert figures.subjects is not None
        assert figures.subjects.value == sum(e.subjects_figure.value for e in counted)
        for level, count in figures.grades.items():
            assert count.value == sum(
                e.grades_figure[level].value for e in counted if level in e.grades_figure
            )
        graded = sum(sum(c.value for c in e.grades_figure.values()) for e in counted)
        for share in figures.grade_shares.values():
            assert share.base.value == graded


# --- the report ------------------------------------------------------------------


def test_the_report_gives_subjects_grades_shares_and_notices_in_both_languages() -> None:
    """A round of 站所评议 reads with its counts, shares of those graded, and notices."""
    summary = summarize([offices()], "2009")
    zh = render_summary(summary)
    assert "共评议20个对象（部门站所14个、集体6个）" in zh
    assert "满意17个（占评定对象的85.0%）、不满意3个（占评定对象的15.0%）" in zh
    assert "下发整改通知3份" in zh
    en = render_summary(summary, lang="en")
    assert "20 subjects evaluated (department or office 14, collective 6)" in en
    assert "satisfied 17 (85.0% of those graded)" in en
    assert "rectification notices sent: 3" in en


def test_the_report_lists_aspects_and_totals_to_date_with_unstated_bases() -> None:
    """Aspects rated, results announced, and stated rates whose base is 未载明 / not stated."""
    summary = summarize([report_to_voters(), so_far()], "2009")
    zh = render_summary(summary)
    assert "3项：联系选民、参加活动" in zh
    assert "当场公布结果" in zh
    assert "覆盖率（如述职率）85%（基数未载明）" in zh
    assert "平均满意率90%以上（基数未载明）" in zh
    assert (
        "分项测评：参加活动（满意35票、基本满意5票）、联系选民（满意30票、基本满意8票、不满意2票）"
        in zh
    )
    en = render_summary(summary, lang="en")
    assert "coverage 85% (base: not stated)" in en
    assert "average satisfaction rate 90% or more (base: not stated)" in en
    assert "voters at deputies' reports: 40+; new opinions raised: not stated" in en


def test_the_report_gives_handling_units_completion_areas_and_steps() -> None:
    """Units, completion with its base, the areas with 等, and the steps in both languages."""
    report = handling(
        items=Count(18),
        replied=Count(18),
        units=Count(5),
        topics=("公共卫生", "道路交通"),
        topics_incomplete=True,
        measures=(HandlingMeasure.LEADING_GROUP, HandlingMeasure.WRITTEN_REPLY),
    )
    zh = render_summary(summarize([report], "2009"))
    assert "涉及承办单位5个" in zh
    assert "办结率100.0%（已办结18件，占全部18件）" in zh
    assert "涉及公共卫生、道路交通等方面" in zh
    assert "办理举措：成立办理领导小组、书面答复" in zh
    en = render_summary(summarize([report], "2009"), lang="en")
    assert "completion rate 100.0% (18 finished of all 18 items)" in en
    assert "areas: 公共卫生, 道路交通 and others" in en


# --- checks ----------------------------------------------------------------------


def test_parts_counting_more_subjects_than_were_evaluated_are_warnings() -> None:
    """Grades, groups, results and notices beyond the subjects stated; aspects beyond theirs."""
    results = tuple(SubjectResult(subject_name=f"站{i}", notice=True) for i in range(4))
    e = offices(
        subjects_reported=Count(3),  # the groups say 20, the grades 20, the results 4
        results=results,
        notices=None,
    )
    voters = report_to_voters(dimensions_reported=Count(1))  # two named
    problems = check(RecordSet(evaluations=(e, voters)))
    paths = sorted(p.path for p in problems if p.rule == "totals_exceed")
    assert paths == [
        "$.evaluations[0].grades",
        "$.evaluations[0].notices",
        "$.evaluations[0].results",
        "$.evaluations[0].subject_groups",
        "$.evaluations[1].dimensions",
    ]
    assert all(p.is_warning for p in problems if p.rule == "totals_exceed")
    assert not [p for p in check(RecordSet(evaluations=(offices(),))) if p.rule == "totals_exceed"]


def test_a_results_subject_must_be_a_record() -> None:
    """A result naming a subject by id refers to a record that exists."""
    e = offices(results=(SubjectResult(subject="u-missing", grade=SAT),))
    assert [p.path for p in check(RecordSet(evaluations=(e,))) if p.rule == "reference"] == [
        "$.evaluations[0].results[0].subject"
    ]
