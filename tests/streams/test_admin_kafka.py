"""Topic administration and a group's lag from outside, on a real broker."""

from __future__ import annotations

import pytest
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.structs import OffsetAndMetadata

from streams import topics
from streams.admin import group_lag
from streams.settings import Settings
from streams.testing import produce

pytestmark = pytest.mark.kafka


async def test_group_lag_counts_what_the_group_has_not_committed(kafka_settings: Settings) -> None:
    await produce(kafka_settings, topics.RAW, [b'{"text": "x"}'] * 7)
    name = topics.topic_name(topics.RAW, kafka_settings.namespace)
    parts = [(name, 0), (name, 1)]
    group = f"{kafka_settings.namespace}-lag-test"

    before = await group_lag(kafka_settings, group, parts)
    assert sum(before.values()) == 7  # never committed: every record waits

    consumer = AIOKafkaConsumer(
        bootstrap_servers=kafka_settings.bootstrap_list, group_id=group, enable_auto_commit=False
    )
    await consumer.start()
    try:
        consumer.assign([TopicPartition(name, 0)])
        await consumer.commit({TopicPartition(name, 0): OffsetAndMetadata(before[(name, 0)], "")})
    finally:
        await consumer.stop()

    after = await group_lag(kafka_settings, group, parts)
    assert after == {(name, 0): 0, (name, 1): before[(name, 1)]}
    assert await group_lag(kafka_settings, group, []) == {}


async def test_an_existing_topic_with_the_brokers_1_mb_limit_is_raised_and_keeps_its_retention(
    kafka_settings: Settings,
) -> None:
    from aiokafka.admin import AIOKafkaAdminClient
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    from streams.admin import ensure_topics

    name = topics.topic_name(topics.TAGGED, kafka_settings.namespace)
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_settings.bootstrap_list)
    await admin.start()
    try:
        # As an older version made it: no max.message.bytes of its own.
        await admin.alter_configs(
            [
                ConfigResource(
                    ConfigResourceType.TOPIC, name, {"cleanup.policy": "delete", "retention.ms": "3600000"}
                )
            ]
        )
        assert await ensure_topics(kafka_settings) == []  # nothing to create
        described = await admin.describe_configs(
            [
                ConfigResource(
                    ConfigResourceType.TOPIC, name, {"max.message.bytes": None, "retention.ms": None}
                )
            ]
        )
    finally:
        await admin.close()
    entries = {key: value for key, value, *_ in described[0].resources[0][4]}
    assert entries["max.message.bytes"] == str(kafka_settings.max_message_bytes)
    assert entries["retention.ms"] == topics.TAGGED.config(kafka_settings)["retention.ms"]
