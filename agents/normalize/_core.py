"""normalize_article: raw scraped text or HTML -> a clean, identified Article."""

from __future__ import annotations

import re

import ftfy

from agents.errors import RejectedInput
from agents.normalize import _lines
from agents.normalize._html import extract_html, looks_like_html
from agents.normalize._lang import identify_language
from agents.normalize._lines import Line
from agents.normalize._meta import article_id, find_date
from agents.normalize._unicode import clean_text, collapse_spaces, comparison_key, looks_like_mojibake
from schemas.models import Article, RawArticle, RemovedPart

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_CAPTION_MAX_WORDS = 30
_TITLE_LOOKAHEAD = 3
# Lines further than this from both ends are "mid-article" for classification.
_MID_HEAD_LINES = 4
_MID_TAIL_LINES = 6
_WRAPPED_LINE_MIN_CHARS = 40
_WRAPPED_LINE_MAX_CHARS = 120  # wrap widths are 60-100 columns; longer rows are paragraphs
_HAS_WORD = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)»]$")


def normalize_article(raw: RawArticle, *, input: str | None = None) -> Article:
    """Strip junk from one scraped article and return it as a normalized Article.

    Raises ``RejectedInput("empty_text", ...)`` when no body text remains.
    """
    body = raw.body()
    if not body.strip():
        raise RejectedInput("empty_text", "the article has no text")

    html_meta: dict[str, str] = {}
    if looks_like_html(body):
        if looks_like_mojibake(body):
            # Repair once over the whole page; entities are left to the parser.
            body = ftfy.fix_text(body, uncurl_quotes=False, fix_character_width=False)
        document = extract_html(body)
        html_meta = document.meta
        lines = [Line(collapse_spaces(clean_text(h.text)), h.kind) for h in document.lines]
        lines = [line for line in lines if line.text]
    else:
        lines = [Line(text) for text in _split_paragraphs(clean_text(body))]

    mid_start, mid_end = _MID_HEAD_LINES, len(lines) - _MID_TAIL_LINES
    for index, line in enumerate(lines):
        if line.kind is None:
            _lines.classify_line(line, mid_article=mid_start <= index < mid_end)
    _lines.expand_blocks(lines)
    _lines.apply_edge_kinds(lines)

    title = _take_title(lines)
    byline_agency = _take_bylines(lines)
    dateline = _take_dateline(lines)
    _mark_repeats(lines, title)

    paragraphs = [line.text for line in lines if line.kind is None]
    if not paragraphs:
        raise RejectedInput("empty_text", "no article text left after removing page chrome and junk")
    text = "\n\n".join(paragraphs)

    first_body, _ = _lines.body_bounds(lines)
    meta_url = next(
        (line.metadata.url for line in lines[:first_body] if line.metadata and line.metadata.url), None
    )
    url = raw.url or meta_url or html_meta.get("url")
    detected_source = (dateline.agency if dateline else None) or byline_agency or html_meta.get("site_name")
    source = raw.source or detected_source
    published = raw.published_at or _published_from(lines, html_meta)

    removed: list[RemovedPart] = []
    for line in lines:
        if line.prefix:
            removed.append(RemovedPart(kind=line.prefix[0], text=line.prefix[1]))
        if line.kind is not None:
            removed.append(RemovedPart(kind=line.kind, text=line.text))

    return Article(
        article_id=article_id(url, source, text),
        input=input if input is not None else raw.input,
        url=url,
        source=source,
        published_at=published,
        title=title,
        dateline=dateline.place if dateline else None,
        language=identify_language(text),
        text=text,
        removed=removed,
    )


def _split_paragraphs(text: str) -> list[str]:
    """One paragraph per line, except blocks hard-wrapped at a fixed width, which are re-joined."""
    paragraphs: list[str] = []
    # Hard wrapping is only considered where blank lines mark the paragraphs.
    has_blank_lines = "\n\n" in text
    for block in text.split("\n\n"):
        rows = [row for row in block.split("\n") if row.strip()]
        if has_blank_lines and len(rows) > 1 and _is_hard_wrapped(rows):
            paragraphs.append(" ".join(rows))
        else:
            paragraphs.extend(rows)
    return paragraphs


def _is_hard_wrapped(rows: list[str]) -> bool:
    # Wrapped prose: the non-final rows are long and mostly stop mid-sentence.
    inner = rows[:-1]
    lengths = [len(row) for row in inner]
    if min(lengths) < _WRAPPED_LINE_MIN_CHARS or max(lengths) > _WRAPPED_LINE_MAX_CHARS:
        return False
    mid_sentence = sum(1 for row in inner if not _SENTENCE_END.search(row))
    return mid_sentence * 2 > len(inner)


def _title_shaped(text: str) -> bool:
    return (
        len(text) <= _TITLE_MAX_CHARS
        and 2 <= text.count(" ") + 1 <= _TITLE_MAX_WORDS
        and not text.endswith((".", ",", ";", ":", "…"))
        and _lines.match_dateline(text) is None
    )


def _take_title(lines: list[Line]) -> str | None:
    """The headline: an <h1>, else a short unpunctuated first line followed by body text."""
    for line in lines:
        if line.kind == "title_candidate":
            line.kind = "title"
            for other in lines:  # further <h1>s are page chrome, not body
                if other.kind == "title_candidate":
                    other.kind = "markup"
            return line.text
    candidates = [i for i, line in enumerate(lines) if line.kind is None]
    if len(candidates) < 2:
        return None
    first = lines[candidates[0]]
    if not _title_shaped(first.text) or _lines.match_byline(first.text)[0]:
        return None
    # Body text must follow soon; a caption or standfirst may sit in between.
    following = [lines[i] for i in candidates[1 : 1 + _TITLE_LOOKAHEAD]]
    if not any(line.is_body_like() or len(line.text) > 2 * len(first.text) for line in following):
        return None
    first.kind = "title"
    return first.text


def _take_bylines(lines: list[Line]) -> str | None:
    agency: str | None = None
    first_body, _ = _lines.body_bounds(lines)
    for line in lines[:first_body]:
        if line.kind is None and _lines.match_head_byline(line.text):
            line.kind = "byline"
    for line in lines:
        # "Jane Doe | Reuters" also has the shape of a breadcrumb trail; the byline reading wins.
        if line.kind is None or line.kind == "navigation":
            is_byline, named_agency = _lines.match_byline(line.text)
            if is_byline:
                line.kind = "byline"
                agency = agency or named_agency
    return agency


def _take_dateline(lines: list[Line]) -> _lines.Dateline | None:
    """A dateline/agency tag opening the first body paragraph is cut off and recorded.

    The paragraph may follow a standfirst (a short deck line), so the second body
    line is tried when the first is not a full paragraph.
    """
    body = [line for line in lines if line.kind is None][:2]
    if not body:
        return None
    found = _lines.match_dateline(body[0].text)
    first = body[0]
    if found is None and len(body) == 2 and not body[0].is_body_like():
        first = body[1]
        found = _lines.match_dateline(first.text)
    if found is None:
        return None
    rest = first.text[len(found.prefix) :].strip()
    if found.place is None:
        # "(MENAFN- Jordan Times) AMMAN — ...": an agency tag, then the dateline proper.
        second = _lines.match_dateline(rest)
        if second is not None:
            combined = first.text[: len(found.prefix)] + second.prefix
            found = _lines.Dateline(combined, second.place, found.agency or second.agency)
            rest = first.text[len(combined) :].strip()
    if not rest:
        first.kind = "dateline"
    else:
        first.prefix = ("dateline", found.prefix.strip())
        first.text = rest
    return found


def _mark_repeats(lines: list[Line], title: str | None) -> None:
    """Keep each body paragraph once; a short line repeated back to back is a caption."""
    seen: dict[str, int] = {}
    title_key = comparison_key(title) if title else None
    caption_keys = {comparison_key(line.text) for line in lines if line.kind == "caption"}
    previous_key: str | None = None
    previous_line: Line | None = None
    for line in lines:
        if line.kind is not None:
            previous_key, previous_line = None, None
            continue
        if _HAS_WORD.search(line.text) is None:
            line.kind = "markup"  # punctuation or symbols only
            continue
        key = comparison_key(line.text)
        if key == title_key:
            line.kind = "title"
        elif key in caption_keys:
            line.kind = "caption"
        elif key in seen:
            short = line.words <= _CAPTION_MAX_WORDS and not _SENTENCE_END.search(line.text)
            if short and key == previous_key and previous_line is not None:
                # Image alt text followed by the same figcaption.
                previous_line.kind = "caption"
                line.kind = "caption"
            else:
                line.kind = "duplicate_paragraph"
        else:
            seen[key] = 1
        previous_key, previous_line = key, line


def _published_from(lines: list[Line], html_meta: dict[str, str]) -> str | None:
    for line in lines:
        if line.metadata and line.metadata.published:
            return line.metadata.published
    for key in ("published", "time"):
        if html_meta.get(key):
            found = find_date(html_meta[key])
            if found:
                return found
    return None
