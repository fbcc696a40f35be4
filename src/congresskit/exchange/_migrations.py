"""Format versions and the migrations between them.

A migration takes the JSON of one version to the next, one step at a time, as
plain dicts, before the converter sees it: one function for the envelope (the
document's top level, or a JSON Lines header) and one for each record, given
its type tag. Both documents and JSON Lines use the same registry, so that a
record reads the same whichever way it travels.

Version 0 was the draft format, before congresskit 0.1. It differs from
version 1 in two ways, and its migration is kept (and tested) both to read
such files and to show how a future migration is written:

- suggestions named their co-signers ``co_signers`` (now ``cosigners``);
- documents had no ``profile``: a version 0 document is read as ``full``.

Version 2 (format of congresskit 0.2) makes optional what real sources often
leave unstated, so that absence means "not stated". Only one default changed
meaning: a livelihood-project ballot's per-project ``no`` and ``abstain`` were
0 when left out, and are "not stated" in version 2; the migration writes the
zeros out, so a version 1 document reads as version 2 unchanged in meaning.
Everything else version 1 wrote is valid version 2 as it is (dates that were
days stay days; every field that became optional was required before, such as a
suggestion's lead deputy, which every version 1 suggestion names; fields new in
version 2, such as a suggestion's number, are absent, which means not stated).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

__all__ = ["CURRENT_VERSION", "MIGRATIONS", "Migration", "migrate_envelope", "migrate_record"]

#: The version this congresskit writes.
CURRENT_VERSION = 2

JSON = dict[str, Any]


@attrs.frozen(kw_only=True)
class Migration:
    """How to read version ``source`` as version ``source + 1``.

    Attributes:
        source: the version migrated from.
        envelope: changes the top level (in place).
        record: changes one record (in place), given its type tag
            (``"tombstone"`` for a tombstone).
    """

    source: int
    envelope: Callable[[JSON], None]
    record: Callable[[str, JSON], None]


def _envelope_0(envelope: JSON) -> None:
    envelope.setdefault("profile", "full")


def _record_0(kind: str, record: JSON) -> None:
    if kind == "suggestion" and "co_signers" in record:
        record["cosigners"] = record.pop("co_signers")


def _envelope_1(envelope: JSON) -> None:
    del envelope  # the top level did not change


def _record_1(kind: str, record: JSON) -> None:
    if kind not in ("session", "presidium_meeting"):
        return
    agenda = record.get("agenda")
    if type(agenda) is not list:
        return  # the converter reports what is wrong with it
    for item in agenda:
        if type(item) is not dict or item.get("type") != "project_ballot":
            continue
        candidates = item.get("candidates")
        for candidate in candidates if type(candidates) is list else ():
            if type(candidate) is dict:
                candidate.setdefault("no", 0)
                candidate.setdefault("abstain", 0)


#: The migrations by the version they read. A version is supported when a
#: chain of migrations leads from it to :data:`CURRENT_VERSION`.
MIGRATIONS: Mapping[int, Migration] = MappingProxyType(
    {
        0: Migration(source=0, envelope=_envelope_0, record=_record_0),
        1: Migration(source=1, envelope=_envelope_1, record=_record_1),
    }
)

#: The oldest version that can still be read.
OLDEST_VERSION = min(MIGRATIONS, default=CURRENT_VERSION)


def migrate_envelope(version: int, envelope: JSON) -> None:
    """Bring a top level of ``version`` to the current version (in place)."""
    for source in range(version, CURRENT_VERSION):
        MIGRATIONS[source].envelope(envelope)


def migrate_record(version: int, kind: str, record: JSON) -> None:
    """Bring a record of type ``kind`` and ``version`` to the current version (in place)."""
    for source in range(version, CURRENT_VERSION):
        MIGRATIONS[source].record(kind, record)
