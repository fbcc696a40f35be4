"""The documentation site stays complete as the public API grows."""

from __future__ import annotations

import re
from pathlib import Path

import congresskit

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_public_name_is_in_the_api_reference() -> None:
    """Each name in ``congresskit.__all__`` has an entry in docs/api/*.md."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "api").glob("*.md"))
    documented = set(re.findall(r"^\.\. (?:auto\w+|py:\w+):: congresskit\.(\w+)", text, re.M))
    missing = set(congresskit.__all__) - documented
    assert not missing, f"add these to a page under docs/api/: {sorted(missing)}"
