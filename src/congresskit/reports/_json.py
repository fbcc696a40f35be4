"""Summaries and assessments as JSON, for programs rather than people.

The same converter hooks as the exchange format (ISO dates, enums by value),
but every field is written, zeros included, so that a program never has to
guess a default, and every figure has one shape whatever its value: a count is
always ``{"value": 200, "at_least": false}`` (never a bare number in one period
and an object in another), a figure the records cannot give is ``null``.
Periods are written in their text form (``"2020-H1"``), shares (a deputy's
part of a window) as numbers, and an assessment's results name their rule by
its code (the standard, with its rules, is written once), and a collective's
results their criterion by its code and each deduction by its basis.
"""

from __future__ import annotations

import functools
import json
from fractions import Fraction
from typing import Any

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from congresskit.assessment import CriterionResult, DeductionResult, RuleResult
from congresskit.exchange.converters import configure_converter
from congresskit.records.counts import Count
from congresskit.summary import PeriodSummary
from congresskit.summary.periods import Period


def _count(count: Count) -> dict[str, Any]:
    """A count, always as an object: a program reads ``value`` whether or not it is a bound."""
    return {"value": count.value, "at_least": count.at_least}


@functools.cache
def _converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    configure_converter(converter, profile="public")
    converter.register_unstructure_hook(Period, str)
    converter.register_unstructure_hook(Fraction, float)
    # Before any hook below is generated: they look up the count's hook once.
    converter.register_unstructure_hook(Count, _count)
    # The tallies behind the figures are machinery for combining summaries.
    summary = make_dict_unstructure_fn(PeriodSummary, converter, state=override(omit=True))
    converter.register_unstructure_hook(PeriodSummary, summary)
    # The assessment gives the standard once; each result names its rule by code.
    result = make_dict_unstructure_fn(
        RuleResult, converter, rule=override(unstruct_hook=lambda rule: rule.code)
    )
    converter.register_unstructure_hook(RuleResult, result)
    # So does a collective's: each rule by its basis, each criterion by its code
    # (the deductions' hook first: the criterion's looks it up when generated).
    deduction = make_dict_unstructure_fn(
        DeductionResult, converter, deduction=override(unstruct_hook=lambda d: d.basis.value)
    )
    converter.register_unstructure_hook(DeductionResult, deduction)
    criterion = make_dict_unstructure_fn(
        CriterionResult, converter, criterion=override(unstruct_hook=lambda c: c.code)
    )
    converter.register_unstructure_hook(CriterionResult, criterion)
    return converter


def to_json(value: Any) -> str:
    """``value`` (a summary or an assessment) as indented JSON text ending in a newline."""
    data = _converter().unstructure(value)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
