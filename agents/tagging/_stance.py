"""Stance cues: what makes an attributed statement an allegation, a denial, or neither."""

from __future__ import annotations

import functools
import re

from agents.tagging._lexicon import WORDS
from agents.tagging._regex import compile_words, guarded

# Verbs that attribute speech (or a stance) to their subject. Order does not matter; the earliest
# one outside quotes whose subject is an actor wins.
SPEECH_VERB = compile_words(
    r"\b(?:said|says|say|told|tells|claimed|claims|claiming|added|adds|stated|states|wrote|writes|posted|tweeted"
    r"|announced|insisted|insists|argued|warned|stressed|emphasi[sz]ed|noted|reported|reports|alleged|alleges"
    r"|alleging|accused|accuses|accuse|denied|denies|deny|rejected|rejects|dismissed|dismisses|blamed|blames"
    r"|labell?ed|described|asserted|maintained|responded|countered|hit back|questioned|cast doubt|casts doubt|testified|sued|charged"
    r"|recalled|proposed|welcomed|vowed|confirmed|acknowledged|admitted|summoned|called in|refuted|rebuffed"
    r"|forecast|forecasts|projected|predicted|predicts|(?<!an )(?<!the )estimated|pledged|pledges|cautioned|cautions"
    r"|expressed|blasted"
    r"|declined|refused|appeared to deny|condemned|critici[sz]ed|suggested|found|concluded|ruled|recalls"
    r"|expelled|has accused|have accused|held(?= .{0,60}responsible)|holds?(?= .{0,60}responsible)|(?:laid|lays|put|puts|pinned|pins) the blame|fined|acquitted|convicted|sentenced|indicted|saying|stating|adding|arguing|insisting|opposes|stood by|stands by|urged|called on|called for|ordered"
    r"|call(?:ed|ing)(?= (?:the|it|them|this|that|these|those|a|an|him|her|such|his|its|their)\b|\s+[A-Z][\w-]*['’]s\b)"
    r"|contended|contends|retorted|fired back|shot back|lashed out|hit out|pointed out|explained|conceded|revealed"
    r"|took aim|takes aim|taking aim|lashes out|hits out|pointed the finger|points the finger|pointed to|points to"
    r"|echoed|echoes|echoing|rule (?:it |this |that )?out|ruled (?:it |this |that )?out"
    r"|disclosed|complained|protested|objected|disputed|disputes|contested|slammed|maintains|reiterated"
    r"|affirmed|asserts|denounced|decried|branded|dubbed|termed|alleged|observed|remarked|replied|answered"
    r"|blaming|accusing|denying|written|telling|writing"
    # Plural subjects take the base form ("Prosecutors allege", "Critics argue"), and a few phrasal verbs
    # attribute as well as any ("pushed back against claims", "pointed the finger at", "brushed off").
    r"|allege|insist|argue|argues|warn|warns|maintain|contend|assert|stresses|concede|concedes"
    r"|acknowledge|acknowledges|admit|admits|suggest|suggests|reveal|reveals|testify|testifies|counters"
    r"|hinted|hints|implied|implies|(?:hint|imply)(?= that)"  # "hinted that X had ...": a veiled charge
    r"|(?<=s )(?<!\bits )claim|(?<=\bthey )claim"  # "Critics claim"; the noun "a big claim" is no verb
    r"|complain|complains|push(?:ed|es)? back|point(?:ed|s)? the finger|brush(?:ed|es)? (?:off|aside)"
    r"|stopped short of|stops short of|would not be drawn|tell|pleaded|pleads|entered a not guilty plea"
    r"|(?:has |have )?(?:taken|took|takes|launched) legal action|asked|asks|(?<=not )blame"
    r"|withdrew|retracted|apologi[sz]ed|apologi[sz]es"
    # positions taken in words: "appealed for calm", "voiced support", "praised the rescue teams"
    r"|appealed for|voiced|praised|hailed|urged)\b"
)

_NEG = r"(?:did not|didn't|does not|doesn't|do not|don't|would not|wouldn't|refused to|declined to|stopped short of|failed to|has not|have not|had not|never|not|nor)"
NEGATED_ALLEGATION = compile_words(
    r"\bstop(?:ped|s)? short of \w+ing\b|"
    rf"\b{_NEG}\s+(?:\w+ly\s+)?(?:(?:want|wish|intend|mean|seek|going)\s+to\s+)?(?:accus|alleg|blam|directly accus|attribut|point\w* the finger)\w*|"
    # "An investigation is not an accusation"; "no information at this stage about who was responsible"
    r"\bnot an? (?:accusation|allegation)\b|\b(?:no information|not (?:yet )?(?:known|clear)|unclear|too early to say|no indication)\b"
    r"(?:\s+\S+){0,6}?\s+(?:who|whether)\b|\b(?:did not|has not|have not|had not|would not|declined to|refused to|without) (?:say|said|saying|name|named|naming|identify|identified|identifying) who"
)
NEGATED_DENIAL = compile_words(
    rf"\b{_NEG}\s+(?:\w+ly\s+)?(?:den(?:y|ied|ies)|reject|dismiss|refute)\w*"
    # "Nobody can deny that the economy has turned", "declined to confirm or deny"
    r"|\b(?:nobody|no one|no-one|none) (?:can|could|would|will) (?:seriously )?deny\b|\bconfirm or deny\b"
)
NO_SPECULATION = compile_words(
    r"\b(?:(?:refused|refuses|declined|declines|did not want|not want) to speculate"
    r"|(?:would not|wouldn't|will not|won't|could not|cannot) (?:speculate|be drawn)"
    # "refused to rule out legal action against X", "did not rule it out": a possibility kept open, no charge
    r"|(?:refused|refuses|declined|declines|would not|wouldn't|did not|didn't|will not|won't) (?:to )?rule (?:\w+ )?out"
    # "executives could face charges": a legal consequence foreseen, no charge made
    r"|(?:could|may|might) (?:yet |still |soon )?face (?:criminal |civil )?(?:charges|prosecution|fines?|sanctions|lawsuits?|legal action))"
)
RETRACTION = compile_words(
    r"\b(?:withdrew|withdrawn|withdraws|retracted|retracts|dropped|drops) (?:its|his|her|their|the|an|a) "
    r"(?:\w+ )?(?:allegations?|claims?|accusations?|charges?|complaint|story|report)|\bapologi[sz]\w*"
)
NO_COMMENT = compile_words(
    r"\b(?:declined|refused|unavailable|did not respond|has not responded|not respond)\b.{0,20}\b(?:comment|request)"
)

_CLAIMISH = r"(?:complaints?|case|assessments?|conclusions?|version|characteri[sz]ations?|portrayal|narrative|rumou?rs|claims?|accusations?|allegations?|charges?|reports?|assertions?|suggestions?|statements?|figures|estimates?|findings|account|ranking|rumou?rs|stories|narratives?|video|evidence|it|them|this|that)"
DENIAL_VERB = compile_words(
    r"\b(?:den(?:ying|ies|ied|y)\b(?! (?:[\w'’-]+ ){1,3}access\b)(?! (?:them |him |her |us )?(?:the right|their rights|his rights|her rights|access|entry|visas?|permission|bail|parole|requests?|applications?|the (?:request|application|licen[cs]e|permit|visa)|a (?:request|licen[cs]e|permit|visa)|asylum|service|citizenship|licen[cs]es|credit|permits|landing rights"
    # ("were denying cancer treatment to a jailed activist": a deed done to someone, not a denial)
    r"|(?:\w+ ){0,2}?(?:treatment|care|healthcare|medicines?|medication|insulin|food|water|shelter|passage|education"
    r"|a fair trial|due process|justice)\b))|(?:categorically|firmly|strongly|flatly) den\w+|refut\w+|rebutt?\w*|"
    # ("their disputed border that killed two guards": a disputed place, no disputed claim)
    rf"(?:reject|dismiss|rebuff|disput|contest)(?:s|es|ed|e)?\s+"
    r"(?!(?:border|borders|territor\w*|region|area|islands?|waters|zone|enclave|frontier|land|seats?|constituenc\w*)\b)"
    rf"(?:\S+\s+){{0,5}}?{_CLAIMISH}\b|(?:reject|dismiss)(?:s|ed)?\s+(?!(?:the |an? |their |its |his |her |our )?(?:offer|bid|proposal|plan|amendment|motion|request|application|deal|idea|appeal|budget|nominee|candidate)\b)(?:\S+\s+){{0,6}}?as\b"
    rf"|call\w* (?:the|these|those|such|this|that|its|his|her|their|(?:the\s+)?[\w-]+['’]s) (?:\w+ )?{_CLAIMISH}\s+[\"“‘']?(?:\w+ ){{0,2}}(?:wrong|false|untrue|inaccurate|misleading|absurd|nonsense|ridiculous|unfair|flawed|a smear|a fairy tale|fiction)"
    r"|call\w* (?:the|these|those|such|this|that|its|his|her|their|(?:the\s+)?[\w-]+['’]s) (?:\w+ )?(?:claims?|accusations?|allegations?|reports?|charges?|statement)\b"
    r"|(?<!we )(?<!i )(?<!we've )got (?:it|this|that|the \w+) (?:\w+ )?wrong"  # ("we got this badly wrong": own fault)
    rf"|(?:push(?:ed|es|ing)? back (?:against|on)|brush(?:ed|es|ing)? (?:off|aside)|hit back at)\s+(?:\S+\s+){{0,4}}?{_CLAIMISH}\b)"
)
DENIAL_LEX = compile_words(
    r"\b(?:baseless|groundless|scare-?monger\w*|(?:is|are|was|were) not (?:our|ours|one of ours)\b|(?:isn't|aren't|wasn't|weren't) (?:our|ours|one of ours)\b|unfounded|unsubstantiated|fabricat(?:ed|ion|ing)\b|fabrications?|lies\b(?!\s+(?:\w+ly\s+)?(?:in|on|at|with|behind|ahead|within|beneath|between|elsewhere|downstream|upstream|first|second|third|fourth|fifth|sixth|top|bottom|joint|level|\d+\w*|north|south|east|west|near|nearby|next|close|along|across|beyond|outside|inside|off|under|above|below|just|some|about|dormant|idle|empty|unused|far|deep|low|halfway)\b)|lying|a lie|fakes\b|(?:a|another|is|was|are) fake\b|"
    # "No Polish soldier has crossed the border": a charge answered by its negation
    r"(?<![\w-])(?:no |none of (?:its|their|our|the|his|her) (?:own )?)(?:[a-z]+ ){0,2}(?:soldiers?|troops?|forces|weapons|missiles?|drones?|warplanes?|aircraft|warships?|"
    r"personnel|fighters|mercenaries|agents?|spies|money|payments?|bribes?) (?:has|have|had|was|were|is|are) (?:ever |been )?"
    r"(?:crossed|entered|sent|supplied|deployed|fired|paid|given|taken|used|involved)\b|"
    r"(?:fight|fighting|contest|contesting) (?:the|these|all|any) (?:charges|allegations|accusations|claims)|"
    r"(?:had|has|have|did) not (?:break|broken|broke|violate|violated|breach|breached) any (?:rules|laws?|regulations|sanctions)|"
    r"(?:did|had|has|have) not (?:take|taken|took|receive|received|accept|accepted|pay|paid) (?:any )?(?:money|bribes?|payments?|cash|funds)|"
    r"(?:had|has|have|was|were) not (?:been )?involved\b|"
    r"wrongly (?:targeted|accused|blamed|named|singled out|sanctioned|implicated|identified|convicted|arrested|listed)\b|"
    # "inspectors had never been denied access", "has mistaken clerical mix-ups for fraud"
    r"(?:never|not) been (?:refused|denied|blocked from|barred from) access\b|"
    # "no data has ever been hidden"; "the committee's accusations offend the staff"
    r"no (?:[\w-]+ ){0,2}(?:has|have|had|was|were) (?:ever )?been (?:hidden|concealed|falsified|altered|destroyed|deleted"
    r"|manipulated|withheld|covered up|leaked|stolen|tampered with)\b|"
    r"(?:accusations?|allegations?|claims?|charges?) (?:[\w-]+ )?(?:offend|insult|are an insult|is an insult|are offensive)\b|"
    r"(?:mistook|mistaken|mistaking|confused|confusing) (?:[\w-]+ ){0,4}(?:for|with) (?:\w+ )?(?:fraud|misconduct|wrongdoing"
    r"|cheating|manipulation|plagiarism|corruption|doping|sabotage|an attack)\b|"
    r"(?:(?:was|were|is|are) not|(?:had|has|have) not been) (?:\w+ )?responsible for\b|(?:isn't|wasn't|aren't|weren't) (?:\w+ )?responsible for\b|"
    r"(?:bore|bears?|bear|had|has|have|accepts?|accepted) no (?:\w+ )?responsibility\b|"
    r"(?:fairy[- ]?tales?|figment of|hoax(?:es)?\b)|(?:a |pure |sheer |total |complete )fantasy\b(?! (?:football|league|novel|film|series|game|world))|"
    # "described the Premium Times report as false and malicious", "called the claims untrue"
    r"(?:described|branded|labell?ed|termed|called|dismissed) (?:[\w'’.-]+ ){0,6}?(?:as )?(?:\w+ )?(?:false|untrue|inaccurate|misleading"
    r"|defamatory)\b(?! (?:start|alarm|dawn|economy|positives?|negatives?|sense|hopes?|ceiling|bottom|teeth|spring|modesty|trail))|"
    # "There was no flight and no violation": the charged act did not happen
    r"there (?:is|are|was|were|has been|have been|had been) no (?:[\w-]+ ){0,2}?(?:violations?|incursions?|attacks?|breach(?:es)?|strikes?"
    r"|plagiarism|corruption|bribery|doping|fraud|abuse|discrimination|favou?ritism|sabotage|espionage|manipulation"
    r"|wrongdoing|cover-up|collusion|interference|shelling|firing|crossing|flights?)\b|"
    r"(?:has|had|have) no (?:links?|ties|connections?|relationship|affiliation) (?:to|with)\b|"
    r"not aware of any (?:wrongdoing|irregularit\w+|violations?|fraud)|"
    r"(?:was|were|is|are|been) (?:\w+ly )?made up\b|"
    # "evacuated for their own safety, not deported": the charge named only to be set aside
    r",\s*not\s+(?:\w+\s+)?(?:deported|stolen|killed|kidnapped|abducted|murdered|tortured|looted|bombed|shelled|poisoned|hacked|rigged|bribed)\b|"
    # "We were nowhere near the camp", "We were not there"
    r"(?:were|was|are|is|been) nowhere near\b|never (?:deducted|docked|withheld) |never paid anyone|within (?:the |all )?(?:legal|permitted|allowed|safe) limits|(?:we|i|they|he|she|our (?:men|troops|soldiers|forces)) (?:were|was) not (?:there|present)\b|(?:we|they) weren't there\b|"
    # "This department is not hiding anything", "we hid nothing"
    r"(?:is|are|was|were|am|have|has|had)\s+not\s+(?:been\s+)?(?:hiding|concealing|covering up)\s+(?:anything|a thing)|"
    r"(?:hid|concealed|covered up|have hidden|has hidden)\s+nothing\b|never hid anything|"
    # "Nothing was hidden", "no data had been concealed": a charge of hiding answered by its negation
    r"(?<![\w-])(?:nothing|no (?:\w+ )?(?:data|information|records?|documents?|cases?|results?|evidence|funds|money))"
    r" (?:was|were|is|are|has been|had been|have been) (?:\w+ly )?(?:hidden|concealed|covered up|withheld|falsified|destroyed|deleted|altered|tampered with)\b|"
    r"nothing to hide|not based on (?:the )?facts|(?:acted|acting|operated|operates) (?:fully |entirely )?within the law|"
    r"riddled with (?:errors|mistakes|inaccuracies|falsehoods)|"
    r"(?:claims?|allegations?|accusations?|reports?|charges?) (?:is|are|was|were) (?:pure |mere |just |simply )?propaganda|"
    r"not true|untrue|nonsense|fake news|not borne out|(?:no|not a shred of|not an ounce of) truth (?:in|to)\b|not supported by (?:the )?(?:evidence|facts|footage|data)|"
    r"there (?:had been|has been|was|were) no (?:\w+ ){1,2}of any kind|not guilty plea|no case to answer|never did\b|without (?:any )?foundation|"
    r"(?:has |have |had )?never (?:(?:once|ever) )?(?:sold|paid|took|taken|hid|hidden|concealed|used|shared|leaked|bribed|lied|seen|met"
    r"|received|approved|signed|ordered|authori[sz]ed|accepted|cheated|doped|stole|stolen|harassed|abused|assaulted|falsified"
    r"|manipulated|colluded|spied|plagiari[sz]ed|fixed|rigged|traded|instructed|pressured)\b|(?:played|plays|had) no part in|"
    r"(?:had|has|have) no knowledge of|nothing (?:improper|untoward|illegal|unlawful|irregular) (?:happened|occurred|took place)|"
    r"did not (?:ask|tell|order|instruct|pressure) (?:anyone|anybody|staff|employees|them|him|her) to|"
    r"followed (?:all |every )?(?:the |its )?(?:rules|regulations|procedures|laws)|(?:is|was|were|are) "
    r"(?:entirely |perfectly |completely |fully )?legal\b|(?:flat-out|flatly|simply|patently|demonstrably|plainly) (?:false|untrue|wrong)|(?:an?|pure|complete|total) (?:\w+ )?invention|falsehoods?|not what happened|never happened|pure fiction|fiction|disinformation|smears?(?! tests?)|slander\w*|no evidence|nothing to do with|"
    # "the hospital's director responded to the Wyborcza report in a statement": an answer to a charge
    r"(?:responded|replied|hit back) to (?:the |these |those |its |his |her |their )?(?:[\w'’-]+ ){0,3}?(?:report|reports"
    r"|claims|allegations|accusations|charges|article)\b(?! (?:by|with) (?:promising|launching|opening|apologi))|"
    # "they invent stories about al-Shabaab", "the weighting never existed", "a sore loser's fantasy"
    r"invent(?:s|ed|ing)? (?:an? )?(?:\w+ )?(?:stor(?:y|ies)|lies?|tales?|claims?|charges?|accusations?|crimes?)\b"
    r"|never existed|(?:inconsistent|at odds|not consistent) with (?:the )?facts"
    r"|(?:does|do|did) not exist\b|sore loser|(?:the |a )fantasy of\b|['’]s fantasy\b|"
    # idioms of feeds: "a storm in a teacup", "absolute rubbish", "a grotesque distortion", "no leg to stand on"
    r"storm in a teacup|(?:absolute|complete|utter|total|pure|(?:is|was|are|were|that's) (?:just )?) ?rubbish\b"
    r"|(?:grotesque |gross |deliberate )distortion"
    r"|no leg to stand on|not worth the paper|sour grapes|conspiracy theor(?:y|ies)|wide of the mark"
    r"|(?:does|do|did) not hold water|pack of lies|without (?:any )?foundation|"
    # "not a shred of evidence", "nothing in that programme was true", "the government pushed back."
    r"not (?:a|one) (?:single )?(?:shred|scrap|piece) of (?:evidence|proof)|nothing (?:in|of|about) (?:[\w'’-]+ ){1,4}(?:was|is|were|are) (?:true|accurate|correct)\b|"
    r"(?<!being )(?<!been )(?<!was )(?<!were )push(?:ed|es|ing)? back(?=\s*[.;]|\s+(?:on|against)\s+(?:the\s+|these\s+|those\s+)?(?:[\w'’-]+\s+)?(?:claims?|accusations?|allegations?|reports?|charges?|suggestions?))|"
    # "Russia does not interfere in the internal affairs of other states", "has no interest in interfering in",
    # "Canada does not practise hostage diplomacy"
    r"(?:does|do|did|has|have|had) (?:not|never) (?:\w+ )?(?:interfere[ds]?|interfering|meddle[ds]?|meddling"
    r"|practi[sc]e[ds]?|engage[ds]? in|sponsor(?:ed|s)?|harbou?r(?:ed|s)?)\b|"
    r"(?:has|have|had) no (?:interest|intention|desire) (?:in|of) (?:interfering|meddling|destabili[sz]ing|attacking"
    r"|invading|provoking|escalating)\b|"
    # "Vilnius had not produced a single piece of evidence": the charge is unproven
    r"(?:not|never|yet to|failed to) (?:produced?|provided?|present(?:ed)?|offered|show[nd]?|given|give) (?:a single (?:piece of |shred of )?|any |a shred of |one shred of )(?:evidence|proof)|"
    r"no role|no involvement|not involved|not the case|no such|not correspond\w*|does not correspond|absurd|"
    r"politically motivated|scapegoat|factual errors|misleading conclusions|strongly disagree\w*|stood by|stands by|"
    r"stand by|never (?:knowingly|intended|interfered|supplied|provided)|neither has nor had|"
    r"(?:is|was|are|were|be|been)\s+(?:completely |entirely |totally |simply |absolutely |patently )?(?:false|wrong|incorrect|unreliable|inaccurate|outdated)\b|"
    r"based on outdated|not manipulated|had not fired|paid every|acted .{0,20}openly|set its prices independently|"
    r"(?:were|are|was|is) forged|forger(?:y|ies)|did not (?:hide|conceal|manipulate|interfere)|has not (?:hidden|concealed)|opposes groundless|"
    r"russophobic|flawed|witch[- ]hunt|victim of a|pleaded not guilty|pleads not guilty|plead not guilty|normal activities|in accordance with (?:the |international )?law|lawful|lawfully|(?:had|has|have) no (?:legal )?basis|without basis|inventing|invent\w+ enemies|to distract (?:attention )?from|contest(?:s|ed|ing)? the (?:charges|allegations|claims|findings|accusations)|vigorously (?:contest|defend|deny)|(?:did|does) not allow|never allowed|counterfeits? not made by|hit job|hatchet job|negotiating tactic|publicity stunt|(?:had |has )?done nothing wrong|framed|set up by|no (?:foreign )?(?:help|support|backing|assistance)|did not (?:market|sell|target)|as (?:falsely )?(?:claimed|alleged) by|not (?:caused )?by an? (?:cyber|hack)\w*|did not reflect|does not reflect|do not reflect|applied equally|treated equally|equally to all|disagree(?:s|d)? with|mishandl\w+|tampered|misreading|misunderst\w+|misinterpret\w+|(?:independently )?verified by|in good faith|acted properly|did nothing wrong|no wrongdoing|innocent|contradict(?:ing|ed|s)? (?:a|the|an|earlier|previous|media|press|news)\s+(?:\w+\s+)?(?:reports?|claims?|statements?|accounts?)|(?<!not to )(?<!against )(?<!from )speculat\w+|compl(?:y|ies|ied|ying) with (?:\w+ ){0,4}(?:law|laws|rules|regulations)|(?:was|is|were) unfair|unjust|ridiculous|laughable|preposterous|taken steps to (?:reduce|minimi[sz]e|avoid)|routine\b|(?:returning|back) to normal|(?:excellent|strong|impeccable|good|exemplary) (?:\w+ )?record|without merit|meritless|no merit|out of context|misrepresent\w*|misquot\w*|distort\w*|maintain\w* (?:his|her|their|its) innocence|political verdict|never (?:taken|received|accepted|paid) a|lacks? (?:any )?(?:factual|legal) basis|no factual basis|correct its mistake|free,? (?:and )?fair|fair and square|on the merits|in line with (?!(?:\w+ ){0,2}privacy)(?:\w+ ){0,2}(?:guidance|rules|regulations|law|standards)|categorically (?:false|untrue|wrong)|(?:completely|totally|entirely|patently) (?:false|untrue|fabricated|baseless)|propaganda claims|not (?:a|any) (?:delay|cover-up)|no delay|no cover-up|unjustified"
    r"|(?:had|has|have|did|do|does) not (?:report|find|found|see|seen|detect|identif)\w* (?:any )?(?:serious |major |significant |widespread )?(?:irregularit|wrongdoing|fraud|violation)"
    r"|(?:found|finds|saw|reported) no (?:serious |major |significant |widespread )?(?:irregularit|wrongdoing|fraud|violation)"
    r"|change the subject|deflect\w* (?:attention|blame)|inaccurate information|not an? (?:conspiracy|plot|crime)\b"
    r"|(?:had|has|have) no (?:forces|troops|units|fighters|soldiers|presence|personnel) (?:in|within|near|at)"
    # a justification answers a charge: "acted in self-defence", "targeted only military facilities"
    r"|self-defen[cs]e|targeted only|(?:fired|shot) (?:only )?(?:in|into) the air|warning shots|(?:acted|showed|exercised) (?:with )?(?:maximum |great )?restraint|not an? (?:cyber ?attack|hack)|no (?:contaminated|faulty|affected|defective|unsafe|tainted) (?:\w+ )?(?:products?|batch(?:es)?|units?|items?)|(?:was|were|is|are) (?:only |still )?preliminary|no (?:intention|plans?) (?:of|to) (?:[\w-]+ )?(?:invad|attack|strik|annex|deploy|send|seiz|occup|expel|interfer|test|build|clos|sell|leav|quit|harm|hurt|retaliat|us|hid|cover|fir|sack|spy|hack|wag|start|provok|escalat|go to war|fight|arm|suppl|fund|back|target|destabili|toppl|overthrow|threaten|poison|kill|assassinat|interven|meddl|rig)\w*|(?:struck|hit|attacked) only|clear (?:my|his|her|their|its|our) names?|consistent with (?:contamination|accidental|innocent)|(?:obvious|ulterior|financial|political) motives?|(?:not|never) (?:been )?(?:providing|provided|supplying|supplied|sending|sent|giving|given)"
    r" (?:any )?(?:\w+ )?(?:support|weapons|arms|troops|help|assistance|funding|money)|defend (?:ourselves|itself|himself|herself|themselves)|full compliance|fully compl\w+|"
    r"(?:acted|billed|done|handled|reported|followed|behaved)\s+(?:\w+\s+){0,3}?(?:correctly|properly|lawfully|legally|appropriately)|only (?:\w+ ){0,2}(?:military|legitimate|combat) (?:\w+ )?(?:targets|facilities|objects|infrastructure|sites|positions)|legitimate (?:military )?targets?)"
)
ALLEGATION_VERB = compile_words(
    r"\b(?:(?<!the )accus\w+|alleg(?:e|ed|es|ing)|(?:made|make|making|raised|raising|levell?ed|repeated|renewed|new|fresh|serious) allegations?"
    r"|blam\w+|charged|sued|(?:claim(?:s|ed)?|claiming)\s+(?:on \w+ \w+ \w+ )?that"
    r"|questioned the (?:authenticity|accuracy|veracity|credibility|legitimacy)|summon\w*|called in"
    r"|point(?:ed|s|ing)? the finger at|(?:laid|lays|put|puts|pinned|pins) the blame)\b"
)
ALLEGATION_LEX = compile_words(
    r"\b(?:(?:was|were|been) (?:bought|bought off|paid off)\b|as the (?:\w+ )?cause of (?:the |a |an )?(?:\w+ )?(?:blast|fire|crash|collapse|explosion|outbreak|spill|leak"
    r"|accident|attack|outage|deaths?|derailment|flood\w*|poisoning)|copied\s+(?:\w+\s+){0,2}(?:designs?|work|code|technology|software|patents?|products?)|infring\w+"
    r"|unlawful\w*|unfairly (?:dismissed|sacked|fired)|"
    r"(?:(?:hit|hits|hitting|lash\w*) out|(?:hit|hits|fired|fires) back|(?:took|takes|taking) aim) at\s+"
    r"(?:[\w’'.-]+\s+){1,6}?(?:for|over)\s+(?:\w+\s+)?\w+ing\b|evidence (?:that|of|points)|(?<!agency )(?<!ministry )(?<!minister )(?<!official )(?<!officials )(?<!body )(?<!department )(?<!office )(?<!authority )(?<!who is )(?<!which is )(?<!team )(?<!director )(?<!manager )(?<!commissioner )responsible for|behind (?:the|this|a|an|these|it)(?! (?:surge|rise|fall|drop|increase|decline|rally|slump|gains?|losses|growth|success|recovery|boom|jump|scenes|wheel|closed doors|schedule|curve|camera|counter|bar|times|app|project|film|book|show|idea|design|plan|initiative|proposal|festival|event|brand|company|startup|website|podcast|programme|program|bill|reform))\b|was behind|were behind|"
    r"is behind|involved in (?:the |a |an |any )?(?:\w+ ){0,2}(?:attacks?|fighting|plot|scheme|fraud|scandal|killings?|bribery|corruption|smuggling|trafficking|conspiracy|cover-up|abuse|hack\w*|sabotage|coup|rigging|doping|wrongdoing|misconduct|crimes?|murder|bombing|espionage|theft|violence|war|invasion|kidnapping|leaks?|shooting|assault|looting|spying|cyber\w*|incident|collusion|cartel|laundering|death|deaths)\b|involvement|to blame|at fault|fault\b|staged|stag(?:e|ing) the|violat\w+|breach\w*|lied|lying to|"
    r"misled\b|misleading (?:the|investors|the public)|conceal\w*|covered up|cover-up|hid\b|hiding|(?:had|have|has|was|were|been|kept) hidden|hidden (?:from|away)|withh[oe]ld\w*|rigg\w+|rig\b|rigs\b|"
    r"stuffed|bribes?|brib\w+|defraud\w*|(?<!anti-)fraud(?! (?:prevention|unit|detection|team|squad|office|investigators?|protection|department|division|awareness|hotline|checks?))|dump\w+|stole(?! the (?:show|headlines|limelight)| (?:\w+ )?bases?\b)|stolen(?! the (?:show|headlines|limelight)| (?:\w+ )?bases?\b)|steal(?:s|ing)?\b(?! a march| the (?:show|headlines|limelight))|hack(?:ed|ers?|ing)\b|hacks? (?:into|of|on)\b|cyber ?attack|sabotag\w+|"
    r"shot down|shooting down|killing|(?<!were )(?<!was )(?<!been )(?<!those )(?<!people )(?<!civilians )(?<!soldiers )(?<!victims )killed(?! in (?:the |an? )?(?:earthquake|flood|floods|storm|crash|accident|fire|blast|explosion|avalanche|landslide))|massacre|shell\w+|fired(?! up\b| (?:a|the) (?:shot|free kick|penalty|ball)\b| (?:home|in)\b| (?:(?:his|her|its|their|the) )?(?:head |assistant )?(?:coach|manager|chief|director|staff|employees?|workers?|ceo|head)\b)|opened fire|rammed|attack(?:ed|ing|s)\b(?! (?:third|players?|options|well|down|the (?:ball|box|space|line|left|right|flank|wing)|midfielder|play|football|intent))|attacks? on|aggression|"
    r"hostile act|used\s+(?:\w+\s+){0,3}banned|banned \w+ agent|supply\w*\s+(?:\w+\s+){0,2}(?:arms|weapons|missiles)|supplied\s+(?:\w+\s+){0,5}?(?:arms|weapons|missiles|drones|troops|ammunition|components|parts|engines|technology|fuel|oil)|"
    r"(?:providing|provided|sending|sent)\s+(?:\w+\s+){0,3}(?:troops|weapons|arms|soldiers|missiles|drones)|"
    r"fighting (?:for|with|alongside)|(?<!were )(?<!was )(?<!been )deployed (?:\w+ ){0,2}(?:troops|soldiers|forces|missiles|mercenaries|warships|riot police|tanks|drones|weapons|militias?|fighters|jets|bombers|army)\b|manipulat\w+(?! (?:large |big |the )?(?:datasets?|data sets?|images|objects|the knee|joints?))(?<!gentle manipulation)|mislabel\w*|inflat(?:e|ed|es|ing)\b(?! (?:their |the |your |its |a )?(?:tyres|tires|balloons?|inflatables?))|fake customers|"
    r"interfer\w+(?<!interference)|(?<!gps )(?<!signal )(?<!radio )(?<!electrical )(?<!electromagnetic )(?<!radar )interference(?! (?:from|with) (?:the )?(?:weather|sun|solar|storms?)\b)|meddl\w+|influence the|coordinat\w+ price|price[- ]fixing|spied|spying|espionage|monitoring employees|"
    r"targeted(?! (?:new |at |advertising|ads|marketing|markets?|customers|audiences|growth|investment|support|help|assistance|funding|measures|therapy|therapies|treatment|sanctions|tariffs|relief))|were in the \w+ army|participat\w+ in (?:the |a |an )?(?:\w+ ){0,2}(?:attacks?|fighting|invasion|killings?|massacre|scheme|fraud|cartel|conspiracy|plot|cover-up|rigging|abuse|hostilities|war|coup|riots?|looting|violence|torture|doping|bribery|smuggling|trafficking)\b|aiding|helping \w+ make|backing(?! (?:the |a |an |his |her |their |its |our )?(?:plan|proposal|bill|deal|candidate|reform|measure|motion|bid|idea|campaign|effort|call|move|decision|initiative|policy|team))|support(?:ing)? (?:\w+ )?rebels|"
    r"massing|massed|under-?reported|understated|misleading|defamed|falsely|forged|incitement|provocative|"
    r"intruded|dangerous manner|(?:war|war machine|aggression|terror\w*|militias?|rebels|insurgency|invasion) (?:\w+ )?funded|funded (?:\w+ ){0,2}(?:militias?|rebels|terroris\w+|insurgents|extremists|armed groups?|gangs?|fighters|attacks?|the war|paramilitar\w+|proxies)|spent .{0,30}to buy|vote-buying|buy votes|illegal|illegally|beaten|beat(?!\s+(?:expectations|forecasts|estimates|analysts))|"
    r"not disclosed|jamm\w+|exaggerat\w+|false advertising|misleading claims|malicious code|malware|inserted (?:malicious|malware|a backdoor|backdoors|spyware|code|false|fake|hidden)|compromised(?! on\b)|compromising (?:the|its|their|his|her|our) (?:systems?|networks?|data|security|servers?|accounts?|integrity|safety|investigation)|planted (?:the |a |an )?(?:evidence|drugs|weapons|guns?|gun|a bomb|bombs|explosives|a device|devices|stories|a story|spyware|malware|false)|loot\w+|kidnap\w+|abduct(?:ed|ing|ion|ions|s)\b|overbill\w*|overcharg\w*|never performed|double[- ]billing|"
    r"(?:used|spent|misused|diverted) .{0,40}(?:public|state|taxpayer)|intimidat\w+|embezzl\w+|misappropriat\w+|improper\w*|market\w* .{0,40}to (?:teenagers|children|minors)|in exchange for votes|vote[- ]buying|bought votes|buying votes|in protest|without regard for|disregard for|could not be verified|unverifiable|falsif\w+|fake accounts|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )(?<!be )forced to|without proper|attributed .{0,40} to|(?<!three-point )shooting(?! (?:her|his|their|its|the|a) (?:\w+ )?(?:feature|film|movie|series|scenes?|video|documentary|album|season)| (?:competition|range|club|stars?|guard|event|season|schedule|practice|drills?|sports?|script))|execut(?:ed|ing|ion)\w*(?! of (?:the |a |its |their |his |her )?(?:\w+ )?(?:plan|strategy|project|programme|program|contract|budget|order|trades?)\b)(?! (?:a |an |the |its |their |our |more than )?(?:[\w-]+ ){0,3}?(?:search |arrest )?(?:warrants?|game plan|trades|contracts?|orders?|plans?|trades?|deals?|agreements?|transactions?|strategy|budget|programme|program))|war crimes?|crimes against humanity|genocide|atrocit\w+|"
    r"driving .{0,30}out of business|squeez(?:ed|ing|es)? (?:suppliers|farmers|workers|customers|rivals|competitors|small|out|tenants|drivers|producers)|exploit(?:ed|ing|s)? (?:\w+ )?(?:workers|children|migrants|women|loopholes?|vulnerabilit\w+|staff|farmers|refugees|patients|people|the poor|minors|employees|labou?rers|users|customers|victims)|exploitation|exploitative|used (?:\w+ )?violence|violence against|overstat\w+|"
    r"(?:profits?|revenue|money|politics|ratings) (?:over|before|ahead of) (?:safety|lives|people|patients|children|the public)|"
    r"hostile (?:\w+ )?(?:operation|operations|activity|activities|actions?)|(?:operations?|campaigns?|attacks?|network) (?:directed|run|orchestrated|controlled) (?:from|by)|"
    r"inauthentic|refused to (?:hand (?:\w+ )?over|release|disclose|share|provide) |"
    r"statistical errors|flawed data|manipulated data|ignored (?:[\w-]+ ){0,3}(?:warnings?|concerns|complaints|red flags?|alerts|pleas|advice)|(?<!been )(?<!was )(?<!were )(?:refused|denied|barred|blocked) (?:[\w-]+ ){1,3}access\b|(?<!never )(?<!not )been (?:refused|denied) access (?:[\w-]+ ){0,6}by\b|nothing was done|failed to act|shortcuts|"
    r"unapproved|unlicen[sc]ed|unauthori[sz]ed|without (?:approval|a licen[cs]e|authori[sz]ation)|(?:held|holding) up (?:aid|shipments?|deliveries|delivery|payments?|supplies|funds?|the release|approval|visas|goods|cargo|trucks|convoys?)|systematically(?! (?:preparing|prepared|planning|building|improving|reviewing|working|training))|terroris[tm]\w*|terror attack|below (?:production )?cost|below fair value|"
    r"convicted|indicted|deliberate\w*|pretext|crackdown(?! on (?:speeding|crime|drugs|smuggling|fraud|corruption|illegal|tax|counterfeit|piracy|doping|gangs?|trafficking|drink-driving))|repression|fined|penali[sz]ed|sanctioned(?! (?:the |a |an )?(?:\w+ )?(?:race|marathon|event|spending|match|fight|bout|tournament|competition|plan|project|use|purchase|budget))|convicted|found guilty|"
    # "designed to hide a fall in margins", "secretly expanded enrichment", "had been speeding"
    r"(?:designed|meant|intended|used|tried|sought|attempt\w*) to (?:hide|conceal|cover up|mask|disguise|obscure)\b|"
    r"(?:secretly|covertly|illicitly|forcibly|forcefully) (?!ballot|vote|voted|voting)\w+|deport(?:ed|ing|ation of) (?:[\w,]+ ){0,4}(?:children|civilians|people|families|refugees)|(?:was|were|been|is|are) speeding\b|drink-driving|drunk-driving|"
    # crimes named by what was done: smuggling, trafficking, theft, match-fixing
    r"(?<!anti-)(?<!counter-)(?:smuggl(?:ed|ing)|traffick(?:ed|ing))\b(?! (?:the ball|it) (?:in|home|past)| (?:unit|squad|task force|investigations?|inquir\w+|probes?|laws?|rules))|robbed|robbery|(?:robberies|thefts?|burglar(?:y|ies))\b(?! (?:were|was|fell|rose|dropped|increased|decreased|are|is)\b)|heist|set fire to|set (?:\w+ ){0,2}ablaze|torched|burn(?:ed|t) down|shot (?:[\w-]+ ){0,3}dead|shot and (?:killed|wounded)|shot (?:him|her|them|protesters|civilians)\b|raided (?:their|our|his|her) |leaked (?:\w+ ){0,2}(?:solvents|chemicals|oil|sewage|waste|toxins?|acid|cyanide|into)\b|"
    r"black market|blackmail\w*|match[- ]fixing(?! (?:task force|unit|squad|investigations?|inquir\w+|probes?|laws?|rules))|fix(?:ed|ing) (?:the |a )?(?:match|matches|game|games|race|fight|bout)|"
    r"paid (?:the |a )?(?:referees?|umpires?|judges?|officials?|inspectors?) |doped\b|"
    r"carried out (?:the|a|an|last \w+['’]s) (?:[\w-]+ ){0,2}?(?:attack|robbery|raid|bombing|killing|theft|heist|massacre|hack|breach|assault|murder|kidnapping|abduction|ambush)\b|"
    r"(?:registered|registering) (?:\w+ ){0,3}dead (?:people|voters)|to map (?:\w+ ){0,2}(?:cables|pipelines|infrastructure|bases)|funding (?:\w+ ){0,2}(?:protests|militias?|rebels|riots|unrest|insurgents|extremists)|toppl\w+ (?:the |its )?government|leaked (?:[\w-]+ ){0,3}(?:designs|documents|secrets|data|information|files|plans|details|blueprints) to|provid(?:ing|ed|es) (?:[\w’\'-]+ ){0,3}(?:military|army|forces|troops) with|shar(?:ed|ing) (?:[\w-]+ ){0,3}(?:confidential|classified|secret|sensitive) (?:[\w-]+ )?(?:documents|information|data|files|intelligence) with|as a base for|recruit(?:ed|ing|s)? (?:\w+ ){0,2}(?:informants|spies|agents|saboteurs|mercenaries)|suppl(?:y|ied|ying|ies) (?:[\w-]+ ){0,4}with (?:[\w-]+ ){0,3}(?:arms|weapons|missiles|rockets|drones|ammunition|components|parts|shells|engines|technology|chips)|sold (?:[\w-]+ ){0,3}(?:components|parts|weapons|arms|drones|missiles|technology|chips|engines) to|paid by (?:\w+ ){0,2}(?:intelligence|security services?|kgb|fsb|gru|svr|mss)|(?:change|changing|changed|alter) the status quo|(?:blown|blew|blowing) (?:it |them |\w+ )?up\b|sent (?:[\w-]+ ){0,3}balloons|help(?:ed|ing|s)? (?:\w+ ){0,2}(?:evade|circumvent|dodge|bypass)|disguis(?:ed|ing) (?:\w+ ){0,3}as\b|backdat\w+|paid (?:\w+ ){0,2}voters|docked (?:\w+ )?(?:pay|wages|salar\w+)|(?:false|fake|stolen) identit\w+|us(?:ed|ing) (?:the |a |an )?(?:\w+ ){0,3}(?:hospitals?|schools?|plant|mosques?|churches|church|homes|reactor) as (?:a |an )?(?:\w+ )?(?:base|post|depot|shields?|launch\w*)|denied (?:\w+ ){0,2}the right to|denied (?:their|his|her) (?:basic )?rights|ghost voters|(?:tore|torn|tearing) down (?:\w+ )?posters|never (?:delivered|supplied|built|provided|carried out)|(?:could not|cannot|can\'t|failed to) account for|locked (?:the )?(?:fire )?exits|shared (?:\w+ ){0,3}(?:pricing|price) information|(?:gather|gathering|gathered|collect\w*) intelligence|spy(?:ing)? on\b|launder(?:ed|ing|s)? (?:money|funds|cash|proceeds|millions|billions)|money[- ]laundering|laundering\b|excessive force|beating|punch(?:ed|ing)\b|kick(?:ed|ing) (?:him|her|them|the)\b|slapp(?:ed|ing)\b|choked|strangl\w+|tas(?:ed|ered)\b|pepper[- ]spray\w*|kn(?:elt|eeled|eeling|eel) on|"
    r"(?:struck|hit) (?:him|her|them|the (?:boy|girl|man|woman|teenager|protester))\b|brutal\w*|tortur\w+|abus(?:e|ed|es|ing)\b|put .{0,25}at risk|endanger\w*|"
    r"understaff\w*|negligen\w+|failed to disclose|undisclosed|(?<!been )(?<!was )(?<!were )struck(?!\s+(?:a|an)\s+(?:deal|agreement|tone|balance|note|chord|compromise)| at \d| overnight| early| shortly| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))|strikes? on|striking (?:\w+ ){0,2}(?:civilians?|hospitals?|schools?|homes|villages?|residential|targets|positions|infrastructure|convoys?|ships?|vessels?)|block(?:ed|ing|s)\b|damag(?:ed|ing)\b(?! by (?:the )?(?:storm|floods?|fires?|earthquake|quake|winds?|rain|hail|lightning|water|heat|frost|cyclone|hurricane|typhoon|tornado|snow|ice))|deliberately|spreading (?:\w+ )?(?:false|fake|lies|disinformation|misinformation|propaganda|rumou?rs|hatred|hate|fear|panic|conspiracy|narratives?|myths?|falsehoods)|spread\w* (?:false|fake)|false rumou?rs|lodged a protest|protest(?:ed)? (?:with|to|over|against)|without permission|incursion|intru\w+|crossed into|occupied (?:\w+ ){0,2}(?:territor\w+|lands?|areas?|regions?|villages?|towns?|cit(?:y|ies)|buildings?|parts? of|islands?|zones?|west bank|crimea)|occupying (?:\w+ ){0,2}(?:forces?|power|army|troops|territor\w+|lands?)|invaded|seized (?:\w+ ){0,2}(?:tankers?|ships?|vessels?|boats?|territory|land|assets|power|control|the (?:airport|building|town|city|village|port)|property|journalists?|activists?|hostages?|crew|farms?|homes?)|encrypted (?:\w+ ){0,2}(?:files|data|systems?|servers?|records|computers|networks?)|ransom|extort\w*|(?:had|has|have) hit(?! (?:a |an |the )?(?:record|all-time|high|low|peak|milestone|target|\d))|paid (?:more than |over |about )?\S*\d[^.]{0,40}?\b(?:bribes?|kickbacks?|to (?:officials?|referees?|judges?|inspectors?|politicians?|the minister|police))|silenc(?:e|ed|ing|es) (?:critics|journalists|opponents|dissent|the press|the media|media|protesters|whistleblowers|activists|voices|him|her|them|us|the opposition|reporters|victims|staff)|delayed reporting|failed to report|"
    r"unfair\w*|contaminated|faulty|were responsible|was responsible|cover up|(?<!inquiry )(?<!review )(?<!investigation )(?<!audit )(?<!probe )(?<!study )(?<!evacuation )(?<!recall )(?<!been )ordered by|lying again"
    r"|entered (?:\w+ ){0,2}(?:territory|airspace|waters)|activities incompatible with|discriminat\w+|ballot[- ]stuffing"
    r"|stuffing|(?:been|was|were|be) altered\b|altered (?:\w+ ){0,2}(?:records?|documents?|results?|data|figures|ballots?|images?|photos?|footage|evidence|logs|reports?|accounts|software|tests?|samples?|minutes|votes?|tallies)|tamper(?!-proof|-evident)\w*|failed to (?:show|prove|justify|provide|supply|pay|protect|prevent|notify|warn|inspect|investigate|maintain|enforce|report|stop|repair|recall)|phishing|falling short of|fuel\w* (?:the )?(?:conflict|war|violence|tensions|fighting)|monopol\w+|anti-?competitive|abus\w+ (?:its|their) (?:dominant|market)|deploy(?:ing)?\s+(?:\w+\s+){0,2}(?:troops|soldiers|forces|missiles|mercenaries)|(?:dangerous|toxic|hazardous|banned) (?:chemicals|substances|levels)|hit (?:a |an |the )?(?:residential|civilian|apartment|hospital|school|market|power|energy|children)|threaten\w* (?:the |our |regional )?(?:peace|security|safety|stability)|matched (?:the )?(?:outbreak|strain)|linked to (?:an |the )?outbreak|traced (?:back )?to|helping \w+ (?:kill|attack|wage|fight|evade|build|bomb)|corrupt\w*(?! (?:data )?(?:files?|data|drives?|disks?|memory))|foreign agents?|(?:financed|funded|paid|bankrolled|directed) (?:from abroad|by foreign)|(?:dangerous|aggressive|reckless|unsafe|unprofessional) (?:\w+ )?(?:maneuvers|manoeuvres|behaviou?r|actions?|conduct|intercepts?)|test(?:ed|ing)? positive|positive (?:drug |doping )?tests?|adverse analytical finding|(?:banned|prohibited) (?:\w+ )?(?:substances?|drugs?|steroids?|stimulants?|methods?)|(?:anti-)?doping (?:rule )?violations?|skewed|biased|partisan|one-sided|suspicious(?! (?:package|item|bag|object|vehicle|device|parcel))|shell compan\w+|house of cards|ponzi|irregularit\w+|misconduct|wrongdoing"
    r"|fraudulent\w*|scam\w*|(?<!anti-)cheats?(?! sheets?| codes?| days?)\b|cheat(?:ed|ing|ers?)\b|collu\w+|cartel|kickbacks?|deceiv\w+|decept\w+"
    # an agent named after the act: "a hybrid attack by Moscow", "planned and financed from the Russian Federation"
    # espionage told by what was done: "recruited online by officers of Belarus's KGB", "passing data to"
    r"|recruited (?:\w+ ){0,2}by (?:[\w’'-]+ ){0,5}(?:intelligence|kgb|fsb|gru|svr|mss|spy|security service)"
    r"|(?:worked|working|acting|acted) (?:secretly )?(?:for|on behalf of) (?:[\w’'-]+ ){0,5}(?:intelligence|kgb|fsb|gru|svr|mss)\b"
    r"|(?:passing|passed|handing|handed|selling|sold) (?:\w+ ){0,3}(?:secrets|classified|military data|technical data|documents) to"
    r"|(?:nobody|no one|no-one) (?:listened|acted|did anything)|cook(?:ed|ing|s)? the books|doctored"
    r"|(?:backroom|secret|sweetheart|shady) deals?"
    r"|bull(?:ied|ying|ies)\b|pocket(?:ed|ing)\b|nepotism|cronyism|favou?ritism|trumped-up"
    # a filing is a charge: "said it had filed a collective lawsuit", "lodged a complaint with the regulator"
    r"|(?:filed|lodged|brought|submitted|launched) (?:a |an )?(?:[\w-]+ ){0,2}(?:lawsuits?|suits?|class actions?"
    r"|legal claims?|criminal complaints?)\b|(?:filed|lodged|brought|submitted) (?:a |an )?(?:[\w-]+ )?complaints? against\b"
    # deeds in plain words: "threatened to burn their homes", "handed out cash to voters", "painted over cracks"
    r"|threaten(?:ed|ing|s)? to (?:burn|kill|evict|sack|fire|jail|arrest|close|change the locks|cut off|shut|withhold"
    r"|expel|deport|destroy|harm|hurt|beat|shoot)\b|touched (?:her|him|them|me|the \w+) inappropriately|inappropriate touching"
    r"|(?:handed|handing|hands) out (?:cash|money|bribes|envelopes|food parcels) to voters|envelopes (?:of|stuffed with) cash"
    r"|painted over (?:the )?(?:cracks|defects|damage|corrosion|rust)|kept (?:quiet|silent) (?:about|for)\b|and kept (?:quiet|silent)\b"
    r"|kept (?:[\w-]+ ){0,5}(?:from|secret from|hidden from) (?:the )?(?:residents|public|regulators|investors|patients|parents"
    r"|staff|voters|families|police|inspectors)\b|(?:fielded|fielding) (?:an |two |three )?ineligible"
    r"|suppl(?:ied|ying|ies) (?:[\w-]+ ){0,2}(?:epo|steroids|banned substances|doping products|testosterone|growth hormone) to"
    r"|(?:stopped|halted|suspended) the (?:vote )?count\b|(?:numbers|figures|results|tallies|totals) had (?:changed|been changed)"
    r"|(?:never|not) (?:been )?(?:filled|performed|done|carried out|delivered)\b"
    r"|without (?:their|users'|users’|customers'|customers’|patients'|patients’|residents'|residents’|asking|the) (?:\w+ )?(?:consent|permission|knowledge)"
    r"|(?:told|ordered|instructed|asked|pressured) (?:[\w-]+ ){0,2}(?:staff|employees|workers|officers|him|her|them|me|us) to (?:lose|delete"
    r"|destroy|hide|shred|falsify|backdate|keep (?:[\w-]+ )?(?:quiet|secret|internal|strictly internal))\b"
    # the wrong told by the act: "gouged patients", "siphoned off aid money", "shredded the files"
    r"|price[- ]goug\w*|goug(?:e|ed|es|ing) (?:\w+ ){0,2}(?:patients|customers|consumers|buyers|drivers|tenants|residents"
    r"|travell?ers|fans|shoppers|the public|motorists|farmers|families|taxpayers)|siphon(?:ed|ing|s)? (?:off )?(?:[\w-]+ ){0,3}(?:funds|money|millions|billions"
    r"|aid|cash|donations|revenue|fuel)|hush(?:ed|ing)? (?:\w+ )?up\b|shredd(?:ed|ing) (?:\w+ ){0,2}(?:documents|files|records"
    r"|evidence|papers)|bomb(?:ed|ing) (?:a |an |the )?(?:\w+ )?(?:hospitals?|schools?|markets?|convoys?|villages?|clinics?|shelters?"
    r"|mosques?|churches|church|refugee camps?)|dodg(?:ed|ing) (?:\w+ ){0,2}tax\w*|tax[- ](?:evasion|dodging)"
    r"|squander\w* (?:\w+ ){0,2}(?:millions|billions|funds|money|public|budget|aid|resources|taxpayers)|underpa(?:id|ying|ys)\b"
    r"|censor(?:ed|ing|s)? (?:\w+ ){0,2}(?:reporters|journalists|the press|media|coverage|critics|posts|news)"
    r"|price[- ]fixing|fixing (?:\w+ ){0,2}prices"
    r"|(?:sacked|fired|dismissed|punished|targeted|silenced|gagged) (?:\w+ ){0,2}whistle-?blowers?"
    r"|leaked (?:[\w-]+ ){0,2}(?:classified|confidential|secret) |(?:threw|thrown) (?:the |a )?(?:match|game|fight|race|bout)\b(?! away)"
    r"|(?:used|using|fired|launched) (?:[\w-]+ ){0,3}(?:missiles|drones|munitions|rockets|bombs|cluster|chemical weapons)\b"
    r"|flood\w* (?:the |its |our |global |european |world )?markets?|rehearsal for (?:an )?(?:invasion|war|attack)"
    r"|greenwash\w*|weaponi[sz]\w*|target(?:ing|s) (?:\w+ ){0,2}(?:civilians|civilian|residential|hospitals?|schools?|journalists"
    r"|protesters|aid workers)\b"
    r"|persecut(?:ed|ing|es)\b|mismanag\w+|union-busting|human shields?|unconstitutional|sexual(?:ly)? (?:harass|assault|abus)\w*"
    r"|burn(?:ed|t|ing) (?:\w+ ){0,3}(?:villages|homes|houses|crops|fields)|wast(?:ed|ing) (?:\w+ ){0,2}(?:millions|billions|public"
    r" money|public funds|taxpayers)|displaced (?:\w+ ){0,3}without|starv(?:ing|ed|es) (?:the |its |their )?(?:region|population"
    r"|civilians|people|city|province)"
    r"|lin(?:ed|ing|es) (?:his|her|their|its) (?:own )?pockets|(?:sat|sit|sits|sitting) on (?:the|a|its|their|his|her) (?:\w+ )?(?:report|findings|complaint|evidence|data|warnings?)|skipp(?:ed|ing) (?:\w+ ){0,3}(?:inspections?|checks|tests|maintenance|safety|disinfection|cleaning|procedures|protocols?)|sold (?:\w+ ){0,3}(?:data|location|personal|information|details|history) to"
    r"|(?:handed|awarded|steered|gave|given) (?:\w+ ){0,3}contracts? to (?:his|her|their) (?:relatives|family|friends|cronies|allies|associates)"
    r"|chas(?:ed|ing|es)\s+(?:[\w’'-]+\s+){0,5}?(?:away|off)\b|driven\s+(?:away|off)\b"
    # "the attack was carried out by a unit of the GRU": the agent named is held responsible
    r"|(?:carried out|perpetrated|committed|orchestrated|masterminded) by\b"
    r"|sub-?standard|shoddy|defective|poor-quality|cut corners|cutting corners"
    r"|(?:used|turned|fired|aimed)\s+(?:\w+\s+){0,3}(?:against|on|at)\s+(?:unarmed\s+)?(?:civilians|protesters|demonstrators|villagers|children)"
    # "sanctions evaders", "booked fictitious sales", "chose to look away", "supervisors had threatened drivers"
    r"|evaders?\b|fictitious|(?:look|looked|looking|looks) (?:away|the other way)|turn(?:ed|s|ing)? a blind eye"
    r"|threaten(?:ed|ing|s)? (?:to (?:sack|fire|dismiss|punish|cut|remove|close|evict|jail|arrest)|(?:staff|workers|drivers"
    r"|employees|nurses|journalists|witnesses|residents|voters|them|us|him|her|me)\b)"
    r"|plagiari[sz]\w*|(?:breaks?|broke|breaking|broken) (?:\w+ ){0,3}(?:rules|agreement|law|laws|treaty|contract|terms|promises?|seals|orders?|ban)\b|misstat\w+|without (?:\w+ )?consent|ordered (?:\w+ ){0,3}to (?:fire|shoot|attack|kill|open fire)|swept (?:\w+ ){0,3}under the (?:carpet|rug)|evad(?:e|ed|ing|es)\b|evasion|"
    r"legal action against|exceeded (?:its |the |their )?(?:\w+ )?(?:permit|limits?|quota|cap)\b|"
    r"pressured (?:him|her|them|us|me|\w+) to\b|cover(?:ed|ing|s)? (?:it|this|that|them|everything) up|ignored (?:us|them|our|their)\b|responsibility (?:lies|rests) (?:\w+ )?with|bears? (?:\w+ )?responsibility"
    r"|blood on (?:its|their|his|her|our|your) hands|retaliat(?:ed|es|ing|ion)\b(?! (?:tariffs|measures|duties|sanctions|levies))"
    r"|ignored (?:\w+ ){0,2}(?:orders|notices|rulings|instructions|requests)|attacks? by|(?:planned|financed|funded|orchestrated|masterminded)\s+(?:and\s+\w+\s+)?(?:from (?!the start|scratch|the outset|the beginning)|by)|directed\s+(?:and\s+\w+\s+)?from)\b"
)
VERDICT_CLEARED = re.compile(
    r"\b(?:acquitted|cleared (?:\w+ ){0,4}of|failed to prove|not guilty verdict|insufficient evidence)\b"
)
HEDGE = compile_words(
    r"\b(?:appeared to|seemed to|reportedly|allegedly|suggest\w*|may have|might have|could have)\b"
)
CRITICISM = compile_words(
    r"\b(?:criticis\w+|criticiz\w+|condemn\w+|unrealistic|unacceptable|protectionism|irresponsible|outrageous|"
    r"deplor\w+|slammed|lambast\w+|denounc\w+|horrified|disappoint\w+)\b"
)
REPORT_VERB = re.compile(r"\b(?:reported|reports|revealed|published|wrote|quotes|quoted|added)\b")

CAMEO_SUBTYPES = (
    (
        "1121",
        re.compile(
            r"\b(?:brib\w*|corrupt\w*|fraud\w*|launder\w*|stole|embezzl\w+|crime|criminal|rigg?\w*|stuff\w*)\b"
        ),
    ),
    ("1122", re.compile(r"\b(?:human rights|torture|abuse\w*|massacre|killing civilians|beaten|beat)\b")),
    ("1124", re.compile(r"\b(?:war crimes?|genocide|chemical|banned choking|crimes against humanity)\b")),
    ("1125", re.compile(r"\b(?:espionage|spy\w*|spied|hack\w*|cyber|sabotag\w+|intelligence services)\b")),
    (
        "1123",
        re.compile(
            r"\b(?:aggression|troops|soldiers|fighters|shell\w+|drones?|missiles?|rockets?|fired|attack\w*|weapons|arms)\b"
        ),
    ),
)


_QUOTE_MARKS = re.compile(r"[“”\"]")
# Charging someone with lying is an allegation, though "lies" and "disinformation" are denial words
# when a speaker applies them to a claim against itself.
ACCUSED_OF_LYING = compile_words(
    r"\b(?:accus\w*|blam\w*|charg\w*)\s+(?:[\w'’.,-]+\s+){0,8}?(?:of|for)\s+(?:\w+\s+){0,2}?"
    r"(?:lying|lies|spreading|disinformation|propaganda|fabricat\w+|falsif\w+|inventing|distort\w+|misrepresent\w+|scare-?monger\w*"
    r"|(?:a |an )?(?:political |politically motivated )?(?:witch[ -]hunt|smear\w*|slander\w*))"
    # "I want the police to stop lying to us": they lie
    r"|\b(?:stop|stopped|keep|keeps|kept)\s+lying\b|\b(?:is|are|was|were)\s+lying\s+(?:to|about)\b"
    r"|\b(?:spread\w*|sow\w*|peddl\w*|push\w*|wag\w*|run\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:disinformation|lies|propaganda|fake news|falsehoods|misinformation|(?:a |an )?(?:disinformation|smear|propaganda) campaign)"
    r"|\b(?:is|was|are|were|been|kept|keeps)\s+(?:\w+\s+)?lying\b|\blied\s+(?:to|about)\b"
    # "questioned Volkova's account ..., calling it a fairy tale": the account doubted is hers, and so is the lie
    r"|\b(?:questioned|questions|questioning|cast\w* doubt on)\s+(?:[\w'’.-]+\s+){0,5}?(?:account|version|explanation|alibi"
    r"|excuse|testimony)\b"
    # "the newspaper had published a series of falsehoods": its readers were told lies, by it
    r"|\b(?:creat\w+|set up|ran|running|operat\w+|built)\s+(?:\w+\s+){0,2}fake\s+(?:news\s+)?(?:websites?|sites|accounts|profiles|pages|outlets)"
    r"|\b(?:broadcast\w*|aired|airing|publish\w*|spread\w*|circulat\w+|post(?:ed|ing))\s+(?:\w+\s+){0,3}?fake\s+(?:videos?|images?|photos?|footage|stories|reports?|documents?)"
    r"|\b(?:published|printed|broadcast|aired|told|peddled|spread)\s+(?:\w+\s+){0,4}?"
    r"(?:falsehoods|lies|fabrications|untruths|misinformation|disinformation)\b"
)

# An agent that fabricated something, in the active voice ("the company had falsified invoices"); the
# passive "the claims were fabricated" stays a denial word, and "had not falsified" charges no one.
AGENT_FABRICATED = compile_words(
    r"(?<!\bwas )(?<!\bwere )(?<!\bis )(?<!\bare )(?<!\bbeen )(?<!\bbe )(?<!\bnot )(?<!\bnever )(?<!n't )"
    r"\b(?:fabricated|falsified|doctored|forged|tampered with|manipulated|distorted|misrepresented)"
    r"\s+(?!by\b|and\b|or\b|in\b|to\b)(?:the|its|their|his|her|some|key|official|\w+)\b"
)


_MAY_CLEAR = re.compile(r"acquit|clear|prove|guilty|insufficient")
_MAY_NEGATE = re.compile(
    r"\bnot\b|n't|never|\bnor\b|refused|declined|failed|stopped short|without|unclear|no information|too early|no indication"
    r"|nobody|no one|no-one|confirm or deny"
)


# Patterns whose matches all contain one of a few plain strings search only where one of them is (see
# ``guarded``): most clauses have none, and ``in`` tells so far faster than the engine.
_MAY_CLEAR, _MAY_NEGATE, DENIAL_VERB, ALLEGATION_VERB, HEDGE, CRITICISM, AGENT_FABRICATED = (
    guarded(_MAY_CLEAR),
    guarded(_MAY_NEGATE),
    guarded(DENIAL_VERB),
    guarded(ALLEGATION_VERB, max_words=24),
    guarded(HEDGE),
    guarded(CRITICISM),
    guarded(AGENT_FABRICATED),
)
CAMEO_SUBTYPES = tuple((code, guarded(rx)) for code, rx in CAMEO_SUBTYPES)


@functools.cache
def _negative_words() -> dict[str, float]:
    """Words with a strongly negative valence in the VADER lexicon (a well-kept, human-rated list)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    # Harm and events ("killed", "attack", "disaster") and feelings tell what happened, not who did wrong.
    not_charges = frozenset(WORDS["tone_words_no_charge"])
    return {
        w: v
        for w, v in SentimentIntensityAnalyzer().lexicon.items()
        if v <= NEGATIVE_VALENCE and w.isalpha() and w not in not_charges
    }


# Strength of an "other" that no cue at all decided (negation and no-comment are cues too).
NO_CUE = 0.6
# Valence at or below which a word charges someone ("harassing" -2.5, "destroyed" -2.2; "dispute" -1.7 does not).
NEGATIVE_VALENCE = -2.0
_WORD = re.compile(r"[a-z]+")


def charged_words(content: str) -> list[str]:
    """Strongly negative words in ``content`` (lowercased): the fallback for accusations our cues miss."""
    neg = _negative_words()
    words = _WORD.findall(content)
    if neg.keys().isdisjoint(words):
        return []  # the common case, told by one set operation
    return [w for w in words if w in neg]


# A charge promised on a condition ("would report Panthers BC to the league if the video showed ...").
CONDITIONAL_CHARGE = re.compile(
    r"\b(?:would|will|could|might|may|plans? to|intends? to|threaten(?:s|ed)? to)\s+(?:\w+\s+)?"
    r"(?:accuse|sue|report|charge|blame|take\s+\S+\s+to\s+court)\b[^.;]{0,120}?\bif\b"
    # "If there was wrongdoing, it will be punished": a wrong supposed, charged to no one
    r"|(?:^|\s)if (?:there (?:was|were|is|has been|had been) (?:any )?(?:wrongdoing|misconduct|negligence|fraud|abuse"
    r"|corruption|violations?|mistakes?|errors?)|(?:any|anyone|someone|anybody) (?:\w+ )?(?:is|was|were|are) (?:found )?"
    r"(?:responsible|guilty|to blame))\b"
)
# An inquiry into whether something happened asks; it neither charges nor clears anyone.
OPEN_QUESTION = compile_words(
    r"\b(?:investigat\w*|inquir\w*|probe|probes|probing|examin\w*|review\w*|look\w* into|assess\w*|determine|establish"
    r"|check\w*|verify\w*|audit\w*)\s+(?:\S+\s+){0,4}?whether\b"
)


# Blame laid on the weather, or taken by the speaker: no one else is charged.
NO_ONE_BLAMED = re.compile(
    r"\bblam\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?on\s+(?:the\s+)?(?:heavy\s+|high\s+|strong\s+|bad\s+|severe\s+)?"
    r"(?:snow|rain|weather|storms?|fog|ice|winds?|heat|floods?|flooding|drought|frost|a (?:technical|software|signal) (?:fault|failure|glitch))\b"
    r"|\bblam\w*\s+(?:(?:on\s+)?(?:the|a|an|days of|weeks of|years of|months of)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:and|or)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,2}?)?"
    r"(?:rain|snow|weather|(?:thunder)?storms?|wind shear|winds|heat|heatwaves?|floods?|drought|fog|frost|altitude"
    r"|pitch|prices|inflation|currency|zloty|economy|markets|demand|system|pandemic|virus|injuries|fatigue|luck)"
    r"\b(?:\s+in\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:for|on|and|by)\b|\s*[,.;]|\s*$)"
    r"|\bblame\b[^.;]{0,40}\bis (?:mine|ours)\b|\b(?:i|we) take (?:full |the )?(?:blame|responsibility)\b"
    r"|\b(?:no point|not the time|too early|too soon)\s+(?:in\s+|to\s+)?(?:assigning|apportioning|assign|apportion)\s+blame\b"
)
# Phrases that hold a word of wrongdoing and charge no one: harm a flood, a virus or a crash did; the fight
# against fraud; figures of crimes that fell; an inquiry into a collapse; the risk of attacks; a record breached.
NEUTRAL_SPANS = compile_words(
    r"\b(?:(?:flood|floods|flooding|storm|storms|earthquake|earthquakes|quake|quakes|fire|fires|wildfire|wildfires|blaze|blazes|landslide|landslides|mudslide|mudslides|avalanche|avalanches|heatwave|heatwaves|drought|droughts|cyclone|cyclones|hurricane|hurricanes|typhoon|typhoons|tornado|tornadoes|tsunami|tsunamis|lightning|the cold|the heat|the virus|the disease|the outbreak|the pandemic|the epidemic|an epidemic|epidemic|cholera|malaria|covid|the crash|the accident|the explosion|crush|stampede|collapse|blast)(?:-19)?(?:\s+[\w-]+){0,3}?\s+(?:had |has |have |that |which )?(?:\w+ly )?"
    r"(?:killed|hit|destroyed|damaged|devastated|struck)\b"
    # defiance: "Lithuania would not be intimidated" charges no one
    r"|(?:not|never|refuse to|refuses to|refused to) (?:be|being|been) (?:intimidated|bullied|blackmailed|cowed|coerced|silenced)\b"
    r"|(?:fight|fighting|battle|war|campaign|drive|effort|efforts|measures|unit|agency|task force|law|laws|rules)\s+"
    r"(?:against|on|to (?:fight|combat|tackle|curb|prevent|stop))\s+(?:[\w-]+\s+){0,3}?(?:fraud|graft|corruption|crime|"
    r"money laundering|laundering|smuggling|trafficking|doping|terroris\w+|hacking|cybercrime|piracy|poaching|cancer|disease|"
    r"malaria|inflation|bribery|abuse|violence)\b"
    r"|(?:(?:illegal|irregular|border|car|violent|reported|recorded|knife|gun|drug|speeding|traffic|cyber)\s+){0,2}(?:violations|crossings|thefts|robberies|burglaries|crime|crimes|offences|offenses|attacks|killings|fraud cases|cases|incidents)"
    r"(?:\s+(?:into|in|on|at|across|of|from)\s+(?:the\s+)?[\w-]+){0,2}\s+(?:fell|rose|dropped|declined|increased|decreased|"
    r"jumped|surged|halved|doubled|were (?:down|up))\b"
    r"|(?:opened|launched|began|ordered|called for|demanded|announced)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:investigation|inquiry|probe|review|inquest)\s+into\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:collapse|crash|fire|explosion|"
    r"deaths?|accident|incident|blast|derailment|outbreak|leak|spill|crush|stampede|disaster|sinking|flooding)\b"
    r"(?:\s+(?:(?:of|at|in|on)\s+(?:[\w-]+\s+){0,4})?(?:that|which)\s+(?:\w+\s+){0,2}?(?:killed|injured|left)\b)?"
    r"|(?:risk|threat|danger|fear|fears)\s+of\s+(?:\w+\s+)?(?:attacks?|terrorism|violence|unrest|fraud|cyberattacks?)\b"
    r"|breached\s+(?:its\s+banks|(?:the\s+)?[\d,]+|(?:the\s+)?(?:\w+\s+)?(?:mark|level|barrier|threshold|ceiling|record))"
    r"|no(?: one|body|-one) (?:was|is|were|has been) (?:suspected|accused|blamed)\b(?: of \w+)?"
    r"|to (?:fight|combat|tackle|curb|prevent|stop|detect)\s+(?:[\w-]+\s+){0,3}?(?:fraud|graft|corruption|crime|"
    r"money laundering|laundering|smuggling|trafficking|doping|terroris\w+|hacking|cybercrime|piracy|poaching|bribery)\b"
    r"|(?:attack|strike|strikes|shelling|explosion|debris)\s+(?:\w+\s+){0,2}?set fire to"
    r"|behind\s+the\s+(?:\w+\s+)?(?:surge|rise|fall|drop|increase|decline|rally|slump|gains?|losses|"
    r"growth|success|recovery|boom|jump)\b)"
)
# An act the speaker's side says it did not do ("he had not stolen any funds", "we never hacked"): the words of
# a charge, negated. (Of a third party, "the company had not paid wages" is a charge of failing to.)
NEGATED_ACT = re.compile(
    r"\b(?:i|we|he|she|it|they)\s+(?:(?:had|has|have|did|was|were|is|are)\s+(?:not|never)|never)\s+(?:been\s+)?(?:\w+ly\s+)?\w+"
    r"(?:\s+(?:any|a|the|an)\b)?(?:\s+\w+){0,2}"
)


# "cast doubt on Helvana Biotech's revenue figures": on someone's account, not on a drug's value
DOUBT_ON = re.compile(
    r"doubt on (?:\S+\s+){0,7}?(?:figures|account|accounts|claims?|statements?|version|data|numbers|results|video"
    r"|footage|report|findings|testimony|story|explanation|assurances?|promises?|count|tally|turnout)\b"
)


_COURT_RULING = re.compile(
    r"\b(?:judges?|courts?|tribunals?|magistrates?|arbitrators?|justices?)\s+(?:[\w-]+\s+){0,2}?(?:has\s+|have\s+|had\s+)?"
    r"(?:dismissed|dismisses|rejected|rejects|threw out|throws out)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:complaints?|lawsuits?|suits?|case|cases|appeals?|petitions?|charges|motion|request|bid)\b"
)


def _charges_only_inside(phrases: re.Pattern[str], clause: str, verbs: bool = False) -> bool:
    """Are all the clause's words of a charge (and, with ``verbs``, its verbs of accusing) inside ``phrases``
    (a phrase that charges no one)?"""
    if phrases.search(clause) is None:
        return False
    rest = phrases.sub(" ", clause)
    return not ALLEGATION_LEX.search(rest) and not (verbs and ALLEGATION_VERB.search(rest))


# "the authority has never falsified, altered or manipulated its data"; "the accusation of fabrication was false"
NEVER_DID = re.compile(
    r"\b(?:has|have|had|did|does|do) never (?:ever )?(?:falsif|alter|manipulat|fabricat|doctor|tamper|rigg?|brib"
    r"|cheat|mislead|misled|conceal|hid)\w*"
    r"|\b(?:accusations?|allegations?|claims?|charges?|suggestions?)(?: of [\w-]+)? (?:was|were|is|are) (?:\w+ )?(?:false"
    r"|untrue|baseless|unfounded|groundless|inaccurate)\b"
)
_NO_EVIDENCE_ASIDE = re.compile(
    r"\bfor which (?:it|he|she|they|the \w+) (?:has |have |had )?(?:offered|provided|gave|given|presented|produced)"
    r" (?:no|little) (?:evidence|proof)\b"
)
# A call on every side at once charges none of them
URGED_ALL_SIDES = re.compile(
    r"\b(?:urged|urges|called on|calls on)\s+(?:[\"“]?)(?:all|both|the two|all the)\s+(?:\w+\s+)?(?:sides|parties|actors"
    r"|countries|states|neighbours|neighbors|governments|groups|factions)\b[^.;]*"
)
# What the speaker's side will do: a plan, whatever words of a charge it holds
FUTURE_PLAN = re.compile(
    r"\b(?:would|will|plans? to|planned to|intends? to|is going to|are going to)\s+(?:not\s+hesitate\s+to\s+|soon\s+"
    r"|also\s+|now\s+)?(?:propose|introduce|summon|convene|hold|call|ask|seek|review|investigate|examine|consider"
    r"|tighten|toughen|suspend|revoke|impose|draft|present|table|bring|set up|launch|open|strengthen|increase|step up"
    r"|publish|meet|create|hand over|share|provide)\b[^.;]*"
)


def classify(clause: str) -> tuple[str, str | None, float]:
    """(stance, cameo, strength) for one attributed clause (lowercased text)."""
    if '"' in clause or "“" in clause or "”" in clause:
        clause = _QUOTE_MARKS.sub("", clause)  # 'were "completely false"' reads as 'were completely false'
    if "for which" in clause:
        # ", a claim for which it offered no evidence": the reporter's aside on the charge, no one's denial
        clause = _NO_EVIDENCE_ASIDE.sub(" ", clause)
    # Substring checks first: each pattern below needs one of these words, and most clauses have none.
    if (
        ("comment" in clause or "request" in clause)
        and NO_COMMENT.search(clause)
        and not DENIAL_LEX.search(clause)
    ):
        return "other", None, 0.7
    if (
        ("speculat" in clause or "drawn" in clause or "rule" in clause or "face" in clause)
        and NO_SPECULATION.search(clause)
        and not DENIAL_VERB.search(clause)
    ):
        return "other", None, 0.7  # "refused to speculate": a refusal to say, not an answer to a charge
    if ("withdr" in clause or "retract" in clause or "apologi" in clause) and RETRACTION.search(clause):
        return "other", None, 0.7  # a charge withdrawn, or an apology: no charge made or answered
    if ("dismiss" in clause or "reject" in clause or "threw out" in clause) and _COURT_RULING.search(clause):
        return "other", None, 0.7  # "The judge dismissed the complaint": a ruling, not a party's denial
    if _MAY_CLEAR.search(clause) and VERDICT_CLEARED.search(clause):
        return "other", None, 0.7  # an acquittal reports that a charge failed; it accuses no one
    if "if " in clause and CONDITIONAL_CHARGE.search(clause):
        return "other", None, 0.7  # "said it would accuse Marlin Shipping ... if": a charge not (yet) made
    if "whether" in clause and (q := OPEN_QUESTION.search(clause)) is not None:
        before = clause[: q.start()]
        if not any(rx.search(before) for rx in (ALLEGATION_VERB, ALLEGATION_LEX, DENIAL_VERB, DENIAL_LEX)):
            return (
                "other",
                None,
                0.7,
            )  # "opened an inquiry into whether X had complied": a question, not a charge
    negated = _MAY_NEGATE.search(clause) is not None
    neg_alleg = negated and bool(NEGATED_ALLEGATION.search(clause))
    neg_deny = negated and bool(NEGATED_DENIAL.search(clause))
    deny_verb = DENIAL_VERB.search(clause) is not None and not neg_deny
    deny_lex = DENIAL_LEX.search(clause) is not None
    if NEVER_DID.search(clause) and not neg_deny:
        # (before the fabrication rule below: "has never falsified" answers a charge)
        return "denial", "016", 0.8
    if not deny_verb and deny_lex and ACCUSED_OF_LYING.search(clause):
        return "allegation", "112", 0.8
    if not deny_verb and AGENT_FABRICATED.search(clause):
        return "allegation", "112", 0.8
    if deny_verb or deny_lex:
        strength = 0.9 if deny_verb else 0.75
        if HEDGE.search(clause):
            strength -= 0.15
        return "denial", "016", strength
    if neg_alleg or neg_deny:
        return "other", None, 0.7
    if "blam" in clause and _charges_only_inside(NO_ONE_BLAMED, clause):
        return "other", None, 0.7  # "blamed the delays on heavy snow", "the blame is mine"
    if ("urged" in clause or "called on" in clause) and _charges_only_inside(URGED_ALL_SIDES, clause):
        return (
            "other",
            None,
            0.7,
        )  # "urged all external actors to stop fuelling the conflict": a call on no one
    if ("would " in clause or "will " in clause or " to " in clause) and _charges_only_inside(
        FUTURE_PLAN, clause, verbs=True
    ):
        # "said the government would propose tougher penalties for sports fraud", "his ministry would summon both
        # sides": what the speaker's side will do, charging no one
        return "other", None, 0.7
    if (
        "questioned the" in clause
        or ALLEGATION_VERB.search(clause)
        or ("doubt on" in clause and DOUBT_ON.search(clause))
    ):
        return "allegation", cameo_code(clause), 0.85
    if ALLEGATION_LEX.search(clause):
        if _charges_only_inside(NEUTRAL_SPANS, clause):
            # "floods had killed 12 people", "the fight against fraud", "illegal crossings fell by 40%": the
            # only words of a charge are in a phrase that charges no one
            return "other", None, 0.7
        if negated and _charges_only_inside(NEGATED_ACT, clause):
            return (
                "other",
                None,
                0.7,
            )  # "said Hanbit had not paid any ransom": the only act named did not happen
        return "allegation", cameo_code(clause), 0.7
    if CRITICISM.search(clause):
        return "other", "111", 0.7
    return "other", None, NO_CUE


def cameo_code(clause: str) -> str:
    """The CAMEO code of an accusation: its 112 subtype from the clause's words (lowercased)."""
    for code, rx in CAMEO_SUBTYPES:
        if rx.search(clause):
            return code
    return "112"
