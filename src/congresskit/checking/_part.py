"""What every part of :class:`congresskit.checking._rules.Checker` shares.

The rules are split by concept into parts (consistency, activities, suggestions);
each is a mixin of the one Checker, which holds the record set, the policy, the ids
by kind, and records problems. This class declares those once for the parts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from congresskit.checking.recordset import RecordSet
    from congresskit.records.policy import Policy

__all__ = ["CheckerPart"]


class CheckerPart:
    """The record set, policy and ids the Checker holds, and the hooks it supplies."""

    rs: RecordSet
    policy: Policy
    ids: dict[type[Any], set[str]]

    def add(self, path: str, record: str | None, rule: str, message: str) -> None:
        """Record a problem (the Checker's)."""
        raise NotImplementedError  # a part is only ever used within the Checker

    def ref(self, path: str, record: str, value: str | None, *kinds: type[Any]) -> None:
        """Check one reference (the Checker's)."""
        raise NotImplementedError  # a part is only ever used within the Checker

    def refs(self, path: str, record: str, values: Sequence[str], *kinds: type[Any]) -> None:
        """Check a list of references (the Checker's)."""
        raise NotImplementedError  # a part is only ever used within the Checker
