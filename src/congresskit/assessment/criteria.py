"""Criteria that assess collectives: weighted points out of a total, and deductions.

A town may assess collectives as well as deputies: a village's committees
(村“两委”) under a target-management document, scored out of 100 for how
their deputies took part in congress work. A :class:`Criterion` gives its
full points and the :class:`Deduction` rules that take points off, each
judged from the records of the collective's deputies over the assessed
period; a criterion the records cannot measure (publicity work) is
``manual``: its score is given to :func:`~congresskit.assess` as input.

>>> from congresskit import ActivityKind, DeductionBasis, DutyMetric
>>> c = Criterion(code="C", points=20, deductions=(
...     Deduction(basis=DeductionBasis.PER_DEPUTY, points=5, metric=DutyMetric.ACTIVITIES,
...               activity_kinds=(ActivityKind.REPORT_TO_VOTERS,)),))
>>> c.points, c.deductions[0].basis.value, c.manual
(20, 'per_deputy', False)

A collective is a group record (:class:`~congresskit.DeputyGroup`, such as
a village's deputies); its deputies are those with a group membership of it
in the assessed period. Rules of the kinds real schemes use:

- ``none_done``: the criterion scores 0 when none of the deputies did any of
  it (no suggestion raised in the year);
- ``in_part``: ``points`` off once when some deputy did less than
  ``threshold`` (deputies who did not visit voters: minus 10);
- ``per_deputy``: ``points`` off for each such deputy (minus 5 for each
  deputy who did not take part in the reports to voters);
- ``per_absence``: ``points`` off for each deputy and each activity of the
  kinds they missed while a member (minus 2 per deputy per missed activity);
  an activity of another group is not one the collective's deputies missed.

A criterion's score goes no lower than its ``floor`` (0 unless it says
otherwise; ``None`` lets deductions go below 0, for a criterion that is all
deductions).
"""

from __future__ import annotations

from typing import Any

import attrs

from congresskit.errors import FieldError
from congresskit.records import _validators as v
from congresskit.records.enums import ActivityKind, DutyMetric
from congresskit.records.kinds import DeductionBasis

__all__ = ["Criterion", "Deduction", "DeductionBasis"]


def _kinds_only_for_activities(instance: Any, attribute: Any, value: tuple[Any, ...]) -> None:
    if value and instance.metric is not DutyMetric.ACTIVITIES:
        raise FieldError(
            type(instance).__name__,
            "metric, activity_kinds",
            value,
            "activity_kinds",
            "activity_kinds narrows the 'activities' metric only; remove it or use that metric",
        )


@attrs.frozen(kw_only=True)
class Deduction:
    """A rule that takes points off a criterion (or, ``none_done``, all of them).

    Attributes:
        basis: none done, done in part, per deputy short, or per absence.
        points: the points taken off (once, per deputy or per absence);
            ``None`` for ``none_done``, which scores the criterion 0.
        metric: what each deputy must do, counted over the period; ``None``
            on a manual criterion (the rule says how the score is given).
        activity_kinds: for the ``activities`` metric, the kinds that count
            (every kind when empty); for ``per_absence``, the kinds of the
            activities every deputy is called to.
        threshold: the least figure each deputy must reach (1 unless given).
        description: the rule in words, if given.

    Raises:
        FieldError: points on ``none_done`` or none on another basis;
            ``per_absence`` with a metric other than ``activities``;
            activity kinds with another metric.
    """

    basis: DeductionBasis = attrs.field(validator=v.member_of(DeductionBasis))
    points: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    metric: DutyMetric | None = attrs.field(
        default=None, validator=v.optional(v.member_of(DutyMetric))
    )
    activity_kinds: tuple[ActivityKind, ...] = attrs.field(
        default=(),
        validator=[v.each(v.member_of(ActivityKind), unique=True), _kinds_only_for_activities],
    )
    threshold: int = attrs.field(default=1, validator=v.positive)
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        none_done = self.basis is DeductionBasis.NONE_DONE
        if none_done != (self.points is None):
            msg = (
                "'none_done' scores the criterion 0 and takes no points; remove them"
                if none_done
                else f"'{self.basis.value}' takes points off: give how many"
            )
            raise FieldError("Deduction", "basis, points", self.points, "points", msg)
        absence = self.basis is DeductionBasis.PER_ABSENCE
        if absence and self.metric not in (None, DutyMetric.ACTIVITIES):
            msg = "'per_absence' counts missed activities: use the 'activities' metric"
            raise FieldError("Deduction", "basis, metric", self.metric.value, "metric", msg)


@attrs.frozen(kw_only=True)
class Criterion:
    """A weighted criterion of a collective's assessment (考核项目).

    Attributes:
        code: a short code, unique within the standard (``"A"``).
        points: the full points (分值); 0 for a criterion of deductions only.
        deductions: the rules that take points off, in order.
        manual: the records cannot measure it; its score is given as input
            (its deductions, without a metric, say how it is given).
        floor: the least score it gives (0); ``None`` for no floor.
        description: the criterion in words, if given.

    Raises:
        FieldError: a measured criterion with a deduction without a metric,
            a manual one with a deduction that has one, or a floor above the
            points.
    """

    code: str = attrs.field(validator=v.text)
    points: int = attrs.field(validator=v.non_negative)
    deductions: tuple[Deduction, ...] = attrs.field(
        default=(), validator=v.each(v.instance(Deduction, "a Deduction"))
    )
    manual: bool = attrs.field(default=False, validator=v.instance(bool, "true or false"))
    floor: int | None = attrs.field(default=0, validator=v.optional(v.instance(int, "an integer")))
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        for i, d in enumerate(self.deductions):
            if self.manual and d.metric is not None:
                msg = "a manual criterion's score is given, not counted: remove the metric"
                field = f"deductions[{i}].metric"
                raise FieldError("Criterion", field, d.metric.value, "manual", msg)
            if not self.manual and d.metric is None:
                msg = "say what the records count (a metric), or mark the criterion manual"
                raise FieldError("Criterion", f"deductions[{i}].metric", None, "manual", msg)
        if self.floor is not None and self.floor > self.points:
            msg = "the floor is the least score: it cannot exceed the points"
            raise FieldError("Criterion", "floor, points", self.floor, "floor", msg)
