"""The one settings object. Every field is an environment variable, listed in README.

Fields read ``CLAIMWATCH_<NAME>``; the broker address also reads the
conventional ``KAFKA_BOOTSTRAP_SERVERS``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CLAIMWATCH_", extra="ignore", frozen=True)

    # Kafka
    kafka_bootstrap_servers: str = Field(
        default="127.0.0.1:9092",
        validation_alias=AliasChoices("KAFKA_BOOTSTRAP_SERVERS", "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS"),
        description="Kafka bootstrap servers, host:port[,host:port]",
    )
    namespace: str = Field(
        default="claimwatch",
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,100}$",
        description="prefix of every topic, consumer group and changelog: a sandbox is another namespace",
    )
    partitions: int = Field(default=4, ge=1, le=1024, description="partitions of every topic the app creates")
    replication_factor: int = Field(
        default=1, ge=1, le=16, description="replication of every topic the app creates"
    )
    raw_retention_days: float = Field(
        default=7.0, gt=0, description="retention of articles.raw and the dead-letter topic"
    )
    output_retention_days: float = Field(
        default=30.0, gt=0, description="retention of the article and alert topics"
    )

    # Worker
    data_dir: Path = Field(default=PROJECT_ROOT / ".data", description="RocksDB state of the worker's tables")
    web_port: int = Field(
        default=6066, ge=0, le=65535, description="worker HTTP port: /health, /metrics; 0 disables"
    )
    web_host: str = Field(default="127.0.0.1", description="worker HTTP bind address")
    log_level: str = Field(default="info", description="worker log level")
    max_text_bytes: int = Field(
        default=2_000_000, gt=0, description="raw articles larger than this are rejected"
    )
    max_message_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=1024 * 1024,
        description="largest record claimwatch writes (its topics' max.message.bytes, the producers' request "
        "size); a tagged article is about four times its text, and one larger than this is dead-lettered",
    )

    session_timeout_s: float = Field(
        default=30.0,
        ge=6,
        le=300,
        description="a worker that stops heartbeating this long is dropped and its partitions reassigned",
    )

    lag_check_s: float = Field(
        default=30.0,
        ge=1,
        description="how often the worker measures its group's lag from the broker's committed and end offsets",
    )
    stall_after_s: float = Field(
        default=180.0,
        ge=10,
        description="/health answers 503 'stalled' when records wait and none was taken this long",
    )

    # Deduplication
    dedupe_threshold: float = Field(
        default=0.5, gt=0, le=1, description="estimated Jaccard above which a text is a copy"
    )
    dedupe_retention_days: float = Field(
        default=30.0, gt=0, description="event-time window of the dedupe index"
    )
    sweep_interval_s: float = Field(
        default=600.0, gt=0, description="how often the worker expires old dedupe state"
    )

    # Local broker (claimwatch kafka up)
    kafka_home: Path = Field(
        default=PROJECT_ROOT / ".cache" / "kafka",
        description="jars, config, data and log of the local broker",
    )
    kafka_version: str = Field(default="4.1.2", description="Apache Kafka version the local broker fetches")
    kafka_heap: str = Field(default="512m", description="JVM heap of the local broker")

    @model_validator(mode="after")
    def _raw_articles_fit_in_a_message(self) -> Settings:
        # A raw article and its dead letter (the original bytes in base64, plus the reason) must fit.
        if self.max_message_bytes < 2 * self.max_text_bytes:
            raise ValueError(
                f"CLAIMWATCH_MAX_MESSAGE_BYTES ({self.max_message_bytes}) must be at least twice "
                f"CLAIMWATCH_MAX_TEXT_BYTES ({self.max_text_bytes})"
            )
        return self

    @property
    def bootstrap_list(self) -> list[str]:
        return [s.strip() for s in self.kafka_bootstrap_servers.split(",") if s.strip()]

    @property
    def local_port(self) -> int:
        """Port the local broker listens on: the one in the (first) bootstrap address."""
        host_port = self.bootstrap_list[0]
        return int(host_port.rsplit(":", 1)[1]) if ":" in host_port else 9092


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
