"""The typed sections of a period summary.

Each class here is a frozen value holding figures already counted from the
records; a renderer reads them and never counts again. Figures that may be
lower bounds are :class:`~congresskit.Count` values ("200+" stays "200+").
Mappings are ordered: enum keys in the enum's order, other keys sorted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction

import attrs

from congresskit.records.activities import CampaignRole
from congresskit.records.agenda import Election, Inquiry, ProjectBallot, ReportReview, Resolution
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    Cadence,
    CampaignKind,
    GroupKind,
    Outcome,
    ReportKind,
    Satisfaction,
    StationKind,
    Status,
    SuggestionKind,
)
from congresskit.records.sessions import Attendance, Ceremony, Official
from congresskit.summary.activity_figures import ActivityFigures as ActivityFigures
from congresskit.summary.periods import Period
from congresskit.summary.project_figures import ProjectLine as ProjectLine
from congresskit.summary.project_figures import ProjectSummary as ProjectSummary

__all__ = [
    "ActivityFigures",
    "CampaignSummary",
    "DeputySummary",
    "GroupSummary",
    "ProjectLine",
    "ProjectSummary",
    "SessionSummary",
    "StationSummary",
    "SuggestionFigures",
    "SuggestionSummary",
]

_ZERO = Count(0)


@attrs.frozen(kw_only=True)
class SuggestionFigures:
    """Suggestions and their handling, as they stood at the end of the period.

    Attributes:
        suggestions: how many (itemised suggestion records).
        by_kind, by_category, by_unit: how many of each kind, subject category
            and lead handling unit (unassigned ones have no unit).
        by_status: how many in each status at the end of the period.
        replied_on_time: first reply made by the deadline of the first round.
        replied_late: first reply made after that deadline.
        overdue: a reply awaited at the end of the period, past its deadline.
        open: not closed at the end of the period.
        rehandled: sent back for re-handling at least once.
        replied_in_period: replied at least once within the period.
        outcomes: the class (A/B/C) of each suggestion's latest reply.
        satisfaction: the deputy's latest rating of the handling work
            (``Evaluated.handling``, or the only rating), one per rated suggestion.
        result_satisfaction: the deputy's latest rating of the result
            (``Evaluated.result``), one per suggestion whose result was rated
            apart; a suggestion rated once has none here.

    The rates say which rating they use: :attr:`satisfied_rate` and
    :attr:`satisfied_or_basically_rate` the handling,
    :attr:`result_satisfied_rate` and :attr:`result_satisfied_or_basically_rate`
    the result.
    """

    suggestions: int = 0
    by_kind: Mapping[SuggestionKind, int] = attrs.field(factory=dict)
    by_category: Mapping[str, int] = attrs.field(factory=dict)
    by_unit: Mapping[str, int] = attrs.field(factory=dict)
    by_status: Mapping[Status, int] = attrs.field(factory=dict)
    replied_on_time: int = 0
    replied_late: int = 0
    overdue: int = 0
    open: int = 0
    rehandled: int = 0
    replied_in_period: int = 0
    outcomes: Mapping[Outcome, int] = attrs.field(factory=dict)
    satisfaction: Mapping[Satisfaction, int] = attrs.field(factory=dict)
    result_satisfaction: Mapping[Satisfaction, int] = attrs.field(factory=dict)

    @property
    def evaluated(self) -> int:
        """How many suggestions the deputies have rated (their handling)."""
        return sum(self.satisfaction.values())

    @property
    def result_evaluated(self) -> int:
        """How many suggestions have a rating of their result."""
        return sum(self.result_satisfaction.values())

    @property
    def satisfied_rate(self) -> Fraction | None:
        """The share of rated suggestions whose handling is rated 'satisfied' (or ``None``)."""
        return _rate(self.satisfaction, Satisfaction.SATISFIED)

    @property
    def satisfied_or_basically_rate(self) -> Fraction | None:
        """The share whose handling is rated 'satisfied' or 'basically satisfied' (or ``None``)."""
        return _rate(self.satisfaction, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED)

    @property
    def result_satisfied_rate(self) -> Fraction | None:
        """The share of result ratings that are 'satisfied' (``None`` if no result is rated)."""
        return _rate(self.result_satisfaction, Satisfaction.SATISFIED)

    @property
    def result_satisfied_or_basically_rate(self) -> Fraction | None:
        """The share of result ratings 'satisfied' or 'basically satisfied' (or ``None``)."""
        return _rate(
            self.result_satisfaction, Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED
        )


def _rate(counts: Mapping[Satisfaction, int], *ratings: Satisfaction) -> Fraction | None:
    rated = sum(counts.values())
    if not rated:
        return None
    return Fraction(sum(counts.get(r, 0) for r in ratings), rated)


@attrs.frozen(kw_only=True)
class SuggestionSummary:
    """The suggestions of a period.

    Attributes:
        raised: suggestions raised in the period: each session's reported
            total (or its itemised suggestions, never both) plus itemised
            suggestions raised elsewhere.
        itemised: the itemised suggestions raised in the period.
        in_hand: every itemised suggestion in hand during the period (raised
            in it or before it, and not closed before it began), as it stood
            at the end of the period.
    """

    raised: Count = _ZERO
    itemised: SuggestionFigures = attrs.field(factory=SuggestionFigures)
    in_hand: SuggestionFigures = attrs.field(factory=SuggestionFigures)


@attrs.frozen(kw_only=True)
class SessionSummary:
    """A session held in the period, with its agenda.

    Attributes:
        id, term, number, start, end: the session's record id, term id,
            number within the term and days.
        term_number: the term's number, when the term record is known.
        reports: the kinds of the reports heard and reviewed, in agenda order.
        report_reviews: those agenda items as recorded (with their titles,
            presenters and units), in the same order.
        resolutions, elections, ballots, inquiries: the agenda items of each kind.
        projects_selected: ids of the livelihood projects its ballots selected.
        attendance: the roll, if recorded.
        speeches: speeches made.
        suggestions: suggestions raised at it (its reported total, or the
            itemised ones, never both).
        suggestions_itemised: itemised suggestion records raised at it.
        officials: officeholders and guests named at it, as recorded.
        ceremonies: its ceremonial items (anthem, oath), as recorded.
    """

    id: str
    term: str
    term_number: int | None
    number: int
    start: dt.date
    end: dt.date
    reports: tuple[ReportKind, ...] = ()
    report_reviews: tuple[ReportReview, ...] = ()
    resolutions: tuple[Resolution, ...] = ()
    elections: tuple[Election, ...] = ()
    ballots: tuple[ProjectBallot, ...] = ()
    inquiries: tuple[Inquiry, ...] = ()
    projects_selected: tuple[str, ...] = ()
    attendance: Attendance | None = None
    speeches: int = 0
    suggestions: Count = _ZERO
    suggestions_itemised: int = 0
    officials: tuple[Official, ...] = ()
    ceremonies: tuple[Ceremony, ...] = ()


@attrs.frozen(kw_only=True)
class StationSummary:
    """A station's part in the period.

    Attributes:
        id: the station's id; name: its name (``None`` if its record is not
            among the records).
        reception_rule: its reception-day recurrence rule, if it has one
            (``None`` also when its record is not among the records).
        kind: what sort of facility it is (``None`` if its record is not known).
        count: how many facilities its record stands for (18 contact points),
            ``None`` for one or if its record is not known.
        reception_days: reception days its recurrence rule schedules in the period.
        activities: the activities held at it (reception days held are its
            activities of kind ``reception``).
        suggestions: suggestions raised in the period whose lead deputy was
            assigned to the station on the day they were raised.
        suggestions_possible: suggestions raised in the period on a date too
            vague to say whether their lead deputy was assigned to the station
            that day (the deputy joined or left within it); not counted in
            ``suggestions``, which is therefore a lower figure.
    """

    id: str
    name: str | None
    reception_rule: str | None = None
    kind: StationKind | None = None
    count: int | None = None
    reception_days: int = 0
    activities: ActivityFigures = attrs.field(factory=ActivityFigures)
    suggestions: SuggestionFigures = attrs.field(factory=SuggestionFigures)
    suggestions_possible: int = 0


@attrs.frozen(kw_only=True)
class GroupSummary:
    """A deputy group's part in the period.

    Attributes:
        id, name: the group (``name`` is ``None`` if its record is not known).
        kind, number: the group's kind and number (``None`` if not known).
        cadence: how often the group is to hold an activity, if a rule says.
        stretches_due: the stretches of the cadence (quarters for
            ``quarterly``) wholly within the period; ``None`` without a cadence.
        stretches_held: how many of them saw at least one activity of the
            group whose month is known; ``None`` without a cadence.
        stretches_held_in: those stretches, as periods (``2022-Q4``); ``None``
            without a cadence.
        activities: the activities the group held.
        suggestions: suggestions raised in the period whose lead deputy was a
            member of the group on the day they were raised (a later move
            changes nothing).
        suggestions_possible: suggestions raised in the period on a date too
            vague to say whether their lead deputy was a member that day (the
            deputy joined or left within it); not counted in ``suggestions``,
            which is therefore a lower figure.
    """

    id: str
    name: str | None
    kind: GroupKind | None = None
    number: int | None = None
    cadence: Cadence | None = None
    stretches_due: int | None = None
    stretches_held: int | None = None
    stretches_held_in: tuple[Period, ...] | None = None
    activities: ActivityFigures = attrs.field(factory=ActivityFigures)
    suggestions: SuggestionFigures = attrs.field(factory=SuggestionFigures)
    suggestions_possible: int = 0


@attrs.frozen(kw_only=True)
class DeputySummary:
    """One deputy's part in the period.

    Attributes:
        id, name: the deputy (``name`` is ``None`` if the record is not known).
        serving: whether a term membership of the deputy overlaps the period.
        activities: activities the deputy is listed as taking part in.
        activities_by_kind: the same, by kind.
        households_contacted: households contacted on those activities, all
            participants together (each listed participant is credited with
            the activity's households, as in the work report's totals).
        own_households_contacted, own_people_received, own_opinions_collected,
            own_suggestions_reported: the deputy's own figures, summed over the
            activities that give them (``participant_figures``); ``None`` when
            no activity in the period gives the deputy's own figure (not
            stated, which is not 0).
        suggestions_led, suggestions_cosigned: suggestions raised in the
            period as lead deputy and as co-signer.
        speeches: speeches at sessions held in the period.
    """

    id: str
    name: str | None
    serving: bool
    activities: int = 0
    activities_by_kind: Mapping[ActivityKind, int] = attrs.field(factory=dict)
    households_contacted: Count = _ZERO
    own_households_contacted: Count | None = None
    own_people_received: Count | None = None
    own_opinions_collected: Count | None = None
    own_suggestions_reported: Count | None = None
    suggestions_led: int = 0
    suggestions_cosigned: int = 0
    speeches: int = 0


@attrs.frozen(kw_only=True)
class CampaignSummary:
    """A campaign running in the period, the deputies' roles in it and its activities.

    Attributes:
        id, kind, name, start, end: from the campaign's record.
        roles: the deputies' roles, as recorded.
        deputies_in_roles: distinct deputies named in the roles.
        activities: the campaign's activities in the period.
    """

    id: str
    kind: CampaignKind
    name: str
    start: dt.date | None
    end: dt.date | None
    roles: tuple[CampaignRole, ...] = ()
    deputies_in_roles: int = 0
    activities: ActivityFigures = attrs.field(factory=ActivityFigures)
