"""What an assessment says: per deputy and rule, the figure, the threshold and the verdict."""

from __future__ import annotations

from fractions import Fraction

import attrs

from congresskit.assessment._collectives import CollectiveAssessment
from congresskit.assessment._display import assessment_html, assessment_repr
from congresskit.assessment.standards import DutyRule, DutyStandard
from congresskit.errors import UnknownRecordError
from congresskit.records.counts import Count
from congresskit.records.enums import Verdict
from congresskit.summary.periods import Period

__all__ = ["Assessment", "DeputyAssessment", "RuleResult"]


@attrs.frozen(kw_only=True)
class RuleResult:
    """One rule in one window, for one deputy.

    Attributes:
        rule: the rule.
        window: the window (a year, a term, or a session's days).
        session: the session's id, for a per-session rule.
        figure: what the deputy's records show in the window, up to the
            period's end.
        threshold: the figure needed: the rule's, or scaled pro rata.
        served: the share of the window the deputy served (1 when whole).
        verdict: met, not met, pending, or part served.
    """

    rule: DutyRule
    window: Period
    session: str | None
    figure: Count
    threshold: int
    served: Fraction
    verdict: Verdict

    @property
    def met(self) -> bool:
        """Whether the rule is met in this window."""
        return self.verdict is Verdict.MET


@attrs.frozen(kw_only=True)
class DeputyAssessment:
    """A deputy's assessment: every rule in every window, points and rank.

    Attributes:
        deputy, name: the deputy's id and name.
        results: the results, rule by rule in the standard's order, windows in date order.
        points: the points the standard's table gives (0 without a table).
        points_by_item: the points of each line of the table, in order.
        rank: the place in the ranking (1 is first; equal points and rules
            met share a place).
    """

    deputy: str
    name: str
    results: tuple[RuleResult, ...]
    points: int
    points_by_item: tuple[int, ...]
    rank: int

    @property
    def rules_met(self) -> int:
        """How many results are met."""
        return sum(r.met for r in self.results)

    @property
    def rules_failed(self) -> int:
        """How many results are not met (pending and part-served results are not failures)."""
        return sum(r.verdict is Verdict.NOT_MET for r in self.results)

    @property
    def all_met(self) -> bool:
        """Whether every result is met (pending and part-served results are not)."""
        return all(r.met for r in self.results)


@attrs.frozen(kw_only=True)
class Assessment:
    """The assessment of every serving deputy over a period.

    Attributes:
        period: the period assessed.
        standard: the standard applied.
        deputies: one assessment per deputy serving in the period, in rank order.
        collectives: one assessment per collective (a group with deputies in
            the period) against the standard's criteria, in rank order; none
            when the standard has no criteria.
    """

    period: Period
    standard: DutyStandard
    deputies: tuple[DeputyAssessment, ...]
    collectives: tuple[CollectiveAssessment, ...] = ()

    __repr__ = assessment_repr  # one line; the fields hold the rest
    _repr_html_ = assessment_html  # a table in a notebook

    def deputy(self, deputy_id: str) -> DeputyAssessment:
        """The assessment of ``deputy_id``.

        Raises:
            UnknownRecordError: the deputy was not assessed (not serving, or unknown).
        """
        for d in self.deputies:
            if d.deputy == deputy_id:
                return d
        raise UnknownRecordError("assessed deputy", deputy_id)

    def collective(self, collective_id: str) -> CollectiveAssessment:
        """The assessment of the collective ``collective_id``.

        Raises:
            UnknownRecordError: the collective was not assessed (no deputies
                in the period, unknown, or a standard without criteria).
        """
        for c in self.collectives:
            if c.collective == collective_id:
                return c
        raise UnknownRecordError("assessed collective", collective_id)

    def excellent(self, limit: int | None = None) -> tuple[DeputyAssessment, ...]:
        """Candidates for excellent deputy: none of their results failed, in rank order.

        A result still pending (its window goes on, as a term usually does at
        the end of a year) or marked as part service does not disqualify.

        Args:
            limit: how many to return at most (all when ``None``).
        """
        chosen = tuple(d for d in self.deputies if not d.rules_failed)
        return chosen if limit is None else chosen[:limit]
