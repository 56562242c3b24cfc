"""Tokens, sentences and quoted regions, all with character offsets into the article text."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

from agents.tagging._lexicon import WORDS

_ABBREV = frozenset(WORDS["abbreviations"])
# Words that may follow "U.S." at a real sentence end.
_STARTERS = frozenset(WORDS["sentence_starters"])

# One capturing group, so _TOKEN.split() returns gap, token, gap, token, ..., gap: all positions follow from the
# lengths, with no match object per token. Possessive quantifiers (++, *+) only save backtracking bookkeeping:
# nothing follows them, so the greedy match is the match either way.
_TOKEN = re.compile(r"((?:[A-Z]\.){2,}+|\w++(?:[-'’.]\w++)*+)")
# The "'s" ending a token ("Russia's"), never one of the "U.S." kind, which ends in a dot. The lookbehind comes
# after the quote mark so the scan can skip ahead to quote marks.
_POSSESSIVE_S = re.compile(r"['’](?<=\w['’])[sS](?![-'’.]?\w)")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
# "KYIV (AFP) — " style dateline at the head of a paragraph.
# "BERLIN, Oct 3 (Continental Press Agency) – " and "MANILA, 12 March (Wire) – " carry a date as well.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’/-]{1,40}(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s*\d{4})?)?"
    r"\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+",
    re.MULTILINE,  # ("^" then matches where a paragraph starts, not only at the text's start: captions come first)
)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    possessive: bool  # token was "X's": text and end exclude the "'s"
    cap: bool  # starts with an upper-case letter


@dataclass(slots=True)
class TokenTable:
    """The tokens of a text as parallel lists, token k at index k of each.

    Cheaper to build than one Token tuple per token (a 3 KB article has ~500), and what find_mentions reads.
    """

    start: list[int]
    end: list[int]
    text: list[str]
    possessive: list[bool]
    cap: list[bool]
    # text[end[k]:start[k + 1]], so it begins with the "'s" of a possessive; the last one is the text's tail
    gap: list[str]
    # word -> the indexes of its tokens, built on first use (see ``positions``)
    _where: dict[str, list[int]] = field(default_factory=dict)
    # answers about one word that hold for the whole text, so that a name repeated R times costs R, not R * R
    memo: dict[tuple[str, str], bool] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.start)

    def positions(self, word: str) -> list[int]:
        """Indexes of the tokens that are ``word``: one pass over the text for all words, not one per word."""
        if not self._where and self.text:
            for k, w in enumerate(self.text):
                self._where.setdefault(w, []).append(k)
        return self._where.get(word, [])


_first_char = itemgetter(0)
_new_token = functools.partial(tuple.__new__, Token)


def token_table(text: str) -> TokenTable:
    parts = _TOKEN.split(text)
    words = parts[1::2]
    bounds = list(itertools.accumulate(map(len, parts)))
    starts = bounds[0:-1:2]
    ends = bounds[1::2]
    gaps = parts[2::2]
    possessive = [False] * len(words)
    if "'" in text or "’" in text:
        for m in _POSSESSIVE_S.finditer(text):
            # The token that ends with this "'s" (see _POSSESSIVE_S): strip the "'s" off it.
            k = bisect.bisect_left(ends, m.end())
            words[k] = words[k][:-2]
            ends[k] -= 2
            gaps[k] = m.group() + gaps[k]
            possessive[k] = True
    cap = list(map(str.isupper, map(_first_char, words)))
    if "l-" in text:
        # "Liwa al-Nasr", "Ahmed al-Sharaa": an Arabic article goes on the capitalized name before it
        for k in range(1, len(words)):
            if not cap[k] and cap[k - 1] and gaps[k - 1] == " " and _ARTICLE_NAME.match(words[k]):
                cap[k] = True
    return TokenTable(starts, ends, words, possessive, cap, gaps)


def tokens(text: str) -> list[Token]:
    t = token_table(text)
    return list(map(_new_token, zip(t.start, t.end, t.text, t.possessive, t.cap, strict=True)))


def paragraphs(text: str) -> list[tuple[int, int]]:
    """[start, end) of each non-empty paragraph (split on blank lines)."""
    out = []
    pos = 0
    for part in text.split("\n\n"):
        s, e = pos, pos + len(part)
        pos = e + 2
        # trim surrounding whitespace so spans stay tight
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


_QUOTE_CHARS = re.compile(r"[“”\"]")


def quote_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Quoted regions (including the quote marks) inside text[start:end]; an unclosed quote runs to `end`."""
    out = []
    open_at = -1
    for qm in _QUOTE_CHARS.finditer(text, start, end):
        i = qm.start()
        ch = text[i]
        if ch == "“" or (ch == '"' and open_at < 0):
            if open_at < 0:
                open_at = i
        elif (ch == "”" or ch == '"') and open_at >= 0:
            out.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0:
        out.append((open_at, end))
    return out


def _inside(pos: int, regions: list[tuple[int, int]]) -> bool:
    return any(s < pos < e - 1 for s, e in regions)


_LAST_WORD = re.compile(r"([\w.]+)$")
_ARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|ul)-[A-Z]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")  # "U.S" of "U.S.": the boundary took the last dot
_NEXT_WORD = re.compile(r"\s+[\"“]?(\w+)")


def dateline(text: str) -> str | None:
    """The city of the dateline that opens ``text`` ("BERLIN, Oct 3 (Agency) – " -> "Berlin"), if any: at its
    start, or opening a paragraph among its first lines (after a photo caption or a headline)."""
    m = _DATELINE.search(text, 0, 1200)
    if m is None:
        return None
    city = re.match(r"[A-Z][A-Z .'’/-]*[A-Z]", m.group())
    return city.group().title() if city else None


def sentences(text: str, para: tuple[int, int]) -> list[tuple[int, int]]:
    """Split one paragraph into sentences; abbreviations, initials and quoted text do not end a sentence."""
    ps, pe = para
    m = _DATELINE.match(text, ps, pe)
    if m and m.end() < pe:
        ps = m.end()
    quotes = None  # made at the first boundary: most paragraphs are one sentence and have none
    out = []
    start = ps
    for b in _BOUNDARY.finditer(text, ps, pe):
        if quotes is None:
            quotes = [q for q in quote_regions(text, ps, pe) if q[1] < pe or text[pe - 1] in '”"']
        dot = b.start()
        if _inside(dot, quotes) and not _ends_quote(text, b.end()):
            continue
        word = _LAST_WORD.search(text[start:dot])
        w = word.group(1) if word else ""
        if text[dot] == ".":
            if w.lower() in _ABBREV or (len(w) == 1 and w.isupper()):
                continue
            if _INITIALS.fullmatch(w):
                nxt = _NEXT_WORD.match(text, b.end(), pe)
                if not nxt or nxt.group(1) not in _STARTERS:
                    continue
        end = b.end()
        out.append((start, end))
        start = end
        while start < pe and text[start].isspace():
            start += 1
    if start < pe:
        out.append((start, pe))
    return out


def _ends_quote(text: str, pos: int) -> bool:
    # A boundary right after a closing quote mark is a real boundary even if our quote tracking is off.
    return pos > 0 and text[pos - 1] in '”"'
