"""Summaries and assessments as JSON, for programs rather than people.

The same converter hooks as the exchange format (ISO dates, enums by value,
counts as a number or ``{"value": 200, "at_least": true}``), but every field is
written, zeros included, so that a program never has to guess a default.
Periods are written in their text form (``"2020-H1"``), shares (a deputy's
part of a window) as numbers, and an assessment's results name their rule by
its code (the standard, with its rules, is written once).
"""

from __future__ import annotations

import functools
import json
from fractions import Fraction
from typing import Any

import cattrs
from cattrs.gen import make_dict_unstructure_fn, override

from congresskit.assessment import RuleResult
from congresskit.exchange.converters import configure_converter
from congresskit.summary import PeriodSummary
from congresskit.summary.periods import Period


@functools.cache
def _converter() -> cattrs.Converter:
    converter = cattrs.Converter()
    configure_converter(converter, profile="public")
    converter.register_unstructure_hook(Period, str)
    converter.register_unstructure_hook(Fraction, float)
    # The tallies behind the figures are machinery for combining summaries.
    summary = make_dict_unstructure_fn(PeriodSummary, converter, state=override(omit=True))
    converter.register_unstructure_hook(PeriodSummary, summary)
    # The assessment gives the standard once; each result names its rule by code.
    result = make_dict_unstructure_fn(
        RuleResult, converter, rule=override(unstruct_hook=lambda rule: rule.code)
    )
    converter.register_unstructure_hook(RuleResult, result)
    return converter


def to_json(value: Any) -> str:
    """``value`` (a summary or an assessment) as indented JSON text ending in a newline."""
    data = _converter().unstructure(value)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
