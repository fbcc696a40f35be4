"""Hypothesis strategies for every congresskit model, and for whole record sets.

Install with ``pip install congresskit[strategies]``. Every strategy draws only
valid records: they construct without error, and :func:`record_sets` draws whole
sets in which :func:`congresskit.check` finds no error (warnings, such as a
deputy with no term membership, may occur, as they do in real records).
Records are drawn as real sources give them: some name their ``sources``, some
dates are vague (a month, a year, a range, perhaps inferred: :func:`vague_dates`),
and some figures are not stated.

>>> from hypothesis import given, settings
>>> from congresskit import check
>>> @settings(max_examples=5, deadline=None)
... @given(record_sets(max_size=2))
... def test_consistent(records):
...     assert [p for p in check(records) if p.severity == "error"] == []
>>> test_consistent()

The arguments follow Hypothesis's conventions. All are keyword-only.

* ``ids``: the ids of the records themselves, in the same forms as a reference.
* A *reference* argument, named after the field it fills (``lead``,
  ``participants``, ``term`` ...), takes a strategy of ids
  (``st.sampled_from(deputy_ids)``), a list of ids, or ``None`` for short
  generated ids such as ``"d3"``. For a tuple field (``cosigners``,
  ``participants``) it gives one id at a time and distinct ids are drawn. An
  empty list says that no such records exist: optional fields stay ``None``,
  lists stay empty, and parts that need one are not generated.
* An *enum* argument (``kinds``, ``levels``) takes a strategy or a non-empty
  list of members; ``None`` allows every member.
* ``min_date``/``max_date`` bound the dates drawn (by default 2000 to 2039);
  ``min_size``/``max_size`` bound the main collection a record holds, and
  ``min_xxx``/``max_xxx`` other ones.

An impossible combination (``min_size > max_size``, a negative bound, a list
where a strategy is due, an empty id list for a field that needs an id) raises
:class:`hypothesis.errors.InvalidArgument` when the strategy is created.
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401  (only to fail early, with advice, when it is missing)
except ImportError as exc:
    msg = (
        "congresskit.strategies needs hypothesis, which is not installed: "
        "pip install congresskit[strategies]"
    )
    raise ImportError(msg) from exc

from congresskit.strategies._internal.agenda import (
    agenda_items,
    ballot_candidates,
    candidates,
    elections,
    inquiries,
    project_ballots,
    report_reviews,
    resolutions,
    tallies,
)
from congresskit.strategies._internal.base import MAX_DATE, MIN_DATE
from congresskit.strategies._internal.campaigns import campaign_roles, campaigns
from congresskit.strategies._internal.cycle import (
    election_plans,
    electoral_districts,
    level_seats,
)
from congresskit.strategies._internal.evaluation_parts import (
    dimensions,
    stated_rates,
    subject_groups,
    subject_results,
)
from congresskit.strategies._internal.events import (
    assignments,
    closings,
    corrections,
    duplicate_markings,
    evaluations,
    extensions,
    follow_ups,
    holding_replies,
    rehandlings,
    replies,
    returns,
    reviews,
    withdrawals,
)
from congresskit.strategies._internal.handling import event_sequences, suggestions
from congresskit.strategies._internal.meetings import (
    adopted_documents,
    attendances,
    ceremonies,
    officials,
    presidium_meetings,
    sessions,
    speeches,
)
from congresskit.strategies._internal.opinion_parts import (
    dispositions,
    opinion_follow_ups,
    opinions,
)
from congresskit.strategies._internal.oversight import (
    handling_reports,
    implementation_counts,
    kind_counts,
    outcome_counts,
    ratings,
    reason_counts,
    topic_counts,
    work_evaluations,
)
from congresskit.strategies._internal.people import (
    congresses,
    contacts,
    counts,
    deputies,
    deputy_groups,
    level_counts,
    memberships,
    places,
    stations,
    terms,
    units,
)
from congresskit.strategies._internal.plans import (
    livelihood_projects,
    plan_items,
    policies,
    progress_reports,
    targets,
    work_plans,
)
from congresskit.strategies._internal.project_life import (
    ballot_rules,
    defects,
    milestones,
    project_targets,
    supervision_visits,
)
from congresskit.strategies._internal.provenance import printed_figures, sources, vague_dates
from congresskit.strategies._internal.record_sets import record_sets
from congresskit.strategies._internal.rulebook import (
    allowances,
    budget_lines,
    honours,
    rule_documents,
)
from congresskit.strategies._internal.tombstones import tombstones
from congresskit.strategies._internal.work import (
    activities,
    activity_items,
    findings,
    participant_figures,
)

__all__ = [
    "MAX_DATE",
    "MIN_DATE",
    "activities",
    "activity_items",
    "adopted_documents",
    "agenda_items",
    "allowances",
    "assignments",
    "attendances",
    "ballot_candidates",
    "ballot_rules",
    "budget_lines",
    "campaign_roles",
    "campaigns",
    "candidates",
    "ceremonies",
    "closings",
    "congresses",
    "contacts",
    "corrections",
    "counts",
    "defects",
    "deputies",
    "deputy_groups",
    "dimensions",
    "dispositions",
    "duplicate_markings",
    "election_plans",
    "elections",
    "electoral_districts",
    "evaluations",
    "event_sequences",
    "extensions",
    "findings",
    "follow_ups",
    "handling_reports",
    "holding_replies",
    "honours",
    "implementation_counts",
    "inquiries",
    "kind_counts",
    "level_counts",
    "level_seats",
    "livelihood_projects",
    "memberships",
    "milestones",
    "officials",
    "opinion_follow_ups",
    "opinions",
    "outcome_counts",
    "participant_figures",
    "places",
    "plan_items",
    "policies",
    "presidium_meetings",
    "printed_figures",
    "progress_reports",
    "project_ballots",
    "project_targets",
    "ratings",
    "reason_counts",
    "record_sets",
    "rehandlings",
    "replies",
    "report_reviews",
    "resolutions",
    "returns",
    "reviews",
    "rule_documents",
    "sessions",
    "sources",
    "speeches",
    "stated_rates",
    "stations",
    "subject_groups",
    "subject_results",
    "suggestions",
    "supervision_visits",
    "tallies",
    "targets",
    "terms",
    "tombstones",
    "topic_counts",
    "units",
    "vague_dates",
    "withdrawals",
    "work_evaluations",
    "work_plans",
]
