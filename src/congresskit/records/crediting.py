"""How an activity's figures are credited to the deputies who took part.

An activity gives totals (households contacted, people received, ...) for all
its participants together, and may give some participants' own figures
(:class:`~congresskit.ParticipantFigures`). :func:`credited` says what each
participant is credited with: their own figure where one is given; the rest of
the total (the total less the own figures given) credited to the others as the
:class:`~congresskit.Crediting` rule says.

>>> import datetime as dt
>>> from congresskit import Activity, ActivityKind, Count, Crediting, ParticipantFigures
>>> visit = Activity(id="a1", kind=ActivityKind.VOTER_VISIT, title="走访选民",
...     start=dt.date(2020, 3, 5), participants=("d1", "d2", "d3", "d4"),
...     households_contacted=Count(11),
...     participant_figures=(ParticipantFigures(deputy="d1", households_contacted=Count(4)),))
>>> {d: str(c) for d, c in credited(visit, "households_contacted", Crediting.SHARED).items()}
{'d1': '4', 'd2': '2', 'd3': '2', 'd4': '2'}
>>> {d: str(c) for d, c in credited(visit, "households_contacted", Crediting.FULL).items()}
{'d1': '4', 'd2': '7', 'd3': '7', 'd4': '7'}
>>> {d: str(c) for d, c in credited(visit, "households_contacted", Crediting.NONE).items()}
{'d1': '4'}

``shared`` rounds down: the 7 households left are 2 each for three deputies,
and the seventh is credited to no one, so the deputies together are never
credited with more than the activity's total.
"""

from __future__ import annotations

from congresskit.records.activities import FIGURES, Activity, Figure
from congresskit.records.counts import Count, figure_pair
from congresskit.records.enums import Crediting

__all__ = ["Figure", "credited", "figures_exceeding", "figures_fit"]

# The itemised lists that are part of a total (opinions, suggestions), by figure.
_ITEMS = {"opinions_collected": "opinions", "suggestions_reported": "suggestions"}


def total(activity: Activity, figure: Figure) -> Count | None:
    """The activity's total of ``figure``: reported, or itemised (the larger), or ``None``."""
    reported = getattr(activity, figure)
    items = _ITEMS.get(figure)
    itemised = len(getattr(activity, items)) if items else 0
    if reported is None and not itemised:
        return None
    value, at_least = figure_pair(reported, itemised)
    return Count(value, at_least=at_least)


def own_figures(activity: Activity, figure: Figure) -> dict[str, Count]:
    """Listed participants' own figures of ``figure``.

    A deputy given figures twice (which :func:`~congresskit.check` reports)
    keeps the first entry's, as the summary does.
    """
    listed = set(activity.participants)
    seen: set[str] = set()
    own: dict[str, Count] = {}
    for entry in activity.participant_figures:
        if entry.deputy in listed and entry.deputy not in seen:
            seen.add(entry.deputy)
            count = getattr(entry, figure)
            if count is not None:
                own[entry.deputy] = count
    return own


def figures_exceeding(activity: Activity) -> list[tuple[Figure, int, int]]:
    """Figures whose participants' own values add up to more than the activity's exact total.

    Returns ``(figure, sum of own values, total)`` for each. A total that is
    a lower bound ("200+") is exceeded by nothing, and neither is a total
    that is not stated: the own figures are then all that is known.
    """
    result: list[tuple[Figure, int, int]] = []
    for figure in FIGURES:
        whole = total(activity, figure)
        if whole is None or whole.at_least:
            continue
        given = [getattr(e, figure) for e in activity.participant_figures]
        own = sum(c.value for c in given if c is not None)
        if own > whole.value:
            result.append((figure, own, whole.value))
    return result


def figures_fit(activity: Activity) -> bool:
    """Whether ``activity``'s participant figures break no rule of :func:`~congresskit.check`.

    Each names a listed participant, no deputy twice, and no figure's own
    values add up to more than the activity's exact total.
    """
    entries = activity.participant_figures
    if not entries:
        return True
    deputies = [e.deputy for e in entries]
    return (
        len(set(deputies)) == len(deputies)
        and set(activity.participants).issuperset(deputies)
        and not figures_exceeding(activity)
    )


def credited(
    activity: Activity, figure: Figure, crediting: Crediting = Crediting.SHARED
) -> dict[str, Count]:
    """What each listed participant of ``activity`` is credited with, of ``figure``.

    Args:
        activity: the activity.
        figure: ``"households_contacted"``, ``"people_received"``,
            ``"opinions_collected"`` or ``"suggestions_reported"``.
        crediting: how to credit the rest of the total to participants who
            have no figure of their own.

    Returns:
        Deputy id to credit, in the order of ``participants``; a participant
        credited with nothing (``none``, or no total stated) is left out.
        Own figures always win. The rest of the total is the total less the
        own figures given, never below 0 (a lower bound if the total is).
        ``full`` credits all of it to each other participant; ``shared``
        splits it equally (rounded down) among the participants without an
        own figure, counting participants reported but not listed, so
        the credits add up to no more than the total; ``none`` credits the
        others nothing.

    Raises:
        ValueError: ``figure`` is not one of the four names.
    """
    if figure not in FIGURES:
        msg = f"figure must be one of {', '.join(FIGURES)}; got {figure!r}"
        raise ValueError(msg)
    own = own_figures(activity, figure)
    whole = total(activity, figure)
    others = [d for d in activity.participants if d not in own]
    if whole is None or crediting is Crediting.NONE or not others:
        return {d: own[d] for d in activity.participants if d in own}
    rest = max(0, whole.value - sum(c.value for c in own.values()))
    if crediting is Crediting.SHARED:
        # Deputies reported but not listed take their share too, though no one
        # can be credited with it: the total is theirs as much as the listed ones'.
        rest //= activity.participations - len(own)
    share = Count(rest, at_least=whole.at_least)
    return {d: own.get(d, share) for d in activity.participants}
