"""The strategies in congresskit.strategies draw only valid records, and refuse bad arguments."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import sys
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.strategies import SearchStrategy

import congresskit
import congresskit.strategies as cs
from congresskit import (
    Activity,
    Count,
    Deputy,
    Election,
    Level,
    Policy,
    ProjectBallot,
    RecordSet,
    ReviewDecision,
    Reviewed,
    Session,
    Suggestion,
    SuggestionKind,
    check,
)
from congresskit.checking.recordset import COLLECTIONS
from tests.budget import examples

# Every public strategy, with the class of what it draws. Record classes are
# checked alone by `check`, which must find nothing but dangling references.
MODELS: list[tuple[str, Callable[[], SearchStrategy[Any]], type]] = [
    ("counts", cs.counts, congresskit.Count),
    ("congresses", cs.congresses, congresskit.Congress),
    ("terms", cs.terms, congresskit.Term),
    ("units", cs.units, congresskit.Unit),
    ("places", cs.places, congresskit.Place),
    ("contacts", cs.contacts, congresskit.Contact),
    ("memberships", cs.memberships, congresskit.Membership),
    ("deputies", cs.deputies, congresskit.Deputy),
    ("deputy_groups", cs.deputy_groups, congresskit.DeputyGroup),
    ("stations", cs.stations, congresskit.Station),
    ("tallies", cs.tallies, congresskit.Tally),
    ("attendances", cs.attendances, congresskit.Attendance),
    ("speeches", cs.speeches, congresskit.Speech),
    ("report_reviews", cs.report_reviews, congresskit.ReportReview),
    ("resolutions", cs.resolutions, congresskit.Resolution),
    ("candidates", cs.candidates, congresskit.Candidate),
    ("elections", cs.elections, congresskit.Election),
    ("ballot_candidates", cs.ballot_candidates, congresskit.BallotCandidate),
    ("project_ballots", cs.project_ballots, congresskit.ProjectBallot),
    ("inquiries", cs.inquiries, congresskit.Inquiry),
    ("sessions", cs.sessions, congresskit.Session),
    ("presidium_meetings", cs.presidium_meetings, congresskit.PresidiumMeeting),
    ("reviews", cs.reviews, congresskit.Reviewed),
    ("assignments", cs.assignments, congresskit.Assigned),
    ("extensions", cs.extensions, congresskit.Extended),
    ("replies", cs.replies, congresskit.Replied),
    ("evaluations", cs.evaluations, congresskit.Evaluated),
    ("rehandlings", cs.rehandlings, congresskit.Rehandled),
    ("closings", cs.closings, congresskit.Closed),
    ("returns", cs.returns, congresskit.Returned),
    ("withdrawals", cs.withdrawals, congresskit.Withdrawn),
    ("duplicate_markings", cs.duplicate_markings, congresskit.MarkedDuplicate),
    ("holding_replies", cs.holding_replies, congresskit.HoldingReply),
    ("follow_ups", cs.follow_ups, congresskit.FollowUp),
    ("corrections", cs.corrections, congresskit.Corrected),
    ("suggestions", cs.suggestions, congresskit.Suggestion),
    ("opinions", cs.opinions, congresskit.Opinion),
    ("findings", cs.findings, congresskit.Finding),
    ("participant_figures", cs.participant_figures, congresskit.ParticipantFigures),
    ("activity_items", cs.activity_items, congresskit.ActivityItem),
    ("rule_documents", cs.rule_documents, congresskit.RuleDocument),
    ("honours", cs.honours, congresskit.Honour),
    ("budget_lines", cs.budget_lines, congresskit.BudgetLine),
    ("allowances", cs.allowances, congresskit.Allowance),
    ("milestones", cs.milestones, congresskit.Milestone),
    ("project_targets", cs.project_targets, congresskit.ProjectTarget),
    ("officials", cs.officials, congresskit.Official),
    ("ceremonies", cs.ceremonies, congresskit.Ceremony),
    ("defects", cs.defects, congresskit.Defect),
    ("supervision_visits", cs.supervision_visits, congresskit.SupervisionVisit),
    ("ballot_rules", cs.ballot_rules, congresskit.BallotRule),
    ("election_plans", cs.election_plans, congresskit.ElectionPlan),
    ("electoral_districts", cs.electoral_districts, congresskit.ElectoralDistrict),
    ("level_seats", cs.level_seats, congresskit.LevelSeats),
    ("level_counts", cs.level_counts, congresskit.LevelCount),
    ("activities", cs.activities, congresskit.Activity),
    ("campaign_roles", cs.campaign_roles, congresskit.CampaignRole),
    ("campaigns", cs.campaigns, congresskit.Campaign),
    ("progress_reports", cs.progress_reports, congresskit.ProjectProgress),
    ("livelihood_projects", cs.livelihood_projects, congresskit.LivelihoodProject),
    ("targets", cs.targets, congresskit.Target),
    ("plan_items", cs.plan_items, congresskit.PlanItem),
    ("work_plans", cs.work_plans, congresskit.WorkPlan),
    ("sources", cs.sources, congresskit.Source),
    ("printed_figures", cs.printed_figures, congresskit.Printed),
    ("policies", cs.policies, congresskit.Policy),
    ("tombstones", cs.tombstones, congresskit.Tombstone),
    ("work_evaluations", cs.work_evaluations, congresskit.Evaluation),
    ("ratings", cs.ratings, congresskit.Rating),
    ("subject_groups", cs.subject_groups, congresskit.SubjectGroup),
    ("subject_results", cs.subject_results, congresskit.SubjectResult),
    ("dimensions", cs.dimensions, congresskit.Dimension),
    ("stated_rates", cs.stated_rates, congresskit.StatedRate),
    ("handling_reports", cs.handling_reports, congresskit.HandlingReport),
    ("kind_counts", cs.kind_counts, congresskit.KindCount),
    ("outcome_counts", cs.outcome_counts, congresskit.OutcomeCount),
    ("implementation_counts", cs.implementation_counts, congresskit.ImplementationCount),
    ("reason_counts", cs.reason_counts, congresskit.ReasonCount),
    ("topic_counts", cs.topic_counts, congresskit.TopicCount),
    ("dispositions", cs.dispositions, congresskit.Dispositions),
    ("opinion_follow_ups", cs.opinion_follow_ups, congresskit.OpinionFollowUp),
    ("adopted_documents", cs.adopted_documents, congresskit.AdoptedDocument),
]

_RECORD_TYPES = tuple(cls for _, cls in COLLECTIONS)


def test_every_model_has_a_strategy() -> None:
    """Each model class congresskit exports is drawn by some strategy in the table."""
    covered = {cls for _, _, cls in MODELS}
    derived: tuple[type, ...] = (RecordSet, congresskit.HandlingRound, congresskit.Problem)
    # What reading and merging return, not records.
    derived += (congresskit.Document, congresskit.Change, congresskit.Conflict)
    derived += (congresskit.MergeResult,)
    # Periods, duty standards, summaries and assessments are not records: their
    # tests (test_periods, test_standards, test_summary) draw them themselves.
    derived += (congresskit.Period, congresskit.PeriodSummary, congresskit.FigureChange)
    derived += tuple(
        v for k, v in vars(congresskit.summary.figures).items() if k in congresskit.__all__
    )
    derived += tuple(
        v for k, v in vars(congresskit.summary.tracking).items() if k in congresskit.__all__
    )
    derived += tuple(
        v for k, v in vars(congresskit.summary.rulebook).items() if k in congresskit.__all__
    )
    derived += (congresskit.DutyRule, congresskit.PointsItem, congresskit.PointsTable)
    derived += (congresskit.DutyStandard, congresskit.Assessment, congresskit.DeputyAssessment)
    derived += (congresskit.RuleResult,)
    # Criteria for collectives and their results: test_collectives draws them.
    derived += (congresskit.Criterion, congresskit.Deduction, congresskit.CollectiveAssessment)
    derived += (congresskit.CriterionResult, congresskit.DeductionResult)
    derived += tuple(
        v for k, v in vars(congresskit.summary.oversight).items() if k in congresskit.__all__
    )
    derived += (congresskit.UnitScorecard, congresskit.OpinionFigures, congresskit.ChannelFigures)
    derived += (congresskit.MeetingSummary, congresskit.ElectionStanding, congresskit.ActivityLine)
    models = {
        value
        for value in (getattr(congresskit, name) for name in congresskit.__all__)
        if isinstance(value, type) and attrs.has(value) and value not in derived
    }
    assert models - covered == set()
    assert {name for name, _, _ in MODELS} <= set(cs.__all__)


@pytest.mark.parametrize(
    ("factory", "cls"), [(f, c) for _, f, c in MODELS], ids=[n for n, _, _ in MODELS]
)
@given(data=st.data())
def test_each_strategy_draws_valid_instances(
    factory: Callable[[], SearchStrategy[Any]], cls: type, data: st.DataObject
) -> None:
    """A drawn value is of the model's class, rebuilds unchanged, and breaks no rule of its own."""
    value: Any = data.draw(factory())
    assert type(value) is cls
    record: Any = value
    assert attrs.evolve(record) == record  # the validators accept it again
    if cls in _RECORD_TYPES or cls is congresskit.Congress:
        problems = check(RecordSet.from_records([record]))
        # Warnings (figures that do not add up) are allowed: the records are valid.
        assert [p for p in problems if p.rule != "reference" and not p.is_warning] == []


def _default_ids_are_short(strategy: SearchStrategy[Any], prefix: str) -> None:
    @given(strategy)
    def run(record: Any) -> None:
        assert re.fullmatch(rf"{prefix}\d{{1,2}}", record.id)

    run()


def test_generated_ids_are_short_and_prefixed() -> None:
    """Default ids read like "d3", "s12", "a0"."""
    _default_ids_are_short(cs.deputies(), "d")
    _default_ids_are_short(cs.suggestions(), "s")
    _default_ids_are_short(cs.activities(), "a")


@given(
    cs.suggestions(
        lead=st.sampled_from(["d1", "d2"]),
        cosigners=["d1", "d2", "d3", "d4"],
        min_cosigners=1,
        max_cosigners=3,
        kinds=[SuggestionKind.MOTION],
    )
)
def test_suggestions_take_their_references_from_the_arguments(s: Suggestion) -> None:
    """Lead and co-signers come from the pools given, are distinct, and the lead never co-signs."""
    assert s.lead in ("d1", "d2")
    assert 1 <= len(s.cosigners) <= 3
    assert set(s.cosigners) <= {"d1", "d2", "d3", "d4"} - {s.lead}
    assert len(set(s.cosigners)) == len(s.cosigners)
    assert s.kind is SuggestionKind.MOTION


@given(cs.activities(places=[], units=[], projects=[], suggestions=[], station=[], group=[]))
def test_an_empty_list_means_no_such_records(a: Activity) -> None:
    """Given no ids to refer to, an activity refers to none (and turns no opinion into one)."""
    assert (a.places, a.units, a.projects, a.suggestions) == ((), (), (), ())
    assert a.station is None
    assert a.group is None
    assert all(o.suggestion is None for o in a.opinions)
    assert all(f.unit is None for f in a.findings)


@given(cs.sessions(project=[], unit=[]))
def test_sessions_without_projects_hold_no_ballots(s: Session) -> None:
    """Ballots need candidate projects, and inquiries need a unit to ask."""
    assert not any(isinstance(item, (ProjectBallot, congresskit.Inquiry)) for item in s.agenda)


@given(cs.sessions())
def test_session_votes_stay_within_the_roll(s: Session) -> None:
    """Every tally and ballot on a session's agenda counts at most the deputies due."""
    if s.attendance is None or s.attendance.due is None:
        return
    for item in s.agenda:
        if isinstance(item, congresskit.Resolution) and item.tally:
            assert item.tally.counted <= s.attendance.due
        if isinstance(item, (Election, ProjectBallot)) and item.ballots_issued is not None:
            assert item.ballots_issued <= s.attendance.due


@given(cs.deputies(min_memberships=2, max_memberships=3))
def test_deputies_have_memberships_that_never_overlap(d: Deputy) -> None:
    """Two memberships of one deputy in the same thing never share a day."""
    assert 2 <= len(d.memberships) <= 3
    for i, m in enumerate(d.memberships):
        for other in d.memberships[:i]:
            assert not (
                m.kind is other.kind and m.of == other.of and m.overlaps(other.start, other.end)
            )


@given(cs.reviews(merged_into=[]))
def test_reviews_without_targets_never_merge(r: Reviewed) -> None:
    """With nothing to merge into, a review accepts or declines."""
    assert r.decision is not ReviewDecision.MERGED


@given(cs.evaluations(dissatisfied=True))
def test_evaluations_can_be_asked_to_be_dissatisfied(e: congresskit.Evaluated) -> None:
    """dissatisfied=True draws only evaluations that allow re-handling."""
    assert e.dissatisfied


@given(cs.counts(min_value=3, max_value=7, at_least=True))
def test_counts_respect_bounds_and_flag(c: Count) -> None:
    """Counts lie within the bounds, with the lower-bound flag asked for."""
    assert 3 <= c.value <= 7
    assert c.at_least


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(rs=cs.record_sets())
def test_every_record_set_passes_the_check(rs: RecordSet) -> None:
    """The collection check finds no problem in any generated record set."""
    assert [p for p in check(rs) if not p.is_warning] == []


@settings(max_examples=examples(20), suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_record_sets_pass_the_check_under_any_policy(data: st.DataObject) -> None:
    """A record set drawn for a policy passes the check under that policy."""
    policy = data.draw(cs.policies())
    rs = data.draw(cs.record_sets(policy=policy, max_deputies=12, levels=[Level.COUNTY]))
    assert rs.congress is not None
    assert rs.congress.level is Level.COUNTY
    assert [p for p in check(rs, policy) if not p.is_warning] == []


@settings(max_examples=examples(10), suppress_health_check=[HealthCheck.too_slow])
@given(cs.record_sets(min_size=1, max_size=1, min_deputies=2, max_deputies=2))
def test_record_sets_honour_their_sizes(rs: RecordSet) -> None:
    """With min_size = max_size = 1, each collection holds one record; deputies as asked.

    A sub-district working committee holds no sessions, and so has none.
    """
    assert len(rs.deputies) == 2
    assert rs.congress is not None
    for name, _ in COLLECTIONS:
        if name == "sessions" and not rs.congress.level.holds_sessions:
            assert rs.sessions == ()
        elif name != "deputies":
            assert len(getattr(rs, name)) == 1, name


_RICH = cs.record_sets(min_size=2, min_deputies=5, max_deputies=10)
# At least 150 examples even under the quick profile: rare cases (a re-handled or merged
# suggestion) were missed now and then in 30, and in 60, as the drawn fields grew. find()
# stops at the first record set that has the case, so the bound costs only when it is rare.
_NO_SHRINK = settings(
    phases=[Phase.generate], max_examples=max(examples(300), 150), database=None, derandomize=True
)


@pytest.mark.parametrize(
    ("what", "condition"),
    [
        ("a motion", lambda rs: any(s.kind is SuggestionKind.MOTION for s in rs.suggestions)),
        (
            "a merged suggestion",
            lambda rs: any(
                isinstance(e, Reviewed) and e.merged_into for s in rs.suggestions for e in s.events
            ),
        ),
        ("a re-handled suggestion", lambda rs: any(s.rehandled for s in rs.suggestions)),
        (
            "a ballot on projects",
            lambda rs: any(isinstance(i, ProjectBallot) for m in rs.sessions for i in m.agenda),
        ),
        ("a suggestion raised at a session", lambda rs: any(s.session for s in rs.suggestions)),
        (
            "a deputy in a group",
            lambda rs: any(m.kind.value == "group" for d in rs.deputies for m in d.memberships),
        ),
    ],
)
# Record sets with oversight records are large; find() may describe the one it found.
@pytest.mark.filterwarnings("ignore:Generating overly large repr")
def test_record_sets_reach_the_interesting_cases(
    what: str, condition: Callable[[RecordSet], bool]
) -> None:
    """The generator is not vacuous: it produces each kind of record the check has rules for."""
    assert condition(find(_RICH, condition, settings=_NO_SHRINK)), what


def _aware(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.timezone.utc)


BAD_ARGUMENTS: list[tuple[str, Callable[[], object], str]] = [
    ("min above max", lambda: cs.counts(min_value=5, max_value=1), "min_value=5"),
    ("negative bound", lambda: cs.tallies(max_votes=-1), "max_votes=-1"),
    ("bool as a number", lambda: cs.attendances(max_due=True), "max_due=True"),
    ("flag not a bool", lambda: cs.counts(at_least="yes"), "at_least='yes'"),  # type: ignore[arg-type]
    (
        "memberships min above max",
        lambda: cs.deputies(min_memberships=3, max_memberships=1),
        "min_memberships=3",
    ),
    ("election without candidates", lambda: cs.elections(min_size=0), "min_size=0"),
    (
        "ballot sizes reversed",
        lambda: cs.project_ballots(min_size=3, max_size=2),
        "min_size=3",
    ),
    ("inquiry without deputies", lambda: cs.inquiries(min_size=0), "min_size=0"),
    (
        "dates reversed",
        lambda: cs.terms(min_date=dt.date(2020, 1, 1), max_date=dt.date(2019, 1, 1)),
        "min_date=2020-01-01",
    ),
    (
        "a datetime for a date",
        lambda: cs.sessions(min_date=_aware(dt.date(2020, 1, 1))),
        "min_date=",
    ),
    ("a bare string for ids", lambda: cs.suggestions(lead="d1"), "lead='d1'"),
    ("an empty pool for a required id", lambda: cs.suggestions(lead=[]), "lead is empty"),
    ("a bad id in a pool", lambda: cs.activities(participants=["d 1 "]), "'d 1 '"),
    ("a string for an enum", lambda: cs.suggestions(kinds=["motion"]), "kinds contains 'motion'"),  # type: ignore[list-item]
    ("an empty enum list", lambda: cs.congresses(levels=[]), "levels=[]"),
    ("a list where a strategy is due", lambda: cs.deputies(memberships=[]), "memberships=[]"),  # type: ignore[arg-type]
    (
        "more events than possible without units",
        lambda: cs.event_sequences(raised_on=dt.date(2020, 1, 1), units=[], min_size=3),
        "min_size=3",
    ),
    (
        "raised_on not a date",
        lambda: cs.event_sequences(raised_on="2020-01-01"),  # type: ignore[arg-type]
        "raised_on='2020-01-01'",
    ),
    (
        "co-signers required from nobody",
        lambda: cs.suggestions(cosigners=[], min_cosigners=1),
        "min_cosigners=1",
    ),
    (
        "participants required from nobody",
        lambda: cs.activities(participants=[], min_participants=2),
        "min_participants=2",
    ),
    ("role holders from nobody", lambda: cs.campaign_roles(deputies=[], min_size=1), "min_size=1"),
    ("dissatisfied not a bool", lambda: cs.evaluations(dissatisfied=1), "dissatisfied=1"),  # type: ignore[arg-type]
    ("record set sizes reversed", lambda: cs.record_sets(min_size=2, max_size=1), "min_size=2"),
    (
        "records required, no deputy allowed",
        lambda: cs.record_sets(min_size=1, max_deputies=0),
        "max_deputies=0",
    ),
    ("policy not a Policy", lambda: cs.record_sets(policy="strict"), "policy='strict'"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(
    ("call", "named"), [(c, n) for _, c, n in BAD_ARGUMENTS], ids=[i for i, _, _ in BAD_ARGUMENTS]
)
def test_impossible_arguments_raise_invalid_argument(
    call: Callable[[], object], named: str
) -> None:
    """Each impossible combination fails when the strategy is made, naming the argument."""
    with pytest.raises(InvalidArgument) as info:
        call()
    assert named in str(info.value)


def test_importing_without_hypothesis_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without hypothesis, importing congresskit.strategies names the extra to install."""
    for name in [m for m in sys.modules if m.startswith(("hypothesis", "congresskit.strategies"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    with pytest.raises(ImportError, match=re.escape("pip install congresskit[strategies]")):
        importlib.import_module("congresskit.strategies")


def test_policy_signatories_are_copied() -> None:
    """A policy keeps its own copy of the signatories; changing the dict later changes nothing."""
    given_levels = {Level.TOWN: 3}
    policy = Policy(motion_signatories=given_levels)
    given_levels[Level.TOWN] = 99
    assert policy.min_signatories(Level.TOWN) == 3
