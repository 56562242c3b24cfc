"""Mention detection and in-article resolution: every name, title, metonym or body maps to one actor."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from agents.tagging._lexicon import (
    CAPS_NOUNS,
    GENDER_WORDS,
    GOV_BODIES,
    GROUP_NOUNS,
    MEDIA_WORDS,
    ORG_WORDS,
    STATE_NOUNS,
    STOP_CAPS,
    TITLES,
    WORDS,
    Entry,
    lexicon,
    slug,
)
from agents.tagging._text import TokenTable, token_table

_CONNECTORS = frozenset(WORDS["connectors"])
# Stop words that may start an organisation's own name when an organisation word ends it.
_NAME_ADJECTIVES = frozenset(
    ["Northern", "Southern", "Eastern", "Western", "Patient", "Consumer", "Industry", "Regional", "Electoral",
     "Environmental", "European", "African", "Asian", "Arab", "Latin", "Mediterranean", "Atlantic", "Pacific",
     "Arctic", "Caribbean", "Labour", "Interim", "Senior"]
)  # fmt: skip
# The last word of a public body's two-word name led by one of those adjectives ("Electoral Commission")
_BODY_HEADS = frozenset(
    [
        "Commission",
        "Council",
        "Court",
        "Tribunal",
        "Authority",
        "Agency",
        "Board",
        "Institute",
        "Community",
        "Union",
    ]
)
_OBJECT_PREPS = frozenset(["of", "in", "from", "near", "at", "outside", "around"])
# Common nouns that head a name-less actor ("lawyers", "relatives"), from the same data as the tagger's.
_COMMON_HEADS = frozenset(
    w for table in ("descriptors", "descriptors_extra") for ws in WORDS[table].values() for w in ws
)
_CORPORATE_SUFFIXES = frozenset(WORDS["corporate_suffixes"])
_ORG_FINAL = frozenset(WORDS["org_final_words"])
_FUNCTION_WORDS = frozenset(WORDS["prepositions"]) | {"and", "or", "the", "a", "an", "its", "their"}
# Offices held over a place: "the mayor of Dunmore", "the governor of Lagos State".
_PLACE_OFFICES = frozenset(
    ["mayor", "governor", "prefect", "sheriff", "bishop", "archbishop", "emir", "sultan"]
)
_BODY_LAST_WORDS = frozenset(key.split()[-1] for key in GOV_BODIES)
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
# Days and months: "the report by Friday" names a date, no outlet and no source.
DATE_WORDS = _WEEKDAYS | frozenset(
    [
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december"),
    ]
)
_TIME_WORDS = DATE_WORDS | frozenset(
    ["christmas", "easter", "ramadan", "noon", "midnight", "tonight", "tomorrow"]
)
_LOCATIVE = frozenset(WORDS["locative"])
# Connectors inside one name ("Ciudad del Este"); "and", "or" and "the" join names instead.
_NAME_CONNECTORS = _CONNECTORS - {"and", "or", "the"}
# Lowercase words before a name that say "this is a company / outlet", not a person.
_ORG_CUES = frozenset(WORDS["org_cues"])
_MEDIA_CUES = frozenset(WORDS["media_cues"])
_SUBJECT_VERB = re.compile(
    r"(?:['’]s)?\s+(?:has |have |had |also |later |then |firmly |strongly |quickly |on \w+ )?"
    r"(said|says|told|denied|denies|rejected|rejects|accused|accuses|claimed|claims|hit back|called|added|declined"
    r"|dismissed|blamed|insisted|argued|warned|stated|wrote|posted|responded|recalled|sued|alleged|stood|reported"
    r"|charged|questioned|refused)\b"
)
_STATE_TITLES = frozenset(WORDS["state_titles"])
_ACCUSE_VERBS = frozenset(
    ["accused", "blamed", "fined", "sued", "charged", "sanctioned", "summoned", "accuses", "blames"]
)
# "claims by Greenwatch", "according to Greenwatch": whoever makes a claim or is cited is an actor, not a place
_CLAIM_NOUNS = frozenset(
    [
        "claims",
        "claim",
        "allegations",
        "allegation",
        "accusations",
        "accusation",
        "charges",
        "criticism",
        "report",
    ]
)
_ORG_AFTER = re.compile(
    r"\s+(?:party|group|company|movement|coalition|alliance|bank|union|agency|firm|organi[sz]ation|network|foundation"
    r"|militia|gang|cartel|faction|syndicate)\b"
)
# What only an organization has, after its possessive: "Kestrel Iron's general manager", "Vantly's shareholders"
# (a person has a spokesman too, so those are left out)
_ORG_ROLE_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:chief executive|general manager|managing director|chief financial officer|board"
    r"|shareholders|headquarters|employees|workforce|factory|plant|mine|shares|subsidiary|auditors?)\b"
)
# An appositive that says what a body is: "Nordwelle Mobilfunk, Germany's fourth-largest mobile operator,"
_ORG_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|[A-Z][\w'’.-]*['’]s?)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|operator|airline|bank|lender"
    r"|insurer|retailer|maker|manufacturer|producer|conglomerate|charity|foundation|broker|brokerage|consultancy"
    r"|contractor|supplier|distributor|developer|label|platform|utility|startup|start-up|chain|miner|refiner|shipper"
    r"|automaker|carmaker|drugmaker|chipmaker|processor|exporter|importer|subsidiary|brand|outfit)\b"
)
_PLACE_NOUNS = frozenset(WORDS["place_nouns"])
_GOV_ORG_WORDS = frozenset(WORDS["gov_org_words"])
_BODY_KEYS = sorted(GOV_BODIES, key=lambda k: -len(k.split()))
# The bodies that can be a person's organization, longest first.
_PERSON_BODY_KEYS = [
    k for k in _BODY_KEYS if GOV_BODIES[k] not in ("Military", "Government") and k != "mission"
]
_MAX_BODY = max(len(k.split()) for k in GOV_BODIES)
# First words of the body names: most words after a country are none of them, and one set lookup says so.
_BODY_FIRST = frozenset(k.split(" ")[0] for k in GOV_BODIES)
# Last and first words of a capitalized run that make it a place or an event ("Calder Creek Road", "County Cork").
_PLACE_LAST = frozenset(WORDS["place_last_words"])
_PLACE_FIRST = frozenset(WORDS["place_first_words"])
# Abbreviated titles written with a dot ("Mr. Ortega", "Dr. Okafor"): the dot does not end the title window.
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sen", "rep", "gov", "capt", "sgt"]
)
# Words that end a title window ("... said Foreign Minister X" must not take "said").
_WINDOW_STOP = frozenset(
    ["said", "told", "says", "and", "by", "with", "that", "to", "as",
     # a verb before the name makes it an object, not a title: "China ordered out Thomas Whitcombe"
     "out", "ordered", "expelled", "arrested", "detained", "summoned", "met", "appointed", "sacked", "fired",
     "thanked", "praised", "jailed", "freed", "released"]
)  # fmt: skip


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    entry: Entry
    locative: bool = False  # "in Beijing": a place, not an actor doing something
    possessive: bool = False


@dataclass
class Registry:
    """Actors of one article, in order of first mention."""

    actors: dict[str, Entry] = field(default_factory=dict)
    surnames: dict[str, Entry] = field(default_factory=dict)
    org_heads: dict[str, Entry] = field(default_factory=dict)  # "Halvorsen" -> "Halvorsen Pharma"
    org_prefixes: dict[str, Entry] = field(default_factory=dict)  # "Harvest Valley" -> "Harvest Valley Foods"
    cue_heads: dict[str, Entry] = field(
        default_factory=dict
    )  # "watchdog" -> "Fair Deal" ("Consumer watchdog Fair Deal")

    def add(self, e: Entry) -> Entry:
        if e.kind == "organization" and e.id.startswith("org:"):
            words = e.name.split()
            if len(words) > 2 and words[-1].rstrip(".") in _CORPORATE_SUFFIXES:
                # "Harvest Valley Foods Inc." and "Harvest Valley Foods" are one company.
                short = " ".join(words[:-1]).rstrip(",")
                e = Entry(f"org:{slug(short)}", short, e.kind, e.country, e.org)
        old = self.actors.get(e.id)
        if old is None:
            self.actors[e.id] = e
            old = e
        elif (old.country is None and e.country) or (old.org is None and e.org):
            # A later, richer mention fills in what the first one lacked.
            old = Entry(old.id, old.name, old.kind, old.country or e.country, old.org or e.org)
            self.actors[e.id] = old
        if old.kind == "person" and " " in old.name:
            words = old.name.split()
            self.surnames.setdefault(words[-1], old)
            if len(words) == 3 and words[1][:1].isupper() and words[1].lower() not in GENDER_WORDS:
                # "Rogelio Cárdenas Villalobos" is "Cárdenas" too: a first surname before the second
                self.surnames.setdefault(words[1], old)
        elif (
            old.kind in ("organization", "media") and " " in old.name and old.name.split()[0] not in ORG_WORDS
        ):
            words = old.name.split()
            self.org_heads.setdefault(words[0], old)
            lead = list(itertools.takewhile(lambda w: w not in ORG_WORDS, words))
            if 1 < len(lead) < len(words) and lead[0] not in GENDER_WORDS:
                # "Harvest Valley" for "Harvest Valley Foods": copy shortens a company to its own words.
                self.org_prefixes.setdefault(" ".join(lead), old)
        return old


def gov_entry(a3: str) -> Entry:
    return Entry(f"gov:{a3}", lexicon().country_name.get(a3, a3), "government", a3, None)


def gov_body_entry(a3: str, body: str) -> Entry:
    """A body of the state ``a3`` ("Foreign Ministry", "Military"), named as copy names it, by the state's
    adjective: "Russian Foreign Ministry", "U.S. Treasury Department" (the country's name if it has none)."""
    return Entry(f"gov:{a3}:{slug(body)}", f"{_state_adjective(a3)} {body}", "government", a3, body)


@functools.lru_cache(maxsize=512)
def _state_adjective(a3: str) -> str:
    if a3 == "USA":
        return "U.S."
    lx = lexicon()
    adjective = next((d for d, c in lx.demonym.items() if c == a3 and not d.endswith("s")), None)
    return adjective or lx.country_name.get(a3, a3)


def country_entry(a3: str) -> Entry:
    return Entry(f"country:{a3}", lexicon().country_name.get(a3, a3), "country", a3, None)


def _joined(tk: TokenTable, k: int) -> bool:
    """Tokens k - 1 and k are adjacent words of one name."""
    gap = tk.gap[k - 1]
    if gap == " ":
        return True  # a possessive's gap starts with its "'s", so "Russia's Lavrov" never gets here
    if gap == " & ":
        return tk.cap[k] and tk.cap[k - 1]  # "Harrow & Finch Publishing", "Procter & Gamble"
    if gap == ". " and tk.text[k - 1] == "St" and tk.cap[k]:
        return True  # "St. Brendan's Regional Hospital", "St. Kitts": a saint's or place's name
    # "National Farmers' Union": a plural possessive inside a capitalized name
    return gap in ("' ", "’ ") and tk.text[k - 1].endswith("s") and tk.cap[k] and tk.cap[k - 1]


def _lookup(tk: TokenTable, i: int) -> tuple[int, str, str, Entry | str] | None:
    """Longest dictionary match starting at token i: (n tokens, table, key, value); see Lexicon.alias."""
    lx = lexicon()
    words = tk.text
    longest = lx.first_words.get(words[i])
    if longest is None:
        return None  # no alias starts with this word: the common case, answered by one dict lookup
    alias = lx.alias
    key = words[i]
    found = alias.get(key)
    best = None if found is None else (1, found[0], key, found[1])
    for n in range(2, min(longest, len(words) - i) + 1):
        j = i + n - 1
        if not _joined(tk, j):
            break
        key = f"{key} {words[j]}"
        found = alias.get(key)
        if found is not None:
            best = (n, found[0], key, found[1])
    return best


def _owned_body(tk: TokenTable, k: int) -> bool:
    """Token k, right after a possessive, goes on the same name: "the National Prosecutor's Office", "the
    People's Party" (an organization word), not "Halvorsen's lawyers"."""
    if not (tk.cap[k] and tk.cap[k - 1] and tk.gap[k - 1] in ("'s ", "’s ")):
        return False
    if tk.text[k] in ORG_WORDS:
        return True
    # "St. Brendan's Regional Hospital", "St Mary's Catholic School": a saint's name starts a body's, which an
    # organization word within the next words ends
    return (
        k >= 2
        and tk.text[k - 2] in ("St", "Saint")
        and any(
            tk.text[x] in ORG_WORDS and all(tk.cap[y] and _joined(tk, y) for y in range(k + 1, x + 1))
            for x in range(k + 1, min(k + 3, len(tk)))
        )
    )


# State bodies whose own name may run on past "of": "Ministry of Water Resources and Irrigation"
_OF_BODY_HEADS = frozenset(
    ["Ministry", "Department", "Office", "Agency", "Authority", "Commission", "Directorate"]
)


def _body_after(tk: TokenTable, j: int) -> tuple[int, str] | None:
    """A government body noun phrase right after a country word ("'s foreign ministry"): (n tokens, body)."""
    n = len(tk)
    if j >= n or tk.gap[j - 1].strip(" ’'s") != "":
        return None
    first = tk.text[j].lower()
    if first not in _BODY_FIRST:
        return None
    words = [first]
    for k in range(j + 1, min(j + _MAX_BODY, n)):
        if not _joined(tk, k):
            break
        words.append(tk.text[k].lower())
    for m in range(len(words), 0, -1):
        key = " ".join(words[:m])
        if key in GOV_BODIES:
            body = GOV_BODIES[key]
            k = j + m
            if body.split()[-1] in _OF_BODY_HEADS and k + 1 < n and tk.text[k] == "of" and tk.cap[k + 1]:
                # "Ministry of Water Resources and Irrigation": the body's own name runs on past "of"
                end = k + 1
                while (
                    end + 1 < n
                    and _joined(tk, end + 1)
                    and (
                        tk.cap[end + 1]
                        or (tk.text[end + 1] in ("and", "for", "of", "&") and end + 2 < n and tk.cap[end + 2])
                    )
                ):
                    end += 1
                return end - j + 1, f"{body} of " + " ".join(tk.text[k + 1 : end + 1])
            return m, body
    return None


def _group_after(tk: TokenTable, j: int) -> tuple[int, str] | None:
    """A group noun right after a demonym, maybe past one lowercase word ("Chinese students"): (n tokens, noun)."""
    if j >= len(tk) or tk.gap[j - 1] != " ":
        return None
    for k in range(j, min(j + 2, len(tk))):
        if k > j and (not _joined(tk, k) or tk.text[j].lower() in _FUNCTION_WORDS):
            return None  # "supplying Russia with weapons": a preposition is no modifier of a group
        w = tk.text[k].lower()
        if w in GROUP_NOUNS:
            if k + 1 < len(tk) and tk.cap[k + 1] and _joined(tk, k + 1):
                return None  # "Swedish battery maker Nordvik": the noun introduces a name
            return k - j + 1, w
        if tk.cap[k]:
            return None
    return None


def _title_window(tk: TokenTable, i: int, limit: int = 7) -> int:
    """Where the words right before token i that may be its title start ("Kremlin spokesman", "Chinese Foreign
    Ministry spokesperson"): the window is tokens [result, i)."""
    k = i - 1
    while k >= 0 and k >= i - limit:
        gap = tk.gap[k]
        around = gap.strip()
        if (
            around not in ("", "’s", "'s", ",") and not (around == "." and tk.text[k].lower() in _HONORIFICS)
        ) or "\n" in gap:
            break
        if tk.text[k].lower() in _WINDOW_STOP:
            break
        if around == "," and not (k == i - 1 and tk.text[k].lower() in TITLES):
            j = k - 1 if k > 0 and tk.text[k - 1].lower() != "the" else k - 2
            if j >= 0 and tk.text[j].lower() in ("to", "with"):
                if j > 0 and tk.text[j - 1].lower() in TITLES and tk.gap[j - 1].strip() == "":
                    k = j - 1  # "Sudan's ambassador to the U.N., Abdelrahim Osman": the title before "to"
                    continue
                return k + 1  # "Speaking to the BBC, opposition MP Sarah Hale": the BBC is whom she spoke to
            return k  # a comma right after it: "spokesman, Peskov" takes "spokesman" and no more
        # (an appositive title ending in a title word reads on: "Kyrgyzstan's deputy foreign minister, Nurlan
        # Asanaliev" is Kyrgyz)
        k -= 1
    return k + 1


def _locative(tk: TokenTable, i: int, table: str | None, items: int = 4) -> bool:
    """Token i is a place, by the word before it ("in Beijing", "the village of Kfar Kila") or as a later item of
    a list of places ("in Ciudad del Este, Encarnación and Coronel Oviedo"); table is where _lookup found token i,
    if anywhere."""
    words = tk.text
    prev = words[i - 1].lower() if i > 0 and "\n" not in tk.gap[i - 1] else ""
    back = 2
    if prev == "the" and i > 1:
        prev = words[i - 2].lower()
        back = 3
    if prev == "to" and i >= back and words[i - back].lower() == "according":
        return False  # "according to Mayor Ilse Dorn": a source, not a destination
    if (
        prev in _LOCATIVE
        or (prev in ("a", "an") and table == "capital")
        or (i > 1 and prev == "of" and words[i - 2].lower() in _PLACE_NOUNS)
        or (i > 1 and prev == "of" and words[i - 2].lower() in _PLACE_OFFICES)
    ):
        return True  # ("the mayor of Dunmore": a town, not a person)
    # The item before in a list: past "and"/"or" or a comma, back to the start of its capitalized run.
    k = i - 1
    if prev in ("and", "or") and k > 0:
        k -= 1
        if tk.gap[k].strip() not in ("", ","):
            return False
    elif k < 0 or tk.gap[k].strip() != "," or not _list_goes_on(tk, i):
        return False  # "An analyst at Morgan Hill, Dana Wu, said": an appositive, not a list
    if items == 0 or not tk.cap[k]:
        return False
    while k > 0 and (tk.cap[k - 1] or words[k - 1] in _NAME_CONNECTORS) and _joined(tk, k):
        k -= 1
    return _locative(tk, k, None, items - 1)


def _list_goes_on(tk: TokenTable, i: int) -> bool:
    """The capitalized run at token i is followed by ", X" or "and X": an item inside a list."""
    n = len(tk)
    k = i
    while k + 1 < n and (tk.cap[k + 1] or tk.text[k + 1] in _NAME_CONNECTORS) and _joined(tk, k + 1):
        k += 1
    if k + 1 >= n:
        return False
    gap = tk.gap[k].strip()
    nxt = tk.text[k + 1]
    return (gap == "," and tk.cap[k + 1]) or (gap in ("", ",") and nxt in ("and", "or"))


def find_mentions(text: str, sent_starts: set[int], reg: Registry) -> list[Mention]:
    """Mentions of actors in text, in order; each actor is added to reg."""
    lx = lexicon()
    first_words = lx.first_words
    tk = token_table(text)
    starts, ends, words, poss, caps, gaps = tk.start, tk.end, tk.text, tk.possessive, tk.cap, tk.gap
    out: list[Mention] = []
    n = len(tk)
    resume = 0  # tokens before this one belong to a mention or run already handled
    # Only a capitalized token can start a mention.
    for i in itertools.compress(range(n), caps):
        if i < resume:
            continue
        # The first_words test is _lookup's own first step, inlined: most capitalized words start no alias.
        hit = _lookup(tk, i) if words[i] in first_words else None
        table = None if hit is None else hit[1]  # kept after hit is dropped: _locative wants it
        if hit is not None:
            k, table, key, value = hit
            j = i + k
            last = j - 1
            nxt_cap = j < n and caps[j] and _joined(tk, j)
            if table == "capital" and nxt_cap and words[j] not in ORG_WORDS:
                hit = None  # "Sofia Lindqvist", "Moscow State ...": part of a longer name
            elif table == "actor":
                e = value
                if e.kind == "person" or k > 1 or not nxt_cap:
                    # Only places are locative: "a report in Handelsblatt" still names an actor.
                    out.append(Mention(starts[i], ends[last], reg.add(e), False, poss[last]))
                    resume = j
                    continue
                hit = None
            else:
                a3 = value
                body = _body_after(tk, j)
                if body is not None:
                    bn, bname = body
                    end_tok = j + bn - 1
                    e = gov_entry(a3) if bname == "Government" else gov_body_entry(a3, bname)
                    out.append(Mention(starts[i], ends[end_tok], reg.add(e), False, poss[end_tok]))
                    resume = j + bn
                    continue
                if (
                    table == "demonym"
                    and nxt_cap
                    and words[j].lower() not in TITLES
                    and words[j] not in ORG_WORDS
                    and _lookup(tk, j) is None
                ):
                    hit = None  # "Georgian Dream": the demonym starts a name
                grp = _group_after(tk, j) if hit is not None and table in ("demonym", "country") else None
                if grp is not None:
                    # "Chinese companies", "a US short seller": people or firms of a country, not its state.
                    gn, noun = grp
                    end_tok = j + gn - 1
                    named = _named_before(out, i, tk) if not noun.endswith("s") else None
                    if named is not None:
                        # "Vantix Technologies ... the U.S. company": the firm just named, not a new group.
                        out.append(Mention(starts[i], ends[end_tok], named, False, poss[end_tok]))
                        resume = j + gn
                        continue
                    label = f"{key} {noun}" if table == "demonym" else text[starts[i] : ends[end_tok]]
                    e = Entry(f"group:{slug(label)}", label, "group", a3, None)
                    out.append(Mention(starts[i], ends[end_tok], reg.add(e), False, poss[end_tok]))
                    resume = j + gn
                    continue
                if hit is not None and table == "demonym":
                    spaced = j < n and gaps[last] == " "  # the demonym and the next word, one space apart
                    if spaced and words[j].lower() in STATE_NOUNS:
                        out.append(Mention(starts[i], ends[last], reg.add(country_entry(a3)), False, False))
                        resume = j
                        continue
                    if (spaced and words[j] in ("were", "are", "was", "is", "have", "had")) or (
                        i > 0 and words[i - 1].isdigit()
                    ):
                        # "155 Chinese were fighting": the demonym is a noun for people of that country.
                        label = f"{key} nationals"
                        out.append(
                            Mention(
                                starts[i],
                                ends[last],
                                reg.add(Entry(f"group:{slug(label)}", label, "group", a3)),
                                False,
                                False,
                            )
                        )
                        resume = j
                        continue
                    # A bare demonym is an adjective, not an actor: remember it only as title context.
                    resume = j
                    continue
                if hit is not None:
                    locative = _locative(tk, i, table)
                    if table == "capital":
                        if not locative:
                            out.append(
                                Mention(starts[i], ends[last], reg.add(gov_entry(a3)), False, poss[last])
                            )
                        resume = j
                        continue
                    out.append(
                        Mention(
                            starts[i],
                            ends[last],
                            reg.add(country_entry(a3)),
                            locative and not poss[last],
                            poss[last],
                        )
                    )
                    resume = j
                    continue
        # Unknown capitalized run: tokens i..j. A possessive ends it ("Halvorsen's"); "Farmers' Union" does not
        # (see _joined).
        j = i
        while j + 1 < n and (_joined(tk, j + 1) if not poss[j] else _owned_body(tk, j + 1)):
            nt = j + 1
            if (
                j > i
                and words[j] in _ORG_FINAL
                and words[nt] not in ORG_WORDS
                and words[nt] not in MEDIA_WORDS  # "Courier Group Newspapers"
                and words[nt] not in _CONNECTORS
            ):
                break  # "a Northway Airlines Airbus A320": the company's name ends at its last company word
            if caps[nt] and (
                words[nt] not in first_words
                or (found := _lookup(tk, nt)) is None
                # "Bea Santiago", "Victoria Lima": a first name, then a capital used as a surname.
                or (j == i and found[1] == "capital" and words[i].lower() in GENDER_WORDS)
            ):
                j = nt
                continue
            if (
                words[nt] in _CONNECTORS
                and j + 2 < n
                and caps[j + 2]
                and _joined(tk, j + 2)
                and words[nt] not in ("and", "the")
                # "Lawyers for Kieran Doyle": a plural common noun, capitalised only because it opens the
                # sentence, is no name's start ("University of Eastbrook" is)
                and not (
                    j == i
                    and starts[i] in sent_starts
                    and words[i].endswith("s")
                    and words[i].lower() in _COMMON_HEADS
                )
            ):
                j += 2
                continue
            if words[nt] == "and" and (e := _and_continues_name(tk, i, j)) is not None:
                j = e
                continue
            break
        resume = j + 1
        if j == i and (words[i] in STOP_CAPS or words[i] in CAPS_NOUNS):
            continue  # "The", "Monday", "TV": _classify_run strips the word and finds nothing
        if words[j].lower() in TITLES and _title_of_known_person(tk, j + 1):
            continue  # "Chief Cabinet Secretary Yoshimasa Hayashi": the title of the known person after it
        m = _classify_run(text, tk, i, j, reg, _locative(tk, i, table))
        if m is not None:
            e = m.entry
            if (
                e.kind == "organization"
                and e.country is None
                and out
                and out[-1].entry.kind == "country"
                and text[out[-1].end : m.start] == " "
            ):
                country = out[-1]
                if (
                    not country.possessive
                    and len(e.name.split()) >= 2
                    and e.name.split()[-1] in ORG_WORDS
                    and not _GOV_ORG_WORDS.intersection(e.name.split())
                ):
                    # "the New Zealand Climate Audit Trust": one body whose name starts with its country's
                    out.pop()
                    name = text[country.start : m.end]
                    e = reg.add(Entry(f"org:{slug(name)}", name, "organization", country.entry.country))
                    m = Mention(country.start, m.end, e, country.locative, m.possessive)
                else:
                    # "U.S. Central Command", "the Philippine Coast Guard": a body of the country just named.
                    e = reg.add(Entry(e.id, e.name, e.kind, country.entry.country, e.org))
                    m = Mention(m.start, m.end, e, m.locative, m.possessive)
            out.append(m)
    return out


def _title_of_known_person(tk: TokenTable, k: int) -> bool:
    """Does a known person's name start at token k, right after the token before it?"""
    if k >= len(tk) or not tk.cap[k] or not _joined(tk, k) or tk.text[k] not in lexicon().first_words:
        return False
    hit = _lookup(tk, k)
    return hit is not None and hit[1] == "actor" and hit[3].kind == "person"


def _named_before(out: list[Mention], i: int, tk: TokenTable) -> Entry | None:
    """The organization last named before token i when "the" leads it ("the U.S. company"), else None."""
    if i == 0 or tk.text[i - 1].lower() != "the":
        return None
    return next((m.entry for m in reversed(out) if m.entry.kind == "organization"), None)


def _and_continues_name(tk: TokenTable, i: int, j: int) -> int | None:
    """Where a name goes on past "and" at token j + 1, or None: "Competition and Markets Authority" (the words
    after it end in an organization word the words before lack), "Department of Health and Social Care" (an
    "X of Y and Z" body). "Microsoft and Google", "Ministry of Defence and Russia" stay two names."""
    k = j + 2
    if k >= len(tk) or not tk.cap[k] or not _joined(tk, k):
        return None
    e = k
    while e + 1 < len(tk) and tk.cap[e + 1] and _joined(tk, e + 1) and e - k < 3:
        e += 1
    after = tk.text[k : e + 1]
    if any(_lookup(tk, x) is not None for x in range(k, e + 1)):
        return None  # a known actor or country after "and" is a second name
    lead = i  # where the name starts, past leading stop words ("The", "A")
    while lead < j and tk.text[lead] in STOP_CAPS:
        lead += 1
    if (
        len(after) > 1
        and after[-1] in ORG_WORDS
        # ("Securities and Exchange Surveillance Commission": one word before "and" may be an organization word)
        and (tk.text[j] not in ORG_WORDS or (j == lead and len(after) > 2))
        and j - lead <= 1
        and tk.text[lead].lower() not in GENDER_WORDS
    ):
        # (one word after "and" is not enough: "between Asia and Europe"; nor is a person before it:
        # "Thomas Reed and Stanmore Logistics")
        return e
    # (from `lead` on: "A Department of ...": the article is not the name's)
    # ("Queensland Department of Environment and Science": words may lead the organization word)
    of_body = any(tk.text[p] in ORG_WORDS and tk.text[p + 1] == "of" for p in range(lead, j - 1))
    if of_body and len(after) <= 2 and ORG_WORDS.isdisjoint(after) and _GOV_ORG_WORDS.isdisjoint(after):
        return e
    return None


def _classify_run(
    text: str,
    tk: TokenTable,
    first: int,
    last: int,
    reg: Registry,
    locative: bool = False,
) -> Mention | None:
    """A mention for the capitalized run of tokens first..last (inclusive), or None if it names no actor."""
    lx = lexicon()
    all_words = tk.text
    # "Health Service Executive": not a title. (set.isdisjoint(words) is `not any(w in set ...)`, in C.)
    org_like = first < last and not ORG_WORDS.isdisjoint(all_words[first + 1 : last + 1])
    has_title = False
    if first < last and reg.org_prefixes:
        known = reg.org_prefixes.get(text[tk.start[first] : tk.end[last]])
        if known is not None:
            # "Atlantic Gateway" after "Atlantic Gateway Terminals": the short form, though "Atlantic" alone
            # is a region word that would be stripped
            return Mention(tk.start[first], tk.end[last], known, False, tk.possessive[last])
    # Strip leading stop words and titles ("But President Xi"), and trailing connectors.
    while first <= last:
        low = all_words[first].lower()
        if not (all_words[first] in STOP_CAPS or (low in TITLES and not org_like)):
            break
        if first < last and low in _WEEKDAYS and all_words[first + 1] in MEDIA_WORDS:
            break  # "The Sunday Telegraph", "the Sunday Times": the day is the paper's own name
        if all_words[first] in _NAME_ADJECTIVES and (
            (all_words[last] in ORG_WORDS and (last - first >= 2 or all_words[last] in _BODY_HEADS))
            or (first < last and all_words[last] in MEDIA_WORDS)  # "The Pacific Herald", "Caribbean Times"
        ):
            # "the Northern Hockey Players Association", "Southern Water Authority", "the Electoral
            # Commission": part of the name
            break
        if low in TITLES:
            has_title = True
        first += 1
    if (
        last - first >= 2
        and all_words[first + 1].lower() in GENDER_WORDS
        and all_words[first].lower() not in GENDER_WORDS
        and all_words[first].isalpha()
        and ORG_WORDS.isdisjoint(all_words[first : last + 1])
        and _lookup(tk, first) is None
    ):
        first += 1  # "Driver Luke Maranoa said", "Farmer Ruth Banda": a job before a first name is no name
        has_title = True
    while first <= last and all_words[last] in _CONNECTORS:
        last -= 1
    if first < last and all_words[first] in _CONNECTORS and all_words[first].islower():
        # "Residents of Lowford": what the stripped word governed is a place, not a name of its own
        return None
    if first > last:
        return None
    for k in range(last, first - 1, -1):
        suffix = _MODIFIER_SUFFIX.search(all_words[k])
        if suffix is not None and (k < last or suffix.group(1) in _PLACE_SUFFIXES):
            # "Bahrain-based Fifth Fleet", "a Marshall Islands-flagged tanker": the hyphenated word and what
            # comes before it describe the name that follows, if any. ("Turkey-backed factions" stays: a
            # group named by its backer.)
            first = k + 1
            break
    if first > last:
        return None
    name_at = _name_after_title(all_words, first, last)
    if name_at is not None:
        # "Cyber Security Minister Daniel Hollis", "District Attorney Susan Kowalczyk": the title, whatever
        # words lead it, stays in the window before the name, not in the name.
        first, has_title = name_at, True
    start, end = tk.start[first], tk.end[last]
    name = text[start:end]
    words = all_words[first : last + 1]
    window_start = _title_window(tk, first)
    window = all_words[window_start:first]
    wl = [w.lower() for w in window]
    titled = has_title or not TITLES.isdisjoint(wl[-3:])
    poss = tk.possessive[last]
    if (
        len(words) > 1
        and any(c.isdigit() for c in words[-1])
        and ORG_WORDS.isdisjoint(words)
        and MEDIA_WORDS.isdisjoint(words)
    ):
        return None  # "Airbus A320", "Boeing 737": a product or model, not an actor
    if len(words) > 1 and name in reg.org_prefixes:
        return Mention(start, end, reg.org_prefixes[name], False, poss)
    if len(words) > 1 and (known_org := reg.actors.get(f"org:{slug(name)}")) is not None:
        # "Yıldızkent Yapı" after "Yıldızkent Yapı A.Ş.": the company named before, without its suffix
        return Mention(start, end, known_org, False, poss)
    if len(words) > 1 and words[-1].rstrip(".") in _CORPORATE_SUFFIXES and not locative:
        return _org_mention(reg, start, end, name, poss)  # "Costa Sul Terminais S.A.": a company's suffix
    if " & " in name and not locative and "of" not in words:
        # "Procter & Gamble", "Saunders & Pike": a firm's name, never a person's
        return _org_mention(reg, start, end, name, poss)
    if (
        len(words) > 1
        and (words[-1] in _PLACE_LAST or words[0] in _PLACE_FIRST)
        and words[0].lower() not in GENDER_WORDS  # "Nathan Creek" is a person
        and ORG_WORDS.isdisjoint(words)
        and MEDIA_WORDS.isdisjoint(words)
    ):
        return None  # "Calder Creek Road", "County Cork", "the Holloway Fire": a place or an event
    if (
        len(words) > 1
        and poss
        and words[0].lower() not in GENDER_WORDS
        and not titled
        and _ORG_ROLE_AFTER.match(text, end)
    ):
        # "Kestrel Iron's general manager": no first name, and a general manager: a company
        return _org_mention(reg, start, end, name, poss)
    if len(words) > 1 and not poss and _ORG_AFTER.match(text, end):
        return _org_mention(reg, start, end, name, poss)
    if (
        not poss
        and not titled
        and words[0].lower() not in GENDER_WORDS
        and (len(words) > 1 or words[0] not in reg.surnames)
        and _ORG_APPOSITIVE.match(text, end)
    ):
        return _org_mention(reg, start, end, name, poss)  # "Vantorq, the Dutch chip-equipment maker,"
    if (len(words) > 1 and not MEDIA_WORDS.isdisjoint(words)) or not _MEDIA_CUES.isdisjoint(wl[-2:]):
        return Mention(start, end, reg.add(Entry(f"media:{slug(name)}", name, "media")), False, poss)
    if len(words) == 1 and poss:
        body = _body_after(tk, last + 1)
        if body is not None:
            # "Zamunda's health ministry": a state body of a country we do not know.
            bn, bname = body
            w = words[0]
            e = Entry(f"gov:{slug(w)}:{slug(bname)}", f"{w} {bname.lower()}", "government", None, bname)
            return Mention(start, tk.end[last + bn], reg.add(e), False, False)
    org_word = not ORG_WORDS.isdisjoint(words)
    if words[0] in ("St", "Saint") and not org_word and MEDIA_WORDS.isdisjoint(words):
        return None  # "St. Petersburg officials", "St Louis": a place, no saint's name is a person's here
    if locative and not org_word and MEDIA_WORDS.isdisjoint(words):
        if len(words) == 1 and words[0] in reg.surnames and all_words[first - 1].lower() == "to":
            # "Responding to Whitlock's remarks", "wrote to Whitlock": the person named before, not a place
            return Mention(start, end, reg.surnames[words[0]], False, poss)
        return None  # "near the village of Kfar Kila", "in St. Petersburg": a place
    if len(words) == 1 and words[0] in ORG_WORDS and not titled:
        return None  # "International observers": a generic word, not a name
    if wl and wl[-1] in _ORG_CUES and not org_word:
        e = reg.add(Entry(f"org:{slug(name)}", name, "organization"))
        reg.cue_heads.setdefault(wl[-1], e)
        return Mention(start, end, e, False, poss)
    if org_word or "Banco" in words or (wl and wl[-1] in _ORG_CUES):
        a3 = _country_in(window)
        own = _country_in(window[-1:]) if window and tk.possessive[first - 1] else None
        if own and any(w in _GOV_ORG_WORDS for w in words):
            # "Iran's Revolutionary Guards": a state body of that country.
            e = Entry(f"gov:{own}:{slug(name)}", name, "government", own, name)
            return Mention(start, end, reg.add(e), False, poss)
        if len(words) == 2 and words[1] in ("Ministry", "Department", "Office") and a3:
            e = gov_body_entry(a3, name)
        else:
            e = Entry(
                f"org:{slug(name)}", name, "organization", a3 if words[-1] in ("Army", "Forces") else None
            )
        return Mention(start, end, reg.add(e), False, poss)
    if len(words) == 1:
        w = words[0]
        if w in reg.surnames:
            return Mention(start, end, reg.surnames[w], False, poss)
        if w in reg.org_heads:
            return Mention(start, end, reg.org_heads[w], False, poss)
        if w in lx.surname:
            return Mention(start, end, reg.add(lx.surname[w]), False, poss)
        if w.isupper() and len(w) <= 5:
            return _org_mention(reg, start, end, w, poss)
        if titled:
            return Mention(start, end, reg.add(_person(name, window)), False, poss)
        # An unknown single capitalized word is a place or a plain word unless an organization cue precedes
        # it or it acts as the subject of a verb of saying.
        if (
            any(x in _ORG_CUES or x in _MEDIA_CUES for x in wl[-3:])
            # "Residents of Kandor said": the word after a preposition is not the one who says
            or (
                _SUBJECT_VERB.match(text, end)
                and not (first > 0 and tk.text[first - 1].lower() in _OBJECT_PREPS)
            )
            or (wl and wl[-1] in _ACCUSE_VERBS)
            or (
                first >= 2
                and _cited(tk.text[first - 2].lower(), tk.text[first - 1].lower())
                and w.lower() not in _TIME_WORDS  # "the report by Friday"
            )
            # "the Mai-Leopard militia", "the Zawra network" (not sentence-first: "Police group ...")
            or (first > 0 and tk.text[first - 1].lower() == "the" and _ORG_AFTER.match(text, end))
            or _org_apposition(text, end)
            or _named_again(tk, first)
        ):
            if _remembered(tk, "person_by_name", w, lambda: _a_person_by_name(text, w)):
                return Mention(start, end, reg.add(_person(name, window)), False, poss)
            return _org_mention(reg, start, end, w, poss)
        return None
    if "of" in words and words[0].lower() in GENDER_WORDS and words.index("of") in (2, 3):
        # "Michael Saunders of Saunders & Pike": the person, without where they work.
        last = first + words.index("of") - 1
        end, poss = tk.end[last], False
        name = text[start:end]
    elif len(words) > 4:
        return None
    return Mention(start, end, reg.add(_person(name, window)), False, poss)


_APPOSITION = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?([a-z]+)\b")
_GANG_WORDS = frozenset(["gang", "crew", "cartel", "syndicate", "militia", "collective"])


def _org_mention(reg: Registry, start: int, end: int, name: str, possessive: bool) -> Mention:
    """A mention of the organization ``name``, added to ``reg``."""
    return Mention(start, end, reg.add(Entry(f"org:{slug(name)}", name, "organization")), False, possessive)


def _cited(before_prev: str, prev: str) -> bool:
    """Do the two words before a name cite it as a source ("claims by", "according to")?"""
    return (prev == "by" and before_prev in _CLAIM_NOUNS) or (before_prev, prev) == ("according", "to")


def _org_apposition(text: str, end: int) -> bool:
    """ "Vantly, the short-video app with ...", "Nightveil, a ransomware gang": an organization named by what
    it is."""
    m = _APPOSITION.match(text, end)
    return m is not None and (m.group(1) in _ORG_CUES or m.group(1) in _GANG_WORDS)


def _named_again(tk: TokenTable, i: int) -> bool:
    """An unknown single word used as a name again and again, never sentence-first and never as a place
    ("in X", "near X"): a name ("Nightveil"), more likely an actor than a place or a plain word."""
    w = tk.text[i]
    return _remembered(tk, "named_again", w, lambda: _used_as_a_name(tk, w))


def _remembered(tk: TokenTable, question: str, word: str, answer: Callable[[], bool]) -> bool:
    """``answer()`` for a question about ``word`` that holds for the whole text, asked once per text."""
    known = tk.memo.get((question, word))
    if known is None:
        known = tk.memo[(question, word)] = answer()
    return known


def _used_as_a_name(tk: TokenTable, w: str) -> bool:
    if tk.text.count(w) < 3:
        return False  # the common case, told in C without building the index below
    for k in tk.positions(w):
        if k == 0 or "\n" in tk.gap[k - 1] or tk.gap[k - 1].strip()[-1:] in (".", "!", "?", "“", '"'):
            continue  # sentence-first: capitalized for its position, says nothing
        prev = tk.text[k - 1].lower()
        if prev == "the" and k > 1:
            prev = tk.text[k - 2].lower()
        if (prev in _LOCATIVE or prev == "of") and not tk.possessive[k]:
            return False  # "from Thorne's group" owns; "from Kandor" is a place
    return True


def _a_person_by_name(text: str, name: str) -> bool:
    """One-word name the article treats as a person's: "Thorne, who resigned", "Dr. Thorne", "Ms Okafor"."""
    if f"{name}, who " in text:
        return True
    return any(
        f"{h} {name}" in text for h in ("Mr", "Mr.", "Ms", "Ms.", "Mrs", "Mrs.", "Dr", "Dr.", "Professor")
    )


_MODIFIER_SUFFIX = re.compile(
    r"-(based|led|backed|flagged|owned|registered|run|linked|born|made|funded|allied|aligned|controlled)$"
)
_PLACE_SUFFIXES = frozenset(["based", "flagged", "registered", "born", "made"])  # where, not who


def _name_after_title(words: list[str], first: int, last: int) -> int | None:
    """Where a person's name starts in a run that is title words then a name of two or three words
    ("Agriculture Minister Martin Doherty" -> the index of "Martin"), else None."""
    for k in range(last - 2, max(first, last - 4) - 1, -1):
        if words[k].lower() not in TITLES:
            continue
        name = words[k + 1 : last + 1]
        if (
            k > first
            and all(w[:1].isupper() for w in name)  # "Trade and Industry" is no person after a title
            and ORG_WORDS.isdisjoint(name)
            and TITLES.isdisjoint(w.lower() for w in name)
        ):
            return k + 1
        return None
    return None


def _country_in(window: list[str]) -> str | None:
    """The country a title window names, last word first ("Chinese Foreign Ministry spokesperson": CHN)."""
    lx = lexicon()
    word_country = lx.word_country
    for k in range(len(window) - 1, -1, -1):
        w = window[k]
        if w in word_country and not (k > 0 and window[k - 1].lower() in _LOCATIVE):
            return word_country[w]
    # two-word country names ("North Korean", "United States")
    for a, b in itertools.pairwise(window):
        if a not in lx.first_words:
            continue  # no name starts with a
        key = f"{a} {b}"
        for d in (lx.demonym, lx.country_alias):
            if key in d:
                return d[key]
    return None


def person_entry(name: str, title: list[str]) -> Entry:
    """A person named ``name`` with the title words ``title`` ("Millbrook Heights Police Chief"): country and
    organization as a title before the name would give them."""
    return _person(name, title)


def _person(name: str, window: list[str]) -> Entry:
    """A person named `name`, with country and organization taken from the title window before the name."""
    lx = lexicon()
    if "to" in window:
        # "Ukraine's ambassador to Germany, X": the state and body of the title, not those of the posting
        window = window[: window.index("to")]
    a3 = _country_in(window)
    org = None
    low = [w.lower() for w in window]
    if low and low[-1] in TITLES | _BODY_LAST_WORDS:
        # (a window ending in a verb is no title: "Prosecutors charged Marcus Hale" does not make him one)
        # Every body in a later part of the window is also in the whole window, so one phrase is enough.
        phrase = " ".join(low)
        for key in _PERSON_BODY_KEYS:
            if key in phrase:
                org = GOV_BODIES[key]
                break
    if org is None:
        for w in window:
            if (
                w in lx.capital
                and lx.capital[w]
                and w in ("Kremlin", "White House", "Pentagon", "Elysee", "Downing Street")
            ):
                org = w
            e = lx.actor_alias.get(w)
            if e and e.kind in ("organization", "media", "group"):
                org = e.name
                a3 = a3 or e.country
    if org is None and "Kremlin" in window:
        org = "Kremlin"
    if org is None and a3 and any(w in _STATE_TITLES for w in low):
        org = "Government"  # a titled state official speaks for the government
    return Entry(f"person:{slug(name)}", name, "person", a3, org)


# "(ZEMA)", "(“KCH”)", "Inc. (HVF)" and a listed company's ticker, "(NASDAQ: HVFD)"
_PARENTHESIZED = re.compile(
    r"\.?\s*\(\s*(?:(?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|NSE|BSE|HKEX|SGX|JSE|OTC|TSE|SIX|BMV|B3)\s*:\s*)?"
    r"[\"“]?([A-Z][A-Z&]{1,7})[\"”]?\s*\)"
)
_INITIALS_SKIP = frozenset(["of", "the", "and", "for", "on", "in", "de", "del", "la", "le", "des", "du", "&"])


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in _INITIALS_SKIP and w[0].isupper())


def _capitals(name: str) -> str:
    """ "IG Handel und Logistik" -> "IGHL": every capital letter of the name's words, for a short form that
    keeps a word's own initials."""
    return "".join(c for w in name.split() if w not in _INITIALS_SKIP for c in w if c.isupper())


def _bodies_by_their_acronym(text: str, mentions: list[Mention], reg: Registry) -> list[Mention]:
    """ "The National Climate Archive (NCA)": a name followed by its own initials in brackets is a body's,
    not a person's, even when none of its words says so."""
    bodies: dict[str, Entry] = {}
    for m in mentions:
        e = m.entry
        if e.kind != "person" or e.id in bodies or " " not in e.name or m.possessive:
            continue
        paren = _PARENTHESIZED.match(text, m.end)
        if (
            paren is not None
            and len(paren.group(1)) >= 2
            and paren.group(1) in (_initials(e.name), _capitals(e.name))
        ):
            bodies[e.id] = Entry(f"org:{slug(e.name)}", e.name, "organization", e.country)
    if not bodies:
        return mentions
    for old_id, body in bodies.items():
        del reg.actors[old_id]
        reg.surnames = {k: v for k, v in reg.surnames.items() if v.id != old_id}
        bodies[old_id] = reg.add(body)
    return [
        Mention(m.start, m.end, bodies[m.entry.id], m.locative, m.possessive) if m.entry.id in bodies else m
        for m in mentions
    ]


def resolve_acronyms(text: str, mentions: list[Mention], reg: Registry) -> list[Mention]:
    """Short forms of a named body are that body: "The Food Safety Authority of Ireland (FSAI)" then "the FSAI",
    "the English Football League" then "the EFL". An acronym of no body in the article stays its own actor."""
    short: dict[str, Entry] = {}
    defined: dict[str, Entry] = {}  # short forms the article itself gives in brackets
    mentions = _bodies_by_their_acronym(text, mentions, reg)
    for m in mentions:
        if m.entry.kind in ("organization", "media", "government", "group") and " " in m.entry.name:
            paren = _PARENTHESIZED.match(text, m.end)
            if paren is not None and not m.possessive:
                short[paren.group(1)] = m.entry  # said in the text: wins over a guess from initials
                defined[paren.group(1)] = m.entry
            short.setdefault(_initials(m.entry.name), m.entry)
    if not short:
        return mentions
    out = []
    replaced = set()
    for m in mentions:
        e = m.entry
        full = short.get(e.name) if e.kind == "organization" and e.name.isupper() else None
        if full is None and defined:
            # "The National Climate Archive (NCA)": in this article NCA is the archive, whatever body the
            # dictionary knows by those letters.
            full = defined.get(text[m.start : m.end])
        if full is not None and full.id != e.id:
            replaced.add(e.id)
            m = Mention(m.start, m.end, full, m.locative, m.possessive)
        out.append(m)
    for gone in replaced - {m.entry.id for m in out}:
        del reg.actors[gone]
    return out
