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
    Level,
    ReportKind,
    StationKind,
    StudyKind,
)
from congresskit.records.sessions import Attendance, Ceremony, Official
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
class ActivityFigures:
    """Activities of a period (or of one kind, month, station, group or campaign in it).

    Attributes:
        activities: how many activities.
        by_kind: how many of each kind (kinds with none left out).
        places: distinct places covered.
        villages: distinct places covered that are villages.
        units: distinct units inspected, evaluated or met.
        projects: distinct livelihood projects concerned.
        deputies: distinct deputies taking part: those named, or the most
            one activity reports if more; a lower bound when some activity
            reports more participants than it names, or records none.
        participations: deputy participations (person-times); a lower bound
            when some activity does not record who, or how many, took part.
        participants_recorded: how many of the activities record who, or how
            many, took part. When none does (and there are activities), the
            participation figures are not recorded (未记录), not zero: see
            :attr:`participation_recorded`.
        people_received: people received (人次).
        opinions_collected: opinions collected (reported totals, or itemised
            opinions where no total is given, never both).
        households_contacted: households contacted.
        suggestions_arising: suggestions that came out of the activities.
        items_by_kind: the items of bundled activities, by kind (each
            activity is counted once in ``activities`` and ``by_kind``; its
            items here).
        study_by_kind: study and training activities by what they studied
            (those whose subtype is recorded).
        others_taking_part: people who are not deputies taking part, as the
            activities report them (never part of ``participations``).
        person_days: deputies' person-days (participations times each
            activity's days), what a per-day allowance is paid on.
        items: the items of bundled activities, all kinds together.
        topics: distinct topics (议题) the activities took up.
        item_times_by_kind: how many times the items of each kind were done,
            where the items count them (20 residents' forums), an item
            counted once where it does not.
        participations_by_level: participations counted by the level of the
            deputies' congress (city, district, county deputies working in a
            sub-district's or town's activities), as the activities state
            them; levels no activity states are left out (not stated, not 0).
    """

    activities: int = 0
    by_kind: Mapping[ActivityKind, int] = attrs.field(factory=dict)
    places: int = 0
    villages: int = 0
    units: int = 0
    projects: int = 0
    deputies: Count = _ZERO
    participations: Count = _ZERO
    participants_recorded: int = 0
    people_received: Count = _ZERO
    opinions_collected: Count = _ZERO
    households_contacted: Count = _ZERO
    suggestions_arising: Count = _ZERO
    items_by_kind: Mapping[ActivityKind, int] = attrs.field(factory=dict)
    study_by_kind: Mapping[StudyKind, int] = attrs.field(factory=dict)
    others_taking_part: Count = _ZERO
    person_days: Count = _ZERO
    items: int = 0
    topics: int = 0
    item_times_by_kind: Mapping[ActivityKind, Count] = attrs.field(factory=dict)
    participations_by_level: Mapping[Level, Count] = attrs.field(factory=dict)

    @property
    def participation_recorded(self) -> bool:
        """Whether the participation figures say something (no activity, or some recording it)."""
        return self.activities == 0 or self.participants_recorded > 0


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
