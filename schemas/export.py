"""JSON Schema export of the record models (committed under ``schemas/json/``)."""

from __future__ import annotations

from pathlib import Path

import orjson

from schemas.models import OUTPUT_MODELS, SCHEMA_VERSION

SCHEMA_DIR = Path(__file__).resolve().parent / "json"


def json_schemas() -> dict[str, bytes]:
    """File name -> JSON Schema text for every model, deterministic."""
    files: dict[str, bytes] = {}
    for name, model in OUTPUT_MODELS.items():
        schema = model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://claimwatch.dev/schemas/v{SCHEMA_VERSION}/{name}.json"
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        files[f"{name}.v{SCHEMA_VERSION}.json"] = (
            orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
        )
    return files


def export(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in json_schemas().items():
        path = directory / name
        path.write_bytes(content)
        written.append(path)
    return written
