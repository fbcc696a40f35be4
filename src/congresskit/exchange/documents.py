"""JSON documents: a whole record set in one versioned envelope.

A document is one JSON object: the envelope (``format``, ``version``,
``profile`` and, for a changed-since feed, ``since``) and then the record set
(``congress`` and a list per record type, and ``tombstones``); see
``docs/format.md`` for every field.

Reading is all or nothing: a document with errors yields no records but a
:class:`~congresskit.DocumentError` listing every problem at its JSON path,
including the cross-record problems :func:`congresskit.check` finds, also when
some records fail to build (the others are checked; a reference to a record
that failed to build is not reported as unknown).

>>> import datetime as dt
>>> from congresskit import Place, RecordSet
>>> records = RecordSet(places=(Place(id="v1", name="称沱村"),))
>>> text = dumps(records)
>>> text
'{"format":"congresskit","version":2,"profile":"public","places":[{"id":"v1","name":"称沱村"}]}'
>>> loads(text) == records
True
"""

from __future__ import annotations

import copy
import datetime as dt
import os
from typing import IO, Any

import attrs

from congresskit.checking.recordset import RecordSet, checked, problem_limit
from congresskit.errors import DEFAULT_MAX_PROBLEMS, DocumentError, Problem, UsageError
from congresskit.exchange._bounded import record_at, structure_records
from congresskit.exchange._envelope import (
    ENVELOPE,
    FORMAT,
    SUPPORTED_VERSIONS,
    migrate,
    read_envelope,
    read_version,
)
from congresskit.exchange._fastpath import collector_paused, fast_converter_for
from congresskit.exchange._migrations import CURRENT_VERSION
from congresskit.exchange._partial import built_problems
from congresskit.exchange._problems import remove_at
from congresskit.exchange._progress import Progress, read_reporting
from congresskit.exchange._reading import decode, parse, read_quickly
from congresskit.exchange._writing import document, encoded, write
from congresskit.exchange.converters import Profile, converter_for
from congresskit.exchange.sync import check_deletions
from congresskit.records.policy import DEFAULT_POLICY, Policy

__all__ = [
    "ENVELOPE",
    "FORMAT",
    "SUPPORTED_VERSIONS",
    "Document",
    "Source",
    "dump",
    "dumps",
    "from_document",
    "load",
    "load_document",
    "loads",
    "loads_document",
    "to_document",
]

#: A path or an open file, text or binary.
Source = str | os.PathLike[str] | IO[str] | IO[bytes]


@attrs.frozen(kw_only=True)
class Document:
    """A document as read: its records and what its envelope said.

    Attributes:
        records: the record set.
        version: the format version the document was written in (before any
            migration to the current one).
        profile: ``public`` or ``full``.
        since: for a changed-since feed, the moment it starts from.
        warnings: the warnings of :func:`congresskit.check` (figures that do
            not add up; they do not stop the document loading) and, in lenient
            mode, the unknown fields that were left out,
            each at its path; empty otherwise.
    """

    records: RecordSet
    version: int
    profile: Profile
    since: dt.datetime | None = None
    warnings: tuple[Problem, ...] = ()


def to_document(
    records: RecordSet, *, profile: Profile = "public", since: dt.datetime | None = None
) -> dict[str, Any]:
    """The document for ``records``, as a JSON-ready dict.

    Args:
        records: the record set.
        profile: ``"public"`` (the default) leaves deputies' contact details
            out; ``"full"`` keeps them.
        since: for a changed-since feed (see :func:`congresskit.changed_since`),
            the moment it starts from; readers then do not expect the records
            it refers to to be in it.

    Returns:
        The envelope followed by the record set, ready for :func:`json.dumps`.

    Raises:
        UsageError: an unknown profile, or ``since`` without a time zone.
    """
    return document(converter_for(profile), records, profile, since)


def dumps(
    records: RecordSet,
    *,
    profile: Profile = "public",
    since: dt.datetime | None = None,
    indent: int | None = None,
) -> str:
    """``records`` as a JSON document (see :func:`to_document` for the arguments).

    Args:
        records: the record set.
        profile: ``"public"`` (the default) or ``"full"``.
        since: for a changed-since feed, the moment it starts from.
        indent: indent nested levels by this many spaces; compact if ``None``.

    Raises:
        DocumentError: a text holds a lone surrogate, which no reader accepts.
    """
    text = encoded(records, profile, since, indent)
    return text.decode() if isinstance(text, bytes) else text


def dump(
    records: RecordSet,
    target: Source,
    *,
    profile: Profile = "public",
    since: dt.datetime | None = None,
    indent: int | None = None,
) -> None:
    """Write ``records`` as a UTF-8 JSON document to a path or an open file.

    A path is written whole or not at all: through a temporary file beside it,
    flushed to disk and renamed over it.

    Args:
        records: the record set.
        target: a path, or a file open for writing (text or binary).
        profile: ``"public"`` (the default) or ``"full"``.
        since: for a changed-since feed, the moment it starts from.
        indent: indent nested levels by this many spaces; compact if ``None``.

    Raises:
        DocumentError: a text holds a lone surrogate (nothing is written).
        OSError: the file cannot be written (an existing one is left as it was).
    """
    write(encoded(records, profile, since, indent), target)


def _private(records: RecordSet) -> list[Problem]:
    message = (
        'a "public" document carries no contact details; remove them, or mark the '
        'document "profile": "full" if it is meant to carry them'
    )
    return [
        Problem(path=f"$.deputies[{i}].contact", record=d.id, rule="private", message=message)
        for i, d in enumerate(records.deputies)
        if d.contact is not None
    ]


def _read(data: Any, *, owned: bool, lenient: bool, policy: Policy, limit: int | None) -> Document:
    limit = problem_limit(limit)
    version = read_version(data)
    if not owned and (lenient or version != CURRENT_VERSION):
        data = copy.deepcopy(data)  # the caller's data is never changed
    if version != CURRENT_VERSION:
        migrate(version, data)
    profile, since, problems = read_envelope(data)
    body = {key: value for key, value in data.items() if key not in ENVELOPE}
    warnings: list[Problem] = []
    while True:
        found, failed, more = structure_records(
            converter_for("full"),
            fast_converter_for("full"),
            body,
            record_at=record_at(data),
            limit=limit,
        )
        unknown = [p for p in failed if p.rule == "unknown_field"]
        if not (lenient and unknown and not more):
            break
        # Lenient: leave the unknown fields out, say so, and read the rest again.
        for problem in unknown:
            remove_at(body, problem.path)
        warnings.extend(unknown)
    problems.extend(failed)
    if found is None:
        if not more:
            # Every problem at once: the records that did build are checked too.
            problems.extend(
                built_problems(
                    body,
                    policy,
                    # Errors only: warnings do not stop a document loading.
                    keep=lambda p: not p.is_warning and (since is None or p.rule != "reference"),
                    extra=_private if profile == "public" else lambda _: [],
                    limit=None if limit is None else max(1, limit - len(problems)),
                )
            )
    else:
        if profile == "public":
            problems.extend(_private(found))
        problems.extend(check_deletions(found))
        # A changed-since feed refers to records that did not change, and so
        # are not in it: references are checked once it is merged.
        left = None if limit is None or since is not None else max(1, limit - len(problems))
        checked_problems, more = checked(found, policy, left)
        for p in checked_problems:
            if since is not None and p.rule == "reference":
                continue
            # Warnings (counts that do not add up) do not stop a document loading.
            (warnings if p.is_warning else problems).append(p)
    if problems:
        if limit is not None and len(problems) > limit:
            more += len(problems) - limit
            problems = problems[:limit]
        raise DocumentError(problems, more=more)
    assert found is not None
    return Document(
        records=found, version=version, profile=profile, since=since, warnings=tuple(warnings)
    )


def from_document(
    data: Any,
    *,
    lenient: bool = False,
    policy: Policy = DEFAULT_POLICY,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> Document:
    """Read a document already parsed from JSON (a dict); ``data`` is left unchanged.

    Args:
        data: the parsed JSON.
        lenient: leave unknown fields out and report them as
            :attr:`Document.warnings` instead of refusing the document.
        policy: the rules :func:`congresskit.check` applies (motion
            signatures and so on); the policy is not part of the document.
        max_problems: report at most this many problems (default 1,000;
            ``None``: all); the error's ``more`` counts the rest, at least.

    Returns:
        The document.

    Raises:
        DocumentVersionError: a format version this congresskit cannot read.
        DocumentError: anything else wrong, every problem at once.
    """
    with collector_paused():
        return _read(data, owned=False, lenient=lenient, policy=policy, limit=max_problems)


def loads_document(
    data: str | bytes,
    *,
    lenient: bool = False,
    policy: Policy = DEFAULT_POLICY,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> Document:
    """Read a document from JSON text or UTF-8 bytes (see :func:`from_document`).

    Raises:
        DocumentSyntaxError: not UTF-8, a byte order mark, empty, or not JSON.
        DocumentVersionError: a format version this congresskit cannot read.
        DocumentError: anything else wrong, every problem at once.
        UsageError: ``data`` is neither text nor bytes.
    """
    with collector_paused():
        if isinstance(data, bytes):
            raw = data
            found = read_quickly(
                raw,
                lambda tree: _read(
                    tree, owned=True, lenient=lenient, policy=policy, limit=max_problems
                ),
                lambda: parse(decode(raw)),
            )
            if found is not None:
                return found
            data = decode(data)
        if isinstance(data, bytearray):
            data = decode(bytes(data))
        if not isinstance(data, str):
            msg = f"loads takes JSON text or bytes, not {type(data).__name__}; use load for a file"
            raise UsageError(msg)
        tree = parse(data)
        return _read(tree, owned=True, lenient=lenient, policy=policy, limit=max_problems)


def load_document(
    source: Source,
    *,
    lenient: bool = False,
    policy: Policy = DEFAULT_POLICY,
    progress: Progress | None = None,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> Document:
    """Read a document from a path or an open file, text or binary (see :func:`from_document`).

    ``progress``, if given, is called with the size of each block read (bytes,
    or characters from a text file), as :func:`load` says.

    Raises:
        DocumentSyntaxError: not UTF-8, a byte order mark, empty, or not JSON.
        DocumentVersionError: a format version this congresskit cannot read.
        DocumentError: anything else wrong, every problem at once.
        OSError: the file cannot be read.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:
            return loads_document(
                read_reporting(stream, progress),
                lenient=lenient,
                policy=policy,
                max_problems=max_problems,
            )
    return loads_document(
        read_reporting(source, progress), lenient=lenient, policy=policy, max_problems=max_problems
    )


def loads(
    data: str | bytes,
    *,
    policy: Policy = DEFAULT_POLICY,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> RecordSet:
    """The record set of a JSON document given as text or UTF-8 bytes.

    Args:
        data: the document.
        policy: the rules :func:`congresskit.check` applies.
        max_problems: report at most this many problems (default 1,000;
            ``None``: all); the error's ``more`` counts the rest.

    Raises:
        DocumentSyntaxError: not UTF-8, a byte order mark, empty, or not JSON.
        DocumentVersionError: a format version this congresskit cannot read.
        DocumentError: anything else wrong, every problem at once.
    """
    return loads_document(data, policy=policy, max_problems=max_problems).records


def load(
    source: Source,
    *,
    policy: Policy = DEFAULT_POLICY,
    progress: Progress | None = None,
    max_problems: int | None = DEFAULT_MAX_PROBLEMS,
) -> RecordSet:
    """The record set of a JSON document in a file (a path, or an open text or binary file).

    Args:
        source: the path or file.
        policy: the rules :func:`congresskit.check` applies.
        progress: called with the size of each block read (a mebibyte at
            most; bytes, or characters from a text file), so that
            ``progress=bar.update`` drives a `tqdm <https://tqdm.github.io/>`_
            bar whose ``total`` is the file's size; see :doc:`/howto/large`.
        max_problems: report at most this many problems (default 1,000;
            ``None``: all); the error's ``more`` counts the rest.

    Raises:
        DocumentSyntaxError: not UTF-8, a byte order mark, empty, or not JSON.
        DocumentVersionError: a format version this congresskit cannot read.
        DocumentError: anything else wrong, every problem at once.
        OSError: the file cannot be read.
    """
    return load_document(
        source, policy=policy, progress=progress, max_problems=max_problems
    ).records
