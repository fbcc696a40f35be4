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
from congresskit.records.evaluation_parts import StatedRate
from congresskit.records.labels import label
from congresskit.reports._blocks import Block, Heading, Paragraph, Table
from congresskit.reports._language import Language
from congresskit.reports._oversight_words import (
    EN,
    LIST_COLUMNS,
    LIST_EN,
    LIST_ZH,
    RESOLVED_AT,
    UNIT_COLUMNS,
    ZH,
)
from congresskit.summary import PeriodSummary
from congresskit.summary.evaluation_figures import EvaluationLine
from congresskit.summary.oversight import EvaluationFigures, HandlingFigures, Rate

__all__ = ["oversight_sections", "unit_blocks"]


def _words(language: Language) -> Mapping[str, str]:
    return ZH if language.WORDS.lang == "zh" else EN


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


def _shared(counts: Mapping[Any, Count], shares: Mapping[Any, Rate], language: Language) -> str:
    """Counts per member, each with its share of all items where the items are stated."""
    if not shares:
        return _counts(counts, language)
    w = _words(language)
    lang = language.WORDS.lang
    return w["list"].join(
        w["share_of_all"].format(
            level=label(member, lang), n=_figure(n, language), share=_rate(shares[member], language)
        )
        for member, n in counts.items()
    )


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
    if e.subjects is not None and e.subjects != Count(e.evaluations):
        kinds = (
            w["subject_n"].format(kind=label(k, lang), n=language.cell(n))
            for k, n in e.subjects_by_kind.items()
        )
        parts.append(w["subjects"].format(n=language.cell(e.subjects), kinds=w["list"].join(kinds)))
    if e.grades:
        grades = (
            w["grade_n"].format(
                level=label(level, lang),
                n=language.cell(n),
                share=_rate(e.grade_shares.get(level), language),
            )
            for level, n in e.grades.items()
        )
        parts.append(w["grades"].format(w["list"].join(grades)))
    if e.notices is not None:
        parts.append(w["notices"].format(n=language.cell(e.notices)))
    if e.ratings:
        parts.append(w["ratings"].format(_counts(e.ratings, language)))
    if e.by_dimension:
        aspects = (
            w["dimension"].format(name=name, counts=_counts(counts, language))
            for name, counts in e.by_dimension.items()
            if counts
        )
        shown = w["list"].join(aspects)
        if shown:
            parts.append(w["dimensions"].format(shown))
    if e.voters_present is not None or e.opinions:
        parts.append(
            w["voters"].format(
                n=_figure(e.voters_present, language),
                # Opinions count only when itemised: none itemised is not stated, not 0.
                opinions=_pieces(
                    Count(e.opinions) if e.opinions else None, language, "opinion_unit"
                ),
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
        if h.units is not None:
            parts.append(w["units"].format(n=language.cell(h.units)))
        if h.replied is not None:
            on_time = _pieces(h.replied_on_time, language, "item")
            replied = _pieces(h.replied, language, "item")
            parts.append(w["replied"].format(n=replied, on_time=on_time))
        if h.completion is not None:
            c = h.completion
            parts.append(
                w["completion"].format(
                    rate=_rate(c, language), part=language.cell(c.part), base=language.cell(c.base)
                )
            )
        if h.outcomes:
            parts.append(w["outcomes"].format(_shared(h.outcomes, h.outcome_shares, language)))
        if h.ratings:
            parts.append(w["ratings"].format(_shared(h.ratings, h.rating_shares, language)))
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
    if h.basis == "reported" and h.stated_rates:
        stated = (_stated(r, language) for rates in h.stated_rates.values() for r in rates)
        parts.append(w["stated_rates"].format(w["list"].join(stated)))
    if h.topics:
        topics = w["list"].join(h.topics)
        parts.append(
            w["topics"].format(w["topics_more"].format(topics) if h.topics_incomplete else topics)
        )
    if h.by_topic:
        areas = (
            w["topic_n"].format(topic=topic, n=_pieces(n, language, "item"))
            for topic, n in h.by_topic.items()
        )
        parts.append(w["by_topic"].format(w["list"].join(areas)))
    if h.measures:
        parts.append(w["measures"].format(w["list"].join(label(m, lang) for m in h.measures)))
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
    if o.resolved_by_level:
        # Only the levels some record states: an unstated level is not 0.
        zh = language.WORDS.lang == "zh"
        levels = (
            w["resolved_n"].format(
                level=RESOLVED_AT[level.value][0 if zh else 1],
                n=w["opinion_unit"].format(language.cell(n)),
            )
            for level, n in o.resolved_by_level.items()
        )
        parts.append(w["resolved"].format(w["list"].join(levels)))
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
    e = summary.evaluations
    blocks: list[Block] = []
    if e.evaluations:
        blocks.append(Paragraph(_evaluations(e, language)))
    if e.to_date or _worth_listing(e.held):
        blocks += evaluation_blocks(e, language)
    if blocks:
        sections.append((w["evaluations"], blocks))
    h = summary.handling
    if h.basis == "reported" or h.implementation:
        sections.append((w["handling"], [Paragraph(_handling(h, language))]))
    opinions = _opinions(summary, language)
    if opinions is not None:
        sections.append((w["opinions"], [Paragraph(opinions)]))
    return sections


def _stated(rate: StatedRate, language: Language) -> str:
    lw = LIST_ZH if language.WORDS.lang == "zh" else LIST_EN
    base = _figure(rate.base, language)
    return lw["rate"].format(
        measure=label(rate.measure, language.WORDS.lang),
        percent=f"{rate.percent:g}",
        above=lw["above"] if rate.at_least else "",
        base=base,
    )


def _worth_listing(lines: tuple[EvaluationLine, ...]) -> bool:
    """Whether any evaluation has figures of its own that the totals do not show."""
    return any(line.dimensions is not None or line.rates or line.grades for line in lines)


def evaluation_blocks(e: EvaluationFigures, language: Language) -> list[Block]:
    """Each evaluation held, as a table, and the totals to date given in the period."""
    lang = language.WORDS.lang
    w, lw = _words(language), LIST_ZH if lang == "zh" else LIST_EN
    rows = []
    for line in e.held:
        aspects = w["not_stated"]
        if line.dimensions is not None:
            names = w["list"].join(line.dimension_names) or w["not_stated"]
            aspects = lw["aspects"].format(n=language.cell(line.dimensions), names=names)
        grades = _counts(line.grades, language, "grade_cell") if line.grades else w["not_stated"]
        if line.results_announced and not line.grades:
            grades = lw["announced"]
        rows.append(
            (
                language.date(line.on),
                line.title,
                language.cell(line.subjects),
                grades,
                _figure(line.notices, language),
                aspects,
                w["list"].join(_stated(r, language) for r in line.rates) or "—",
            )
        )
    blocks: list[Block] = []
    if rows:
        blocks.append(Table(LIST_COLUMNS[lang], tuple(rows), numeric=(2,)))
    for line in e.to_date:
        rates = w["list"].join(_stated(r, language) for r in line.rates)
        since = w["not_stated"] if line.since is None else language.date(line.since)
        blocks.append(
            Paragraph(
                lw["to_date"].format(
                    since=since,
                    on=language.date(line.on),
                    title=line.title,
                    n=language.cell(line.subjects),
                    rates=lw["rates"].format(rates) if rates else "",
                )
                + w["end"]
            )
        )
    return blocks


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
    header = UNIT_COLUMNS[language.WORDS.lang]
    if not rows:
        return [Heading(2, w["unit_heading"]), Paragraph(w["no_units"])]
    return [
        Heading(2, w["unit_heading"]),
        Table(header, tuple(rows), numeric=tuple(range(1, len(header)))),
        Paragraph(w["unit_note"]),
    ]
