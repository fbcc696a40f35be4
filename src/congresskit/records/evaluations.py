"""Evaluations (评议): deputies, or voters, rate a subject and follow up what they found.

Deputies evaluate a government department or office, a body outside government,
a livelihood project or a collective; voters rate a deputy who reports to them
(述职评议). An evaluation is held between sessions (within an activity) or at a
session (as an agenda item); one held at a session is not an intersession
activity. The figures real reports give are counts that may be lower bounds:

>>> import datetime as dt
>>> e = Evaluation(id="e1", subject_kind=SubjectKind.DEPARTMENT, subject="u-tax",
...                title="评议税务所", on=dt.date(2009, 6, 18),
...                issues_raised=Count(12), ratings=(Rating(level=Satisfaction.SATISFIED,
...                count=Count(30)), Rating(level=Satisfaction.DISSATISFIED, count=Count(2))))
>>> str(e.issues_raised_figure), str(e.rated), str(e.count_of(Satisfaction.SATISFIED))
('12', '32', '30')

An evaluation may rate several subjects at once (a round of 站所评议): the
subjects by kind, how many got each grade, the rectification notices sent,
or each subject's own result; itemised results are part of the figures, never
added to them:

>>> u = Evaluation(id="e2", subject_kind=SubjectKind.DEPARTMENT, title="站所评议",
...                on=dt.date(2009, 9, 16), subject_groups=(
...                    SubjectGroup(kind=SubjectKind.DEPARTMENT, name="站办所", count=Count(14)),
...                    SubjectGroup(kind=SubjectKind.COLLECTIVE, name="村委会", count=Count(6))),
...                grades=(Rating(level=Satisfaction.SATISFIED, count=Count(17)),
...                        Rating(level=Satisfaction.DISSATISFIED, count=Count(3))),
...                notices=Count(3))
>>> str(u.subjects_figure), str(u.grades_figure[Satisfaction.SATISFIED]), str(u.notices_figure)
('20', '17', '3')
"""

from __future__ import annotations

import datetime as dt

import attrs

from congresskit.errors import FieldError
from congresskit.records import _coerce as cv
from congresskit.records import _validators as v
from congresskit.records._base import Record
from congresskit.records.activities import Finding, Opinion
from congresskit.records.counts import Count, reported_or_itemised
from congresskit.records.dates import earliest, latest
from congresskit.records.enums import Level, Satisfaction, SubjectKind
from congresskit.records.evaluation_parts import (
    Dimension,
    StatedRate,
    SubjectGroup,
    SubjectResult,
)
from congresskit.records.kinds import EvaluationMethod
from congresskit.records.ratings import Rating, unique_levels

__all__ = ["Evaluation", "Rating"]

_count = v.optional(v.instance(Count, "a Count"))


@attrs.frozen(kw_only=True)
class Evaluation(Record):
    """One evaluation (评议) of a subject, or a deputy's report to voters (述职).

    Attributes:
        subject_kind: department or office, outside body, project, deputy or
            collective.
        subject: the id of the subject (a unit, a project, a deputy), or
            ``None`` when it has no record (a collective, an outside body
            named only in ``subject_name``).
        subject_name: the subject's name as the source gives it, if any.
        title: a short description.
        on: the day (or vaguer date) it was held; the results' day when the
            evaluation ran over months.
        activity: the id of the activity it was held within, if between sessions.
        session: the id of the session it was held at (as an agenda item);
            never together with ``activity``.
        evaluators: the ids of the deputies who took part, if listed.
        evaluators_reported: how many evaluated (deputies, or voters rating a
            deputy), when the source gives a number.
        issues_raised: how many issues were raised to the subject before the
            evaluation, as a figure; ``issues_raised_items`` lists them, and
            are part of the figure, never added to it.
        issues_raised_items: the issues raised before, itemised.
        findings: the issues the evaluation found, each with its
            rectification item by item.
        issues_found: how many issues were found, as a figure (itemised
            ``findings`` are part of it).
        rectified: how many were rectified, as a figure (findings with a
            ``corrected_on`` day are part of it).
        ratings: counts per satisfaction level.
        score: a score, when the source gives one instead of (or besides)
            counts; ``score_out_of`` is its scale (e.g. 100).
        sent_to: where the results were sent (the Party committee, the
            subject's superior authority), as text.
        voters_present: for a deputy's report to voters, how many voters came.
        opinions: for a report to voters, the new opinions raised and what
            became of them.
        evaluator_levels: the levels of the deputies who evaluated (县、乡部分
            人大代表: county and township), when the source gives them.
        methods: how views or results were gathered (opinion forms, a
            mailbox, a complaint telephone, questions from voters, ...).
        constituency: for a report to voters, the constituency (选区) it was
            held in.
        subjects_reported: how many subjects were evaluated, when several were
            and the source gives the number (itemised ``results`` and
            ``subject_groups`` are part of it, never added to it).
        subject_groups: the subjects counted by kind (14 站办所, 6 村委会).
        results: each subject's own result (grade, issues raised, notice sent).
        grades: how many subjects got each grade (17 满意单位, 3 不满意单位);
            ``ratings`` are the raters' votes, these the subjects' grades.
        notices: how many rectification notices (整改通知) were sent.
        dimensions: the aspects raters rated, each with counts if given.
        dimensions_reported: how many aspects the source says there were
            (it may list fewer: 五个方面 with four named).
        results_announced: the results were counted and announced on the spot,
            whether or not the source gives them.
        rates: rates the source states as percentages only (代表述职率85%).
        since: for totals over several rounds (the deputies who have reported
            to voters so far), when the span began; ``on`` is then the day
            the totals were given. Such a record is listed in a period
            summary but not added to the period's figures.
    """

    subject_kind: SubjectKind = attrs.field(validator=v.member_of(SubjectKind))
    title: str = attrs.field(validator=v.text)
    on: dt.date = attrs.field(converter=cv.to_date, validator=v.day)
    subject: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    subject_name: str | None = attrs.field(default=None, validator=v.optional(v.text))
    activity: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    session: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    evaluators: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.identifier, unique=True)
    )
    evaluators_reported: Count | None = attrs.field(default=None, validator=_count)
    issues_raised: Count | None = attrs.field(default=None, validator=_count)
    issues_raised_items: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
    )
    findings: tuple[Finding, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Finding, "a Finding"))
    )
    issues_found: Count | None = attrs.field(default=None, validator=_count)
    rectified: Count | None = attrs.field(default=None, validator=_count)
    ratings: tuple[Rating, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(Rating, "a Rating")), unique_levels],
    )
    score: float | None = attrs.field(default=None, validator=v.optional(v.non_negative_number))
    score_out_of: float | None = attrs.field(default=None, validator=v.optional(v.positive_number))
    sent_to: tuple[str, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.text)
    )
    voters_present: Count | None = attrs.field(default=None, validator=_count)
    opinions: tuple[Opinion, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Opinion, "an Opinion"))
    )
    evaluator_levels: tuple[Level, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.member_of(Level), unique=True)
    )
    methods: tuple[EvaluationMethod, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.member_of(EvaluationMethod), unique=True),
    )
    constituency: str | None = attrs.field(default=None, validator=v.optional(v.text))
    subjects_reported: Count | None = attrs.field(default=None, validator=_count)
    subject_groups: tuple[SubjectGroup, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(SubjectGroup, "a SubjectGroup")),
    )
    results: tuple[SubjectResult, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(SubjectResult, "a SubjectResult")),
    )
    grades: tuple[Rating, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=[v.each(v.instance(Rating, "a Rating")), unique_levels],
    )
    notices: Count | None = attrs.field(default=None, validator=_count)
    dimensions: tuple[Dimension, ...] = attrs.field(
        default=(), converter=cv.to_tuple, validator=v.each(v.instance(Dimension, "a Dimension"))
    )
    dimensions_reported: Count | None = attrs.field(default=None, validator=_count)
    results_announced: bool = attrs.field(default=False, validator=v.instance(bool, "a bool"))
    rates: tuple[StatedRate, ...] = attrs.field(
        default=(),
        converter=cv.to_tuple,
        validator=v.each(v.instance(StatedRate, "a StatedRate")),
    )
    since: dt.date | None = attrs.field(
        default=None, converter=cv.to_optional_date, validator=v.optional(v.day)
    )

    def __attrs_post_init__(self) -> None:
        if self.activity is not None and self.session is not None:
            raise FieldError(
                "Evaluation",
                "activity, session",
                self.session,
                "one venue",
                "an evaluation is held within an activity or at a session, not both",
            )
        out_of = self.score_out_of
        if self.score is not None and out_of is not None and self.score > out_of:
            raise FieldError(
                "Evaluation",
                "score, score_out_of",
                self.score,
                "score <= score_out_of",
                f"score {self.score} is above the scale's {out_of}",
            )
        if self.since is not None and earliest(self.since) > latest(self.on):
            raise FieldError(
                "Evaluation",
                "on, since",
                self.since,
                "since <= on",
                f"totals since {self.since.isoformat()} cannot be given on "
                f"{self.on.isoformat()}, before they began",
            )

    @property
    def at_session(self) -> bool:
        """Whether it was held at a session (and is therefore not an intersession activity)."""
        return self.session is not None

    @property
    def issues_raised_figure(self) -> Count | None:
        """Issues raised before: the figure, or the itemised count; ``None`` if not stated.

        The issues raised to each subject (``results``) are part of the figure.
        """
        per_subject = [r.issues_raised for r in self.results if r.issues_raised is not None]
        if self.issues_raised is None and not self.issues_raised_items and not per_subject:
            return None
        figure = reported_or_itemised(self.issues_raised, len(self.issues_raised_items))
        return _largest(figure, Count.total(per_subject) if per_subject else None)

    @property
    def cumulative(self) -> bool:
        """Whether it gives totals over several rounds (``since`` is set)."""
        return self.since is not None

    @property
    def subjects_figure(self) -> Count:
        """How many subjects were evaluated: the figure, the groups or the results.

        The largest of what the record states; 1 for an evaluation of one subject.
        """
        groups = Count.total(g.count for g in self.subject_groups) if self.subject_groups else None
        graded = Count.total(r.count for r in self.grades) if self.grades else None
        itemised = Count(len(self.results)) if self.results else None
        figure = _largest(self.subjects_reported, groups, graded, itemised)
        return Count(1) if figure is None else figure

    @property
    def subjects_by_kind(self) -> dict[SubjectKind, Count]:
        """The subjects by kind: the groups, or all of the evaluation's own kind."""
        if not self.subject_groups:
            return {self.subject_kind: self.subjects_figure}
        result: dict[SubjectKind, Count] = {}
        for g in self.subject_groups:
            result[g.kind] = result[g.kind] + g.count if g.kind in result else g.count
        return result

    @property
    def grades_figure(self) -> dict[Satisfaction, Count]:
        """How many subjects got each grade: the figure, or the results with that grade."""
        result = {}
        for level in Satisfaction:
            stated = next((r.count for r in self.grades if r.level is level), None)
            itemised = sum(1 for r in self.results if r.grade is level)
            if stated is not None or itemised:
                result[level] = reported_or_itemised(stated, itemised)
        return result

    @property
    def notices_figure(self) -> Count | None:
        """Rectification notices sent: the figure, or the results marked; ``None`` if not stated."""
        itemised = sum(1 for r in self.results if r.notice)
        if self.notices is None and not itemised:
            return None
        return reported_or_itemised(self.notices, itemised)

    @property
    def dimensions_figure(self) -> Count | None:
        """How many aspects were rated: the figure, or those named; ``None`` if not stated."""
        if self.dimensions_reported is None and not self.dimensions:
            return None
        return reported_or_itemised(self.dimensions_reported, len(self.dimensions))

    @property
    def issues_found_figure(self) -> Count | None:
        """Issues found: the figure, or the itemised findings; ``None`` if not stated."""
        if self.issues_found is None and not self.findings:
            return None
        return reported_or_itemised(self.issues_found, len(self.findings))

    @property
    def rectified_figure(self) -> Count | None:
        """Issues rectified: the figure, or the findings with a correction confirmed."""
        done = sum(1 for f in self.findings if f.corrected_on is not None)
        if self.rectified is None and not done:
            return None
        return reported_or_itemised(self.rectified, done)

    @property
    def rated(self) -> Count | None:
        """How many ratings were given in all; ``None`` when no counts are stated."""
        if not self.ratings:
            return None
        return Count.total(r.count for r in self.ratings)

    def count_of(self, level: Satisfaction) -> Count | None:
        """The count of ``level``; ``None`` when the source gives no count for it."""
        for r in self.ratings:
            if r.level is level:
                return r.count
        return None


def _largest(*counts: Count | None) -> Count | None:
    """The largest of the figures stated (an exact one wins a tie); ``None`` if none is."""
    stated = [c for c in counts if c is not None]
    if not stated:
        return None
    return max(stated, key=lambda c: (c.value, not c.at_least))
