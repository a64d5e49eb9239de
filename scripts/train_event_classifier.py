"""Train the sub-event classifier shipped in src/frontwatch/data/models/.

    .venv/bin/python scripts/train_event_classifier.py \
        --acled ../shared/eval/acled/acled-2020-sample-dev.csv \
        [--case ../shared/eval/case2021/task2-dev.tsv]

Trains on the ACLED rows in the training split (hash of event_id_cnty, see
frontwatch.events.classifier.acled_split) plus the team-written examples in
data/acled_types.yaml. The held-out ACLED rows are scored and printed; --case
only *reports* classifier-only figures on a CASE 2021 file, it never trains on it.
Deterministic: the same inputs give the same vocabularies and coefficients.
"""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import UTC, datetime
from pathlib import Path

from sklearn.metrics import accuracy_score, f1_score

from frontwatch.events.classifier import (
    CASE_CODE_TO_SUB_EVENT,
    SubEventClassifier,
    _model_dir,
    acled_split,
    fit,
)
from frontwatch.events.taxonomy import load_taxonomy


def read_acled(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


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
    ap.add_argument(
        "--case", type=Path, help="CASE 2021 task 2 TSV: reported only, never trained on"
    )
    ap.add_argument("--out", type=Path, default=_model_dir(), help="output directory")
    ap.add_argument("--c", type=float, default=10.0, help="inverse regularisation strength")
    ap.add_argument("--balance-power", type=float, default=1.0)
    ap.add_argument("--example-weight", type=float, default=10.0)
    args = ap.parse_args(argv)

    rows = read_acled(args.acled)
    train = [r for r in rows if acled_split(r["event_id_cnty"]) == "train"]
    heldout = [r for r in rows if acled_split(r["event_id_cnty"]) == "heldout"]
    examples = [
        (text, sub.name) for sub in load_taxonomy().sub_event_types for text in sub.examples
    ]
    print(
        f"ACLED rows: {len(rows)} (train {len(train)}, held-out {len(heldout)}); "
        f"team examples: {len(examples)}",
        file=sys.stderr,
    )
    clf = fit(
        [(r["notes"], r["sub_event_type"]) for r in train],
        examples,
        c=args.c,
        balance_power=args.balance_power,
        example_weight=args.example_weight,
    )
    figures = {
        "acled_heldout": report(
            "ACLED held-out (notes)",
            clf,
            [r["notes"] for r in heldout],
            [r["sub_event_type"] for r in heldout],
        )
    }
    if args.case:
        with args.case.open(encoding="utf-8", newline="") as fh:
            case = [
                r
                for r in csv.DictReader(fh, delimiter="\t")
                if r["SubType"] in CASE_CODE_TO_SUB_EVENT
            ]
        figures["case2021_acled_classes"] = report(
            "CASE 2021 (25 ACLED classes, classifier only)",
            clf,
            [r["EventSnippet"] for r in case],
            [CASE_CODE_TO_SUB_EVENT[r["SubType"]] for r in case],
        )
    blob = clf.save(
        args.out,
        extra_meta={
            "trained_on": {
                "acled_file": args.acled.name,
                "acled_train_rows": len(train),
                "team_examples": len(examples),
                "split": "sha256(event_id_cnty) % 100 >= 20 is train",
            },
            "hyperparameters": {
                "C": args.c,
                "balance_power": args.balance_power,
                "example_weight": args.example_weight,
            },
            "dev_figures": figures,
            "trained_at": datetime.now(UTC).date().isoformat(),
        },
    )
    print(f"wrote {blob} ({blob.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
