"""The bundled example: a town congress's first half of 2020 and its plan for the second.

:func:`example_records` builds, with the public models only, the records behind
a real town congress's work report (2020 first half, and its plan for the second
half): session 8 of term 19 on 13 January 2020 with its 63 suggestions and their
handling, the epidemic-prevention campaign and the poverty-alleviation "100-day
battle", inspections, checks, surveys, visits, quarterly study, the 4 stations
and their monthly reception days, and the plan. Every figure the report gives is
reproduced exactly; names, dates and per-activity figures are invented.

>>> from congresskit import Activity, ActivityKind, Session, check, example_records
>>> records = example_records()
>>> check(records)
()
>>> session = records.get(Session, "t19-s8")
>>> session.number, session.start.isoformat()
(8, '2020-01-13')
>>> sum(1 for s in records.suggestions if s.session == session.id)
63
>>> villages = {p for a in records.activities
...             if a.campaign == "c-poverty" and a.kind is ActivityKind.SUPERVISION
...             for p in a.places}
>>> len(villages)
14

Per-deputy households. The report says that each deputy visits voters once a
month (代表坚持每月走访选民一次) but gives no household figures. Each monthly
visit therefore records, besides its (invented) total, that every town deputy
taking part contacted at least one household: ``Count(1, at_least=True)``, the
least a visit means, and no more than the report supports. By June each deputy
has contacted "6+" households of their own, so every deputy meets rule 5 of
"12345" (5 households a year) on their own work, as the report implies; no
deputy is shown short of it, which the report would contradict.

>>> visit = records.get(Activity, "visit-voters-2020-03")
>>> str(visit.households_contacted), len(visit.participant_figures)
('70', 26)
>>> str(visit.participant_figures[0].households_contacted)
'1+'

The ids a summary keys on: congress ``xx-town`` (parent ``xx-district``), term
``t19``, session ``t19-s8``, campaigns ``c-epidemic`` and ``c-poverty``,
stations ``st1``-``st4`` (groups ``g1``-``g4``), villages ``v01`` (称沱村) to
``v14`` and the town centre ``centre``, the sewage-plant project ``p-sewage``
and the plan ``plan-2020-h2``.
"""

from __future__ import annotations

import functools

from congresskit.checking.recordset import RecordSet
from congresskit.example import _activities as acts
from congresskit.example import _campaigns as campaigning
from congresskit.example import _data as data
from congresskit.example import _people as people
from congresskit.example import _plan as planning
from congresskit.example import _session as meeting
from congresskit.example import _suggestions as suggesting
from congresskit.records.body import Congress, Place, Term, Unit
from congresskit.records.enums import Level
from congresskit.records.people import DeputyGroup

__all__ = ["example_records"]


@functools.cache
def example_records() -> RecordSet:
    """The reference town's records for 2020 H1 and its plan for 2020 H2.

    The result is built once and cached; it is immutable, so every caller
    shares it safely. It is deterministic: the same records on every call and
    in every process.

    Returns:
        A :class:`~congresskit.RecordSet` for which :func:`congresskit.check`
        finds no problem.
    """
    deputies = people.deputies()
    stations = people.stations()
    sessions = (meeting.session(deputies),)
    suggestions = (
        suggesting.session_suggestions(deputies) + suggesting.between_session_suggestions()
    )
    return RecordSet(
        congress=Congress(
            id=data.CONGRESS,
            name="XX镇人民代表大会",
            level=Level.TOWN,
            parent=data.DISTRICT_CONGRESS,
        ),
        terms=(
            Term(
                id=data.TERM,
                congress=data.CONGRESS,
                number=19,
                start=people.TERM_START,
                end=people.TERM_END,
            ),
        ),
        units=tuple(Unit(id=i, name=n, kind=k, parent=p) for i, n, k, p in data.UNITS),
        places=tuple(Place(id=i, name=n, kind=k) for i, n, k in data.PLACES),
        deputies=deputies,
        groups=tuple(
            DeputyGroup(id=f"g{n}", name=f"第{zh}代表小组", term=data.TERM, station=f"st{n}")
            for n, zh in enumerate("一二三四", start=1)
        ),
        stations=stations,
        sessions=sessions,
        presidium_meetings=meeting.presidium_meetings(),
        projects=meeting.projects(),
        campaigns=campaigning.campaigns(),
        suggestions=suggestions,
        activities=acts.activities(deputies, stations),
        plans=(planning.plan(),),
    )
