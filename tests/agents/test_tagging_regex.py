"""Guarded patterns (agents/tagging/_regex.py) answer exactly as the patterns they guard.

A guard skips a pattern when none of the strings ``literals`` read from it occurs; that is only right if every
match contains one of them. These tests check that on the labelled corpus for every pattern the tagger guards,
so a new alternative that the reading gets wrong fails here, not silently in the tags.
"""

from __future__ import annotations

import random
import re

import pytest

from agents.tagging import _stance, _tagger
from agents.tagging._regex import EndGuarded, Guarded, end_guarded, guarded, literals
from agents.tagging.evaluation import load_corpus

_TEXTS = [t for row in load_corpus() for t in (row["text"], row["text"].lower())]


def _guarded_patterns() -> list[tuple[str, Guarded]]:
    found = [
        (f"{mod.__name__}.{name}", value)
        for mod in (_stance, _tagger)
        for name, value in vars(mod).items()
        if isinstance(value, Guarded)
    ]
    found += [(f"cameo {code}", rx) for code, rx in _stance.CAMEO_SUBTYPES if isinstance(rx, Guarded)]
    return found


@pytest.mark.parametrize("name,rx", _guarded_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_match_contains_a_literal(name: str, rx: Guarded) -> None:
    words = rx._words
    for text in _TEXTS:
        for m in rx._rx.finditer(text):
            assert any(w in m.group() for w in words), (name, m.group(), words)


@pytest.mark.parametrize("name,rx", _guarded_patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_guarded_search_is_the_pattern_search(name: str, rx: Guarded) -> None:
    for text in _TEXTS:
        for sentence in text.split(". "):
            want = rx._rx.search(sentence)
            got = rx.search(sentence)
            assert (want and want.span()) == (got and got.span()), (name, sentence)


def test_literals_reading() -> None:
    assert literals(r"\b(?:fabricat\w+|smears?|(?:is|was) false)\b") == (
        "smear",
        "fabricat",
        "is false",
        "was false",
    )
    assert literals(r"(?:is|was)\s+(?:\w+ )?(?:false|wrong)") == ("false", "wrong")  # the rarer strings
    assert literals(r"\bnot\b|n't") == ("n't", "not")
    assert literals(r"\s+(?:who|which)\s+[^,]*$") == ("who", "which")
    assert literals(r"[,;]\s*(?:a|b)") == (",", ";")
    assert literals(r"\w+") is None  # nothing plain in it
    assert literals(r"(?:a|b)?c|\d") is None  # the second alternative has no literal


def test_guarded_leaves_what_it_cannot_guard() -> None:
    rx = re.compile(r"\w+day", re.I)
    assert guarded(rx) is rx  # "in" is case-sensitive
    assert guarded(re.compile(r"\b(?:a|b)\w+")) is not None


def test_end_guarded_matches_the_pattern() -> None:
    assert isinstance(_tagger._TIME, EndGuarded)
    rng = random.Random(5)
    pieces = [
        " ",
        "\n",
        "on",
        "ON",
        "Tuesday",
        "day",
        "DAY",
        "week",
        "WEE\u212a",
        "night",
        "nıght",
        "x",
        "late",
    ]
    f = lambda m: " " * len(m.group())  # noqa: E731
    for _ in range(20000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        assert _tagger._TIME.sub(f, s) == _tagger._TIME._rx.sub(f, s), repr(s)
    for pattern in (r"a$", r"(?:ab|b)+$", r"(?i)A$", r"a\Z", r"(?:ba)+$|a$"):
        rx = re.compile(pattern)
        g = end_guarded(rx)
        assert isinstance(g, EndGuarded)
        for _ in range(3000):
            s = "".join(rng.choice("abAB\nx") for _ in range(rng.randint(0, 5)))
            assert bool(rx.search(s)) == bool(g.search(s)), (pattern, s)


def test_a_leading_lookbehind_moves_after_the_first_letter_and_tests_the_same() -> None:
    import re

    from agents.tagging._regex import _lookbehind_after_first, compile_words

    assert _lookbehind_after_first("(?<!anti-)fraud") == "f(?<!anti-f)raud"
    assert _lookbehind_after_first("(?<!were )(?<!was )killed") == "k(?<!were k)(?<!was k)illed"
    assert _lookbehind_after_first("(?:a|b)x") == "(?:a|b)x"  # no lookbehind: unchanged
    pattern = r"\b(?:(?<!anti-)fraud|(?<!were )killed|kidnap\w+)\b"
    fast, plain = compile_words(pattern), re.compile(pattern)
    for text in ["an anti-fraud unit", "fraud", "they were killed", "he killed", "kidnapped", "a kid"]:
        assert bool(fast.search(text)) == bool(plain.search(text)), text
