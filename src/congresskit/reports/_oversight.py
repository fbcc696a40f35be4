"""Oversight in the work report: evaluations, handling totals and unit scorecards, in zh and en.

The sentences are built from the typed summary; a figure the records do not
state is printed as 未载明 / "not stated", never as 0, and every rate names its
base.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from congresskit.records.counts import Count
from congresskit.records.enums import Implementation, Outcome
from congresskit.records.labels import label
from congresskit.reports._blocks import Block, Heading, Paragraph, Table
from congresskit.reports._language import Language
from congresskit.summary import PeriodSummary
from congresskit.summary.oversight import EvaluationFigures, HandlingFigures, Rate

__all__ = ["oversight_sections", "unit_blocks"]

_ZH: Mapping[str, str] = {
    "not_stated": "未载明",
    "sep": "，",
    "list": "、",
    "end": "。",
    "evaluations": "评议工作",
    "held": "开展评议{n}次",
    "at_session": "其中在人代会上{n}次",
    "by_kind": "评议对象：{}",
    "kind_n": "{kind}{n}次",
    "issues": "评议前提出问题{raised}，查摆问题{found}，已整改{rectified}",
    "piece": "{}个",
    "ratings": "测评结果：{}",
    "rating_n": "{level}{n}票",
    "voters": "参加述职评议的选民{n}人，提出新的意见建议{opinions}条",
    "handling": "建议办理情况",
    "basis_reported": "据办理情况报告{n}份",
    "items": "办理代表议案、建议、批评和意见{n}件",
    "replied": "已答复{n}（按期答复{on_time}）",
    "item": "{}件",
    "outcomes": "答复分类：{}",
    "implementation": "落实情况：{}",
    "reasons": "未能解决的原因：{}",
    "share": "{level}{n}件",
    "no_units": "本期没有交办给承办单位的建议。",
    "opinions": "群众意见处理情况",
    "dispositions": (
        "群众意见当场答复：{answered}，转为代表建议：{turned}，"
        "转交有关单位：{forwarded}，未说明去向：{unaccounted}"
    ),
    "opinion_unit": "{}条",
    "public": "群众对接待工作的评价：{}",
    "channel": "通过“{name}”提出建议{n}条",
    "channel_reports": "该渠道办理情况报告{n}份",
    "satisfaction": "满意和基本满意的占全部件数的{all}、占已测评件数的{rated}",
    "unit_heading": "附：按承办单位统计",
    "unit_note": (
        "按期、逾期答复和超期未复只计至本期末已到答复期限的件数；"
        "平均答复天数自交办起算；首次满意率以首次测评为准。"
    ),
}
_EN: Mapping[str, str] = {
    "not_stated": "not stated",
    "sep": "; ",
    "list": ", ",
    "end": ".",
    "evaluations": "Evaluations",
    "held": "evaluations held: {n}",
    "at_session": "{n} of them at sessions",
    "by_kind": "subjects: {}",
    "kind_n": "{kind} {n}",
    "issues": "issues raised before: {raised}, found: {found}, rectified: {rectified}",
    "piece": "{}",
    "ratings": "ratings: {}",
    "rating_n": "{level} {n}",
    "voters": "{n} voters attended deputies' reports and raised {opinions} new opinions",
    "handling": "Handling of suggestions",
    "basis_reported": "according to {n} handling report(s)",
    "items": "{n} motions, suggestions, criticisms and opinions were handled",
    "replied": "replied to: {n} ({on_time} on time)",
    "item": "{}",
    "outcomes": "replies by class: {}",
    "implementation": "implementation: {}",
    "reasons": "reasons for items not resolved: {}",
    "share": "{level} {n}",
    "no_units": "No suggestion in hand was assigned to a handling unit.",
    "opinions": "Opinions from the public",
    "dispositions": (
        "opinions answered on the spot: {answered}, turned into suggestions: {turned}, "
        "forwarded: {forwarded}, not accounted for: {unaccounted}"
    ),
    "opinion_unit": "{}",
    "public": "the public's satisfaction with receptions: {}",
    "channel": "suggestions raised through {name}: {n}",
    "channel_reports": "{n} handling report(s) of the channel",
    "satisfaction": "satisfied or basically satisfied: {all} of all items, {rated} of items rated",
    "unit_heading": "Appendix: by handling unit",
    "unit_note": (
        "On time, late and overdue count only items whose reply was due by the end of the "
        "period; days to reply are counted from assignment; first-round satisfaction is "
        "that of the first evaluation."
    ),
}
_UNIT_COLUMNS = {
    "zh": (
        "承办单位",
        "交办",
        "到期应复",
        "按期答复",
        "逾期答复",
        "超期未复",
        "平均答复天数",
        "A/B/C/D类占比",
        "首次满意率",
        "重新办理",
        "退回",
        "已解决",
    ),
    "en": (
        "Unit",
        "Assigned",
        "Due",
        "On time",
        "Late",
        "Overdue",
        "Avg. days",
        "A/B/C/D shares",
        "First-round satisfied",
        "Re-handled",
        "Returned",
        "Resolved",
    ),
}


def _words(language: Language) -> Mapping[str, str]:
    return _ZH if language.WORDS.lang == "zh" else _EN


def _figure(value: Count | None, language: Language) -> str:
    return _words(language)["not_stated"] if value is None else language.cell(value)


def _pieces(value: Count | None, language: Language, unit: str = "piece") -> str:
    w = _words(language)
    return w["not_stated"] if value is None else w[unit].format(language.cell(value))


def _rate(rate: Rate | None, language: Language) -> str:
    percent = None if rate is None else rate.percent
    if percent is None:
        return _words(language)["not_stated"]
    return f"{percent:.1f}%"


def _counts(counts: Mapping[Any, Any], language: Language, key: str = "rating_n") -> str:
    w = _words(language)
    lang = language.WORDS.lang
    parts = []
    for member, n in counts.items():
        shown = _figure(n, language) if isinstance(n, Count) or n is None else language.number(n)
        parts.append(w[key].format(level=label(member, lang), n=shown))
    return w["list"].join(parts)


def _evaluations(e: EvaluationFigures, language: Language) -> str:
    w = _words(language)
    lang = language.WORDS.lang
    parts = [w["held"].format(n=language.number(e.evaluations))]
    if e.at_session:
        parts.append(w["at_session"].format(n=language.number(e.at_session)))
    kinds = (
        w["kind_n"].format(kind=label(k, lang), n=language.number(n))
        for k, n in e.by_subject_kind.items()
    )
    parts.append(w["by_kind"].format(w["list"].join(kinds)))
    if (e.issues_raised, e.issues_found, e.rectified) != (None, None, None):
        parts.append(
            w["issues"].format(
                raised=_pieces(e.issues_raised, language),
                found=_pieces(e.issues_found, language),
                rectified=_pieces(e.rectified, language),
            )
        )
    if e.ratings:
        parts.append(w["ratings"].format(_counts(e.ratings, language)))
    if e.voters_present is not None or e.opinions:
        parts.append(
            w["voters"].format(
                n=_figure(e.voters_present, language), opinions=language.number(e.opinions)
            )
        )
    text = w["sep"].join(parts) + w["end"]
    return text[0].upper() + text[1:] if lang == "en" else text


def _handling(h: HandlingFigures, language: Language) -> str:
    w = _words(language)
    lang = language.WORDS.lang
    parts = []
    if h.basis == "reported":
        parts.append(w["basis_reported"].format(n=language.number(h.reports)))
        parts.append(w["items"].format(n=_figure(h.items, language)))
        if h.replied is not None:
            on_time = _pieces(h.replied_on_time, language, "item")
            replied = _pieces(h.replied, language, "item")
            parts.append(w["replied"].format(n=replied, on_time=on_time))
        if h.outcomes:
            parts.append(w["outcomes"].format(_counts(h.outcomes, language)))
        if h.ratings:
            parts.append(w["ratings"].format(_counts(h.ratings, language)))
    if h.implementation:
        statuses = _counts(h.implementation, language, "share")
        parts.append(w["implementation"].format(statuses))
    if h.reasons:
        reasons = (
            label(r, lang) if n is None else f"{label(r, lang)} {_figure(n, language)}"
            for r, n in h.reasons.items()
        )
        parts.append(w["reasons"].format(w["list"].join(reasons)))
    if h.basis == "reported" and h.satisfaction_of_all is not None:
        rates = {"all": _rate(h.satisfaction_of_all, language)}
        rates["rated"] = _rate(h.satisfaction_of_rated, language)
        parts.append(w["satisfaction"].format(**rates))
    text = w["sep"].join(parts) + w["end"]
    return text[0].upper() + text[1:] if lang == "en" else text


def _opinions(summary: PeriodSummary, language: Language) -> str | None:
    w = _words(language)
    o = summary.opinions
    parts = []
    figures = (o.answered_on_spot, o.turned_into_suggestions, o.forwarded, o.unaccounted)
    if o.counted and any(f is not None for f in figures):

        def shown(f: Count | None) -> str:
            return w["not_stated"] if f is None else w["opinion_unit"].format(language.cell(f))

        answered, turned, forwarded, unaccounted = (shown(f) for f in figures)
        parts.append(
            w["dispositions"].format(
                answered=answered, turned=turned, forwarded=forwarded, unaccounted=unaccounted
            )
        )
    if o.public_ratings:
        parts.append(w["public"].format(_counts(o.public_ratings, language)))
    for c in summary.channels:
        parts.append(w["channel"].format(name=c.name, n=language.number(c.suggestions)))
        if c.handling.reports:
            parts.append(w["channel_reports"].format(n=language.number(c.handling.reports)))
            if c.handling.ratings:
                parts.append(w["ratings"].format(_counts(c.handling.ratings, language)))
    if not parts:
        return None
    text = w["sep"].join(parts) + w["end"]
    return text[0].upper() + text[1:] if language.WORDS.lang == "en" else text


def oversight_sections(summary: PeriodSummary, language: Language) -> list[tuple[str, list[Block]]]:
    """The report's sections on evaluations and handling totals; empty ones left out."""
    w = _words(language)
    sections: list[tuple[str, list[Block]]] = []
    if summary.evaluations.evaluations:
        sections.append(
            (w["evaluations"], [Paragraph(_evaluations(summary.evaluations, language))])
        )
    h = summary.handling
    if h.basis == "reported" or h.implementation:
        sections.append((w["handling"], [Paragraph(_handling(h, language))]))
    opinions = _opinions(summary, language)
    if opinions is not None:
        sections.append((w["opinions"], [Paragraph(opinions)]))
    return sections


def _shares(outcomes: Mapping[Outcome, int], replied: int) -> str:
    if not replied:
        return "—"
    return "/".join(f"{100 * outcomes.get(o, 0) / replied:.0f}%" for o in Outcome)


def unit_blocks(summary: PeriodSummary, language: Language) -> list[Block]:
    """The appendix of scorecards per handling unit: a heading, a table and a note."""
    w = _words(language)
    rows = []
    for u in summary.units:
        days = u.average_days_to_reply
        satisfied = u.first_round_satisfaction
        rows.append(
            (
                u.name or u.id,
                *(language.number(n) for n in (u.assigned, u.due, u.replied_on_time)),
                *(language.number(n) for n in (u.replied_late, u.overdue)),
                "—" if days is None else f"{days:.1f}",
                _shares(u.outcomes, u.replied),
                "—" if satisfied is None else _rate(satisfied, language),
                language.number(u.rehandled),
                language.number(u.returned),
                language.number(u.implementation.get(Implementation.RESOLVED, 0)),
            )
        )
    header = _UNIT_COLUMNS[language.WORDS.lang]
    if not rows:
        return [Heading(2, w["unit_heading"]), Paragraph(w["no_units"])]
    return [
        Heading(2, w["unit_heading"]),
        Table(header, tuple(rows), numeric=tuple(range(1, len(header)))),
        Paragraph(w["unit_note"]),
    ]
