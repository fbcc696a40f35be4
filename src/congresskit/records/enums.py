"""The enumerations of congresskit.

Every value is a lowercase ASCII identifier: that identifier *is* the exchange
format, and it never changes once released. Human-readable names in simplified
Chinese and English live in :mod:`congresskit.records.labels`, not here.
"""

from __future__ import annotations

import datetime as dt
import enum

__all__ = [
    "ActivityKind",
    "Cadence",
    "CampaignKind",
    "CampaignRoleKind",
    "DutyMetric",
    "DutyWindow",
    "Gender",
    "GroupKind",
    "Level",
    "MembershipKind",
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


class GroupKind(enum.Enum):
    """What sort of group deputies are organised in: 代表小组, 代表团 or 代表队."""

    DEPUTY_GROUP = "deputy_group"
    DELEGATION = "delegation"
    TEAM = "team"


class StationKind(enum.Enum):
    """What sort of facility a station is: a work or liaison station, a deputies' home, ..."""

    WORK_STATION = "work_station"
    LIAISON_STATION = "liaison_station"
    DEPUTIES_HOME = "deputies_home"
    RECEPTION_POINT = "reception_point"
    ACTIVITY_ROOM = "activity_room"
    OTHER = "other"


class Cadence(enum.Enum):
    """How often something is due: each month, quarter, half-year or year."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        """The months in one stretch of the cadence (3 for ``quarterly``)."""
        return _CADENCE_MONTHS[self._value_]

    def stretches(self, first: dt.date, last: dt.date) -> tuple[tuple[dt.date, dt.date], ...]:
        """The calendar months, quarters, halves or years wholly within ``first``..``last``.

        >>> [f"{a}..{b}" for a, b in Cadence.QUARTERLY.stretches(dt.date(2020, 2, 1),
        ...                                                     dt.date(2020, 12, 31))]
        ['2020-04-01..2020-06-30', '2020-07-01..2020-09-30', '2020-10-01..2020-12-31']
        """
        step = self.months
        index = (first.year * 12 + first.month - 1) // step * step
        result = []
        while True:
            year, month = divmod(index, 12)
            if year > 9999:
                break
            start = dt.date(year, month + 1, 1)
            end_year, end_month = divmod(index + step, 12)
            end = (
                dt.date(end_year, end_month + 1, 1) - dt.timedelta(days=1)
                if end_year <= 9999
                else dt.date.max
            )
            if start > last:
                break
            if first <= start and end <= last:
                result.append((start, end))
            index += step
        return tuple(result)


_CADENCE_MONTHS = {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}


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


class DutyMetric(enum.Enum):
    """What a duty rule or points item counts, per deputy.

    ``suggestions_raised`` counts suggestions the deputy led or co-signed;
    ``suggestions_led`` only those led. ``activities`` counts activities the
    deputy is listed as taking part in (of the given kinds, or all);
    ``households_contacted`` sums the households contacted on those activities
    (each listed participant is credited with all of them); ``speeches`` counts
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


class Verdict(enum.Enum):
    """How a deputy stands against one rule in one window."""

    MET = "met"
    NOT_MET = "not_met"
    PENDING = "pending"  # the window goes on after the period; not met yet
    PART_SERVED = "part_served"  # served part of the window, the standard marks it
    EXCUSED = "excused"  # on leave from the session, named in its attendance
