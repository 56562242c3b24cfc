"""HTML to lines with the stdlib parser: block elements become lines, chrome is set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_HTML_HINT = re.compile(
    r"<(?:!doctype|html|head|body|p|div|br|article|section|span|h[1-6]|a|li|ul|figure|meta|script|table)\b",
    re.IGNORECASE,
)

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "blockquote",
        "section",
        "article",
        "header",
        "main",
        "figure",
        "figcaption",
        "tr",
        "table",
        "pre",
        "hr",
        "dd",
        "dt",
        "dl",
        "address",
        "caption",
        "summary",
        "details",
        "td",
        "th",
    }
)
# Elements whose text is never article body; their text is recorded as removed.
_SKIP_KIND = {
    "script": "markup",
    "style": "markup",
    "noscript": "markup",
    "template": "markup",
    "svg": "markup",
    "iframe": "markup",
    "button": "markup",
    "select": "markup",
    "nav": "navigation",
    "aside": "related_links",
    "footer": "footer",
    "form": "markup",
}
_VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    }
)


@dataclass
class HtmlLine:
    text: str
    kind: str | None = None  # a kind decided by the markup (caption, title_candidate, ...)


@dataclass
class HtmlDocument:
    lines: list[HtmlLine] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)


def looks_like_html(text: str) -> bool:
    return _HTML_HINT.search(text[:5000]) is not None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = HtmlDocument()
        self._buffer: list[str] = []
        self._skip_stack: list[tuple[str, str]] = []  # (tag, kind) of the open skipped element
        self._skip_text: list[str] = []
        self._context: list[str] = []  # open tags that change line kinds (h1, figcaption, title)

    # -- helpers -----------------------------------------------------------------
    def _flush(self) -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer.clear()
        if not text:
            return
        if "title" in self._context:
            self.doc.lines.append(HtmlLine(text, "metadata"))
            return
        kind = None
        if "figcaption" in self._context or "caption" in self._context:
            kind = "caption"
        elif "h1" in self._context:
            kind = "title_candidate"
        self.doc.lines.append(HtmlLine(text, kind))

    # -- parser callbacks ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_stack:
            self._skip_text.append(" ")  # keep words of adjacent elements apart
            if tag == self._skip_stack[-1][0] and tag not in _VOID_TAGS:
                self._skip_stack.append((tag, self._skip_stack[-1][1]))
            return
        if tag == "meta":
            self._meta(dict(attrs))
            return
        if tag == "link":
            values = dict(attrs)
            if (values.get("rel") or "").lower() == "canonical" and values.get("href"):
                self.doc.meta.setdefault("url", values["href"] or "")
            return
        if tag in _SKIP_KIND:
            self._flush()
            self._skip_stack.append((tag, _SKIP_KIND[tag]))
            return
        if tag == "time":
            values = dict(attrs)
            if values.get("datetime"):
                self.doc.meta.setdefault("time", values["datetime"] or "")
        if tag in _BLOCK_TAGS or tag == "title":
            self._flush()
        if tag in ("h1", "figcaption", "caption", "title"):
            self._context.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta" and not self._skip_stack:
            self._meta(dict(attrs))
        elif tag in _BLOCK_TAGS and not self._skip_stack:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            self._skip_text.append(" ")
            if tag == self._skip_stack[-1][0]:
                _, kind = self._skip_stack.pop()
                if not self._skip_stack:
                    text = " ".join("".join(self._skip_text).split())
                    self._skip_text.clear()
                    if text:
                        self.doc.lines.append(HtmlLine(text, kind))
            return
        if tag in _BLOCK_TAGS or tag == "title":
            self._flush()
        if tag in self._context:
            # Close the innermost open element of this name.
            del self._context[len(self._context) - 1 - self._context[::-1].index(tag)]

    def handle_data(self, data: str) -> None:
        if self._skip_stack:
            self._skip_text.append(data)
        else:
            self._buffer.append(data)

    def _meta(self, values: dict[str, str | None]) -> None:
        key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
        content = values.get("content")
        if not content:
            return
        if key in ("og:url",):
            self.doc.meta.setdefault("url", content)
        elif key in ("article:published_time", "datepublished", "pubdate", "date", "dc.date", "publish-date"):
            self.doc.meta.setdefault("published", content)
        elif key in ("og:site_name",):
            self.doc.meta.setdefault("site_name", content)
        elif key in ("og:title",):
            self.doc.meta.setdefault("og_title", content)

    def close(self) -> None:
        super().close()
        self._flush()
        if self._skip_stack and self._skip_text:
            text = " ".join("".join(self._skip_text).split())
            if text:
                self.doc.lines.append(HtmlLine(text, self._skip_stack[0][1]))


def extract_html(markup: str) -> HtmlDocument:
    parser = _Extractor()
    parser.feed(markup)
    parser.close()
    return parser.doc
