from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from streams.inputs import FeedError, expand_paths, read_feed


def test_reads_txt_jsonl_and_directories_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("second file")
    (tmp_path / "b" / "1.txt").write_text("first file")
    (tmp_path / "b" / "notes.md").write_text("ignored")
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "one"}\n\n{"text": "two", "input": "kept"}\nnot json\n')
    records = list(read_feed(expand_paths([tmp_path / "b", feed])))
    assert [r.input for r in records] == [
        str(tmp_path / "b" / "1.txt"),
        str(tmp_path / "b" / "2.txt"),
        f"{feed}:1",
        f"{feed}:3",
        f"{feed}:4",
    ]
    assert orjson.loads(records[0].data) == {"text": "first file", "input": str(tmp_path / "b" / "1.txt")}
    assert orjson.loads(records[2].data) == {"text": "one", "input": f"{feed}:1"}
    assert orjson.loads(records[3].data)["input"] == "kept"
    assert records[4].data == b"not json"  # left for the decoder to reject


def test_undecodable_txt_is_passed_through_as_bytes(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    (record,) = read_feed(expand_paths([path]))
    assert record.data == b"caf\xe9"


def test_missing_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="no such file"):
        expand_paths([tmp_path / "nope.jsonl"])


def test_published_at_is_read_for_the_kafka_timestamp(tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    feed.write_text('{"text": "a", "published_at": "2024-01-02"}\n{"text": "b"}\n')
    first, second = read_feed([feed])
    assert first.published_at == "2024-01-02"
    assert second.published_at is None
