"""Attribution and stance: who says what, against whom, in which sentence."""

from __future__ import annotations

import bisect
import collections
import dataclasses
import functools
import hashlib
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from agents.tagging._lexicon import (
    GENDER_WORDS,
    GOV_BODIES,
    ORG_WORDS,
    STOP_CAPS,
    TITLES,
    WORDS,
    Entry,
    lexicon,
    slug,
)
from agents.tagging._mentions import (
    DATE_WORDS,
    Mention,
    Registry,
    country_entry,
    find_mentions,
    gov_body_entry,
    gov_entry,
    person_entry,
    resolve_acronyms,
)
from agents.tagging._regex import Guarded, end_guarded, guarded
from agents.tagging._stance import (
    ALLEGATION_VERB,
    DENIAL_LEX,
    DENIAL_VERB,
    HEDGE,
    NO_CUE,
    REPORT_VERB,
    SPEECH_VERB,
    cameo_code,
    charged_words,
    classify,
)
from agents.tagging._text import dateline, paragraphs, quote_regions, sentences

_PREP = frozenset(WORDS["prepositions"])
_AUX = frozenset(WORDS["aux"])
_TIME = re.compile(
    r"(?:\s+(?:on|late|early|last|this|earlier|next)\s+(?:\w+day|week|month|year|night|morning|evening|tuesday))+$|\s+\w+day$",
    re.I,
)


@functools.cache
def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    # re's own cache costs ~1 µs a call in type checks; hundreds of calls per article add up.
    return re.compile(pattern, flags)


@functools.cache
def _grx(pattern: str, flags: int = 0) -> re.Pattern[str] | Guarded:
    # Searches that need one of a few plain strings look for those first (see ``guarded``).
    return guarded(_rx(pattern, flags))


def _re_search(p: str, s: str, flags: int = 0) -> re.Match[str] | None:
    return _grx(p, flags).search(s)


def _re_match(p: str, s: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(p, flags).match(s)


def _re_fullmatch(p: str, s: str, flags: int = 0) -> re.Match[str] | None:
    return _rx(p, flags).fullmatch(s)


def _re_finditer(p: str, s: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return _grx(p, flags).finditer(s)


def _re_findall(p: str, s: str, flags: int = 0) -> list:
    return _grx(p, flags).findall(s)


def _re_sub(
    p: str, repl: str | Callable[[re.Match[str]], str], s: str, count: int = 0, flags: int = 0
) -> str:
    return _grx(p, flags).sub(repl, s, count)


def _re_split(p: str, s: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return _grx(p, flags).split(s, maxsplit)


# Heads of a speaker noun phrase without a name: (kind, what an anaphor may resolve to).
_DESCRIPTOR_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "government": ("government", ("government",)),
    "organization": ("organization", ("organization", "group")),
    "media": ("media", ("media",)),
    "group": ("group", ()),
    "person": ("person", ()),
    "person_title": ("person", ("person",)),  # "the mayor": an earlier person
}
_DESCRIPTORS: dict[str, tuple[str, tuple[str, ...]]] = {
    w: _DESCRIPTOR_KINDS[k]
    for table in ("descriptors", "descriptors_extra")
    for k, ws in WORDS[table].items()
    for w in ws
}
# Agent nouns ("-er", "-ist", "-ant"...) name people in either number: the lists give "lawmakers" or
# "whistleblower", and unseen copy says "a lawmaker" or "whistleblowers". Listed words keep their kind.
_AGENT_SINGULAR = re.compile(r"(?:er|or|ist|ant|ent|ian|ive|ee|at|ic)$")


def _other_number(word: str, kind: str) -> str | None:
    """The singular of a plural group word, or the plural of a singular person word, if it is an agent noun."""
    if kind == "group" and word.endswith("men"):
        return word[:-3] + "man"
    if kind == "group" and word.endswith("s") and _AGENT_SINGULAR.search(word[:-1]):
        return word[:-1]
    if kind == "person" and word.endswith("man"):
        return word[:-3] + "men"
    if kind == "person" and _AGENT_SINGULAR.search(word):
        return word + "s"
    return None


for _w, (_kind, _) in list(_DESCRIPTORS.items()):
    _o = _other_number(_w, _kind)
    if _o is not None and _o not in _DESCRIPTORS:
        _DESCRIPTORS[_o] = _DESCRIPTOR_KINDS["person" if _kind == "group" else "group"]
_PERSON_ORG_HEADS = frozenset(WORDS["person_org_heads"])
_PLATFORMS = frozenset(WORDS["platforms"])
_STATE_TITLE_WORDS = frozenset(WORDS["state_titles"])
_VERB_HELPERS = frozenset(["not", "never", "neither", "nor", "n't", "did", "does", "do"])  # "did not accuse"
_PASSIVE_BEFORE = re.compile(r"\b(?:been|was|were|is|are|being)\s+(?:\w+ly\s+)?$")
_CHARGE_MADE_BY = re.compile(
    r"\b(?:allegations?|accusations?|claims?|charges?)\s+(?:was|were|had been|have been|has been)\s+(?:first\s+)?"
    r"(made|raised|levell?ed|filed|brought)\s+by\s+"
)
# "PAUL GRANT:", "DR. AMIRA HADDAD (ICU nurse):", "ANCHOR:" at the head of a transcript's paragraph.
# "MARCUS AVERY, WHITFIELD FAMILY ATTORNEY:": the role after the comma is no part of the name.
_SPEAKER_LABEL = re.compile(
    r"([A-Z][A-Z.'’ -]{1,40}[A-Z.])(?:,\s*([A-Z][A-Z.'’ -]{1,60}[A-Z.]))?(?:\s*\([^)]{1,60}\))?:\s+"
)
# The programme's own voices: their words are narration, not an actor's statement.
_PROGRAMME_VOICES = frozenset(
    [
        "anchor",
        "host",
        "presenter",
        "reporter",
        "correspondent",
        "narrator",
        "interviewer",
        "q",
        "a",
        "question",
        "answer",
        "voice",
        "caption",
        "unidentified",
        "announcer",
        "moderator",
    ]
)


def _state_body_in(words: list[str]) -> str | None:
    """The state body a run of lowercase words names, by two words or its last one ("a state secretary at the
    interior ministry")."""
    for k in range(len(words)):
        if (key := " ".join(words[k : k + 2])) in GOV_BODIES:
            return GOV_BODIES[key]
    return None


def _dateline_country(text: str) -> str | None:
    """The country whose capital datelines the article ("BERLIN, Oct 3 (Agency) –"), if any."""
    city = dateline(text)
    return lexicon().capital.get(city) if city else None


def _in_label(m: Mention, doc: _Doc, labels: dict[int, tuple[int, Entry | None]]) -> bool:
    pi = bisect.bisect_right(doc.para_starts, m.start) - 1
    return pi in labels and m.start < labels[pi][0]


# "denied Pakistan's claims", "rejected the Clean Rivers Trust's accusations that ...": a charge and its owner.
_OWNED_CHARGE = re.compile(
    r"(?:\b(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:es|ed)|disput(?:es|ed)|rebuff(?:s|ed)?)\s+"
    r"|\b(?:that|added|said)\s+)"
    r"(?:the\s+)?((?:[A-Z][\w.&-]*\s+){0,5}?[A-Z][\w.&-]*['’]s?)\s+(?:\w+\s+)?"
    r"(?:claims?|accusations?|allegations?|charges?|report|reports|findings|assertions?|suggestions?)\b"
    # "the accusations made by the Philippines", "accusations from Estonia", "charges brought by the agency"
    r"|\b(?:claims?|accusations?|allegations?|charges?)\s+(?:made\s+|brought\s+|levell?ed\s+"
    r"|filed\s+)?(?:by|from)\s+(?:(?:the|its|their|his|her|a)\s+)?(?:[a-z-]+\s+){0,3}"
    r"((?:[A-Z][\w.&-]*\s+){0,5}?[A-Z][\w.&-]*)"
)
_FILED_BY = re.compile(
    r"^\s*(?i:the|a|an|its|their|his|her)?\s*(?:[\w-]+\s+){0,2}(?:lawsuit|suit|complaint|indictment|report|letter|filing"
    r"|petition|dossier|study|claim)\s*,?\s+(?:(?:filed|brought|signed|issued|written|published|released|lodged"
    r"|compiled|commissioned)\s+(?:on \w+ |last \w+ |this \w+ |\w+day )?"
    # "filed Monday in Ontario Superior Court by Gordon Leclair": where it was filed may come before the filer
    r"(?:(?:in|with|at|before)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5})?)?by\s+"
)
# "The union filed a complaint with the labour board accusing ...": the filer speaks, not whom it was filed with
_FILED_WITH = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:filed|lodged|submitted|brought|sent)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w-]+\s+){0,2}(?:complaint|lawsuit|suit|petition|case|grievance|appeal|motion|letter|request)s?\s+"
    r"(?:with|to|before|at|in|against)\s+[^,;“”\"]*$"
)
_FILING_VERB = re.compile(r"filed|lodged|submitted|brought|sent")  # the cheap test before _FILED_WITH
_OWN_STRIKE = re.compile(
    r"(?:\s+on\s+\w+)?\s+(?:that\s+)?(?:they|it|we|its\s+forces|their\s+forces|its\s+fighters|their\s+fighters)\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:successfully\s+)?(?:fired|struck|launched|targeted|shot\s+down|downed|attacked"
    r"|hit|destroyed|seized|captured)\b"
)
_STRIKE_FAILED = re.compile(
    r"\b(?:missed|fell short|(?:caused|reported|suffered)\s+no\s+(?:damage|casualties|injuries)|no\s+(?:damage|casualties"
    r"|injuries)\s+(?:was|were|had been)\s+reported|(?:was|were|had been)\s+(?:intercepted|shot down|downed))\b"
)
# "she stands by every line": one who stands by a charge repeats it
_STANDS_BY = re.compile(
    r"\b(?:stands?|stood|standing) (?:firmly )?by (?:its|his|her|their|our|my|the|every|each)\b"
)
# (not "accusations from a senior lawmaker": an indefinite introduces someone the text names later)
_CHARGE_BY = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges?)\s+(?:(?:brought|made|levelled|leveled|filed|raised)\s+"
    r"(?:against\s+(?:[\w’'-]+\s+){1,3}?)?)?(?:by|from)\s+(?!(?:a|an|one|two|three|several|some)\s)"
)
# "coach Dragan Miletić's accusation", "prosecutors' claims": the words after an owner's name that make it a charge
_POSSESSED_CHARGE = re.compile(
    r"(?:['’]s?)?\s+(?:[\w-]+\s+)?(?:claims?|accusations?|allegations?|charges?|assertions?|suggestions?)\b"
)
# "..., as rights groups have alleged", "..., a charge patient activists have made for months": who made it
_TRAILING_ALLEGER = re.compile(
    r",\s+(?:as\s+(?P<who>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:long\s+)?"
    r"(?:alleged|allege|alleges|claimed|claim|claims|charged|charge|charges|suggested|reported)"
    r"|(?:a|an|the)\s+(?:charge|claim|accusation|allegation)\s+(?P<who2>[^,;“”\"]{2,60}?)\s+(?:has|have|had)\s+"
    r"(?:long\s+|repeatedly\s+)?(?:made|levell?ed|raised|pressed))\b"
)
# "said the Kremlin's spokesman": the words after a possessive that make its owner the one speaking
_SPOKESPERSON_AFTER = re.compile(
    r"(?:['’]s?)?\s+(?:chief\s+|main\s+|official\s+)?(?:spokesman|spokeswoman|spokesperson|press secretary|office|lawyers?|attorneys?)\b(?!\s+(?:had|has|was|were)\b)"
)
# ", after the Senate Ethics Committee accused her of ...": the charge a statement answers comes after it
_AFTER_CHARGE = re.compile(r"[^.;]{0,80}?,?\s+after\s+", re.S)
# "After the Free Hills Brigade said ..., the commander said": a charge leading the sentence, up to its comma
_LEADING_AFTER = re.compile(
    r"(After\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,6}?(?:said|claimed|alleged|accused|blamed|charged|reported)\b[^,;“”\"]{3,200}),\s+"
    r"(?=[^.;]*\b(?:said|says|told|denied|rejected|dismissed|insisted|responded|replied)\b)"
)
# "alleged that he had pocketed donations": a pronoun subject of what was alleged
_LIST_APPOSITIVE = re.compile(
    r",\s*(?:the|an?)\s+[a-z][\w-]*(?:\s+[\w-]+){0,8}?\s+(?:of|by|from|between|including)\s+"
    r"[^,“”\"]+(?:,\s*[^,“”\"]+)+?\s+(?:and|or)\s+[^,“”\"]+,(?=\s*(?:\w+ly\s+)?(?:has\s+|have\s+|had\s+)?[a-z]*\s*$)"
)
_OVERSIGHT_WORDS = frozenset(
    [
        "authority",
        "authorities",
        "regulator",
        "regulators",
        "watchdog",
        "watchdogs",
        "commission",
        "commissioner",
        "prosecutor",
        "prosecutors",
        "attorney",
        "integrity",
        "auditor",
        "auditors",
        "ombudsman",
        "inspector",
        "inspectors",
        "inspectorate",
        "investigator",
        "investigators",
        "inquiry",
        "tribunal",
        "court",
        "courts",
        "judge",
        "judges",
        "league",
        "liga",
        "observer",
        "observers",
        "monitor",
        "monitors",
        "researcher",
        "researchers",
        "fca",
        "sec",
    ]
)
_CAPITAL_DOER = re.compile(
    r"([A-Z][\w&.-]*[a-z][\w&.-]*(?:\s+[A-Z][\w&.-]+){0,2}|[A-Z]{2,}(?:-[A-Z]{2,})?)(?=\s)"
)
# A past-tense deed right after its doer: "fielded an ineligible player", "took envelopes of cash", "had billed"
_PAST_DEED = re.compile(
    # ("ZANU-PF youths threatened": the doer's people may stand between)
    r"(?:\s+(?:youths|supporters|activists|officials|officers|agents|members|staff|employees|managers|fighters|police"
    r"|troops|soldiers|forces|guards|militia|navy|army))?"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?!(?:said|told|was|were|is|are|has|had|will|would|could|did|added|announced"
    r"|agreed|signed|welcomed|won|named|appointed|reported|returned|resumed|opened|launched|confirmed|expected|planned"
    r"|started|began|joined|hired|released|published)\b)"
    r"(?:[a-z]+ed|took|sold|paid|gave|hid|kept|knew|stole|sent|made|broke|fed|held|ran|let|put|got|told|left|sought|bought"
    r"|cut|hit|shut|set|beat|threw|drove|tore|shot|bit|spent|lost|won|wrote|read|chose|froze|overran)\b"
)
_PAPER_HEADS = frozenset(
    ["newspaper", "paper", "outlet", "broadcaster", "tabloid", "magazine", "daily", "publication"]
)
_WATCHDOG_HEADS = frozenset(
    ["regulator", "watchdog", "commission", "authority", "agency", "monitor", "inspectorate"]
)
_STATE_SIDE_HEADS = frozenset(
    ["ministry", "government", "embassy", "military", "army", "authorities", "regime", "state"]
)
_GROUP_HEADS = frozenset(["group", "organisation", "organization", "ngo", "charity", "union", "campaigners"])
# What a report may say of a party that charges it with nothing: plans, drafts, meetings, letters, reactions
_NEUTRAL_NEWS = re.compile(
    r"\b(?:were|was|is|are|had been|have been|has been)\s+(?:\w+ly\s+)?(?:circulating|preparing|planning|considering"
    r"|discussing|drafting|weighing|seeking|working on|expected to|due to|set to|scheduled to|looking at)\b"
    r"|\bhad\s+(?:\w+ly\s+)?(?:learned|learnt|written to|asked|met|agreed|signed|scheduled|announced|confirmed"
    r"|resumed|reopened|voted|appointed|named)\b"
    # "the board would meet in emergency session next week": a plan
    r"|\b(?:would|will)\s+(?:meet|convene|hold|discuss|vote|decide|announce|publish|review|consider|visit)\b",
    re.I,
)
_IN_CAPITAL = re.compile(
    r"\s*[\"“]?In ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2})"
    r"(?: (?:this|on|late|early|later|earlier) \w+(?: \w+)?)?,"  # ("In Algiers this evening, the ministry")
)
_WHAT_THEY_SAID = re.compile(
    r"\b(?:what|whatever|everything)\s+(?!(?:she|he|they|it|we|i|you)\b)(?:[a-z][\w-]*\s+){1,2}(?:have\s+|has\s+|had\s+)?$"
)
# Deeds that help: no charge in them
_KIND_DEED = re.compile(
    r"(?:\w+\s+){0,2}?(?:helped|rescued|saved|treated|thanked|supported|fed|freed|released|paid|welcomed|praised|died"
    r"|drowned|retired|resigned|arrived|returned|won|lost|scored|punished|defeated|outplayed|played|signed|joined"
    r"|celebrated|visited|met|hosted|hired|promoted|trained)\b"
)
# What marks a reported deed as a wrong even when no word charges it: hiding, acting without leave, misuse,
# coercion ("told staff to keep the leak strictly internal", "shipped gold ... without paying export duties")
_WRONG_DEED = (
    r"embezzl\w*|launder\w*|siphon\w*|divert\w*|smuggl\w*|hid|hidden|hiding|conceal\w*|cover(?:ed)? up|secret\w*"
    r"|keep\b[^.;]{0,40}\b(?:quiet|internal|secret|confidential)|delet\w*|destroy\w*|shredd\w*|without (?:paying"
    r"|permission|a licen[cs]e|licen[cs]es|consent|a tender|tenders?|approval|authori[sz]ation|declaring|telling"
    r"|informing|notifying|notice|charge)|illegal\w*|unlawful\w*|illicit\w*|violat\w*|breach\w*"
    r"|personal (?:trips?|use|gain|expenses|benefit)|disabl\w*|switch\w* off|turned off|tamper\w*|falsif\w*"
    r"|manipulat\w*|rigg\w*|forg(?:ed|ing|ery)|ordered\b[^.;]{0,60}\bto|forced|coerc\w*|pressur\w*|threaten\w*"
    r"|intimidat\w*|spied|spying|hack(?:ed|ing)|stole(?!\s+(?:\w+\s+)?bases?\b)|stolen"
    # violence against people or places, and harm to the environment
    r"|shell(?:ed|ing)|bomb(?:ed|ing)|(?:kill|wound)(?:ed|ing)(?!\s+in\b)|fired (?:on|at|into)|raid(?:ed|ing)|abduct\w*"
    r"|kidnap\w*|tortur\w*|beat(?:en|ing)?|assault\w*|massacr\w*|loot\w*|burn(?:ed|t|ing) down|torch\w*|rap(?:ed|ing)"
    r"|dump(?:ed|ing)|pollut\w*|discharg\w* (?:raw |untreated )?sewage|spill(?:ed|ing)|contaminat\w*"
)
_WRONG_DEED_CUE = re.compile(rf"\b(?:{_WRONG_DEED})\b", re.I)
# ... and, in an outlet's report, money changing hands ("paid $3 million to ... to secure its permit")
_MISDEED_CUE = re.compile(
    rf"\b(?:{_WRONG_DEED}|pay|pays|paid|paying|payments?|bribe\w*|kickbacks?|cash|overcharg\w*|inflated"
    r"|(?:double|triple|twice|three times) the)\b",
    re.I,
)
# Whom a deed falls on: the speaker's people, a victim, a possession of theirs
_HARMED = re.compile(
    r"\b(?:her|his|their|our|my|me|us|him|them|patients?|workers?|villagers|protesters|passengers|tenants|residents"
    r"|crew|prisoners|detainees|children|client|voters|staff|drivers|fishermen|civilians|journalists?|families)\b"
)
# Head nouns by which an article refers back to an actor of a kind ("the Gulf state", "the company")
_STATE_REFERENCE_HEADS = frozenset(
    ["state", "country", "government", "kingdom", "emirate", "republic", "nation", "neighbour"]
)
_SAME_KIND_HEADS = {
    "country": _STATE_REFERENCE_HEADS,
    "government": _STATE_REFERENCE_HEADS,
    "organization": frozenset(
        ["company", "firm", "group", "airline", "bank", "club", "carmaker", "retailer", "insurer"]
    ),
}
# Bodies of a state that may charge its own government: courts, parliaments, auditors, ombudsmen
_CHECKS_THE_STATE = re.compile(
    r"\b(?:Court|Parliament|Senate|Assembly|Congress|Committee|Auditor|Ombudsman|Commission|Tribunal|Duma|Knesset"
    r"|Prosecutor|Inspector|Judiciary|Opposition)",
    re.IGNORECASE,
)
_THEY = re.compile(r"they\s+(?:had|have|were|are|would|did|never|allegedly|then|also|\w+ed)\b", re.IGNORECASE)
_HE_SHE = re.compile(r"(he|she|He|She)\s+(?:had|has|was|is|would|did|never|allegedly)\b")
# "According to prosecutors, businessman Viktor Hanak was ...": a name-less source, then what it says
_NAMELESS_SOURCE = re.compile(r"(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2},")
# "my client", "the suspect's lawyer": a defence speaking for someone charged
_CLIENT = re.compile(
    r"\b(?:his|her|my|our|their)\s+clients?\b|\bthe\s+(?:suspect|defendant|accused)['’]s\s+(?:lawyer|attorney|counsel)",
    re.I,
)
# Name words of a body that brings charges (prosecutors, police, regulators, courts)
_CHARGING_BODY = re.compile(
    r"Prosecut|Procurat|Attorney|Police|Commission|Authority|Agency|Regulator|Inspector|Investigat|Court|Tribunal"
    r"|Prosecution|Justice|Department|Ministry|Office"
)
# ", UN spokesman Rafael Quintero told reporters.": a second attribution closing the clause
_SAID_AT_END = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,7}?(?:said|told\s+(?:reporters|journalists|a news conference|parliament)|added)\b[^,;]{0,40}[.”\"]?\s*$"
)
# "the alliance had evidence that ...": the holder of the evidence is not whom it is about
_HAD_EVIDENCE = re.compile(
    r"\s+(?:that\s+)?(?:the\s+|its\s+|our\s+|we\s+|it\s+|they\s+)?(?:[\w-]+\s+){0,2}?(?:had|has|have)\s+"
    r"(?:\w+\s+)?(?:evidence|proof|intelligence|information|indications)\s+(?:that|of)\s+"
)
# Titles of a police officer: "the officer" after "PC Mark Ridley" or "Officer Kyle Brennan" is that person
_OFFICER_TITLES = frozenset(
    ("officer", "pc", "constable", "sergeant", "sgt", "sgt.", "detective", "deputy", "trooper")
)
# "the governor of ", "the chief executive of the ": a role of the body named next, held by the person after it
_ROLE_OF = re.compile(r"\s+the\s+(?:[a-z-]+\s+){1,3}of\s+(?:the\s+)?")
_SUSPECTED_SUBJECT = re.compile(
    r"\s+(?:on\s+\w+\s+)?(?:that\s+)?(he|she|they|the\s+[a-z]+)\s+(?:was|is|were|are|had\s+been|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?[“\"]?(?:\w+ly\s+)?(?:suspected|accused|guilty|responsible)\b"
)
_EACH_OTHER = re.compile(r"\b(?:accus\w*|blam\w*)\s+(?:each other|one another)\b")
_CARRIED_BY = re.compile(
    r"\b(?:carried|published|quoted|cited|broadcast|aired|relayed)\s+by\s+(?:[\w’'-]+\s+){0,4}\Z"
)
# Whom a question was put to, right before their name ("put Maranoa's account to Tom Hollis")
_PUT_TO = re.compile(
    r"\b(?:to|asked|reached|contacted|called|approached|pressed|questioned|interviewed)\s+(?:[\w’'.-]+\s+){0,2}\Z"
)
# A subordinate clause that opens the sentence and ends at the comma right before a pronoun subject
_LEAD_CLAUSE = re.compile(r"\s*[“\"]?(?:When|After|As|Asked|Pressed|Told)\b[^,;“”\"]{3,120},\s*\Z")
_STATE_BODY_NAME = re.compile(
    r"(?:Government|Security|State) (?:forces|troops|soldiers)|Ministry of [A-Z][\w ]+|(?:[A-Z]\w+ )+Ministry"
)
_ROLE_THEN_NAME = re.compile(r"\s*(?:The|A|An|Its|Their|His|Her)\s+[^,;“”\"]{1,60},\s+")
_STATE_CLAIM = re.compile(
    r"(?:\bthe\s+|\b(?:rejected|dismissed|denied|refuted|rebuffed|disputed|rejects|dismisses|denies)\s+)([A-Z][a-z]+)\s+"
    r"(?:investigation|accusations?|allegations?|claims?|charges?|report|probe|account|version|narrative|statement)\b"
)  # ("rejected Egyptian accusations that ...", "rejected Greek claims")
_STATE_FORCES = frozenset(["troops", "forces", "soldiers", "army", "military", "navy"])
_PARTICIPLE_OPEN = re.compile(r"\s*(accusing|blaming|alleging|charging)\b")
_SPOKES_TITLES = frozenset(["spokesman", "spokeswoman", "spokesperson"])
_EXPECTED_TO = re.compile(
    r"\s+(?:(?:is|are|was|were)\s+(?:expected|set|due|likely|going|about|poised)\s+to"
    r"|(?:went|goes|go)\s+on\s+to|proceeded\s+to)\s*$"
)
_CHARGE_BY_THAT = re.compile(
    r"\b(?:the|a|an|despite|of)\s+(?:accusations?|allegations?|claims?|charges?)\s+(?:by|from)\s+"
    r"(?=(?:[\w’'.-]+\s+){1,8}?that\b)"
)
_QUOTED_AS = re.compile(
    r"\s(?:was|were|is|are|being)\s+(?:\w+ly\s+)?quoted\s+(?:by\s+[^,.;]{1,80}?\s+)?as\s+$"
)
# Verbs that may come before their speaker after the reported content (", said X", ", added the ministry").
_INVERTING_VERBS = frozenset(
    [
        "said",
        "says",
        "added",
        "adds",
        "wrote",
        "writes",
        "claimed",
        "alleged",
        "insisted",
        "argued",
        "warned",
        "noted",
        "explained",
        "stated",
        "countered",
        "replied",
        "continued",
        "recalled",
    ]
)
# "The unit's head of case management, " right before a name: (possessor, role).
_POSSESSED_ROLE = re.compile(r"\b(?:[Tt]he\s+)?([\w-]+)(?:['’]s|(?<=s)['’])\s+([^,;.“”\"()]{2,70}),\s*$")
# "Its chief executive, " right before a name: the role, of the body the text was just about.
# (only where a sentence starts so: "..., said its director, Anna Lind" may be anybody's director)
_ITS_ROLE = re.compile(r"(?<![\w’'])(?:Its|Their)\s+([^,;.“”\"()]{2,50}),\s*$")
# ", executive director at the CMA," / ", the Commission's competition chief, said": a role after a name.
_ROLE_APPOSITIVE = re.compile(
    r",\s+(?:the\s+|a\s+|an\s+)?([^,;“”\"()]{2,100}?)(?:,|(?<![A-Z])\.(?:\s|$)|\s+(?:said|says|told|added|wrote)\b)"
)
_ROLE_WORDS = frozenset(
    [w for w in TITLES if " " not in w]
    + [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "director",
        "head",
        "chief",
        "official",
        "executive",
        "member",
        "adviser",
        "advisor",
        "analyst",
        "researcher",
        "lawyer",
        "attorney",
        "officer",
        "manager",
        "founder",
        "coordinator",
        "representative",
        "economist",
        "engineer",
        "professor",
        "partner",
        "chairman",
        "chairwoman",
        "chair",
        "secretary",
    ]
)
_CHARGE_DENIED_BY = re.compile(
    r"\b(?:allegations?|accusations?|claims?|charges?|reports?|suggestions?)"
    # what the charge says, or an aside on it, may stand between ("Claims that Orion sold data were rejected by")
    r"(?:\s+that\s+(?P<what>[^;“”\"]{1,160}?)|,\s+[^,;]{1,80},)?"
    r"\s+(?:was|were|had been|have been|has been)\s+(?:\w+ly\s+)?(?P<verb>rejected|denied|dismissed|refuted|rebuffed"
    r"|disputed)\s+by\s+"
)
_IT_SAID = re.compile(r"\s+(?:it|they|he|she)\s+(?:has\s+|had\s+)?")
# A common noun that introduces the name right after it ("the ransomware group RedFang"), and an appositive
# that does so after the name ("Brightline, a logistics firm based in Leeds").
_INTRO_BEFORE = re.compile(r"(?<![\w’'])(?:[a-z][\w-]*\s+){0,2}?([a-z]+)\s+\Z")
# "The group, Cedar Rights Monitor, said": the noun, then the name in apposition
_INTRO_COMMA_BEFORE = re.compile(r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}([a-z]+),\s+\Z")
_INTRO_IDENTIFIED = re.compile(
    r"\bthe\s+([a-z]+),\s+(?:who\s+was\s+)?(?:identified|named)\s+(?:only\s+)?as\s+\Z"
)
_INTRO_AFTER = re.compile(
    r"(?:\s*\([^()]{1,12}\))?,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)"
    r"(?=\s*[,.;]|\s+(?:that|which|based|headquartered|founded|owned|run|known|with|in|from)\b)"
)
# Those who speak for a client: "Lawyers for Kieran Doyle said" is Doyle's statement.
_COUNSEL = frozenset(
    [
        "lawyer",
        "lawyers",
        "attorney",
        "attorneys",
        "counsel",
        "solicitor",
        "solicitors",
        "barrister",
        "barristers",
    ]
)
# Nouns of saying whose owner speaks ("X's view is that", "the complaint of X is that", "X's denial of ...").
_NOMINAL_HEADS = (
    r"view|views|position|complaint|argument|contention|claim|claims|allegation|allegations|accusation|accusations"
    r"|charge|charges|concern|case|message|answer|response|reply|defen[cs]e|denial|denials|rejection|insistence"
    r"|assertion|belief|conclusion|assessment|telling|account|version|words|opinion|judgment|judgement"
)
_NOMINAL_OWNED = re.compile(
    rf"(?:['’]s|(?<=s)['’])\s+(?:(?:main|chief|central|key|own|firm|flat|strong|latest)\s+)?(?P<head>{_NOMINAL_HEADS})\b"
)
# "Claims by Azerbaijan's defence ministry that ...", "accusations from the union that ...": the charge's owner
# after the noun, then what it says
_NOMINAL_BY = re.compile(
    r"(?P<head>[Cc]laims?|[Aa]ccusations?|[Aa]llegations?|[Cc]harges?|[Ss]uggestions?)\s+(?:made\s+)?(?:by|from)\s+"
)
_CHARGE_CONTENT = re.compile(r"(?:\s*,[^,;.“”\"]{0,70},)?,?\s+that\s+")
_NOMINAL_OF = re.compile(
    rf"\b(?:[Ii]n\s+|[Bb]y\s+)?[Tt]he\s+(?:(?:main|chief|central|key)\s+)?(?P<head>{_NOMINAL_HEADS})\s+of\s+(?:the\s+)?"
)
# What follows the noun phrase: "is that", "was that", ", as X put it, is that", or the comma of "In the view of X,".
_NOMINAL_THAT = re.compile(r"[^.;:]{0,80}?(?:\b(?:is|was|remains|has been)\s+that\b|,(?=\s+\w))\s*")
# What may come before a clause's subject: "But", "In", a quote mark.
_CLAUSE_OPENING = re.compile(
    r"[\s“\"‘']*(?:(?:But|And|Yet|However,|So|Still,|In|in|By|by|According to|the|The)\s+)*(?:[A-Z][\w.’'-]*\s+){0,4}"
)  # ... and the title words of a name ("Senator Paul Kramer's view")
# Verbs of owning up to something.
_ADMITS = re.compile(r"admit(?:s|ted)?|acknowledg(?:e|es|ed)|conced(?:e|es|ed)|confess(?:es|ed)?")
# "The allegations, made by the Maritime Workers Union, were denied": who made them.
_MADE_BY_ASIDE = re.compile(r",\s+(?:first\s+)?(?:made|levelled|leveled|raised|brought)\s+by\s+")
# ", as activists have alleged,": whose claim the clause answers.
_AS_ALLEGED = re.compile(
    r",\s+as\s+(?P<who>[^,;“”\"]{2,60}?)\s+(?:has\s+|have\s+|had\s+)?(?:alleged|claimed|charged|suggested"
    r"|reported|asserted|insisted|said)\s*,"
)
# "So says X", "So claims X": the sentence before is what X says.
_SO_SAYS = re.compile(
    r"[\s“\"]*So\s+(?:says|said|claims|claimed|insists|insisted|argues|argued|alleges|alleged|believes)\s+"
)
# "Said X: ...": the verb first, then its speaker, then a colon before what was said.
_SAID_FIRST = re.compile(r"[\s“\"]*Said\s+(?=[^:]{2,120}:)")
# What an echo repeats when it repeats a charge: "echoed claims by residents", "echoed France's accusation".
_ECHOED_CHARGE = re.compile(r"\b(?:claims?|accusations?|allegations?|charges?)\b")
_ECHOED_BY = re.compile(r"\s+(?:the\s+)?(?:claims?|accusations?|allegations?|charges?)\s+(?:by|from|of)\s+")
# A clause answered by the one after it: "..., despite claims by the Patient Safety Network that ...".
_DESPITE_CLAIMS = re.compile(
    r",\s+despite\s+(?:the\s+)?(?:claims?|allegations?|accusations?|charges?)\s+(?:by|from)\b"
)
# An appositive right after a name: ", a lawyer for the family,".
_APPOSITION_AFTER = re.compile(r"\s*,\s+(?:a|an|the|who|which)\b[^,.;]{0,80},")
# Nouns that carry a stance of their own: "X's denial of any wrongdoing", "X's accusation that".
_CHARGE_HEADS = frozenset(
    ["accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge"]
)
_NOMINAL_STANCE = {
    "denial": "denial", "denials": "denial", "rejection": "denial",
    "allegation": "allegation", "allegations": "allegation", "accusation": "allegation",
    "accusations": "allegation", "charge": "allegation", "charges": "allegation",
}  # fmt: skip
# After an interrupting relative clause, the comma and the main clause's own verb.
_MAIN_VERB_BACK = re.compile(
    r",\s+(?=(?:has\s+|have\s+|had\s+|also\s+|then\s+|later\s+|on\s+\w+day\s+)?(?:accused|accuses|blamed|blames"
    r"|denied|denies|rejected|rejects|dismissed|dismisses|said|says|insisted|insists|claimed|claims|alleged|urged"
    r"|warned|called)\b)"
)
# The verb of a relative clause hung on a name: "Halden Mining, which denied", "Qatar, which has said".
_RELATIVE_SPEAKER = re.compile(
    r",\s*(?:which|who)\s+(?:(?:has|have|had|also|later|then|again|\w+ly)\s+){0,2}\Z"
)
_INTRODUCED_KINDS = frozenset(["organization", "group", "media"])
_ADMINISTRATION = re.compile(r"\s+(?:administration|government|cabinet)\b")
_MANAGEMENT = frozenset(
    ["executives", "managers", "management", "bosses", "leadership", "directors", "board"]
)
_COMPANY_PLURALS = frozenset(
    ["companies", "firms", "businesses", "entities", "suppliers", "exporters", "makers"]
)
_NP_MODIFIERS = frozenset(WORDS["np_modifiers"])
# "a group of farmers": the members speak, so "of" after these heads does not end the speaker.
# Words that may stand before a name as its title ("Opposition lawmaker Given Sichone", "the senior official").
_TITLE_LIKE = frozenset(["the", "a", "an", *WORDS["np_modifiers"]]) | TITLES
# Capitalised words that open a sentence without describing its subject ("The", "Many", "Some").
_DETERMINER_CAPS = frozenset(
    [
        "the",
        "a",
        "an",
        "many",
        "some",
        "several",
        "most",
        "both",
        "all",
        "few",
        "other",
        "these",
        "those",
        "such",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozens",
        "hundreds",
        "thousands",
    ]
)
_COLLECTIVE_HEADS = frozenset(["group", "team", "panel", "coalition", "number"])
_ATTACHING_PREPS = frozenset(["for", "representing", "of", "at", "from"])
_ON_PLATFORM = re.compile(r"\b(?:on|via)\s+$")
_PERSON_TITLE_HEADS = frozenset(w for w, (kind, _) in _DESCRIPTORS.items() if kind == "person")
_PRONOUN_GENDER = {"he": "m", "she": "f"}
# Heads that name a business ("the company said"), and the name words of public bodies they never mean.
_BUSINESS_HEADS = frozenset(
    ["company", "firm", "carmaker", "maker", "insurer", "airline", "chain", "developer", "platform"]
)
# An outlet the speaker talks to is the audience, not whose report is denied ("called the report 'pure fiction'
# in an interview with public broadcaster VRT")
_TOLD_OUTLET = re.compile(
    r"\b(?:interviews?\s+with|speaking\s+to|spoke\s+to|talking\s+to|told|telling|said\s+to|writing\s+in|wrote\s+in"
    r"|on|appearing\s+on)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
)
# "Harwick Town's owner, Desmond Okoro-Lyle": a role of the possessor, then its holder's name
_OWNED_ROLE_THEN_NAME = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s*")
# "X has not produced a single piece of evidence": X is the accuser whose charge is unproven
_NO_PROOF_GIVEN = re.compile(
    r"\s+(?:had\s+|has\s+|have\s+)?[\"“]?(?:not|never|yet to|failed to)\s+(?:produced?|provided?|present(?:ed)?|offered"
    r"|show[nd]?|given|give)\s+(?:a single|any|a shred|one shred)\b",
    re.I,
)
# A charge the text has just reported, pointed at: "dismissed that report", "rejected this claim"
_THAT_CHARGE = re.compile(
    r"\b(?:that|this|those|these)\s+(?:latest\s+|new\s+)?(report|reports|story|article|claims?|link|account"
    r"|suggestions?|allegations?|accusations?|assertions?|version)\b"
    r"|\b(?:rejected|denied|dismissed|disputed|refuted|rejects|denies|dismisses)\s+(that|this)\s*[.,;]",  # "rejected that."
    re.I,
)
# A time phrase opening a sentence without a comma: "On Tuesday Brazilian Foreign Minister X said"
_OPENING_TIME = re.compile(
    r"\s*(?:(?:(?:Late|Early|Earlier|Later)\s+)?[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?|(?:Last|This|Earlier this|Later this)\s+(?:week|month|year)"
    r"|Yesterday|Today|Overnight)\s+(?=[A-Z])"
)
# Heads that name a body by a word of its own name: "the municipality" is the Mokgatle Local Municipality, and
# never the body that spoke last
_OWN_NAME_HEADS = frozenset(["council", "municipality", "hospital", "prefecture"])
_PUBLIC_BODY_WORDS = frozenset(
    ["Committee", "Commission", "Council", "Authority", "Ministry", "Department", "Agency", "Parliament",
     "Court", "Tribunal", "Office", "Directorate", "Bureau", "Inspectorate", "Police", "Senate", "Assembly"]
)  # fmt: skip
# Words of names that "the company" never stands for: unions, parties, associations and other bodies that are no
# business ("union president X accused the company": not the union).
_NOT_A_BUSINESS = _PUBLIC_BODY_WORDS | frozenset(
    ["Union", "Association", "Federation", "Party", "Coalition", "Movement", "Front", "Foundation", "Society",
     "Institute", "University", "College", "School", "Church", "League", "Network", "Congress", "Watch",
     "Cooperative", "Co-operative", "Forum", "Initiative", "Observatory", "Monitor", "Board", "Mission",
     "Against", "Families", "Parents", "Citizens", "Patients", "Residents", "Victims", "Campaign", "Action",
     "Rights", "Advocates", "Now"]
)  # fmt: skip
# Names written surname first: their first word is no first name ("Lin Jian").
_SURNAME_FIRST = frozenset(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "JPN", "VNM", "MNG", "HUN"])
_PRONOUNS = {"he": "person", "she": "person", "it": "thing", "they": "thing", "we": "thing", "i": "person"}
_HEAD_OF = frozenset(WORDS["head_of"])
# Head of a name-less actor -> the name words of a named actor it may stand for ("union" -> "workers").
_COREF_CLASS: dict[str, frozenset[str]] = {
    head: frozenset(c["names"]) for c in WORDS["coref_classes"].values() for head in c["heads"]
}
_NAME_WORD = re.compile(r"[\w-]+")
_ORG_WORDS_LOWER = frozenset(w.lower() for w in ORG_WORDS)
# Plural heads for the people of a body, who speak for it together ("EU foreign ministers").
_MEMBERS_OF = frozenset(
    [
        "ministers",
        "officials",
        "leaders",
        "diplomats",
        "representatives",
        "negotiators",
        "delegates",
        "members",
    ]
)


@dataclass
class _Stmt:
    speaker: Entry
    stance: str
    target: Entry | None
    start: int
    end: int
    claim: str
    confidence: float
    cameo: str | None
    para: int
    target_explicit: bool = False
    co_speaker: bool = False  # said jointly with the statement's first speaker ("Qatar and Egypt said")
    co_target: bool = False  # accused jointly with the statement's first target ("accused X and Y of")
    content_start: int = -1  # where what is said starts (after "said that"), when it follows the verb
    own_strike: bool = False  # a claim of the speaker's own attack ("said they had fired a missile at")
    by_report: bool = False  # an outlet's report, a charge only by what it names


def statement_id(article_id: str, start: int, end: int, co_speaker: str | None = None) -> str:
    """Stable id of a statement: its article and span, plus the speaker for a joint speaker's copy."""
    key = f"{article_id}:{start}:{end}" if co_speaker is None else f"{article_id}:{start}:{end}:{co_speaker}"
    return "st_" + hashlib.sha1(key.encode()).hexdigest()[:16]


def _line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text
        self.paras = paragraphs(text)
        self.para_starts = [p[0] for p in self.paras]
        self.sents: list[tuple[int, int, int]] = []  # start, end, paragraph index
        for pi, p in enumerate(self.paras):
            for s, e in sentences(text, p):
                self.sents.append((s, e, pi))
        starts = set()
        for s, _e, _p in self.sents:
            k = s
            while k < len(text) and text[k] in "“\"‘'(":
                k += 1
            starts.add(k)
        self.reg = Registry()
        self._genders: dict[str, str | None] = {}
        self._first_of: dict[str, Mention] | None = (
            None  # each actor's first mention, once the mentions are final
        )
        inside = [(s, e) for s, e, _ in self.sents]
        inside_starts = [s for s, _e in inside]
        self.mentions = [
            m
            for m in find_mentions(text, starts, self.reg)
            if _within(m.start, inside, inside_starts) and not _platform(text, m)
        ]
        self._rescan_organisation_names(text, inside, inside_starts)
        self.mentions = resolve_acronyms(text, self.mentions, self.reg)
        for k, m in enumerate(self.mentions):
            adm = _ADMINISTRATION.match(text, m.end)
            if adm is not None and m.entry.kind == "person" and m.entry.country:
                # "the Biden administration": the government the person leads.
                self.mentions[k] = Mention(m.start, adm.end(), self.reg.add(gov_entry(m.entry.country)))
        self._said_inverted(starts)
        self.m_starts = [m.start for m in self.mentions]
        self.mentions_changed()  # (the mentions are final only now)
        self.quotes: list[tuple[int, int]] = []
        for p in self.paras:
            self.quotes.extend(quote_regions(text, p[0], p[1]))
        self.q_starts = [q[0] for q in self.quotes]

    def _rescan_organisation_names(
        self, text: str, inside: list[tuple[int, int]], inside_starts: list[int]
    ) -> None:
        """Later uses of an organisation the finder missed ("Grocemart's milk contracts", "at Little Sprout's factory")."""
        names = {
            e.name: e
            for e in self.reg.actors.values()
            if e.kind in ("organization", "media") and len(e.name) >= 4 and e.name[0].isupper()
        }
        if not names:
            return
        covered = {(m.start, m.end) for m in self.mentions}
        starts = {m.start for m in self.mentions}
        mention_starts = [m.start for m in self.mentions]
        found = []
        # One pass for all names, longest first so "Little Sprout" wins over a shorter name inside it.
        for hit_start, name, possessive in _name_hits(text, sorted(names, key=len, reverse=True)):
            if hit_start in starts or (hit_start, hit_start + len(name)) in covered:
                continue
            if not _within(hit_start, inside, inside_starts):
                continue
            k = bisect.bisect_right(mention_starts, hit_start) - 1
            if k >= 0 and self.mentions[k].end > hit_start:
                continue  # inside a longer mention
            m = Mention(hit_start, hit_start + len(name), names[name], False, possessive)
            if not _platform(text, m):
                found.append(m)
        if found:
            self.mentions = sorted([*self.mentions, *found], key=lambda m: m.start)

    def _said_inverted(self, sentence_starts: set[int]) -> None:
        """ "Said Helen Marsh, general secretary of the union: ...": "Said" opening a sentence with a colon in
        it is the verb, not a first name ("Said" is one too, so the finder took "Said Helen Marsh")."""
        text = self.text
        if "Said " not in text:
            return
        for k, m in enumerate(self.mentions):
            e = m.entry
            if (
                e.kind != "person"
                or not text.startswith("Said ", m.start)
                or m.start not in sentence_starts
                or text.find(":", m.end, _line_end(text, m.end)) < 0
            ):
                continue
            name = e.name.removeprefix("Said ")
            if " " not in name:
                continue
            self.mentions[k] = Mention(
                m.start + 5, m.end, self.reg.add(Entry(f"person:{slug(name)}", name, "person"))
            )
            if all(x.entry.id != e.id for x in self.mentions):
                self.reg.actors.pop(e.id, None)

    @functools.cached_property
    def introduced(self) -> list[tuple[int, str, Entry]]:
        """(position, head, actor) for each body the text introduces with a common noun: "the ransomware group
        RedFang", "logistics firm Brightline", "Brightline, a logistics firm based in Leeds", "The group, Cedar
        Rights Monitor,"; and each person it introduces so: "the suspect, identified only as Thomas R.".
        Later, "the group", "the firm" and "the suspect" are that actor."""
        text, out = self.text, []
        for m in self.mentions:
            if m.locative or m.possessive:
                continue
            if m.entry.kind == "person":
                # "the suspect, identified only as Thomas R.,", "Marta Lind, a lawyer for the family,": later "the
                # suspect", "the lawyer" is that person
                intro = _INTRO_IDENTIFIED.search(text, max(0, m.start - 60), m.start) or _INTRO_AFTER.match(
                    text, m.end
                )
                if intro is not None and _DESCRIPTORS.get(intro.group(1), ("",))[0] == "person":
                    out.append((m.start, intro.group(1), m.entry))
                continue
            if m.entry.kind not in _INTRODUCED_KINDS:
                continue
            before = _INTRO_BEFORE.search(text, max(0, m.start - 50), m.start) or _INTRO_COMMA_BEFORE.search(
                text, max(0, m.start - 50), m.start
            )
            if before is not None and before.group(1) in _DESCRIPTORS:
                out.append((m.start, before.group(1), m.entry))
                continue
            after = _INTRO_AFTER.match(text, m.end)
            if after is not None and after.group(1) in _DESCRIPTORS:
                out.append((m.start, after.group(1), m.entry))
        return out

    def introduced_as(self, pos: int, head: str) -> Entry | None:
        """The last actor introduced as a `head` before `pos` (see ``introduced``), else the first after it (a
        live blog runs newest first): better than a name-less "Group" that matches nobody."""
        before = next((e for at, h, e in reversed(self.introduced) if at < pos and h == head), None)
        return before or next((e for at, h, e in self.introduced if h == head), None)

    def mention_ending_at(self, pos: int, lo: int) -> Mention | None:
        """The mention that ends exactly at ``pos`` (and starts at or after ``lo``): the owner before "'s view",
        the name a ", which ..." clause hangs on."""
        return next((m for m in self.mentions_in(lo, pos) if m.end == pos), None)

    def first_mention_after(self, pos: int, end: int, within: int) -> Mention | None:
        """The first mention of no place in [pos, end), if it starts less than ``within`` characters after pos."""
        for m in self.mentions_in(pos, end):
            if not m.locative:
                return m if m.start - pos < within else None
        return None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.m_starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def last_with_head(self, pos: int, head: str) -> Entry | None:
        """The last actor before `pos` whose name ends in `head` ("the authority" -> "Medicines Safety Authority")."""
        i = bisect.bisect_left(self.m_starts, pos) - 1
        while i >= 0:
            e = self.mentions[i].entry
            if (
                e.kind != "person"
                and (_last_word(e.name) == head or _last_words(e.org or "") == [head])
                and not (e.kind == "media" and head == "agency")  # "the agency" is no news agency
            ):
                return e
            i -= 1
        return None

    def last_titled(self, pos: int, title: str | frozenset[str]) -> Entry | None:
        """The last person before ``pos`` whose title ends in the word ``title`` (or one of them): "Chief Mulenga
        Kapasa" for "the chief")."""
        titles = frozenset((title,)) if isinstance(title, str) else title
        i = bisect.bisect_left(self.m_starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            i -= 1
            if m.entry.kind != "person":
                continue
            # the title at the person's first mention, or at this one ("identified as Kyle Brennan ... Officer
            # Brennan fired")
            first_title = self.title_words(m.entry)[-1:]
            here = self.text[max(0, m.start - 20) : m.start].lower().split()[-1:]
            if not titles.isdisjoint(first_title + here):
                return m.entry
        return None

    def last_military(self, pos: int) -> Entry | None:
        """ "the army": the last military body mentioned, else the last government (a junta is both)."""
        i = bisect.bisect_left(self.m_starts, pos) - 1
        fallback = None
        while i >= 0:
            e = self.mentions[i].entry
            if e.org == "Military":
                return e
            if fallback is None and e.kind == "government" and e.id.count(":") == 1:
                fallback = e
            i -= 1
        return fallback

    def last_group_of(self, pos: int, heads: frozenset[str]) -> Entry | None:
        """The last group whose name ends in one of ``heads`` ("Chinese companies")."""
        i = bisect.bisect_left(self.m_starts, pos) - 1
        while i >= 0:
            e = self.mentions[i].entry
            if e.kind == "group" and _last_word(e.name) in heads:
                return e
            i -= 1
        return None

    def in_quote(self, pos: int) -> bool:
        return _within(pos, self.quotes, self.q_starts)

    def first_mention(self, actor: Entry) -> Mention | None:
        """The actor's first mention, from a table built once per set of mentions."""
        if self._first_of is None:
            self._first_of = {}
            for m in self.mentions:
                self._first_of.setdefault(m.entry.id, m)
        return self._first_of.get(actor.id)

    def mentions_changed(self) -> None:
        """Forget what was derived from the mentions, after they were edited in place or replaced."""
        self._first_of = None

    def words_before(self, actor: Entry, span: int = 50) -> str:
        """The lowercase text in the ``span`` characters before the actor's first mention ("somalia's ambassador
        to the un, " before Abdirahman Farah)."""
        first = self.first_mention(actor)
        return "" if first is None else self.text[max(0, first.start - span) : first.start].lower()

    def title_words(self, person: Entry) -> list[str]:
        """The last three words (lowercase) in the 40 characters before the person's first mention: where a
        title stands ("Foreign Minister Caspar Veldkamp", "spokeswoman Lana Zochiou")."""
        first = self.first_mention(person)
        if first is None:
            return []
        return self.text[max(0, first.start - 40) : first.start].lower().split()[-3:]

    def gender(self, person: Entry) -> str | None:
        """ "f" or "m" when the article says so ("Ms. Villacorta", "spokeswoman Lana Zochiou") or the first name
        does; None for anyone else, and for names written surname first, whose first word is no first name."""
        if person.kind != "person":
            return None
        if person.id in self._genders:
            return self._genders[person.id]
        words = person.name.split()
        text = self.text
        found = None
        for honorific in ("Mr", "Ms", "Mrs"):
            if f"{honorific} {words[-1]}" in text or f"{honorific}. {words[-1]}" in text:
                found = GENDER_WORDS[honorific.lower()]
                break
        if found is None:
            found = next((GENDER_WORDS[w] for w in self.title_words(person) if w in GENDER_WORDS), None)
        if found is None and person.country not in _SURNAME_FIRST:
            found = next((GENDER_WORDS[w.lower()] for w in words[:-1] if w.lower() in GENDER_WORDS), None)
        self._genders[person.id] = found
        return found

    def last_before(
        self, pos: int, want: str, gender: str | None = None, public: bool = True
    ) -> Entry | None:
        """The last actor before ``pos`` of the wanted kind; a person of another ``gender`` is passed over
        unless nobody else fits, and with ``public=False`` so is a body that is no business ("the company" is
        not the committee that questioned it, nor the union that accused it)."""
        i = bisect.bisect_left(self.m_starts, pos) - 1
        other_gender = None
        while i >= 0:
            m = self.mentions[i]
            k = m.entry.kind
            if gender is not None and k == "person" and self.gender(m.entry) not in (None, gender):
                other_gender = other_gender or m.entry
                i -= 1
                continue
            if not public and k == "organization" and not _NOT_A_BUSINESS.isdisjoint(m.entry.name.split()):
                i -= 1
                continue
            if not m.locative and (
                (want == "person" and k == "person")
                or (want == "thing" and k in ("government", "organization", "media", "group"))
                or (want == k)
                or (want == "ministry" and k == "government" and (m.entry.org or "").endswith("Ministry"))
            ):
                return m.entry
            i -= 1
        return other_gender if want == "person" else None


def _is_word(text: str, i: int) -> bool:
    """Is text[i] a word character as the regex engine sees it (``\\w``; out of range is not)?"""
    if 0 <= i < len(text):
        ch = text[i]
        return ch.isalnum() or ch == "_"
    return False


def _boundary(text: str, i: int) -> bool:
    """``\\b`` at position i of text."""
    return _is_word(text, i - 1) != _is_word(text, i)


def _name_hits(text: str, names: list[str]) -> Iterator[tuple[int, str, bool]]:
    """(start, name, followed by "'s") of each match of ``\\b(name1|name2|...)(['’]s)?\\b`` in text, as
    ``re.finditer`` finds them (leftmost first, alternatives in list order, no overlaps), without compiling a
    pattern for each article's own names: every name is found with str.find and the boundaries checked here."""
    at: dict[int, list[int]] = {}
    for k, name in enumerate(names):
        i = text.find(name)
        while i != -1:
            at.setdefault(i, []).append(k)
            i = text.find(name, i + 1)
    pos = 0
    for start in sorted(at):
        if start < pos or not _boundary(text, start):
            continue
        for k in at[start]:  # ascending: the alternatives' order
            name = names[k]
            end = start + len(name)
            if (
                text[end : end + 1] in ("'", "’")
                and text[end + 1 : end + 2] == "s"
                and _boundary(text, end + 2)
            ):
                yield start, name, True
                pos = end + 2
                break
            if _boundary(text, end):
                yield start, name, False
                pos = end
                break


@functools.lru_cache(maxsize=4096)
def _last_word(name: str) -> str:
    # Names repeat within an article and across articles: lowercasing and splitting them once is enough.
    return name.lower().split()[-1]


@functools.lru_cache(maxsize=4096)
def _last_words(name: str) -> list[str]:
    """``name.lower().split()[-1:]`` (callers only compare it: the cached list is never changed)."""
    return name.lower().split()[-1:]


def _within(pos: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """Is `pos` inside one of the sorted, non-overlapping `spans` (whose starts are `starts`)?"""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < spans[i][1]


def _platform(text: str, m: Mention) -> bool:
    """ "wrote on X", "a post on Telegram": the platform carries the statement, it is no actor."""
    if text[m.start : m.end] not in _PLATFORMS:
        return False
    return m.end - m.start == 1 or _ON_PLATFORM.search(text, max(0, m.start - 6), m.start) is not None


def _speaker_entry(e: Entry) -> Entry:
    # A country that speaks or acts is its government.
    if e.kind == "country" and e.country:
        return gov_entry(e.country)
    return e


def _clauses(doc: _Doc, s: int, e: int) -> list[tuple[int, int]]:
    """Split a sentence where a second stance verb starts a coordinated clause ("denied X and accused Y")."""
    text = doc.text
    sentence = text[s:e]
    if (
        " and" not in sentence
        and ";" not in sentence
        and "saying" not in sentence
        and "accusing" not in sentence
        and "blaming" not in sentence
        and "after" not in sentence
        and not sentence.startswith("After ")
        and " with " not in sentence
        and ", wh" not in sentence
        and "came" not in sentence
        and "despite" not in sentence
        and " but " not in sentence
    ):
        return [(s, e)]  # nothing that could start a second clause: skip the pattern below
    out = []
    start = s
    if sentence.startswith("After ") and (lead := _LEADING_AFTER.match(sentence)) is not None:
        # "After the Free Hills Brigade said the corps had shelled the camp, the corps' commander said: ...":
        # the charge that leads the sentence is a clause of its own
        out.append((s + len("After "), s + lead.end(1)))
        start = s + lead.end()
    for m in _re_finditer(
        r",\s+(?=with\s+(?:[\w’'-]+\s+){1,4}(?:blaming|saying|accusing|denying|claiming)\b)"
        r"|\s+and\s+(?=(?:[A-Z][\w’'-]*\s+){1,3}(?:saying|blaming|accusing|denying|claiming)\b)"
        # ", a deal Somalia says violates ...": a relative clause of its own (", the National Prosecutor's Office
        # said" is no such clause: the office says what came before)
        r"|,\s+(?=(?:a|an|the)\s+[a-z][\w-]*\s+(?:that\s+|which\s+)?(?:[A-Z][\w’'-]*\s+){1,3}(?:says|said|claims|claimed)\b)"
        # "admitted he had accepted gifts, but denied that they influenced him": an admission, then a denial
        r"|,?\s+but\s+(?=(?:accused|blamed|denied|rejected|dismissed|denies|rejects|dismisses|accuses|blames)\b)"
        r"|(?:,\s+and|\s+and|;)\s+(?=(?:also\s+)?(?:accused|blamed|denied|rejected|said|dismissed|suggested|alleged|claimed|that"
        r"|accuses|blames|denies|rejects|says|dismisses|alleges|claims|insisted|insists)\b)"
        r"|,?\s+after\s+(?=(?:the\s+)?(?:(?!and\b)[\w.’'-]+\s+){1,5}?(?:said|claimed|alleged|accused|blamed|charged|reported)\b)"
        # "Tallis Pharma maintains that its drug is safe, despite claims by the Patient Safety Network that ...":
        # the claims are their owner's statement
        r"|,\s+(?=despite\s+(?:the\s+)?(?:claims?|allegations?|accusations?|charges?)\s+(?:by|from)\s+)"
        r"|,\s+(?=saying\s+(?!that\s+it\s+was\b))"
        # "Diplomats said the talks had stalled, while Western officials said Iran had ...": a second speaker
        r"|,\s+(?=(?:while|whereas)\s+(?:[\w’'-]+\s+){1,5}?(?:said|says|claimed|claims|alleged|alleges|insisted|accused|denied)\b)"
        # "Villagers blamed Corvex Mining, which has denied any wrongdoing": the relative clause is the
        # named one's own statement
        r"|,\s+(?=(?:which|who)\s+(?:has\s+|have\s+|had\s+|also\s+|later\s+)?"
        r"(?:denied|denies|rejected|rejects|dismissed|dismisses|accused|accuses|blamed|blames|said|says|claimed"
        r"|claims|insisted|insists|called)\b)"
        # "Carmen Ruiz's denial came after her former aide accused her ...": what came after is a clause of its own
        r"|(?<=\bcame)(?:\s+\w+)?\s+(?=after\s)"
        # "India denied Pakistan's claims, accusing Islamabad of ...": the counter-charge is a clause of its own
        r"|,\s+(?=(?:accusing|blaming)\s+(?!(?:it|them|him|her)\b)(?=\S+\s+\S+\s+of\b|\S+\s+of\b|[A-Z]))",
        text[s:e],
    ):
        pos = s + m.start()
        # "Velmar Group, which denies ...": a relative clause may follow a short name
        relative = text.startswith(("who ", "which "), s + m.end())
        if doc.in_quote(pos) or (pos - start < 15 and not relative):
            continue
        out.append((start, pos))
        start = s + m.end()
    out.append((start, e))
    return [piece for a, b in out for piece in _after_relative(text, a, b)]


def _after_relative(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A relative clause that interrupts its sentence ends where the main verb comes back: "Senator Luis Vega,
    who denies taking bribes, | accused prosecutor Anne Moore of political bias"."""
    if not text.startswith(("who ", "which "), a):
        return [(a, b)]
    m = _MAIN_VERB_BACK.search(text, a, b)
    if m is None or any(q in text[a : m.start()] for q in '“”"'):
        return [(a, b)]  # a quote inside: its commas are the speaker's, not the sentence's
    return [(a, m.start()), (m.end(), b)]


class _Tagger:
    def __init__(self, article_id: str, text: str) -> None:
        self.article_id = article_id
        self.doc = _Doc(text)
        self.stmts: list[_Stmt] = []
        self.pending: list[_Stmt] = []  # statements found inside another one's clause
        self.label: Entry | None = None  # the speaker a transcript's label gives the current paragraph
        self.fronted: Entry | None = None  # the speaker a following "So says X." gives the current sentence
        # Charges the text reports only through their denial ("denied Pakistan's claims"): added after the
        # pass over the sentences, so that no later clause takes them for the last allegation made.
        self.implied: list[_Stmt] = []
        self.co_speakers: list[Entry] = []  # set by _subject: actors coordinated with the speaker
        self.sent_starts = [s for s, _e, _p in self.doc.sents]
        self.workplace: dict[str, Entry] = {}  # descriptor speaker id -> the organization they work at
        self.spoke_for: dict[str, Entry] = {}  # spokesperson of no named body -> the body they speak for
        # The last actor "accused of" something by no one named: (actor, paragraph, what of).
        self.unattributed: tuple[Entry, int, str] | None = None

    def run(self) -> None:
        doc = self.doc
        self._people_of_named_bodies()
        labels = self._speaker_labels()
        so_says = self._so_says()
        for si, (s, e, pi) in enumerate(doc.sents):
            inherited: Entry | None = None
            self.fronted = so_says.get(si)
            label = labels.get(pi)
            if label is not None and s < label[0] < e:
                s = label[0]  # "PAUL GRANT: There was no cover-up.": the label is no part of what is said
            self.label = label[1] if label is not None else None
            first = len(self.stmts)
            for cs, ce in _clauses(doc, s, e):
                st = self._clause(cs, ce, pi, s, inherited)
                if st is not None:
                    self.stmts.append(st)
                    inherited = st.speaker
                self.stmts.extend(self.pending)
                self.pending.clear()
            self._answer_before_after(first)
        self.stmts.extend(self.implied)
        self._corefer_descriptors()
        self._lede_descriptors()
        for st in self.stmts:
            if st.stance == "other" and st.cameo is None:
                self._rebuttal(st)
            elif st.stance == "allegation" and st.target is not None:
                self._liar_rebuttal(st)
        self._failed_strikes()
        self._accounts_in_answer()
        for st in self.stmts:
            if st.stance == "other" and st.cameo is None:
                self._elaboration(st)
            if st.stance == "denial" and st.target is not None and _same_party(st.target, st.speaker):
                st.target = (
                    None  # "An RSF adviser said the group had no forces there": no one answers their own side
                )
            if st.stance == "denial" and st.target is None:
                st.target, claim = self._accuser(st)
                if claim:
                    st.claim = claim
            if st.target is not None and st.target.id == st.speaker.id:
                st.target = None
        self._official_countries()
        self._home_government()
        for st in self.stmts:
            if (
                st.stance == "allegation"
                and st.target is not None
                and st.target.kind in ("government", "country")
                and st.speaker.kind in ("government", "country")
                and st.target.country == st.speaker.country
                and _CHECKS_THE_STATE.search(st.speaker.name) is None
            ):
                st.target = None  # a state does not accuse itself ("Sudan" of "Sudan's government")
        self._uncontested_reports()

    def _uncontested_reports(self) -> None:
        """An outlet's report that charges in no word of its own is a claim only when the story treats it as one
        (someone denies it or its target, or someone else accuses the same party) or when the deed it reports is
        a wrong by its marks. "The FT reported that Putin offered ..." is a claim because the Kremlin calls it
        fake; "Politico reported that senators had been briefed" is news."""
        for st in self.stmts:
            if not st.by_report or st.stance != "allegation" or st.target is None:
                continue
            accused = st.target
            contested = any(
                x.stance == "denial"
                and x.start > st.start
                and (
                    (x.target is not None and x.target.id == st.speaker.id) or _same_party(x.speaker, accused)
                )
                for x in self.stmts
            )
            corroborated = any(
                x is not st
                and x.stance == "allegation"
                and x.target is not None
                and _same_party(x.target, accused)
                for x in self.stmts
            )
            if (
                not contested
                and not corroborated
                and not _MISDEED_CUE.search(self.doc.text, st.start, st.end)
            ):
                st.stance, st.target, st.cameo = "other", None, None

    def _home_government(self) -> None:
        """A bare "the government" of no named state is the government of the country the story is set in: the
        one its dateline names, or the one the text names most (and more often than any other)."""
        bare = "gov:government"

        def of_no_state(e: Entry | None) -> bool:
            # "Government forces", "the Ministry of Health" of no named state: the home state's, like "the
            # government"
            return (
                e is not None
                and e.country is None
                and (
                    e.id == bare
                    or _STATE_BODY_NAME.fullmatch(e.name) is not None
                    or _re_fullmatch(r"(?i:federal|central|national|union) government", e.name) is not None
                )
            )

        if not any(of_no_state(st.speaker) or of_no_state(st.target) for st in self.stmts):
            return
        for st in self.stmts:
            if of_no_state(st.speaker) and (
                placed := _IN_CAPITAL.match(self.doc.text, self._sentence_start(st.start), st.end)
            ):
                # "In Phnom Penh, the government accused Bangkok": the government of that capital
                a3 = lexicon().capital.get(placed.group(1))
                if a3 and (st.target is None or st.target.country != a3):
                    old = st.speaker
                    st.speaker = self.doc.reg.add(
                        gov_entry(a3) if old.id == bare else gov_body_entry(a3, old.name)
                    )
                    for x in self.stmts:
                        if (
                            x.target is not None
                            and x.target.id == old.id
                            and st.start < x.start
                            and x.para <= st.para + 2
                        ):
                            x.target = st.speaker  # the denial that answers it answers that government
        if not any(of_no_state(st.speaker) or of_no_state(st.target) for st in self.stmts):
            return
        counts: collections.Counter[str] = collections.Counter(
            m.entry.country for m in self.doc.mentions if m.entry.country
        )
        city = dateline(self.doc.text)
        a3 = lexicon().capital.get(city) if city else None
        if a3:
            counts[a3] += 2
        ranked = counts.most_common(2)
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return
        a3 = ranked[0][0]
        home = self.doc.reg.add(gov_entry(a3))
        homed: dict[str, Entry] = {bare: home}

        def at_home(e: Entry) -> Entry:
            # the state's own body: "Uganda Ministry of Health"; its forces are the state acting
            if e.id not in homed:
                homed[e.id] = (
                    home
                    if e.name.split()[-1] in _STATE_FORCES or e.name.lower().endswith(" government")
                    else self.doc.reg.add(gov_body_entry(a3, e.name))
                )
            return homed[e.id]

        for st in self.stmts:
            if of_no_state(st.speaker):
                st.speaker = at_home(st.speaker)
            if of_no_state(st.target):
                target = at_home(st.target)
                st.target = None if target.id == st.speaker.id else target

    def _so_says(self) -> dict[int, Entry]:
        """Sentences said by the speaker of a "So says X." right after them in the same paragraph ("Referee
        Tomas Hale was bought. So claims Dario Pellegrini, the coach of ..."), by sentence index."""
        doc, out = self.doc, {}
        if "So " not in doc.text:
            return out  # most texts: one substring test, not a pattern per sentence
        for si in range(1, len(doc.sents)):
            s, e, pi = doc.sents[si]
            so = _SO_SAYS.match(doc.text, s, e)
            if so is None or doc.sents[si - 1][2] != pi:
                continue
            named = doc.first_mention_after(so.end(), e, within=31)
            if named is not None:
                out[si - 1] = _speaker_entry(named.entry)
        return out

    def _people_of_named_bodies(self) -> None:
        """ "Party secretary general Hugo Cardozo", "FSAI chief executive Declan Furlong": a person of no known
        body whose title starts with a named organization, or with a word of one's name, works for it.

        Once per document, before any statement, so that nobody accuses or answers their own body."""
        doc = self.doc
        bodies = [m for m in doc.mentions if m.entry.kind in ("organization", "media") and not m.locative]
        words_of = {m.entry.id: _name_words(m.entry.name) for m in bodies}
        found: dict[str, Entry] = {}
        seen: set[str] = set()
        home = _dateline_country(doc.text)
        for m in doc.mentions:
            e = m.entry
            if e.kind != "person" or e.id in found or (e.id in seen and e.org is not None):
                continue
            # The title usually stands before the first mention, but a live blog's first mention may be its
            # latest entry ("dismissed Grace Chirwa's claims" above "AFR leader Grace Chirwa has accused").
            seen.add(e.id)
            if e.org is not None and e.country is None:
                # "Coast guard spokesman Liu Dezhong" after "the China Coast Guard said": that coast guard.
                body = e.org.lower()
                last = [
                    b.entry
                    for b in doc.mentions
                    if b.start < m.start
                    and b.entry.kind in ("government", "organization")
                    and b.entry.id != e.id
                    and (b.entry.org == e.org or b.entry.name.lower().endswith(body))
                ]
                if last and last[-1].country is not None:
                    found[e.id] = last[-1]
                continue
            if e.org is not None or e.country is not None:
                continue
            apposed = (
                self._appositive_body(m)
                or self._possessed_role_body(m, bodies, words_of)
                or self._its_role_body(m)
                or self._home_state_body(m, home)
            )
            if apposed is not None:
                found[e.id] = apposed
                continue
            off = max(0, m.start - 60)
            before = list(_re_finditer(r"[\w’'.-]+", doc.text[off : m.start]))
            k = len(before)
            while k > 0 and before[k - 1].group().lower() in TITLES:
                k -= 1
            if k == len(before) or k == 0:
                continue
            w = before[k - 1]
            if doc.text[off + w.end() : off + before[k].start()].strip():
                continue  # punctuation between: not one title
            word = w.group().lower().removesuffix("’s").removesuffix("'s")  # "Keystone's chief executive"
            w_end = off + w.start() + len(word)
            owner = next((b.entry for b in bodies if b.end == w_end), None)
            if owner is None:
                # The words before the title ("Party", "Tribunal", "federation"): every one of them in the
                # body's name, the last an organization word or the name's own last word.
                run = [word]
                j = k - 1
                while (
                    j > 0
                    and before[j].group()[:1].isupper()
                    and before[j - 1].group()[:1].isupper()
                    and doc.text[off + before[j - 1].end() : off + before[j].start()] == " "
                ):
                    run.insert(0, before[j - 1].group().lower())
                    j -= 1
                head = run[-1]
                with_word = [
                    b
                    for b in bodies
                    if set(run) <= words_of[b.entry.id]
                    and (head in _ORG_WORDS_LOWER or _last_word(b.entry.name) == head)
                ]
                earlier = [b for b in with_word if b.start < m.start]
                owner = (earlier[-1] if earlier else with_word[0]).entry if with_word else None
                if owner is None and w.group().islower() and word in _DESCRIPTORS:
                    # "union president Carla Jennings" after "Riverbend Nurses United, the union that ...": the
                    # body the text introduced as a union
                    owner = doc.introduced_as(m.start, word)
            if owner is not None:
                found[e.id] = owner
        for k, m in enumerate(doc.mentions):
            owner = found.get(m.entry.id)
            if owner is not None:
                e = m.entry
                rich = doc.reg.add(Entry(e.id, e.name, e.kind, owner.country, owner.name or None))
                doc.mentions[k] = Mention(m.start, m.end, rich, m.locative, m.possessive)
                doc.mentions_changed()

    def _speaker_labels(self) -> dict[int, tuple[int, Entry | None]]:
        """Transcript paragraphs ("PAUL GRANT: There was no cover-up.", "DR. AMIRA HADDAD (ICU nurse): ..."):
        paragraph index -> (where the words start, who says them; None for the programme's own voices)."""
        doc = self.doc
        out: dict[int, tuple[int, Entry | None]] = {}
        programme: set[str] = set()  # surnames of the programme's own voices
        for pi, (ps, pe) in enumerate(doc.paras):
            lab = _SPEAKER_LABEL.match(doc.text, ps, pe)
            if lab is None:
                continue
            words = [w for w in lab.group(1).replace(".", " ").split() if w.lower() not in TITLES]
            role = [w.capitalize() for w in (lab.group(2) or "").split()]
            if (
                (len(words) == 1 and words[0].lower() in _PROGRAMME_VOICES)
                or (role and role[-1].lower() in _PROGRAMME_VOICES)
                or (words and words[-1] in programme)
            ):
                # "ANCHOR:", "RACHEL DUNMORE, ANCHOR:", then "DUNMORE:": the programme's own voice
                if role and words:
                    programme.add(words[-1])
                out[pi] = (lab.end(), None)
                continue
            name = " ".join(w.capitalize() for w in words)
            pid = f"person:{slug(name)}"
            known = doc.reg.actors.get(pid) or doc.reg.surnames.get(words[-1].capitalize()) if words else None
            if known is None and len(words) < 2:
                continue  # "LIVE:", "UPDATE:": a one-word label names a speaker only as a known surname
            if known is None:
                # "LAURA PIETROWSKI, MILLBROOK HEIGHTS POLICE CHIEF:": her role's body is her org
                entry = person_entry(name, role) if role else Entry(pid, name, "person")
            else:
                entry = known
            if known is not None and known.name.isupper():
                entry = Entry(known.id, name, known.kind, known.country, known.org)
            doc.reg.actors[entry.id] = entry
            out[pi] = (lab.end(), entry)
        if out:
            # The labels' own capitals are no mentions of anyone to accuse or answer.
            doc.mentions = [m for m in doc.mentions if not _in_label(m, doc, out)]
            doc.mentions_changed()
            doc.m_starts = [m.start for m in doc.mentions]
        return out

    def _agent_after(self, start: int, ce: int, within: int = 40) -> Entry | None:
        """The agent right after a passive's "by" ("made by a former engineer", "rejected by Halvard Group"): a
        name less than ``within`` characters on, else a name-less one ("residents")."""
        agent = self.doc.first_mention_after(start, ce, within)
        return agent.entry if agent is not None else self._descriptor_after(start, ce)

    def _told_before(self, cs: int, end: int) -> bool:
        """Does text[cs:end] already hold a verb of saying with a subject of its own?"""
        for vm in SPEECH_VERB.finditer(self.doc.text, cs, end):
            if not self.doc.in_quote(vm.start()) and self._subject(cs, vm.start(), None)[0] is not None:
                return True
        return False

    def _titled_member(self, body: Entry, cs: int, ce: int) -> Entry:
        """The person a body's name titles in the clause ("Orbis Mining chief executive Paul Hale lied"): the
        charge is about the person, who still matches the body by ``org``; else the body."""
        ms = self.doc.mentions_in(cs, ce)
        for a, b in itertools.pairwise(ms):
            if (
                a.entry.id == body.id
                and b.entry.kind == "person"
                and b.entry.org == body.name
                and _re_fullmatch(
                    r"(?:['’]s|['’])?\s+(?:[a-z-]+\s+){0,3}[a-z-]+,?\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?",
                    self.doc.text[a.end : b.start],
                )
            ):
                return b.entry
        return body

    def _home_state_body(self, m: Mention, home: str | None) -> Entry | None:
        """ "BERLIN ... Katrin Vollmer, a state secretary at the interior ministry,": in wire copy datelined in a
        capital, a state body or title named without a country is the host country's."""
        if home is None:
            return None
        ap = _ROLE_APPOSITIVE.match(self.doc.text, m.end, min(len(self.doc.text), m.end + 120))
        role = ap.group(1).lower() if ap is not None else ""
        word_country = lexicon().word_country
        if ap is not None and any(w in word_country for w in _re_findall(r"[\w-]+", ap.group(1))):
            return None  # the role names a country of its own
        title = _re_findall(r"[a-z]+", " ".join(self.doc.title_words(m.entry)))
        body = _state_body_in(_re_findall(r"[a-z]+", role)) or _state_body_in(title)
        if body is None and _STATE_TITLE_WORDS.isdisjoint(title):
            return None
        # (named as the tagger names a state's people elsewhere: org "Interior Ministry" or "Government")
        return Entry(f"gov:{home}", body or "Government", "government", home, body)

    def _possessed_role_body(
        self, m: Mention, bodies: list[Mention], words_of: dict[str, frozenset[str]]
    ) -> Entry | None:
        """The body of "The unit's head of case management, Rachel Whitford," or "Keystone's chief counsel, X,":
        the possessor names it, or is a word of the name of a body named before."""
        doc = self.doc
        window = doc.text[max(0, m.start - 100) : m.start]
        if "’" not in window and "'" not in window:
            return None  # no possessive before the name, the common case
        pr = _POSSESSED_ROLE.search(doc.text, max(0, m.start - 100), m.start)
        if pr is None or _ROLE_WORDS.isdisjoint(w.lower() for w in _re_findall(r"[\w-]+", pr.group(2))):
            return None
        named = next((b.entry for b in bodies if b.end == pr.end(1)), None)
        if named is not None:
            return named
        word = pr.group(1).lower()
        with_word = [b for b in bodies if b.start < m.start and word in words_of[b.entry.id]]
        return with_word[-1].entry if with_word else None

    def _its_role_body(self, m: Mention) -> Entry | None:
        """ "Its chief executive, Andreas Kyprianou, told ...", "Its spokesperson, Liu Jianfeng, said": the body the
        sentence before was about (the last one named before "Its")."""
        pr = _ITS_ROLE.search(self.doc.text, max(0, m.start - 60), m.start)
        if pr is None or _ROLE_WORDS.isdisjoint(w.lower() for w in _re_findall(r"[\w-]+", pr.group(1))):
            return None
        before = [
            b
            for b in self.doc.mentions_in(max(0, pr.start() - 600), pr.start())
            if not b.locative and b.entry.kind in ("organization", "media", "government", "group")
        ]
        return before[-1].entry if before else None

    def _appositive_body(self, m: Mention) -> Entry | None:
        """The body a role after a person's name gives ("Helen Marchetti, executive director at the CMA,",
        "Sven Aaltonen, the Commission's competition chief,", "X, a spokesman for Central Command, said")."""
        doc = self.doc
        ap = _ROLE_APPOSITIVE.match(doc.text, m.end, min(len(doc.text), m.end + 120))
        if ap is None or _ROLE_WORDS.isdisjoint(w.lower() for w in _re_findall(r"[\w-]+", ap.group(1))):
            return None
        role_words = _re_findall(r"[a-z]+", ap.group(1))
        for b in doc.mentions_in(m.end, ap.end(1)):
            if b.locative or b.entry.kind == "person":
                continue
            if b.entry.kind in ("organization", "media", "government"):
                return b.entry
            if b.entry.kind == "country" and b.possessive and b.start - m.end < 8:
                a3 = b.entry.country
                if not _STATE_TITLE_WORDS.isdisjoint(role_words):
                    # "Tomasz Wielicki, Poland's deputy foreign minister,": a state's official
                    return Entry(f"gov:{a3}", "Government", "government", a3, None)
                # "Daniel Osei, Ghana's opposition leader,": a country, but no body to speak for
                return Entry(f"country:{a3}", "", "country", a3, None)
        return None

    def _lede_descriptors(self) -> None:
        """ "The former manager of pop singer Liza Montecillo has gone to court, accusing the star ...", then
        "Villareal alleges that Montecillo ...": a name-less speaker of the opening paragraphs is the named one who
        makes the same charge against the same party a little later."""
        kinds = {
            "person": ("person",),
            "organization": ("organization", "group"),
            "group": ("organization", "group"),
        }
        # (after a feed's junk lines, the first paragraph said)
        lede = min((st.para for st in self.stmts), default=0)
        for st in self.stmts:
            sp = st.speaker
            if (
                st.para > lede + 1
                or sp.id in self.doc.reg.actors
                or st.target is None
                or sp.kind not in kinds
                or sp.name.split()[-1].lower()
                in _OVERSIGHT_WORDS  # ("A High Court judge ruled": no one named later)
            ):
                continue
            surname = st.target.name.split()[-1]
            later = next(
                (
                    x
                    for x in self.stmts
                    if x.start > st.end
                    and x.para <= st.para + 3
                    and x.stance == st.stance
                    and x.target is not None
                    and (x.target.id == st.target.id or surname in x.target.name.split())
                    and x.speaker.id in self.doc.reg.actors
                    and x.speaker.kind in kinds[sp.kind]
                ),
                None,
            )
            if later is None:
                continue
            for x in self.stmts:
                if x.speaker.id == sp.id:
                    x.speaker = later.speaker
                if x.target is not None and x.target.id == sp.id:
                    x.target = later.speaker

    def _corefer_descriptors(self) -> None:
        """A name-less actor ("the union representing its drivers", "Ireland's food safety watchdog") is the
        named actor of its kind in the article ("United Rail Workers Local 22"), named before or after it.

        Once per document: each descriptor is linked to the named actor whose name has a word of the head's
        class, preferring the head itself, more of the descriptor's own words and the nearer mention; never to
        an actor of another country, nor to the other party of one of its own statements."""
        named: dict[str, Entry] = {}
        where: dict[str, list[int]] = {}
        for m in self.doc.mentions:
            if not m.locative and m.entry.kind in ("organization", "government", "group", "media"):
                named.setdefault(m.entry.id, m.entry)
                where.setdefault(m.entry.id, []).append(m.start)
        descs: dict[str, tuple[str, list[str], str | None, int]] = {}
        for st in self.stmts:
            for e in (st.speaker, st.target):
                if e is None or e.id in named or e.id in descs or e.kind == "person":
                    continue
                words = e.name.split()
                head = words[-1].lower()
                if head not in _COREF_CLASS or any(not w.islower() for w in words[1:]):
                    continue
                first = words[0].removesuffix("’s").removesuffix("'s")
                own = lexicon().demonym.get(first) or lexicon().country_alias.get(first)
                mods = [w.lower() for w in words[:-1] if w.lower() not in _NP_STOP]
                descs[e.id] = (head, mods if own is None else mods[1:], own or e.country, st.start)
        if not descs or not named:
            return
        words_of = {i: _name_words(e.name) for i, e in named.items()}
        link: dict[str, Entry] = {}
        for did, (head, mods, country, at) in descs.items():
            # The other party of each of its statements is not the descriptor itself.
            others = {
                x.id
                for st in self.stmts
                for d, x in ((st.speaker, st.target), (st.target, st.speaker))
                if d is not None and x is not None and d.id == did
            }
            best: tuple[tuple[int, int, int], Entry] | None = None
            for i, cand in named.items():
                nw = words_of[i]
                if i in others or _COREF_CLASS[head].isdisjoint(nw):
                    continue
                if country and cand.country not in (None, country):
                    continue
                near = min(abs(p - at) for p in where[i])
                score = (int(head in nw), sum(w in nw for w in mods), -near)
                if best is None or score > best[0]:
                    best = (score, cand)
            if best is not None:
                link[did] = best[1]
        if not link:
            return
        for st in self.stmts:
            if st.speaker.id in link:
                st.speaker = link[st.speaker.id]
            if st.target is not None and st.target.id in link:
                st.target = link[st.target.id]
            if st.target is not None and st.target.id == st.speaker.id:
                st.target = None

    def _failed_strikes(self) -> None:
        """ "The Houthis said they had fired a missile at a cargo ship. U.S. Central Command said the missile missed":
        another party's word that a claimed attack failed denies the claim."""
        claims = [st for st in self.stmts if st.own_strike]
        if not claims:
            return
        text = self.doc.text
        for st in self.stmts:
            if (
                st.stance != "other"
                or st.cameo is not None
                or not _STRIKE_FAILED.search(text, st.start, st.end)
            ):
                continue
            claim = next(
                (
                    c
                    for c in reversed(claims)
                    # (a state's army answering a rebel group of that state is no same party)
                    if c.start < st.start
                    and c.para >= st.para - 2
                    and c.speaker.id != st.speaker.id
                    and c.speaker.name != st.speaker.org
                ),
                None,
            )
            if claim is not None:
                st.stance, st.cameo, st.target, st.claim = "denial", "016", claim.speaker, claim.claim

    def _spokesperson_for(self, sp: Entry, pi: int) -> Entry:
        """ "The company says that is not true. Spokesperson Piet Smit said ...": a spokesperson of no named body
        speaks for the organization whose statement came just before, in the same paragraph."""
        body = self.spoke_for.get(sp.id)
        if body is None:
            prev = self.stmts[-1] if self.stmts else None
            if prev is None or prev.para != pi or prev.speaker.kind not in ("organization", "government"):
                return sp
            title = self.doc.title_words(sp)
            if not title or title[-1] not in _SPOKES_TITLES:
                return sp
            body = self.spoke_for[sp.id] = prev.speaker
        org = body.name if body.kind == "organization" else body.org or body.name
        return self.doc.reg.add(Entry(sp.id, sp.name, "person", body.country, org))

    def _rebuttal(self, st: _Stmt) -> None:
        """The accused answering in its own favour ("Kigali was only protecting its borders") denies."""
        low = self.doc.text[st.start : st.end].lower()
        if _NOT_AN_ANSWER.search(low) or not (_SELF_DEFENCE.search(low) and _SELF_REFERENCE.search(low)):
            return
        for other in reversed(self.stmts):
            if other.start >= st.start or other.stance != "allegation" or other.target is None:
                continue
            if other.speaker.id != st.speaker.id and (
                _same_party(other.target, st.speaker) or self._speaks_for(st, other.target)
            ):
                st.stance, st.cameo, st.target = "denial", "016", other.speaker
                st.claim = other.claim
                st.confidence = round(max(0.05, st.confidence - 0.1), 2)
                return

    def _accounts_in_answer(self) -> None:
        """The accused's own account of the charged matter, said right after the charge, answers it: "X accused
        Almhof Molkerei of sitting on positive tests. Almhof Molkerei said the recall had been voluntary and
        precautionary." A plan, an apology, a review or sympathy answers nothing."""
        for i, st in enumerate(self.stmts):
            if st.stance != "other" or st.cameo is not None or i == 0 or st.co_speaker:
                continue
            said = self.doc.text[st.start : st.end].lower()
            if _NOT_AN_ANSWER.search(said) or not _ACCOUNT_OF_FACT.search(said):
                continue
            if (responded := self._responded_to(st, said)) is not None:
                st.stance, st.cameo, st.target = "denial", "016", responded
                st.confidence = round(max(0.05, st.confidence - 0.15), 2)
                continue
            charge = next(
                (x for x in reversed(self.stmts[:i]) if not x.co_speaker and not x.co_target),
                None,
            )
            if (
                charge is None
                or charge.stance != "allegation"
                or charge.target is None
                or charge.para < st.para - 1
                or _same_party(charge.speaker, st.speaker)
                or _same_party(st.speaker, charge.speaker)
                or charge.speaker.name in st.speaker.name
            ):
                continue
            accused = charge.target
            if not (_same_party(accused, st.speaker) or self._defends(st, accused)):
                continue
            st.stance, st.cameo, st.target = "denial", "016", charge.speaker
            st.confidence = round(max(0.05, st.confidence - 0.15), 2)

    def _responded_to(self, st: _Stmt, said: str) -> Entry | None:
        """The accuser a statement opening "Responding to X," answers with an account (``said``, lowercase:
        "Responding to the union, Lynx chairman Edgars Kalnins said every player had been paid in full"), or None."""
        text = self.doc.text
        lead = _RESPONDING_TO.match(text, self._sentence_start(st.start), st.end)
        if lead is None:
            return None
        named = next((m for m in self.doc.mentions_in(lead.end(), st.end) if m.start - lead.end() < 5), None)
        accusers = {x.speaker.id for x in self.stmts if x.stance == "allegation" and x.start < st.start}
        if named is not None and (
            named.entry.id in accusers or _re_search(r"\b(?:never|not|no)\b|n't\b", said) is not None
        ):
            return _speaker_entry(named.entry)  # (a party answered with a "never" denies, charge read or not)
        place = _re_match(r"([A-Z][\w.-]+(?: [A-Z][\w.-]+)?),", text[lead.end() : st.end])
        a3 = (
            (lexicon().capital.get(place.group(1)) or lexicon().country_alias.get(place.group(1)))
            if place
            else None
        )
        if a3 and a3 != st.speaker.country:
            return self.doc.reg.add(gov_entry(a3))  # "Responding to Washington,": the state of that capital
        head = _re_match(r"(?:the\s+)?([a-z]+)\b", text[lead.end() : st.end])
        return self._accuser_by_head(head.group(1), st.start) if head is not None else None

    def _defends(self, st: _Stmt, accused: Entry) -> bool:
        """Does ``st`` speak up for the accused: a body, or someone tied to the accused (lawyer, family, agent),
        saying what the accused did ("The Chinese Swimming Association said Lin had passed 11 tests")?"""
        lead = self.doc.text[st.start : st.content_start if st.content_start > st.start else st.end].lower()
        tied = _DEFENDER.search(lead) is not None
        if tied and _last_word(accused.name).lower() in lead:
            return True  # "Claeys & Partners, the law firm representing Vermeulen, said ..."
        subject = self._content_subject(st)
        if subject is None or subject.id != accused.id:
            return False
        return tied or st.speaker.kind in ("organization", "government", "group")

    def _content_subject(self, st: _Stmt) -> Entry | None:
        """The actor what is said is about, if it opens the content ("said China had never ...")."""
        if st.content_start < 0:
            return None
        first = self.doc.mentions_in(st.content_start, min(st.end, st.content_start + 40))
        return first[0].entry if first and first[0].start - st.content_start <= 4 else None

    def _answer_before_after(self, first: int) -> None:
        """ "'Our accounts are audited every year,' said Father Zieliński, after parishioners alleged that he had
        pocketed donations": what one says before ", after X accused them" answers X's charge, a denial even
        in words of no denial."""
        sentence = self.stmts[first:]
        for a, b in itertools.pairwise(sentence):
            if (
                a.stance == "other"
                and a.cameo is None
                and b.stance == "allegation"
                and b.target is not None
                and _same_party(b.target, a.speaker)
                and not _same_party(b.speaker, a.speaker)
                and _AFTER_CHARGE.match(self.doc.text, a.end, b.end) is not None
            ):
                a.stance, a.cameo, a.target, a.target_explicit = "denial", "016", b.speaker, True

    def _defends_own_side(self, st: _Stmt, other: Entry) -> bool:
        """ "said China had never provided weapons": the denial defends ``other``'s side, so ``other`` is no accuser."""
        subject = self._content_subject(st)
        return (
            subject is not None
            and _same_party(subject, other)
            and _SELF_DEFENCE.search(self.doc.text, st.start, st.end) is not None
        )

    def _no_evidence_about_others(self, speaker: Entry, clause_low: str, cs: int, ce: int) -> bool:
        """ "The White House said it had no evidence that China was supplying weapons": no denial.

        Finding no evidence against a third party denies nothing the speaker was accused of.
        """
        if _NO_EVIDENCE.search(clause_low) is None:
            return False
        rest = _NO_EVIDENCE.sub(" ", clause_low)
        if DENIAL_VERB.search(rest) or DENIAL_LEX.search(rest):
            return False  # denied on other grounds too
        ev = _NO_EVIDENCE.search(self.doc.text.lower(), cs, ce)
        if ev is None:
            return False
        about = self.doc.mentions_in(ev.end(), min(ce, ev.end() + 40))
        return bool(about) and about[0].entry.id != speaker.id and not _same_party(about[0].entry, speaker)

    def _liar_rebuttal(self, st: _Stmt) -> None:
        """The accused calling its accuser a liar ("Russia is lying again") denies the accusation."""
        if not _LIAR.search(self.doc.text, st.start, st.end):
            return
        for other in reversed(self.stmts):
            if other.start >= st.start or other.stance != "allegation" or other.target is None:
                continue
            same_accuser = _same_party(other.speaker, st.target) or (
                other.speaker.name.split()[-1].lower() == st.target.name.split()[-1].lower()
            )
            if same_accuser and (
                _same_party(other.target, st.speaker) or self._speaks_for_accused(st, other.target)
            ):
                st.stance, st.cameo, st.target, st.claim = "denial", "016", other.speaker, other.claim
                return

    def _speaks_for_accused(self, st: _Stmt, accused: Entry) -> bool:
        # "Kral's lawyer": a speaker named after the accused speaks for them.
        last = accused.name.split()[-1]
        return f"{last}'s " in st.speaker.name or f"{last}’s " in st.speaker.name

    def _official_countries(self) -> None:
        """ "Foreign Minister Caspar Veldkamp" quoted right after the Dutch government, against the same
        accused, is a Dutch official: his country is the government's."""
        for k, st in enumerate(self.stmts):
            sp = st.speaker
            if (
                sp.kind != "person"
                or sp.country is not None
                or st.target is None
                or not self._state_titled(sp)
            ):
                continue
            lead = next(
                (
                    x
                    for x in reversed(self.stmts[:k])
                    if x.speaker.kind == "government"
                    and x.para >= st.para - 1
                    and x.target is not None
                    and (x.target == st.target or _same_party(x.target, st.target))
                ),
                None,
            )
            if lead is not None and lead.speaker.country:
                richer = self.doc.reg.add(
                    Entry(sp.id, sp.name, sp.kind, lead.speaker.country, sp.org or "Government")
                )
                for other in self.stmts:
                    if other.speaker.id == sp.id:
                        other.speaker = richer
                if st.stance == "allegation" and lead.stance == "allegation":
                    # his charge is his government's, against the same side: the same claim, no second alert
                    st.claim = lead.claim

    def _official_voice(self, sp: Entry) -> bool:
        """Does ``sp`` speak for a side (a body, a state's person, a spokesperson or official), so that its tone
        alone can go on with that side's charge? ("They harassed our scientists," spokeswoman Lana Zochiou said)"""
        if sp.kind != "person" or sp.country is not None or sp.org is not None:
            return True
        title = self.doc.title_words(sp)
        return self._state_titled(sp) or bool(title and title[-1] in _SPOKES_TITLES)

    def _state_titled(self, person: Entry) -> bool:
        """Is the person introduced with a state title ("Foreign Minister Caspar Veldkamp")?"""
        return any(w in _STATE_TITLE_WORDS for w in self.doc.title_words(person))

    def _elaboration(self, st: _Stmt) -> None:
        """A speaker's neutral-sounding sentence next to their own allegation or denial elaborates it."""
        low = self.doc.text[st.start : st.end].lower()
        if _NOT_A_REBUTTAL.search(low) or _NOT_AN_ELABORATION.search(low):
            return
        if _ADDED_THAT.search(low):
            return  # "He added that NATO allies had been briefed": a further, neutral point
        for other in self.stmts:
            if (
                other is not st
                and other.stance in ("allegation", "denial")
                and (other.speaker.id == st.speaker.id or self.spoke_for.get(st.speaker.id) is other.speaker)
                and abs(other.para - st.para) <= 1
                and not other.co_speaker
            ):
                st.stance, st.cameo, st.target, st.claim = (
                    other.stance,
                    other.cameo,
                    other.target,
                    other.claim,
                )
                st.confidence = round(max(0.05, st.confidence - 0.15), 2)
                return

    def _aside_alleger(self, aside: re.Match[str], speaker: Entry) -> Entry | None:
        """Who "as X alleged" names, if it is not the speaker."""
        found = self._who_in(aside.start("who"), aside.end("who"))
        if found is None:
            return None
        found = _speaker_entry(found)
        return None if found.id == speaker.id else found

    def _who_in(self, start: int, end: int) -> Entry | None:
        """The actor the words in [start, end) name ("as rights groups have alleged"): the first mention of no
        place, else a name-less one."""
        named = next((m.entry for m in self.doc.mentions_in(start, end) if not m.locative), None)
        return named if named is not None else self._descriptor_after(start, end)

    def _echoed_owner(self, start: int, ce: int) -> Entry | None:
        """Whose charge a speaker echoes: "echoed France's accusation", "echoed claims by residents that"."""
        text = self.doc.text
        owned = _NOMINAL_OWNED.search(text, start, min(ce, start + 80))
        if owned is not None:
            owner = self.doc.mention_ending_at(owned.start(), start)
            if owner is not None:
                return _speaker_entry(owner.entry)
        by = _ECHOED_BY.match(text, start, ce)
        if by is None:
            return None
        found = self._agent_after(by.end(), ce, within=5)  # a name right there, else "claims by residents"
        return _speaker_entry(found) if found is not None else None

    def _owner_of_denied_charge(self, cs: int, end: int) -> Entry | None:
        """Who made the charge a passive denial names before its verb: "Priya Raman's accusation", "The
        allegations, made by the Maritime Workers Union,"."""
        text = self.doc.text
        made = _MADE_BY_ASIDE.search(text, cs, end)
        if made is not None:
            return self._agent_after(made.end(), end)
        owned = _NOMINAL_OWNED.search(text, cs, end)
        if owned is not None and _NOMINAL_STANCE.get(owned.group("head").lower()) == "allegation":
            owner = self.doc.mention_ending_at(owned.start(), cs)
            return owner.entry if owner is not None else None
        return None

    def _nominal_speaker(self, cs: int, ce: int) -> tuple[Entry, int, int, str | None] | None:
        """The owner of a view, complaint, denial or accusation that the clause reports as a noun: (speaker,
        where the noun starts, where what is said starts, the stance the noun itself carries or None)."""
        text = self.doc.text
        m = _NOMINAL_OWNED.search(text, cs, ce)
        owner = None
        if m is not None:
            # "Joanna Pike's complaint is that", "Halden Shipping's denial of": the possessor owns it
            owner = self.doc.mention_ending_at(m.start(), cs)
        if owner is None:
            m = _NOMINAL_OF.search(text, cs, ce)
            if m is not None:
                # "The view of the Westbrook Residents Group is that", "In the view of Ludmila Petrova,"
                owner = next((x for x in self.doc.mentions_in(m.end(), ce) if x.start - m.end() <= 4), None)
        if owner is None:
            by = _NOMINAL_BY.match(text, cs + len(text[cs:ce]) - len(text[cs:ce].lstrip(" “\"‘'")), ce)
            owner = (
                next(
                    (x for x in self.doc.mentions_in(by.end(), min(ce, by.end() + 50)) if not x.locative),
                    None,
                )
                if by is not None
                else None
            )
            if (
                by is not None
                and owner is not None
                and _re_fullmatch(r"(?:[a-z][\w-]*,?\s+){0,4}", text[by.end() : owner.start])
                and (tail := _CHARGE_CONTENT.match(text, owner.end, ce)) is not None
            ):
                # "Claims by a whistleblower, former engineer Tomasz Rydel, that Velar Aerospace falsified ...": his
                head = by.group("head").lower()
                # (a claim whose owner the story names as the noun's is a charge the text attributes, not a view)
                return (
                    owner.entry,
                    by.start("head"),
                    tail.end(),
                    None if head.startswith("sugg") else "allegation",
                )
            return None
        if owner.locative or m is None:
            return None
        head = m.group("head").lower()
        if not _CLAUSE_OPENING.fullmatch(text, cs, min(owner.start, m.start())) and not (
            head in _CHARGE_HEADS
            and _re_fullmatch(r"[\s“\"]*(?:[A-Za-z][\w-]*\s+){0,3}", text[cs : min(owner.start, m.start())])
            and _CHARGE_CONTENT.match(text, m.end(), ce) is not None
        ):
            return None  # "dismissed the group's claims": a noun of someone else's sentence, not its subject
        at = owner.end if owner.start > m.start() else m.end()
        apposition = _APPOSITION_AFTER.match(text, at, ce)
        if apposition is not None:
            # "In the view of Ludmila Petrova, a lawyer for the family, ...": past it
            content = apposition.end()
        else:
            tail = _NOMINAL_THAT.match(text, at, ce)
            if tail is None and head in _CHARGE_HEADS:
                # "Kivi Robotics' accusation that its former partner ..."
                tail = _CHARGE_CONTENT.match(text, at, ce)
            if tail is None and head not in _NOMINAL_STANCE:
                return None  # "Kramer's view of the matter": no content follows
            content = tail.end() if tail is not None else m.end()
        while content < ce and text[content].isspace():
            content += 1
        return owner.entry, m.start("head"), content, _NOMINAL_STANCE.get(head)

    def _harms_someone(self, doer: Entry, cs: int, ce: int) -> bool:
        """Does the deed the content gives its doer fall on people ("cut her hours", "dragged two protesters",
        "took our passports") rather than on the doer's own things ("moved its headquarters")?"""
        low = self.doc.text[cs:ce].lower()
        mention = next(
            (
                m
                for m in reversed(self.doc.mentions_in(cs, ce))
                if m.entry.id == doer.id
                or (
                    doer.country
                    and m.entry.country == doer.country
                    and m.entry.kind in ("country", "government")
                )
            ),
            None,
        )  # (the last: "The Kremlin offered condolences ..., adding that Russia had sent a rescue team")
        if mention is not None:
            after = mention.end - cs  # where the doer's own words end ("Russian officials had barred ...")
        else:
            name = doer.name.split()[-1].lower()
            at = low.find(name)
            if at < 0:
                return False
            after = at + len(name)
        deed = _PAST_DEED.match(low, after)
        if deed is None or _KIND_DEED.match(deed.group().strip()):
            return False
        if _re_match(
            r"\s+(?:its |their |his |her )?(?:condolences|sympathy|help|aid|assistance|support)\b",
            low[deed.end() :],
        ):
            return False  # "offered condolences to the families": a kindness
        return _HARMED.search(low, deed.end(), min(len(low), deed.end() + 60)) is not None

    def _oversight(self, speaker: Entry) -> bool:
        """Does ``speaker`` police others: a regulator, prosecutor, court, league, watchdog or inspector?"""
        # (a person by her title, "Attorney General Dana Whitfield"; a body by its name or the words before it,
        # "Researchers at Corvid Labs")
        words = self.doc.title_words(speaker) + ([] if speaker.kind == "person" else speaker.name.split())
        return any(
            w.lower().strip(".,").removesuffix("'s").removesuffix("’s") in _OVERSIGHT_WORDS for w in words
        )

    def _named_doer(
        self, speaker: Entry, cs: int, ce: int, verb_at: int, verb_end: int, content_before: bool
    ) -> Entry | None:
        """The named party the reported content opens with, doing something in the past tense ("said CD
        Villaverde fielded ...", "former mayor Karl Brenner took ..."), or None."""
        start, end = (cs, verb_at) if content_before else (verb_end, ce)
        text = self.doc.text
        # ("According to Sana Qureshi, a nurse at the Al-Noor clinic, officers ...": past the speaker's appositive)
        aside = None if content_before else _re_match(r",\s+(?:a|an|the)\s+[^,“”\"]{0,80},", text[start:end])
        if aside is not None:
            start += aside.end()
        lead = _re_match(r"[\s,]*(?:on \w+\s+)?(?:that\s+)?", text[start:end])
        at = start + (lead.end() if lead else 0)
        if (
            not content_before
            and (that := _re_search(r"^[^.;“”\"]{0,90}?,\s+that\s+", text[at:end])) is not None
        ):
            at += that.end()  # "said in a statement, quoted by the Review, that Orbis had forced ..."
        first = next((m for m in self.doc.mentions_in(at, min(end, at + 60)) if not m.locative), None)
        if not content_before and (first is None or first.start - at > 30):
            referred = self._referred_doer(speaker, at, end)
            if referred is not None:
                return referred
        if (
            first is None
            and at != self._sentence_start(at)  # (a sentence's first word is capitalized whatever it is)
            and (word := _CAPITAL_DOER.match(text, at, end)) is not None
        ):
            # "said PharmaLink billed Medicaid ...": a capitalized name no list knows, doing the deed
            name = word.group(1)
            if name.split()[0] in STOP_CAPS or not _PAST_DEED.match(text, word.end(1), end):
                return None
            return Entry(f"org:{slug(name)}", name, "organization")
        if (
            first is None
            or first.possessive
            or not _re_fullmatch(r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}", text[at : first.start])
            or _same_party(first.entry, speaker)
        ):
            return None
        return first.entry if _PAST_DEED.match(text, first.end, end) else None

    def _referred_doer(self, speaker: Entry, at: int, end: int) -> Entry | None:
        """A doer the content names by a pronoun or a head noun, doing something in the past tense: "said he had
        helped smuggle ..." (the broker just named), "said they had shelled a camp" (the forces just named),
        "said the company had discharged sewage" (the company just named)."""
        text = self.doc.text
        pm = _re_match(r"(he|she|they)\s+", text[at:end])
        doer: Entry | None = None
        if pm is not None:
            after = at + pm.end(1)
            if pm.group(1) == "they":
                earlier = [
                    m
                    for m in self._parties_before(at, speaker, ("government", "group", "organization"))
                    if not m.possessive
                ]
                doer = earlier[-1].entry if earlier else None
            else:
                doer = self._pronoun(pm.group(1), at)
                if doer is not None and doer.kind != "person":
                    doer = None
        else:
            dm = _re_match(r"(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b", text[at:end])
            if dm is None or dm.group(1) not in _DESCRIPTORS or _DESCRIPTORS[dm.group(1)][0] == "group":
                return None
            after = at + dm.end()
            head = dm.group(1)
            kinds = (
                ("government", "country")
                if head in _STATE_REFERENCE_HEADS
                else _DESCRIPTORS[head][1] or (_DESCRIPTORS[head][0],)
            )
            # the last party of that kind named before, other than the speaker's side: the one referred to
            earlier = self._parties_before(at, speaker, kinds)
            own_head = [m for m in earlier if head in m.entry.name.lower().split()]
            doer = (own_head or earlier or [None])[-1]
            doer = doer.entry if doer is not None else None
        if doer is None or _same_party(doer, speaker):
            return None
        # ("she had also deliberately lost": past the adverbs)
        adverbs = _re_match(
            r"\s+(?:had\s+|has\s+|have\s+)?(?:(?:also|then|later|again|\w+ly)\s+){1,3}", text[after:end]
        )
        if adverbs is not None:
            after += adverbs.end() - 1
        return doer if _PAST_DEED.match(text, after, end) else None

    def _parties_before(self, at: int, speaker: Entry, kinds: tuple[str, ...]) -> list[Mention]:
        """Mentions of the given kinds, of no place and not of the speaker's side, from the sentence before the one
        holding ``at`` (or a little further back) up to ``at``."""
        return [
            m
            for m in self.doc.mentions_in(max(0, self._sentence_start(at) - 400), at)
            if not m.locative and m.entry.kind in kinds and not _same_party(m.entry, speaker)
        ]

    def _speaks_for(self, st: _Stmt, accused: Entry) -> bool:
        """A speaker of no known side defending the accused by name ("Makolo said Kigali was only ...")."""
        if st.speaker.country not in (None, accused.country) or st.content_start < 0:
            return False
        # The accused must be what the content is about: its subject, right where it starts.
        subject = self.doc.mentions_in(st.content_start, min(st.end, st.content_start + 40))
        return (
            bool(subject)
            and subject[0].start - st.content_start <= 4
            and (_same_party(accused, subject[0].entry) and subject[0].entry.kind != "person")
        )

    # -- speaker ---------------------------------------------------------------------------
    def _clause(self, cs: int, ce: int, pi: int, sent_start: int, inherited: Entry | None) -> _Stmt | None:
        doc, text = self.doc, self.doc.text
        low = text[cs:ce].lower()
        speaker: Entry | None = None
        verb_at = verb_end = -1
        passive_target: Entry | None = None
        content_before = False
        via_anaphor = False
        continuation = False
        co_speakers: list[Entry] = []
        forced_subject = ""  # what a charge was blamed for ("The blackout has been blamed on X by Y")
        own_strike = False
        m = _re_search(r"\baccording to\s+", low) if "according" in low else None
        if m and low[: m.start()].rstrip(' "”’').endswith(",") and self._told_before(cs, cs + m.start()):
            m = None  # "X dismissed the claim as baseless, according to state broadcaster ZNBC": X speaks
        if m:
            ms = [x for x in doc.mentions_in(cs + m.end(), ce) if not x.locative]
            seen_by = _SEEN_BY.match(text, cs + m.end(), ce)
            owner = (
                next((x for x in ms if 0 <= x.start - seen_by.end() + 1 <= 2), None)
                if seen_by is not None
                else None
            )
            if owner is not None:
                # "according to internal documents seen by the Guardian": the outlet reports it.
                speaker, verb_at, verb_end = owner.entry, cs + m.start(), owner.end
            elif seen_by is not None and (d := self._descriptor_after(seen_by.end(), ce)) is not None:
                # "According to a statement from the ministry, ...": the ministry.
                speaker, verb_at, verb_end = d, cs + m.start(), seen_by.end()
            elif (
                ms
                and ms[0].start - (cs + m.end()) < 30
                and not _NAMELESS_SOURCE.match(text, cs + m.end(), ce)
            ):
                speaker = ms[0].entry
                verb_at, verb_end = cs + m.start(), ms[0].end
                if (
                    ms[0].possessive
                    and len(ms) > 1
                    and ms[1].entry.kind == "person"
                    and _re_fullmatch(
                        r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?[\w-]+,\s+", text[ms[0].end : ms[1].start]
                    )
                ):
                    # "according to Ukraine's human rights ombudsman, Oleh Marchenko-Vail": the ombudsman
                    speaker, verb_end = ms[1].entry, ms[1].end
            else:
                d = self._descriptor_after(cs + m.end(), ce)
                if d:
                    speaker, verb_at, verb_end = d, cs + m.start(), cs + m.end()
        if speaker is None and " by " in low:
            m = _re_search(
                r"\b(?:was|were|been|being|is|are)\s+(?:(?:\w+ly|also|later|again|previously)\s+)?(accused|blamed|critici[sz]ed|charged|sued|attacked|condemned"
                r"|fined|sanctioned|penali[sz]ed|prosecuted|convicted|indicted|alleged)(?P<on>\s+on\s+[^,;]{1,60}?)?\s+by\s+",
                low,
            )
            if m:
                after = [x for x in doc.mentions_in(cs + m.end(), ce) if not x.locative]
                before = [x for x in doc.mentions_in(cs, cs + m.start()) if not x.locative]
                if after and after[0].start - (cs + m.end()) < 40:
                    speaker = after[0].entry
                    if after[0].possessive and len(after) > 1 and after[1].start - after[0].end < 5:
                        # "accused by Greece's Hellenic National Defence General Staff": the body, not the state
                        speaker = after[1].entry
                else:
                    speaker = self._descriptor_after(cs + m.end(), ce)
                rel = _RELATIVE_OPEN.search(low, 0, m.start())
                close = low.find(",", m.end())
                if speaker is not None and rel is not None and close != -1 and before:
                    # "The UAE, which has been accused by U.N. experts of supplying weapons, rejected
                    # the allegations": the relative clause reports the agent's allegation; the main
                    # clause has a speaker of its own.
                    of = low.find(" of ", m.end(), close)
                    self.pending.append(
                        _Stmt(
                            _speaker_entry(speaker),
                            "allegation",
                            before[-1].entry,
                            cs + rel.start() + len(rel.group()) - len(rel.group()[1:].lstrip()),
                            cs + close,
                            _trim(text[cs + of + 4 : cs + close])
                            if of != -1
                            else text[cs + rel.end() : cs + close],
                            0.6,
                            cameo_code(low[m.start() : close]),
                            pi,
                            True,
                        )
                    )
                    speaker = None
                if speaker is not None:
                    verb_at, verb_end = cs + m.start(1), cs + m.end(1)
                    passive_target = before[-1].entry if before else None
                    if passive_target is None and _re_fullmatch(
                        r"\s*(?:The|the)\s+[a-z]+\s*", text[cs : cs + m.start()]
                    ):
                        # "The agency was also accused by the riders' alliance of ...": the agency named before
                        d = self._descriptor_after(cs, cs + m.start())
                        passive_target = d if d is not None and d.id != speaker.id else None
                    if passive_target is None and (
                        pm := _re_match(r"\s*(He|She)\s+", text[cs : cs + m.start()])
                    ):
                        # "She was accused by Azerbaijan's State Security Service of ...": the one "she" is
                        who = self._pronoun(pm.group(1).lower(), cs)
                        passive_target = who if who is not None and who.id != speaker.id else None
                    if m.group("on"):
                        # "The blackout has been blamed on Brightwater Utilities by the governor": the one
                        # it was blamed on is accused, not the blackout.
                        blamed = [
                            x for x in doc.mentions_in(cs + m.start("on"), cs + m.end("on")) if not x.locative
                        ]
                        passive_target = blamed[0].entry if blamed else None
                        forced_subject = _re_sub(
                            r"\s+(?:has|have|had)$", "", text[cs : cs + m.start()].strip()
                        )
        forced_allegation = False
        forced_claim = forced_subject
        if speaker is None and " by " in low and (made := _CHARGE_MADE_BY.search(low)) is not None:
            # "The allegation was made by a former engineer in a lawsuit": the agent accuses.
            speaker = self._agent_after(cs + made.end(), ce)
            if speaker is not None:
                verb_at, verb_end = cs + made.start(1), cs + made.end(1)
                forced_allegation = True
                if self.unattributed is not None and self.unattributed[1] >= pi - 1:
                    passive_target, forced_claim = self.unattributed[0], self.unattributed[2]
        if (
            speaker is None
            and " by " in low
            and (nominal := _CHARGE_BY_THAT.search(low)) is not None
            and SPEECH_VERB.search(text, cs, cs + nominal.start()) is None  # the subject, not a verb's object
            and _SAID_FIRST.match(text, cs, ce) is None  # "Said X: 'We reject the claims by Y that ...'"
        ):
            # "The accusation by Kenton Water that its rival had stolen trade secrets ...": the owner accuses.
            speaker = self._agent_after(cs + nominal.end(), ce)
            if speaker is not None:
                verb_at, verb_end = cs + nominal.start(), cs + nominal.end()
                forced_allegation = True
                that = _re_search(r"\bthat\s+", text[cs + nominal.end() : ce])
                if that is not None:
                    forced_claim = _trim(text[cs + nominal.end() + that.end() : ce])
        forced_denial = False
        if speaker is None and " by " in low and (denied := _CHARGE_DENIED_BY.search(low)) is not None:
            # "The claims were rejected by Halvard Group": the agent denies.
            speaker = self._agent_after(cs + denied.end(), ce)
            if speaker is not None:
                verb_at, verb_end = cs + denied.start("verb"), cs + denied.end("verb")
                forced_denial = True
                if denied.group("what"):
                    # what the rejected claims say (the match ran on the lowercased clause)
                    forced_claim = _trim(text[cs + denied.start("what") : cs + denied.end("what")])
                accuser = self._owner_of_denied_charge(cs, verb_at)
                if accuser is not None and accuser.id != speaker.id:
                    # "Priya Raman's accusation that ... was denied by the bank", "The allegations, made by the
                    # union, were denied by ...": the charge denied is its owner's statement too.
                    self.pending.append(
                        _Stmt(
                            _speaker_entry(accuser), "allegation", _speaker_entry(speaker), cs,
                            verb_at, forced_claim, 0.6, "112", pi, True,
                        )
                    )  # fmt: skip
        if speaker is None and cs > sent_start and _re_match(r"\s*(?:saying|stating|adding)\b", low):
            sp0 = inherited or self._main_subject(sent_start, cs)
            if sp0 is not None:
                vm0 = _re_match(r"\s*\w+", text[cs:ce])
                speaker, verb_at, verb_end = sp0, cs, cs + (vm0.end() if vm0 else 0)
        if speaker is None and inherited is not None and _re_match(r"\s*that\b", low):
            speaker, verb_at, verb_end = inherited, cs, cs
        if speaker is None and (said := _SAID_FIRST.match(text, cs, ce)) is not None:
            # "Said Kofi Mensah, a cocoa farmer: ...", "Said Estonia's defence ministry on Friday: ...": who follows
            named = doc.first_mention_after(said.end(), ce, within=3)
            colon = text.find(":", said.end(), ce)
            if named is not None and colon > 0:
                # what was said starts after the colon: the speaker's own title and body are no target
                speaker, verb_at, verb_end = named.entry, said.start(), colon + 1
        aside = _AS_ALLEGED.search(text, cs, ce) if ", as " in low else None
        if aside is not None and SPEECH_VERB.search(text, aside.end(), ce) is None:
            aside = None  # "..., as activists have alleged.": the aside's verb is the clause's only one
        if speaker is None:
            for vm in SPEECH_VERB.finditer(text, cs, ce):
                if doc.in_quote(vm.start()) or _NOUN_BEFORE.search(
                    text, max(cs, vm.start() - 20), vm.start()
                ):
                    continue
                if aside is not None and aside.start() <= vm.start() < aside.end():
                    continue  # "Harlan did not pollute the river, as activists have alleged, the company said"
                if not vm.group().endswith("ing") and _PASSIVE_BEFORE.search(
                    text, max(cs, vm.start() - 12), vm.start()
                ):
                    # "Lucent Motors has been accused of faking a video": the subject is the accused,
                    # not a speaker; remember it for "the allegation was made by ..." later.
                    accused = [x for x in doc.mentions_in(cs, vm.start()) if not x.locative]
                    if accused:
                        of = _re_match(r"\s+(?:of|for)\s+(.+)", text[vm.end() : ce])
                        self.unattributed = (accused[-1].entry, pi, _trim(of.group(1)) if of else "")
                    continue
                doc_owner = self._document_owner(cs, vm.start()) if vm.group() in _DOC_PARTICIPLES else None
                if doc_owner is not None:
                    # "Grizzly Research published a report alleging that ...": the report's author speaks.
                    sp, anaphor, before = doc_owner, False, False
                elif (
                    vm.group() in _PARTICIPLES
                    and vm.start() > cs + 2
                    and (
                        text[max(cs, vm.start() - 2) : vm.start()].startswith(",")
                        or self._subject(cs, vm.start(), None)[0] is None
                    )
                ):
                    # "Regulators fined Nordbank, saying ...": the participle's subject opens the sentence.
                    sp, anaphor, before = self._main_subject(cs, vm.start()), False, False
                elif (qm := _QUOTED_AS.search(text, cs, vm.start())) is not None:
                    # "X was quoted by the state news agency SUNA as calling ...": X speaks, SUNA relays it.
                    sp, anaphor, before = self._subject(cs, qm.start(), inherited)
                elif (
                    vm.group() in _INVERTING_VERBS
                    and (
                        text[cs : vm.start()].rstrip().endswith(",")
                        or text[cs : vm.start()].strip(' “"') == ""
                    )
                    and (sp := self._inverted_speaker(vm.end(), ce)) is not None
                ):
                    # "Orbis concealed the spill, said Mayor Ilse Dorn.": the speaker follows the verb, and
                    # the sentence's own subject is part of what was said.
                    anaphor, before, content_before = False, False, True
                else:
                    self.co_speakers = []
                    sp, anaphor, before = self._subject(cs, vm.start(), inherited)
                    co_speakers = self.co_speakers
                if sp is None and cs > sent_start and not text[cs : vm.start()].strip():
                    # "... thanked Meta and said ...": the coordinated verb shares the sentence's subject.
                    sp = self._main_subject(sent_start, cs)
                if sp is None and not (vm.group() in _PARTICIPLES and vm.start() > cs + 2):
                    # (", telling Caracol Radio that ...": whom a participle tells is no speaker)
                    sp = self._post_verb_speaker(vm.end(), ce, vm.start(), cs)
                    if sp is not None:
                        content_before = True
                if sp is not None:
                    speaker, verb_at, verb_end, via_anaphor = sp, vm.start(), vm.end(), anaphor
                    content_before = content_before or before
                    break
        if speaker is not None and speaker.kind != "person" and verb_end > verb_at:
            spoke = _SAID_AT_END.search(text, verb_end, ce)
            if spoke is not None:
                # "The United Nations urged restraint, UN spokesman Rafael Quintero told reporters": the body's
                # own spokesperson says it, and stands for the body too
                person = next(
                    (
                        m.entry
                        for m in reversed(doc.mentions_in(spoke.start(), spoke.end()))
                        if m.entry.kind == "person"
                    ),
                    None,
                )
                if person is not None and _same_party(speaker, person):
                    speaker = person
        nominal_stance = None
        if speaker is None and (
            "’s " in low or "'s " in low or " of " in low or "s' " in low or " by " in low or " from " in low
        ):
            found = self._nominal_speaker(cs, ce)
            if found is not None:
                # "Joanna Pike's complaint is that ...", "The view of the Westbrook Residents Group is that ...",
                # "Halden Shipping's denial of any wrongdoing": the owner of the view or denial speaks.
                speaker, verb_at, verb_end, nominal_stance = found
        if (
            speaker is not None
            and self.label is not None
            and via_anaphor
            and _re_search(r"\b(?:I|we|We)\s+(?:\w+\s+)?$", text[cs:verb_at])
        ):
            speaker = (
                self.label
            )  # "DR. AMIRA HADDAD: We told management in March.": "we" is the label's speaker
        tail = text[cs:ce].rstrip()
        if tail.endswith("?") and speaker is not None and not doc.in_quote(cs + len(tail) - 1):
            return None  # "Tom, has the city's mayor said anything?": a question says nothing
        if speaker is None and _SO_SAYS.match(text, cs, ce) is not None:
            # "So says Lorna Whitfield, the project's chief engineer.": said of the sentence before
            return None
        if speaker is None and self.fronted is not None:
            speaker, verb_at, verb_end, content_before = self.fronted, ce, ce, True
        if speaker is None and self.label is not None:
            # A transcript's paragraph says what its labelled speaker says.
            speaker, verb_at, verb_end, via_anaphor, continuation = self.label, cs, cs, True, True
        if speaker is None:
            # A quote with no speaker of its own continues the previous statement's speaker.
            stripped = text[cs:ce].lstrip()
            if stripped[:1] in '“"' and self.stmts and self.stmts[-1].para >= pi - 1:
                speaker = self.stmts[-1].speaker
                verb_at = verb_end = cs
                via_anaphor = True
                continuation = True
            else:
                return None
        if (
            speaker.kind == "media"
            and sent_start < cs
            and (part := _PARTICIPLE_OPEN.match(text, cs, ce)) is not None
        ):
            # "Argentina has imposed duties on Chinese pipes, accusing Tianhong of dumping, according to Reuters":
            # the outlet is the source, the sentence's subject makes the charge
            subject = inherited or self._main_subject(sent_start, cs)
            if subject is not None and subject.kind != "media" and subject.id != speaker.id:
                speaker, verb_at, verb_end, content_before = subject, part.start(1), part.end(1), False
        speaker = _speaker_entry(speaker)
        if speaker.kind == "person" and speaker.org is None:
            speaker = self._spokesperson_for(speaker, pi)
        clause_low = (
            _re_sub(
                r",?\s+which\s+\w+\s+(?:has\s+|have\s+)?(?:\w+ly\s+)?(?:stated|said|insisted|claimed)\b[^,.”\"]*",
                "",
                low,
            )
            if "which" in low
            else low
        )
        appended = _CHARGE_DENIED.search(text, cs, ce)
        if appended is not None:
            # ", an allegation the county board called unfounded": that tail is someone else's denial.
            clause_low = clause_low[: max(0, appended.start() - cs)] or clause_low
        stance, cameo, strength = classify(clause_low)
        if (
            stance == "other"
            and text.startswith("echo", verb_at)
            and _ECHOED_CHARGE.search(text, verb_end, min(ce, verb_end + 60)) is not None
        ):
            # "echoed claims by residents that"
            stance, cameo, strength = "allegation", cameo_code(clause_low), 0.7
        if stance == "other" and _DESPITE_CLAIMS.match(text, ce):
            # "Tallis Pharma maintains that its drug is safe, despite claims by ... that": a rebuttal
            stance, cameo, strength = "denial", "016", 0.75
        if nominal_stance == "denial" or (nominal_stance is not None and stance == "other"):
            # "X's denial of any wrongdoing", "X's accusation that ...": the noun says what the clause does;
            # a denial stays one whatever charge it names ("Iran's rejection of the accusations")
            stance, cameo, strength = nominal_stance, "016" if nominal_stance == "denial" else "112", 0.7
        if forced_allegation:
            stance, cameo, strength = "allegation", cameo_code(clause_low), 0.8
        elif forced_denial:
            stance, cameo, strength = "denial", "016", 0.85
        if stance == "denial" and _STANDS_BY.search(clause_low) and passive_target is None:
            charges = [
                x
                for x in reversed(self.stmts)
                if x.stance == "allegation" and x.target is not None and x.target.id != speaker.id
            ]
            own = next(
                (x for x in charges if x.speaker.id == speaker.id or self._written_by(x, speaker)), None
            )
            if own is None:
                # "Valeria Quintana, editor of El Correo Porteño, said the paper stood by its reporting": the charge
                # of the body her own clause names
                named = {m.entry.id for m in doc.mentions_in(cs, ce)}
                of_paper = _re_search(r"\b(?:paper|newspaper|reporting|outlet)\b", low) is not None
                own = next(
                    (x for x in charges if x.speaker.id in named or (of_paper and x.speaker.kind == "media")),
                    None,
                )
            if own is not None:
                # "she told me she stands by every line": the reporter repeats her own charge, denies nothing
                stance, cameo, strength, passive_target = "allegation", own.cameo, 0.7, own.target
        if stance == "denial" and self._no_evidence_about_others(speaker, clause_low, cs, ce):
            stance, cameo, strength = "other", None, 0.6
        by_valence = by_report = False
        if stance == "other" and cameo is None and strength == NO_CUE and charged_words(clause_low):
            # No cue of ours, but strongly negative words ("harassing", "destroyed"): a charge if it
            # has someone to charge (checked once the target is known).
            stance, cameo, strength, by_valence = "allegation", cameo_code(clause_low), 0.55, True
        by_finding = False
        doer = (
            self._named_doer(speaker, cs, ce, verb_at, verb_end, content_before)
            if stance == "other" and cameo is None and strength == NO_CUE
            else None
        )
        if (
            doer is not None
            and not self._oversight(speaker)
            and not self._harms_someone(doer, cs, ce)
            and not _WRONG_DEED_CUE.search(
                text, verb_end if not content_before else cs, ce if not content_before else verb_at
            )
        ):
            doer = (
                None  # (anyone else's word on what a party did charges it only when the deed harms someone)
            )
        if doer is not None:
            # "La Liga said CD Villaverde fielded an ineligible player", "Nordgas overcharged 40,000 households,
            # the Consumer Authority said": what an oversight body says a named party did is its finding
            stance, cameo, strength, by_finding = "allegation", "112", 0.6, True
        if (
            stance == "other"
            and (nr := _NO_RESPONSE.search(low)) is not None
            and not _BUT_SAID.search(low, nr.end())
            # (a speaker who said it, before the "not": "A spokesperson said the Commission did not comment")
            and not (verb_end > verb_at and verb_end - cs <= nr.start() + nr.group().find(" not "))
        ):
            return None  # "X did not respond to a request for comment": no statement
        if (
            stance == "other"
            and speaker.kind == "media"
            and REPORT_VERB.search(text[verb_at:verb_end] or "reported")
            and verb_end > verb_at
        ):
            stance, cameo, strength, by_report = "allegation", "112", 0.7, True
        elif stance == "other" and speaker.kind == "media" and _re_search(r"according to", low):
            stance, cameo, strength, by_report = "allegation", "112", 0.65, True
        if (
            continuation
            or (
                inherited is not None
                and cs != sent_start
                and low.lstrip().startswith(("that", "saying", "stating", "adding"))
            )
        ) and stance == "other":
            return None  # the rest of a quote or sentence already attributed: adds nothing
        if (
            stance == "allegation"
            and not content_before
            and not ALLEGATION_VERB.search(low)
            and verb_end > verb_at
            and not _re_search(r"\b(?:evidence|found that|concluded|proof)\b", low)
            and (sm := _SELF_CLAIM.match(text, verb_end, ce)) is not None
            and not self._cands(speaker, verb_end, ce)
            and (
                sm.group(1).lower() in ("its", "their", "our", "we", "i")
                or all(m.entry.id == speaker.id for m in doc.mentions_in(sent_start, verb_at))
            )
        ):
            stance, cameo = "other", None  # "said its forces had struck ...": a claim about itself
        target: Entry | None = None
        explicit = False
        if stance == "allegation":
            target = passive_target or self._allegation_target(
                speaker, cs, ce, verb_at, verb_end, content_before
            )
            own_target = target
            if (
                forced_allegation
                and inherited is not None
                and _re_match(r"(?:it|its|they|their)\b", forced_claim)
            ):
                # "X says its drug is safe, despite claims by Y that it caused liver damage": X is accused
                target = inherited
            if target is not None and target.kind == "organization":
                target = self._titled_member(target, cs, ce)
            if (
                (target is None or (target.kind == "government" and target.country is None))
                and speaker.country
                and speaker.kind not in ("government", "country")
                and "the government" in low
            ):
                # "The government has stolen this election," said Ghana's opposition leader: his own country's.
                target = gov_entry(speaker.country)
            if (
                target is None
                and speaker.kind == "person"
                and speaker.country
                and "opposition" in self.doc.title_words(speaker)
            ):
                # "Opposition leader Maria Corina Machado said the arrests were a pretext for a new crackdown":
                # an opposition's charge that names no one is against its own country's government
                target = self.doc.reg.add(gov_entry(speaker.country))
            if speaker.id in self.workplace and (
                target is None or target.name.lower().split()[-1] in _MANAGEMENT
            ):
                target = self.workplace[speaker.id]  # staff accusing "managers": their employer
            if target is None:
                prev = next(
                    (x for x in reversed(self.stmts) if x.stance == "allegation" and x.target is not None),
                    None,
                )
                # A follow-up allegation with no named target ("This is a hostile act") is about
                # whoever the allegation just before it was about.
                quoted = _re_match(r"\s*[“\"]", text[cs:ce]) is not None
                if (
                    prev is not None
                    and prev.para >= pi - 2
                    and (
                        (prev.speaker.id == speaker.id and prev.para >= pi - 1)
                        or quoted
                        or continuation
                        or (speaker.country is not None and prev.speaker.country == speaker.country)
                        or (prev.para == pi - 1 and speaker.kind == "person" and speaker.country is None)
                        or (prev.para >= pi - 2 and speaker.country is not None)
                        or (speaker.kind in ("group", "organization") and speaker.country is None)
                    )
                    and prev.target.id != speaker.id
                    and (
                        # "The government has stolen this election," said Ghana's opposition leader, then
                        # "They stuffed ballot boxes": his own charge goes on, against his own country's
                        prev.speaker.id == speaker.id
                        or not (speaker.country is not None and prev.target.country == speaker.country)
                    )
                ):
                    target = prev.target
                    if by_valence:
                        forced_claim = prev.claim  # a charge by tone alone adds to the claim before it
            if by_valence:
                ally = next(
                    (
                        x
                        for x in reversed(self.stmts)
                        if x.stance == "allegation"
                        and x.target is not None
                        and x.para >= pi - 1
                        and (
                            x.speaker.id == speaker.id
                            or (speaker.country is not None and x.speaker.country == speaker.country)
                            or (speaker.country is None and speaker.kind == "person")
                        )
                    ),
                    None,
                )
                if ally is not None:
                    # A charge by tone alone, next to an explicit one from the same side, adds to that claim.
                    target, forced_claim = ally.target, ally.claim
            if target is not None and speaker.org is not None and target.name == speaker.org:
                # "Houthi spokesman Yahya Saree claimed the group had hit the destroyer": a claim for
                # his own side, not a charge against it.
                target, stance, cameo = None, "other", None
            if by_finding and (target is None or target.id not in self.doc.reg.actors):
                # the party the finding is about, named or not in the mentions
                target = self.doc.reg.add(doer)
            elif (
                target is None
                and (doer := self._named_doer(speaker, cs, ce, verb_at, verb_end, content_before)) is not None
            ):
                # "said PharmaLink billed Medicaid for prescriptions never filled"
                target = self.doc.reg.add(doer)
            if by_report and _NEUTRAL_NEWS.search(
                text, verb_end if not content_before else cs, ce if not content_before else verb_at
            ):
                # "the FT reported the E3 were circulating a draft", "had learned of the accusations": news
                target = None
            if (
                by_report
                and target is not None
                and target.id in self.doc.reg.actors
                and not any(m.entry.id == target.id for m in self.doc.mentions_in(cs, ce))
                and not any(w in low.split() for w in self.doc.title_words(target)[-2:] if len(w) > 3)
                and not any(d in _DESCRIPTORS for d in _re_findall(r"\bthe\s+([a-z]+)", low))  # "the suspect"
            ):
                target = (
                    None  # "The men will appear in court, DR reported": a report charges only whom it names
                )
            if by_report and target is None:
                # "the boat returned to port, the Inquirer reported": a report charges a named party or no one
                target, stance, cameo = None, "other", None
            if by_valence and (
                target is None
                or target.id not in self.doc.reg.actors
                or (target is not own_target and not self._official_voice(speaker))
            ):
                # Tone alone charges no one unnamed ("disappointed in both sides", "officers were investigating").
                target, stance, cameo = None, "other", None
            if (
                (target is None or target.id == speaker.id)
                and not forced_allegation
                and _OWN_STRIKE.match(text, verb_end, ce) is not None
                and not ALLEGATION_VERB.search(low)
            ):
                # "The Houthis said they had fired a missile at a cargo ship": a claim of one's own attack,
                # charging no one (one that names what it hit, "struck Hezbollah weapons depots", charges that)
                target, stance, cameo, own_strike = None, "other", None, True
            if target is None and HEDGE.search(low) and not ALLEGATION_VERB.search(low):
                stance, cameo = "other", None
            # "blamed contaminated meat": the blame falls on a thing, so no later denier is its target.
            explicit = target is not None or _BLAMES_A_THING.search(low) is not None
        elif stance == "denial":
            target = self._denial_explicit_target(speaker, cs, ce, verb_at)
            explicit = target is not None
        if (
            stance == "allegation"
            and _ADMITS.fullmatch(text, verb_at, verb_end)
            and (target is None or _same_party(target, speaker))
        ):
            # "Cyclist Bram de Vries admitted using a banned substance": owning up to a wrong accuses no one
            stance, cameo, target, explicit = "other", None, None, False
        conf = (
            strength - (0.1 if via_anaphor else 0.0) - (0.1 if stance != "other" and target is None else 0.0)
        )
        quote_start, quote_end = cs, ce
        claim = forced_claim or self._claim(stance, target, cs, ce, verb_at, verb_end, content_before)
        alleger = self._aside_alleger(aside, speaker) if aside is not None else None
        if alleger is not None:
            # The speaker answers what the aside's owner alleged: a denial of it, and the aside's own charge.
            accused = next((m.entry for m in doc.mentions_in(cs, aside.start()) if not m.locative), speaker)
            negated = _re_search(r"\b(?:not|never|no)\b|n't\b", text[cs : aside.start()].lower()) is not None
            if stance == "other" or (stance == "allegation" and negated):
                stance, cameo = "denial", "016"  # "X did not pollute the river, as activists alleged"
            if stance == "denial" and target is None:
                target, explicit = alleger, True
            self.pending.append(
                _Stmt(
                    alleger, "allegation", None if accused.id == alleger.id else accused,
                    aside.start() + 1, aside.end() - 1, claim, 0.6, "112", pi, True,
                )
            )  # fmt: skip
        if stance == "allegation" and text.startswith("echo", verb_at) and target is not None:
            # "Germany echoed France's accusation that Iran ...": the one echoed accuses too
            echoed = self._echoed_owner(verb_end, ce)
            if echoed is not None and echoed.id not in (speaker.id, target.id):
                self.pending.append(
                    _Stmt(
                        echoed,
                        "allegation",
                        target,
                        cs,
                        ce,
                        forced_claim or "",
                        0.6,
                        cameo,
                        pi,
                        True,
                        co_speaker=True,
                    )
                )
        if stance != "allegation" and speaker.kind != "media":
            self._embedded_report(speaker, cs, ce, pi)
        if stance == "denial":
            self._denied_owners_charge(speaker, cs, ce, pi, claim)
        st = _Stmt(
            speaker,
            stance,
            target,
            quote_start,
            quote_end,
            claim,
            round(max(0.05, min(1.0, conf)), 2),
            cameo,
            pi,
            explicit,
        )
        st.own_strike = own_strike
        st.by_report = by_report and stance == "allegation"
        if not content_before and verb_end > verb_at:
            lead = _re_match(r"\s*(?:that\s+)?", text[verb_end:ce])
            st.content_start = verb_end + (lead.end() if lead else 0)
        if stance == "allegation":
            self._denied_in_apposition(st, cs, ce)
        if stance == "allegation" and target is not None:
            # "referred X and Y ..., alleging the two companies": the plural after the target's name (found in the
            # clause alone: lowering the whole text on each charge was work done again and again)
            at = text[cs:ce].lower().find(target.name.lower())
            named = self._named_plural(target, cs + at if at > 0 else cs)
            co_targets = named[1:] if named else self._co_targets(target, speaker, cs, ce)
            if named:
                st.target = named[0]  # "accused the two companies": the companies just named
            for co in co_targets:
                self.pending.append(dataclasses.replace(st, target=co, co_target=True))
        # "Kyrgyzstan and Tajikistan accused each other of ...": each charges the other
        reciprocal = (
            stance == "allegation" and len(co_speakers) == 1 and _EACH_OTHER.search(text, cs, ce) is not None
        )
        for co in co_speakers:
            co = _speaker_entry(co)
            if co.id != speaker.id:
                if reciprocal:
                    st.target, st.target_explicit = co, True
                self.pending.append(
                    dataclasses.replace(
                        st,
                        speaker=co,
                        target=speaker if reciprocal else None if target and target.id == co.id else target,
                        co_speaker=True,
                    )
                )
        return st

    def _denied_in_apposition(self, st: _Stmt, cs: int, ce: int) -> None:
        """ "X blamed Iran for arming Hezbollah, a charge Tehran has rejected": the rejection is a denial."""
        m = _CHARGE_DENIED.search(self.doc.text, cs, ce)
        if m is None:
            return
        who = [x for x in self.doc.mentions_in(m.start("who"), m.end("who")) if not x.locative]
        named = who[-1].entry if who else self._descriptor_after(m.start("who"), m.end("who"))
        if (
            not who
            and st.target is not None
            and (named is None or named.name.split()[-1].lower() in _SAME_KIND_HEADS.get(st.target.kind, ()))
        ):
            # "accused the UAE of ..., a charge the Gulf state dismissed": a name-less denier of the accused's
            # kind is the accused ("the county board" is someone else)
            named = st.target
        if named is None:
            return
        denier = _speaker_entry(named)
        if denier.id == st.speaker.id:
            return
        start = m.start() + 1
        while self.doc.text[start].isspace():
            start += 1
        self.pending.append(
            _Stmt(denier, "denial", st.speaker, start, m.end(), st.claim, 0.75, "016", st.para, True)
        )

    def _named_plural(self, target: Entry, cs: int) -> list[Entry]:
        """The organizations last named together ("Calderwood Pharma and Briar Lane Pharmaceuticals") that a
        name-less plural ("the two companies", "both firms") stands for: the last such pair before it."""
        words = target.name.lower().split()
        if (
            target.kind != "group"
            or target.country is not None
            or not words
            or words[-1] not in _COMPANY_PLURALS
        ):
            return []
        text, ms = self.doc.text, self.doc.mentions
        k = bisect.bisect_left(self.doc.m_starts, cs) - 1
        while k > 0:
            a, b = ms[k - 1], ms[k]
            if (
                a.entry.kind == b.entry.kind == "organization"
                and a.entry.id != b.entry.id
                and _re_fullmatch(r"\s*(?:,\s*)?and\s+", text[a.end : b.start])
            ):
                return [a.entry, b.entry]
            k -= 1
        return []

    def _co_targets(self, target: Entry, speaker: Entry, cs: int, ce: int) -> list[Entry]:
        """Actors joined to the target by "and" or commas ("accused Calderwood Pharma and Briar Lane of ..."):
        each is accused too."""
        text = self.doc.text
        ms = [m for m in self.doc.mentions_in(cs, ce) if not m.locative]
        k = next((i for i, m in enumerate(ms) if m.entry.id == target.id), None)
        out: list[Entry] = []
        while k is not None and k + 1 < len(ms):
            cur, nxt = ms[k], ms[k + 1]
            if cur.possessive or not _CO_TARGET_GAP.fullmatch(text, cur.end, nxt.start):
                break
            e = nxt.entry
            if e.id not in (speaker.id, target.id) and e not in out and _same_class(e, target):
                out.append(e)
            k += 1
        return out

    @staticmethod
    def _coordinated(cands: list[Mention], text: str) -> list[Entry]:
        """Actors joined to the last candidate by "and" or commas: "Qatar and Egypt said" -> [Qatar]."""
        out: list[Entry] = []
        k = len(cands) - 1
        while k > 0:
            prev, cur = cands[k - 1], cands[k]
            join = _COORDINATION.fullmatch(text, prev.end, cur.start)
            if prev.possessive or join is None:
                break
            if k == len(cands) - 1 and "and" not in join.group().lower() and cur.entry.kind == "person":
                break  # "Sudan's ambassador to the U.N., Abdelrahim Osman, said": an appositive, not a list
            out.insert(0, prev.entry)
            k -= 1
        return out

    def _sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.doc.sents[k][1] if k >= 0 else len(self.doc.text)

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts."""
        k = bisect.bisect_right(self.sent_starts, pos) - 1
        return self.doc.sents[k][0] if k >= 0 else 0

    def _para_at(self, pos: int) -> int:
        return bisect.bisect_right(self.doc.para_starts, pos) - 1

    def _document_owner(self, cs: int, vpos: int) -> Entry | None:
        """Author of "a report / lawsuit / statement" right before a participle ("a report alleging")."""
        dm = _DOCUMENT_BEFORE.search(self.doc.text, max(cs, vpos - 60), vpos)
        if dm is None:
            return None
        owner = [m for m in self.doc.mentions_in(cs, dm.start()) if not m.locative]
        if owner and owner[-1].possessive:
            return owner[-1].entry  # "Grizzly's report alleging"
        made = _MADE_DOCUMENT.search(self.doc.text, cs, dm.start())
        if made is not None:
            # "X, an analyst who runs the site Y, published a report alleging": the subject of "published".
            subject = self._subject(cs, made.start(), None)[0]
            if subject is not None:
                return subject
        near = [m for m in owner if dm.start() - m.end < 40]
        return near[-1].entry if near else None

    def _main_subject(self, cs: int, vpos: int) -> Entry | None:
        text = self.doc.text
        ap = _ROLE_THEN_NAME.match(text, cs, vpos)
        if ap is not None:
            # "The trust's director, Malcolm Feeney, went further, writing ...": the name in apposition
            named = self.doc.first_mention_after(ap.end(), vpos, within=2)
            if named is not None and named.entry.kind == "person" and text.startswith(",", named.end):
                return named.entry
        first = _re_match(r"\s*(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?([\w-]+)\b", text[cs:vpos], re.I)
        head_of = _re_match(
            r"\s*(?i:the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+of\s+", text[cs:vpos]
        )
        if head_of is not None and head_of.group(1) in _DESCRIPTORS and head_of.group(1) not in _HEAD_OF:
            # "The former manager of pop singer Liza Montecillo has gone to court, accusing": the manager
            return self._descriptor_after(cs, vpos)
        if first and first.group(1).lower() in _DESCRIPTORS:
            named = next((m for m in self.doc.mentions_in(cs, vpos) if not m.locative), None)
            lead = _re_findall(r"[\w-]+", text[cs : named.start].lower()) if named is not None else None
            if (
                lead is not None
                and len(lead) <= 4
                and all(w in _TITLE_LIKE or w in _DESCRIPTORS for w in lead)
            ):
                return named.entry  # "Opposition lawmaker Given Sichone went further, accusing ...": the name
            return self._descriptor_after(cs, vpos)
        ms = self.doc.mentions_in(cs, vpos)
        for i, m in enumerate(ms):
            if m.locative or self.doc.in_quote(m.start):
                continue
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if (
                m.entry.kind != "person"
                and nxt is not None
                and nxt.entry.kind == "person"
                and (between := _re_findall(r"\S+", text[m.end : nxt.start]))
                and len(between) <= 3
                and all(w in _TITLE_LIKE or w in _DESCRIPTORS for w in between)
            ):
                # "Democratic Alliance councillor Pieter Steenkamp went further, alleging": him
                return nxt.entry
            if _CARRIED_BY.search(text, cs, m.start):
                continue  # "In a statement carried by the state news agency Khovar, they said": the carrier
            if _re_search(
                r"\b(?:to|for|at|in|from|of|with|against|by|over|on|about)\s+(?:the\s+)?$", text[cs : m.start]
            ):
                return None
            if (
                nxt is not None
                and m.entry.kind in ("country", "government")
                and nxt.entry.country == m.entry.country
                and nxt.entry.kind == "government"
                and _re_fullmatch(r"['’]s\s+", text[m.end : nxt.start])
            ):
                # "Brazil's Federal Public Prosecutor's Office has filed ..., accusing": the body
                return nxt.entry
            return m.entry if m.start - cs < 60 else None
        return self._descriptor_after(cs, vpos)

    def _embedded_report(self, speaker: Entry, cs: int, ce: int, pi: int) -> None:
        """ "X denied a report in Handelsblatt that ...": the outlet's report is itself an allegation against X."""
        m = _EMBEDDED_REPORT.search(self.doc.text, cs, ce)
        if m is None:
            return
        media = [x for x in self.doc.mentions_in(m.end(), min(ce, m.end() + 40)) if x.entry.kind == "media"]
        if not media or media[0].start - m.end() > 25:
            name = _OUTLET_NAME.match(self.doc.text, m.end(), ce)
            if name is None:
                return
            # "a report in La Gazzetta": a name the finder took for a place is the outlet.
            outlet = name.group(1).strip()
            entry = self.doc.reg.add(Entry(f"media:{slug(outlet)}", outlet, "media"))
            media = [Mention(name.start(1), name.start(1) + len(outlet), entry)]
        end = media[0].end
        claim = None
        tm = _THAT_CLAUSE.match(self.doc.text, end, ce)
        if tm:
            end = tm.end(1)
            claim = _trim(tm.group(1))
        self.pending.append(
            _Stmt(
                media[0].entry,
                "allegation",
                speaker,
                m.start(),
                end,
                claim or self.doc.text[m.start() : end],
                0.6,
                "112",
                pi,
                True,
            )
        )

    def _despite_alleger(self, speaker: Entry, ce: int, bare: bool = False) -> tuple[Entry, int, int] | None:
        """Who "..., despite claims by the campaign group Fjord Guardians" right after a clause names (only if
        ``bare`` when the claims have no that-clause: one that has is a statement of its own)."""
        m = _DESPITE_CLAIMS.match(self.doc.text, ce)
        if m is None:
            return None
        end = self._sentence_end(ce)
        if bare and _re_search(r"\bthat\b", self.doc.text[m.end() : end]):
            return None
        found = self._agent_after(m.end(), end, within=40)
        if found is None or found.id == speaker.id or _same_party(found, speaker):
            return None
        return _speaker_entry(found), m.start() + 1, end

    def _trailing_alleger(self, speaker: Entry, cs: int, ce: int) -> tuple[Entry, int, int] | None:
        """Who a trailing aside says made the charge denied ("..., as rights groups have alleged", "..., a
        charge patient activists have made for months"), with where the aside is."""
        m = _TRAILING_ALLEGER.search(self.doc.text, cs, ce)
        if m is None:
            return None
        g = "who" if m.group("who") else "who2"
        found = self._who_in(m.start(g), m.end(g))
        if found is None or found.id == speaker.id or _same_party(found, speaker):
            return None
        return _speaker_entry(found), m.start() + 1, m.end()

    def _possessed_charge(self, cs: int, ce: int) -> tuple[Entry, int, int] | None:
        """The owner of a charge named in the clause ("Miletić's accusation"), with where the charge is named."""
        for m in self.doc.mentions_in(cs, ce):
            if m.possessive and not m.locative and (c := _POSSESSED_CHARGE.match(self.doc.text, m.end)):
                return m.entry, m.start, c.end()
        return None

    def _denied_owners_charge(self, denier: Entry, cs: int, ce: int, pi: int, claim: str) -> None:
        """ "India denied Pakistan's claims": the claims' owner made an allegation against the denier, which
        the text reports here if nowhere before."""
        text = self.doc.text
        m = _OWNED_CHARGE.search(text, cs, ce)
        if m is not None:
            g = 1 if m.group(1) else 2  # "Pakistan's claims" or "the claims made by Pakistan"
            at, end = m.start(g), m.end()
            owner = next(
                (
                    x.entry
                    for x in self.doc.mentions_in(m.start(g), m.end(g) + 3 if g == 1 else ce)
                    if (x.possessive or (g == 2 and x.start == m.start(g))) and not x.locative
                ),
                None,
            )
        elif (
            own := self._possessed_charge(cs, ce)
            or self._trailing_alleger(denier, cs, ce)
            or self._despite_alleger(denier, ce, bare=True)
        ) is not None:
            # "rejected coach Dragan Miletić's accusation", "dismissed as 'misguided' the Board's claim",
            # "denied that it had tortured detainees, as rights groups have alleged"
            owner, at, end = own
        elif (by := _CHARGE_BY.search(text, cs, ce)) is not None:
            # "denies the charges brought by prosecutors": a name-less accuser
            at, end = by.start(), by.end()
            owner = self._descriptor_after(by.end(), ce)
        else:
            return
        if owner is None:
            return
        owner = _speaker_entry(owner)
        if owner.id == denier.id or _same_party(owner, denier):
            return
        # (by name: "Greenwatch's" alone may be read as a person where "Greenwatch says" was a body)
        if any(
            st.stance == "allegation" and st.speaker.name == owner.name
            for st in [*self.stmts, *self.implied, *self.pending]
        ):
            return  # the charge was reported where it was made
        said = [
            st
            for st in self.stmts
            if st.speaker.name == owner.name and st.stance == "other" and st.cameo is None
        ]
        if said:
            # "Greenwatch says the pipeline has leaked ... the company denied Greenwatch's claims": what the owner
            # said, in words no rule knew as a charge, was one.
            said[-1].stance, said[-1].cameo = "allegation", "112"
            said[-1].target = said[-1].target or denier
            return
        that = _THAT_CLAUSE.match(text, end, ce)
        self.implied.append(
            _Stmt(
                owner,
                "allegation",
                denier,
                at,
                that.end(1) if that else end,
                _trim(that.group(1)) if that else claim,
                0.6,
                "112",
                pi,
                True,
            )
        )

    def _subject(self, cs: int, vpos: int, inherited: Entry | None) -> tuple[Entry | None, bool, bool]:
        """The actor before a verb: (entry, via anaphor, the reported content sits before the speaker)."""
        doc, text = self.doc, self.doc.text
        rs = cs
        lead = _re_match(r"\s*(?:after|as|when|while)\s+", text[cs:vpos]) or _OPENING_TIME.match(
            text[cs:vpos]
        )
        if lead:
            rs = cs + lead.end()
        # The subject starts after the last quote that closes before the verb.
        k = bisect.bisect_left(doc.q_starts, cs)
        while k < len(doc.quotes) and doc.quotes[k][0] < vpos:
            qe = doc.quotes[k][1]
            if qe <= vpos and qe > rs:
                rs = qe
            k += 1
        region = text[rs:vpos]
        look = max(0, vpos - 40)
        rel = _RELATIVE_SPEAKER.search(text, look, vpos) if ", wh" in text[look:vpos] else None
        if rel is not None:
            # "... the offices of Halden Mining, which denied polluting the river": the verb is the relative
            # clause's, so its speaker is the name the clause hangs on, wherever that name stands.
            named = doc.mention_ending_at(rel.start(), rel.start() - 80)
            if named is not None and not named.locative and not named.possessive:
                return named.entry, False, False
        filed = _FILED_BY.search(region) if " by " in region else None
        if filed is not None:
            # "A lawsuit filed by Maple Grove Dairy alleges", "The suit, brought by X, claims": the filer speaks.
            by = [m for m in doc.mentions_in(rs + filed.end(), vpos) if not m.locative]
            if by:
                return by[0].entry, False, False
        lodged = _FILED_WITH.search(region) if _FILING_VERB.search(region) else None
        if lodged is not None:
            vpos = rs + lodged.start()
            region = region[: lodged.start()]
        ahead = _EXPECTED_TO.search(region) if region.rstrip().endswith(" to") else None
        if ahead is not None:
            # "X is expected to tell the committee that ...": X will say it.
            vpos = rs + ahead.start()
            region = region[: ahead.start()]
        calls = _CALLS_ITSELF.search(region)
        if calls is not None and _AUX_ONLY.fullmatch(region, calls.end()):
            # "The group, which calls itself Anonymous Sudan, said": the name it goes by speaks.
            g = 1 if calls.group(1) else 2
            before = doc.mention_ending_at(rs + calls.start(), rs + calls.start() - 80) if g == 2 else None
            if before is not None and not before.locative:
                # "The Japan Business Federation, known as Keidanren, said": the body by its own full name
                return before.entry, False, rs > cs and text[rs - 1] in '”"’'
            name = calls.group(g).strip().rstrip(",")
            named = [m for m in doc.mentions_in(rs + calls.start(g), rs + calls.end(g)) if not m.locative]
            whole = [m for m in named if m.start == rs + calls.start(g) and text[m.start : m.end] == name]
            entry = (
                whole[0].entry
                if whole
                else self.doc.reg.add(Entry(f"org:{slug(name)}", name, "organization"))
            )
            return entry, False, rs > cs and text[rs - 1] in '”"’'
        ap = _APPOSITIVE_NAME.search(region)
        if ap is not None and ap.group(1).lower() in _DESCRIPTORS:
            # "An industry association, the Global Energy Council, said": the name in the appositive speaks.
            named = [m for m in doc.mentions_in(rs + ap.start(2), rs + ap.end(2)) if not m.locative]
            attached = (
                _re_match(r"\s+(?:of|at|from|with)\b", text[named[0].end : rs + ap.end(2)]) if named else None
            )
            if (
                attached is not None
                and named[0].start == rs + ap.start(2)
                and named[0].entry.kind == "person"
            ):
                # "Her lawyer, Oliver Brandt of the firm Brandt Kessel, said": the person, not the firm.
                quote_before = rs > cs and text[rs - 1] in '”"’'
                return named[0].entry, False, quote_before or self._content_before(cs, rs + ap.start())
            if named and named[-1].end >= rs + ap.end(2) - 1:
                quote_before = rs > cs and text[rs - 1] in '”"’'
                return named[-1].entry, False, quote_before or self._content_before(cs, rs + ap.start())
        # Drop relative clauses and trailing time phrases/adverbs: "X, who is facing charges, questioned".
        # "Engineers who inspected the site say": the subject is the noun before "who".
        region = _re_sub(r"\s+(?:who|which)\s+[^,“”\"]*$", lambda m_: " " * len(m_.group()), region)
        # Drop appositives and relative clauses: "X, who is facing charges, said", "X, an umbrella group of Y, denied".
        # "The Alliance of Sahel States, the confederation formed by Mali, Burkina Faso and Niger, has accused": an
        # appositive holding a list runs to the comma before the verb
        listed = (
            _LIST_APPOSITIVE.sub(lambda m_: " " * len(m_.group()), region)
            if region.count(",") >= 3
            else region
        )
        region_clean = _re_sub(
            r",\s*(?:who|which|whose|an?|the|[a-z]+ing|in|on|at|[a-z][\w-]*|[A-Z][\w-]*['’]s\s+[a-z][\w-]*)\b"
            r"(?:[^,“”\"]|(?<=\d),(?=\d\d\d)){0,150},",
            lambda m_: " " * len(m_.group()),
            listed,
        )
        region_clean = _TIME.sub(lambda m_: " " * len(m_.group()), region_clean.rstrip()).ljust(len(region))
        words = list(_re_finditer(r"[\w'’.-]+", region_clean))
        while words and (words[-1].group().lower() in _AUX or words[-1].group().lower() in _VERB_HELPERS):
            words.pop()
        if _WHAT_THEY_SAID.search(region):
            return (
                None,
                False,
                False,
            )  # "keep what people have told me separate": a thing said, no one saying it
        if words and words[-1].group().lower() == "but" and rs == cs:
            # "The EU's delegation did not respond to the remarks, but said ...": the subject of the sentence
            subject = self._main_subject(cs, rs + words[-1].start())
            if subject is not None:
                return subject, False, False
        if not words:
            if inherited is not None and rs == cs:
                return inherited, True, False
            return None, False, False
        last = words[-1].group().lower()
        quote_before = rs > cs and text[rs - 1] in '”"’'
        if last in _PRONOUNS:
            if last == "i" and self.label is None and not doc.in_quote(rs + words[-1].start()):
                # "I asked the mayor's office for an interview": the writer, no actor
                return None, False, False
            if last in ("it", "they") and len(words) > 3 and rs == cs:
                # "imposed sanctions on three companies it said had ...": "it" is the sentence's subject.
                subject = self._main_subject(cs, rs + words[-1].start())
                if subject is not None and subject.kind != "person":
                    return subject, True, quote_before
            return self._pronoun(last, rs + words[-1].start()), True, quote_before
        # Mentions directly before the verb (allowing a name's trailing title words).
        tail_start = rs + words[max(0, len(words) - 8)].start()
        cands = []
        for m in doc.mentions_in(rs, vpos):
            if (
                m.locative
                or doc.in_quote(m.start)
                or (region_clean[m.start - rs] == " " and region[m.start - rs] != " ")
            ):
                continue
            if text[rs : m.start].rstrip().endswith(",") or _titled_after_comma(text[rs : m.start]):
                # "The UN envoy for Syria, Geir Pedersen,": an appositive name; "..., Mayor Ilse Dorn said":
                # the speaker after the reported content, with its title.
                cands.append(m)
                continue
            # the words of the name's own phrase: a comma ends the phrase before it ("In a video posted on
            # Telegram, militia commander Ruslan Gadzhiev": not "on ... Gadzhiev")
            pw = [w.lower() for w in _re_findall(r"[\w'’-]+", text[rs : m.start].rsplit(",", 1)[-1])]
            while pw and pw[-1] in TITLES:
                pw.pop()
            if len(pw) >= 3 and pw[-1] in _DESCRIPTORS and pw[-2] in ("the", "a", "an") and pw[-3] in _PREP:
                pw = pw[:-2]  # "Oliver Brandt of the firm Brandt Kessel": the firm is attached to him
            # "manager at budget airline FlyLow": skip the name's own descriptor words before the preposition.
            k_ = len(pw)
            while (
                k_ > 0
                and len(pw) - k_ < 3
                and pw[k_ - 1] not in _PREP
                and pw[k_ - 1] not in _NP_STOP
                and pw[k_ - 1] not in SPEECH_STOP
            ):
                k_ -= 1
            if k_ > 0 and pw[k_ - 1] in _PREP and k_ < len(pw):
                pw = pw[:k_]
            if pw and pw[-1] in ("the", "a", "an"):
                pw.pop()
            if pw and pw[-1] in _PREP:
                if len(pw) > 1 and pw[-2] in _HEAD_OF:
                    cands.append(m)
                    continue
                if len(pw) > 1 and pw[-1] == "for" and pw[-2] in _COUNSEL and m.entry.kind != "government":
                    cands.append(m)  # "Lawyers for Kieran Doyle said": the client speaks through them
                    continue
                if len(pw) > 1 and pw[-2] in _DESCRIPTORS:
                    lead = self._descriptor_np(rs, m.start, pw[-2])
                    if lead is not None:
                        cands.append(Mention(m.start, m.end, lead))
                        if pw[-1] == "at" and m.entry.kind == "organization":
                            self.workplace[lead.id] = m.entry  # "Doctors at Riverside Hospital"
                continue
            cands.append(m)
        desc = self._descriptor_before(rs, rs + words[-1].end(), words)
        near = rs + words[max(0, len(words) - 3)].start()
        content_before = quote_before or self._content_before(
            cs, cands[-1].start if cands and desc is None else near
        )
        if cands:
            m = cands[-1]
            between = text[m.end : rs + words[-1].end()]
            bw = _re_findall(r"[a-z][\w-]*", between.lower())
            if (
                desc is not None
                and len(bw) == 1
                and not m.possessive
                and m.entry.kind in ("organization", "group", "media", "person")
                and bw[0]
                in ("party", "group", "movement", "company", "firm", "bank", "club", "union", "campaign")
            ):
                return m.entry, False, content_before  # "Georgian Dream party": the name is the speaker
            if (
                desc is not None
                and 1 <= len(bw) <= 3
                and not m.possessive
                and m.entry.kind in ("organization", "media")
                and _re_fullmatch(r"[a-z\s-]+", between.strip() + " ")
                and bw[-1] in ("agency", "broadcaster", "newspaper", "channel", "daily", "outlet", "network")
            ):
                return m.entry, False, content_before  # "KCNA state news agency": the outlet is the speaker
            if (
                desc is not None
                and m.entry.kind == "person"
                and not m.possessive
                and len(bw) <= 6
                and _re_match(r"\s+(?:of|from)\s+(?:the\s+)?", between)
                and _re_fullmatch(r"[\w\s.'’-]*", between)
            ):
                # "Maria Lopez of the Green Party said", "Rep. Han Dong-soo of the opposition People Power Party":
                # the person, not the party named after her
                return m.entry, False, content_before
            if desc is not None and bw and bw[-1] in _DESCRIPTORS and not m.possessive:
                return desc, desc.id != m.entry.id, content_before
            if m.possessive and bw:
                if bw[-1] in _PERSON_ORG_HEADS or bw[-1] in (
                    "ministry",
                    "government",
                    "military",
                    "army",
                    "embassy",
                ):
                    return m.entry, False, content_before
                if bw[-1] in _DESCRIPTORS:
                    name = f"{m.entry.name}'s {' '.join(w for w in bw[-3:] if w != 's')}"
                    kind = _DESCRIPTORS[bw[-1]][0]
                    return (
                        Entry(f"{_prefix(kind)}:{slug(name)}", name, kind, m.entry.country),
                        False,
                        content_before,
                    )
            if len(bw) > 4 and m.start < tail_start:
                return desc, desc is not None, content_before
            if len(bw) <= 4 or not any(w in SPEECH_STOP for w in bw):
                self.co_speakers = self._coordinated(cands, text)
                return m.entry, False, content_before
        if desc is not None:
            return desc, True, content_before
        wm = _HEAD_AT.match(region_clean)
        if (
            wm
            and wm.group(1).lower() in _DESCRIPTORS
            and wm.group(1).lower() not in _HEAD_OF
            and wm.group(1).lower() not in _QUANTITY_NOUNS  # "a group of shareholders": the shareholders
        ):
            # "Workers at the plant told Reuters": the head noun before its workplace speaks.
            d = self._descriptor_np(rs, rs + wm.end(1), wm.group(1).lower())
            if d is not None:
                return d, False, content_before
        pm = _HEAD_BEFORE_PLACE.search(region_clean.rstrip())
        if pm and pm.group(1).lower() in _DESCRIPTORS:
            # "A court in Sofia sentenced ...": the head noun before a place name is the speaker.
            return self._descriptor_np(rs, rs + pm.end(1), pm.group(1).lower()), False, content_before
        return None, False, False

    def _content_before(self, cs: int, pos: int) -> bool:
        """Is the reported content before the speaker ("X did Y, the FT reported")?"""
        head = self.doc.text[cs:pos]
        m = _re_search(r"[,—–]\s*[\w\s.'’()-]{0,60}$", head)
        if not m:
            return False
        before = head[: m.start()]
        seg = _re_split(r"[,—–]", before)[-1].strip()
        words = seg.split()
        if (
            words
            and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their")
            and any(w.lower() in TITLES or w.lower() in _PERSON_TITLE_HEADS for w in words[1:4])
        ):
            return False  # "The U.S. ambassador to Manila, MaryKay Carlson, said": a title, not content
        return len(words) >= 4 and words[0] not in _LEAD_INS

    def _object_pronoun(self, word: str, pos: int, speaker: Entry) -> Entry | None:
        """Whom "him", "her", "it" or "them" stands for, named before ``pos`` in this paragraph or the one
        before: the last person of that gender (or of none known) for him/her, the last body for it/them;
        never the speaker, nor a body of the speaker's own."""
        gender = {"him": "m", "her": "f"}.get(word)
        if gender is None and word not in ("it", "them", "its", "their"):
            return None
        para = self._para_at(pos)
        floor = self.doc.paras[max(0, para - 1)][0]
        unknown: Entry | None = None
        i = bisect.bisect_left(self.doc.m_starts, pos) - 1
        while i >= 0 and self.doc.mentions[i].start >= floor:
            m = self.doc.mentions[i]
            e = m.entry
            i -= 1
            if m.locative or e.id == speaker.id or _same_party(e, speaker):
                continue
            if gender is not None:
                if e.kind != "person":
                    continue
                known = self.doc.gender(e)
                if known == gender:
                    return e
                if known is None and unknown is None:
                    unknown = e
            elif e.kind in ("organization", "group", "government", "media", "country"):
                return _speaker_entry(e)
        return unknown

    def _pronoun(self, word: str, pos: int) -> Entry | None:
        want = _PRONOUNS[word]
        gender = _PRONOUN_GENDER.get(word)
        if want == "person" and gender is not None:
            lead = _LEAD_CLAUSE.match(self.doc.text, self._sentence_start(pos), pos)
            if lead is not None:
                # "When I put Maranoa's account to Hollister, he said": the one the clause before "he" names
                # (only the one put the question to: "Asked about Senator Vega, he said" is not Vega)
                named = [
                    m
                    for m in self.doc.mentions_in(lead.start(), lead.end())
                    if m.entry.kind == "person"
                    and not m.possessive
                    and self.doc.gender(m.entry) in (None, gender)
                    and _PUT_TO.search(self.doc.text, lead.start(), m.start)
                ]
                if named:
                    return named[-1].entry
        if want == "thing" and (subject := self._silent_subject_before(pos)) is not None:
            return subject
        if want == "thing" and self.stmts and self.stmts[-1].speaker.kind != "person":
            return self.stmts[-1].speaker
        if want == "person" and self.stmts and self.stmts[-1].speaker.kind == "person":
            prev = self.stmts[-1]
            para_start = max(p[0] for p in self.doc.paras if p[0] <= pos)
            if prev.start >= para_start and self.doc.gender(prev.speaker) in (None, gender):
                return prev.speaker
        if want == "person" and self.stmts and (prev := self.stmts[-1]).speaker.kind == "person":
            # "Tane said ... 'But Penitoa Vakalahi bit one of my players.' He added": a person named only
            # inside a quote, or as the one accused, does not take "he" from the one speaking
            between = [
                m
                for m in self.doc.mentions_in(prev.start, pos)
                if m.entry.kind == "person"
                and m.entry.id != prev.speaker.id
                and self.doc.gender(m.entry) in (None, gender)
            ]
            if (
                between
                and prev.para >= self._para_at(pos) - 2
                and self.doc.gender(prev.speaker) in (None, gender)
                and all(
                    self.doc.in_quote(m.start) or (prev.target is not None and m.entry.id == prev.target.id)
                    for m in between
                )
            ):
                return prev.speaker
        found = self.doc.last_before(pos, want, gender)
        if want == "thing" and found is not None:
            at = next(
                (m for m in reversed(self.doc.mentions_in(max(0, pos - 300), pos)) if m.entry is found), None
            )
            if at is not None and _CARRIED_BY.search(self.doc.text, max(0, at.start - 80), at.start):
                # "In a statement carried by the state news agency Khovar, they said": not Khovar
                return self.doc.last_before(at.start, want, gender)
        return found

    def _silent_subject_before(self, pos: int) -> Entry | None:
        """The body that opens the sentence before ``pos`` when that sentence said nothing: "The State Security
        Department, the country's main intelligence agency, went further. In a written assessment, it said ..."."""
        ss = self._sentence_start(pos)
        if ss <= 0 or self._para_at(ss - 1) < self._para_at(pos) - 1:
            return None
        ps = self._sentence_start(ss - 1)
        if any(ps <= st.start < ss for st in self.stmts):
            return None
        first = self.doc.first_mention_after(ps, ss, within=5)
        if first is None or first.locative or first.possessive or first.entry.kind in ("person", "media"):
            return None
        return first.entry

    def _descriptor_before(
        self, rs: int, end: int, words: list[re.Match[str]], anaphor: bool = True
    ) -> Entry | None:
        """A name-less speaker right before the verb: "the ministry", "Prosecutors", "Kral's lawyer"."""
        text = self.doc.text
        if not words:
            return None
        head = words[-1].group().lower()
        if head == "statement" and len(words) > 1:
            head = words[-2].group().lower()
            words = words[:-1]
        if head not in _DESCRIPTORS:
            return self._descriptor_before_attachment(rs, words, anaphor)
        # The noun phrase: walk back over modifiers until a determiner, preposition or punctuation.
        k = len(words) - 1
        while k > 0:
            w = words[k - 1].group()
            wl = w.lower()
            gap = text[rs + words[k - 1].end() : rs + words[k].start()]
            if wl in _NP_STOP or wl in _PREP or gap.strip() or wl in _AUX:
                break
            if any(ch.isupper() for ch in w[:1]) and wl not in ("former", "national", "regional"):
                start_w = rs + words[k - 1].start()
                unnamed = not self.doc.mentions_in(start_w, rs + words[k - 1].end())
                at_start = (
                    k == 1
                    and not text[rs:start_w].strip(" “\"‘'(")
                    and wl.isalpha()
                    and w not in lexicon().demonym  # "Greek coast guard officials": the state's, see below
                    and w not in lexicon().country_alias
                )
                if unnamed and (wl in _NP_MODIFIERS or (at_start and wl not in _DETERMINER_CAPS)):
                    # "Arab leaders", "Opposition lawmakers": a modifier that names the group; "Environmental
                    # groups say": a sentence's first word is capitalised, not a name
                    k -= 1
                break
            k -= 1
        np_words = [w.group() for w in words[k:]]
        det = words[k - 1].group().lower() if k > 0 else ""
        if (
            det in _PREP
            and k > 1
            and words[k - 2].group().lower() in _DESCRIPTORS
            and not (det == "of" and words[k - 2].group().lower() in _COLLECTIVE_HEADS)
        ):
            # "Lawyers for three protesters", "an exiled group representing former officers": the head comes first.
            return self._descriptor_before(rs, rs + words[k - 2].end(), words[: k - 1], anaphor=anaphor)
        if (
            k > 2
            and det.endswith(("'s", "’s"))
            and words[k - 2].group().lower() == "of"
            and words[k - 3].group().isalpha()
            and words[k - 3].group().islower()
            and words[k - 3].group() not in _HEAD_OF
        ):
            # "An opposition member of Kızılçam's municipal council": the member speaks, not the council.
            return self._descriptor_before(rs, rs + words[k - 3].end(), words[: k - 2], anaphor=anaphor)
        if (
            det in ("the", "a", "an")
            and k > 2
            and words[k - 2].group().lower() in ("at", "from", "for", "of", "representing")
            and words[k - 3].group().lower() in _DESCRIPTORS
            and words[k - 3].group().lower() not in _HEAD_OF
        ):
            # "Engineers from the company": the engineers speak, not the company.
            return self._descriptor_before(rs, rs + words[k - 3].end(), words[: k - 2], anaphor=anaphor)
        if k > 0 and head in _STATE_HEADS:
            w = words[k - 1].group()
            a3 = lexicon().demonym.get(w) or lexicon().country_alias.get(
                w.removesuffix("’s").removesuffix("'s")
            )
            if a3:
                return gov_entry(a3)
        kind, kinds = _DESCRIPTORS[head]
        pos = rs + words[k].start()
        own = None
        if k > 0:
            w = words[k - 1].group()
            own = lexicon().demonym.get(w) or lexicon().country_alias.get(
                w.removesuffix("’s").removesuffix("'s")
            )
        if anaphor and det == "the" and head in ("army", "military", "troops", "forces"):
            e = self.doc.last_military(pos)
            if e is not None:
                return e
        if anaphor and det in ("its", "their") and kind == "government" and own is None:
            # "its foreign ministry said": the body of the state the text was just about.
            state = self.doc.last_before(pos, "country") or self.doc.last_before(pos, "government")
            if state is not None and state.country:
                return gov_body_entry(state.country, " ".join(w.capitalize() for w in np_words))
        if anaphor and det in ("the", "these", "those") and head in _COMPANY_PLURALS:
            group = self.doc.last_group_of(pos, _COMPANY_PLURALS)
            if group is not None:
                return group  # "the firms": the "three Chinese companies" just named
        if anaphor and own is not None and k > 1 and words[k - 2].group().lower() in ("a", "an"):
            # "A Lebanese rights group accused ... The group, Cedar Rights Monitor, said": the group it introduces
            named = self.doc.introduced_as(pos, head)
            if named is not None and named.country in (None, own):
                return named
        if anaphor and det in ("the", "that", "this") and head == "officer":
            # "PC Mark Ridley punched him ... that officer hit him": the officer the text has named
            e = self.doc.last_titled(pos, _OFFICER_TITLES)
            if e is not None:
                return e
        # "the Düsseldorf-based company", "The Lisbon club", "the Dublin homeless charity": a place before the head
        # is no name of the body, which the article named before
        eff_det, eff_single = det, len(np_words) == 1
        if det not in ("the", "a", "an", "its", "their") and k > 0 and words[-1].group().islower():
            j = k - 1
            while (
                j >= 0
                and k - j <= 2
                and (words[j].group()[:1].isupper() or words[j].group().lower().endswith("-based"))
                and words[j].group().lower() not in _DESCRIPTORS
                and not any(
                    not m.locative for m in self.doc.mentions_in(rs + words[j].start(), rs + words[j].end())
                )
            ):
                j -= 1
            if j >= 0 and j < k - 1 and words[j].group().lower() == "the":
                eff_det = "the"
                eff_single = len(np_words) == 1 or (
                    len(np_words) == 2 and np_words[0].isalpha() and np_words[0].islower()
                )
        if anaphor and eff_det in ("the", "a", "its", "their"):
            e = (
                self.doc.reg.cue_heads.get(head)
                or self.doc.introduced_as(pos, head)
                or self.doc.last_with_head(pos, head)
            )
            if e is not None:
                return e
            prev = self.stmts[-1] if self.stmts and head not in _OWN_NAME_HEADS else None
            if (
                eff_det == "the"
                and kind == "organization"
                and eff_single
                and prev is not None
                and prev.target is not None
                and prev.target.kind == "organization"
                and prev.start < pos
                and not _nameless_other(prev.target, head)
                # ("... a complaint filed by Aceros del Plata SA. In its complaint, the company alleged": a body
                # named since is nearer)
                and not any(
                    m.entry.kind == "organization"
                    and m.entry.id != prev.target.id
                    and not m.locative
                    and (head not in _BUSINESS_HEADS or _NOT_A_BUSINESS.isdisjoint(m.entry.name.split()))
                    for m in self.doc.mentions_in(prev.end, pos)
                )
            ):
                return prev.target  # "X accused Banco Meridional ... The bank said": the accused answers
            if (
                eff_det == "the"
                and kind == "organization"
                and eff_single
                and head not in _GENERIC_HEADS
                and prev is not None
                and prev.speaker.kind in ("organization", "government")
                and prev.para >= self._para_at(pos) - 1
            ):
                return prev.speaker  # "..., the agency said": the body that was just speaking
            if (
                eff_det == "the"
                and head in _BUSINESS_HEADS
                and eff_single
                and prev is not None
                and prev.speaker.kind == "organization"
                and _PUBLIC_BODY_WORDS.isdisjoint(prev.speaker.name.split())
                and prev.para >= self._para_at(pos) - 1
            ):
                # "Keystone Rail accused the union ... the company said": the subject that was just speaking,
                # not a place or body named in passing since.
                return prev.speaker
            if (
                eff_det == "the"
                and eff_single
                and head in _MEMBERS_OF
                and prev is not None
                and prev.speaker.kind in ("organization", "government")
                and prev.para >= self._para_at(pos) - 1
            ):
                return prev.speaker  # "Mercosur trade ministers accused ... the ministers said": Mercosur
            bare = eff_single or " ".join(np_words).lower() in (
                "financial daily",
                "ministry statement",
            )
            if bare and head == "ministry":
                e = self.doc.last_before(pos, "ministry") or self.doc.last_before(pos, "government")
                if e:
                    return e
            for want in kinds if bare and head in _GENERIC_HEADS else ():
                e = self.doc.last_before(pos, want, public=head not in _BUSINESS_HEADS)
                if e is not None:
                    return e
        # The actor named right before the noun phrase ("Mercosur trade ministers", "A KPMG spokesperson").
        owner = (
            [m for m in self.doc.mentions_in(rs, pos) if m.end == rs + words[k - 1].end()]
            if k > 0 and (head in _MEMBERS_OF or kind == "person")
            else []
        )
        if (
            head in _MEMBERS_OF
            and owner
            and owner[-1].entry.kind in ("organization", "government", "media", "group")
        ):
            return owner[-1].entry  # "Mercosur trade ministers", "NATO diplomats": the body speaks
        if (
            anaphor
            and kind == "person"
            and not owner
            and len(np_words) == 2
            and np_words[0].lower() in _DESCRIPTORS
            and _DESCRIPTORS[np_words[0].lower()][0] in ("government", "organization", "media")
        ):
            # "A ministry spokesperson", "a company engineer": a person of the ministry or company just named
            body = self._descriptor_before(rs, rs + words[k].end(), words[: k + 1], anaphor=True)
            if body is not None and body.id in self.doc.reg.actors and body.kind != "person":
                label = f"{body.name} {np_words[1].lower()}"
                return Entry(f"person:{slug(label)}", label, "person", body.country, body.org or body.name)
        if kind == "person" and owner and owner[-1].entry.kind in ("organization", "government", "media"):
            # "A KPMG spokesperson", "an SEC spokesman": a person speaking for that body.
            body = owner[-1].entry
            label = f"{body.name} {' '.join(np_words)}"
            return Entry(f"person:{slug(label)}", label, "person", body.country, body.org or body.name)
        if own is not None and head in _STATE_FORCES:
            # "Sudanese troops", "Israeli soldiers": a state's forces are the state acting, as "Russian forces" is
            return self.doc.reg.add(gov_body_entry(own, "Military"))
        name = " ".join(np_words)
        name = name[0].upper() + name[1:]
        return Entry(f"{_prefix(kind)}:{slug(name)}", name, kind, own)

    def _descriptor_before_attachment(
        self, rs: int, words: list[re.Match[str]], anaphor: bool
    ) -> Entry | None:
        """A speaker whose head comes before a short attachment that ends in an unlisted noun: "A lawyer for
        the family", "Supporters of the jailed mayor". The head speaks, not what it is attached to."""
        text = self.doc.text
        for k in range(len(words) - 2, max(len(words) - 6, 0), -1):
            if text[rs + words[k].end() : rs + words[k + 1].start()].strip():
                return None  # punctuation inside: not one noun phrase
            wl = words[k].group().lower()
            if wl == "in" and words[k - 1].group().lower() in _STATE_HEADS:
                # "Officials in Kyiv said": the state whose capital or country it is
                lx = lexicon()
                place = " ".join(w.group() for w in words[k + 1 :])
                a3 = lx.capital.get(place) or lx.country_alias.get(place)
                if a3:
                    return gov_entry(a3)
            if wl not in _ATTACHING_PREPS:
                continue
            hw = words[k - 1]
            head = hw.group().lower()
            if (
                head in _DESCRIPTORS
                and not (wl == "of" and head in _COLLECTIVE_HEADS)
                # (a capital inside the phrase is a name's word: "the Organization of American States")
                and (k == 1 or hw.group().islower())
            ):
                return self._descriptor_before(rs, rs + words[k - 1].end(), words[:k], anaphor=anaphor)
            return None
        return None

    def _descriptor_np(self, rs: int, end: int, head: str) -> Entry | None:
        """The descriptor noun phrase ending at the last `head` word in text[rs:end] ("Lawyers" in "Lawyers for ...")."""
        text = self.doc.text
        idx = [m_ for m_ in _re_finditer(r"[\w'’.-]+", text[rs:end]) if m_.group().lower() == head]
        if not idx:
            return None
        words = [w for w in _re_finditer(r"[\w'’.-]+", text[rs : rs + idx[-1].end()])]
        return self._descriptor_before(rs, rs + idx[-1].end(), words, anaphor=False)

    def _descriptor_after(self, start: int, end: int) -> Entry | None:
        """A name-less actor right after `start`: "the ministry", "a former employee", "federation officials"."""
        text = self.doc.text
        seg = _re_match(r"[^,.;:!?“”\"]*", text[start:end]).group()
        words = list(itertools.islice(_re_finditer(r"[\w'’.-]+", seg), 6))  # the first six, without the rest
        k0 = 0
        while k0 < len(words) and words[k0].group().lower() in _NP_STOP:
            k0 += 1
        if (
            k0 > 0
            and words[k0 - 1].group().lower() in ("its", "their", "our", "his", "her")
            and not any(w.group().lower() in _OTHER_PARTY_HEADS for w in words[k0 : k0 + 3])
        ):
            return None  # "recalled its ambassador": the actor's own people, not another party
        for k in range(k0, len(words)):
            w = words[k].group().lower()
            if (
                w in _QUANTITY_NOUNS
                and k + 2 < len(words)
                and words[k + 1].group().lower() == "of"
                and not words[k + 2].group().endswith("ing")  # "accused the group of smuggling": the group
            ):
                continue  # "a group of shareholders": the people, not the group
            if w in _DESCRIPTORS:
                if _re_match(r"\s+[A-Z]", seg[words[k].end() :]):
                    return None  # "former minister Radu Petrescu": a title before a name, not an actor
                if (
                    w in ("channel", "site", "program", "programme")
                    and k > 0
                    and (words[k - 1].group() in _PLATFORMS or words[k - 1].group().endswith(("'s", "’s")))
                ):
                    return None  # "wrote on the ministry's Telegram channel": where it was said, no actor
                if w == "official" and k + 1 < len(words) and words[k + 1].group().lower() not in _VERBISH:
                    continue  # "official figures": an adjective
                while k + 1 < len(words) and words[k + 1].group().lower() in _DESCRIPTORS:
                    k += 1
                if _re_match(r"\s+[A-Z]", seg[words[k].end() :]):
                    return None  # "hospital operator Pinnacle Health": a title before a name
                if (
                    len(seg.rstrip()) == words[k].end()
                    and text.startswith(",", start + len(seg))
                    and (
                        named := self.doc.first_mention_after(
                            start + len(seg), min(end, start + len(seg) + 40), within=4
                        )
                    )
                    is not None
                    and text.startswith(",", named.end)
                ):
                    return None  # "the lender's former chief executive, Ciarán Dunleavy,": the name in apposition
                return self._descriptor_before(start, start + words[k].end(), words[: k + 1])
            if (
                (w in _PREP and not (w == "of" and k > 0 and words[k - 1].group().lower() in _QUANTITY_NOUNS))
                or w in SPEECH_STOP
                or (k > k0 and w in _AUX)
            ):
                return None
        return None

    def _inverted_speaker(self, vend: int, ce: int) -> Entry | None:
        """The speaker of ", said Mayor Ilse Dorn." : a name right after the verb that ends the clause or
        opens an appositive. "insisted the airline had ..." has an object, not a speaker, after its verb."""
        text = self.doc.text
        ms = [m for m in self.doc.mentions_in(vend, min(ce, vend + 60)) if not m.locative]
        if (
            len(ms) > 1
            and ms[0].possessive
            and ms[1].entry.kind == "person"
            and _re_fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,4}", text[ms[0].end : ms[1].start])
        ):
            ms = ms[1:]  # ", said Orion Telecom's Claire Dubois.": the person of the body
        if not ms or ms[0].possessive:
            return None
        m = ms[0]
        if not _re_fullmatch(r"\s+(?:[A-Z][\w.’'-]*\s+){0,4}", text[vend : m.start]):
            return None  # only title words between the verb and the name
        return m.entry if _re_match(r"\s*(?:[,.;]|$)", text[m.end : ce]) else None

    def _post_verb_speaker(self, vend: int, ce: int, vstart: int, cs: int) -> Entry | None:
        """', said X' / '” said the ministry' / ', the ministry said' forms: speaker after the verb."""
        text = self.doc.text
        before = text[cs:vstart].rstrip()
        if before and before[-1] not in ',”"—–' and not before.endswith(("’", "'")):
            return None
        ms = [m for m in self.doc.mentions_in(vend, min(ce, vend + 80)) if not m.locative]
        gap_ok = (
            ms
            and _re_fullmatch(r"[\s\w.’',-]*", text[vend : ms[0].start])
            and len(text[vend : ms[0].start]) < 60
        )
        if ms and gap_ok and not _re_search(r"\b(?:to|in|on|at|by|with)\s+$", text[vend : ms[0].start]):
            if (
                ms[0].possessive
                and len(ms) > 1
                and ms[1].entry.kind == "person"
                and _re_fullmatch(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,4}", text[ms[0].end : ms[1].start])
            ):
                return ms[1].entry  # "said Tuvalu's foreign minister Paulo Teleni": the minister speaks
            if (
                len(ms) > 1
                and ms[0].entry.kind in ("organization", "government", "media")
                and ms[1].entry.kind == "person"
                and _re_fullmatch(r"\s+(?:[a-z-]+\s+){1,4}", text[ms[0].end : ms[1].start])
            ):
                return ms[
                    1
                ].entry  # "said Kestrel Airlines chief executive Marta Silva": the executive speaks
            if ms[0].possessive:
                if _SPOKESPERSON_AFTER.match(text, ms[0].end):
                    return ms[0].entry  # "said the Kremlin's spokesman": the Kremlin speaks through him
                return None  # "said Ketteridge's central claim was wrong": whose claim, not who said it
            return ms[0].entry
        return self._descriptor_after(vend, ce)

    # -- targets -------------------------------------------------------------------------------
    def _cands(self, speaker: Entry, start: int, end: int) -> list[Mention]:
        out = []
        # (prosecutors, courts and regulators charge their own country's people)
        polices = None
        for m in self.doc.mentions_in(start, end):
            e = m.entry
            if (m.locative and not (m.possessive and e.kind == "organization")) or e.id == speaker.id:
                # "samples taken at Little Sprout's factory": a place owned by an actor still names it
                continue
            if speaker.org is not None and e.name == speaker.org:
                continue  # "Brussels ..., the European Commission said": the speaker's own union is not accused
            if e.kind == "media" and _re_search(
                r"\b(?:told|to|agency|by)\s+(?:the\s+)?(?:\w+\s+){0,3}$",
                self.doc.text[max(start, m.start - 40) : m.start],
            ):
                continue
            if (
                speaker.country
                and e.country == speaker.country
                and e.kind in ("country", "government", "person")
            ):
                if e.kind == "person" and polices is None:
                    polices = self._oversight(speaker)
                if not (e.kind == "person" and polices):
                    continue
            if (
                speaker.kind == "person"
                and e.kind == "person"
                and speaker.org
                and e.org == speaker.org
                and e.country == speaker.country
            ):
                continue
            if (
                out
                and out[-1].possessive
                and out[-1].entry.kind in ("country", "government")
                and m.start - out[-1].end <= 3
                and (e.kind == "government" or e.name.split()[-1] in _ARMED_GROUP_WORDS)
            ):
                out.pop()  # "Sudan's Rapid Support Forces": the force, not the country that owns the name
            out.append(m)
        return out

    def _allegation_target(
        self, speaker: Entry, cs: int, ce: int, vs: int, ve: int, content_before: bool
    ) -> Entry | None:
        text = self.doc.text
        low = text[cs:ce].lower()
        cands = self._cands(speaker, cs, ce)
        named = [m for m in cands if m.end <= vs and _IT_SAID.fullmatch(text, m.end, vs)]
        if named:
            return named[-1].entry  # "sanctions on three Chinese companies it said had ...": those companies
        suspected = _SUSPECTED_SUBJECT.match(text, ve, ce) if not content_before else None
        if suspected is not None:
            # "Prosecutors said he was 'strongly suspected' of handing documents to ...": he is accused, not whom
            # the documents went to
            who = suspected.group(1).lower()
            accused = (
                self._pronoun(who, ve + suspected.start(1))
                if who in _PRONOUNS
                else self._descriptor_after(ve + suspected.start(1), ce)
            )
            if accused is not None and accused.id != speaker.id:
                return accused
        am = _re_search(
            r"\b(?:accus\w*|blam\w+|charged|sued|convicted|indicted|fined|sentenced|held|questioned the \w+ of|cast\w* doubt on|summoned|called in|warned(?= \S+(?: \S+)? against)"
            r"|point\w* the finger at|legal action against|(?:lawsuit|suit|complaint|petition|proceedings)\b[^.;]{0,80}?\bagainst"
            r"|(?:hit|hits|hitting|lash\w*) out at|(?:hit|hits|hitting|fired|fires|firing) back at"
            r"|(?:took|takes|taking) aim at)\b",
            low,
        )
        if am and _re_search(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", low[: am.start()]):
            # the passive: "The attack was blamed on the Liwa al-Nasr militia by ...": whom it is laid on;
            # "Sergeant Luc Ferrandi was accused on Friday by Yasmina Belkacem of ...": the subject
            if am.group().startswith("blam"):
                on = _re_match(r"\s+on\s+", text[cs + am.end() : ce])
                laid = [m for m in cands if on is not None and m.start >= cs + am.end() + on.end()]
                if laid and laid[0].start - (cs + am.end() + on.end()) < 25:
                    return laid[0].entry
            else:
                subject = [m for m in cands if m.end <= cs + am.start() and not m.possessive]
                if subject and subject[0].start - cs < 30:
                    return subject[0].entry
        if (
            am is not None
            and (rel := _re_search(r",\s+(?:which|whom|who)\s+[^,;]{0,60}$", text[cs:vs])) is not None
        ):
            comma = cs + rel.start()
            antecedent = self.doc.mention_ending_at(comma, comma - 80)
            if antecedent is not None and antecedent.entry.id != speaker.id:
                return antecedent.entry  # "The Arakan Army, which Myanmar's junta blames for ...": the army
        if am and not _re_search(r"\b(?:was|were|been|being)\s+$", low[: am.start()]):
            if _re_match(r"\s+(?:it|them|him|her|its|their)\b", low[am.end() :]):
                # "lashed out at Israel, accusing it of genocide": the pronoun is the actor just named.
                # (a place-like mention counts too: "lashed out at Israel" names no place)
                before = [m for m in self.doc.mentions_in(cs, cs + am.start()) if m.entry.id != speaker.id]
                if before:
                    return _speaker_entry(before[-1].entry) if before[-1].locative else before[-1].entry
                pronoun = _re_match(r"\s+(\w+)", low[am.end() :])
                earlier = self._object_pronoun(pronoun.group(1), cs, speaker) if pronoun else None
                if earlier is not None:
                    return earlier  # "Marta Lind was sacked. The club accused her of leaking tactics": Lind
            after = [m for m in cands if m.start >= cs + am.end()]
            if am.group().endswith(" at") and not after:
                # "pointed the finger at Kosovo": "at" names whom, not where
                at = [m for m in self.doc.mentions_in(cs + am.end(), ce) if m.entry.id != speaker.id]
                if at and at[0].start - (cs + am.end()) < 5:
                    return _speaker_entry(at[0].entry)
            if after and after[0].start - (cs + am.end()) < 40:
                if (
                    len(after) > 1
                    and after[1].entry.kind == "person"
                    and _ROLE_OF.fullmatch(text, cs + am.end(), after[0].start)
                    and _re_fullmatch(r",\s*", text[after[0].end : after[1].start])
                ):
                    # "accused the governor of the Central Bank of Costa Rica, Adriana Solís, of ...": her
                    return after[1].entry
                if (
                    len(after) > 1
                    # (a plural's possessive too: "Rovers' chairman")
                    and (after[0].possessive or text.startswith(("'", "’"), after[0].end))
                    and _OWNED_ROLE_THEN_NAME.fullmatch(text, after[0].end, after[1].start)
                ):
                    return after[1].entry  # "charged Harwick Town's owner, Desmond Okoro-Lyle, with ...": him
                return after[0].entry
            d = self._descriptor_after(cs + am.end(), ce)
            if d is not None and d.id != speaker.id:
                return d
            if after:
                return after[0].entry
        if _re_fullmatch(r"called on|urged|called for", text[vs:ve]):
            # "called on the U.S. and EU to respond to ...": the addressees are not the accused.
            tmt = _re_search(r"\bto\s+", text[ve:ce])
            if tmt:
                addressees = [m for m in cands if ve <= m.start < ve + tmt.start()]
                if addressees and _STOP_DOING.match(text, ve + tmt.end(), ce):
                    # "urged London to stop political manipulation": the one told to stop is accused.
                    return addressees[0].entry
                ve = ve + tmt.end()
                cands = [m for m in cands if m.start >= ve]
                others = [
                    m
                    for m in cands
                    if not _same_party(m.entry, speaker) and m.entry.country != speaker.country
                ]
                if addressees and not others:
                    # "urged the EU to provide a non-discriminatory environment for Chinese companies":
                    # nobody else is named, so the one urged is the one charged.
                    return addressees[0].entry
        if _re_fullmatch(r"(?:told|tells|telling)(?:\s+\w+)?", text[vs:ve]):
            tmt = _re_search(r"\bthat\s+", text[ve:ce])
            if tmt:
                ve = ve + tmt.start()
                cands = [m for m in cands if m.start >= ve]
            elif (aud := _AUDIENCE.match(text, ve, ce)) is not None and not _re_match(
                r"\s*[,.;:—–]|\s*$", text[aud.end() : ce]
            ):
                # "told reporters the manipulation was deliberate": the audience, then what was said
                ve = aud.end()
            elif (aud := _ADDRESSEE.match(text, ve, ce)) is not None:
                # "..., Sandu told reporters in Chisinau": whoever is told is the audience, not the accused.
                cands = [m for m in cands if not ve <= m.start < aud.end()]
                ve = aud.end()
        if not content_before and (ev := _HAD_EVIDENCE.match(text, ve, ce)) is not None:
            # "said the alliance had evidence that Russian drones had entered": whom the evidence is about, not
            # the speaker's own body that holds it
            cands = [m for m in cands if m.start >= ev.end()]
            ve = ev.end()
        tm0 = _re_match(r"\s*(?:on \w+\s+)?(?:that\s+)?", text[ve:ce])
        # After a verb that follows its content ('..., said the former manager'), the words after it
        # are the speaker's own phrase.
        d = self._descriptor_after(ve + tm0.end(), ce) if tm0 and not content_before else None
        if d is None and tm0 is not None and not content_before and tm0.group().strip().endswith("that"):
            pm = _HE_SHE.match(text, ve + tm0.end(), ce)
            if pm is not None and not cands:
                # "parishioners alleged that he had pocketed donations": he, whom the text was about
                who = self._pronoun(pm.group(1).lower(), ve + tm0.end())
                if who is not None and who.id != speaker.id and who.kind == "person":
                    return who
            if not cands and _THEY.match(text, ve + tm0.end(), ce):
                # "said Venezuelan soldiers crossed the river and that they fired shots": they, named just before
                earlier = [
                    m
                    for m in self.doc.mentions_in(self._sentence_start(cs), cs)
                    if not m.locative
                    and not m.possessive
                    and m.entry.kind in ("government", "group", "organization")
                    and not _same_party(m.entry, speaker)
                    and m.entry.country != speaker.country
                ]
                if earlier:
                    return earlier[-1].entry
        if d is None and tm0 is not None:
            # "found evidence that 12 weightlifters ...": a later that-clause names the accused.
            for tmx in _re_finditer(r"\bthat\s+", text[ve + tm0.end() : ce]):
                if _re_match(
                    r"(?:[a-z]+(?:ed|s)|told|said|sold|made|took|gave|had|was|were|is|are|has|kept|left|sent|ran|got|held"
                    r"|put|let|could|would|will|may|might|can|allow\w*|show\w*|offer\w*)\b",
                    text[ve + tm0.end() + tmx.end() : ce],
                ):
                    continue  # "apps that told customers ...": a relative clause, naming no accused
                d = self._descriptor_after(ve + tm0.end() + tmx.end(), ce)
                if d is not None:
                    break
        if (
            d is not None
            and d.id != speaker.id
            and not [m for m in cands if ve <= m.start < ve + tm0.end() + 25]
        ):
            # "hackers linked to North Korea's Lazarus Group": the named backer is the target.
            link = _LINKED.search(text, ve + tm0.end(), min(ce, ve + tm0.end() + 60))
            if link:
                backer = [m for m in cands if link.end() <= m.start < link.end() + 25]
                if backer:
                    return backer[0].entry
            return d
        if content_before:
            close = max(text.rfind("”", cs, vs), text.rfind('"', cs, vs))
            if close > cs:
                # '"The weapons arrive through Emirati-run airstrips," Sudan's ambassador to the U.N., X, told':
                # the names after the quote are the speaker's own phrase
                cands = [m for m in cands if m.end <= close or m.start >= ve]
        if not cands:
            fav = _IN_FAVOUR_OF.search(text, ve, ce)
            if fav is not None:
                # "results had been altered in favour of the ruling party": the beneficiary is accused.
                d = self._descriptor_after(fav.end(), ce)
                if d is not None and d.id != speaker.id:
                    return d
            made = _MADE_IN.search(text, cs, vs) if content_before else _MADE_IN.search(text, ve, ce)
            if made is not None:
                # "Iranian-made missiles were used": the maker state is the accused.
                lx = lexicon()
                a3 = lx.demonym.get(made.group(1)) or lx.country_alias.get(made.group(1))
                if a3 and a3 != speaker.country:
                    return country_entry(a3)
            return None
        if content_before:
            pre = [m for m in cands if m.end <= vs]
            if pre:
                return pre[0].entry
        tm = _re_search(r"\bthat\b", text[ve:ce])
        if tm:
            after = [m for m in cands if m.start >= ve + tm.end()]
            if after:
                return after[0].entry
        after = [m for m in cands if m.start >= ve]
        if after:
            return after[0].entry
        # Mentions before the verb belong to the speaker's own phrase ("The UN force UNIFIL said")
        # unless they are separated from it by a clause boundary.
        pre = [
            m
            for m in cands
            if m.end <= vs
            and "," in text[m.end : vs]
            # "A spokesperson for the Palestinian Authority, Nabil Abu Rudeineh, called": the speaker's own phrase
            and not any(x.entry.id == speaker.id for x in self.doc.mentions_in(m.end, vs))
            # "Natalie Ferris, a lawyer representing Leclair, said": her appositive, her client
            and not any(
                x.entry.id == speaker.id
                and text.startswith(",", x.end)
                and "," not in text[x.end + 1 : m.start]
                for x in self.doc.mentions_in(cs, m.start)
            )
        ]
        return pre[0].entry if pre else None

    def _denial_explicit_target(self, speaker: Entry, cs: int, ce: int, vs: int) -> Entry | None:
        text = self.doc.text
        state_claim = _STATE_CLAIM.search(text, cs, ce)
        if state_claim is not None:
            # "said the Argentine investigation was flawed", "rejected the Philippine account": that state's
            a3 = lexicon().demonym.get(state_claim.group(1))
            if a3 and a3 != speaker.country:
                # the state's own accuser, if the text named one ("rejected French accusations" after Darmanin's)
                # (or one named just after it: "... French Interior Minister Gerald Darmanin had said earlier")
                named = next(
                    (
                        x.speaker
                        for x in reversed(self.stmts)
                        if x.stance == "allegation" and x.start < cs and x.speaker.country == a3
                    ),
                    None,
                ) or self._later_accuser_of(a3, cs)
                return named if named is not None else self.doc.reg.add(gov_entry(a3))
        dm = _DESC_CLAIM.search(text, cs, ce)
        if (
            dm
            and dm.group(2)
            and dm.group(2).lower() not in _DESCRIPTORS
            and dm.group(2).lower() not in TITLES
            and (by_head := self._accuser_by_head(dm.group(2).lower(), dm.start())) is not None
        ):
            return by_head  # "rejected the unit's findings": the Financial Supervision Unit's
        if dm and (
            (dm.group(1) or dm.group(2)).lower() in _DESCRIPTORS
            or (dm.group(2) and dm.group(2).lower() in TITLES)
        ):
            w = dm.group(1) or dm.group(2)
            named = None if w.lower() not in _DESCRIPTORS else self.doc.introduced_as(dm.start(), w.lower())
            if named is None and dm.group(2):
                # "the chief's account": Chief Mulenga Kapasa's
                named = self.doc.last_titled(dm.start(), w.lower())
            if named is None:
                named = self._accuser_by_head(w.lower(), dm.start())
            if named is not None:
                return named  # "the group's claims" after "the ransomware group RedFang": RedFang's
            # (of "the airline's account" and no such actor, a mention below may name the airline)
            if not dm.group(3) and w.lower() in _DESCRIPTORS:
                kind = _DESCRIPTORS[w.lower()][0]
                return Entry(f"{_prefix(kind)}:{slug(w)}", w[0].upper() + w[1:], kind)
        that = _THAT_CHARGE.search(text, cs, ce)
        if that is not None:
            # "Coastline dismissed that report", "rejected that link": the charge just reported, by its owner
            media_only = (that.group(1) or "").lower() in ("report", "reports", "story", "article")
            for x in reversed(self.stmts):
                if x.start >= cs or x.stance != "allegation" or _same_party(x.speaker, speaker):
                    continue
                if media_only and x.speaker.kind != "media":
                    continue
                if x.para < self._para_at(cs) - 2:
                    break
                return x.speaker
        for m in self._cands(speaker, cs, ce):
            after = text[m.end : m.end + 40].lower()
            before = text[max(cs, m.start - 45) : m.start].lower()
            if _NO_PROOF_GIVEN.match(text, m.end, ce):
                return m.entry  # "Vilnius had 'not produced a single piece of evidence'": the accuser
            if (m.possessive or text.startswith(("'", "’"), m.end)) and _re_match(
                r"(?:['’]s?)?\s+(?:\w+\s+){0,2}(?:claims?|assertions?|accusations?|allegations?|estimates?|charges?|reports?|account|findings|statements?|ranking|figures|description"
                r"|comments|remarks|suggestions?|testimony|version|assessment|characteri[sz]ation|portrayal|narrative"
                r"|reporting|coverage|story|article|investigation|talk|words|rhetoric|complaints?|concerns)\b",
                after,
            ):
                return m.entry
            if _re_search(
                r"\b(?:claims?|assertions?|accusations?|allegations?|reports?|video|report|story|article|ranking|findings|rumou?rs|figures|data|estimates?|study)[”\"]?\s+(?:\w+\s+){0,2}(?:by|from|in|of)\s+(?:the\s+)?$",
                before,
            ):
                return m.entry
            if (
                _re_search(r"\b(?:responding|replying|reacting|in response)\s+to\s+(?:the\s+)?$", before)
                and not m.possessive
            ):
                return m.entry  # "Responding to Global Witness, Vale Verde's chief executive said ..."
            if _re_search(r"\b(?:a|an)\s+$", before) and _re_match(
                r"\s*(?:claim|report|accusation|allegation)", after
            ):
                return m.entry
            if before.endswith("the ") and _re_match(
                r"\s+(?:report|study|audit|investigation|analysis|findings|dossier|survey|claims?|allegations?)\b",
                after,
            ):
                return m.entry  # "rejects the conclusions of the BetIntegrity report": BetIntegrity's
            if (
                m.entry.kind == "media"
                and _re_search(r"\b(?:report|article|story)\b", text[cs:ce].lower())
                and not _TOLD_OUTLET.search(before)
            ):
                return m.entry
        aside = self._trailing_alleger(speaker, cs, ce) or self._despite_alleger(speaker, ce)
        if aside is not None:
            return aside[0]  # "denied that it had tortured detainees, as rights groups have alleged"
        for m in self._cands(speaker, cs, ce):
            if m.entry.kind == "person" and any(
                x.stance == "allegation" and x.speaker.id == m.entry.id and x.start < cs for x in self.stmts
            ):
                return m.entry  # "Ms. Kaplan is doing politics with slander": the accuser it names
        by = _CHARGE_BY.search(text, cs, ce)
        if by is not None:
            # "denies the charges brought by prosecutors", "the allegations made by the union": a name-less accuser
            d = self._descriptor_after(by.end(), ce)
            if d is not None and d.id != speaker.id:
                return d
        return None

    def _later_accuser_of(self, a3: str, pos: int) -> Entry | None:
        """A person of the state ``a3`` named in the paragraph after ``pos`` as having made the charge before it:
        "French Interior Minister Gerald Darmanin had said earlier that ..."."""
        nxt = self._para_at(pos) + 1
        if nxt >= len(self.doc.paras):
            return None
        ps, pe = self.doc.paras[nxt]
        if not _HAD_SAID.search(self.doc.text, ps, pe):
            return None
        return next(
            (
                m.entry
                for m in self.doc.mentions_in(ps, pe)
                if m.entry.kind == "person" and m.entry.country == a3
            ),
            None,
        )

    def _accuser_by_head(self, head: str, pos: int) -> Entry | None:
        """The last accuser before ``pos`` that "the <head>" can stand for: "the newspaper's allegations" after an
        outlet's report, "the ambassador's accusation" after Ambassador X's, "the regulator's" after a watchdog's."""
        one = head[:-1] if head.endswith("s") and len(head) > 4 else head  # "the prosecutors' accusations"
        for x in reversed(self.stmts):
            if x.start >= pos or x.stance != "allegation":
                continue
            sp = x.speaker
            if (
                head in sp.name.lower().split()
                or one in _name_words(sp.name)
                or head in _re_findall(r"[a-z]+", self.doc.words_before(sp))
                or (head in _PAPER_HEADS and sp.kind == "media")
                or (head in _WATCHDOG_HEADS and sp.kind != "person" and self._oversight(sp))
                or (head in _GROUP_HEADS and sp.kind in ("organization", "group"))
                or (head in _STATE_SIDE_HEADS and sp.kind in ("government", "country"))
            ):
                return sp
        return None

    def _accuser(self, st: _Stmt) -> tuple[Entry | None, str | None]:
        """For a denial without a named accuser: the speaker of the allegation that targets the denier."""
        sp = st.speaker
        if _THAT_CLAIM.search(self.doc.text, st.start, st.end):
            # "Arab leaders rejected that assessment": the statement just before is the one denied.
            just_before = next(
                (x for x in reversed(self.stmts) if x.start < st.start and x.speaker.id != sp.id), None
            )
            if just_before is not None and just_before.para >= st.para - 1:
                return just_before.speaker, just_before.claim
        if _CLIENT.search(self.doc.text, st.start, st.end):
            # "The suspect's lawyer called the charges absurd", "my client had no knowledge": a defence answers
            # the prosecutors or the authority that brought the charges against the client
            charging = next(
                (
                    x
                    for x in reversed(self.stmts)
                    if x.start < st.start
                    and x.stance == "allegation"
                    and x.speaker.id != sp.id
                    and _CHARGING_BODY.search(x.speaker.name)
                ),
                None,
            )
            if charging is not None:
                return charging.speaker, charging.claim
        principal = sp.name.split("'s ")[0].lower() if "'s " in sp.name else None
        best = None
        open_alleg = None
        last_alleg = None
        for other in self.stmts:
            if other is st or other.stance != "allegation" or other.speaker.id == sp.id:
                continue
            if sp.org is not None and sp.org == other.speaker.name:
                continue  # the charge of the denier's own body ("An RSF adviser" after the RSF's) is not denied
            if other.start < st.start and (other.target is not None or not other.target_explicit):
                last_alleg = other
            if other.target is None:
                if other.start < st.start and not other.target_explicit:
                    open_alleg = other
                continue
            t = other.target
            if principal and t.name.lower() == principal:
                best = other
                continue
            hit = (
                t.id == sp.id
                or (sp.org is not None and sp.org == t.name)  # the European Commission answers for the EU
                or (
                    sp.country is not None
                    and t.country == sp.country
                    and sp.kind in ("government", "country", "person")
                    and t.kind != "person"
                )
                or (
                    sp.kind in ("government",)
                    and t.kind == "person"
                    and t.country == sp.country
                    and t.org in ("Kremlin", "White House")
                )
            )
            if sp.kind == "person" and t.kind == "person" and t.id != sp.id:
                hit = False
            if not hit:
                continue
            if other.start < st.start:
                best = other  # the latest allegation before the denial
            elif best is None:
                best = other
                break
        latest = next((x for x in reversed(self.stmts) if x.start < st.start and x.speaker.id != sp.id), None)
        if best is None and open_alleg is not None and open_alleg is latest:
            open_alleg.target = sp  # an allegation with no named target is about whoever denies it
            best = open_alleg
        if (
            best is None
            and last_alleg is not None
            and not _same_party(last_alleg.speaker, sp)
            and not self._defends_own_side(st, last_alleg.speaker)
        ):
            best = last_alleg
        if best is None:
            prev_denial = next(
                (
                    x
                    for x in reversed(self.stmts)
                    if x.stance == "denial" and x.start < st.start and x.target is not None
                ),
                None,
            )
            if prev_denial is not None and prev_denial.para >= st.para - 1:
                return prev_denial.target, prev_denial.claim  # same thread: the same accuser
        if best is None:
            # No allegation to answer: a denial usually rebuts the last claim made by someone else.
            prev_other = next(
                (
                    x
                    for x in reversed(self.stmts)
                    if x.start < st.start and x.speaker.id != sp.id and x.para >= st.para - 1
                ),
                None,
            )
            own_side = prev_other is not None and (
                _same_party(prev_other.speaker, sp) or self._defends_own_side(st, prev_other.speaker)
            )
            if prev_other is not None and prev_other.stance != "denial" and not own_side:
                return prev_other.speaker, prev_other.claim
        if best is None:
            best = next(
                (
                    x
                    for x in self.stmts
                    if x.stance == "allegation" and x.start > st.start and x.speaker.id != sp.id
                ),
                None,
            )
        if best is None:
            # "The bank said the outage was a hardware failure. The group had said it knocked the system
            # offline": a claim reported just after, in the past perfect, is the one denied.
            later = next(
                (
                    x
                    for x in self.stmts
                    if x.start > st.start
                    and x.speaker.id != sp.id
                    and x.para <= st.para + 1
                    and _HAD_SAID.search(self.doc.text, x.start, x.end)
                ),
                None,
            )
            return (later.speaker, later.claim) if later is not None else (None, None)
        best = self._principal_accusation(best, st.start)
        # The claim denied is the accuser's original one: their earliest allegation against the same party.
        origin = next(
            (
                x
                for x in self.stmts
                if x.stance == "allegation"
                and x.speaker.id == best.speaker.id
                and x.target is not None
                and best.target is not None
                and (
                    x.target.id == best.target.id
                    or (x.target.country and x.target.country == best.target.country)
                )
            ),
            best,
        )
        return best.speaker, origin.claim

    def _written_by(self, st: _Stmt, author: Entry) -> bool:
        """Does the statement name ``author`` as who wrote it ("an investigation, written by Montoya, alleged")?"""
        return any(
            m.entry.id == author.id and self.doc.text.endswith("by ", 0, m.start)
            for m in self.doc.mentions_in(st.start, st.end)
        )

    def _principal_accusation(self, alleg: _Stmt, before: int) -> _Stmt:
        """A person's charge repeating an earlier one by a body against the same party ("the coalition accused
        the ruling party ... coalition leader Benítez said the party stole the vote") is the body's: a denial
        answers the party that made the accusation, not the people quoted in its support. But where one of
        the body's own people made the charge too ("union president Dave MacIsaac accused the company"), the
        denial answers that person: the person stands for the body as well (their ``org``), the body does not
        stand for the person."""
        t = alleg.target
        if t is None:
            return alleg
        if _institutional(alleg.speaker):
            return next(
                (
                    x
                    for x in reversed(self.stmts)
                    if x.start < before
                    and x.stance == "allegation"
                    and x.speaker.kind == "person"
                    and x.target is not None
                    and x.target.id == t.id
                    and _same_party(alleg.speaker, x.speaker)
                ),
                alleg,
            )
        return next(
            (
                x
                for x in self.stmts
                if x.start < alleg.start
                and x.stance == "allegation"
                and x.target is not None
                and _institutional(x.speaker)
                and not _same_party(x.speaker, alleg.speaker)
                and (
                    x.target.id == t.id
                    or (_state_itself(x.target) and _state_itself(t) and x.target.country == t.country)
                )
            ),
            alleg,
        )

    # -- claim text ----------------------------------------------------------------------------
    def _claim(
        self,
        stance: str,
        target: Entry | None,
        cs: int,
        ce: int,
        vs: int,
        ve: int,
        content_before: bool = False,
    ) -> str:
        text = self.doc.text
        clause = text[cs:ce]
        lead_quote = _LEAD_QUOTE.match(clause) if content_before else None
        if lead_quote is not None:
            # '"This is a house of cards," the founder wrote': the quote, or what it says someone stressed.
            inner = _FOUND_THAT.search(lead_quote.group(1))
            return _trim(inner.group(1) if inner else lead_quote.group(1))
        if content_before and vs > cs and stance == "allegation":
            head = _re_sub(r"[,—–]\s*[^,—–]*$", "", clause[: vs - cs])
            head = _re_sub(r"^(?:Meanwhile|However|Separately|Earlier|Also),\s*", "", head).strip(
                " ,.“”\"'’—–"
            )
            if len(head) > 15 and not head.startswith(("“", '"')):
                return head[:200].rsplit(" ", 1)[0] if len(head) > 200 else head
        rel_ve = max(0, ve - cs)
        acc = _re_match(r"\s*according to [^,]+,(?:[^,”\"]*?[“\"][^”\"]*[”\"],?)?\s*(.+)", clause, re.I)
        if acc and stance != "other":
            return _trim(acc.group(1))
        m = None
        if stance != "other":
            # The that-clause of a verb of finding or saying; a relative "that" ("procedures that were
            # never performed") is not the proposition.
            m = _FOUND_THAT.search(clause, rel_ve) or _re_search(r"\bthat\s+(.+)", clause[rel_ve:])
        if m is None:
            m = _re_search(
                r"\b(?:claims?|assertions?|allegations?|accusations?|reports?|suggestions?|information)\W{0,2}\s+that\s+(.+)",
                clause,
            )
        if m is not None:
            body = m.group(1)
        else:
            am = _re_search(r"\b(?:accus\w+|blamed|charged)\s+(.+)", clause)
            passive = am and _re_match(r"by\s+.+?\s+(?:of|for|with)\s+(.+)", am.group(1))
            if passive:
                # "X was accused by Y of Z": the proposition is "X Z", not "by Y Z".
                body = f"{target.name} {passive.group(1)}" if target is not None else passive.group(1)
            elif am:
                body = _re_sub(r"\s+(?:of|for|with)\s+", " ", am.group(1), count=1)
            else:
                q = _re_search(r"[“\"]([^”\"]{8,})[”\"]", clause)
                body = q.group(1) if q else clause[rel_ve:] if len(clause) - rel_ve > 20 else clause
                inner = (
                    _re_search(
                        r"\b(?:stressed|said|noted|insisted|added|claimed|warned|believes?) that (.+)", body
                    )
                    if q
                    else None
                )
                if inner:
                    body = inner.group(1)
        return _trim(body) or clause.strip()[:200]


_CLAIM_NOISE = re.compile(
    r"\s+on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<=\w)[”\"](?=\W)|(?<=\s)[“\"](?=\w)"
)


def _titled_after_comma(before: str) -> bool:
    """`before` ends in a comma and a capitalized title only (", Mayor", ", Deputy Foreign Minister")."""
    _, comma, tail = before.rpartition(",")
    words = tail.split()
    return (
        bool(comma)
        and 0 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[-1].lower() in TITLES
    )


def _trim(body: str) -> str:
    """Cut a claim at the reporting tail and side remarks, and cap its length."""
    # Only the part before the first cut is kept: where the first match starts (what split()[0] keeps).
    cut = _re_search(
        r",\s+(?:according to|a claim|a charge|an accusation|an allegation|but|while|which|though|although|even though|in remarks|in comments|in an interview|in a statement|in a post|"
        r"raising|reaffirming|saying|stating|calling|as|the \w+ (?:said|added|reported))\b"
        r"|[,—–]\s+(?:the|a)\s+[\w\s]{1,30}?(?:said|added|reported|wrote)\b|\s+and (?:suggested|produced)\b|;",
        body,
    )
    if cut is not None:
        body = body[: cut.start()]
    # The proposition without when it was said or the quote marks around a word of it.
    body = _CLAIM_NOISE.sub("", body)
    body = body.strip(" ,.“”\"'’—–")
    if len(body) > 200:
        body = body[:200].rsplit(" ", 1)[0]
    return body


# Heads that may point back at any earlier actor of their kind; others ("the regulator") need a name match.
_GENERIC_HEADS = frozenset(WORDS["generic_heads"])
_VERBISH = frozenset(["said", "says", "told", "denied", "has", "had", "was", "is", "would", "will"])
_STATE_HEADS = frozenset(WORDS["state_heads"])
_DESC_CLAIM = re.compile(
    r"\b(?:dismiss|reject|den[yi]|rebuff|refut)\w*\s+(?:the\s+)?(\w+)['’]?\s+(?:claims?|accusations?|allegations?|charges?)\b"
    r"|\bthe\s+(?:\w+\s+)?(\w+)['’]s?\s+(?:claims?|accusations?|allegations?|charges?|report|findings"
    r"|(account|version|description|comments|remarks|testimony))\b",
    re.I,
)
_DOC_PARTICIPLES = frozenset(["saying", "alleging", "accusing", "claiming", "arguing", "stating"])
_MADE_DOCUMENT = re.compile(
    r"\b(?:published|released|issued|filed|posted|sent|wrote|put out|lodged)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}$"
)
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:report|lawsuit|suit|complaint|filing|statement|letter|post|video|study|dossier|indictment|petition)\s+$"
)
# (", accusing Brussels of ...": the participle's object is the accused, never its speaker)
_PARTICIPLES = frozenset(
    [
        "saying",
        "stating",
        "adding",
        "arguing",
        "insisting",
        "claiming",
        "alleging",
        "telling",
        "writing",
        "accusing",
        "blaming",
        "denying",
        "rejecting",
        "dismissing",
    ]
)
# Heads of another party that "its" may own: "its cleaning contractor", "its former chief executive"
_OTHER_PARTY_HEADS = frozenset(
    [
        "contractor",
        "contractors",
        "subcontractor",
        "supplier",
        "suppliers",
        "vendor",
        "partner",
        "rival",
        "predecessor",
    ]
)
_SELF_CLAIM = re.compile(
    r"\s*(?:(?:on|in)\s+(?:[\w-]+\s+){1,3}?)?(?:that\s+)?(its|their|our|we|they|it|i)\b"
    # ("said it had filed a lawsuit": a charge against another, however it is phrased)
    r"(?!\s+(?:had\s+|has\s+|have\s+|would\s+)?(?:filed|lodged|brought|submitted|launched)\s+(?:a|an)\b)"
    # ("said its cleaning contractor had skipped ...": another party of its, not itself)
    r"(?!\s+(?:[\w-]+\s+)?(?:contractors?|subcontractors?|suppliers?|vendors?|partners?|rivals?|predecessors?"
    r"|neighbou?rs?|critics|enemies|opponents|former|ex-)\b)"
    r"(?!\s+(?:believ|think|thought|suspect|consider|understand|said|say|know|had evidence|has evidence"
    r"|(?:\w+\s+)?(?:had |has |have )?(?:identified|found|uncovered|discovered|documented|obtained|seen|traced|gathered"
    r"|recorded|witnessed|observed)|(?:had |has |have )?been)\w*)",
    re.I,
)
# (not a day or month: "release the report by Friday")
_OUTLET_NAME = re.compile(
    rf"(?!(?:{'|'.join(sorted(w.capitalize() for w in DATE_WORDS))})\b)((?:[A-Z][\w'’.-]*(?:\s+|$)){{1,4}})"
)
_IN_FAVOUR_OF = re.compile(r"\bin favou?r of\s+")
_MADE_IN = re.compile(
    r"\b([A-Z][a-z]+)-(?:made|built|supplied|designed|manufactured|produced|origin|run|operated|owned|controlled|funded|financed)\b"
)
_ARMED_GROUP_WORDS = frozenset(
    ["Forces", "Army", "Guard", "Guards", "Militia", "Brigade", "Brigades", "Front"]
)
_LINKED = re.compile(
    r"\b(?:linked to|backed by|working for|tied to|affiliated with|acting for|acting on behalf of|controlled by|run by"
    r"|directed by|operated by|sponsored by|working on behalf of|from)\s+(?:the\s+)?"
)
_HEAD_BEFORE_PLACE = re.compile(r"\b(\w+)\s+(?:in|at|of|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?$")
_QUANTITY_NOUNS = frozenset(
    ["group", "team", "panel", "number", "coalition", "band", "handful", "dozens", "hundreds"]
)
_EMBEDDED_REPORT = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|article|story|investigation|documentary)\s+(?:by|in|from|on)\s+(?:the\s+)?"
)
# Who was told, and where or when: "told reporters outside the electoral commission".
_AUX_ONLY = re.compile(r"[\s,]*(?:(?:had|has|have|was|were|is|also|then|later|previously|earlier)\s+)*")
_CALLS_ITSELF = re.compile(
    r"\b(?:which|who)\s+calls?\s+(?:itself|themselves|himself|herself)\s+((?:[A-Z][\w'’.-]*\s*){1,4})"
    r"|,\s+(?:known|self-styled)\s+as\s+((?:[A-Z][\w'’.-]*\s*){1,4})"
)
_APPOSITIVE_NAME = re.compile(r"\b(\w+),\s+(?:the\s+)?([^,“”\"]{2,60}?),?\s*$")
# What an accused party says in its own favour, and what it says that answers nothing.
_SELF_REFERENCE = re.compile(r"\b(?:we|our|its|it|their|they|he|she|his|her|i|my)\b")
_SELF_DEFENCE = re.compile(
    r"\b(?:only|always|never|fully|properly|accurately"
    r"|independent\w*|certified|approved|authori[sz]ed|legal|lawful\w*|legitimate|transparent\w*|strict"
    r"|national interests?|protect\w*|defend\w*|complied|compliance|available|cooperat\w+ fully|no \w+|timely"
    r"|all relevant|in full|mischaracteri[sz]\w*)\b"
)
_NOT_A_REBUTTAL = re.compile(
    r"\b(?:would|will) (?:appeal|review|investigate|look into|study|examine)|\bapologi[sz]\w*|\baccept\w*|\bregret\w*"
)
# What answers no charge: plans, reviews, apologies, sympathy, cooperation, no comment
_NOT_AN_ANSWER = re.compile(
    r"\b(?:would|will|plans? to|intends? to|is going to)\b|\bapologi[sz]\w*|\bregret\w*|\bsorry\b|\breview\w*"
    r"|\binvestigat\w*|\blook(?:ing)? into\b|\bcooperat\w*|\bco-operat\w*|\bseriously\b|\baware\b|\bcomment\w*"
    r"|\bsympath\w*|\bcondolence\w*|\bthoughts\b|\bwelcom\w*|\bconfirm\w*|\backnowledg\w*|\badmit\w*|\baccept\w*"
    r"|\bsuspend\w*|\bpending\b|\bappeal\w*|\bcontact\w*|\bsteps\b|\brefus\w*|\boffer\w*|\bpropos\w*|\bright\b"
    r"|\b(?:not|never) den(?:y|ied)\b"
)
_RESPONDING_TO = re.compile(r"\s*(?:Responding|Replying|Reacting|In response|In reply)\s+to\s+")
# Those tied to an accused person, who speak for them
_DEFENDER = re.compile(
    r"\b(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|representing|represents|father|mother|wife|husband"
    r"|brother|sister|son|daughter|parents?|agent|manager|coach|colleagues?|supervisor)\b"
)
# An account of what happened, in the past or as a standing fact: "had been voluntary", "were paid in full"
_ACCOUNT_OF_FACT = re.compile(r"\b(?:had|was|were|has been|have been|never|only|not|no|every|all)\b")
_NO_EVIDENCE = re.compile(r"\bno evidence (?:that|of)\s+(?:the\s+)?")
_HAD_SAID = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:said|claimed|alleged|reported|written|posted)\b")
_LIAR = re.compile(r"\b(?:lying|lies|lied|liars?)\b", re.I)
_ADDED_THAT = re.compile(
    r"\b(?:added|adding|also said|noted)\b|\bsaid\s+(?:that\s+)?(?:the\s+)?(?:\w+\s+)?(?:would|will)\b"
)
_NOT_AN_ELABORATION = re.compile(
    r"\b(?:cooperat\w*|welcom\w*|call(?:ed|s)? (?:for|on)|urg\w+|plan\w*|hope\w*|expect\w*|talks?|negotiat\w*|ceasefire)\b"
)
_CHARGE_DENIED = re.compile(
    # (", charges Minsk dismissed as a fantasy", ", something the Kosovo government denies")
    r",\s+(?:(?:a|an)\s+(?:charges?|claims?|accusations?|allegations?)|charges|claims|accusations|allegations|something"
    r"|which)\s+(?:that\s+|which\s+)?"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:\s+[a-z]+)?|[a-z]+(?:\s+[a-z]+){0,2}?))\s+(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?"
    r"(?:denied|denies|deny|rejected|rejects|reject|dismissed|dismisses|refuted|refutes"
    r"|called\s+(?:\w+\s+){0,2}?(?:unfounded|baseless|false|groundless|untrue|absurd|fabricated|ridiculous)"
    r"|described\s+as\s+(?:\w+\s+){0,2}?(?:unfounded|baseless|false|groundless|untrue|absurd|fabricated))\b"
)
_BLAMES_A_THING = re.compile(r"\bblam\w*\s+(?!(?:the|a|an|its|their|his|her)\s)[a-z]")
_HEAD_AT = re.compile(
    r"\s*(?i:the\s+|some\s+|several\s+|two\s+|three\s+|a\s+|an\s+)?([A-Za-z]\w+)\s+(?:at|from|of|in|familiar\s+with|close\s+to"
    r"|briefed\s+on|with\s+knowledge\s+of)\s+(?:the\s+)?[\w\s'’-]{2,60}$"
)
_STOP_DOING = re.compile(r"[“\"]?(?:stop|cease|end|halt|refrain from|quit|abandon)\b", re.I)
_SEEN_BY = re.compile(
    r"(?:a|an|the)\s+(?:\w+\s+)?(?:statement|report|post|letter|document|filing|communique)\s+(?:from|by|of)\s+(?:the\s+)?"
    r"|(?:[\w-]+\s+){0,4}?(?:seen|obtained|reviewed|published|compiled|released|filed|leaked to)\s+by\s+(?:the\s+)?"
    r"|(?:[\w-]+\s+){0,4}?(?:leaked to|obtained by)\s+(?:the\s+)?"
)
_FOUND_THAT = re.compile(
    r"\b(?:(?:found|concluded|ruled|determined|established)\s+(?:that\s+)?"
    r"|(?:showed|shows|alleged|alleges|claimed|claims|said|says|argued|insisted|stressed|testified|revealed|believes?"
    r"|(?:told|tell|tells|telling)\s+(?:[\w.’'-]+\s+){1,4}?)\s+that\s+)(.+)"
)
_THAT_CLAIM = re.compile(
    r"\b(?:that|this|these|those)\s+(?:assessment|account|version|conclusion|view|statement|assertion|characteri[sz]ation"
    r"|(?<=that |this )(?:claim|accusation|allegation|charge|suggestion|description))\b"
    # "MacIsaac categorically rejected that.": what was just said
    r"|\b(?:rejected|rejects|denied|denies|dismissed|dismisses|disputed|disputes)\s+(?:that|this)\s*[.;]",
    re.I,
)
_LEAD_QUOTE = re.compile(r"\s*[“\"]([^”\"]{8,})[”\"]")
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s+[^,]*$")
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?", re.I)
# "accused the Mai-Leopard militia and the Tembo Defence Group": a head noun may close the first name
_CO_TARGET_GAP = re.compile(
    r"(?:\s+(?:militia|group|gang|network|party|cartel|faction|movement|company|firm))?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?",
    re.I,
)
_ADDRESSEE = re.compile(
    r"\s+(?:[\w'’.&-]+\s+){0,4}?[\w'’.&-]+"
    r"(?:\s+(?:in|on|at|after|before|during|when|while|as|from|outside|by|late|early|last|this)\b[^,.;:“”\"]*)?"
    r"(?=\s*[,.;:—–]|\s*$)"
)
# Whom one tells, when "that" does not follow: "told reporters the ...", "told MPs on Tuesday the ..."
_AUDIENCE = re.compile(
    r"\s+(?:the\s+|a\s+)?(?:reporters|journalists|news conference|press conference|press|parliament|lawmakers|legislators"
    r"|MPs|MEPs|senators|court|jury|committee|panel|delegates|supporters|investors|analysts|shareholders|assembly"
    r"|council|tribunal|hearing|inquiry|residents|briefing|rally|crowd|audience|listeners|viewers|staff|employees"
    r"|workers|members|students|voters)\b(?:\s+(?:on|in|at|after|during|late|early|last|this)\s+[\w-]+)?"
)
_THAT_CLAUSE = re.compile(r"\s+that\s+([^.;]+?)\s*(?=[.;]|$)")
# "did not respond directly to the remarks, but said the EU had provided ...": what it did say
_BUT_SAID = re.compile(r"\bbut\s+(?:\w+ly\s+)?(?:said|says|added|told|insisted|noted|stressed|pointed out)\b")
_NO_RESPONSE = re.compile(
    r"^[^“\"]*\b(?:has|have|had|did|could) not (?:yet |immediately )?(?:be reached for )?(?:respond|comment|repl)\w*"
)
_LEAD_INS = frozenset(WORDS["lead_ins"])
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|these|those|such|our|whose|of|and)|['’]s)\s+$", re.I
)
_NP_STOP = frozenset(WORDS["np_stop"])
SPEECH_STOP = frozenset(["that", "whose", "who", "which", "while", "as", "when", "after", "because"])


def _same_class(a: Entry, b: Entry) -> bool:
    """Could a and b be accused together? People and bodies can ("Thomas Reed and Stanmore Logistics"); a state
    and a person of another kind of list cannot."""
    states = ("government", "country")
    return (a.kind in states) == (b.kind in states)


def _same_party(accused: Entry, speaker: Entry) -> bool:
    """Does ``speaker`` speak for ``accused`` (the actor itself, its state, or one of its people)?"""
    if accused.id == speaker.id or (speaker.org is not None and speaker.org == accused.name):
        return True
    if accused.country is None or speaker.country != accused.country:
        return False
    state_accused = accused.kind in ("government", "country")
    return state_accused and (speaker.kind in ("government", "country") or speaker.org is not None)


@functools.lru_cache(maxsize=4096)
def _name_words(name: str) -> frozenset[str]:
    """The lowercase words of a name, possessives dropped ("Munster Milk Suppliers’ Co-operative")."""
    return frozenset(_NAME_WORD.findall(name.lower().replace("’s", "").replace("'s", "")))


def _nameless_other(e: Entry, head: str) -> bool:
    """Is ``e`` a name-less actor with another head ("the union" accused is not who "the company" is)?"""
    return e.name[1:] == e.name[1:].lower() and _last_word(e.name) != head


def _state_itself(e: Entry) -> bool:
    """A country or its government as a whole ("Belarus", "Minsk"), not one of its bodies."""
    return e.kind in ("country", "government") and e.org is None


def _institutional(e: Entry) -> bool:
    return e.kind in ("government", "country", "organization", "media")


def _prefix(kind: str) -> str:
    return {
        "government": "gov",
        "organization": "org",
        "media": "media",
        "person": "person",
        "group": "group",
    }.get(kind, "other")


# Longer texts are tagged a piece at a time, each piece whole paragraphs of at most this many characters.
# Several rules look back over every earlier statement or mention, so one pass costs more than linear time:
# about 0.1 s at 50 KB but over 10 s at 1 MB. Pieces keep a 2 MB text (the largest input accepted by
# default) within a few seconds. Real articles are far shorter (our longest fixture is under 6 KB) and are
# tagged whole; what a piece loses is coreference to a name only an earlier piece gives.
SEGMENT_CHARS = 32_000


def tag_text(article_id: str, text: str) -> tuple[list[Entry], list[dict]]:
    """Actors (in order of first mention) and statements (in span order) of one article body."""
    actors: dict[str, Entry] = {}
    first: dict[str, int] = {}
    stmts: list[dict] = []
    used: set[str] = set()
    for s0, s1 in segments(text, SEGMENT_CHARS):
        _tag_segment(article_id, text, s0, s1, actors, first, stmts, used)
    # Actors in order of first mention (ties by id keep the order total and stable). Only what the text
    # mentions or a statement names: a name seen only where no sentence is (a dateline's agency) is left out.
    ordered = sorted((e for e in actors.values() if e.id in first), key=lambda e: (first[e.id], e.id))
    return ordered, stmts


def segments(text: str, most: int) -> list[tuple[int, int]]:
    """[start, end) pieces of ``text`` that cover all of its paragraphs, each whole paragraphs of at most
    ``most`` characters where it can be: a longer paragraph is cut after a sentence (else at a space)."""
    if len(text) <= most:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    s0 = e0 = -1
    for ps, pe in paragraphs(text):
        if s0 >= 0 and pe - s0 <= most:
            e0 = pe
            continue
        if s0 >= 0:
            out.append((s0, e0))
        while pe - ps > most:
            cut = text.rfind(". ", ps, ps + most)
            cut = cut + 1 if cut > ps else text.rfind(" ", ps, ps + most)
            cut = cut if cut > ps else ps + most
            out.append((ps, cut))
            ps = cut
            while ps < pe and text[ps].isspace():
                ps += 1
        s0, e0 = ps, pe
    if s0 >= 0:
        out.append((s0, e0))
    return out


def _tag_segment(
    article_id: str,
    text: str,
    s0: int,
    s1: int,
    actors: dict[str, Entry],
    first: dict[str, int],
    stmts: list[dict],
    used: set[str],
) -> None:
    """Tag text[s0:s1] and add what it finds, with spans in ``text``, to the four collections."""
    t = _Tagger(article_id, text[s0:s1] if (s0, s1) != (0, len(text)) else text)
    t.run()
    found = sorted(t.stmts, key=lambda x: (x.start, x.end))
    for st in found:
        joint = (
            st.speaker.id
            if st.co_speaker
            else f"target:{st.target.id}"
            if st.co_target and st.target
            else None
        )
        start, end = st.start + s0, st.end + s0
        sid = statement_id(article_id, start, end, joint)
        if sid in used:
            continue
        used.add(sid)
        stmts.append(
            {
                "id": sid,
                "speaker": st.speaker.id,
                "stance": st.stance,
                "target": st.target.id if st.target else None,
                "claim": st.claim,
                "quote": text[start:end],
                "span": (start, end),
                "confidence": st.confidence,
                "cameo": st.cameo,
            }
        )
    for e in t.doc.reg.actors.values():
        actors.setdefault(e.id, e)
    for m in t.doc.mentions:
        first.setdefault(m.entry.id, m.start + s0)
    for st in found:
        for e in (st.speaker, st.target):
            if e is not None:
                actors.setdefault(e.id, e)
                # a name-less actor ("the lawyer") first appears with its statement
                first.setdefault(e.id, st.start + s0)


# Patterns whose matches all contain one of a few plain strings search only where one of them is (see
# ``guarded``); patterns it cannot guard come back unchanged.
_CLAIM_NOISE, _CALLS_ITSELF, _NOT_A_REBUTTAL, _NOT_AN_ELABORATION, _NO_EVIDENCE, _BLAMES_A_THING = (
    guarded(_CLAIM_NOISE),
    guarded(_CALLS_ITSELF),
    guarded(_NOT_A_REBUTTAL),
    guarded(_NOT_AN_ELABORATION),
    guarded(_NO_EVIDENCE),
    guarded(_BLAMES_A_THING),
)
# (Not those with a plain first character such as _CHARGE_DENIED's ",": the engine skips to it on its own.)
# "... on Tuesday" can only end a region that ends with the last letter of one of its time words.
_TIME = end_guarded(_TIME)
_APPOSITIVE_NAME, _DOCUMENT_BEFORE, _IN_FAVOUR_OF, _HAD_SAID, _FOUND_THAT, _EMBEDDED_REPORT, _MADE_IN = (
    guarded(_APPOSITIVE_NAME),
    guarded(_DOCUMENT_BEFORE),
    guarded(_IN_FAVOUR_OF),
    guarded(_HAD_SAID),
    guarded(_FOUND_THAT),
    guarded(_EMBEDDED_REPORT),
    guarded(_MADE_IN),
)
_CHARGE_DENIED_BY, _CHARGE_MADE_BY, _CHARGE_BY_THAT, _QUOTED_AS, _MADE_DOCUMENT = (
    guarded(_CHARGE_DENIED_BY),
    guarded(_CHARGE_MADE_BY),
    guarded(_CHARGE_BY_THAT),
    guarded(_QUOTED_AS),
    guarded(_MADE_DOCUMENT),
)

__all__ = ["lexicon", "tag_text"]
