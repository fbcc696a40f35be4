"""The assessment of collectives: the criteria in words, then one row per collective.

The criteria come first, each with its points and its rules (so that a
scheme's figures are in the report even when no collective is assessed);
then a table of each collective's score per criterion and its total, and
what each rule took off. A manual criterion whose score was not given shows
as not stated (``未载明``), and so does a total that lacks it: never 0.
"""

from __future__ import annotations

from congresskit.assessment import Assessment
from congresskit.assessment.criteria import Criterion, Deduction
from congresskit.assessment.standards import DutyStandard
from congresskit.records.kinds import DeductionBasis
from congresskit.records.labels import label
from congresskit.reports._blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.reports._language import Language

__all__ = ["collective_blocks"]


def _what(language: Language, deduction: Deduction) -> str:
    lang = language.WORDS.lang
    if deduction.activity_kinds:
        joiner = "、" if lang == "zh" else ", "
        return joiner.join(label(k, lang) for k in deduction.activity_kinds)
    if deduction.basis is DeductionBasis.PER_ABSENCE or deduction.metric is None:
        return language.WORDS.deduction_rules["activity"]
    return label(deduction.metric, lang)


def _rule(language: Language, deduction: Deduction) -> str:
    """The rule in words: ``每名代表未向选民述职的，扣5分``."""
    key = deduction.basis.value
    if deduction.metric is None:
        key = f"manual_{key}"
    elif deduction.threshold > 1 and f"{key}_n" in language.WORDS.deduction_rules:
        key = f"{key}_n"
    return language.WORDS.deduction_rules[key].format(
        metric=_what(language, deduction),
        threshold=deduction.threshold,
        points=deduction.points,
    )


def _criterion(language: Language, criterion: Criterion) -> str:
    words = language.WORDS
    head = words.criterion_column.format(code=criterion.code, points=criterion.points)
    parts = [words.manual] if criterion.manual else []
    if criterion.description:
        parts.append(criterion.description)
    parts += [_rule(language, d) for d in criterion.deductions]
    return f"{head}{words.colon}" + words.semicolon.join(parts)


def standard_name(standard: DutyStandard, language: Language) -> str:
    """The standard's name, and when it first applies if that is stated."""
    if standard.in_force_from is None:
        return standard.name
    return standard.name + language.WORDS.in_force.format(language.date(standard.in_force_from))


def collective_blocks(assessment: Assessment, language: Language, level: int) -> list[Block]:
    """The collectives' assessment under a heading of ``level``; nothing without criteria."""
    words = language.WORDS
    standard = assessment.standard
    criteria = standard.criteria
    if not criteria:
        return []
    total = standard.total if standard.total is not None else sum(c.points for c in criteria)
    title = words.collectives.format(language.period_name(assessment.period))
    blocks: list[Block] = [Heading(level, title)]
    if level == 1:  # the report is the collectives' alone: name the standard here
        named = words.standard_named.format(standard_name(standard, language))
        blocks.append(Paragraph(f"{named}{words.stop}"))
    blocks += [
        Paragraph(f"{words.criteria.format(total=total)}{words.colon}"),
        Bullets(tuple(_criterion(language, c) for c in criteria)),
    ]
    if not assessment.collectives:
        blocks.append(Paragraph(words.no_collective))
        return blocks
    head = (
        *words.collective_columns,
        *(words.criterion_column.format(code=c.code, points=c.points) for c in criteria),
        words.total_column.format(total=total),
    )
    rows = []
    for c in assessment.collectives:
        scores = [words.not_stated if r.score is None else str(r.score) for r in c.results]
        score = words.not_stated if c.score is None else str(c.score)
        rows.append((str(c.rank), c.name, str(len(c.deputies)), *scores, score))
    numeric = tuple(i for i in range(len(head)) if i != 1)
    blocks.append(Table(head, tuple(rows), numeric=numeric))
    none_done = DeductionBasis.NONE_DONE
    taken = [
        words.deducted.format(
            name=c.name,
            code=r.criterion.code,
            rule=_rule(language, d.deduction),
            count=d.count,
            points=r.criterion.points if d.deduction.basis is none_done else d.points,
        )
        for c in assessment.collectives
        for r in c.results
        for d in r.deductions
        if d.count
    ]
    if taken:
        blocks.append(Bullets(tuple(taken)))
    return blocks
