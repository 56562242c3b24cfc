"""Lexicons for actor tagging: countries (pycountry + our data file), known actors, cue words.

Loaded once at import; everything is plain dicts and frozensets so lookups stay O(1).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pycountry

_DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Entry:
    """A known actor (or country) as the gazetteer returns it."""

    id: str
    name: str
    kind: str
    country: str | None = None
    org: str | None = None


# Letters NFKD does not split into a base letter and a mark: without them "Yalçın" would lose its "ı".
PLAIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "þ": "th",
        "Þ": "Th",
    }
)


# Names repeat within and across articles, and normalizing is the costly part.
@lru_cache(maxsize=8192)
def slug(text: str) -> str:
    """ASCII kebab-case id part: "Dmitry Peskov" -> "dmitry-peskov", "Serkan Yalçın" -> "serkan-yalcin"."""
    text = unicodedata.normalize("NFKD", text.translate(PLAIN_LETTERS)).encode("ascii", "ignore").decode()
    text = re.sub(r"['’]s\b", "s", text.lower())
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "unknown"


@dataclass(frozen=True)
class Lexicon:
    country_alias: dict[str, str]  # surface -> alpha3 (country names)
    capital: dict[str, str]  # surface -> alpha3 (capitals and institutional metonyms)
    demonym: dict[str, str]  # surface -> alpha3
    country_name: dict[str, str]  # alpha3 -> display name
    actor_alias: dict[str, Entry]  # surface -> known actor
    surname: dict[str, Entry]  # surname -> known person (only unambiguous ones)
    max_ngram: int
    first_words: dict[str, int]  # first word of any alias -> longest alias length in words
    # The four surface tables merged, for one lookup per n-gram: surface -> (table, value), where table is
    # "actor" (value an Entry) or "country", "capital", "demonym" (value an alpha3). A surface in several
    # tables keeps the first of actor, country, capital, demonym.
    alias: dict[str, tuple[str, Entry | str]]
    # surface -> alpha3 by the first of demonym, country name, capital, known actor's country.
    word_country: dict[str, str]


def _load_json(name: str) -> dict:
    with open(_DATA / name, encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    extra = {k: v for k, v in _load_json("countries_extra.json").items() if not k.startswith("_")}
    country_alias: dict[str, str] = {}
    country_name: dict[str, str] = {}
    for c in pycountry.countries:
        a3 = c.alpha_3
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        for n in names:
            # "Korea, Republic of" style names never appear in running text.
            if n and "," not in n and "(" not in n:
                country_alias.setdefault(n, a3)
        country_name[a3] = getattr(c, "common_name", None) or c.name
    capital: dict[str, str] = {}
    demonym: dict[str, str] = {}
    for a3, d in extra.items():
        names = d.get("names", [])
        for n in names:
            country_alias[n] = a3  # our names win over pycountry's
        if names:
            country_name[a3] = names[0]
        for n in d.get("capitals", []) + d.get("metonyms", []):
            capital[n.removeprefix("the ")] = a3
        for n in d.get("demonyms", []):
            demonym[n] = a3
    actor_alias: dict[str, Entry] = {}
    surname: dict[str, Entry] = {}
    seen_surnames: dict[str, int] = {}
    for a in _load_json("actors.json")["actors"]:
        e = Entry(a["id"], a["name"], a["kind"], a.get("country"), a.get("org"))
        for alias in [a["name"], *a.get("aliases", [])]:
            actor_alias[alias.removeprefix("the ").removeprefix("The ")] = e
        if e.kind == "person":
            last = e.name.split()[-1]
            seen_surnames[last] = seen_surnames.get(last, 0) + 1
            if a.get("surname_alone", True):
                # "surname_alone": false for a common surname ("Wang", "Khan"): alone, it is someone else
                # as often as not; the full name still counts, and so does the surname after it.
                surname[last] = e
            for alias in a.get("aliases", []):
                if " " not in alias:
                    surname[alias] = e
    for last, count in seen_surnames.items():
        if count > 1:
            surname.pop(last, None)
    first_words: dict[str, int] = {}
    for k in [*country_alias, *capital, *demonym, *actor_alias]:
        parts = k.split()
        first_words[parts[0]] = max(first_words.get(parts[0], 0), len(parts))
    max_ngram = max(first_words.values())
    alias: dict[str, tuple[str, Entry | str]] = {}
    for table, d in (
        ("demonym", demonym),
        ("capital", capital),
        ("country", country_alias),
        ("actor", actor_alias),
    ):
        alias.update((k, (table, v)) for k, v in d.items())  # later tables overwrite: actor wins
    word_country = {k: e.country for k, e in actor_alias.items() if e.country}
    for d in (capital, country_alias, demonym):
        word_country.update(d)  # later tables overwrite: demonym wins
    return Lexicon(
        country_alias,
        capital,
        demonym,
        country_name,
        actor_alias,
        surname,
        max_ngram,
        first_words,
        alias,
        word_country,
    )


WORDS: dict = _load_json("tagging/lexicon.json")

# Capitalized words that start sentences or titles but never names.
STOP_CAPS = frozenset(WORDS["stop_caps"])

# All-capital abbreviations of things ("TV cameras", "GPS data"): alone, no actor's name.
CAPS_NOUNS = frozenset(WORDS["caps_nouns"])

# Title words: stripped from the front of a name, and they tell a person apart from an organization.
TITLES = frozenset(WORDS["titles"])

# Words that mark a capitalized run as an organization.
ORG_WORDS = frozenset(WORDS["org_words"])
MEDIA_WORDS = frozenset(WORDS["media_words"])

# Lowercase nouns after a country that make a government body, and the body's display name.
GOV_BODIES = dict(WORDS["gov_bodies"])
# Nouns after a demonym that point at the state itself ("Chinese involvement"): the country.
STATE_NOUNS = frozenset(WORDS["state_nouns"])
# Lowercase nouns after a demonym that make a group of people or firms, never the government.
GROUP_NOUNS = frozenset(WORDS["group_nouns"])


def _gender_words() -> dict[str, str]:
    names = _load_json("tagging/first_names.json")
    out = {n.lower(): "f" for n in names["female"]} | {n.lower(): "m" for n in names["male"]}
    titles = WORDS["gendered_titles"]
    return out | {t: "f" for t in titles["female"]} | {t: "m" for t in titles["male"]}


# Lowercase first names and gendered titles ("spokeswoman", "Mr.") -> "f" or "m": lets "he" and "she" pass
# over a person of the other gender. A name in neither list decides nothing.
GENDER_WORDS: dict[str, str] = _gender_words()
