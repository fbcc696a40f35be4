"""The collection check: one case per rule, every problem at once, and validate.

The base record set is a small slice of the reference report (term 19, session
8 on 13 January 2020, the parking suggestion from the police-station
inspection, the epidemic campaign ...). It is consistent; each case breaks one
rule and expects exactly that problem, at that path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import attrs
import pytest

from congresskit import (
    Activity,
    ActivityItem,
    ActivityKind,
    Assigned,
    Attendance,
    BallotCandidate,
    Campaign,
    CampaignKind,
    CampaignRole,
    CampaignRoleKind,
    Candidate,
    Congress,
    CongresskitError,
    Count,
    Deputy,
    DeputyGroup,
    Election,
    Finding,
    Inquiry,
    Level,
    LivelihoodProject,
    Membership,
    MembershipKind,
    Opinion,
    OpinionResolution,
    Outcome,
    ParticipantFigures,
    Place,
    PlanItem,
    PlanSection,
    Policy,
    PresidiumMeeting,
    ProjectBallot,
    ProjectProgress,
    ProjectStatus,
    RecordSet,
    Replied,
    ReportKind,
    ReportReview,
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
    UnitKind,
    ValidationError,
    WorkPlan,
    check,
    validate,
)
from congresskit.checking._consistency import CONSISTENCY_RULES

D = dt.date
T19 = D(2016, 12, 1)


def _deputy(n: int) -> Deputy:
    return Deputy(
        id=f"d{n}",
        name=f"代表{n}",
        levels=(Level.TOWN,),
        memberships=(
            Membership(kind=MembershipKind.TERM, of="t19", start=T19),
            Membership(kind=MembershipKind.GROUP, of="g1", start=T19, role="组员"),
        ),
    )


SESSION = Session(
    id="m8",
    term="t19",
    number=8,
    start=D(2020, 1, 13),
    venue="镇政府会议室",
    attendance=Attendance(due=65, present=60, on_leave=3),
    agenda=(
        ReportReview(report=ReportKind.GOVERNMENT_WORK, unit="u-gov"),
        Resolution(
            title="关于政府工作报告的决议", tally=Tally(yes=58, no=1, abstain=1, entitled=65)
        ),
        Election(
            office="镇长",
            by_election=True,
            candidates=(Candidate(name="代表1", votes=57, elected=True, deputy="d1"),),
            ballots_issued=60,
            ballots_returned=60,
        ),
        ProjectBallot(
            candidates=(BallotCandidate(project="p1", yes=55, no=3, abstain=2),),
            ballots_issued=60,
            ballots_returned=60,
        ),
        Inquiry(deputies=("d1",), subject="污水处理厂进度", addressed_to="u-gov"),
    ),
    speeches=(Speech(deputy="d1", subject="场镇停车"),),
    suggestions_reported=Count(63),
)

BASE = RecordSet(
    congress=Congress(id="xx", name="XX镇人民代表大会", level=Level.TOWN),
    terms=(Term(id="t19", congress="xx", number=19, start=T19, end=D(2021, 11, 30)),),
    units=(
        Unit(id="u-gov", name="XX镇人民政府", kind=UnitKind.TOWN_GOVERNMENT),
        Unit(id="u-police", name="XX派出所", kind=UnitKind.POLICE, parent="u-gov"),
        Unit(id="u-civil", name="区民政局", kind=UnitKind.DISTRICT_DEPARTMENT),
    ),
    places=(Place(id="v1", name="称沱村"),),
    deputies=tuple(_deputy(n) for n in range(1, 7)),
    groups=(DeputyGroup(id="g1", name="第一代表小组", term="t19", station="st1"),),
    stations=(
        Station(
            id="st1",
            name="称沱村代表工作站",
            place="v1",
            reception_rule="FREQ=MONTHLY;BYMONTHDAY=15",
        ),
    ),
    sessions=(SESSION,),
    presidium_meetings=(PresidiumMeeting(id="pm1", term="t19", on=D(2020, 7, 1)),),
    projects=(
        LivelihoodProject(
            id="p1", name="称沱污水处理厂建设", session="m8", responsible_unit="u-gov"
        ),
    ),
    campaigns=(
        Campaign(
            id="k1",
            kind=CampaignKind.EPIDEMIC_PREVENTION,
            name="疫情防控",
            start=D(2020, 1, 25),
            roles=(CampaignRole(role=CampaignRoleKind.GATEKEEPER, deputies=("d1", "d2")),),
        ),
    ),
    suggestions=(
        Suggestion(
            id="s1",
            kind=SuggestionKind.SUGGESTION,
            title="整治场镇车辆乱停",
            lead="d2",
            cosigners=("d3",),
            raised_on=D(2020, 4, 10),
            events=(
                Assigned(on=D(2020, 4, 20), lead_unit="u-police", assisting_units=("u-gov",)),
                Replied(on=D(2020, 6, 1), outcome=Outcome.A, unit="u-police"),
            ),
        ),
        Suggestion(
            id="s2",
            kind=SuggestionKind.MOTION,
            title="关于加快污水处理厂建设的议案",
            lead="d1",
            cosigners=("d2", "d3", "d4", "d5"),
            raised_on=D(2020, 1, 13),
            session="m8",
        ),
        Suggestion(
            id="s3",
            kind=SuggestionKind.SUGGESTION,
            title="规范场镇停车",
            lead="d4",
            raised_on=D(2020, 4, 12),
            events=(Reviewed(on=D(2020, 4, 15), decision=ReviewDecision.MERGED, merged_into="s1"),),
        ),
    ),
    activities=(
        Activity(
            id="a1",
            kind=ActivityKind.INSPECTION,
            title="视察派出所、交巡警工作",
            start=D(2020, 4, 8),
            organiser="g1",
            group="g1",
            station="st1",
            campaign="k1",
            participants=("d1", "d2"),
            participants_reported=Count(2),
            places=("v1",),
            units=("u-police",),
            projects=("p1",),
            opinions=(
                Opinion(
                    text="场镇车辆乱停",
                    resolution=OpinionResolution.TURNED_INTO_SUGGESTION,
                    suggestion="s1",
                ),
            ),
            opinions_collected=Count(1),
            findings=(Finding(issue="停车秩序混乱", unit="u-police"),),
            suggestions=("s1",),
            suggestions_reported=Count(1),
        ),
    ),
    plans=(
        WorkPlan(
            id="w1",
            congress="xx",
            title="2020年下半年工作计划",
            start=D(2020, 7, 1),
            end=D(2020, 12, 31),
            items=(
                PlanItem(
                    section=PlanSection.SUPERVISION,
                    text="对区级部门开展工作评议",
                    targets=(
                        Target(metric=TargetMetric.UNITS_COVERED, value=1, units=("u-civil",)),
                    ),
                ),
            ),
        ),
    ),
)


COUNTY_LEVEL = Congress(id="xx", name="XX县人民代表大会", level=Level.COUNTY)


def edit_session(
    rs: RecordSet, *, agenda: dict[int, Any] | None = None, **changes: Any
) -> RecordSet:
    """``rs`` with its session changed: agenda items replaced by position, other fields."""
    items = list(rs.sessions[0].agenda)
    for i, item in (agenda or {}).items():
        items[i] = item
    return edit(rs, "sessions", 0, agenda=tuple(items), **changes)


def edit(rs: RecordSet, collection: str, index: int, **changes: Any) -> RecordSet:
    """``rs`` with ``changes`` made to record ``index`` of ``collection``."""
    records = list(getattr(rs, collection))
    records[index] = attrs.evolve(records[index], **changes)
    replaced: dict[str, Any] = {collection: tuple(records)}
    return attrs.evolve(rs, **replaced)


def add(rs: RecordSet, collection: str, record: Any) -> RecordSet:
    """``rs`` with ``record`` appended to ``collection``."""
    replaced: dict[str, Any] = {collection: (*getattr(rs, collection), record)}
    return attrs.evolve(rs, **replaced)


def agenda(rs: RecordSet, index: int, item: Any) -> RecordSet:
    """``rs`` with agenda item ``index`` of session m8 replaced."""
    items = list(SESSION.agenda)
    items[index] = item
    return edit(rs, "sessions", 0, agenda=tuple(items))


def event(rs: RecordSet, suggestion: int, index: int, **changes: Any) -> RecordSet:
    """``rs`` with ``changes`` made to one event of one suggestion."""
    events = list(rs.suggestions[suggestion].events)
    events[index] = attrs.evolve(events[index], **changes)
    return edit(rs, "suggestions", suggestion, events=tuple(events))


def membership(rs: RecordSet, deputy: int, index: int, **changes: Any) -> RecordSet:
    """``rs`` with ``changes`` made to one membership of one deputy."""
    held = list(rs.deputies[deputy].memberships)
    held[index] = attrs.evolve(held[index], **changes)
    return edit(rs, "deputies", deputy, memberships=tuple(held))


def _own(deputy: str, households: int) -> ParticipantFigures:
    """A deputy's own households on an activity."""
    return ParticipantFigures(deputy=deputy, households_contacted=Count(households))


Case = tuple[str, Callable[[RecordSet], RecordSet], Policy | None, str, str, str | None]

# (case id, how to break BASE, policy (None: default), rule, path, record id).
# A rule about two records (a duplicate id, a session number used twice)
# reports both; the table names the second, and the test expects the first too.
CASES: list[Case] = [
    # unknown references, one per kind of reference
    (
        "term of another congress",
        lambda rs: edit(rs, "terms", 0, congress="yy"),
        None,
        "reference",
        "$.terms[0].congress",
        "t19",
    ),
    (
        "unknown parent unit",
        lambda rs: edit(rs, "units", 1, parent="u-x"),
        None,
        "reference",
        "$.units[1].parent",
        "u-police",
    ),
    (
        "membership of an unknown term",
        lambda rs: membership(rs, 0, 0, of="t18"),
        None,
        "reference",
        "$.deputies[0].memberships[0].of",
        "d1",
    ),
    (
        "membership of an unknown group",
        lambda rs: membership(rs, 1, 1, of="g9"),
        None,
        "reference",
        "$.deputies[1].memberships[1].of",
        "d2",
    ),
    (
        "membership of an unknown station",
        lambda rs: membership(rs, 2, 1, kind=MembershipKind.STATION, of="g1"),
        None,
        "reference",
        "$.deputies[2].memberships[1].of",
        "d3",
    ),
    (
        "group of an unknown term",
        lambda rs: edit(rs, "groups", 0, term="t9"),
        None,
        "reference",
        "$.groups[0].term",
        "g1",
    ),
    (
        "group at an unknown station",
        lambda rs: edit(rs, "groups", 0, station="st9"),
        None,
        "reference",
        "$.groups[0].station",
        "g1",
    ),
    (
        "station at an unknown place",
        lambda rs: edit(rs, "stations", 0, place="v9"),
        None,
        "reference",
        "$.stations[0].place",
        "st1",
    ),
    (
        "session of an unknown term",
        lambda rs: edit(rs, "sessions", 0, term="t9"),
        None,
        "reference",
        "$.sessions[0].term",
        "m8",
    ),
    (
        "speech by an unknown deputy",
        lambda rs: edit(rs, "sessions", 0, speeches=(Speech(deputy="d99"),)),
        None,
        "reference",
        "$.sessions[0].speeches[0].deputy",
        "m8",
    ),
    (
        "an unknown deputy named on leave",
        lambda rs: edit(
            rs,
            "sessions",
            0,
            attendance=Attendance(due=65, present=60, on_leave=3, excused=("d99",)),
        ),
        None,
        "reference",
        "$.sessions[0].attendance.excused[0]",
        "m8",
    ),
    (
        "report by an unknown unit",
        lambda rs: agenda(rs, 0, ReportReview(report=ReportKind.FISCAL, unit="u-x")),
        None,
        "reference",
        "$.sessions[0].agenda[0].unit",
        "m8",
    ),
    (
        "candidate who is an unknown deputy",
        lambda rs: agenda(
            rs,
            2,
            Election(office="镇长", candidates=(Candidate(name="王", votes=1, deputy="d99"),)),
        ),
        None,
        "reference",
        "$.sessions[0].agenda[2].candidates[0].deputy",
        "m8",
    ),
    (
        "ballot on an unknown project",
        lambda rs: agenda(
            rs,
            3,
            ProjectBallot(
                candidates=(BallotCandidate(project="p9", yes=1),),
                ballots_issued=1,
                ballots_returned=1,
            ),
        ),
        None,
        "reference",
        "$.sessions[0].agenda[3].candidates[0].project",
        "m8",
    ),
    (
        "inquiry by an unknown deputy",
        lambda rs: agenda(rs, 4, Inquiry(deputies=("d99",), subject="进度", addressed_to="u-gov")),
        None,
        "reference",
        "$.sessions[0].agenda[4].deputies[0]",
        "m8",
    ),
    (
        "inquiry to an unknown unit",
        lambda rs: agenda(rs, 4, Inquiry(deputies=("d1",), subject="进度", addressed_to="u-x")),
        None,
        "reference",
        "$.sessions[0].agenda[4].addressed_to",
        "m8",
    ),
    (
        "presidium meeting of an unknown term",
        lambda rs: edit(rs, "presidium_meetings", 0, term="t9"),
        None,
        "reference",
        "$.presidium_meetings[0].term",
        "pm1",
    ),
    (
        "project voted at an unknown session",
        lambda rs: edit(rs, "projects", 0, session="m9"),
        None,
        "reference",
        "$.projects[0].session",
        "p1",
    ),
    (
        "project of an unknown unit",
        lambda rs: edit(rs, "projects", 0, responsible_unit="u-x"),
        None,
        "reference",
        "$.projects[0].responsible_unit",
        "p1",
    ),
    (
        "campaign role of an unknown deputy",
        lambda rs: edit(
            rs,
            "campaigns",
            0,
            roles=(CampaignRole(role=CampaignRoleKind.PURCHASER, deputies=("d1", "d99")),),
        ),
        None,
        "reference",
        "$.campaigns[0].roles[0].deputies[1]",
        "k1",
    ),
    (
        "unknown lead",
        lambda rs: edit(rs, "suggestions", 0, lead="d99"),
        None,
        "reference",
        "$.suggestions[0].lead",
        "s1",
    ),
    (
        "unknown co-signer",
        lambda rs: edit(rs, "suggestions", 0, cosigners=("d3", "d99")),
        None,
        "reference",
        "$.suggestions[0].cosigners[1]",
        "s1",
    ),
    (
        "raised at an unknown session",
        lambda rs: edit(rs, "suggestions", 0, session="m9"),
        None,
        "reference",
        "$.suggestions[0].session",
        "s1",
    ),
    (
        "assigned to an unknown unit",
        lambda rs: event(rs, 0, 0, lead_unit="u-x"),
        None,
        "reference",
        "$.suggestions[0].events[0].lead_unit",
        "s1",
    ),
    (
        "assisted by an unknown unit",
        lambda rs: event(rs, 0, 0, assisting_units=("u-x",)),
        None,
        "reference",
        "$.suggestions[0].events[0].assisting_units[0]",
        "s1",
    ),
    (
        "replied by an unknown unit",
        lambda rs: event(rs, 0, 1, unit="u-x"),
        None,
        "reference",
        "$.suggestions[0].events[1].unit",
        "s1",
    ),
    (
        "merged into an unknown suggestion",
        lambda rs: event(rs, 2, 0, merged_into="s9"),
        None,
        "reference",
        "$.suggestions[2].events[0].merged_into",
        "s3",
    ),
    (
        "merged into itself",
        lambda rs: event(rs, 2, 0, merged_into="s3"),
        None,
        "reference",
        "$.suggestions[2].events[0].merged_into",
        "s3",
    ),
    (
        "organised by nobody known",
        lambda rs: edit(rs, "activities", 0, organiser="zz"),
        None,
        "reference",
        "$.activities[0].organiser",
        "a1",
    ),
    (
        "activity of an unknown group",
        lambda rs: edit(rs, "activities", 0, group="g9"),
        None,
        "reference",
        "$.activities[0].group",
        "a1",
    ),
    (
        "activity at an unknown station",
        lambda rs: edit(rs, "activities", 0, station="st9"),
        None,
        "reference",
        "$.activities[0].station",
        "a1",
    ),
    (
        "activity of an unknown campaign",
        lambda rs: edit(rs, "activities", 0, campaign="k9"),
        None,
        "reference",
        "$.activities[0].campaign",
        "a1",
    ),
    (
        "unknown participant",
        lambda rs: edit(rs, "activities", 0, participants=("d99", "d2")),
        None,
        "reference",
        "$.activities[0].participants[0]",
        "a1",
    ),
    (
        "unknown place",
        lambda rs: edit(rs, "activities", 0, places=("v9",)),
        None,
        "reference",
        "$.activities[0].places[0]",
        "a1",
    ),
    (
        "unknown unit inspected",
        lambda rs: edit(rs, "activities", 0, units=("u-x",)),
        None,
        "reference",
        "$.activities[0].units[0]",
        "a1",
    ),
    (
        "unknown project supervised",
        lambda rs: edit(rs, "activities", 0, projects=("p9",)),
        None,
        "reference",
        "$.activities[0].projects[0]",
        "a1",
    ),
    (
        "unknown suggestion raised",
        lambda rs: edit(rs, "activities", 0, suggestions=("s9",)),
        None,
        "reference",
        "$.activities[0].suggestions[0]",
        "a1",
    ),
    (
        "opinion turned into an unknown suggestion",
        lambda rs: edit(
            rs,
            "activities",
            0,
            opinions=(
                Opinion(
                    text="路灯",
                    resolution=OpinionResolution.TURNED_INTO_SUGGESTION,
                    suggestion="s9",
                ),
            ),
        ),
        None,
        "reference",
        "$.activities[0].opinions[0].suggestion",
        "a1",
    ),
    (
        "finding about an unknown unit",
        lambda rs: edit(rs, "activities", 0, findings=(Finding(issue="台账不全", unit="u-x"),)),
        None,
        "reference",
        "$.activities[0].findings[0].unit",
        "a1",
    ),
    # participants' own figures
    (
        "own figures of a deputy who did not take part",
        lambda rs: edit(rs, "activities", 0, participant_figures=(_own("d3", 1),)),
        None,
        "participant_figures",
        "$.activities[0].participant_figures[0].deputy",
        "a1",
    ),
    (
        "own figures of a deputy given twice",
        lambda rs: edit(
            rs, "activities", 0, participant_figures=(_own("d1", 1), _own("d2", 1), _own("d1", 2))
        ),
        None,
        "participant_figures",
        "$.activities[0].participant_figures[2].deputy",
        "a1",
    ),
    (
        "own households adding up to more than the exact total",
        lambda rs: edit(
            rs,
            "activities",
            0,
            households_contacted=Count(5),
            participant_figures=(_own("d1", 3), _own("d2", 3)),
        ),
        None,
        "participant_total",
        "$.activities[0].participant_figures",
        "a1",
    ),
    (
        "own opinions adding up to more than the itemised opinions",
        lambda rs: edit(
            rs,
            "activities",
            0,
            opinions_collected=None,
            participant_figures=(
                ParticipantFigures(deputy="d1", opinions_collected=Count(1, at_least=True)),
                ParticipantFigures(deputy="d2", opinions_collected=Count(1)),
            ),
        ),
        None,
        "participant_total",
        "$.activities[0].participant_figures",
        "a1",
    ),
    (
        "plan of another congress",
        lambda rs: edit(rs, "plans", 0, congress="yy"),
        None,
        "reference",
        "$.plans[0].congress",
        "w1",
    ),
    (
        "target naming an unknown unit",
        lambda rs: edit(
            rs,
            "plans",
            0,
            items=(
                PlanItem(
                    section=PlanSection.SUPERVISION,
                    text="评议",
                    targets=(Target(metric=TargetMetric.UNITS_COVERED, value=1, units=("u-x",)),),
                ),
            ),
        ),
        None,
        "reference",
        "$.plans[0].items[0].targets[0].units[0]",
        "w1",
    ),
    # ids, sessions and terms
    (
        "duplicate id",
        lambda rs: add(rs, "places", Place(id="v1", name="另一个称沱村")),
        None,
        "duplicate_id",
        "$.places[1].id",
        "v1",
    ),
    (
        "session outside its term",
        # The presidium meeting of 1 July moves inside the shortened term.
        lambda rs: edit(
            edit(rs, "terms", 0, end=D(2020, 1, 12)), "presidium_meetings", 0, on=D(2020, 1, 10)
        ),
        None,
        "session_in_term",
        "$.sessions[0].start",
        "m8",
    ),
    # consistency rules (congresskit.checking._consistency), each with its code
    (
        "two terms with the same number",
        lambda rs: add(
            rs,
            "terms",
            Term(id="t19b", congress="xx", number=19, start=D(2022, 1, 1), end=D(2026, 12, 31)),
        ),
        None,
        "term_number_duplicate",
        "$.terms[1].number",
        "t19b",
    ),
    (
        "a resolution adopted with more no than yes votes",
        lambda rs: edit_session(
            rs, agenda={1: Resolution(title="决议", tally=Tally(yes=20, no=30, entitled=65))}
        ),
        None,
        "resolution_adopted_without_majority",
        "$.sessions[0].agenda[1].adopted",
        "m8",
    ),
    (
        "a candidate elected with fewer votes than one not elected",
        lambda rs: edit_session(
            rs,
            agenda={
                2: Election(
                    office="镇长",
                    candidates=(
                        Candidate(name="代表1", votes=20, elected=True, deputy="d1"),
                        Candidate(name="候选人乙", votes=40),
                    ),
                )
            },
        ),
        None,
        "election_elected_fewer_votes",
        "$.sessions[0].agenda[2].candidates[0].elected",
        "m8",
    ),
    (
        "a session below quorum adopts a resolution (40 of 65 < 2/3)",
        lambda rs: edit_session(rs, attendance=Attendance(due=65, present=40, on_leave=3)),
        None,
        "session_below_quorum_adopts",
        "$.sessions[0].agenda[1].adopted",
        "m8",
    ),
    (
        "quorum follows a replaced policy (60 of 65 < 95%)",
        lambda rs: rs,
        Policy(quorum=Fraction(95, 100)),
        "session_below_quorum_adopts",
        "$.sessions[0].agenda[1].adopted",
        "m8",
    ),
    (
        "a deputy on leave speaks",
        lambda rs: edit_session(
            rs, attendance=Attendance(due=65, present=60, on_leave=3, excused=("d1",))
        ),
        None,
        "speech_by_deputy_on_leave",
        "$.sessions[0].speeches[0].deputy",
        "m8",
    ),
    (
        "a term membership starting before its term",
        lambda rs: edit(
            rs,
            "deputies",
            0,
            memberships=(
                Membership(kind=MembershipKind.TERM, of="t19", start=D(2016, 11, 1)),
                Membership(kind=MembershipKind.GROUP, of="g1", start=T19, role="组员"),
            ),
        ),
        None,
        "membership_before_term",
        "$.deputies[0].memberships[0].start",
        "d1",
    ),
    (
        "a presidium meeting after its term",
        lambda rs: edit(rs, "presidium_meetings", 0, on=D(2022, 1, 1)),
        None,
        "meeting_outside_term",
        "$.presidium_meetings[0].on",
        "pm1",
    ),
    (
        "project progress dated before the vote",
        lambda rs: edit(
            rs,
            "projects",
            0,
            progress=(ProjectProgress(on=D(2019, 12, 1), status=ProjectStatus.IN_PROGRESS),),
        ),
        None,
        "progress_before_vote",
        "$.projects[0].progress[0].on",
        "p1",
    ),
    (
        "session number used twice",
        lambda rs: add(
            rs, "sessions", Session(id="m8b", term="t19", number=8, start=D(2020, 6, 1))
        ),
        None,
        "session_number",
        "$.sessions[1].number",
        "m8b",
    ),
    # votes against the roll
    (
        "tally over the deputies due",
        lambda rs: agenda(rs, 1, Resolution(title="决议", tally=Tally(yes=60, no=6))),
        None,
        "entitled",
        "$.sessions[0].agenda[1].tally",
        "m8",
    ),
    (
        "election ballots over the deputies due",
        lambda rs: agenda(
            rs,
            2,
            Election(
                office="镇长", candidates=(Candidate(name="王", votes=60),), ballots_issued=66
            ),
        ),
        None,
        "entitled",
        "$.sessions[0].agenda[2].ballots_issued",
        "m8",
    ),
    (
        "project ballots over the deputies due",
        lambda rs: agenda(
            rs,
            3,
            ProjectBallot(
                candidates=(BallotCandidate(project="p1", yes=60),),
                ballots_issued=66,
                ballots_returned=64,
            ),
        ),
        None,
        "entitled",
        "$.sessions[0].agenda[3].ballots_issued",
        "m8",
    ),
    # signatures
    (
        "co-signer signs twice",
        lambda rs: edit(rs, "suggestions", 0, cosigners=("d3", "d3")),
        None,
        "signed_twice",
        "$.suggestions[0].cosigners[1]",
        "s1",
    ),
    (
        "lead also co-signs",
        lambda rs: edit(rs, "suggestions", 0, cosigners=("d2",)),
        None,
        "signed_twice",
        "$.suggestions[0].cosigners[0]",
        "s1",
    ),
    (
        "town motion with 4 deputies",
        lambda rs: edit(rs, "suggestions", 1, cosigners=("d2", "d3", "d4")),
        None,
        "motion_signatories",
        "$.suggestions[1].cosigners",
        "s2",
    ),
    (
        "county motion with 5 deputies",
        lambda rs: attrs.evolve(rs, congress=COUNTY_LEVEL),
        None,
        "motion_signatories",
        "$.suggestions[1].cosigners",
        "s2",
    ),
    (
        "local policy asking 6 at town level",
        lambda rs: rs,
        Policy(motion_signatories={Level.TOWN: 6}),
        "motion_signatories",
        "$.suggestions[1].cosigners",
        "s2",
    ),
    (
        "motion whose lead deputy is not stated",
        lambda rs: edit(rs, "suggestions", 1, lead=None, cosigners=()),
        None,
        "motion_signatories_not_stated",
        "$.suggestions[1].lead",
        "s2",
    ),
    # suggestion numbers, and the suggestions activities check
    (
        "suggestion number used twice in a session",
        lambda rs: add(
            edit(rs, "suggestions", 1, number=7),
            "suggestions",
            attrs.evolve(rs.suggestions[1], id="s4", number=7),
        ),
        None,
        "suggestion_number",
        "$.suggestions[3].number",
        "s4",
    ),
    (
        "activity item checking an unknown suggestion",
        lambda rs: edit(
            rs,
            "activities",
            0,
            items=(ActivityItem(kind=ActivityKind.SUPERVISION, suggestion="s9"),),
        ),
        None,
        "reference",
        "$.activities[0].items[0].suggestion",
        "a1",
    ),
    # memberships
    (
        "overlapping group memberships",
        lambda rs: edit(
            rs,
            "deputies",
            0,
            memberships=(
                *rs.deputies[0].memberships,
                Membership(
                    kind=MembershipKind.GROUP, of="g1", start=D(2019, 1, 1), end=D(2019, 12, 31)
                ),
            ),
        ),
        None,
        "overlap",
        "$.deputies[0].memberships[2]",
        "d1",
    ),
    # totals and itemised records
    (
        "session total below the suggestions itemised",
        lambda rs: edit(rs, "sessions", 0, suggestions_reported=Count(0)),
        None,
        "reported_total",
        "$.sessions[0].suggestions_reported",
        "m8",
    ),
    (
        "participants reported below those listed",
        lambda rs: edit(rs, "activities", 0, participants_reported=Count(1)),
        None,
        "reported_total",
        "$.activities[0].participants_reported",
        "a1",
    ),
    (
        "opinions collected below those itemised",
        lambda rs: edit(rs, "activities", 0, opinions_collected=Count(0)),
        None,
        "reported_total",
        "$.activities[0].opinions_collected",
        "a1",
    ),
    (
        "suggestions reported below those listed",
        lambda rs: edit(rs, "activities", 0, suggestions_reported=Count(0)),
        None,
        "reported_total",
        "$.activities[0].suggestions_reported",
        "a1",
    ),
    # suggestions at a session
    (
        "raised the day after the session",
        lambda rs: edit(rs, "suggestions", 1, raised_on=D(2020, 1, 14)),
        None,
        "raised_at_session",
        "$.suggestions[1].raised_on",
        "s2",
    ),
]


# The first record of a pair whose second the table names: its path and id.
PAIRED = {
    "duplicate_id": ("$.places[0].id", "v1"),
    "session_number": ("$.sessions[0].number", "m8"),
    "term_number_duplicate": ("$.terms[0].number", "t19"),
    "suggestion_number": ("$.suggestions[1].number", "s2"),
}


def test_the_base_records_are_consistent() -> None:
    """The slice of the reference report the cases start from has no problem."""
    assert check(BASE) == ()
    assert validate(BASE) is BASE


@pytest.mark.parametrize(
    ("breaking", "policy", "rule", "path", "record"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_each_rule_reports_its_problem(
    breaking: Callable[[RecordSet], RecordSet],
    policy: Policy | None,
    rule: str,
    path: str,
    record: str | None,
) -> None:
    """Breaking one rule yields exactly one problem, with the rule, the path and the record id."""
    problems = check(breaking(BASE), policy or Policy())
    expected = [(rule, path, record)]
    if rule in PAIRED:
        expected.insert(0, (rule, *PAIRED[rule]))
    assert [(p.rule, p.path, p.record) for p in problems] == expected
    assert all(p.message for p in problems)
    assert str(problems[-1]).startswith(f"{path}: ")
    # Each rule has its own stable code in RULE_CODES, never the catch-all E000.
    assert all(p.code != "E000" for p in problems)


def test_every_rule_of_the_check_has_a_case() -> None:
    """The table covers every rule name the check uses."""
    assert {case[3] for case in CASES} == {
        "reference",
        "duplicate_id",
        "session_in_term",
        "session_number",
        "entitled",
        "signed_twice",
        "motion_signatories",
        "motion_signatories_not_stated",
        "suggestion_number",
        "overlap",
        "reported_total",
        "raised_at_session",
        "participant_figures",
        "participant_total",
        *CONSISTENCY_RULES,
    }


def test_a_local_policy_accepts_a_smaller_motion() -> None:
    """Where 3 deputies suffice for a motion, a motion of 3 passes; by default it does not."""
    small = edit(BASE, "suggestions", 1, cosigners=("d2", "d3"))
    assert check(small, Policy(motion_signatories={Level.TOWN: 3})) == ()
    assert [p.rule for p in check(small)] == ["motion_signatories"]


def test_totals_given_as_lower_bounds_are_not_compared() -> None:
    """'at least' totals (200 余) may be below the records itemised without a problem."""
    loose = edit(BASE, "sessions", 0, suggestions_reported=Count(0, at_least=True))
    loose = edit(loose, "activities", 0, participants_reported=Count(1, at_least=True))
    assert check(loose) == ()


def test_consecutive_memberships_do_not_overlap() -> None:
    """Leaving a group and rejoining the next day is two memberships, not an overlap."""
    held = (
        Membership(kind=MembershipKind.GROUP, of="g1", start=T19, end=D(2019, 12, 31)),
        Membership(kind=MembershipKind.GROUP, of="g1", start=D(2020, 1, 1)),
    )
    problems = check(edit(BASE, "deputies", 0, memberships=held))
    assert [p for p in problems if not p.is_warning] == []


BROKEN_TOGETHER = (
    ("reference", "$.suggestions[0].lead"),
    ("duplicate_id", "$.places[0].id"),
    ("duplicate_id", "$.places[1].id"),
    ("session_in_term", "$.sessions[0].start"),
    ("entitled", "$.sessions[0].agenda[1].tally"),
    ("overlap", "$.deputies[0].memberships[2]"),
)


def _break_several(rs: RecordSet) -> RecordSet:
    rs = edit(rs, "suggestions", 0, lead="d99")
    rs = add(rs, "places", Place(id="v1", name="重复"))
    rs = agenda(rs, 1, Resolution(title="决议", tally=Tally(yes=70)))
    rs = edit(rs, "sessions", 0, start=D(2022, 1, 13))
    extra = Membership(kind=MembershipKind.GROUP, of="g1", start=D(2020, 2, 1))
    return edit(rs, "deputies", 0, memberships=(*rs.deputies[0].memberships, extra))


def test_every_problem_is_reported_at_once() -> None:
    """Five rules broken in one set: every problem comes back, not only the first."""
    problems = check(_break_several(BASE))
    found = {(p.rule, p.path) for p in problems}
    assert set(BROKEN_TOGETHER) <= found
    # moving the session out of its term also takes suggestion s2 out of it
    assert found - set(BROKEN_TOGETHER) == {("raised_at_session", "$.suggestions[1].raised_on")}


def test_validate_raises_with_every_problem() -> None:
    """validate raises a ValidationError (a ValueError) listing each problem with its path."""
    with pytest.raises(ValidationError) as info:
        validate(_break_several(BASE))
    error = info.value
    assert isinstance(error, CongresskitError)
    assert isinstance(error, ValueError)
    assert len(error.problems) == len(BROKEN_TOGETHER) + 1
    message = str(error)
    assert message.startswith(f"{len(error.problems)} problems in the records:")
    for _, path in BROKEN_TOGETHER:
        assert f"  {path}: " in message


def test_validate_passes_a_policy_through() -> None:
    """validate applies the policy it is given."""
    strict = Policy(motion_signatories={Level.TOWN: 6})
    with pytest.raises(ValidationError, match=r"\$\.suggestions\[1\]\.cosigners"):
        validate(BASE, strict)
    assert validate(BASE, Policy(motion_signatories={Level.TOWN: 5})) is BASE


def test_a_session_is_checked_against_its_own_term() -> None:
    """A session of term 20 passes inside term 20 and fails a day before it begins."""
    t20 = Term(id="t20", congress="xx", number=20, start=D(2021, 12, 1), end=D(2026, 11, 30))
    later = add(
        add(BASE, "terms", t20),
        "sessions",
        Session(id="m20-1", term="t20", number=1, start=D(2022, 1, 10)),
    )
    assert check(later) == ()
    one_day_early = edit(later, "sessions", 1, start=D(2021, 11, 30))
    assert [p.rule for p in check(one_day_early)] == ["session_in_term"]


@pytest.mark.parametrize(
    ("total", "own"),
    [
        (Count(6), (3, 3)),  # exactly the total
        (Count(5, at_least=True), (3, 3)),  # "5 or more": 6 does not contradict it
        (None, (30, 30)),  # no total stated: the own figures are all that is known
    ],
    ids=["equal", "lower-bound total", "no total"],
)
def test_own_figures_within_or_beyond_an_inexact_total_are_fine(
    total: Count | None, own: tuple[int, int]
) -> None:
    """Own figures are compared only with an exact total, and may add up to it."""
    figures = (_own("d1", own[0]), _own("d2", own[1]))
    rs = edit(BASE, "activities", 0, households_contacted=total, participant_figures=figures)
    assert check(rs) == ()
