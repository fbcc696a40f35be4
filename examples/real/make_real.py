"""Write the corpus of real records, its fact ledgers and the fidelity table.

Each module under ``examples/real/sources/`` encodes one public record of a
grassroots congress (a news item, a report, a notice) as congresskit records,
and lists the source's facts and stated figures in a ledger:

* ``SOURCE``: the source's title, URL, publisher and date, and its fact sheet;
* ``META``: genre, province, level and the summary period to check;
* ``records()``: the records, built through congresskit's public API;
* ``FACTS``: ``(fact, status, where)``: status ``typed`` (in a typed field,
  ``where`` is its path), ``text`` (only in a note or title; a fourth item may
  name the gap in :data:`GAPS` that leaves it there) or ``none`` (no place;
  ``where`` is the key of the gap);
* ``FIGURES``: ``(figure, expected, summary path)`` for a figure the period
  summary reproduces, or ``(figure, expected, None, why)`` for one it does not.
  Expected values are the source's figures, written by hand, never computed.
* ``STANDARD`` (optional): a source that is an assessment scheme encodes it as
  a duty standard, written beside the document as ``NAME.standard.json``; a
  fact it holds has a ``where`` of ``standard:$.…``, and a figure the
  assessment of the records against it shows has a path of ``assessment:…``
  (into ``congresskit assess NAME.json --standard NAME.standard.json --format
  json``).

Run it after changing a source module; a test checks that the committed files
are what it writes now::

    python examples/real/make_real.py
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from congresskit import dump_standard, dumps

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
FIDELITY = HERE.parent.parent / "docs" / "fidelity.md"

#: Targets of issue 11 over the whole corpus.
TARGET_TYPED = 0.80
TARGET_REPRODUCED = 0.90

#: Facts with no place, by key: (the kind of record that would hold them, what is missing).
GAPS: dict[str, tuple[str, str]] = {
    "officeholders": (
        "congress structure",
        "officeholders and guests by office (镇长, 人大主席, 党委书记, 列席 guests), oaths",
    ),
    "non-deputy-attendance": (
        "congress structure",
        "non-deputies attending a session (列席人员) and the total present",
    ),
    "delegations": (
        "congress structure",
        "delegations at a session (代表团) and their officers",
    ),
    "session-ceremony": (
        "congress structure",
        "ceremonial agenda items (national anthem, films shown, closing speeches)",
    ),
    "standing-committee": (
        "congress structure",
        "meetings of a county or district standing committee (常委会会议): term, number, "
        "date, reports heard, members' views, decisions to convene a session",
    ),
    "election-organisation": (
        "congress structure",
        "elections outside a session's agenda that no ElectionPlan holds (general elections "
        "and by-elections have one)",
    ),
    "legal-basis": (
        "rules and schemes",
        "laws and local rules a record cites as its basis",
    ),
    "rules": (
        "rules and schemes",
        "the body's own rules and procedures (reception routing, handling rules, "
        "announcement rules, rule documents)",
    ),
    "unit-scoring": (
        "rules and schemes",
        "assessment schemes that score units (village committees) rather than deputies, "
        "with points and deductions per criterion",
    ),
    "funding": (
        "rules and schemes",
        "budgets and allowances for congress work (session costs, 误工补贴)",
    ),
    "honours": (
        "honours",
        "awards and titles given to a body, unit or deputy (先进集体, 先进单位)",
    ),
    "facilities": (
        "facilities",
        "facilities counted but not named (18 contact points, 代表之家, group rooms), "
        "and their number",
    ),
    "unit-evaluation": (
        "oversight: evaluations",
        "results of a work evaluation of units (站所评议): units rated per grade, shares, "
        "rectification notices, per-unit issues raised",
    ),
    "rating-of-deputies": (
        "oversight: evaluations",
        "voters' ratings of deputies who report to them (述职测评): dimensions, results, "
        "rates over deputies",
    ),
    "aggregate-handling": (
        "oversight: aggregate handling reports",
        "suggestion or opinion handling given as totals only: units involved, completion "
        "and satisfaction rates, counts per outcome without the items",
    ),
    "activity-breakdown": (
        "oversight: activity reports",
        "counts inside an activity (forums held, inspections made, participants by level, "
        "non-deputy participants, voters taking part)",
    ),
    "aggregate-activities": (
        "oversight: activity reports",
        "cumulative totals over years without a span the records can hold (17 deputies "
        "reported so far); a number of activities over a span is Activity.occurrences",
    ),
    "project-targets": (
        "livelihood projects",
        "a project's measurable targets (households, km, parking spaces) and budget",
    ),
    "ballot-aggregate": (
        "livelihood projects",
        "a ballot given as totals only (vote share of the chosen project, number of candidates "
        "when the candidates are not all named, proposals gathered)",
    ),
    "duty-points": (
        "duty assessment",
        "published per-deputy duty days and points for a period",
    ),
    "plan-targets": (
        "work plans",
        "a plan target with no metric in congresskit (receptions per deputy, new stations)",
    ),
    "context": (
        "context",
        "the wider campaign or theme a record serves, publicity, leadership statements",
    ),
    "imprecise-date": (
        "format version 2",
        "a date without a year, a month or a year only, or an inferred year",
    ),
    "optional-fields": (
        "format version 2",
        "a record whose required field the source does not state (a term's dates, "
        "a deputy's level, an election's candidates)",
    ),
    "subdistrict": (
        "format version 2",
        "a sub-district working committee (level subdistrict) holding no sessions",
    ),
}

STATUSES = ("typed", "text", "none")


def source_modules() -> list[ModuleType]:
    """The source modules, in file-name order."""
    if str(SOURCES) not in sys.path:  # the modules share sources/_common.py
        sys.path.insert(0, str(SOURCES))
    modules = []
    for path in sorted(SOURCES.glob("r[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(f"corpus_{path.stem}", path)
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    return modules


def ledger(module: ModuleType) -> dict[str, Any]:
    """The machine-readable fact ledger of one source module."""
    facts = []
    for fact, status, where, *gap in module.FACTS:
        if status not in STATUSES:
            raise ValueError(f"{module.NAME}: fact {fact!r} has status {status!r}")
        entry = {"fact": fact, "status": status}
        entry["gap" if status == "none" else "where"] = where
        if gap:  # a text-only fact may name the gap that leaves it without a typed place
            entry["gap"] = gap[0]
        if entry.get("gap", "context") not in GAPS:
            raise ValueError(f"{module.NAME}: fact {fact!r} names unknown gap {entry['gap']!r}")
        facts.append(entry)
    figures = []
    for item in module.FIGURES:
        figure, expected, path, *why = item
        entry = {"figure": figure, "expected": expected}
        if path is None:
            entry["not_reproduced"] = why[0]
        else:
            entry["summary"] = path
        figures.append(entry)
    led = {
        "name": module.NAME,
        "source": module.SOURCE,
        **module.META,
        "facts": facts,
        "figures": figures,
    }
    if hasattr(module, "STANDARD"):
        led["standard"] = f"{module.NAME}.standard.json"
    return led


def document_text(module: ModuleType) -> str:
    """The exchange document of one source module's records."""
    return dumps(module.records(), indent=2) + "\n"


def standard_text(module: ModuleType) -> str:
    """The duty standard of a source module that encodes a scheme, as JSON text."""
    return json.dumps(dump_standard(module.STANDARD), ensure_ascii=False, indent=2) + "\n"


def ledger_text(module: ModuleType) -> str:
    """The ledger of one source module as JSON text."""
    return json.dumps(ledger(module), ensure_ascii=False, indent=2) + "\n"


def _verdict(typed: float, reproduced: float) -> str:
    """One sentence on where the corpus stands against both targets."""
    met = [typed >= TARGET_TYPED, reproduced >= TARGET_REPRODUCED]
    if all(met):
        return "The corpus meets both targets."
    if met[0]:
        return "The corpus meets the target for typed facts, not yet the one for figures."
    if met[1]:
        return "The corpus meets the target for figures, not yet the one for typed facts."
    return "The corpus meets neither target yet."


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def fidelity_text(ledgers: list[dict[str, Any]]) -> str:
    """docs/fidelity.md, generated from the ledgers."""
    out = [
        "# Fidelity of the corpus of real records (真实记录语料的还原度)",
        "",
        "<!-- Generated by examples/real/make_real.py from the ledgers; do not edit. -->",
        "",
        "`examples/real/` holds public records of grassroots congresses, each encoded as a",
        "congresskit document (`NAME.json`) with a ledger of the source's facts and stated",
        "figures (`NAME.facts.json`). A fact is *typed* when a typed field holds it, *text*",
        "when only a title or note does, and *not expressible* when congresskit has no place",
        "for it. A stated figure is *reproduced* when the period summary",
        "(`congresskit summary FILE --period P --format json`) shows it, or, for a source",
        "that is an assessment scheme encoded as a duty standard (`NAME.standard.json`),",
        "the assessment against it (`congresskit assess FILE --standard NAME.standard.json",
        "--format json`); the tests check each reproduced figure against the value the",
        "source states.",
        "",
        "## Sources (来源)",
        "",
        "| record | genre | province | level | period | facts | typed | text | none "
        "| figures | reproduced |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    totals: Counter[str] = Counter()
    for led in ledgers:
        statuses = Counter(f["status"] for f in led["facts"])
        figures = len(led["figures"])
        reproduced = sum("summary" in f for f in led["figures"])
        totals.update(statuses)
        totals["facts"] += len(led["facts"])
        totals["figures"] += figures
        totals["reproduced"] += reproduced
        source = led["source"]
        out.append(
            f"| [{led['name']}]({source['url']}) | {led['genre']} | {led['province']} "
            f"| {led['level']} | {led['period']} | {len(led['facts'])} | {statuses['typed']} "
            f"| {statuses['text']} | {statuses['none']} | {figures} | {reproduced} |"
        )
    facts, figures = totals["facts"], totals["figures"]
    out += [
        f"| **total** ({len(ledgers)} records) | | | | | {facts} | {totals['typed']} "
        f"| {totals['text']} | {totals['none']} | {figures} | {totals['reproduced']} |",
        "",
        "## Against the targets (目标)",
        "",
        f"- Facts typed: {totals['typed']} of {facts} ({_share(totals['typed'], facts)}); "
        f"the target is {TARGET_TYPED:.0%}.",
        f"- Stated figures reproduced by the summary (or the assessment): "
        f"{totals['reproduced']} of {figures} "
        f"({_share(totals['reproduced'], figures)}); the target is {TARGET_REPRODUCED:.0%}.",
        "",
        _verdict(totals["typed"] / facts, totals["reproduced"] / figures),
        "",
        "Since the corpus began, records of their own have come for what most facts were",
        "left as text for: work evaluations of several subjects with their grades, notices",
        "and each subject's result, reports to voters rated by aspect, totals-only handling",
        "reports, rule documents, honours and money, schemes that score village committees",
        "(a duty standard with criteria for collectives), a livelihood project's measurable",
        "targets and year, a session's attendance without the number due, non-deputies",
        "attending, officeholders and ceremonies, and activities listed with their dates,",
        "deputies of other congresses counted by level, and totals over a span (6 receptions",
        "in 2020) kept as one record of that many, never split into invented dates. What is",
        "left is listed below, fact by fact and figure by figure.",
        "The tests hold the measured shares as a floor, so the corpus can only get better.",
        "",
        "## Gaps: facts with no place (缺口)",
        "",
        "Facts not expressible, and text-only facts that name their gap, grouped by the kind",
        "of record that would hold them.",
        "",
    ]
    by_gap: dict[str, list[str]] = {}
    for led in ledgers:
        for f in led["facts"]:
            if "gap" in f:
                only = " (text only)" if f["status"] == "text" else ""
                by_gap.setdefault(f["gap"], []).append(f"{led['name']}: {f['fact']}{only}")
    groups: dict[str, list[str]] = {}
    for key, (group, _) in GAPS.items():
        if key in by_gap:
            groups.setdefault(group, []).append(key)
    for group, keys in groups.items():
        out += [f"### {group}", ""]
        for key in keys:
            items = by_gap[key]
            out.append(f"- **{key}** ({len(items)}): {GAPS[key][1]}.")
            out += [f"  - {item}" for item in items]
        out.append("")
    out += [
        "## Figures not reproduced (未还原的数字)",
        "",
    ]
    for led in ledgers:
        missing = [f for f in led["figures"] if "summary" not in f]
        if missing:
            out.append(f"- {led['name']}:")
            out += [f"  - {f['figure']}: {f['not_reproduced']}" for f in missing]
    out.append("")
    return "\n".join(out)


def main() -> None:
    """Write every document, every ledger and docs/fidelity.md."""
    ledgers = []
    for module in source_modules():
        (HERE / f"{module.NAME}.json").write_text(
            document_text(module), encoding="utf-8", newline="\n"
        )
        (HERE / f"{module.NAME}.facts.json").write_text(
            ledger_text(module), encoding="utf-8", newline="\n"
        )
        if hasattr(module, "STANDARD"):
            (HERE / f"{module.NAME}.standard.json").write_text(
                standard_text(module), encoding="utf-8", newline="\n"
            )
        ledgers.append(ledger(module))
    FIDELITY.write_text(fidelity_text(ledgers), encoding="utf-8", newline="\n")
    print(f"wrote {len(ledgers)} documents, their ledgers and {FIDELITY}")


if __name__ == "__main__":
    main()
