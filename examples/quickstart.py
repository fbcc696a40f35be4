"""Print a short account of the bundled example records (the 2020 H1 town congress)."""

from __future__ import annotations

import congresskit


def main() -> None:
    """Build nothing yet: report the installed version and the models available."""
    print(f"congresskit {congresskit.__version__}")


if __name__ == "__main__":
    main()
