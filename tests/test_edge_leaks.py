"""Messages name the path and the kind of problem, never a contact value; long values are cut.

Each test here failed before its fix (issue 10, item 7).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from congresskit import Contact, Deputy, DocumentError, Level, load_jsonl, loads
from congresskit.cli import main
from congresskit.errors import CongresskitError, Problem

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = json.loads((ROOT / "examples" / "xx-town-2020.json").read_text(encoding="utf-8"))
PHONE = "13800138000"
SECRET = "13912345678"

CONTACTS: dict[str, Any] = {
    "a phone as a number": {"phone": int(SECRET)},
    "a contact as a string": f"张三 {SECRET} 北京路1号",
    "a contact as a list": [SECRET],
    "a blank phone": {"phone": f"{' ' * 3}"},
    "an address as a number": {"address": int(SECRET)},
    "an id number as a list": {"id_number": [SECRET]},
    "a phone as an object": {"phone": {"number": SECRET}},
}


def _document(contact: Any, profile: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(EXAMPLE))
    data["profile"] = profile
    data["deputies"][0]["contact"] = contact
    return data


@pytest.mark.parametrize("profile", ["public", "full"])
@pytest.mark.parametrize("case", CONTACTS)
def test_reading_never_echoes_a_contact_value(case: str, profile: str) -> None:
    """The error and every problem name the path, never the value."""
    with pytest.raises(DocumentError) as caught:
        loads(json.dumps(_document(CONTACTS[case], profile), ensure_ascii=False))
    text = str(caught.value) + "".join(repr(p) for p in caught.value.problems)
    assert SECRET not in text
    assert "北京路" not in text
    assert all(p.path.startswith("$.deputies[0].contact") for p in caught.value.problems)


@pytest.mark.parametrize("case", CONTACTS)
def test_validate_never_prints_a_contact_value(
    case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """validate printed the phone number, or the whole contact, on standard error."""
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(_document(CONTACTS[case], "full"), ensure_ascii=False))
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert SECRET not in out + err
    assert "$.deputies[0].contact" in err


def test_json_lines_never_echoes_a_contact_value() -> None:
    """The same holds line by line."""
    header = '{"format":"congresskit","version":1,"profile":"full"}\n'
    deputy = {"type": "deputy", "id": "d1", "name": "甲", "levels": ["town"]}
    line = json.dumps({**deputy, "contact": {"phone": int(SECRET)}})
    with pytest.raises(DocumentError) as caught:
        load_jsonl(io.StringIO(header + line + "\n"))
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Contact(phone=int(SECRET)),  # type: ignore[arg-type]
        lambda: Contact(address=" "),
        lambda: Deputy(id="d", name="甲", levels=(Level.TOWN,), contact=SECRET),  # type: ignore[arg-type]
    ],
)
def test_building_a_contact_never_echoes_its_value(make: Any) -> None:
    """A model's own error hides the value too (it stays on the error's .value)."""
    with pytest.raises(CongresskitError) as caught:
        make()
    assert SECRET not in str(caught.value)
    assert repr(" ") not in str(caught.value)


def test_a_long_unknown_key_is_cut_in_the_message_and_the_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key of a megabyte made a line of two megabytes."""
    data = json.loads(json.dumps(EXAMPLE))
    data["places"][0]["k" * 1_000_000] = 1
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    assert main(["validate", str(path)]) == 1
    _, err = capsys.readouterr()
    assert len(err) < 500
    assert "(1,000,000 characters)" in err


def test_a_long_quoted_key_still_reads_leniently() -> None:
    """The full path stays on the problem, so lenient reading removes the key."""
    from congresskit import loads_document

    data = json.loads(json.dumps(EXAMPLE))
    data["places"][0]["k é" * 50] = 1
    document = loads_document(json.dumps(data), lenient=True)
    (warning,) = document.warnings
    # The message lists the record's fields, which format version 2 made more.
    assert len(str(warning)) < 400
    assert warning.path.endswith('"]')


def test_a_long_id_is_cut_in_a_problem() -> None:
    """An id echoed by a rule is cut to a readable length, its length said."""
    problem = Problem(path="$.x", record=None, rule="reference", message=f"unknown {'d' * 5000!r}")
    assert len(problem.message) < 100
    assert "(5,000 characters)" in problem.message


def test_apostrophes_in_a_message_are_not_taken_for_quotes() -> None:
    """Only quoted values are cut, not the text between two apostrophes."""
    message = "the deputy's suggestion was assigned to a unit long ago; the unit's reply is late"
    assert Problem(path="$", record=None, rule="r", message=message).message == message


@pytest.mark.parametrize("version", ["1" * 4000, '"' + "v" * 1000 + '"'])
def test_a_long_version_is_cut_in_the_message(version: str) -> None:
    """A version of 4,000 digits was echoed whole."""
    with pytest.raises(DocumentError) as caught:
        loads('{"format":"congresskit","version":' + version + "}")
    assert len(str(caught.value)) < 300
