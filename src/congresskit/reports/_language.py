"""What a report language supplies: its fixed words, its formatters and its sentences.

The layout of a report (which sections appear, in what order, what each table
row holds) is decided once, in ``_render_report`` and ``_render_assessment``.
A language supplies the rest, as the :class:`Language` protocol says: a
:class:`Words` table of headings, column names and short phrases, the
formatting of numbers, counts, periods and headings, and the sentences of the
narrative, whose structure differs from language to language (a Chinese report
numbers its points ``一是……二是……`` where an English one lists them).

The modules ``_zh`` and ``_en`` are the two implementations: a
module satisfies a protocol by its top-level names, so each language is plain
functions and one ``WORDS`` table, and mypy checks that both supply everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Protocol

import attrs

from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, PlanSection
from congresskit.records.labels import Lang
from congresskit.records.plans import PlanItem, Target
from congresskit.reports._blocks import Block
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import ActivityFigures, CampaignSummary, SessionSummary
from congresskit.summary.periods import Period


@attrs.frozen(kw_only=True)
class Words:
    """A language's fixed wording; ``{}`` marks where a name or figure goes."""

    #: The language code the enum labels are looked up in.
    lang: Lang
    #: Punctuation: between a name and what follows, between items of a
    #: list, between longer items, and at the end of a sentence.
    colon: str
    comma: str
    semicolon: str
    stop: str
    yes: str
    no: str

    # The work report.
    title: str  # {congress}, {period}
    title_plan: str  # the next period
    no_congress: str  # stands for the congress when the records name several
    work_in: str  # the period
    sessions: str
    campaign: str  # {name}, {kind}
    field_work: str
    learning: str
    stations: str
    structure: str  # groups, facilities and concentrated activities
    rulebook: str  # rule documents, honours and money
    activity_list: str  # the activities one by one, with their dates
    suggestions: str
    projects: str
    progress: str  # the plan's title
    progress_columns: tuple[str, ...]
    appendix: str  # one of the breakdowns
    #: The breakdown tables' names and column headings, by the name
    #: ``render_summary`` takes them by.
    breakdowns: Mapping[str, str]
    breakdown_columns: Mapping[str, tuple[str, ...]]

    # The duty assessment.
    assessment: str  # the period
    assessment_columns: tuple[str, ...]  # rank, deputy
    rule_column: str  # {metric}, {window}, {threshold}
    points: str
    all_met: str
    not_yet: str  # nothing failed, but a window goes on
    standard: str  # {name}, {part_service}, {crediting} (empty, or the next)
    crediting: str  # how households not given per deputy are credited
    in_force: str  # {}: the date a standard first applies, after its name
    standard_named: str  # {}: the standard, when the report assesses collectives only
    points_table: str  # the points table's name
    no_deputy: str
    not_stated: str  # a figure the records do not give
    candidates: str  # {n}, {names}
    #: A figure the records do not record (a table cell), never shown as 0.
    not_recorded: str

    # The assessment of collectives (a standard's criteria).
    collectives: str  # the period
    collective_columns: tuple[str, ...]  # rank, collective, deputies
    criterion_column: str  # {code}, {points}
    total_column: str  # {total}
    criteria: str  # {total}: the heading of the criteria in words
    manual: str  # a criterion scored by hand
    #: Each deduction rule in words, by its basis (``_n`` for a threshold above 1,
    #: ``manual_`` on a manual criterion): {points}, {metric}, {threshold}; and
    #: ``activity``, the word for an activity of any kind.
    deduction_rules: Mapping[str, str]
    deducted: str  # {name}, {code}, {rule}, {count}, {points}: what a rule took off
    no_collective: str

    # Vague dates and provenance (format version 2).
    possibly: str  # {n}, {sections}: records that may or may not fall in the period
    possibly_sections: Mapping[str, str]  # by the keys of PeriodSummary.possibly_in_period
    sources: str  # the heading of the list of sources


class Language(Protocol):
    """A report language: its words, its formatters, and its report's sentences."""

    WORDS: Words

    def number(self, n: int) -> str:
        """An exact figure, as the language writes it."""

    def cell(self, value: Count) -> str:
        """A count in a table cell (columns of lower bounds stay alike)."""

    def date(self, day: dt.date) -> str:
        """A date, as precise as it is (a vague one as a month, a year or a range)."""

    def deputies(self, n: int) -> str:
        """How many deputies a per-deputy target needs (``26 deputies``)."""

    def period_name(self, period: Period) -> str:
        """The period in full (``the first half of 2020``)."""

    def part_heading(self, part: int, text: str) -> str:
        """A numbered part of the report (``1. Work in …``)."""

    def section_heading(self, part: int, n: int, text: str) -> str:
        """The ``n``-th section of a part (``1.2 Sessions``)."""

    def plan_section(self, section: PlanSection) -> str:
        """The heading of a section of a work plan."""

    def headline(self, summary: PeriodSummary) -> str | None:
        """The report's opening sentence, or ``None`` when there is nothing to sum up."""

    def session(self, s: SessionSummary, summary: PeriodSummary) -> str:
        """A paragraph on one session of the congress."""

    def campaign(self, c: CampaignSummary) -> str:
        """A sentence on a campaign and the roles deputies took in it."""

    def campaign_activities(self, af: ActivityFigures) -> str:
        """A sentence on the activities of a campaign."""

    def field_work(self, summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> Block:
        """The deputies' inspections, surveys, visits and the like, one kind at a time."""

    def learning(self, summary: PeriodSummary, kinds: Sequence[ActivityKind]) -> str:
        """A paragraph on study and training."""

    def stations(self, summary: PeriodSummary) -> str:
        """A paragraph on the deputy stations and their reception days."""

    def structure(self, summary: PeriodSummary) -> str | None:
        """A paragraph on groups, facilities and bundled activities, or ``None``."""

    def rulebook(self, summary: PeriodSummary) -> str | None:
        """A paragraph on rule documents, honours, budget lines and allowances, or ``None``."""

    def activity_lines(self, summary: PeriodSummary) -> tuple[str, ...]:
        """Each activity of the period with its dates, kind and title, in order."""

    def suggestions_raised(self, summary: PeriodSummary) -> str:
        """A paragraph on the suggestions raised in the period."""

    def suggestions_in_hand(self, summary: PeriodSummary) -> str:
        """A paragraph on the handling of the suggestions in hand."""

    def projects(self, summary: PeriodSummary) -> str:
        """A paragraph on the livelihood projects."""

    def target(self, t: Target) -> str:
        """A plan's target in words."""

    def plan_items(self, items: Sequence[PlanItem]) -> Block:
        """The items of one section of a work plan."""
