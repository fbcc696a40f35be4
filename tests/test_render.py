"""Rendered reports beyond the bundled example: every kind of fact reads right in zh and en."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from congresskit import (
    DEFAULT_STANDARD,
    Activity,
    ActivityKind,
    Candidate,
    Congress,
    Count,
    Deputy,
    Election,
    Inquiry,
    Level,
    Membership,
    MembershipKind,
    PeriodSummary,
    RecordSet,
    RenderError,
    Session,
    Suggestion,
    SuggestionKind,
    Term,
    Unit,
    assess,
    example_records,
    render_assessment,
    render_summary,
    summarize,
)

D = dt.date


def _deputy(n: int) -> Deputy:
    term = Membership(kind=MembershipKind.TERM, of="t5", start=D(2021, 1, 1))
    return Deputy(id=f"d{n}", name=f"代表{n}", levels=(Level.COUNTY,), memberships=(term,))


@pytest.fixture(scope="module")
def county() -> PeriodSummary:
    """A county's 2022: a two-day session with an election and an inquiry, motions, surveys."""
    session = Session(
        id="s2",
        term="t5",
        number=2,
        start=D(2022, 1, 10),
        end=D(2022, 1, 12),
        agenda=(
            Election(
                office="县长",
                by_election=True,
                candidates=(Candidate(name="周明", votes=180, elected=True),),
            ),
            Inquiry(deputies=("d1",), subject="农村公路养护", addressed_to="transport"),
        ),
    )
    suggestions = [
        Suggestion(
            id=f"m{i}",
            kind=SuggestionKind.MOTION,
            title="议案",
            lead="d1",
            cosigners=tuple(f"d{j}" for j in range(2, 11)),
            raised_on=D(2022, 1, 11),
            session="s2",
        )
        for i in range(2)
    ] + [
        Suggestion(
            id="c1",
            kind=SuggestionKind.CRITICISM,
            title="批评",
            lead="d2",
            raised_on=D(2022, 3, 1),
        )
    ]
    surveys = [
        Activity(
            id="a1",
            kind=ActivityKind.SURVEY,
            title="调研",
            start=D(2022, 4, 1),
            participants=("d1", "d2"),
            suggestions_reported=Count(10, at_least=True),
        ),
        Activity(
            id="a2",
            kind=ActivityKind.SURVEY,
            title="调研",
            start=D(2022, 5, 1),
            participants=("d3",),
            suggestions_reported=Count(3),
        ),
    ]
    records = RecordSet.from_records(
        [
            Congress(id="county", name="某县人民代表大会", level=Level.COUNTY),
            Term(id="t5", congress="county", number=18, start=D(2021, 1, 1), end=D(2025, 12, 31)),
            Unit(id="transport", name="县交通运输局"),
            *(_deputy(n) for n in range(1, 11)),
            session,
            *suggestions,
            *surveys,
        ]
    )
    return summarize(records, "2022")


def test_zh_session_over_days_with_an_election_and_an_inquiry(county: PeriodSummary) -> None:
    """A session over several days gives both dates; a by-election names who was elected."""
    text = render_summary(county)
    assert "某县第十八届人民代表大会第二次会议于2022年1月10日至12日召开。" in text
    assert "补选县长，周明当选" in text
    assert "代表提出询问1件" in text


def test_en_session_over_days_with_an_election_and_an_inquiry(county: PeriodSummary) -> None:
    """The same in English: the days, the by-election, the inquiry."""
    text = render_summary(county, lang="en")
    assert (
        "Session 2 of the 18th term of 某县人民代表大会 was held from 10 to 12 January 2022" in text
    )
    assert "it held a by-election for 县长 (周明 elected)" in text
    assert "deputies put 1 inquiry" in text


def test_kinds_of_suggestion_are_counted_in_their_units(county: PeriodSummary) -> None:
    """Motions are counted in 件, criticisms in 条, before the share raised at sessions."""
    zh = render_summary(county)
    assert "本年度代表共提出建议3条（议案2件、批评1条），其中在人代会上提出2条。" in zh
    en = render_summary(county, lang="en")
    assert (
        "Deputies raised 3 suggestions in 2022 (motion 2, criticism 1), 2 of them at sessions."
        in en
    )


def test_a_lower_bound_that_is_not_round_reads_at_least(county: PeriodSummary) -> None:
    """10余 + 3 is "至少13条" in Chinese (13余 would misread), "13+" in English."""
    assert "提出建议至少13条" in render_summary(county)
    assert "13+ suggestions arising" in render_summary(county, lang="en")


def test_empty_sections_are_left_out(county: PeriodSummary) -> None:
    """No stations, campaigns, study or projects in the records: no such sections."""
    text = render_summary(county)
    for heading in ("代表工作站", "学习培训", "民生实事项目", "工作计划"):
        assert heading not in text
    assert "（二）开展代表活动" in text


def test_plan_progress_is_reported_for_the_period_a_plan_covers() -> None:
    """Summarising the second half gives its plan's targets against what was done."""
    summary = summarize(example_records(), "2020-H2")
    zh = render_summary(summary)
    assert "2020年下半年工作计划执行情况" in zh
    assert "| 工作评议涉及单位8个 | 8 | 0 | 否 |" in zh
    assert "| 每位代表至少参加培训1次 | 26名代表 | 0 | 否 |" in zh
    en = render_summary(summary, lang="en")
    assert "| 8 units covered in work evaluation | 8 | 0 | no |" in en


def test_english_text_is_folded_at_80_columns() -> None:
    """Plain English text wraps between words at 80 columns (names without spaces aside)."""
    text = render_summary(summarize(example_records(), "2020-H1"), format="text", lang="en")
    long = [line for line in text.splitlines() if len(line) > 80 and " " in line.strip()]
    # Only table rows and lines carrying unbreakable Chinese names may run longer.
    assert all(line.isascii() is False for line in long)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"format": "pdf"}, "format must be one of 'md', 'text', 'json', got 'pdf'"),
        ({"lang": "fr"}, "lang must be one of 'zh', 'en', got 'fr'"),
        (
            {"by": "village"},
            "by must be one of 'station', 'group', 'deputy', 'unit', None, got 'village'",
        ),
    ],
)
def test_unknown_options_are_a_render_error(
    county: PeriodSummary, kwargs: dict[str, str], message: str
) -> None:
    """A format, language or breakdown that does not exist is a RenderError naming the choices."""
    with pytest.raises(RenderError) as caught:
        render_summary(county, **kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)


def test_summary_json_keeps_zeros_and_lower_bounds(county: PeriodSummary) -> None:
    """JSON output writes every figure, zeros included, and every count as an object."""
    data = json.loads(render_summary(county, format="json"))
    survey = data["activities_by_kind"]["survey"]
    assert survey["suggestions_arising"] == {"value": 13, "at_least": True}
    assert survey["people_received"] == {"value": 0, "at_least": False}
    assert data["suggestions"]["itemised"]["by_kind"] == {"motion": 2, "criticism": 1}


def test_assessment_table_in_both_languages() -> None:
    """The assessment table ranks deputies and names each rule's verdict in the language."""
    result = assess(example_records(), "2020", DEFAULT_STANDARD)
    zh = render_assessment(result)
    # Nothing failed, one term-long rule pending: the last column says pending, not no.
    assert (
        "| 2 | 王建国 | 0 考核期未满 | 5 达标 | 3 达标 | 25 达标 | 至少7 达标 | 81 | 待定 |" in zh
    )
    # The standard's line names how households not given per deputy are credited.
    assert "（按履职时间折算；联系群众户数未分到人的，按人均分摊）" in zh
    # 孙红梅 spoke once at session 8: a failed rule makes the last column "no".
    assert "| 孙红梅 | 0 考核期未满 | 8 达标 | 1 未达标 |" in zh
    assert zh.split("| 孙红梅 |")[1].split("\n")[0].rstrip().endswith("| 否 |")
    assert "优秀代表候选人（没有未达标项）" in zh
    en = render_assessment(result, lang="en", format="text")
    assert "王建国  0 pending" in en
    assert "households not given per deputy: shared equally" in en
    data = json.loads(render_assessment(result, format="json"))
    assert data["deputies"][0]["results"][0]["rule"] == "1"


def test_summary_by_deputy_gives_each_deputys_own_figures() -> None:
    """The by-deputy table shows own households where given and "not stated" where not."""
    summary = summarize(example_records(), "2020-H1")
    zh = render_summary(summary, by="deputy")
    assert (
        "| 代表 | 参加活动 | 所参加活动联系群众（户） | 本人联系群众（户） | 本人接待群众（人次） |"
        in zh
    )
    # 王建国 visited voters every month (at least one household each time); the stations'
    # reception figures are not given per deputy.
    row = zh.split("| 王建国 |")[1].split("\n")[0]
    cells = [c.strip() for c in row.split("|")]
    assert cells[2:4] == ["至少6", "未载明"]
    en = render_summary(summary, by="deputy", lang="en", format="text")
    assert "Own households" in en
    assert "not stated" in en


def test_a_standard_without_households_does_not_name_the_crediting_rule() -> None:
    """Crediting is named only when the standard counts households contacted."""
    from congresskit import DutyMetric, DutyRule, DutyStandard, DutyWindow

    speeches = DutyStandard(
        name="发言",
        rules=(
            DutyRule(code="a", metric=DutyMetric.SPEECHES, threshold=1, window=DutyWindow.YEAR),
        ),
    )
    zh = render_assessment(assess(example_records(), "2020", speeches))
    assert "考核标准：发言（按履职时间折算）。" in zh
