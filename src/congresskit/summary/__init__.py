"""Period summaries: periods, the summarizer, its tallies and figures, and plan tracking.

The public names live in :mod:`congresskit`; this package keeps the summary's own
import path, ``congresskit.summary``, for the summarizer's names.
"""

from __future__ import annotations

from congresskit.summary._summarize import (
    FigureChange,
    PeriodSummary,
    Summarizer,
    SummaryError,
    changes,
    summarize,
)
from congresskit.summary._term_lookup import resolve_period

__all__ = [
    "FigureChange",
    "PeriodSummary",
    "Summarizer",
    "SummaryError",
    "changes",
    "resolve_period",
    "summarize",
]
