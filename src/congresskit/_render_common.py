"""What the Chinese and English reports share: which figures and sections to show.

Both languages show the same facts in the same order; only the wording
differs. The choices made here (a figure of zero is left out, a section with
nothing in it is left out, which activity kinds belong to which section) are
therefore made once.
"""

from __future__ import annotations

from collections.abc import Mapping

from congresskit.counts import Count
from congresskit.enums import ActivityKind
from congresskit.figures import ActivityFigures, SessionSummary
from congresskit.summary import PeriodSummary

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
    "households_contacted",
    "suggestions_arising",
)

#: The figures a report's opening sentence leaves to the sections below.
HEADLINE_LEAVES_OUT = ("units", "other_places", "projects", "suggestions_arising")


def figures(af: ActivityFigures, *, leave_out: tuple[str, ...] = ()) -> list[tuple[str, Count]]:
    """The non-zero figures of ``af`` as ``(name, count)`` pairs, in :data:`FIGURES` order.

    ``other_places`` is places covered that are not villages (the town centre,
    a site), so that villages and other places are never counted together.
    """
    values = {
        "participations": af.participations,
        "units": Count(af.units),
        "villages": Count(af.villages),
        "other_places": Count(af.places - af.villages),
        "projects": Count(af.projects),
        "people_received": af.people_received,
        "opinions_collected": af.opinions_collected,
        "households_contacted": af.households_contacted,
        "suggestions_arising": af.suggestions_arising,
    }
    return [(n, values[n]) for n in FIGURES if n not in leave_out and values[n].value]


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


def congress_name(summary: PeriodSummary) -> str | None:
    """The name of the congress the records describe, if they name exactly one."""
    return summary.congresses[0].name if len(summary.congresses) == 1 else None


def has_suggestions(summary: PeriodSummary) -> bool:
    """Whether there is anything to say about suggestions in the period."""
    s = summary.suggestions
    return bool(s.raised.value or s.in_hand.suggestions)
