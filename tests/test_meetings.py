"""A presidium meeting's agenda and the documents it adopted: model, check, summary, reports."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from congresskit import (
    AdoptedDocument,
    Congress,
    DocumentError,
    DocumentKind,
    ElectionPlan,
    ElectoralDistrict,
    FieldError,
    Level,
    LevelSeats,
    PeriodSummary,
    PresidiumMeeting,
    RecordSet,
    ReportKind,
    ReportReview,
    RuleDocument,
    RuleKind,
    Term,
    check,
    dumps,
    json_schema,
    loads,
    render_summary,
    summarize,
)

D = dt.date
DAY = D(2021, 8, 20)


def _meeting(*adopted: AdoptedDocument, **changes: Any) -> PresidiumMeeting:
    fields: dict[str, Any] = {
        "id": "pm3",
        "term": "t19",
        "on": DAY,
        "number": 3,
        "subjects": ("研究换届选举工作",),
        "agenda": (ReportReview(report=ReportKind.PRESIDIUM_WORK),),
        "adopted": adopted,
    }
    fields.update(changes)
    return PresidiumMeeting(**fields)


PLAN_DOC = AdoptedDocument(title="XX镇换届选举工作实施方案", record="e2021")
RULE_DOC = AdoptedDocument(title="人大代表接待选民日制度", kind=DocumentKind.RULE, record="r1")
DECISION = AdoptedDocument(title="关于召开第二十届人民代表大会第一次会议的决定",
                           kind=DocumentKind.DECISION)  # fmt: skip


def _plan(**changes: Any) -> ElectionPlan:
    fields: dict[str, Any] = {
        "id": "e2021",
        "title": "XX镇换届选举工作实施方案",
        "adopted_on": DAY,
        "adopted_at": "pm3",
        "election_day": D(2021, 11, 15),
        "districts": (
            ElectoralDistrict(name="第一选区", level=Level.TOWN, seats=3),
            ElectoralDistrict(name="第二选区", level=Level.TOWN, seats=2),
        ),
        "seats_reported": (LevelSeats(level=Level.TOWN, seats=5),),
    }
    fields.update(changes)
    return ElectionPlan(**fields)


def _rule(**changes: Any) -> RuleDocument:
    fields: dict[str, Any] = {
        "id": "r1",
        "title": "人大代表接待选民日制度",
        "kind": RuleKind.RECEPTION_DAY,
        "adopted_on": DAY,
    }
    fields.update(changes)
    return RuleDocument(**fields)


def _records(
    meeting: PresidiumMeeting, plan: ElectionPlan | None = None, rule: RuleDocument | None = None
) -> RecordSet:
    return RecordSet(
        congress=Congress(id="xx", name="XX镇人民代表大会", level=Level.TOWN),
        terms=(Term(id="t19", congress="xx", number=19),),
        presidium_meetings=(meeting, PresidiumMeeting(id="pm4", term="t19", on=D(2021, 9, 1))),
        election_plans=(plan or _plan(),),
        rules=(rule or _rule(),),
    )


# -- the model ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: AdoptedDocument(title=""), "title"),
        (lambda: AdoptedDocument(title="方案", kind="plan"), "kind"),  # type: ignore[arg-type]
        (lambda: AdoptedDocument(title="方案", record=" e1"), "record"),
        (lambda: _meeting(PLAN_DOC, PLAN_DOC), "adopted[1].record"),
        (lambda: _meeting(adopted=("方案",)), "adopted"),
    ],
)
def test_bad_adopted_documents_are_refused_naming_the_field(build: Any, field: str) -> None:
    """An empty title, an unknown kind, a bad id, one record twice, a bare string: refused."""
    with pytest.raises((FieldError, TypeError)) as info:
        build()
    assert f".{field}:" in str(info.value)


@pytest.mark.parametrize(
    ("adopted", "path"),
    [
        ([{"title": ""}], "$.presidium_meetings[0].adopted[0].title"),
        ([{"title": "方案", "kind": "plan"}], "$.presidium_meetings[0].adopted[0].kind"),
        ([{"record": "e1"}], "$.presidium_meetings[0].adopted[0].title"),
    ],
)
def test_bad_adopted_documents_in_a_document_name_their_path(
    adopted: list[dict[str, Any]], path: str
) -> None:
    """Reading a document, each bad adopted document is refused at its $-path."""
    document = json.loads(dumps(_records(_meeting())))
    document["presidium_meetings"][0]["adopted"] = adopted
    with pytest.raises(DocumentError) as info:
        loads(json.dumps(document))
    assert path in str(info.value)


def test_adopted_documents_round_trip_and_are_in_the_schema() -> None:
    """A meeting's adopted documents read back equal; the schema lists the field and kinds."""
    records = _records(_meeting(PLAN_DOC, RULE_DOC, DECISION))
    assert loads(dumps(records)) == records
    defs = json_schema()["$defs"]
    assert "adopted" in defs["PresidiumMeeting"]["properties"]
    assert set(defs["AdoptedDocument"]["properties"]) == {"title", "kind", "record"}
    assert "election_plan" in json.dumps(defs["DocumentKind"])


# -- the check ---------------------------------------------------------------------------------


def test_documents_that_agree_with_their_records_pass() -> None:
    """A meeting that lists the plan adopted at it and a rule adopted that day: no problem."""
    assert check(_records(_meeting(PLAN_DOC, RULE_DOC, DECISION))) == ()


_AT = "$.presidium_meetings[0].adopted[0].record"


@pytest.mark.parametrize(
    ("meeting", "plan", "rule", "expected"),
    [
        # Unknown record, and a record of another type than the kind stated.
        (_meeting(AdoptedDocument(title="方案", record="e9")), None, None, [("X001", _AT)]),
        (
            _meeting(AdoptedDocument(title="制度", kind=DocumentKind.ELECTION_PLAN, record="r1")),
            None,
            None,
            [("X001", _AT)],
        ),
        # The plan's record says it was adopted at another meeting.
        (_meeting(PLAN_DOC), _plan(adopted_at="pm4", adopted_on=None), None, [("X025", _AT)]),
        # The plan names this meeting but another day: reported once, on the plan.
        (
            _meeting(PLAN_DOC),
            _plan(adopted_on=D(2021, 8, 21)),
            None,
            [("X025", "$.election_plans[0].adopted_on")],
        ),
        # A plan naming no meeting, and a rule, adopted on another day than the meeting's.
        (
            _meeting(PLAN_DOC),
            _plan(adopted_at=None, adopted_on=D(2021, 7, 1)),
            None,
            [("X025", _AT)],
        ),
        (_meeting(RULE_DOC), None, _rule(adopted_on=D(2020, 1, 1)), [("X025", _AT)]),
    ],
)
def test_adoptions_that_disagree_are_errors_at_their_path(
    meeting: PresidiumMeeting,
    plan: ElectionPlan | None,
    rule: RuleDocument | None,
    expected: list[tuple[str, str]],
) -> None:
    """Each disagreement between a meeting's list and the records is reported where it is."""
    problems = check(_records(meeting, plan, rule))
    assert [(p.code, p.path) for p in problems] == expected
    assert all(p.severity == "error" for p in problems)


def test_a_plan_whose_districts_fall_short_of_its_seats_is_warned_of() -> None:
    """Districts allotting 5 of 48 town seats: W010 at the stated total; 5 of 5: nothing."""
    short = _plan(seats_reported=(LevelSeats(level=Level.TOWN, seats=48),))
    problems = check(_records(_meeting(), short))
    assert [(p.code, p.severity, p.path) for p in problems] == [
        ("W010", "warning", "$.election_plans[0].seats_reported[0].seats")
    ]
    assert "5 town seats" in problems[0].message
    assert "48" in problems[0].message
    assert check(_records(_meeting(), _plan())) == ()
    # No district listed at all: nothing to add up, no warning.
    assert check(_records(_meeting(), _plan(districts=()))) == ()


# -- the summary and reports -------------------------------------------------------------------


def test_the_summary_lists_meetings_with_what_they_adopted() -> None:
    """Meetings by day; the plan that names the meeting is listed once, its kind read off."""
    s = summarize(_records(_meeting(PLAN_DOC, DECISION)), "2021")
    assert s.presidium_meetings == 2
    assert [m.id for m in s.meetings] == ["pm3", "pm4"]
    first, second = s.meetings
    assert [(d.title, d.kind, d.record) for d in first.adopted] == [
        ("XX镇换届选举工作实施方案", DocumentKind.ELECTION_PLAN, "e2021"),
        (DECISION.title, DocumentKind.DECISION, None),
    ]
    assert first.agenda == (ReportReview(report=ReportKind.PRESIDIUM_WORK),)
    assert first.subjects == ("研究换届选举工作",)
    assert second.adopted == ()
    # The meeting's record need not list the plan: the plan's adopted_at says where.
    (only,) = summarize(_records(_meeting()), "2021").meetings[:1]
    assert [d.record for d in only.adopted] == ["e2021"]
    assert summarize(_records(_meeting(PLAN_DOC)), "2020").meetings == ()


def test_meetings_and_plans_in_different_parts_add_up() -> None:
    """The meeting in one part and its plan in another: the sum lists the adoption."""
    records = list(_records(_meeting(DECISION)))
    meetings = [r for r in records if isinstance(r, PresidiumMeeting)]
    rest = [r for r in records if not isinstance(r, PresidiumMeeting)]
    whole = summarize(records, "2021")
    assert PeriodSummary.sum([summarize(meetings, "2021"), summarize(rest, "2021")]) == whole
    assert [d.record for d in whole.meetings[0].adopted] == [None, "e2021"]


def test_both_reports_say_what_each_meeting_adopted() -> None:
    """The Chinese and English reports name the meeting, its day and the documents."""
    s = summarize(_records(_meeting(PLAN_DOC, DECISION)), "2021")
    zh = render_summary(s)
    assert (
        "2021年8月20日，主席团第三次会议审议通过《XX镇换届选举工作实施方案》、"
        f"《{DECISION.title}》。" in zh
    )
    en = render_summary(s, lang="en")
    said = "On 20 August 2021 the 3rd presidium meeting adopted XX镇换届选举工作实施方案 and"
    assert f"{said} {DECISION.title}." in en
    unnumbered = summarize(_records(attrs.evolve(_meeting(DECISION), number=None)), "2021")
    assert f"2021年8月20日，主席团会议审议通过《{DECISION.title}》" in render_summary(unnumbered)
