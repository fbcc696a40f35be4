"""The duty assessment as a table: one row per deputy, one column per rule, in zh or en.

A cell gives the deputy's figure and the verdict (``5 达标``); when the
threshold was scaled for part service, the scaled threshold too (``1/2 达标``).
A rule judged in several windows (each session of the period) lists them all.
A deputy not judged under a rule (not serving in any of its windows) shows a
dash.
"""

from __future__ import annotations

from congresskit import _render_en as en
from congresskit import _render_zh as zh
from congresskit._render_blocks import Block, Bullets, Heading, Paragraph, Table
from congresskit.assessment import Assessment, DeputyAssessment, RuleResult
from congresskit.labels import Lang, label
from congresskit.standards import DutyRule


def _count(lang: Lang, result: RuleResult) -> str:
    return zh.cell(result.figure) if lang == "zh" else en.count(result.figure)


def _cell(lang: Lang, rule: DutyRule, deputy: DeputyAssessment) -> str:
    results = [r for r in deputy.results if r.rule == rule]
    if not results:
        return "—"
    cells = []
    for r in results:
        figure = _count(lang, r)
        if r.threshold != rule.threshold:
            figure += f"/{r.threshold}"
        cells.append(f"{figure} {label(r.verdict, lang)}")
    return ("；" if lang == "zh" else "; ").join(cells)


def _header(lang: Lang, rule: DutyRule) -> str:
    if lang == "zh":
        return f"{label(rule.metric)}（{label(rule.window)}≥{rule.threshold}）"
    return f"{label(rule.metric, 'en')} (≥{rule.threshold} {label(rule.window, 'en')})"


def assessment_blocks(assessment: Assessment, lang: Lang) -> list[Block]:
    """The assessment of ``assessment``'s deputies, as a title, a table and notes."""
    standard = assessment.standard
    rules = standard.rules
    points = standard.points is not None
    if lang == "zh":
        title = f"代表履职考核（{zh.period_name(assessment.period)}）"
        head = ("名次", "代表", *(_header(lang, r) for r in rules))
        tail = ("积分", "全部达标") if points else ("全部达标",)
        yes, no = "是", "否"
    else:
        title = f"Duty assessment of deputies, {en.period_name(assessment.period)}"
        head = ("Rank", "Deputy", *(_header(lang, r) for r in rules))
        tail = ("Points", "All met") if points else ("All met",)
        yes, no = "yes", "no"
    rows = []
    for d in assessment.deputies:
        cells = [str(d.rank), d.name, *(_cell(lang, r, d) for r in rules)]
        if points:
            cells.append(str(d.points))
        cells.append(yes if d.all_met else no)
        rows.append(tuple(cells))
    numeric = (0, len(head)) if points else (0,)
    blocks: list[Block] = [Heading(1, title)]
    if lang == "zh":
        used = f"考核标准：{standard.name}（{label(standard.part_service)}）"
        if standard.points is not None:
            used += f"；积分表：{standard.points.name}"
        blocks.append(Paragraph(f"{used}。"))
    else:
        used = f"Standard: {standard.name} ({label(standard.part_service, 'en')})"
        if standard.points is not None:
            used += f"; points table: {standard.points.name}"
        blocks.append(Paragraph(f"{used}."))
    if not rows:
        empty = "考核期内没有在任代表。" if lang == "zh" else "No deputy served in the period."
        blocks.append(Paragraph(empty))
        return blocks
    blocks.append(Table((*head, *tail), tuple(rows), numeric=numeric))
    described = [r for r in rules if r.description]
    if described:
        colon = "：" if lang == "zh" else ": "
        blocks.append(
            Bullets(tuple(f"{_header(lang, r)}{colon}{r.description}" for r in described))
        )
    candidates = assessment.excellent()
    if candidates:
        names = ("、" if lang == "zh" else ", ").join(d.name for d in candidates)
        if lang == "zh":
            text = f"优秀代表候选人（没有未达标项）{len(candidates)}名：{names}。"
        else:
            text = f"Candidates for excellent deputy (no rule failed), {len(candidates)}: {names}."
        blocks.append(Paragraph(text))
    return blocks
