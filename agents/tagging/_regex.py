"""Compile long word-list alternations so that Python's regex engine can skip them quickly."""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
import sys
from collections.abc import Iterator
from typing import Any


def _close(pattern: str, start: int) -> int:
    """Index of the ')' closing the group that opens at ``start``."""
    depth, in_class, escaped = 0, False, False
    for i in range(start, len(pattern)):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"unbalanced group in {pattern[:40]!r}")


def _split_top(body: str) -> list[str]:
    """``body`` split on its top-level ``|`` (outside groups and character classes)."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in body:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def factored(pattern: str) -> str:
    """``pattern`` with the alternatives of its first ``(?:...)`` group grouped by first letter.

    The engine tries alternatives one by one at every position; 300 words starting with 26
    letters cost 300 checks where a first-letter branch costs about 30. Alternatives sharing a
    letter keep their order, and two alternatives with different first letters can never match
    at the same position, so what matches and where does not change. A leading word group is
    spelled out first, which may change which of two alternatives matching at one position wins:
    use it where only "is there a match, and where" matters.
    """
    start = pattern.index("(?:")
    end = _close(pattern, start)
    buckets: dict[str, list[str] | None] = {}
    for alt in map(_lookbehind_after_first, _expanded(_split_top(pattern[start + 3 : end]))):
        if len(alt) >= 2 and alt[0].islower() and alt[1] not in "?*+{":
            rests = buckets.setdefault(alt[0], [])
            assert rests is not None
            rests.append(alt[1:])
        else:
            buckets.setdefault(alt, None)  # an alternative that starts with a group or class stays whole
    body = "|".join(key if rests is None else f"{key}(?:{'|'.join(rests)})" for key, rests in buckets.items())
    return f"{pattern[:start]}(?:{body}){pattern[end + 1 :]}"


def _lookbehind_after_first(alt: str) -> str:
    """``(?<!anti-)fraud`` -> ``f(?<!anti-f)raud``: the same test, but the alternative now starts with a letter,
    so it goes into that letter's branch instead of being tried, lookbehinds and all, at every position."""
    behinds: list[tuple[str, str]] = []
    rest = alt
    while rest.startswith(("(?<!", "(?<=")):
        end = _close(rest, 0)
        behinds.append((rest[:4], rest[4:end]))
        rest = rest[end + 1 :]
    if not behinds or len(rest) < 2 or not rest[0].islower() or rest[1] in "?*+{":
        return alt
    first = rest[0]
    return first + "".join(f"{kind}{body}{first})" for kind, body in behinds) + rest[1:]


def _expanded(alts: list[str]) -> list[str]:
    """Alternatives with a leading word group spelled out: "(?:is|was) false" -> "is false", "was false"."""
    out: list[str] = []
    for alt in alts:
        if not alt.startswith("(?:"):
            out.append(alt)
            continue
        end = _close(alt, 0)
        inner = _split_top(alt[3:end])
        optional = alt[end + 1 : end + 2] == "?"
        rest = alt[end + 2 :] if optional else alt[end + 1 :]
        if any(not w.isascii() or not w.replace(" ", "").isalpha() for w in inner) or rest[:1] in "*+{":
            out.append(alt)  # not a plain word list: keep it whole
            continue
        out.extend(w + rest for w in inner)
        if optional:
            out.append(rest)
    return out


def compile_words(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` of a word-list alternation, factored by first letter (see ``factored``)."""
    return re.compile(factored(pattern), flags)


def _literal_start(alt: str) -> tuple[str, str, bool]:
    """(the plain text ``alt`` starts with, the rest of ``alt`` after it, whether that rest follows the text
    directly): every match of ``alt`` starts with the text ("fabricat\\w+" -> "fabricat"; "smears? of" ->
    "smear", " of", False: an "s" may come between)."""
    out: list[str] = []
    for i, ch in enumerate(alt):
        if ch.isalnum() or ch in " '’-,;:":
            out.append(ch)
            continue
        if ch in "?*{" and out:
            out.pop()  # the character before an optional quantifier may be absent
            rest = _after_quantifier(alt, i)
            return "".join(out), "" if rest is None else rest, False
        return "".join(out), alt[i:], True
    return "".join(out), "", True


_SPACES = (r"\s+", r"\s*")
_LOOKAROUND = ("(?=", "(?!", "(?<=", "(?<!")


def _simple_class(rest: str) -> list[str] | None:
    """The characters of a class such as ``[,—–]`` or ``[“\\"]`` at the start of rest, if it is a plain one (no
    ranges, negation or escaped letters) that a match goes through exactly once."""
    chars: list[str] = []
    k = 1
    while k < len(rest) and rest[k] != "]":
        ch = rest[k]
        if ch == "\\" and k + 1 < len(rest) and not rest[k + 1].isalnum():
            k += 1
            ch = rest[k]
        elif ch in "\\-[^":
            return None
        chars.append(ch)
        k += 1
    if k >= len(rest) or not chars or rest[k + 1 : k + 2] in ("?", "*", "{", "+"):
        return None
    return chars


def _alt_literals(alt: str, glued: bool = False) -> list[str] | None:
    """Strings one of which every match of one alternative contains (None if that cannot be told).

    ``glued``: the alternative directly follows text that the caller puts in front of what this returns, so
    only what it starts with will do. Otherwise a later element may name rarer strings ("(?:is|was) false":
    "false" rather than "is", "was"), and the better of the two is taken.
    """
    body = alt
    while True:
        if body.startswith(r"\b"):
            body = body[2:]  # matches no text: what follows does
        elif body.startswith(_LOOKAROUND):
            body = body[_close(body, 0) + 1 :]
        elif not glued and body.startswith(_SPACES):
            body = body[3:]  # the text after the spaces is still part of the match
        else:
            break
    lit, rest, direct = _literal_start(body)
    here = [lit] if lit else None
    if direct and rest.startswith("(") and (rest.startswith("(?:") or not rest.startswith("(?")):
        end = _close(rest, 0)
        if rest[end + 1 : end + 2] not in ("?", "*", "{"):  # a group every match goes through
            inner = rest[3:end] if rest.startswith("(?:") else rest[1:end]
            subs: list[str] = []
            for sub in _expanded(_split_top(inner)):
                found = _alt_literals(sub, glued=bool(lit))
                if found is None:
                    break
                subs.extend(lit + f for f in found)
            else:
                here = subs
    elif direct and rest.startswith("[") and (chars := _simple_class(rest)) is not None:
        here = [lit + ch for ch in chars]
    if glued:
        return here
    # What follows the text or the first element is still part of every match.
    after = rest if lit else _after_element(rest)
    return _better(here, _alt_literals(after) if after else None)


# How likely a string of n characters is to be in a clause: a rough guide to which guard skips more often.
_LIKELY = {1: 0.5, 2: 0.3, 3: 0.1, 4: 0.04}


def _cost(words: list[str]) -> float:
    """Roughly the share of clauses a guard of these strings lets through, plus a little for each ``in``."""
    return sum(_LIKELY.get(len(w), 0.01) for w in words) + 0.01 * len(words)


def _better(a: list[str] | None, b: list[str] | None) -> list[str] | None:
    """The better guard of two sets of strings (the one ``_cost`` rates lower; the first on a tie)."""
    if a is None or b is None:
        return a if b is None else b
    return b if _cost(b) < _cost(a) else a


def _after_element(rest: str) -> str | None:
    """``rest`` without its first element (a group, class, escape or ".") and that element's quantifier."""
    if rest.startswith("("):
        k = _close(rest, 0) + 1
    elif rest.startswith("["):
        k = 2 if rest[1:2] == "^" else 1
        k += rest[k : k + 1] == "]"  # a "]" first in a class is one of its characters
        while k < len(rest) and rest[k] != "]":
            k += 2 if rest[k] == "\\" else 1
        k += 1
    elif rest.startswith("\\"):
        k = 2
    elif rest.startswith("."):
        k = 1
    else:
        return None
    if k > len(rest):
        return None
    if rest[k : k + 1] in ("{", "?", "*", "+"):
        return _after_quantifier(rest, k)
    return rest[k:]


def _after_quantifier(rest: str, k: int) -> str | None:
    """``rest`` after the quantifier at ``rest[k]`` (with its lazy or possessive mark)."""
    if rest[k] == "{":
        close = rest.find("}", k)
        if close == -1:
            return None
        k = close + 1
    else:
        k += 1
    if rest[k : k + 1] in ("?", "+") and rest[k : k + 1] != "":
        k += 1
    return rest[k:]


def literals(pattern: str) -> tuple[str, ...] | None:
    """Strings of which every match of ``pattern`` contains one, or None if they cannot be told.

    Each top-level alternative contributes the plain text it starts with (after a leading ``\\b``, ``\\s+``,
    ``\\s*`` or lookaround), followed by those of the alternatives of a ``(?:...)`` group right after it (a
    leading word group spelled out as ``factored`` does), so a factored pattern has the same answer as its
    source, or by each character of a plain class such as ``[,;]``. An alternative that starts with none of
    these, say with an escape such as ``\\w``, makes the answer None. A string containing a shorter one is left out: the shorter one is there
    whenever the longer one is.
    """
    found: list[str] = []
    for alt in _split_top(pattern):
        lits = _alt_literals(alt)
        if lits is None:
            return None
        found.extend(lits)
    kept: list[str] = []
    for lit in sorted(set(found), key=lambda s: (len(s), s)):
        if not any(k in lit for k in kept):
            kept.append(lit)
    return tuple(kept)


class Guarded:
    """A compiled pattern whose searches first check, with ``in``, that one of its ``literals`` occurs.

    ``in`` scans a clause about twenty times faster than the engine tries a word list at every position, and
    most clauses contain none of a short list's words: then there is no match, and the answer (None, no
    matches, the string unchanged or unsplit) comes without running the pattern. Everything else (``match``,
    ``pattern``, ...) is the compiled pattern's.
    """

    __slots__ = ("_rx", "_words")

    def __init__(self, rx: re.Pattern[str], words: tuple[str, ...]) -> None:
        self._rx = rx
        self._words = words

    def _absent(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """No literal in string[pos:endpos]: the pattern cannot match there."""
        # Plain loops: all() over a generator costs more than the pattern saves on short lists.
        if pos == 0 and endpos >= len(string):
            for w in self._words:  # noqa: SIM110
                if w in string:
                    return False
            return True
        for w in self._words:  # noqa: SIM110
            if string.find(w, pos, endpos) >= 0:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # _absent spelled out: this is the call made hundreds of times per article.
        if pos == 0 and endpos >= len(string):
            for w in self._words:
                if w in string:
                    return self._rx.search(string)
            return None
        for w in self._words:
            if string.find(w, pos, endpos) >= 0:
                return self._rx.search(string, pos, endpos)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos == 0 and endpos >= len(string):
            for w in self._words:  # as in search
                if w in string:
                    return self._rx.finditer(string)
            return iter(())
        return iter(()) if self._absent(string, pos, endpos) else self._rx.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(string, pos, endpos) else self._rx.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        for w in self._words:  # as in search
            if w in string:
                return self._rx.sub(repl, string, count)
        return string

    def split(self, string: str, maxsplit: int = 0) -> list[Any]:
        return [string] if self._absent(string) else self._rx.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)


def guarded(rx: re.Pattern[str], source: str | None = None, max_words: int = 16) -> re.Pattern[str] | Guarded:
    """``rx`` with a ``Guarded`` search when the literals of ``source`` (its pattern unless given: the text it
    was factored from) are few enough to test with ``in``; ``rx`` itself otherwise."""
    if rx.flags & (re.IGNORECASE | re.VERBOSE):
        return rx  # "in" is case-sensitive, and spaces in a verbose pattern are no literals
    words = literals(rx.pattern if source is None else source)
    if words is None or len(words) > max_words:
        return rx
    return Guarded(rx, words)


def compile_guarded(pattern: str) -> re.Pattern[str] | Guarded:
    """``compile_words(pattern)``, guarded (see ``guarded``)."""
    return guarded(compile_words(pattern), pattern)


def _last_texts(items: Any, most: int = 3) -> set[str] | None:
    """Strings (up to ``most`` characters) one of which ends every match of a parsed sequence (None when that
    cannot be told): the plain characters it ends with, or those of the alternatives of a last group."""
    tail: list[str] = []
    for op, av in reversed(list(items)):
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # matches no text: the element before it ends the match
        if op is _c.LITERAL:
            tail.insert(0, chr(av))
            if len(tail) == most:
                break
            continue
        if tail:
            break  # the plain characters after this element end every match
        if op is _c.BRANCH:
            out: set[str] = set()
            for alt in av[1]:
                found = _last_texts(alt, most)
                if found is None:
                    return None
                out |= found
            return out
        if op is _c.SUBPATTERN and not av[1] and not av[2]:  # a group that changes no flags
            return _last_texts(av[3], most)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _last_texts(av[2], most)
        return None
    return {"".join(tail)} if tail else None


def _anchored_at_end(items: Any) -> bool:
    """Does every match of a parsed sequence end at the end of the string (``$`` or ``\\Z``)?"""
    items = list(items)
    if not items:
        return False
    op, av = items[-1]
    if op is _c.AT:
        return av in (_c.AT_END, _c.AT_END_STRING)
    if op is _c.BRANCH:
        return all(_anchored_at_end(alt) for alt in av[1])
    if op is _c.SUBPATTERN and not av[1] and not av[2]:
        return _anchored_at_end(av[3])
    return False


class EndGuarded:
    """A compiled pattern anchored at the end of the string (``...$``) whose ``sub`` and ``search`` first check
    how the string ends: every match ends with one of a few short strings, and most strings end with none."""

    __slots__ = ("_last", "_longest", "_rx")

    def __init__(self, rx: re.Pattern[str], last: re.Pattern[str], longest: int) -> None:
        self._rx = rx
        self._last = last  # the ending strings, then \Z, with the pattern's case rule
        self._longest = longest

    def _absent(self, string: str) -> bool:
        n = len(string)
        if self._last.search(string, max(0, n - self._longest)) is not None:
            return False
        # "$" also matches before a newline that ends the string: a match may end one character earlier.
        return not (
            n > 1
            and string[-1] == "\n"
            and self._last.search(string, max(0, n - 1 - self._longest), n - 1) is not None
        )

    def search(self, string: str) -> re.Match[str] | None:
        return None if self._absent(string) else self._rx.search(string)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return string if self._absent(string) else self._rx.sub(repl, string, count)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._rx, name)


def end_guarded(rx: re.Pattern[str]) -> re.Pattern[str] | EndGuarded:
    """``rx`` with an ``EndGuarded`` search and sub when it is anchored at the end and what ends its matches can
    be told from its parse (compared with ``rx``'s own case rule); ``rx`` itself otherwise."""
    if rx.flags & re.VERBOSE:
        return rx
    parsed = _parser.parse(rx.pattern, rx.flags)
    last = _last_texts(parsed) if _anchored_at_end(parsed) else None
    if not last:
        return rx
    ends = re.compile("(?:" + "|".join(map(re.escape, sorted(last))) + r")\Z", rx.flags & re.IGNORECASE)
    return EndGuarded(rx, ends, max(map(len, last)))
