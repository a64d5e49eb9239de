"""Which ACLED sub-event type a sentence or short snippet reports.

A calibrated linear model over word and character n-gram TF-IDF features of
*masked* text: capitalised words that are not ordinary vocabulary (places,
actors, people) become `ENT` and numbers become `NUM`, so the model learns how
events are described, not who or where they happened. The artefact is trained
by `scripts/train_event_classifier.py` on the training split of an ACLED export
(see `acled_split`), the team-written examples in `data/acled_types.yaml` and,
optionally, labelled news snippets (a CASE 2021 task 2 file), and ships in
`data/models/`.

`predict_proba` answers which of the 25 sub-event types a text reports (the 25
probabilities sum to 1). A model trained with snippets that report no ACLED
event (diplomacy, claims of responsibility, organised crime, disasters) also
holds a 26th, "no ACLED event" class, kept out of `labels`: `p_none(texts)`
gives its probability, for the extractor to drop false alarms.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from ..encoder import ENCODER_ID
from ..errors import ModelMissing
from .taxonomy import load_taxonomy

_TAXONOMY = load_taxonomy()
SUB_EVENT_TO_EVENT_TYPE: dict[str, str] = _TAXONOMY.sub_event_to_event_type
CASE_CODE_TO_SUB_EVENT: dict[str, str] = _TAXONOMY.case_code_to_sub_event

MODEL_NAME = "sub_event_classifier"
FORMAT_VERSION = 3
HELDOUT_PERCENT = 20
# the extra class trained from snippets that report no ACLED event; never in `labels`
NONE_LABEL = "(no ACLED event)"
RECENT_TEXTS = 512  # texts whose probabilities a classifier keeps for a second asking


# --- the held-out protocol -------------------------------------------------


def acled_split(event_id_cnty: str) -> str:
    """'train' or 'heldout' for an ACLED row, from a hash of its `event_id_cnty`.

    Deterministic and independent of row order, so the training script and
    `frontwatch eval acled` agree on which rows the shipped model never saw.
    """
    digest = hashlib.sha256(event_id_cnty.strip().encode("utf-8")).hexdigest()
    return "heldout" if int(digest[:8], 16) % 100 < HELDOUT_PERCENT else "train"


def acled_row_key(event_id_cnty: str) -> str:
    """A short digest of an ACLED row's `event_id_cnty`: the sidecar lists those of the
    rows the model was trained on, so an evaluation skips exactly them in any file."""
    return hashlib.sha256(("acled-row:" + event_id_cnty.strip()).encode("utf-8")).hexdigest()[:16]


def case_fold(snippet_id: str, k: int) -> int:
    """The cross-validation fold (0..k-1) of a CASE 2021 snippet, from a hash of its id.

    Deterministic and independent of row order, like `acled_split`.
    """
    digest = hashlib.sha256(("case-fold:" + snippet_id.strip()).encode("utf-8")).hexdigest()
    return int(digest[:8], 16) % k


def case_content_hash(snippets: Iterable[tuple[str, str, str]]) -> str:
    """SHA-256 over (id, text, code) triples in id order: identifies a labelled snippet set.

    Recorded in the model sidecar, so an evaluation can tell whether the shipped
    model has seen a file (whatever its line endings or row order).
    """
    h = hashlib.sha256()
    for sid, text, code in sorted((a.strip(), b.strip(), c.strip()) for a, b, c in snippets):
        h.update(f"{sid}\t{text}\t{code}\n".encode())
    return h.hexdigest()


# --- text normalisation ----------------------------------------------------

SIZE_TAG = re.compile(r"\[\s*size\s*=[^\]]*\]", re.I)  # ACLED's crowd-size tag
_FATALITY_NOTES = re.compile(
    r"[^.]*\b(?:fatalities|deaths)\s+(?:split|coded|distributed|divided|spread)\b[^.]*\.?", re.I
)
_DATE_OPENER = re.compile(
    r"^\s*(?:on|between|around|during|from|in|by|as of)\s+"
    r"(?:(?:the\s+)?(?:night|morning|evening|week(?:end)?|weekend)\s+of\s+)?"
    r"[^,]{0,40}?\b(?:19|20)\d\d\b(?:\s*\([^)]*\))?\s*,\s*",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'\u2019\-]*|\d[\d.,:/]*|[^\w\s]", re.UNICODE)

# All-capital abbreviations that name weapons or tactics, not actors: kept as words.
_KEEP_ABBREVIATIONS = frozenset(
    {"ied", "ieds", "vbied", "vbieds", "svbied", "uav", "uavs", "rpg", "rpgs", "idp", "idps"}
)


def size_tagged(text: str) -> bool:
    """The text carries ACLED's crowd-size tag ("[size=no report]", "[size=around 200]"),
    which ACLED's coders write into the notes of every demonstration event (Protests and
    Riots) and of nearly no other."""
    return "size" in text.lower() and SIZE_TAG.search(text) is not None


def clean_acled_notes(text: str) -> str:
    """Drop ACLED coding boilerplate: size tags, fatality bookkeeping, the date opener."""
    text = SIZE_TAG.sub(" ", text)
    low = text.lower()
    if "fatalities" in low or "deaths" in low:  # (the pattern is slow to fail on long text)
        text = _FATALITY_NOTES.sub(" ", text)
    text = _DATE_OPENER.sub("", text, count=1)
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(text: str) -> list[str]:
    """A cheap sentence split, good enough for ACLED notes."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def mask_text(text: str, vocabulary: frozenset[str]) -> str:
    """Lowercase text with names masked as ENT and numbers as NUM.

    A capitalised token stays (lowercased) only when its lowercase form is an
    ordinary word in `vocabulary` (seen in lowercase in the training text), so
    sentence-initial words survive and proper names do not.
    """
    out: list[str] = []
    for tok in _TOKEN.findall(text):
        first = tok[0]
        if first.isdigit():
            out.append("NUM")
        elif first.isupper():
            low = tok.lower()
            if low in vocabulary or low in _KEEP_ABBREVIATIONS:
                out.append(low)
            elif not out or out[-1] != "ENT":
                out.append("ENT")
        else:
            out.append(tok.lower())
    return " ".join(out)


def build_vocabulary(texts: Iterable[str], min_count: int = 2) -> frozenset[str]:
    """Words seen in lowercase at least `min_count` times: the ordinary vocabulary."""
    counts: dict[str, int] = {}
    for text in texts:
        for tok in _TOKEN.findall(text):
            if tok[0].islower():
                counts[tok] = counts.get(tok, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= min_count)


# --- the model ---------------------------------------------------------------


@dataclass
class _Fitted:
    """What the artefact holds: the mask vocabulary and the sklearn pipeline."""

    format_version: int
    vocabulary: tuple[str, ...]  # sorted, so the pickled bytes do not depend on hash seeds
    pipeline: Any  # sklearn Pipeline: FeatureUnion of TF-IDF -> LogisticRegression
    labels: list[str]  # the 25 sub-event types
    none_label: str | None = None  # the extra no-event class among classes_, if trained
    # the sentence encoder's vectors (frontwatch.encoder) join the n-gram features with this
    # weight; 0 for a model of n-grams alone
    embedding_weight: float = 0.0
    encoder_id: str | None = None


def _model_dir() -> Path:
    return Path(str(resources.files("frontwatch") / "data" / "models"))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class SubEventClassifier:
    """Probabilities over ACLED's 25 sub-event types for short texts."""

    labels: list[str]
    meta: dict[str, Any] | None = None  # the JSON sidecar, when loaded from disk

    def __init__(self, fitted: _Fitted) -> None:
        self._set(fitted)

    def _set(self, fitted: _Fitted) -> None:
        self._fitted = fitted
        self._vocabulary = frozenset(fitted.vocabulary)
        self.labels = list(fitted.labels)
        # Column order of predict_proba follows the estimator's classes_.
        classes = [str(c) for c in fitted.pipeline.classes_]
        self._columns = classes
        self._none_column = classes.index(fitted.none_label) if fitted.none_label else None
        # the extractor reads a sentence twice (its type, then whether it reports anything)
        self._recent: dict[str, Any] = {}
        self._fast: _FastLinear | None = None  # built on first use, from the fitted steps

    @property
    def has_none_class(self) -> bool:
        """Whether the model was trained with a "no ACLED event" class (see `p_none`)."""
        return self._none_column is not None

    @classmethod
    @contextlib.contextmanager
    def using(cls, model: SubEventClassifier) -> Iterator[SubEventClassifier]:
        """Within the block, the bundled classifier answers with `model`'s weights.

        Everything already holding the bundled instance (the extraction pipeline)
        uses `model` until the block ends; for cross-validation, where a fold
        model must run through exactly the code path of `frontwatch extract`.
        """
        bundled = cls.load()
        saved = bundled._fitted
        bundled._set(model._fitted)
        try:
            yield bundled
        finally:
            bundled._set(saved)

    @classmethod
    def load(cls) -> SubEventClassifier:
        """The bundled model (cached per process)."""
        return _load_bundled()

    @classmethod
    def load_from(cls, directory: str | Path) -> SubEventClassifier:
        """Load `sub_event_classifier.joblib` from `directory`, checking its JSON sidecar."""
        import joblib
        import sklearn

        directory = Path(directory)
        blob = directory / f"{MODEL_NAME}.joblib"
        meta_path = directory / f"{MODEL_NAME}.json"
        where = str(blob)
        if not blob.is_file() or not meta_path.is_file():
            raise ModelMissing(
                "the sub-event classifier is not built; run "
                "`python scripts/train_event_classifier.py --acled ACLED.csv`",
                source=where,
            )
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ModelMissing(f"unreadable model sidecar: {exc}", source=str(meta_path)) from exc
        if meta.get("format_version") != FORMAT_VERSION:
            raise ModelMissing(
                f"model format {meta.get('format_version')!r}, this code reads {FORMAT_VERSION}; "
                "retrain with scripts/train_event_classifier.py",
                source=where,
            )
        if meta.get("sklearn_version") != sklearn.__version__:
            raise ModelMissing(
                f"model was saved with scikit-learn {meta.get('sklearn_version')}, "
                f"installed is {sklearn.__version__}; reinstall the pinned version or retrain",
                source=where,
            )
        expected = sorted(SUB_EVENT_TO_EVENT_TYPE)
        if sorted(meta.get("labels", [])) != expected:
            raise ModelMissing(
                "model label set differs from data/acled_types.yaml; retrain the classifier",
                source=where,
            )
        if meta.get("sha256") != _sha256(blob):
            raise ModelMissing("model file does not match the checksum in its sidecar", where)
        # The checksum above ties the pickle to the sidecar shipped with the package.
        fitted = joblib.load(blob)
        if not isinstance(fitted, _Fitted) or sorted(fitted.labels) != expected:
            raise ModelMissing("model file holds an unexpected object", source=where)
        if fitted.embedding_weight and fitted.encoder_id != ENCODER_ID:
            raise ModelMissing(
                f"model was trained with sentence encoder {fitted.encoder_id}, installed is "
                f"{ENCODER_ID}; run `make install` or retrain", source=where)
        clf = cls(fitted)
        clf.meta = meta
        return clf

    def save(self, directory: str | Path, extra_meta: dict[str, Any] | None = None) -> Path:
        """Write the artefact and its sidecar; returns the artefact path."""
        import joblib
        import sklearn

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        blob = directory / f"{MODEL_NAME}.joblib"
        joblib.dump(self._fitted, blob, compress=("xz", 3), protocol=5)
        meta = {
            "name": MODEL_NAME,
            "format_version": FORMAT_VERSION,
            "sklearn_version": sklearn.__version__,
            "labels": self.labels,
            "none_class": self._fitted.none_label,
            "encoder": self._fitted.encoder_id,
            "sha256": _sha256(blob),
            "size_bytes": blob.stat().st_size,
        }
        meta.update(extra_meta or {})
        (directory / f"{MODEL_NAME}.json").write_text(
            json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8"
        )
        return blob

    def mask(self, text: str) -> str:
        return mask_text(text, self._vocabulary)

    def predict_proba(self, texts: Sequence[str]) -> list[dict[str, float]]:
        """For each text, every label with its probability (they sum to 1)."""
        if len(texts) == 0:
            return []
        probs = self._raw_proba(texts)
        out = []
        for row in probs:
            d = {
                label: float(p)
                for i, (label, p) in enumerate(zip(self._columns, row, strict=True))
                if i != self._none_column
            }
            if self._none_column is not None:
                total = sum(d.values())
                d = {k: v / total for k, v in d.items()}
            out.append(d)
        return out

    def p_none(self, texts: Sequence[str]) -> list[float]:
        """For each text, the probability that it reports no ACLED event at all.

        0.0 for every text when the model has no such class (`has_none_class`).
        """
        if len(texts) == 0:
            return []
        if self._none_column is None:
            return [0.0] * len(texts)
        return [float(row[self._none_column]) for row in self._raw_proba(texts)]

    def _raw_proba(self, texts: Sequence[str]) -> Any:
        import numpy as np

        recent = self._recent
        todo = list(dict.fromkeys(t for t in texts if t not in recent))
        if not todo:
            return np.stack([recent[t] for t in texts])
        rows = self._predict([clean_acled_notes(t) for t in todo])
        if len(todo) == len(texts):
            out = rows
        else:
            new = dict(zip(todo, rows, strict=True))
            out = np.stack([new[t] if t in new else recent[t] for t in texts])
        if len(recent) + len(todo) > RECENT_TEXTS:
            recent.clear()
        if len(todo) <= RECENT_TEXTS:
            recent.update(zip(todo, rows, strict=True))
        return out

    def _predict(self, cleaned: list[str]) -> Any:
        """Probabilities for cleaned texts: the n-gram features of the masked text (the
        fitted FeatureUnion's transformers, stacked without its job machinery: the same
        numbers in a tenth of the time on a sentence) and, when the model was trained with
        them, the sentence encoder's vectors."""
        steps = self._fitted.pipeline.named_steps
        masked = [self.mask(t) for t in cleaned]
        if self._fitted.embedding_weight:
            return steps["model"].predict_proba(
                _features(steps["features"], masked, cleaned, self._fitted.embedding_weight))
        if self._fast is None:
            self._fast = _FastLinear(steps["features"], steps["model"])
        return self._fast.predict_proba(masked)

    def predict(self, texts: Sequence[str]) -> list[str]:
        """The most probable label of each text."""
        return [max(d, key=d.__getitem__) for d in self.predict_proba(texts)]


class _FastLinear:
    """The fitted n-gram features and linear model, run without sklearn's per-call checks.

    The same numbers as `TfidfVectorizer.transform` and `LogisticRegression.predict_proba`
    (the same analyzers, counts, sublinear tf, idf, l2 norm and softmax, all in float32);
    on the one or two sentences the extractor asks about at a time, sklearn's input
    validation costs several times the arithmetic."""

    def __init__(self, union: Any, model: Any) -> None:
        import numpy as np

        if len(model.classes_) == 2:
            raise ValueError("fast path: binary model")
        self._parts = []
        for _, vec in union.transformer_list:
            tfidf = vec._tfidf
            if vec.norm != "l2" or not tfidf.use_idf or not tfidf.sublinear_tf:
                raise ValueError("fast path: unexpected TF-IDF settings")
            per_word = vec.analyzer == "char_wb" and vec.preprocessor is None and not vec.lowercase \
                and vec.strip_accents is None
            self._parts.append((vec.build_analyzer(), vec.vocabulary_, np.asarray(tfidf.idf_), per_word))
        self._coef_t = np.ascontiguousarray(model.coef_.T)
        self._intercept = model.intercept_
        self._word_ids: dict[str, list[int]] = {}  # char_wb: a word's n-grams, as feature ids

    def _char_wb_ids(self, analyze: Any, vocabulary: dict[str, int], doc: str) -> list[int]:
        """The feature ids of a char_wb analyzer's n-grams of `doc`: its words' n-grams in turn
        (the analyzer pads and cuts each whitespace-separated word alone), each word's looked up
        once."""
        cache = self._word_ids
        if len(cache) > 200_000:
            cache.clear()
        out: list[int] = []
        for w in doc.split():
            ids = cache.get(w)
            if ids is None:
                ids = cache[w] = [j for g in analyze(w) if (j := vocabulary.get(g)) is not None]
            out.extend(ids)
        return out

    def predict_proba(self, masked: list[str]) -> Any:
        import numpy as np
        from scipy import sparse
        from sklearn.utils.extmath import softmax
        from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

        blocks = []
        for analyze, vocabulary, idf, per_word in self._parts:
            indices: list[int] = []
            indptr = [0]
            counts: list[int] = []
            for doc in masked:
                counter: dict[int, int] = {}
                if per_word:
                    for j in self._char_wb_ids(analyze, vocabulary, doc):
                        counter[j] = counter.get(j, 0) + 1
                else:
                    for feature in analyze(doc):
                        j = vocabulary.get(feature)
                        if j is not None:
                            counter[j] = counter.get(j, 0) + 1
                order = sorted(counter)
                indices.extend(order)
                counts.extend(counter[j] for j in order)
                indptr.append(len(indices))
            data = np.asarray(counts, dtype=np.float32)
            cols = np.asarray(indices, dtype=np.int32)
            np.log(data, data)
            data += 1.0
            data *= idf[cols]
            block = sparse.csr_matrix((data, cols, np.asarray(indptr, dtype=np.int32)),
                                      shape=(len(masked), len(vocabulary)))
            inplace_csr_row_normalize_l2(block)
            blocks.append(block)
        X = sparse.hstack(blocks, format="csr")
        return softmax(np.asarray(X @ self._coef_t + self._intercept))


def _features(union: Any, masked: list[str], plain: list[str], embedding_weight: float,
              *, fit: bool = False, cache: bool = False) -> Any:
    """The model's input rows: TF-IDF of the masked texts and, with a weight, the sentence
    encoder's vectors of the cleaned texts as written (names included: what the encoder
    learned about "the Taliban" or "a Hindu mob" before it ever saw a training note)."""
    from scipy import sparse

    if fit:
        parts = [t.fit_transform(masked) for _, t in union.transformer_list]
    else:
        parts = [t.transform(masked) for _, t in union.transformer_list]
    if embedding_weight:
        from ..encoder import SentenceEncoder

        vectors = SentenceEncoder.load().encode(plain, cache=cache)
        parts.append(sparse.csr_matrix(vectors * embedding_weight))
    return sparse.hstack(parts).tocsr()


@functools.lru_cache(maxsize=1)
def _load_bundled() -> SubEventClassifier:
    return SubEventClassifier.load_from(_model_dir())


# --- training ------------------------------------------------------------------


def training_texts(notes: str) -> list[str]:
    """An ACLED note as training texts: the cleaned note and each of its sentences."""
    cleaned = clean_acled_notes(notes)
    texts = [cleaned] if cleaned else []
    sentences = split_sentences(cleaned)
    if len(sentences) > 1:
        texts.extend(s for s in sentences if len(s.split()) >= 4)
    return texts


def fit(
    rows: Sequence[tuple[str, str]],
    examples: Sequence[tuple[str, str]],
    *,
    snippets: Sequence[tuple[str, str]] = (),
    none_texts: Sequence[str] = (),
    example_weight: float = 10.0,
    example_weights: dict[str, float] | None = None,
    snippet_weight: float = 1.0,
    none_weight: float = 1.0,
    balance_power: float = 1.0,
    c: float = 10.0,
    max_word_features: int = 40000,
    max_char_features: int = 60000,
    word_ngrams: Sequence[int] = (1, 2),
    char_ngrams: Sequence[int] = (3, 5),
    embedding_weight: float = 0.0,
) -> SubEventClassifier:
    """Fit on ACLED rows (notes, sub_event_type), team-written examples (text, label),
    labelled news snippets (text, sub_event_type) and snippets that report no ACLED
    event (`none_texts`, learned as the extra class `NONE_LABEL`).

    Notes and snippets are used whole and sentence by sentence (`training_texts`).
    Class weights are (n_max / n_class) ** balance_power: between ACLED's skewed
    frequencies (0) and fully balanced (1), since text at inference comes from
    reporting where rare types are far less rare than in one fortnight of ACLED.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, Pipeline

    labels = sorted(SUB_EVENT_TO_EVENT_TYPE)
    raw: list[str] = []
    y: list[str] = []
    w: list[float] = []

    def add(texts: Iterable[str], label: str, weight: float) -> None:
        for t in texts:
            raw.append(t)
            y.append(label)
            w.append(weight)

    for notes, label in rows:
        if label in SUB_EVENT_TO_EVENT_TYPE:
            add(training_texts(notes), label, 1.0)
    for text, label in examples:
        add([text], label, (example_weights or {}).get(label, example_weight))
    for text, label in snippets:
        if label in SUB_EVENT_TO_EVENT_TYPE:
            add(training_texts(text), label, snippet_weight)
    for text in none_texts:
        add(training_texts(text), NONE_LABEL, none_weight)
    missing = set(labels) - set(y)
    if missing:
        raise ValueError(f"no training text for: {', '.join(sorted(missing))}")

    vocabulary = build_vocabulary(raw)
    masked = [mask_text(t, vocabulary) for t in raw]
    classes = sorted(set(y))
    counts = {lab: y.count(lab) for lab in classes}
    n_max = max(counts.values())
    class_w = {lab: (n_max / counts[lab]) ** balance_power for lab in classes}
    sample_weight = np.array([wi * class_w[yi] for wi, yi in zip(w, y, strict=True)])
    sample_weight *= len(sample_weight) / sample_weight.sum()

    features = FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word",
                    token_pattern=r"\S+",
                    lowercase=False,
                    ngram_range=(int(word_ngrams[0]), int(word_ngrams[1])),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=max_word_features,
                    dtype=np.float32,
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb",
                    lowercase=False,
                    ngram_range=(int(char_ngrams[0]), int(char_ngrams[1])),
                    min_df=2,
                    sublinear_tf=True,
                    max_features=max_char_features,
                    dtype=np.float32,
                ),
            ),
        ]
    )
    model = LogisticRegression(C=c, max_iter=3000, tol=1e-4)
    # (the encoder reads the texts cleaned, as they come at prediction; only when it is asked to)
    plain = [clean_acled_notes(t) for t in raw] if embedding_weight else []
    X = _features(features, masked, plain, embedding_weight, fit=True, cache=True)
    model.fit(X, y, sample_weight=sample_weight)
    pipeline = Pipeline([("features", features), ("model", model)])
    for _, vec in features.transformer_list:
        # fitted stop-word lists are only for inspection and bloat the artefact
        if hasattr(vec, "stop_words_"):
            vec.stop_words_ = None
        # in term order, so that the pickled bytes do not depend on hash seeds
        vec.vocabulary_ = dict(sorted(vec.vocabulary_.items()))
    return SubEventClassifier(
        _Fitted(
            format_version=FORMAT_VERSION,
            vocabulary=tuple(sorted(vocabulary)),
            pipeline=pipeline,
            labels=labels,
            none_label=NONE_LABEL if NONE_LABEL in counts else None,
            embedding_weight=float(embedding_weight),
            encoder_id=ENCODER_ID if embedding_weight else None,
        )
    )


def team_examples() -> list[tuple[str, str]]:
    """The team-written example sentences of data/acled_types.yaml as (text, label)."""
    return [(text, sub.name) for sub in _TAXONOMY.sub_event_types for text in sub.examples]


NO_EVENT_FILE = "no_event_examples.yaml"
NO_EVENT_SCHEMA = 1


def no_event_examples(path: str | Path | None = None) -> list[str]:
    """The team-written sentences of data/no_event_examples.yaml: news that reports no
    ACLED event (accidents, disasters, crime, diplomacy, attribution, commentary).
    A malformed file raises `DataFileError` (FW600) naming the file and the problem."""
    from ..datafiles import load_yaml, require, str_list

    data = load_yaml(path or NO_EVENT_FILE, version=NO_EVENT_SCHEMA)
    src = str(path or f"data/{NO_EVENT_FILE}")
    groups = data.get("groups")
    require(isinstance(groups, dict) and bool(groups), "'groups' must map group names to lists of sentences", src)
    assert isinstance(groups, dict)
    out: list[str] = []
    for name, sentences in groups.items():
        out.extend(str_list(sentences, f"group {name!r}", src, allow_empty=False))
    return out


def train(
    acled_rows: Iterable[tuple[str, str, str]],
    case_snippets: Iterable[tuple[str, str, str]] = (),
    **hyperparameters: Any,
) -> SubEventClassifier:
    """The training recipe of the shipped model, shared by the training script and the
    cross-validation of `frontwatch eval case2021`.

    `acled_rows` are (event_id_cnty, notes, sub_event_type); only the train split
    (`acled_split`) is used. `case_snippets` are CASE 2021 (id, text, SubType):
    snippets of the 25 ACLED classes are labelled examples, snippets of the
    five other classes train the "no ACLED event" class. `hyperparameters` go to `fit`.
    """
    rows = [(notes, sub) for eid, notes, sub in acled_rows if acled_split(eid) == "train"]
    snippets: list[tuple[str, str]] = []
    none_texts: list[str] = []
    for _sid, text, code in case_snippets:
        if code in CASE_CODE_TO_SUB_EVENT:
            snippets.append((text, CASE_CODE_TO_SUB_EVENT[code]))
        elif code in _TAXONOMY.case_other_codes:
            none_texts.append(text)
    hyper = dict(hyperparameters)
    none_example_weight = hyper.pop("none_example_weight", 0.0)
    examples = team_examples()
    if none_example_weight:
        examples += [(text, NONE_LABEL) for text in no_event_examples()]
    return fit(rows, examples, snippets=snippets, none_texts=none_texts,
               example_weights={NONE_LABEL: none_example_weight}, **hyper)
