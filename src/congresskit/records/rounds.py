"""Handling rounds: from an assignment (or a re-handling request) to the reply.

:meth:`congresskit.Suggestion.rounds` derives them from a suggestion's events.
"""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["HandlingRound"]


@attrs.frozen(kw_only=True)
class HandlingRound:
    """One round of handling: from assignment (or re-handling) to the reply.

    Attributes:
        start: the day of assignment or of the re-handling request.
        due: the reply deadline under the policy used.
        replied: the day of the reply, or ``None`` if there is none yet.
        rehandling: whether this round is a re-handling.
        extended: whether the deadline was extended.
    """

    start: dt.date
    due: dt.date
    replied: dt.date | None
    rehandling: bool
    extended: bool

    @property
    def on_time(self) -> bool | None:
        """``True`` replied by the deadline, ``False`` replied late, ``None`` not replied."""
        return None if self.replied is None else self.replied <= self.due

    def overdue(self, as_of: dt.date) -> bool:
        """Not replied, and the deadline has passed on ``as_of``."""
        return self.replied is None and as_of > self.due
