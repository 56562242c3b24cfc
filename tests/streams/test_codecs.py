from __future__ import annotations

import base64

import orjson
import pytest

from agents.errors import RejectedInput
from streams.codecs import decode_raw_article, rejection_for

LIMIT = 2_000_000


def test_decodes_a_valid_article() -> None:
    raw = decode_raw_article(
        orjson.dumps(
            {"text": "Body.", "url": "https://x.test/a", "published_at": "2025-05-06T10:00:00+02:00"}
        ),
        max_bytes=LIMIT,
    )
    assert raw.text == "Body."
    assert raw.published_at == "2025-05-06T08:00:00Z"


def test_unknown_fields_are_ignored() -> None:
    raw = decode_raw_article(orjson.dumps({"text": "Body.", "scraper": "v2"}), max_bytes=LIMIT)
    assert raw.text == "Body."


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", "empty_message"),
        (None, "empty_message"),
        (b"{not json", "invalid_json"),
        (b"[1, 2]", "invalid_json"),
        (b'{"text": "caf\xe9"}', "invalid_utf8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b'{"url": "https://x.test"}', "missing_text"),
        (b'{"text": "   \\n  "}', "empty_text"),
        (b'{"text": 42}', "invalid_field"),
        (b'{"text": "ok", "http_status": "200"}', "invalid_field"),
        (b'{"text": "ok", "published_at": "yesterday"}', "invalid_field"),
        (b'{"text": "ok", "url": ["a"]}', "invalid_field"),
    ],
)
def test_rejects_bad_input_with_its_kind(data: bytes | None, error: str) -> None:
    with pytest.raises(RejectedInput) as info:
        decode_raw_article(data, max_bytes=LIMIT)
    assert info.value.error == error
    assert info.value.message


def test_rejects_a_text_over_the_limit() -> None:
    data = orjson.dumps({"text": "x" * 5000})
    with pytest.raises(RejectedInput) as info:
        decode_raw_article(data, max_bytes=1000)
    assert info.value.error == "too_large"


def test_rejection_keeps_original_bytes_and_source_position() -> None:
    error = RejectedInput("invalid_json", "not valid JSON")
    first = rejection_for(b"{oops", error, topic="ns.articles.raw", partition=1, offset=7)
    again = rejection_for(b"{oops", error, topic="ns.articles.raw", partition=1, offset=7)
    other = rejection_for(b"{oops", error, topic="ns.articles.raw", partition=1, offset=8)
    assert base64.b64decode(first.original) == b"{oops"
    assert (first.source.topic, first.source.partition, first.source.offset) == ("ns.articles.raw", 1, 7)
    assert first.rejection_id == again.rejection_id != other.rejection_id
