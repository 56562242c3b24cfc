"""Stateful part: ClaimResolver (party partition) and ClaimTracker (claim partition)."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from agents.claims._assign import ClaimEvent, claim_id_of, short_hash
from agents.claims._lexicon import prominence, voice_of
from schemas import Actor, Alert, Claim, Evidence, format_timestamp, parse_timestamp

MAX_EVENTS = 500  # per claim: redelivery window of the idempotence check (events and articles)
MAX_ARTICLE_IDS = 100  # per claim, published in Claim.article_ids (most recent)
MAX_SOURCES = 1000
MAX_PARTY_CLAIMS = 64  # per accused party, in the resolver's index
MAX_RESOLUTIONS = 512

_LEVELS = ("low", "medium", "high")


def alert_id_of(alert_type: str, claim_id: str, voice: str) -> str:
    """``voice`` is the speaker's canonical party (``voice_of``): alpha-3 for a state voice, else its id."""
    return "alt_" + short_hash(f"{alert_type}|{claim_id}|{voice}")


def _sort_time(value: str) -> str:
    """A lexicographically sortable UTC time for event-time comparisons of mixed precision."""
    return parse_timestamp(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _trim_dict(d: dict[str, Any], limit: int) -> None:
    while len(d) > limit:
        d.pop(next(iter(d)))


class ClaimResolver:
    """Links denials that do not restate the claim they deny to a claim about the denier.

    Runs on the *accused-party* partition (event ``key`` ``party:<party>`` for unresolved
    denials; resolved events pass through it, keyed by party, to feed the index). The store maps
    a party to its recent claims; a resolution is remembered per event so a redelivery resolves
    the same way even if the index has moved on.
    """

    def __init__(self, parties_store: MutableMapping[str, Any]) -> None:
        self.store = parties_store

    def route(self, event: ClaimEvent) -> ClaimEvent:
        key = f"party:{event.party}"
        rec = self.store.get(key) or {"claims": {}, "resolved": {}}
        rec = {"claims": dict(rec["claims"]), "resolved": dict(rec["resolved"])}
        if event.resolved and event.stance == "denial" and event.claim_id not in rec["claims"]:
            # A denial whose own wording gives a claim nobody alleged (a victim left unnamed,
            # "no role in this incident"): link it to the party's alleged claim of the same
            # predicate (any, for a generic one), if one exists. Remembered per event, so a
            # redelivery resolves the same way.
            done = rec["resolved"].get(event.event_id)
            if done is None:
                same = {
                    cid: e
                    for cid, e in rec["claims"].items()
                    if e["accusers"]
                    and (e["predicate"] == event.predicate or event.predicate.startswith("generic:"))
                }
                done = self._pick(event, same) if same else event.claim_id
                rec["resolved"][event.event_id] = done
                _trim_dict(rec["resolved"], MAX_RESOLUTIONS)
            event = event.resolve(done)
        if event.resolved:
            assert event.claim_id is not None
            entry = dict(
                rec["claims"].pop(event.claim_id, None) or {"predicate": event.predicate, "accusers": []}
            )
            if event.stance == "allegation" and event.speaker.id not in entry["accusers"]:
                entry["accusers"] = [*entry["accusers"], event.speaker.id][-16:]
            t = _sort_time(event.event_time)
            entry["last"] = max(entry.get("last", t), t)
            entry["predicate"] = event.predicate if event.stance == "allegation" else entry["predicate"]
            rec["claims"][event.claim_id] = entry  # re-inserted: most recently touched last
            _trim_dict(rec["claims"], MAX_PARTY_CLAIMS)
            self.store[key] = rec
            return event
        done = rec["resolved"].get(event.event_id)
        if done is None:
            done = self._pick(event, rec["claims"])
            rec["resolved"][event.event_id] = done
            _trim_dict(rec["resolved"], MAX_RESOLUTIONS)
            self.store[key] = rec
        return event.resolve(done)

    @staticmethod
    def _pick(event: ClaimEvent, claims: dict[str, Any]) -> str:
        t = _sort_time(event.event_time)
        cands = [
            (cid, e)
            for cid, e in claims.items()
            if event.contentless
            or e["predicate"] == event.predicate
            or event.predicate.startswith("generic:")
        ]
        if cands:
            accuser = event.target.id if event.target is not None else None

            # The accuser's claim first; then claims seen before the denial; then the latest.
            def rank(item: tuple[str, Any]) -> tuple[int, int, str, str]:
                cid, e = item
                return (accuser in e["accusers"], e["last"] <= t, e["last"], cid)

            return max(cands, key=rank)[0]
        # Nothing known about the party yet: a claim of its own ("unspecified allegation").
        return claim_id_of(f"{event.party}|{event.predicate}|-")


class ClaimTracker:
    """Claim state and alerts, on the claim-id partition. ``store`` maps claim_id -> JSON-safe dict.

    Alerts go by *voice* (``voice_of``: heads of state, ministries and spokespeople speak for
    their country; anyone else for themselves): one ``new_allegation`` per claim for its first
    voice, a lower one per new accusing voice, one ``new_denial`` per denying voice. Claim
    ``alleged_by``/``denied_by`` still list every actor.

    ``apply`` is idempotent per event (``article_id#statement_id``): a redelivered event changes
    nothing and emits nothing, except that larger dedupe hints (more copies of the story
    seen since) update the counts, without an alert.
    """

    def __init__(self, claims_store: MutableMapping[str, Any], *, new_accuser_alerts: bool = True) -> None:
        self.store = claims_store
        self.new_accuser_alerts = new_accuser_alerts

    def apply(self, event: ClaimEvent) -> tuple[list[Alert], Claim | None]:
        if event.claim_id is None:
            raise ValueError(f"unresolved claim event {event.event_id}: route it through ClaimResolver")
        cid = event.claim_id
        before = self.store.get(cid)
        state = _copy_state(before) if before is not None else _new_state(event)
        alerts: list[Alert] = []
        if event.event_id in state["events"]:
            if self._merge_hints(state, event):
                self.store[cid] = state
                return [], to_claim(state)
            return [], None
        state["events"][event.event_id] = 1
        _trim_dict(state["events"], MAX_EVENTS)
        self._merge_hints(state, event)
        if event.source and event.source not in state["sources"] and len(state["sources"]) < MAX_SOURCES:
            state["sources"] = sorted([*state["sources"], event.source])
        t = _sort_time(event.event_time)
        if state["first_seen"] is None or t < _sort_time(state["first_seen"]):
            state["first_seen"] = event.event_time
        if state["last_seen"] is None or t > _sort_time(state["last_seen"]):
            state["last_seen"] = event.event_time
        # First wording: the earliest allegation by event time (then article id), so the
        # text does not depend on processing order; a denial's wording until one arrives.
        rank = [0 if event.stance == "allegation" else 1, t, event.article_id, event.statement_id]
        if state["wording_rank"] is None or rank < state["wording_rank"]:
            state["wording_rank"] = rank
            state["claim"] = event.claim
            state["target"] = event.accused.model_dump()

        speaker = event.speaker
        voice = voice_of(speaker)
        if event.stance == "allegation":
            first = not state["accuser_voices"]
            if speaker.id not in {a["id"] for a in state["alleged_by"]}:
                state["alleged_by"] = [*state["alleged_by"], speaker.model_dump()]
            if voice not in state["accuser_voices"]:
                state["accuser_voices"] = [*state["accuser_voices"], voice]
                if first or self.new_accuser_alerts:
                    alerts.append(
                        self._alert("new_allegation", event, voice, state, demote=0 if first else 1)
                    )
        else:
            if speaker.id not in {a["id"] for a in state["denied_by"]}:
                state["denied_by"] = [*state["denied_by"], speaker.model_dump()]
            if voice not in state["denier_voices"]:
                state["denier_voices"] = [*state["denier_voices"], voice]
                alerts.append(self._alert("new_denial", event, voice, state, demote=0))
        alerts = [a for a in alerts if a.alert_id not in state["alerts"]]
        state["alerts"] = [*state["alerts"], *(a.alert_id for a in alerts)][-256:]
        self.store[cid] = state
        claim = to_claim(state)
        if before is not None and to_claim(before) == claim and not alerts:
            return [], None
        return alerts, claim

    @staticmethod
    def _merge_hints(state: dict[str, Any], event: ClaimEvent) -> bool:
        """Max-merge the article's dedupe hints (idempotent, order-free); True if counts changed."""
        old = state["articles"].get(event.article_id)
        copies, sources = (event.copies, event.sources) if old is None else old
        new = [max(copies, event.copies), max(sources, event.sources)]
        if old == new:
            return False
        # Running totals keep to_claim O(1); articles past the window stay counted.
        state["copies"] += new[0] - (old[0] if old else 0)
        state["extra_sources"] += (new[1] - 1) - (old[1] - 1 if old else 0)
        state["articles"][event.article_id] = new
        _trim_dict(state["articles"], MAX_EVENTS)
        return True

    def _alert(
        self, alert_type: str, event: ClaimEvent, voice: str, state: dict[str, Any], *, demote: int
    ) -> Alert:
        assert event.claim_id is not None
        return Alert(
            # Keyed by the voice, not the official who spoke first: a replay in another
            # order gives the same id.
            alert_id=alert_id_of(alert_type, event.claim_id, voice),
            type=alert_type,  # type: ignore[arg-type]
            claim_id=event.claim_id,
            claim=state["claim"],  # the claim's wording, as on the claims topic; evidence has this one
            speaker=event.speaker,
            target=event.target,
            responds_to=event.claim_id if alert_type == "new_denial" else None,
            article_id=event.article_id,
            event_time=event.event_time,
            evidence=Evidence(quote=event.quote, url=event.url, article_id=event.article_id),
            severity=severity(event.speaker, state, demote=demote),
        )


def severity(speaker: Actor, state: dict[str, Any], *, demote: int = 0) -> str:
    """low | medium | high from points: speaker prominence 0-2 (unknown, named organisation or
    outlet or person, state voice or international body), +1 for a claim against a state,
    +1 for reach (3+ sources or 5+ articles incl. copies); 3+ high, 2 medium. A new accuser of a
    known claim is one level lower than the first allegation would be."""
    c = to_claim(state)
    points = prominence(speaker)
    party = state["party"]
    points += 1 if len(party) == 3 and party.isupper() else 0
    points += 1 if c.sources >= 3 or c.articles >= 5 else 0
    level = 2 if points >= 3 else 1 if points == 2 else 0
    return _LEVELS[max(0, level - demote)]


def _new_state(event: ClaimEvent) -> dict[str, Any]:
    return {
        "claim_id": event.claim_id,
        "party": event.party,
        "predicate": event.predicate,
        "counterpart": event.counterpart,
        "claim": event.claim,
        "wording_rank": None,
        "target": event.accused.model_dump(),
        "first_seen": None,
        "last_seen": None,
        "alleged_by": [],
        "denied_by": [],
        "accuser_voices": [],  # voice_of(speaker): a country for state voices, else the actor id
        "denier_voices": [],
        "sources": [],
        "articles": {},  # recent article_id -> [copies, distinct sources], insertion order
        "copies": 0,  # articles incl. dedupe copies, all time
        "extra_sources": 0,  # outlets known only from dedupe hints, all time
        "events": {},
        "alerts": [],
    }


def _copy_state(state: dict[str, Any]) -> dict[str, Any]:
    # Stores may hand back their own object (a dict in-process): never mutate it in place.
    out = dict(state)
    for k in ("articles", "events"):
        out[k] = dict(state[k])
    return out


def to_claim(state: dict[str, Any]) -> Claim:
    articles = state["articles"]
    return Claim(
        claim_id=state["claim_id"],
        claim=state["claim"],
        target=Actor.model_validate(state["target"]) if state["target"] else None,
        first_seen=format_timestamp(state["first_seen"]) if state["first_seen"] else None,
        last_seen=format_timestamp(state["last_seen"]) if state["last_seen"] else None,
        alleged_by=[Actor.model_validate(a) for a in state["alleged_by"]],
        denied_by=[Actor.model_validate(a) for a in state["denied_by"]],
        sources=max(len(state["sources"]), 1 if articles else 0) + state["extra_sources"],
        articles=state["copies"],
        article_ids=list(articles)[-MAX_ARTICLE_IDS:],
    )
