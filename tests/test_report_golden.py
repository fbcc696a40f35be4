"""Golden tests: the rendered work reports of the bundled example, word for word.

The golden files under ``tests/golden/`` were reviewed against the reference
report (the town's 2020 first-half work summary). When a change to the wording
is intended, regenerate them and review the diff before committing::

    CONGRESSKIT_UPDATE_GOLDEN=1 python -m pytest tests/test_report_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from congresskit import PeriodSummary, load, render_summary, summarize

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLE = ROOT / "examples" / "xx-town-2020.json"
UPDATE = bool(os.environ.get("CONGRESSKIT_UPDATE_GOLDEN"))

CASES = [
    ("zh", "md", None),
    ("zh", "text", None),
    ("en", "md", None),
    ("en", "text", None),
    ("zh", "md", "station"),
    ("en", "text", "group"),
    ("zh", "md", "deputy"),
]


@pytest.fixture(scope="module")
def summary() -> PeriodSummary:
    """The summary of the bundled example document's first half of 2020."""
    return summarize(load(EXAMPLE), "2020-H1")


def golden_path(lang: str, fmt: str, by: str | None) -> Path:
    """Where the golden report of one language, format and breakdown lives."""
    suffix = "md" if fmt == "md" else "txt"
    breakdown = f".by-{by}" if by else ""
    return GOLDEN / f"summary-2020-H1{breakdown}.{lang}.{suffix}"


@pytest.mark.parametrize(("lang", "fmt", "by"), CASES)
def test_report_matches_its_golden_file(
    summary: PeriodSummary, lang: str, fmt: str, by: str | None
) -> None:
    """The report of the example is exactly the reviewed golden text."""
    text = render_summary(summary, format=fmt, lang=lang, by=by)  # type: ignore[arg-type]
    path = golden_path(lang, fmt, by)
    if UPDATE:
        path.write_text(text, encoding="utf-8", newline="\n")
    assert text == path.read_text(encoding="utf-8")


# The reference report's own figures, in its own words (converted to simplified
# characters): the golden reports must say them, whatever else they say.
REFERENCE_ZH = [
    "第十九届人民代表大会第八次会议于2020年1月13日召开",
    "政府工作报告、人大主席团工作报告及财政收支情况报告",
    "提出建议63条",
    "守门员",
    "农产品销售员",
    "脱贫攻坚百日大会战",
    "覆盖14个村",
    "提出建议10余条",
    "4个人大代表工作站",
    "接待群众200余人次",
    "收集意见建议20余条",
    "学习8次",
    "8个部门开展工作评议",
    "12345",
]
REFERENCE_EN = [
    "Session 8 of the 19th term",
    "13 January 2020",
    "raised 63 suggestions",
    "gatekeeper (7 deputies)",
    "14 villages",
    "10+ suggestions arising",
    "The 4 deputy stations",
    "200+ people received",
    "20+ opinions collected",
]


@pytest.mark.parametrize(("lang", "phrases"), [("zh", REFERENCE_ZH), ("en", REFERENCE_EN)])
def test_golden_reports_state_the_reference_reports_figures(lang: str, phrases: list[str]) -> None:
    """Each golden report gives the figures of the reference report as it words them."""
    text = golden_path(lang, "md", None).read_text(encoding="utf-8")
    missing = [p for p in phrases if p not in text]
    assert not missing
