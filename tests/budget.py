"""How many examples a test with its own count draws under the profile in use.

A test that sets ``max_examples`` itself states its count for the thorough CI profile
(100 examples by default); the quick local profile and the wheel's run scale it down in
proportion, so that README's test command stays quick.
"""

from __future__ import annotations

from hypothesis import settings

#: The default count of the profile the counts in the tests are written for.
WRITTEN_FOR = 100


def examples(count: int) -> int:
    """``count`` scaled to the loaded profile (never below 2)."""
    return max(2, count * settings().max_examples // WRITTEN_FOR)
