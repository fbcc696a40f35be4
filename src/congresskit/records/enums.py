"""The enumerations of congresskit.

Every value is a lowercase ASCII identifier: that identifier *is* the exchange
format, and it never changes once released. Human-readable names in simplified
Chinese and English live in :mod:`congresskit.records.labels`, not here.
"""

from __future__ import annotations

import enum

from congresskit.records.kinds import Cadence as Cadence
from congresskit.records.kinds import GroupKind as GroupKind
from congresskit.records.kinds import StationKind as StationKind

__all__ = [
    "ActivityKind",
    "Cadence",
    "CampaignKind",
    "CampaignRoleKind",
    "Crediting",
    "DutyMetric",
    "DutyWindow",
    "ElectionKind",
    "Gender",
    "GroupKind",
    "Implementation",
    "Level",
    "MembershipKind",
    "NonResolutionReason",
    "OpinionResolution",
    "Outcome",
    "PartService",
    "ParticipantKind",
    "PlaceKind",
    "PlanSection",
    "ProjectStatus",
    "ReportKind",
    "ReviewDecision",
    "Satisfaction",
    "StationKind",
    "Status",
    "StudyKind",
    "SubjectKind",
    "SuggestionKind",
    "TargetMetric",
    "UnitKind",
    "Verdict",
]


class Level(enum.Enum):
    """The administrative level of a congress (and so of its deputies)."""

    TOWNSHIP = "township"
    TOWN = "town"
    COUNTY = "county"
    DISTRICT = "district"
    CITY = "city"
    PROVINCE = "province"
    NATIONAL = "national"
    #: A sub-district working committee (街道人大工委) of a district congress:
    #: its deputies belong to the district congress, and it holds no sessions.
    SUBDISTRICT = "subdistrict"

    @property
    def is_grassroots_township(self) -> bool:
        """Whether this is the township/town level (the lowest, with a presidium)."""
        return self in (Level.TOWNSHIP, Level.TOWN)

    @property
    def holds_sessions(self) -> bool:
        """Whether a body of this level holds sessions (a sub-district committee does not)."""
        return self is not Level.SUBDISTRICT


class Gender(enum.Enum):
    """A deputy's gender, as congress rosters record it."""

    FEMALE = "female"
    MALE = "male"


class MembershipKind(enum.Enum):
    """What a dated membership makes a deputy part of."""

    TERM = "term"
    GROUP = "group"
    STATION = "station"


class SuggestionKind(enum.Enum):
    """A motion (议案) or one of the three kinds of 建议、批评和意见."""

    MOTION = "motion"
    SUGGESTION = "suggestion"
    CRITICISM = "criticism"
    OPINION = "opinion"


class ReportKind(enum.Enum):
    """A report heard and reviewed at a session or presidium meeting."""

    GOVERNMENT_WORK = "government_work"
    PRESIDIUM_WORK = "presidium_work"
    FISCAL = "fiscal"
    BUDGET = "budget"
    DEVELOPMENT_PLAN = "development_plan"
    JUDICIAL_MEDIATION = "judicial_mediation"
    SUGGESTION_HANDLING = "suggestion_handling"
    DUTY = "duty"  # an office-holder's duty report (述职) to the congress
    OTHER = "other"


class ReviewDecision(enum.Enum):
    """The presidium's decision when it reviews a raised suggestion."""

    ACCEPTED = "accepted"
    MERGED = "merged"
    NOT_ACCEPTED = "not_accepted"


class Outcome(enum.Enum):
    """The class of a handling unit's reply."""

    A = "a"  # resolved or adopted
    B = "b"  # being resolved, or planned
    C = "c"  # cannot be resolved now; explained
    D = "d"  # kept for reference, explained (a local class: see Policy.outcome_classes)


class Satisfaction(enum.Enum):
    """The deputy's evaluation of a reply."""

    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    DISSATISFIED = "dissatisfied"
    NO_ANSWER = "no_answer"


class Status(enum.Enum):
    """A suggestion's handling status, derived from its events."""

    RAISED = "raised"
    ACCEPTED = "accepted"
    MERGED = "merged"
    NOT_ACCEPTED = "not_accepted"
    ASSIGNED = "assigned"
    REPLIED = "replied"
    EVALUATED = "evaluated"
    REHANDLING = "rehandling"
    CLOSED = "closed"
    RETURNED = "returned"  # returned to the presidium by the unit, awaiting reassignment
    DUPLICATE = "duplicate"  # marked a duplicate of another suggestion
    WITHDRAWN = "withdrawn"  # withdrawn by the deputy (final)


class ActivityKind(enum.Enum):
    """The kind of a deputies' activity between sessions."""

    INSPECTION = "inspection"
    SURVEY = "survey"
    ENFORCEMENT_CHECK = "enforcement_check"
    SUPERVISION = "supervision"
    VOTER_VISIT = "voter_visit"
    RECEPTION = "reception"
    STUDY = "study"
    TRAINING = "training"
    WORK_EVALUATION = "work_evaluation"
    REPORT_TO_VOTERS = "report_to_voters"
    CAMPAIGN_WORK = "campaign_work"
    OTHER = "other"


class StudyKind(enum.Enum):
    """What a study activity studied: politics, a regulation, a policy, or a trip elsewhere."""

    POLITICAL = "political"
    REGULATION = "regulation"
    POLICY = "policy"
    FIELD_TRIP = "field_trip"
    OTHER = "other"


class ParticipantKind(enum.Enum):
    """People other than deputies who take part in an activity."""

    VOTERS = "voters"
    GROWERS = "growers"
    TOWN_LEADERSHIP = "town_leadership"
    OFFICIALS = "officials"
    STAFF = "staff"
    OTHER = "other"


class CampaignKind(enum.Enum):
    """The kind of a focused campaign (专项工作)."""

    EPIDEMIC_PREVENTION = "epidemic_prevention"
    POVERTY_ALLEVIATION = "poverty_alleviation"
    RURAL_REVITALISATION = "rural_revitalisation"
    SAFETY = "safety"
    OTHER = "other"


class CampaignRoleKind(enum.Enum):
    """A role deputies take in a campaign."""

    GATEKEEPER = "gatekeeper"
    INVESTIGATOR = "investigator"
    TEMPERATURE_CHECKER = "temperature_checker"
    PURCHASER = "purchaser"
    PRODUCE_SELLER = "produce_seller"
    ASSESSMENT_INVESTIGATOR = "assessment_investigator"
    POLICY_EXPLAINER = "policy_explainer"
    WORK_SUPERVISOR = "work_supervisor"
    OTHER = "other"


class ProjectStatus(enum.Enum):
    """The status of a livelihood project (民生实事项目)."""

    VOTED = "voted"
    IN_PROGRESS = "in_progress"
    DELAYED = "delayed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class OpinionResolution(enum.Enum):
    """What became of an opinion taken at a reception or visit."""

    ANSWERED_ON_SPOT = "answered_on_spot"
    TURNED_INTO_SUGGESTION = "turned_into_suggestion"
    FORWARDED = "forwarded"
    PENDING = "pending"


class PlaceKind(enum.Enum):
    """The kind of a place that activities cover."""

    VILLAGE = "village"
    COMMUNITY = "community"
    TOWN = "town"
    SITE = "site"
    OTHER = "other"


class UnitKind(enum.Enum):
    """The kind of an organisation: a handling unit, an inspected unit, an evaluated one."""

    TOWN_GOVERNMENT = "town_government"
    TOWN_OFFICE = "town_office"
    DISTRICT_DEPARTMENT = "district_department"
    POLICE = "police"
    JUDICIAL = "judicial"
    SCHOOL = "school"
    ENTERPRISE = "enterprise"
    OTHER = "other"


class PlanSection(enum.Enum):
    """The section of a work plan an item belongs to."""

    LEADERSHIP = "leadership"
    SUPERVISION = "supervision"
    DEPUTY_SERVICE = "deputy_service"
    SUGGESTION_HANDLING = "suggestion_handling"
    OTHER = "other"


class TargetMetric(enum.Enum):
    """What a plan item's measurable target counts in the records."""

    ACTIVITIES = "activities"
    UNITS_COVERED = "units_covered"
    PLACES_COVERED = "places_covered"
    PROJECTS_COVERED = "projects_covered"
    PARTICIPATIONS = "participations"
    DEPUTIES_TAKING_PART = "deputies_taking_part"
    PEOPLE_RECEIVED = "people_received"
    OPINIONS_COLLECTED = "opinions_collected"
    HOUSEHOLDS_CONTACTED = "households_contacted"
    SUGGESTIONS_RAISED = "suggestions_raised"
    SUGGESTIONS_REPLIED = "suggestions_replied"
    #: Officeholders elected at sessions held in the period (选举副镇长1名).
    OFFICEHOLDERS_ELECTED = "officeholders_elected"


class ElectionKind(enum.Enum):
    """What an election plan is for: a new term (换届) or vacancies in one (补选)."""

    GENERAL = "general"
    BY_ELECTION = "by_election"


class DutyMetric(enum.Enum):
    """What a duty rule or points item counts, per deputy.

    ``suggestions_raised`` counts suggestions the deputy led or co-signed;
    ``suggestions_led`` only those led. ``activities`` counts activities the
    deputy is listed as taking part in (of the given kinds, or all);
    ``households_contacted`` sums the households contacted on those
    activities: the deputy's own figure where one is given, otherwise a part
    of the activity's households as the standard's :class:`Crediting` says;
    ``speeches`` counts
    speeches at sessions; ``reports_to_voters`` counts activities of kind
    ``report_to_voters`` the deputy took part in.
    """

    SUGGESTIONS_RAISED = "suggestions_raised"
    SUGGESTIONS_LED = "suggestions_led"
    SPEECHES = "speeches"
    ACTIVITIES = "activities"
    HOUSEHOLDS_CONTACTED = "households_contacted"
    REPORTS_TO_VOTERS = "reports_to_voters"


class DutyWindow(enum.Enum):
    """The span a rule's threshold applies to: each term, each calendar year, each session."""

    TERM = "term"
    YEAR = "year"
    SESSION = "session"


class PartService(enum.Enum):
    """How to assess a deputy who served only part of a window.

    ``pro_rata`` scales the threshold by the share of the window served
    (rounded up); ``mark`` keeps the threshold and marks a shortfall as
    "served part of the window" instead of "not met".
    """

    PRO_RATA = "pro_rata"
    MARK = "mark"


class Crediting(enum.Enum):
    """How an activity's total is credited to participants who have no figure of their own.

    A participant's own figure (:class:`~congresskit.ParticipantFigures`)
    always wins; this says what the others get of the rest of the total.
    ``full`` credits each of them with all of it (every participant "took
    part in" contacting every household); ``shared`` splits it equally
    among them, rounded down, so no household is credited twice; ``none``
    credits them nothing.
    """

    FULL = "full"
    SHARED = "shared"
    NONE = "none"


class Verdict(enum.Enum):
    """How a deputy stands against one rule in one window."""

    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"  # the window goes on after the period; not met yet
    PART_SERVED = "part_served"  # served part of the window, the standard marks it
    EXCUSED = "excused"  # on leave from the session, named in its attendance


class SubjectKind(enum.Enum):
    """What deputies evaluate (评议对象)."""

    DEPARTMENT = "department"  # a government department or office (站所)
    OUTSIDE_BODY = "outside_body"  # a body outside government: a bank branch, a utility
    PROJECT = "project"  # a livelihood project
    DEPUTY = "deputy"  # voters rating a deputy who reports to them (述职评议)
    COLLECTIVE = "collective"  # a collective: a village committee, a group


class Implementation(enum.Enum):
    """How far what a reply promised has been carried out (落实情况), apart from its class."""

    RESOLVED = "resolved"  # resolved or basically resolved
    BEING_RESOLVED = "being_resolved"
    NOT_NOW = "not_now"  # cannot be resolved for now
    CARRIED_OVER = "carried_over"  # carried over to next year


class NonResolutionReason(enum.Enum):
    """Why a suggestion was not resolved."""

    BEYOND_AUTHORITY = "beyond_authority"  # beyond the town's authority
    OBJECTIVE_CONSTRAINTS = "objective_constraints"  # funds, land, planning
    OTHER = "other"  # given as text
