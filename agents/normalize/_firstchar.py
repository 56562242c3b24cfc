"""Which characters can a regex match first? Used to send each line only to the
patterns that could match it (dispatch on the line's first character)."""

from __future__ import annotations

import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]

ANY = None  # "could start with anything": the pattern is tried on every line

_RANGE_LIMIT = 400


def first_chars(pattern: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Lower-cased set of possible first characters, or ANY if it cannot be bounded."""
    parsed = sre_parser.parse(pattern, flags)
    chars, nullable = _first(list(parsed))
    if nullable or chars is ANY:
        return ANY
    return frozenset(c.lower() for c in chars) | frozenset(c.upper().lower() for c in chars)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(first chars of this sequence, whether it can match the empty string)."""
    result: set[str] = set()
    for op, value in items:
        chars, nullable = _first_of(op, value)
        if chars is ANY:
            return ANY, False
        result |= chars
        if not nullable:
            return result, False
    return result, True


def _first_of(op: object, value: object) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return {chr(value)}, False  # type: ignore[arg-type]
    if op is c.IN:
        chars: set[str] = set()
        for item_op, item in value:  # type: ignore[union-attr]
            if item_op is c.LITERAL:
                chars.add(chr(item))
            elif item_op is c.RANGE and item[1] - item[0] < _RANGE_LIMIT:
                chars.update(chr(x) for x in range(item[0], item[1] + 1))
            else:
                return ANY, False
        return chars, False
    if op is c.BRANCH:
        chars = set()
        nullable = False
        for branch in value[1]:  # type: ignore[index]
            branch_chars, branch_nullable = _first(list(branch))
            if branch_chars is ANY:
                return ANY, False
            chars |= branch_chars
            nullable = nullable or branch_nullable
        return chars, nullable
    if op is c.SUBPATTERN:
        return _first(list(value[-1]))  # type: ignore[index]
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, body = value  # type: ignore[misc]
        chars, nullable = _first(list(body))
        return chars, nullable or low == 0
    if op is c.AT:
        return set(), True
    return ANY, False


def max_width(pattern: str, flags: int = re.IGNORECASE) -> int:
    """Longest text the pattern can match (sre's estimate; huge when unbounded)."""
    return int(sre_parser.parse(pattern, flags).getwidth()[1])
