"""``python -m congresskit``: the same command line as ``congresskit``."""

import sys

from congresskit.cli import main

sys.exit(main())
