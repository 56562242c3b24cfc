"""The Faust app: thin agents around the stage functions in :mod:`agents`.

Each agent decodes bytes, calls a synchronous stage, encodes and sends. All
topics carry raw bytes (orjson JSON) so the normalizer sees the original
bytes and can dead-letter them unchanged. Agents keep ``concurrency=1``: with
at-least-once delivery a higher concurrency can commit past in-flight
messages and lose output.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

import faust
from prometheus_client import Counter, generate_latest

from agents.claims import ClaimEvent, ClaimResolver, ClaimTracker, assign_claims
from agents.duplicates import (
    BandIndex,
    ClusterStats,
    Signature,
    Signer,
    cluster_id_for,
    decide,
    retention_horizon,
)
from agents.errors import RejectedInput
from agents.normalize import normalize_article
from agents.tagging import tag_article
from schemas import Article
from streams import _faust_fixes
from streams import topics as catalog
from streams.admin import group_lag
from streams.codecs import decode_dict, decode_raw_article, encode, encode_dict, rejection_for
from streams.pipeline import dedupe_config, with_cluster_hints
from streams.settings import Settings

log = logging.getLogger("claimwatch")

ARTICLES_IN = Counter("claimwatch_raw_articles_total", "raw messages consumed")
ARTICLES_OUT = Counter("claimwatch_articles_total", "articles emitted, by topic", ["topic"])
REJECTED = Counter("claimwatch_rejected_total", "dead letters, by error kind", ["error"])
MAX_CLUSTER_EVENTS = 64  # claim events kept per story cluster, to re-count claims as copies arrive
METRICS_CONTENT_TYPE = "text/plain; version=0.0.4"
ALERTS = Counter("claimwatch_alerts_total", "alerts emitted, by type", ["type"])


class Progress:
    """When the worker last took a record from any of its topics."""

    def __init__(self) -> None:
        self._at = time.monotonic()

    def taken(self) -> None:
        self._at = time.monotonic()

    def idle_s(self) -> float:
        return time.monotonic() - self._at


def health_status(
    lag: int | None,
    idle_s: float,
    stall_after_s: float,
    committed_lag: int | None = None,
    recovering: bool = False,
) -> str:
    """ "stalled" when records wait and none was taken for ``stall_after_s``, else "ok".

    Records wait when the consumer's own view (``lag``, from its fetches) or the broker's
    (``committed_lag``, end minus committed offsets) says so; the broker's also sees a partition the
    consumer never fetched. A worker that says it is ready but consumes nothing shows up here, so an
    orchestrator can restart it. Unknown lag never counts as a stall, and neither does a table
    recovery in progress (a restart would only begin it again).
    """
    waiting = (lag or 0) > 0 or (committed_lag or 0) > 0
    return "stalled" if waiting and idle_s >= stall_after_s and not recovering else "ok"


def _lag(app: faust.App, assigned: set) -> int | None:
    """Records waiting on the assigned partitions, from cached figures only; None if unknown.

    High water (from the last fetch response) minus the next offset to read (the last record taken,
    else the last commit). Nothing here may wait on the consumer: asking it for a position blocks
    until the position is known, which during a recovery would stall the very worker we watch.
    """
    monitor = app.monitor
    total = 0
    for tp in assigned:
        try:
            highwater = app.consumer.highwater(tp)
        except Exception:  # not fetched yet or being reassigned: no figure rather than a wrong one
            return None
        read = monitor.tp_read_offsets.get(tp)
        committed = monitor.tp_committed_offsets.get(tp)
        next_offset = read + 1 if read is not None else committed
        if highwater is None or next_offset is None:
            continue  # nothing fetched or read on this partition yet
        total += max(0, highwater - next_offset)
    return total


def partition_states(app: faust.App) -> list[dict[str, Any]]:
    """What the consumer knows of each assigned partition, from cached figures only (for /partitions).

    Paused, position, high water and the last fetch time come from aiokafka's subscription state;
    read and committed offsets from Faust's monitor. A worker that is ready but fetches nothing
    shows it here: a stream partition left paused, or one with no position or no fetch since start.
    """
    monitor = app.monitor
    try:  # private attributes of the aiokafka driver: a figure we cannot read is left out
        assignment = app.consumer._thread._ensure_consumer()._subscription.subscription.assignment
    except Exception:
        return []
    states = []
    for tp in sorted(assignment.tps):
        state = assignment.state_value(tp)
        faust_tp = faust.types.TP(tp.topic, tp.partition)
        states.append(
            {
                "topic": tp.topic,
                "partition": tp.partition,
                "paused": state.paused,
                "position": state.position if state.has_valid_position else None,
                "highwater": state.highwater,
                "fetched_ms": state.timestamp,
                "read": monitor.tp_read_offsets.get(faust_tp),
                "committed": monitor.tp_committed_offsets.get(faust_tp),
            }
        )
    return states


def _tag_and_assign(value: bytes, fallback_time: str | None) -> tuple[Article, list[ClaimEvent]]:
    """The tag agent's work on one unique article: actors and statements, then claim ids and events."""
    return assign_claims(tag_article(Article.model_validate_json(value)), fallback_time=fallback_time)


def _iso(timestamp_ms: int | None) -> str | None:
    if not timestamp_ms or timestamp_ms < 0:
        return None
    return dt.datetime.fromtimestamp(timestamp_ms / 1000, dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def create_app(settings: Settings) -> faust.App:
    """Build the worker app for ``settings.namespace``: its topics, tables and agents."""
    datadir = settings.data_dir / settings.namespace
    datadir.mkdir(parents=True, exist_ok=True)
    # faust.App with a consumer that does not lose records when partitions pause (see the module).
    app = _faust_fixes.App(
        settings.namespace,
        broker=[f"kafka://{server}" for server in settings.bootstrap_list],
        store="rocksdb://",
        datadir=str(datadir),
        topic_partitions=settings.partitions,
        topic_replication_factor=settings.replication_factor,
        table_standby_replicas=0,
        consumer_auto_offset_reset="earliest",
        processing_guarantee="at_least_once",
        producer_acks=-1,
        producer_max_request_size=settings.max_message_bytes,
        # A crashed worker's partitions move after this long; heartbeat ten times within it.
        broker_session_timeout=settings.session_timeout_s,
        broker_heartbeat_interval=settings.session_timeout_s / 10,
        broker_rebalance_timeout=max(60.0, settings.session_timeout_s),
        web_enabled=settings.web_port > 0,
        web_port=settings.web_port or 6066,
        web_bind=settings.web_host,
        autodiscover=False,
    )
    started = time.time()
    progress = Progress()

    def topic(spec: catalog.TopicSpec) -> faust.TopicT:
        return app.topic(
            catalog.topic_name(spec, settings.namespace),
            key_serializer="raw",
            value_serializer="raw",
            partitions=settings.partitions,
        )

    raw_topic = topic(catalog.RAW)
    normalized_topic = topic(catalog.NORMALIZED)
    rejected_topic = topic(catalog.REJECTED)
    unique_topic = topic(catalog.UNIQUE)
    duplicates_topic = topic(catalog.DUPLICATES)
    tagged_topic = topic(catalog.TAGGED)
    alerts_topic = topic(catalog.ALERTS)
    claims_topic = topic(catalog.CLAIMS)
    clusters_topic = topic(catalog.CLUSTERS)
    parties_topic = topic(catalog.CLAIM_PARTIES)
    claim_events_topic = topic(catalog.CLAIM_EVENTS)
    bands_topic = topic(catalog.DEDUPE_BANDS)
    collect_topic = topic(catalog.DEDUPE_COLLECT)

    def table(name: str) -> faust.Table:
        assert name in catalog.TABLES, name
        return app.Table(name, default=None, partitions=settings.partitions)

    dedupe = dedupe_config(settings)
    signer = Signer(dedupe)
    band_table = table("dedupe-bands")
    pending_table = table("dedupe-pending")
    seen_table = table("dedupe-seen")
    band_index = BandIndex(band_table, dedupe)
    clock = {"newest": ""}  # newest event time this worker's band partitions have seen
    cluster_stats_table = table("dedupe-clusters")
    cluster_stats = ClusterStats(cluster_stats_table)
    cluster_events_table = table("cluster-events")
    resolver = ClaimResolver(table("claim-parties"))
    tracker = ClaimTracker(table("claims"))

    async def dead_letter(event: faust.EventT, error: RejectedInput, stage: str) -> None:
        message = event.message
        rejection = rejection_for(
            message.value,
            error,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
            stage=stage,
        )
        REJECTED.labels(error.error).inc()
        log.warning(
            "dead letter %s: %s at %s[%d]@%d: %s",
            rejection.rejection_id, error.error, message.topic, message.partition, message.offset, error.message,
        )  # fmt: skip
        await rejected_topic.send(key=rejection.rejection_id.encode(), value=encode(rejection))

    async def processing_failed(event: faust.EventT, exc: Exception, stage: str) -> None:
        log.exception(
            "%s failed on %s[%d]@%d",
            stage,
            event.message.topic,
            event.message.partition,
            event.message.offset,
        )
        await dead_letter(event, RejectedInput("processing_error", f"{type(exc).__name__}: {exc}"), stage)

    async def each_event(
        stream: faust.StreamT[Any], stage: str, handle: Callable[[faust.EventT], Awaitable[None]]
    ) -> None:
        """Run ``handle`` on every event: one bad message is dead-lettered, never stops the agent."""
        async for event in stream.events():
            progress.taken()
            try:
                await handle(event)
            except Exception as exc:
                await processing_failed(event, exc, stage)

    @app.agent(raw_topic, concurrency=1)
    async def normalize(stream: faust.StreamT[Any]) -> None:
        async for event in stream.events():
            progress.taken()
            ARTICLES_IN.inc()
            try:
                raw = decode_raw_article(event.message.value, max_bytes=settings.max_text_bytes)
                article = normalize_article(raw, input=raw.input)
            except RejectedInput as exc:
                await dead_letter(event, exc, "normalize")
                continue
            except Exception as exc:  # a stage bug must not stop the worker: dead-letter the input
                await processing_failed(event, exc, "normalize")
                continue
            await normalized_topic.send(key=article.article_id.encode(), value=encode(article))
            ARTICLES_OUT.labels(catalog.NORMALIZED.name).inc()

    # -- dedupe: fan out by band key, look up per band, decide per article --------------

    async def dedupe_fanout_one(event: faust.EventT) -> None:
        article = Article.model_validate_json(event.message.value)
        sig = signer.signature(article, fallback_time=_iso(event.message.timestamp))
        sig_dict = sig.to_dict()  # once: it travels in the article message and in every probe
        await collect_topic.send(
            key=article.article_id.encode(),
            value=encode_dict(
                {"type": "article", "article": article.model_dump(mode="json"), "sig": sig_dict}
            ),
        )
        for band_key in sig.keys:
            await bands_topic.send(
                key=band_key.encode(), value=encode_dict({"type": "probe", "key": band_key, "sig": sig_dict})
            )

    @app.agent(normalized_topic, concurrency=1)
    async def dedupe_fanout(stream: faust.StreamT[Any]) -> None:
        await each_event(stream, "dedupe", dedupe_fanout_one)

    async def dedupe_bands_one(event: faust.EventT) -> None:
        message = decode_dict(event.message.value)
        band_key = message["key"]
        if message["type"] == "probe":
            sig = Signature.from_dict(message["sig"])
            clock["newest"] = max(clock["newest"], sig.event_time)
            entries = band_index.probe_and_add(band_key, sig)
            await collect_topic.send(
                key=sig.article_id.encode(),
                value=encode_dict(
                    {
                        "type": "answer",
                        "key": band_key,
                        "article_id": sig.article_id,
                        "entries": entries,
                    }
                ),
            )
        elif message["type"] == "expire":
            band_index.expire(band_key, message["now"])

    @app.agent(bands_topic, concurrency=1)
    async def dedupe_bands(stream: faust.StreamT[Any]) -> None:
        await each_event(stream, "dedupe", dedupe_bands_one)

    async def dedupe_collect_one(event: faust.EventT) -> None:
        message = decode_dict(event.message.value)
        article_id = (
            message["article"]["article_id"] if message["type"] == "article" else message["article_id"]
        )
        if message["type"] == "expire":
            seen = seen_table.get(article_id)
            if seen is not None and seen["t"] and seen["t"] < message["horizon"]:
                del seen_table[article_id]
            return
        if seen_table.get(article_id) is not None:
            return  # decided already: a redelivery, or a late answer to one
        state = dict(pending_table.get(article_id) or {"answers": {}})
        if message["type"] == "article":
            state["article"], state["sig"] = message["article"], message["sig"]
        else:
            state["answers"] = {**state["answers"], message["key"]: message["entries"]}
        if "sig" not in state or len(state["answers"]) < len(state["sig"]["keys"]):
            pending_table[article_id] = state
            return
        sig = Signature.from_dict(state["sig"])
        decision = decide(sig, state["answers"], dedupe)
        article = Article.model_validate(state["article"])
        if decision.unique:
            article = article.model_copy(update={"cluster_id": cluster_id_for(article.article_id)})
            await unique_topic.send(key=article_id.encode(), value=encode(article))
            ARTICLES_OUT.labels(catalog.UNIQUE.name).inc()
        else:
            article = article.model_copy(
                update={
                    "duplicate_of": decision.duplicate_of,
                    "cluster_id": cluster_id_for(decision.duplicate_of),
                    "similarity": decision.similarity,
                }
            )
            await duplicates_topic.send(key=article_id.encode(), value=encode(article))
            ARTICLES_OUT.labels(catalog.DUPLICATES.name).inc()
        await clusters_topic.send(
            key=article.cluster_id.encode(),
            value=encode_dict({"type": "copy", "article_id": article_id, "source": sig.source}),
        )
        seen_table[article_id] = {"duplicate_of": decision.duplicate_of, "t": sig.event_time}
        pending_table.pop(article_id, None)

    @app.agent(collect_topic, concurrency=1)
    async def dedupe_collect(stream: faust.StreamT[Any]) -> None:
        await each_event(stream, "dedupe", dedupe_collect_one)

    # -- retention: expire dedupe state older than the event-time window ----------------
    # Tables can only change inside their own stream (the changelog partition is the
    # event's), so the sweep sends "expire" messages keyed like the state it expires.

    @app.timer(interval=settings.sweep_interval_s, on_leader=False)
    async def sweep_dedupe_state() -> None:
        if not clock["newest"]:
            return
        horizon = retention_horizon(clock["newest"], dedupe.retention_days)
        sent = 0
        for band_key, entries in list(band_table.items()):
            if entries and all(e["t"] and e["t"] < horizon for e in entries):
                await bands_topic.send(
                    key=band_key.encode(),
                    value=encode_dict({"type": "expire", "key": band_key, "now": clock["newest"]}),
                )
                sent += 1
        for article_id, seen in list(seen_table.items()):
            if seen and seen["t"] and seen["t"] < horizon:
                await collect_topic.send(
                    key=article_id.encode(),
                    value=encode_dict({"type": "expire", "article_id": article_id, "horizon": horizon}),
                )
                sent += 1
        if sent:
            log.info("retention sweep: %d expired dedupe entries (window ends %s)", sent, horizon)

    # -- tagging: actors and statements of each unique article -------------------------

    @app.agent(unique_topic, concurrency=1)
    async def tag(stream: faust.StreamT[Any]) -> None:
        async for event in stream.events():
            progress.taken()
            try:
                # Off the event loop: a long article takes seconds to tag, and the loop must go on
                # heartbeating, serving /health and running the other stages meanwhile. One at a time
                # still (concurrency=1), so output order and offset commits are unchanged.
                article, claim_events = await asyncio.to_thread(
                    _tag_and_assign, event.message.value, _iso(event.message.timestamp)
                )
            except Exception as exc:  # a tagger bug on one article must not stop the stream
                await processing_failed(event, exc, "tag")
                continue
            tagged = encode(article)
            if len(tagged) > settings.max_message_bytes:
                # A message the broker would refuse: dead-lettered, not retried for ever.
                await dead_letter(
                    event,
                    RejectedInput(
                        "output_too_large",
                        f"the tagged article is {len(tagged)} bytes, over CLAIMWATCH_MAX_MESSAGE_BYTES "
                        f"({settings.max_message_bytes})",
                    ),
                    "tag",
                )
                continue
            await tagged_topic.send(key=article.article_id.encode(), value=tagged)
            ARTICLES_OUT.labels(catalog.TAGGED.name).inc()
            for claim_event in claim_events:
                claim_event.extra["cluster_id"] = article.cluster_id
                await parties_topic.send(
                    key=f"party:{claim_event.party}".encode(), value=encode_dict(claim_event.to_dict())
                )

    # -- claims: resolve per accused party, then track per claim ----------------------------

    async def resolve_claims_one(event: faust.EventT) -> None:
        claim_event = resolver.route(ClaimEvent.from_dict(decode_dict(event.message.value)))
        payload = encode_dict(claim_event.to_dict())
        await claim_events_topic.send(key=claim_event.claim_id.encode(), value=payload)
        cluster_id = claim_event.extra.get("cluster_id")
        if cluster_id:
            await clusters_topic.send(
                key=cluster_id.encode(),
                value=encode_dict({"type": "event", "event": claim_event.to_dict()}),
            )

    @app.agent(parties_topic, concurrency=1)
    async def resolve_claims(stream: faust.StreamT[Any]) -> None:
        await each_event(stream, "claims", resolve_claims_one)

    async def track_claims_one(event: faust.EventT) -> None:
        alerts, claim = tracker.apply(ClaimEvent.from_dict(decode_dict(event.message.value)))
        for alert in alerts:
            await alerts_topic.send(key=alert.alert_id.encode(), value=encode(alert))
            ALERTS.labels(alert.type).inc()
            log.info("alert %s %s: %s — %s", alert.alert_id, alert.type, alert.speaker.name, alert.claim)
        if claim is not None:
            await claims_topic.send(key=claim.claim_id.encode(), value=encode(claim))

    @app.agent(claim_events_topic, concurrency=1)
    async def track_claims(stream: faust.StreamT[Any]) -> None:
        await each_event(stream, "claims", track_claims_one)

    # -- clusters: copies of a story update the counts of its claims -----------------------

    async def track_clusters_one(event: faust.EventT) -> None:
        message = decode_dict(event.message.value)
        cluster_id = event.message.key.decode()
        events = list((cluster_events_table.get(cluster_id) or {}).get("events", []))
        if message["type"] == "copy":
            stats = cluster_stats.add(cluster_id, message["article_id"], message["source"])
            replay_events = events
        else:
            if any(e["event_id"] == message["event"]["event_id"] for e in events):
                return
            events = [*events, message["event"]][-MAX_CLUSTER_EVENTS:]
            cluster_events_table[cluster_id] = {"events": events}
            stats = cluster_stats_table.get(cluster_id) or {"copies": 1, "sources": []}
            replay_events = [message["event"]]
        if stats["copies"] > 1:
            for raw_event in replay_events:
                hinted = with_cluster_hints(ClaimEvent.from_dict(raw_event), stats)
                await claim_events_topic.send(
                    key=hinted.claim_id.encode(), value=encode_dict(hinted.to_dict())
                )

    @app.agent(clusters_topic, concurrency=1)
    async def track_clusters(stream: faust.StreamT[Any]) -> None:
        await each_event(stream, "clusters", track_clusters_one)

    # The group's lag as the broker sees it, measured every lag_check_s (see group_lag).
    outside: dict[str, Any] = {"lag": None, "at": 0.0}
    stream_topics = {catalog.topic_name(spec, settings.namespace) for spec in catalog.CATALOG}

    @app.timer(interval=settings.lag_check_s)
    async def measure_group_lag() -> None:
        assigned = [(tp.topic, tp.partition) for tp in app.consumer.assignment() if tp.topic in stream_topics]
        try:
            per_partition = await group_lag(settings, app.conf.id, assigned)
        except Exception as exc:  # a figure missing, never a worker stopped
            log.warning("group lag not measured: %s: %s", type(exc).__name__, exc)
            outside.update(lag=None, at=0.0)
            return
        outside.update(lag=sum(per_partition.values()), at=time.monotonic())

    def committed_lag() -> int | None:
        fresh = time.monotonic() - outside["at"] <= 3 * settings.lag_check_s
        return outside["lag"] if fresh else None

    @app.page("/health")
    async def health(web: Any, request: Any) -> Any:
        assigned = app.consumer.assignment()
        lag = _lag(app, assigned)
        behind = committed_lag()
        recovering = bool(getattr(app, "in_recovery", False))
        status = health_status(lag, progress.idle_s(), settings.stall_after_s, behind, recovering)
        return web.json(
            {
                "status": status,
                "namespace": settings.namespace,
                "uptime_s": round(time.time() - started, 1),
                "assigned_partitions": len(assigned),
                "lag": lag,
                "committed_lag": behind,
                "recovering": recovering,
                "idle_s": round(progress.idle_s(), 1),
            },
            status=503 if status == "stalled" else 200,
        )

    @app.page("/partitions")
    async def partitions(web: Any, request: Any) -> Any:
        return web.json({"namespace": settings.namespace, "partitions": partition_states(app)})

    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        # aiohttp refuses a charset in content_type; the exposition format is UTF-8 by definition.
        return web.bytes(generate_latest(), content_type=METRICS_CONTENT_TYPE)

    return app
