"""The bundled example: a town's first half of 2020, modelled on a real work report."""

from __future__ import annotations

from congresskit.example._records import example_records

__all__ = ["example_records"]
