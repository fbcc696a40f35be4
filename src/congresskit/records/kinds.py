"""The enumerations of rule documents, honours and money.

Like those of :mod:`congresskit.records.enums`, every value is a lowercase ASCII
identifier that is the exchange format; labels live in
:mod:`congresskit.records.labels`.
"""

from __future__ import annotations

import enum

__all__ = ["AllowanceBasis", "BudgetKind", "RecipientKind", "RuleKind"]


class RuleKind(enum.Enum):
    """What a rule document (制度) governs."""

    ATTENDANCE_ASSESSMENT = "attendance_assessment"
    REPORT_TO_VOTERS = "report_to_voters"
    VOTER_SUPERVISION = "voter_supervision"
    RECEPTION_DAY = "reception_day"
    OTHER = "other"


class RecipientKind(enum.Enum):
    """Who received an honour: a unit, a deputy, a congress, a group or a station."""

    UNIT = "unit"
    DEPUTY = "deputy"
    CONGRESS = "congress"
    GROUP = "group"
    STATION = "station"


class BudgetKind(enum.Enum):
    """What a budget line pays for."""

    SESSION_EXPENSES = "session_expenses"
    CONGRESS_WORK = "congress_work"
    DEPUTY_ACTIVITIES = "deputy_activities"
    OTHER = "other"


class AllowanceBasis(enum.Enum):
    """What an allowance is paid per: a person and day of activity, or a person and activity."""

    PERSON_DAY = "person_day"
    PERSON_ACTIVITY = "person_activity"
