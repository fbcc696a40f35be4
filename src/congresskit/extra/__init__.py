"""Integrations with optional dependencies, each importable only with its extra installed.

Each module here imports its third-party library through :func:`require`, so a
missing extra gives one clear error naming the extra to install, never a bare
``ModuleNotFoundError`` from deep inside.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from congresskit.errors import CongresskitError

__all__ = ["MissingExtraError", "require"]


class MissingExtraError(CongresskitError, ImportError):
    """An optional dependency is not installed; the message names the extra that brings it."""


def require(module: str, extra: str) -> ModuleType:
    """Import ``module``, or say which congresskit extra installs it.

    Args:
        module: the third-party module to import, e.g. ``"openpyxl"``.
        extra: the congresskit extra that brings it, e.g. ``"office"``.

    Raises:
        MissingExtraError: the module is not installed.
    """
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as error:
        msg = (
            f"{module} is not installed; it comes with congresskit's {extra!r} extra: "
            f'python -m pip install "congresskit[{extra}]"'
        )
        raise MissingExtraError(msg) from error
