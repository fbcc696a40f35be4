"""The envelope of a document or a JSON Lines stream: what it is, which version, which profile.

Every document starts with it, and so does the header line of a JSON Lines
stream: ``format``, ``version``, ``profile`` and, for a changed-since feed,
``since``. Writing builds it; reading checks it, and migrates an older
version's records to the current one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import cattrs

from congresskit.checking.recordset import COLLECTIONS
from congresskit.errors import DocumentError, DocumentVersionError, Problem, UsageError
from congresskit.exchange._migrations import (
    CURRENT_VERSION,
    OLDEST_VERSION,
    migrate_envelope,
    migrate_record,
)
from congresskit.exchange._problems import describe
from congresskit.exchange._reading import structure
from congresskit.exchange.converters import PROFILES, Profile, converter_for
from congresskit.records.tombstones import RECORD_TYPES

__all__ = [
    "ENVELOPE",
    "FORMAT",
    "SUPPORTED_VERSIONS",
    "header",
    "migrate",
    "problem",
    "read_envelope",
    "read_version",
]

#: The value of every congresskit document's ``format`` field.
FORMAT = "congresskit"
#: The envelope's fields; everything else in a document is the record set.
ENVELOPE = ("format", "version", "profile", "since")

#: The versions this congresskit reads, oldest first.
SUPPORTED_VERSIONS = tuple(range(OLDEST_VERSION, CURRENT_VERSION + 1))
_TAG_OF_LIST = {
    name: tag for name, cls in COLLECTIONS for tag, c in RECORD_TYPES.items() if c is cls
} | {"tombstones": "tombstone"}


def _since_text(conv: cattrs.Converter, since: Any) -> str:
    """The envelope's ``since`` as text, refusing a moment without a time zone."""
    if not isinstance(since, dt.datetime) or since.utcoffset() is None:
        msg = f"since must be a timezone-aware datetime, got {since!r}"
        raise UsageError(msg)
    text: str = conv.unstructure(since, dt.datetime)
    return text


def header(profile: Profile, since: dt.datetime | None) -> dict[str, Any]:
    """The envelope to write for ``profile`` and ``since``, as a JSON-ready dict.

    Raises:
        UsageError: an unknown profile, or ``since`` without a time zone.
    """
    envelope: dict[str, Any] = {"format": FORMAT, "version": CURRENT_VERSION, "profile": profile}
    if since is not None:
        envelope["since"] = _since_text(converter_for(profile), since)
    return envelope


def problem(path: str, rule: str, message: str) -> Problem:
    """A problem of the document as a whole (no record)."""
    return Problem(path=path, record=None, rule=rule, message=message)


def read_version(data: Any) -> int:
    """The document's format version, after checking that it is a congresskit document."""
    if not isinstance(data, dict):
        message = f"expected a JSON object (a congresskit document), got {describe(data)}"
        raise DocumentError([problem("$", "type", message)])
    if data.get("format") != FORMAT:
        message = (
            f'not a congresskit document: add "format": "{FORMAT}"'
            if "format" not in data
            else f"not a congresskit document: format is {describe(data['format'])}, "
            f"expected {FORMAT!r}"
        )
        raise DocumentError([problem("$.format", "format", message)])
    version = data.get("version")
    if version is None:
        message = f'the document has no format version; add "version": {CURRENT_VERSION}'
        raise DocumentError([problem("$.version", "missing", message)])
    if type(version) is not int or not OLDEST_VERSION <= version <= CURRENT_VERSION:
        raise DocumentVersionError(version, SUPPORTED_VERSIONS)
    return version


def migrate(version: int, data: dict[str, Any]) -> None:
    """Bring an older document's envelope and records to the current version, in place."""
    migrate_envelope(version, data)
    data["version"] = CURRENT_VERSION
    if isinstance(data.get("congress"), dict):
        migrate_record(version, "congress", data["congress"])
    for name, tag in _TAG_OF_LIST.items():
        items = data.get(name)
        for item in items if isinstance(items, list) else ():
            if isinstance(item, dict):
                migrate_record(version, tag, item)


def read_envelope(data: dict[str, Any]) -> tuple[Profile, dt.datetime | None, list[Problem]]:
    """The profile and ``since`` a document's envelope gives, and the problems found in it."""
    problems = []
    profile = data.get("profile")
    if profile not in PROFILES:
        message = (
            'the document has no profile; add "profile": "public" (or "full")'
            if profile is None
            else f"unknown profile {describe(profile)}; expected one of: {', '.join(PROFILES)}"
        )
        problems.append(problem("$.profile", "missing" if profile is None else "enum", message))
    since = None
    if "since" in data:
        found = structure(converter_for("full"), data["since"], dt.datetime, root="$.since")
        if isinstance(found, list):
            problems.extend(found)
        else:
            since = found
    return (profile if profile in PROFILES else "full"), since, problems
