"""JSON Lines: round trips, lazy reading in bounded memory, incremental writing, line errors."""

from __future__ import annotations

import datetime as dt
import gc
import io
import itertools
import json
import pathlib
import tracemalloc
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given

from congresskit import (
    Contact,
    Deputy,
    DocumentError,
    DocumentSyntaxError,
    DocumentVersionError,
    JsonLinesError,
    JsonLinesWriter,
    Level,
    Place,
    RecordSet,
    Tombstone,
    UsageError,
    dump_jsonl,
    iter_jsonl,
    load_jsonl,
)
from tests.exchange_records import record_sets

HEADER = '{"format":"congresskit","version":2,"profile":"public"}\n'


def written(records: Any, **options: Any) -> str:
    out = io.StringIO()
    dump_jsonl(records, out, **options)
    return out.getvalue()


@given(record_sets())
def test_json_lines_round_trip(records: RecordSet) -> None:
    """load_jsonl(dump_jsonl(x)) == x, and iter_jsonl yields every record and tombstone in order."""
    text = written(records, profile="full")
    assert load_jsonl(io.StringIO(text)) == records
    assert list(iter_jsonl(io.BytesIO(text.encode()))) == [*records, *records.tombstones]
    # Only "\n" ends a line: text may hold U+0085 or U+2028, which str.splitlines splits on.
    assert text.count("\n") == 1 + len(records) + len(records.tombstones)


def test_each_line_is_one_tagged_record() -> None:
    """A header, then one object per line tagged with its type; tombstones carry "deleted"."""
    gone = Tombstone(
        type="deputy", id="d2", deleted=dt.datetime(2020, 7, 1, 9, tzinfo=dt.timezone.utc)
    )
    text = written(RecordSet(places=(Place(id="v1", name="称沱村"),), tombstones=(gone,)))
    assert text.split("\n")[:-1] == [
        HEADER.strip(),
        '{"type":"place","id":"v1","name":"称沱村"}',
        '{"type":"deputy","id":"d2","deleted":"2020-07-01T09:00:00+00:00"}',
    ]


def test_the_public_profile_is_the_default() -> None:
    """Contact details are left out unless profile="full"; a public stream with them is refused."""
    deputy = Deputy(id="d1", name="张华", levels=(Level.TOWN,), contact=Contact(phone="138"))
    assert "138" not in written([deputy])
    full = written([deputy], profile="full")
    assert list(iter_jsonl(io.StringIO(full))) == [deputy]
    with pytest.raises(DocumentError) as info:
        list(iter_jsonl(io.StringIO(full.replace('"full"', '"public"'))))
    assert (info.value.line, info.value.problems[0].path) == (2, "$.contact")


def place_lines(pulled: list[int]) -> Iterator[str]:
    """A header and then places without end, counting the lines handed out."""
    yield HEADER
    for i in itertools.count():
        pulled[0] += 1
        yield f'{{"type":"place","id":"v{i}","name":"第{i}村","kind":"village"}}\n'


class GeneratorFile:
    """A file-like object over a generator: nothing exists until it is read."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines

    def __iter__(self) -> Iterator[str]:
        return self.lines


def test_the_reader_is_lazy() -> None:
    """Taking ten records from an endless stream reads ten lines, not the stream."""
    pulled = [0]
    reader = iter_jsonl(GeneratorFile(place_lines(pulled)))  # type: ignore[arg-type]
    first = list(itertools.islice(reader, 10))
    assert [p.id for p in first] == [f"v{i}" for i in range(10)]
    assert pulled[0] == 10


def test_memory_does_not_grow_with_the_stream() -> None:
    """Reading 50,000 records allocates no more than reading 5,000 (tracemalloc)."""
    pulled = [0]
    reader = iter_jsonl(GeneratorFile(place_lines(pulled)))  # type: ignore[arg-type]
    list(itertools.islice(reader, 1000))  # warm caches before measuring
    gc.collect()
    tracemalloc.start()
    try:
        for _ in itertools.islice(reader, 5_000):
            pass
        early, _ = tracemalloc.get_traced_memory()
        for _ in itertools.islice(reader, 45_000):
            pass
        late, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert pulled[0] == 51_000
    # Holding the 45,000 records would take megabytes; a lazy reader keeps none.
    assert late - early < 64 * 1024
    assert peak < 1024 * 1024


def test_the_writer_writes_as_records_come() -> None:
    """Each record is on its line before the next is even made."""
    out = io.StringIO()

    def places() -> Iterator[Place]:
        for i in range(5):
            assert out.getvalue().count("\n") == 1 + i
            yield Place(id=f"v{i}", name="村")

    with JsonLinesWriter(out) as writer:
        assert writer.write_all(places()) == 5
    assert writer.count == 5


def test_paths_and_binary_files(tmp_path: pathlib.Path) -> None:
    """Streams go to and come from a path or a binary file, as UTF-8."""
    records = RecordSet(places=(Place(id="v1", name="称沱村"),))
    path = tmp_path / "records.jsonl"
    assert dump_jsonl(records, path) == 1
    assert path.read_bytes().decode("utf-8").startswith(HEADER)
    assert load_jsonl(path) == records
    binary = io.BytesIO()
    dump_jsonl(records, binary)
    assert list(iter_jsonl(io.BytesIO(binary.getvalue()))) == [Place(id="v1", name="称沱村")]
    with iter_jsonl(path) as reader:
        assert reader.profile == "public"
        assert next(reader).id == "v1"
    assert reader._stream.closed


BAD = (
    HEADER
    + '{"type":"place","id":"v1","name":"一村"}\n'
    + '{"type":"place","id":"v2","name":5}\n'
    + "not json\n"
    + "\n"
    + '{"type":"person","id":"x"}\n'
    + '["place"]\n'
    + '{"type":"place","id":"v3","name":"三村","size":3}\n'
    + '{"type":"place","id":"v4","name":"四村"}\n'
)


def test_stop_at_the_first_bad_line() -> None:
    """By default the reader stops at the first bad line, naming it."""
    reader = iter_jsonl(io.StringIO(BAD))
    assert next(reader).id == "v1"
    with pytest.raises(DocumentError) as info:
        next(reader)
    assert info.value.line == 3
    assert info.value.problems[0].path == "$.name"
    assert str(info.value).startswith("1 problem in line 3 of the stream:")
    assert list(reader) == []


def test_skip_bad_lines_and_report_them() -> None:
    """on_error="skip" reads on, and lists each skipped line with its number and problem."""
    reader = iter_jsonl(io.StringIO(BAD), on_error="skip")
    assert [p.id for p in reader] == ["v1", "v4"]
    found = [(e.line, e.problems[0].path, e.problems[0].rule) for e in reader.skipped]
    assert found == [
        (3, "$.name", "type"),
        (4, "$", "json_syntax"),
        (5, "$", "empty"),
        (6, "$.type", "tag"),
        (7, "$", "type"),
        (8, "$.size", "unknown_field"),
    ]
    assert isinstance(reader.skipped[1], DocumentSyntaxError)


def test_lenient_mode_reports_unknown_fields_by_line() -> None:
    """lenient=True keeps the record and returns the unknown field as a warning with its line."""
    header = HEADER.replace("}", ',"generator":"X"}')
    text = header + '{"type":"place","id":"v3","name":"三村","size":3}\n'
    reader = iter_jsonl(io.StringIO(text), lenient=True)
    assert list(reader) == [Place(id="v3", name="三村")]
    assert [(line, p.path) for line, p in reader.warnings] == [(1, "$.generator"), (2, "$.size")]


def test_load_jsonl_reports_every_bad_line() -> None:
    """load_jsonl loads nothing from a stream with bad lines, and lists them all."""
    with pytest.raises(JsonLinesError) as info:
        load_jsonl(io.StringIO(BAD))
    assert [e.line for e in info.value.errors] == [3, 4, 5, 6, 7, 8]
    assert str(info.value).startswith("6 problems on 6 lines:\n  line 3: $.name: expected a string")


def test_cross_record_problems_are_reported_at_the_record_line() -> None:
    """A reference to an unknown deputy is reported on the line of the record that makes it."""
    text = (
        HEADER
        + '{"type":"place","id":"v1","name":"一村"}\n'
        + '{"type":"activity","id":"a1","kind":"voter_visit","title":"走访","start":"2020-03-01"}\n'
        + '{"type":"activity","id":"a2","kind":"study","title":"学习","start":"2020-03-01",'
        + '"participants":["d9"]}\n'
    )
    with pytest.raises(JsonLinesError) as info:
        load_jsonl(io.StringIO(text))
    assert [(e.line, [p.path for p in e.problems]) for e in info.value.errors] == [
        (4, ["$.participants[0]"])
    ]


@pytest.mark.parametrize(
    ("text", "error", "words"),
    [
        ("", DocumentSyntaxError, "the input is empty"),
        ('{"type":"place","id":"v1","name":"一村"}\n', DocumentError, 'add "format"'),
        (
            '{"format":"congresskit","version":7,"profile":"public"}\n',
            DocumentVersionError,
            "version 7",
        ),
        (HEADER.replace("}", ',"places":[{"id":"v","name":"n"}]}'), DocumentError, "header only"),
        ("\ufeff" + HEADER, DocumentSyntaxError, "byte order mark"),
    ],
)
def test_a_bad_header_is_an_error_on_line_one(
    text: str, error: type[Exception], words: str
) -> None:
    """The header decides how to read the rest, so a bad one stops the reader at once."""
    with pytest.raises(error, match=words) as info:
        iter_jsonl(io.StringIO(text), on_error="skip")
    assert isinstance(info.value, DocumentError)
    assert info.value.line == 1


def test_a_bad_byte_is_reported_on_its_line() -> None:
    """A line that is not UTF-8 is an error on that line; the others are read."""
    data = (HEADER + '{"type":"place","id":"v1","name":"一村"}\n').encode()
    data += '{"type":"place","id":"v2","name":"二村"}\n'.encode("gb18030")
    reader = iter_jsonl(io.BytesIO(data), on_error="skip")
    assert [p.id for p in reader] == ["v1"]
    assert [(e.line, e.problems[0].rule) for e in reader.skipped] == [(3, "encoding")]


def test_a_version_0_stream_is_migrated() -> None:
    """The same migrations as for documents apply to each line of an older stream."""
    text = (
        '{"format":"congresskit","version":0}\n'
        '{"type":"suggestion","id":"s1","kind":"opinion","title":"t","lead":"d1",'
        '"raised_on":"2020-01-13","co_signers":["d2"]}\n'
    )
    reader = iter_jsonl(io.StringIO(text))
    assert (reader.version, reader.profile) == (0, "full")
    assert next(reader).cosigners == ("d2",)  # type: ignore[union-attr]


def test_since_travels_in_the_header() -> None:
    """A changed-since stream says so, and its references are not checked on load."""
    since = dt.datetime(2020, 7, 1, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    activity = json.dumps(
        {
            "type": "activity",
            "id": "a",
            "kind": "study",
            "title": "学",
            "start": "2020-07-02",
            "participants": ["d9"],
        },
        ensure_ascii=False,
    )
    text = written([], since=since) + activity + "\n"
    assert iter_jsonl(io.StringIO(text)).since == since
    assert len(load_jsonl(io.StringIO(text)).activities) == 1


def test_bad_options_are_usage_errors() -> None:
    """An unknown on_error or profile is refused before anything is read or written."""
    with pytest.raises(UsageError):
        iter_jsonl(io.StringIO(HEADER), on_error="ignore")  # type: ignore[arg-type]
    with pytest.raises(UsageError):
        JsonLinesWriter(io.StringIO(), profile="everything")  # type: ignore[arg-type]


def test_writing_a_non_record_is_a_type_error() -> None:
    """Only top-level records and tombstones are lines."""
    with pytest.raises(TypeError, match="not a top-level congresskit record: Contact"):
        written([Contact(phone="1")])
    assert attrs.has(Contact)
