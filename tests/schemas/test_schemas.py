from __future__ import annotations

import pytest

from schemas import Article, format_timestamp, parse_timestamp
from schemas.export import SCHEMA_DIR, json_schemas


def test_committed_json_schemas_match_the_models() -> None:
    expected = json_schemas()
    committed = {p.name: p.read_bytes() for p in SCHEMA_DIR.glob("*.json")}
    assert set(committed) == set(expected), "run `make schemas` and commit schemas/json"
    for name, content in expected.items():
        assert committed[name] == content, f"{name} drifted from the models: run `make schemas`"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("2025-05-06", "2025-05-06"),
        ("2025-05-06T10:11:12+02:00", "2025-05-06T08:11:12Z"),
        ("2025-05-06T10:11:12Z", "2025-05-06T10:11:12Z"),
        ("2025-05-06 10:11:12", "2025-05-06T10:11:12Z"),
    ],
)
def test_timestamps_are_canonical(given: str, expected: str) -> None:
    assert format_timestamp(given) == expected


def test_date_only_sorts_as_midnight_utc() -> None:
    assert parse_timestamp("2025-05-06") < parse_timestamp("2025-05-06T00:00:01Z")


def test_article_contract_field_order() -> None:
    fields = list(Article.model_fields)
    assert fields[:4] == ["kind", "schema_version", "article_id", "input"]
    assert fields[-2:] == ["actors", "statements"]
