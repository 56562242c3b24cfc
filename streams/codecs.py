"""Bytes <-> records. Every topic carries orjson-encoded JSON objects.

:func:`decode_raw_article` is strict and explains every refusal with a
dead-letter error kind, so the worker can route bad input to the
dead-letter topic instead of crashing or dropping it.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError

from agents.errors import RejectedInput
from schemas import RawArticle, Rejected, SourceOffset

# Raw control bytes never occur in JSON text (they must be escaped): binary payload.
_BINARY_BYTES = frozenset(range(32)) - {9, 10, 13}


def encode(record: BaseModel) -> bytes:
    return orjson.dumps(record.model_dump(mode="json"))


def encode_dict(value: dict[str, Any]) -> bytes:
    return orjson.dumps(value)


def decode_dict(data: bytes) -> dict[str, Any]:
    value = orjson.loads(data)
    if not isinstance(value, dict):
        raise ValueError("expected a JSON object")
    return value


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    return any(b in _BINARY_BYTES for b in sample)


def decode_raw_article(data: bytes | None, *, max_bytes: int) -> RawArticle:
    """Parse one message of ``articles.raw``; raise :class:`RejectedInput` on bad input."""
    if data is None or len(data) == 0:
        raise RejectedInput("empty_message", "the message has no value")
    if len(data) > max_bytes:
        raise RejectedInput("too_large", f"message is {len(data)} bytes, limit is {max_bytes}")
    if _looks_binary(data):
        raise RejectedInput("binary", "the message holds control bytes: binary data, not JSON text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RejectedInput("invalid_utf8", f"not valid UTF-8: {exc}") from None
    try:
        value = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise RejectedInput("invalid_json", f"not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise RejectedInput("invalid_json", f"expected a JSON object, got {type(value).__name__}")
    return raw_article_from_dict(value, max_bytes=max_bytes)


def raw_article_from_dict(value: dict[str, Any], *, max_bytes: int) -> RawArticle:
    if "text" not in value and "html" not in value:
        raise RejectedInput("missing_text", "the object has neither 'text' nor 'html'")
    try:
        article = RawArticle.model_validate(value)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'value'}: {err['msg']}" for err in exc.errors()
        )
        raise RejectedInput("invalid_field", problems) from None
    body = article.body()
    if not body.strip():
        raise RejectedInput("empty_text", "the article text is empty")
    if len(body.encode("utf-8")) > max_bytes:
        raise RejectedInput("too_large", f"the article text is over the {max_bytes}-byte limit")
    return article


def rejection_for(
    original: bytes | None,
    error: RejectedInput,
    *,
    topic: str | None = None,
    partition: int | None = None,
    offset: int | None = None,
    input: str | None = None,
    stage: str = "normalize",
) -> Rejected:
    """A dead letter; its id derives from the source position (or the bytes), so a redelivery repeats it."""
    data = original or b""
    if topic is not None and offset is not None:
        basis = f"{topic}\x1f{partition}\x1f{offset}".encode()
    else:
        basis = f"{input or ''}\x1f".encode() + data
    rejection_id = "rej_" + hashlib.blake2b(basis, digest_size=10).hexdigest()
    return Rejected(
        rejection_id=rejection_id,
        error=error.error,
        message=error.message,
        original=base64.b64encode(data).decode("ascii"),
        source=SourceOffset(topic=topic, partition=partition, offset=offset),
        input=input,
        stage=stage,
    )
