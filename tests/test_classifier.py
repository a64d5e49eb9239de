"""The sub-event classifier and the ACLED taxonomy file it is built on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from frontwatch.errors import DataFileError, ModelMissing
from frontwatch.events.classifier import (
    CASE_CODE_TO_SUB_EVENT,
    MODEL_NAME,
    SUB_EVENT_TO_EVENT_TYPE,
    SubEventClassifier,
    _model_dir,
    acled_split,
    clean_acled_notes,
    mask_text,
    no_event_examples,
)
from frontwatch.events.taxonomy import load_taxonomy, load_taxonomy_file

# Written by the team for this test, in the style of conflict reporting; none of
# them is among the training examples in data/acled_types.yaml.
LABELLED: list[tuple[str, str]] = [
    ("Rebels and soldiers exchanged fire for hours near the northern checkpoint.", "Armed clash"),
    (
        "Two militiamen died in a gun battle with the gendarmerie outside the village.",
        "Armed clash",
    ),
    (
        "The armed forces said they had recaptured the mining town from the insurgents.",
        "Government regains territory",
    ),
    (
        "Insurgents seized the district capital after the garrison was overrun.",
        "Non-state actor overtakes territory",
    ),
    (
        "Fighter jets bombed an insurgent training camp, killing at least fifteen fighters.",
        "Air/drone strike",
    ),
    (
        "A drone hit a pickup truck on the desert road, killing its two passengers.",
        "Air/drone strike",
    ),
    (
        "Mortar rounds struck the camp for displaced families, wounding eight.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Heavy artillery shelled the southern suburbs throughout the night.",
        "Shelling/artillery/missile attack",
    ),
    (
        "An IED planted by the roadside exploded under an army truck.",
        "Remote explosive/landmine/IED",
    ),
    (
        "A suicide bomber blew himself up in the queue outside the recruitment centre.",
        "Suicide bomb",
    ),
    ("Assailants threw a hand grenade at the crowd leaving the stadium.", "Grenade"),
    (
        "Victims said they choked on a yellow gas that smelled of chlorine after the shells landed.",
        "Chemical weapon",
    ),
    ("Gunmen killed four farmers working in their fields.", "Attack"),
    ("Unknown gunmen shot dead a village chief in front of his family.", "Attack"),
    (
        "Armed men kidnapped two engineers working at the dam and demanded a ransom.",
        "Abduction/forced disappearance",
    ),
    ("Militia members raped three women who had gone to fetch water.", "Sexual violence"),
    ("Nurses marched to the health ministry to demand overdue salaries.", "Peaceful protest"),
    (
        "Hundreds of residents rallied peacefully against the closure of the local hospital.",
        "Peaceful protest",
    ),
    (
        "Police dispersed the students gathered outside the university and detained ten of them.",
        "Protest with intervention",
    ),
    (
        "Soldiers fired live bullets at peaceful marchers, killing two of them.",
        "Excessive force against protesters",
    ),
    ("Protesters burned tyres and threw stones at the police.", "Violent demonstration"),
    (
        "Demonstrators set fire to the governor's office and clashed with riot police.",
        "Violent demonstration",
    ),
    ("A mob beat a suspected robber to death in the market.", "Mob violence"),
    ("Angry villagers lynched a man accused of stealing goats.", "Mob violence"),
    ("The government and the rebel movement signed a ceasefire deal on Sunday.", "Agreement"),
    ("Police arrested the opposition spokesman at his home.", "Arrests"),
    ("Soldiers defused a bomb hidden under a bridge.", "Disrupted weapons use"),
    (
        "Police seized a large stash of rifles and explosives in a raid on a warehouse.",
        "Disrupted weapons use",
    ),
    ("The army set up a new base near the border crossing.", "Headquarters or base established"),
    (
        "The ministry deployed an extra battalion to the restive province.",
        "Change to group/activity",
    ),
    ("Fighters looted the clinic and burned the market stalls.", "Looting/property destruction"),
    (
        "The militia withdrew from the town and government troops entered it without firing a shot.",
        "Non-violent transfer of territory",
    ),
    (
        "Residents found a mass grave with more than forty bodies at the edge of the forest.",
        "Other",
    ),
]

# Accuracy measured on LABELLED when this floor was set: 0.97 (32/33). The floor
# leaves a noise margin of four sentences for retraining with other data or
# settings; lowering it is an explicit decision, argued in the commit that does it.
ACCURACY_FLOOR = 0.85


@pytest.fixture(scope="module")
def clf() -> SubEventClassifier:
    return SubEventClassifier.load()


# --- taxonomy ---------------------------------------------------------------------


def test_taxonomy_has_acled_vocabulary() -> None:
    t = load_taxonomy()
    assert len(t.event_types) == 6
    assert len(t.sub_event_types) == 25
    assert set(SUB_EVENT_TO_EVENT_TYPE.values()) == set(t.event_types)
    assert (
        SUB_EVENT_TO_EVENT_TYPE["Shelling/artillery/missile attack"] == "Explosions/Remote violence"
    )
    assert SUB_EVENT_TO_EVENT_TYPE["Looting/property destruction"] == "Strategic developments"
    assert SUB_EVENT_TO_EVENT_TYPE["Excessive force against protesters"] == "Protests"
    assert len(CASE_CODE_TO_SUB_EVENT) == 25
    assert CASE_CODE_TO_SUB_EVENT["PROPERTY_DISTRUCT"] == "Looting/property destruction"
    assert CASE_CODE_TO_SUB_EVENT["ARREST"] == "Arrests"
    assert set(t.case_other_codes) == {
        "ORG_CRIME",
        "NATURAL_DISASTER",
        "MAN_MADE_DISASTER",
        "DIPLO",
        "ATTRIB",
    }


def _bundled_yaml() -> dict:
    path = Path(_model_dir()).parent / "acled_types.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _write(tmp_path: Path, data: object) -> Path:
    p = tmp_path / "types.yaml"
    p.write_text(yaml.safe_dump(data), encoding="utf-8")
    return p


def test_taxonomy_round_trips(tmp_path: Path) -> None:
    t = load_taxonomy_file(_write(tmp_path, _bundled_yaml()))
    assert t.sub_event_to_event_type == SUB_EVENT_TO_EVENT_TYPE


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda d: d.update(schema_version=2), "schema_version"),
        (lambda d: d["sub_event_types"].pop(), "exactly 25"),
        (lambda d: d["sub_event_types"][0].update(event_type="Skirmishes"), "Skirmishes"),
        (
            lambda d: d["sub_event_types"][1].update(name=d["sub_event_types"][0]["name"]),
            "duplicate",
        ),
        (lambda d: d["sub_event_types"][2].update(definition=""), "definition"),
        (lambda d: d["sub_event_types"][3].update(colour="red"), "unknown keys"),
        (lambda d: d["case_other_codes"].update(ARREST="x"), "both mapped"),
        (lambda d: d["event_types"].pop("Riots"), "exactly 6"),
    ],
)
def test_taxonomy_rejects_malformed(tmp_path: Path, breakage, message: str) -> None:
    data = _bundled_yaml()
    breakage(data)
    with pytest.raises(DataFileError, match=message) as exc:
        load_taxonomy_file(_write(tmp_path, data))
    assert str(tmp_path) in str(exc.value)


def test_taxonomy_rejects_invalid_yaml(tmp_path: Path) -> None:
    p = tmp_path / "bad.yaml"
    p.write_text("event_types: [unclosed\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid YAML"):
        load_taxonomy_file(p)


# --- text handling and the split -----------------------------------------------------


def test_acled_split_is_stable_and_about_a_fifth() -> None:
    ids = [f"XYZ{i}" for i in range(2000)]
    first = [acled_split(i) for i in ids]
    assert first == [acled_split(i) for i in ids]
    share = first.count("heldout") / len(ids)
    assert 0.17 < share < 0.23
    assert set(first) == {"train", "heldout"}


def test_clean_acled_notes_drops_boilerplate() -> None:
    notes = (
        "On 3 March 2021, farmers protested in the main square of Velmora. "
        "12 fatalities split between 2 events. [size=around 100]"
    )
    assert clean_acled_notes(notes) == "farmers protested in the main square of Velmora."


def test_mask_text_hides_names_and_numbers() -> None:
    vocab = frozenset({"police", "the", "arrested"})
    masked = mask_text(
        "Police arrested 14 members of the Zorvani Liberation Front in Tarsk.", vocab
    )
    assert masked == "police arrested NUM members of the ENT in ENT ."
    assert "zorvani" not in masked and "tarsk" not in masked


# --- the shipped model --------------------------------------------------------------------


def test_load_is_cached_and_labels_match_taxonomy(clf: SubEventClassifier) -> None:
    assert SubEventClassifier.load() is clf
    assert sorted(clf.labels) == sorted(SUB_EVENT_TO_EVENT_TYPE)


def test_predict_proba_shape(clf: SubEventClassifier) -> None:
    texts = ["Troops shelled the town.", "Students marched peacefully.", ""]
    out = clf.predict_proba(texts)
    assert len(out) == 3
    for d in out:
        assert set(d) == set(SUB_EVENT_TO_EVENT_TYPE)
        assert abs(sum(d.values()) - 1.0) < 1e-6
        assert all(0.0 <= p <= 1.0 for p in d.values())
    assert clf.predict_proba([]) == []
    assert clf.predict_proba(texts) == out  # deterministic


def test_fast_path_gives_sklearns_numbers(clf: SubEventClassifier) -> None:
    """The extractor's one-or-two-text path skips sklearn's checks; the numbers stay the
    fitted pipeline's, to the bit."""
    from frontwatch.events.classifier import _features

    texts = [clean_acled_notes(t) for t, _ in LABELLED] + ["", "Soldiers  fired\ttear gas."]
    texts.append(" ".join(texts))  # a long text: every word's n-grams, words repeated
    steps = clf._fitted.pipeline.named_steps
    masked = [clf.mask(t) for t in texts]
    expected = steps["model"].predict_proba(_features(steps["features"], masked, texts, 0.0))
    clf._predict(["warm"])  # builds the fast path
    assert clf._fast is not None
    assert (clf._fast.predict_proba(masked) == expected).all()
    assert all((clf._fast.predict_proba([m])[0] == row).all() for m, row in zip(masked, expected, strict=True))


def test_masked_names_do_not_change_the_answer(clf: SubEventClassifier) -> None:
    a = clf.predict_proba(["Gunmen loyal to Arvane Kolt kidnapped a nurse in Polden."])[0]
    b = clf.predict_proba(["Gunmen loyal to Quelmar Dasso kidnapped a nurse in Sastra."])[0]
    assert a == b


def test_accuracy_floor_on_team_sentences(clf: SubEventClassifier) -> None:
    assert {SUB_EVENT_TO_EVENT_TYPE[label] for _, label in LABELLED} == set(
        load_taxonomy().event_types
    )
    predicted = clf.predict([t for t, _ in LABELLED])
    wrong = [(t, g, p) for (t, g), p in zip(LABELLED, predicted, strict=True) if g != p]
    accuracy = 1 - len(wrong) / len(LABELLED)
    assert accuracy >= ACCURACY_FLOOR, f"accuracy {accuracy:.2f}; misclassified: {wrong}"


# --- artefact checks -------------------------------------------------------------------------


@pytest.fixture()
def model_copy(tmp_path: Path) -> Path:
    for suffix in (".joblib", ".json"):
        shutil.copy(Path(_model_dir()) / f"{MODEL_NAME}{suffix}", tmp_path)
    return tmp_path


def _edit_meta(directory: Path, **changes: object) -> None:
    p = directory / f"{MODEL_NAME}.json"
    meta = json.loads(p.read_text(encoding="utf-8"))
    meta.update(changes)
    p.write_text(json.dumps(meta), encoding="utf-8")


def test_load_from_copy(model_copy: Path) -> None:
    clf = SubEventClassifier.load_from(model_copy)
    assert len(clf.labels) == 25


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"sklearn_version": "0.1.0"}, "scikit-learn 0.1.0"),
        ({"labels": ["Armed clash"]}, "label set"),
        ({"sha256": "0" * 64}, "checksum"),
        ({"format_version": 99}, "format"),
    ],
)
def test_load_rejects_mismatched_sidecar(model_copy: Path, changes: dict, message: str) -> None:
    _edit_meta(model_copy, **changes)
    with pytest.raises(ModelMissing, match=message):
        SubEventClassifier.load_from(model_copy)


def test_load_reports_missing_model(tmp_path: Path) -> None:
    with pytest.raises(ModelMissing, match="train_event_classifier"):
        SubEventClassifier.load_from(tmp_path)


# --- CASE folds, content hash, the no-event class, model swapping -------------------------


def test_case_fold_is_stable_and_balanced() -> None:
    from frontwatch.events.classifier import case_fold

    assert case_fold("17", 5) == case_fold(" 17 ", 5)
    counts = [0] * 5
    for i in range(2000):
        counts[case_fold(str(i), 5)] += 1
    assert all(340 <= c <= 460 for c in counts), counts


def test_case_content_hash_ignores_order_and_whitespace() -> None:
    from frontwatch.events.classifier import case_content_hash

    a = [("1", "Troops shelled the town.", "ART_MISS_ATTACK"), ("2", "A march.", "PEACE_PROTEST")]
    b = [(" 2", "A march. ", "PEACE_PROTEST"), ("1", "Troops shelled the town.", "ART_MISS_ATTACK")]
    assert case_content_hash(a) == case_content_hash(b)
    assert case_content_hash(a) != case_content_hash(a[:1])


def test_p_none_separates_non_events(clf: SubEventClassifier) -> None:
    assert clf.has_none_class
    texts = ["Troops shelled the town overnight, killing three civilians.", ""]
    p = clf.p_none(texts)
    assert len(p) == 2 and all(0.0 <= q <= 1.0 for q in p)
    assert p[0] < 0.2
    assert clf.p_none([]) == []
    # the 25 sub-event probabilities still sum to 1 with the extra class trained
    for d in clf.predict_proba(texts):
        assert set(d) == set(SUB_EVENT_TO_EVENT_TYPE)
        assert abs(sum(d.values()) - 1.0) < 1e-6


def test_fit_without_none_class_and_using_swaps_back(clf: SubEventClassifier) -> None:
    from frontwatch.events.classifier import fit, team_examples

    small = fit([], team_examples(), c=1.0)
    assert not small.has_none_class
    assert small.p_none(["Troops shelled the town."]) == [0.0]
    text = ["Police arrested the opposition spokesman at his home."]
    before = clf.predict_proba(text)
    with SubEventClassifier.using(small) as swapped:
        assert swapped is SubEventClassifier.load()
        assert clf.predict_proba(text) == small.predict_proba(text)
        assert not clf.has_none_class
    assert clf.predict_proba(text) == before
    assert clf.has_none_class


def test_shipped_sidecar_records_training_data(clf: SubEventClassifier) -> None:
    assert clf.meta is not None
    trained_on = clf.meta["trained_on"]
    assert len(trained_on["case2021_sha256"]) == 64
    assert len(trained_on["acled_sha256"]) == 64
    assert set(clf.meta["hyperparameters"]) >= {"c", "snippet_weight", "none_weight"}


def test_no_event_examples_load_and_reject_malformed(tmp_path: Path) -> None:
    texts = no_event_examples()
    assert len(texts) >= 50 and all(t == t.strip() and t for t in texts)
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\ngroups:\n  accident: [\"\"]\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="group 'accident' must hold strings"):
        no_event_examples(bad)
    bad.write_text("version: 1\ngroups: {}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="'groups' must map"):
        no_event_examples(bad)
    bad.write_text("version: 9\ngroups: {}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="version 9 is not the supported 1") as err:
        no_event_examples(bad)
    assert err.value.code == "FW600"


def test_repeated_texts_give_the_same_probabilities(clf: SubEventClassifier) -> None:
    """Probabilities kept for a second asking are those a fresh reading gives."""
    texts = ["Rebels overran an army base near the border.", "Protesters marched to parliament."]
    first = clf.predict_proba(texts)
    again = clf.predict_proba([texts[1], "A new sentence about shelling of a village.", texts[0]])
    assert again[0] == first[1] and again[2] == first[0]
    assert clf.p_none(texts) == clf.p_none(list(reversed(texts)))[::-1]
