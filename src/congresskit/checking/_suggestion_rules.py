"""The rules over one suggestion: who signed it, its session, its number and its events.

:class:`SuggestionRules` is part of :class:`congresskit.checking._rules.Checker`.
A suggestion's lead deputy may be unstated (a source naming suggestions by their
numbers); then nobody is known to have signed it, so a motion's minimum of
signatories is reported as not stated (a warning), neither met nor missed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from congresskit.checking._part import CheckerPart
from congresskit.records.body import Unit
from congresskit.records.dates import certainly_before
from congresskit.records.enums import SuggestionKind
from congresskit.records.people import Deputy
from congresskit.records.sessions import Session
from congresskit.records.suggestions import Assigned, Replied, Reviewed, Suggestion

if TYPE_CHECKING:
    pass

__all__ = ["NumberKey", "SuggestionRules", "number_key", "numbered"]

#: A suggestion's number within its session: (session, is a motion, number).
NumberKey = tuple[str, bool, int]


def number_key(s: Suggestion) -> NumberKey | None:
    """Where ``s``'s number must be unique: its session's motions, or its other suggestions.

    Motions (议案) and suggestions (建议、批评和意见) are numbered apart; a
    suggestion raised between sessions, or without a number, has no key.
    """
    if s.number is None or s.session is None:
        return None
    return (s.session, s.kind is SuggestionKind.MOTION, s.number)


def numbered(suggestions: Iterable[Suggestion]) -> Counter[NumberKey]:
    """How many of ``suggestions`` use each number of a session."""
    return Counter(k for k in map(number_key, suggestions) if k is not None)


class SuggestionRules(CheckerPart):
    """The rules over each suggestion of the record set ``rs`` under ``policy``."""

    numbers: Counter[NumberKey]

    def suggestion(self, path: str, s: Suggestion, sessions: Mapping[str, Session]) -> None:
        """Every problem of suggestion ``s`` at ``path`` (``sessions``: the sessions by id)."""
        self.ref(f"{path}.lead", s.id, s.lead, Deputy)
        self.refs(f"{path}.cosigners", s.id, s.cosigners, Deputy)
        seen = {s.lead}
        for j, signer in enumerate(s.cosigners):
            if signer in seen:
                self.add(
                    f"{path}.cosigners[{j}]",
                    s.id,
                    "signed_twice",
                    f"deputy {signer!r} signs the suggestion twice",
                )
            seen.add(signer)
        self.ref(f"{path}.session", s.id, s.session, Session)
        session = sessions.get(s.session) if s.session else None
        if session is not None and (
            certainly_before(s.raised_on, session.start)
            or certainly_before(session.last_day, s.raised_on)
        ):
            self.add(
                f"{path}.raised_on",
                s.id,
                "raised_at_session",
                f"raised on {s.raised_on}, outside session {session.id!r} "
                f"({session.start}..{session.last_day})",
            )
        self.number(path, s)
        self.signatories(path, s, len(seen))
        self.events(path, s)

    def number(self, path: str, s: Suggestion) -> None:
        key = number_key(s)
        if key is not None and self.numbers[key] > 1:
            of = "motions" if key[1] else "suggestions (other than motions)"
            self.add(
                f"{path}.number",
                s.id,
                "suggestion_number",
                f"number {s.number} is used by {self.numbers[key]} {of} of session "
                f"{s.session!r}; a number is unique within a session",
            )

    def signatories(self, path: str, s: Suggestion, signed: int) -> None:
        congress = self.rs.congress
        if s.kind is not SuggestionKind.MOTION or congress is None:
            return
        needed = self.policy.min_signatories(congress.level)
        if s.lead is None:
            if needed > 1:
                self.add(
                    f"{path}.lead",
                    s.id,
                    "motion_signatories_not_stated",
                    f"a motion at {congress.level.value} level needs {needed} deputies; "
                    "who signed this one is not stated (未载明), so the minimum is not checked",
                )
        elif signed < needed:
            self.add(
                f"{path}.cosigners",
                s.id,
                "motion_signatories",
                f"a motion at {congress.level.value} level needs {needed} deputies; "
                f"this one has {signed}",
            )

    def events(self, path: str, s: Suggestion) -> None:
        for j, e in enumerate(s.events):
            where = f"{path}.events[{j}]"
            if isinstance(e, Assigned):
                self.ref(f"{where}.lead_unit", s.id, e.lead_unit, Unit)
                self.refs(f"{where}.assisting_units", s.id, e.assisting_units, Unit)
            elif isinstance(e, Replied):
                self.ref(f"{where}.unit", s.id, e.unit, Unit)
            elif isinstance(e, Reviewed) and e.merged_into is not None:
                self.ref(f"{where}.merged_into", s.id, e.merged_into, Suggestion)
                if e.merged_into == s.id:
                    self.add(f"{where}.merged_into", s.id, "reference", "merged into itself")
