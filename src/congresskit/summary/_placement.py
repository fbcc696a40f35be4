"""Whether a presidium meeting or a campaign falls in a period, as a summary places it."""

from __future__ import annotations

import datetime as dt

from congresskit.records.activities import Campaign
from congresskit.records.dates import When
from congresskit.records.sessions import PresidiumMeeting
from congresskit.summary.periods import Period

__all__ = ["placement"]


def placement(record: PresidiumMeeting | Campaign, period: Period) -> bool | None:
    """Whether a meeting is in, or a campaign runs in, the period (``None``: maybe)."""
    if isinstance(record, PresidiumMeeting):
        return period.placement(record.on)
    # A campaign whose start is not stated may have started any time before its end.
    start = record.start if record.start is not None else When.between(dt.date.min, dt.date.max)
    if record.start is None and record.end is not None:
        start = When.between(dt.date.min, record.end)
    return period.overlap(start, record.end)
