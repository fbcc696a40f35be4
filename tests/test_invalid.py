"""Invalid constructions fail at once, with an error that names the class and the field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from congresskit import (
    Activity,
    ActivityKind,
    Assigned,
    Attendance,
    BallotCandidate,
    Campaign,
    Candidate,
    Congress,
    CongresskitError,
    Count,
    Deputy,
    Election,
    Evaluated,
    FieldError,
    FieldTypeError,
    Inquiry,
    Level,
    LivelihoodProject,
    Membership,
    MembershipKind,
    Opinion,
    OpinionResolution,
    Place,
    PlanItem,
    PlanSection,
    ProjectBallot,
    ProjectProgress,
    ProjectStatus,
    Replied,
    Resolution,
    ReviewDecision,
    Reviewed,
    Session,
    Speech,
    Station,
    Suggestion,
    SuggestionKind,
    Tally,
    Target,
    TargetMetric,
    Term,
    Unit,
    WorkPlan,
)

D = dt.date
CST = dt.timezone(dt.timedelta(hours=8))
TOWN = (Level.TOWN,)


def wrong(value: object) -> Any:
    """A value of the wrong type, as untyped input (JSON, a form) would bring it."""
    return value


def _candidate(votes: int, elected: bool = False) -> Candidate:
    return Candidate(name="李明", votes=votes, elected=elected)


def _suggestion(**changes: Any) -> Suggestion:
    fields: dict[str, Any] = {
        "id": "s1",
        "kind": SuggestionKind.SUGGESTION,
        "title": "整治场镇车辆乱停",
        "lead": "d1",
        "raised_on": D(2020, 1, 13),
    }
    return Suggestion(**{**fields, **changes})


def _activity(**changes: Any) -> Activity:
    fields: dict[str, Any] = {
        "id": "a1",
        "kind": ActivityKind.INSPECTION,
        "title": "视察派出所",
        "start": D(2020, 4, 1),
    }
    return Activity(**{**fields, **changes})


# (case id, construction, error class, record class named, field named)
CASES: list[tuple[str, Callable[[], object], type[CongresskitError], str, str]] = [
    # counts
    ("negative count", lambda: Count(-1), FieldError, "Count", "value"),
    ("bool as count", lambda: Count(True), FieldTypeError, "Count", "value"),
    ("str as count", lambda: Count(wrong("200")), FieldTypeError, "Count", "value"),
    (
        "str as at_least",
        lambda: Count(200, at_least=wrong("余")),
        FieldTypeError,
        "Count",
        "at_least",
    ),
    # the body, terms, units, places
    (
        "blank congress name",
        lambda: Congress(id="xx", name="  ", level=Level.TOWN),
        FieldError,
        "Congress",
        "name",
    ),
    (
        "level as a plain string",
        lambda: Congress(id="xx", name="XX镇人民代表大会", level=wrong("town")),
        FieldTypeError,
        "Congress",
        "level",
    ),
    ("id with a trailing space", lambda: Place(id="v1 ", name="称沱村"), FieldError, "Place", "id"),
    ("id with a leading space", lambda: Unit(id=" u1", name="派出所"), FieldError, "Unit", "id"),
    ("empty id", lambda: Place(id="", name="称沱村"), FieldError, "Place", "id"),
    ("number as id", lambda: Place(id=wrong(7), name="称沱村"), FieldTypeError, "Place", "id"),
    (
        "term number zero",
        lambda: Term(id="t19", congress="xx", number=0, start=D(2016, 12, 1), end=D(2021, 11, 30)),
        FieldError,
        "Term",
        "number",
    ),
    (
        "term number as str",
        lambda: Term(
            id="t19", congress="xx", number=wrong("19"), start=D(2016, 12, 1), end=D(2021, 11, 30)
        ),
        FieldTypeError,
        "Term",
        "number",
    ),
    (
        "term ends before it starts",
        lambda: Term(id="t19", congress="xx", number=19, start=D(2021, 1, 1), end=D(2016, 1, 1)),
        FieldError,
        "Term",
        "end",
    ),
    (
        "datetime as a day",
        lambda: Term(
            id="t19",
            congress="xx",
            number=19,
            start=dt.datetime(2016, 12, 1, tzinfo=CST),
            end=D(2021, 11, 30),
        ),
        FieldTypeError,
        "Term",
        "start",
    ),
    (
        "unit kind as a plain string",
        lambda: Unit(id="u1", name="派出所", kind=wrong("police")),
        FieldTypeError,
        "Unit",
        "kind",
    ),
    # deputies and memberships
    (
        "repeated deputy levels",
        lambda: Deputy(id="d1", name="张华", levels=(Level.TOWN, Level.TOWN)),
        FieldError,
        "Deputy",
        "levels",
    ),
    (
        "deputy levels as a set (no order)",
        lambda: Deputy(id="d1", name="张华", levels=wrong({Level.TOWN})),
        FieldTypeError,
        "Deputy",
        "levels",
    ),
    (
        "deputy level repeated",
        lambda: Deputy(id="d1", name="张华", levels=(Level.TOWN, Level.TOWN)),
        FieldError,
        "Deputy",
        "levels",
    ),
    (
        "naive created stamp",
        lambda: Deputy(id="d1", name="张华", levels=TOWN, created=dt.datetime(2020, 1, 1)),
        FieldError,
        "Deputy",
        "created",
    ),
    (
        "naive modified stamp",
        lambda: Place(id="v1", name="称沱村", modified=dt.datetime(2020, 1, 1)),
        FieldError,
        "Place",
        "modified",
    ),
    (
        "date as created stamp",
        lambda: Deputy(id="d1", name="张华", levels=TOWN, created=wrong(D(2020, 1, 1))),
        FieldTypeError,
        "Deputy",
        "created",
    ),
    (
        "modified before created",
        lambda: Deputy(
            id="d1",
            name="张华",
            levels=TOWN,
            created=dt.datetime(2020, 3, 1, tzinfo=CST),
            modified=dt.datetime(2020, 2, 1, tzinfo=CST),
        ),
        FieldError,
        "Deputy",
        "modified",
    ),
    (
        "membership ends before it starts",
        lambda: Membership(
            kind=MembershipKind.GROUP, of="g1", start=D(2020, 5, 1), end=D(2020, 4, 1)
        ),
        FieldError,
        "Membership",
        "end",
    ),
    (
        "membership kind as a plain string",
        lambda: Membership(kind=wrong("group"), of="g1", start=D(2020, 5, 1)),
        FieldTypeError,
        "Membership",
        "kind",
    ),
    (
        "bad reception rule",
        lambda: Station(id="st1", name="一号站", reception_rule="every month on the 15th"),
        FieldError,
        "Station",
        "reception_rule",
    ),
    # sessions and votes
    (
        "tally over entitled",
        lambda: Tally(yes=60, no=3, abstain=2, absent=1, entitled=65),
        FieldError,
        "Tally",
        "entitled",
    ),
    ("negative tally", lambda: Tally(yes=-1), FieldError, "Tally", "yes"),
    ("float tally", lambda: Tally(yes=wrong(60.0)), FieldTypeError, "Tally", "yes"),
    (
        "more present than due",
        lambda: Attendance(due=65, present=60, on_leave=6),
        FieldError,
        "Attendance",
        "due",
    ),
    (
        "more deputies named on leave than on leave",
        lambda: Attendance(due=65, present=60, on_leave=1, excused=("d1", "d2")),
        FieldError,
        "Attendance",
        "excused",
    ),
    (
        "a deputy named on leave twice",
        lambda: Attendance(due=65, present=60, on_leave=2, excused=("d1", "d1")),
        FieldError,
        "Attendance",
        "excused",
    ),
    (
        "votes over ballots returned",
        lambda: Election(
            office="镇长", candidates=(_candidate(61),), ballots_issued=65, ballots_returned=60
        ),
        FieldError,
        "Election",
        "ballots_returned",
    ),
    (
        "ballots returned over issued",
        lambda: Election(
            office="镇长", candidates=(_candidate(50),), ballots_issued=60, ballots_returned=61
        ),
        FieldError,
        "Election",
        "ballots_issued",
    ),
    (
        "elected more than seats",
        lambda: Election(office="镇长", candidates=(_candidate(40, True), _candidate(20, True))),
        FieldError,
        "Election",
        "seats",
    ),
    (
        "election electing more than its seats",
        lambda: Election(office="镇长", elected_reported=2),
        FieldError,
        "Election",
        "candidates, seats",
    ),
    (
        "negative votes",
        lambda: Candidate(name="李明", votes=-3),
        FieldError,
        "Candidate",
        "votes",
    ),
    (
        "ballot over returned",
        lambda: ProjectBallot(
            candidates=(BallotCandidate(project="p1", yes=50, no=8, abstain=3),),
            ballots_issued=65,
            ballots_returned=60,
        ),
        FieldError,
        "ProjectBallot",
        "ballots_returned",
    ),
    (
        "project twice on a ballot",
        lambda: ProjectBallot(
            candidates=(
                BallotCandidate(project="p1", yes=50),
                BallotCandidate(project="p1", yes=40),
            ),
            ballots_issued=65,
            ballots_returned=60,
        ),
        FieldError,
        "ProjectBallot",
        "project",
    ),
    (
        "inquiry by nobody",
        lambda: Inquiry(deputies=(), subject="污水处理厂进度", addressed_to="u1"),
        FieldError,
        "Inquiry",
        "deputies",
    ),
    (
        "adopted as a string",
        lambda: Resolution(title="关于政府工作报告的决议", adopted=wrong("yes")),
        FieldTypeError,
        "Resolution",
        "adopted",
    ),
    (
        "session ends before it starts",
        lambda: Session(id="m8", term="t19", number=8, start=D(2020, 1, 13), end=D(2020, 1, 12)),
        FieldError,
        "Session",
        "end",
    ),
    (
        "a speech on the agenda",
        lambda: Session(
            id="m8",
            term="t19",
            number=8,
            start=D(2020, 1, 13),
            agenda=wrong((Speech(deputy="d1"),)),
        ),
        FieldTypeError,
        "Session",
        "agenda",
    ),
    (
        "bool as a session number",
        lambda: Session(id="m8", term="t19", number=True, start=D(2020, 1, 13)),
        FieldTypeError,
        "Session",
        "number",
    ),
    # suggestions and their events
    (
        "merged without a target",
        lambda: Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.MERGED),
        FieldError,
        "Reviewed",
        "merged_into",
    ),
    (
        "accepted with a merge target",
        lambda: Reviewed(on=D(2020, 1, 15), decision=ReviewDecision.ACCEPTED, merged_into="s2"),
        FieldError,
        "Reviewed",
        "merged_into",
    ),
    (
        "lead unit also assisting",
        lambda: Assigned(on=D(2020, 1, 20), lead_unit="u1", assisting_units=("u2", "u1")),
        FieldError,
        "Assigned",
        "assisting_units",
    ),
    (
        "assisting unit repeated",
        lambda: Assigned(on=D(2020, 1, 20), lead_unit="u1", assisting_units=("u2", "u2")),
        FieldError,
        "Assigned",
        "assisting_units",
    ),
    (
        "outcome as a plain string",
        lambda: Replied(on=D(2020, 3, 1), outcome=wrong("a")),
        FieldTypeError,
        "Replied",
        "outcome",
    ),
    (
        "satisfaction as a plain string",
        lambda: Evaluated(on=D(2020, 3, 5), handling=wrong("satisfied")),
        FieldTypeError,
        "Evaluated",
        "handling",
    ),
    (
        "kind as a plain string",
        lambda: _suggestion(kind="motion"),
        FieldTypeError,
        "Suggestion",
        "kind",
    ),
    ("blank title", lambda: _suggestion(title=" "), FieldError, "Suggestion", "title"),
    (
        "raised_on as a number",
        lambda: _suggestion(raised_on=20200113),
        FieldTypeError,
        "Suggestion",
        "raised_on",
    ),
    (
        "raised_on as a timestamp string",
        lambda: _suggestion(raised_on="2020-01-13T09:00:00+08:00"),
        FieldError,
        "Suggestion",
        "raised_on",
    ),
    (
        "raised_on as a day not in the calendar",
        lambda: _suggestion(raised_on="2020-02-30"),
        FieldError,
        "Suggestion",
        "raised_on",
    ),
    (
        "raised_on as a month without its leading zero",
        lambda: _suggestion(raised_on="2020-1"),
        FieldError,
        "Suggestion",
        "raised_on",
    ),
    (
        "cosigners as a string (a sequence of characters)",
        lambda: _suggestion(cosigners="d2"),
        FieldTypeError,
        "Suggestion",
        "cosigners",
    ),
    (
        "events as a mapping",
        lambda: _suggestion(events={"assigned": Assigned(on=D(2020, 1, 20), lead_unit="u1")}),
        FieldTypeError,
        "Suggestion",
        "events",
    ),
    # activities and campaigns
    (
        "opinion naming a suggestion it was not turned into",
        lambda: Opinion(text="路灯坏了", resolution=OpinionResolution.FORWARDED, suggestion="s1"),
        FieldError,
        "Opinion",
        "suggestion",
    ),
    (
        "opinion answered on the spot with a suggestion",
        lambda: Opinion(
            text="路灯坏了", resolution=OpinionResolution.ANSWERED_ON_SPOT, suggestion="s1"
        ),
        FieldError,
        "Opinion",
        "resolution",
    ),
    (
        "activity ends before it starts",
        lambda: _activity(end=D(2020, 3, 31)),
        FieldError,
        "Activity",
        "end",
    ),
    (
        "participant listed twice",
        lambda: _activity(participants=("d1", "d2", "d1")),
        FieldError,
        "Activity",
        "participants",
    ),
    (
        "people received as a bare int",
        lambda: _activity(people_received=200),
        FieldTypeError,
        "Activity",
        "people_received",
    ),
    (
        "campaign kind as a plain string",
        lambda: Campaign(
            id="k1", kind=wrong("epidemic_prevention"), name="疫情防控", start=D(2020, 1, 25)
        ),
        FieldTypeError,
        "Campaign",
        "kind",
    ),
    # projects and plans
    (
        "unsorted project progress",
        lambda: LivelihoodProject(
            id="p1",
            name="称沱污水处理厂建设",
            session="m8",
            progress=(
                ProjectProgress(on=D(2020, 5, 1), status=ProjectStatus.IN_PROGRESS),
                ProjectProgress(on=D(2020, 3, 1), status=ProjectStatus.DELAYED),
            ),
        ),
        FieldError,
        "LivelihoodProject",
        "progress[1].on",
    ),
    (
        "target of zero",
        lambda: Target(metric=TargetMetric.UNITS_COVERED, value=0),
        FieldError,
        "Target",
        "value",
    ),
    (
        "int as per_deputy",
        lambda: Target(metric=TargetMetric.PARTICIPATIONS, value=1, per_deputy=wrong(1)),
        FieldTypeError,
        "Target",
        "per_deputy",
    ),
    (
        "blank plan item",
        lambda: PlanItem(section=PlanSection.SUPERVISION, text=""),
        FieldError,
        "PlanItem",
        "text",
    ),
    (
        "plan ends before it starts",
        lambda: WorkPlan(
            id="w1", congress="xx", title="下半年计划", start=D(2020, 12, 31), end=D(2020, 7, 1)
        ),
        FieldError,
        "WorkPlan",
        "end",
    ),
]

BUILTIN = {FieldError: ValueError, FieldTypeError: TypeError}


def test_the_table_is_large_enough() -> None:
    """The table covers at least 40 invalid constructions."""
    assert len(CASES) >= 40


@pytest.mark.parametrize(
    ("build", "error", "record", "field"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_invalid_construction_is_refused(
    build: Callable[[], object], error: type[CongresskitError], record: str, field: str
) -> None:
    """The error has the documented class, its builtin, and names the class and the field."""
    with pytest.raises(error) as info:
        build()
    assert isinstance(info.value, CongresskitError)
    assert isinstance(info.value, BUILTIN[error])
    raised: Any = info.value
    assert raised.record == record
    assert field in raised.field
    message = str(raised)
    assert message.startswith(f"{record}.")
    assert field in message.split(":")[0]
