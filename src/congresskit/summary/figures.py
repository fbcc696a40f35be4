"""The typed sections of a period summary.

Each class here is a frozen value holding figures already counted from the
records; a renderer reads them and never counts again. Figures that may be
lower bounds are :class:`~congresskit.Count` values ("200+" stays "200+").
Mappings are ordered: enum keys in the enum's order, other keys sorted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from congresskit.records.activities import CampaignRole
from congresskit.records.agenda import Election, Inquiry, ProjectBallot, ReportReview, Resolution
from congresskit.records.counts import Count
from congresskit.records.enums import (
    ActivityKind,
    Cadence,
    CampaignKind,
    GroupKind,
    ReportKind,
    StationKind,
)
from congresskit.records.sessions import Attendance, Ceremony, Official
from congresskit.summary.activity_figures import ActivityFigures as ActivityFigures
from congresskit.summary.periods import Period
from congresskit.summary.project_figures import ProjectLine as ProjectLine
from congresskit.summary.project_figures import ProjectSummary as ProjectSummary
from congresskit.summary.suggestion_figures import SuggestionFigures as SuggestionFigures
from congresskit.summary.suggestion_figures import SuggestionSummary as SuggestionSummary

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
