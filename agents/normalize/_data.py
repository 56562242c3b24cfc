"""Loads the normalizer's data files (phrase patterns, agency names) once per process."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from agents.normalize._firstchar import first_chars, max_width

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "normalize"

SCOPES = ("line", "edge", "header")

# Pattern placeholders. Names are matched case-sensitively even inside IGNORECASE patterns,
# so "Research by Oxford University found that ..." (lower-case words) is no credit line.
_CREDIT_WORDS = (
    "reporting|additional reporting|writing|editing|compiled|edited|written|produced|translated|research"
    "|graphics|photography|video|fact[- ]checking|reported|photos|text|production|design"
)
_NAME_WORD = r"(?-i:[A-Z][\w.'’-]*)"
_NAME_LINK = r"(?:\s*[,&]\s*|\s+(?:(?:and|in|with|from|at|for|de|van|von|al|el|bin)\s+)?)"
_NAME_LIST = _NAME_WORD + "(?:" + _NAME_LINK + _NAME_WORD + ")*"


@dataclass(frozen=True)
class JunkPattern:
    """One line of line_patterns.txt."""

    kind: str
    scope: str  # line | edge | header
    source: str  # regex source, AGENCY already expanded
    regex: re.Pattern[str]
    max_chars: int
    first: frozenset[str] | None  # possible first characters (lower case); None: any
    needs: tuple[str, ...]  # the line (casefolded) must contain one of these to be tried
    longest: int  # longest text the regex can match (a huge number if unbounded)
    lower_source: str | None  # the same regex for lower-cased text without IGNORECASE; None if case matters


@dataclass(frozen=True)
class Agencies:
    canonical: dict[str, str]  # casefolded spelling -> canonical name
    alternation: str  # regex source matching any spelling (longest first), for IGNORECASE use
    exact: re.Pattern[str]  # spellings as written or all-caps, case-sensitive: "Nan Li" is no agency


@cache
def agencies() -> Agencies:
    raw = json.loads((DATA_DIR / "agencies.json").read_text(encoding="utf-8"))
    canonical: dict[str, str] = {}
    for name, spellings in raw.items():
        if name.startswith("_"):
            continue
        for spelling in [name, *spellings]:
            canonical[spelling.casefold()] = name
    # Longest first so "Associated Press" wins over "AP" inside alternations.
    spellings = sorted({s for s in canonical}, key=len, reverse=True)
    alternation = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in spellings)
    written = {s for name, values in raw.items() if not name.startswith("_") for s in [name, *values]}
    written |= {s.upper() for s in written}
    exact = re.compile(
        r"\b(?:"
        + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(written, key=len, reverse=True))
        + r")\b"
    )
    return Agencies(canonical=canonical, alternation=alternation, exact=exact)


def canonical_agency(text: str) -> str | None:
    return agencies().canonical.get(" ".join(text.split()).casefold())


@cache
def junk_patterns() -> tuple[JunkPattern, ...]:
    """line_patterns.txt in file order.

    Format: ``SCOPE KIND [needs:LIT,LIT,...] REGEX``. A pattern that can start with any
    character must say which literal it needs, so it is not run on every line.
    """
    limits = json.loads((DATA_DIR / "limits.json").read_text(encoding="utf-8"))
    default_limit = int(limits["default"])
    agency_alt = agencies().alternation
    patterns: list[JunkPattern] = []
    for number, line in enumerate(
        (DATA_DIR / "line_patterns.txt").read_text(encoding="utf-8").splitlines(), 1
    ):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        scope, kind, rest = line.split(None, 2)
        needs: tuple[str, ...] = ()
        if rest.startswith("needs:"):
            needs_text, rest = rest.split(None, 1)
            needs = tuple(n.casefold() for n in needs_text[len("needs:") :].split(","))
        if scope not in SCOPES:
            raise ValueError(f"line_patterns.txt:{number}: unknown scope {scope!r}")
        source = (
            rest.replace("AGENCY", agency_alt)
            .replace("CREDITWORD", _CREDIT_WORDS)
            .replace("NAMELIST", _NAME_LIST)
        )
        lower_source = rest.replace("AGENCY", agency_alt.lower()).replace("CREDITWORD", _CREDIT_WORDS)
        try:
            regex = re.compile(source, re.IGNORECASE)
        except re.error as exc:
            raise ValueError(f"line_patterns.txt:{number}: {exc}") from exc
        patterns.append(
            JunkPattern(
                kind=kind,
                scope=scope,
                source=source,
                regex=regex,
                max_chars=int(limits.get(kind, default_limit)),
                first=first_chars(source),
                needs=needs,
                longest=min(max_width(source), int(limits.get(kind, default_limit))),
                lower_source=lower_source if _case_free(lower_source) else None,
            )
        )
    return tuple(patterns)


def _case_free(source: str) -> bool:
    """True if the regex has no upper-case literal and no case-sensitive group, so it can
    run without IGNORECASE on lower-cased text (about twice as fast in sre)."""
    without_escapes = re.sub(r"\\.", "", source)
    return "(?-i" not in source and not any(c.isupper() for c in without_escapes)


@dataclass(frozen=True)
class Bucket:
    """The patterns a line starting with one character can match, fused into two regexes:
    ``lower`` (case-free patterns, run on the lower-cased line) and ``mixed`` (the rest,
    IGNORECASE on the line as written). Group g<i> is patterns[i] in both."""

    patterns: tuple[JunkPattern, ...]
    lower: re.Pattern[str] | None
    mixed: re.Pattern[str] | None


# Line-length classes: a line is only tried against patterns able to match a text
# as long as the class's shortest line, so long body paragraphs meet few patterns.
LENGTH_CLASSES = (0, 25, 50, 80, 120, 170, 260, 400)


def length_class(length: int) -> int:
    """Lower bound of the class ``length`` falls in."""
    return LENGTH_CLASSES[bisect_right(LENGTH_CLASSES, length) - 1]


MID_LONG_CHARS = 170
MID_LONG_KINDS = frozenset({"caption", "credit", "promo", "disclaimer", "cookie_notice", "copyright"})


@cache
def bucket_for(first_char: str, min_length: int, mid_long: bool = False) -> Bucket:
    members = tuple(
        i
        for i, p in enumerate(junk_patterns())
        if not p.needs
        and (p.first is None or first_char in p.first)
        and p.longest >= min_length
        and (not mid_long or p.kind in MID_LONG_KINDS)
    )
    return _compile_bucket(members)


@cache
def _compile_bucket(members: tuple[int, ...]) -> Bucket:
    # Cached by membership: most first characters share a bucket, compile it once.
    patterns = tuple(junk_patterns()[i] for i in members)
    lower = [f"(?P<g{i}>{p.lower_source})" for i, p in enumerate(patterns) if p.lower_source is not None]
    mixed = [f"(?P<g{i}>{p.source})" for i, p in enumerate(patterns) if p.lower_source is None]
    return Bucket(
        patterns,
        re.compile("|".join(lower)) if lower else None,
        re.compile("|".join(mixed), re.IGNORECASE) if mixed else None,
    )


@dataclass(frozen=True)
class NeedsIndex:
    """The needs-patterns able to match a line of some length class, by literal."""

    patterns: tuple[JunkPattern, ...]  # file order
    literals: tuple[str, ...]
    patterns_by_literal: dict[str, tuple[int, ...]]  # literal -> indexes into patterns


@cache
def needs_index(min_length: int = 0) -> NeedsIndex:
    patterns = tuple(p for p in junk_patterns() if p.needs and p.longest >= min_length)
    by_literal: dict[str, list[int]] = {}
    for index, pattern in enumerate(patterns):
        for literal in pattern.needs:
            by_literal.setdefault(literal, []).append(index)
    return NeedsIndex(patterns, tuple(by_literal), {k: tuple(v) for k, v in by_literal.items()})


@cache
def disclaimer_vocabulary() -> re.Pattern[str]:
    words = (DATA_DIR / "disclaimer_words.txt").read_text(encoding="utf-8").split("\n")
    words = [w.strip() for w in words if w.strip() and not w.startswith("#")]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")", re.IGNORECASE)


@cache
def not_datelines() -> frozenset[str]:
    """All-caps words that open a paragraph like a dateline but are labels (BREAKING: ...)."""
    text = (DATA_DIR / "not_datelines.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().casefold() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def warm_up() -> int:
    """Compile the pattern buckets for ASCII-initial lines now rather than on first use
    (each costs milliseconds); returns how many distinct buckets exist."""
    buckets = {
        id(bucket_for(chr(code).lower(), lower, mid_long))
        for code in range(0x20, 0x7F)
        for lower in LENGTH_CLASSES
        for mid_long in (False, True)
    }
    for lower in LENGTH_CLASSES:
        needs_index(lower)
    return len(buckets)
