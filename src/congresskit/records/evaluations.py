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
from congresskit.records.enums import Satisfaction, SubjectKind
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

    @property
    def at_session(self) -> bool:
        """Whether it was held at a session (and is therefore not an intersession activity)."""
        return self.session is not None

    @property
    def issues_raised_figure(self) -> Count | None:
        """Issues raised before: the figure, or the itemised count; ``None`` if not stated."""
        if self.issues_raised is None and not self.issues_raised_items:
            return None
        return reported_or_itemised(self.issues_raised, len(self.issues_raised_items))

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
