"""The actor table's ACLED conventions: names with the event's country, inter codes by role."""

from __future__ import annotations

import pytest

from frontwatch.actors import Actor, _load, load_actor_table, with_country
from frontwatch.errors import DataFileError


def test_conventions_load() -> None:
    table = load_actor_table()
    conv = table.conventions["Peaceful protest"]
    assert conv.actor1 is not None and (conv.actor1.name, conv.actor1.inter) == ("Protesters", 6)
    assert 7 in conv.actor1.replace and conv.no_actor2
    attack = table.conventions["Attack"]
    assert attack.actor2 is not None and (attack.actor2.name, attack.actor2.inter) == ("Civilians", 7)


@pytest.mark.parametrize(
    ("actor", "iso", "name"),
    [
        (Actor("Military Forces", 1), "ML", "Military Forces of Mali"),
        (Actor("Police Forces", 1), "NG", "Police Forces of Nigeria"),
        (Actor("Protesters", 6), "CL", "Protesters (Chile)"),
        (Actor("Rioters", 5), "ZA", "Rioters (South Africa)"),
        (Actor("Civilians", 7), "MX", "Civilians (Mexico)"),
        (Actor("Unidentified Armed Group", 3), "LY", "Unidentified Armed Group (Libya)"),
        (Actor("Unidentified Gang", 3), "BR", "Unidentified Gang (Brazil)"),
        (Actor("Unidentified Communal Militia", 4), "SS", "Unidentified Communal Militia (South Sudan)"),
        (Actor("Civilians", 7), None, "Civilians"),
    ],
)
def test_with_country(actor: Actor, iso: str | None, name: str) -> None:
    assert with_country(actor, iso, load_actor_table()).name == name


def test_unknown_sub_event_type_in_conventions_fails(tmp_path) -> None:
    bad = tmp_path / "actors.yaml"
    bad.write_text(
        "version: 1\ncountries: [{iso: ML, name: Mali}]\n"
        "conventions:\n  - sub_event_types: [Skirmish]\n    actor1: {name: X, inter: 3}\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError, match="unknown sub-event type"):
        _load(bad)


# --- actor mechanisms: foreign forces, "forces of <country>", communal militias, defaults --------

import datetime as _dt  # noqa: E402

from frontwatch.eval.common import primary_event  # noqa: E402
from frontwatch.pipeline import extract  # noqa: E402

_PUB = _dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's forces acting in another country are external forces (inter 8)
        ("Kenyan troops attacked militants near Kismayo on Tuesday.",
         ("Military Forces of Kenya", 8)),
        # "forces of <country>": the country after the head names the state
        ("On 2 March 2024, forces of Ethiopia clashed with rebels near Gondar.",
         ("Military Forces of Ethiopia", 1)),
        # a people's name before "militias" makes the group communal (inter 4)
        ("On 2 March 2024, Fulani militias attacked a village near Jos and killed two farmers.",
         ("Unidentified Communal Militia (Nigeria)", 4)),
        # a mob is coded as rioters even when the police are named first
        ("On 2 March 2024, police were stoned by a mob in Kisumu after an arrest.",
         ("Rioters (Kenya)", 5)),
        # a clash nobody is named for: state forces by default
        ("On 2 March 2024, heavy clashes were reported near Gao.",
         ("Military Forces of Mali", 1)),
        # the members of a named group belong to it ("Taliban militants")
        ("On 2 March 2024, Taliban militants attacked a checkpoint in Ghazni.",
         ("Taliban", 2)),
        # a one-word country name used as an adjective
        ("On 2 March 2024, Ethiopia troops clashed with al-Shabaab militants near Baidoa.",
         ("Military Forces of Ethiopia", 8)),
        # whoever a blast targets is its target, not its author
        ("On 2 March 2024, a roadside bomb exploded near Afgoye, targeting a Somali army convoy.",
         ("Unidentified Armed Group (Somalia)", 3)),
        # a militia whose own phrase names its clan is communal (inter 4)
        ("On 2 March 2024, armed militias from two rival clans battled near Beledweyne.",
         ("Unidentified Communal Militia (Somalia)", 4)),
        # private guards are ACLED's private security forces (inter 8), with the event's country
        ("On 2 March 2024, a private security guard stabbed a trader to death at a market in Onitsha.",
         ("Private Security Forces (Nigeria)", 8)),
        ("On 2 March 2024, security guards at a gold mine near Geita shot dead two men.",
         ("Private Security Forces (Tanzania)", 8)),
        # a group the table does not list, written as an acronym before a fighters' noun
        ("On 2 March 2024, suspected KRF militants attacked a checkpoint near Gao, wounding two gendarmes.",
         ("KRF", 2)),
        # Syria's armed opposition is a rebel group, not the regime it shells
        ("On 2 March 2024, opposition factions shelled regime positions near Kafr Nabudah in Hama.",
         ("Rebel group", 2)),
        # a suicide bomber is an armed actor, not the soldiers he killed; a named group's bomber is the group
        ("On 2 March 2024, a suicide bomber blew himself up at a checkpoint in Ramadi, killing two soldiers.",
         ("Unidentified Armed Group (Iraq)", 3)),
        # "regime forces" are the state forces of wherever the event is, not always Syria's
        ("On 2 March 2024, regime forces shelled villages near Hpakant in Kachin State.",
         ("Military Forces of Myanmar", 1)),
        ("On 2 March 2024, regime forces shelled villages near Kafr Nabl in Idlib.",
         ("Military Forces of Syria", 1)),
        # the Kurdistan Region's forces are Iraq's state forces
        ("On 2 March 2024, the Peshmerga clashed with IS militants near Makhmour.",
         ("Military Forces of Iraq", 1)),
    ],
)
def test_actor1_mechanisms(text: str, expected: tuple) -> None:
    events = extract(text, published=_PUB)
    assert events, text
    ev = primary_event(events)
    assert (ev.actor1, ev.inter1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clash told from the defenders' side: the attacker is actor1
        ("On 2 March 2024, Kenyan troops repelled an attack by al-Shabaab militants near Kismayo.",
         ("Al-Shabaab", "Military Forces of Kenya")),
        ("On 2 March 2024, five Taliban fighters were killed when Afghan police repulsed their attack "
         "on a checkpoint in Ghazni.",
         ("Taliban", "Police Forces of Afghanistan")),
        # a failed advance: the side pushed back attacked first
        ("On 2 March 2024, Malian soldiers tried to advance on Kidal but were beaten back by rebels.",
         ("Military Forces of Mali", "Rebel group")),
        ("On 2 March 2024, Afghan police fought off a Taliban attack on a checkpoint in Ghazni.",
         ("Taliban", "Police Forces of Afghanistan")),
        # no repelling: the order of the clash stands
        ("On 2 March 2024, Afghan police clashed with Taliban militants in Ghazni.",
         ("Police Forces of Afghanistan", "Taliban")),
    ],
)
def test_repelled_attack_names_the_attacker_first(text: str, expected: tuple) -> None:
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", *expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of a passive reporting verb is what is reported, not the source
        ("On 2 March 2024, Saudi-led coalition air raids were reported on Saada.",
         ("Operation Restoring Hope", 8)),
        # the subject of an active reporting verb stays the source
        ("On 2 March 2024, the Houthis said Saudi-led coalition jets bombed a market in Saada.",
         ("Operation Restoring Hope", 8)),
    ],
)
def test_reported_event_is_not_its_source(text: str, expected: tuple) -> None:
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.actor1, ev.inter1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive relative clause tells of the clash's victims; its antecedent is no agent
        ("On 2 March 2024, Kenyan troops encountered KRF militants in which two militants were killed.",
         ("Military Forces of Kenya", "KRF")),
        # a subject we cannot name fought the side named after "with": that side is the target,
        # and the clash's default names the first
        ("On 2 March 2024, QRT, BSX and JKO had an encounter with KRF militants near Sopore in which "
         "one KRF militant was killed.",
         ("Military Forces of India", "KRF")),
    ],
)
def test_encounter_sides(text: str, expected: tuple) -> None:
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == ("Armed clash", *expected)


def test_word_of_a_name_is_no_civilian() -> None:
    """"People's" in "the Lakeside People's Militia" names a group, not civilians."""
    events = extract("On 2 March 2024, Ukrainian troops shelled positions of the Lakeside People's "
                     "Militia near Horlivka.", published=_PUB)
    assert events
    assert all(e.inter2 != 7 for e in events), [(e.actor2, e.inter2) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "On 2 March 2024, gunmen shot dead a policewoman in Kandahar city.",
        "On 2 March 2024, armed men opened fire on a police station in Celaya, wounding two officers.",
    ],
)
def test_shooting_at_police_is_a_clash(text: str) -> None:
    """ACLED's attacks are on civilians: gunmen firing on police fight an armed side."""
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.sub_event_type, ev.inter1, ev.inter2) == ("Armed clash", 3, 1)


def test_anti_name_is_not_the_actor() -> None:
    """"anti-Houthi forces" fight the Houthis; they are not them."""
    events = extract("On 2 March 2024, anti-Houthi tribal fighters shelled a hill near Marib.",
                     published=_PUB)
    assert events
    assert all("Houthis" not in (e.actor1 or "") for e in events), [e.actor1 for e in events]


def test_acronyms_that_are_no_armed_group() -> None:
    """"UN peacekeepers" and "NATO fighters" (jets): the acronyms listed as no group stay out."""
    from frontwatch.actors import ActorMatcher
    from frontwatch.nlp import load_nlp

    nlp = load_nlp()
    matcher = ActorMatcher(nlp)
    found, _ = matcher.find(nlp("On 2 March 2024, NATO fighters flew over the base while EU gunmen waited."))
    assert not any(m.actor.name in ("NATO", "EU") for m in found), [m.actor.name for m in found]
    found, _ = matcher.find(nlp("On 2 March 2024, KRF militants and TTPX fighters clashed."))
    assert [(m.actor.name, m.actor.inter) for m in found] == [("KRF", 2), ("TTPX", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group the table does not list, written as its name and acronym: ACLED's "ACR: Name"
        ("On 2 March 2024, there was an armed clash between military forces of Colombia and members "
         "of the Popular Liberation Army (EPLX) near Tame. One EPLX member was killed.",
         ("Armed clash", "Military Forces of Colombia", "EPLX: Popular Liberation Army")),
        # the acronym alone names it again
        ("On 2 March 2024, the Baloch Liberation Tigers (BLT) were blamed for a blast near Turbat. "
         "Later, two BLT and the police exchanged fire near Gwadar.",
         ("Armed clash", "BLT: Baloch Liberation Tigers", "Police Forces of Pakistan")),
        # a state's army named with its acronym is no such group
        ("On 2 March 2024, the Malian National Army (MNAX) clashed with militants near Gao.",
         ("Armed clash", "Military Forces of Mali", "Unidentified Armed Group (Mali)")),
        # nor is a party or movement: its leader shot dead is a civilian
        ("On 2 March 2024, gunmen shot dead the leader of the Citizens Unity Movement (CUM) in Quetta.",
         ("Attack", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)")),
    ],
)
def test_group_named_with_its_acronym(text: str, expected: tuple) -> None:
    events = extract(text, published=_PUB)
    ev = primary_event(events)
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == expected, [(e.actor1, e.actor2) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name holding a militia's word before its fighters' noun: a militia (3) by that name
        ("On 2 March 2024, pro-government Coastal Resistance forces shelled rebel positions near Mokha.",
         ("Coastal Resistance Forces", 3)),
        ("On 2 March 2024, Tihama Resistance fighters ambushed a rebel convoy near Zabid.",
         ("Tihama Resistance", 3)),
        # a tribe's or clan's fighters: an identity militia (4), the article of the name kept
        ("On 2 March 2024, Al-Baggara tribe fighters ambushed an SDF patrol near Dhiban.", ("Al-Baggara tribe", 4)),
        # the Kurdistan Region's Zeravani are the Peshmerga, state forces
        ("On 2 March 2024, Zeravani forces shelled PKK positions near Zakho.", ("Military Forces of Iraq", 1)),
        # not a country's own forces, nor the word alone
        ("On 2 March 2024, Yemeni Resistance forces shelled rebel positions near Mokha.", ("Military Forces of Yemen", 1)),
    ],
)
def test_militia_named_as_a_resistance(text: str, expected: tuple) -> None:
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.actor1, ev.inter1) == expected


def test_claim_of_responsibility_names_the_unnamed_author() -> None:
    text = ("On 2 March 2024, a roadside bomb exploded near a court in Marka, wounding two guards. "
            "Al-Shabaab claimed responsibility for the attack.")
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.sub_event_type, ev.actor1, ev.inter1) == ("Remote explosive/landmine/IED", "Al-Shabaab", 2)


def test_denied_responsibility_names_nobody() -> None:
    text = ("On 2 March 2024, a roadside bomb exploded near a court in Marka, wounding two guards. "
            "Al-Shabaab denied responsibility for the attack.")
    ev = primary_event(extract(text, published=_PUB))
    assert (ev.sub_event_type, ev.actor1) == ("Remote explosive/landmine/IED", "Unidentified Armed Group (Somalia)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 March 2024, police in Valletta dispersed protesters with tear gas.", "Police Forces of Malta"),
        ("On 2 March 2024, Surinamese police arrested four protesters in Paramaribo.", "Police Forces of Suriname"),
    ],
)
def test_generic_actors_are_named_in_small_countries(text: str, expected: str) -> None:
    events = extract(text, published=_PUB)
    assert expected in {e.actor2 for e in events} | {e.actor1 for e in events}, [(e.actor1, e.actor2) for e in events]


def test_us_state_with_a_country_name_is_no_country() -> None:
    """"New Jersey police" are a US state's police, not Jersey's."""
    events = extract("On 2 March 2024, New Jersey police arrested six protesters in Newark.", published=_PUB)
    assert all("Jersey" not in (e.actor1 or "") + (e.actor2 or "") for e in events)


def test_bare_noun_target_is_the_group_the_sentence_names() -> None:
    """"killing four militants" after "encountered KRF militants": the KRF is the other side."""
    ev = primary_event(extract("On 2 March 2024, the Malian army encountered KRF militants near Gao, "
                               "killing four militants.", published=_PUB))
    assert (ev.sub_event_type, ev.actor1, ev.actor2, ev.inter2) == ("Armed clash", "Military Forces of Mali", "KRF", 2)


def test_named_groups_suicide_bomber_is_the_group_not_a_second_side() -> None:
    ev = primary_event(extract("On 2 March 2024, an ISIS suicide bomber blew himself up among soldiers in Ramadi.",
                               published=_PUB))
    assert ev is not None
    assert (ev.actor1, ev.actor2) == ("Islamic State (ISIS)", "Military Forces of Iraq")


def test_claimant_of_its_own_deed_is_the_actor() -> None:
    # "X claimed to have killed Y": X is the claimed perpetrator (and the claim's source), not a
    # bystander source; "X was alleged to have ..." keeps its reading
    ev = primary_event(extract("On 2 March 2024, ISIS claimed to have killed two soldiers near Tikrit.",
                               published=_PUB))
    assert ev is not None
    assert (ev.actor1, ev.actor2, ev.certainty, ev.attribution) == (
        "Islamic State (ISIS)", "Military Forces of Iraq", "claimed", "ISIS")


def test_claimant_of_its_fighters_deed_is_the_actor() -> None:
    # "X said its fighters attacked ...": the fighters are X's, not whoever the checkpoint was
    ev = primary_event(extract("On 2 March 2024, ISIS said its fighters attacked an army checkpoint near "
                               "Khanaqin, killing three soldiers.", published=_PUB))
    assert ev is not None
    assert (ev.actor1, ev.actor2, ev.fatalities) == ("Islamic State (ISIS)", "Military Forces of Iraq", 3)


def test_event_with_no_known_place_takes_the_country_of_the_armed_group_it_names() -> None:
    # the village is not in the gazetteer; the SDF fight in Syria, so the protesters are Syria's
    ev = primary_event(extract("On 2 March 2024, residents of Zorbatiyeh protested against the SDF's "
                               "conscription campaign.", published=_PUB))
    assert ev is not None
    assert (ev.actor1, ev.country, ev.location) == ("Protesters (Syria)", "Syria", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 2 March 2024, CRPF personnel fired on villagers.", ("CRPF", "Police Forces of India", 1)),
        ("On 2 March 2024, the Frontier Corps raided a compound.", ("Frontier Corps", "Military Forces of Pakistan", 8)),
        ("On 2 March 2024, the Rapid Action Battalion detained three men.",
         ("Rapid Action Battalion", "Police Forces of Bangladesh", 1)),
        ("On 2 March 2024, Carabineros fired tear gas.", ("Carabineros", "Police Forces of Chile", 1)),
        ("On 2 March 2024, the Guardia Nacional Bolivariana dispersed a march.",
         ("Guardia Nacional Bolivariana", "Military Forces of Venezuela", 1)),
        ("On 2 March 2024, FARDC soldiers clashed with rebels.",
         ("FARDC soldiers", "Military Forces of Democratic Republic of Congo", 1)),
        ("On 2 March 2024, the Tatmadaw shelled villages.", ("Tatmadaw", "Military Forces of Myanmar", 1)),
        ("On 2 March 2024, Department of State Services operatives arrested him.",
         ("Department of State Services", "Police Forces of Nigeria", 1)),
    ],
)
def test_named_state_forces(text: str, expected: tuple) -> None:
    """A state's forces named by their own name or acronym ("CRPF", "Tatmadaw")."""
    from frontwatch.actors import ActorMatcher
    from frontwatch.nlp import load_nlp

    nlp = load_nlp()
    doc = nlp(text)
    found, _ = ActorMatcher(nlp).find(doc)
    assert expected in [(doc[m.start:m.end].text, m.actor.name, m.actor.inter) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a military listed as external forces is a state's forces at home, external abroad
        ("On 2 March 2024, KDF troops clashed with al-Shabaab militants near Kismayo.",
         ("Military Forces of Kenya", 8)),
        ("On 2 March 2024, KDF troops clashed with al-Shabaab militants near Lamu.",
         ("Military Forces of Kenya", 1)),
        ("On 2 March 2024, CRPF personnel clashed with Maoists near Bijapur.",
         ("Police Forces of India", 1)),
    ],
)
def test_named_state_forces_at_home_and_abroad(text: str, expected: tuple) -> None:
    ev = primary_event(extract(text, published=_PUB))
    assert ev is not None
    assert (ev.actor1, ev.inter1) == expected


def test_the_longest_plain_words_at_a_start_win() -> None:
    # "lynch mob" (rioters) before "mob"; "real estate agent" (a civilian) whole, not "agent"
    from frontwatch.pipeline import get_pipeline

    ex = get_pipeline().extractor
    doc = ex.nlp("A real estate agent was chased by a lynch mob in Recife.")
    found, _pending = ex.actors.find(doc)
    assert [(doc[m.start:m.end].text, m.actor.name) for m in found] == [
        ("real estate agent", "Civilians"), ("lynch mob", "Rioters")]
