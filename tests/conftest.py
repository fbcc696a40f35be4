"""Hypothesis profiles: a fast default for local runs, a thorough one for CI."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

#: The profiles, by name: (examples per property, what each is for). Tests that set their
#: own count scale it in proportion (tests/budget.py).
PROFILES = {
    "dev": (6, "the quick default, for README's test command"),
    "ci": (60, "CI's run of the whole suite, within .ci/run's time budget"),
    "wheel": (10, "the installed wheel's run in .ci/run: every test, few fixed examples"),
    "fuzz": (400, "the fuzz suite's longer run in .ci/run: many more examples of broken input"),
}
for _name, (_examples, _) in PROFILES.items():
    _long = _name != "dev"  # the longer runs allow slow draws and print a failure's blob
    settings.register_profile(
        _name,
        max_examples=_examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow] if _long else [],
        print_blob=_long,
        # The wheel's run checks the installed package, not the strategies' reach: the same
        # examples every time, so that it cannot fail by chance where the checkout's passed.
        derandomize=_name == "wheel",
    )
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _neutral_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as under an English locale, whatever the machine's: the command line's
    messages follow LC_ALL, LC_MESSAGES and LANG (tests that want Chinese set them)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
