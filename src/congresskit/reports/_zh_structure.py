"""The Chinese paragraph on groups, facilities and bundled activities."""

from __future__ import annotations

from congresskit.records.labels import label
from congresskit.reports._structure import structure as _figures
from congresskit.reports._zh_words import count
from congresskit.summary import PeriodSummary

__all__ = ["structure"]


def structure(summary: PeriodSummary) -> str | None:
    """``现有代表工作站3个、代表之家1个。第一代表小组按规定每季度开展集中活动，……``"""
    f = _figures(summary)
    if not f:
        return None
    sentences = []
    if f.facilities:
        parts = "、".join(f"{label(k)}{n}个" for k, n in f.facilities.items())
        sentences.append(f"现有{parts}。")
    if f.groups:
        sentences.append(f"组建{'、'.join(f'{label(k)}{n}个' for k, n in f.groups.items())}。")
    for g in f.cadences:
        name = g.name or g.id
        cadence = label(g.cadence) if g.cadence is not None else ""
        sentences.append(
            f"{name}按规定{cadence}开展集中活动，应开展{g.stretches_due}次、"
            f"已开展{g.stretches_held}次。"
        )
    if f.items:
        parts = "、".join(f"{label(k)}{n}项" for k, n in f.items.items())
        sentences.append(f"集中活动共含活动事项{f.bundled}项，其中{parts}。")
    if f.study:
        sentences.append(f"学习中{'、'.join(f'{label(k)}{n}次' for k, n in f.study.items())}。")
    if f.others.value:
        sentences.append(f"非代表人员参与活动{count(f.others, '人次')}。")
    if f.themes:
        sentences.append(f"按主题分：{'、'.join(f'{t}{n}次' for t, n in f.themes.items())}。")
    return "".join(sentences)
