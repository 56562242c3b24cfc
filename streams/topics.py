"""The topic catalog: every topic claimwatch reads or writes, and how it is configured.

Names are relative; :func:`topic_name` prefixes them with the namespace, so a
sandbox namespace never touches the live topics. No other module spells a
topic name.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from streams.settings import Settings

DAY_MS = 24 * 3600 * 1000


class Retention(StrEnum):
    RAW = "raw"
    OUTPUT = "output"
    COMPACTED = "compacted"


@dataclass(frozen=True)
class TopicSpec:
    name: str
    description: str
    schema: str | None
    key: str
    retention: Retention = Retention.OUTPUT
    internal: bool = False
    extra_config: dict[str, str] = field(default_factory=dict)

    def config(self, settings: Settings) -> dict[str, str]:
        if self.retention is Retention.COMPACTED:
            # Compacted, no time retention: the topic is the current state.
            conf = {"cleanup.policy": "compact", "retention.ms": "-1"}
        else:
            days = (
                settings.raw_retention_days
                if self.retention is Retention.RAW
                else settings.output_retention_days
            )
            conf = {"cleanup.policy": "delete", "retention.ms": str(int(days * DAY_MS))}
        # Records up to the configured size (a tagged article is several times its text); the broker's
        # default is 1 MB.
        conf["max.message.bytes"] = str(settings.max_message_bytes)
        conf.update(self.extra_config)
        return conf


RAW = TopicSpec(
    "articles.raw",
    "raw scraped articles, as produced by scrapers or `claimwatch replay`",
    "raw_article",
    key="none or article url",
    retention=Retention.RAW,
)
NORMALIZED = TopicSpec(
    "articles.normalized",
    "normalized articles: junk removed, title, dateline, language",
    "article",
    key="article_id",
)
UNIQUE = TopicSpec("articles.unique", "first copy of each story", "article", key="article_id")
DUPLICATES = TopicSpec(
    "articles.duplicates",
    "later copies, with duplicate_of, cluster_id, similarity",
    "article",
    key="article_id",
)
TAGGED = TopicSpec(
    "articles.tagged", "unique articles with actors and statements", "article", key="article_id"
)
CLAIMS = TopicSpec(
    "claims", "current state of each claim", "claim", key="claim_id", retention=Retention.COMPACTED
)
ALERTS = TopicSpec("alerts", "new allegations and new denials", "alert", key="alert_id")
REJECTED = TopicSpec(
    "articles.rejected",
    "dead letters: original bytes, error kind and message, source offset",
    "rejected",
    key="rejection_id",
    retention=Retention.RAW,
)

# Internal repartition topics between agents (not a public contract).
DEDUPE_BANDS = TopicSpec(
    "internal.dedupe-bands",
    "one message per LSH band key of each article",
    None,
    key="band key",
    internal=True,
)
DEDUPE_COLLECT = TopicSpec(
    "internal.dedupe-collect",
    "articles and band answers gathered per article",
    None,
    key="article_id",
    internal=True,
)
CLUSTERS = TopicSpec(
    "internal.clusters",
    "copies of a story and the claim events of its canonical copy",
    None,
    key="cluster_id",
    internal=True,
)
CLAIM_PARTIES = TopicSpec(
    "internal.claim-parties",
    "allegations and denials keyed by the accused party",
    None,
    key="party:<party>",
    internal=True,
)
CLAIM_EVENTS = TopicSpec(
    "internal.claim-events",
    "allegation and denial statements keyed by claim",
    None,
    key="claim_id",
    internal=True,
)

CATALOG: tuple[TopicSpec, ...] = (
    RAW,
    NORMALIZED,
    UNIQUE,
    DUPLICATES,
    TAGGED,
    CLAIMS,
    ALERTS,
    REJECTED,
    DEDUPE_BANDS,
    DEDUPE_COLLECT,
    CLUSTERS,
    CLAIM_PARTIES,
    CLAIM_EVENTS,
)
PUBLIC_TOPICS: tuple[TopicSpec, ...] = tuple(t for t in CATALOG if not t.internal)


# Faust tables of the worker; each has a compacted changelog topic named by Faust.
TABLES: tuple[str, ...] = (
    "dedupe-bands",
    "dedupe-pending",
    "dedupe-seen",
    "dedupe-clusters",
    "cluster-events",
    "claim-parties",
    "claims",
)


def topic_name(spec: TopicSpec, namespace: str) -> str:
    return f"{namespace}.{spec.name}"


def changelog_name(table: str, namespace: str) -> str:
    return f"{namespace}-{table}-changelog"


def namespace_topic_names(namespace: str) -> set[str]:
    """Every topic a namespace may own: the catalog, table changelogs, Faust's own."""
    names = {topic_name(spec, namespace) for spec in CATALOG}
    names |= {changelog_name(table, namespace) for table in TABLES}
    names.add(f"{namespace}-__assignor-__leader")
    return names


def by_name(name: str) -> TopicSpec:
    """Look a topic up by its relative name (``alerts``) or full name (``claimwatch.alerts``)."""
    for spec in CATALOG:
        if name == spec.name or name.endswith("." + spec.name):
            return spec
    known = ", ".join(t.name for t in PUBLIC_TOPICS)
    raise KeyError(f"unknown topic {name!r}; known topics: {known}")
