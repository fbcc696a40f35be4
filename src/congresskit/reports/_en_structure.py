"""The English paragraph on groups, facilities and bundled activities."""

from __future__ import annotations

from congresskit.reports._en_words import english, join, plural
from congresskit.reports._structure import structure as _figures
from congresskit.summary import PeriodSummary

__all__ = ["structure"]

_STRETCH = {
    "monthly": "month",
    "quarterly": "quarter",
    "half_yearly": "half-year",
    "yearly": "year",
}


def structure(summary: PeriodSummary) -> str | None:
    """``The facilities are 3 work stations and 1 deputies' home. …``."""
    f = _figures(summary)
    if not f:
        return None
    sentences = []
    if f.facilities:
        parts = join([plural(n, english(k)) for k, n in f.facilities.items()])
        sentences.append(f"The facilities are {parts}.")
    if f.groups:
        parts = join([plural(n, english(k)) for k, n in f.groups.items()])
        sentences.append(f"Deputies are organised in {parts}.")
    for g in f.cadences:
        name = g.name or g.id
        cadence = english(g.cadence) if g.cadence is not None else ""
        stretch = _STRETCH.get(g.cadence.value if g.cadence is not None else "", "stretch")
        sentences.append(
            f"{name} is to hold a concentrated activity {cadence}: it held one in "
            f"{g.stretches_held} of {plural(g.stretches_due or 0, stretch)}."
        )
    if f.items:
        parts = join([f"{english(k)} {plural(n, 'time')}" for k, n in f.items.items()])
        sentences.append(f"Concentrated activities held {plural(f.bundled, 'item')}: {parts}.")
    if f.study:
        parts = join([f"{english(k)} {plural(n, 'time')}" for k, n in f.study.items()])
        sentences.append(f"Study included {parts}.")
    if f.others.value:
        sentences.append(f"People other than deputies took part {plural(f.others, 'time')}.")
    if f.themes:
        parts = join([f"{t} {plural(n, 'activity', 'activities')}" for t, n in f.themes.items()])
        sentences.append(f"By theme: {parts}.")
    return " ".join(sentences)
