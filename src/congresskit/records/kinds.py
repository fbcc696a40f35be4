"""The enumerations of groups, facilities, rule documents, honours, money, oversight and more.

Like those of :mod:`congresskit.records.enums`, every value is a lowercase ASCII
identifier that is the exchange format; labels live in
:mod:`congresskit.records.labels`.
"""

from __future__ import annotations

import datetime as dt
import enum

__all__ = [
    "AllowanceBasis",
    "BudgetKind",
    "Cadence",
    "CeremonyKind",
    "DeductionBasis",
    "DocumentKind",
    "EvaluationMethod",
    "GroupKind",
    "HandlingMeasure",
    "OfficialRole",
    "RateMeasure",
    "RecipientKind",
    "RuleKind",
    "StationKind",
]


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


class DeductionBasis(enum.Enum):
    """How a criterion of a collective's assessment takes points off.

    ``none_done``: the criterion scores 0 when none of the collective's
    deputies did any of it; ``in_part``: the points are taken off once when
    some deputy fell short; ``per_deputy``: for each deputy who fell short;
    ``per_absence``: for each deputy and each activity they missed.
    """

    NONE_DONE = "none_done"
    IN_PART = "in_part"
    PER_DEPUTY = "per_deputy"
    PER_ABSENCE = "per_absence"


class DocumentKind(enum.Enum):
    """What sort of document a presidium meeting adopted (审议通过).

    Each kind but ``decision`` and ``other`` is a record type congresskit
    keeps, which an adopted document may name.
    """

    ELECTION_PLAN = "election_plan"  # 换届选举实施方案: an ElectionPlan
    RULE = "rule"  # 制度: a RuleDocument
    WORK_PLAN = "work_plan"  # 工作计划/要点: a WorkPlan
    DECISION = "decision"  # 决定
    OTHER = "other"


class OfficialRole(enum.Enum):
    """What an officeholder or guest named at a session did there."""

    PRESIDED = "presided"  # 主持
    GUEST = "guest"  # 到会指导: a guest from a higher body
    SPEECH = "speech"  # 讲话
    STATEMENT = "statement"  # 表态发言: the newly elected
    LED_OATH = "led_oath"  # 领誓: led the constitutional oath
    REPORTED = "reported"  # 作报告: presented a report


class CeremonyKind(enum.Enum):
    """A ceremonial item of a session: the anthem, the constitutional oath, a film shown."""

    NATIONAL_ANTHEM = "national_anthem"  # 奏唱国歌
    OATH = "oath"  # 宪法宣誓: the newly elected take the constitutional oath
    FILM = "film"  # 观看教育片
    OTHER = "other"


class EvaluationMethod(enum.Enum):
    """How an evaluation gathered views or results (评议方式)."""

    OPINION_FORMS = "opinion_forms"  # 发放征求意见表
    MAILBOX = "mailbox"  # 设立代表信箱
    HOTLINE = "hotline"  # 公布投诉电话
    FORUMS = "forums"  # 座谈会
    VISITS = "visits"  # 走访
    INSPECTION = "inspection"  # 实地察看
    REPORT_HEARD = "report_heard"  # 听取被评议对象的汇报或述职
    QUESTIONS = "questions"  # 代表或选民现场提问
    VOTE = "vote"  # 测评投票或打分
    OTHER = "other"


class RateMeasure(enum.Enum):
    """What a rate a source states as a percentage measures (a 述职率, a 满意率)."""

    COVERAGE = "coverage"  # subjects evaluated of those due (代表述职率)
    SATISFACTION = "satisfaction"  # satisfied or basically satisfied of the ratings
    AVERAGE_SATISFACTION = "average_satisfaction"  # the subjects' satisfaction rates, averaged
    COMPLETION = "completion"  # items finished of all items (办结率)
    OTHER = "other"


class HandlingMeasure(enum.Enum):
    """A step a handling report says was taken for the items (办理举措)."""

    MEETING = "meeting"  # a meeting or seminar on the handling (研讨会, 交办会)
    LEADING_GROUP = "leading_group"  # a leading group for the handling set up
    ASSIGNED_TO_STAFF = "assigned_to_staff"  # sorted by category and assigned to named staff
    AT_ONCE = "at_once"  # items that could be closed at once were carried out at once
    COORDINATED = "coordinated"  # items needing other departments coordinated with them
    REFERRED_UP = "referred_up"  # items beyond the body's means reported to the level above
    WRITTEN_REPLY = "written_reply"  # replies in writing
    DELIVERED_IN_PERSON = "delivered_in_person"  # replies handed to each deputy in person
    FEEDBACK_HEARD = "feedback_heard"  # the deputies' views on the reply heard face to face
    OTHER = "other"
