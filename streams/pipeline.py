"""The stages chained in-process: what ``claimwatch analyze`` runs, with no broker.

The Faust agents in :mod:`streams.app` call the very same stage functions;
here their state lives in dicts instead of Faust tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from agents.duplicates import DedupeConfig, Deduplicator
from agents.errors import RejectedInput
from agents.normalization import normalize_article
from agents.tagging import tag_article
from schemas import Rejected
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
    rejected_by_error: dict[str, int] = field(default_factory=dict)


def dedupe_config(settings: Settings) -> DedupeConfig:
    return DedupeConfig.for_threshold(settings.dedupe_threshold, settings.dedupe_retention_days)


class Pipeline:
    """All stages in order, state in memory. ``process`` returns the records to emit."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.counts = PipelineCounts()
        self.dedupe = Deduplicator(dedupe_config(settings))

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
        if not outcome.unique:
            self.counts.duplicates += 1
            return [outcome.article]
        return [tag_article(outcome.article)]

    def _reject(self, record: InputRecord, exc: RejectedInput) -> Rejected:
        self.counts.rejected += 1
        self.counts.rejected_by_error[exc.error] = self.counts.rejected_by_error.get(exc.error, 0) + 1
        return rejection_for(record.data, exc, input=record.input)
