"""The parts of an evaluation of several subjects, and of a deputy's report to voters.

A round of 站所评议 rates many units at once: the source may count them by kind
(14 站办所 and 6 村委会), give how many got each grade (17 满意, 3 不满意), the
rectification notices sent, or list each unit with its own grade and the
issues raised to it. A deputy's report to voters (述职测评) is rated on named
dimensions (参加闭会期间活动, 联系选民...), each with counts per level if the
source gives them. Totals over many reports may come as percentages only
(代表述职率85%, 平均满意率90%以上): a :class:`StatedRate` keeps such a figure
with what it is a share of.

>>> g = SubjectGroup(kind=SubjectKind.COLLECTIVE, name="村委会", count=Count(6))
>>> r = SubjectResult(subject_name="农技站", grade=Satisfaction.DISSATISFIED, notice=True)
>>> d = Dimension(name="联系选民情况")
>>> s = StatedRate(measure=RateMeasure.COVERAGE, percent=85)
>>> str(g.count), r.notice, d.name, s.percent
('6', True, '联系选民情况', 85)
"""

from __future__ import annotations

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.counts import Count
from congresskit.records.enums import Satisfaction, SubjectKind
from congresskit.records.kinds import RateMeasure
from congresskit.records.ratings import Rating, unique_levels

__all__ = ["Dimension", "StatedRate", "SubjectGroup", "SubjectResult"]

_count = v.optional(v.instance(Count, "a Count"))


@attrs.frozen(kw_only=True)
class SubjectGroup:
    """Subjects of one kind evaluated together, counted (14 站办所).

    Attributes:
        kind: the kind of the subjects (department or office, collective, ...).
        count: how many were evaluated.
        name: what the source calls them (``"站办所"``, ``"村委会"``), if it names them.
    """

    kind: SubjectKind = attrs.field(validator=v.member_of(SubjectKind))
    count: Count = attrs.field(validator=v.instance(Count, "a Count"))
    name: str | None = attrs.field(default=None, validator=v.optional(v.text))


@attrs.frozen(kw_only=True)
class SubjectResult:
    """One subject's result in an evaluation of several.

    Attributes:
        subject: the subject's id (a unit, a deputy), if it has a record.
        subject_name: its name as the source gives it; one of ``subject`` and
            ``subject_name`` is required.
        grade: the grade it was given (满意, 基本满意, 不满意), if stated.
        score: its score, if the source gives one.
        issues_raised: how many issues were raised to it, if stated.
        notice: whether a rectification notice (整改通知) was sent to it.
    """

    subject: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    subject_name: str | None = attrs.field(default=None, validator=v.optional(v.text))
    grade: Satisfaction | None = attrs.field(
        default=None, validator=v.optional(v.member_of(Satisfaction))
    )
    score: float | None = attrs.field(default=None, validator=v.optional(v.non_negative_number))
    issues_raised: Count | None = attrs.field(default=None, validator=_count)
    notice: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))

    def __attrs_post_init__(self) -> None:
        if self.subject is None and self.subject_name is None:
            raise FieldError(
                "SubjectResult",
                "subject, subject_name",
                None,
                "named",
                "a result needs the subject's id or its name",
            )


@attrs.frozen(kw_only=True)
class Dimension:
    """One aspect raters rated (测评内容), with counts per level if the source gives them.

    Attributes:
        name: the aspect (``"参加闭会期间活动的情况"``).
        ratings: how many raters gave each level on it.
    """

    name: str = attrs.field(validator=v.text)
    ratings: tuple[Rating, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(Rating, "a Rating")), unique_levels],
    )


def _percent(instance: object, attribute: object, value: float) -> None:
    v.non_negative_number(instance, attribute, value)
    if value > 100:
        raise FieldError(
            type(instance).__name__, "percent", value, "percent", "a percentage is at most 100"
        )


@attrs.frozen(kw_only=True)
class StatedRate:
    """A rate the source states as a percentage, with what it is a share of.

    Kept when the source gives no counts to compute it from (代表述职率85%, of
    deputies it does not count); a rate the counts give is computed by the
    summary instead.

    Attributes:
        measure: coverage (subjects evaluated of those due), satisfaction,
            average satisfaction, completion, or other.
        percent: the percentage as stated (``85`` for 85%).
        at_least: the source says "above" (90%以上).
        base: the count it is a share of, when the source states it; ``None``
            (not stated) otherwise.
    """

    measure: RateMeasure = attrs.field(validator=v.member_of(RateMeasure))
    percent: float = attrs.field(validator=_percent)
    at_least: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    base: Count | None = attrs.field(default=None, validator=_count)
