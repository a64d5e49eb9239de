"""Train the sub-event classifier shipped in src/frontwatch/data/models/.

    .venv/bin/python scripts/train_event_classifier.py \
        --acled ../shared/eval/acled/acled-2020-sample-dev.csv \
        --case ../shared/eval/case2021/task2-dev.tsv

Trains on the ACLED rows in the training split (hash of event_id_cnty, see
frontwatch.events.classifier.acled_split), the team-written examples in
data/acled_types.yaml, the team-written sentences of data/no_event_examples.yaml
(as the "no ACLED event" class) and, with --case, ALL snippets of a CASE 2021
task 2 file: those of the 25 ACLED classes as labelled examples, those of the
five other classes as the "no ACLED event" class. The held-out ACLED rows are
scored and printed. Because the model then has seen the CASE file, the sidecar records its
content hash and `frontwatch eval case2021` on that file cross-validates (fold
models trained by the same `frontwatch.events.classifier.train`). With
--case-report-only the CASE file is only scored, never trained on. With
--embedding-weight W > 0 the model also reads the sentence encoder's vectors
(frontwatch.encoder; measured and not shipped, see docs/eval.md).
Deterministic: the same inputs give the same vocabularies and coefficients.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import sys
from datetime import UTC, datetime
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from frontwatch.eval.events import read_case2021
from frontwatch.events.classifier import (
    CASE_CODE_TO_SUB_EVENT,
    SubEventClassifier,
    _model_dir,
    acled_row_key,
    acled_split,
    case_content_hash,
    no_event_examples,
    team_examples,
    train,
)

# The hyperparameters of the shipped model; `frontwatch eval case2021 --cv` reads
# them back from the sidecar so that fold models are trained the same way.
DEFAULTS = {
    "c": 10.0,
    "balance_power": 1.0,
    "example_weight": 10.0,
    "snippet_weight": 3.0,
    "none_weight": 1.0,
    "none_example_weight": 3.0,
    "embedding_weight": 0.0,
}


def read_acled(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def report(name: str, clf: SubEventClassifier, texts: list[str], gold: list[str]) -> dict:
    pred = clf.predict(texts)
    labels = sorted(set(gold))
    figures = {
        "n": len(gold),
        "accuracy": round(accuracy_score(gold, pred), 4),
        "weighted_f1": round(
            f1_score(gold, pred, labels=labels, average="weighted", zero_division=0), 4
        ),
        "macro_f1": round(f1_score(gold, pred, labels=labels, average="macro", zero_division=0), 4),
    }
    print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()), file=sys.stderr)
    return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--acled", type=Path, required=True, help="ACLED export (CSV with notes)")
    ap.add_argument("--case", type=Path, help="CASE 2021 task 2 TSV, trained on in full")
    ap.add_argument(
        "--case-report-only",
        action="store_true",
        help="only score the --case file (classifier alone); do not train on it",
    )
    ap.add_argument("--out", type=Path, default=_model_dir(), help="output directory")
    ap.add_argument("--c", type=float, default=DEFAULTS["c"], help="inverse regularisation")
    ap.add_argument("--balance-power", type=float, default=DEFAULTS["balance_power"])
    ap.add_argument("--example-weight", type=float, default=DEFAULTS["example_weight"])
    ap.add_argument("--snippet-weight", type=float, default=DEFAULTS["snippet_weight"])
    ap.add_argument("--none-weight", type=float, default=DEFAULTS["none_weight"])
    ap.add_argument(
        "--none-example-weight",
        type=float,
        default=DEFAULTS["none_example_weight"],
        help="weight of the team's no-event sentences (data/no_event_examples.yaml); 0 leaves them out",
    )
    ap.add_argument(
        "--embedding-weight",
        type=float,
        default=DEFAULTS["embedding_weight"],
        help="weight of the sentence encoder's vectors beside the n-gram features; 0 trains on n-grams alone",
    )
    args = ap.parse_args(argv)
    hyper = {
        "c": args.c,
        "balance_power": args.balance_power,
        "example_weight": args.example_weight,
        "snippet_weight": args.snippet_weight,
        "none_weight": args.none_weight,
        "none_example_weight": args.none_example_weight,
        "embedding_weight": args.embedding_weight,
    }

    rows = read_acled(args.acled)
    train_rows = [r for r in rows if acled_split(r["event_id_cnty"]) == "train"]
    heldout = [r for r in rows if acled_split(r["event_id_cnty"]) == "heldout"]
    case = read_case2021(args.case) if args.case else []
    case_triples = [(s.id, s.text, s.code) for s in case]
    fit_case = [] if args.case_report_only else case_triples
    print(
        f"ACLED rows: {len(rows)} (train {len(train_rows)}, held-out {len(heldout)}); "
        f"team examples: {len(team_examples())} + {len(no_event_examples())} without an event; CASE snippets trained on: {len(fit_case)}",
        file=sys.stderr,
    )
    clf = train(
        [(r["event_id_cnty"], r["notes"], r["sub_event_type"]) for r in rows], fit_case, **hyper
    )
    figures = {
        "acled_heldout": report(
            "ACLED held-out (notes)",
            clf,
            [r["notes"] for r in heldout],
            [r["sub_event_type"] for r in heldout],
        )
    }
    if case and args.case_report_only:
        acled_case = [s for s in case if s.code in CASE_CODE_TO_SUB_EVENT]
        figures["case2021_acled_classes"] = report(
            "CASE 2021 (25 ACLED classes, classifier only, held out)",
            clf,
            [s.text for s in acled_case],
            [CASE_CODE_TO_SUB_EVENT[s.code] for s in acled_case],
        )
    trained_on: dict = {
        "acled_file": str(args.acled),
        "acled_sha256": file_sha256(args.acled),
        "acled_train_rows": len(train_rows),
        "team_examples": len(team_examples()),
        "team_no_event_examples": len(no_event_examples()) if args.none_example_weight else 0,
        "split": "sha256(event_id_cnty) % 100 >= 20 is train",
        # `frontwatch eval acled` skips these rows, and only these, in any export
        "acled_train_row_keys": sorted(acled_row_key(r["event_id_cnty"]) for r in train_rows),
    }
    if fit_case:
        assert args.case is not None
        trained_on["case2021_file"] = str(args.case)
        trained_on["case2021_snippets"] = len(fit_case)
        trained_on["case2021_sha256"] = case_content_hash(fit_case)
    blob = clf.save(
        args.out,
        extra_meta={
            "trained_on": trained_on,
            "hyperparameters": hyper,
            "dev_figures": figures,
            "trained_at": datetime.now(UTC).date().isoformat(),
        },
    )
    print(f"wrote {blob} ({blob.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
