"""Topic administration: create the catalog's topics before any agent starts; a group's lag from outside."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterable
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import (
    CoordinatorLoadInProgressError,
    GroupCoordinatorNotAvailableError,
    KafkaConnectionError,
    NotCoordinatorError,
    TopicAlreadyExistsError,
)

from streams.settings import Settings
from streams.topics import CATALOG, TopicSpec, topic_name

CONNECT_TIMEOUT_S = 30.0
log = logging.getLogger(__name__)


class BrokerUnavailable(RuntimeError):
    """No Kafka broker answers at the configured bootstrap servers."""


def _admin(settings: Settings) -> AIOKafkaAdminClient:
    return AIOKafkaAdminClient(
        bootstrap_servers=settings.bootstrap_list,
        client_id=f"{settings.namespace}-admin",
        request_timeout_ms=int(CONNECT_TIMEOUT_S * 1000),
    )


async def _start(admin: AIOKafkaAdminClient, settings: Settings) -> None:
    try:
        await asyncio.wait_for(admin.start(), CONNECT_TIMEOUT_S)
    except (KafkaConnectionError, TimeoutError, OSError) as exc:
        raise BrokerUnavailable(
            f"no Kafka broker at {settings.kafka_bootstrap_servers} ({exc.__class__.__name__}). "
            "Start one with `claimwatch kafka up`, or set KAFKA_BOOTSTRAP_SERVERS."
        ) from None


async def ensure_topics(settings: Settings, specs: tuple[TopicSpec, ...] = CATALOG) -> list[str]:
    """Create the namespace's topics that do not exist yet; return the names created."""
    admin = _admin(settings)
    await _start(admin, settings)
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name=topic_name(spec, settings.namespace),
                num_partitions=settings.partitions,
                replication_factor=settings.replication_factor,
                topic_configs=spec.config(settings),
            )
            for spec in specs
            if topic_name(spec, settings.namespace) not in existing
        ]
        created: list[str] = []
        for topic in wanted:
            try:
                await admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        if created:
            await _await_metadata(admin, created)
        await _raise_message_limits(
            admin, settings, [spec for spec in specs if topic_name(spec, settings.namespace) in existing]
        )
        return created
    finally:
        await admin.close()


async def _raise_message_limits(
    admin: AIOKafkaAdminClient, settings: Settings, specs: list[TopicSpec]
) -> list[str]:
    """Give existing topics that take smaller records than ``CLAIMWATCH_MAX_MESSAGE_BYTES`` the catalog's
    configuration (topics made before that setting keep the broker's 1 MB, and a long tagged article would
    be refused). Returns the names changed.

    Kafka's AlterConfigs sets a topic's whole configuration: the catalog's retention and cleanup policy are
    written again with it, and an override set by hand outside the catalog is dropped."""
    if not specs:
        return []
    names = {topic_name(spec, settings.namespace): spec for spec in specs}
    described = await admin.describe_configs(
        [ConfigResource(ConfigResourceType.TOPIC, name, {"max.message.bytes": None}) for name in names]
    )
    low: list[str] = []
    for response in described:
        for _error, _message, _kind, name, entries in response.resources:
            value = next((v for key, v, *_ in entries if key == "max.message.bytes"), None)
            if name in names and value is not None and int(value) < settings.max_message_bytes:
                low.append(name)
    if low:
        await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, name, names[name].config(settings)) for name in low]
        )
        log.info("raised max.message.bytes to %d on %d topic(s)", settings.max_message_bytes, len(low))
    return low


async def _await_metadata(admin: AIOKafkaAdminClient, names: list[str], timeout: float = 30.0) -> None:
    """Wait until the broker lists the new topics, so clients started next see them."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        listed = set(await admin.list_topics())
        if all(name in listed for name in names):
            return
        await asyncio.sleep(0.2)


async def list_namespace_topics(settings: Settings) -> list[str]:
    admin = _admin(settings)
    await _start(admin, settings)
    try:
        prefix = settings.namespace + "."
        return sorted(
            t
            for t in await admin.list_topics()
            if t.startswith(prefix) or t.startswith(settings.namespace + "-")
        )
    finally:
        await admin.close()


async def delete_namespace_topics(settings: Settings) -> list[str]:
    """Delete every topic of the namespace (catalog and Faust changelogs). For sandboxes and tests."""
    names = await list_namespace_topics(settings)
    if not names:
        return []
    admin = _admin(settings)
    await _start(admin, settings)
    try:
        await admin.delete_topics(names)
        return names
    finally:
        await admin.close()


async def group_lag(
    settings: Settings, group: str, partitions: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], int]:
    """Records of each partition that ``group`` has not committed yet: end offset minus committed offset
    (the partition's first offset when the group never committed there).

    Measured from outside the group, by the broker's figures alone, so it counts a partition that the
    group's consumer never fetched too (which the consumer's own view cannot)."""
    tps = [TopicPartition(topic, partition) for topic, partition in partitions]
    if not tps:
        return {}
    admin = _admin(settings)
    await _start(admin, settings)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=settings.bootstrap_list,
        client_id=f"{settings.namespace}-lag",
        group_id=None,
        enable_auto_commit=False,
        request_timeout_ms=int(CONNECT_TIMEOUT_S * 1000),
    )
    try:
        committed = await _committed_offsets(admin, group, tps)
        await asyncio.wait_for(consumer.start(), CONNECT_TIMEOUT_S)
        end = await consumer.end_offsets(tps)
        begin = await consumer.beginning_offsets(tps)
    finally:
        await consumer.stop()
        await admin.close()
    out: dict[tuple[str, int], int] = {}
    for tp in tps:
        meta = committed.get(tp)
        done = meta.offset if meta is not None and meta.offset >= 0 else begin[tp]
        out[(tp.topic, tp.partition)] = max(0, end[tp] - max(done, begin[tp]))
    return out


async def _committed_offsets(
    admin: AIOKafkaAdminClient, group: str, tps: list[TopicPartition], timeout: float = 15.0
) -> dict[TopicPartition, Any]:
    """The group's committed offsets; retried while the broker has no coordinator for it yet (a new
    cluster creates its offsets topic on the first request, which takes a moment)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            return await admin.list_consumer_group_offsets(group, partitions=tps)
        except (GroupCoordinatorNotAvailableError, CoordinatorLoadInProgressError, NotCoordinatorError):
            if loop.time() >= deadline:
                raise
            await asyncio.sleep(0.5)
