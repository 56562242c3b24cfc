"""Tokens, sentences and quoted regions, all with character offsets into the article text."""

from __future__ import annotations

import re
from typing import NamedTuple

from agents.tagging._lexicon import WORDS

_ABBREV = frozenset(WORDS["abbreviations"])
# Words that may follow "U.S." at a real sentence end.
_STARTERS = frozenset(WORDS["sentence_starters"])

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|\w+(?:[-'’.]\w+)*")
_BOUNDARY = re.compile(r"[.!?]+[\"”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
# "KYIV (AFP) — " style dateline at the head of a paragraph.
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’/-]{1,40}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+")


class Token(NamedTuple):
    # A NamedTuple, not a frozen dataclass: a 3 KB article has ~550 tokens and tuple creation is
    # several times cheaper.
    start: int
    end: int
    text: str
    possessive: bool  # token was "X's": text and end exclude the "'s"
    cap: bool  # starts with an upper-case letter


_new_token = tuple.__new__


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    append = out.append
    for m in _TOKEN.finditer(text):
        t = m.group()
        s, e = m.span()
        poss = False
        if ("'" in t or "’" in t) and len(t) > 2:
            if t[-2] in "'’" and t[-1] in "sS":
                t, e, poss = t[:-2], e - 2, True
            elif t[-1] in "'’" and t[-2] == "s":
                t, e, poss = t[:-1], e - 1, True
        append(_new_token(Token, (s, e, t, poss, t[:1].isupper())))
    return out


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


def sentences(text: str, para: tuple[int, int]) -> list[tuple[int, int]]:
    """Split one paragraph into sentences; abbreviations, initials and quoted text do not end a sentence."""
    ps, pe = para
    m = _DATELINE.match(text, ps, pe)
    if m and m.end() < pe:
        ps = m.end()
    quotes = [q for q in quote_regions(text, ps, pe) if q[1] < pe or text[pe - 1] in '”"']
    out = []
    start = ps
    for b in _BOUNDARY.finditer(text, ps, pe):
        dot = b.start()
        if _inside(dot, quotes) and not _ends_quote(text, b.end()):
            continue
        word = re.search(r"([\w.]+)$", text[start:dot])
        w = word.group(1) if word else ""
        if text[dot] == ".":
            if w.lower() in _ABBREV or (len(w) == 1 and w.isupper()):
                continue
            if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", w):
                nxt = re.match(r"\s+[\"“]?(\w+)", text[b.end() : pe])
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
