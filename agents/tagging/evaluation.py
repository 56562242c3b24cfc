"""Measure tagging against a labeled corpus, and its throughput.

``evaluate`` scores (speaker, stance) and (speaker, stance, target) per article as sets: a
predicted actor matches a gold name by name, surname, ``org``, or, for a country/government gold
name ("China", "Israeli military"), by ``country`` on a government/country actor.
"""

from __future__ import annotations

import functools
import json
import re
import time
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from agents.tagging import tag_article
from agents.tagging._lexicon import GOV_BODIES, PLAIN_LETTERS, lexicon
from schemas import Actor, Article

_WORD = re.compile(r"\w+")
STANCES = ("allegation", "denial", "other")
_FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "tagging"
_DEFAULT = _FIXTURES / "corpus.jsonl"
# The labelled corpus (169 short articles, 17 topics, dev and held-out splits); a small blind set written
# after the rules were tuned; a long-form dev set (20 articles of ~3 KB, the length of real copy, tuned on);
# a second long-form dev set (24 articles in 24 more topics and seven styles, written apart from the rules;
# scored once unseen, 0.66 / 0.49 at stop 10, then tuned on); and two long-form blind sets (14 and 16
# articles, each written by a helper that read no rules and never read or tuned on: their figures are the
# honest ones for real-length articles).
BLIND = _FIXTURES / "blind.jsonl"
LONGFORM = _FIXTURES / "longform.jsonl"
LONGFORM2 = _FIXTURES / "longform2.jsonl"
# Written at stop 13 by a helper that read no rules; scored once unseen (0.69 / 0.54), then tuned on.
LONGFORM3 = _FIXTURES / "longform3.jsonl"
# Written at stop 15 by three helpers that read no rules (22 articles: 12 on disputes between real states, 10 on
# firms, courts, sport, health and research in ten countries); scored once unseen with the code of stop 14
# (0.81 / 0.68, 0.63 / 0.52 and 0.74 / 0.62 for its three parts), then tuned on.
LONGFORM4 = _FIXTURES / "longform4.jsonl"
# Written later in stop 15 by two more helpers that read no rules (16 articles: 8 on disputes between real states
# with a raw feed's junk lines, 8 on banks, courts, sport, hospitals, airlines and officials); scored once unseen
# (stop 14's code 0.69 / 0.59, this stop's code at the time 0.70 / 0.61), then tuned on.
LONGFORM5 = _FIXTURES / "longform5.jsonl"
# Written at stop 16 by two helpers that read no rules (16 articles: 8 wire stories on disputes between real
# states on six continents, 8 on a breach, doping, a hospital, a recall, a union, plagiarism, insurance fraud and
# a water supply, in mixed styles); scored once unseen with the code of the end of stop 15 (0.739 / 0.603 and
# 0.745 / 0.601 for its two halves), then tuned on.
LONGFORM6 = _FIXTURES / "longform6.jsonl"
# Written later in stop 16 by two more helpers that read no rules (16 articles: 8 in the seeds' manner on
# confrontations between real states, 8 aggregator and blog stories with heavy scraped junk on a central bank,
# a label, price-fixing, an airline, referees, location data, a charity and a collapsed overpass); scored once
# unseen, with stop 15's final code and this stop's code at the time alike (0.726 / 0.552 and 0.676 / 0.515 for
# its halves), then tuned on.
LONGFORM7 = _FIXTURES / "longform7.jsonl"
# Written later in stop 16 by two more helpers that read no rules (16 articles: 8 wire stories on disputes between
# states the other sets rarely cover, 8 on match-fixing, baby formula, unpaid drivers, a mine spill, chart rigging,
# a hospital, profiling and election software); scored once unseen: 0.714 / 0.560 and 0.565 / 0.477 for its halves
# with stop 15's final code, 0.720 / 0.570 and 0.565 / 0.480 with this stop's at the time; then tuned on.
LONGFORM8 = _FIXTURES / "longform8.jsonl"
# Written near the end of stop 16 by two more helpers that read no rules (16 articles: 8 on disputes between
# states no brief had named, 8 aggregator and blog stories with junk); scored once unseen: 0.674 / 0.587 and
# 0.647 / 0.554 for its halves with stop 15's final code, 0.689 / 0.591 and 0.652 / 0.559 with this stop's at the
# time; then tuned on.
LONGFORM9 = _FIXTURES / "longform9.jsonl"
BLIND_LONGFORM = _FIXTURES / "blind_longform.jsonl"
BLIND_LONGFORM2 = _FIXTURES / "blind_longform2.jsonl"
# Written at stop 14 by a helper that read no rules (16 articles, 201 gold statements); scored at the start of
# that stop (0.68 / 0.55) and at its end, never read article by article nor used to choose a rule.
BLIND_LONGFORM3 = _FIXTURES / "blind_longform3.jsonl"
# Written at stop 15 by two helpers that read no rules (16 articles, 215 gold statements: 8 on disputes between
# real states, 8 on firms, clubs, police and officials); scored with the code of the start of that stop
# (0.70 / 0.55) and later in it, never read article by article nor used to choose a rule.
BLIND_LONGFORM4 = _FIXTURES / "blind_longform4.jsonl"
# Written at stop 16 by two helpers that read no rules (16 articles, 201 gold statements: 8 on disputes between
# real states, 8 on firms, sport, health, policing and local government); scored with the code of the end of
# stop 15 (0.775 / 0.619 and 0.718 / 0.596 for its two halves), never read article by article nor used to choose
# a rule.
BLIND_LONGFORM5 = _FIXTURES / "blind_longform5.jsonl"
# Written near the end of stop 16 by two helpers that read no rules (16 articles, 191 gold statements: 8 in the
# seeds' manner, three on the war in Ukraine, 8 on disputes outside war); scored with stop 15's final code
# (0.693 / 0.639 and 0.613 / 0.417 for its halves) and with this stop's (0.683 / 0.639 and 0.620 / 0.425), never
# read article by article nor used to choose a rule.
BLIND_LONGFORM6 = _FIXTURES / "blind_longform6.jsonl"
CORPORA = (
    _DEFAULT,
    BLIND,
    LONGFORM,
    LONGFORM2,
    LONGFORM3,
    LONGFORM4,
    LONGFORM5,
    LONGFORM6,
    LONGFORM7,
    LONGFORM8,
    LONGFORM9,
    BLIND_LONGFORM,
    BLIND_LONGFORM2,
    BLIND_LONGFORM3,
    BLIND_LONGFORM4,
    BLIND_LONGFORM5,
    BLIND_LONGFORM6,
)
# Short probes, each of one grammatical construction of attribution, stance or target (2,225 items in eleven
# banks written by helpers that read no rules; read and tuned on here): where the rules have gaps. Scored
# unseen with the code of the stop before: the third bank (R001-R200, stop 14) 91 of 200; the fourth and fifth
# (P001-P300, S001-S300, stop 14: 200 innocent uses each of words that elsewhere name a wrong or deny one, and
# 100 charges or denials in the same words) 196 and 182 of 300; the sixth (G001-G240, stop 14: wire copy on
# wars, espionage, sanctions and trade between real states) 169 of 240. Stop 15 added two: T001-T160, the line
# between a charge in plain words (findings, victims' accounts, deeds) and other statements that sound negative,
# unseen 88 with stop 14's code and 92 with this stop's at the time; U001-U100, mini-articles of several accusers
# and deniers, for whom a denial answers, 16 of 100 exactly right unseen (with both); V001-V140, accounts by
# victims, witnesses and officials of what a party did to people, against accounts that charge no one, unseen 96
# with stop 14's code and 98 with this stop's at the time. Stop 16 added W001-W150, whom a charge targets and
# whom a denial answers in wire copy's constructions (a party named a sentence before, by a pronoun or a head
# noun, possessives, passives, nominal charges, two accused, a victim beside the accused, counter-charges,
# blame on no one): unseen with stop 15's code, 31 of the first 75 and 40 of the second; and X001-X120, the
# many ways copy words a denial (by explaining, by a counter-story, by a pronoun, by idiom, through others) and
# the answers that deny nothing: unseen 40 of 120 with stop 15's code and with this stop's at the time.
CONSTRUCTIONS = _FIXTURES / "constructions.jsonl"


def _fold(text: str) -> list[str]:
    """The words of a name, case, accents and a possessive 's aside: a gold "Wladyslaw Kosiniak-Kamysz" is the
    dictionary's "Władysław Kosiniak-Kamysz"."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(PLAIN_LETTERS))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [w for w in _WORD.findall(text.replace("’s", "").replace("'s", "")) if w != "the"]


_SHORT_SKIP = frozenset(["of", "the", "and", "for", "on", "in", "de", "la", "des", "du", "&"])


def _short_form(short: str, full: str) -> bool:
    """Is ``short`` (2-6 capitals, "IMF") the initials of the words of ``full`` ("International Monetary Fund")?"""
    letters = short.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isupper() and letters.isalpha()):
        return False
    initials = "".join(
        w[0] for w in full.replace("-", " ").split() if w.lower() not in _SHORT_SKIP and w[0].isalpha()
    )
    return initials.upper() == letters


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    return n > 0 and any(big[i : i + n] == small for i in range(len(big) - n + 1))


@functools.cache
def gold_country(name: str) -> str | None:
    """The country a gold name stands for, if it is a country or one of its state bodies.

    Cached: gold names repeat, and each look-up tries every alias of every country (more patterns than
    re's own cache holds)."""
    lx = lexicon()
    for table in (lx.country_alias, lx.demonym, lx.capital):
        for alias, a3 in sorted(table.items(), key=lambda kv: -len(kv[0])):
            if alias not in name:
                continue  # the pattern below needs the alias as a substring
            if re.search(rf"(?<!\w){re.escape(alias)}(?:['’]s)?(?!\w)", name):
                rest = re.sub(rf"(?<!\w){re.escape(alias)}(?:['’]s)?(?!\w)", "", name).strip().lower()
                rest = rest.removeprefix("the ").strip()
                if rest == "" or rest in GOV_BODIES:
                    return a3
                return None
    return None


def actor_matches(actor: Actor | None, gold: str | None) -> bool:
    if actor is None or gold is None:
        return actor is None and gold is None
    g = _fold(gold)
    a = _fold(actor.name)
    if g == a or _contains(a, g) or (len(a) >= 1 and _contains(g, a) and actor.kind != "country"):
        return True
    if _short_form(gold, actor.name) or _short_form(actor.name, gold):
        return True  # "IMF" is the International Monetary Fund
    if actor.org and (_fold(actor.org) == g or _contains(_fold(actor.org), g)):
        return True
    a3 = gold_country(gold)
    if a3 is None or actor.country != a3:
        return False
    # A state official (person with a government org) speaks for the state too.
    return actor.kind in ("government", "country") or (actor.kind == "person" and actor.org is not None)


def _score(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_pred if n_pred else 1.0
    r = tp_g / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(f, 4),
        "predicted": n_pred,
        "gold": n_gold,
    }


def _match_sets(preds: list[tuple], golds: list[tuple], with_target: bool) -> tuple[set[int], set[int]]:
    """(predictions that match some gold tuple, gold tuples matched by some prediction).

    Not one-to-one on purpose: a gold name such as "Ukraine" covers the Kyiv government and its
    foreign ministry alike, so two predicted Ukrainian denials are both right and recall counts once.
    """
    mp: set[int] = set()
    mg: set[int] = set()
    for gi, (gs, gst, gt) in enumerate(golds):
        for pi, (ps, pst, pt) in enumerate(preds):
            if pst != gst or not actor_matches(ps, gs):
                continue
            if with_target and not actor_matches(pt, gt):
                continue
            mp.add(pi)
            mg.add(gi)
    return mp, mg


def _triples(art: Article, row: dict) -> tuple[list[tuple], list[tuple]]:
    """The distinct (speaker, stance, target) of an article's statements, as actors, and of a row's gold."""
    by_id = {a.id: a for a in art.actors}
    keys = dict.fromkeys((s.speaker, s.stance, s.target) for s in art.statements)
    preds = [(by_id.get(sp), st, by_id.get(tg) if tg else None) for sp, st, tg in keys]
    golds = list(dict.fromkeys((g["speaker"], g["stance"], g.get("target")) for g in row["gold"]))
    return preds, golds


def load_corpus(path: str | Path = _DEFAULT, split: str | None = None) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if split is None or row["split"] == split:
                    rows.append(row)
    return rows


def evaluate(path: str | Path = _DEFAULT, split: str | None = None, details: bool = False) -> dict:
    """Precision/recall/F1 overall and per stance, for (speaker, stance) and (speaker, stance, target)."""
    counts = {
        lvl: {st: [0, 0, 0, 0] for st in (*STANCES, "all")}
        for lvl in ("speaker_stance", "speaker_stance_target")
    }
    errors = []
    rows = load_corpus(path, split)
    for row in rows:
        art = tag_article(Article(article_id=row["id"], title=row.get("title"), text=row["text"]))
        by_id = {a.id: a for a in art.actors}
        preds3, golds3 = _triples(art, row)
        seen2: set[tuple] = set()
        preds2 = []
        for s in art.statements:
            if (s.speaker, s.stance) not in seen2:
                seen2.add((s.speaker, s.stance))
                preds2.append((by_id.get(s.speaker), s.stance, None))
        golds2 = list(dict.fromkeys((g["speaker"], g["stance"], None) for g in row["gold"]))
        for lvl, preds, golds, wt in (
            ("speaker_stance", preds2, golds2, False),
            ("speaker_stance_target", preds3, golds3, True),
        ):
            mp, mg = _match_sets(preds, golds, wt)
            for st in (*STANCES, "all"):
                c = counts[lvl][st]
                c[0] += sum(1 for i in mp if st in ("all", preds[i][1]))
                c[1] += sum(1 for p in preds if st in ("all", p[1]))
                c[2] += sum(1 for i in mg if st in ("all", golds[i][1]))
                c[3] += sum(1 for g in golds if st in ("all", g[1]))
            if details and wt and (len(mp) < len(preds) or len(mg) < len(golds)):
                errors.append(
                    {
                        "id": row["id"],
                        "false_pos": [
                            (p[0].name if p[0] else None, p[1], p[2].name if p[2] else None)
                            for i, p in enumerate(preds)
                            if i not in mp
                        ],
                        "missed": [g for i, g in enumerate(golds) if i not in mg],
                    }
                )
    out: dict = {"articles": len(rows), "split": split}
    for lvl, per in counts.items():
        out[lvl] = {st: _score(*c) for st, c in per.items()}
    if details:
        out["errors"] = errors
    return out


def evaluate_constructions(path: str | Path = CONSTRUCTIONS) -> dict:
    """How many probe items of each construction the tagger gets exactly right: every gold (speaker, stance,
    target) matched and no statement that matches none."""
    by_construction: dict[str, list[int]] = {}
    failed = []
    for row in load_corpus(path):
        preds, golds = _triples(tag_article(Article(article_id=row["id"], text=row["text"])), row)
        mp, mg = _match_sets(preds, golds, True)
        right = len(mp) == len(preds) and len(mg) == len(golds)
        tally = by_construction.setdefault(row["construction"], [0, 0])
        tally[0] += right
        tally[1] += 1
        if not right:
            failed.append(row["id"])
    passed = sum(k for k, _ in by_construction.values())
    return {
        "items": sum(n for _, n in by_construction.values()),
        "passed": passed,
        "by_construction": {c: tuple(v) for c, v in by_construction.items()},
        "failed": failed,
    }


def _bench_articles(target_chars: int = 3000) -> list[Article]:
    rows = load_corpus()
    arts = []
    for i in range(len(rows)):
        paras: list[str] = []
        k = i
        while sum(len(p) + 2 for p in paras) < target_chars:
            paras.extend(rows[k % len(rows)]["text"].split("\n\n"))
            k += 1
        arts.append(Article(article_id=f"bench{i}", text="\n\n".join(paras)))
    return arts


def long_text(chars: int) -> str:
    """A text of about ``chars`` characters, of distinct paragraphs: the fixtures' own, each with a line of its
    own (so no two are equal), in turn. For the cost of one very long article, which real feeds do send."""
    paras = [
        p
        for path in (_DEFAULT, LONGFORM, LONGFORM2)
        for row in load_corpus(path)
        for p in row["text"].split("\n\n")
        if len(p) > 80
    ]
    out: list[str] = []
    total = k = 0
    while total < chars:
        para = f"{paras[k % len(paras)]} (Dispatch {k}, page {k // 7}.)"
        out.append(para)
        total += len(para) + 2
        k += 1
    return "\n\n".join(out)


def bench_long_article(chars: int = 1_000_000) -> dict:
    """Tag, and assign the claims of, one article of ``chars`` characters (the per-character cost must not
    grow with the length: several rules compare each statement with the others)."""
    from agents.claims import assign_claims

    article = Article(article_id="bench-long", text=long_text(chars))
    c0 = time.process_time()
    tagged = tag_article(article)
    c1 = time.process_time()
    assign_claims(tagged)
    c2 = time.process_time()
    return {
        "articles": 1,
        "seconds": round(c2 - c0, 3),
        "articles_per_s": round(1 / (c2 - c0), 2) if c2 > c0 else 0.0,
        "chars": len(article.text),
        "tagging_s": round(c1 - c0, 2),
        "claims_s": round(c2 - c1, 2),
        "statements": len(tagged.statements),
    }


def bench_tagging(n: int = 1000, articles: Iterable[Article] | None = None) -> dict:
    """Tag ``n`` ~3 KB articles on one core.

    Returns {"articles", "seconds", "articles_per_s", "wall_seconds", "avg_chars"}: ``seconds`` is the
    process CPU time (what one core spends, unaffected by other load on the machine), the wall time
    is reported alongside.
    """
    pool = list(articles) if articles is not None else _bench_articles()
    c0, w0 = time.process_time(), time.perf_counter()
    chars = 0
    for i in range(n):
        a = pool[i % len(pool)]
        chars += len(a.text)
        tag_article(a)
    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
    return {
        "articles": n,
        "seconds": round(cpu, 3),
        "articles_per_s": round(n / cpu, 1) if cpu else 0.0,
        "wall_seconds": round(wall, 3),
        "avg_chars": chars // max(n, 1),
    }


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    print(json.dumps(evaluate(split=sys.argv[1] if len(sys.argv) > 1 else "dev"), indent=1))
