"""Reading article feeds from disk, for ``replay`` and ``analyze`` alike.

A feed is any mix of ``.txt`` files (one raw article each, as scraped),
``.jsonl`` files (one raw-article object a line) and directories (walked
recursively, in sorted order). Records stream one at a time, so a feed of
millions of articles is read in constant memory.

Each record carries the bytes exactly as they would travel on
``articles.raw``: the same decoder then judges them in-process and on Kafka.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

FEED_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")


class FeedError(Exception):
    """A path given on the command line cannot be read."""


@dataclass(frozen=True, slots=True)
class InputRecord:
    input: str
    data: bytes
    size: int  # bytes of the feed file this record consumed, for progress

    @property
    def published_at(self) -> str | None:
        """The record's event time if it has a readable one (used as the Kafka timestamp)."""
        try:
            value = orjson.loads(self.data)
        except orjson.JSONDecodeError:
            return None
        stamp = value.get("published_at") if isinstance(value, dict) else None
        return stamp if isinstance(stamp, str) else None


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Resolve command-line paths into feed files; raise :class:`FeedError` for a bad one."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise FeedError(f"{path}: no such file or directory")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FEED_SUFFIXES)
            files.extend(found)
        elif path.is_file():
            if not _readable(path):
                raise FeedError(f"{path}: permission denied")
            files.append(path)
        else:
            raise FeedError(f"{path}: not a regular file or directory")
    return files


def _readable(path: Path) -> bool:
    try:
        with path.open("rb"):
            return True
    except PermissionError:
        return False


def read_feed(files: Iterable[Path]) -> Iterator[InputRecord]:
    """Yield one record per article, in order."""
    for path in files:
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path)
        else:
            yield _read_document(path)


def _read_document(path: Path) -> InputRecord:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FeedError(f"{path}: {exc.strerror or exc}") from None
    key = "html" if path.suffix.lower() in (".html", ".htm") else "text"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Send the bytes as they are: the decoder rejects them with the reason.
        return InputRecord(str(path), data, len(data))
    return InputRecord(str(path), orjson.dumps({key: text, "input": str(path)}), len(data))


def _read_jsonl(path: Path) -> Iterator[InputRecord]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise FeedError(f"{path}: {exc.strerror or exc}") from None
    with handle:
        for number, line in enumerate(handle, start=1):
            size = len(line)
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            where = f"{path}:{number}"
            yield InputRecord(where, _with_input(line, where), size)


def _with_input(line: bytes, where: str) -> bytes:
    """Add ``input`` to a valid object; leave anything else untouched for the decoder to reject."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return line
    if not isinstance(value, dict):
        return line
    value.setdefault("input", where)
    return orjson.dumps(value)
