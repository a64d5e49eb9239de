"""The numpy sentence encoder and a sub-event classifier trained with its vectors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from frontwatch.encoder import DIMENSIONS, ENCODER_ID, SentenceEncoder
from frontwatch.errors import ModelMissing
from frontwatch.events.classifier import MODEL_NAME, SubEventClassifier, fit, team_examples

# team-written sentences: two tellings of one killing, a rate decision, a march
KILLING = "Gunmen shot dead three villagers near the river on Tuesday."
KILLING_AGAIN = "Armed men killed three residents of a riverside hamlet."
RATES = "The central bank raised its benchmark interest rate by half a point."
MARCH = "Thousands of teachers marched to parliament demanding unpaid salaries."


@pytest.fixture(scope="module")
def encoder() -> SentenceEncoder:
    return SentenceEncoder.load()


def test_unit_vectors_of_fixed_size_in_input_order(encoder: SentenceEncoder) -> None:
    texts = [RATES, KILLING, MARCH, KILLING_AGAIN]
    v = encoder.encode(texts)
    assert v.shape == (4, DIMENSIONS) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    # batched by length, returned in input order: each row is the text's own vector
    alone = np.stack([encoder.encode([t])[0] for t in texts])
    assert np.allclose(v, alone, atol=1e-5)
    assert encoder.encode([]).shape == (0, DIMENSIONS)


def test_two_tellings_of_one_event_are_closer_than_unrelated_news(encoder: SentenceEncoder) -> None:
    k, k2, rates, march = encoder.encode([KILLING, KILLING_AGAIN, RATES, MARCH])
    same = float(k @ k2)
    assert same > 0.5
    assert same > float(k @ rates) + 0.3
    assert same > float(k @ march) + 0.2


def test_long_text_is_truncated_not_refused(encoder: SentenceEncoder) -> None:
    v = encoder.encode([" ".join([KILLING] * 60)])
    assert v.shape == (1, DIMENSIONS) and np.isfinite(v).all()


def test_disk_cache_returns_the_same_vectors(encoder: SentenceEncoder, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWATCH_HOME", str(tmp_path))
    fresh = encoder.encode([KILLING, RATES, KILLING])
    first = encoder.encode([KILLING, RATES, KILLING], cache=True)
    with sqlite3.connect(tmp_path / "encoder-cache.sqlite") as con:
        assert con.execute("SELECT COUNT(*) FROM vectors").fetchone() == (2,)
    again = encoder.encode([RATES, KILLING], cache=True)
    assert np.allclose(first, fresh, atol=1e-6)
    assert np.array_equal(again, first[[1, 0]])


def test_unreadable_archive_is_a_clear_model_error(tmp_path: Path) -> None:
    bad = tmp_path / "model.zip"
    bad.write_bytes(b"not a zip archive")
    with pytest.raises(ModelMissing, match="unreadable sentence-encoder archive"):
        SentenceEncoder.from_zip(bad)


@pytest.fixture(scope="module")
def with_vectors(tmp_path_factory: pytest.TempPathFactory) -> SubEventClassifier:
    home = tmp_path_factory.mktemp("home")
    mp = pytest.MonkeyPatch()
    mp.setenv("FRONTWATCH_HOME", str(home))
    try:
        return fit([], team_examples(), c=10.0, embedding_weight=1.0)
    finally:
        mp.undo()


def test_classifier_trained_with_vectors_records_the_encoder(with_vectors: SubEventClassifier,
                                                             tmp_path: Path) -> None:
    assert with_vectors._fitted.embedding_weight == 1.0
    assert with_vectors._fitted.encoder_id == ENCODER_ID
    assert with_vectors.predict(["Police fired live rounds at the marchers, killing four of them."]) == [
        "Excessive force against protesters"]
    blob = with_vectors.save(tmp_path)
    again = SubEventClassifier.load_from(tmp_path)
    assert again.meta is not None and again.meta["encoder"] == ENCODER_ID
    text = ["Rebels ambushed an army convoy on the highway."]
    assert again.predict_proba(text) == with_vectors.predict_proba(text)
    assert blob.name == f"{MODEL_NAME}.joblib"


def test_classifier_refuses_a_model_of_another_encoder(with_vectors: SubEventClassifier, tmp_path: Path) -> None:
    import dataclasses

    other = SubEventClassifier(dataclasses.replace(with_vectors._fitted, encoder_id="some-other-encoder@1"))
    other.save(tmp_path)
    with pytest.raises(ModelMissing, match="sentence encoder some-other-encoder@1"):
        SubEventClassifier.load_from(tmp_path)


def test_shipped_model_reads_ngrams_alone() -> None:
    clf = SubEventClassifier.load()
    assert clf._fitted.embedding_weight == 0.0 and clf._fitted.encoder_id is None
    assert clf.meta is not None and clf.meta["hyperparameters"]["embedding_weight"] == 0.0


def test_missing_package_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import metadata

    from frontwatch import encoder as enc

    def absent(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", absent)
    with pytest.raises(ModelMissing, match="make install"):
        enc._package_zip()


def test_package_archive_is_found_without_importing_the_package() -> None:
    import sys

    from frontwatch import encoder as enc

    path = enc._package_zip()
    assert path.name == "model.zip" and path.is_file()
    assert enc.MODULE not in sys.modules
