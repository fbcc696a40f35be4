"""Write the bundled example document, ``examples/xx-town-2020.json``.

The document is :func:`congresskit.example_records` (a town congress's first
half of 2020 and its plan for the second) dumped in the exchange format. Run
this after changing the example records; a test checks that the committed file
equals a fresh dump, so the two never drift apart::

    python examples/make_example.py
"""

from __future__ import annotations

from pathlib import Path

from congresskit import dumps, example_records

#: Where the bundled example document lives.
TARGET = Path(__file__).resolve().parent / "xx-town-2020.json"


def example_document() -> str:
    """The text of the example document: the example records, indented for reading."""
    return dumps(example_records(), indent=2) + "\n"


def main() -> None:
    """Write the example document next to this script."""
    TARGET.write_text(example_document(), encoding="utf-8", newline="\n")
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
