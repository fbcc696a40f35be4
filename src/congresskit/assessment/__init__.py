"""Duty assessment: standards as data, and each deputy measured against them.

The public names live in :mod:`congresskit`; this package keeps the assessment's
own import path, ``congresskit.assessment``, for the assessment's names.
"""

from __future__ import annotations

from congresskit.assessment._assess import Assessor, assess
from congresskit.assessment._collectives import (
    CollectiveAssessment,
    CriterionResult,
    DeductionResult,
)
from congresskit.assessment._results import Assessment, DeputyAssessment, RuleResult
from congresskit.records.enums import Verdict

__all__ = [
    "Assessment",
    "Assessor",
    "CollectiveAssessment",
    "CriterionResult",
    "DeductionResult",
    "DeputyAssessment",
    "RuleResult",
    "Verdict",
    "assess",
]
