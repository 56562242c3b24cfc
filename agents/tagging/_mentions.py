"""Mention detection and in-article resolution: every name, title, metonym or body maps to one actor."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from agents.tagging._lexicon import (
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
from agents.tagging._text import Token, tokens

_CONNECTORS = frozenset(WORDS["connectors"])
_LOCATIVE = frozenset(WORDS["locative"])
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
_ORG_AFTER = re.compile(
    r"\s+(?:party|group|company|movement|coalition|alliance|bank|union|agency|firm|organi[sz]ation|network|foundation)\b"
)
_PLACE_NOUNS = frozenset(WORDS["place_nouns"])
_GOV_ORG_WORDS = frozenset(WORDS["gov_org_words"])
_BODY_KEYS = sorted(GOV_BODIES, key=lambda k: -len(k.split()))
_MAX_BODY = max(len(k.split()) for k in GOV_BODIES)


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
    cue_heads: dict[str, Entry] = field(
        default_factory=dict
    )  # "watchdog" -> "Fair Deal" ("Consumer watchdog Fair Deal")

    def add(self, e: Entry) -> Entry:
        old = self.actors.get(e.id)
        if old is None:
            self.actors[e.id] = e
            old = e
        elif (old.country is None and e.country) or (old.org is None and e.org):
            # A later, richer mention fills in what the first one lacked.
            old = Entry(old.id, old.name, old.kind, old.country or e.country, old.org or e.org)
            self.actors[e.id] = old
        if old.kind == "person" and " " in old.name:
            self.surnames.setdefault(old.name.split()[-1], old)
        elif (
            old.kind in ("organization", "media") and " " in old.name and old.name.split()[0] not in ORG_WORDS
        ):
            self.org_heads.setdefault(old.name.split()[0], old)
        return old


def gov_entry(a3: str) -> Entry:
    return Entry(f"gov:{a3}", lexicon().country_name.get(a3, a3), "government", a3, None)


def country_entry(a3: str) -> Entry:
    return Entry(f"country:{a3}", lexicon().country_name.get(a3, a3), "country", a3, None)


def _contiguous(text: str, a: Token, b: Token) -> bool:
    gap = text[a.end : b.start]
    if gap == " ":
        return not a.possessive
    # "National Farmers' Union": a plural possessive inside a capitalized name
    return gap in ("' ", "’ ") and a.text.endswith("s") and b.cap and a.cap


def _lookup(text: str, toks: list[Token], i: int) -> tuple[int, str, str] | None:
    """Longest dictionary match starting at token i: (n tokens, table, key)."""
    lx = lexicon()
    longest = lx.first_words.get(toks[i].text)
    if longest is None:
        return None  # no alias starts with this word: the common case, answered by one dict lookup
    best = None
    j = i
    parts = [toks[i].text]
    for n in range(1, longest + 1):
        if n > 1:
            j = i + n - 1
            if j >= len(toks) or not _contiguous(text, toks[j - 1], toks[j]):
                break
            parts.append(toks[j].text)
        key = " ".join(parts)
        for table, d in (
            ("actor", lx.actor_alias),
            ("country", lx.country_alias),
            ("capital", lx.capital),
            ("demonym", lx.demonym),
        ):
            if key in d:
                best = (n, table, key)
                break
    return best


def _body_after(text: str, toks: list[Token], j: int) -> tuple[int, str] | None:
    """A government body noun phrase right after a country word ("'s foreign ministry"): (n tokens, body)."""
    words = []
    for k in range(j, min(j + _MAX_BODY, len(toks))):
        if k > j and not _contiguous(text, toks[k - 1], toks[k]):
            break
        if k == j and text[toks[k - 1].end : toks[k].start].strip(" ’'s") != "":
            break
        words.append(toks[k].text.lower())
    for n in range(len(words), 0, -1):
        key = " ".join(words[:n])
        if key in GOV_BODIES:
            return n, GOV_BODIES[key]
    return None


def _group_after(text: str, toks: list[Token], j: int) -> tuple[int, str] | None:
    for k in range(j, min(j + 2, len(toks))):
        if k > j and not _contiguous(text, toks[k - 1], toks[k]):
            return None
        if k == j and text[toks[k - 1].end : toks[k].start] != " ":
            return None
        w = toks[k].text.lower()
        if w in GROUP_NOUNS:
            return k - j + 1, w
        if toks[k].cap:
            return None
    return None


def _title_window(text: str, toks: list[Token], i: int, limit: int = 7) -> list[Token]:
    """Tokens right before a name that may be its title ("Kremlin spokesman", "Chinese Foreign Ministry spokesperson")."""
    out: list[Token] = []
    k = i - 1
    while k >= 0 and len(out) < limit:
        gap = text[toks[k].end : toks[k + 1].start]
        if gap.strip() not in ("", "’s", "'s", ",") or "\n" in gap:
            break
        w = toks[k].text
        if w.lower() in ("said", "told", "says", "and", "by", "with", "that", "to", "as"):
            break
        out.insert(0, toks[k])
        if gap.strip() == ",":
            break
        k -= 1
    return out


def find_mentions(text: str, sent_starts: set[int], reg: Registry) -> list[Mention]:
    lx = lexicon()
    toks = tokens(text)
    out: list[Mention] = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if not t.cap:
            i += 1
            continue
        prev = toks[i - 1].text.lower() if i > 0 and "\n" not in text[toks[i - 1].end : t.start] else ""
        if prev == "the" and i > 1:
            prev = toks[i - 2].text.lower()
        locative = (
            prev in _LOCATIVE
            or (
                prev in ("a", "an")
                and _lookup(text, toks, i) is not None
                and _lookup(text, toks, i)[1] == "capital"
            )
            or (i > 1 and prev == "of" and toks[i - 2].text.lower() in _PLACE_NOUNS)
        )
        hit = _lookup(text, toks, i)
        if hit is not None:
            k, table, key = hit
            j = i + k
            last = toks[j - 1]
            nxt_cap = j < n and toks[j].cap and _contiguous(text, last, toks[j])
            if table == "capital" and nxt_cap and toks[j].text not in ORG_WORDS:
                hit = None  # "Sofia Lindqvist", "Moscow State ...": part of a longer name
            elif table == "actor":
                e = lx.actor_alias[key]
                if e.kind == "person" or k > 1 or not nxt_cap:
                    # Only places are locative: "a report in Handelsblatt" still names an actor.
                    out.append(Mention(t.start, last.end, reg.add(e), False, last.possessive))
                    i = j
                    continue
                hit = None
            else:
                a3 = (
                    lx.country_alias
                    if table == "country"
                    else lx.capital
                    if table == "capital"
                    else lx.demonym
                )[key]
                body = _body_after(text, toks, j)
                if body is not None:
                    bn, bname = body
                    end_tok = toks[j + bn - 1]
                    e = (
                        gov_entry(a3)
                        if bname == "Government"
                        else Entry(
                            f"gov:{a3}:{slug(bname)}",
                            f"{lx.country_name.get(a3, a3)} {bname}",
                            "government",
                            a3,
                            bname,
                        )
                    )
                    out.append(Mention(t.start, end_tok.end, reg.add(e), False, end_tok.possessive))
                    i = j + bn
                    continue
                if (
                    table == "demonym"
                    and nxt_cap
                    and toks[j].text.lower() not in TITLES
                    and toks[j].text not in ORG_WORDS
                    and _lookup(text, toks, j) is None
                ):
                    hit = None  # "Georgian Dream": the demonym starts a name
                if hit is not None and table == "demonym":
                    grp = _group_after(text, toks, j)
                    if grp is not None:
                        gn, noun = grp
                        end_tok = toks[j + gn - 1]
                        label = f"{key} {noun}"
                        e = Entry(f"group:{slug(label)}", label, "group", a3, None)
                        out.append(Mention(t.start, end_tok.end, reg.add(e), False, end_tok.possessive))
                        i = j + gn
                        continue
                    nt = toks[j] if j < n else None
                    if nt is not None and text[last.end : nt.start] == " " and nt.text.lower() in STATE_NOUNS:
                        out.append(Mention(t.start, last.end, reg.add(country_entry(a3)), False, False))
                        i = j
                        continue
                    if (
                        nt is not None
                        and text[last.end : nt.start] == " "
                        and nt.text in ("were", "are", "was", "is", "have", "had")
                    ) or (i > 0 and toks[i - 1].text.isdigit()):
                        # "155 Chinese were fighting": the demonym is a noun for people of that country.
                        label = f"{key} nationals"
                        out.append(
                            Mention(
                                t.start,
                                last.end,
                                reg.add(Entry(f"group:{slug(label)}", label, "group", a3)),
                                False,
                                False,
                            )
                        )
                        i = j
                        continue
                    # A bare demonym is an adjective, not an actor: remember it only as title context.
                    i = j
                    continue
                if hit is not None:
                    if table == "capital":
                        if not locative:
                            out.append(
                                Mention(t.start, last.end, reg.add(gov_entry(a3)), False, last.possessive)
                            )
                        i = j
                        continue
                    out.append(
                        Mention(
                            t.start,
                            last.end,
                            reg.add(country_entry(a3)),
                            locative and not last.possessive,
                            last.possessive,
                        )
                    )
                    i = j
                    continue
        # Unknown capitalized run.
        j = i
        run: list[Token] = [t]
        while True:
            plural_poss = (
                run[-1].possessive
                and text[run[-1].end : run[-1].end + 2] in ("' ", "’ ")
                and j + 1 < n
                and toks[j + 1].cap
            )  # "National Farmers' Union": the apostrophe is inside the name
            if (run[-1].possessive and not plural_poss) or j + 1 >= n:
                break
            nt = toks[j + 1]
            if not plural_poss and not _contiguous(text, toks[j], nt):
                break
            if nt.cap and _lookup(text, toks, j + 1) is None:
                run.append(nt)
                j += 1
                continue
            if (
                nt.text in _CONNECTORS
                and j + 2 < n
                and toks[j + 2].cap
                and _contiguous(text, nt, toks[j + 2])
                and nt.text not in ("and", "the")
            ):
                run.extend([nt, toks[j + 2]])
                j += 2
                continue
            break
        i = j + 1
        m = _classify_run(text, toks, run, sent_starts, reg, locative)
        if m is not None:
            out.append(m)
    return out


def _index(toks: list[Token], t: Token) -> int:
    # Tokens are sorted by start; bisect keeps this O(log n).
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < t.start:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _classify_run(
    text: str,
    toks: list[Token],
    run: list[Token],
    sent_starts: set[int],
    reg: Registry,
    locative: bool = False,
) -> Mention | None:
    lx = lexicon()
    titles: list[str] = []
    org_like = any(r.text in ORG_WORDS for r in run[1:])  # "Health Service Executive": not a title
    while run and (run[0].text in STOP_CAPS or (run[0].text.lower() in TITLES and not org_like)):
        if run[0].text.lower() in TITLES:
            titles.append(run[0].text.lower())
        run = run[1:]
    while run and run[-1].text in _CONNECTORS:
        run = run[:-1]
    if not run:
        return None
    start, end = run[0].start, run[-1].end
    name = text[start:end]
    words = [r.text for r in run]
    window = _title_window(text, toks, _index(toks, run[0]))
    wl = [w.text.lower() for w in window]
    titled = bool(titles) or any(w in TITLES for w in wl[-3:])
    poss = run[-1].possessive
    if _ORG_AFTER.match(text, end) and not poss and len(words) > 1:
        return Mention(start, end, reg.add(Entry(f"org:{slug(name)}", name, "organization")), False, poss)
    if (any(w in MEDIA_WORDS for w in words) and len(words) > 1) or any(w in _MEDIA_CUES for w in wl[-2:]):
        return Mention(start, end, reg.add(Entry(f"media:{slug(name)}", name, "media")), False, poss)
    if len(words) == 1 and poss:
        body = _body_after(text, toks, _index(toks, run[-1]) + 1)
        if body is not None:
            # "Zamunda's health ministry": a state body of a country we do not know.
            bn, bname = body
            w = words[0]
            e = Entry(f"gov:{slug(w)}:{slug(bname)}", f"{w} {bname.lower()}", "government", None, bname)
            return Mention(start, toks[_index(toks, run[-1]) + bn].end, reg.add(e), False, False)
    if locative and not any(w in ORG_WORDS or w in MEDIA_WORDS for w in words):
        return None  # "near the village of Kfar Kila", "in St. Petersburg": a place
    if len(words) == 1 and words[0] in ORG_WORDS and not titled:
        return None  # "International observers": a generic word, not a name
    if wl and wl[-1] in _ORG_CUES and not any(w in ORG_WORDS for w in words):
        e = reg.add(Entry(f"org:{slug(name)}", name, "organization"))
        reg.cue_heads.setdefault(wl[-1], e)
        return Mention(start, end, e, False, poss)
    if any(w in ORG_WORDS or w == "Banco" for w in words) or (wl and wl[-1] in _ORG_CUES):
        a3 = _country_in(window, text, toks)
        own = _country_in(window[-1:], text, toks) if window and window[-1].possessive else None
        if own and any(w in _GOV_ORG_WORDS for w in words):
            # "Iran's Revolutionary Guards": a state body of that country.
            e = Entry(f"gov:{own}:{slug(name)}", name, "government", own, name)
            return Mention(start, end, reg.add(e), False, poss)
        if len(words) == 2 and words[1] in ("Ministry", "Department", "Office") and a3:
            e = Entry(
                f"gov:{a3}:{slug(name)}", f"{lx.country_name.get(a3, a3)} {name}", "government", a3, name
            )
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
            return Mention(start, end, reg.add(Entry(f"org:{slug(w)}", w, "organization")), False, poss)
        if titled:
            return Mention(start, end, reg.add(_person(name, window, text, toks)), False, poss)
        # An unknown single capitalized word is a place or a plain word unless an organization cue precedes
        # it or it acts as the subject of a verb of saying.
        if (
            any(x in _ORG_CUES or x in _MEDIA_CUES for x in wl[-3:])
            or _SUBJECT_VERB.match(text, end)
            or (wl and wl[-1] in _ACCUSE_VERBS)
        ):
            return Mention(start, end, reg.add(Entry(f"org:{slug(w)}", w, "organization")), False, poss)
        return None
    if len(words) > 4:
        return None
    return Mention(start, end, reg.add(_person(name, window, text, toks)), False, poss)


def _country_in(window: list[Token], text: str, toks: list[Token]) -> str | None:
    lx = lexicon()
    for k in range(len(window) - 1, -1, -1):
        w = window[k]
        if k > 0 and window[k - 1].text.lower() in _LOCATIVE:
            continue
        for d in (lx.demonym, lx.country_alias, lx.capital):
            if w.text in d:
                return d[w.text]
        e = lx.actor_alias.get(w.text)
        if e and e.country:
            return e.country
    # two-word country names ("North Korean", "United States")
    for a, b in itertools.pairwise(window):
        key = f"{a.text} {b.text}"
        for d in (lx.demonym, lx.country_alias):
            if key in d:
                return d[key]
    return None


def _person(name: str, window: list[Token], text: str, toks: list[Token]) -> Entry:
    lx = lexicon()
    a3 = _country_in(window, text, toks)
    org = None
    words = [w.text for w in window]
    low = [w.lower() for w in words]
    for k in range(len(words)):
        phrase = " ".join(low[k:])
        for key in _BODY_KEYS:
            if key in phrase and GOV_BODIES[key] not in ("Military", "Government") and key != "mission":
                org = GOV_BODIES[key]
                break
        if org:
            break
    if org is None:
        for w in words:
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
    if org is None and "Kremlin" in words:
        org = "Kremlin"
    if org is None and a3 and any(w in _STATE_TITLES for w in low):
        org = "Government"  # a titled state official speaks for the government
    return Entry(f"person:{slug(name)}", name, "person", a3, org)
