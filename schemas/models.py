"""Pydantic v2 models for every record claimwatch reads or writes.

These models are the output contract: downstream consumers read the JSON they
produce from the Kafka topics and from ``claimwatch analyze``. Field names and
meanings are fixed for ``schema_version`` 1; a breaking change bumps it.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

SCHEMA_VERSION = 1

ActorKind = Literal["person", "organization", "government", "country", "media", "group", "other"]
Stance = Literal["allegation", "denial", "other"]
AlertType = Literal["new_allegation", "new_denial"]
Severity = Literal["low", "medium", "high"]


def parse_timestamp(value: str) -> dt.datetime:
    """Parse an ISO-8601 date or date-time into an aware UTC datetime.

    A bare date means midnight UTC; a naive date-time is taken as UTC.
    """
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    if len(text) == 10:
        parsed = dt.datetime.combine(dt.date.fromisoformat(text), dt.time(), dt.UTC)
    else:
        parsed = dt.datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def format_timestamp(value: dt.datetime | dt.date | str) -> str:
    """Canonical ISO-8601 text: ``YYYY-MM-DD`` for a date, ``YYYY-MM-DDTHH:MM:SSZ`` for a time.

    A date-only input stays date-only, so the output never claims a precision
    the source did not have.
    """
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        value = parse_timestamp(text)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC).replace(microsecond=0)
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def _timestamp_or_none(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (str, dt.datetime, dt.date)):
        try:
            return format_timestamp(value)
        except ValueError as exc:
            raise ValueError(f"not an ISO-8601 date or date-time: {value!r}") from exc
    raise ValueError(f"expected an ISO-8601 string, got {type(value).__name__}")


Timestamp = Annotated[str, BeforeValidator(_timestamp_or_none)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, str_strip_whitespace=False)


class RawArticle(_Record):
    """One scraped article as it arrives on ``articles.raw``.

    ``text`` is the scraped text (or HTML: markup is stripped by the normalizer);
    ``html`` is accepted as an alternative field for scrapers that keep markup apart.
    """

    model_config = ConfigDict(extra="ignore", strict=False)

    text: str | None = None
    html: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: Timestamp | None = None
    fetched_at: Timestamp | None = None
    http_status: int | None = Field(default=None, ge=100, le=599)
    input: str | None = Field(
        default=None, description="where the article was read from (file path, path:line)"
    )

    @field_validator("text", "html", "url", "source", "input", mode="before")
    @classmethod
    def _strings_only(cls, value: object) -> object:
        # Strict on type: a number or list where text belongs is a producer bug.
        if value is not None and not isinstance(value, str):
            raise ValueError(f"expected a string, got {type(value).__name__}")
        return value

    @field_validator("http_status", mode="before")
    @classmethod
    def _int_only(cls, value: object) -> object:
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            raise ValueError(f"expected an integer, got {type(value).__name__}")
        return value

    def body(self) -> str:
        """The text to normalize: ``text`` if present, otherwise ``html``."""
        return self.text if self.text and self.text.strip() else (self.html or "")


class RemovedPart(_Record):
    kind: str = Field(
        description="why it was removed: error_page, disclaimer, comments, duplicate_paragraph, ..."
    )
    text: str


class Actor(_Record):
    id: str = Field(description="canonical actor id, stable across articles")
    name: str
    kind: ActorKind
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    org: str | None = None


class Statement(_Record):
    id: str
    speaker: str | None = Field(description="actor id of the speaker")
    stance: Stance
    target: str | None = Field(
        default=None, description="actor id: the accused (allegation) or the accuser (denial)"
    )
    claim_id: str | None = None
    claim: str
    responds_to: str | None = Field(default=None, description="claim id a denial answers")
    quote: str
    span: tuple[int, int] = Field(description="[start, end) character offsets in the article text")
    confidence: float = Field(ge=0.0, le=1.0)
    cameo: str | None = None


class Article(_Record):
    """A normalized article; later stages fill dedupe, actor and statement fields."""

    kind: Literal["article"] = "article"
    schema_version: int = SCHEMA_VERSION
    article_id: str = Field(description="deterministic id derived from the normalized content")
    input: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: Timestamp | None = None
    title: str | None = None
    dateline: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1")
    text: str = Field(description="clean body, paragraphs separated by a blank line")
    removed: list[RemovedPart] = Field(default_factory=list)
    duplicate_of: str | None = None
    cluster_id: str | None = None
    similarity: float | None = None
    actors: list[Actor] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)

    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p]


class Evidence(_Record):
    quote: str
    url: str | None = None
    article_id: str


class Alert(_Record):
    kind: Literal["alert"] = "alert"
    schema_version: int = SCHEMA_VERSION
    alert_id: str = Field(description="deterministic: the same event always gets the same id")
    type: AlertType
    claim_id: str
    claim: str
    speaker: Actor
    target: Actor | None = None
    responds_to: str | None = None
    article_id: str
    event_time: Timestamp = Field(
        description="the article's published time (event time), not processing time"
    )
    evidence: Evidence
    severity: Severity


class Claim(_Record):
    """Current state of one claim, published compacted on ``claims`` keyed by ``claim_id``."""

    kind: Literal["claim"] = "claim"
    schema_version: int = SCHEMA_VERSION
    claim_id: str
    claim: str
    target: Actor | None = None
    first_seen: Timestamp | None = None
    last_seen: Timestamp | None = None
    alleged_by: list[Actor] = Field(default_factory=list)
    denied_by: list[Actor] = Field(default_factory=list)
    sources: int = 0
    articles: int = 0
    article_ids: list[str] = Field(default_factory=list)


class SourceOffset(_Record):
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None


class Rejected(_Record):
    """A dead letter on ``articles.rejected``: an input that could not be processed."""

    kind: Literal["rejected"] = "rejected"
    schema_version: int = SCHEMA_VERSION
    rejection_id: str = Field(description="deterministic: hash of the source position or of the bytes")
    error: str = Field(
        description="error kind: invalid_json, invalid_utf8, binary, missing_text, empty_text, too_large, invalid_field, processing_error, output_too_large"
    )
    message: str
    original: str = Field(description="the original message bytes, base64")
    source: SourceOffset = Field(default_factory=SourceOffset)
    input: str | None = None
    stage: str = "normalize"


OUTPUT_MODELS: dict[str, type[BaseModel]] = {
    "raw_article": RawArticle,
    "article": Article,
    "alert": Alert,
    "claim": Claim,
    "rejected": Rejected,
}
