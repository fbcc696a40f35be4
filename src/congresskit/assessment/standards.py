"""Duty standards: the rules deputies are assessed against, and points tables.

A :class:`DutyStandard` is data: rules, each with a metric, a threshold and a
window, and optionally a :class:`PointsTable` (积分制). The bundled default is
the reference town's "12345" standard with an example town points table:

>>> from congresskit import DEFAULT_STANDARD
>>> [(r.code, r.metric.value, r.threshold, r.window.value) for r in DEFAULT_STANDARD.rules]
... # doctest: +NORMALIZE_WHITESPACE
[('1', 'reports_to_voters', 1, 'term'), ('2', 'suggestions_raised', 2, 'year'),
 ('3', 'speeches', 3, 'session'), ('4', 'activities', 4, 'year'),
 ('5', 'households_contacted', 5, 'year')]

Another place's standard loads from plain (JSON-shaped) data with
:func:`load_standard`, which refuses anything it does not understand.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import cattrs

from congresskit.assessment.criteria import Criterion
from congresskit.errors import CongresskitError, FieldError
from congresskit.exchange import _strict
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records.enums import ActivityKind, Crediting, DutyMetric, DutyWindow, PartService

__all__ = [
    "DEFAULT_STANDARD",
    "STANDARD_12345",
    "TOWN_POINTS_TABLE",
    "Crediting",
    "DutyMetric",
    "DutyRule",
    "DutyStandard",
    "DutyWindow",
    "PartService",
    "PointsItem",
    "PointsTable",
    "StandardError",
    "dump_standard",
    "load_standard",
]


# Only these metrics make sense per session (the session's own speeches and suggestions).
_PER_SESSION = {DutyMetric.SPEECHES, DutyMetric.SUGGESTIONS_RAISED, DutyMetric.SUGGESTIONS_LED}


def _kinds_only_for_activities(instance: Any, attribute: Any, value: tuple[Any, ...]) -> None:
    if value and instance.metric is not DutyMetric.ACTIVITIES:
        raise FieldError(
            type(instance).__name__,
            "metric, activity_kinds",
            value,
            "activity_kinds",
            "activity_kinds narrows the 'activities' metric only; remove it or use that metric",
        )


_kinds = [v.each(v.member_of(ActivityKind), unique=True), _kinds_only_for_activities]


@attrs.frozen(kw_only=True)
class DutyRule:
    """One rule of a duty standard: at least ``threshold`` of ``metric`` in each ``window``.

    Attributes:
        code: a short code, unique within the standard (``"1"`` to ``"5"`` in "12345").
        metric: what is counted.
        threshold: the least figure that meets the rule.
        window: each term, each calendar year, or each session.
        activity_kinds: for the ``activities`` metric, the kinds that count
            (every kind when empty).
        description: the rule in words, if given.

    Raises:
        FieldError: a per-session window with a metric other than speeches or
            suggestions, or activity kinds with another metric.
    """

    code: str = attrs.field(validator=v.text)
    metric: DutyMetric = attrs.field(validator=v.member_of(DutyMetric))
    threshold: int = attrs.field(validator=v.positive)
    window: DutyWindow = attrs.field(validator=v.member_of(DutyWindow))
    activity_kinds: tuple[ActivityKind, ...] = attrs.field(default=(), validator=_kinds)
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def __attrs_post_init__(self) -> None:
        if self.window is DutyWindow.SESSION and self.metric not in _PER_SESSION:
            raise FieldError(
                "DutyRule",
                "metric, window",
                self.metric.value,
                "window",
                "only speeches and suggestions are counted per session; use 'year' or 'term'",
            )


@attrs.frozen(kw_only=True)
class PointsItem:
    """A line of a points table: ``points`` for each unit of ``metric``, at most ``cap``.

    Attributes:
        metric: what earns points.
        points: points per unit (per suggestion, speech, activity, household).
        cap: the most points this line gives in an assessed period (no cap if ``None``).
        activity_kinds: for the ``activities`` metric, the kinds that earn them.
        description: the line in words, if given.
    """

    metric: DutyMetric = attrs.field(validator=v.member_of(DutyMetric))
    points: int = attrs.field(validator=v.positive)
    cap: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    activity_kinds: tuple[ActivityKind, ...] = attrs.field(default=(), validator=_kinds)
    description: str | None = attrs.field(default=None, validator=v.optional(v.text))

    def score(self, figure: int) -> int:
        """The points for a figure of ``figure`` units."""
        earned = figure * self.points
        return earned if self.cap is None else min(earned, self.cap)


@attrs.frozen(kw_only=True)
class PointsTable:
    """A duty points table (履职积分表): lines of points, summed per deputy over a period."""

    name: str = attrs.field(validator=v.text)
    items: tuple[PointsItem, ...] = attrs.field(
        validator=v.each(v.instance(PointsItem, "a PointsItem"))
    )


@attrs.frozen(kw_only=True)
class DutyStandard:
    """A duty standard: rules, how part service is treated, points, and collectives' criteria.

    Attributes:
        name: e.g. ``"12345"``.
        rules: the rules each deputy is judged by, with distinct codes (none
            for a standard that assesses collectives only).
        part_service: how to assess a deputy who served part of a window.
        points: a points table to score and rank deputies, if any.
        crediting: how an activity's households contacted are credited to a
            participant without a figure of their own (own figures always
            win): ``shared`` (the default) splits what the own figures leave
            equally among the others, rounded down, so no household is
            credited twice; ``full`` credits all of it to each, as
            congresskit did before; ``none`` credits only own figures.
        criteria: weighted criteria that assess collectives (each group of
            deputies, such as a village's), if any; see
            :mod:`congresskit.assessment.criteria`.
        total: the points the criteria add up to (百分制: 100), if stated;
            when given it must be their sum.
        assessed: who the criteria assess, in words (``"村“两委”"``), if
            stated; the records' groups stand for them.
        in_force_from: when the standard first applies (施行), as precise as
            its source says (a day, a month ``"2015-03"`` or a year
            ``"2015"``), if stated. An assessment of a period that ends
            before it is refused; reports name it beside the standard.
    """

    name: str = attrs.field(validator=v.text)
    rules: tuple[DutyRule, ...] = attrs.field(
        default=(), validator=v.each(v.instance(DutyRule, "a DutyRule"))
    )
    part_service: PartService = attrs.field(
        default=PartService.PRO_RATA, validator=v.member_of(PartService)
    )
    points: PointsTable | None = attrs.field(
        default=None, validator=v.optional(v.instance(PointsTable, "a PointsTable"))
    )
    crediting: Crediting = attrs.field(default=Crediting.SHARED, validator=v.member_of(Crediting))
    criteria: tuple[Criterion, ...] = attrs.field(
        default=(), validator=v.each(v.instance(Criterion, "a Criterion"))
    )
    total: int | None = attrs.field(default=None, validator=v.optional(v.positive))
    assessed: str | None = attrs.field(default=None, validator=v.optional(v.text))
    in_force_from: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )

    def __attrs_post_init__(self) -> None:
        for field, items in (("rules", self.rules), ("criteria", self.criteria)):
            codes = [r.code for r in items]
            for i, code in enumerate(codes):
                if code in codes[:i]:
                    raise FieldError(
                        "DutyStandard",
                        f"{field}[{i}].code",
                        code,
                        "unique",
                        f"two {field} share a code; give each its own",
                    )
        given = sum(c.points for c in self.criteria)
        if self.total is not None and self.total != given:
            msg = f"the criteria's points add up to {given}, not {self.total}"
            raise FieldError("DutyStandard", "total, criteria", self.total, "total", msg)


M, W = DutyMetric, DutyWindow

#: The reference town's "12345" standard, without a points table: report to
#: voters once a term, 2 suggestions a year, 3 speeches at each session, 4
#: activities a year, 5 households contacted a year. An activity's households
#: that no participant's own figure accounts for are shared equally.
STANDARD_12345 = DutyStandard(
    name="12345",
    rules=(
        DutyRule(code="1", metric=M.REPORTS_TO_VOTERS, threshold=1, window=W.TERM,
                 description="任期内向选民述职1次"),
        DutyRule(code="2", metric=M.SUGGESTIONS_RAISED, threshold=2, window=W.YEAR,
                 description="每年提建议至少2条"),
        DutyRule(code="3", metric=M.SPEECHES, threshold=3, window=W.SESSION,
                 description="每次人代会至少发言3次"),
        DutyRule(code="4", metric=M.ACTIVITIES, threshold=4, window=W.YEAR,
                 description="每年至少参加活动4次"),
        DutyRule(code="5", metric=M.HOUSEHOLDS_CONTACTED, threshold=5, window=W.YEAR,
                 description="联系选区内的群众至少5户"),
    ),
)  # fmt: skip

_K = ActivityKind
#: An example town duty points table (履职积分表), invented in the spirit of
#: the reference report's 积分制: caps keep one kind of work from buying a rank.
#: Its name names no town: every town that uses the default prints it.
TOWN_POINTS_TABLE = PointsTable(
    name="人大代表履职积分表（示例）",
    items=(
        PointsItem(metric=M.SPEECHES, points=2, cap=10, description="人代会发言每次2分，最高10分"),
        PointsItem(metric=M.SUGGESTIONS_LED, points=5, cap=20,
                   description="领衔提出建议每条5分，最高20分"),
        PointsItem(metric=M.SUGGESTIONS_RAISED, points=1, cap=5,
                   description="提出或附议建议每条加1分，最高5分"),
        PointsItem(metric=M.ACTIVITIES, points=3, cap=18, activity_kinds=(_K.RECEPTION,),
                   description="代表工作站接访每次3分，最高18分"),
        PointsItem(metric=M.ACTIVITIES, points=3, cap=24,
                   activity_kinds=(_K.INSPECTION, _K.SURVEY, _K.ENFORCEMENT_CHECK,
                                   _K.SUPERVISION, _K.WORK_EVALUATION),
                   description="视察、调研、执法检查、监督、评议每次3分，最高24分"),
        PointsItem(metric=M.ACTIVITIES, points=2, cap=10, activity_kinds=(_K.CAMPAIGN_WORK,),
                   description="参与疫情防控、脱贫攻坚等专项工作每次2分，最高10分"),
        PointsItem(metric=M.ACTIVITIES, points=1, cap=8, activity_kinds=(_K.STUDY, _K.TRAINING),
                   description="参加学习培训每次1分，最高8分"),
        PointsItem(metric=M.HOUSEHOLDS_CONTACTED, points=1, cap=10,
                   description="走访联系群众每户1分，最高10分"),
        PointsItem(metric=M.REPORTS_TO_VOTERS, points=10, cap=10, description="向选民述职10分"),
    ),
)  # fmt: skip

#: The bundled default standard to pass to :func:`~congresskit.assess`:
#: "12345" and the example town points table, pro rata for part service.
DEFAULT_STANDARD = attrs.evolve(STANDARD_12345, points=TOWN_POINTS_TABLE)


class StandardError(CongresskitError, ValueError):
    """Plain data that is not a valid duty standard.

    Attributes:
        problems: every problem found, each starting with its path in the data
            (``$.rules[1].threshold: expected an integer, got str '5'``).
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        lines = "\n".join(f"  {p}" for p in self.problems)
        noun = "problem" if len(self.problems) == 1 else "problems"
        super().__init__(f"not a duty standard ({len(self.problems)} {noun}):\n{lines}")


@functools.cache
def _converter() -> cattrs.Converter:
    # Built on first use, so that importing congresskit stays cheap.
    return _strict.converter()


def load_standard(data: Mapping[str, Any]) -> DutyStandard:
    """Build a duty standard from plain, JSON-shaped data.

    The shape is that of :func:`dump_standard`: ``name``, ``rules`` (each with
    ``code``, ``metric``, ``threshold``, ``window`` and optionally
    ``activity_kinds`` and ``description``), optionally ``part_service``
    (``"pro_rata"`` or ``"mark"``), ``crediting`` (``"shared"``, ``"full"``
    or ``"none"``), ``points`` (``name`` and ``items``, each
    with ``metric``, ``points`` and optionally ``cap``, ``activity_kinds`` and
    ``description``), ``criteria`` for collectives (each with ``code``,
    ``points`` and optionally ``deductions``, ``manual``, ``floor`` and
    ``description``; a deduction has ``basis`` and optionally ``points``,
    ``metric``, ``activity_kinds``, ``threshold`` and ``description``),
    ``total``, ``assessed`` and ``in_force_from`` (a date, month or year as
    ISO text). Enum values are their lowercase identifiers.

    >>> s = load_standard({"name": "两个一", "part_service": "mark", "crediting": "full", "rules": [
    ...     {"code": "a", "metric": "speeches", "threshold": 1, "window": "session"},
    ...     {"code": "b", "metric": "activities", "threshold": 1, "window": "year",
    ...      "activity_kinds": ["reception"]}]})
    >>> s.part_service, s.crediting, s.rules[1].activity_kinds
    (<PartService.MARK: 'mark'>, <Crediting.FULL: 'full'>, (<ActivityKind.RECEPTION: 'reception'>,))

    Raises:
        StandardError: with every problem and its path: unknown keys, missing
            keys, a string where a number belongs (``"5"``), a bool where a
            number belongs, unknown metrics, windows or kinds, thresholds below
            1, rules or criteria sharing a code, criteria that do not add up
            to the total.
    """
    standard, problems = _strict.structure(_converter(), data, DutyStandard)
    if standard is None:
        raise StandardError(problems)
    return standard


def dump_standard(standard: DutyStandard) -> dict[str, Any]:
    """The plain, JSON-shaped data of ``standard``; :func:`load_standard` reads it back.

    >>> data = dump_standard(STANDARD_12345)
    >>> data["rules"][0]["metric"], data["crediting"]
    ('reports_to_voters', 'shared')
    """
    data: dict[str, Any] = _converter().unstructure(standard)
    return data
