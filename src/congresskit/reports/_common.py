"""What the Chinese and English reports share: which facts and figures to show.

Both languages show the same facts in the same order; only the wording
differs. The choices made here (a figure of zero is left out, which activity
kinds belong to which section, the order categories are listed in) are
therefore made once; ``_render_report`` makes the same choice for sections.

>>> percent(52, 52), percent(2, 3)
('100.0%', '66.7%')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, Status, SuggestionKind
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import (
    ActivityFigures,
    ProjectLine,
    SessionSummary,
    SuggestionFigures,
)

#: The activity kinds the "deputies' activities" section reports, in report order.
FIELD_WORK = (
    ActivityKind.INSPECTION,
    ActivityKind.ENFORCEMENT_CHECK,
    ActivityKind.SUPERVISION,
    ActivityKind.SURVEY,
    ActivityKind.WORK_EVALUATION,
    ActivityKind.VOTER_VISIT,
    ActivityKind.REPORT_TO_VOTERS,
    ActivityKind.OTHER,
)
#: The kinds the "study and training" section reports.
LEARNING = (ActivityKind.STUDY, ActivityKind.TRAINING)

#: The figures of an activity breakdown, in the order a sentence gives them.
FIGURES = (
    "participations",
    "units",
    "villages",
    "other_places",
    "projects",
    "people_received",
    "opinions_collected",
    "opinions_followed_up",
    "opinions_reported_back",
    "households_contacted",
    "suggestions_arising",
)

#: The figures a report's opening sentence leaves to the sections below.
HEADLINE_LEAVES_OUT = ("units", "other_places", "projects", "suggestions_arising")


def figures(af: ActivityFigures, *, leave_out: tuple[str, ...] = ()) -> list[tuple[str, Count]]:
    """The non-zero figures of ``af`` as ``(name, count)`` pairs, in :data:`FIGURES` order.

    ``other_places`` is places covered that are not villages (the town centre,
    a site), so that villages and other places are never counted together.
    A figure no record states (earlier opinions followed up, when no activity
    says how many) is left out, as is a figure of zero; a stated zero of those
    reported back is kept beside the opinions followed up.
    """
    values: dict[str, Count | None] = {
        "participations": af.participations,
        "units": Count(af.units),
        "villages": Count(af.villages),
        "other_places": Count(af.places - af.villages),
        "projects": Count(af.projects),
        "people_received": af.people_received,
        "opinions_collected": af.opinions_collected,
        "opinions_followed_up": af.opinions_followed_up,
        "opinions_reported_back": af.opinions_reported_back,
        "households_contacted": af.households_contacted,
        "suggestions_arising": af.suggestions_arising,
    }
    followed = af.opinions_followed_up is not None and af.opinions_followed_up.value > 0
    return [
        (n, value)
        for n in FIGURES
        if n not in leave_out
        and (value := values[n]) is not None
        and (value.value or (n == "opinions_reported_back" and followed))
    ]


#: How the suggestions in hand stand: first how their replies were timed...
TIMING = ("replied_on_time", "replied_late", "overdue")
#: ...then whether they are closed.
STATE = ("closed", "open")


def handling(h: SuggestionFigures, names: tuple[str, ...]) -> list[tuple[str, int]]:
    """The non-zero figures among ``names`` (from :data:`TIMING` and :data:`STATE`), in order."""
    values = {
        "replied_on_time": h.replied_on_time,
        "replied_late": h.replied_late,
        "overdue": h.overdue,
        "closed": h.by_status.get(Status.CLOSED, 0),
        "open": h.open,
    }
    return [(n, values[n]) for n in names if values[n]]


def percent(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage with one decimal (``95.2%``)."""
    return f"{100 * part / whole:.1f}%"


def kinds_present(summary: PeriodSummary, kinds: tuple[ActivityKind, ...]) -> list[ActivityKind]:
    """The kinds among ``kinds`` that the period has activities of."""
    return [k for k in kinds if summary.activities_by_kind.get(k, ActivityFigures()).activities]


def project_names(summary: PeriodSummary) -> Mapping[str, str]:
    """Livelihood project names by id (an id stands for itself when its record is unknown)."""
    return {p.id: p.name for p in summary.projects.projects}


def selected_projects(session: SessionSummary, summary: PeriodSummary) -> list[str]:
    """The names of the projects the session's ballots selected."""
    names = project_names(summary)
    return [names.get(p, p) for p in session.projects_selected]


def ballot_selected(session: SessionSummary) -> int | None:
    """Projects the session's ballots selected, as stated; ``None`` if any ballot does not say."""
    counts = [b.selected_count for b in session.ballots]
    if any(c is None for c in counts):
        return None
    return sum(c for c in counts if c is not None)


def congress_name(summary: PeriodSummary) -> str | None:
    """The name of the congress the records describe, if they name exactly one."""
    return summary.congresses[0].name if len(summary.congresses) == 1 else None


def has_suggestions(summary: PeriodSummary) -> bool:
    """Whether there is anything to say about suggestions in the period."""
    s = summary.suggestions
    return bool(s.raised.value or s.in_hand.suggestions)


def participations(summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> Count | None:
    """The deputy participations in the period's activities of ``kinds``.

    ``None`` when none of those activities records who, or how many, took part:
    the figure is unknown (未记录), not zero.
    """
    figures = [summary.activities_by_kind[k] for k in kinds]
    if not any(f.participants_recorded for f in figures):
        return None
    return Count.total(f.participations for f in figures)


def reception_days(summary: PeriodSummary) -> int:
    """The reception days the period's stations had scheduled, all together."""
    return sum(s.reception_days for s in summary.stations)


def scheduled_stations(summary: PeriodSummary) -> int:
    """How many of the period's stations have a reception-day rule."""
    return sum(s.reception_rule is not None for s in summary.stations)


def receptions(summary: PeriodSummary) -> ActivityFigures | None:
    """The period's reception activities, or ``None`` when there were none."""
    reception = summary.activities_by_kind.get(ActivityKind.RECEPTION)
    return reception if reception is not None and reception.activities else None


def raised_at_sessions(summary: PeriodSummary) -> Count:
    """The suggestions raised at the period's sessions."""
    return Count.total(s.suggestions for s in summary.sessions)


def suggestion_kinds(summary: PeriodSummary) -> Mapping[SuggestionKind, int]:
    """The kinds of suggestion raised, worth listing only when not all are plain suggestions."""
    by_kind = summary.suggestions.itemised.by_kind
    return by_kind if set(by_kind) - {SuggestionKind.SUGGESTION} else {}


def categories(summary: PeriodSummary) -> list[tuple[str, int]]:
    """The categories of the suggestions raised, the largest first (ties by name)."""
    by_category = summary.suggestions.itemised.by_category
    return sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))


def adopted(session: SessionSummary) -> list[str]:
    """The titles of the resolutions the session adopted."""
    return [r.title for r in session.resolutions if r.adopted]


def supervised(summary: PeriodSummary) -> list[ProjectLine]:
    """The livelihood projects deputies supervised in the period."""
    return [line for line in summary.projects.projects if line.activities]
