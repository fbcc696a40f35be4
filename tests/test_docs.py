"""The documentation site stays complete as the public API grows."""

from __future__ import annotations

import doctest
import importlib.util
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

import congresskit
from congresskit.cli import main

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_public_name_is_in_the_api_reference() -> None:
    """Each name in ``congresskit.__all__`` has an entry in docs/api/*.md."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in (DOCS / "api").glob("*.md"))
    documented = set(re.findall(r"^\.\. (?:auto\w+|py:\w+):: congresskit\.(\w+)", text, re.M))
    missing = set(congresskit.__all__) - documented
    assert not missing, f"add these to a page under docs/api/: {sorted(missing)}"


CONSOLE = re.compile(r"^```console\n(.*?)^```", re.M | re.S)
PAGES = sorted([*DOCS.rglob("*.md"), DOCS.parent / "README.md"])
Session = list[tuple[str, str]]


def console_sessions() -> list[tuple[str, Session]]:
    """Each console block in the docs: its ``$ congresskit ...`` commands with their output."""
    found = []
    for page in PAGES:
        if "_build" in page.parts:
            continue
        for block in CONSOLE.findall(page.read_text(encoding="utf-8")):
            session: Session = []
            for line in block.splitlines():
                if line.startswith("$ "):
                    session.append((line[2:], ""))
                elif session:
                    command, shown = session[-1]
                    session[-1] = (command, f"{shown}{line}\n")
            found.append((page.relative_to(DOCS.parent).as_posix(), session))
    return found


@pytest.mark.parametrize(("page", "session"), console_sessions())
def test_console_examples_in_the_docs_print_what_they_show(
    page: str,
    session: Session,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Each command in the docs prints what the page says (``...`` stands for any text)."""
    # The commands run where the files they name are, but write into a scratch directory.
    for name in ("examples", "docs"):
        (tmp_path / name).symlink_to(DOCS.parent / name)
    monkeypatch.chdir(tmp_path)
    checker = doctest.OutputChecker()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    for command, shown in session:
        argv = shlex.split(command)
        assert argv[0] == "congresskit", f"{page}: only congresskit commands run: {command}"
        status = main(argv[1:])
        out, err = capsys.readouterr()
        printed = out + err
        assert checker.check_output(shown, printed, flags), f"{page}: {command}\n{printed}"
        failed = argv[1] == "validate" and "no problems" not in shown
        assert status == (1 if failed else 0), command


def test_console_examples_show_blank_lines_as_blank() -> None:
    """A console block shows a blank line as it prints, not doctest's <BLANKLINE> marker."""
    marked = [page for page, session in console_sessions() if "<BLANKLINE>" in str(session)]
    assert not marked


def _docstrings_extension() -> Any:
    spec = importlib.util.spec_from_file_location(
        "congresskit_docstrings", DOCS / "_ext" / "congresskit_docstrings.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_grouped_attributes_are_listed_one_by_one_in_the_api_reference() -> None:
    """``a, b,\\n c: text`` in Attributes becomes an entry per name, each with the text."""
    lines = [
        "The records.",
        "",
        "Attributes:",
        "    congress: the body.",
        "    terms, units,",
        "    sessions: the records of each type.",
        "    tombstones: deletions to pass on",
        "        in an exchange.",
        "",
        "Returns:",
        "    a, b: not a section of names.",
    ]
    assert _docstrings_extension().split_grouped_entries(lines) == [
        "The records.",
        "",
        "Attributes:",
        "    congress: the body.",
        "    terms: the records of each type.",
        "    units: the records of each type.",
        "    sessions: the records of each type.",
        "    tombstones: deletions to pass on",
        "        in an exchange.",
        "",
        "Returns:",
        "    a, b: not a section of names.",
    ]
