"""The work report's layout, the same in every language.

Which sections appear and in what order, how parts and sections are numbered,
what each row and cell of a table holds, and which paragraphs a section has:
decided here once, from the typed summary. The language (see
``_render_language``) words each heading, cell and sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from congresskit.records.counts import Count
from congresskit.records.enums import ActivityKind, PlanSection
from congresskit.records.labels import label
from congresskit.records.plans import PlanItem, WorkPlan
from congresskit.records.provenance import Source
from congresskit.reports import _common as common
from congresskit.reports._blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.reports._language import Language
from congresskit.reports._oversight import oversight_sections, unit_blocks
from congresskit.summary import PeriodSummary
from congresskit.summary.figures import ActivityFigures, CampaignSummary
from congresskit.summary.tracking import PlanProgress


def _campaign(c: CampaignSummary, language: Language) -> list[Block]:
    words = language.WORDS
    blocks: list[Block] = [Paragraph(language.campaign(c))]
    described = [r for r in c.roles if r.description]
    if described:
        roles = (f"{label(r.role, words.lang)}{words.colon}{r.description}" for r in described)
        blocks.append(Bullets(tuple(roles)))
    if c.activities.activities:
        blocks.append(Paragraph(language.campaign_activities(c.activities)))
    return blocks


def _suggestions(summary: PeriodSummary, language: Language) -> list[Block]:
    blocks: list[Block] = []
    if summary.suggestions.raised.value:
        blocks.append(Paragraph(language.suggestions_raised(summary)))
    if summary.suggestions.in_hand.suggestions:
        blocks.append(Paragraph(language.suggestions_in_hand(summary)))
    return blocks


def _plan_progress(plan: PlanProgress, language: Language, unknown: str = "—") -> Table:
    words = language.WORDS
    rows = []
    for item in plan.items:
        for tp in item.targets:
            per_deputy = tp.target.per_deputy and not tp.pooled
            needed = language.deputies(tp.needed) if per_deputy else language.number(tp.needed)
            done = unknown if tp.done is None else language.cell(tp.done)
            met = {True: words.yes, False: words.no, None: "—"}[tp.met]
            rows.append((language.target(tp.target), needed, done, met))
    return Table(words.progress_columns, tuple(rows), numeric=(1, 2))


def _sections(summary: PeriodSummary, language: Language) -> list[tuple[str, list[Block]]]:
    """The sections of the period's work, each a heading and its blocks; empty ones left out."""
    words = language.WORDS
    sections: list[tuple[str, list[Block]]] = []
    if summary.sessions:
        body: list[Block] = [Paragraph(language.session(s, summary)) for s in summary.sessions]
        sections.append((words.sessions, body))
    sections.extend(
        (words.campaign.format(name=c.name, kind=label(c.kind, words.lang)), _campaign(c, language))
        for c in summary.campaigns
    )
    field = common.kinds_present(summary, common.FIELD_WORK)
    if field:
        sections.append((words.field_work, [language.field_work(summary, field)]))
    learning = common.kinds_present(summary, common.LEARNING)
    if learning:
        sections.append((words.learning, [Paragraph(language.learning(summary, learning))]))
    if summary.stations or common.kinds_present(summary, (ActivityKind.RECEPTION,)):
        sections.append((words.stations, [Paragraph(language.stations(summary))]))
    structure = language.structure(summary)
    if structure:
        sections.append((words.structure, [Paragraph(structure)]))
    rulebook = language.rulebook(summary)
    if rulebook:
        sections.append((words.rulebook, [Paragraph(rulebook)]))
    if common.has_suggestions(summary):
        sections.append((words.suggestions, _suggestions(summary, language)))
    sections.extend(oversight_sections(summary, language))
    if summary.projects.by_status:
        sections.append((words.projects, [Paragraph(language.projects(summary))]))
    sections.extend(
        (words.progress.format(p.title), [_plan_progress(p, language)])
        for p in summary.plans
        if p.targets
    )
    sections.extend(_within(p, language) for p in summary.plans_within)
    if summary.activity_list:  # last: the list behind the figures above
        sections.append((words.activity_list, [Bullets(language.activity_lines(summary))]))
    return sections


def _within(plan: PlanProgress, language: Language) -> tuple[str, list[Block]]:
    """A plan within the period: its items, and its targets with their progress not stated."""
    words = language.WORDS
    span = language.date(plan.start)
    if str(plan.end) != str(plan.start):  # a month's plan starts and ends in "2013-12"
        span = f"{span}{words.span_to}{language.date(plan.end)}"
    items = [
        PlanItem(section=i.section, text=i.text, targets=tuple(t.target for t in i.targets))
        for i in plan.items
    ]
    blocks: list[Block] = [language.plan_items(items)]
    if plan.targets:
        blocks.append(_plan_progress(plan, language, words.not_stated))
    return words.plan_within.format(title=plan.title, span=span), blocks


def _plan(plan: WorkPlan, part: int, language: Language) -> list[Block]:
    """A work plan: its items under a heading for each of its sections, in plan order."""
    sections: dict[PlanSection, list[PlanItem]] = {}
    for item in plan.items:
        sections.setdefault(item.section, []).append(item)
    blocks: list[Block] = []
    for n, (section, items) in enumerate(sections.items(), start=1):
        heading = language.section_heading(part, n, language.plan_section(section))
        blocks.extend((Heading(3, heading), language.plan_items(items)))
    return blocks


class _Unrecorded:
    """A figure the records could have kept but did not (no activity lists its participants)."""


_UNRECORDED = _Unrecorded()

#: A breakdown table's rows: each a name, then the figures of its columns.
#: ``None`` is a figure no record states, ``_UNRECORDED`` one no record keeps (never zero).
_Rows = list[tuple[str, tuple[int | Count | _Unrecorded | None, ...]]]


def _participations(af: ActivityFigures) -> Count | _Unrecorded:
    return af.participations if af.participation_recorded else _UNRECORDED


def _by_station(summary: PeriodSummary) -> _Rows:
    return [
        (
            s.name or s.id,
            (
                s.reception_days,
                s.activities.activities,
                _participations(s.activities),
                s.activities.people_received,
                s.activities.opinions_collected,
                s.activities.suggestions_arising,
            ),
        )
        for s in summary.stations
    ]


def _led(summary: PeriodSummary, n: int) -> int | Count:
    """A deputy's or group's suggestions: at least ``n`` when some have no stated lead."""
    return Count(n, at_least=True) if summary.suggestions.lead_not_stated else n


def _by_group(summary: PeriodSummary) -> _Rows:
    return [
        (
            g.name or g.id,
            (
                g.activities.activities,
                _participations(g.activities),
                g.activities.villages,
                g.activities.households_contacted,
                _led(summary, g.suggestions.suggestions),
            ),
        )
        for g in summary.groups
    ]


def _by_deputy(summary: PeriodSummary) -> _Rows:
    return [
        (
            d.name or d.id,
            (
                d.activities,
                d.households_contacted,
                d.own_households_contacted,
                d.own_people_received,
                _led(summary, d.suggestions_led),
                _led(summary, d.suggestions_cosigned),
                d.speeches,
            ),
        )
        for d in summary.deputies
    ]


_BREAKDOWNS: Mapping[str, Callable[[PeriodSummary], _Rows]] = {
    "station": _by_station,
    "group": _by_group,
    "deputy": _by_deputy,
}


def _figure(value: int | Count | _Unrecorded | None, language: Language) -> str:
    """A breakdown cell: a count that may be a lower bound, an exact number, or unknown."""
    if value is None:
        return language.WORDS.not_stated
    if isinstance(value, _Unrecorded):
        return language.WORDS.not_recorded
    return language.cell(value) if isinstance(value, Count) else language.number(value)


def _breakdown(summary: PeriodSummary, by: str, language: Language) -> Table:
    """A breakdown table: exact figures as numbers, counts that may be lower bounds as cells."""
    rows = tuple(
        (name, *(_figure(f, language) for f in figures))
        for name, figures in _BREAKDOWNS[by](summary)
    )
    header = language.WORDS.breakdown_columns[by]
    return Table(header, rows, numeric=tuple(range(1, len(header))))


def summary_blocks(summary: PeriodSummary, by: Sequence[str], language: Language) -> list[Block]:
    """The work report of ``summary`` in ``language``, as blocks.

    The title and opening sentence; a part on the period's work, one section
    for each kind of work that has anything to report; a part for each plan
    for the next period; and the breakdown tables ``by`` names, in that order.
    """
    words = language.WORDS
    period = language.period_name(summary.period)
    congress = common.congress_name(summary) or words.no_congress
    title = words.title.format(congress=congress, period=period)
    if summary.next_plans:
        title += words.title_plan.format(language.period_name(summary.period.next()))
    blocks: list[Block] = [Heading(1, title)]
    headline = language.headline(summary)
    if headline:
        blocks.append(Paragraph(headline))

    part = 0
    sections = _sections(summary, language)
    if sections:
        part += 1
        blocks.append(Heading(2, language.part_heading(part, words.work_in.format(period))))
        for n, (heading, body) in enumerate(sections, start=1):
            blocks.append(Heading(3, language.section_heading(part, n, heading)))
            blocks.extend(body)
    for plan in summary.next_plans:
        part += 1
        blocks.append(Heading(2, language.part_heading(part, plan.title)))
        blocks.extend(_plan(plan, part, language))
    possibly = summary.possibly_in_period
    if possibly:
        parts = (f"{words.possibly_sections.get(k, k)} {n}" for k, n in possibly.items())
        text = words.possibly.format(n=sum(possibly.values()), sections=words.comma.join(parts))
        blocks.append(Paragraph(text))
    for one in by:
        if one == "unit":
            blocks.extend(unit_blocks(summary, language))
        else:
            blocks.append(Heading(2, words.appendix.format(words.breakdowns[one])))
            blocks.append(_breakdown(summary, one, language))
    if summary.sources:
        blocks.append(Heading(2, words.sources))
        blocks.append(Bullets(tuple(_source(s, language) for s in summary.sources)))
    return blocks


def _source(source: Source, language: Language) -> str:
    """A source in one line: title, publisher, date, where in it, and its address."""
    words = language.WORDS
    parts = [source.title, source.publisher, source.locator]
    if source.date is not None:
        parts.insert(2, language.date(source.date))
    text = words.comma.join(p for p in parts if p)
    return f"{text} <{source.url}>" if source.url else text
