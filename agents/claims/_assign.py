"""Stateless part: claim signatures, claim ids and in-article links, one ClaimEvent per statement."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from agents.claims._lexicon import (
    classify,
    country_actor,
    generic_head,
    is_contentless,
    lexicon,
    party_of,
    speaks_for_state,
    tokens,
    voice_of,
)
from schemas import Actor, Article, Statement, format_timestamp

UNKNOWN_ACTOR = Actor(id="other:unknown", name="unknown", kind="other")
_EPOCH = "1970-01-01"


def short_hash(text: str, n: int = 16) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:n]


def claim_id_of(signature: str) -> str:
    return "clm_" + short_hash(signature)


@dataclass(frozen=True)
class Signature:
    """What a proposition is about: who is accused, of what, and in relation to whom."""

    party: str  # accused: alpha-3 or actor id
    predicate: str  # lexicon class, "generic:<head>", or "unspecified"
    counterpart: str | None  # other party / conflict, per the class's counterpart mode
    contentless: bool = False  # a denial that does not restate what it denies

    @property
    def partial(self) -> bool:
        """Too little to name a claim alone: linked to an allegation instead when possible."""
        if self.contentless:
            return True
        mode = lexicon().counterpart_mode.get(self.predicate, "none")
        return mode != "none" and self.counterpart is None

    def text(self) -> str:
        return f"{self.party}|{self.predicate}|{self.counterpart or '-'}"

    @property
    def claim_id(self) -> str:
        return claim_id_of(self.text())


@dataclass
class ClaimEvent:
    """One allegation or denial, keyed by ``key`` (its claim id; the accused party while unresolved).

    JSON-safe through ``to_dict``/``from_dict``: Faust can carry it as a plain dict value.
    """

    event_id: str  # article_id#statement_id: the tracker's idempotence key
    claim_id: str | None
    responds_to: str | None
    stance: str  # allegation | denial
    party: str
    predicate: str
    counterpart: str | None
    contentless: bool
    claim: str
    speaker: Actor
    target: Actor | None  # the accused (allegation) or the accuser (denial), as in Statement
    accused: Actor  # the accused party as an actor (Claim.target)
    quote: str
    article_id: str
    statement_id: str
    url: str | None = None
    source: str | None = None
    event_time: str = _EPOCH
    copies: int = 1
    sources: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.claim_id or f"party:{self.party}"

    @property
    def resolved(self) -> bool:
        return self.claim_id is not None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("speaker", "target", "accused"):
            actor = getattr(self, k)
            d[k] = actor.model_dump() if actor is not None else None
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ClaimEvent:
        d = dict(data)
        for k in ("speaker", "target", "accused"):
            if d.get(k) is not None:
                d[k] = Actor.model_validate(d[k])
        return cls(**d)

    def resolve(self, claim_id: str) -> ClaimEvent:
        return replace(self, claim_id=claim_id, responds_to=claim_id if self.stance == "denial" else None)


# -- entity mentions in a proposition -------------------------------------------------

# First words that do not name an organisation on their own ("National Grid" is not "National").
_GENERIC_FIRST = frozenset(
    {
        "the", "a", "an", "national", "state", "european", "international", "united", "new", "north",
        "south", "east", "west", "central", "general", "first", "global", "world", "federal", "royal",
        "people's", "democratic", "republic",
    }
)  # fmt: skip


class Aliases(dict[str, str]):
    """An article's aliases (casefolded name -> party), which knows its names in sorted order once: a long
    article has thousands, and every statement's proposition is searched for them."""

    _sorted: tuple[str, ...] = ()

    def keys_sorted(self) -> tuple[str, ...]:
        if len(self._sorted) != len(self):  # built once all names are in (aliases are only ever added)
            self._sorted = tuple(sorted(self))
        return self._sorted


def actor_aliases(actors: list[Actor]) -> Aliases:
    """Names of actors (and surnames, first words of org names), casefolded -> party."""
    out = Aliases()
    for a in actors:
        party = party_of(a)
        out.setdefault(a.name.casefold(), party)
        words = a.name.split()
        if len(words) > 1:
            tail, head = words[-1], words[0]
            if a.kind == "person" and len(tail) > 2:
                out.setdefault(tail.casefold(), party)
            elif (
                a.kind in ("organization", "media", "group")
                and len(head) > 3
                and head.lower() not in _GENERIC_FIRST
            ):
                out.setdefault(head.casefold(), party)  # "Nordvik Batteries" -> "Nordvik"
    return out


def mentions(text: str, article_alias: dict[str, str] | None = None) -> list[tuple[int, int, str]]:
    """Entity mentions (start, end, party) in reading order; longer mentions win overlaps."""
    lex = lexicon()
    found: list[tuple[int, int, str]] = []
    if lex.case_sensitive is not None:
        found += [(m.start(), m.end(), lex.alias[m.group(0)]) for m in lex.case_sensitive.finditer(text)]
    if lex.case_insensitive is not None:
        found += [
            (m.start(), m.end(), lex.alias[m.group(0).casefold()])
            for m in lex.case_insensitive.finditer(text)
        ]
    if article_alias:
        keys = (
            article_alias.keys_sorted()
            if isinstance(article_alias, Aliases)
            else tuple(sorted(article_alias))
        )
        pat = _article_pattern(keys)
        if pat is not None:
            found += [(m.start(), m.end(), article_alias[m.group(0).casefold()]) for m in pat.finditer(text)]
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[tuple[int, int, str]] = []
    end = -1
    for f in found:
        if f[0] >= end:
            out.append(f)
            end = f[1]
    return out


_PATTERN_CACHE: dict[tuple[str, ...], re.Pattern[str] | None] = {}


def _article_pattern(aliases: tuple[str, ...]) -> re.Pattern[str] | None:
    pat = _PATTERN_CACHE.get(aliases)
    if pat is None and aliases not in _PATTERN_CACHE:
        if len(_PATTERN_CACHE) > 4096:  # bounded: actor sets repeat across a story's articles
            _PATTERN_CACHE.clear()
        alts = "|".join(re.escape(a) for a in sorted(aliases, key=lambda a: (-len(a), a)))
        pat = re.compile(rf"(?<![\w.])(?:{alts})(?!\w)", re.IGNORECASE) if alts else None
        _PATTERN_CACHE[aliases] = pat
    return pat


# -- signature ---------------------------------------------------------------------


def _candidates(actor: Actor | None) -> list[str]:
    """Parties a proposition may name for this actor: itself, its country; for a group named
    after a country ("Chinese manufacturers"), that country."""
    if actor is None:
        return []
    out = [party_of(actor)]
    if actor.country and actor.country.upper() not in out:
        out.append(actor.country.upper())
    if actor.kind == "group" and not actor.country:
        out += [p for _, _, p in mentions(actor.name) if len(p) == 3 and p not in out]
    return out


def signature(
    stance: str, claim: str, speaker: Actor | None, target: Actor | None, article_alias: dict[str, str]
) -> Signature:
    """The signature of a statement's proposition; see the package docstring for the method."""
    lex = lexicon()
    own = [a for a in (speaker, target) if a is not None]
    if own and any(a.name.casefold() not in article_alias for a in own):
        article_alias = {**actor_aliases(own), **article_alias}  # the statement's actors, always
    found = mentions(claim, article_alias)
    parties = [f[2] for f in found]
    # The accused: the target of an allegation, the speaker of a denial (who denies doing it).
    accused_actor = target if stance == "allegation" else speaker
    cands = _candidates(accused_actor)
    party = next((p for p in parties if p in cands), None)
    if party is None:
        if accused_actor is not None:
            if stance == "denial" and speaks_for_state(accused_actor) and accused_actor.country:
                party = accused_actor.country.upper()  # a spokesperson denies for the state
            else:
                party = party_of(accused_actor)
        else:
            party = parties[0] if parties else "unknown"
    # Predicate from the words outside entity mentions ("Chinese", "Russian army" say who, not what).
    blanked = claim
    for s, e, _ in reversed(found):
        blanked = blanked[:s] + " " + blanked[e:]
    words = tokens(blanked)
    contentless = stance == "denial" and is_contentless(words)
    predicate = None if contentless else classify(words) or generic_head(words)
    if predicate is None:
        return Signature(party, "unspecified", None, contentless=True)
    mode = lex.counterpart_mode.get(predicate, "none")
    counterpart = None
    others = [p for p in parties if p != party and p not in cands]
    if mode != "none" and others:
        counterpart = others[0]
        if mode == "conflict":
            counterpart = next((lex.conflict_of[p] for p in others if p in lex.conflict_of), counterpart)
    return Signature(party, predicate, counterpart)


# -- assign_claims -------------------------------------------------------------------


def _event_time(article: Article, fallback_time: str | None) -> str:
    for t in (article.published_at, fallback_time):
        if t:
            return format_timestamp(t)
    return _EPOCH  # deterministic, never "now": a replay must give the same alerts


def _actors_by_party(article: Article) -> dict[str, list[Actor]]:
    """The article's actors of each party, in article order (once per article: a long one has hundreds)."""
    out: dict[str, list[Actor]] = {}
    for a in article.actors:
        out.setdefault(party_of(a), []).append(a)
    return out


def _accused_actor(by_party: dict[str, list[Actor]], party: str, fallback: Actor | None) -> Actor:
    of_party = by_party.get(party, [])
    for a in of_party:
        if a.kind in ("country", "government"):
            return a
    if fallback is not None and party_of(fallback) == party:
        return fallback
    if of_party:
        return of_party[0]
    if len(party) == 3 and party.isupper():
        return country_actor(party)
    return fallback or Actor(id=party, name=party, kind="other")


def assign_claims(
    article: Article, *, copies: int = 1, sources: int = 1, fallback_time: str | None = None
) -> tuple[Article, list[ClaimEvent]]:
    """Fill ``claim_id`` (and in-article ``responds_to``) of each allegation/denial; one event each.

    Stateless and deterministic: the same article always gives the same ids and events.
    A denial that neither restates a proposition nor answers an allegation of the same article
    stays unresolved (``claim_id`` None, keyed by its party) for :class:`ClaimResolver`.
    ``copies``/``sources`` are the dedupe stage's hints (copies of this story, distinct outlets).
    """
    actors = {a.id: a for a in article.actors}
    alias = actor_aliases(article.actors)
    by_party = _actors_by_party(article)
    when = _event_time(article, fallback_time)

    def actor(aid: str | None) -> Actor | None:
        if aid is None:
            return None
        return actors.get(aid) or Actor(id=aid, name=aid.partition(":")[2] or aid, kind="other")

    # Statements in reading order (span start), so "nearest earlier" means earlier in the text.
    order = sorted(
        (i for i, s in enumerate(article.statements) if s.stance in ("allegation", "denial")),
        key=lambda i: (article.statements[i].span[0], i),
    )
    sigs: dict[int, Signature] = {}
    for i in order:
        s = article.statements[i]
        sig = signature(s.stance, s.claim, actor(s.speaker), actor(s.target), alias)
        if sig.predicate.startswith("generic:") and s.quote != s.claim:
            # The extracted proposition named no known act ("crippled the cargo system"):
            # the whole sentence often does ("... carrying out the cyber attack that ...").
            from_quote = signature(s.stance, s.quote, actor(s.speaker), actor(s.target), alias)
            if from_quote.party == sig.party and not from_quote.predicate.startswith(
                ("generic:", "unspecified")
            ):
                sig = from_quote
        sigs[i] = sig

    claim_ids: dict[int, str | None] = _allegation_ids(order, article.statements, sigs, actor)
    for i in order:
        s, sig = article.statements[i], sigs[i]
        if s.stance == "denial":
            claim_ids[i] = _link_denial(
                i, s, sig, order, article.statements, sigs, claim_ids, actor(s.speaker)
            )

    # An event linked to another statement's claim describes that claim (its party keys the resolver).
    sig_of: dict[str, Signature] = {}
    for i in order:
        sig_of.setdefault(sigs[i].claim_id, sigs[i])
    statements = list(article.statements)
    events: list[ClaimEvent] = []
    for i in order:
        s, cid = statements[i], claim_ids[i]
        sig = sig_of.get(cid, sigs[i]) if cid is not None else sigs[i]
        speaker, target = actor(s.speaker), actor(s.target)
        statements[i] = s.model_copy(
            update={"claim_id": cid, "responds_to": cid if s.stance == "denial" else None}
        )
        accused_fallback = target if s.stance == "allegation" else speaker
        events.append(
            ClaimEvent(
                event_id=f"{article.article_id}#{s.id}",
                claim_id=cid,
                responds_to=cid if s.stance == "denial" else None,
                stance=s.stance,
                party=sig.party,
                predicate=sig.predicate,
                counterpart=sig.counterpart,
                contentless=sigs[i].contentless,
                claim=s.claim,
                speaker=speaker or UNKNOWN_ACTOR,
                target=target,
                accused=_accused_actor(by_party, sig.party, accused_fallback),
                quote=s.quote,
                article_id=article.article_id,
                statement_id=s.id,
                url=article.url,
                source=article.source,
                event_time=when,
                copies=max(1, copies),
                sources=max(1, sources),
            )
        )
    return article.model_copy(update={"statements": statements}), events


def _allegation_ids(
    order: list[int],
    statements: list[Statement],
    sigs: dict[int, Signature],
    actor: Callable[[str | None], Actor | None],
) -> dict[int, str | None]:
    """Claim ids of the article's allegations.

    An allegation without a predicate class of its own (a quote: "this is a hostile act") that
    the same voice makes against the same party as another allegation of the article elaborates
    that allegation: it takes its claim id (a classified one first, else the first in the text).
    """
    out: dict[int, str | None] = {}
    allegations = [i for i in order if statements[i].stance == "allegation"]

    def voice(i: int) -> str | None:
        sp = actor(statements[i].speaker)
        return voice_of(sp) if sp is not None else None

    # The allegations of each (party, voice), in reading order: found once, not once per allegation.
    by_voice: dict[tuple[str, str | None], list[int]] = {}
    for i in allegations:
        by_voice.setdefault((sigs[i].party, voice(i)), []).append(i)
    voice_of_allegation = {i: key for key, members in by_voice.items() for i in members}
    for i in allegations:
        sig = sigs[i]
        out[i] = sig.claim_id
        if not (sig.predicate.startswith("generic:") or sig.predicate == "unspecified"):
            continue
        same = [j for j in by_voice[voice_of_allegation[i]] if j != i]
        classified = [j for j in same if not sigs[j].predicate.startswith("generic:")]
        if classified:
            out[i] = sigs[classified[0]].claim_id
        elif same and order.index(same[0]) < order.index(i):
            out[i] = sigs[same[0]].claim_id
    return out


def _link_denial(
    i: int,
    s: Statement,
    sig: Signature,
    order: list[int],
    statements: list[Statement],
    sigs: dict[int, Signature],
    alleged: dict[int, str | None],
    speaker: Actor | None,
) -> str | None:
    """The claim a denial answers, from its own proposition or from an allegation of the article."""
    pos = order.index(i)
    # Nearest earlier first, then nearest later (reporters sometimes quote the denial first).
    earlier = [j for j in reversed(order[:pos]) if statements[j].stance == "allegation"]
    later = [j for j in order[pos + 1 :] if statements[j].stance == "allegation"]
    ranked = earlier + later
    if not sig.contentless:
        for j in ranked:
            # Same signature, or the tagger gave the denial the allegation's own proposition.
            if sigs[j].text() == sig.text() or statements[j].claim.casefold() == s.claim.casefold():
                return alleged[j]
        for j in ranked:  # same accusation worded apart ("inflated orders" / "padded its books")
            if sigs[j].party == sig.party and sigs[j].predicate == sig.predicate:
                return alleged[j]
        if not sig.partial:
            return sig.claim_id
    denier = set(_candidates(speaker)) | {sig.party}
    for j in ranked:
        a = statements[j]
        answers = sigs[j].party in denier or (s.target is not None and a.speaker == s.target)
        same_kind = (
            sig.contentless or sigs[j].predicate == sig.predicate or sig.predicate.startswith("generic:")
        )
        if answers and same_kind:
            return alleged[j]
    if sig.contentless:
        return None  # resolved across articles through the party index
    return sig.claim_id if not sig.partial else None
