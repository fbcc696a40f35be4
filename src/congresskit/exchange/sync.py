"""Incremental exchange: what changed since a moment, deletions, and merging.

Council-data standards (OParl) exchange changes rather than whole databases:
every record may carry when it was ``created`` and last ``modified``; a feed
gives the records changed since a moment; a deletion travels as a
:class:`~congresskit.Tombstone`. congresskit does the same, and when it merges
an incoming set into an existing one it never overwrites silently: each change
applied is reported, and a record changed on both sides is a conflict, left for
a person to settle.

A version of a record is ordered by its stamp: ``modified``, else ``created``
(a tombstone's ``modified``, else ``deleted``).

>>> import datetime as dt
>>> from congresskit import Place, RecordSet
>>> t0 = dt.datetime(2020, 7, 1, tzinfo=dt.timezone.utc)
>>> ours = RecordSet(places=(Place(id="v1", name="称沱村", modified=t0),))
>>> t1 = t0 + dt.timedelta(days=1)
>>> theirs = RecordSet(places=(Place(id="v1", name="称沱新村", modified=t1),))
>>> result = merge(ours, theirs)
>>> [p.name for p in result.records.places], [c.action for c in result.applied]
(['称沱新村'], ['updated'])
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterator
from typing import Any, Literal, TypeAlias

import attrs

from congresskit.checking.recordset import COLLECTIONS, AnyRecord, RecordSet
from congresskit.errors import Problem, UnknownRecordError, UsageError, ValidationError
from congresskit.exchange._consistency import Baseline, describe_added
from congresskit.records.body import Congress
from congresskit.records.tombstones import RECORD_TYPES, Tombstone, record_type

__all__ = [
    "Change",
    "Conflict",
    "MergeResult",
    "Version",
    "changed_since",
    "check_deletions",
    "delete",
    "merge",
]

#: One version of a record in an exchange: the record itself, or its tombstone.
Version: TypeAlias = AnyRecord | Tombstone
_Key: TypeAlias = tuple[str, str]
_FIELD = {cls: name for name, cls in COLLECTIONS}


def _key(version: Version) -> _Key:
    return (record_type(version), version.id)


def _stamp(version: Version) -> dt.datetime | None:
    if isinstance(version, Tombstone):
        return version.stamp
    return version.modified or version.created


def _versions(records: RecordSet) -> Iterator[Version]:
    yield from records.tombstones
    yield from records


def _aware(moment: dt.datetime | None, name: str) -> None:
    if moment is not None and (not isinstance(moment, dt.datetime) or moment.utcoffset() is None):
        msg = f"{name} must be a timezone-aware datetime, got {moment!r}"
        raise UsageError(msg)


def _assemble(versions: list[Version]) -> RecordSet:
    lists: dict[str, list[Any]] = defaultdict(list)
    congress = None
    for version in versions:
        if isinstance(version, Tombstone):
            lists["tombstones"].append(version)
        elif isinstance(version, Congress):
            congress = version
        else:
            lists[_FIELD[type(version)]].append(version)
    return RecordSet(congress=congress, **{name: tuple(items) for name, items in lists.items()})


def changed_since(records: RecordSet, since: dt.datetime) -> RecordSet:
    """The records and tombstones changed at or after ``since``.

    A record with neither ``modified`` nor ``created`` is always included: it
    cannot be shown to be unchanged.

    Args:
        records: the full record set.
        since: a timezone-aware moment, typically the last exchange.

    Returns:
        A record set of the changed records and the tombstones of records
        deleted since; write it with ``since=`` so that readers know it is partial.

    Raises:
        UsageError: ``since`` has no time zone.
    """
    _aware(since, "since")
    changed = [v for v in _versions(records) if (s := _stamp(v)) is None or s >= since]
    return _assemble(changed)


def delete(records: RecordSet, kind: str, record_id: str, *, at: dt.datetime) -> RecordSet:
    """``records`` without the record of type ``kind`` and id ``record_id``, with its tombstone.

    Args:
        records: the record set.
        kind: the record type tag, e.g. ``"deputy"`` (see :data:`~congresskit.RECORD_TYPES`).
        record_id: the id of the record to delete.
        at: when it is deleted (timezone-aware).

    Raises:
        UnknownRecordError: there is no such record.
        FieldError: ``kind`` is not a record type, or ``at`` has no time zone.
        ValidationError: the result would break a rule :func:`congresskit.check`
            checks (other records still refer to this one): delete those first.
    """
    tombstone = Tombstone(type=kind, id=record_id, deleted=at)
    cls = RECORD_TYPES[kind]
    if cls is Congress:
        if records.congress is None or records.congress.id != record_id:
            raise UnknownRecordError("Congress", record_id)
        changes: dict[str, Any] = {"congress": None}
    else:
        records.get(cls, record_id)  # raises UnknownRecordError if there is none
        name = _FIELD[cls]
        changes = {name: tuple(r for r in getattr(records, name) if r.id != record_id)}
    result = attrs.evolve(records, **changes, tombstones=(*records.tombstones, tombstone))
    added = Baseline(records).added(result)
    if added:
        # Records that still refer to it, a tombstone already there: refuse rather
        # than return records that check() and the readers refuse.
        after = f" (once {kind} {record_id!r} is deleted; change or delete this record first)"
        raise ValidationError([attrs.evolve(p, message=p.message + after) for p in added])
    return result


@attrs.frozen(kw_only=True)
class Change:
    """A change that :func:`merge` applied.

    Attributes:
        type: the record type tag.
        id: the record id.
        action: ``added``, ``updated``, ``deleted`` (a tombstone applied) or
            ``restored`` (a record replacing a tombstone).
        before: the version replaced, if any.
        after: the version now in the records.
    """

    type: str
    id: str
    action: Literal["added", "updated", "deleted", "restored"]
    before: Version | None
    after: Version


@attrs.frozen(kw_only=True)
class Conflict:
    """A record that :func:`merge` could not settle; the existing version was kept.

    Attributes:
        type: the record type tag.
        id: the record id.
        existing: the version kept (``None`` for a record not held, whose
            incoming version would break a rule).
        incoming: the version not applied.
        reason: why the two cannot be ordered, or which rule applying it
            would break.
    """

    type: str
    id: str
    existing: Version | None
    incoming: Version
    reason: str


@attrs.frozen(kw_only=True)
class MergeResult:
    """The outcome of :func:`merge`.

    Attributes:
        records: the merged record set (with tombstones).
        applied: the changes applied, in order.
        conflicts: the records changed on both sides; their existing version
            is kept, and a person has to decide.
        stale: incoming versions older than the existing ones, not applied.
    """

    records: RecordSet
    applied: tuple[Change, ...]
    conflicts: tuple[Conflict, ...]
    stale: tuple[Version, ...]


def _decide(old: Version, new: Version, since: dt.datetime | None) -> str | None:
    """``"apply"``, ``"stale"``, or the reason for a conflict."""
    old_stamp, new_stamp = _stamp(old), _stamp(new)
    if since is not None:
        old_changed = old_stamp is None or old_stamp >= since
        new_changed = new_stamp is None or new_stamp >= since
        if old_changed and new_changed:
            return f"changed on both sides since {since.isoformat()}"
        if old_changed != new_changed:
            return "apply" if new_changed else "stale"
    if old_stamp is None or new_stamp is None:
        return "the versions differ and at least one has no modified stamp to order them by"
    if new_stamp != old_stamp:
        return "apply" if new_stamp > old_stamp else "stale"
    return f"both versions are stamped {new_stamp.isoformat()} but differ"


def _action(
    old: Version | None, new: Version
) -> Literal["added", "updated", "deleted", "restored"]:
    if isinstance(new, Tombstone):
        return "deleted"
    if old is None:
        return "added"
    return "restored" if isinstance(old, Tombstone) else "updated"


def merge(
    existing: RecordSet, incoming: RecordSet, *, since: dt.datetime | None = None
) -> MergeResult:
    """Apply ``incoming`` to ``existing`` record by record, by id and stamp.

    For each record (and tombstone) of ``incoming``, by type and id:

    - a record not in ``existing`` is added (a tombstone is kept, to pass on);
    - an equal version changes nothing;
    - with ``since`` (the last time the two sides were in step): a version
      changed since then on one side only wins; changed on both sides, it is a
      conflict;
    - otherwise the version with the later stamp wins, and versions that
      cannot be ordered (no stamp, or the same stamp) are a conflict;
    - a change that would make the records break a rule :func:`congresskit.check`
      checks (a deletion of a record others still refer to, a record that
      refers to nothing) is not applied either: it is a conflict whose reason
      names the rule, so the result is always as consistent as ``existing``.

    Args:
        existing: the records held.
        incoming: the records received (a full set or a changed-since feed).
        since: the moment of the last exchange between the two sides, if known.

    Returns:
        The merged records, the changes applied, the conflicts (where the
        existing version is kept) and the stale incoming versions.

    Raises:
        UsageError: the two sets are of different congresses, or ``since``
            has no time zone.
    """
    _aware(since, "since")
    if existing.congress and incoming.congress and existing.congress.id != incoming.congress.id:
        msg = (
            f"cannot merge records of congress {incoming.congress.id!r} into those of "
            f"{existing.congress.id!r}"
        )
        raise UsageError(msg)
    current: dict[_Key, Version] = {_key(v): v for v in _versions(existing)}
    applied: list[Change] = []
    conflicts: list[Conflict] = []
    stale: list[Version] = []
    for new in _versions(incoming):
        kind, rid = key = _key(new)
        old = current.get(key)
        if old == new:
            continue
        decision = "apply" if old is None else _decide(old, new, since)
        if decision == "apply":
            applied.append(
                Change(type=kind, id=rid, action=_action(old, new), before=old, after=new)
            )
        elif decision == "stale":
            stale.append(new)
        else:
            assert old is not None
            assert decision is not None
            conflicts.append(
                Conflict(type=kind, id=rid, existing=old, incoming=new, reason=decision)
            )
    records, applied, refused = _consistent(existing, current, applied)
    return MergeResult(
        records=records,
        applied=tuple(applied),
        conflicts=(*conflicts, *refused),
        stale=tuple(stale),
    )


def _with(current: dict[_Key, Version], changes: list[Change]) -> RecordSet:
    merged = dict(current)
    for change in changes:
        merged[(change.type, change.id)] = change.after
    return _assemble(list(merged.values()))


def _consistent(
    existing: RecordSet, current: dict[_Key, Version], changes: list[Change]
) -> tuple[RecordSet, list[Change], list[Conflict]]:
    """The changes that can be applied without breaking a rule, and the others as conflicts.

    Usually all of them can (one check tells). Otherwise each change is tried
    in turn, again while any of the rest goes in (a record may need another
    that comes later); what never fits is a conflict, its existing version kept.
    """
    merged = _with(current, changes)
    if not changes:
        return merged, changes, []
    baseline = Baseline(existing)
    if not baseline.added(merged):
        return merged, changes, []
    accepted: list[Change] = []
    pending = list(changes)
    reasons: dict[int, str] = {}
    progress = True
    while progress and pending:
        progress = False
        for change in list(pending):
            added = baseline.added(_with(current, [*accepted, change]))
            if added:
                reasons[id(change)] = describe_added(added)
            else:
                accepted.append(change)
                pending.remove(change)
                progress = True
    refused = [
        Conflict(
            type=change.type,
            id=change.id,
            existing=change.before,
            incoming=change.after,
            reason=reasons[id(change)],
        )
        for change in pending
    ]
    return _with(current, accepted), accepted, refused


def check_deletions(records: RecordSet) -> tuple[Problem, ...]:
    """Tombstones that contradict the records: deleted yet present, or deleted twice.

    Args:
        records: a record set with tombstones.

    Returns:
        Every problem, at ``$.tombstones[i]``.
    """
    return tuple(deletion_problems(records, {_key(r) for r in records}))


def deletion_problems(records: RecordSet, live: set[tuple[str, str]]) -> list[Problem]:
    """The problems of ``records``' tombstones, given the (type, id) of every live record."""
    counts = Counter(_key(t) for t in records.tombstones)
    problems = []
    for i, t in enumerate(records.tombstones):
        key = _key(t)
        if key in live:
            message = (
                f"{t.type} {t.id!r} is deleted here and also present; keep the record or "
                "the tombstone, not both"
            )
            problems.append(
                Problem(path=f"$.tombstones[{i}]", record=t.id, rule="deleted", message=message)
            )
        if counts[key] > 1:
            message = f"{t.type} {t.id!r} is deleted {counts[key]} times; keep one tombstone"
            problems.append(
                Problem(
                    path=f"$.tombstones[{i}]", record=t.id, rule="duplicate_id", message=message
                )
            )
    return problems
