"""Line-level classification: which lines of a scraped article are junk, and of what kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agents.normalize import _data
from agents.normalize._meta import MetadataLine, parse_metadata_line

_META_MAX_CHARS = 120
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "…", "»")
_HEADLINE_MAX_CHARS = 160
_RELATED_BLOCK_MAX_LINES = 12


@dataclass(slots=True)
class Line:
    text: str
    kind: str | None = None  # None: body text (so far)
    header: bool = False  # opens a junk block (disclaimer, comments, related links)
    edge_kind: str | None = None  # junk only if it sits in the head or tail
    metadata: MetadataLine | None = None
    prefix: tuple[str, str] | None = None  # (kind, text) cut from the start of a body line

    @property
    def words(self) -> int:
        return self.text.count(" ") + 1

    def is_body_like(self) -> bool:
        """A real paragraph: several words and sentence-final punctuation."""
        return self.kind is None and self.text.endswith(_TERMINAL) and self.text.count(" ") >= 9


def classify_line(line: Line, *, mid_article: bool = False) -> None:
    """Give the line a junk kind if its whole text has a junk shape (data: line_patterns.txt).

    ``mid_article``: the line sits well inside the article. Long lines there are only
    tried against the kinds that really occur as long lines mid-text (captions,
    credits, promos, disclaimers, cookie notices, copyright) - fewer regex branches
    for the bulk of body paragraphs.
    """
    text = line.text
    length = len(text)
    if length <= _META_MAX_CHARS:
        metadata = parse_metadata_line(text)
        if metadata is not None:
            line.kind, line.metadata = "metadata", metadata
            return
    mid_long = mid_article and length > _data.MID_LONG_CHARS
    length_class = _data.length_class(length)
    bucket = _data.bucket_for(text[0].lower(), length_class, mid_long)
    found: list[int] = []
    if bucket.lower is not None and (match := bucket.lower.fullmatch(text.lower())) and match.lastgroup:
        found.append(int(match.lastgroup[1:]))
    if bucket.mixed is not None and (match := bucket.mixed.fullmatch(text)) and match.lastgroup:
        found.append(int(match.lastgroup[1:]))
    if found:
        # Alternation order is file order: the smaller index is the first pattern that matches.
        first = bucket.patterns[min(found)]
        if length <= first.longest:
            _assign(line, first)
            return
        # That pattern's kind has a lower length limit than this line: try one by one.
        for pattern in bucket.patterns:
            if length <= pattern.longest and pattern.regex.fullmatch(text):
                _assign(line, pattern)
                return
    needs = _data.needs_index(length_class)
    if not needs.literals:
        return
    folded = text.casefold()
    # One `in` per literal beats a regex alternation scan here (measured).
    present = [literal for literal in needs.literals if literal in folded]
    if not present:
        return
    candidates = sorted({i for literal in present for i in needs.patterns_by_literal[literal]})
    for index in candidates:
        pattern = needs.patterns[index]
        if length <= pattern.longest and pattern.regex.fullmatch(text):
            _assign(line, pattern)
            return


def _assign(line: Line, pattern: _data.JunkPattern) -> None:
    if pattern.scope == "edge":
        line.edge_kind = pattern.kind
    else:
        line.kind, line.header = pattern.kind, pattern.scope == "header"


def _headline_shaped(text: str) -> bool:
    return len(text) <= _HEADLINE_MAX_CHARS and not text.endswith((".", ":", ";", ","))


def expand_blocks(lines: list[Line]) -> None:
    """Extend block headers over the lines that belong to their block."""
    disclaimer_words = _data.disclaimer_vocabulary()
    total = len(lines)
    index = 0
    while index < total:
        line = lines[index]
        index += 1
        if not line.header:
            continue
        follow = index
        if line.kind == "disclaimer":
            # Disclaimer prose: keep going while the lines speak the disclaimer's language.
            while (
                follow < total and lines[follow].kind is None and disclaimer_words.search(lines[follow].text)
            ):
                lines[follow].kind = "disclaimer"
                follow += 1
        elif line.kind == "related_links":
            # A list of headlines: short lines without a sentence ending.
            while (
                follow < total
                and follow - index < _RELATED_BLOCK_MAX_LINES
                and lines[follow].kind is None
                and _headline_shaped(lines[follow].text)
            ):
                lines[follow].kind = "related_links"
                follow += 1
        elif line.kind == "comments":
            # A comment section runs to the end of the page: when the header is in the
            # back half, or reader-comment furniture ("X says:", dates, Reply) follows it.
            runs_to_end = (index - 1) >= total / 2 or _comment_furniture_follows(lines, index)
            while follow < total:
                nxt = lines[follow]
                if nxt.kind is not None:
                    follow += 1
                    continue
                # In the back half everything after a comment widget is reader comments;
                # earlier, only widget-shaped short lines are taken.
                if runs_to_end or nxt.edge_kind == "comments" or len(nxt.text) <= 80:
                    nxt.kind = "comments"
                    follow += 1
                else:
                    break
        index = max(index, follow)


_COMMENTER = re.compile(
    r".{1,60}\s(?:says|said|wrote|commented)\s*:?|.{1,60}\s+on\s+.{4,40}(?:am|pm|\d{4})", re.IGNORECASE
)
_COMMENT_LOOKAHEAD = 6


def _comment_furniture_follows(lines: list[Line], start: int) -> bool:
    for line in lines[start : start + _COMMENT_LOOKAHEAD]:
        if line.edge_kind == "comments" or line.kind in ("comments", "metadata"):
            return True
        if len(line.text) <= 100 and _COMMENTER.fullmatch(line.text):
            return True
    return False


def body_bounds(lines: list[Line]) -> tuple[int, int]:
    """Indexes of the first and last body-like line (len(lines), -1 if none)."""
    body = [i for i, line in enumerate(lines) if line.is_body_like()]
    if not body:
        body = [i for i, line in enumerate(lines) if line.kind is None]
    if not body:
        return len(lines), -1
    return body[0], body[-1]


def apply_edge_kinds(lines: list[Line]) -> None:
    first, last = body_bounds(lines)
    for index, line in enumerate(lines):
        if line.kind is None and line.edge_kind and (index < first or index > last):
            line.kind = line.edge_kind


# --- bylines ------------------------------------------------------------------------
_NAME = (
    r"[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]*|de|da|di|van|von|der|den|del|la|le|bin|al|el|ibn|dos|du)){0,4}"
)
_NAMES = _NAME + r"(?:\s*(?:,|and|&)\s+" + _NAME + r"){0,4}"


def _byline_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    agency = _data.agencies().alternation
    by = re.compile(
        r"(?i:by|written by|posted by|words by|story by|report by|reported by|text by)\s*:?\s+(?P<names>"
        + _NAMES
        + r")"
        r"(?:\s*(?:,|\||/|–|—|-|(?i:for|of|in|on))\s*(?P<tail>.{1,80}?))?\s*\.?"
    )
    name_agency = re.compile(
        r"(?P<names>" + _NAMES + r")\s*(?:,|\||/|–|—|-)\s*(?P<tail>(?i:" + agency + r"))\.?"
    )
    return by, name_agency


_BYLINES: tuple[re.Pattern[str], re.Pattern[str]] | None = None
_BYLINE_MAX_CHARS = 160
_BYLINE_MAX_WORDS = 20


def _agency_in(text: str) -> str | None:
    match = _data.agencies().exact.search(text)
    return _data.canonical_agency(match.group(0)) if match else None


# "Jane Smith in Nairobi" / "Jane Smith and Tom Lee in Kyiv": a byline only where it sits
# above the first body paragraph ("Police in Nairobi" is a headline fragment anywhere else).
_NAME_IN_PLACE = re.compile(
    r"[A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3}(?:(?:,| and) [A-Z][\w’'-]+(?: [A-Z][\w’'.-]+){1,3})*"
    r" (?:in|reporting from|reports from) [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}"
)


def match_head_byline(text: str) -> bool:
    return len(text) <= 100 and _NAME_IN_PLACE.fullmatch(text) is not None


def match_byline(text: str) -> tuple[bool, str | None]:
    """(is a byline, agency named in it)."""
    global _BYLINES
    if len(text) > _BYLINE_MAX_CHARS or text.count(" ") >= _BYLINE_MAX_WORDS:
        return False, None
    if _BYLINES is None:
        _BYLINES = _byline_regexes()
    for regex in _BYLINES:
        match = regex.fullmatch(text)
        if match:
            # "By Jane Doe, Associated Press": the agency may sit in the name list or the tail.
            named = f"{match.group('names')} {match.group('tail') or ''}"
            return True, _agency_in(named)
    return False, None


# --- datelines ----------------------------------------------------------------------
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DAY = r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,?\s+\d{4})?"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]*){0,3}"
_ANY_PLACE = r"[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})?"
_DASH = r"(?:\s*(?:[-–—]{1,2}|:)\s*|\s+(?=[A-Z“\"‘]))"

_DATELINE_WITH_AGENCY = re.compile(
    r"(?P<place>"
    + _ANY_PLACE
    + _REGION
    + r")(?:,\s*(?P<date>"
    + _DAY
    + r"))?\s*\((?P<agency>[^()]{2,40})\)"
    + _DASH
)
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()]{2,40})\)" + _DASH)
_CAPS_DATELINE = re.compile(
    r"(?P<place>" + _CAPS_PLACE + _REGION + r")(?:,\s*(?P<date>" + _DAY + r"))?\s*(?:[-–—]{1,2}|:)\s+(?=\S)"
)
_PLACE_DATE_DATELINE = re.compile(
    r"(?P<place>"
    + _ANY_PLACE
    + r"),\s*(?P<date>"
    + _DAY
    + r")\s*(?:\((?P<agency>[^()]{2,40})\))?\s*(?:[-–—]{1,2}|:)\s*"
)
# "MOSCOW, May 6. /TASS/." and "Tehran, IRNA --"
_SLASH_AGENCY_DATELINE = re.compile(
    r"(?P<place>" + _ANY_PLACE + r")(?:,\s*(?P<date>" + _DAY + r"))?\.?\s*/(?P<agency>[A-Za-z-]{2,20})/\.?\s*"
)
_PLACE_COMMA_AGENCY = re.compile(
    r"(?P<place>" + _ANY_PLACE + r"),\s*(?P<agency>[A-Za-z][\w -]{1,30}?)\s*(?:[-–—]{1,2}|:)\s*"
)
_SHORT_CAPS_TOKEN = re.compile(r"[A-Z][A-Z&-]{1,11}")


@dataclass(frozen=True)
class Dateline:
    prefix: str  # exact text removed from the paragraph
    place: str | None
    agency: str | None


def _agency_name(text: str) -> str | None:
    text = text.strip()
    known = _data.canonical_agency(text)
    if known:
        return known
    # "(MENAFN- Jordan Times)": the agency, then the outlet it carries.
    head = re.split(r"\s*[-–:/]\s*", text, maxsplit=1)[0]
    if head != text and _data.canonical_agency(head):
        return _data.canonical_agency(head)
    # An unknown all-caps token in parentheses at the very start is an agency tag: (MENAFN).
    return text if _SHORT_CAPS_TOKEN.fullmatch(text) else None


def match_dateline(text: str) -> Dateline | None:
    match = _DATELINE_WITH_AGENCY.match(text)
    if match:
        agency = _agency_name(match.group("agency"))
        if agency:
            return Dateline(match.group(0), _clean_place(match.group("place")), agency)
    match = _AGENCY_ONLY.match(text)
    if match:
        agency = _agency_name(match.group("agency"))
        if agency:
            return Dateline(match.group(0), None, agency)
    match = _SLASH_AGENCY_DATELINE.match(text)
    if match:
        agency = _agency_name(match.group("agency"))
        if agency:
            return Dateline(match.group(0), _clean_place(match.group("place")), agency)
    match = _PLACE_COMMA_AGENCY.match(text)
    if match:
        agency = _data.canonical_agency(match.group("agency"))  # known agencies only here
        if agency:
            return Dateline(match.group(0), _clean_place(match.group("place")), agency)
    match = _PLACE_DATE_DATELINE.match(text)
    if match:
        agency = _agency_name(match.group("agency")) if match.group("agency") else None
        return Dateline(match.group(0), _clean_place(match.group("place")), agency)
    match = _CAPS_DATELINE.match(text)
    if match:
        place = _clean_place(match.group("place"))
        if place and place.casefold() not in _data.not_datelines() and len(place) >= 2:
            return Dateline(match.group(0), place, None)
    return None


def _clean_place(place: str) -> str:
    return " ".join(place.split()).strip(" ,")
