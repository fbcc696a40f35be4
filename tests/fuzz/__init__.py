"""The fuzz suite: congresskit's promises under broken input (see ``promises.py``).

Each test runs a share of the active Hypothesis profile's examples, so that
the default ``dev`` profile keeps the suite fast, and ``HYPOTHESIS_PROFILE=fuzz``
(as ``.ci/run`` does) runs many more.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings


def share(fraction: float) -> settings:
    """Settings for a test that runs ``fraction`` of the profile's examples (at least 5)."""
    current = settings.default
    assert current is not None  # a profile is always loaded (tests/conftest.py)
    examples = max(5, int(current.max_examples * fraction))
    return settings(
        max_examples=examples,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
