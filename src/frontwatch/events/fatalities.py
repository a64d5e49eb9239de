"""Fatality counts by ACLED's conventions.

The most conservative figure wins; "dozens" = 12, "tens" = 10, "hundreds" = 100;
injuries are not fatalities; "no one was killed" is 0; no figure is None.
"""

from __future__ import annotations

import re

_UNITS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "dozens": 12, "tens": 10,
    "hundreds": 100, "scores": 20, "a couple": 2, "a couple of": 2, "thousands": 1000,
}
_NUM = (
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"a dozen|dozens|tens|hundreds|scores|thousands|a hundred|a couple(?: of)?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)"
)
_QUAL = r"(?:(?:at least|more than|over|about|around|some|nearly|almost|up to|an estimated|as many as|roughly|approximately)\s+)?"
_KILLED = (r"(?:killed|dead|died|slain|executed|massacred|murdered|assassinated|perished|lost (?:their|his|her) lives?|beheaded|"
           r"shot dead|burned to death|(?:shot|beaten|stabbed|hacked|strangled|burned|burnt|tortured) to death|"
           r"found dead|gunned down|lynched|(?:later\s+)?confirmed dead)")
# one person named by a singular noun: "a man was shot dead", "killing a soldier"
_ONE_NOUNS = (r"(?:man|woman|person|boy|girl|child|baby|soldier|officer|policeman|"
        r"civilian|fighter|militant|member|resident|farmer|herder|trader|driver|journalist|student|teacher|"
        r"worker|victim|youth|suspect|demonstrator|protester|leader|chief|prisoner|guard|local|villager|"
        r"shepherd|hunter|commander|official|activist|doctor|nurse|elder|cleric|imam|employee|contractor|"
        r"engineer|lawyer|judge|politician|candidate|mayor|councillor|councilor|mukhtar|son|daughter|"
        r"brother|father|mother|husband|wife|relative|pupil|infant|teenager|pedestrian|passenger|motorist|"
        r"fisherman|tribesman|militiaman|smuggler|gendarme|policewoman|spy|informant|collaborator|"
        r"principal|lecturer|professor|cadre|headman|sheikh|pilot|paramedic|medic|volunteer|merchant|"
        r"shopkeeper|businessman|businesswoman|reporter|photographer|preacher|priest|pastor|recruit|conscript|"
        r"defector|dissident|citizen|individual|pensioner|cameraman|owner|companion|bodyguard|trafficker|dealer|"
        r"gangster|robber|thief|criminal|bandit|gunman|assailant|attacker|insurgent|rebel|jihadist|terrorist|"
        r"kidnapper|poacher|cashier|jeweller|jeweler|watchman|labourer|laborer|vendor|hawker|tailor|barber|"
        r"mechanic|clerk|accountant|manager|constable|jawan|trooper|sergeant|lieutenant|inspector|chairman|"
        r"sarpanch|headmaster|monk|nun|rancher|miner|carpenter|electrician|plumber|cook|housewife|"
        r"ex-serviceman|veteran|tourist|pilgrim|worshipper|refugee|migrant|patient|customer|landlord|tenant|"
        r"governor|deputy|minister|lawmaker|legislator|senator|parliamentarian|ambassador|diplomat|envoy|"
        r"commissioner|administrator|prosecutor|magistrate|colonel|brigadier|captain|corporal|chieftain|emir|"
        r"scholar|writer|poet|blogger|singer|footballer|athlete)")
_ONE = rf"(?:a|an|one)\s+(?:[\w-]+\s+){{0,2}}?{_ONE_NOUNS}"
# the same after "the": "shot dead the mukhtar" (only after a killing verb)
_THE_ONE = _ONE.replace("(?:a|an|one)\\s+", "(?:a|an|one|the)\\s+", 1)
# the verbs that kill the figure they govern: "killing 6 civilians", "shot dead two shepherds"
_KILL_VERB = (r"(?:kill(?:ing|ed|s)?|lynch(?:ing|ed)|shot dead|shooting dead|gunn(?:ing|ed) down|murder(?:ing|ed)?|execut(?:ing|ed)|behead(?:ing|ed)|"
              r"assassinat(?:ing|ed))")
_WORDS = r"(?:[\w'’-]+\s+){0,4}?"
# words in -ed that describe people, not what they did ("two armed men", "suspected militants")
_ED_ADJECTIVES = r"armed|unarmed|suspected|alleged|unidentified|retired|uniformed|masked"
# the same, no verb among them ("Four gunmen escaped and one was killed" counts one)
_NOUN_WORDS = (rf"(?:(?!(?!(?:{_ED_ADJECTIVES}|reported|confirmed|believed|feared|presumed)\b)"
               r"[a-z]+ed\s)[\w'’-]+\s+){0,4}?")

# a figure of time or distance, not of people: "fighting lasted about two hours and 2 soldiers
# were killed" counts two
_SPAN_UNITS = r"(?:hours?|minutes?|days?|weeks?|months?|years?|kilomet(?:re|er)s?|km|miles?|metres?|meters?)"

_PATTERNS = [
    # "4 civilians who were collecting truffles were killed": a relative clause between
    re.compile(rf"\b{_QUAL}{_NUM}\s+(?:[\w'’-]+\s+){{1,2}}?(?:who|that)\s+(?:were|was|had been)\s+[a-z]+ing\s+"
               rf"(?:[\w'’-]+\s+){{0,4}}?(?:were|was|had been|have been)\s+{_KILLED}\b", re.I),
    # "7 fighters were killed", "4 Iraqi soldiers died", "12 dead" (also with an aside: "Three
    # farmers, two of them brothers, died", "Two young men, Inti Sotelo and Bryan Pintado, died")
    re.compile(rf"\b{_QUAL}{_NUM}\s+(?!(?:were|was)\s+(?:injured|wounded))(?!{_SPAN_UNITS}\b)"
               rf"{_NOUN_WORDS}(?:[\w'’-]+,\s+(?:(?:including|among them|most of them|mostly|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|some|all|most|many|several|half) of (?:them|whom))\s[^,.;]{{1,40}}"
               r"|(?-i:[A-Z])[^,.;]{1,60}?),\s+)?"
               rf"(?:(?:were|was|have been|had been|are|being|reportedly|all)\s+){{0,2}}{_KILLED}\b", re.I),
    # "burned two men to death", "beat three suspected thieves to death"
    re.compile(rf"\b(?:beat|stabbed|hacked|strangled|burned|burnt|stoned)\s+{_QUAL}{_NUM}\s+(?:[\w'’-]+\s+){{1,3}}?to death\b",
               re.I),
    # "killing 6 civilians", "killed at least 9 people", "the killing of 4 soldiers", "shot dead two shepherds"
    re.compile(rf"\b{_KILL_VERB}\s+(?:of\s+)?{_QUAL}{_NUM}\b(?!\s*(?:%|percent|km|kilomet|miles|years))", re.I),
    # "Four soldiers and an unknown number of militants were killed": the figure known
    re.compile(rf"\b{_QUAL}{_NUM}\s+{_WORDS}and\s+(?:an? (?:unknown|unspecified|undetermined) number of|several|"
               rf"some|others|other|a number of)\s+{_WORDS}(?:(?:were|was|have been|had been|reportedly)\s+){{1,2}}{_KILLED}\b",
               re.I),
    # "Dozens of combatants on both sides were killed"
    re.compile(rf"\b{_QUAL}{_NUM}\s+(?:of\s+)?(?:[\w-]+\s+){{1,2}}(?:on|from)\s+(?:both|either|all|the two)\s+sides\s+"
               rf"(?:(?:were|was|have been|had been|reportedly)\s+){{1,2}}{_KILLED}\b", re.I),
    # "death toll rose to 15", "death toll of 15"
    re.compile(rf"\bdeath toll\s+{_WORDS}(?:to|of|at|reached|is|was|stands at|rose to)\s+{_QUAL}{_NUM}\b", re.I),
    # "left 3 dead", "leaving 5 people dead"
    re.compile(rf"\b(?:left|leaving)\s+{_QUAL}{_NUM}\s+{_WORDS}dead\b", re.I),
    # "the bodies of two shepherds were found", "confirmed the deaths of two soldiers"
    re.compile(rf"\b(?:bodies|deaths|killing|killings) of\s+{_QUAL}{_NUM}\b", re.I),
    # "resulting in the death of 4 NDF members" (a figure of people, not "the death of one of")
    re.compile(rf"\bdeath of\s+{_QUAL}(?!one\b){_NUM}\s+(?:[\w-]+\s+){{0,2}}?(?:[\w-]+s|[\w-]*men|people|children)\b", re.I),
    # "15 fatalities", "20 deaths", "1 fatality"
    re.compile(rf"\b{_QUAL}{_NUM}\s+(?:[\w-]+\s+)?(?:fatalities|fatality|deaths|bodies)\b", re.I),
]
# a single victim: "a man was killed", "stabbed a man to death", "he had died" (after a killing
# verb: `_KILLED_ONE`)
_SINGLE = [
    re.compile(rf"\b(?P<n>{_THE_ONE})(?:,?\s+(?:accused|suspected|convicted|charged)\s+of\s+(?:[\w-]+\s+){{0,2}}?[\w-]+,?)?"
               rf"\s+(?:(?:(?:was|has been|had been|is|reportedly|later)\s+){{1,2}}{_KILLED}"
               # (or died, with no auxiliary: "the victim died", "a soldier later died of his wounds";
               # not a death of another cause or time: `_OTHER_DEATH`)
               rf"|(?:later\s+|also\s+)?(?P<died>died))\b", re.I),
    re.compile(rf"\b(?:shot|beat|stabbed|hacked|strangled|burned|burnt|stoned)\s+(?P<n>{_ONE})\s+to death\b", re.I),
    # whoever it is: "beat a suspected pickpocket to death" (the words before "to death" name one)
    re.compile(r"\b(?:beat|stabbed|hacked|strangled|burned|burnt|stoned)\s+(?P<n>a|an|one)\s+(?:[\w'’-]+\s+){1,3}?to death\b",
               re.I),
    re.compile(rf"\b(?:beat|beaten|stabbed|hacked|strangled|burned|burnt|shot)\s+to death\s+(?P<n>{_THE_ONE})\b", re.I),
    # "Shaimaa al-Sabbagh, a 31-year-old poet and activist, was shot dead": one named and described
    re.compile(rf"\b(?-i:[A-Z])[\w'’-]+,\s+(?P<n>a|an)\s+(?:[\w'’-]+\s+){{0,5}}?[\w'’-]+,\s+"
               rf"(?:(?:was|has been|had been|reportedly|later)\s+){{1,2}}{_KILLED}\b", re.I),
    # "he had died under torture", "she was killed"
    re.compile(rf"\b(?P<n>he|she)\s+(?:had\s+|has\s+|later\s+)?(?:died|(?:was|had been|has been)\s+{_KILLED})\b", re.I),
    # "the body of a man was found"
    re.compile(rf"\bbody of\s+(?P<n>{_THE_ONE})\b", re.I),
    # "A fighter of the Sultan Murad Division was killed": one of a named group
    re.compile(rf"\b(?P<n>{_ONE})\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){{1,5}}"
               rf"(?:(?:was|has been|had been|reportedly)\s+){{1,2}}{_KILLED}\b", re.I),
]
# the one a killing verb names (by a noun or a pronoun), and one of theirs: "killing a soldier",
# "shot dead the mukhtar", "killing him and his driver" (2)
_RELATIVES = (r"(?:driver|son|daughter|brother|sister|father|mother|wife|husband|bodyguard|companion|friend|"
              r"relative|cousin|nephew|guard|child|escort|aide)")
_THEIRS = rf"\s+(?:and|along with|together with)\s+(?:his|her)\s+(?:[a-z]+\s+)?{_RELATIVES}\b"
_KILLED_ONE = re.compile(
    rf"\b(?:{_KILL_VERB}\s+(?P<n>him|her|{_THE_ONE})|(?:shot|shooting)\s+(?P<p>him|her)\s+dead)\b(?P<m>{_THEIRS})?",
    re.I)
# one named by title and name: "shot dead protest leader Ihab al-Wazni", "killed tribal sheikh Faisal"
_KILLED_TITLED = re.compile(rf"\b{_KILL_VERB}\s+(?P<n>(?:[a-z-]+\s+){{0,2}}?{_ONE_NOUNS})\s+(?-i:[A-Z])", re.I)
# what follows that name: "... (Abu Taqwa) and one of his aides" (one more), "... and his driver"
_TITLED_AND = re.compile(rf"[^.;,]{{0,50}}?\s+and\s+(?:(?P<k>{_NUM.replace('?P<n>', '')})\s+of\s+(?:his|her)\s+[a-z]+|"
                         rf"(?:his|her)\s+(?:[a-z]+\s+)?{_RELATIVES})\b", re.I)
# "one protester and a policeman were killed", "both were killed", "killing both"
# (also "a police officer and one of the gunmen were killed")
_ONE_AND_ONE = re.compile(rf"\b(?P<n>{_ONE})\s+and\s+(?:{_ONE}|one of (?:the|their|his|her)\s+(?:[\w-]+\s+)?[\w-]+)\s+"
                          rf"(?:(?:were|have been|had been|reportedly)\s+){{1,2}}{_KILLED}\b", re.I)
_BOTH = re.compile(rf"\b(?:{_KILL_VERB}\s+(?:them\s+)?(?P<n>both)\b(?!\s+(?:sides|parties|groups|of\b))|"
                   rf"(?P<m>both)\s+(?:(?:of them|men|women|victims|were|have been|had been|later|reportedly)\s+){{1,3}}"
                   rf"{_KILLED})\b", re.I)
# ACLED's own bookkeeping: "Fatalities coded as 3", "Fatalities are split across 2 events (4)",
# "20 fatalities split up between 3 events"
_CODED = re.compile(r"\bfatalities\s+(?:are\s+|were\s+)?coded\s+as\s+(?P<n>\d+)|"
                    r"\bfatalities\s+(?:are\s+|were\s+)?split\s+(?:up\s+)?(?:across|between|among)\s+\d+\s+events?\s*"
                    r"\((?P<m>\d+)\)", re.I)
_SPLIT = re.compile(r"\b(?P<n>\d+)\s+fatalities\s+(?:are\s+|were\s+)?split\s+(?:up\s+)?(?:across|between|among)\s+"
                    r"(?P<k>\d+)\s+events?\b", re.I)
_NONE = re.compile(
    r"\b(?:no (?:one|casualties|fatalities|deaths|injuries or deaths)|nobody)\b"
    r"(?:\s+(?:was|were|has been|have been|had been))?(?:\s+(?:killed|hurt|reported|injured))?",
    re.I,
)
# a verb between two figures: two clauses ("Three suspects fled and one was killed"), not one list
_CLAUSE = re.compile(rf"\b(?:were|was|are|is|have|has|had|managed|(?!(?:{_ED_ADJECTIVES})\b)\w+ed)\b", re.I)
# (an aside may sit between: "2 soldiers, including an officer, and 2 militants")
_CONJ = re.compile(rf"\b{_NUM}\s+(?!{_SPAN_UNITS}\b)[\w\s'’-]{{1,45}}?(?:,\s+(?:including|among them)\s[^,.;]{{1,40}},)?\s+and\s+"
                   rf"{_NUM.replace('?P<n>', '?P<m>')}\s+", re.I)
# a list of victims after a killing verb: "killing him, his daughter and two other people" (4),
# "killing a senior commander and two companions" (3)
_ITEM = (rf"(?:him|her|(?:his|her|their)\s+(?:[a-z-]+\s+)?{_RELATIVES}|"
         rf"(?:a|an|one|the)\s+(?:[\w-]+\s+){{0,3}}?{_ONE_NOUNS}|{_QUAL}{_NUM.replace('?P<n>', '')}\s+"
         rf"(?:[\w-]+\s+){{0,2}}?(?:[\w-]+s|people|children|men|women))")
_KILLED_LIST = re.compile(rf"\b{_KILL_VERB}\s+(?P<list>{_ITEM}(?:\s*,\s*{_ITEM})*,?\s+(?:and|as well as)\s+{_ITEM})\b"
                          r"(?!\s+(?:was|were|is|are|has been|have been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|arrested))",
                          re.I)
_ITEM_RE = re.compile(_ITEM, re.I)
_ITEM_FIGURE = re.compile(rf"{_QUAL}{_NUM}\b", re.I)
_ONE_WORDS = frozenset({"a", "an", "the", "him", "her", "his", "their"})
# "killing two fighters and a civilian": a figure and one more
_CONJ_ONE = re.compile(rf"\b{_KILL_VERB}\s+(?:of\s+)?{_QUAL}{_NUM}\s+(?:[\w-]+\s+){{0,3}}?[\w-]+s\s+and\s+(?P<one>{_ONE})\b"
                       r"(?!\s+(?:was|were|is|has been)\s+(?:\w+\s+)?(?:wounded|injured|hurt|arrested|detained|abducted))",
                       re.I)


def word_to_int(s: str) -> int | None:
    s = s.lower().replace(",", "").strip()
    if s.isdigit():
        return int(s)
    if s in _UNITS:
        return _UNITS[s]
    parts = re.split(r"[- ]", s)
    if len(parts) == 2 and parts[0] in _UNITS and parts[1] in _UNITS:
        return _UNITS[parts[0]] + _UNITS[parts[1]]
    return None


def coded_fatalities(text: str) -> int | None:
    """The per-event figure a coder states outright ("Fatalities coded as 3"), or None.
    An even split over several events gives the first event the rounded-up share."""
    m = _CODED.search(text)
    if m:
        return int(m["n"] if m["n"] is not None else m["m"])
    m = _SPLIT.search(text)
    if m and int(m["k"]) > 0:
        return -(-int(m["n"]) // int(m["k"]))
    return None


# a death with no auxiliary that is no toll: feared, asked about ("how a detained student died"), or
# of another cause or time ("died when the roof collapsed", "died of natural causes", "in 2019")
_NOT_TOLD_BEFORE = re.compile(r"\b(?:fear(?:s|ed)?|how|whether|if)\s+(?:that\s+)?$", re.I)
_OTHER_DEATH = re.compile(r"[^.;]{0,40}?\b(?:natural causes|coronavirus|covid|drown|collaps|illness|disease|"
                          r"heart attack|(?:in|since)\s+(?:19|20)\d\d|similar|last (?:week|month|year))", re.I)
# a year written before a noun that counts nobody ("the 2019 massacre", "the 2020 war")
_YEAR_NOT_TOLL = re.compile(r"(?:19|20)\d\d\s+(?!(?:people|persons|civilians|soldiers|fighters|militants|men|women|"
                            r"children|troops|residents|villagers|protesters|demonstrators|members|others|dead|"
                            r"were|have|had|are|killed|died|deaths|bodies|fatalities)\b)[a-z]", re.I)


def find_fatalities(text: str) -> tuple[int | None, list[tuple[int, int]]]:
    """Fatality count stated in `text` and the character spans of the figures used."""
    coded = coded_fatalities(text)
    if coded is not None:
        return coded, []
    found: list[tuple[int, int, int]] = []
    for pat in _SINGLE:
        for m in pat.finditer(text):
            if "died" in pat.groupindex and m.group("died") and (
                    _NOT_TOLD_BEFORE.search(text, max(0, m.start() - 16), m.start())
                    or _OTHER_DEATH.match(text, m.end())):
                continue  # "officials fear a child died", "a man died when the roof collapsed"
            found.append((m.start("n"), m.end("n"), 1))
    for m in _KILLED_ONE.finditer(text):
        g = "n" if m["n"] is not None else "p"
        found.append((m.start(g), m.end(g), 2 if m["m"] else 1))
    for m in _KILLED_TITLED.finditer(text):
        more = _TITLED_AND.match(text, m.end())  # "... and one of his aides", "... and his driver"
        theirs = 0 if more is None else (word_to_int(more["k"]) or 1) if more["k"] else 1
        found.append((m.start("n"), m.end("n"), 1 + theirs))
    for m in _BOTH.finditer(text):
        g = "n" if m["n"] is not None else "m"
        found.append((m.start(g), m.end(g), 2))
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            n = word_to_int(m.group("n"))
            if n is None or n > 100000:
                continue
            if _YEAR_NOT_TOLL.match(text, m.start("n")):
                continue  # "the commander behind the 2019 massacre had been killed": a year, no toll
            # a figure followed by "wounded"/"injured" before the verb is not a death count
            between = text[m.end("n"): m.end()].lower()
            if re.search(r"\b(?:injured|wounded|hurt|arrested|detained|abducted|kidnapped)\b", between):
                continue
            found.append((m.start("n"), m.end("n"), n))
    for m in _KILLED_LIST.finditer(text):
        items = [x.group(0) for x in _ITEM_RE.finditer(m.group("list"))]
        if len(items) >= 2:
            # each item is its figure, or one person ("a senior commander", "his daughter")
            figures = [_ITEM_FIGURE.match(it) if it.split()[0].lower() not in _ONE_WORDS else None for it in items]
            total = sum((word_to_int(f.group("n")) or 1) if f else 1 for f in figures)
            return total, [(m.start("list"), m.end("list"))]
    if not found:
        both = _ONE_AND_ONE.search(text)  # "a police officer and a gunman were killed"
        if both:
            return 2, [(both.start("n"), both.end())]
        if _NONE.search(text):
            return 0, []
        return None, []
    uniq: dict[tuple[int, int], int] = {(s, e): n for s, e, n in found}
    spans = sorted(uniq)
    values = [uniq[s] for s in spans]
    # "killing 3 soldiers and 2 civilians": two figures joined by "and" in one phrase add up
    for m in _CONJ.finditer(text):
        a = (m.start("n"), m.end("n"))
        b = (m.start("m"), m.end("m"))
        verb_before = re.search(r"\b(?:kill(?:ing|ed|s)?\s+(?:of\s+)?|(?:deaths?|bodies) of\s+)\S*\s*$",
                                text[max(0, a[0] - 40): a[0]], re.I)
        verb_after = re.match(rf"[\w\s-]*?\b{_KILLED}", text[m.end():], re.I)
        between = text[a[1]:b[0]]
        if _CLAUSE.search(between) and not re.search(rf"\b{_KILLED}\b", between, re.I):
            continue  # "Four gunmen escaped and one was killed": two clauses, one toll
        if a not in uniq and b in uniq and verb_after and word_to_int(m.group("n")):
            # "5 SDF members and 3 tribesmen were killed": the second figure found, the first with it
            return word_to_int(m.group("n")) + uniq[b], [a, b]  # type: ignore[operator]
        if a in uniq and (b in uniq or verb_before or verb_after):
            nb = uniq.get(b) or word_to_int(m.group("m")) or 0
            return uniq[a] + nb, [a, b]
    for m in _CONJ_ONE.finditer(text):
        a = (m.start("n"), m.end("n"))
        if a in uniq:
            return uniq[a] + 1, [a, (m.start("one"), m.end("one"))]
    both = _ONE_AND_ONE.search(text)
    if both:
        return 2, [(both.start("n"), both.end())]
    # conflicting figures: the most conservative
    best = min(range(len(values)), key=lambda i: values[i])
    return values[best], [spans[best]]
