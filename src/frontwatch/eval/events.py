"""Event extraction scored against CASE 2021 task 2 and ACLED exports.

Both evaluations run the same code path as `frontwatch extract` (the pipeline's
`process` over `Document`s) and score the *primary* event of each snippet or
row: the one with the highest confidence. A snippet without any event counts
as a wrong prediction.

CASE 2021: weighted and macro F1 over the ACLED classes present in the gold
(snippets whose gold class is one of the 25 ACLED types), per-class figures,
the worst confusions, and for the five classes outside ACLED the share of
snippets that wrongly yield a violent or demonstration event. When the shipped
classifier was trained on the file (its content hash is in the model sidecar),
the figures are K-fold cross-validated: each fold is scored through the same
pipeline with a classifier trained, by the same recipe, without that fold.

ACLED: by default only the rows the shipped classifier was not trained on (its
sidecar lists a digest of each training row's `event_id_cnty`, see
`frontwatch.events.classifier.acled_row_key`): on the dev export that is the
held-out split (`frontwatch.events.classifier.acled_split`), on any other export
every row. `admin1` counts a match when the predicted
and ACLED names denote the same first-level division (`admin1_matches`): equal once
case, diacritics, punctuation, hyphens, Arabic articles ("al-", "Ad ..."),
transliteration variants and division type words ("Governorate", "Province",
"Oblast", "State", "Region", ...) are folded; failing that, ACLED's name is looked up
in the gazetteer among the first-level divisions of the row's country (column
`country`, else the predicted place's country) and matches when it denotes the
division the predicted place lies in. `location_25km` counts rows whose ACLED
geo_precision is 1 or 2 and whose primary event is placed within 25 km of ACLED's
point (an event without a point is a miss).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import functools
import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, MalformedInput
from ..events.classifier import (
    CASE_CODE_TO_SUB_EVENT,
    SUB_EVENT_TO_EVENT_TYPE,
    acled_row_key,
    acled_split,
    case_content_hash,
    case_fold,
)
from ..events.taxonomy import DEMONSTRATION_EVENT_TYPES, VIOLENT_EVENT_TYPES, load_taxonomy
from ..models import Document, Event
from .common import haversine_km, map_in_batches, normalise_actor, primary_event

NO_EVENT = "(no event)"
LOCATION_KM = 25.0
FLAGGED_EVENT_TYPES = VIOLENT_EVENT_TYPES + DEMONSTRATION_EVENT_TYPES

DEFAULT_CV_FOLDS = 5

# process(documents) -> one list of events per document, in order
Processor = Callable[[Sequence[Document]], list[list[Event]]]
# train(CASE snippets as (id, text, code)) -> a classifier trained on them and ACLED-train
Trainer = Callable[[Sequence[tuple[str, str, str]]], Any]
# swap(model) -> a context within which the pipeline's classifier answers with `model`
Swapper = Callable[[Any], contextlib.AbstractContextManager[Any]]


def pipeline_processor() -> Processor:
    """The extraction code path of `frontwatch extract`."""
    from ..pipeline import get_pipeline

    pipeline = get_pipeline()

    def process(docs: Sequence[Document]) -> list[list[Event]]:
        return [list(r.events) for r in pipeline.process(list(docs))]

    return process


def shipped_model_meta() -> dict[str, Any]:
    """The sidecar of the shipped classifier ({} when it does not load)."""
    try:
        from ..events.classifier import SubEventClassifier

        return dict(SubEventClassifier.load().meta or {})
    except Exception:  # noqa: BLE001 - without a model there is nothing it has seen
        return {}


def shipped_trainer(acled: str | Path | None, meta: dict[str, Any]) -> Trainer:
    """Fold models by the shipped model's recipe: `classifier.train` on the ACLED file's
    train split plus the given CASE snippets, with the sidecar's hyperparameters."""
    from ..events.classifier import train

    trained_on = meta.get("trained_on", {})
    path = Path(acled) if acled else Path(trained_on.get("acled_file", ""))
    if not path.is_file():
        raise InputError(
            "cross-validation retrains the classifier and needs the ACLED export it was "
            f"trained on ({trained_on.get('acled_file', 'unknown')}); pass --acled FILE",
            source=str(path),
        )
    with _open_text(path) as fh:
        rows = [
            (r["event_id_cnty"], r["notes"] or "", r["sub_event_type"].strip())
            for r in csv.DictReader(fh)
        ]
    recorded = trained_on.get("acled_sha256")
    if recorded and hashlib.sha256(path.read_bytes()).hexdigest() != recorded:
        raise InputError(
            "this ACLED export is not the one the shipped classifier was trained on "
            "(content hash differs); fold models would not match it",
            source=str(path),
        )
    hyper = dict(meta.get("hyperparameters", {}))

    def fold_model(snippets: Sequence[tuple[str, str, str]]) -> Any:
        return train(rows, snippets, **hyper)

    return fold_model


def shipped_swapper(model: Any) -> contextlib.AbstractContextManager[Any]:
    from ..events.classifier import SubEventClassifier
    from ..pipeline import get_pipeline

    if get_pipeline().extractor.classifier is not SubEventClassifier.load():
        raise RuntimeError("the extraction pipeline does not use the bundled classifier")
    return SubEventClassifier.using(model)


# --- reading ------------------------------------------------------------------


@dataclass(frozen=True)
class CaseSnippet:
    id: str
    text: str
    code: str  # CASE 2021 SubType


def _open_text(path: Path):  # type: ignore[no-untyped-def]
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from exc


def read_case2021(path: str | Path, limit: int | None = None) -> list[CaseSnippet]:
    """Read a CASE 2021 task 2 TSV (`id`, `EventSnippet`, `SubType`)."""
    path = Path(path)
    known = set(CASE_CODE_TO_SUB_EVENT) | set(load_taxonomy().case_other_codes)
    out: list[CaseSnippet] = []
    with _open_text(path) as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        need = {"id", "EventSnippet", "SubType"}
        if not reader.fieldnames or not need <= set(reader.fieldnames):
            raise MalformedInput(
                f"expected a TSV with columns {', '.join(sorted(need))}, got "
                f"{', '.join(reader.fieldnames or []) or 'nothing'}",
                source=str(path),
            )
        for row in reader:
            code = (row.get("SubType") or "").strip()
            if code not in known:
                raise MalformedInput(
                    f"line {reader.line_num}: unknown SubType {code!r}", source=str(path)
                )
            out.append(CaseSnippet(row["id"].strip(), (row["EventSnippet"] or "").strip(), code))
            if limit is not None and len(out) >= limit:
                break
    return out


ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "inter1",
    "actor2",
    "inter2",
    "admin1",
    "latitude",
    "longitude",
    "geo_precision",
    "notes",
    "fatalities",
)


@dataclass(frozen=True)
class AcledRow:
    event_id_cnty: str
    event_date: dt.date
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: int
    actor2: str
    inter2: int
    admin1: str
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    notes: str
    fatalities: int
    country: str = ""


def parse_acled_date(value: str) -> dt.date:
    """ACLED export dates: '9-May-20', '09 May 2020' or ISO '2020-05-09'."""
    v = value.strip()
    for fmt in ("%d-%b-%y", "%d-%B-%y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d", "%d-%b-%Y"):
        try:
            return dt.datetime.strptime(v, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {value!r}")


def _int(value: str, default: int = 0) -> int:
    v = (value or "").strip()
    return int(float(v)) if v else default


def _float(value: str) -> float | None:
    v = (value or "").strip()
    return float(v) if v else None


def read_acled(
    path: str | Path,
    limit: int | None = None,
    split: str = "heldout",
    trained_keys: Collection[str] | None = None,
) -> list[AcledRow]:
    """Rows of an ACLED export CSV; `split` 'heldout' keeps only the rows a model was not
    trained on: those whose `acled_row_key` is not in `trained_keys` (the sidecar's list),
    or, without the list, those `acled_split` holds out."""
    if split not in ("heldout", "all"):
        raise ValueError(f"split must be 'heldout' or 'all', not {split!r}")
    path = Path(path)
    out: list[AcledRow] = []
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in ACLED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise MalformedInput(
                f"not an ACLED export: missing columns {', '.join(missing)}", source=str(path)
            )
        for row in reader:
            if split == "heldout" and (
                acled_split(row["event_id_cnty"]) != "heldout"
                if trained_keys is None
                else acled_row_key(row["event_id_cnty"]) in trained_keys
            ):
                continue
            try:
                out.append(
                    AcledRow(
                        event_id_cnty=row["event_id_cnty"].strip(),
                        event_date=parse_acled_date(row["event_date"]),
                        event_type=row["event_type"].strip(),
                        sub_event_type=row["sub_event_type"].strip(),
                        actor1=row["actor1"].strip(),
                        inter1=_int(row["inter1"]),
                        actor2=(row["actor2"] or "").strip(),
                        inter2=_int(row["inter2"]),
                        admin1=(row["admin1"] or "").strip(),
                        latitude=_float(row["latitude"]),
                        longitude=_float(row["longitude"]),
                        geo_precision=_int(row["geo_precision"]) or None,
                        notes=(row["notes"] or "").strip(),
                        fatalities=_int(row["fatalities"]),
                        country=(row.get("country") or "").strip(),
                    )
                )
            except ValueError as exc:
                raise MalformedInput(f"line {reader.line_num}: {exc}", source=str(path)) from exc
            if limit is not None and len(out) >= limit:
                break
    return out


# --- scoring --------------------------------------------------------------------


def _f1_block(gold: Sequence[str], pred: Sequence[str]) -> dict[str, Any]:
    from sklearn.metrics import f1_score, precision_recall_fscore_support

    labels = sorted(set(gold))
    if not labels:
        return {"n": 0, "weighted_f1": None, "macro_f1": None, "accuracy": None, "per_class": {}}
    p, r, f, s = precision_recall_fscore_support(
        gold, pred, labels=labels, average=None, zero_division=0
    )
    per_class = {
        lab: {
            "precision": round(float(p[i]), 4),
            "recall": round(float(r[i]), 4),
            "f1": round(float(f[i]), 4),
            "support": int(s[i]),
        }
        for i, lab in enumerate(labels)
    }
    return {
        "n": len(gold),
        "weighted_f1": round(
            float(f1_score(gold, pred, labels=labels, average="weighted", zero_division=0)), 4
        ),
        "macro_f1": round(
            float(f1_score(gold, pred, labels=labels, average="macro", zero_division=0)), 4
        ),
        "accuracy": round(sum(g == q for g, q in zip(gold, pred, strict=True)) / len(gold), 4),
        "per_class": per_class,
    }


def _confusions(gold: Sequence[str], pred: Sequence[str], top: int = 10) -> list[dict[str, Any]]:
    pairs = Counter((g, q) for g, q in zip(gold, pred, strict=True) if g != q)
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"gold": g, "predicted": q, "count": n} for (g, q), n in ranked[:top]]


def score_case2021(codes: Sequence[str], predicted: Sequence[str | None]) -> dict[str, Any]:
    """Score predicted sub_event_types (None = no event) against CASE 2021 codes."""
    if len(codes) != len(predicted):
        raise ValueError("codes and predictions differ in length")
    gold: list[str] = []
    pred: list[str] = []
    other: dict[str, list[int]] = {}
    for code, p in zip(codes, predicted, strict=True):
        if code in CASE_CODE_TO_SUB_EVENT:
            gold.append(CASE_CODE_TO_SUB_EVENT[code])
            pred.append(p or NO_EVENT)
        else:
            flagged = p is not None and SUB_EVENT_TO_EVENT_TYPE.get(p) in FLAGGED_EVENT_TYPES
            counts = other.setdefault(code, [0, 0])
            counts[0] += 1
            counts[1] += int(flagged)
    block = _f1_block(gold, pred)
    n_other = sum(c[0] for c in other.values())
    n_flagged = sum(c[1] for c in other.values())
    return {
        "snippets": len(codes),
        "acled_classes": {
            **block,
            "no_event": sum(q == NO_EVENT for q in pred),
            "worst_confusions": _confusions(gold, pred),
        },
        "non_acled": {
            "n": n_other,
            "violent_or_demonstration": n_flagged,
            "share": round(n_flagged / n_other, 4) if n_other else None,
            "per_class": {
                code: {"n": c[0], "violent_or_demonstration": c[1], "share": round(c[1] / c[0], 4)}
                for code, c in sorted(other.items())
            },
        },
    }


def admin1_matches(
    predicted: str | None, gold: str | None, country: str | None = None, geonameid: int | None = None
) -> bool:
    """Whether a predicted first-level division is ACLED's (see the module docstring):
    folded names first ("Al Basrah Governorate" = "Basrah"), then the gazetteer's
    first-level divisions of `country` ("Deir-ez-Zor" = "Dayr az Zawr")."""
    from ..geo.divisions import admin1_key

    if not predicted or not gold:
        return False
    if admin1_key(predicted) == admin1_key(gold):
        return True
    try:
        from ..geo.divisions import same_admin1

        return same_admin1(predicted, gold, country or None, geonameid)
    except Exception:  # noqa: BLE001 - without a gazetteer only the name rule applies
        return False


@functools.lru_cache(maxsize=512)
def _iso2(name: str) -> str | None:
    try:
        import pycountry

        return str(pycountry.countries.lookup(name).alpha_2)
    except (LookupError, ImportError):
        return None


def _other_country(predicted: str | None, gold: str | None) -> bool:
    """Whether the predicted country is surely another than ACLED's (both names known to
    ISO 3166; "Democratic Republic of the Congo" and ACLED's "... of Congo" are not)."""
    if not predicted or not gold or predicted.casefold() == gold.casefold():
        return False
    a, b = _iso2(predicted), _iso2(gold)
    return a is not None and b is not None and a != b


def score_acled(rows: Sequence[AcledRow], predicted: Sequence[Event | None]) -> dict[str, Any]:
    """Score the primary event of each row, field by field (no event = wrong everywhere).
    admin1: `admin1_matches`; location: within `LOCATION_KM` of ACLED's point, over the
    rows whose geo_precision is 1 or 2."""
    if len(rows) != len(predicted):
        raise ValueError("rows and predictions differ in length")
    n = len(rows)
    hits: Counter[str] = Counter()
    geo_n = 0
    gold_sub: list[str] = []
    pred_sub: list[str] = []
    for row, ev in zip(rows, predicted, strict=True):
        gold_sub.append(row.sub_event_type)
        pred_sub.append(ev.sub_event_type if ev else NO_EVENT)
        located = row.geo_precision in (1, 2) and row.latitude is not None
        geo_n += int(located)
        if ev is None:
            continue
        hits["event_found"] += 1
        hits["event_type"] += ev.event_type == row.event_type
        hits["event_date"] += (ev.event_date or "")[:10] == row.event_date.isoformat()
        hits["fatalities"] += (ev.fatalities or 0) == row.fatalities
        hits["admin1"] += not _other_country(ev.country, row.country) and admin1_matches(
            ev.admin1, row.admin1, row.country, ev.geonameid)
        hits["inter1"] += (ev.inter1 or 0) == row.inter1
        hits["inter2"] += (ev.inter2 or 0) == row.inter2
        hits["actor1"] += normalise_actor(ev.actor1) == normalise_actor(row.actor1)
        hits["actor2"] += normalise_actor(ev.actor2) == normalise_actor(row.actor2)
        if located and ev.latitude is not None and ev.longitude is not None:
            assert row.latitude is not None and row.longitude is not None
            d = haversine_km(row.latitude, row.longitude, ev.latitude, ev.longitude)
            hits["location_25km"] += d <= LOCATION_KM

    def share(key: str, denom: int) -> float | None:
        return round(hits[key] / denom, 4) if denom else None

    sub = _f1_block(gold_sub, pred_sub)
    fields: dict[str, Any] = {
        "sub_event_type_weighted_f1": sub["weighted_f1"],
        "sub_event_type_macro_f1": sub["macro_f1"],
    }
    for key in (
        "event_type",
        "event_date",
        "fatalities",
        "admin1",
        "inter1",
        "inter2",
        "actor1",
        "actor2",
    ):
        fields[key] = share(key, n)
    fields["location_25km"] = share("location_25km", geo_n)
    return {
        "rows": n,
        "event_found": share("event_found", n),
        "located_rows": geo_n,
        "fields": fields,
        "sub_event_type": {**sub, "worst_confusions": _confusions(gold_sub, pred_sub)},
    }


# --- running ----------------------------------------------------------------------


def _primaries(
    docs: Sequence[Document], process: Processor | None, progress: bool
) -> list[Event | None]:
    proc = process or pipeline_processor()
    events = map_in_batches(docs, proc, progress=progress, desc="extract")
    return [primary_event(evs) for evs in events]


NONE_THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)


def _suppression_sweep(
    codes: Sequence[str], scored: Sequence[Sequence[tuple[str, float, float]]], ceiling: float
) -> list[dict[str, Any]]:
    """What the figures would be if the extractor dropped every event whose evidence
    sentence has p_none >= t (the fold model's "no ACLED event" probability).

    Only thresholds up to `ceiling`, the extractor's own, can be read from its output:
    what it already dropped is not there to be kept at a higher one."""
    out = []
    for t in (t for t in NONE_THRESHOLDS if t <= ceiling):
        pred: list[str | None] = []
        for evs in scored:
            kept = [(conf, sub) for sub, conf, q in evs if q < t]
            # the primary event: most confident, first on ties
            best = max(kept, key=lambda cs: cs[0]) if kept else None
            pred.append(best[1] if best else None)
        r = score_case2021(codes, pred)
        out.append(
            {
                "threshold": t,
                "weighted_f1": r["acled_classes"]["weighted_f1"],
                "no_event": r["acled_classes"]["no_event"],
                "non_acled_share": r["non_acled"]["share"],
            }
        )
    return out


def _case_docs(snippets: Sequence[CaseSnippet]) -> list[Document]:
    return [
        Document(doc_id=f"case2021-{s.id}", text=s.text, published=None, kind="text")
        for s in snippets
    ]


def evaluate_case2021(
    path: str | Path,
    *,
    limit: int | None = None,
    cv: int | None = None,
    acled: str | Path | None = None,
    process: Processor | None = None,
    trainer: Trainer | None = None,
    swap: Swapper | None = None,
    meta: dict[str, Any] | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Score the pipeline on a CASE 2021 file.

    `cv`: None picks the protocol: K-fold cross-validation (K = 5) when the shipped
    classifier was trained on this file (content hash in its sidecar), otherwise
    the file is held out and scored with the shipped model. `cv` = K >= 2 forces
    K folds; 0 forces the shipped model (not a fair figure on a file it saw).
    Folds are `case_fold(id, K)`; fold k is scored with a model from `trainer`
    on all other snippets of the file, swapped into the pipeline by `swap`.
    """
    everything = read_case2021(path)
    snippets = everything[:limit] if limit is not None else everything
    meta = shipped_model_meta() if meta is None else meta
    seen_hash = meta.get("trained_on", {}).get("case2021_sha256")
    seen = seen_hash is not None and seen_hash == case_content_hash(
        (s.id, s.text, s.code) for s in everything
    )
    if cv is None:
        cv = DEFAULT_CV_FOLDS if seen else 0
    if cv == 1 or cv < 0:
        raise ValueError("cv must be 0 (no cross-validation) or at least 2 folds")
    codes = [s.code for s in snippets]
    if cv == 0:
        primaries = _primaries(_case_docs(snippets), process, progress)
        result = score_case2021(codes, [e.sub_event_type if e else None for e in primaries])
        result["protocol"] = {
            "name": "shipped model",
            "folds": 0,
            "model_saw_file": seen,
            "held_out": not seen,
            "description": (
                "scored with the shipped classifier, which was trained on this file: NOT held out"
                if seen
                else "held out: the shipped classifier was not trained on this file"
            ),
        }
        result["file"] = str(path)
        return result

    trainer = trainer or shipped_trainer(acled, meta)
    swap = swap or shipped_swapper
    predicted: list[str | None] = [None] * len(snippets)
    # every event of every snippet as (sub_event_type, confidence, p_none of its evidence)
    scored: list[list[tuple[str, float, float]]] = [[] for _ in snippets]
    doc_p_none = [0.0] * len(snippets)  # p_none of the whole snippet
    per_fold: list[dict[str, Any]] = []
    folds = [case_fold(s.id, cv) for s in snippets]
    for k in range(cv):
        test_ix = [i for i, f in enumerate(folds) if f == k]
        if not test_ix:
            continue
        train_part = [(s.id, s.text, s.code) for s in everything if case_fold(s.id, cv) != k]
        model = trainer(train_part)
        with swap(model):
            proc = process or pipeline_processor()
            docs = _case_docs([snippets[i] for i in test_ix])
            events = map_in_batches(docs, proc, progress=progress, desc=f"fold {k}")
        p_none = getattr(model, "p_none", None)
        for i, evs in zip(test_ix, events, strict=True):
            e = primary_event(evs)
            predicted[i] = e.sub_event_type if e else None
            if callable(p_none) and evs:
                pn = p_none([x.evidence.text for x in evs])
                scored[i] = [
                    (x.sub_event_type, x.confidence, q) for x, q in zip(evs, pn, strict=True)
                ]
                doc_p_none[i] = p_none([snippets[i].text])[0]
        fold_result = score_case2021([codes[i] for i in test_ix], [predicted[i] for i in test_ix])
        per_fold.append(
            {
                "fold": k,
                "snippets": len(test_ix),
                "trained_on_snippets": len(train_part),
                "weighted_f1": fold_result["acled_classes"]["weighted_f1"],
                "non_acled_share": fold_result["non_acled"]["share"],
            }
        )
    result = score_case2021(codes, predicted)
    if any(scored):
        from ..events import extract as _extract  # (the extractor's thresholds; not at start-up)

        result["none_suppression"] = _suppression_sweep(codes, scored, _extract.NONE_DROP)
        result["none_suppression_document"] = _suppression_sweep(
            codes,
            [[(sub, conf, doc_p_none[i]) for sub, conf, _ in evs] for i, evs in enumerate(scored)],
            _extract.DOC_NONE_DROP,
        )
    wf = [f["weighted_f1"] for f in per_fold if f["weighted_f1"] is not None]
    result["protocol"] = {
        "name": "cross-validation",
        "folds": cv,
        "model_saw_file": seen,
        "held_out": True,
        "description": (
            f"{cv}-fold cross-validation (fold = hash of snippet id): each fold scored through "
            "the pipeline with a classifier trained on ACLED-train and the other folds; "
            "figures pooled over folds"
        ),
        "per_fold": per_fold,
        "fold_weighted_f1_mean": round(sum(wf) / len(wf), 4) if wf else None,
        "fold_weighted_f1_range": [min(wf), max(wf)] if wf else None,
    }
    result["file"] = str(path)
    return result


def evaluate_acled(
    path: str | Path,
    *,
    limit: int | None = None,
    split: str = "heldout",
    process: Processor | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    keys = shipped_model_meta().get("trained_on", {}).get("acled_train_row_keys")
    rows = read_acled(path, limit, split, frozenset(keys) if keys is not None else None)
    docs = [
        Document(
            doc_id=f"acled-{r.event_id_cnty}", text=r.notes, published=r.event_date, kind="text"
        )
        for r in rows
    ]
    result = score_acled(rows, _primaries(docs, process, progress))
    result["file"] = str(path)
    result["split"] = split
    return result


# --- rendering ----------------------------------------------------------------------


def _fmt(v: float | None) -> str:
    return "  n/a" if v is None else f"{v:.3f}"


def _per_class_table(per_class: dict[str, dict[str, Any]]) -> list[str]:
    width = max([len(k) for k in per_class] + [5])
    lines = [f"  {'class':<{width}}  precision  recall     f1  support"]
    for lab, f in per_class.items():
        lines.append(
            f"  {lab:<{width}}  {_fmt(f['precision']):>9}  {_fmt(f['recall']):>6}  "
            f"{_fmt(f['f1']):>5}  {f['support']:>7}"
        )
    return lines


def _confusion_lines(conf: list[dict[str, Any]]) -> list[str]:
    if not conf:
        return ["  (none)"]
    return [f"  {c['count']:>4}  {c['gold']}  ->  {c['predicted']}" for c in conf]


def format_case2021(result: dict[str, Any]) -> str:
    a = result["acled_classes"]
    o = result["non_acled"]
    proto = result.get("protocol", {})
    lines = [
        f"CASE 2021 task 2: {result.get('file', '')}",
        f"protocol: {proto.get('description', 'n/a')}",
        f"snippets: {result['snippets']} ({a['n']} of ACLED classes, {o['n']} of other classes)",
    ]
    if proto.get("per_fold"):
        lines.append(
            "per-fold weighted F1: "
            + "  ".join(f"{f['fold']}: {_fmt(f['weighted_f1'])}" for f in proto["per_fold"])
            + f"   (mean {_fmt(proto['fold_weighted_f1_mean'])})"
        )
    lines += [
        "",
        f"ACLED classes    weighted F1 {_fmt(a['weighted_f1'])}   macro F1 {_fmt(a['macro_f1'])}"
        f"   accuracy {_fmt(a['accuracy'])}   no event: {a['no_event']}",
        "",
        *_per_class_table(a["per_class"]),
        "",
        "worst confusions (gold -> predicted):",
        *_confusion_lines(a["worst_confusions"]),
        "",
        f"non-ACLED classes yielding a violent or demonstration event: "
        f"{o['violent_or_demonstration']}/{o['n']} ({_fmt(o['share'])})",
    ]
    for code, c in o["per_class"].items():
        lines.append(
            f"  {code:<18} {c['violent_or_demonstration']:>3}/{c['n']:<3} {_fmt(c['share'])}"
        )
    for key, what in (
        ("none_suppression", "events whose evidence sentence has"),
        ("none_suppression_document", "all events of a snippet whose whole text has"),
    ):
        if not result.get(key):
            continue
        lines += [
            "",
            f"if {what} p_none >= t were dropped (fold models; t above the"
            " extractor's own cannot be read from its output):",
            "     t  weighted F1  no event  non-ACLED flagged",
        ]
        for r in result[key]:
            lines.append(
                f"  {r['threshold']:.2f}  {_fmt(r['weighted_f1']):>11}  {r['no_event']:>8}"
                f"  {_fmt(r['non_acled_share']):>17}"
            )
    return "\n".join(lines)


def format_acled(result: dict[str, Any]) -> str:
    f = result["fields"]
    labels = {
        "sub_event_type_weighted_f1": "sub_event_type (weighted F1)",
        "sub_event_type_macro_f1": "sub_event_type (macro F1)",
        "event_type": "event_type",
        "event_date": "event_date (exact)",
        "fatalities": "fatalities (exact, null = 0)",
        "location_25km": f"location within 25 km ({result['located_rows']} rows, precision 1-2)",
        "admin1": "admin1",
        "inter1": "inter1",
        "inter2": "inter2",
        "actor1": "actor1 (normalised)",
        "actor2": "actor2 (normalised)",
    }
    width = max(len(v) for v in labels.values())
    lines = [
        f"ACLED: {result.get('file', '')}",
        f"rows: {result['rows']} (split: {result.get('split', 'all')}); "
        f"rows with an event: {_fmt(result['event_found'])}",
        "",
        f"  {'field':<{width}}  score",
    ]
    for key, label in labels.items():
        lines.append(f"  {label:<{width}}  {_fmt(f[key])}")
    sub = result["sub_event_type"]
    lines += ["", "sub_event_type per class:", *_per_class_table(sub["per_class"])]
    lines += [
        "",
        "worst confusions (gold -> predicted):",
        *_confusion_lines(sub["worst_confusions"]),
    ]
    return "\n".join(lines)
