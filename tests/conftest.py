"""Hypothesis profiles: a fast default for local runs, a thorough one for CI."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# The quick default, for README's test command; tests that set their own count scale it
# down in proportion (tests/budget.py).
settings.register_profile("dev", max_examples=10, deadline=None)
# CI runs the whole suite at six times the local examples, within .ci/run's time budget.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# The installed wheel's run (.ci/run): every test, few examples; the run from the checkout
# above it is the thorough one.
settings.register_profile(
    "wheel",
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
# The fuzz suite's longer run (.ci/run): many more examples of broken input.
settings.register_profile(
    "fuzz",
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _neutral_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as under an English locale, whatever the machine's: the command line's
    messages follow LC_ALL, LC_MESSAGES and LANG (tests that want Chinese set them)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
