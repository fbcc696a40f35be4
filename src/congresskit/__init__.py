"""congresskit: typed work records of grassroots people's congresses.

The everyday API is exported here; machinery lives in private modules.

Each name below is imported from its module the first time it is used (PEP 562),
so ``import congresskit`` costs next to nothing and a program pays only for the
parts it uses. The imports under ``TYPE_CHECKING`` are what type checkers and
readers see, and what tells :mod:`congresskit._lazy` where each name lives: add
a public name as always, with an import line here and an entry in ``__all__``.
"""

from __future__ import annotations

import importlib as _importlib

# Not typing.TYPE_CHECKING: importing typing would cost more than this whole module.
# Type checkers take any name TYPE_CHECKING as true.
TYPE_CHECKING = False
# fmt: off
if TYPE_CHECKING:
    # Several names to a line, as in __all__ below.
    from congresskit.assessment import (  # noqa: I001
        Assessment, Assessor, CollectiveAssessment, CriterionResult, DeductionResult,
        DeputyAssessment, RuleResult, Verdict, assess,
    )
    from congresskit.assessment.criteria import Criterion, Deduction
    from congresskit.assessment.standards import (
        DEFAULT_STANDARD, STANDARD_12345, TOWN_POINTS_TABLE, Crediting, DutyMetric, DutyRule,
        DutyStandard, DutyWindow, PartService, PointsItem, PointsTable, StandardError,
        dump_standard, load_standard,
    )
    from congresskit.checking.recordset import AnyRecord, RecordSet, check, validate
    from congresskit.errors import (
        RULE_CODES, CongresskitError, DocumentError, DocumentSyntaxError, DocumentVersionError,
        FieldError, FieldTypeError, JsonLinesError, Problem, RuleCode, UnknownRecordError,
        UsageError, ValidationError, WorkflowError,
    )
    from congresskit.example._records import example_records
    from congresskit.exchange._jsonl_reader import JsonLinesReader
    from congresskit.exchange.converters import configure_converter, make_converter
    from congresskit.exchange.documents import (
        Document, dump, dumps, from_document, load, load_document, loads, loads_document,
        to_document,
    )
    from congresskit.exchange.jsonl import (
        JsonLinesWriter, dump_jsonl, iter_jsonl, load_jsonl, validate_jsonl,
    )
    from congresskit.exchange.oparl import dumps_oparl, to_oparl
    from congresskit.exchange.popolo import dumps_popolo, to_popolo
    from congresskit.exchange.schema import json_schema
    from congresskit.exchange.sync import (
        Change, Conflict, MergeResult, changed_since, delete, merge,
    )
    from congresskit.records.activities import (
        Activity, ActivityItem, Campaign, CampaignRole, Dispositions, Finding, LevelCount,
        Opinion, OpinionFollowUp, ParticipantFigures,
    )
    from congresskit.records.agenda import (
        AgendaItem, BallotCandidate, Candidate, Election, Inquiry, ProjectBallot, ReportReview,
        Resolution, Tally,
    )
    from congresskit.records.ballots import BallotRule, Majority, Selection
    from congresskit.records.body import Congress, Place, Term, Unit
    from congresskit.records.counts import Count, reported_or_itemised
    from congresskit.records.crediting import credited
    from congresskit.records.cycle import ElectionPlan, ElectoralDistrict, LevelSeats
    from congresskit.records.dates import When
    from congresskit.records.display import display_language, set_display_language
    from congresskit.records.enums import (
        ActivityKind, Cadence, CampaignKind, CampaignRoleKind, ElectionKind, Gender, GroupKind,
        Implementation,
        Level, MembershipKind, NonResolutionReason, OpinionResolution, Outcome, ParticipantKind,
        PlaceKind, PlanSection, ProjectStatus, ReportKind, ReviewDecision, Satisfaction,
        StationKind, Status, StudyKind, SubjectKind, SuggestionKind, TargetMetric, UnitKind,
    )
    from congresskit.records.evaluation_parts import (
        Dimension, StatedRate, SubjectGroup, SubjectResult,
    )
    from congresskit.records.evaluations import Evaluation, Rating
    from congresskit.records.handling_reports import (
        HandlingReport, ImplementationCount, KindCount, OutcomeCount, ReasonCount, TopicCount,
    )
    from congresskit.records.kinds import (
        AllowanceBasis, BudgetKind, CeremonyKind, DeductionBasis, DocumentKind, EvaluationMethod,
        HandlingMeasure, OfficialRole, RateMeasure, RecipientKind, RuleKind,
    )
    from congresskit.records.labels import LABELS, label
    from congresskit.records.people import Contact, Deputy, DeputyGroup, Membership, Station
    from congresskit.records.plans import PlanItem, Target, WorkPlan
    from congresskit.records.policy import DEFAULT_POLICY, Policy
    from congresskit.records.project_life import Defect, Milestone, SupervisionVisit
    from congresskit.records.projects import LivelihoodProject, ProjectProgress, ProjectTarget
    from congresskit.records.provenance import Printed, Source
    from congresskit.records.rulebook import Allowance, BudgetLine, Honour, RuleDocument
    from congresskit.records.sessions import (
        AdoptedDocument, Attendance, Ceremony, Official, PresidiumMeeting, Session, Speech,
    )
    from congresskit.records.suggestions import (
        Assigned, Closed, Corrected, Evaluated, Event, Extended, FollowUp, HandlingRound,
        HoldingReply, MarkedDuplicate, Rehandled, Replied, Returned, Reviewed, Suggestion,
        Withdrawn,
    )
    from congresskit.records.tombstones import RECORD_TYPES, Tombstone, record_type
    from congresskit.reports.render import RenderError, render_assessment, render_summary
    from congresskit.summary import (
        FigureChange, PeriodSummary, Summarizer, SummaryError, changes, resolve_period, summarize,
    )
    from congresskit.summary.figures import (
        ActivityFigures, CampaignSummary, DeputySummary, GroupSummary, ProjectLine, ProjectSummary,
        SessionSummary, StationSummary, SuggestionFigures, SuggestionSummary,
    )
    from congresskit.summary.meetings import ElectionStanding, MeetingSummary
    from congresskit.summary.listing import ActivityLine
    from congresskit.summary.evaluation_figures import EvaluationLine
    from congresskit.summary.oversight import EvaluationFigures, HandlingFigures, Rate
    from congresskit.summary.periods import Period, PeriodError
    from congresskit.summary.receptions import ChannelFigures, OpinionFigures
    from congresskit.summary.rulebook import AllowanceFigure, MoneySummary, RuleSummary
    from congresskit.summary.scorecards import UnitScorecard
    from congresskit.summary.tracking import ItemProgress, PlanProgress, TargetProgress
# fmt: on

__version__ = "0.1.0.dev0"

# fmt: off
# The public names, sorted; packed several to a line (one per line would double the module).
__all__ = [
    "DEFAULT_POLICY", "DEFAULT_STANDARD", "LABELS", "RECORD_TYPES", "RULE_CODES",
    "STANDARD_12345", "TOWN_POINTS_TABLE", "Activity", "ActivityFigures", "ActivityItem",
    "ActivityKind", "ActivityLine", "AdoptedDocument", "AgendaItem", "Allowance",
    "AllowanceBasis", "AllowanceFigure", "AnyRecord", "Assessment", "Assessor", "Assigned",
    "Attendance", "BallotCandidate", "BallotRule", "BudgetKind", "BudgetLine", "Cadence",
    "Campaign", "CampaignKind", "CampaignRole", "CampaignRoleKind", "CampaignSummary",
    "Candidate", "Ceremony", "CeremonyKind", "Change", "ChannelFigures", "Closed",
    "CollectiveAssessment", "Conflict", "Congress", "CongresskitError", "Contact", "Corrected",
    "Count", "Crediting", "Criterion", "CriterionResult", "Deduction", "DeductionBasis",
    "DeductionResult", "Defect", "Deputy", "DeputyAssessment", "DeputyGroup", "DeputySummary",
    "Dimension", "Dispositions", "Document", "DocumentError", "DocumentKind",
    "DocumentSyntaxError", "DocumentVersionError", "DutyMetric", "DutyRule", "DutyStandard",
    "DutyWindow", "Election",
    "ElectionKind", "ElectionPlan", "ElectionStanding", "ElectoralDistrict",
    "Evaluated", "Evaluation", "EvaluationFigures", "EvaluationLine", "EvaluationMethod",
    "Event", "Extended", "FieldError", "FieldTypeError", "FigureChange", "Finding", "FollowUp",
    "Gender", "GroupKind", "GroupSummary", "HandlingFigures", "HandlingMeasure",
    "HandlingReport", "HandlingRound", "HoldingReply", "Honour", "Implementation",
    "ImplementationCount", "Inquiry", "ItemProgress", "JsonLinesError", "JsonLinesReader",
    "JsonLinesWriter", "KindCount", "Level", "LevelCount", "LevelSeats", "LivelihoodProject",
    "Majority", "MarkedDuplicate", "MeetingSummary", "Membership", "MembershipKind",
    "MergeResult", "Milestone", "MoneySummary", "NonResolutionReason", "Official",
    "OfficialRole", "Opinion", "OpinionFigures", "OpinionFollowUp", "OpinionResolution",
    "Outcome", "OutcomeCount",
    "PartService", "ParticipantFigures", "ParticipantKind", "Period", "PeriodError",
    "PeriodSummary", "Place", "PlaceKind", "PlanItem", "PlanProgress", "PlanSection",
    "PointsItem", "PointsTable", "Policy", "PresidiumMeeting", "Printed", "Problem",
    "ProjectBallot", "ProjectLine", "ProjectProgress", "ProjectStatus", "ProjectSummary",
    "ProjectTarget", "Rate", "RateMeasure", "Rating", "ReasonCount", "RecipientKind",
    "RecordSet", "Rehandled", "RenderError", "Replied", "ReportKind", "ReportReview",
    "Resolution", "Returned", "ReviewDecision", "Reviewed", "RuleCode", "RuleDocument",
    "RuleKind", "RuleResult", "RuleSummary", "Satisfaction", "Selection", "Session",
    "SessionSummary", "Source", "Speech", "StandardError", "StatedRate", "Station",
    "StationKind", "StationSummary", "Status", "StudyKind", "SubjectGroup", "SubjectKind",
    "SubjectResult", "Suggestion", "SuggestionFigures", "SuggestionKind", "SuggestionSummary",
    "Summarizer", "SummaryError", "SupervisionVisit", "Tally", "Target", "TargetMetric",
    "TargetProgress", "Term", "Tombstone", "TopicCount", "Unit", "UnitKind", "UnitScorecard",
    "UnknownRecordError", "UsageError", "ValidationError", "Verdict", "When", "Withdrawn",
    "WorkPlan", "WorkflowError", "__version__", "assess", "changed_since", "changes", "check",
    "configure_converter", "credited", "delete", "display_language", "dump", "dump_jsonl",
    "dump_standard", "dumps", "dumps_oparl", "dumps_popolo", "example_records", "from_document",
    "iter_jsonl",
    "json_schema", "label", "load", "load_document", "load_jsonl", "load_standard", "loads",
    "loads_document", "make_converter", "merge", "record_type", "render_assessment",
    "render_summary", "reported_or_itemised", "resolve_period", "set_display_language",
    "summarize", "to_document", "to_oparl", "to_popolo", "validate", "validate_jsonl",
]
# fmt: on


def __getattr__(name: str) -> object:
    if name.startswith("_"):  # private and dunder names are never lazy
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = _importlib.import_module("congresskit._lazy").attribute(name)
    globals()[name] = value  # looked up once: later uses find it directly
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__} - {"TYPE_CHECKING"})
