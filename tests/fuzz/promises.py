"""The promises every fuzz test holds congresskit to, as assertions.

- Bad input is a :class:`~congresskit.CongresskitError`, never another exception.
- What reads back is consistent (``check`` is clean) and round-trips losslessly.
- No contact value (they all carry :data:`SECRET`) reaches a message or a public output.
- The command line exits 0, 1 or 2, never with a traceback.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence

from congresskit import (
    CongresskitError,
    RecordSet,
    check,
    dumps,
    loads,
    loads_document,
)
from congresskit.cli import main
from tests.fuzz.mutations import SECRET


def no_secret(*texts: str) -> None:
    """No contact value in any of ``texts``."""
    for text in texts:
        assert SECRET not in text, text[:2000]


def error_is_clean(error: CongresskitError) -> None:
    """An error's message and its problems show no contact value."""
    no_secret(str(error), repr(error.args))
    for problem in getattr(error, "problems", ()):
        no_secret(str(problem), problem.message, problem.path)


def read_document(data: str | bytes) -> RecordSet | None:
    """Read a document, holding congresskit to its promises; ``None`` if it was refused."""
    try:
        document = loads_document(data)
    except CongresskitError as error:
        error_is_clean(error)
        return None
    records = document.records
    problems = tuple(p for p in check(records) if not p.is_warning)  # warnings may stay
    if document.since is None:
        assert problems == (), problems
    else:  # a changed-since feed may refer to records it does not carry
        assert {p.rule for p in problems} <= {"reference"}, problems
    full = dumps(records, profile="full", since=document.since)
    assert loads_document(full).records == records
    public = dumps(records, since=document.since)
    no_secret(public)
    if document.since is None:
        assert loads(public) == attrs_without_contacts(records)
    return records


def attrs_without_contacts(records: RecordSet) -> RecordSet:
    """``records`` as the public profile writes them: no contact details."""
    import attrs

    deputies = tuple(attrs.evolve(d, contact=None) for d in records.deputies)
    return attrs.evolve(records, deputies=deputies)


def run(argv: Sequence[str]) -> tuple[int, str, str]:
    """Run the command line in this process; its status, standard output and error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def command_is_clean(argv: Sequence[str], *, public: bool = True) -> tuple[int, str, str]:
    """Run a command: exit 0, 1 or 2, no traceback, no contact value where it is public."""
    status, out, err = run(argv)
    assert status in (0, 1, 2), (status, err)
    assert "Traceback" not in err
    assert "internal error" not in err, err
    no_secret(err)
    if public:
        no_secret(out)
    if status:
        assert err, "a failure says why"
    return status, out, err
