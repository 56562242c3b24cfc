"""Compile long word-list alternations so that Python's regex engine can skip them quickly."""

from __future__ import annotations

import re


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
    for alt in _expanded(_split_top(pattern[start + 3 : end])):
        if len(alt) >= 2 and alt[0].islower() and alt[1] not in "?*+{":
            rests = buckets.setdefault(alt[0], [])
            assert rests is not None
            rests.append(alt[1:])
        else:
            buckets.setdefault(alt, None)  # an alternative that starts with a group or class stays whole
    body = "|".join(key if rests is None else f"{key}(?:{'|'.join(rests)})" for key, rests in buckets.items())
    return f"{pattern[:start]}(?:{body}){pattern[end + 1 :]}"


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
