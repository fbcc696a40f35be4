"""Simplified-Chinese report words: the WORDS table, numerals, counts, dates, periods and headings.

Figures follow the usage of congress work reports: a round lower bound is
written ``200余人次``, any other lower bound ``至少13条``; ordinals are Chinese
numerals (``第十九届``, ``第八次会议``); dates ``2020年1月13日``; punctuation is
full-width.

>>> numeral(19), numeral(8), numeral(105), numeral(110)
('十九', '八', '一百零五', '一百一十')
>>> count(Count(200, at_least=True), "人次"), count(Count(13, at_least=True), "条")
('200余人次', '至少13条')
>>> count(Count(63), "条")
'63条'
>>> date(dt.date(2020, 1, 13)), span(dt.date(2020, 3, 16), dt.date(2020, 6, 23))
('2020年1月13日', '2020年3月16日至6月23日')
>>> span(dt.date(2022, 1, 10), dt.date(2022, 1, 12))
'2022年1月10日至12日'
>>> period_name(Period.parse("2020-H1")), period_name(Period.parse("2020-Q3"))
('2020年上半年', '2020年第三季度')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from congresskit.records.counts import Count
from congresskit.records.dates import When
from congresskit.records.enums import PlanSection
from congresskit.records.labels import label
from congresskit.reports._language import Words
from congresskit.summary.periods import Period

WORDS = Words(
    lang="zh",
    colon="：",
    comma="、",
    semicolon="；",
    stop="。",
    yes="是",
    no="否",
    title="{congress}{period}工作总结",
    title_plan="及{}工作计划",
    no_congress="人大",
    work_in="{}工作总结",
    sessions="依法开好人代会",
    campaign="{name}",
    field_work="开展代表活动",
    learning="加强学习培训",
    stations="用好人大代表工作站",
    structure="代表小组、阵地与集中活动",
    rulebook="制度建设、荣誉与经费保障",
    activity_list="活动一览",
    suggestions="代表建议办理",
    projects="民生实事项目",
    progress="{}执行情况",
    progress_columns=("目标", "应完成", "已完成", "是否完成"),
    appendix="附表：{}",
    breakdowns={"station": "按代表工作站统计", "group": "按代表小组统计", "deputy": "按代表统计"},
    breakdown_columns={
        "station": (
            "代表工作站",
            "排定接访日",
            "活动",
            "代表参与（人次）",
            "接待群众（人次）",
            "收集意见建议（条）",
            "提出建议（条）",
        ),
        "group": (
            "代表小组",
            "活动",
            "代表参与（人次）",
            "覆盖村",
            "联系群众（户）",
            "领衔建议（条）",
        ),
        "deputy": (
            "代表",
            "参加活动",
            "所参加活动联系群众（户）",
            "本人联系群众（户）",
            "本人接待群众（人次）",
            "领衔建议",
            "附议建议",
            "大会发言",
        ),
    },
    assessment="代表履职考核（{}）",
    assessment_columns=("名次", "代表"),
    rule_column="{metric}（{window}≥{threshold}）",
    points="积分",
    all_met="全部达标",
    not_yet="待定",
    standard="考核标准：{name}（{part_service}{crediting}）",
    crediting="；联系群众户数未分到人的，{}",
    in_force="，{}起施行",
    standard_named="考核标准：{}",
    points_table="；积分表：{}",
    no_deputy="考核期内没有在任代表。",
    not_stated="未载明",
    candidates="优秀代表候选人（没有未达标项）{n}名：{names}。",
    not_recorded="未记录",
    collectives="集体考核（{}）",
    collective_columns=("名次", "集体", "代表人数"),
    criterion_column="{code}（{points}分）",
    total_column="总分（{total}分）",
    criteria="考核项目（{total}）",
    manual="人工评分",
    deduction_rules={
        "none_done": "全年无{metric}的，该项得0分",
        "in_part": "有代表未{metric}的，扣{points}分",
        "in_part_n": "有代表{metric}不足{threshold}次的，扣{points}分",
        "per_deputy": "每名代表未{metric}的，扣{points}分",
        "per_deputy_n": "每名代表{metric}不足{threshold}次的，扣{points}分",
        "per_absence": "每名代表每缺席一次{metric}，扣{points}分",
        "manual_none_done": "未开展的，得0分",
        "manual_in_part": "未全部完成的，扣{points}分",
        "manual_per_deputy": "每名代表未完成的，扣{points}分",
        "manual_per_absence": "每名代表每缺席一次，扣{points}分",
        "activity": "活动",
    },
    deducted="{name}，{code}项：{rule}（计{count}），扣{points}分",
    no_collective="考核期内没有有代表的集体。",
    possibly="另有{n}项记录日期不够确切，可能属于本期（{sections}），未计入以上数字。",
    possibly_sections={
        "activities": "代表活动",
        "suggestions": "建议",
        "sessions": "人代会",
        "meetings": "主席团会议",
        "campaigns": "专项工作",
        "evaluations": "评议",
        "handling_reports": "建议办理情况报告",
        "honours": "荣誉",
        "election_plans": "换届选举实施方案",
    },
    sources="资料来源",
)

_DIGITS = "零一二三四五六七八九"
_POWERS = ((1000, "千"), (100, "百"), (10, "十"))


def numeral(n: int) -> str:
    """``n`` (1 or more) in Chinese numerals, as ordinals are written (十九, not 一十九).

    Ten thousand and more are grouped by 万 and 亿 (一万零八, 三亿二千万).
    """
    if n < 1:
        msg = f"numeral() takes a number of 1 or more, got {n}"
        raise ValueError(msg)
    return _grouped(n, leading=True)


_GROUPS = ((100_000_000, "亿"), (10_000, "万"))


def _grouped(n: int, *, leading: bool) -> str:
    for size, name in _GROUPS:
        if n >= size:
            high, low = divmod(n, size)
            text = _grouped(high, leading=leading) + name
            if low:
                text += ("零" if low < size // 10 else "") + _grouped(low, leading=False)
            return text
    return _below_ten_thousand(n, leading=leading)


def _below_ten_thousand(n: int, *, leading: bool) -> str:
    out: list[str] = []
    rest = n
    gap = False
    for power, name in _POWERS:
        digit, rest = divmod(rest, power)
        if digit:
            if gap:
                out.append("零")
            # "十九" rather than "一十九" when the number starts with the tens.
            first = leading and not out
            out.append(name if (power == 10 and digit == 1 and first) else _DIGITS[digit] + name)
            gap = False
        elif out:
            gap = True
    if rest:
        if gap:
            out.append("零")
        out.append(_DIGITS[rest])
    return "".join(out)


def count(value: Count, unit: str = "") -> str:
    """A figure with its unit: ``63条``; a lower bound ``200余人次`` or ``至少13条``.

    余 after a round figure is how reports state a lower bound; after any
    other figure it would read as a different number, so ``至少`` is used.
    """
    if not value.at_least:
        return f"{value.value}{unit}"
    if value.value >= 10 and value.value % 10 == 0:
        return f"{value.value}余{unit}"
    return f"至少{value.value}{unit}"


def number(n: int) -> str:
    """An exact figure: ``12345`` (reports do not group digits)."""
    return str(n)


def cell(value: Count) -> str:
    """A figure in a table cell: ``63``, or ``至少55`` for any lower bound (columns stay alike)."""
    return f"至少{value.value}" if value.at_least else str(value.value)


#: What a report prints for a figure or a date the records do not state.
NOT_STATED = "未载明"


def date(day: dt.date) -> str:
    """``2020年1月13日``; a vague date as precise as it is (``2021年11月``, ``2021年``)."""
    if isinstance(day, When):
        text = {
            "day": f"{day.year}年{day.month}月{day.day}日",
            "month": f"{day.year}年{day.month}月",
            "year": f"{day.year}年",
        }.get(day.precision) or f"{date(day.earliest)}至{date(day.latest)}间"
        return text + ("（推定）" if day.inferred else "")
    return f"{day.year}年{day.month}月{day.day}日"


def span(start: dt.date | None, end: dt.date | None) -> str:
    """``2020年3月16日至6月23日``; ``2020年1月24日起`` while it goes on."""
    if start is None:
        return f"{date(end)}止" if end is not None else f"起止日期{NOT_STATED}"
    if isinstance(start, When) or isinstance(end, When):
        return date(start) + (f"至{date(end)}" if end is not None and end != start else "")
    if end is None:
        return f"{date(start)}起"
    if end == start:
        return date(start)
    if end.year != start.year:
        tail = date(end)
    elif end.month != start.month:
        tail = f"{end.month}月{end.day}日"
    else:
        tail = f"{end.day}日"
    return f"{date(start)}至{tail}"


def join(items: Sequence[str], last: str = "和") -> str:
    """``甲、乙和丙``: items joined by the enumeration comma, the last by ``last``."""
    if len(items) <= 1:
        return "".join(items)
    return "、".join(items[:-1]) + last + items[-1]


def deputies(n: int) -> str:
    """``26名代表``."""
    return f"{n}名代表"


def part_heading(part: int, text: str) -> str:
    """``一、2020年上半年工作总结``."""
    return f"{numeral(part)}、{text}"


def section_heading(part: int, n: int, text: str) -> str:
    """``（二）开展代表活动``: sections are numbered within their part."""
    return f"（{numeral(n)}）{text}"


def plan_section(section: PlanSection) -> str:
    """``工作监督``: the section's label."""
    return label(section)


def numbered(i: int, total: int) -> str:
    """``一是`` ``二是`` before each of several items, as reports list them."""
    return f"{numeral(i)}是" if total > 1 else ""


def period_name(period: Period) -> str:
    """``2020年上半年``, ``2020年第三季度``, ``2020年5月``, ``第十九届任期``."""
    start = period.start
    if period.kind == "year":
        return f"{start.year}年"
    if period.kind == "half":
        return f"{start.year}年{'上' if start.month == 1 else '下'}半年"
    if period.kind == "quarter":
        return f"{start.year}年第{numeral((start.month + 2) // 3)}季度"
    if period.kind == "month":
        return f"{start.year}年{start.month}月"
    if period.kind == "term" and period.term is not None:
        return f"第{numeral(period.term)}届任期"
    return span(period.start, period.end)
