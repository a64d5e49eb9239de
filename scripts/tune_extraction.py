"""Tune the extractor's constants on an inner fold of the ACLED train split.

    .venv/bin/python scripts/tune_extraction.py \
        --acled ../shared/eval/acled/acled-2020-sample-dev.csv \
        --case ../shared/eval/case2021/task2-dev.tsv \
        --param PARAGRAPH_WEIGHT=0,0.3,0.5,0.7,0.9

The held-out rows that `frontwatch eval acled` reports on are never read. The
train split is cut again (a second hash of event_id_cnty): a fold model is
trained by the shipped recipe (`frontwatch.events.classifier.train`, sidecar
hyperparameters) on four fifths of it, and the extraction pipeline, running
that model, codes the remaining fifth (`--fold`, 0 to 4) once per value of each
constant of `frontwatch.events.extract` named with --param. The figures of each run
are printed as a table; pick values there, then report on the held-out rows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from frontwatch.eval.common import primary_event
from frontwatch.eval.events import (
    read_acled,
    read_case2021,
    score_acled,
    shipped_model_meta,
)
from frontwatch.events import extract
from frontwatch.events.classifier import SubEventClassifier, acled_split, train
from frontwatch.models import Document
from frontwatch.pipeline import get_pipeline

FIELDS = ("sub_event_type_weighted_f1", "event_type", "fatalities", "location_25km", "admin1", "inter1", "inter2",
          "actor2")


INNER_FOLDS = 5


def inner_dev(event_id: str, fold: int = 0) -> bool:
    """The row is in inner fold `fold` (0-4) of the train split (a hash of its id)."""
    digest = hashlib.sha256(f"inner:{event_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % INNER_FOLDS == fold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--acled", type=Path, required=True)
    ap.add_argument("--case", type=Path, help="CASE 2021 TSV, trained on as the shipped model is")
    ap.add_argument("--param", action="append", default=[], help="NAME=v1,v2,... (repeatable)")
    ap.add_argument("--hyper", type=json.loads, default={},
                    help='classifier hyperparameters over the shipped ones, as JSON: \'{"c": 30}\'')
    ap.add_argument("--fold", type=int, default=0, choices=range(INNER_FOLDS),
                    help="which inner fold to score (0-4; fold 0 guided the earlier rounds, 1-4 the latest)")
    ap.add_argument("--dump", type=Path, help="write each scored row's gold and primary event as JSON Lines")
    args = ap.parse_args(argv)

    grid: list[tuple[str, float]] = []
    for spec in args.param:
        name, _, values = spec.partition("=")
        if not hasattr(extract, name):
            ap.error(f"frontwatch.events.extract has no constant {name}")
        grid.extend((name, float(v)) for v in values.split(","))

    rows = [r for r in read_acled(args.acled, split="all") if acled_split(r.event_id_cnty) == "train"]
    dev = [r for r in rows if inner_dev(r.event_id_cnty, args.fold)]
    fit_rows = [(r.event_id_cnty, r.notes, r.sub_event_type) for r in rows
                if not inner_dev(r.event_id_cnty, args.fold)]
    case = read_case2021(args.case) if args.case else []
    hyper = {**shipped_model_meta().get("hyperparameters", {}), **args.hyper}
    print(f"fold model: {len(fit_rows)} ACLED rows, {len(case)} CASE snippets, {hyper}; "
          f"scoring {len(dev)} rows",
          file=sys.stderr)
    model = train(fit_rows, [(s.id, s.text, s.code) for s in case], **hyper)
    docs = [
        Document(doc_id=f"acled-{r.event_id_cnty}", text=r.notes, published=r.event_date, kind="text")
        for r in dev
    ]
    pipeline = get_pipeline()
    print("setting".ljust(32) + "".join(f[:14].rjust(15) for f in FIELDS))
    with SubEventClassifier.using(model):
        for name, value in grid or [("(as shipped)", 0.0)]:
            saved = getattr(extract, name, None)
            if saved is not None:
                setattr(extract, name, type(saved)(value))
            try:
                every = [list(r.events) for r in pipeline.process(docs)]
                predicted = [primary_event(evs) for evs in every]
                result = score_acled(dev, predicted)
            finally:
                if saved is not None:
                    setattr(extract, name, saved)
            scores = result["fields"]
            label = f"{name}={value:g}" if saved is not None else name
            print(label.ljust(32) + "".join(f"{scores.get(f, float('nan')):15.3f}" for f in FIELDS))
        if args.dump:
            with args.dump.open("w", encoding="utf-8") as fh:
                for row, ev, evs in zip(dev, predicted, every, strict=True):
                    gold = {k: str(v) for k, v in vars(row).items()}
                    fh.write(json.dumps({"gold": gold, "event": ev.to_dict() if ev else None,
                                         "events": [e.to_dict() for e in evs]}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
