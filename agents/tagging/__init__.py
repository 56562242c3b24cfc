"""Actor and stance tagging: who alleges what against whom, and who denies it.

``tag_article`` is pure and deterministic: the same article always yields the same actors and
statements, in order of first mention and of span.

How it works (rule-based, no models):

* ``_text``: paragraphs, sentences (abbreviations, initials, quotes and datelines survive) and
  tokens, all as character offsets into ``article.text``.
* ``_mentions``: a gazetteer built from pycountry, ``agents/data/countries_extra.json`` and
  ``agents/data/actors.json``, plus capitalized-run heuristics for unknown people and
  organizations, resolves every mention in the article to one actor (full name, surname, title,
  metonym such as "the Kremlin", state bodies such as "Ukraine's foreign ministry", demonym groups
  such as "Chinese nationals" which are *not* the government).
* ``_tagger``: per sentence (split into coordinated clauses), finds the speaker (subject before a
  verb of saying, "according to", passive "by", "said X" after a quote, pronouns and "the
  ministry" by anaphora, quote paragraphs continuing the previous speaker), the stance
  (``_stance`` cue lexicons with negation/hedging), the target (the accused; for a denial, the
  accuser, found explicitly or by linking to the allegation it answers) and a short claim.
* Word lists live in ``agents/data/tagging/lexicon.json``; ``evaluation.evaluate`` measures the
  tagger on ``tests/fixtures/tagging/corpus.jsonl``.
"""

from __future__ import annotations

from pydantic import TypeAdapter

from agents.tagging._tagger import statement_id, tag_text
from schemas import Actor, Article, Statement

# One validation call per list rather than one per model: the same checks, less overhead per record.
_ACTORS = TypeAdapter(list[Actor])
_STATEMENTS = TypeAdapter(list[Statement])


def tag_article(article: Article) -> Article:
    """A copy of ``article`` with ``actors`` and ``statements`` filled (claim ids stay None)."""
    entries, stmts = tag_text(article.article_id, article.text)
    actors = _ACTORS.validate_python(
        [{"id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "org": e.org} for e in entries]
    )
    statements = _STATEMENTS.validate_python(stmts)
    return article.model_copy(update={"actors": actors, "statements": statements})


__all__ = ["statement_id", "tag_article"]
