"""Normalization: scraped text (or HTML) in, a clean article out, with every removed part explained."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

import ftfy
import py3langid

from agents.errors import RejectedInput
from schemas import Article, RawArticle, RemovedPart, format_timestamp

# -- unicode -------------------------------------------------------------------

_MOJIBAKE_HINT = re.compile("Ã.|Â.|â€|Ä.|Å.")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"\w+")


def clean_unicode(text: str) -> str:
    """NFC, mojibake repaired, invisible and control characters dropped, line ends unified.

    Quotes and dashes are kept as the source wrote them: readable, and quotes in
    `text` match the quotes in the source.
    """
    if _MOJIBAKE_HINT.search(text):
        # A closing curly quote double-encoded through cp1252 ends in byte 0x9d, which
        # cp1252 lacks: scrapers show it as U+FFFD. Put the byte back so ftfy can repair it.
        text = text.replace("â€\ufffd", "â€\x9d")
        # ftfy is slow on long text: repair only the lines that show mojibake.
        text = "\n".join(
            ftfy.fix_text(line, normalization="NFC", uncurl_quotes=False)
            if _MOJIBAKE_HINT.search(line)
            else line
            for line in text.split("\n")
        )
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def fold(text: str) -> str:
    """A comparison key: case, quotes, punctuation and spacing do not matter."""
    return " ".join(_WORD.findall(text.casefold()))


# -- HTML ----------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "tr",
    "section", "article", "header", "footer", "ul", "ol", "table", "pre", "hr", "title", "dd", "dt",
}  # fmt: skip
_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "form",
    "button",
    "select",
    "nav",
    "aside",
}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipped: list[str] = []
        self.skip_depth = 0
        self.title: str | None = None
        self._in_title = False
        self._in_h1 = False
        self.h1: str | None = None
        self._skip_buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS and self.skip_depth:
            self.skip_depth -= 1
            if not self.skip_depth and self._skip_buffer:
                self.skipped.append(" ".join("".join(self._skip_buffer).split()))
                self._skip_buffer = []
        elif tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            self._skip_buffer.append(data)
            return
        if self._in_title:
            self.title = (self.title or "") + data
            return
        if self._in_h1:
            self.h1 = (self.h1 or "") + data
        self.parts.append(data)


_HTML_HINT = re.compile(r"<(?:html|body|p|div|article|br|h1|span|a\s)[\s>/]", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:5000]))


def html_to_text(html: str) -> tuple[str, list[str], str | None]:
    """Block-level text, one block a line; returns (text, skipped non-content, page title)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    title = parser.h1 or parser.title
    return (
        "".join(parser.parts),
        [s for s in parser.skipped if s],
        (" ".join(title.split()) if title else None),
    )


# -- line classification -------------------------------------------------------

_META_LINE = re.compile(
    r"^\s*(?:date|published|updated|posted|last updated|first published)\s*:?\s*"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:\s+(?P<status>[1-5]\d\d))?\s*$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)

_ERROR_PAGE = re.compile(
    r"^(?:sorry!*|oops!*|error!?|whoops!*|page not found|404(?: not found)?|403 forbidden|access denied|"
    r"not found|this page (?:is|was) (?:not available|removed))"
    r"[\s!.:-]*$|"
    r"we(?:'|’)re sorry,? but the page you (?:were|are) looking for|"
    r"the page you (?:were|are) looking for (?:doesn(?:'|’)t|does not|could not|cannot|can(?:'|’)t)|"
    r"please enable javascript|javascript is (?:disabled|required)|"
    r"(?:your )?browser (?:is not supported|does not support)|"
    r"^error \d{3}\b|^http error \d{3}|"
    r"we use cookies|this (?:web)?site uses cookies|accept (?:all )?cookies|cookie (?:settings|policy|preferences)|"
    r"are you a robot|verify you are (?:a )?human|checking your browser",
    re.IGNORECASE,
)
# Words one of which a line must hold before the costly unanchored pattern runs.
_ERROR_PAGE_WORDS = frozenset(
    [
        "sorry",
        "oops",
        "error",
        "whoops",
        "found",
        "404",
        "403",
        "denied",
        "page",
        "javascript",
        "browser",
        "cookie",
        "cookies",
        "robot",
        "human",
    ]
)
_PROMO_WORDS = frozenset(["newsletter", "newsletters", "subscribe", "app", "follow", "share"])
_COPYRIGHT_WORDS = frozenset(["c", "copyright", "rights"])
_CAPTION_WORDS = frozenset(
    [
        "photo",
        "photos",
        "image",
        "images",
        "picture",
        "pictures",
        "caption",
        "credit",
        "video",
        "watch",
        "graphic",
        "getty",
        "afp",
        "reuters",
        "ap",
        "epa",
        "shutterstock",
        "file",
        "handout",
    ]
)
_DISCLAIMER_START = re.compile(
    r"^(?:legal disclaimer|disclaimer|disclosure|editor(?:'|’)s note: this (?:article|story) was)\b[:\s]*",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^(?:comments?\s*(?:\(\d+\))?\s*(?:no comments?)?\s*:?|no comments?(?: yet)?\.?|leave a (?:reply|comment)|"
    r"comments are closed\.?|\d+ comments?|\d+ (?:thoughts|responses|replies) (?:on|to)\b.*|"
    r"(?:log|sign) in to (?:comment|reply).*|join the (?:conversation|discussion).*|"
    r"your email address will not be published.*|add (?:a|your) comment.*|be the first to comment.*|"
    r"view comments|show comments|post a comment|commentsno comments?)$",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:(?:also read|read also|read more|read next|see also|related(?: articles| stories| news| coverage| content)?|"
    r"recommended(?: for you| stories| reading)?|more on this(?: story)?|don(?:'|’)t miss|lire aussi|à lire aussi|"
    r"lee también|leer más)\s*(?:[:|>»–—-]\s*.*)?|"
    r"(?:you may also like|you might also like|trending(?: now)?|most read|most popular|popular now|more stories|"
    r"top stories|editor(?:'|’)s picks)\W*|"
    r"more from (?:[\w&'’-]+\s?){1,4})$",
    re.IGNORECASE,
)
_PROMO = re.compile(
    r"^(?:subscribe\b|sign up\b|download (?:our|the) app|get (?:our|the) app|follow us\b|like us on|"
    r"share (?:this|on|via)\b|share$|tweet$|click here\b|to continue reading|support (?:our|independent) journalism|"
    r"get (?:the latest|breaking) news|join our (?:newsletter|whatsapp|telegram)|for more news\b|"
    r"already a subscriber|become a (?:member|subscriber)|this article is for subscribers|"
    r"(?:sign up|subscribe) (?:to|for) (?:our|the) .*newsletter)",
    re.IGNORECASE,
)
_PROMO_ANYWHERE = re.compile(
    r"(?:newsletter|subscribe|download (?:our|the) app|follow us on|share (?:this|on) (?:facebook|x|twitter))",
    re.IGNORECASE,
)
_ADVERT = re.compile(
    r"^(?:advertisement|advertising|sponsored(?: content)?|ad|promoted|story continues below(?: advertisement)?)\W*$",
    re.IGNORECASE,
)
_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)|all rights reserved\.?$", re.IGNORECASE)
_BYLINE = re.compile(
    r"^(?i:by|written by|posted by|reporting by|story by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin))*"
    r"(?:\s*(?:,|and|&|\||-|–|—|\bon\b|\bin\b)\s*.{0,80})?$|"
    r"^(?i:reporting|writing|editing|additional reporting) by\b.{0,160}$",
)
_CAPTION = re.compile(
    r"^(?:photo|image|picture|file photo|pictured|caption|credit|photograph|video|watch|graphic)\s*(?::|\||-|–|—)\s*.{0,200}$|"
    r"\((?:photo|image|picture)s?(?: by| credit)?:?[^)]{0,120}\)\s*$|"
    r"/(?:getty images|afp|reuters|ap|epa|shutterstock)\)?\s*$|"
    r"^\((?:[A-Z][\w .]*/)?(?:file|handout)\)?\s*$|"
    r"^(?:file photo|handout(?: photo)?|archive photo|stock photo|file image)\.?$",
    re.IGNORECASE,
)

# A dateline opening the first body paragraph: "KYIV (AFP) — ", "LONDON, March 3 (Reuters) - ",
# "(MENAFN) ", "BELEM, Brazil — ", "NEW DELHI: ".
_DATELINE_AGENCY = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’ -]{1,40}?)(?:,\s*(?P<extra>[A-Z][\w.'’ ]{1,30}?))?\s*"
    r"\((?P<agency>[A-Za-z][\w.&' -]{0,30})\)\s*(?:[—–-]{1,2}|:)\s*"
)
_AGENCY_ONLY = re.compile(r"^\((?P<agency>[A-Z][A-Za-z.&' -]{1,30})\)\s*[—–-]?\s*")
_DATELINE_PLACE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?:,\s*(?P<extra>[A-Z][\w.'’]+(?: [A-Z\d][\w.'’]*){0,3}))?"
    r"\s*(?:[—–]|--|-(?= )|:)\s+"
)
_TERMINAL = re.compile(r"[.!?…\"'”’)»:]\s*$")

_STOPWORDS_EN = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "on",
        "was",
        "with",
        "as",
        "by",
        "it",
        "said",
        "at",
        "from",
        "his",
        "an",
        "be",
        "has",
        "have",
        "are",
        "were",
        "not",
        "this",
        "which",
        "but",
        "had",
        "its",
        "their",
        "after",
        "who",
        "been",
        "he",
        "they",
        "will",
        "would",
        "also",
        "more",
        "than",
    ]
)


@dataclass
class _Work:
    lines: list[str]
    removed: list[RemovedPart] = field(default_factory=list)
    title: str | None = None
    dateline: str | None = None
    agency: str | None = None
    meta_date: str | None = None
    url: str | None = None

    def drop(self, kind: str, text: str) -> None:
        if text.strip():
            self.removed.append(RemovedPart(kind=kind, text=text.strip()))


def _is_short(line: str, words: int = 25) -> bool:
    return len(line) <= 220 and len(line.split()) <= words


def _head(work: _Work) -> None:
    """Leading metadata, URL and error-page lines."""
    while work.lines:
        line = work.lines[0]
        meta = _META_LINE.match(line)
        if meta:
            work.meta_date = work.meta_date or meta.group("date")
            work.drop("metadata", line)
        elif _URL_LINE.match(line):
            work.url = work.url or line.strip()
            work.drop("metadata", line)
        elif _is_short(line, 40) and _ERROR_PAGE.search(line):
            work.drop("error_page", line)
        else:
            return
        work.lines.pop(0)


def _junk_kind(line: str) -> str | None:
    """The kind of junk a whole line is, or None for content."""
    if len(line) > 600:
        return None
    words = line.count(" ") + 1
    if words > 60:
        return None
    # Anchored patterns first: they are cheap and cover most junk.
    if _ADVERT.match(line):
        return "advertisement"
    if _COMMENTS.match(line):
        return "comments"
    if _RELATED.match(line):
        return "related_links"
    if _PROMO.match(line):
        return "promo"
    if words > 40:
        return None
    if words <= 16 and _BYLINE.match(line):
        return "byline"
    # Unanchored searches are costly: run each only when one of its words is present.
    tokens = set(_WORD.findall(line.casefold()))
    if words <= 30 and not tokens.isdisjoint(_ERROR_PAGE_WORDS) and _ERROR_PAGE.search(line):
        return "error_page"
    if words <= 20 and not tokens.isdisjoint(_PROMO_WORDS) and _PROMO_ANYWHERE.search(line):
        return "promo"
    if words <= 30 and (not tokens.isdisjoint(_COPYRIGHT_WORDS) or "©" in line) and _COPYRIGHT.search(line):
        return "copyright"
    if not tokens.isdisjoint(_CAPTION_WORDS) and _CAPTION.search(line):
        return "caption"
    return None


# Kinds after which, near the end of an article, nothing is body text any more.
_TAIL_STARTERS = ("comments", "disclaimer")


def _body_lines(work: _Work) -> None:
    kept: list[str] = []
    lines = work.lines
    n = len(lines)
    i = 0
    while i < n:
        line = lines[i]
        if _DISCLAIMER_START.match(line) and i >= n * 0.5:
            # A disclaimer block runs to the end, save for comment widgets after it.
            for rest in lines[i:]:
                work.drop("comments" if _COMMENTS.match(rest) else "disclaimer", rest)
            break
        kind = _junk_kind(line)
        if kind == "comments" and i >= n * 0.5:
            for rest in lines[i:]:
                work.drop("comments", rest)
            break
        if kind is not None:
            work.drop(kind, line)
        else:
            kept.append(line)
        i += 1
    work.lines = kept


def _title(work: _Work) -> None:
    if work.title or len(work.lines) < 2:
        return
    first, second = work.lines[0], work.lines[1]
    if (
        _is_short(first, 30)
        and not re.search(r"[.!:]$", first.strip())
        and not _DATELINE_AGENCY.match(first)
        and not _AGENCY_ONLY.match(first)
        and len(second) > len(first)
    ):
        work.title = first.strip()
        work.drop("title", first)
        work.lines.pop(0)


def _dateline(work: _Work) -> None:
    if not work.lines:
        return
    first = work.lines[0]
    match = _DATELINE_AGENCY.match(first)
    if match:
        work.dateline = match.group("place").strip().rstrip(",")
        work.agency = match.group("agency").strip()
    else:
        match = _AGENCY_ONLY.match(first)
        if match:
            work.agency = match.group("agency").strip()
        else:
            match = _DATELINE_PLACE.match(first)
            if match and len(match.group("place")) >= 3:
                work.dateline = match.group("place").strip()
    if match and match.end() < len(first):
        work.drop("dateline", first[: match.end()])
        work.lines[0] = first[match.end() :]


def _dedupe_paragraphs(work: _Work) -> None:
    # The scraper sometimes repeats the headline inside the body, too.
    seen: set[str] = {fold(work.title)} if work.title else set()
    kept = []
    for line in work.lines:
        key = fold(line)
        if key in seen:
            work.drop("duplicate_paragraph", line)
            continue
        if key:
            seen.add(key)
        kept.append(line)
    work.lines = kept


def _split_lines(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    multi = sum(1 for b in blocks if b.strip().count("\n") >= 1)
    lines: list[str] = []
    if len(blocks) > 1 and multi >= max(1, len(blocks) // 2):
        # Blank-line separated paragraphs with hard-wrapped lines: join each block,
        # unless its lines are clearly separate (each ends a sentence).
        for block in blocks:
            parts = [p.strip() for p in block.split("\n") if p.strip()]
            if (
                parts
                and all(_TERMINAL.search(p) for p in parts[:-1])
                and len(parts) > 1
                and any(len(p) < 60 for p in parts)
            ):
                lines.extend(parts)
            elif parts:
                lines.append(" ".join(parts))
    else:
        lines = [line.strip() for line in text.split("\n")]
    # str.split() splits on every Unicode space (no-break, thin, ideographic...).
    return [" ".join(line.split()) for line in lines if line and not line.isspace()]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None for text too short to judge."""
    sample = text[:1200]
    words = re.findall(r"[^\W\d_]+", sample.casefold())
    if len(words) < 6:
        return None
    # Fast path: text dense in English function words is English.
    if sum(1 for w in words if w in _STOPWORDS_EN) / len(words) >= 0.22:
        return "en"
    language, _score = py3langid.classify(sample[:600])
    return language


def _normalize_url(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    url = re.sub(r"^https?://(?:www\.)?", "", url, flags=re.IGNORECASE)
    url = re.sub(r"[?#].*$", "", url)
    return url.rstrip("/").casefold() or None


def make_article_id(url: str | None, source: str | None, text: str) -> str:
    basis = f"{_normalize_url(url) or (source or '').casefold()}\x1f{text}"
    return "art_" + hashlib.blake2b(basis.encode("utf-8"), digest_size=10).hexdigest()


def normalize_article(raw: RawArticle, *, input: str | None = None) -> Article:
    """Clean one raw article; raise :class:`RejectedInput` when no body text remains."""
    body = raw.body()
    removed_markup: list[str] = []
    html_title = None
    if (raw.html and not (raw.text and raw.text.strip())) or looks_like_html(body):
        body, removed_markup, html_title = html_to_text(body)
    work = _Work(lines=_split_lines(clean_unicode(body)))
    for part in removed_markup:
        work.drop("markup", part)
    if html_title:
        work.title = clean_unicode(html_title).strip()
    _head(work)
    _body_lines(work)
    _title(work)
    _dateline(work)
    _dedupe_paragraphs(work)
    if not work.lines:
        raise RejectedInput("empty_text", "no article text remains after removing boilerplate")
    text = "\n\n".join(work.lines)
    url = raw.url or work.url
    source = raw.source or work.agency
    published = raw.published_at or (format_timestamp(work.meta_date) if work.meta_date else None)
    return Article(
        article_id=make_article_id(url, source, text),
        input=input if input is not None else raw.input,
        url=url,
        source=source,
        published_at=published,
        title=work.title,
        dateline=work.dateline,
        language=detect_language(text),
        text=text,
        removed=work.removed,
    )
