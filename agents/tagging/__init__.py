"""Actor and stance tagging: who alleges what against whom, and who denies it.

``tag_article`` is pure and deterministic: the same article always yields the same actors and
statements, in order of first mention and of span.
"""

from __future__ import annotations

from agents.tagging._tagger import statement_id, tag_text
from schemas import Actor, Article, Statement


def tag_article(article: Article) -> Article:
    """A copy of ``article`` with ``actors`` and ``statements`` filled (claim ids stay None)."""
    entries, stmts = tag_text(article.article_id, article.text)
    actors = [Actor(id=e.id, name=e.name, kind=e.kind, country=e.country, org=e.org) for e in entries]  # type: ignore[arg-type]
    statements = [Statement(**s) for s in stmts]
    return article.model_copy(update={"actors": actors, "statements": statements})


__all__ = ["statement_id", "tag_article"]
