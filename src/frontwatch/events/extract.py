"""Where a sentence becomes an event.

For each sentence of the article and of each comment:
  1. triggers  - lexicon words that make it a candidate (data/triggers.yaml)
  2. modality  - negated, hypothetical, future, generic and background
                 sentences produce nothing (data/cues.yaml)
  3. type      - ACLED sub-event type from the triggers, refined by the
                 trained classifier shipped in the package (data/models/)
  4. actors    - who did it (agent) and to whom (target), through the actor
                 table, with pronouns and "the group" resolved
  5. place     - the toponym where it happened (frontwatch.geo)
  6. date      - the time expression resolved against `published`
  7. fatalities, certainty and attribution
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, NamedTuple

from ..actors import (
    ARMED,
    NON_STATE_ARMED,
    Actor,
    ActorMatcher,
    ActorMention,
    load_actor_table,
    with_country,
)
from ..models import Document, Event, Segmentation, Span, Toponym, content_id
from ..nlp import doc_text
from .classifier import SIZE_TAG, size_tagged
from .dates import background_year, resolve_date
from .fatalities import coded_fatalities, find_fatalities, word_to_int
from .lexicon import SUB_EVENT_TYPES, Cues, Trigger, load_cues, load_triggers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


@dataclass
class Part:
    """One segment of a document (the article or one comment) after spaCy."""

    doc: Doc
    offset: int  # character offset of doc.text in the document text
    origin: str  # "article" | "comment"
    comment_index: int | None
    text: str = ""  # doc.text, kept once: spaCy rebuilds it on every access

    def __post_init__(self) -> None:
        if not self.text:
            self.text = doc_text(self.doc)


@dataclass
class _Hit:
    trigger: Trigger
    start: int  # token indices in the part's Doc
    end: int
    head: int | None = None  # the verb of a verbal phrase ("clashed with police"); else the last token
    settled: bool = False  # the wording settles the sub-event type: the classifier does not override it

    @property
    def head_index(self) -> int:
        return self.end - 1 if self.head is None else self.head


class _Bars(NamedTuple):
    """What the classifier may not turn a sentence's event into: event types the sentence names
    only as wished, feared, called for or denied ("arrested activists after they called for
    protests" is no protest), and a change of ground where no word of the sentence says one."""

    types: frozenset[str]
    subs: frozenset[str]


def _bars(hits: Sequence[_Hit], factual: Sequence[_Hit]) -> _Bars:
    said = {h.trigger.event_type for h in factual}
    unsaid = {h.trigger.event_type for h in hits} - said
    if any(h.trigger.generic_attack and h not in factual for h in hits) and not any(
            h.trigger.generic_attack for h in factual):
        # a killing told as background ("two days after gunmen killed a chief") is no attack either
        unsaid |= {"Battles", "Violence against civilians"} - said
    ground = any(h.trigger.sub_event_type in TERRITORIAL_TRIGGERS for h in factual)
    subs = set() if ground else set(TERRITORIAL)
    if any(_intervening(h) and h not in factual for h in hits) and not any(map(_intervening, factual)):
        # an arrest or force told as background ("the march came a week after the union's leader
        # was detained by police") is no intervention at the protest either
        subs |= set(FORCE_AT_PROTESTS)
    return _Bars(frozenset(unsaid), frozenset(subs))


def _intervening(h: _Hit) -> bool:
    """The hit tells of an arrest, or of force used on a demonstration."""
    return h.trigger.sub_event_type == "Arrests" or (h.trigger.event_type == "Protests" and h.trigger.role == "modifier")


@dataclass
class _State:
    """What earlier sentences established, for pronouns, places and dates."""

    recent_actors: list[Actor] = field(default_factory=list)
    agents: list[Actor] = field(default_factory=list)  # who did the earlier events
    saw_trigger: bool = False  # some sentence had a trigger (whatever became of it)
    place: Toponym | None = None
    date: tuple[dt.date, int] | None = None
    leads: bool = True  # the sentence at hand leads its paragraph's events
    size_tagged: bool = False  # the text carries ACLED's crowd-size tag (classifier.size_tagged)


ATTACK_VERBS = {"attack", "assault", "raid", "storm", "strike", "hit", "target", "kill", "shoot", "fire",
                "bomb", "pound", "ambush"}
NOT_TRIGGER_ENTS = {"DATE", "TIME", "CARDINAL", "PERSON", "GPE", "LOC", "FAC"}
VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians")
# The classifier's say (each tuned on an inner fold of the ACLED train split with
# scripts/tune_extraction.py; docs/eval.md):
# probability above which it overrides the rules' event type
CLASSIFIER_OVERRIDE = 0.25
# ... and between the sub-types of the event type the rules found, when it is also this many
# times surer of its type than of theirs ("detained an activist, charging her with organising
# actions that violate public order" stays an arrest)
SAME_TYPE_MARGIN = 1.5
# ... between a protest and a riot, either way
DEMONSTRATION_OVERRIDE = 0.45
# ... and from the means the rules read (shells, a mine, a missile) to whom it hit (an attack on
# civilians, a clash): ACLED codes remote violence by its means
EXPLOSION_OVERRIDE = 0.4
# weight of the paragraph, against the sentence alone, in its reading of a lead event
PARAGRAPH_WEIGHT = 0.85
# the longest paragraph read whole as a sentence's context; of a longer one (a page whose
# breaks were lost), the sentences around it that fit (longer than any ACLED note or CASE snippet)
PARAGRAPH_MAX_CHARS = 1500
# events whose evidence it reads as "no ACLED event" this surely are dropped (but see _named_violence)
NONE_DROP = 0.3
# civilians killed by armed men that stand against the classifier's "no ACLED event" (`_massacre`)
MASSACRE_MIN = 3
# ... and every event of a short report whose whole text it reads so
DOC_NONE_DROP = 0.3
# ... and for a demonstration the lexicon names ("nurses marched to the ministry over unpaid
# salaries" reads 0.32)
PROTEST_NONE_DROP = 0.4
# ... and for a strategic development (an arrest, a deal, a curfew, looting): dropping one
# spares no false alarm of violence, only a wrong development
SD_NONE_DROP = 0.5
# lexicon weight from which a weapon trigger names the weapon itself (data/triggers.yaml: missiles,
# warplanes, car bombs; not "exploded"), for a deadly strike that stands against NONE_DROP
NAMED_WEAPON_WEIGHT = 0.8
TERRITORIAL = ("Government regains territory", "Non-state actor overtakes territory")
TERRITORIAL_TRIGGERS = frozenset({*TERRITORIAL, "Non-violent transfer of territory"})
# "lost the district to the Taliban": the subject gave the ground up
LOSS_VERBS = frozenset({"lose", "surrender", "cede", "relinquish"})
FORCE_AT_PROTESTS = ("Protest with intervention", "Excessive force against protesters")
DEMONSTRATION_SUBS = ("Peaceful protest", *FORCE_AT_PROTESTS, "Violent demonstration", "Mob violence")
# one-sided means that become a clash when the target fires back
RETURNABLE = ("Grenade", "Shelling/artillery/missile attack")
# short reports with no trigger: the classifier may name the event (see _fallback)
FALLBACK_MAX_CHARS = 600
FALLBACK_MAX_PNONE = 0.15
FALLBACK_MIN_P = 0.3
# confidence factor of the events of a paragraph's later sentences (ACLED train split: of
# 717 notes with several events, one of them right, the first is right in 666, the most
# confident one in 630)
LATER_IN_PARAGRAPH = 0.7
# when a sentence names several means, the more specific one decides
WEAPON_ORDER = {"Suicide bomb": 0, "Chemical weapon": 1, "Air/drone strike": 2, "Grenade": 3,
                "Shelling/artillery/missile attack": 4, "Remote explosive/landmine/IED": 5}
# an armed clash told from the defenders' side: the attacker is actor1
REPEL_VERBS = {"repel", "repulse", "thwart", "foil"}
# "pushed back", "beat back", "fought off": a verb with its particle that repels
_REPEL_PARTICLES = {"push": "back", "beat": "back", "drive": "back", "force": "back", "fight": "off", "fend": "off"}
PRONOUNS = {"they", "them", "it", "he", "she", "their", "its"}
_WS = re.compile(r"\s+")
_BACKER_TAIL = re.compile(r"[-–][a-z]")  # "US-led", "Iranian-backed"
_WORD = re.compile(r"[\w'-]+")
_ADDRESS_GAP = re.compile(r"^\s*(?:,|\(|\)\s*,)\s*$")  # "X, Y", "X (Y", "X (Z), Y"
# ... or after the division word of the name before: "Choman, Soran district, Erbil"
_ADDRESS_GAP_DIVISION = re.compile(
    r"^\s+(?:district|sub-district|subdistrict|county|lga|province|governorate|region|municipality|department)\s*(?:,|\(|\)\s*,)\s*$",
    re.I)


class EventExtractor:
    """Turns a parsed document into events. Build once, call `extract` per document."""

    def __init__(self, nlp: Language, *, classifier: Any | None = None,
                 triggers: Sequence[Trigger] | None = None, cues: Cues | None = None) -> None:
        from spacy.matcher import PhraseMatcher

        self.nlp = nlp
        self.triggers = tuple(triggers or load_triggers())
        self.cues = cues or load_cues()
        self.table = load_actor_table()
        self.actors = ActorMatcher(nlp, self.table)
        self.classifier = classifier
        self._disrupted = next(t for t in self.triggers if t.sub_event_type == "Disrupted weapons use")
        self._looting = next(t for t in self.triggers if t.sub_event_type == "Looting/property destruction")
        self._abduction = next(t for t in self.triggers if t.sub_event_type == "Abduction/forced disappearance")
        self._arrests = next(t for t in self.triggers if t.sub_event_type == "Arrests")
        # who fires what nobody is named for, as for a bomb (data/actors.yaml conventions)
        victims = self.table.conventions["Attack"].actor2
        self._civilians = Actor(victims.name, victims.inter) if victims is not None else Actor("Civilians", 7)
        bomb = self.table.conventions["Remote explosive/landmine/IED"].actor1
        crowd = self.table.conventions["Peaceful protest"].actor1
        self._protesters = Actor(crowd.name, crowd.inter) if crowd is not None else Actor("Protesters", 6)
        self._unidentified = Actor(bomb.name, bomb.inter) if bomb is not None else Actor("Unidentified Armed Group", 3)
        # the plain actor "gang members" names (data/actors.yaml)
        self._gang = next(Actor(name, inter) for words, name, inter in self.table.plain if "gang" in words)
        self._recent = False
        self._ousting = next(t for t in self.triggers if t.sub_event_type == "Non-state actor overtakes territory")
        self._violent_demo = Trigger("Violent demonstration", "main", 0.8, False, (), ())
        self._intervened = next(t for t in self.triggers if t.sub_event_type == "Protest with intervention")
        self._excessive = next(t for t in self.triggers if t.sub_event_type == "Excessive force against protesters")
        # a protest a state's forces stopped (`_protest_prevented`): the event itself, not a modifier of one
        self._protest_stopped = Trigger("Protest with intervention", "main", 0.8, False, (), (), settles=True)
        # a protest called off: the protesters' group changed what it does
        self._called_off = Trigger("Change to group/activity", "main", 0.7, False, (), (), settles=True)
        self._blockade = next(t for t in self.triggers if t.sub_event_type == "Peaceful protest" and t.role == "main")
        # a crowd's deed read from the parse ("set the station ablaze"): a riot
        riot = next(t for t in self.triggers if t.sub_event_type == "Violent demonstration" and t.role == "main")
        self._riot = Trigger(riot.sub_event_type, riot.role, riot.weight, False, (), ())
        self._base = next(t for t in self.triggers if t.sub_event_type == "Headquarters or base established")
        self._air = next(t for t in self.triggers if t.sub_event_type == "Air/drone strike" and t.role == "weapon")
        # violence told by its toll ("leaving 60 people dead"): an attack of unnamed means
        self._generic = next(t for t in self.triggers if t.generic_attack)
        # a person burned or stoned: violence against them (a crowd's: mob violence)
        self._harmed = Trigger("Attack", "main", 0.75, False, (), ())
        # what a vehicle stopped may carry that makes the stop a disruption
        self._carried_weapons = self.cues.weapon_goods | {"explosive", "explosives", "bomb"}
        # shots fired into the air, at nobody: a show of force (ACLED's "Other" development)
        self._warning_shots = Trigger("Other", "main", 0.5, False, (), ())
        self._suicide = next(t for t in self.triggers if t.sub_event_type == "Suicide bomb" and t.settles)
        # what is thrown by hand with its pin pulled, or any bomb thrown by hand
        self._thrown = next(t for t in self.triggers if t.sub_event_type == "Grenade" and t.settles)
        self._change = next(t for t in self.triggers if t.sub_event_type == "Change to group/activity")
        self._handover = next(t for t in self.triggers if t.sub_event_type == "Non-violent transfer of territory")
        self._arms_handed = next(t for t in self.triggers if "surrendered their weapons" in t.phrases)
        self._agreement = next(t for t in self.triggers if t.sub_event_type == "Agreement")
        self.by_lemma: dict[str, list[Trigger]] = {}
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._phrase_key: dict[int, Trigger] = {}
        for i, t in enumerate(self.triggers):
            for lem in t.lemmas:
                self.by_lemma.setdefault(lem, []).append(t)
            if t.phrases:
                key = f"FW_TRIGGER_{i}"
                self._phrase_key[nlp.vocab.strings.add(key)] = t
                self.phrases.add(key, [nlp.make_doc(p) for p in t.phrases])
        self.cue_phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name, plist in (
            ("unconfirmed", self.cues.unconfirmed_phrases),
            ("claim", self.cues.claim_phrases),
            ("future", self.cues.future_phrases),
            ("background", self.cues.background_phrases),
            ("generic", self.cues.generic_phrases),
            ("responsibility", self.cues.responsibility_phrases),
            ("blame", self.cues.blame_phrases),
        ):
            if plist:
                self.cue_phrases.add(name, [nlp.make_doc(p) for p in plist])
        self._cue_names = {nlp.vocab.strings[n]: n for n in
                           ("unconfirmed", "claim", "future", "background", "generic", "responsibility", "blame")}

    # -- public -----------------------------------------------------------

    def extract(self, document: Document, seg: Segmentation, parts: Sequence[Part],
                toponyms: Sequence[Toponym]) -> list[Event]:
        state = _State(size_tagged=size_tagged(document.text))
        events: list[Event] = []
        article_place: Toponym | None = None
        for t in toponyms:
            if t.resolved and t.start < seg.article.end and not _BACKER_TAIL.match(document.text, t.end):
                # (not "the US-led coalition", "Iranian-backed militias": who, not where)
                article_place = t
                break
        for part in parts:
            if part.origin == "comment":
                state.place = None
                state.date = None
            end = part.offset + len(part.text)
            part_tops = [t for t in toponyms if part.offset <= t.start < end]
            events.extend(self._part_events(document, part, part_tops, state, article_place))
        events = _dedupe(events)
        if self.classifier is not None and getattr(self.classifier, "has_none_class", False):
            if events:
                # the classifier knows what news looks like when it reports no ACLED event
                # (diplomacy, crime, disasters, claims of responsibility)
                p_none = self.classifier.p_none([e.evidence.text for e in events])
                events = [e for e, p in zip(events, p_none, strict=True) if p < _none_drop(e, NONE_DROP)
                          or self._stands(e) or state.size_tagged and e.origin == "article"]
                short = [p for p in parts if p.origin == "article" and len(p.text) <= FALLBACK_MAX_CHARS]
                doc_none = self.classifier.p_none([short[0].text])[0] if events and short else 0.0
                if doc_none >= DOC_NONE_DROP:
                    # a short report the classifier reads, as a whole, as no ACLED event
                    # (a claim of responsibility, an accident, a crime) reports none
                    events = [e for e in events if e.origin != "article" or doc_none < _none_drop(e, DOC_NONE_DROP)
                              or self._stands(e) or state.size_tagged]
            elif (not state.saw_trigger and parts and parts[0].origin == "article"
                  and len(parts[0].text) <= FALLBACK_MAX_CHARS):
                # only where the lexicon found nothing: a trigger the rules set aside stays aside
                ev = self._fallback(document, parts[0], list(toponyms), article_place)
                if ev is not None:
                    events = [ev]
            if (state.size_tagged and parts and parts[0].origin == "article"
                    and not any(e.origin == "article" for e in events)):
                # an ACLED note tagged with a crowd's size tells of a demonstration, whatever
                # the rules set aside: the classifier names which
                ev = self._fallback(document, parts[0], list(toponyms), article_place, only=DEMONSTRATION_SUBS)
                if ev is not None:
                    events = [ev, *events]
        return events

    def _stands(self, ev: Event) -> bool:
        """The rules' reading stands against the classifier's "no ACLED event": violence by a
        named armed group, a deadly strike or shelling by an armed side, ground an armed side
        took, a development or riot its words name outright, state forces' deadly force at a
        demonstration, an agreement signed, a crowd's killing, a remnant of an ended war that went
        off, or rebels fighting a state's forces."""
        return (self._named_violence(ev) or _named_outright(ev) or _deadly_strike(ev) or _ground_taken(ev)
                or _massacre(ev) or _deadly_force(ev) or _signed(ev) or _lynching(ev) or _war_remnant(ev)
                or _rebels_at_war(ev) or _insurgents_killed(ev) or self._chemical_attack(ev))

    def _chemical_attack(self, ev: Event) -> bool:
        """A chemical agent the words name, used by an armed side or harming people, with no
        accident in the sentence ("a cult released sarin on subway lines, killing 13", "troops
        dropped munitions containing chloropicrin on its positions"): it stands against the
        classifier's "no ACLED event", which reads a toll of the sick as a disaster (a chlorine
        leak at a plant or an overturned tanker is none)."""
        if ev.origin != "article" or ev.sub_event_type != "Chemical weapon" or not getattr(ev, "_weapon_named", False):
            return False
        text = ev.evidence.text
        words = {w.lower() for w in re.findall(r"[\w-]+", text)}
        if self._disaster_told(words, text.lower()) or _SPILLED.search(text):
            return False
        hurt = (ev.fatalities or 0) > 0 or bool(_WOUNDED.search(_NO_HARM.sub(" ", text)) or _GASSED.search(text))
        return hurt or ev.inter1 in (1, 2, 3, 8)

    def _disaster_told(self, words: set[str], text: str) -> bool:
        """The words (`words`) or phrases (in the lower-cased `text`) of an accident or a natural
        disaster (data/cues.yaml) are told."""
        return bool(words & self.cues.disaster_words) or any(p in text for p in self.cues.disaster_phrases)

    def _bomb_thrown(self, verb: Token) -> bool:
        """`verb` throws a bomb or explosive device ("hurled crude bombs", "a pipe bomb was thrown",
        "tossed an explosive device"), not a petrol bomb or Molotov cocktail (a riot's) and not by a
        demonstration's crowd."""
        subj = _subject_of(verb)
        if subj is not None and (self._protest_word(subj) or subj.lemma_.lower() in _THROWING_CROWDS | _STATE_TAKERS):
            return False  # (a crowd's bombs are its riot's, a state's forces' at a crowd its force)
        if _CROWD_FIGHT.search(verb.sent.text):
            return False  # "youths hurled crude bombs at police during clashes": a riot
        # (a bomb the verb describes: "a bomb thrown at the convoy"; the parser's "hurled crude bombs")
        for o in [*_objects(verb), *([verb.head] if verb.dep_ in ("acl", "amod") else [])]:
            lemma = o.lemma_.lower()
            mods = {c.lemma_.lower() for c in o.children if c.dep_ in ("compound", "amod", "nmod")}
            if mods & _FIRE_BOMBS:
                continue
            if lemma in ("bomb", "explosive", "ied") or lemma == "device" and mods & {"explosive", "improvised"}:
                return True
        return False

    def _protest_word(self, tok: Token) -> bool:
        """`tok` is a word the lexicon reads as a demonstration ("protest", "rally",
        "agitators"), or a crowd's demand ("demanding"); not a date ("16 March")."""
        lemma = tok.lemma_.lower()
        if tok.ent_type_ in NOT_TRIGGER_ENTS:
            return False
        return lemma == "demand" and tok.pos_ == "VERB" or self._protest_lemma(lemma)

    def _protest_lemma(self, lemma: str) -> bool:
        """`lemma` is one the lexicon reads as a demonstration ("protest", "march")."""
        return any(t.event_type == "Protests" and t.role == "main" for t in self.by_lemma.get(lemma, ()))

    def _crowd_side(self, fight: Token) -> bool:
        """A demonstration's crowd is a side of `fight`: named after "between" or "with", or the
        subject of the verb ("protesters scuffled with the police")."""
        heads = (fight, fight.head) if fight.dep_ == "nsubj" else (fight,)  # "a brawl broke out between ..."
        sides = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("between", "with")
                 for o in c.children if o.dep_ == "pobj"]
        if fight.pos_ == "VERB" and (subj := _subject_of(fight)) is not None:
            sides.append(subj)
        return any(self._protest_word(t) for s in sides for t in (s, *s.conjuncts))

    def _banned_or_ahead(self, tok: Token) -> bool:
        """`tok` is a demonstration that was banned ("banned all rallies and demonstrations") or
        is still to come ("internet was suspended ahead of the farmers' march", "days before a
        march")."""
        if tok.pos_ not in ("NOUN", "PROPN") or not self._protest_word(tok):
            return False
        node = tok
        while node.dep_ == "conj":
            node = node.head
        if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in _BANNING_VERBS:
            return True
        # (or one something came "before": "the detention came days before a march they had planned")
        return (node.dep_ == "pobj" and (node.head.lower_ == "of" and node.head.head.lower_ == "ahead"
                                         or node.head.lower_ == "before"))

    def _demanding_crowd(self, node: Token) -> bool:
        """`node` is what a crowd the lexicon names as demonstrators is demanding ("agitators
        demanding reservation ... set fire to a station", the participle parsed as the sentence's
        root): a description of the crowd, which governs nothing of what it did."""
        return node.tag_ == "VBG" and node.lemma_.lower() == "demand" and any(
            c.dep_ == "nsubj" and self._protest_word(c) for c in node.children)

    def _named_violence(self, ev: Event) -> bool:
        """Political violence by an armed group the actor table names ("RSF shells fell on the
        camp", "Naxals triggered an IED"): the rules' reading stands against the classifier's
        "no ACLED event" (which reads crime, disasters and claims into such short reports).
        (Not a state's forces: "summoned the envoy over air strikes" is diplomacy; nor in a
        reader's comment.)"""
        a = self.table.by_name.get(ev.actor1 or "")
        if a is None and ev.actor1 and ev.inter1 is not None and not ev.actor1.endswith(")"):
            a = Actor(ev.actor1, ev.inter1)  # a group the table does not list, named by its acronym
        # (or its plunder: "Anti-balaka militiamen looted an NGO warehouse")
        violent = ev.event_type in VIOLENT_TYPES or ev.sub_event_type == "Looting/property destruction"
        return ev.origin == "article" and violent and a is not None and self.table.named_group(a)

    def _fallback(self, document: Document, part: Part, tops: list[Toponym],
                  article_place: Toponym | None, only: Sequence[str] = ()) -> Event | None:
        """A short report whose wording no trigger covers ("the village came under heavy
        bombardment"): the classifier names the type when it is sure the text reports an
        event and the sentence is plainly factual. With `only`, the text is known to report
        one of those types (an ACLED note's crowd-size tag): the surest of them is taken from
        the likeliest sentence, however unsure."""
        assert self.classifier is not None
        sents = [s for s in part.doc.sents if s.text.strip()]
        if not sents:
            return None
        probs = self.classifier.predict_proba([s.text for s in sents])
        p_none = self.classifier.p_none([s.text for s in sents])
        best = None
        for sent, pr, pn in zip(sents, probs, p_none, strict=True):
            if only:
                label, p = max(((k, pr.get(k, 0.0)) for k in only), key=lambda kv: kv[1])
                if not _WORD.search(SIZE_TAG.sub(" ", sent.text)):
                    continue  # the tag alone
            elif pn >= FALLBACK_MAX_PNONE or not self._plainly_factual(sent, document.published):
                continue
            else:
                label, p = max(pr.items(), key=lambda kv: kv[1])
            if not only and (p < FALLBACK_MIN_P or label == "Other"):
                continue
            if best is None or p > best[2]:
                best = (sent, label, p)
        if best is None:
            return None
        sent, label, p = best
        trig = Trigger(label, "main", round(0.35 + 0.3 * p, 3), False, (), ())
        root = sent.root
        hit = _Hit(trig, root.i, root.i + 1)
        mentions, pending = self.actors.find(part.doc)
        sent_mentions = [m for m in mentions if sent.start <= m.start < sent.end]
        window = _paragraph(part.text, sent)
        if not only and not self._not_crime_or_disaster([hit], sent, sent_mentions, window):
            return None  # the classifier's reading of an accident ("a gas leak at a chemical factory")
        date = resolve_date(sent.text, document.published)
        # (with `only`, the event is one of those types, whatever the classifier reads in `_refine`)
        state = _State(size_tagged=bool(only))
        part_tops = [t for t in tops if part.offset <= t.start < part.offset + len(part.text)]
        sent_tops = [t for t in part_tops
                     if sent.start_char + part.offset <= t.start < sent.end_char + part.offset]
        fat, _ = find_fatalities(sent.text)
        ev = self._make_event(document, part, sent, trig.event_type, [hit], [], sent_mentions,
                              sent_tops, {}, date, state, article_place, fat, _bars([hit], [hit]), window)
        if ev is not None:
            ev.fatalities = fat
            ev.__dict__.pop("_trigger_char", None)
        return ev

    def _plainly_factual(self, sent: SpacySpan, published: dt.date | None) -> bool:
        """No negation, modal, future or conditional marker anywhere in the sentence."""
        c = self.cues
        if sent.text.rstrip().endswith("?") or background_year(sent.text, published):
            return False
        low = f" {sent.text.lower()} "
        for phrase in (*c.generic_phrases, *c.background_phrases, *c.future_phrases):
            if f" {phrase} " in low:
                return False
        for t in sent:
            lw = t.lower_
            if t.dep_ == "neg" or lw in c.negation or lw in ("if", "unless", "whether"):
                return False
            if t.dep_ == "aux" and (lw in c.hypothetical_aux or lw in c.future_aux):
                return False
        return True

    # -- per part -----------------------------------------------------------

    def _part_events(self, document: Document, part: Part, tops: list[Toponym], state: _State,
                     article_place: Toponym | None) -> list[Event]:
        doc = part.doc
        mentions, pending = self.actors.find(doc)
        in_actor = bytearray(len(doc))  # the inter code of the actor named at each token
        for m in mentions:
            in_actor[m.start:m.end] = bytes([m.actor.inter or 9]) * (m.end - m.start)
        # a group named only on its flags or pictures ("men waving PMF flags"), or as what
        # someone spoke about, is no side
        mentions = [m for m in mentions if (doc[m.end - 1].head.lemma_.lower() not in _EMBLEM_NOUNS
                    or doc[m.end - 1].dep_ not in ("compound", "amod", "nmod", "poss"))
                    and not (doc[m.start:m.end].root.dep_ == "pobj" and doc[m.start:m.end].root.head.lower_ == "about")]
        # a trigger inside a name ("Popular Mobilization Units") is no trigger, but
        # protesters doing something ("protesters blocked the highway") are a protest
        hits = [h for h in self._triggers(doc)
                if h.trigger.role == "weapon" or not all(in_actor[h.start:h.end])
                or (h.trigger.event_type in ("Protests", "Riots")
                    and _subject(doc[h.head_index])
                    and all(i in (5, 6) for i in in_actor[h.start:h.end]))]
        if hits:
            state.saw_trigger = True
        cue_hits: dict[str, list[tuple[int, int]]] = {}
        for key, s, e in self.cue_phrases(doc):
            name = self._cue_names[key]
            if name == "responsibility" and _nobody_claimed(doc[s:e].root):
                continue  # "no group has claimed responsibility": the deed is told, nobody owns it
            if name == "responsibility" and _new_deed_announced(doc[s:e]):
                continue  # "the command said it carried out an air strike against the group": a deed told anew
            if name == "background" and doc[s:e].text.lower() == "at the time" and s > 0 and doc[s - 1].pos_ in ("ADJ", "ADV"):
                continue  # "the building was empty at the time": how things stood during the deed
            if name == "background" and _clause_verb(doc[s:e].root).dep_ in ("acl", "relcl"):
                continue  # "demanding a pay deal signed two years ago": it dates the deal, not the march
            cue_hits.setdefault(name, []).append((s, e))
        out: list[Event] = []
        prev_end = 0
        para_first = 0  # index in `out` of the first event of the current paragraph
        para_start = 0  # where the current paragraph starts in the part
        for sent in doc.sents:
            s0, s1 = sent.start, sent.end
            if "\n" in part.text[prev_end:sent.start_char]:
                state.date = None  # a date carries to the next sentences of its paragraph only
                para_first = len(out)
                para_start = sent.start_char
            prev_end = sent.start_char + len(sent.text.rstrip())
            sent_mentions = [m for m in mentions if s0 <= m.start < s1]
            sent_mentions += self._resolve_anaphora([p for p in pending if s0 <= p.start < s1], state)
            sent_mentions.sort(key=lambda m: m.start)
            sent_tops = [t for t in tops if sent.start_char + part.offset <= t.start < sent.end_char + part.offset]
            sent_hits = [h for h in hits if s0 <= h.start < s1]
            sent_cues = {k: [(s, e) for s, e in v if s0 <= s < s1] for k, v in cue_hits.items()}
            date = resolve_date(sent.text, document.published)
            if sent_hits and sent.text.rstrip().endswith("?"):
                sent_hits = []  # questions report nothing
            new: list[Event] = []
            if sent_hits:
                state.leads = len(out) == para_first
                new = self._sentence_events(document, part, sent, sent_hits, sent_mentions,
                                            sent_tops, sent_cues, date, state, article_place)
                if len(out) > para_first:
                    # the paragraph leads with its main event; later sentences tell what
                    # followed (arrests, looting, a retreat) or the background
                    for ev in new:
                        ev.confidence = round(max(0.05, ev.confidence * LATER_IN_PARAGRAPH), 3)
                out.extend(new)
            if len(out) > para_first:
                main = max(out[para_first:len(out) - len(new)] or out[para_first:], key=lambda e: e.confidence)
                toll = main.fatalities
                if not new:
                    _carry_fatalities(sent.text, out[para_first:])
                elif len(out) - len(new) > para_first:
                    _move_fatalities(out[para_first:len(out) - len(new)], new,
                                     toll_only=all(h.trigger.generic_attack for h in sent_hits))
                    victim = None if sent_tops else _armed_victim(sent, sent_hits, sent_mentions, main)
                    if victim is not None:
                        # "Turkish forces shelled Tal Tamr. An SDF fighter was killed.": the toll
                        # names the side the one-sided event hit
                        self._set_actor2(main, victim)
                    if victim is not None or self._retelling(
                            sent, sent_hits, sent_mentions, new, out[para_first:len(out) - len(new)]) or (
                            _names_author(part.doc, sent_hits, new, main)):
                        out = out[:len(out) - len(new)]
                        new = []
                if ((main.fatalities or 0) > 0 and not toll and main.actor2 is None and main.origin == "article"
                        and main.event_type == "Explosions/Remote violence"
                        and _no_armed_dead(part.text[para_start:sent.end_char], sent_mentions)):
                    # "A car bomb went off in the market. At least 40 people were killed.": nobody
                    # armed named among the dead, the victims are civilians
                    self._set_actor2(main, self._civilians)
                elif (not new and main.sub_event_type == "Attack" and main.inter2 == 7
                      and _CRIMINAL_VICTIM.search(sent.text)):
                    # "A man was shot dead by two armed men. The victim had charges against him for
                    # drug trafficking.": gangs fighting each other, a clash (ACLED's convention)
                    main.sub_event_type, main.event_type = "Armed clash", "Battles"
                    self._set_actor2(main, self._gang)
                # (not force the sentence denies: "Police did not intervene")
                told = [h for h in sent_hits
                        if self._nonfactual(doc[h.head_index], sent, sent_cues, document.published) != "negated"]
                merged = self._intervention(told, new, out[para_first:len(out) - len(new)], sent_mentions)
                if merged:
                    out = [e for e in out if all(e is not m for m in merged)]
            if sent_cues.get("responsibility") and len(out) > para_first:
                self._claimed(doc, sent, sent_cues["responsibility"], sent_mentions, out[para_first:])
            elif sent_cues.get("blame") and len(out) > para_first and not new:
                self._claimed(doc, sent, sent_cues["blame"], sent_mentions, out[para_first:], after=True)
            # what this sentence establishes for the next ones
            for m in sent_mentions:
                if m.actor.inter in ARMED:
                    state.recent_actors.append(m.actor)
            state.recent_actors = state.recent_actors[-12:]
            placed = [t for t in sent_tops if t.resolved and (t.geo_precision or 3) < 3]
            if placed:
                # the next sentences happen at this one's last place, unless that is a capital far
                # from where its event happened: the capital's government ("... in Jarablus, rejecting
                # a reconciliation with Damascus")
                state.place = placed[-1]
                lead = max(new, key=lambda e: e.confidence) if new else None
                at = next((t for t in placed if lead is not None and t.geonameid == lead.geonameid), None)
                if at is not None and (state.place.feature_code == "PPLC" and _km(at, state.place) > 50
                                       or not state.place.country_code):
                    state.place = at  # (nor a lake or sea named after it: "... and at Lake Chad")
            if date is not None and not (sent_cues.get("background") or background_year(sent.text, document.published)):
                state.date = date
        return out

    def _set_actor2(self, ev: Event, actor: Actor) -> None:
        """Name `actor` (a plain one: "Civilians") as the event's second actor, in its country."""
        actor = with_country(actor, self.table.country_iso(ev.country), self.table)
        ev.actor2, ev.inter2 = actor.name, actor.inter

    def _place_object(self, verb: Token, tops: list[Toponym], offset: int) -> bool:
        """The verb's direct object is a place: a town's name ("attacked Namava") or a place where
        people live ("attacked a village", "raided a cattle camp")."""
        for child in verb.children:
            if child.dep_ != "dobj":
                continue
            if child.lemma_.lower() in _SETTLEMENT_LEMMAS:
                return True
            nxt = child.i + 1
            if child.pos_ == "PROPN" and nxt < len(child.doc) and child.doc[nxt].text == "(":
                return True  # "attacked Namava (Pemba-Metuge, Cabo Delgado)": a place written with its address
            start, end = child.idx + offset, child.idx + offset + len(child.text)
            # (a town, not a city that is a seat of government: "attacked Kunduz" is a battle for it)
            if any(t.resolved and t.start <= start and end <= t.end and t.feature_code == "PPL" for t in tops):
                return True
        return False

    def _retelling(self, sent: SpacySpan, hits: list[_Hit], mentions: list[ActorMention],
                   new: list[Event], earlier: list[Event]) -> bool:
        """A later sentence that only tells the paragraph's violent main event's toll, damage or
        cause ("Two soldiers were killed.", "Property damage was reported.", "The fighting followed
        a dispute over land."): a killing or damage word, or the event named with "the", its
        only trigger; no named side, no other place, nothing marking another event."""
        main = max(earlier, key=lambda e: e.confidence)
        if main.event_type not in VIOLENT_TYPES and main.sub_event_type != "Excessive force against protesters":
            return False
        doc = sent.doc
        if not all(h.trigger.generic_attack or h.trigger.sub_event_type == "Looting/property destruction"
                   and h.trigger.weight < 0.6 or _definite(doc[h.head_index]) for h in hits):
            return False
        if any(self.table.named_group(m.actor) or m.actor.country for m in mentions):
            return False
        if any(t.lower_ in _ANOTHER_EVENT_WORDS for t in sent):
            return False
        return all(e.location is None or e.location == main.location for e in new)

    def _claimed(self, doc: Doc, sent: SpacySpan, spans: list[tuple[int, int]],
                 mentions: list[ActorMention], earlier: list[Event], after: bool = False) -> None:
        """"X claimed responsibility for the attack" after the paragraph's events: X is the
        author of those whose author the text left unnamed. A denial, a negated claim or a
        bare "responsibility for the" names nobody. With `after`, the group is named after the
        phrase: "security sources blamed ISIS remnants"."""
        claims = [(s, e) for s, e in spans if doc[s].lower_ != "responsibility"]
        if not claims or any(t.dep_ == "neg" or t.lemma_.lower() in self.cues.deny_verbs for t in sent):
            return
        if after:
            end = min(e for _, e in claims)
            named = [m for m in mentions if m.start >= end and self.table.named_group(m.actor)][:1]
        else:
            first = min(s for s, _ in claims)
            named = [m for m in mentions if m.end <= first and self.table.named_group(m.actor)][-1:]
        if not named:
            return
        actor = named[0].actor
        for ev in earlier:
            if ev.actor1 and ev.actor1.startswith("Unidentified Armed Group") and ev.event_type in VIOLENT_TYPES:
                ev.actor1, ev.inter1 = actor.name, actor.inter

    def _triggers(self, doc: Doc) -> list[_Hit]:
        hits: list[_Hit] = []
        covered = bytearray(len(doc))
        for m, s, e in self.phrases(doc):
            root = doc[s:e].root
            trig = self._phrase_key[m]
            if trig.sub_event_type in TERRITORIAL and doc[e - 1].lower_ in ("to", "of") and not any(
                    p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.lemma_.lower() in _TAKERS) for p in doc[e - 1].children):
                continue  # "fell to the Taliban", "fell to government forces"; not "fell to a new low"
            if _kin_of(root):
                continue  # "relatives of forcibly disappeared persons held a vigil": who they grieve
            if (trig.sub_event_type == "Government regains territory" and doc[s:e].text.lower().startswith(_RESTORING)
                    and not _over_ground(doc[s:e])):
                continue  # "restored control of the prison after the riot": order restored, no ground taken
            if trig.sub_event_type in TERRITORIAL_TRIGGERS and _business_taken(root):
                continue  # "a Chinese firm took over the company": a takeover, no ground
            if (trig.sub_event_type in TERRITORIAL_TRIGGERS and doc[s].lower_ == "under" and doc[s].dep_ == "prep"
                    and doc[s].head.pos_ in ("NOUN", "PROPN")):
                continue  # "banned smartphones in areas under its control": ground held, none taken
            # (what a clause of time tells came before settles nothing: "entered the city after a
            # brigade pledged allegiance to them")
            # (ground handed over settles a transfer: see `_ground_handed`)
            # (an agreement signed settles it against the classifier's reading of what the parties
            # committed to: "signed a peace pact, committing to return abducted women")
            settling = (trig is self._handover and _ground_handed(root)
                        or trig.sub_event_type == "Change to group/activity"
                        and (_restriction_imposed(root) or _activities_suspended(root))
                        or trig.sub_event_type == "Agreement" and root.dep_ == "dobj"
                        and root.head.lemma_.lower() in _SIGNING_VERBS
                        or trig.sub_event_type == "Violent demonstration" and self._crowd_did(root))
            if (trig.sub_event_type == "Arrests" and root.lemma_.lower() in _LEADING_AWAY_VERBS
                    and (subj := _subject_of(root)) is not None and subj.lemma_.lower() in _ARMED_TAKERS):
                # "gunmen stormed a school and took away more than 200 pupils": armed men taking
                # people away abduct them (the phrase settles an arrest only for those who may arrest)
                trig = self._abduction
            if trig.event_type == "Protests" and _barricaded(root):
                trig = self._riot
            if trig is self._handover and any(o.lemma_.lower() in _HANDED_ARMS for o in _objects(root)):
                # "residents handed over 300 loose firearms to the military": arms given up, no
                # ground (ACLED: a change to the group or activity), the words settle it
                trig, settling = self._arms_handed, True
            if trig.sub_event_type == "Suicide bomb" and (_bomber_caught(root) or _device_found(root)):
                # "soldiers arrested a girl wearing an explosive belt before she could detonate it":
                # the bombing stopped (ACLED: disrupted weapons use), the words settle it
                trig, settling = self._disrupted, True
            hits.append(_Hit(trig, s, e, root.i if root.pos_ in ("VERB", "AUX") else None,
                             settled=(trig.settles or settling) and not _told_before(root)))
            covered[s:e] = b"\x01" * (e - s)
        for tok in doc:
            if (covered[tok.i] or tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ")
                    or tok.lower_ == "according" or tok.ent_type_ in NOT_TRIGGER_ENTS):
                continue  # "2 March" is a date, not a march
            lemma = tok.lemma_.lower()
            if lemma == "block" and tok.pos_ == "VERB" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in _THOROUGHFARES for c in tok.children):
                # blocking a road, a bridge or a district's streets, however worded ("had blocked
                # the Puente Vela sector", "blocking the main artery"): a blockade, a form of protest
                trig = self._riot if _barricaded(tok) else self._blockade
                hits.append(_Hit(trig, tok.i, tok.i + 1, tok.i, settled=trig.settles))
                continue
            if tok.pos_ == "VERB" and lemma in _OUSTING_VERBS and _particle(tok, "out"):
                # "pushed Russian units out of the village", "drove the militants out": ground taken
                # (which side took it is decided by who did)
                hits.append(_Hit(self._ousting, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if tok.pos_ == "VERB" and lemma == "take" and _put_into(tok, _CUSTODY):
                # "took the blogger into custody": an arrest, whoever is named between
                hits.append(_Hit(self._arrests, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if (tok.pos_ == "VERB" and lemma == "pick" and _particle(tok, "up")
                    and any(c.dep_ in ("nsubjpass", "dobj") and (c.ent_type_ == "PERSON" or c.lemma_.lower() in _SEIZED_PEOPLE)
                            for c in tok.children)):
                # "the activist was picked up from his home by operatives of the DSS": taken away
                # (by a state's forces an arrest, by armed men an abduction: `_not_crime_or_disaster`)
                hits.append(_Hit(self._arrests, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if tok.pos_ == "VERB" and lemma == "drop" and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _DROPPED
                                                            for c in tok.children):
                # "an Antonov dropped several barrels on the market", "bombs were dropped on the
                # village": from the air, whatever the aircraft is called
                hits.append(_Hit(self._air, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if tok.pos_ == "VERB" and lemma in _HAND_THROWING and self._bomb_thrown(tok):
                # "attackers hurled crude bombs at a worker's home", "threw a pipe bomb at a patrol
                # vehicle": a bomb thrown by hand is a grenade, whatever the text calls it
                hits.append(_Hit(self._thrown, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if (tok.pos_ == "VERB" and lemma == "leave" and any(c.dep_ == "dobj" for c in tok.children)
                    and any(c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ == "dead" for c in tok.children)):
                # "went from shelter to shelter with machetes, leaving 60 people dead": the toll tells
                # of killing
                hits.append(_Hit(self._generic, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if tok.pos_ == "VERB" and lemma in _BANNING_VERBS and any(
                    self._protest_word(o) or o.lemma_.lower() in _BANNED_GROUPS
                    for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for o in (c, *c.conjuncts)):
                # "police banned all rallies and demonstrations": a restriction imposed, no protest
                # (the words settle it against the classifier's reading of the crowd's words)
                hits.append(_Hit(self._change, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.pos_ == "VERB" and lemma in _PREVENTING_VERBS and self._protest_prevented(tok):
                # "police prevented Hirak protesters from marching", "gendarmes stopped opposition
                # supporters from marching, detaining 20": a protest the forces stopped (ACLED: a
                # protest with intervention), the words settle it
                hits.append(_Hit(self._protest_stopped, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.pos_ == "VERB" and lemma == "join" and _defected(tok):
                # "35 soldiers, policemen and militia members joined the Taliban": men changing sides
                hits.append(_Hit(self._change, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if _restriction_imposed(tok) or _activities_suspended(tok):
                # "imposed a 24-hour curfew on Kafanchan", "martial law was declared": a restriction
                # imposed (ACLED: a change to the group or activity), the words settle it
                hits.append(_Hit(self._change, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if _group_dissolved(tok):
                # "the court dissolved the opposition party", "ordered the dissolution of the party",
                # "designated IPOB a terrorist organisation": a change to the group, settled
                hits.append(_Hit(self._change, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if self._banned_or_ahead(tok):
                continue  # the rallies banned; "ahead of the farmers' march": none held (yet)
            if (tok.pos_ == "VERB" and (lemma in _DETONATING_VERBS or lemma == "set" and _particle(tok, "off"))
                    and _worn_explosives_set_off(tok)):
                # "detonated an explosive vest", "a man in the front row detonated his explosives",
                # "three women detonated explosives at a wedding": what the bomber carried, set off
                # by the bomber (a suicide bombing), the words settle it
                hits.append(_Hit(self._suicide, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.pos_ == "VERB" and lemma in _RAMMING_VERBS and _rammed_with_explosives(tok):
                # "drove two explosive-packed vehicles into the camp before detonating them": a
                # vehicle bomb driven at its target by its bomber
                hits.append(_Hit(self._suicide, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if (tok.pos_ == "VERB" and lemma in _WEAPON_FINDERS and _weapons_found(tok, self.cues.weapon_goods)
                    and not _harm_or_fight(tok.sent.text)
                    and not (tok.dep_ in ("advcl", "conj") and any(
                        t.sub_event_type == "Arrests" for t in self.by_lemma.get(tok.head.lemma_.lower(), ())))):
                # "recovered two hand grenades and a pistol", "an explosive device was detected by
                # a patrol": weapons taken before use, however the finding is worded (not the
                # weapons taken where people died or fought: "two died and police seized a pistol",
                # "recovered three rifles after the clash"; nor those
                # found on people arrested: "arrested four militants, recovering two pistols")
                hits.append(_Hit(self._disrupted, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.pos_ == "VERB" and lemma in _LEADING_AWAY_VERBS and _taken_away(tok):
                # "armed men took four young men from a house", "led 11 of the drivers away into the
                # hills", "were taken from their hostel by men in plain clothes": people taken away
                # (by a state's forces the words say so: "police took him away" is no abduction)
                hits.append(_Hit(self._abduction, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.pos_ == "VERB" and lemma in _BUNDLING_VERBS and _put_into(tok, _POLICE_VEHICLES, ("into", "onto")):
                # "bundled dozens of women into vans": people taken away from where they gathered
                hits.append(_Hit(self._intervened, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if tok.pos_ == "VERB" and _particle(tok, "over") and _ground_handed(tok):
                # "handing the camp over to Malian soldiers": ground handed over, however worded (the
                # words settle it against the classifier's reading of a force's movements)
                hits.append(_Hit(self._handover, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if (tok.pos_ == "VERB" and lemma in _WRECKING_VERBS and self._crowd_did(tok)
                    and any(o.dep_ == "dobj" and o.lemma_.lower() in _BREAKABLE for o in tok.children)):
                # "demonstrators broke windows of government buildings", "agitators damaged
                # furniture": what a demonstration's crowd wrecked (ACLED: a violent demonstration)
                hits.append(_Hit(self._riot, tok.i, tok.i + 1, tok.i, settled=not _told_before(tok)))
                continue
            if tok.pos_ == "VERB" and (lemma in _CONVERGING_VERBS and _to_press_demands(tok)
                                       or lemma in _CROWDING_VERBS and _crowd_came_to_protest(tok)):
                # "farmers converged on the National Assembly to demand action", "supporters packed a
                # stadium to demand a one-person, one-vote election": people gathered to press a demand
                hits.append(_Hit(self._blockade, tok.i, tok.i + 1, tok.i, settled=False))
                continue
            if (tok.pos_ == "VERB" and lemma in _RELEASING_VERBS
                    and any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _RELEASED_CAPTIVES or (
                        c.lemma_.lower() in _SEIZED_PEOPLE | _TAKEN_CHILDREN and _freed_under_deal(tok)))
                            for c in tok.children)):
                # "the rebels have released 15 prisoners of war", "freed 20 soldiers captured in
                # fighting": captives let go by those who held them (CASE codes it an agreement);
                # freed "under an exchange" or deal, the words settle it
                hits.append(_Hit(self._agreement, tok.i, tok.i + 1, tok.i, settled=_freed_under_deal(tok)))
                continue
            if tok.pos_ == "NOUN" and _deal_made(tok):
                # "reached a Russian-brokered deal", "completed the exchange of nearly 900 detainees":
                # the phrases the lexicon names, with words between
                hits.append(_Hit(self._agreement, tok.i, tok.i + 1, settled=False))
                continue
            if tok.pos_ == "VERB" and lemma in _SIGNING_VERBS and _signed_agreement(tok) and not _told_before(tok):
                # "the elders signed a reconciliation document": an agreement made (which, like one
                # the lexicon names, stands against the classifier's "no ACLED event": `_signed`)
                hits.append(_Hit(self._agreement, tok.i, tok.i + 1, tok.i, settled=False))
                for o in tok.children:
                    if o.dep_ == "dobj":
                        covered[o.i] = 1  # (the agreement noun is the same event)
                continue
            if tok.pos_ == "VERB" and _base_set_up(tok):
                # "set up a permanent camp", "opened what it calls an administrative headquarters",
                # "turning it into their command post" (the words settle it against the classifier's
                # reading of the occupation as ground changing hands)
                hits.append(_Hit(self._base, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if _person_burned_or_stoned(tok):
                # violence against the person (by a crowd, mob violence), not a crowd's damage
                hits.append(_Hit(self._harmed, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.pos_ == "VERB" and _riot_deed(tok):
                # the crowd's deed however worded: "set the police station ablaze", "threw
                # firecrackers and stones at the guards", "smashed bank windows"
                hits.append(_Hit(self._riot, tok.i, tok.i + 1, tok.i, settled=self._riot.settles))
                continue
            if (tok.dep_ == "compound" and tok.head.lemma_.lower() in _STRUCK_GATHERINGS
                    and any(t.event_type == "Protests" for t in self.by_lemma.get(lemma, ()))):
                continue  # "the rally bombing", "a march attack": where a blast struck, not a protest of its own
            if lemma in _FIRE_LEMMAS and tok.pos_ == "VERB" and _warning_shots(tok):
                # "fired into the air to scatter the crowd": warning shots, nobody fired on (by a
                # state's forces, with nothing else told, a show of force)
                subj = _subject_of(tok)
                if subj is not None and any(t.lemma_.lower() in _STATE_TAKERS | {"guard"} for t in subj.subtree):
                    hits.append(_Hit(self._warning_shots, tok.i, tok.i + 1, tok.i, settled=True))
                continue
            if tok.lower_ == "burns" and tok.pos_ == "NOUN":
                continue  # "died of burns": the wounds, not a burning
            if lemma == "shell" and tok.pos_ == "NOUN" and any(
                    c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "NOUN" and not o.like_num
                                                                 and o.lemma_.lower() not in _SHELL_CALIBRES
                                                                 for o in c.children) for c in tok.children):
                continue  # "the charred shells of two buses": what was left of them, no shelling
            if (tok.pos_ == "NOUN" and lemma in _GATHERED_NOUNS and tok.dep_ == "pobj"
                    and tok.head.lower_ in ("at", "on", "into") and tok.head.head.lemma_.lower() in _FIRE_LEMMAS
                    and any(c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _GRIEVANCE_VERBS
                            and not any(o.dep_ == "dobj" and o.lemma_.lower() in _RELIEF_GOODS for o in c.children)
                            for c in tok.children)):
                # "police fired at crowds demanding reform of the quota system": a crowd pressing a
                # demand, fired on, was demonstrating
                hits.append(_Hit(self._blockade, tok.i, tok.i + 1, settled=False))
                continue
            if lemma == "slaughter" and tok.dep_ == "pobj" and tok.head.lower_ == "for":
                continue  # "taking the animals for slaughter": what livestock is for, no killing
            if (tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _PROTEST_DESCRIBED
                    and any(t.event_type == "Protests" for t in self.by_lemma.get(lemma, ()))):
                continue  # "student protest leaders", "the protest movement": who they are, no protest held
            if lemma == "intercept" and any(c.dep_ == "dobj" and c.lemma_.lower() in _STOPPED_VEHICLES
                                            for c in tok.children) and not (
                    {t.lower_ for t in tok.sent} & self._carried_weapons):
                continue  # "police intercepted their minibus": a vehicle stopped, no weapon disrupted
            if lemma in _SCUFFLE_WORDS and self._crowd_side(tok):
                # "there was a brawl between the demonstrators and the police", "a scuffle with
                # counter-demonstrators": a demonstration's crowd came to blows (ACLED: a violent
                # demonstration), the words settle it
                hits.append(_Hit(self._riot, tok.i, tok.i + 1, tok.i, settled=not _told_before(tok)))
                continue
            if lemma == "barricade" and tok.pos_ == "VERB":
                if not any(c.dep_ == "dobj" and not c.lower_.endswith(("self", "selves")) for c in tok.children) and any(
                        c.dep_ == "prep" and c.lower_ in ("in", "inside") for c in tok.children):
                    continue  # "gunmen barricaded (themselves) in a monastery": holed up, no street barricaded
                if (subj := _subject_of(tok)) is not None and subj.lemma_.lower() in _STATE_TAKERS:
                    continue  # "police barricaded the roads leading to parliament": no crowd's barricade
                if any(o.lemma_.lower() in _THOROUGHFARES for o in _objects(tok)):
                    # "merchants barricaded the entrance to the town", "roads were barricaded": barricades
                    # put up (ACLED's codebook: a violent demonstration), the words settle it
                    hits.append(_Hit(self._riot, tok.i, tok.i + 1, tok.i, settled=not _told_before(tok)))
                    continue
            if lemma in ("trench", "fortification") and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "into"):
                continue  # "dropped munitions on Ukrainian trenches": what was hit, nobody digging in
            if tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _WOUND_NOUNS:
                continue  # "gunshot wounds", "bullet injuries": the toll of the shooting, not a fight of its own
            if lemma == "strike" and tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.pos_ == "NOUN":
                continue  # "striking teachers marched": workers on strike, nobody struck
            staged = lemma == "strike" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _STAGING_VERBS
            if lemma == "strike" and tok.pos_ == "NOUN" and (any(
                    c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ in _WORK_STOPPAGE_WORDS for c in tok.children)
                    or staged and (subj := _subject_of(tok.head)) is not None and subj.lemma_.lower() in _STRIKING_WORKERS):
                # "the anniversary of Colombia's national strike", "a teachers' strike", "doctors launched a
                # 24-hour token strike": work stopped, no attack (one begun or staged is a protest)
                if staged and not covered[tok.i]:
                    # (the words settle it: the classifier reads "strike" as one from the air)
                    hits.append(_Hit(self._blockade, tok.i, tok.i + 1, tok.head.i, settled=True))
                continue
            if lemma == "mob" and any(c.dep_ in ("compound", "amod") and c.lower_ == "flash" for c in tok.children):
                continue  # "held a peaceful flash mob": a gathering's form, no mob's violence
            if lemma == "offensive" and tok.pos_ == "ADJ":
                continue  # "a halt to offensive operations", "offensive weapons": a kind, not an offensive
            if tok.dep_ == "compound" and tok.head.lemma_.lower() in _EQUIPPED_NOUNS:
                continue  # "riot police", "attack helicopters", "assault rifles": a kind of unit or arm
            if lemma in _COUP_WORDS and (tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() != "attempt"
                                         or tok.i > 0 and tok.nbor(-1).lower_ == "-"):
                continue  # "anti-coup protesters", "coup leaders": who they are, not a coup
            if lemma == "disperse" and tok.pos_ == "VERB" and tok.dep_ not in ("xcomp", "ccomp") and not any(
                    c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in tok.children):
                continue  # "the rally dispersed peacefully": the crowd left, nobody dispersed it
            if lemma == "evacuate" and tok.pos_ == "VERB" and (
                    (subj := _subject_of(tok)) is not None and subj.lemma_.lower() in _SEIZED_PEOPLE | _CROWD_NOUNS
                    or tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("force", "order", "urge", "ask", "tell")):
                continue  # "forcing residents to evacuate": people fleeing, no ground handed over
            if lemma in ("detention", "detain") and tok.dep_ in ("compound", "amod") and tok.head.lemma_.lower() in _SITE_NOUNS:
                continue  # "an air raid hit a migrant detention centre": a place, no arrest
            if _kin_of(tok):
                continue  # "relatives of forcibly disappeared persons held a vigil": who they grieve, no new deed
            if (lemma in ("blockade", "siege") and tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _LIFTING_VERBS
                    and any(c.dep_ == "prep" and c.lower_ == "on" for c in tok.children)):
                # "a truce that lifts the blockade on their villages": a siege ended, no protest (not "the
                # blockade was lifted at dusk": the protest's own end)
                continue
            for t in self.by_lemma.get(lemma, ()) or self.by_lemma.get(tok.lower_, ()):
                if (t.role == "weapon" and tok.is_title and not tok.is_sent_start and tok.dep_ == "compound"
                        and tok.head.pos_ == "PROPN"):
                    continue  # "the Cambodian Mine Action Centre", "the Bomb Disposal Unit": a body's name
                if t.role == "weapon" and any(c.dep_ in ("compound", "amod") and c.lower_ in _NON_LETHAL
                                              for c in tok.children):
                    continue  # "tear gas grenades", "stun grenades", "smoke shells": crowd control
                if t.sub_event_type == "Suicide bomb" and (_bomber_caught(tok) or _device_found(tok)):
                    # "two suicide vests were recovered from a hideout": no bombing (see the phrases')
                    hits.append(_Hit(self._disrupted, tok.i, tok.i + 1, settled=True))
                    continue
                hits.append(_Hit(t, tok.i, tok.i + 1, settled=(t.settles or t.sub_event_type == "Violent demonstration"
                                                               and t.role == "main" and self._crowd_did(tok))
                                 and not _told_before(tok)))
        if any(h.trigger is not self._warning_shots for h in hits):
            hits = [h for h in hits if h.trigger is not self._warning_shots]
        # "beaten to death and his body set on fire by a crowd", "burned her body": what was done to
        # the dead is the killing's, no riot or destruction of its own
        hits = [h for h in hits if not ((h.trigger.event_type == "Riots"
                                         or h.trigger.sub_event_type == "Looting/property destruction")
                                        and _body_burned(doc[h.start:h.end].root))]
        # ground handed over under a deal is the transfer ("reached a deal under which the rebels handed
        # the town to the army"): the deal is its means, no agreement of its own
        handed = {doc[h.start].sent.start for h in hits if h.trigger.sub_event_type == "Non-violent transfer of territory"}
        hits = [h for h in hits if not (h.trigger is self._agreement and doc[h.start].sent.start in handed
                                        and _deal_made(doc[h.start]))]
        # what a strike from the air or by artillery set ablaze or damaged is the strike's ("a drone
        # attack set an oil depot ablaze"), no destruction of its own; plunder is ("loot")
        weapons = {i for h in hits if h.trigger.sub_event_type in _WAR_WEAPONS for i in range(h.start, h.end)}
        if weapons:
            hits = [h for h in hits if not (
                (h.trigger.sub_event_type == "Looting/property destruction" or h.trigger.event_type == "Riots")
                and not _PLUNDER.search(doc[h.start:h.end].text) and _done_by(doc[h.start:h.end].root, weapons))]
        hits.sort(key=lambda h: h.start)
        return hits

    def _crowd_did(self, verb: Token) -> bool:
        """The subject of `verb` is a demonstration's crowd ("the demonstrators set ablaze the
        house of the MLA", "protesters torched two buses"): a riot the words settle."""
        subj = _subject_of(verb) if verb.pos_ in ("VERB", "AUX") else None
        # (or one the words describe as protesting: "agitating villagers", "residents protesting the cuts";
        # not what a protest burns as a sign: "set fire to copies of the law", "torched an effigy")
        return subj is not None and (self._protest_word(subj) or any(
            c.dep_ in ("amod", "acl") and self._protest_word(c) for c in subj.children)) and not any(
            o.lemma_.lower() in _SYMBOLIC_OBJECTS for o in (*_objects(verb), *(
                p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children)))

    def _protest_prevented(self, verb: Token) -> bool:
        """`verb` ("prevent", "stop", "bar") has a state's forces for its subject and a protest
        for what it prevented: its object when nothing follows "from" ("stopped the march"), else
        what it prevented people from ("prevented protesters from marching", "from starting
        their march"; not "prevented journalists from covering the protest")."""
        subj = _subject_of(verb)
        if subj is None or subj.lemma_.lower() not in _STATE_TAKERS:
            return False
        froms = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        if froms:
            # what people were prevented from: "from marching", "from starting their march"
            # (not whom: "prevented journalists from covering the protest")
            words = [g for c in froms for g in c.children]
            words += [o for g in words if g.lemma_.lower() in _BEGINNING_VERBS for o in g.children if o.dep_ == "dobj"]
        else:
            words = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]  # "stopped the march"
        # (a gerund only for people who are no armed men: "stopped the rebel convoy from marching")
        stopped = [c for c in verb.children if c.dep_ == "dobj"]
        unarmed = not any(o.lemma_.lower() in _ARMED_MARCHERS for c in stopped for o in (c, *c.children))
        return any(self._protest_word(w) or froms and unarmed and self._protest_gerund(w) for w in words)

    def _protest_gerund(self, tok: Token) -> bool:
        """`tok` is a demonstration's verb the parser took for a noun it does not lemmatise
        ("from marching", "from demonstrating")."""
        low = tok.lower_
        if tok.pos_ != "NOUN" or not low.endswith("ing") or len(low) < 7:
            return False
        stem = low[:-3]
        return self._protest_lemma(stem) or self._protest_lemma(stem + "e")

    def _blocked_by_no_protester(self, head: Token, hit: _Hit, mentions: list[ActorMention]) -> bool:
        """A blockade (also one barricaded) whose blockers are soldiers or fighters of an armed group ("HTS fighters
        blocked the highway", "JNIM announced a blockade of the city"), or snow and debris
        ("heavy snowfall blocks roads"), or armed men marching ("with rebel fighters marching
        through the streets"): no protest."""
        if hit.trigger.event_type not in ("Protests", "Riots") or head.lemma_.lower() not in ("block", "march", "blockade"):
            return False
        subj = _subject_of(head)
        if subj is None and head.dep_ == "acl" or (
                subj is not None and subj.lower_ in ("who", "that", "which") and head.dep_ == "relcl"):
            subj = head.head  # "fighters marching through the streets", "robbers who blocked the road"
        if subj is None and head.pos_ == "NOUN" and head.dep_ == "dobj" and head.head.lemma_.lower() in _STARTING_VERBS:
            # "JNIM announced a blockade of Timbuktu", "began a march on the capital" (not "police
            # broke up a march": theirs is the force)
            subj = _subject_of(head.head)
        if subj is None:
            return False
        lemma = subj.lemma_.lower()
        return lemma in _NATURE_BLOCKERS or lemma in self.cues.disaster_words or any(
            m.start <= subj.i < m.end and m.actor.inter in ARMED for m in mentions)

    def _intervention(self, hits: list[_Hit], new: list[Event], earlier: list[Event],
                      mentions: Sequence[ActorMention] = ()) -> list[Event]:
        """Police dispersing or arresting in a later sentence make the paragraph's
        peaceful protest a protest with intervention: ACLED codes one event, so the later
        sentence's own reading of the force (or the arrests) is merged into it and
        returned for the caller to drop. Police named in a later sentence of a violent
        demonstration (clashing with the crowd, dispersing it, pelted by it) are its second
        side, as ACLED codes it."""
        protests = [e for e in earlier if e.sub_event_type == "Peaceful protest"]
        # (or one police dispersed, the crowd then rioting: "police fired tear gas to disperse
        # residents ... The crowd regrouped and set fire to a police picket")
        dispersed = [e for e in earlier if e.sub_event_type == "Protest with intervention"]
        if not protests and not dispersed:
            return self._riot_opponent(hits, new, earlier, mentions)
        main = max(protests or dispersed, key=lambda e: e.confidence)
        # the protesters then rioting there ("Later, the protesters torched buses"): the
        # protest was a violent demonstration, one event
        riots = [e for e in new if e.sub_event_type == "Violent demonstration" and e.inter1 == 5
                 and (e.location is None or e.location == main.location)
                 and (protests or e.event_date == main.event_date)]  # (a dispersed crowd rioting that day)
        if (protests and not riots and not mentions and not _CALLED_PEACEFUL.search(main.evidence.text)
                and len(earlier) == 1):
            # ("Shops were looted and cars burnt": damage done by nobody the sentence names, told
            # right after a demonstration not called peaceful, is the demonstration's, ACLED's
            # violent demonstration; not damage told of another time: "during last month's floods")
            riots = [e for e in new if e.sub_event_type == "Looting/property destruction"
                     and (e.location is None or e.location == main.location)
                     and not _OTHER_TIME.search(e.evidence.text)]
        # ("The march stopped outside the bank, where rioters hurled rocks": the march named again
        # with "the" is the paragraph's, no protest of its own)
        others = [e for e in new if e not in riots]
        if riots and all(e.event_type == "Protests" and _NAMED_AGAIN.search(e.evidence.text) for e in others) and any(
                h.trigger.event_type == "Riots" or h.trigger.sub_event_type == "Looting/property destruction"
                for h in hits):
            # (riot words or the damage done, not the classifier's reading of a protest word: "It
            # was the tenth week of demonstrations"; "the protesting students burnt two vehicles")
            riot = max(riots, key=lambda e: e.confidence)
            main.sub_event_type, main.event_type = "Violent demonstration", "Riots"
            main.event_id = content_id(main.doc_id, str(main.evidence.start), main.sub_event_type, prefix="ev_")
            rioters = self.table.conventions["Violent demonstration"].actor1
            if riot.inter1 == 5 or rioters is None:
                main.actor1, main.inter1 = riot.actor1, riot.inter1
            else:  # (damage by nobody named: the demonstration's rioters)
                crowd = with_country(Actor(rioters.name, rioters.inter), self.table.country_iso(main.country),
                                     self.table)
                main.actor1, main.inter1 = crowd.name, crowd.inter
            if main.actor2 is None and riot.actor2 is not None and riot.sub_event_type == "Violent demonstration":
                main.actor2, main.inter2 = riot.actor2, riot.inter2
            if main.fatalities is None:
                main.fatalities = riot.fatalities
            main._settled = getattr(riot, "_settled", False)  # type: ignore[attr-defined]
            main._demonstration = True  # type: ignore[attr-defined]  # (a protest the lexicon named: see _none_drop)
            return list(new)
        if not protests:
            return self._riot_opponent(hits, new, earlier, mentions)
        force = [e for e in new if e.sub_event_type in FORCE_AT_PROTESTS]
        if any(e.event_type == "Protests" and e not in force for e in new):
            return []  # a protest of its own
        subs = {h.trigger.sub_event_type for h in hits if h.trigger.role == "modifier"}
        subs |= {e.sub_event_type for e in force}
        arrests = [e for e in new if e.sub_event_type == "Arrests"] or (
            [e for e in new if e.event_type in ("Strategic developments", "Riots")]
            if any(h.trigger.sub_event_type == "Arrests" for h in hits) else [])
        if not subs and not arrests:
            return []
        sub = "Excessive force against protesters" if "Excessive force against protesters" in subs \
            else "Protest with intervention"
        main.sub_event_type = sub
        main.event_id = content_id(main.doc_id, str(main.evidence.start), sub, prefix="ev_")
        # who used the force or made the arrests, where the later sentence names them ("SDF members
        # fired into the air to disperse the crowd"); else ACLED's default, the police
        named = next(((e.actor2, e.inter2) for e in force if e.actor2 and e.inter2 in ARMED
                      and not e.actor2.startswith("Unidentified")), None) or next(
            ((e.actor1, e.inter1) for e in arrests if e.actor1 and e.inter1 in ARMED
             and not e.actor1.startswith("Unidentified")), None)
        if main.actor2 is None and named is not None:
            main.actor2, main.inter2 = named
        conv = self.table.conventions.get(sub)
        if main.actor2 is None and conv is not None and conv.actor2 is not None:
            self._set_actor2(main, Actor(conv.actor2.name, conv.actor2.inter))
        if main.fatalities is None:
            main.fatalities = next((e.fatalities for e in force if e.fatalities), None)
        return force + arrests

    def _riot_opponent(self, hits: list[_Hit], new: list[Event], earlier: list[Event],
                       mentions: Sequence[ActorMention]) -> list[Event]:
        """The state force a later sentence names at the paragraph's violent demonstration
        ("Police clashed with the demonstrators", "Police dispersed the group", "Rioters
        pelted stones at the police"): the demonstration's second side; the sentence's own
        reading of the same riot is dropped."""
        riots = [e for e in earlier if e.sub_event_type == "Violent demonstration" and e.actor2 is None]
        if not riots:
            return []
        main = max(riots, key=lambda e: e.confidence)
        force = next((m.actor for m in mentions if m.actor.inter == 1), None)
        if force is None or any(m.actor.inter in ARMED and m.actor.inter != 1 for m in mentions):
            return []
        same = [e for e in new if e.event_type in ("Riots", "Protests")
                and (e.location is None or e.location == main.location)]
        if len(same) != len(new) or not (new or any(h.trigger.role == "modifier" for h in hits)):
            return []
        self._set_actor2(main, force)
        return same

    def _not_crime_or_disaster(self, hits: list[_Hit], sent: SpacySpan, mentions: list[ActorMention],
                               paragraph: str = "", places: set[int] | frozenset[int] = frozenset()) -> list[_Hit]:
        """Seizures of contraband are no conquest; deaths, blasts and fires in an accident
        or a natural disaster, told in the sentence or its paragraph, are no political
        violence (data/cues.yaml)."""
        c = self.cues
        words = {t.lower_ for t in sent}
        context = (paragraph or sent.text).lower()
        context_words = words | set(_WORD.findall(context))
        if "lightning" in context_words and "lightning" not in _SWIFT.sub(" ", context):
            context_words.discard("lightning")  # "a lightning counteroffensive": swift, no storm
        out = []
        people: set[int] | None = None  # (read only for a seizing verb)
        named: dict[int, Actor] = {}
        for h in hits:
            sub = h.trigger.sub_event_type
            verb = sent.doc[h.head_index]
            taker = None
            person = False
            if sub in TERRITORIAL_TRIGGERS or sub == "Looting/property destruction":
                if people is None:
                    people = {t.i for m in mentions if m.actor.inter == 7 for t in sent.doc[m.start:m.end]}
                    # the tokens of the armed sides the sentence names (not "gunmen", "pirates")
                    named = {t.i: m.actor for m in mentions if self.table.named_group(m.actor) or m.actor.inter in (1, 8)
                             for t in sent.doc[m.start:m.end]}
                first = next((c for c in verb.children if c.dep_ == "dobj"), None)  # (not "..., residents")
                if verb.lemma_.lower() in _SEIZING_LEMMAS and sub in TERRITORIAL:
                    # a person seized, whoever took them ("gunmen seized a journalist", "police
                    # seized the opposition leader"): no ground taken
                    first = _seized_object(verb)
                    # (a place the parser takes for a person is told by what it is: "seized Goma,
                    # the main city in the east"; a person it does not know, by theirs: "seized Musa
                    # Bello, a local trader")
                    described = {c.lemma_.lower() for c in first.children if c.dep_ == "appos"} if first is not None else set()
                    # (nor a town the gazetteer knows the parser takes for a person: "Tigrayan forces
                    # captured Lalibela")
                    person = first is not None and (
                        first.i in people or first.ent_type_ == "PERSON" and first.i not in places
                        or first.lemma_.lower() in _TAKEN_PEOPLE
                        or first.lemma_.lower() in _CAPTURED_FIGHTERS  # "released 20 soldiers captured in fighting"
                        or any(c.dep_ == "appos" and c.i in people for c in first.children)
                        or bool(described & _SEIZED_PEOPLE)) and not described & _HANDED_GROUND
                else:
                    person = first is not None and first.i in people
                if person:
                    taker = next((named[t.i] for c in verb.children if c.dep_ == "nsubj"
                                  for t in c.subtree if t.i in named), None)
            if verb.lemma_.lower() in _EXPEL_LEMMAS and not any(
                    c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in verb.subtree):
                continue  # "expelled Cuban doctors": people sent away, no ground taken ("expelled ISIS from X" is)
            if taker is not None:
                # "SNA fighters seized three elderly men from their homes": people taken, not ground
                # or goods; by a state's forces, an arrest
                h = replace(h, trigger=self._arrests if taker.inter == 1 else self._abduction, settled=True)
            elif person and sub in TERRITORIAL:
                if (subj := _subject_of(verb)) is not None and subj.lemma_.lower() in _CROWD_TAKERS:
                    continue  # "residents seized a suspect and burnt him alive": the crowd's deed is what it did to him
                h = replace(h, trigger=self._abduction)  # by armed men nobody names: an abduction
            elif sub in ("Non-state actor overtakes territory", "Government regains territory"):
                if words & c.weapon_goods:
                    h = replace(h, trigger=self._disrupted)
                elif words & c.contraband_words and not any(
                        o.lemma_.lower() in _HANDED_GROUND | {"site"} for o in _objects(verb)):
                    # (not ground named as such: "retook the gold mining site from the fighters")
                    if not any(m.actor.inter in NON_STATE_ARMED for m in mentions) or (
                            words & _DRUG_WORDS and _state_took(verb, mentions)):
                        continue  # (nor goods a state's forces seized from a cartel: a bust, no plunder)
                    # gunmen seizing a vehicle or cattle: looting, not a conquest
                    h = replace(h, trigger=self._looting)
            out.append(h)
        if not out:
            return out
        disaster = self._disaster_told(context_words, context)
        if disaster and not any(m.actor.inter in ARMED and m.actor.inter != 1 for m in mentions) and not (
                _PAST_WAR_REMNANT.search(paragraph or sent.text)):
            # an accident or a disaster: only a named weapon of war stands (not a remote explosive,
            # nor a poisonous gas leaking from a factory); a remnant of a war long over is no
            # accident ("stepped on a landmine ... where fighting occurred in the 1980s")
            out = [h for h in out if h.trigger.event_type not in VIOLENT_TYPES or h.trigger.weight >= 0.85
                   and h.trigger.role == "weapon"
                   and h.trigger.sub_event_type not in ("Remote explosive/landmine/IED", "Chemical weapon")]
        return out

    # -- modality ---------------------------------------------------------------

    def _nonfactual(self, tok: Token, sent: SpacySpan, cues: dict[str, list[tuple[int, int]]],
                    published: dt.date | None, worded: set[int] | frozenset[int] = frozenset()) -> str | None:
        c = self.cues
        if cues.get("background") or (not self._recent and background_year(sent.text, published)):
            return "background"
        if cues.get("generic"):
            return "generic"
        if cues.get("responsibility") or _own_deed_claimed(tok):
            return "attribution"
        if (tok.dep_ == "pobj" and tok.head.lower_ == "without" and tok.head.head.pos_ in ("VERB", "AUX")
                and tok.lemma_.lower() not in _UNFOUGHT):
            # "the talks ended without agreement", "the crowd dispersed without arrests" (not "abandoned
            # the outpost without a fight": ground given up)
            return "negated"
        if _after_what(tok) or _followed(tok):
            return "background"  # "hold a flag meeting to ease tension after a firing incident"
        if tok.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in ("earlier", "previous", "prior")
                                      for c in tok.children):
            return "background"  # "after residents had fled an earlier attack": one told before
        if _named_event(tok) and any(t.lemma_.lower() in c.claim_verbs and t.dep_ in ("ROOT", "parataxis")
                                     for t in sent):
            return "attribution"  # "the ISI sponsored the Uri attack, says the army": who did a known event
        # walk from the trigger up to the root: negation, modals, future, non-factual governors
        # (what an agreement already made will bring is no future agreement: "under the deal,
        # the rebels will withdraw", "the accord, signed on Saturday, will see troops leave")
        made = _standing_agreement(tok)
        node = prev = tok
        via_conj = via_subject = own_time = False
        for _ in range(6):
            # a finite verb the parser coordinates with the bare verb of a relative clause keeps its
            # own mood: "separated passengers who could not recite verses ... and shot 28 of them
            # dead" (shot, told outright, is no conj of "recite")
            own_mood = via_conj and prev.tag_ in ("VBD", "VBZ") and node.tag_ == "VB" and node.dep_ == "relcl"
            for child in () if own_mood or own_time else node.children:
                lw = child.lower_
                if child.dep_ == "neg" or (child.dep_ == "det" and lw == "no"):
                    return "negated"
                if child.dep_ == "aux" and lw in c.hypothetical_aux:
                    return "hypothetical"
                if child.dep_ == "aux" and lw in c.future_aux and not made:
                    return "future"
                if child.dep_ == "mark" and lw in ("if", "unless", "whether"):
                    return "hypothetical"
            # a relative clause in the past tense tells its own time: the negation, modal or future
            # of the clause it hangs in is not its ("the school, which fighters burned down on
            # Monday, will be rebuilt")
            # (not one describing whoever did it: "any protester who blocked roads would be arrested")
            own_time = own_time or node.dep_ == "relcl" and node.tag_ == "VBD" and not _whoever(node.head)
            if (node is not tok and not via_conj and node.lemma_.lower() in c.nonfactual_governors
                    and not (via_subject and node.lemma_.lower() not in _INTENT_GOVERNORS)
                    and not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.i == node.i
                             and self._protest_word(tok))  # "to demand crop prices in an orderly rally": its frame
                    and node.i not in worded and not self._demanding_crowd(node)):
                return "nonfactual"
            if node.dep_ in ("ROOT",) or node.head.i == node.i:
                break
            if own_mood or node.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ in ("where", "when")
                                                      for c in node.children):
                # (and what the clause's noun is an object of does not govern it: "the march stopped
                # outside the bank, where rioters hurled rocks")
                break
            if node.dep_ == "prep" and (node.lower_ in ("for", "of") and (
                    _blames(node.head, c.blame_governors)
                    or node.head.dep_ == "dobj" and _blames(node.head.head, c.blame_governors))
                                        or node.lower_ == "behind"
                                        or node.lower_ == "in" and node.head.lemma_.lower() in _PART_NOUNS):
                return "attribution"  # "blames the rebels for the attack", "was behind the blast",
                # "denied involvement in the bombing"
            if node.dep_ == "dobj" and node.head.lemma_.lower() in _OWNING_VERBS and (
                    node.head.lemma_.lower() != "claim" or _definite(node)
                    or any(c.dep_ == "poss" for c in node.children)):  # ("Friday's bombing")
                # "ISIS claimed the suicide bombing that killed 32", "the TTP disowned the attack":
                # who did a known event ("claimed an attack on a police post" tells a new one)
                return "attribution"
            if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in _PLANNING_VERBS and _definite(node):
                return "attribution"  # "the attack on the train had been directed by handlers abroad"
            if node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in _BLAME_VERBS and any(
                    x.dep_ == "prep" and x.lower_ in ("on", "to") for x in (*node.children, *node.head.children)):
                return "attribution"  # "blamed the bombing on the PKK", "the attack was attributed to the ELN"
            if node.dep_ != "conj" and _blames(node.head, c.blame_governors) and any(
                    x.dep_ == "prep" and x.lower_ in ("for", "of") for x in node.head.children):
                # "blamed the group for the bombing during a Mass that killed four": the blame's
                # story, whichever word of it the parser hung the deaths on
                return "attribution"
            # "stopped and looted a boat": a coordinated verb does not govern its partner; nor a
            # verb what its subject's description tells ("owners of restaurants protested outside
            # the office demanding ...", parsed with "demanding" the root and the protest said of
            # the owners), unless it tells what the subject means to do ("a lynch mob threatened
            # to kill a soldier")
            via_conj = node.dep_ == "conj"
            via_subject = node.dep_ == "nsubj" and node is not tok
            # stop climbing at a reporting verb: "X said that ISIS attacked" is factual
            if node.head.lemma_.lower() in c.claim_verbs | c.deny_verbs:
                break
            if node.dep_ in ("ccomp", "parataxis", "conj") and any(
                    t.text == ";" for t in node.doc[min(node.i, node.head.i):max(node.i, node.head.i)]):
                break  # "soldiers apprehended a commander; he did not resist arrest": two clauses, each its own
            prev, node = node, node.head
        for s, e in () if made else cues.get("future", ()):
            phrase = tok.doc[s:e]
            # "plans to attack" governs the attack; "a protest against plans to privatise
            # the mine" says nothing of whether the protest took place; "tomorrow", "next week"
            # date their own clause ("signed a truce that takes effect next week")
            if phrase[-1].lower_ == "to":
                if phrase.root in tok.ancestors or phrase.root == tok:
                    return "future"
            elif _clause_verb(phrase.root) in (tok, _clause_verb(tok)):
                return "future"
        low = {t.lower_ for t in sent}
        if low & {"scenario", "hypothetically"}:
            return "hypothetical"
        return None

    # -- one sentence -------------------------------------------------------------

    def _sentence_events(self, document: Document, part: Part, sent: SpacySpan, hits: list[_Hit],
                         mentions: list[ActorMention], tops: list[Toponym],
                         cues: dict[str, list[tuple[int, int]]], date: tuple[dt.date, int] | None,
                         state: _State, article_place: Toponym | None) -> list[Event]:
        doc = part.doc
        published = document.published
        if date is not None and published is not None and abs((published - date[0]).days) <= 31:
            # an explicit recent date outweighs background wording elsewhere in the sentence
            cues = {k: v for k, v in cues.items() if k != "background"}
            self._recent = True
        else:
            self._recent = False
        # (a word of a trigger phrase governs nothing: "baton-charged a march" is no court's charge)
        worded = {i for h in hits if h.end - h.start > 1 for i in range(h.start, h.end)}
        why = [self._nonfactual(doc[h.head_index], sent, cues, published, worded) for h in hits]
        # "the PKK announced it would dissolve": a group's declared change is the change itself
        why = [None if w in ("future", "hypothetical") and h.trigger.sub_event_type == "Change to group/activity"
               and _announced(doc[h.head_index]) else w for h, w in zip(hits, why, strict=True)]
        # "the court ordered the dissolution of the party": the order is the change
        why = [None if w == "nonfactual" and h.trigger is self._change and _group_dissolved(doc[h.head_index])
               else w for h, w in zip(hits, why, strict=True)]
        recent = {h.head_index for h, w in zip(hits, why, strict=True)
                  if w == "background" and _hours_after(doc[h.head_index])}
        after_at = min((t.i for r in recent for t in doc[sent.start:r] if t.lower_ in ("after", "following")),
                       default=None)
        # (the words of the "after" phrase or clause: what the sentence tells outside it, "a day after
        # rioting left two dead, women marched through Jos", is its own event)
        after_words = set() if after_at is None else {t.i for t in (
            doc[after_at].head.subtree if doc[after_at].dep_ == "mark" or doc[after_at].head.lemma_.lower() in _SPANS_OF_TIME
            else doc[after_at].subtree)}  # (with its span of time: "a day after ...")
        told_after = bool(recent and after_at is not None and not cues.get("background") and all(
            h.start > after_at and h.head_index in after_words for h, w in zip(hits, why, strict=True) if w is None))
        if told_after:
            # "residents were still burying their dead, a day after an aerial bombardment that killed
            # 17": with nothing else told, what happened a day before is the sentence's event (not
            # one the text told already, "two days after the clashes")
            why = [None if h.head_index in recent and not _definite(doc[h.head_index]) else w
                   for h, w in zip(hits, why, strict=True)]
        factual = [h for h, w in zip(hits, why, strict=True) if w is None]
        # "soldiers rounded up and executed several herders": people taken to be killed, the
        # killing the event (the arrest is its means)
        factual = [h for h in factual if not (h.trigger.sub_event_type == "Arrests" and any(
            k.trigger.event_type in VIOLENT_TYPES and doc[k.head_index].dep_ == "conj"
            and doc[k.head_index].head.i == h.head_index and doc[k.head_index].lemma_.lower() in _KILLING_VERBS
            for k in factual))]
        owned = [h for h, w in zip(hits, why, strict=True) if w == "attribution" and (
            cues.get("responsibility") or any(a.lower_ == "behind" and a.head.lemma_.lower() == "be"
                                              or a.lemma_.lower() in _OWNING_VERBS
                                              for a in doc[h.head_index].ancestors))]
        if owned:
            # "said its fighters were behind the attack on the base, claiming to have killed 30
            # soldiers": what the claimant says of the deed it owns is the claim's story too
            # (an owned deed, not a blamed one: "a mob beat him to death after accusing him of
            # stealing, the proctor said")
            factual = [h for h in factual if not any(a.lemma_.lower() in self.cues.claim_verbs
                                                     for a in doc[h.head_index].ancestors)]
        # (not a protest: "fired on residents who had gathered to demand ..." tells who they were)
        told_before = [h for h in factual if h.trigger.event_type != "Protests" and _earlier_deed(doc[h.head_index])]
        if told_before and len(told_before) < len(factual):
            # "police arrested members of a cartel who had killed a rival dealer": the arrest
            factual = [h for h in factual if h not in told_before]
        # "the unions called off the strike", "suspended its blockade programme": a protest that did not
        # take place; the group changed what it does
        # (calling off is itself a governor that makes the protest nonfactual)
        off = [h for h, w in zip(hits, why, strict=True) if w in (None, "nonfactual")
               and h.trigger.event_type == "Protests" and _called_off(doc[h.start:h.end].root)]
        if off:
            # (the protesters who called it off are no protest either)
            verbs = {doc[h.start:h.end].root.head.i for h in off}
            factual = [replace(h, trigger=self._called_off, settled=True) if h in off else h
                       for h in [*factual, *(h for h in off if h not in factual)]
                       if not (h.trigger.event_type == "Protests" and doc[h.head_index].dep_ == "nsubj"
                               and doc[h.head_index].head.i in verbs)]
        # (a state's protest is diplomacy, and the classifier may not read a demonstration into it)
        factual = [h for h in factual if not (h.trigger.event_type == "Protests"
                                              and _diplomatic_protest(doc[h.head_index]))]
        # "police used tear gas and water cannon to stop a student march": a protest stopped by
        # force did take place (the force is its intervention)
        force_used = [h for h in factual if h.trigger.event_type == "Protests" and h.trigger.role == "modifier"]
        if force_used:
            factual += [h for h, w in zip(hits, why, strict=True)
                        if w == "nonfactual" and h.trigger.event_type == "Protests" and h.trigger.role == "main"
                        and doc[h.head_index].head.lemma_.lower() in _STOPPING_VERBS and h not in factual]
        protested = any(h.trigger.event_type == "Protests" and h.trigger.role == "main" for h in factual)
        if protested:
            # a crowd at a protest that sets things ablaze, throws stones or smashes windows: the
            # words settle a violent demonstration
            factual = [replace(h, settled=True) if h.trigger is self._riot else h for h in factual]
        causes = [h for h in factual if protested and h.trigger.event_type != "Protests"
                  and _protested_against(doc[h.head_index])]
        if causes:
            # "a vigil against rising sexual violence": what a protest is against is its cause, not an event
            factual = [h for h in factual if h not in causes]
        bars = _bars(hits, factual)
        if any(w == "negated" and h.trigger.event_type in (*VIOLENT_TYPES, "Riots")
               for h, w in zip(hits, why, strict=True)):
            # "no clashes were reported": the classifier may not read a riot into the protest either
            bars = bars._replace(types=bars.types | {"Riots"})
        window = _paragraph(part.text, sent)  # (read by the cues, the classifier and the rules below)
        # (the towns the gazetteer knows, read only where a seizing verb may have taken one for a person)
        places = {t.i for top in tops if top.resolved and top.feature_class == "P"
                  if (span := doc.char_span(top.start - part.offset, top.end - part.offset,
                                            alignment_mode="expand")) is not None for t in span
                  } if any(doc[h.head_index].lemma_.lower() in _SEIZING_LEMMAS for h in factual) else set()
        factual = self._not_crime_or_disaster(factual, sent, mentions, window, places)
        if (any(h.trigger is self._abduction and doc[h.head_index].lemma_.lower() in _SEIZING_LEMMAS for h in factual)
                and not any(h.trigger.sub_event_type in TERRITORIAL_TRIGGERS for h in factual)):
            # the ground the words named was a person seized: none for the classifier either, nor
            # goods taken ("gunmen seized a local trader from his shop")
            bars = bars._replace(subs=bars.subs | frozenset(TERRITORIAL) | {"Looting/property destruction"})
        factual = [h for h in factual if not self._blocked_by_no_protester(doc[h.head_index], h, mentions)]
        if not factual:
            return []
        # arms supplied, sold or delivered were not used by whoever handed them over
        weapons = [h for h in factual if h.trigger.role == "weapon" and not _supplied(doc[h.head_index])]
        if len(weapons) > 1:
            # "the air base, which hosts F-16 jets": what a relative clause says is kept at a
            # place was not used
            hosted = _clause_tokens(sent, _hosting)
            weapons = [h for h in weapons if h.head_index not in hosted] or weapons
        mains = [h for h in factual if h.trigger.role == "main"]
        # "a crowd killed four men suspected of kidnapping a child": what the victims were accused
        # of is no event beside what was done to them
        mains = _set_aside(mains, lambda h: _alleged_of(doc[h.head_index]))
        # "the government and a breakaway faction signed a ceasefire": a group's change named as
        # who acted is no event of its own beside what it did
        mains = _set_aside(mains, lambda h: h.trigger.sub_event_type == "Change to group/activity"
                           and doc[h.head_index].pos_ in ("NOUN", "PROPN") and _acting_subject(doc[h.head_index]))
        if weapons:
            # "the SDF defused an IED planted on the road": a weapon a disrupting verb governs was
            # never used, and the verb settles the type
            # (weapons found or seized were never used, unless people died where they were taken:
            # "arrested three militants, recovering two pistols and a grenade" tells of no grenade
            # thrown, "two died and police seized a rifle" may tell of a rifle fired)
            disarming = _DEFUSE_WORDS
            if not _harm_or_fight(sent.text):
                disarming = _DEFUSE_WORDS | _WEAPON_FINDERS
                if mains:  # (with nothing else told, the weapon found is all the event there is)
                    found = {i for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in _WEAPON_FINDERS
                             for i in _held_by(t)}
                    weapons = [w for w in weapons if w.head_index not in found]
            for k, h in enumerate(mains):
                if h.trigger.sub_event_type == "Disrupted weapons use" and any(
                        t.lemma_.lower() in disarming for t in doc[h.start:h.end]):
                    held = _held_by(doc[h.head_index])
                    governed = [w for w in weapons if w.head_index in held]
                    if governed:
                        weapons = [w for w in weapons if w not in governed]
                        mains[k] = replace(h, settled=True)
        modifiers = [h for h in factual if h.trigger.role == "modifier"]
        lethal = [h for h in modifiers if h.trigger.sub_event_type == "Excessive force against protesters"]
        if (all(h.trigger.sub_event_type == "Arrests" or lethal and h.trigger.generic_attack for h in mains)
                and not weapons and modifiers and any(m.actor.inter in (5, 6) for m in mentions)):
            # "police dispersed protesters": the force tells of the protest it met (and of the
            # arrests made there: "water cannon were turned on the marchers and 150 were detained";
            # and of the toll of lethal force: "police fired on demonstrators ..., three were killed")
            mains = [h for h in modifiers if h.trigger.event_type == "Protests"] + mains
        elif all(h.trigger.sub_event_type == "Arrests" for h in mains) and not weapons and any(
                h.trigger.event_type == "Protests" and _gathered_against(doc[h.head_index]) for h in modifiers):
            # "used live ammunition against supporters gathered in the square": force used on a
            # gathered crowd, the words settle it
            mains = [replace(h, settled=True) for h in modifiers if h.trigger.event_type == "Protests"] + mains
        if not mains and not weapons:
            return []
        # group by ACLED event type: one event per type named in the sentence
        groups: dict[str, list[_Hit]] = {}
        if weapons:
            groups["Explosions/Remote violence"] = weapons + [h for h in mains if h.trigger.generic_attack]
        for h in mains:
            et = h.trigger.event_type
            if weapons and h.trigger.generic_attack:
                continue
            if h.trigger.generic_attack and any(not x.trigger.generic_attack and x.trigger.event_type == "Battles" for x in mains):
                continue
            groups.setdefault(et, []).append(h)
        # "farmers protested after water pollution destroyed their crops", "traders demonstrated
        # after a police officer beat one of them": what a clause of time under the protest verb
        # tells is what the protest was about, not what happened at it
        protesting = [doc[h.head_index] for h in groups.get("Protests", []) if doc[h.head_index].pos_ == "VERB"]
        if protesting:
            for key in [k for k in groups if k != "Protests"]:
                # (not a participle the parser hangs there: "after a truck ran over a boy, setting
                # the vehicle on fire" is what the protesters did)
                groups[key] = [h for h in groups[key] if not (
                    _told_before(doc[h.head_index]) and doc[h.head_index].tag_ != "VBG"
                    and any(v.is_ancestor(doc[h.head_index]) for v in protesting))]
                if not groups[key]:
                    del groups[key]
        # "security forces stormed the sit-in": force used on the demonstration, no riot
        # (the tokens of the state's forces the sentence names, read again below)
        forces = {t.i for m in mentions if m.actor.inter == 1 for t in doc[m.start:m.end]}
        stormed = [h for h in groups.get("Riots", []) if doc[h.head_index].lemma_.lower() == "storm"
                   and (subj := _subject_of(doc[h.head_index])) is not None and _is_forces(subj, forces)]
        if stormed and "Protests" in groups:
            groups["Riots"] = [h for h in groups["Riots"] if h not in stormed]
            if not groups["Riots"]:
                del groups["Riots"]
            modifiers += [replace(h, trigger=self._intervened) for h in stormed]
        if weapons and "Riots" in groups:
            # "barrels dropped on the market, killing 11 and setting stalls ablaze": what the
            # strike did, no crowd's deed
            struck = [_clause_verb(doc[h.head_index]) for h in groups["Explosions/Remote violence"]]
            groups["Riots"] = [h for h in groups["Riots"] if not (h.trigger is self._riot and any(
                v.i != h.head_index and doc[h.head_index] in v.subtree for v in struck))]
            if not groups["Riots"]:
                del groups["Riots"]
        # a demonstration that turns violent is one event: the riot
        if "Riots" in groups and "Protests" in groups:
            del groups["Protests"]
        # "violent protests rocked Dhaka", "violence erupted during a protest": the demonstration
        # the wording calls violent is a riot
        if "Protests" in groups and any(_called_violent(doc[h.head_index]) for h in groups["Protests"]):
            groups["Riots"] = [replace(h, trigger=self._violent_demo, settled=True) for h in groups.pop("Protests")]
        # "protesters burned the party's headquarters": demonstrators destroying property riot
        damage = [h for h in groups.get("Strategic developments", [])
                  if h.trigger.sub_event_type == "Looting/property destruction"]
        if "Protests" in groups and damage and not any(m.actor.inter in ARMED and _acting(doc[m.start:m.end])
                                                       for m in mentions):
            # (what they damaged, named, settles it against the classifier's reading of the protest
            # words; not what a protest burns for show: "burned tyres", "burnt an effigy")
            named = any((o := next((c for c in doc[h.head_index].children if c.dep_ == "dobj"), None)) is not None
                        and o.lemma_.lower() not in _BURNED_FOR_SHOW for h in damage)
            groups["Riots"] = [replace(h, trigger=self._violent_demo, settled=named) for h in groups.pop("Protests")]
            groups["Strategic developments"] = [h for h in groups["Strategic developments"] if h not in damage]
            if not groups["Strategic developments"]:
                del groups["Strategic developments"]
        # "police detained twenty protesters who marched on parliament": arrests at a
        # demonstration are the force it met (ACLED: a protest with intervention)
        # (the people arrested were protesting: a protest verb in a clause of the arrest verb or
        # of its object, not its reason, "arrested three men for organising a protest", nor a
        # protest named as a noun, "arrested a journalist covering a demonstration", "detained
        # workers ahead of the planned march", "protested against the arrest of")
        # (or a protest named as the object of taking part in it: "detained doctors who had been
        # staging a protest camp")
        # (or made at it: "detained at unauthorised rallies"; or named beside the force used on it:
        # "water cannon were turned on the marchers and 150 people were taken into custody")
        protest_at = {h.head_index for h in groups.get("Protests", [])}
        forced = "Protests" in groups and any(h.trigger.event_type == "Protests" for h in modifiers)
        arrested = [h for h in groups.get("Strategic developments", []) if h.trigger.sub_event_type == "Arrests"
                and (forced or doc[h.head_index].pos_ == "VERB" and (any(
                    (pv := _protest_verb(doc[p.head_index])) is not None
                    and (pv.dep_ in ("acl", "relcl", "advcl") or _moments_into(pv))
                    and doc[h.head_index].is_ancestor(pv) and not _reason_for(pv)
                    # ("thousands rallied in Tbilisi, and police detained several people": the
                    # arrests told as the next deed of the rally's own sentence)
                    or pv is not None and doc[h.head_index].dep_ == "conj" and doc[h.head_index].head == pv
                    and _by_forces(doc[h.head_index], forces)
                    for p in groups.get("Protests", [])) or _at_event(doc[h.head_index], protest_at)))]
        if "Protests" in groups and arrested:
            # (the wording settles it: the classifier reads the arrest words as an arrest)
            modifiers += _met_protest(groups, "Strategic developments", arrested, self._intervened)
        # "a student was shot dead by police during a rally": state forces' violence at a
        # demonstration is force used against it (ACLED: excessive force against protesters)
        # (or what they did to it killed: "security forces cracked down on a protest, killing four")
        # (or done while they broke it up: "two men were shot dead as gendarmes moved to break up
        # an opposition march")
        breaking_up = {h.head_index for h in modifiers if h.trigger.event_type == "Protests"}
        shot = [h for h in groups.get("Violence against civilians", []) if h.trigger.sub_event_type == "Attack"
                and (any(_at_event(v, protest_at, _FORCE_AT_PREPS) and _by_forces(v, forces)
                         for v in _deed_and_means(doc[h.head_index]))
                     or _while_forcing(doc[h.head_index], breaking_up, forces))]
        if "Protests" in groups and shot and len(shot) == len(groups["Violence against civilians"]):
            modifiers += _met_protest(groups, "Violence against civilians", shot, self._excessive)
        # "police fired on a march against the smelter, killing 13": state forces firing on the
        # demonstration itself, whatever else the sentence says the shots did (or shooting someone
        # during it: "gendarmes shot a boy dead during a march")
        # (not tear gas fired at it: "fired tear gas at protesters who had gathered outside
        # parliament" is force, not excessive force)
        fired = [h for h in groups.get("Battles", []) if h.trigger.generic_attack and (
                 doc[h.head_index].lemma_.lower() in _FIRE_LEMMAS
                 and not _fired_crowd_control(doc[h.head_index])
                 and _at_event(doc[h.head_index], protest_at, _FORCE_AT_PREPS)
                 and _by_forces(doc[h.head_index], forces)
                 # (or the toll of what they did to it: "cracked down on a protest, killing four")
                 or doc[h.head_index].lemma_.lower() == "kill" and any(
                     _at_event(v, protest_at, _FORCE_AT_PREPS) and _by_forces(v, forces)
                     for v in _deed_and_means(doc[h.head_index])[1:]))]
        fat_total, fat_spans = find_fatalities(sent.text)  # the sentence's toll (also read below)
        # (or killing done by them, named as its agent or as a crackdown: "killed by police
        # gunfire", "the crackdown on the demonstrations left 30 people dead")
        # (not who the people a clause describes were killed by: "relatives of the villagers killed by
        # soldiers last week marched")
        fired += [h for h in groups.get("Battles", []) if h not in fired and h.trigger.generic_attack
                  and doc[h.head_index].dep_ not in ("acl", "relcl") and not _told_before(doc[h.head_index])
                  and _forces_deed(doc[h.head_index], forces) and (fat_total or 0) > 0]
        if ("Protests" in groups and fired and "Riots" not in groups
                and all(h.trigger.generic_attack for h in groups["Battles"])):
            # (the whole group goes: "killing 13" is what the firing did)
            modifiers += _met_protest(groups, "Battles", groups["Battles"], self._excessive, fired)
        if ("Protests" in groups and "Battles" in groups
                and all(h.trigger.sub_event_type == "Armed clash" for h in groups["Battles"])
                and not any(h.trigger.sub_event_type == "Excessive force against protesters" for h in modifiers)
                and not all(h.trigger.generic_attack and doc[h.head_index].lemma_.lower() in _FIRE_LEMMAS
                            for h in groups["Battles"])
                and not any(h.trigger.generic_attack and (subj := _subject_of(doc[h.head_index])) is not None
                            and subj.dep_ == "nsubj" and _is_forces(subj, forces)
                            and doc[h.head_index].lemma_.lower() not in ("clash", "scuffle")
                            for h in groups["Battles"])
                and not any((subj := _subject_of(doc[h.head_index])) is not None and any(
                    m.actor.inter in (2, 3, 4) and subj.left_edge.i <= m.start <= subj.right_edge.i for m in mentions)
                    for h in groups["Battles"])
                and not any(h.trigger.generic_attack and _forces_deed(doc[h.head_index], forces)
                            for h in groups["Battles"])):
            # (not "police fired rubber bullets and killed two protesters": force used on them; nor
            # "protesters gathered after gunmen attacked the village": armed men's deed, not the crowd's)
            del groups["Battles"]
            groups["Riots"] = [replace(h, trigger=self._violent_demo) for h in groups.pop("Protests")]
        # "took over Al-Rastan without a fight": ground changing hands peacefully is no battle
        # (the transfer lexicon's phrases that say so all hold "without" or "no": "without a fight",
        # "took control without", "meeting no resistance")
        peaceful = [h for h in groups.get("Strategic developments", [])
                    if h.trigger.sub_event_type == "Non-violent transfer of territory"
                    and any(t.lower_ in ("without", "no") for t in doc[h.start:h.end])]
        if peaceful and "Battles" in groups and all(h.trigger.sub_event_type in TERRITORIAL for h in groups["Battles"]):
            del groups["Battles"]
        # "M23 took control of the town after the army abandoned its positions": ground taken where
        # the other side had withdrawn, no fighting named, changes hands without a battle
        # (unless the withdrawal is told with fighting: "pulled out under heavy fire", "abandoned
        # their positions following a night of attacks")
        given_up = [h for h in groups.get("Strategic developments", [])
                    if h.trigger.sub_event_type == "Non-violent transfer of territory"]
        # (under fire or shelling: "pulled back under heavy mortar fire")
        fought = any(h.trigger.event_type in ("Battles", "Explosions/Remote violence")
                     and h.trigger.sub_event_type not in TERRITORIAL
                     and any(doc[g.head_index].is_ancestor(doc[h.head_index]) for g in given_up)
                     for h in [*mains, *weapons])
        # (or the taking came after fighting: "took control of the city after three days of
        # fighting with the army, which pulled out"; the fighting is background, the taking forced)
        taking = [doc[h.head_index] for h in groups.get("Battles", []) if h.trigger.sub_event_type in TERRITORIAL]
        fought = fought or any(w == "background" and h.trigger.event_type == "Battles"
                               and h.trigger.sub_event_type not in TERRITORIAL_TRIGGERS
                               and any(t.is_ancestor(doc[h.head_index]) for t in taking)
                               for h, w in zip(hits, why, strict=True))
        if (given_up and not peaceful and not fought and "Battles" in groups
                and all(h.trigger.sub_event_type in TERRITORIAL and not h.trigger.generic_attack
                        for h in groups["Battles"])):
            taken = [replace(h, trigger=given_up[0].trigger, settled=True) for h in groups.pop("Battles")]
            groups["Strategic developments"] = taken + [h for h in groups["Strategic developments"]
                                                        if h not in given_up]
        elif given_up and fought and any(h.trigger.sub_event_type in TERRITORIAL for h in groups.get("Battles", [])):
            # the withdrawal under fire is part of the battle for the ground, not an event of its own
            # (and the fighting named settles that the ground was taken by force)
            groups["Battles"] = [replace(h, settled=True) if h.trigger.sub_event_type in TERRITORIAL else h
                                 for h in groups["Battles"]]
            groups["Strategic developments"] = [h for h in groups["Strategic developments"] if h not in given_up]
            if not groups["Strategic developments"]:
                del groups["Strategic developments"]
        # a generic attack verb next to a specific trigger of another type adds nothing (unless
        # it killed and the other names only damage: "invaded the village, shooting dead 18
        # residents and burning homes" is the killing)
        if len(groups) > 1:
            damage_only = fat_total is not None and fat_total > 0 and all(
                h.trigger.sub_event_type == "Looting/property destruction"
                for et, g in groups.items() if not all(x.trigger.generic_attack for x in g) for h in g)
            for et in list(groups):
                if all(h.trigger.generic_attack for h in groups[et]) and not damage_only:
                    del groups[et]
        out = []
        described: list[Event] = []  # a demonstration that only describes the people fired on
        retyped: set[int] = set()  # events the classifier gave another type than their words'
        for et, group in groups.items():
            ev = self._make_event(document, part, sent, et, group, modifiers, mentions, tops, cues,
                                  date, state, article_place, fat_total, bars, window)
            if ev is not None:
                out.append(ev)
                if ev.event_type != et:
                    retyped.add(id(ev))
                if et in ("Protests", "Riots") and all(doc[h.head_index].dep_ in ("acl", "relcl") for h in group):
                    described.append(ev)
        if described and any(e.sub_event_type == "Excessive force against protesters" for e in out if e not in described):
            # "opened fire on demonstrators protesting against conscription": the protest is the
            # one force was used against, not a second event
            out = [e for e in out if e not in described]
        if len(out) > 1:
            # one event per event type in a sentence, also when the classifier read a second
            # group as the first one's type ("jets fired missiles ..., damaging both runways")
            # (force used at a demonstration says more than the demonstration; the words that name
            # the type say more than words the classifier read as it: "an encounter with militants
            # ..., when forces dispersed rioters pelting stones" is the encounter)
            def rank(e: Event) -> tuple[bool, bool, float]:
                return e.sub_event_type in FORCE_AT_PROTESTS, id(e) not in retyped, e.confidence

            by_type: dict[str, Event] = {}
            for e in out:
                had = by_type.get(e.event_type)
                if had is None or rank(e) > rank(had):
                    by_type[e.event_type] = e
            out = [e for e in out if by_type[e.event_type] is e]
        if out and fat_total is not None and fat_spans and after_words and not told_after:
            # the toll of what came before ("a day after rioting left two people dead, women
            # marched"): not the toll of the sentence's own event
            span = (min(doc[i].idx for i in after_words), max(doc[i].idx + len(doc[i]) for i in after_words))
            figure = sent.start_char + fat_spans[0][0]
            if span[0] <= figure < span[1] and not any(
                    span[0] <= getattr(e, "_trigger_char", -1) - part.offset < span[1] for e in out):
                fat_total = None
        if out and fat_total is not None:
            # a figure counts once: it goes to the event whose trigger is nearest to it
            best = out[0]
            if len(out) > 1 and fat_spans:
                figure = part.offset + sent.start_char + fat_spans[0][0]  # document offsets, as _trigger_char
                best = min(out, key=lambda e: abs(getattr(e, "_trigger_char", 0) - figure))
            for e in out:
                e.fatalities = fat_total if e is best else None
        return out

    def _make_event(self, document: Document, part: Part, sent: SpacySpan, event_type: str,
                    group: list[_Hit], modifiers: list[_Hit], mentions: list[ActorMention],
                    tops: list[Toponym], cues: dict[str, list[tuple[int, int]]],
                    date: tuple[dt.date, int] | None, state: _State,
                    article_place: Toponym | None, sent_fatalities: int | None,
                    bars: _Bars, window: str) -> Event | None:
        """One event of `event_type` from the hits of `group`; `window` is the paragraph (or the
        sentences around `sent` in a long one) that holds the sentence."""
        doc = part.doc
        # (a change of ground beats the fighting it names as its means: "took control of X
        # following heavy fighting with the army" is the takeover)
        won = {h.head_index for h in group if h.trigger.sub_event_type in TERRITORIAL_TRIGGERS and any(
            o is not h and o.trigger.sub_event_type == "Armed clash"
            and doc[o.head_index] in doc[h.head_index].subtree for o in group)}
        # (a man who blew himself up was a suicide bomber, whatever carried his explosives: "a
        # motorcycle laden with explosives")
        best = max(group, key=lambda h: (h.settled and h.trigger.sub_event_type == "Suicide bomb",
                                         h.trigger.role == "weapon", not h.trigger.generic_attack,
                                         h.head_index in won, not _alleged_of(doc[h.head_index]),
                                         h.settled,  # words that settle the type outrank a weightier word
                                         h.trigger.weight, -WEAPON_ORDER.get(h.trigger.sub_event_type, 9)))
        anchor = doc[best.head_index]
        while anchor.dep_ == "compound" and anchor.head is not anchor:
            anchor = anchor.head  # "an ATGM missile": the noun the weapon word modifies
        # a fight whose two armed sides the sentence names ("clashes between X and Y")
        # (or another fight word of the group: "rocked by exchanges of fire between two rival factions,
        # killing 55", whose anchor is the killing)
        two_sides = _sides_named(anchor, mentions) or any(
            _sides_named(fight, mentions) for h in group if (fight := _fight_noun(doc[h.start:h.end].root)) is not None
            and fight.i != anchor.i)
        # whoever the sentence cites is its source, not a side of the event
        sources = self._source_tokens(anchor, sent)
        role_mentions = [m for m in mentions if m.start not in sources] if sources else mentions
        # people named in what someone had done before ("a lawyer who had defended detained
        # protesters") are no side of this event
        before = _clause_tokens(sent, _had_done, outside=anchor)
        if before:
            role_mentions = [m for m in role_mentions if m.start not in before]
        # place
        place = _event_location(tops, sent, part.offset)
        if place is not None and (place.geo_precision or 3) >= 3:
            # "in Warri (Warri South, Delta)": a province or country named beside a place
            # inside it is only the place's address
            place = _within(place, tops, sent, part.offset, state.place)
        if place is None:
            place = state.place or (article_place if part.origin == "article" else None)
        iso = place.country_code if place else None
        if iso is None:
            # no place: the one country whose own armed groups the sentence names ("residents of
            # a village the gazetteer lacks protested against the SDF": Syria)
            homes = {self.table.home_country(m.actor) for m in role_mentions} - {None}
            iso = homes.pop() if len(homes) == 1 else None
        if iso:
            # a table actor of another country's state forces named in an event elsewhere is
            # a misreading (an acronym shared by two actors, say): the next candidate stands
            named = self.table.by_name
            role_mentions = [m for m in role_mentions if not (
                m.actor.inter == 1 and m.actor.country not in (None, iso)
                and named.get(m.actor.name) == m.actor)]
        # "IS Sahel militants", "JNIM Katiba Macina fighters": a named group and, a word or two on,
        # the bare noun for its men are one side
        role_mentions = [replace(m, actor=prev.actor) if (
            prev is not None and m.actor.inter == 3 and m.actor.name.startswith("Unidentified")
            and self.table.named_group(prev.actor) and 0 <= m.start - prev.end <= 2
            and not any(t.is_punct or t.pos_ in ("CCONJ", "ADP", "VERB") for t in doc[prev.end:m.start])) else m
            for prev, m in zip([None, *role_mentions[:-1]], role_mentions, strict=False)]
        cited = [m.actor for m in mentions if m.start in sources
                 and (self.table.named_group(m.actor) or m.actor.inter in (1, 8)
                      # (plain rebels too, not telling what was done to them: "they shelled our positions")
                      or m.actor.inter == 2 and not any(t.lower_ in ("our", "us", "we") for t in sent))]
        agent, target, swapped = self._roles(anchor, sent, role_mentions, state,
                                             blast=event_type == "Explosions/Remote violence", cited=cited)
        if agent is None and event_type == "Explosions/Remote violence" and part.origin != "comment":
            # "an Israeli airstrike", "a US drone strike", "Turkish shelling": the country that
            # owns the strike is its side (not in a comment: a reader's "syrian airstrikes"
            # is more often a wish than a report)
            agent = next((a for c in anchor.children if c.i < anchor.i and c.dep_ in _OWNER_DEPS
                          and (a := self.actors.forces_of(c)) is not None), None)
        if swapped and best.trigger.settles and best.trigger.sub_event_type == "Suicide bomb":
            # "a man blew himself up at a checkpoint, killing two soldiers": the man was the bomber,
            # the soldiers his targets
            agent, target, swapped = None, agent, False
        mob = (event_type in ("Violence against civilians", "Battles") and (
            best.trigger.sub_event_type == "Attack" or best.trigger.generic_attack) and (subject := _subject_of(anchor)) is not None
            and (subject.lemma_.lower() in _CROWD_NOUNS and subject.tag_ in ("NNS", "NN") or _beaten_by_men(anchor, subject))
            or event_type in ("Violence against civilians", "Battles") and _beaten_by_crowd(anchor))
        if mob:
            # "residents caught a man and beat him to death": a crowd's violence (ACLED's mob
            # violence); its side is whom the verb names, not a bystander named later
            obj = next((c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")), None)
            agent, swapped = None, False
            target = next((m.actor for m in role_mentions
                           if obj is not None and obj.left_edge.i <= m.start <= obj.right_edge.i), None)
        if best.trigger.sub_event_type == "Agreement" and (agent is None or target is None):
            # "Iraq and Iran signed an agreement": the countries that are its subject are their
            # governments; "the committee and government officers agreed": the other party
            signers = {t.i for v in (anchor, anchor.head) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in c.subtree}
            parties = [a for a, s, _e in self.actors.governments(doc) if s in signers]
            parties += [m.actor for m in role_mentions if m.actor.inter != 7]
            for a in parties:
                if agent is None:
                    agent = a
                elif target is None and a != agent:
                    target = a
        mutual = (not mob and agent is not None and agent.inter in (2, 3, 4) and event_type in VIOLENT_TYPES
                  and (any(_reciprocal(doc[h.head_index]) for h in group)
                       or any(t.pos_ == "NOUN" and t.lemma_.lower() in _FEUD_NOUNS and _reciprocal(t) for t in sent)))
        if mutual:
            # "armed tribesmen from two villages fired on each other": both sides are the armed
            # group (a clash), whoever the toll names ("11 people died")
            target = agent
        grammatical_agent = None if swapped else agent  # (the subject as parsed, not turned round)
        if (target is not None and target.inter == 7 and event_type in VIOLENT_TYPES
                and any(m.actor == target and (_protesting(doc[m.start:m.end]) or any(
                    o.actor.inter == 6 and any(c.i in range(o.start, o.end) for c in doc[m.end - 1].conjuncts)
                    for o in role_mentions)) for m in role_mentions)):
            # "opened fire on villagers protesting against ...", "fired on worshippers and protesters":
            # the people fired on are protesters
            target = self._protesters
        if (event_type == "Battles" and agent is not None and target is not None
                and (_repels(anchor) or _repels(anchor.head))):
            # "X repelled an attack by Y", "Y attacked X, who repelled it": ACLED names the
            # side that attacked first
            agent, target = target, agent
        if best.trigger.armed_group and not any(a.inter in (2, 3, 4) for a in (
                agent, *(m.actor for m in mentions)) if a is not None) and not _ARMED_GROUP_WORDS.search(sent.text):
            return None  # "the ruling party split into two factions", "chosen as leader of the party": no armed group's change
        sub = "Mob violence" if mob else best.trigger.sub_event_type
        if mob and (crowd := _subject_of(anchor)) is not None and any(
                c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _GRIEVANCE_VERBS for c in crowd.children) and not (
                _KILLED_HERE.search(sent.text)):  # (a crowd that killed someone lynched: mob violence, whatever it demanded)
            # "traders protesting the eviction drive attacked municipal officials": a crowd pressing
            # a demand demonstrates (ACLED: a violent demonstration), no mob
            sub = "Violent demonstration"
        if mutual and sub == "Attack":
            sub, event_type = "Armed clash", "Battles"  # "gang members shot at one another"
        if mob:
            event_type = "Riots"
        from_air = sub in ("Shelling/artillery/missile attack", "Air/drone strike") and _fired_from_aircraft(sent)
        if from_air:
            sub = "Air/drone strike"  # "Israeli jets fired missiles at the airport"
        if (event_type == "Battles" and best.trigger.generic_attack and modifiers
                and (target is None or target.inter in (5, 6))):
            # "police fired tear gas": force used at a protest, not a battle
            event_type = "Protests"
        clash_at_protest = (event_type == "Battles" and not mob and target is not None and target.inter == 6
                            and (agent is None or agent.inter == 1) and anchor.lemma_.lower() in MUTUAL_FIGHT_LEMMAS)
        if clash_at_protest:
            # "police clashed with protesters": a fight both sides took part in is the crowd's
            # violence (ACLED: a violent demonstration), not force used on a peaceful crowd
            sub, event_type = "Violent demonstration", "Riots"
        # specialise generic attacks by who was hit and with what
        elif not mob and (best.trigger.generic_attack or sub == "Armed clash" and target is not None and target.inter in (6, 7)
                        and not best.settled and not two_sides):
            if target is not None and target.inter in (6, 7):
                sub = "Attack"  # (on protesters: excessive force, below)
            elif (target is None and event_type != "Explosions/Remote violence"
                  and anchor.lemma_.lower() in _RAID_LEMMAS and self._place_object(anchor, tops, part.offset)):
                # "militants attacked Namava", "gunmen raided a cattle camp": a place, nobody armed
                # named in it, is its people
                sub, target = "Attack", self._civilians
            else:
                sub = "Armed clash"
        # violence the parse says was used against protesters ("shot dead two protesters")
        fired_on_protest = sub == "Attack" and target is not None and target.inter == 6
        if fired_on_protest:
            sub = "Excessive force against protesters"
        if event_type == "Protests" and modifiers:
            sub = max(modifiers, key=lambda h: h.trigger.weight).trigger.sub_event_type
        if event_type == "Protests" and agent is not None and agent.inter in (1,) and target is None:
            target, agent = agent, None
        unknown_hands = (event_type == "Riots" and agent is None and sub == "Violent demonstration"
                         and (subject := _subject_of(anchor)) is not None and _unknown_hands(subject)
                         and not any(self._protest_word(t) for t in sent))
        if unknown_hands:
            # "unknown arsonists set fire to the electoral office", "unidentified persons torched a
            # polling station": hands nobody names, no crowd, no demonstration (the words settle it
            # against the classifier's reading of the burning as a riot)
            sub, event_type = "Looting/property destruction", "Strategic developments"
        if (event_type == "Riots" and agent is not None and agent.inter == 1 and grammatical_agent is agent
                and anchor.lemma_.lower() in _PLUNDER_LEMMAS):
            # "government soldiers looted shops and homes": a state's forces plundering, no riot
            sub, event_type = "Looting/property destruction", "Strategic developments"
        if event_type == "Riots" and agent is not None and agent.inter in ARMED and agent.inter != 1:
            if sub == "Mob violence" and target is not None and target.inter == 7:
                sub, event_type = "Attack", "Violence against civilians"  # guards lynching a trader
            elif (target is not None and target.inter in ARMED
                  and any(t.lemma_.lower() in _ASSAULT_LEMMAS for t in doc[best.start:best.end])):
                # "OLA fighters ... clashes with security forces", "jihadists stormed the army camp"
                sub, event_type = "Armed clash", "Battles"
            else:
                sub, event_type = "Looting/property destruction", "Strategic developments"  # armed men burning a market
        # the paragraph's lead event is read with the whole paragraph (what follows tells
        # of its toll, its weapons, its victims); a later one has only its sentence
        paragraph = window if state.leads else None
        if not (best.settled or fired_on_protest or from_air or mob or unknown_hands):
            named = [t for t in sent if self._protest_word(t)]  # the demonstrations the words name
            if event_type == "Riots" and (anchor.dep_ in ("conj", "acl") and (anchor if anchor.dep_ == "acl" else anchor.head
                                                                              ).lemma_.lower() in _GRIEVANCE_VERBS or (
                    subj := _subject_of(anchor)) is not None and any(
                    c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _GRIEVANCE_VERBS for c in subj.children)):
                # "residents disputing the election results set fire to a police post": a crowd
                # pressing a political demand demonstrates (ACLED: a violent demonstration), no mob
                bars = bars._replace(subs=bars.subs | {"Mob violence"})
            if grammatical_agent is not None and grammatical_agent.inter in (2, 3):
                # "suspected Maoists killed a former village head": a crowd's violence has a crowd
                # for its subject, not a rebel or armed group
                bars = bars._replace(subs=bars.subs | _CROWD_SUBS)
            elif (grammatical_agent is not None and grammatical_agent.inter in (1, 8)
                  and (target is None or target.inter == 7) and event_type in VIOLENT_TYPES):
                # "police assaulted beer parlour owners for selling after curfew": a state's forces
                # beating people attack them; no mob
                bars = bars._replace(subs=bars.subs | {"Mob violence"})
                if (sub == "Attack" and (target is None or target.inter == 7)
                        and not any(t.lemma_.lower() in MUTUAL_FIGHT_LEMMAS for t in sent)
                        and not _FIGHT_WORDS.search(sent.text)):
                    # "a 17-year-old was shot dead by a police officer during a traffic stop":
                    # nobody fought back, so no clash either
                    bars = bars._replace(subs=bars.subs | {"Armed clash"})
            if event_type not in ("Protests", "Riots") and named and all(map(self._banned_or_ahead, named)):
                # "the detention came days before a march they had planned": the only demonstration
                # named was not held, so the classifier's reading of one has nothing to stand on
                bars = bars._replace(types=bars.types | {"Protests", "Riots"})
            if (event_type == "Riots" and sub == "Violent demonstration"
                    and named and _crowd_harm(sent, mentions, self._protest_word)):
                # "students vandalised the administration block during a protest", "some of the
                # protesters attacked journalists": the crowd at a protest did harm, no peaceful protest
                bars = bars._replace(types=bars.types | {"Protests"})
            if (event_type == "Protests" and not modifiers
                    and not _RIOT_HINTS.search(window)):
                # "residents demonstrated against the nightly curfew": no word of violence, of
                # force or of a blockade anywhere, so the classifier's reading of a riot (it favours
                # the rarer class) has nothing to stand on
                bars = bars._replace(types=bars.types | {"Riots"})
            if event_type == "Protests" and not _CROWD_HINTS.search(window):
                # "patients demonstrated over their treatment. Security forces dispersed the crowd":
                # force the police used, and no word of the crowd's own violence, so the classifier's
                # reading of a riot (the force words pull it there) has nothing to stand on
                bars = bars._replace(types=bars.types | {"Riots"})
            if _NO_HARM.search(window) and not _harm_told(window):
                # "lobbed tear gas at teachers demonstrating peacefully. No injuries were reported":
                # excessive force harms people; where the text says nobody was harmed, it is an
                # intervention at most
                bars = bars._replace(subs=bars.subs | {"Excessive force against protesters"})
            if event_type == "Protests" and any(m.trigger.sub_event_type == "Excessive force against protesters"
                                                for m in modifiers):
                # lethal force the words name ("fired live rounds to break up a protest", "opened fire
                # on protesters"): the classifier may not read it down to an intervention, nor its
                # rounds as weapons seized
                bars = bars._replace(subs=bars.subs | {"Protest with intervention", "Peaceful protest"},
                                     types=bars.types | {"Strategic developments"})
            if event_type == "Protests" and any(_kin_of(t) for t in sent):
                # "families of abducted students marched to the governor's office": the deed that
                # took their kin is what they march over, not the sentence's event
                bars = bars._replace(types=bars.types | {"Violence against civilians"})
            if event_type == "Protests" and (named or best.trigger.event_type == "Protests" and bool(best.trigger.phrases)):
                # "refugees rallied in the camp to mark the anniversary of their exodus", "kept their stalls
                # closed in protest against new levies": a demonstration the words name is no other development
                bars = bars._replace(subs=bars.subs | {"Other"})
            if event_type == "Protests" and not modifiers and _CALLED_PEACEFUL.search(sent.text):
                # "security forces lined the route, but the march ended peacefully": no force used
                bars = bars._replace(subs=bars.subs | set(FORCE_AT_PROTESTS))
            if event_type == "Protests" and modifiers and not any(m.actor.inter == 5 for m in mentions):
                # "fired tear gas to disperse graduates demonstrating": force used on a protest whose
                # people the sentence names doing nothing violent (riot words, or a mob named, would
                # make it a riot)
                bars = bars._replace(types=bars.types | {"Riots"})
            if (event_type == "Battles" and agent is not None and target is not None
                    and agent.inter in ARMED and target.inter in ARMED):
                # "federal troops and Fano militiamen fought in the streets": two armed sides
                # fighting are no crowd and no protest, whatever the paragraph says of shops shut
                bars = bars._replace(types=bars.types | {"Riots", "Protests"})
                if anchor.lemma_.lower() in MUTUAL_FIGHT_LEMMAS and anchor.pos_ == "VERB" and anchor.dep_ in ("ROOT", "ccomp"):
                    # "soldiers fought dissident guerrillas near the border": the fight its verb names
                    # between two armed sides is no other development
                    bars = bars._replace(subs=bars.subs | {"Other", "Change to group/activity"})
            if (best.trigger.sub_event_type == "Arrests" and grammatical_agent is not None
                    and grammatical_agent.inter == 1 and not _harm_or_fight(window)
                    and not _CROWD_HINTS.search(window)):
                # "police arrested 25 people in an operation against a clan accused of extortion":
                # a state's forces arresting people, with no harm, fight or crowd's violence told,
                # did no violence
                bars = bars._replace(types=bars.types | set(VIOLENT_TYPES) | {"Riots"})
            if best.trigger.sub_event_type == "Arrests" and not named and not _DEMONSTRATION_WORDS.search(window):
                # "Rangers arrested a former prime minister inside the court's premises": with no crowd or
                # demonstration named anywhere, an arrest is no intervention at a protest
                bars = bars._replace(types=bars.types | {"Protests"})
            if sub == "Air/drone strike" and not _GROUND_FIRE.search(sent.text) and any(
                    t.dep_ == "nsubj" and t.lower_ in self.cues.air_words for t in sent):
                # "military helicopters opened fire on a wedding party": aircraft the words name, and no
                # shell, rocket or gun of the ground, so no shelling
                bars = bars._replace(subs=bars.subs | {"Shelling/artillery/missile attack"})
            if two_sides:
                # "rival armed groups clashed": two armed sides fighting are no crowd
                bars = bars._replace(subs=bars.subs | _CROWD_SUBS)
            if best.trigger.sub_event_type in TERRITORIAL and any(
                    h.trigger.sub_event_type == "Armed clash" and not any(
                        t.lower_ == "without" for t in doc[h.start].ancestors) for h in group):
                # "took control of the town after a brief exchange of fire with police, who withdrew",
                # "occupied the district headquarters after a gun battle": ground taken by fighting,
                # whoever withdrew after it
                bars = bars._replace(subs=bars.subs | {"Non-violent transfer of territory"})
            sub = self._refine(sent.text, sub, event_type, paragraph, bars)
        if sub == "Arrests" and _DISAPPEARED.search(window):
            # "police deny holding him", "his whereabouts remain unknown": a detention nobody
            # acknowledges is a forced disappearance
            sub = "Abduction/forced disappearance"
        if (sub in TERRITORIAL and agent is not None and target is not None
                and {anchor.lemma_.lower(), anchor.head.lemma_.lower()} & LOSS_VERBS):
            agent, target = target, agent  # "the army lost the town to the rebels": the rebels took it
        if sub in TERRITORIAL and best.trigger.sub_event_type == "Non-violent transfer of territory":
            sub = best.trigger.sub_event_type  # a withdrawal: ground given up, not taken by force
        elif sub in TERRITORIAL and agent is not None:
            # who took the ground decides which of the two it is
            # (a foreign army fighting beside the government takes ground for it)
            # (foreign forces taking ground from rebels or militias take it for the government: "AMISOM
            # forces drove al-Shabaab out of the port town"; the forces of a de facto authority, which
            # ACLED names after the movement, "Military Forces of Yemen (Houthis)", take new ground as the
            # movement the news reports, and regain it as forces of the state)
            for_state = (agent.inter == 1 or agent.name.startswith(_STATE_PREFIXES)
                         or agent.inter == 8 and target is not None and target.inter in (2, 3))
            if for_state and _DE_FACTO.match(agent.name) and best.trigger.sub_event_type != "Government regains territory":
                for_state = False
            sub = "Government regains territory" if for_state else "Non-state actor overtakes territory"
        if (sub == "Shelling/artillery/missile attack" and target is not None and target.inter in ARMED
                and _SMALL_ARMS.search(sent.text)):
            # "fired 120mm mortars, heavy machine guns and small arms at the governmental positions",
            # "fired sniper rifles at the positions": small arms make it an armed clash (ACLED's coding)
            sub = "Armed clash"
        if (sub == "Mob violence" and agent is not None and agent is grammatical_agent and agent.inter in (1, 8)
                and target is not None and target.inter == 7):
            sub, event_type = "Attack", "Violence against civilians"  # police or guards beating a man: no mob
        if (sub in ("Mob violence", "Violent demonstration")
                and any(t.lemma_.lower() in MUTUAL_FIGHT_LEMMAS for t in (anchor, *anchor.children))
                and 4 in {a.inter for a in (agent, target) if a is not None}
                and {a.inter for a in (agent, target) if a is not None} <= {4, 7}):
            # "clashes between two clans", "two clans fought, killing 3 people": communal
            # militias fight (the people killed are theirs), no mob
            sub, agent, target = "Armed clash", agent if agent is not None and agent.inter == 4 else target, None
        if (target is not None and target.inter == 1 and sub in ("Attack", "Armed clash")
                and _OFF_DUTY.search(sent.text) and not _UNSURE.search(sent.text)):
            # "shot dead an off-duty police officer", "a former soldier": out of service he is a
            # civilian (ACLED's coding)
            sub, target = "Attack", self._civilians
        elif (sub == "Abduction/forced disappearance" and target is not None and target.inter == 1
              and agent is not None and agent.inter in ARMED and agent.inter != 1
              and not _OFF_DUTY.search(sent.text)
              # (not when those seized are civilians the verb names: "seized the parents of a
              # footballer; police later rescued his mother")
              and not ((seized := _seized_object(anchor)) is not None
                       and seized.lemma_.lower() in _TAKEN_PEOPLE
                       and not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in _STATE_TAKERS
                                   for c in seized.children))):  # ("a police driver" is the police's)
            # "gunmen abducted a police officer": armed men seizing state forces on duty fight them
            # (ACLED's coding; off duty, he is a civilian and it stays an abduction)
            sub = "Armed clash"
        if (sub == "Attack" and target is not None and target.inter in ARMED
                and (agent is None or agent.inter in ARMED)):
            sub = "Armed clash"  # ACLED's attacks are on civilians; on armed men, a clash
        elif (sub == "Armed clash" and target is not None and target.inter == 7
              and agent is not None and agent.inter in ARMED
              and anchor.lemma_.lower() not in MUTUAL_FIGHT_LEMMAS and not best.settled
              and not two_sides):
            # and a clash is between armed sides: armed men against civilians attack them (not when
            # the text says both fought, "clashed with farmers", or names another armed side
            # outside what is said of the victims: "civilians who cooperated with the army")
            said = _said_of_victims(anchor, sent)
            doer = _subject_of(anchor)  # (whose fighters the subject says they are: "fighters from the TPNPB")
            if doer is not None and doer.lemma_.lower() in _FIGHTER_NOUNS:
                said |= {t.i for c in doer.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                         for t in c.subtree}
            if not any(m.actor.inter in ARMED and m.actor != agent and m.start not in said and m.start not in sources
                       and not _told_before(doc[m.start]) and not _avenged(doc[m.start]) for m in mentions):
                sub = "Attack"
        if (sub == "Looting/property destruction" and agent is None
                and (_DURING_PROTEST.search(sent.text) or _at_event(
                    anchor, {t.i for t in sent if self._protest_word(t) and not self._banned_or_ahead(t)},
                    _AT_EVENT_PREPS | {"amid"}))):
            # "shops were looted and cars torched as protests spread", "during the protest": damage
            # done by nobody named while a demonstration went on is the demonstration's (ACLED: a
            # violent one)
            sub = "Violent demonstration"
        if SUB_EVENT_TYPES[sub] == "Explosions/Remote violence" and _PAST_WAR_REMNANT.search(window):
            # "a landmine laid during the Iran-Iraq War", "a rocket leftover from the civil war
            # exploded": a remnant of a war long over, ACLED's other development
            sub = "Other"
        event_type = SUB_EVENT_TYPES[sub]
        if (event_type == "Explosions/Remote violence" and sub in RETURNABLE
                and any(p in (paragraph or sent.text).lower() for p in self.cues.return_fire_phrases)):
            # the side the grenade or shells were aimed at fought back: a clash
            sub, event_type = "Armed clash", "Battles"
        if sub == "Peaceful protest" and modifiers:
            # force named against the protest outweighs the classifier's reading
            sub = max(modifiers, key=lambda h: h.trigger.weight).trigger.sub_event_type
        # (a state's forces abroad are forces too: "Russian troops opened fire on a rally in Nova Kakhovka")
        forces = any(a is not None and a.inter in (1, 8) for a in (agent, target))
        # (or the arrest is the words' own: "at least one protester was arrested" names no police,
        # but tells of an intervention all the same)
        arrested = any(h.trigger.sub_event_type == "Arrests" and h.head_index is not None
                       and not any(c.dep_ == "neg" for c in doc[h.head_index].children)
                       and not _told_before(doc[h.head_index]) and any(
            (self._protest_word(o) or o.lower_ in ("they", "them") or o.lemma_.lower() == "participant")
            and not any(d.lower_ in ("no", "none") for d in o.children)
            for o in _objects(doc[h.head_index])) for h in group)
        if sub in FORCE_AT_PROTESTS and not modifiers and not forces and not fired_on_protest and not arrested:
            # the classifier's guess that someone intervened, with nobody named who did
            sub = "Peaceful protest"
        if (sub in ("Peaceful protest", "Protest with intervention")
                and (target is not None and target.inter == 1 or agent is not None and agent.inter == 1 or modifiers)
                and (sent_fatalities or 0) > 0):
            sub = "Excessive force against protesters"  # people killed where force met a protest

        if sub in ("Change to group/activity", "Headquarters or base established"):
            target = None
        if part.origin == "comment" and agent is None and target is None:
            return None  # a reader's remark with nobody doing anything is not an event
        if (sub in ("Armed clash", "Attack") and agent is not None and target is not None
                and {agent.inter, target.inter} in ({7, 1}, {7, 8}) and anchor.lemma_.lower() in MUTUAL_FIGHT_LEMMAS
                and not modifiers):
            # "fruit sellers clashed with the police", "clashes erupted between villagers and
            # soldiers": people with no arms fighting state forces are a crowd's violence, as ACLED
            # codes it, not a battle (nor an attack, whichever side the parse names first)
            crowd = self.table.conventions["Mob violence"].actor1
            sub, event_type = "Mob violence", "Riots"
            if agent.inter != 7:
                target = agent
            agent = Actor(crowd.name, crowd.inter) if crowd is not None else Actor("Rioters", 5)
        if agent is not None and agent.inter == 7 and event_type in VIOLENT_TYPES:
            # civilians are the victims of political violence, never its perpetrators here
            if sub == "Armed clash" and (best.settled and best.trigger.sub_event_type == "Armed clash"
                                         or two_sides):
                # "armed clashes were reported in which two people died": a clash named outright
                # (or with its two sides: "clashes erupted between X and Y, killing ten people")
                # stays one; the dead are its toll, not a side
                target = None
            else:
                if target is None:
                    target = agent
                if sub == "Armed clash":
                    sub, event_type = "Attack", "Violence against civilians"
            agent = None
        if agent is not None and agent.inter == 5 and sub in ("Attack", "Armed clash", "Looting/property destruction"):
            # a mob's violence is a riot whatever it did ("a mob beat the manager to death", "rioters
            # tried to set the church gate on fire"): ACLED codes no attack, clash or looting by rioters
            sub, event_type = "Mob violence", "Riots"
        found_agent = agent  # a convention's default names nobody a pronoun can refer to
        if (event_type in ("Protests", "Riots") and agent is not None and agent.inter == 1
                and target is not None and target.inter in (5, 6, 7)):
            # "students pelted police": at a demonstration the people named are its side (also
            # "police fired tear gas at stone-throwing protesters")
            agent, target = target, agent
        if (agent is None and sub == "Shelling/artillery/missile attack"
                and any(t.lemma_.lower() in _ROCKET_WORDS for t in sent)):
            # rockets nobody is named for ("two Katyusha rockets landed in the Green Zone"): an
            # unidentified armed group, not the army the convention would name for shelling
            agent = self._unidentified
        elif agent is None and sub == "Air/drone strike" and _IMPROVISED_DRONE.search(sent.text):
            # "two drones loaded with explosives targeted the airport": nobody's air force
            agent = self._unidentified
        if (target is None and event_type == "Explosions/Remote violence" and part.origin != "comment"
                and (sent_fatalities or 0) > 0 and not any(t.lower_ in _OWN_BLAST_WORDS for t in sent)
                and _no_armed_dead(sent.text, [m for m in role_mentions if m.actor != agent])):
            # "a car bomb went off in a busy market, killing 40 people": nobody armed named among
            # the dead, the victims are civilians
            target = self._civilians
        if agent is None and sub == "Armed clash" and target is not None and target.name == self._gang.name:
            agent = self._unidentified  # "a drug trafficker was found dead": most often another gang
        if best.trigger is self._called_off and agent is None:
            agent = self._protesters  # "the unions called off the strike": the protesters' side
        if (state.size_tagged and part.origin == "article" and event_type not in ("Protests", "Riots")
                and (state.leads or sub != "Arrests")):
            # ACLED's coders tag the crowd's size in the notes of demonstrations alone: "police
            # beat a trader ... [size=no report]" was a crowd's violence, as they coded it (arrests
            # told after the demonstration are its intervention, which `_intervention` merges)
            sub = self._tagged_demonstration(sent.text, window, sub)
            event_type = SUB_EVENT_TYPES[sub]
        agent, target = self._conventions(sub, agent, target, iso)
        if agent is not None:
            agent = with_country(agent, iso, self.table)
        if target is not None:
            target = with_country(target, iso, self.table)
            if agent is not None and target.name == agent.name:
                target = None
        if (sub == "Armed clash" and agent is not None and agent.inter == 4 and target is None
                and any(t.lemma_.lower() in MUTUAL_FIGHT_LEMMAS or t.lower_ == "between" for t in sent)):
            target = agent  # a communal militia fights another ("clashes between two clans")
        elif sub == "Agreement" and agent is not None and agent.inter == 4 and target is None:
            target = agent  # "the two clans agreed to a truce": one communal militia and another
        elif (sub in ("Armed clash", "Attack") and agent is not None and agent.inter == 4 and target is not None
              and target.inter == 7 and _between_one(sent, role_mentions, 4)):
            # the people a fight "between two clans" killed are theirs, not civilians
            sub, event_type, target = "Armed clash", "Battles", agent

        # date
        background = bool(cues.get("background")) or (
            not self._recent and background_year(sent.text, document.published))
        if background:
            return None
        when = date or state.date
        if when is None and document.published is not None:
            when = (document.published, 2)
        if when is not None and document.published is not None:
            if when[0] > document.published + dt.timedelta(days=1):
                return None  # a date after publication is a plan, not an event
            if (document.published - when[0]).days > 400:
                return None  # historical background

        certainty, attribution = self._certainty(anchor, sent, mentions, cues, part)
        confidence = best.trigger.weight
        confidence += 0.05 * (agent is not None) + 0.05 * (target is not None) + 0.05 * (place is not None)
        if _in_time_clause(anchor):
            confidence -= 0.1  # "seized the village after the army pulled back under mortar fire": what came before
        elif _told_before(anchor):
            confidence -= 0.2  # "imposed a curfew after clashes left four dead": what the sentence's event followed
        confidence *= {"reported": 1.0, "claimed": 0.9, "unconfirmed": 0.75, "denied": 0.6}[certainty]
        if part.origin == "comment":
            confidence *= 0.7
        confidence = round(max(0.05, min(0.99, confidence)), 3)

        start = part.offset + sent.start_char
        text = sent.text.rstrip()
        evidence = Span(text, start, start + len(text))
        ev = Event(
            event_id=content_id(document.doc_id, str(evidence.start), sub, prefix="ev_"),
            doc_id=document.doc_id,
            origin=part.origin,
            comment_index=part.comment_index,
            event_date=when[0].isoformat() if when else None,
            time_precision=when[1] if when else None,
            event_type=event_type,
            sub_event_type=sub,
            actor1=agent.name if agent else None,
            assoc_actor_1=None,
            inter1=agent.inter if agent else None,
            actor2=target.name if target else None,
            assoc_actor_2=None,
            inter2=target.inter if target else None,
            country=place.country if place else self.table.country_name(iso),
            admin1=place.admin1 if place else None,
            location=(place.name or place.text) if place else None,
            latitude=place.latitude if place else None,
            longitude=place.longitude if place else None,
            geonameid=place.geonameid if place else None,
            geo_precision=place.geo_precision if place else None,
            fatalities=None,
            certainty=certainty,
            attribution=attribution,
            confidence=confidence,
            evidence=evidence,
        )
        ev._trigger_char = part.offset + anchor.idx  # type: ignore[attr-defined]
        ev._settled = best.settled and sub == best.trigger.sub_event_type  # type: ignore[attr-defined]
        # the lexicon's word for the weapon itself ("missile", "warplanes", "car bomb"), not a verb
        # like "exploded" nor only the classifier's reading
        ev._weapon_named = (best.trigger.role == "weapon" and sub == best.trigger.sub_event_type  # type: ignore[attr-defined]
                            and best.trigger.weight >= NAMED_WEAPON_WEIGHT)
        if found_agent is not None and agent is not None and agent.inter in ARMED:
            state.agents.append(agent)
        return ev

    def _conventions(self, sub: str, agent: Actor | None, target: Actor | None,
                     iso: str | None) -> tuple[Actor | None, Actor | None]:
        """ACLED's coding of the sides of `sub` (data/actors.yaml `conventions`)."""
        if iso:
            # a state's forces acting in another country are external forces (inter 8);
            # at home they are state forces (inter 1)
            agent = _state_forces_where(agent, iso)
            target = _state_forces_where(target, iso)
        conv = self.table.conventions.get(sub)
        if conv is None:
            return agent, target
        if conv.actor1 is not None and (agent is None or agent.inter in conv.actor1.replace):
            if agent is not None and agent.inter in ARMED and (
                    target is None or target.inter == conv.actor1.inter):
                target = agent  # the police at a protest: the other side
            agent = Actor(conv.actor1.name, conv.actor1.inter)
        if conv.no_actor2:
            target = None
        elif conv.actor2 is not None and (target is None or target.inter in conv.actor2.replace):
            target = Actor(conv.actor2.name, conv.actor2.inter)
        if agent is not None and target is not None and agent.inter == target.inter == 7:
            target = None
        return agent, target

    def _probs(self, text: str, paragraph: str | None) -> dict[str, float] | None:
        """The classifier's sub-event probabilities for a sentence, read with its paragraph
        (`PARAGRAPH_WEIGHT`) when it has one; None without a classifier."""
        if self.classifier is None:
            return None
        try:
            if paragraph and paragraph.strip() != text.strip():
                ps, pp = self.classifier.predict_proba([text, paragraph])
                wp = PARAGRAPH_WEIGHT
                return {k: (1 - wp) * ps[k] + wp * pp.get(k, 0.0) for k in ps}
            return dict(self.classifier.predict_proba([text])[0])
        except Exception:  # noqa: BLE001 - the rules stand on their own
            return None

    def _tagged_demonstration(self, text: str, paragraph: str, sub: str) -> str:
        """The demonstration an ACLED note tagged with a crowd's size tells of, where the rules
        read another type: violence read as an attack, a clash or looting was a crowd's (a riot
        or mob violence), anything else any of the five (the classifier's choice)."""
        violent = SUB_EVENT_TYPES[sub] in VIOLENT_TYPES or sub == "Looting/property destruction"
        allowed = ("Violent demonstration", "Mob violence") if violent else DEMONSTRATION_SUBS
        probs = self._probs(text, paragraph)
        if probs is None:
            return allowed[-1] if violent else allowed[0]
        return max(allowed, key=lambda k: probs.get(k, 0.0))

    def _refine(self, text: str, sub: str, event_type: str, paragraph: str | None = None,
                bars: _Bars | None = None) -> str:
        """Let the trained classifier choose the sub-event type: across types when it is
        confident, otherwise among the sub-types of the event type the rules found, never to
        what `bars` rules out. The sentence is read with its paragraph when it has one."""
        probs = self._probs(text, paragraph)
        if probs is None:
            return sub
        words = set(_WORD.findall((paragraph or text).lower()))
        for other, needed in self.cues.weapon_words.items():
            if other != sub and other in probs and not words & needed:
                probs = {**probs, other: 0.0}  # a weapon the text does not name
        if sub != "Air/drone strike" and self.cues.air_words and not words & self.cues.air_words:
            probs = {**probs, "Air/drone strike": 0.0}  # "an artillery bombardment": nothing from the air
        if sub != "Disrupted weapons use" and not _ARMS_WORDS.search(paragraph or text):
            probs = {**probs, "Disrupted weapons use": 0.0}  # "police arrested a bishop": no arms to disrupt
        top, p_top = max(probs.items(), key=lambda kv: kv[1])
        if event_type == "Explosions/Remote violence" and top == "Looting/property destruction":
            return sub  # "a drone attack set an oil depot ablaze": the strike, whatever it destroyed
        if sub == "Chemical weapon" and (SUB_EVENT_TYPES.get(top) == "Explosions/Remote violence"
                                         or top == "Disrupted weapons use"):
            return sub  # a chemical agent named, whatever delivered it (drones, grenades, munitions)
        if (sub == "Looting/property destruction"
                and SUB_EVENT_TYPES.get(top) in VIOLENT_TYPES
                and not _harm_told(paragraph or text)
                and not any(w.startswith(_FIGHT_PREFIXES) and not w.startswith("fighter") for w in words)):
            return sub  # "set fire to wheat fields": nobody harmed, nobody fought, property destroyed
        if sub == "Arrests" and top == "Looting/property destruction" and not _DAMAGE_TOLD.search(paragraph or text):
            return sub  # "four people have been arrested" after a lynching: the arrest, no plunder of its own
        if (sub == "Arrests" and SUB_EVENT_TYPES.get(top) in VIOLENT_TYPES
                and not _harm_told(paragraph or text)
                and not any(w.startswith(_FIGHT_PREFIXES) for w in words)):
            return sub  # "smashed a car theft ring, arresting five": nobody harmed, nobody fought
        if bars is not None and (SUB_EVENT_TYPES.get(top) in bars.types and SUB_EVENT_TYPES.get(top) != event_type
                                 or top in bars.subs and top != sub):
            return sub
        if event_type in ("Protests", "Riots") and SUB_EVENT_TYPES.get(top) == "Battles":
            return sub  # "students clashed with police during a protest": demonstrators, no battle
        # a demonstration the wording calls peaceful turns violent only on firmer evidence,
        # and one it calls violent turns peaceful only so
        bar = DEMONSTRATION_OVERRIDE if {event_type, SUB_EVENT_TYPES.get(top)} == {
            "Protests", "Riots"} else CLASSIFIER_OVERRIDE
        if event_type == "Explosions/Remote violence" and SUB_EVENT_TYPES.get(top) in (
                "Violence against civilians", "Battles"):
            bar = max(bar, EXPLOSION_OVERRIDE)
        if top != sub and top in SUB_EVENT_TYPES and p_top >= bar and (
                SUB_EVENT_TYPES.get(top) != event_type or top in self.cues.weapon_words
                or p_top >= SAME_TYPE_MARGIN * probs.get(sub, 0.0)):
            # (a type whose weapon the text names, `weapon_words`, needs no margin: "a shell filled
            # with a toxic substance hit their positions")
            return top
        same = {k: v for k, v in probs.items() if SUB_EVENT_TYPES.get(k) == event_type}
        if not same:
            return sub
        best, p = max(same.items(), key=lambda kv: kv[1])
        if best != sub and p >= 0.5 and p > 2 * same.get(sub, 0.0):
            return best
        return sub

    # -- actors -----------------------------------------------------------------

    def _source_tokens(self, anchor: Token, sent: SpacySpan) -> set[int]:
        """Token indices of the sources the sentence cites: subjects of reporting verbs
        governing the event ("residents said", "police confirmed the attack"; also one the
        parser hangs off the event's verb: "killed six miners, police said") and the object
        of "according to"."""
        verbs = self.cues.claim_verbs | self.cues.deny_verbs
        out: set[int] = set()
        ancestors = {t.i for t in anchor.ancestors}
        for t in sent:
            lem = t.lemma_.lower()
            if lem in verbs and t.i != anchor.i and (t.i in ancestors or t.dep_ == "ROOT" or t.dep_ == "parataxis"
                                                     and (t.head.i in ancestors or t.head.i == anchor.i)):
                if ((_open_complement_of(anchor, t) or anchor.dep_ == "dobj" and _open_complement_of(anchor.head, t)
                     or lem == "claim" and anchor.dep_ == "dobj" and anchor.head.i == t.i)
                        and any(ch.dep_ == "nsubj" or ch.dep_ == "nsubjpass" and lem in _SAID_TO_LEMMAS
                                for ch in t.children)):
                    # "ISIS claimed to have killed a soldier", "the TTP claimed an attack on a police
                    # post": the claimant did it; "Hezbollah was reported to have set up a
                    # headquarters": who is said to have did it
                    continue
                for ch in t.children:
                    # "air raids were reported": what is reported is no source; nor a subject the
                    # parse hangs the event itself under ("ADF rebels killed 18 civilians ..., a
                    # leader said", the killing read as a participle of "rebels")
                    if (ch.dep_ == "nsubj" or ch.dep_ == "nsubjpass" and ch.i not in ancestors | {anchor.i}) \
                            and not ch.is_ancestor(anchor):
                        out.update(x.i for x in ch.subtree)
                    elif (ch.dep_ in ("dobj", "dative") and lem == "tell" or ch.dep_ == "prep" and ch.lower_ == "to"
                          and lem in ("say", "tell", "report", "confirm")) and ch.i not in ancestors | {anchor.i}:
                        # "residents told reporters", "said to journalists": whom the source told
                        out.update(x.i for x in ch.subtree)
            if (lem in verbs and t.i != anchor.i and t.i >= sent.end - 3
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
                # "..., killing six people, a police officer and witnesses said.": a source the parse
                # hangs off the sentence before it; the words back to the comma are who said it
                comma = next((x.i for x in reversed(t.doc[sent.start:t.i]) if x.lower_ == ","), None)
                if comma is not None and t.i - comma <= 8 and anchor.i not in range(comma, t.i) and any(
                        x.pos_ in ("NOUN", "PROPN") for x in t.doc[comma + 1:t.i]):
                    out.update(range(comma + 1, t.i))
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                out.update(x.i for x in t.doc[t.i + 1].subtree)
            elif lem in _FINDER_VERBS and any(ch.dep_ == "dobj" and ch.lemma_.lower() in _REMAINS for ch in t.children):
                # "police found the body of a man": who found the dead did not kill them
                for ch in t.children:
                    if ch.dep_ == "nsubj":
                        out.update(x.i for x in ch.subtree)
        return out

    def _resolve_anaphora(self, pending: list[ActorMention], state: _State) -> list[ActorMention]:
        out = []
        for p in pending:
            if p.actor in state.recent_actors:
                out.append(ActorMention(p.actor, p.start, p.end))
        return out

    def _roles(self, anchor: Token, sent: SpacySpan, mentions: list[ActorMention],
               state: _State, blast: bool = False,
               cited: Sequence[Actor] = ()) -> tuple[Actor | None, Actor | None, bool]:
        """Agent and target of the event around its trigger, from the dependency parse, and
        whether they were turned round (civilians are read as the target, not the agent).
        `blast`: the event is an explosion (the group it killed is its target). `cited`: the
        armed groups the sentence cites, whom a pronoun subject means ("the SDF said it downed
        a drone")."""
        agent: Actor | None = None
        target: Actor | None = None
        by_token: dict[int, ActorMention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token[i] = m

        named = self.table.by_name

        def actor_in(tok: Token) -> Actor | None:
            # "fighters of the Islamic State": the named actor beats the bare noun; what a
            # relative clause says of them is not them ("herders who informed the army")
            said = {t.i for r in tok.subtree if r.dep_ == "relcl" and r is not tok for t in r.subtree}
            found = [by_token[t.i].actor for t in tok.subtree if t.i in by_token and t.i not in said]
            for a in found:
                if a.name in named or a.country:
                    return a
            return found[0] if found else None

        verb = anchor
        other_side: Actor | None = None
        if anchor.pos_ in ("NOUN", "PROPN") and anchor.dep_ in ("dobj", "nsubj", "pobj", "attr", "nsubjpass", "conj", "compound"):
            # "launched an attack on X", "an attack by X": look at the noun first, then its verb
            for child in anchor.children:
                if child.dep_ in ("poss", "compound", "amod") and child.i in by_token and (
                        child.dep_ == "poss" or by_token[child.i].actor.name in named or by_token[child.i].actor.country):
                    # "an ISIS attack", "Turkey's strikes"; not the bare kind of a thing ("a military base")
                    agent = agent or by_token[child.i].actor
                if child.dep_ == "prep" and child.lower_ in ("on", "against", "targeting"):
                    target = target or actor_in(child)
                if child.dep_ == "prep" and child.lower_ == "by":
                    agent = agent or actor_in(child)
                if child.dep_ == "prep" and child.lower_ in ("between", "with"):
                    found = list(dict.fromkeys(by_token[t.i].actor for t in child.subtree if t.i in by_token))
                    if len(found) == 1 and child.lower_ == "with":
                        # "fighting with the rebels": one side; which one the verb's
                        # subject decides (below)
                        other_side = found[0]
                    elif found:
                        agent = agent or found[0]
                        if len(found) > 1:
                            target = target or found[-1]
            head = anchor.head
            if anchor.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
                head = head.head  # "hit a truck with a rocket": the verb the means belongs to
            verb = head if head.pos_ in ("VERB", "AUX") else anchor
        if (verb is anchor and anchor.dep_ in ("amod", "compound") and anchor.head.dep_ in ("nsubj", "nsubjpass")
                and anchor.head.head.pos_ == "VERB"):
            verb = anchor.head.head  # "a booby-trapped motorcycle went off next to ...": the weapon's verb
        for tok in (verb, anchor) if verb is not anchor else (verb,):
            for child in tok.children:
                d = child.dep_
                if d in ("nsubj",) and agent is None and blast and self._weapon_word(child) and child.i not in by_token:
                    # "a bomb planted by ISIS exploded": who planted it; "a sticky bomb attached to the
                    # car of an SNA commander exploded": whose car it was is the target (a weapon word
                    # that names an actor, "a suicide bomber", is the agent as any subject)
                    by = [x for x in child.subtree if x.dep_ == "agent"]
                    # ("a drone of the US-led coalition", "the army's shells": the owner fired it)
                    owner = [x for x in child.children if x.dep_ == "poss" or x.dep_ == "prep" and x.lower_ == "of"]
                    # ("shells attributed to Turkish forces": whom the text blames)
                    blamed = [x for x in child.subtree if x.dep_ == "prep" and x.lower_ == "to"
                              and x.head.lemma_.lower() in _BLAME_VERBS]
                    agent = (actor_in(by[0]) if by else actor_in(owner[0]) if owner
                             else actor_in(blamed[0]) if blamed else None)
                    if agent is None:
                        # "a Turkish drone struck a clinic": the country that owns the weapon
                        agent = next((a for c in child.children if c.i < child.i and c.dep_ in _OWNER_DEPS
                                      and (a := self.actors.forces_of(c)) is not None), None)
                    if agent is None:
                        # "a drone believed to be Turkish": the country the text takes it for
                        agent = next((a for c in child.children if c.dep_ == "acl" and c.lemma_.lower() in _BELIEF_LEMMAS
                                      for t in c.subtree if t.dep_ in ("acomp", "attr")
                                      and (a := self.actors.forces_of(t)) is not None), None)
                    if agent is None and target is None:
                        target = actor_in(child)
                elif d in ("nsubj",) and agent is None:
                    # ("ISIS said its fighters attacked ...": the group cited is whose fighters they were)
                    theirs = cited and any(g.dep_ == "poss" and g.lower_ in ("its", "their") for g in child.children)
                    agent = (cited[0] if theirs else None) or actor_in(child) or (
                        cited[0] if cited and child.lower_ in PRONOUNS else None) \
                        or self._pronoun(child, state, exclude=target)
                elif d == "nsubjpass" and target is None:
                    target = actor_in(child)
                elif d == "agent" and agent is None:
                    agent = actor_in(child)
                elif d in ("dobj", "attr") and target is None:
                    target = actor_in(child)
                elif (d == "prep" and target is None and child.lower_ == "from"
                      and tok.lemma_.lower() in _CAPTURE_LEMMAS and (lost := actor_in(child)) is not None
                      and lost != agent):
                    target = lost  # "retook the town from ISIS": whom the ground was taken from
                elif d == "prep" and target is None and (child.lower_ in ("on", "against", "at", "with", "targeting")
                                                         or blast and child.lower_ in ("near", "beside", "outside")):
                    # (a blast "near an army checkpoint" was aimed at the army)
                    hit_actor = actor_in(child)
                    if hit_actor is not None and hit_actor != agent:
                        target = hit_actor
                elif (blast and target is None and child.lower_ in ("next", "close")
                      and any(c.lower_ == "to" for c in child.children)):
                    # ... and so was one "next to a checkpoint of the SNA"
                    hit_actor = actor_in(child)
                    if hit_actor is not None and hit_actor != agent:
                        target = hit_actor
        if target is None:
            # "an IED exploded, targeting an army convoy": whoever is targeted is the target
            for tok in sent:
                if tok.lemma_.lower() == "target" and tok.pos_ == "VERB":
                    for child in tok.children:
                        if child.dep_ in ("dobj", "nsubjpass"):
                            hit_actor = actor_in(child)
                            if hit_actor is not None and hit_actor != agent:
                                target = hit_actor
                    if target is not None:
                        break
        if blast and target is None and not any(t.lower_ in _OWN_BLAST_WORDS for t in sent):
            # "an IED exploded near a bakery, killing three SDF members": the group whose members
            # were killed is the target, never the agent the order of mention would make it
            # (unless its own explosive went off: "exploded prematurely, injuring three militants")
            for tok in sent:
                # ("killing three SDF members"; "two SAA soldiers were wounded when an IED went off")
                if tok.lemma_.lower() in _HARM_VERBS and tok.tag_ in ("VBG", "VBN") and tok.i != verb.i:
                    role = "dobj" if tok.tag_ == "VBG" else "nsubjpass"
                    for child in tok.children:
                        if (child.dep_ == role and (hit_actor := actor_in(child)) is not None
                                and (hit_actor.name in named or hit_actor.country or hit_actor.inter == 1)
                                and hit_actor != agent):
                            target = hit_actor
                    if target is not None:
                        break
        if other_side is not None:
            # "X retook the village after fighting with Y": Y is the other side;
            # "Y's fighters were killed in clashes with X": X is the first;
            # "RR and SoG had an encounter with X": a subject we cannot name (no agent was
            # found in it above) is the first side, X the second
            if agent is None and not _nominal_subject(verb):
                agent = other_side
            elif target is None and other_side != agent:
                target = other_side
        if agent is None and verb.dep_ in ("xcomp", "advcl", "conj", "relcl", "acl", "ccomp") and verb.head is not verb:
            for child in verb.head.children:
                if child.dep_ == "nsubj":
                    agent = actor_in(child) or self._pronoun(child, state, exclude=target)
                elif (child.dep_ == "nsubjpass" and verb.dep_ == "xcomp" and not _passive(verb)
                      and verb.head.lemma_.lower() in _SAID_TO_LEMMAS and agent is None):
                    # "Hezbollah was reported to have set up a headquarters": who is said to have
                    agent = actor_in(child)
            if verb.dep_ in ("relcl", "acl") and agent is None and not _passive(verb):
                # "militants who attacked the post"; not "militants in which four were killed"
                agent = actor_in(verb.head) if verb.head.i in by_token else None
        # fall back on order of mention
        names = []
        # who a relative clause says is at the place ("the air base, which hosts coalition troops",
        # "the airport, where US forces are based") was there, so is no agent; the target if any
        hosted = _clause_tokens(sent, _hosting, outside=anchor)
        for m in mentions:
            if m.actor not in names and m.start not in hosted:
                names.append(m.actor)
        if blast and target is None and agent is None:
            target = next((m.actor for m in mentions if m.start in hosted and m.actor.inter in ARMED), None)
        if agent is None and names:
            # a bare noun of the target's kind ("two soldiers" after "an army patrol") is
            # the target again, not the agent
            cand = [a for a in names if a != target and not (
                target is not None and a.name not in self.table.by_name and a.inter == target.inter)]
            if cand and (target is None or cand[0].inter != 7):
                agent = cand[0]
        if target is None and len(names) > 1:
            # (not a partner of the subject: "Syrian regime and Russian forces took the village")
            side = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree} if (
                agent is not None and verb.lemma_.lower() not in MUTUAL_FIGHT_LEMMAS
                and anchor.lemma_.lower() not in MUTUAL_FIGHT_LEMMAS) else set()
            partners = {m.actor for m in mentions if m.start in side}
            cand = [a for a in names if a != agent and a not in partners]
            if cand:
                target = cand[0]
        elif target is None and blast and agent is not None and names and names[0] != agent and names[0].inter == 7:
            target = names[0]  # "a Turkish drone struck a gathering, killing three women"
        if target is not None and target.name in ("Unidentified Armed Group", "Rebel group"):
            # "encountered BLF militants ... four militants were killed": the bare noun is the
            # group the sentence names
            named_armed = [a for a in names if a != agent and self.table.named_group(a)]
            if named_armed:
                target = named_armed[0]
        if agent is not None and target is not None and agent.name == target.name:
            target = None
        if agent is not None and agent.inter == 7 and target is not None and target.inter != 7:
            if (target.inter == 1 and verb.lemma_.lower() in _ARMED_DEED_LEMMAS
                    and (doer := _subject_of(verb)) is not None and doer.lemma_.lower() in _LONE_DOERS):
                # "police officers were shot by a man": whoever shoots at state forces is armed (ACLED
                # codes him an unidentified armed group, and the shooting a clash)
                return self._unidentified, target, False
            return target, agent, True
        return agent, target, False

    def _weapon_word(self, tok: Token) -> bool:
        """`tok` names a weapon ("bomb", "IED", "shell"), by the weapon triggers' words."""
        return any(t.role == "weapon" for t in self.by_lemma.get(tok.lemma_.lower(), ()))

    def _pronoun(self, tok: Token, state: _State, exclude: Actor | None) -> Actor | None:
        if tok.lower_ not in PRONOUNS:
            return None
        # the agent of the latest event first, then the latest armed actor named
        for a in reversed(state.agents[-3:]):
            if a != exclude:
                return a
        for a in reversed(state.recent_actors):
            if a != exclude and a.inter in ARMED:
                return a
        return None

    # -- certainty ---------------------------------------------------------------

    def _certainty(self, anchor: Token, sent: SpacySpan, mentions: list[ActorMention],
                   cues: dict[str, list[tuple[int, int]]], part: Part) -> tuple[str, str | None]:
        c = self.cues
        doc = part.doc
        # denial: a deny-verb governing the event
        node = anchor
        for _ in range(6):
            if node.lemma_.lower() in c.deny_verbs and node is not anchor:
                return "denied", self._source(node, mentions)
            if node.head.i == node.i:
                break
            node = node.head
        for t in sent:
            if t.lemma_.lower() in c.deny_verbs and t.dep_ in ("ROOT", "conj", "ccomp"):
                return "denied", self._source(t, mentions)
        if cues.get("unconfirmed") or any(t.lower_ in c.unconfirmed_words for t in sent):
            for s, e in cues.get("unconfirmed", []):
                span = doc[s:e]
                if span.root.lower_ in ("reports", "report"):
                    return "unconfirmed", _clean(span.text)
            for t in sent:
                if t.lower_ in c.unconfirmed_words and t.head.lemma_.lower() in ("report", "source", "claim"):
                    phrase = doc[t.i: t.head.i + 1] if t.head.i > t.i else doc[t.head.i: t.i + 1]
                    return "unconfirmed", _clean(phrase.text)
            return "unconfirmed", None
        # "according to X"
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to":
                obj = [ch for ch in doc[t.i + 1].children if ch.dep_ == "pobj"]
                if obj and obj[0].lemma_.lower() not in _AGREEMENT_NOUNS | {"plan", "term"}:
                    # (not "according to the deal": what a party agreed to, not who says so)
                    return "claimed", self._name_of(obj[0], mentions)
        # a reporting verb governing the trigger, or heading the sentence
        node = anchor
        for _ in range(6):
            if (node is not anchor and node.lemma_.lower() in c.claim_verbs and node.pos_ in ("VERB", "AUX")
                    and not _nobody_claimed(node)):
                src = self._source(node, mentions)
                if src:
                    return "claimed", src
            if node.head.i == node.i:
                break
            node = node.head
        root = sent.root
        if (root.lemma_.lower() in c.claim_verbs and root.i != anchor.i
                and not _nobody_claimed(root)):  # (not "no one has claimed it")
            src = self._source(root, mentions)
            if src:
                return "claimed", src
        if part.origin == "comment":
            return "claimed", "reader comment"
        return "reported", None

    def _source(self, verb: Token, mentions: list[ActorMention]) -> str | None:
        """Who makes the claim: the subject of the reporting verb, or the owner of the statement."""
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return self._name_of(child, mentions)
        # "X released a statement saying ...": the verb hangs off a statement noun
        head = verb.head
        if head.lemma_.lower() in self.cues.statement_nouns:
            owner = None
            for child in head.children:
                if child.dep_ in ("poss", "compound"):
                    owner = self._name_of(child, mentions)
            if owner is None and head.head is not head:
                for child in head.head.children:
                    if child.dep_ == "nsubj":
                        owner = self._name_of(child, mentions)
            if owner:
                return f"{owner} {head.lemma_.lower()}"
        return None

    def _name_of(self, tok: Token, mentions: list[ActorMention]) -> str:
        idx = {t.i for t in tok.subtree}
        for m in mentions:
            if m.start in idx:
                if _ACRONYM_NAME.match(m.actor.name):
                    # "PKK: Kurdistan Workers Party" cited: the name as the text writes it
                    words = [t for t in tok.doc[m.start:m.end] if t.lower_ not in ("the", "a", "an")]
                    return _clean(" ".join(t.text for t in words)) or m.actor.name
                return short_name(m.actor.name)
        toks = [t for t in tok.subtree
                if t.dep_ != "punct" and not (t.dep_ == "det" and t.lower_ in ("the", "a", "an"))]
        return _clean(" ".join(t.text for t in toks)) if toks else _clean(tok.text)


def short_name(name: str) -> str:
    """'Popular Mobilization Units (PMU)' -> 'PMU'; other names unchanged."""
    m = re.search(r"\(([A-Z][A-Za-z]{1,7})\)$", name)
    return m.group(1) if m else name


_STATE_PREFIXES = ("Military Forces of ", "Police Forces of ")
# a state's forces named after the movement that holds them ("Military Forces of Yemen (Houthis)"; not a
# period's "(2014-)")
_DE_FACTO = re.compile(r"^(?:Military|Police) Forces of [^(]+\((?=[A-Za-z])")
_ACRONYM_NAME = re.compile(r"^[A-Z][A-Za-z0-9/&.-]{1,11}: ")  # ACLED's "QSD: Syrian Democratic Forces"


# what a sentence tells happened after violence, that is itself no event
# (not a reaction that names the violence it follows: "the governor called for calm after
# clashes killed five" reports the clashes)
_BURNED_FOR_SHOW = frozenset({"tyre", "tire", "effigy", "flag", "poster", "banner", "photo", "photograph",
                              "picture", "portrait", "copy", "coffin", "mask", "card", "bill", "book"})
# firms and what they buy (`_business_taken`: a takeover is no ground taken)
_BUSINESSES = frozenset({"company", "firm", "business", "bank", "conglomerate", "investor", "shareholder",
                         "stake", "brand", "retailer", "airline", "insurer", "lender", "franchise", "startup",
                         "subsidiary", "corporation", "club", "newspaper", "broadcaster"})
_SIGNING_VERBS = frozenset({"sign", "ink", "conclude", "seal", "initial"})
_SIGNED = re.compile(r"\b(?:signed|inked|concluded|sealed|initialled|initialed)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:agreement|accord|deal|truce|ceasefire|cease-fire|pact|armistice|document|declaration|"
                     r"memorandum|charter|protocol|roadmap|treaty)\b", re.I)
_PEACE_PAPERS = frozenset({"document", "declaration", "charter", "protocol", "roadmap"})
_PEACE_WORDS = frozenset({"peace", "reconciliation", "ceasefire", "truce", "cessation", "non-aggression"})
# what shells are "of" when they are ammunition ("shells of artillery", "shells of 120mm calibre")
_SHELL_CALIBRES = frozenset({"artillery", "mortar", "calibre", "caliber", "ammunition", "tank", "howitzer", "gas"})
_AGREEMENT_NOUNS = frozenset({"deal", "agreement", "accord", "truce", "ceasefire", "cease-fire", "pact", "armistice"})
# what a strike by workers is called (`_triggers`: no attack)
_WORK_STOPPAGE_WORDS = frozenset({"national", "general", "nationwide", "indefinite", "labour", "labor", "hunger",
                                  "workers", "teachers", "doctors", "nurses", "transport", "transporters",
                                  "drivers", "truckers", "traders", "sit-down", "warning", "token", "hour", "day",
                                  "week", "wildcat", "rolling", "solidarity", "workers'", "teachers'", "doctors'",
                                  "nurses'", "miners", "miners'", "lawyers'", "dockers", "pilots"})
# who strikes by stopping work, and what they do to a strike
_STRIKING_WORKERS = frozenset({"worker", "teacher", "doctor", "nurse", "driver", "trucker", "trader", "employee", "staff",
                               "union", "miner", "lawyer", "pilot", "docker", "lecturer", "transporter", "shopkeeper",
                               "merchant", "farmer", "student", "physician", "medic", "pharmacist", "labourer", "laborer"})
_STAGING_VERBS = frozenset({"launch", "begin", "stage", "start", "hold", "observe",
                            "continue", "extend"})
_MAKING_VERBS = frozenset({"sign", "reach", "agree", "broker", "strike", "conclude", "seal", "announce", "ink"})
_WAR_WEAPONS = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
_NON_LETHAL = frozenset({"gas", "teargas", "tear-gas", "stun", "smoke", "flash", "sound", "rubber", "paint", "pepper"})
_FIGHTER_NOUNS = frozenset({"fighter", "member", "militant", "gunman", "militiaman", "rebel", "insurgent", "cadre"})
_SEIZING_LEMMAS = frozenset({"seize", "capture"})
# captives let go (`_triggers`: an agreement)
_RELEASING_VERBS = frozenset({"release", "free"})
# what a crowd wrecks (`_triggers`: a riot when a demonstration's crowd did it)
_WRECKING_VERBS = frozenset({"damage", "smash", "break", "wreck", "vandalise", "vandalize", "destroy", "shatter"})
# ... what it wrecks ("broke windows"; not "broke their fast", "damaged their own cause", "smashed a clay pot")
_BREAKABLE = frozenset({"window", "windowpane", "door", "gate", "glass", "windscreen", "windshield", "barricade",
                        "lock", "fence", "wall", "furniture", "camera", "vehicle", "car", "bus", "truck",
                        "office", "building", "shop", "store", "station", "booth", "property", "kiosk", "stall"})
# what a protest burns or breaks as a sign, not as damage (ACLED: a peaceful protest)
_SYMBOLIC_OBJECTS = frozenset({"effigy", "flag", "copy", "document", "poster", "photo", "photograph", "picture",
                               "portrait", "banner", "placard", "pot", "ballot", "card", "book", "newspaper"})
# verbs of people coming together (`_triggers`: a demonstration when they came to press a demand)
_CONVERGING_VERBS = frozenset({"converge", "gather", "assemble", "throng", "pack", "flock", "mass", "troop",
                               "congregate", "descend"})
# crowds and gatherings of other kinds (`_crowd_came_to_protest`)
_OTHER_CROWDS = frozenset({"mourner", "pilgrim", "worshipper", "worshiper", "fan", "passenger", "shopper", "voter",
                           "spectator", "tourist", "commuter", "procession", "devotee", "well-wisher"})
_NOT_A_PROTEST = re.compile(r"\b(?:funeral|procession|pilgrim\w*|welcom\w*|celebrat\w*|festival|match|concert|"
                            r"mourn\w*|the pope|lined up|queue\w*)\b", re.I)
# verbs of a crowd taking a place (`_crowd_came_to_protest`)
_CROWDING_VERBS = (_CONVERGING_VERBS - {"troop", "descend"}) | {"fill", "line", "walk", "brave", "crowd", "flood",
                                                             "pour", "stream", "occupy", "jam"}
_CROWD_NOUNS = frozenset({"thousand", "hundred", "dozen", "ten", "tens", "crowd", "youth", "mother", "family", "supporter",
                          "pensioner", "citizen", "voter", "demonstrator", "protester", "parent", "widow", "relative"})
_GRIEVANCE_NOUNS = frozenset({"anger", "opposition", "outrage", "discontent", "frustration", "fury", "dissatisfaction",
                              "grievance", "grievances", "demand", "demands", "anguish", "indignation"})
_PROTEST_PROPS = frozenset({"sign", "banner", "placard", "poster", "slogan", "portrait"})
# what people came together to do
_DEMANDING_VERBS = frozenset({"demand", "protest", "denounce", "condemn", "press", "decry"})
# who gathers to demand without demonstrating ("African Union leaders gathered in Addis Ababa to demand ...")
_OFFICE_HOLDERS = frozenset({"leader", "minister", "official", "lawmaker", "legislator", "senator", "delegate",
                             "diplomat", "president", "envoy", "bishop", "cleric", "governor", "mp", "representative"})


_RESTORING = ("restored", "re-established", "reestablished")


def _over_ground(span: SpacySpan) -> bool:
    """What control was restored over (the object after "over"/"of") is ground: a named place, or
    a town, district, base or the like ("restored control over Jabrayil", "over the airport")."""
    last = span[-1]
    place = next((c for c in last.children if c.dep_ == "pobj"), None)
    return place is not None and (place.pos_ == "PROPN" or place.lemma_.lower() in _HANDED_GROUND) and not (
        _UNREST_PEOPLE.search(span.sent.text))


# people whose unrest a state's forces end by restoring control (no ground taken from an armed side)
_UNREST_PEOPLE = re.compile(r"\b(?:riot\w*|inmates?|prisoners?|protesters?|demonstrators?|residents|fans|mobs?|"
                            r"clashes between)\b", re.I)


def _kin_of(tok: Token) -> bool:
    """`tok` describes people whose kin the sentence is about ("relatives of forcibly disappeared
    persons", "families of abducted students"): who they are, no deed of the sentence."""
    return (tok.dep_ == "amod" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "of"
            and tok.head.head.head.lemma_.lower() in _KIN_NOUNS)


# contraband proper (not cattle, cash or vehicles, which soldiers may take from civilians)
_DRUG_WORDS = frozenset({"drugs", "drug", "cocaine", "heroin", "methamphetamine", "meth", "cannabis", "marijuana",
                         "narcotics", "hashish", "opium", "tramadol", "contraband", "pills", "counterfeit", "smuggled"})


def _state_took(verb: Token, mentions: Sequence[ActorMention]) -> bool:
    """The subject of `verb` (or of the verb it is coordinated with or hangs on as a participle:
    "marines dismantled a laboratory and seized 1.5 tonnes of methamphetamine") is a state's forces."""
    v = verb
    while _subject_of(v) is None and (v.dep_ == "conj" or v.dep_ == "advcl" and v.tag_ == "VBG") and v.head is not v:
        v = v.head
    subj = _subject_of(v)
    return subj is not None and (subj.lemma_.lower() in _STATE_TAKERS or any(
        m.actor.inter == 1 and m.start <= subj.i < m.end for m in mentions))


def _crowd_came_to_protest(verb: Token) -> bool:
    """People who filled, lined or walked a place did so to protest: to press a demand, "in
    opposition to" or "in protest at" something, voicing anger, or holding signs or banners
    ("tens of thousands filled the avenue, waving flags in opposition to the bill", "mothers walked
    silently through the city to demand news of detained relatives")."""
    subj = _subject_of(verb)
    if _NOT_A_PROTEST.search(verb.sent.text) or subj is not None and subj.lemma_.lower() in _OTHER_CROWDS:
        return False  # mourners, pilgrims, fans, shoppers; a funeral, a procession, a welcome
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _SEIZED_PEOPLE | _CROWD_NOUNS for c in verb.children):
        return False  # "militants gathered residents for a sermon": people brought together by others
    if subj is None or subj.lemma_.lower() in _OFFICE_HOLDERS or not (
            subj.lemma_.lower() in _SEIZED_PEOPLE | _CROWD_NOUNS or subj.tag_ == "NNS" and subj.pos_ == "NOUN"):
        return False
    if _to_press_demands(verb):
        return True
    for w in verb.subtree:
        lemma = w.lemma_.lower()
        if w.dep_ == "pobj" and lemma in ("opposition", "protest", "defiance") and w.head.lower_ == "in":
            return True  # "in opposition to the bill", "in protest at the verdict"
        if lemma in ("chant", "shout") and w.tag_ == "VBG" and w.dep_ in ("advcl", "xcomp", "conj") and any(
                c.lower_ in ("for", "against") for c in w.subtree):
            return True  # "waving flags and chanting for the president to step down"
        if w.dep_ == "dobj" and lemma in _GRIEVANCE_NOUNS and w.head.lemma_.lower() in ("voice", "express", "vent"):
            return True  # "voicing anger over the theft of coal exports"
        if w.dep_ == "dobj" and lemma in _PROTEST_PROPS and w.head.lemma_.lower() in ("hold", "carry", "brandish", "wave",
                                                                                     "raise", "chant"):
            return True  # "holding signs", "carrying banners", "chanting slogans"
    return False


def _to_press_demands(verb: Token) -> bool:
    """`verb` has a purpose clause that presses a demand: "converged on parliament to demand action"."""
    subj = _subject_of(verb)
    if subj is not None and subj.lemma_.lower() in _OFFICE_HOLDERS:
        return False
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _DEMANDING_VERBS
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in verb.children)


# what captives are freed under (`_triggers`: an agreement the words settle)
_EXCHANGE_NOUNS = frozenset({"exchange", "swap", "deal", "agreement", "accord", "truce", "ceasefire"})
_RELEASED_CAPTIVES = frozenset({"prisoner", "hostage", "detainee", "captive", "soldier", "fighter", "militant",
                                "policeman", "rebel", "pow", "pows"})
# armed men taken prisoner are people, not ground
_CAPTURED_FIGHTERS = frozenset({"soldier", "fighter", "militant", "troop", "policeman", "rebel", "insurgent",
                                "jihadist", "militiaman", "gendarme", "serviceman", "combatant", "prisoner", "commander"})
_SEIZED_PEOPLE = frozenset({"journalist", "reporter", "leader", "coordinator", "activist", "official", "mayor",
                            "chief", "politician", "lawmaker", "candidate", "critic", "man", "woman", "boy",
                            "girl", "child", "people", "person", "civilian", "priest", "pastor", "imam",
                            "student", "worker", "trader", "farmer", "teacher", "doctor", "nurse", "hostage",
                            "tourist", "engineer", "blogger", "lawyer", "businessman", "villager", "resident",
                            "suspect", "thief", "robber", "kidnapper"})
# words for a number of people (`_seized_object`: the people are after "of")
_GROUP_OF_NOUNS = frozenset({"group", "number", "dozen", "dozens", "handful", "couple", "score", "scores", "band"})
_OUSTING_VERBS = frozenset({"push", "drive", "flush", "force", "kick", "chase"})
_PROTEST_LODGING_VERBS = frozenset({"lodge", "register", "file", "convey", "deliver", "hand", "issue", "send"})
_SPANS_OF_TIME = frozenset({"hour", "day", "week", "month", "year", "decade"})
_TALK_WORDS = frozenset({"hold", "meet", "meeting", "talk", "talks", "summon", "discuss", "ease", "visit",
                         "convene", "impose", "declare"})
_CONSEQUENCE_VERBS = frozenset({"cause", "spark", "prompt", "trigger", "provoke", "lead", "result"})
_EXPEL_LEMMAS = frozenset({"expel", "oust", "deport"})
_HARM_VERBS = frozenset({"kill", "injure", "wound", "maim", "hit", "strike"})
_BLAME_VERBS = frozenset({"attribute", "blame"})
_CROWD_SUBS = frozenset({"Mob violence", "Violent demonstration"})
# how a state protests to another: by summoning, recalling or expelling envoys, or lodging a note
_DIPLOMATIC_VERBS = frozenset({"summon", "recall", "lodge", "expel"})
# ... and who protests for it
_STATE_ORGANS = frozenset({"ministry", "embassy", "government", "consulate", "envoy", "ambassador",
                           "mission", "chancellery"})
# verbs by which a party owns or disowns a deed named as their object
_OWNING_VERBS = frozenset({"claim", "disown"})
# a part someone had in a deed: "denied involvement in the bombing", "any role in the attack"
_PART_NOUNS = frozenset({"involvement", "role", "complicity", "hand"})
_CAPTURE_LEMMAS = frozenset({"retake", "retook", "recapture", "capture", "seize", "take", "regain", "liberate",
                             "free", "wrest", "win", "reclaim", "clear", "recover"})
_HOSTING_VERBS = frozenset({"host", "house", "base", "station", "deploy", "garrison", "use"})


_DEATH_VERBS = frozenset({"kill", "wound", "injure"})


def _armed_victim(sent: SpacySpan, hits: Sequence[_Hit], mentions: Sequence[ActorMention],
                  main: Event) -> Actor | None:
    """The armed side a toll sentence names as the dead or wounded of the paragraph's one-sided
    main event, which has no second actor or has that side as its second: "An SDF fighter was
    killed." (nothing else said: a killing its only trigger, no word of another event)."""
    if (main.event_type not in VIOLENT_TYPES
            or not hits or not all(h.trigger.generic_attack for h in hits)
            or any(t.lower_ in _ANOTHER_EVENT_WORDS for t in sent)):
        return None
    for m in mentions:
        root = sent.doc[m.start:m.end].root
        while root.dep_ in ("compound", "amod", "nmod", "poss") and root.head is not root:
            root = root.head  # "an SDF fighter"
        if m.actor.inter in ARMED and m.actor.name != main.actor1 and (
                main.actor2 is None or main.actor2 == m.actor.name or main.actor2.startswith(m.actor.name + " ")) and (
                root.dep_ == "nsubjpass" and root.head.lemma_.lower() in _DEATH_VERBS
                or root.dep_ == "nsubj" and root.head.lemma_.lower() == "die"):
            return m.actor
    return None


_SUPPLY_VERBS = frozenset({"supply", "deliver", "sell", "ship", "provide", "transfer", "smuggle", "export",
                           "donate", "procure", "buy", "purchase", "acquire", "equip", "arm"})


def _supplied(tok: Token) -> bool:
    """The weapon `tok` names is what someone supplied, sold or delivered ("Iran supplied drones
    to Russia", "equipped the army with howitzers"), not a weapon used."""
    for a in [tok, *tok.ancestors][:3]:
        head = a.head
        if a.dep_ in ("dobj", "pobj", "conj") and (
                head.lemma_.lower() in _SUPPLY_VERBS
                or head.lower_ == "with" and head.head.lemma_.lower() in _SUPPLY_VERBS):
            return True
    return False


def _after_phrase(tok: Token) -> tuple[Token, str, set[str]] | None:
    """The "after"/"following" phrase or clause `tok` stands in, if any: its word that holds
    `tok`, the lemma of the word it hangs on, and the lemmas of the words of time measuring it
    ("two days after the attack", "hours after his arrest", however parsed; "a day after clashes
    left several people injured")."""
    for a in [tok, *tok.ancestors][:4]:
        if a.dep_ == "pobj" and a.head.lower_ in ("after", "following") and a.head.dep_ == "prep":
            prep = a.head
            spans = {c.lemma_.lower() for c in prep.children if c.dep_ == "npadvmod"} | {prep.head.lemma_.lower()}
            if prep.i > 0:
                spans.add(prep.nbor(-1).lemma_.lower())
            return a, prep.head.lemma_.lower(), spans
        if _marked(a, _AFTER):
            # (the span of time hangs on the clause's verb or on its "after": "came a week after the
            # leader was detained")
            return a, a.head.lemma_.lower(), {c.lemma_.lower() for m in (a, *(c for c in a.children if c.dep_ == "mark"))
                                              for c in m.children if c.dep_ == "npadvmod"}
    return None


def _after_what(tok: Token) -> bool:
    """`tok` names, in an "after"/"following" phrase, what came before a sentence whose own
    verb tells of no violence: "the two armies held a meeting after a firing incident"; or what
    went on for a span of time before the sentence's event, whatever its verb: "after weeks of
    fighting", "two days after the attack", "imposed a curfew, a day after clashes left several
    people injured"."""
    phrase = _after_phrase(tok)
    if phrase is None:
        return False
    a, governor, spans = phrase
    of = tok.head.head if tok.dep_ == "conj" else tok.head  # ("weeks of siege and clashes")
    if a.i != tok.i and a.lemma_.lower() in _SPANS_OF_TIME and of.lower_ == "of":
        return True  # "after weeks of fighting", "following years of war": what went before
    came = a.head.head if a.dep_ == "pobj" else a.head
    if governor == "come" and (subj := _subject_of(came)) is not None and (
            _definite(subj) or subj.lower_ in ("it", "this")):
        return True  # "the order came after several of its commanders were killed": what came before it
    return bool(spans & _SPANS_OF_TIME) or governor in _TALK_WORDS


def _whoever(noun: Token) -> bool:
    """`noun` stands for anyone at all: "any protester", "every man", "no one", "those"."""
    return noun.lower_ in ("anyone", "anybody", "whoever", "those", "everyone", "no-one") or any(
        c.dep_ == "det" and c.lower_ in ("any", "every", "no", "each") for c in noun.children)


def _followed(tok: Token) -> bool:
    """`tok` names what a told event followed, so came before it: "the executions followed a wave
    of arrests by the militants"."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SERIES_NOUNS):
        return False  # (a series or span of them: "a wave of arrests", "weeks of protests")
    node = tok.head.head
    if node.dep_ != "dobj" or node.head.lemma_.lower() != "follow":
        return False
    subj = _subject_of(node.head)
    return subj is not None and _definite(subj)


def _hours_after(tok: Token) -> bool:
    """`tok` is what happened hours or a day or two before: "a day after an aerial bombardment
    that killed 17", "hours after clashes left two dead" (not "visited the village hours after
    the attack")."""
    phrase = _after_phrase(tok)
    return phrase is not None and phrase[1] not in _TALK_WORDS and bool(phrase[2] & _HOURS)


_HOURS = frozenset({"hour", "day", "minute"})
_SERIES_NOUNS = _SPANS_OF_TIME | {"wave", "series", "spate", "string", "spell", "round", "flurry"}


def _named_event(tok: Token) -> bool:
    """`tok` names a known event by a name: "the Uri attack", "the Easter Sunday bombings"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _called_violent(tok: Token) -> bool:
    """The protest word `tok` is called violent: "violent protests", "violence erupted during
    the march" (not "a protest against violence")."""
    if any(c.dep_ == "amod" and c.lemma_.lower() == "violent" for c in tok.children):
        return True
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("during", "at", "in"):
        return False
    if prep.head.lemma_.lower() == "violence" or any(
            c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lemma_.lower() == "violence" for o in c.children)
            for c in prep.head.children):
        return True  # "violence during the march", "two people were hurt in violence during the march"
    return prep.head.lemma_.lower() in ("erupt", "break", "flare", "ensue") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "violence" for c in prep.head.children)


# what a crowd sets alight, throws or smashes, with the words apart: "set the station ablaze",
# "set part of the building on fire", "threw firecrackers and stones at", "smashed bank windows"
_ABLAZE_WORDS = frozenset({"alight", "ablaze", "afire"})
_THROWN_NOUNS = frozenset({"stone", "rock", "brick", "firecracker", "bottle", "cocktail", "projectile", "molotov"})
_THROWING_VERBS = frozenset({"throw", "hurl", "pelt", "lob"})
_SMASHED_NOUNS = frozenset({"window", "windscreen", "windshield", "shopfront", "storefront", "glass"})
_DEED_VERBS = _THROWING_VERBS | {"set", "smash", "shatter"}
# what a road is barricaded with
_BARRICADE_MATERIALS = frozenset({"stone", "rock", "log", "tree", "trunk", "branch", "tyre", "tire", "boulder",
                                  "barricade", "rubble", "debris", "barrel", "pole"})
# a crowd's harm done with its own hands (not burning tyres or blocking roads, which ACLED
# often codes as peaceful protest)
_CROWD_HARM_LEMMAS = frozenset({"vandalize", "vandalise", "ransack", "loot", "torch", "pelt", "smash", "attack",
                                "assault", "beat", "damage", "destroy", "stone", "injure", "wreck"})


_BASE_NOUNS = frozenset({"camp", "base", "headquarters", "headquarter", "outpost", "checkpoint", "garrison", "post",
                         "barracks", "barrack"})
_CONVERTING_VERBS = frozenset({"turn", "convert", "transform"})
_SETTING_UP_VERBS = frozenset({"establish", "open", "build", "erect", "install", "instal"})  # (the lemmatiser's "instal")


def _objects(verb: Token) -> list[Token]:
    """What `verb` acts on: its direct object (or passive subject) and the words coordinated
    with it ("threw firecrackers and stones")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objs + [x for o in objs for x in o.conjuncts]


def _base_set_up(verb: Token) -> bool:
    """A base, camp or headquarters set up, with the words apart: "set up a permanent camp",
    "opened what it calls an administrative headquarters"."""
    lemma = verb.lemma_.lower()
    if lemma in _CONVERTING_VERBS:
        # "turned the governor's residence into their headquarters", "into a command centre"
        return _put_into(verb, _BASE_NOUNS) or any(
            c.dep_ == "prep" and c.lower_ == "into" and any(
                p.lemma_.lower() in ("centre", "center", "hub") and any(
                    m.lemma_.lower() in ("command", "operations", "military") for m in p.children)
                for p in c.children) for c in verb.children)
    if not (lemma in _SETTING_UP_VERBS or lemma == "set" and _particle(verb, "up")):
        return False
    objs = _objects(verb)
    # ("what it calls an administrative headquarters")
    objs += [x for c in verb.children if c.dep_ == "ccomp" for x in c.children if x.dep_ in ("dobj", "oprd")]
    return any(o.lemma_.lower() in _BASE_NOUNS for o in objs)


def _particle(verb: Token, word: str, deps: tuple[str, ...] = ("prt", "prep")) -> bool:
    """`verb` takes the particle `word`, however the parser hangs it ("handing the camp over",
    "drove the militants out", "set up a camp"; "led them away" with `deps` holding "advmod")."""
    return any(c.dep_ in deps and c.lower_ == word for c in verb.children)


def _put_into(verb: Token, nouns: frozenset[str], preps: tuple[str, ...] = ("into",)) -> bool:
    """`verb` puts something into one of `nouns` (or, with `preps`, onto or from one), whatever
    is named between ("took the blogger into custody", "bundled dozens of women into vans",
    "turned it into a headquarters", "took four men from a house")."""
    return any(c.dep_ == "prep" and c.lower_ in preps and any(p.lemma_.lower() in nouns for p in c.children)
               for c in verb.children)


def _fired_crowd_control(verb: Token) -> bool:
    """What `verb` fired is crowd control: "fired tear gas", "fired water cannon", "fired rubber
    bullets", "fired tear gas canisters"."""
    return any(c.dep_ == "dobj" and {t.lower_ for t in c.subtree} & (_NON_LETHAL | {"cannon", "cannons"})
               for c in verb.children)


def _harm_told(text: str) -> bool:
    """The text tells of people harmed, leaving out what it denies ("No one was killed, but 14
    were injured" tells harm; "No injuries were reported" none)."""
    return bool(_HARM_WORDS.search(_NO_HARM.sub(" ", text)))


def _harm_or_fight(text: str) -> bool:
    """The text tells of people harmed ("two died") or of fighting ("after the clash"): weapons
    found there may have been used."""
    return bool(_HARM_WORDS.search(text)) or any(
        w.startswith(_FIGHT_PREFIXES) and not w.startswith("fighter") for w in _WORD.findall(text.lower()))


def _held_by(verb: Token) -> set[int]:
    """The tokens of what `verb` (or a verb joined to it: "shot down or jammed several drones")
    acts on or with: its subjects, objects and prepositional phrases, with the nouns the parser
    joins to the verb itself ("recovered three rifles and two grenades"); not a clause hanging
    from it."""
    return {t.i for v in (verb, *verb.conjuncts) for c in v.children
            if c.dep_ in _NOMINAL_DEPS or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for t in c.subtree}


def _weapons_found(verb: Token, goods: frozenset[str]) -> bool:
    """`verb` finds or takes weapons: its object ("recovered two hand grenades"), or its subject
    when passive ("an explosive device was detected"), is a weapon, and is not a place or
    people ("seized the town", "found the bodies")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [c for f in found for c in f.conjuncts]
    found += [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
    # (what a number of things is of: "removed 300 pieces of unexploded ordnance")
    found += [p for f in list(found) if f.lemma_.lower() in _PIECE_NOUNS for c in f.children
              if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if any(t.lemma_.lower() in _MINING_WORDS for t in verb.sent):
        found = [f for f in found if f.lemma_.lower() != "mine"]  # "rescuers cleared the collapsed mine"
    return any(f.lemma_.lower() in _FOUND_WEAPONS or f.lower_ in goods for f in found)


_MINING_WORDS = frozenset({"miner", "coal", "gold", "shaft", "rescuer", "collapse", "mining", "copper", "diamond"})


_PIECE_NOUNS = frozenset({"piece", "item", "unit", "round", "quantity", "cache", "stockpile", "tonne", "ton", "kilogram",
                          "kg", "box", "crate", "consignment"})


def _rammed_with_explosives(verb: Token) -> bool:
    """`verb` drives a vehicle packed with explosives into something: "drove two explosive-packed
    vehicles into a camp", "rammed an explosives-laden truck into the gate", "a car bomb was
    driven into the checkpoint", "a car packed with explosives rammed the gate"."""
    for c in verb.children:
        rammed = c.dep_ == "nsubj" and verb.lemma_.lower() in ("ram", "crash", "smash", "plough", "plow")
        if c.dep_ not in ("dobj", "nsubjpass") and not rammed or c.lemma_.lower() not in _RAMMED_VEHICLES | {"bomb"}:
            continue
        # (a vehicle that itself rammed something: "a car packed with explosives rammed the gate")
        into = rammed or any(x.dep_ == "prep" and x.lower_ in ("into", "through", "at")
                             for x in (*verb.children, *(t for t in c.subtree if t.i > c.i)))
        # (what it was laden with, before or after it: "an explosive-laden truck", "two vehicles
        # packed with explosives")
        words = {t.lemma_.lower() for t in c.subtree} | {c.lemma_.lower()}
        if into and (words & {"explosive", "bomb", "booby"} or "explosive" in c.text.lower()):
            return True
    return False


def _taken_away(verb: Token) -> bool:
    """`verb` takes people away ("took 4 young men from a house", "led 11 of the drivers away",
    "were taken from their hostel by men in plain clothes"), and whoever took them is no state's
    force the words name ("police took him away")."""
    taken = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    subj = _subject_of(verb)
    if not (_particle(verb, "away", ("prt", "advmod")) or _particle(verb, "off", ("prt",))
            or _put_into(verb, _TAKEN_FROM, ("from",)) or _to_unknown_place(verb)
            # (the place hung off the people taken: "took 287 pupils and teachers from a school")
            or any(_put_into(c, _TAKEN_FROM, ("from",)) for c in taken)
            # (or armed men taking a number of people: "fighters took about 40 people during a raid")
            or verb.lemma_.lower() == "take" and subj is not None and subj.lemma_.lower() in _ARMED_TAKERS
            and any(x.dep_ == "nummod" or x.pos_ == "NUM" for c in taken for x in (c, *c.children))):
        return False
    if not taken and verb.dep_ == "conj":
        # "were stopped at a roadblock and driven away": the people of the verb it is coordinated with
        taken = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    # (a count of them: "11 of the drivers")
    taken += [p for c in taken if c.pos_ == "NUM" for o in c.children if o.dep_ == "prep" and o.lower_ == "of"
              for p in o.children if p.dep_ == "pobj"]
    if subj is not None and (subj.pos_ == "PRON" or subj.lemma_.lower() in _CROWD_TAKERS):
        return False  # "they took him away" (who?); "a mob dragged him from his home": the crowd's violence
    if any(v.lemma_.lower() in _KILLING_AFTER for v in verb.conjuncts):
        return False  # "dragged him from his home and shot him": killed, not taken (ACLED: an attack)
    # (people the text named before: "they were taken from their hostel by men in plain clothes",
    # with the takers named)
    if not any(c.ent_type_ == "PERSON" or c.lemma_.lower() in _TAKEN_PEOPLE
               or c.pos_ == "PRON" and subj is not None for c in taken):
        return False
    return subj is None or not any(t.lemma_.lower() in _STATE_TAKERS for t in subj.subtree)


def _person_burned_or_stoned(verb: Token) -> bool:
    """`verb` sets alight, burns or stones a person: "doused him with petrol and set him alight",
    "burnt him alive", "stoned and burnt 13 suspected gang members" (not the means of a killing
    its own verb tells: "killed a man by setting him on fire")."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or verb.dep_ == "pcomp" or not (
            lemma == "set" and _riot_deed(verb) or lemma in ("stone", "burn")):
        return False
    people = _objects(verb) or [x for v in verb.conjuncts for x in _objects(v)]
    return any(o.lower_ in ("him", "her") or o.lower_ == "them" and lemma != "set"
               or o.ent_type_ == "PERSON" or o.lemma_.lower() in _HARMED_PEOPLE for o in people)


def _reciprocal(verb: Token) -> bool:
    """`verb` is done by its subject's members to one another: "fired on each other", "attacked
    one another"."""
    return any((c.dep_ == "prep" and any(_each_other(p) for p in c.children)) or _each_other(c)
               for c in verb.children) or (verb.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "between" and any(
            p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS") and not p.conjuncts for p in c.children)
        for c in verb.children))  # "revenge killings between different clan sections"


# violence told as a noun that may be between members of one kind of group ("revenge killings between
# different clan sections")
_FEUD_NOUNS = frozenset({"killing", "fighting", "clash", "violence", "feud", "attack", "skirmish"})


def _warning_shots(verb: Token) -> bool:
    """`verb` fires at nobody: "fired into the air", "fired warning shots (in the air)"."""
    shots = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "shot"]
    return _put_into(verb, _SKY, ("into", "in")) or any(
        any(a.lower_ == "warning" for a in c.children) or _put_into(c, _SKY, ("into", "in")) for c in shots)


def _each_other(tok: Token) -> bool:
    return (tok.lower_ == "other" and any(c.lower_ == "each" for c in tok.children)
            or tok.lower_ in ("one", "another") and any(c.lower_ in ("one", "another") for c in tok.children)
            or tok.lower_ == "another" and tok.i > 0 and tok.nbor(-1).lower_ == "one")


def _moments_into(verb: Token) -> bool:
    """`verb` is what was under way moments before: "rounded up within minutes of unfurling a
    banner", "detained shortly after starting their march"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "after"):
        return False
    prep = verb.head
    return prep.head.lemma_.lower() in ("minute", "moment", "second") or any(
        c.dep_ == "advmod" and c.lower_ in ("shortly", "soon", "immediately", "just") for c in prep.children)


def _to_unknown_place(verb: Token) -> bool:
    """`verb` takes someone to a place nobody knows: "driven away to an unknown location", "taken
    to an undisclosed destination"."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.lemma_.lower() in ("location", "destination", "place") and any(
            a.dep_ == "amod" and a.lower_ in ("unknown", "undisclosed") for a in p.children)
        for p in c.children) for c in verb.children)


def _ground_handed(verb: Token) -> bool:
    """`verb` hands over ground or a post ("handed over the K1 air base", "handing the camp
    over"): the words settle a non-violent transfer."""
    return verb.lemma_.lower() == "hand" and any(c.dep_ == "dobj" and c.lemma_.lower() in _HANDED_GROUND
                                                 for c in verb.children)


# a seizure of power, unless the word only describes someone ("anti-coup protesters")
_COUP_WORDS = frozenset({"coup", "putsch"})
_CUSTODY = frozenset({"custody"})
# a detention nobody acknowledges ("police deny holding him"): a forced disappearance
_DISAPPEARED = re.compile(
    r"\bden(?:y|ies|ied|ying)\s+(?:holding|detaining|having\s+(?:arrested|detained|taken)|(?:any\s+)?knowledge\s+of)\b|"
    r"\brefus\w*\s+to\s+(?:confirm|acknowledge|disclose)\b|\bwhereabouts\s+(?:remain|are|is|were)\s+(?:still\s+)?unknown\b|"
    r"\b(?:has|have)\s+not\s+been\s+(?:seen|heard\s+from)\s+since\b|\b(?:has|have|had)\s+been\s+missing\s+since\b|\bnot\s+(?:been\s+)?acknowledged\s+(?:his|her|their)\s+detention\b|"
    r"\bno\s+\w+\s+has\s+acknowledged\s+(?:his|her|their)\s+detention\b|"
    r"\b(?:unable\s+to\s+(?:learn|find\s+out|establish)|(?:do|does|did)\s+not\s+know|don't\s+know)\s+where\s+"
    r"(?:he|she|they)\s+(?:is|are|was|were)\s+(?:being\s+)?(?:held|detained|kept|taken)\b", re.I)
# what a protest word may describe without a protest held ("protest leaders", "the protest movement")
_PROTEST_DESCRIBED = frozenset({"leader", "organiser", "organizer", "movement", "song", "figure", "icon", "anthem",
                                "coordinator", "committee", "singer", "poet", "rapper"})
# what a state's forces do to property when they plunder it ("soldiers looted shops", "troops set fire to houses")
_PLUNDER_LEMMAS = frozenset({"loot", "ransack", "plunder", "pillage", "torch", "burn"})
# where warning shots go ("fired into the air")
_SKY = frozenset({"air", "sky"})
# what aircraft drop on a place
# what a transfer of ground was "without"
_UNFOUGHT = frozenset({"fight", "fighting", "resistance", "shot", "bloodshed", "battle", "clash", "struggle"})
# places a word of detention names ("a detention centre"), and kin who speak for the taken
_SITE_NOUNS = frozenset({"centre", "center", "facility", "camp", "cell", "site", "unit", "block", "ward", "room"})
_KIN_NOUNS = frozenset({"relative", "family", "mother", "father", "parent", "wife", "husband", "son", "daughter",
                        "kin", "widow", "sister", "brother", "child", "loved"})
# what ends a blockade or siege
_LIFTING_VERBS = frozenset({"lift", "end", "ease", "break", "remove", "raise"})
# verbs of throwing by hand (`_bomb_thrown`); bombs of fuel a riot throws
_HAND_THROWING = frozenset({"throw", "hurl", "toss", "lob", "fling"})
_FIRE_BOMBS = frozenset({"petrol", "gasoline", "fire", "molotov", "incendiary", "smoke", "paint", "stink", "tear", "gas",
                         "stun", "sound", "teargas"})
# who throws bombs in a riot or a brawl, and the words of a crowd's fight
_THROWING_CROWDS = frozenset({"rioter", "youth", "supporter", "worker", "mob", "crowd", "protester", "demonstrator",
                              "student", "villager", "activist", "cadre"})
_CROWD_FIGHT = re.compile(r"\b(?:clash\w*|ston(?:es|ing)|stone-pelting|pelt\w*|each other)\b", re.I)
_DROPPED = frozenset({"barrel", "bomb", "explosive", "munition", "grenade", "ordnance", "payload"})
# people taken away (`_taken_away`): by whom, from where, who
_LEADING_AWAY_VERBS = frozenset({"take", "lead", "march", "whisk", "drag", "carry", "herd", "spirit", "snatch",
                                 "drive"})
_TAKEN_FROM = frozenset({"home", "house", "hostel", "dormitory", "school", "village", "bus", "vehicle", "car",
                         "hamlet", "settlement", "homestead", "town", "neighbourhood", "neighborhood",
                         "office", "church", "mosque", "farm", "residence", "camp", "shop", "compound", "market",
                         "field", "hotel", "room", "road", "highway", "boat", "vessel", "taxi", "motorcycle"})
# armed men whose taking of a number of people is an abduction (`_taken_away`)
_ARMED_TAKERS = frozenset({"fighter", "gunman", "gunmen", "militant", "rebel", "insurgent", "jihadist", "militiaman",
                           "bandit", "kidnapper", "attacker", "assailant"})
_TAKEN_PEOPLE = _SEIZED_PEOPLE | {"driver", "passenger", "elder", "crewman", "crew", "pupil", "schoolgirl",
                                  "schoolboy", "worshipper", "youth", "chairman", "councillor", "relative", "parent",
                                  "son", "daughter", "wife", "husband", "father", "mother", "brother", "sister",
                                  "traveller", "herder", "miner", "motorist", "fisherman", "employee"}
# (a crowd that drags someone off does a crowd's violence; one that kills them after, an attack)
# people a crowd burns or stones (`_person_burned_or_stoned`): "stoned and burnt 13 suspected gang members"
_HARMED_PEOPLE = _TAKEN_PEOPLE | {"member", "criminal", "witch", "wizard", "burglar", "rapist", "bandit"}
_KILLING_VERBS = frozenset({"kill", "execute", "behead", "murder", "slaughter", "massacre"})
_CROWD_TAKERS = frozenset({"mob", "crowd", "villager", "resident", "people", "youth", "mourner"})
_KILLING_AFTER = frozenset({"kill", "shoot", "beat", "lynch", "execute", "behead", "stab", "hack", "torture",
                            "burn", "murder", "hang"})
_STATE_TAKERS = frozenset({"police", "policeman", "officer", "soldier", "troop", "army", "force", "agent",
                           "operative", "gendarme", "authority", "military"})
# armed men or units a force stops from marching (`_protest_prevented`: no protest)
_ARMED_MARCHERS = _ARMED_TAKERS | _STATE_TAKERS | {"militia", "convoy", "column", "band", "unit"}
# what a state's forces do to a protest they stop before or as it starts (`_protest_prevented`)
_PREVENTING_VERBS = frozenset({"prevent", "stop", "bar"})
# what people are prevented from beginning ("from starting their march", "from holding a rally")
_BEGINNING_VERBS = frozenset({"start", "begin", "hold", "stage", "launch", "continue", "join", "resume"})
# what the blockaders or marchers did to their blockade or march (`_blocked_by_no_protester`)
_STARTING_VERBS = frozenset({"announce", "declare", "impose", "begin", "start", "launch", "lay", "enforce",
                             "mount", "stage", "continue", "tighten"})
# people bundled or dragged into vans are taken away (with the words between: "bundled dozens of women into vans")
_BUNDLING_VERBS = frozenset({"bundle", "drag", "haul", "shove", "push", "throw", "load"})
_POLICE_VEHICLES = frozenset({"van", "truck", "vehicle", "bus", "lorry", "pickup", "car", "jeep", "wagon"})
# ... and the vehicles police stop ("intercepted their minibus": no weapons disrupted)
_STOPPED_VEHICLES = _POLICE_VEHICLES | {"minibus", "taxi", "motorcycle", "motorbike", "convoy", "boat", "canoe"}
# a demonstration the text says passed without force
_CALLED_PEACEFUL = re.compile(r"\b(?:ended|passed off|went off|dispersed|remained|was|were|proceeded)\s+"
                              r"(?:largely\s+|mostly\s+)?peaceful(?:ly)?\b|\bwithout (?:any )?incidents?\b"
                              r"|\bno incidents? (?:was |were )?(?:reported|recorded)\b", re.I)
# what struck a gathering the gathering's name can modify ("the rally bombing")
_STRUCK_GATHERINGS = frozenset({"bombing", "blast", "attack", "explosion", "shooting", "massacre", "stampede"})
# who a place falls to ("fell to government forces", "fell into the hands of the rebels")
_TAKERS = frozenset({"force", "troop", "army", "rebel", "militia", "militiaman", "jihadist", "insurgent", "militant",
                     "fighter", "group", "soldier", "government", "regime", "separatist", "junta"})
# people nobody names who burn what is not theirs ("unknown arsonists", "unidentified persons")
_ARSON_HANDS = frozenset({"arsonist", "miscreant", "assailant", "attacker", "man", "person", "individual", "people"})


def _unknown_hands(subject: Token) -> bool:
    """`subject` is people nobody names: "unknown arsonists", "unidentified persons",
    "masked men", "miscreants"."""
    lemma = subject.lemma_.lower()
    return lemma in ("arsonist", "miscreant") or lemma in _ARSON_HANDS and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _UNKNOWN_WORDS for c in subject.children)


def _barricaded(verb: Token) -> bool:
    """A road blocked with stones, logs or tyres ("blocked the road with stones and tree trunks"):
    barricades (ACLED's codebook: a violent demonstration), not a crowd standing in the road."""
    if verb.lemma_.lower() != "block":
        return False
    things = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
    return any(t.lemma_.lower() in _BARRICADE_MATERIALS for o in things for t in (o, *o.conjuncts))


def _riot_deed(verb: Token) -> bool:
    """A crowd's deed with its words apart (see `_ABLAZE_WORDS` and the sets beside it)."""
    lemma = verb.lemma_.lower()
    if lemma not in _DEED_VERBS or verb.dep_ == "pcomp" and verb.head.lower_ == "for":
        return False  # (not "detained for hurling a Molotov cocktail": what someone is held for)
    objs = _objects(verb)
    if lemma == "set":
        return bool(objs) and any(
            c.lower_ in _ABLAZE_WORDS or c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "fire" for p in c.children)
            for c in verb.subtree if c.i > verb.i and c.pos_ != "VERB")
    if lemma in _THROWING_VERBS:
        things = objs + [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
        return any(o.lemma_.lower() in _THROWN_NOUNS for o in things)
    return any(o.lemma_.lower() in _SMASHED_NOUNS for o in objs)  # smash, shatter


# a fight of bare hands (`_crowd_side`): "a brawl between the demonstrators and the police"
_SCUFFLE_WORDS = frozenset({"scuffle", "brawl", "tussle", "altercation", "fistfight", "scuffling"})
# what people block in protest: "blocked the Puente Vela sector", "blocking the main artery"
_THOROUGHFARES = frozenset({"road", "highway", "street", "route", "sector", "bridge", "junction", "roundabout",
                            "intersection", "traffic", "railway", "rail", "track", "entrance", "access", "motorway",
                            "avenue", "crossing", "artery", "boulevard", "square", "expressway", "thoroughfare",
                            "gate", "highways", "roads", "streets", "routes", "bridges", "roundabouts", "tracks"})

# what blocks roads without protesting
_NATURE_BLOCKERS = frozenset({"snow", "snowfall", "snowstorm", "rain", "rainfall", "debris", "rock", "boulder",
                              "mud", "tree", "water", "ice", "fog", "sand", "dune"})

# verbs of taking part in a protest named as a noun ("staging a sit-in", "joined the march")
_PARTICIPATION_LEMMAS = frozenset({"stage", "hold", "join", "lead", "participate", "attend"})


def _protest_verb(tok: Token) -> Token | None:
    """The verb saying someone protested: the protest word itself when a verb, or the verb of
    taking part whose object (or object's modifier) it is ("staging a protest camp", "taking
    part in a march"); None for a protest only named ("covering a demonstration")."""
    if tok.pos_ == "VERB":
        return tok
    t = tok
    for _ in range(4):
        if t.dep_ not in ("compound", "dobj", "pobj", "prep") or t.head is t:
            return None
        t = t.head
        if t.pos_ == "VERB":
            lemma = t.lemma_.lower()
            if lemma == "stag":
                lemma = "stage"  # (spaCy's lemma of "staging")
            if lemma in _PARTICIPATION_LEMMAS or lemma == "take" and any(c.lower_ == "part" for c in t.children):
                return t
            return None
    return None


# who owns nothing: "nobody claimed it"
_NOBODY = frozenset({"nobody", "none", "no-one"})
# what is done to a protest that does not take place: "suspended its blockade", "called off the strike"
_CALLING_OFF = frozenset({"suspend", "cancel", "postpone", "defer", "withdraw", "abandon", "halt"})
# who planned or backed a known deed: "the attack was masterminded by ..."
_PLANNING_VERBS = frozenset({"direct", "plan", "orchestrate", "mastermind", "order", "sponsor", "engineer",
                             "fund", "finance", "instigate", "plot"})
# where force met a demonstration: "detained at the rally", "shot during a march", "fired on a march"
_AT_EVENT_PREPS = frozenset({"at", "during"})
_OFF_DUTY = re.compile(r"\boff[- ]duty\b|\bon (?:home )?leave\b|"
                       r"\b(?:at|in|inside|outside|in front of|near) (?:his|her|their) (?:own )?(?:house|home|residence)\b|"
                       r"\b(?:former|retired|ex-)\s*(?:[\w-]+\s+){0,3}?"
                       r"(?:soldiers?|policem[ae]n|police|officers?|army|military|servicem[ae]n|troopers?|guards?)\b",
                       re.I)
_UNSURE = re.compile(r"\b(?:not clear|unclear|unknown) (?:from the source )?(?:if|whether)\b", re.I)
_FORCE_AT_PREPS = _AT_EVENT_PREPS | {"on", "into", "upon"}


def _called_off(tok: Token) -> bool:
    """The protest word is what someone called off, suspended or postponed ("called off the
    strike", "the march was cancelled", "suspended its road blockade programme")."""
    t = tok
    while t.dep_ in ("compound", "nmod") and t.head is not t:
        t = t.head
    if t.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = t.head
    lemma = verb.lemma_.lower()
    return lemma in _CALLING_OFF or lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)


def _defected(verb: Token) -> bool:
    """Armed men joining a named group ("35 soldiers, policemen and militia members joined the
    Taliban", "a commander and his fighters joined the SDF")."""
    subj = _subject_of(verb)
    group = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if subj is None or group is None or group.pos_ != "PROPN" and group.lemma_.lower() not in _REBEL_NOUNS:
        return False
    return any(t.lemma_.lower() in _DEFECTORS or t.lemma_.lower() == "member" and any(
        x.lemma_.lower() in _ARMED_BODIES for x in t.subtree) for t in subj.subtree)


def _group_dissolved(tok: Token) -> bool:
    """A party, movement or group dissolved, disbanded or proscribed ("the court dissolved the
    opposition party", "ordered the dissolution of the party", "the militia said it was
    disbanding itself"), or designated a terrorist
    organisation ("designated IPOB as a terrorist organisation")."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma in _DISSOLVING_VERBS:
        if any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in tok.children) or not any(
                c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            # a group dissolving itself, or with no object ("a militia announced that it was dissolving
            # itself", "... that it was dissolving"): the group is the subject, or who said "it" was
            subj = _subject_of(tok)
            if subj is not None and subj.lower_ in ("it", "they"):
                sayer = next((a for a in tok.ancestors if a.pos_ == "VERB" and _subject_of(a) is not None), None)
                subj = _subject_of(sayer) if sayer is not None else None
            return subj is not None and subj.lemma_.lower() in _BANNED_GROUPS
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in _BANNED_GROUPS for c in tok.children)
    if tok.pos_ == "NOUN" and lemma in _DISSOLVING_NOUNS:
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _BANNED_GROUPS for g in c.children) for c in tok.children)
    if tok.pos_ == "VERB" and lemma == "designate":
        return any(c.dep_ in ("prep", "oprd", "dobj", "ccomp", "xcomp") and any(
            t.lemma_.lower() in ("terrorist", "terror") for t in c.subtree) for c in tok.children)
    return False


def _avenged(tok: Token) -> bool:
    """`tok` is named in what the event avenged: "killed 12 herders in revenge for an attack on an
    SSPDF soldier" (the armed side named there is no side of this event)."""
    return any(a.lower_ == "for" and a.head.lower_ in ("revenge", "retaliation", "reprisal") for a in tok.ancestors)


def _clause_verb(tok: Token) -> Token:
    """The verb of the clause `tok` is in (itself when it is one; the root when there is none)."""
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            return t
        t = t.head
    return t


def _own_deed_claimed(tok: Token) -> bool:
    """`tok` is a known deed a group says it carried out, however the saying is worded ("the group
    said in a statement that it carried out the ambush that killed soldiers", "said its fighters
    carried out the attack on the engineers"): who did it, not the deed told anew."""
    # (or a word of its relative clause: "the ambush that killed soldiers")
    deed = next((a for a in [tok, *tok.ancestors][:3] if a.dep_ == "dobj" and a.head.lemma_.lower() == "carry"), None)
    if deed is None or not _definite(deed):
        return False
    done = deed.head
    subj = _subject_of(done)
    own = subj is not None and (subj.lower_ in ("it", "they") or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children))
    return own and done.dep_ == "ccomp" and done.head.lemma_.lower() in ("say", "claim", "state", "announce")


def _new_deed_announced(span: SpacySpan) -> bool:
    """"said it carried out" with a deed nobody told before for its object ("said it carried out an
    air strike against the militants"; not "the attack", "Friday's bombing": who did a known event)."""
    done = next((t for t in span if t.lemma_.lower() == "carry"), None)
    if done is None:
        return False
    objs = [c for c in done.children if c.dep_ == "dobj"]
    return bool(objs) and not any(_definite(o) or any(c.dep_ == "poss" for c in o.children) for o in objs)


def _nobody_claimed(word: Token) -> bool:
    """A claim (the claiming verb, or the claim's noun under it) denied to anyone: "no group has
    claimed responsibility", "no one took credit", "the attack has not been claimed", "there was
    no claim of responsibility"."""
    verb = word.head if word.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and word.head is not word else word
    return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no"
               or c.dep_ in ("nsubj", "nsubjpass", "expl") and (
                   c.lower_ in _NOBODY or any(d.lower_ == "no" and d.dep_ in ("det", "neg", "amod") for d in c.children))
               for c in verb.children)


def _met_protest(groups: dict[str, list[_Hit]], key: str, gone: Sequence[_Hit], force: Trigger,
                 named: Sequence[_Hit] | None = None) -> list[_Hit]:
    """The hits `gone` of group `key` told of the force the sentence's demonstration met: they
    leave their group (dropped when emptied), the demonstration's reading is settled, and the
    force (`named`, by default the same hits) is returned as modifiers of trigger `force`."""
    groups["Protests"] = [replace(h, settled=True) for h in groups["Protests"]]
    kept = [h for h in groups[key] if h not in gone]
    if kept:
        groups[key] = kept
    else:
        del groups[key]
    return [replace(h, trigger=force) for h in (gone if named is None else named)]


def _at_event(verb: Token, heads: set[int], preps: frozenset[str] = _AT_EVENT_PREPS) -> bool:
    """`verb` happened at one of the events named at `heads`: "detained at the rally", "shot
    during a march", "a student at the sit-in was beaten" (with `preps` "on", "into": "fired on
    a march"), or to people the sentence tells were protesting ("fired on students protesting",
    "shot dead a man taking part in protests"), or while they did ("opened fire on supporters as
    they gathered to protest")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and verb.dep_ == "conj":
        # "protesters were shot and beaten": the people of the verb it is coordinated with
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass")]
    for t in (verb, *objects):
        for prep in t.children:
            if prep.dep_ == "prep" and prep.lower_ in preps and any(
                    o.i in heads or any(c.i in heads and c.dep_ == "compound" for c in o.children)
                    or _described_as(o, heads)
                    for o in prep.children if o.dep_ in ("pobj", "pcomp")):
                return True
    # ("villagers who were demonstrating against the mine were shot by police": people the
    # passive names as protesting)
    if any(_described_as(o, heads) for o in objects if o.dep_ == "dobj" or o.dep_ == "nsubjpass" and any(
            c.dep_ == "relcl" for c in o.children)):
        return True
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("as", "while", "when")
                                     for m in c.children) \
                and any(h == c.i or c.is_ancestor(verb.doc[h]) and not _reason_for(verb.doc[h]) for h in heads):
            return True
    return False


# the links of a clause that describes people ("students protesting", "a man taking part in protests")
_DESCRIBING_DEPS = frozenset({"acl", "relcl", "appos", "prep", "pobj", "xcomp", "advcl", "dobj", "conj", "compound"})


def _described_as(people: Token, heads: set[int]) -> bool:
    """A clause describing `people` names one of the events at `heads`: "students protesting
    peacefully", "residents who were blocking the road to protest", "a man taking part in
    protests" (not what they were held for: "a man arrested for organising protests")."""
    for h in heads:
        node = people.doc[h]
        if node.i == people.i or not people.is_ancestor(node) or _reason_for(node):
            continue
        while node.i != people.i and node.dep_ in _DESCRIBING_DEPS:
            node = node.head
        if node.i == people.i:
            return True
    return False


def _is_forces(tok: Token, forces: set[int]) -> bool:
    """`tok` is one of state forces' words, or a person named by them ("a police officer")."""
    return tok.i in forces or any(c.dep_ == "compound" and c.i in forces for c in tok.children)


def _deed_and_means(verb: Token) -> tuple[Token, ...]:
    """`verb`, and the verb it tells the toll of ("cracked down on the march, killing four")."""
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ == "VERB":
        return (verb, verb.head)
    return (verb,)


def _by_forces(verb: Token, forces: set[int]) -> bool:
    """State forces did it: they are the verb's subject or its passive agent."""
    for c in verb.children:
        if c.dep_ == "nsubj" and (_is_forces(c, forces) or any(x.dep_ == "conj" and _is_forces(x, forces)
                                                               for x in c.children)) \
                or c.dep_ == "agent" and any(_is_forces(o, forces) for o in c.children if o.dep_ == "pobj"):
            return True  # (a dateline parsed as the subject: "THOOTHUKUDI, India - Police fired on ...")
        if c.dep_ == "nsubj" and c.pos_ == "PRON" and verb.dep_ in ("advcl", "conj") and verb.head.i != verb.i:
            return _by_forces(verb.head, forces)  # "police shot a man when they opened fire"
    return False


def _while_forcing(verb: Token, force_heads: set[int], forces: set[int]) -> bool:
    """`verb` happened while state forces used force on a demonstration, told in a clause of time
    under it ("were shot dead as gendarmes moved to break up a march")."""
    for c in verb.children:
        if (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("as", "when", "while") for m in c.children)
                and any(t.i in force_heads for t in c.subtree) and _by_forces(c, forces)):
            return True
    return False


def _worn_explosives_set_off(verb: Token) -> bool:
    """`verb` ("detonated") sets off what its bomber carried: a vest or belt, or explosives a plain
    person (a man, three women, an attacker) set off where people were killed ("a man in the front
    row detonated his explosives", "three women detonated explosives at a wedding, killing 18");
    not a device ("detonated an IED", "a bomb was detonated remotely"), nor a charge set by forces,
    miners or robbers who went away ("detonated their explosives to breach the wall", "set off
    explosives at a cash machine and fled")."""
    if any(c.dep_ == "advmod" and c.lower_ in ("remotely", "remote") for c in verb.children):
        return False
    subj = _subject_of(verb)
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        lemma = o.lemma_.lower()
        if lemma in ("vest", "belt"):
            return True
        if (lemma in ("explosive", "explosives") and subj is not None and subj.lower_ in _BOMBER_WORDS
                and not any(c.lower_ in _UNKNOWN_WORDS for c in subj.children)
                and not any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in o.children)
                and _KILLED_HERE.search(verb.sent.text) and not _GOT_AWAY.search(verb.sent.text)):
            return True
    return False


def _gathered_against(force: Token) -> bool:
    """The force (`force`, "live ammunition", "tear gas", "break up") was used on a gathered crowd:
    "used live ammunition against opposition supporters gathered in the square", "fired tear gas at
    a crowd", "broke up a gathering"."""
    verb = force.head if force.dep_ in ("dobj", "pobj", "nsubjpass") else force
    if verb.dep_ == "prep":
        verb = verb.head
    if any(o.dep_ == "dobj" and o.lemma_.lower() == "gathering" for o in force.children):
        # "used tear gas to break up a gathering of opposition supporters" (not "dispersed the crowd",
        # which may have rioted: the words of the rest of the text decide)
        return True
    for c in (*verb.children, *force.children):
        if c.dep_ == "prep" and c.lower_ in ("against", "on", "at", "into"):
            for o in c.children:
                if o.dep_ == "pobj" and (o.lemma_.lower() in _GATHERED_NOUNS or any(
                        a.dep_ in ("acl", "relcl") and a.lemma_.lower() in _GATHERING_VERBS for a in o.children)):
                    return True
    return False


def _forces_deed(verb: Token, forces: set[int]) -> bool:
    """What `verb` tells was done by state forces, named as its passive agent ("hit by a canister
    fired by police", "killed by police gunfire") or as a crackdown its subject ("the crackdown on
    the demonstrations left 30 dead"): force used on a crowd, not the crowd's violence."""
    for c in verb.children:
        if c.dep_ == "agent" and any(_is_forces(o, forces) or o.lemma_.lower() in _CROWD_CONTROL_ROUNDS and any(
                t.lower_ in _NON_LETHAL for t in o.subtree) for o in c.children if o.dep_ == "pobj"):
            return True  # (or by what they fire at crowds: "struck by a tear gas canister")
        if c.dep_ == "nsubj" and c.lemma_.lower() in _CRACKDOWN_NOUNS:
            return True
    return False


def _beaten_by_men(anchor: Token, subject: Token) -> bool:
    """Several plain men beat someone ("four men beat a trader to death"): a mob's violence, as
    ACLED codes it, unless the men are called unknown or armed (then an armed group's attack)."""
    return (anchor.lemma_.lower() in _BEATING_LEMMAS and subject.tag_ == "NNS" and subject.lemma_.lower() in _PLAIN_PEOPLE
            and not any(c.lower_ in _UNKNOWN_WORDS for c in subject.children))


def _business_taken(verb: Token) -> bool:
    """What `verb` ("took over", "seized control of") took, or who took it, is a business: "a
    Chinese firm took over the company", "investors took control of the bank"."""
    near = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    near += [o for c in verb.children if c.dep_ in ("prep", "agent") for o in c.children if o.dep_ == "pobj"]
    near += [o for c in near if c.lemma_.lower() == "control" for p in c.children
             if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(c.lemma_.lower() in _BUSINESSES for c in near)


_DEAL_VERBS = (_MAKING_VERBS - {"agree", "announce"}) | {"clinch"}  # (a deal is reached, not agreed or announced)
_DEAL_NOUNS = frozenset({"deal", "understanding", "settlement"})


def _deal_made(noun: Token) -> bool:
    """`noun` is a deal made ("reached a Russian-brokered deal", "struck a last-minute deal"), or an
    exchange of captives ("completed the exchange of nearly 900 detainees")."""
    lemma = noun.lemma_.lower()
    if lemma in _DEAL_NOUNS:
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _DEAL_VERBS
    return lemma in ("exchange", "swap", "handover") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" and o.lemma_.lower() in _RELEASED_CAPTIVES
                                                      for o in c.children) for c in noun.children)


def _freed_under_deal(verb: Token) -> bool:
    """Captives were freed "under an exchange", "in a swap" or "as part of a deal", or "after
    negotiations" or "after a deal brokered by elders" (not "in exchange for a ransom": a bargain,
    no agreement between sides)."""
    return any(c.dep_ == "prep" and (c.lower_ in ("under", "in", "as") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _EXCHANGE_NOUNS and not any(f.lower_ == "for" for f in o.children)
        for o in c.children) or c.lower_ in ("after", "following") and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _EXCHANGE_NOUNS | _NEGOTIATION_NOUNS for o in c.children))
        for c in verb.children)


# talks that free captives, and the children schools lose to kidnappers
_NEGOTIATION_NOUNS = frozenset({"negotiation", "talk", "talks", "mediation"})
_TAKEN_CHILDREN = frozenset({"pupil", "schoolgirl", "schoolboy", "schoolchild", "schoolchildren", "hostage"})


def _signed_agreement(verb: Token) -> bool:
    """`verb` ("signed") has for its object a paper of peace the lexicon does not name as an
    agreement: "a reconciliation document", "a peace declaration", a treaty."""
    return any(o.dep_ == "dobj" and (o.lemma_.lower() == "treaty" and bool(
        {t.lemma_.lower() for t in o.subtree} & _TREATY_OF_PEACE) or o.lemma_.lower() in _PEACE_PAPERS and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in _PEACE_WORDS for c in o.children))
        for o in verb.children)


# what makes a treaty one of peace or of a disputed border (not extradition or trade)
_TREATY_OF_PEACE = frozenset({"peace", "ceasefire", "truce", "non-aggression", "border", "boundary", "frontier",
                              "dispute", "conflict", "war", "hostility", "reconciliation"})


def _beaten_by_crowd(anchor: Token) -> bool:
    """Someone was beaten, stoned or burned by plain people named as the passive agent ("beaten
    to death by a group of villagers", "stoned and burned to death by fellow students"): a mob's
    violence, as ACLED codes it."""
    verb = anchor
    if verb.lemma_.lower() not in _MOB_LEMMAS or _RAID_OR_ROBBERY.search(verb.sent.text):
        return False
    for v in (verb, verb.head if verb.dep_ == "conj" else verb, *(x for x in verb.children if x.dep_ == "conj")):
        for c in v.children:
            if c.dep_ != "agent":
                continue
            for noun in (o for o in c.children if o.dep_ == "pobj"):
                people = _MOB_PEOPLE
                if noun.lemma_.lower() in ("group", "crowd"):
                    # ("a group of men": plain men in a crowd)
                    people = _MOB_PEOPLE | _PLAIN_PEOPLE
                    noun = next((p for x in noun.children if x.dep_ == "prep" and x.lower_ == "of"
                                 for p in x.children if p.dep_ == "pobj"), noun)
                few = any(x.dep_ == "nummod" and (word_to_int(x.lower_) or 9) < 3 for x in noun.children)
                if (noun.tag_ == "NNS" and noun.lemma_.lower() in people and not few
                        or noun.lemma_.lower() in ("mob", "crowd")) and not any(
                        x.lower_ in _UNKNOWN_WORDS for x in noun.children):
                    return True
    return False


def _reason_for(tok: Token) -> bool:
    """`tok` tells what someone was arrested for or what the arrest led to, or came before
    or after it: "arrested for organising a protest", "arrested, sparking protests", "detained
    after the protest was over"."""
    return _in_time_clause(tok) or any(a.dep_ == "prep" and a.lower_ in ("for", "over")
                                       or a.lemma_.lower() in _CONSEQUENCE_VERBS for a in list(tok.ancestors)[:3])


def _blames(word: Token, governors: frozenset[str]) -> bool:
    """`word` lays blame on someone: "the army blames", "rebels were responsible". A headline's
    "soldiers accused of rape" tells the deed; who accuses them is not its subject."""
    lemma = word.lemma_.lower()
    return lemma in governors and (lemma not in _ALLEGING_LEMMAS | _BLAME_VERBS or word.tag_ == "VBG" or any(
        c.dep_ == "nsubj" for c in word.children))


def _repels(verb: Token) -> bool:
    """The verb tells an attack from the defenders' side: "repelled", "were pushed back"."""
    lemma = verb.lemma_.lower()
    return lemma in REPEL_VERBS or (lemma in _REPEL_PARTICLES and any(
        c.lower_ == _REPEL_PARTICLES[lemma] and c.dep_ in ("prt", "advmod") for c in verb.children))


def _clause_tokens(sent: SpacySpan, keep: Callable[[Token], bool], outside: Token | None = None) -> set[int]:
    """The tokens of the sentence's relative clauses that `keep` picks (and that do not hold
    `outside`, the event's own word)."""
    return {t.i for r in sent if r.dep_ == "relcl" and keep(r) and (outside is None or outside not in r.subtree)
            for t in r.subtree}


def _had_done(verb: Token) -> bool:
    """The verb is in the past perfect: what someone "had" done before."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _hosting(relcl: Token) -> bool:
    """A relative clause saying who is at a place: "which hosts US troops", "where coalition
    forces are based"."""
    return relcl.lemma_.lower() in _HOSTING_VERBS or any(
        c.lemma_.lower() in _HOSTING_VERBS for c in relcl.children if c.dep_ in ("acomp", "xcomp", "oprd"))


_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "prep", "agent"})
# words that mark a later sentence as telling of another event, not retelling the main one
_ANOTHER_EVENT_WORDS = frozenset({"separately", "separate", "another", "meanwhile", "later", "elsewhere",
                                  "also", "next", "earlier", "second", "subsequently"})
# attack verbs whose object may be a place, and the places where people live
_RAID_LEMMAS = frozenset({"attack", "raid", "storm", "invade", "overrun", "ambush"})
_SETTLEMENT_LEMMAS = frozenset({"village", "town", "camp", "settlement", "hamlet", "house", "home", "compound",
                                "homestead", "market", "farm", "neighbourhood", "neighborhood", "community"})
# ground and posts that change hands ("handed the base over", "hands the town over")
_HANDED_GROUND = _BASE_NOUNS | _SETTLEMENT_LEMMAS | frozenset({"city", "area", "territory", "position", "post",
                                                                "airport", "port", "district", "region", "control"})
_FINDER_VERBS = frozenset({"find", "discover", "recover", "retrieve", "uncover", "exhume", "pull"})
_REMAINS = frozenset({"body", "bodies", "corpse", "corpses", "remains", "grave"})
_IMPROVISED_DRONE = re.compile(r"\b(?:explosive-laden|explosives-laden|bomb-laden|booby-trapped|rigged)\s+drones?\b|"
                               r"\bdrones?\s+(?:loaded|laden|packed|rigged|armed)\s+with\s+(?:explosives|bombs)\b", re.I)
_ROCKET_WORDS = frozenset({"rocket", "rockets", "katyusha", "katyushas", "mortar", "mortars"})
_OWNER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})  # "an Israeli airstrike"
# verbs and nouns that say both sides fought
MUTUAL_FIGHT_LEMMAS = frozenset({"clash", "fight", "exchange", "battle", "engage", "skirmish", "firefight",
                                 "gunfight", "shootout", "encounter"})
# ... and a fight's words with storming a position (armed men storming a camp fight it)
_ASSAULT_LEMMAS = MUTUAL_FIGHT_LEMMAS | {"storm"}
_FIGHT_PREFIXES = tuple(sorted(MUTUAL_FIGHT_LEMMAS))  # ("clashed", "fighters": the words of a fight)
# words of a trigger that make a weapon harmless or tell it went off in its handlers' hands (the
# verbs of finding, "seize" among them, join them only where nobody died or fought: weapons
# seized in a raid with deaths tell of the raid; see `_WEAPON_FINDERS`)
_DEFUSE_WORDS = frozenset({"defuse", "dismantle", "intercept", "down", "neutralise", "neutralize", "prematurely", "safe"})
# what is done to demonstrations that are not held (`_banned_or_ahead`)
_BANNING_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid", "disallow"})
# restrictions imposed on a place (`_restriction_imposed`): "imposed a 24-hour curfew", "declared martial law"
_IMPOSING_VERBS = frozenset({"impose", "declare", "institute", "clamp", "reimpose", "announce", "order", "enforce"})
_RESTRICTIONS = frozenset({"curfew", "lockdown"})
# ... and the networks cut ("ordered a nationwide mobile internet shutdown"; not a strike's "shutdown")
_CUTS = frozenset({"shutdown", "blackout"})
_NETWORKS = frozenset({"internet", "network", "telecommunication", "telecommunications", "communication", "communications",
                       "phone", "data", "broadband"})


# groups whose activities a state suspends (`_activities_suspended`), beside `_BANNED_GROUPS`
_ACTIVE_GROUPS = frozenset({"ngo", "agency", "charity", "association", "federation", "league", "council", "committee",
                            "newspaper", "broadcaster", "network"})
# arms handed over (`_triggers`): "handed over 300 loose firearms"
_HANDED_ARMS = frozenset({"weapon", "firearm", "arm", "gun", "rifle", "ammunition", "explosive", "grenade", "pistol"})
_CATCHING_VERBS = frozenset({"arrest", "detain", "apprehend", "catch", "intercept", "nab"})
_WEARING_VERBS = frozenset({"wear", "carry", "strap"})


def _bomber_caught(tok: Token) -> bool:
    """`tok` (a suicide vest or belt) is worn or carried by the person an arrest's object names
    ("arrested a girl wearing an explosive belt", "detained a man who was carrying a suicide
    vest"); not the vest of someone else named in the object ("the father of a suicide bomber")."""
    node = tok
    while node.dep_ in ("compound", "amod") and node.head is not node:
        node = node.head
    verb = node.head
    if node.dep_ != "dobj" or verb.lemma_.lower() not in _WEARING_VERBS or verb.dep_ not in ("acl", "relcl"):
        return False
    person = verb.head
    return person.dep_ in ("dobj", "nsubjpass") and person.head.lemma_.lower() in _CATCHING_VERBS


# what is done to a device found before it went off
_FINDING_VERBS = frozenset({"recover", "seize", "find", "discover", "confiscate", "defuse", "uncover", "dismantle",
                            "neutralise", "neutralize", "disarm", "detect"})


def _device_found(tok: Token) -> bool:
    """`tok` (a suicide vest or belt) was found, seized or defused ("two suicide vests were
    recovered from a hideout", "police seized a suicide vest"): no bombing."""
    node = tok
    while node.dep_ in ("compound", "amod") and node.head is not node:
        node = node.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in _FINDING_VERBS


def _activities_suspended(verb: Token) -> bool:
    """`verb` suspends or bans a group's activities ("suspended all activities of political
    parties", "suspended the activities of the NGO")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in ("suspend", "ban", "halt", "freeze") and any(
        c.lemma_.lower() == "activity" and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(
                t.lemma_.lower() in _BANNED_GROUPS | _ACTIVE_GROUPS for t in p.subtree) for p in c.children)
        for c in _objects(verb))


_BARRED_PEOPLE = frozenset({"woman", "girl", "resident", "civilian", "people", "motorist", "journalist", "trader",
                            "farmer", "villager", "student", "man", "aid", "ngo", "worker"})


def _use_banned(verb: Token) -> bool:
    """`verb` bans the use of something in an area, or people from doing something ("banned the use
    of motorcycles in several areas", "banned women from attending universities")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _BANNING_VERBS:
        return False
    for o in _objects(verb):
        if o.lemma_.lower() == "use" and any(c.dep_ == "prep" and c.lower_ == "of" for c in o.children):
            return True
        if o.lemma_.lower() in _BARRED_PEOPLE and o.tag_ == "NNS" and any(  # (a class of people, not one)
                c.dep_ == "prep" and c.lower_ == "from" and any(g.tag_ == "VBG" for g in c.children)
                for c in verb.children):
            return True
    return False


def _restriction_imposed(verb: Token) -> bool:
    """`verb` imposes a curfew, a lockdown, martial law or a cut of a network on a place ("imposed a
    24-hour curfew", "martial law was declared", "ordered an internet shutdown"), or bans the use of something or people from doing something
    (`_use_banned`)."""
    if _use_banned(verb) or _network_cut(verb):
        return True
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _IMPOSING_VERBS:
        return False
    if verb.lemma_.lower() == "enforce" and verb.dep_ == "advcl":
        return False  # "as the officers enforced the lockdown": one already in force, the scene of another deed
    if any(c.dep_ in ("oprd", "acomp", "advmod", "prt") and c.lower_ in ("over", "ended", "lifted", "off")
           for c in verb.children):
        return False  # "declared the lockdown over": one ended
    return any(o.lemma_.lower() in _RESTRICTIONS or o.lemma_.lower() == "law" and any(
        m.lower_ == "martial" for m in o.children) or o.lemma_.lower() in _CUTS and any(
        m.lemma_.lower() in _NETWORKS for m in o.children) for o in _objects(verb))


def _network_cut(verb: Token) -> bool:
    """`verb` cuts, suspends or shuts down the internet or phone services ("cut mobile internet
    nationwide", "mobile internet and landline services were cut across the region")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CUTTING_VERBS or verb.tag_ == "VBG":
        return False  # (not what a deed or storm did as well: "destroyed a mast, cutting off mobile services")
    if _STORM.search(verb.sent.text) or (subj := _subject_of(verb)) is not None and subj.lemma_.lower() in _ARMED_CUTTERS:
        return False  # "the cyclone cut phone networks", "fighters destroyed a mast and cut phone networks"
    if verb.lemma_.lower() in ("shut", "switch") and not any(c.dep_ == "prt" and c.lower_ in ("down", "off")
                                                              for c in verb.children):
        return False
    for o in _objects(verb):
        words = {o.lemma_.lower(), *(c.lemma_.lower() for c in o.subtree if c.i < o.i)}
        if o.lemma_.lower() in _CUT_NETWORKS or o.lemma_.lower() in ("service", "access", "connection") and words & (
                _CUT_NETWORKS | {"mobile", "landline", "cellular"}):
            return True
    return False


_CUTTING_VERBS = frozenset({"cut", "suspend", "block", "shut", "switch", "disconnect", "sever"})
_STORM = re.compile(r"\b(?:storms?|cyclones?|hurricanes?|typhoons?|floods?|flooding|earthquakes?|quakes?|winds?|"
                    r"landslides?|blizzards?|power outages?|blackouts?|fires?)\b", re.I)
_ARMED_CUTTERS = frozenset({"fighter", "militant", "rebel", "gunman", "insurgent", "jihadist", "attacker", "saboteur",
                            "militiaman", "bandit"})
# (not "communications", which storms cut too)
_CUT_NETWORKS = frozenset({"internet", "network", "phone", "data", "broadband"})


# ... and the groups a government bans ("banned the Tehreek-e-Labbaik party": a change to the group)
_BANNED_GROUPS = frozenset({"party", "group", "organisation", "organization", "movement", "association", "outfit",
                            "militia", "union"})
# ... or dissolves, or the noun for doing so (`_group_dissolved`)
_DISSOLVING_VERBS = frozenset({"dissolve", "disband", "proscribe", "deregister"})
_DISSOLVING_NOUNS = frozenset({"dissolution", "disbandment", "proscription", "deregistration"})
# armed men who may change sides, and the groups they join (`_defected`)
_DEFECTORS = frozenset({"soldier", "policeman", "fighter", "militiaman", "commander", "troop", "militant",
                        "rebel", "combatant"})
_REBEL_NOUNS = frozenset({"rebel", "insurgent", "militant", "rebellion", "insurgency", "militia"})
# ... and "members" only of an armed body ("militia members", "members of the army")
_ARMED_BODIES = frozenset({"militia", "army", "police", "military", "security"})
# verbs of finding or taking weapons before use (`_weapons_found`)
_WEAPON_FINDERS = frozenset({"recover", "seize", "confiscate", "discover", "unearth", "uncover", "impound", "detect",
                             "find", "clear", "remove", "defuse", "neutralise", "neutralize", "disarm", "dismantle"})
# what is found: the cues' weapon goods and these
_FOUND_WEAPONS = frozenset({"grenade", "ied", "bomb", "explosive", "device", "mine", "landmine", "rocket", "mortar",
                            "launcher", "ammunition", "rpg", "cache", "weapon", "rifle", "pistol", "gun", "detonator",
                            "ordnance", "uxo", "munition"})
# a vehicle bomb driven at its target (`_rammed_with_explosives`)
_RAMMING_VERBS = frozenset({"drive", "ram", "crash", "smash", "plough", "plow", "steer", "speed"})
_RAMMED_VEHICLES = frozenset({"vehicle", "car", "truck", "lorry", "van", "tanker", "pickup", "motorcycle", "bus",
                              "suv", "jeep", "vbied", "minibus"})
# an explosion of the victims' own device (ACLED codes its handlers as the first actor)
_OWN_BLAST_WORDS = frozenset({"prematurely", "accidentally", "accidental", "planting", "handling", "assembling",
                              "mishandled", "transporting"})


def _open_complement_of(tok: Token, verb: Token) -> bool:
    """`tok` is what `verb` says its own subject did ("claimed to have killed"): reached from
    `verb` through open complements only (no subject of its own)."""
    while tok.dep_ == "xcomp" and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == verb.i:
            return True
    return False


def _said_of_victims(anchor: Token, sent: SpacySpan) -> set[int]:
    """Token indices of what the trigger hit and of what relative clauses say of anyone
    ("civilians who cooperated with the army") or what someone was accused of."""
    out = {t.i for c in anchor.children if c.dep_ == "dobj" for t in c.subtree}
    out |= {t.i for r in sent if r.dep_ == "relcl" for t in r.subtree}
    # ... and of what they were accused of ("accusing them of spying for the military")
    out |= {t.i for r in sent if r.lemma_.lower() in ("accuse", "suspect") and r.dep_ in ("advcl", "xcomp", "acl")
            for t in r.subtree}
    return out


def _set_aside(hits: list[_Hit], aside: Callable[[_Hit], bool]) -> list[_Hit]:
    """`hits` without those `aside` picks, unless it picks them all."""
    kept = [h for h in hits if not aside(h)]
    return kept or hits


def _acting_subject(tok: Token) -> bool:
    """`tok` is its clause's subject or one of them ("the government and a breakaway faction")."""
    return _subject(tok) or tok.dep_ == "conj" and _subject(tok.head)


def _subject(tok: Token) -> bool:
    """`tok` is its clause's subject, or the people a subject counts ("hundreds of protesters
    gathered", "a group of demonstrators blocked the road")."""
    if tok.dep_ == "nsubj":
        return True
    counter = tok.head.head
    return (tok.dep_ == "pobj" and tok.head.lower_ == "of" and counter.dep_ == "nsubj"
            and (counter.pos_ == "NUM" or counter.lemma_.lower() in _COUNTING_NOUNS))


def _between_one(sent: SpacySpan, mentions: list[ActorMention], inter: int) -> bool:
    """The sentence sets one kind of actor against itself: "a dispute between two clans"."""
    for t in sent:
        if t.lower_ == "between" and t.dep_ == "prep":
            inside = {x.i for x in t.subtree}
            found = {m.actor.inter for m in mentions if m.start in inside}
            if found == {inter}:
                return True
    return False


def _names_author(doc: Doc, hits: Sequence[_Hit], new: list[Event], main: Event) -> bool:
    """A later sentence that retells the main event's weapon and names who used it ("Rockets
    landed in a camp ... The rockets were fired from areas held by government forces"): the
    main event's unnamed author is that side, and the sentence is no second event."""
    if not (new and main.actor1 and main.actor1.startswith("Unidentified Armed Group")):
        return False
    if not all(e.sub_event_type == main.sub_event_type for e in new):
        return False
    if not any(h.trigger.role == "weapon" and _definite(doc[h.head_index]) for h in hits):
        return False
    author = next((e for e in new if e.actor1 and not e.actor1.startswith("Unidentified")
                   and e.inter1 in (1, 2, 3, 8)), None)
    if author is None:
        return False
    main.actor1, main.inter1 = author.actor1, author.inter1
    return True


def _standing_agreement(tok: Token) -> bool:
    """`tok` names an agreement already made, as the frame of what it will bring: "under the
    deal", "according to the agreement", "as part of the truce", "the accord, signed on
    Saturday, will ...", "the truce, which they agreed on Tuesday, will be overseen ..." (not
    one still to be made: "will sign the deal", "the deal will be signed")."""
    if tok.lemma_.lower() not in _AGREEMENT_NOUNS:
        return False
    told_made = any(c.dep_ in ("acl", "relcl") and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in _MAKING_VERBS
                    and c.lemma_.lower() != "announce" for c in tok.children)  # (announced is not yet signed)
    made = told_made or _definite(tok) or any(c.dep_ == "poss" for c in tok.children)
    if not made:
        return False
    if tok.dep_ == "nsubj" or told_made and tok.dep_ == "nsubjpass":
        # ("the truce, which the militias agreed on Tuesday, will be overseen by elders")
        return True
    return tok.dep_ == "pobj" and (tok.head.lower_ in ("under", "per") or tok.head.lower_ in ("to", "of") and any(
        t.lower_ in ("according", "part", "accordance", "line", "terms") for t in (tok.head.head, tok.head.head.head)))


def _definite(tok: Token) -> bool:
    """A noun the text names as already told: "the fighting", "the attack", "these clashes"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those")
                                      for c in tok.children)


def _passive(verb: Token) -> bool:
    """The verb is in the passive voice ("were killed")."""
    return any(ch.dep_ in ("nsubjpass", "auxpass") for ch in verb.children)


def _nominal_subject(verb: Token) -> bool:
    """The verb has a noun for its subject ("RR, CRPF and SoG had ..."), not a pronoun."""
    return any(ch.dep_ == "nsubj" and ch.pos_ in ("NOUN", "PROPN") for ch in verb.children)


def _state_forces_where(actor: Actor | None, iso: str) -> Actor | None:
    """State forces of a country: inter 1 at home, 8 abroad (ACLED's external forces)."""
    if actor is None or actor.inter not in (1, 8) or not actor.country:
        return actor
    if actor.inter == 1 and actor.country != iso:
        return Actor(actor.name, 8, actor.country, actor.anaphora)
    if actor.inter == 8 and actor.country == iso and actor.name.startswith(_STATE_PREFIXES):
        return Actor(actor.name, 1, actor.country, actor.anaphora)
    return actor


def _paragraph(text: str, sent: SpacySpan) -> str:
    """The paragraph of `text` (a part's text) that holds `sent`; of a paragraph longer than
    PARAGRAPH_MAX_CHARS (a page whose breaks were lost: a whole article on one line), the
    sentences around `sent` that fit in it, nearest first."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    end = len(text) if end < 0 else end
    if end - start <= PARAGRAPH_MAX_CHARS:
        return text[start:end]
    lo, hi = sent.start_char, sent.end_char
    before = sent.start - 1
    after = sent.end
    doc = sent.doc
    grew = True
    while grew:
        grew = False
        if before >= 0:
            prev = doc[before].sent
            if prev.start_char >= start and hi - prev.start_char <= PARAGRAPH_MAX_CHARS:
                lo, before, grew = prev.start_char, prev.start - 1, True
        if after < len(doc):
            nxt = doc[after].sent
            if nxt.end_char <= end and nxt.end_char - lo <= PARAGRAPH_MAX_CHARS:
                hi, after, grew = nxt.end_char, nxt.end, True
    return text[lo:hi]


def _clean(s: str) -> str:
    s = _WS.sub(" ", s).strip(" ,.;:")
    return s[:1].lower() + s[1:] if s[:1].isupper() and s.split(" ")[0].lower() in ("some", "unconfirmed", "local", "several", "other", "the") else s


_AIRCRAFT = frozenset({"jet", "warplane", "aircraft", "airplane", "plane", "helicopter", "gunship", "drone", "uav",
                       "bomber", "fighter-bomber", "airforce"})
_MUNITIONS = frozenset({"missile", "rocket", "bomb", "projectile", "munition", "shell"})
# guns fired beside shells: a clash (`_make_event`)
# (not machine guns: ACLED codes heavy machine-gun fire at positions as shelling)
_SMALL_ARMS = re.compile(r"\b(?:small[- ]arms|sniper\s+rifles?)\b", re.I)
# what aircraft do when they strike (`_fired_from_aircraft`)
_AIR_STRIKING_VERBS = frozenset({"hit", "strike", "target", "bomb", "attack", "pound", "raid", "destroy", "kill",
                                 "blast", "shell", "pummel", "drop"})


def _fired_from_aircraft(sent: SpacySpan) -> bool:
    """Missiles or rockets the sentence names were fired by aircraft: "jets fired missiles",
    "missiles fired from a drone", "rockets launched by helicopters"; or an aircraft struck
    ("a Turkish drone hit a vehicle", "the convoy was struck by warplanes")."""
    for w in sent:
        if w.lemma_.lower() in _AIRCRAFT:
            verb = w.head.head if w.dep_ == "pobj" and w.head.dep_ == "agent" else w.head if w.dep_ == "nsubj" else None
            if verb is not None and verb.lemma_.lower() in _AIR_STRIKING_VERBS and (
                    verb.lemma_.lower() != "drop" or any(o.lemma_.lower() in _DROPPED | _MUNITIONS
                                                         for o in _objects(verb))):
                return True  # (what it dropped was a munition: "drones dropped leaflets" strikes nothing)
        if w.lemma_.lower() not in _MUNITIONS:
            continue
        verbs = [w] + ([w.head] if w.dep_ in ("dobj", "nsubjpass") else [])
        verbs += [c for c in w.children if c.dep_ == "acl"]  # "missiles fired from a drone"
        for verb in verbs:
            for c in verb.children:
                if c.dep_ == "nsubj" and c.lemma_.lower() in _AIRCRAFT:
                    return True
                if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by") and any(
                        g.dep_ == "pobj" and g.lemma_.lower() in _AIRCRAFT for g in c.children):
                    return True
    return False


# words that say people were harmed
_HARM_WORDS = re.compile(r"\b(?:kill|injur|wound|dead|death|died|shot|shoot|beat|abduct|kidnap|rap(?:e|ed|ing)\b|tortur|"
                         r"assault|attack|hurt|stab|lynch|execut|behead|hostage|fatalit|casualt)", re.I)
_NO_HARM = re.compile(r"\b(?:no|without)\s+(?:[\w-]+\s+){0,2}?(?:casualties|injuries|fatalities|deaths|victims)\b|"
                      r"\b(?:nobody|no one|none)\s+(?:was\s+|were\s+)?(?:\w+\s+)?(?:killed|hurt|injured|wounded)\b", re.I)
# nouns for armed people among the dead (a blast that killed them hit no civilians)
_ARMED_VICTIMS = re.compile(r"\b(?:soldiers?|troops|fighters?|militants?|militiam[ae]n|combatants?|insurgents?|"
                            r"rebels?|jihadists?|policem[ae]n|police officers?|officers?|guards?|personnel|"
                            r"servicem[ae]n|gunmen|members)\b", re.I)


_EMBLEM_NOUNS = frozenset({"flag", "banner", "poster", "picture", "portrait", "photo", "slogan", "logo", "emblem",
                           # (and people who only serve a side: "a police informer" is no policeman)
                           "informer", "informant"})
# nouns that count the people of their "of" ("hundreds of protesters", "a group of demonstrators"),
# unlike "the family of a protester"
_COUNTING_NOUNS = frozenset("hundred thousand dozen dozens score scores ten tens group groups crowd crowds number "
                            "hundreds thousands some many several most all few lot lots dozen handful members "
                            "member band column wave march convoy gathering".split())
_TIME_MARKS = frozenset({"after", "before", "since", "until", "once"})
_TIME_PREPS = frozenset({"after", "before", "following"})
_AFTER = frozenset({"after"})
_ALLEGING_LEMMAS = frozenset({"accuse", "suspect", "charge", "convict"})
# people who, as a crowd, riot when they beat or kill someone (a plural subject: "residents")
# a span of years, not one deed ("throughout the 1990s", "for decades")
_LONG_SPAN = re.compile(r"\b(?:19|20)\d0s\b|\bthroughout\b|\bfor (?:decades|years)\b", re.I)
# another time than the event's ("last week", "during last month's floods", "in 2019")
_OTHER_TIME = re.compile(r"\b(?:last|previous|earlier this|past)\s+(?:week|month|year|weekend)|\bago\b|"
                         r"\b(?:in|since|during)\s+(?:19|20)\d\d\b|\bflood", re.I)
# damage, plunder or goods seized a paragraph tells of (`_refine`: an arrest is no looting without them)
_DAMAGE_TOLD = re.compile(r"\b(?:loot|plunder|pillag|burn|burnt|torch|destr|damag|vandal|steal|stole|ransack|raz|"
                          r"set fire|setting fire|sets fire|on fire|ablaze|arson|seiz|confiscat|smuggl|contraband)", re.I)
# what a hungry crowd asks for (no demonstration: "fired at a crowd demanding food")
_RELIEF_GOODS = frozenset({"food", "aid", "water", "bread", "flour", "assistance", "ration", "relief"})
# what a crowd presses as a demand (`_make_event`: no mob)
_GRIEVANCE_VERBS = frozenset({"dispute", "protest", "demand", "oppose", "reject", "contest", "denounce"})
# what sets off a bomb, and the plain persons who set off what they carried (`_worn_explosives_set_off`)
_DETONATING_VERBS = frozenset({"detonate", "explode", "trigger"})
_BOMBER_WORDS = frozenset({"man", "woman", "women", "girl", "girls", "boy", "teenager", "bomber", "attacker",
                           "assailant"})
_KILLED_HERE = re.compile(r"\b(?:kill|killing|killed|dead|died|death)", re.I)
_GOT_AWAY = re.compile(r"\b(?:fled|escaped|drove off|made off|got away)\b", re.I)
# a crowd force is used on (`_gathered_against`): named as one, or as people who gathered
_GATHERED_NOUNS = frozenset({"crowd", "gathering", "procession", "supporter"})
_GATHERING_VERBS = frozenset({"gather", "assemble", "congregate", "converge"})
_CROWD_NOUNS = frozenset("resident villager local inhabitant neighbour neighbor crowd mob passer-by "
                         "bystander youth supporter fan vigilante passenger".split())
# a weapon left from a war long over ("laid during the Iran-Iraq War", "leftover from the civil war",
# "in an area where fighting occurred in the 1980s")
_PAST_WAR_REMNANT = re.compile(
    # a war named with capitals ("laid during the Iran-Iraq War", "a relic of World War II") or by its
    # years, ended ("left over from the 1992-1995 war"), or a decade long past ("in an area where fighting occurred in the 1980s"); not "remnants of war" in a war going on
    r"\b(?:[Ll]eft ?over|[Rr]emnants?|[Rr]elics?|[Ll]aid|[Dd]ropped|[Ff]ired) (?:from|of|during|in) (?:the )?"
    r"(?:[A-Z][\w]*(?:-[A-Z][\w]*)? War|World War|(?:19|20)\d\d[-–](?:19|20)?\d\d (?:war|conflict))\b"
    r"|\b(?:fighting|war|conflict|clashes) (?:that )?(?:occurred|took place|raged|happened) in the (?:19|20)\d0s\b")
# a demonstration named again ("The march stopped outside the bank, where ...")
_NAMED_AGAIN = re.compile(r"\bthe (?:march|protest|demonstration|rally|sit-in|procession|motorcade|strike|"
                          r"protesters|demonstrators|marchers)\b", re.I)
# the wounds a weapon word can name the kind of ("gunshot wounds")
_WOUND_NOUNS = frozenset({"wound", "injury"})
# bare hands and sticks: "four men beat a trader to death", "beaten up by three persons"
_BEATING_LEMMAS = frozenset({"beat", "thrash", "lynch", "club", "thump"})
# what a crowd does to a man it lynches, who it is made of, and where it is no crowd (`_beaten_by_crowd`)
_RAID_OR_ROBBERY = re.compile(r"\b(?:raid|robbery|robbers?|robbed|burglar)", re.I)
_MOB_LEMMAS = _BEATING_LEMMAS | {"stone", "burn"}
_MOB_PEOPLE = frozenset({"student", "worker", "neighbour", "neighbor", "relative", "trader", "villager", "resident",
                         "local", "youth", "passer-by", "bystander"})
_PLAIN_PEOPLE = frozenset({"man", "person", "people", "individual"})  # (lemmas of a plural subject)
_UNKNOWN_WORDS = frozenset({"unknown", "unidentified", "armed", "masked", "hooded", "suspected"})
# units and arms a trigger word can name the kind of ("riot units", "combat helicopters")
_EQUIPPED_NOUNS = frozenset(
    "police unit squad gear officer force team helicopter rifle vehicle control shield".split()
)
# a victim a later sentence names as a gang's man: charged with trafficking, a trafficker or a
# gang member ("The victim had charges against him for several crimes, including drug
# trafficking"); not a mere criminal record, which ACLED still codes as an attack
_CRIMINAL_VICTIM = re.compile(
    r"\b(?:the )?victims?\b[^.;]{0,30}\b(?:had|faced|with)\b[^.;]{0,20}\bcharges?\b[^.;]{0,60}"
    r"\b(?:drug|traffick\w*|gang|cartel)\b"
    r"|\b(?:the )?victims?\s+(?:was|were)\s+(?:an?\s+)?(?:alleged\s+|suspected\s+|known\s+|reputed\s+)?"
    r"(?:drug traffickers?|drug dealers?|gang members?|members? of (?:a|an|the) [\w-]+ (?:gang|cartel))\b"
    # "the victim had been convicted of drug trafficking", "... was arrested last year for drug dealing"
    r"|\b(?:the )?victims?\s+(?:had\s+been|has\s+been|was|were|had)\s+(?:previously\s+|already\s+)?"
    r"(?:convicted|arrested|jailed|imprisoned|sentenced|detained|charged|investigated)\b[^.;]{0,30}\b(?:for|of|over)\b"
    r"[^.;]{0,20}\b(?:drug|drugs|traffick\w*|gang|cartel|extortion)\b"
    # "The victim was involved in a gang", "the victim was armed"
    r"|\b(?:the )?victims?\s+(?:was|were)\s+(?:allegedly\s+|reportedly\s+)?(?:involved in|linked to|part of|"
    r"a member of|members of)\b[^.;]{0,30}\b(?:gangs?|drugs?|traffick\w*|cartels?|criminal)\b"
    r"|\b(?:the )?victims?\s+(?:was|were)\s+armed\b(?!\s+forces)",
    re.IGNORECASE,
)


def _km(a: Toponym, b: Toponym) -> float:
    """How far apart two placed toponyms are (infinitely, when either has no point)."""
    from ..geo.gazetteer import haversine_km

    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return float("inf")
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


_BODY_NOUNS = frozenset({"body", "corpse", "remains", "carcass"})
_BURNING_VERBS = frozenset({"burn", "set", "torch", "incinerate", "douse", "char"})


def _body_burned(verb: Token) -> bool:
    """What `verb` burned or damaged is a dead body ("his body set on fire", "burned the corpses")."""
    return verb.lemma_.lower() in _BURNING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in _BODY_NOUNS for c in verb.children)


def _seized_object(verb: Token) -> Token | None:
    """What a seizing verb took: its first object (not "..., residents" hung after it), the
    subject of its passive, or the noun it describes ("a coordinator seized by masked agents")."""
    first = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if first is None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head
    if first is not None and first.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head  # "a teacher who was seized from his classroom": the teacher
    if first is not None and first.lemma_.lower() in _GROUP_OF_NOUNS:
        # "seized a group of truck drivers": the drivers
        return next((o for c in first.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), first)
    return first


def _ground_taken(ev: Event) -> bool:
    """Ground taken or retaken by an armed side ("the junta says it has recaptured Kawkareik"):
    it stands against the classifier's "no ACLED event", which reads a side's own claim as a
    statement."""
    return ev.origin == "article" and ev.sub_event_type in TERRITORIAL and ev.inter1 in (1, 2, 3, 8)


def _none_drop(ev: Event, bar: float) -> float:
    """The classifier's "no ACLED event" probability at which `ev` is dropped: a demonstration
    the lexicon names (also one a later sentence turned into a riot) or a violent one needs a
    surer reading (`PROTEST_NONE_DROP`), a strategic development or force the words name at a
    protest (an intervention, excessive force) a surer one still (`SD_NONE_DROP`)."""
    if ev.event_type == "Strategic developments" or ev.sub_event_type in FORCE_AT_PROTESTS:
        return max(bar, SD_NONE_DROP)
    named = ev.event_type == "Protests" or getattr(ev, "_demonstration", False)
    if named or ev.sub_event_type == "Violent demonstration":
        return max(bar, PROTEST_NONE_DROP)
    return bar


def _massacre(ev: Event) -> bool:
    """Armed men or soldiers (not a gang) killing several civilians ("armed men stormed a wedding
    celebration, killing 12 guests", "soldiers opened fire on villagers, killing seven"): what the
    sentence tells is no crime or ceremony, whatever its words."""
    return (ev.origin == "article" and ev.sub_event_type == "Attack" and (ev.fatalities or 0) >= MASSACRE_MIN
            and ev.inter1 in (1, 2, 3, 4, 8) and not (ev.actor1 or "").startswith("Unidentified Gang")
            and ev.inter2 == 7 and bool(_ARMED_DOERS.search(ev.evidence.text)))


# armed men a sentence names doing violence (not the convention's default for nobody named)
_ARMED_DOERS = re.compile(r"\b(?:gunmen|gunman|armed (?:men|man|individuals|group)|militants?|attackers|assailants|"
                          r"soldiers|troops|"
                          r"bandits|jihadists?|insurgents?|rebels?|fighters|militiam[ae]n|militias?)\b", re.I)


# the weapons of a strike, shelling or planted bomb named anywhere in the sentence ("missiles
# struck an apartment block", "a bomb hidden in a bag exploded")
_STRIKE_WEAPON = re.compile(r"\b(?:missiles?|rockets?|shells?|shelling|mortars?|artillery|bombs?|ieds?|landmines?|"
                            r"airstrikes?|air strikes?|warplanes?|drones?)\b", re.I)


def _done_by(tok: Token, doers: set[int]) -> bool:
    """The subject of the clause of `tok` is a word at one of the `doers` token indices, or has
    one for a modifier ("a drone attack set a depot ablaze", "Russian shelling destroyed ..."); a
    participle or coordinated verb with no subject of its own is its head's ("drones struck the
    port, damaging warehouses"). Words hung on the subject ("residents denouncing the air
    strike") are not the subject."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    while _subject_of(verb) is None and (verb.dep_ in ("conj", "xcomp") or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
        verb = verb.head
    subj = _subject_of(verb)
    return subj is not None and (subj.i in doers or any(
        c.i in doers and c.dep_ in ("compound", "amod", "nmod") for c in subj.children))


# taking what is not one's own (`_triggers`: no strike's damage)
_PLUNDER = re.compile(r"\b(?:loot|plunder|pillag|ransack|steal|stole|rob)", re.I)
# what an armed group the actor table does not list is called ("FARC dissident group", "Clan del Golfo")
_ARMED_GROUP_WORDS = re.compile(r"\b(?:rebels?|militants?|insurgents?|militias?|dissidents?|guerrillas?|jihadists?|"
                                r"separatists?|armed groups?|armed movement|cartels?|clan)\b", re.I)
# what a strike did to what it hit (`_deadly_strike`)
_STRIKE_DAMAGE = re.compile(r"\b(?:destroying|damaging|ablaze|set fire|on fire|burning|"
                            r"(?:destroyed|damaged|burned|burnt)(?!\s+(?:by|in|during)\b))\b", re.I)
# people the sentence says were wounded (a strike that hurt people is as plainly an attack as one that killed)
_WOUNDED = re.compile(r"\b(?:wounding|injuring|(?:were|was|been)\s+(?:\w+\s+)?(?:wounded|injured|hurt))\b", re.I)


# swift, not a storm's: "a lightning offensive"
_SWIFT = re.compile(r"\blightning[- ](?:counter-?offensives?|offensives?|advances?|attacks?|raids?|assaults?|campaigns?|"
                    r"war|operations?)\b")
# a bombing the words call a suicide one
_SUICIDE_NAMED = re.compile(r"\bsuicide[- ](?:car |truck |vehicle )?(?:bomb\w*|attack\w*|blasts?|explosions?)\b", re.I)
# a chemical that escaped rather than was used; people a gas harmed
_SPILLED = re.compile(r"\b(?:overturn\w*|spill\w*|leak\w*|escaped)\b", re.I)
_GASSED = re.compile(r"\b(?:suffocat\w*|chok(?:ed|ing)|sicken\w*|poisoned|breathing difficulties)\b", re.I)


def _deadly_strike(ev: Event) -> bool:
    """A strike, shelling or planted bomb by an armed side, its weapon named, that the sentence
    says killed or wounded people ("a Russian missile struck the centre of Sumy, killing 34", "a
    car bomb ... killing 20", "aircraft dropped glide bombs ..., wounding 14"): it stands against the classifier's "no ACLED event", which reads a toll
    told by officials as a disaster (a bomb nobody names a side for stands only when planted
    by armed men, not a state's: an accident at a depot is no attack). A suicide bombing the
    words name that killed people stands whoever the bomber was ("an attacker blew himself up
    at a gathering, killing five")."""
    if (ev.origin == "article" and ev.sub_event_type == "Suicide bomb" and (ev.fatalities or 0) > 0
            and (getattr(ev, "_settled", False) or _SUICIDE_NAMED.search(ev.evidence.text))):
        # "an attacker blew himself up at a gathering, killing five", "twin suicide blasts ripped
        # through a market, killing 32": the words name it
        return True
    hurt = (ev.fatalities or 0) > 0 or bool(_WOUNDED.search(_NO_HARM.sub(" ", ev.evidence.text)))
    if not hurt and ev.sub_event_type in _WAR_WEAPONS and ev.inter1 in (1, 8):
        # a state's strike that damaged what it hit ("Russian drones struck port infrastructure,
        # damaging grain warehouses") is as plainly an attack
        hurt = bool(_STRIKE_DAMAGE.search(re.sub(r"\bno\s+(?:\w+\s+){0,2}damage", " ", ev.evidence.text, flags=re.I)))
    if ev.origin != "article" or not hurt or not (
            getattr(ev, "_weapon_named", False) or _STRIKE_WEAPON.search(ev.evidence.text)):
        return False
    if ev.sub_event_type == "Remote explosive/landmine/IED":
        return ev.inter1 in (2, 3)
    return ev.sub_event_type in _WAR_WEAPONS and ev.inter1 in (1, 2, 3, 8)


# the insurgents a report names as the killers (not gunmen, bandits or robbers, whom crime has too)
_INSURGENT_KILLERS = re.compile(r"\b(?:militants|insurgents|jihadists|maoists|naxals|naxalites|separatists|"
                                r"islamists)\b", re.I)


def _insurgents_killed(ev: Event) -> bool:
    """Insurgents killing a civilian ("suspected militants shot dead a migrant labourer"): political
    violence by its doers' name, which stands against the classifier's "no ACLED event"."""
    return (ev.origin == "article" and ev.sub_event_type == "Attack" and (ev.fatalities or 0) > 0
            and ev.inter2 == 7 and bool(_INSURGENT_KILLERS.search(ev.evidence.text)))


def _rebels_at_war(ev: Event) -> bool:
    """Rebels fighting a state's forces ("separatists ambushed an army convoy"), in one deed, not
    over a span of years: it stands against the classifier's "no ACLED event"."""
    return (ev.origin == "article" and ev.event_type == "Battles" and ev.inter1 == 2 and ev.inter2 == 1
            and not _LONG_SPAN.search(ev.evidence.text))


def _war_remnant(ev: Event) -> bool:
    """A remnant of a war long over that went off ("a mine left over from the 1992-1995 war
    exploded"): ACLED's other development, which stands against the classifier's "no ACLED
    event" (it reads the toll as an accident)."""
    return ev.origin == "article" and ev.sub_event_type == "Other" and bool(_PAST_WAR_REMNANT.search(ev.evidence.text))


def _lynching(ev: Event) -> bool:
    """A crowd killing someone ("a crowd beat to death a man carrying goats"): the death stands
    against the classifier's "no ACLED event", which reads the rumour behind it as crime."""
    return ev.origin == "article" and ev.sub_event_type == "Mob violence" and (ev.fatalities or 0) > 0


def _signed(ev: Event) -> bool:
    """An agreement its sentence says was signed ("signed a peace accord", "inked a reconciliation
    document"): it stands against the classifier's "no ACLED event", which reads talks as diplomacy."""
    return ev.origin == "article" and ev.sub_event_type == "Agreement" and bool(_SIGNED.search(ev.evidence.text))


def _deadly_force(ev: Event) -> bool:
    """State forces' force at a demonstration that killed ("a student struck by a tear gas canister
    at the march died"): the deaths stand against the classifier's "no ACLED event", which reads a
    toll with no fighting as an accident."""
    return (ev.origin == "article" and ev.sub_event_type == "Excessive force against protesters"
            and (ev.fatalities or 0) > 0 and ev.inter2 == 1)


def _named_outright(ev: Event) -> bool:
    """A non-violent development its words name outright ("changed its name", "a unilateral
    ceasefire", "a sit-at-home order"), or a riot ("riots broke out", "the crowd turned
    unruly"): it stands against the classifier's "no ACLED event", which reads political news
    as diplomacy and unrest as crime."""
    return ev.event_type in ("Strategic developments", "Riots") and bool(getattr(ev, "_settled", False))


def _protested_against(tok: Token) -> bool:
    """`tok` is what something is held against: "a vigil against rising sexual violence",
    "marched against the killings" (the preposition within three steps up)."""
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "against":
            return True
        node = node.head
    return False


_STOPPING_VERBS = frozenset({"stop", "prevent", "halt", "block", "thwart", "foil"})
_DECLARING_VERBS = frozenset({"announce", "declare", "say", "decide", "vow", "pledge", "state", "confirm"})


def _announced(tok: Token) -> bool:
    """`tok` is what a group declares it will do: "announced it would dissolve", "said it would
    boycott the talks", "a video announcing that they would take up arms again" (the clause under
    the declaring verb holds "will" or "would")."""
    node = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in node.children):
            break
        if node.head.i == node.i:
            return False
        node = node.head
    else:
        return False
    return node.dep_ in ("ccomp", "xcomp") and node.head.lemma_.lower() in _DECLARING_VERBS


def _in_time_clause(tok: Token) -> bool:
    """`tok` is in a clause that tells what came before or after the sentence's own event
    ("... after Iraqi units pulled back under heavy mortar fire")."""
    return any(_marked(a, _TIME_MARKS) for a in [tok, *tok.ancestors])


def _told_before(tok: Token) -> bool:
    """`tok` tells what came before or after the sentence's event, in a clause of time or
    after a preposition of time ("after a local brigade pledged allegiance to them", however
    the parser attaches it)."""
    return any(_marked(a, _TIME_MARKS) or a.dep_ == "pobj" and a.head.lower_ in _TIME_PREPS
               for a in [tok, *tok.ancestors])


def _marked(clause: Token, marks: frozenset[str]) -> bool:
    """`clause` is an adverbial clause its conjunction marks as one of `marks` ("after ...")."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)


def _earlier_deed(tok: Token) -> bool:
    """`tok` tells in a relative clause, in the past perfect, what someone had done before
    ("members of a cartel who had killed a rival dealer")."""
    verb = next((a for a in [tok, *tok.ancestors][:3] if a.dep_ == "relcl"), None)
    return verb is not None and _had_done(verb)


def _alleged_of(tok: Token) -> bool:
    """`tok` tells what someone was accused or suspected of ("caught a man they accused of
    murdering a boy and beat him to death"), not the sentence's own event."""
    return any(a.lemma_.lower() in _ALLEGING_LEMMAS for a in list(tok.ancestors)[:3])


def _diplomatic_protest(verb: Token) -> bool:
    """A state's protest, not a demonstration: "summoned the envoy to protest the strikes",
    "the foreign ministry protested the detention of its nationals", "lodged a strong protest"."""
    if (verb.lemma_.lower() == "protest" and verb.pos_ == "NOUN" and verb.dep_ == "dobj"
            and verb.head.lemma_.lower() in _PROTEST_LODGING_VERBS):
        return True  # "to lodge a strong protest", "conveyed its protest": a note, not a crowd
    if (verb.lemma_.lower() == "protest" and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and verb.head.lower_ == "in"
            and any(a.lemma_.lower() in _DIPLOMATIC_VERBS for a in list(verb.head.ancestors)[:3])):
        return True  # "recalled its ambassador from Madrid in protest at ...": a state's protest
    if verb.lemma_.lower() != "protest" or verb.pos_ != "VERB":
        return False
    gov = verb.head if verb.dep_ in ("xcomp", "advcl") and verb.head is not verb else None
    if gov is not None and gov.lemma_.lower() in _DIPLOMATIC_VERBS:
        return True
    subj = _subject_of(verb) or (_subject_of(gov) if gov is not None else None)
    return subj is not None and subj.lemma_.lower() in _STATE_ORGANS


def _crowd_harm(sent: SpacySpan, mentions: Sequence[ActorMention], protest_word: Callable[[Token], bool]) -> bool:
    """Someone with no arms named does harm in `sent` ("students vandalised the block", "some
    of the protesters attacked journalists"), not to the protest ("attacked the demonstration
    of residents" is force used on it)."""
    armed = {i for m in mentions if m.actor.inter in ARMED for i in range(m.start, m.end)}
    protesters = {i for m in mentions if m.actor.inter == 6 for i in range(m.start, m.end)}
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CROWD_HARM_LEMMAS:
            continue
        subj = _subject_of(verb)
        if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON") or any(t.i in armed for t in subj.subtree):
            continue
        if not any(c.dep_ in ("dobj", "nsubjpass") and (protest_word(c) or c.i in protesters)
                   for c in verb.children):
            return True
    return False


# words for armed people, as the sides of a fight (`_sides_named`), beside the armed actors named
_ARMED_SIDE_NOUNS = frozenset({"force", "brigade", "battalion", "militia", "militiaman", "fighter", "rebel", "soldier",
                               "troop", "army", "police", "gunman", "militant", "faction", "vigilante",
                               "raider", "bandit", "gang", "guard", "insurgent", "unit"})


# ... and the words that make any group an armed one ("a local defence group", "armed groups")
_ARMED_KINDS = frozenset({"armed", "defence", "defense", "self-defence", "self-defense", "militia", "rebel",
                          "vigilante", "insurgent", "jihadist", "militant", "paramilitary"})


def _fight_noun(tok: Token) -> Token | None:
    """The word of a mutual fight `tok` is or names the means of ("exchanges" for "fire" in
    "exchanges of fire"), if any."""
    if tok.lemma_.lower() in MUTUAL_FIGHT_LEMMAS:
        return tok
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in MUTUAL_FIGHT_LEMMAS:
        return tok.head.head
    return None


def _sides_named(anchor: Token, mentions: Sequence[ActorMention] = ()) -> bool:
    """A fight whose two armed sides are named together: "clashes erupted between the Radaa
    force and the 444 Brigade", "armed herders and vigilantes exchanged fire". Whoever it left
    dead ("killing ten people") is no target of either side. A side is armed when an armed
    actor is named in it, its noun is one for armed people, or it is called armed or of an
    armed kind ("a local defence group"; "clashes between Hindus and Muslims" names no armed
    side)."""
    if anchor.lemma_.lower() in MUTUAL_FIGHT_LEMMAS or anchor.lower_ == "fighting":  # ("fighting between ...")
        heads = [anchor, anchor.head] if anchor.dep_ in ("nsubj", "nsubjpass") else [anchor]
    elif any(c.dep_ == "nsubj" and c.lemma_.lower() in MUTUAL_FIGHT_LEMMAS for c in anchor.children):
        heads = [anchor]  # "clashes erupted between ..."
    else:
        return False
    sides: list[Token] = []
    for h in heads:
        for prep in h.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                sides = [o for o in prep.children if o.dep_ == "pobj"]
        if not sides and h.pos_ == "VERB" and (subj := _subject_of(h)) is not None:
            sides = [subj]
        if sides:
            break
    sides += [c for s in sides for c in s.conjuncts]
    if len(sides) == 1 and sides[0].tag_ in ("NNS", "NNPS") and any(
            c.lower_ in ("rival", "opposing", "warring") for c in sides[0].children):
        sides *= 2  # "rival armed groups clashed": both sides in one plural

    def armed(side: Token) -> bool:
        return (side.lemma_.lower() in _ARMED_SIDE_NOUNS
                or any(c.lower_ in _ARMED_KINDS for c in side.children if c.dep_ in ("amod", "compound"))
                or any(m.start <= side.i < m.end and m.actor.inter in ARMED for m in mentions))

    return len(sides) >= 2 and all(armed(t) for t in sides)


def _subject_of(verb: Token) -> Token | None:
    """The nominal subject of `verb`, or of the verb it is coordinated with ("residents caught
    a man and beat him")."""
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)  # "rang the bells, gathered and beat two men": the first verb's subject
    for v in chain:
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "was beaten to death by a crowd": who did it
            subj = next((g for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
        if subj is not None:
            return subj
    # "was stripped, tortured and burned alive by a crowd": the agent of the last of the verbs
    return next((g for v in verb.children if v.dep_ == "conj" and v.pos_ == "VERB" for c in v.children
                 if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)


def _no_armed_dead(text: str, mentions: Sequence[ActorMention]) -> bool:
    """Nobody armed is named in `text` (by an actor of `mentions` or a word for armed men):
    the dead a blast's toll counts there are civilians."""
    return not any(m.actor.inter in ARMED for m in mentions) and not _ARMED_VICTIMS.search(text)


def _acting(span: SpacySpan) -> bool:
    """The people `span` names act in its sentence (a subject, "by" them), not only own what
    is acted on ("burned the headquarters of Asaib Ahl al-Haq")."""
    root = span.root
    while root.dep_ in ("compound", "amod", "conj", "appos") and root.head is not root:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass") or root.dep_ == "pobj" and root.head.lower_ == "by"


# one side firing ("police fired live rounds at protesters"): force used, not a fight
_FIRE_LEMMAS = frozenset({"fire", "shoot"})
# the state's force on a crowd, named as a thing ("the crackdown on the protests left 30 dead")
_CRACKDOWN_NOUNS = frozenset({"crackdown", "repression"})
_CROWD_CONTROL_ROUNDS = frozenset({"canister", "cartridge", "grenade", "bullet", "round", "shell"})
# any word that a demonstration was more than peaceful (violence, force, a blockade)
# (the stems of a crowd's violence or of harm done, which both sets below hold)
_UNREST_STEMS = (r"riot|violen|clash|ston(?:e|ed|es|ing)\b|rocks?\b|brick|burn|torch|arson|ablaze|damag|destr|vandal|"
                 r"loot|ransack|smash|thr[eo]w|hurl|pelt|attack|assault|beat|injur|wound|hurt|kill|dead\b|died|death|"
                 r"block|barricad|t[yi]res?\b|storm|molotov|petrol|scuffl|fight|chaos|rampag|unrest|tension|disrupt|"
                 r"confront|angry|anger|mobs?\b|unruly|bomb|explo(?!it)|weapon|knife|machete|stick|club")
# arms, explosives or an attack stopped, without one of which nothing is a disrupted weapons use (`_refine`)
_ARMS_WORDS = re.compile(r"\b(?:weapons?|arms|armaments?|ammunition|ammo|munitions?|ordnance|uxo|explosives?|bombs?|"
                         r"ieds?|devices?|mines?|landmines?|grenades?|rockets?|missiles?|drones?|uavs?|projectiles?|"
                         r"shells?|mortars?|launchers?|rifles?|guns?|pistols?|firearms?|cartridges?|bullets?|rounds|"
                         r"detonators?|vests?|belts?|cache|arsenal|depot|minefields?|intercept\w*|defus\w*|foil\w*|thwart\w*|"
                         r"shot down|downed|plot\w*|booby|ak-47s?|kalashnikovs?|tnt|dynamite|c-4|semtex|bombers?|would-be|"
                         r"gunm[ae]n|attackers?)\b", re.I)
# the weapons of a shelling (`_make_event`: no shelling read for aircraft without them)
_GROUND_FIRE = re.compile(r"\b(?:shell\w*|artillery|mortars?|rockets?|missiles?|howitzers?|cannon\w*|grads?|katyushas?|"
                          r"launchers?|tanks?|bombard\w*)\b", re.I)
# words of a demonstration or its crowd anywhere in a text
_DEMONSTRATION_WORDS = re.compile(r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied|ying)|march\w*|sit-ins?|picket\w*|"
                                  r"strikes?|strikers|crowds?|supporters|activists|gather\w*|assembl\w*|block\w*|barricad\w*|banners?|placards?|"
                                  r"slogans?|defiance|vigils?|mobs?|rioters?|sat|sitting|sit|knelt|kneel\w*|chant\w*|photos|portraits|"
                                  r"streets)\b", re.I)
_RIOT_HINTS = re.compile(
    rf"\b(?:{_UNREST_STEMS}|fire|forc|tear ?gas|rubber|water cannon|arrest|detain|disperse|shot|shoot|gun|"
    r"baton|police|troops|soldier|security)", re.I)
# ... and the words of a crowd's own violence or of harm done (with force that may be a crowd's:
# "forced their way in", "broke the gate"), less the words only of force used on a crowd
# ("dispersed", "tear gas", "arrested")
_CROWD_HINTS = re.compile(
    rf"\b(?:{_UNREST_STEMS}|(?:set|on|caught) fire|fire to|forc(?:e|ed|ing)\b|break|broke|brawl|hostage|seiz|occup|"
    r"stab|hack|lynch|grenade|alight|overturn|raze|gutted)", re.I)
# words of a fight the lemmas alone miss ("shootout", "returned fire", "exchange of fire")
_FIGHT_WORDS = re.compile(r"\b(?:shoot-?outs?|gun-?fights?|gun ?battles?|fire-?fights?|returned fire|exchanged? (?:of )?fire|"
                          r"exchanged gunfire|crossfire|cross-fire|resist(?:ed|ing)? arrest)\b", re.I)
# a demonstration named as what was going on when something happened ("as protests over the
# shooting spread", "during the march", "amid demonstrations"), whatever the parse makes of it
_DURING_PROTEST = re.compile(r"\b(?:as|while|when|during|amid|amidst)\s+(?:[\w'-]+\s+){0,4}?(?:protests?|protesters|"
                             r"demonstrations?|demonstrators|rall(?:y|ies)|march(?:es)?|marchers|riots?|rioters|"
                             r"unrest)\b", re.I)
# governors that tell what their subject means to do: a trigger in the subject is not done
_INTENT_GOVERNORS = frozenset({"threaten", "vow", "plan", "intend", "aim", "seek", "want", "wish", "hope",
                               "prepare", "promise", "pledge", "warn"})
# what a man does to state forces that makes him armed ("police officers were shot by a man")
_ARMED_DEED_LEMMAS = frozenset({"shoot", "fire", "stab", "ambush", "kill", "attack"})
_LONE_DOERS = frozenset({"man", "men", "person", "individual", "suspect", "assailant", "attacker", "shooter",
                         "youth", "motorcyclist", "driver"})
# "X was reported / believed / said to have ...": X did it
_SAID_TO_LEMMAS = frozenset({"report", "believe", "say", "think", "understand", "know", "see"})
# ... and what a weapon is taken for: "a drone believed to be Turkish", "suspected to be Israeli"
_BELIEF_LEMMAS = _SAID_TO_LEMMAS | {"suspect", "presume", "assume"}
_PROTEST_VERBS = frozenset({"protest", "demonstrate", "rally"})


def _protesting(span: SpacySpan) -> bool:
    """The people `span` names are described as protesting ("villagers protesting against the
    closure", "residents who were demonstrating", "young men chanting against corruption") or
    are at a demonstration ("students at a peaceful rally", "students demanding quota reform at
    a rally")."""
    root = span.root
    # (or a crowd of them: "a procession of garment workers demanding unpaid wages")
    crowd = (root.dep_ == "pobj" and root.head.lower_ == "of"
             and root.head.head.lemma_.lower() in _GATHERINGS | _GATHERED_NOUNS)
    return _at_gathering(root) or any(
        c.dep_ in ("acl", "relcl") and (c.lemma_.lower() in _PROTEST_VERBS or _chanting_against(c)
                                        or c.lemma_.lower() == "demand" and (crowd or _at_gathering(c)))
        for c in root.children)


# where demonstrators are (`_at_gathering`)
_GATHERINGS = frozenset({"rally", "protest", "demonstration", "march", "sit-in", "vigil", "dharna"})


def _at_gathering(tok: Token) -> bool:
    """`tok` is at or during a demonstration: "students at a peaceful rally", "demanding quota
    reform at a rally"."""
    return _put_into(tok, _GATHERINGS, ("at", "during"))


def _chanting_against(verb: Token) -> bool:
    """`verb` chants against something or chants slogans ("young people chanting against the
    Finance Bill"): a protest's words."""
    return verb.lemma_.lower() == "chant" and any(
        c.dep_ == "prep" and c.lower_ == "against" or c.dep_ == "dobj" and c.lemma_.lower() == "slogan"
        for c in verb.children)


def _event_location(tops: list[Toponym], sent: SpacySpan, offset: int) -> Toponym | None:
    """The place where the event of `sent` happened (frontwatch.geo decides); `offset` is
    where the sentence's segment starts in the document."""
    from ..geo import event_location

    if not tops:
        return None
    return event_location(_not_addresses(tops, sent, offset), sent, offset)


def _not_addresses(tops: list[Toponym], sent: SpacySpan, offset: int) -> list[Toponym]:
    """Drop the toponyms that only give the address of the place before them: "near
    Pavlopil, Donetsk", "in Warri (Warri South, Delta)" - the event is at the first one,
    however large or well known the district or province after it. Only when the first
    was resolved inside the second: otherwise it is the first that was misread."""
    out: list[Toponym] = []
    prev: Toponym | None = None
    text, base = sent.text, offset + sent.start_char  # toponym offsets are the document's
    for t in sorted(tops, key=lambda x: x.start):
        gap = text[prev.end - base:t.start - base] if prev is not None else ""
        address = (prev is not None and prev.resolved and 0 <= t.start - prev.end <= 20
                   and (_ADDRESS_GAP.match(gap) is not None and t.start - prev.end <= 3
                        or _ADDRESS_GAP_DIVISION.match(gap) is not None)
                   and prev.country_code == t.country_code
                   and (t.admin1 is None or prev.admin1 == t.admin1))
        if not address:
            out.append(t)
        prev = t
    return out or tops


def _inside(t: Toponym, area: Toponym) -> bool:
    """`t` is a precise resolved place inside `area` (a province or a country); a river's one
    point is no precise place."""
    from ..geo import ALONG_CODES

    return (t.resolved and (t.geo_precision or 3) < 3 and t.feature_code not in ALONG_CODES
            and t.country_code == area.country_code
            and (area.admin1 is None or t.admin1 == area.admin1))


def _within(place: Toponym, tops: list[Toponym], sent: SpacySpan, offset: int,
            earlier: Toponym | None) -> Toponym:
    """A more precise place of the sentence (or else of the sentences before) inside the
    province or country `place` the sentence's wording chose."""
    inner = [t for t in tops if _inside(t, place)]
    if inner:
        return _event_location(inner, sent, offset) or inner[0]
    if earlier is not None and _inside(earlier, place):
        return earlier
    return place


def _carry_fatalities(text: str, events: list[Event]) -> None:
    """A figure in a sentence with no event of its own ("Two fatalities.", "The bodies of
    three men were found later.") counts the paragraph's main event; a coder's stated
    figure ("Fatalities coded as 3") replaces what the event had."""
    main = max(events, key=lambda e: e.confidence)
    coded = coded_fatalities(text)
    if coded is not None:
        main.fatalities = coded
        return
    if main.fatalities is not None or not _FIGURE_HINT.search(text):
        return
    total, _spans = find_fatalities(text)
    if total is not None:
        main.fatalities = total
        if main.sub_event_type == "Protest with intervention" and total > 0:
            # "police fired tear gas at the march. A student died in hospital.": the force met by
            # the protest killed (ACLED's excessive force)
            main.sub_event_type = "Excessive force against protesters"
            main.event_id = content_id(main.doc_id, str(main.evidence.start), main.sub_event_type, prefix="ev_")


def _move_fatalities(earlier: list[Event], new: list[Event], toll_only: bool = False) -> None:
    """A later sentence that retells the paragraph's main event with its toll ("Two
    soldiers were killed.") gives the figure to the main event; it counts once. With
    `toll_only` (the sentence's only trigger is a killing: "7 militia members were
    killed" after an airstrike) the toll is the main event's whatever type it was read as."""
    main = max(earlier, key=lambda e: e.confidence)
    if main.fatalities is not None:
        return
    for e in new:
        if e.fatalities is not None and (e.event_type == main.event_type
                                         or toll_only and main.event_type in VIOLENT_TYPES):
            main.fatalities, e.fatalities = e.fatalities, None
            return


_FIGURE_HINT = re.compile(r"kill|dead|death|die|fatalit|casualt|bod(?:y|ies)|slain|lives|nobody|no one", re.I)


def _keep(kept: Event, other: Event) -> Event:
    """The more confident of two readings of one event; the sentence's figure, which went to
    one of them, stays with the event kept."""
    if other.confidence > kept.confidence:
        kept, other = other, kept
    if kept.fatalities is None and other.fatalities is not None:
        kept.fatalities = other.fatalities
    return kept


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per (segment, type, actors, place, date): repeated sentences corroborate."""
    best: dict[tuple[Any, ...], Event] = {}
    order: list[tuple[Any, ...]] = []
    for e in events:
        key = (e.origin, e.comment_index, e.sub_event_type, e.actor1, e.actor2, e.location, e.event_date,
               e.certainty)
        if key not in best:
            best[key] = e
            order.append(key)
        else:
            best[key] = _keep(best[key], e)
    # one sentence, one event of a sub-event type (the event id is made of the two)
    by_id: dict[str, Event] = {}
    for k in order:
        e = best[k]
        by_id[e.event_id] = _keep(by_id[e.event_id], e) if e.event_id in by_id else e
    out = [best[k] for k in order if by_id[best[k].event_id] is best[k]]
    for e in out:
        e.__dict__.pop("_trigger_char", None)
    return out
