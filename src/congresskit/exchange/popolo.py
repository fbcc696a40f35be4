"""Export to Popolo JSON: people, organizations, memberships, posts, events, motions, votes.

`Popolo <https://www.popoloproject.com/>`_ is the open-data vocabulary civic
tools use for legislatures. :func:`to_popolo` writes the part of a record set
Popolo has a place for, as one JSON object with a list per Popolo class (the
form Popolo's own tools and EveryPolitician exchange): the congress, its deputy
groups and stations as organizations, places as areas, deputies as persons,
their dated memberships, terms and sessions (with their agenda) as events,
resolutions, elections and project ballots as motions with vote events and
counts, and each office an election fills as a post.

What Popolo has no place for (suggestions and their handling, activities,
campaigns, plans, livelihood projects beyond their ballot, inquiries, the
roll) is left out, and so are deputies' contact details (a public export).
``docs/popolo.md`` has the crosswalk, field by field.

>>> from congresskit import example_records, to_popolo
>>> popolo = to_popolo(example_records())
>>> sorted(popolo)
['areas', 'events', 'memberships', 'motions', 'organizations', 'persons', 'posts', 'vote_events']
>>> popolo["persons"][0]["name"], popolo["organizations"][0]["classification"]
('王建国', 'legislature')
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from congresskit.checking.recordset import RecordSet
from congresskit.exchange._titles import agenda_name, session_name, term_name
from congresskit.records.agenda import (
    Election,
    Inquiry,
    ProjectBallot,
    ReportReview,
    Resolution,
    Tally,
)
from congresskit.records.dates import When
from congresskit.records.labels import label
from congresskit.records.sessions import Session

__all__ = ["POPOLO_CLASSES", "dumps_popolo", "to_popolo"]

#: The lists of a Popolo export, in the order they are written.
POPOLO_CLASSES = (
    "organizations",
    "areas",
    "persons",
    "memberships",
    "posts",
    "events",
    "motions",
    "vote_events",
)


def _day(value: dt.date | None) -> str | None:
    """A date as Popolo writes it: a day, a month (``2021-11``) or a year; a range is left out.

    A vague date (:class:`~congresskit.When`) is never written as its first day.
    """
    if isinstance(value, When):
        return value.text()
    return None if value is None else value.isoformat()


def _clean(item: dict[str, Any]) -> dict[str, Any]:
    """Leave out what the records do not state (unknown is not written as empty or zero)."""
    return {k: v for k, v in item.items() if v is not None and v != []}


def _tally_counts(tally: Tally | None) -> list[dict[str, Any]]:
    if tally is None:
        return []
    counts = [("yes", tally.yes), ("no", tally.no), ("abstain", tally.abstain)]
    counts.append(("absent", tally.absent))
    return [{"option": option, "value": value} for option, value in counts]


class _Exporter:
    def __init__(self, records: RecordSet) -> None:
        self.records = records
        self.congress = records.congress.id if records.congress is not None else None
        self.terms = {t.id: t for t in records.terms}
        self.out: dict[str, list[dict[str, Any]]] = {name: [] for name in POPOLO_CLASSES}

    def add(self, kind: str, item: dict[str, Any]) -> None:
        self.out[kind].append(_clean(item))

    def run(self) -> dict[str, list[dict[str, Any]]]:
        self.organizations()
        for place in self.records.places:
            kind = label(place.kind, "en").lower() if place.kind is not None else None
            self.add("areas", {"id": place.id, "name": place.name, "classification": kind})
        self.people()
        for term in self.records.terms:
            self.add(
                "events",
                {
                    "id": term.id,
                    "name": term_name(term),
                    "classification": "legislative period",
                    "organization_id": term.congress,
                    "start_date": _day(term.start),
                    "end_date": _day(term.end),
                },
            )
        for session in self.records.sessions:
            self.session(session)
        return self.out

    def organizations(self) -> None:
        congress = self.records.congress
        if congress is not None:
            self.add(
                "organizations",
                {
                    "id": congress.id,
                    "name": congress.name,
                    "classification": "legislature",
                    "parent_id": congress.parent,
                },
            )
        for group in self.records.groups:
            self.add(
                "organizations",
                {
                    "id": group.id,
                    "name": group.name,
                    "classification": "deputy group",
                    "parent_id": self.congress,
                },
            )
        for station in self.records.stations:
            self.add(
                "organizations",
                {
                    "id": station.id,
                    "name": station.name,
                    "classification": "deputy station",
                    "parent_id": self.congress,
                    "area_id": station.place,
                    "founding_date": _day(station.opened),
                },
            )

    def people(self) -> None:
        for deputy in self.records.deputies:
            gender = deputy.gender.value if deputy.gender is not None else None
            self.add("persons", {"id": deputy.id, "name": deputy.name, "gender": gender})
            for m in deputy.memberships:
                term = self.terms.get(m.of) if m.kind.value == "term" else None
                organization = (
                    (term.congress if term else self.congress) if m.kind.value == "term" else m.of
                )
                area = None
                if m.kind.value == "term" and deputy.constituency is not None:
                    area = {"name": deputy.constituency, "classification": "constituency"}
                self.add(
                    "memberships",
                    {
                        "id": f"{deputy.id}/{m.kind.value}/{m.of}/{m.start.isoformat()}",
                        "person_id": deputy.id,
                        "organization_id": organization,
                        "legislative_period_id": m.of if m.kind.value == "term" else None,
                        "role": m.role or ("deputy" if m.kind.value == "term" else "member"),
                        "area": area,
                        "start_date": _day(m.start),
                        "end_date": _day(m.end),
                    },
                )

    def session(self, session: Session) -> None:
        term = self.terms.get(session.term)
        organization = term.congress if term is not None else self.congress
        self.add(
            "events",
            {
                "id": session.id,
                "name": session_name(session.number, term),
                "classification": "session",
                "organization_id": organization,
                "parent_id": session.term,
                "start_date": _day(session.start),
                "end_date": _day(session.end),
                "location": session.venue,
            },
        )
        base = {"organization_id": organization, "legislative_session_id": session.id}
        for i, item in enumerate(session.agenda):
            item_id = f"{session.id}/agenda/{i}"
            event = {
                "id": item_id,
                "name": agenda_name(item),
                "classification": _AGENDA_CLASS[type(item)],
                "organization_id": organization,
                "parent_id": session.id,
                "start_date": _day(session.start),
            }
            self.add("events", event)
            for motion, vote in _motions(item, item_id, session.start, self.records):
                self.add("motions", {**base, **motion})
                self.add("vote_events", {**base, **vote})
            if isinstance(item, Election):
                self.election(item, item_id, session, organization)

    def election(
        self, item: Election, item_id: str, session: Session, organization: str | None
    ) -> None:
        post_id = f"{item_id}/post"
        self.add(
            "posts",
            {"id": post_id, "label": item.office, "organization_id": organization},
        )
        for candidate in item.elected:
            if candidate.deputy is None:
                continue  # a name only: Popolo memberships need a person id
            self.add(
                "memberships",
                {
                    "id": f"{post_id}/{candidate.deputy}",
                    "person_id": candidate.deputy,
                    "organization_id": organization,
                    "post_id": post_id,
                    "role": item.office,
                    "start_date": _day(session.start),
                },
            )


_AGENDA_CLASS: dict[type, str] = {
    ReportReview: "report review",
    Resolution: "resolution",
    Election: "election",
    ProjectBallot: "project ballot",
    Inquiry: "inquiry",
}


def _motions(
    item: Any, item_id: str, day: dt.date, records: RecordSet
) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Each motion an agenda item puts to the vote, with its vote event."""
    date = _day(day)
    if isinstance(item, Resolution):
        result = "pass" if item.adopted else "fail"
        yield (
            {
                "id": item_id,
                "text": item.title,
                "classification": "resolution",
                "date": date,
                "result": result,
            },
            {
                "id": f"{item_id}/vote",
                "motion_id": item_id,
                "start_date": date,
                "result": result,
                "counts": _tally_counts(item.tally),
            },
        )
    elif isinstance(item, Election):
        counts = [
            {"option": c.name, "value": c.votes} for c in item.candidates if c.votes is not None
        ]
        elected = "、".join(c.name for c in item.elected)
        yield (
            {
                "id": item_id,
                "text": agenda_name(item),
                "classification": "election",
                "date": date,
                "result": f"elected: {elected}" if elected else None,
            },
            {
                "id": f"{item_id}/vote",
                "motion_id": item_id,
                "start_date": date,
                "classification": "election",
                "counts": counts,
            },
        )
    elif isinstance(item, ProjectBallot):
        names = {p.id: p.name for p in records.projects}
        for c in item.candidates:
            motion_id = f"{item_id}/{c.project}"
            result = "pass" if c.selected else "fail"
            tallied = [("yes", c.yes), ("no", c.no), ("abstain", c.abstain)]
            yield (
                {
                    "id": motion_id,
                    "text": names.get(c.project, c.project),
                    "classification": "livelihood project",
                    "identifier": c.project,
                    "date": date,
                    "result": result,
                },
                {
                    "id": f"{motion_id}/vote",
                    "motion_id": motion_id,
                    "start_date": date,
                    "result": result,
                    "counts": [{"option": o, "value": n} for o, n in tallied if n is not None],
                },
            )


def to_popolo(records: RecordSet) -> dict[str, list[dict[str, Any]]]:
    """The record set as Popolo JSON: a list of objects per Popolo class.

    Args:
        records: the records (a whole record set: memberships name terms,
            stations and groups, and ballots name projects, by id).

    Returns:
        ``{"organizations": [...], "areas": [...], "persons": [...], ...}``,
        every object valid against Popolo's JSON Schema; lists in
        :data:`POPOLO_CLASSES` order, records in the record set's order.
        Values the records do not state are left out, never written as zero.
    """
    return _Exporter(records).run()


def dumps_popolo(records: RecordSet, *, indent: int | None = 2) -> str:
    """:func:`to_popolo` as JSON text (UTF-8 characters as they are, not escaped)."""
    return json.dumps(to_popolo(records), ensure_ascii=False, indent=indent) + "\n"
