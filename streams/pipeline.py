"""The stages chained in-process: what ``claimwatch analyze`` runs, with no broker.

The Faust agents in :mod:`streams.app` call the very same stage functions;
here their state lives in dicts instead of Faust tables.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from pydantic import BaseModel

from agents.claims import ClaimEvent, ClaimsStage, assign_claims, link_statements
from agents.duplicates import DedupeConfig, Deduplicator
from agents.errors import RejectedInput
from agents.normalize import normalize_article
from agents.tagging import tag_article
from schemas import Alert, Rejected
from streams.codecs import decode_raw_article, rejection_for
from streams.inputs import InputRecord
from streams.settings import Settings


@dataclass
class PipelineCounts:
    articles: int = 0
    rejected: int = 0
    redeliveries: int = 0
    duplicates: int = 0
    alerts: int = 0


def with_cluster_hints(event: ClaimEvent, cluster: dict) -> ClaimEvent:
    """The canonical copy's claim event, carrying the cluster's current copy and source counts."""
    return dataclasses.replace(event, copies=cluster["copies"], sources=max(1, len(cluster["sources"])))


def dedupe_config(settings: Settings) -> DedupeConfig:
    return DedupeConfig.for_threshold(settings.dedupe_threshold, settings.dedupe_retention_days)


class Pipeline:
    """All stages in order, state in memory. ``process`` returns the records to emit."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.counts = PipelineCounts()
        self.dedupe = Deduplicator(dedupe_config(settings))
        self.claims = ClaimsStage()
        # cluster id -> claim events of its canonical copy, to count later copies.
        self.cluster_events: dict[str, list[ClaimEvent]] = {}

    def process(self, record: InputRecord) -> list[BaseModel]:
        try:
            raw = decode_raw_article(record.data, max_bytes=self.settings.max_text_bytes)
            article = normalize_article(raw, input=raw.input or record.input)
        except RejectedInput as exc:
            return [self._reject(record, exc)]
        outcome = self.dedupe.process(article)
        if outcome is None:  # the same article again: at-least-once redelivery or a re-run
            self.counts.redeliveries += 1
            return []
        self.counts.articles += 1
        cluster_id = outcome.article.cluster_id
        assert cluster_id is not None
        if not outcome.unique:
            self.counts.duplicates += 1
            # A copy raises no alert, but its claims now have one more article (and maybe source).
            for event in self.cluster_events.get(cluster_id, []):
                self.claims.tracker.apply(with_cluster_hints(event, outcome.cluster))
            return [outcome.article]
        article, events = assign_claims(tag_article(outcome.article), fallback_time=article.published_at)
        alerts: list[Alert] = []
        routed = []
        for event in events:
            event = self.claims.resolver.route(event)
            routed.append(event)
            alerts += self.claims.tracker.apply(event)[0]
        self.cluster_events[cluster_id] = routed
        article = link_statements(article, {event.statement_id: event.claim_id for event in routed})
        self.counts.alerts += len(alerts)
        return [article, *alerts]

    def _reject(self, record: InputRecord, exc: RejectedInput) -> Rejected:
        self.counts.rejected += 1
        return rejection_for(record.data, exc, input=record.input)
