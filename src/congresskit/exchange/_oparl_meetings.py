"""Sessions and presidium meetings as OParl meetings, with their agenda items.

Each agenda item is numbered in the order the record lists it (``number`` "1",
``order`` 1, ...), and carries a ``result`` where the records state one: a
resolution adopted or not (with its tally), the candidates elected, the
projects a ballot selected, a document a presidium meeting adopted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from congresskit.exchange._oparl_objects import Urls, day, oparl_object
from congresskit.exchange._titles import agenda_name, session_name, term_name, zh_number
from congresskit.records.agenda import Election, ProjectBallot, Resolution, Tally
from congresskit.records.body import Term
from congresskit.records.sessions import PresidiumMeeting, Session

__all__ = ["meeting_objects"]

#: A meeting of the export: the meeting (its agenda items embedded) and its venue, if stated.
Built = tuple[dict[str, Any], dict[str, Any] | None]


def _tally(tally: Tally) -> str:
    counts = f"赞成{tally.yes}票，反对{tally.no}票，弃权{tally.abstain}票"
    # Votes cast are always shown; deputies who did not vote only when there were any.
    return f"{counts}，未投票{tally.absent}人" if tally.absent else counts


def _result(item: Any, projects: Mapping[str, str]) -> str | None:
    """What the agenda item decided, as the records state it (``None``: not stated)."""
    if isinstance(item, Resolution):
        outcome = "通过" if item.adopted else "未通过"
        return outcome if item.tally is None else f"{outcome}（{_tally(item.tally)}）"
    if isinstance(item, Election):
        elected = [
            c.name if c.votes is None else f"{c.name}（{c.votes}票）"
            for c in item.candidates
            if c.elected
        ]
        return f"当选：{'、'.join(elected)}" if elected else None
    if isinstance(item, ProjectBallot):
        chosen = [projects.get(c.project, c.project) for c in item.candidates if c.selected]
        return f"入选：{'、'.join(chosen)}" if chosen else None
    return None  # a report heard, an inquiry: the records state no decision


def _agenda(
    urls: Urls,
    kind: str,
    meeting: Session | PresidiumMeeting,
    entries: Iterable[tuple[str, str | None]],
) -> list[dict[str, Any]]:
    meeting_url = urls("meeting", kind, meeting.id)
    return [
        oparl_object(
            "agendaItem",
            urls("agendaItem", kind, meeting.id, n),
            {"meeting": meeting_url, "number": str(n), "order": n, "name": name, "result": result},
        )
        for n, (name, result) in enumerate(entries, start=1)
    ]


def _entries(
    meeting: Session | PresidiumMeeting, projects: Mapping[str, str]
) -> Iterator[tuple[str, str | None]]:
    for item in meeting.agenda:
        yield agenda_name(item), _result(item, projects)
    if isinstance(meeting, PresidiumMeeting):
        for document in meeting.adopted:
            yield document.title, "通过"
        if not meeting.agenda and not meeting.adopted:
            # Subjects are free text that often restates the agenda: items only when
            # the meeting has no agenda of its own.
            yield from ((subject, None) for subject in meeting.subjects)


def _venue(urls: Urls, session: Session) -> dict[str, Any] | None:
    if session.venue is None:
        return None
    return oparl_object(
        "location",
        urls("location", "venue", session.id),
        {"description": session.venue, "meetings": [urls("meeting", "session", session.id)]},
    )


def _presidium_name(meeting: PresidiumMeeting, term: Term | None) -> str:
    head = term_name(term) if term is not None else ""
    number = f"第{zh_number(meeting.number)}次" if meeting.number is not None else ""
    return f"{head}主席团{number}会议"


def meeting_objects(
    urls: Urls,
    meetings: tuple[Iterable[Session], Iterable[PresidiumMeeting]],
    terms: Mapping[str, Term],
    congress_of: Callable[[str], str | None],
    projects: Mapping[str, str],
) -> Iterator[Built]:
    """Each session and presidium meeting as an OParl meeting, and its venue.

    Args:
        urls: the export's URLs.
        meetings: the sessions and the presidium meetings, in the records' order.
        terms: the terms by id (a session is named after its term).
        congress_of: the URL of the congress organization a term id belongs to,
            if it is in the export.
        projects: livelihood projects' names by id (a ballot's result names them).
    """
    sessions, presidium = meetings
    for session in sessions:
        term = terms.get(session.term)
        venue = _venue(urls, session)
        congress = congress_of(session.term)
        agenda = _agenda(urls, "session", session, _entries(session, projects))
        fields = {
            "name": session_name(session.number, term),
            "start": day(session.start),
            "end": day(session.end),
            "location": venue,
            "organization": [congress] if congress is not None else [],
            "agendaItem": agenda,
        }
        yield oparl_object("meeting", urls("meeting", "session", session.id), fields), venue
    for meeting in presidium:
        term = terms.get(meeting.term) if meeting.term is not None else None
        agenda = _agenda(urls, "presidium", meeting, _entries(meeting, projects))
        fields = {
            "name": _presidium_name(meeting, term),
            "start": day(meeting.on),
            "agendaItem": agenda,
        }
        yield oparl_object("meeting", urls("meeting", "presidium", meeting.id), fields), None
