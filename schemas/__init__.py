"""claimwatch's record models: the versioned output contract."""

from schemas.models import (
    OUTPUT_MODELS,
    SCHEMA_VERSION,
    Actor,
    Alert,
    Article,
    Claim,
    Evidence,
    RawArticle,
    Rejected,
    RemovedPart,
    SourceOffset,
    Statement,
    format_timestamp,
    parse_timestamp,
)

__all__ = [
    "OUTPUT_MODELS",
    "SCHEMA_VERSION",
    "Actor",
    "Alert",
    "Article",
    "Claim",
    "Evidence",
    "RawArticle",
    "Rejected",
    "RemovedPart",
    "SourceOffset",
    "Statement",
    "format_timestamp",
    "parse_timestamp",
]
