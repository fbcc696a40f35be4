"""Sphinx configuration for the congresskit documentation site.

The pages are MyST Markdown; the API reference comes from the docstrings
(autodoc, with napoleon reading their Google-style Args/Returns/Raises); the
glossary's enumeration tables are generated from ``congresskit.LABELS`` by the
local extension in ``_ext/``, so they cannot drift from the code.
"""

from __future__ import annotations

import enum
import sys
from pathlib import Path

import attrs

import congresskit

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "congresskit"
author = "congresskit developers"
copyright = "congresskit developers"
release = congresskit.__version__
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "congresskit_labels",
    "congresskit_docstrings",
]

source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "conftest.py", "Thumbs.db", ".DS_Store"]
language = "en"

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_description_target = "documented"
autodoc_typehints_format = "short"
# Show defaults as written (DEFAULT_POLICY), not as a page-long repr.
autodoc_preserve_defaults = True
autodoc_default_options = {"members": True}
# Attributes become fields of the class entry instead of separate entries, so
# a documented attrs field is not described twice.
napoleon_use_ivar = True
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = f"congresskit {release}"


def _attrs_signature(
    app: object,
    what: str,
    name: str,
    obj: object,
    options: object,
    signature: str | None,
    return_annotation: str | None,
) -> tuple[str, str | None] | None:
    """Give attrs classes a signature built from their fields.

    attrs generates ``__init__``, so its source shows ``attr_dict[...]``
    placeholders where the defaults are; the fields know the real ones.
    """
    if what not in ("class", "exception") or not isinstance(obj, type) or not attrs.has(obj):
        return None
    parts: list[str] = []
    starred = False
    for field in attrs.fields(obj):
        if not field.init:
            continue
        if field.kw_only and not starred:
            parts.append("*")
            starred = True
        name = field.alias or field.name
        if field.default is attrs.NOTHING:
            parts.append(name)
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            parts.append(f"{name}=...")
        elif isinstance(field.default, enum.Enum):
            parts.append(f"{name}={type(field.default).__name__}.{field.default.name}")
        else:
            parts.append(f"{name}={field.default!r}")
    return f"({', '.join(parts)})", return_annotation


def setup(app: object) -> None:
    """Connect the attrs signature hook."""
    app.connect("autodoc-process-signature", _attrs_signature)  # type: ignore[attr-defined]
