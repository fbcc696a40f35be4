"""Export to OParl 1.1: body, terms, organizations, people, meetings, agenda items, papers.

`OParl <https://oparl.org/>`_ is the German open standard for council
information systems. :func:`to_oparl` writes the part of a record set OParl has
a place for, as one JSON object with a list per OParl type: the congress as the
body (and as an organization), its terms as legislative terms, deputy groups,
stations and units as organizations, deputies as persons with their dated
memberships, sessions and presidium meetings as meetings with numbered agenda
items and their results, suggestions as papers, places and venues as locations.

Every object's ``id`` is a URL built from ``base_url``, the OParl type and the
record id, and objects refer to one another by those URLs; the body's lists
(``organization``, ``person``, ...) are URLs under the body's own. What OParl
has no place for (the handling workflow, deadlines, satisfaction, activities,
plans, assessments) is left out, and so are deputies' contact details (a public
export). ``docs/oparl.md`` has the crosswalk, field by field.

>>> from congresskit import example_records, to_oparl
>>> oparl = to_oparl(example_records(), base_url="https://example.org/oparl")
>>> list(oparl)[:4]
['body', 'legislativeTerm', 'organization', 'person']
>>> oparl["person"][0]["id"], oparl["person"][0]["name"]
('https://example.org/oparl/person/d01', '王建国')
"""

from __future__ import annotations

import json
from typing import Any

from congresskit.checking.recordset import RecordSet
from congresskit.exchange._oparl_meetings import meeting_objects
from congresskit.exchange._oparl_objects import Urls, day, oparl_object
from congresskit.exchange._titles import term_name
from congresskit.records.body import Place, Term
from congresskit.records.enums import MembershipKind, UnitKind
from congresskit.records.events import Assigned, Returned
from congresskit.records.labels import label
from congresskit.records.people import Deputy
from congresskit.records.suggestions import Suggestion

__all__ = ["OPARL_TYPES", "dumps_oparl", "to_oparl"]

#: The lists of an OParl export, in the order they are written.
OPARL_TYPES = (
    "body",
    "legislativeTerm",
    "organization",
    "person",
    "membership",
    "meeting",
    "agendaItem",
    "paper",
    "location",
)

#: The body's lists: each is a URL under the body's own (``.../body/ID/person``).
_BODY_LISTS = {
    "organization": "organization",
    "person": "person",
    "meeting": "meeting",
    "paper": "paper",
    "legislativeTermList": "legislativeTerm",
    "membership": "membership",
    "agendaItem": "agendaItem",
    "locationList": "location",
}

#: OParl's ``organizationType`` where one of its values fits: the units of government.
_ADMINISTRATION = frozenset(
    {
        UnitKind.TOWN_GOVERNMENT,
        UnitKind.TOWN_OFFICE,
        UnitKind.DISTRICT_DEPARTMENT,
        UnitKind.POLICE,
        UnitKind.JUDICIAL,
    }
)


def _lead_unit(suggestion: Suggestion) -> str | None:
    """The unit the suggestion is assigned to (none once it was returned, until reassigned)."""
    unit = None
    for event in suggestion.events:
        if isinstance(event, Assigned):
            unit = event.lead_unit
        elif isinstance(event, Returned):
            unit = None
    return unit


class _Exporter:
    def __init__(self, records: RecordSet, base_url: str) -> None:
        self.records = records
        congress = records.congress
        self.urls = Urls(base_url, congress.id if congress is not None else None)
        self.congress = congress.id if congress is not None else None
        self.terms = {t.id: t for t in records.terms}
        self.out: dict[str, list[dict[str, Any]]] = {name: [] for name in OPARL_TYPES}
        self.members: dict[str, list[str]] = {}  # organization URL -> membership URLs

    def org(self, kind: str, record_id: str) -> str:
        return self.urls("organization", kind, record_id)

    def congress_of(self, term_id: str) -> str | None:
        """The congress organization a term belongs to, when both are in the records."""
        term = self.terms.get(term_id)
        if term is None or term.congress != self.congress:
            return None
        return self.org("congress", term.congress)

    def run(self) -> dict[str, list[dict[str, Any]]]:
        places = {p.id: self.place(p) for p in self.records.places}
        self.out["location"].extend(places.values())
        self.people()  # first: organizations list their memberships
        self.out["legislativeTerm"] = [self.term(t) for t in self.records.terms]
        self.body()
        self.organizations(places)
        projects = {p.id: p.name for p in self.records.projects}
        meetings = self.records.sessions, self.records.presidium_meetings
        for meeting, venue in meeting_objects(
            self.urls, meetings, self.terms, self.congress_of, projects
        ):
            self.out["meeting"].append(meeting)
            self.out["agendaItem"].extend(meeting.get("agendaItem", ()))
            if venue is not None:
                self.out["location"].append(venue)
        self.out["paper"] = [self.paper(s) for s in self.records.suggestions]
        return self.out

    def body(self) -> None:
        congress = self.records.congress
        if congress is None or self.urls.body is None:
            return
        lists = {name: self.urls.body_list(path) for name, path in _BODY_LISTS.items()}
        terms = [t for t in self.out["legislativeTerm"] if t.get("body") == self.urls.body]
        body = oparl_object(
            "body",
            self.urls.body,
            {
                "name": congress.name,
                "classification": label(congress.level, "zh"),
                "mainOrganization": self.org("congress", congress.id),
                **lists,
            },
        )
        body["legislativeTerm"] = terms  # required: written even when empty
        self.out["body"].append(body)

    def term(self, term: Term) -> dict[str, Any]:
        body = self.urls.body if term.congress == self.congress else None
        fields = {
            "body": body,
            "name": term_name(term),
            "startDate": day(term.start),
            "endDate": day(term.end),
        }
        return oparl_object("legislativeTerm", self.urls("legislativeTerm", term.id), fields)

    def place(self, place: Place) -> dict[str, Any]:
        fields = {"description": place.name, "keyword": [label(place.kind, "zh")]}
        return oparl_object("location", self.urls("location", "place", place.id), fields)

    def organization(self, url: str, fields: dict[str, Any]) -> None:
        fields = {"body": self.urls.body, **fields, "membership": self.members.get(url, [])}
        self.out["organization"].append(oparl_object("organization", url, fields))

    def organizations(self, places: dict[str, dict[str, Any]]) -> None:
        congress = self.records.congress
        inside = None
        if congress is not None:
            inside = self.org("congress", congress.id)
            self.organization(
                inside,
                {
                    "name": congress.name,
                    "organizationType": "Gremium",
                    "classification": "人民代表大会",
                },
            )
        for group in self.records.groups:
            self.organization(
                self.org("group", group.id),
                {
                    "name": group.name,
                    "classification": label(group.kind, "zh"),
                    "subOrganizationOf": inside,
                },
            )
        for station in self.records.stations:
            self.organization(
                self.org("station", station.id),
                {
                    "name": station.name,
                    "classification": label(station.kind, "zh"),
                    "subOrganizationOf": inside,
                    "startDate": day(station.opened),
                    "location": places.get(station.place) if station.place else None,
                },
            )
        units = {u.id for u in self.records.units}
        for unit in self.records.units:
            parent = unit.parent if unit.parent in units else None
            self.organization(
                self.org("unit", unit.id),
                {
                    "name": unit.name,
                    "organizationType": "Verwaltungsbereich"
                    if unit.kind in _ADMINISTRATION
                    else None,
                    "classification": label(unit.kind, "zh"),
                    "subOrganizationOf": self.org("unit", parent) if parent else None,
                },
            )

    def people(self) -> None:
        for deputy in self.records.deputies:
            memberships = self.memberships(deputy)
            self.out["membership"].extend(memberships)
            fields = {
                "body": self.urls.body,
                "name": deputy.name,
                "gender": deputy.gender.value if deputy.gender is not None else None,
                "membership": memberships,
            }
            self.out["person"].append(
                oparl_object("person", self.urls("person", deputy.id), fields)
            )

    def memberships(self, deputy: Deputy) -> list[dict[str, Any]]:
        person = self.urls("person", deputy.id)
        found = []
        for i, m in enumerate(deputy.memberships):
            if m.kind is MembershipKind.TERM:
                organization = self.congress_of(m.of)
            else:
                organization = self.org(m.kind.value, m.of)
            url = self.urls("membership", deputy.id, i)
            if organization is not None:
                self.members.setdefault(organization, []).append(url)
            fields = {
                "person": person,
                "organization": organization,
                "role": m.role,
                # A deputy of the term votes in the congress; groups and stations do not vote.
                "votingRight": True if m.kind is MembershipKind.TERM else None,
                "startDate": day(m.start),
                "endDate": day(m.end),
            }
            found.append(oparl_object("membership", url, fields))
        return found

    def paper(self, suggestion: Suggestion) -> dict[str, Any]:
        number = suggestion.number  # the number the congress gave it, if stated
        unit = _lead_unit(suggestion)
        fields = {
            "body": self.urls.body,
            "name": suggestion.title,
            "reference": None if number is None else str(number),
            "date": day(suggestion.raised_on),
            "paperType": label(suggestion.kind, "zh"),
            "originatorPerson": [self.urls("person", d) for d in suggestion.signatories],
            "underDirectionOf": [self.org("unit", unit)] if unit is not None else [],
            "keyword": [suggestion.category] if suggestion.category is not None else [],
        }
        return oparl_object("paper", self.urls("paper", suggestion.id), fields)


def to_oparl(records: RecordSet, *, base_url: str) -> dict[str, list[dict[str, Any]]]:
    """The record set as OParl 1.1 objects: a list of objects per OParl type.

    Args:
        records: the records (a whole record set: memberships name terms,
            groups and stations, and suggestions name deputies and units, by id).
        base_url: the absolute http or https URL the export is published at;
            every object's ``id`` and every reference is a URL under it.

    Returns:
        ``{"body": [...], "legislativeTerm": [...], "organization": [...], ...}``
        in :data:`OPARL_TYPES` order, every object valid against OParl's JSON
        Schema; records in the record set's order. Values the records do not
        state are left out, never written as zero, and a date vaguer than one
        day is left out. Meetings embed their agenda items, the body its
        legislative terms and persons their memberships (as OParl has them);
        each also stands in its own list.

    Raises:
        UsageError: ``base_url`` is not an absolute http or https URL.
    """
    return _Exporter(records, base_url).run()


def dumps_oparl(records: RecordSet, *, base_url: str, indent: int | None = 2) -> str:
    """:func:`to_oparl` as JSON text (UTF-8 characters as they are, not escaped)."""
    return (
        json.dumps(to_oparl(records, base_url=base_url), ensure_ascii=False, indent=indent) + "\n"
    )
