"""The duty assessment as a table: one row per deputy, one column per rule, in zh or en.

The line under the title names the standard, how part service is treated
and, for a standard that counts households contacted, how households not
given per deputy are credited (``按人均分摊``, "shared equally").
A cell gives the deputy's figure and the verdict (``5 达标``); when the
threshold was scaled for part service, the scaled threshold too (``1/2 达标``).
A rule judged in several windows (each session of the period) lists them all.
A deputy not judged under a rule (not serving in any of its windows) shows a
dash. The layout is the same in both languages; the language (see
``_render_language``) supplies the words and the figures' form.
"""

from __future__ import annotations

from congresskit.assessment import Assessment, DeputyAssessment
from congresskit.assessment.standards import DutyMetric, DutyRule
from congresskit.records.labels import label
from congresskit.reports._blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.reports._collective import collective_blocks, standard_name
from congresskit.reports._language import Language


def _cell(language: Language, rule: DutyRule, deputy: DeputyAssessment) -> str:
    results = [r for r in deputy.results if r.rule == rule]
    if not results:
        return "—"
    cells = []
    for r in results:
        figure = language.cell(r.figure)
        if r.threshold != rule.threshold:
            figure += f"/{r.threshold}"
        cells.append(f"{figure} {label(r.verdict, language.WORDS.lang)}")
    return language.WORDS.semicolon.join(cells)


def _header(language: Language, rule: DutyRule) -> str:
    lang = language.WORDS.lang
    return language.WORDS.rule_column.format(
        metric=label(rule.metric, lang), window=label(rule.window, lang), threshold=rule.threshold
    )


def assessment_blocks(assessment: Assessment, language: Language) -> list[Block]:
    """The assessment of ``assessment``'s deputies and collectives, as titles, tables and notes.

    A standard with criteria but no rules and no points table assesses
    collectives only: their part is the whole report.
    """
    standard = assessment.standard
    if not standard.rules and standard.points is None and standard.criteria:
        return collective_blocks(assessment, language, 1)
    return [*_deputy_blocks(assessment, language), *collective_blocks(assessment, language, 2)]


def _deputy_blocks(assessment: Assessment, language: Language) -> list[Block]:
    words = language.WORDS
    standard = assessment.standard
    rules = standard.rules
    points = standard.points is not None
    title = words.assessment.format(language.period_name(assessment.period))
    head = (*words.assessment_columns, *(_header(language, r) for r in rules))
    tail = (words.points, words.all_met) if points else (words.all_met,)
    rows = []
    for d in assessment.deputies:
        cells = [str(d.rank), d.name, *(_cell(language, r, d) for r in rules)]
        if points:
            cells.append(str(d.points))
        if d.all_met:
            cells.append(words.yes)
        else:
            # Pending or part-served results are not failures: say so rather than "no".
            cells.append(words.no if d.rules_failed else words.not_yet)
        rows.append(tuple(cells))
    numeric = (0, len(head)) if points else (0,)
    # The crediting rule matters only to a standard that counts households.
    households = DutyMetric.HOUSEHOLDS_CONTACTED
    items = standard.points.items if standard.points is not None else ()
    counted = any(r.metric is households for r in rules) or any(
        i.metric is households for i in items
    )
    crediting = words.crediting.format(label(standard.crediting, words.lang)) if counted else ""
    used = words.standard.format(
        name=standard_name(standard, language),
        part_service=label(standard.part_service, words.lang),
        crediting=crediting,
    )
    if standard.points is not None:
        used += words.points_table.format(standard.points.name)
    blocks: list[Block] = [Heading(1, title), Paragraph(f"{used}{words.stop}")]
    if not rows:
        blocks.append(Paragraph(words.no_deputy))
        return blocks
    blocks.append(Table((*head, *tail), tuple(rows), numeric=numeric))
    described = [r for r in rules if r.description]
    if described:
        notes = (f"{_header(language, r)}{words.colon}{r.description}" for r in described)
        blocks.append(Bullets(tuple(notes)))
    candidates = assessment.excellent()
    if candidates:
        names = words.comma.join(d.name for d in candidates)
        blocks.append(Paragraph(words.candidates.format(n=len(candidates), names=names)))
    return blocks
