"""Deputies named rather than numbered in a sheet: a name reads as the id it stands for.

People filling in a workbook often write a deputy's name (``张华``) where the
format wants the deputy's id (``d01``): in an activity's participants, a
suggestion's lead and co-signers, the deputies excused from a session and the
like. Reading a workbook or CSV folder, a value in one of those places that is
not a deputy's id but is the name of exactly one deputy of the same document
is read as that deputy's id. A name two deputies share is a problem at its
cell (the ids it could stand for are named); anything else is left as it is,
for the check to report as an unknown reference.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

__all__ = ["DEPUTY_REFERENCES", "DEPUTY_SUBJECTS", "NameProblem", "resolve_names"]

#: Where a document refers to deputies by id: keys from the record set's list down to
#: the value (lists on the way are walked item by item; the value is an id or a list).
DEPUTY_REFERENCES: tuple[tuple[str, ...], ...] = (
    ("activities", "participants"),
    ("activities", "participant_figures", "deputy"),
    ("suggestions", "lead"),
    ("suggestions", "cosigners"),
    ("sessions", "attendance", "excused"),
    ("sessions", "speeches", "deputy"),
    ("sessions", "officials", "deputy"),
    ("sessions", "agenda", "candidates", "deputy"),
    ("sessions", "agenda", "deputies"),
    ("presidium_meetings", "agenda", "candidates", "deputy"),
    ("presidium_meetings", "agenda", "deputies"),
    ("projects", "visits", "deputies"),
    ("campaigns", "roles", "deputies"),
    ("evaluations", "evaluators"),
)

#: Where a document refers to a deputy only when the record says its subject is one: an
#: evaluation's ``subject`` with ``subject_kind`` ``deputy`` (述职评议).
DEPUTY_SUBJECTS: tuple[str, str, str, str] = ("evaluations", "subject", "subject_kind", "deputy")

#: A problem: the JSON path of the value, and the message in Chinese and in English.
NameProblem = tuple[str, str, str]


def _places(node: Any, keys: Sequence[str], path: str) -> Iterator[tuple[Any, Any, str]]:
    """Each (container, key or index, JSON path) holding a value at ``keys`` below ``node``."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from _places(item, keys, f"{path}[{i}]")
        return
    if not isinstance(node, dict) or keys[0] not in node:
        return
    key, rest = keys[0], keys[1:]
    here = f"{path}.{key}"
    if rest:
        yield from _places(node[key], rest, here)
    elif isinstance(node[key], list):
        for i in range(len(node[key])):
            yield node[key], i, f"{here}[{i}]"
    else:
        yield node, key, here


def _deputies(document: Mapping[str, Any]) -> tuple[set[str], dict[str, list[str]]]:
    """The deputies' ids, and the ids of the deputies of each name."""
    ids: set[str] = set()
    by_name: dict[str, list[str]] = {}
    for deputy in document.get("deputies") or ():
        if not isinstance(deputy, dict):
            continue
        did, name = deputy.get("id"), deputy.get("name")
        if isinstance(did, str):
            ids.add(did)
            if isinstance(name, str):
                by_name.setdefault(name.strip(), []).append(did)
    return ids, by_name


def _references(document: Mapping[str, Any]) -> Iterator[tuple[Any, Any, str]]:
    """Each place in ``document`` that refers to a deputy by id."""
    for keys in DEPUTY_REFERENCES:
        yield from _places(document, keys, "$")
    records, key, kind_key, kind = DEPUTY_SUBJECTS
    for i, record in enumerate(document.get(records) or ()):
        if isinstance(record, dict) and record.get(kind_key) == kind and key in record:
            yield record, key, f"$.{records}[{i}].{key}"


def resolve_names(document: dict[str, Any]) -> list[NameProblem]:
    """Read deputies' names in ``document``'s deputy references as their ids, in place.

    Returns the problems: names two or more deputies share.
    """
    ids, by_name = _deputies(document)
    problems: list[NameProblem] = []
    for container, key, path in _references(document):
        value = container[key]
        if not isinstance(value, str) or value in ids:
            continue
        found = by_name.get(value.strip(), [])
        if len(found) == 1:
            container[key] = found[0]
        elif found:
            listed = "、".join(found)
            problems.append(
                (
                    path,
                    f"姓名“{value}”对应多名代表（{listed}），请填写代表编号",
                    f"the name {value!r} is shared by deputies {', '.join(found)}: "
                    "give the deputy's id",
                )
            )
    return problems
