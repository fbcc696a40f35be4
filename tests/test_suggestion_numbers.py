"""Numbered suggestions without a named lead deputy, and activity items that check them.

Expected values are written by hand from the records built here.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import attrs
import pytest

from congresskit import (
    Activity,
    ActivityItem,
    ActivityKind,
    Congress,
    Count,
    Deputy,
    DeputyGroup,
    DutyMetric,
    DutyRule,
    DutyStandard,
    DutyWindow,
    FieldError,
    FieldTypeError,
    HandlingReport,
    JsonLinesError,
    Level,
    Membership,
    MembershipKind,
    RecordSet,
    Session,
    Suggestion,
    SuggestionKind,
    Term,
    ValidationError,
    When,
    assess,
    check,
    dump_jsonl,
    dumps,
    load_jsonl,
    loads,
    render_summary,
    summarize,
    validate_jsonl,
)

D = dt.date
S, MOTION = SuggestionKind.SUGGESTION, SuggestionKind.MOTION
TERM = Term(id="t13", congress="c", number=13, start=D(2018, 1, 1), end=D(2022, 12, 31))
SESSION = Session(id="t13-s3", term="t13", number=3, start=D(2020, 1, 10))
OTHER = Session(id="t13-s4", term="t13", number=4, start=D(2021, 1, 10))
GROUP = DeputyGroup(id="g1", name="第一小组", term="t13")
DEPUTY = Deputy(
    id="d1",
    name="张华",
    levels=(Level.TOWN,),
    memberships=(
        Membership(kind=MembershipKind.TERM, of="t13", start=D(2018, 1, 1)),
        Membership(kind=MembershipKind.GROUP, of="g1", start=D(2018, 1, 1)),
    ),
)


def _suggestion(sid: str, **fields: Any) -> Suggestion:
    base: dict[str, Any] = {"kind": S, "title": "建议", "raised_on": D(2020, 1, 10)}
    return Suggestion(id=sid, **(base | fields))


def _records(*suggestions: Suggestion, activities: tuple[Activity, ...] = ()) -> RecordSet:
    return RecordSet(
        congress=Congress(id="c", name="白地镇人民代表大会", level=Level.TOWN),
        terms=(TERM,),
        sessions=(SESSION, OTHER),
        groups=(GROUP,),
        deputies=(DEPUTY,),
        suggestions=suggestions,
        activities=activities,
    )


def _jsonl(records: RecordSet) -> io.StringIO:
    text = io.StringIO()
    dump_jsonl(records, text, profile="full")
    text.seek(0)
    return text


def _visit(*checked: str | None) -> Activity:
    items = tuple(ActivityItem(kind=ActivityKind.SUPERVISION, suggestion=s) for s in checked)
    kind, day = ActivityKind.SUPERVISION, D(2020, 10, 17)
    return Activity(id="a-sites", kind=kind, title="督查", start=day, items=items)


# --- the model -------------------------------------------------------------------------


def test_a_suggestion_may_leave_its_lead_unstated_and_carry_a_number() -> None:
    """No lead: no signatories; the number is kept."""
    s = _suggestion("s16", number=16)
    assert (s.lead, s.signatories, s.number) == (None, (), 16)
    assert _suggestion("s1", lead="d1", cosigners=("d2",)).signatories == ("d1", "d2")


@pytest.mark.parametrize(
    ("fields", "error", "where"),
    [
        ({"cosigners": ("d2",)}, FieldError, "Suggestion.lead, cosigners"),
        ({"number": 0}, FieldError, "Suggestion.number"),
        ({"number": -3}, FieldError, "Suggestion.number"),
        ({"number": "16"}, FieldTypeError, "Suggestion.number"),
        ({"number": True}, FieldTypeError, "Suggestion.number"),
        ({"lead": ""}, FieldError, "Suggestion.lead"),
    ],
)
def test_bad_suggestion_fields_are_refused(
    fields: dict[str, Any], error: type[Exception], where: str
) -> None:
    """Co-signers without a lead, and numbers that are not positive integers, are refused."""
    with pytest.raises(error, match=f"^{where}"):
        _suggestion("s", **fields)


@pytest.mark.parametrize(
    ("record", "error", "path"),
    [
        ({"cosigners": ["d1"]}, "required", "$.suggestions[0]"),
        ({"number": 0}, "positive", "$.suggestions[0].number"),
        ({"number": "16"}, "type", "$.suggestions[0].number"),
    ],
)
def test_bad_suggestion_fields_in_a_document_are_reported_at_their_path(
    record: dict[str, Any], error: str, path: str
) -> None:
    """A document's bad suggestion names the rule and the $-path."""
    document = json.loads(dumps(_records(_suggestion("s"))))
    document["suggestions"][0].update(record)
    with pytest.raises(ValidationError) as info:
        loads(json.dumps(document))
    (problem,) = info.value.problems
    assert problem.path.startswith(path)
    assert problem.rule == error


# --- the check -------------------------------------------------------------------------


def _problems(records: RecordSet) -> list[tuple[str, str, str]]:
    return [(p.code, p.severity, p.path) for p in check(records)]


@pytest.mark.parametrize(
    ("suggestions", "activities", "expected"),
    [
        # Two suggestions of one session share number 16: both are reported.
        (
            (_suggestion("a", number=16, session="t13-s3"),
             _suggestion("b", number=16, session="t13-s3")),
            (),
            [("X027", "error", "$.suggestions[0].number"),
             ("X027", "error", "$.suggestions[1].number")],
        ),
        # A motion and a suggestion are numbered apart; other sessions, and no session, too.
        (
            (_suggestion("a", number=16, session="t13-s3"),
             _suggestion("b", number=16, session="t13-s3", kind=MOTION, lead="d1"),
             _suggestion("c", number=16, session="t13-s4", raised_on=D(2021, 1, 10)),
             _suggestion("d", number=16),
             _suggestion("e", number=16)),
            (),
            [("X010", "error", "$.suggestions[1].cosigners")],
        ),
        # A motion whose signatories are not stated: not failed, said to be not stated.
        ((_suggestion("m", kind=MOTION, session="t13-s3"),), (), [
            ("W012", "warning", "$.suggestions[0].lead")]),
        # An item naming a suggestion that is not among the records.
        ((_suggestion("s16", number=16),), (_visit("s16", None, "s99"),), [
            ("X001", "error", "$.activities[0].items[2].suggestion")]),
        ((_suggestion("s16", number=16),), (_visit("s16"),), []),
    ],
)  # fmt: skip
def test_the_check_of_numbers_signatories_and_checked_suggestions(
    suggestions: tuple[Suggestion, ...],
    activities: tuple[Activity, ...],
    expected: list[tuple[str, str, str]],
) -> None:
    """Numbers are unique per session and kind family; unknown checked suggestions are errors."""
    assert _problems(_records(*suggestions, activities=activities)) == expected


def test_json_lines_files_report_a_number_used_in_two_files() -> None:
    """The streaming check counts numbers over every file, as the in-memory check does."""
    first = _records(_suggestion("a", number=16, session="t13-s3"))
    second = RecordSet(suggestions=(_suggestion("b", number=16, session="t13-s3"),))
    with pytest.raises(JsonLinesError) as info:
        validate_jsonl([_jsonl(first), _jsonl(second)])
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("X027", "$.number"),
        ("X027", "$.number"),
    ]


# --- the summary and the reports -------------------------------------------------------


def test_a_suggestion_without_a_lead_counts_for_no_deputy_or_group() -> None:
    """d1 leads one of three suggestions; the two without a lead count for nobody."""
    records = _records(
        _suggestion("s1", lead="d1"), _suggestion("s16", number=16), _suggestion("s6", number=6)
    )
    summary = summarize(records, "2020")
    assert summary.suggestions.raised == Count(3)
    assert summary.suggestions.lead_not_stated == 2
    (deputy,) = summary.deputies
    assert (deputy.id, deputy.suggestions_led) == ("d1", 1)
    (group,) = summary.groups
    assert group.suggestions.suggestions == 1
    zh = render_summary(summary)
    assert "其中2条未载明领衔代表，不计入任何代表。" in zh
    en = render_summary(summary, lang="en")
    assert "2 of them, with no lead deputy stated, count for no deputy." in en


def test_the_activity_list_shows_the_numbers_of_the_suggestions_checked() -> None:
    """Items name No. 16 (raised the year before), one without a number, and none."""
    earlier = _suggestion("s16", number=16, raised_on=When.of_year(2019))
    records = _records(earlier, _suggestion("s-x"), activities=(_visit("s16", "s-x", None),))
    summary = summarize(records, "2020")
    (line,) = summary.activity_list
    assert line.item_suggestions == ("s16", "s-x", None)
    assert line.item_numbers == (16, None, None)
    assert "所查建议：第16号、编号未载明" in render_summary(summary)
    assert "suggestions checked: No. 16 and number not stated" in render_summary(summary, lang="en")


def test_a_number_shows_however_the_records_are_split() -> None:
    """The activity in one part and the suggestion in another: the sum shows the number."""
    visit, bridge = _visit("s16"), _suggestion("s16", number=16)
    parts = summarize([visit], "2020") + summarize([bridge], "2020")
    assert parts.activity_list[0].item_numbers == (16,)
    assert summarize([visit], "2020").activity_list[0].item_numbers == (None,)
    assert summarize([_visit(None)], "2020").activity_list[0].item_numbers == ()


def test_handling_reports_stay_the_basis_when_they_count_more_than_is_itemised() -> None:
    """Three of nineteen itemised: the report's 19 items stay the handling figures."""
    report = HandlingReport(
        id="h", title="办理情况", on=D(2020, 10, 17), covers=When.of_year(2020), items=Count(19)
    )
    three = [_suggestion(f"s{n}", number=n, session="t13-s3") for n in (16, 6, 15)]
    handling = summarize([SESSION, report, *three], "2020").handling
    assert (handling.basis, handling.items) == ("reported", Count(19))


# --- the assessment --------------------------------------------------------------------


def test_an_assessment_credits_a_suggestion_without_a_lead_to_nobody() -> None:
    """d1 led one suggestion; one more has no lead: the figure is 1, at least (not 2)."""
    rule = DutyRule(code="2", metric=DutyMetric.SUGGESTIONS_LED, threshold=2,
                    window=DutyWindow.YEAR)  # fmt: skip
    standard = DutyStandard(name="2", rules=(rule,))
    led = _suggestion("s1", lead="d1")
    base = [TERM, DEPUTY, led]
    (result,) = assess(base, "2020", standard).deputy("d1").results
    assert result.figure == Count(1)
    (result,) = (
        assess([*base, _suggestion("s16", number=16)], "2020", standard).deputy("d1").results
    )
    assert result.figure == Count(1, at_least=True)
    # A suggestion without a lead in another year leaves 2020's figure exact.
    other_year = _suggestion("s6", number=6, raised_on=D(2021, 3, 1))
    (result,) = assess([*base, other_year], "2020", standard).deputy("d1").results
    assert result.figure == Count(1)


# --- exchange --------------------------------------------------------------------------


def test_numbers_leads_and_checked_suggestions_survive_a_round_trip() -> None:
    """JSON and JSON Lines keep a number, an unstated lead and an item's suggestion."""
    records = _records(_suggestion("s16", number=16), activities=(_visit("s16"),))
    assert loads(dumps(records)) == records
    assert load_jsonl(_jsonl(records)) == records
    document = json.loads(dumps(records))
    assert "lead" not in document["suggestions"][0]
    assert document["suggestions"][0]["number"] == 16
    assert document["activities"][0]["items"][0]["suggestion"] == "s16"


def test_a_version_1_suggestion_reads_with_its_lead_unchanged() -> None:
    """Format version 1 suggestions always named their lead; they read as before."""
    document = json.loads(dumps(_records(_suggestion("s1", lead="d1"))))
    document["version"] = 1
    records = loads(json.dumps(document))
    (s,) = records.suggestions
    assert (s.lead, s.number) == ("d1", None)
    assert attrs.evolve(s, lead="d1") == s


def test_breakdowns_show_suggestions_led_as_lower_bounds_when_some_have_no_lead() -> None:
    """By deputy and by group, 1 suggestion led reads 1+ when another has no stated lead."""
    led = _suggestion("s1", lead="d1")
    exact = render_summary(summarize(_records(led), "2020"), by="deputy", lang="en")
    lower = render_summary(
        summarize(_records(led, _suggestion("s16", number=16)), "2020"), by="deputy", lang="en"
    )
    assert "| 张华 |" in exact
    assert "| 1 | 0 |" in exact
    assert "| 1+ | 0+ |" in lower
    by_group = render_summary(
        summarize(_records(led, _suggestion("s16", number=16)), "2020"), by="group", lang="en"
    )
    assert "| 1+ |" in by_group
