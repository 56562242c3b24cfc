"""Claims: which proposition each allegation or denial is about, claim state, alerts.

Method
======

**Claim id from a signature (stateless).** On Kafka the claim state is partitioned by
claim id, so the id must come from a statement and its article alone. Each
allegation or denial gets a *signature* ``party|predicate|counterpart``:

* **party** (the accused): the statement's target for an allegation, the speaker for
  a denial (who denies doing it). Entity mentions in the ``claim`` proposition are
  resolved through ``agents/data/claims/entities.json`` (country names, demonyms,
  capitals, metonyms: "Chinese nationals" → CHN, "the Kremlin" → RUS), pycountry
  names, and the article's own actors (names, surnames, first word of an organisation's
  name). If the proposition names the accused actor or its country, that mention
  wins (an allegation against a Chinese ministry about "Chinese nationals" is about
  CHN); else the actor's canonical party: its alpha-3 code for a country/government
  actor (``gov:RUS``, ``country:RUS`` → RUS), its id otherwise; a state spokesperson's
  denial is the state's.
* **predicate**: a class from ``predicates.json`` (military_involvement, arms_supply,
  cyber_attack, election_interference, corruption, financial_fraud, doping,
  human_rights_abuse, manipulation, troop_deployment, sanctions_violation, …) chosen by
  cue stems counted over the words outside entity mentions; most hits wins, ties go to
  the class listed first (specific classes before the broad military ones). Without a
  cue: ``generic:<head verb>`` — the first -ed/-ing word, else the first content word,
  crudely stemmed.
* **counterpart**, per class: ``conflict`` classes take the first other party and
  read it as the war it belongs to (``entities.json`` conflicts: "fighting for Russia",
  "in Ukrainian custody", "in the Ukraine conflict" → ``war:RUS-UKR``); ``entity``
  classes take the other party itself (weapons *to Russia* ≠ *to Iran*); ``none``
  classes ignore it (doping, fraud).

``claim_id = "clm_" + sha1(signature)[:16]``. Wording, numbers and outlets do not enter
the signature, so "two Chinese nationals in Ukrainian custody" and "155 Chinese were
fighting with the Russian army" share an id, while "China supplies weapons to Russia"
(arms_supply) stays apart.

**In-article links.** An allegation without a predicate class of its own (a quote:
"this is a hostile act planned in advance") made by the same voice against the same
party as another allegation of the article takes that allegation's id. A denial that
restates its proposition has its own signature; within the article it prefers the
nearest allegation (earlier first, then later) with the same signature or the same
proposition text, else the same party and predicate. A denial without a proposition of
its own ("the accusations are baseless") or without the counterpart its class needs
links to the nearest allegation of the article whose accused is the denier (or its
country) or whose speaker the denial targets. Failing that it stays unresolved (key
``party:<party>``) and :class:`ClaimResolver` — on the party partition, an index of
recent claims per accused party — links it to the accuser's claim about that party,
else the latest one before the denial, else an "unspecified" claim of its own. The
resolution is stored per event, so a redelivery resolves the same way.

**State and alerts.** :class:`ClaimTracker` keeps one JSON-safe dict per claim id
(any MutableMapping: a dict, a Faust table). Alerts go by *voice*: heads of state,
ministries and spokespeople speak for their country (``actors.json``, or government
words in the actor's org), anyone else for themselves. ``new_allegation`` when a claim is
alleged for the first time; ``new_denial`` the first time a voice denies it (Russia's
government and its spokesman in one story: one alert; ``denied_by`` lists both).
Repeats (duplicates, other outlets, the same denial reported again) update the claim
without an alert. A *new accusing voice* raises a ``new_allegation`` one severity level
lower: another state or organisation backing the claim is news users want ("the US now
also says…"), while another official of the same government repeating it, or an outlet
repeating it, is not (outlets are not speakers; an outlet's own investigation is a
voice). ``ClaimTracker(new_accuser_alerts=False)`` turns that off.
``alert_id = "alt_" + sha1(type|claim_id|voice)[:16]``: a redelivery, restart or replay
never makes a second alert; a replay in another order gives the same ids (severities and
resolver links may differ). Severity: see :func:`severity`.

Topology on Kafka: ``assign_claims`` (stateless, article partition) → events keyed by
``party:<party>`` → ``ClaimResolver.route`` (party table) → re-keyed by ``claim_id`` →
``ClaimTracker.apply`` (claims table) → ``alerts`` and compacted ``claims``.
:class:`ClaimsStage` runs the same three steps in-process.
"""

from agents.claims._assign import ClaimEvent, Signature, assign_claims, claim_id_of, signature
from agents.claims._stage import ClaimsStage, link_statements
from agents.claims._tracker import ClaimResolver, ClaimTracker, alert_id_of, severity, to_claim

__all__ = [
    "ClaimEvent",
    "ClaimResolver",
    "ClaimTracker",
    "ClaimsStage",
    "Signature",
    "alert_id_of",
    "assign_claims",
    "claim_id_of",
    "link_statements",
    "severity",
    "signature",
    "to_claim",
]
