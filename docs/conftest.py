"""pytest collects the examples in these pages, but not the Sphinx build machinery.

The console examples show the command line's English messages: the pages are tested
as under an English locale, whatever the machine's.
"""

from __future__ import annotations

import pytest

collect_ignore = ["conf.py", "_ext", "_build"]


@pytest.fixture(autouse=True)
def _neutral_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
