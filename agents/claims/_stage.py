"""In-process composition for ``claimwatch analyze``: assign -> resolve -> track, dict stores."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from agents.claims._assign import assign_claims
from agents.claims._tracker import ClaimResolver, ClaimTracker
from schemas import Alert, Article, Claim


class ClaimsStage:
    """The claims stage of one process: the three steps the Kafka topology runs on two partitions."""

    def __init__(
        self,
        claims_store: MutableMapping[str, Any] | None = None,
        parties_store: MutableMapping[str, Any] | None = None,
        *,
        new_accuser_alerts: bool = True,
    ) -> None:
        self.resolver = ClaimResolver(parties_store if parties_store is not None else {})
        self.tracker = ClaimTracker(
            claims_store if claims_store is not None else {}, new_accuser_alerts=new_accuser_alerts
        )

    def process(
        self, article: Article, *, copies: int = 1, sources: int = 1, fallback_time: str | None = None
    ) -> tuple[Article, list[Alert], list[Claim]]:
        """The article with claim_id/responds_to filled (cross-article too), new alerts in
        statement order, and the claims that changed (latest state of each, first-change order)."""
        article, events = assign_claims(article, copies=copies, sources=sources, fallback_time=fallback_time)
        alerts: list[Alert] = []
        claims: dict[str, Claim] = {}
        resolved: dict[str, str] = {}
        for event in events:
            event = self.resolver.route(event)
            assert event.claim_id is not None
            resolved[event.statement_id] = event.claim_id
            new_alerts, claim = self.tracker.apply(event)
            alerts += new_alerts
            if claim is not None:
                claims[claim.claim_id] = claim
        return link_statements(article, resolved), alerts, list(claims.values())


def link_statements(article: Article, resolved: dict[str, str | None]) -> Article:
    """Statements get the claim ids their events resolved to (statement id -> claim id);
    a denial's ``responds_to`` is the claim it denies."""
    statements = [
        s.model_copy(
            update={
                "claim_id": resolved[s.id],
                "responds_to": resolved[s.id] if s.stance == "denial" else None,
            }
        )
        if s.id in resolved and s.claim_id is None
        else s
        for s in article.statements
    ]
    return article.model_copy(update={"statements": statements})
