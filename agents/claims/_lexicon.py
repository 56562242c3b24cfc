"""Claim lexicons: entity aliases, predicate classes, speaker prominence (data in agents/data/claims)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

from schemas import Actor

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "claims"

_TOKEN = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")


def _load(name: str) -> dict:
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True)
class Predicate:
    name: str
    counterpart: str  # conflict | entity | none
    stems: tuple[str, ...]  # single-token cues, matched as prefixes
    exact: frozenset[str]  # single-token cues written "word=", matched whole
    phrases: tuple[tuple[str, ...], ...]  # multi-token cues, each part a prefix
    phrase_heads: tuple[str, ...]  # first parts of the phrases: a cheap gate


@dataclass(frozen=True)
class Lexicon:
    case_sensitive: re.Pattern[str] | None  # aliases in capitals or with dots: US, U.S., PRC
    case_insensitive: re.Pattern[str] | None
    alias: dict[str, str]  # surface (as written for case-sensitive, casefolded otherwise) -> entity
    country_names: dict[str, str]  # alpha3 -> display name
    conflict_of: dict[str, str]  # entity -> conflict id
    predicates: tuple[Predicate, ...]
    counterpart_mode: dict[str, str]
    contentless: frozenset[str]
    stopwords: frozenset[str]
    not_verbs: frozenset[str]
    government_words: tuple[str, ...]
    state_actors: dict[str, str]  # actor id -> the country it speaks for
    international: frozenset[str]


def _is_case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return "." in alias or (bool(letters) and all(c.isupper() for c in letters))


def alias_pattern(aliases: list[str], *, ignore_case: bool) -> re.Pattern[str] | None:
    """One alternation, longest alias first, so "North Korean" beats "Korean"."""
    if not aliases:
        return None
    alts = "|".join(re.escape(a) for a in sorted(set(aliases), key=lambda a: (-len(a), a)))
    # Word boundaries that also work for aliases ending in a dot ("U.S.").
    return re.compile(rf"(?<![\w.])(?:{alts})(?![\w])", re.IGNORECASE if ignore_case else 0)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    entities = _load("entities.json")
    preds = _load("predicates.json")
    actors = _load("actors.json")
    alias: dict[str, str] = {}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        names[c.alpha_3] = name
        for n in (getattr(c, "common_name", None), c.name):
            # "Korea, Republic of" style names never appear in running text.
            if n and "," not in n and "(" not in n:
                alias.setdefault(n if _is_case_sensitive(n) else n.casefold(), c.alpha_3)
    for a3, surfaces in entities["countries"].items():
        names[a3] = surfaces[0]
        for s in surfaces:
            alias[s if _is_case_sensitive(s) else s.casefold()] = a3  # our names win over pycountry's
    for s, ent in entities["actors"].items():
        if not s.startswith("_"):
            alias[s if _is_case_sensitive(s) else s.casefold()] = ent
    sensitive = [a for a in alias if _is_case_sensitive(a)]
    insensitive = [a for a in alias if not _is_case_sensitive(a)]
    conflict_of: dict[str, str] = {}
    for cid, members in entities["conflicts"].items():
        if not cid.startswith("_"):
            for m in members:
                conflict_of.setdefault(m, cid)
    predicates = []
    for c in preds["classes"]:
        stems, exact, phrases = [], set(), []
        for cue in c["cues"]:
            cue = cue.lower()
            if " " in cue:
                phrases.append(tuple(cue.split()))
            elif cue.endswith("="):
                exact.add(cue[:-1])
            else:
                stems.append(cue)
        heads = tuple(ph[0] for ph in phrases)
        predicates.append(
            Predicate(c["name"], c["counterpart"], tuple(stems), frozenset(exact), tuple(phrases), heads)
        )
    return Lexicon(
        case_sensitive=alias_pattern(sensitive, ignore_case=False),
        case_insensitive=alias_pattern(insensitive, ignore_case=True),
        alias=alias,
        country_names=names,
        conflict_of=conflict_of,
        predicates=tuple(predicates),
        counterpart_mode={p.name: p.counterpart for p in predicates},
        contentless=frozenset(w for w in preds["contentless"]["words"]),
        stopwords=frozenset(preds["stopwords"]),
        not_verbs=frozenset(preds["not_verbs"]["words"]),
        government_words=tuple(entities["government_words"]),
        state_actors={k: v for k, v in actors["state"].items() if not k.startswith("_")},
        international=frozenset(actors["international"]),
    )


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def classify(words: list[str]) -> str | None:
    """The predicate class with the most cue hits (ties: data order), None without any hit."""
    lex = lexicon()
    best, best_hits = None, 0
    for p in lex.predicates:
        hits = 0
        for i, w in enumerate(words):
            if w in p.exact or w.startswith(p.stems):
                hits += 1
            if p.phrase_heads and w.startswith(p.phrase_heads):
                for ph in p.phrases:
                    if i + len(ph) <= len(words) and all(
                        words[i + k].startswith(part) for k, part in enumerate(ph)
                    ):
                        hits += 1
        if hits > best_hits:
            best, best_hits = p.name, hits
    return best


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def generic_head(words: list[str]) -> str | None:
    """Fallback class: the head verb ("...had opened fire" -> "open"), crudely stemmed.

    No POS tagger here: the first -ed/-ing word is taken as the verb, else the first content word.
    """
    lex = lexicon()
    content = [
        w.replace("’", "'")
        for w in words
        if w not in lex.stopwords and w not in lex.contentless and not w.isdigit()
    ]
    for w in content:
        if len(w) >= 4 and w.endswith(("ed", "ing")) and w not in lex.not_verbs:
            return "generic:" + _stem(w)
    return "generic:" + _stem(content[0]) if content else None


def is_contentless(words: list[str]) -> bool:
    """Only meta-words ("the allegations are baseless"): no proposition of its own."""
    lex = lexicon()
    return all(w in lex.contentless or w in lex.stopwords or w.isdigit() for w in words)


def party_of(actor: Actor) -> str:
    """Canonical party of an actor: a country code for countries and governments, else the actor id."""
    if actor.kind in ("country", "government") and actor.country:
        return actor.country.upper()
    prefix, _, rest = actor.id.partition(":")
    if prefix in ("country", "gov") and len(rest) == 3 and rest.isalpha():
        return rest.upper()
    return actor.id


def speaks_for_state(actor: Actor) -> bool:
    """Heads of state, ministers, ministries, spokespeople: their words are their country's."""
    lex = lexicon()
    if actor.kind in ("country", "government") or actor.id in lex.state_actors:
        return True
    if actor.kind in ("person", "organization") and actor.country:
        text = f"{actor.org or ''} {actor.name}".lower()
        return any(re.search(rf"\b{re.escape(w)}\b", text) for w in lex.government_words)
    return False


def voice_of(actor: Actor) -> str:
    """Who an actor speaks for: its country if it speaks for a state, else itself."""
    known = lexicon().state_actors.get(actor.id)
    if known:
        return known
    if speaks_for_state(actor) and actor.country:
        return actor.country.upper()
    return party_of(actor)


def prominence(actor: Actor) -> int:
    """0 unknown, 1 named organisation, outlet or person, 2 state voice or international body."""
    lex = lexicon()
    if speaks_for_state(actor) or actor.id in lex.international:
        return 2
    if actor.kind in ("organization", "media", "group") or (
        actor.kind == "person" and (actor.country or actor.org)
    ):
        return 1
    return 0


def country_actor(code: str) -> Actor:
    name = lexicon().country_names.get(code, code)
    return Actor(id=f"country:{code}", name=name, kind="country", country=code)
