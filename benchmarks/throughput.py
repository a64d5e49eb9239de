"""Throughput of the full extract path against bare spaCy on the same texts.

    .venv/bin/python benchmarks/throughput.py CORPUS [--jobs 2] [--limit N]

CORPUS is a CSV with a `text` column or JSON Lines with a `text` field. Prints
articles/s and tokens/s for (a) bare `nlp.pipe` with the same model and the
same number of processes and (b) the full pipeline (segment, spaCy, geoparse,
events), their ratio, and the peak resident memory of each run. Never fails on
time.
"""

from __future__ import annotations

import argparse
import csv
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path


def read_texts(path: Path, limit: int | None) -> list[str]:
    texts: list[str] = []
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    texts.append(json.loads(line)["text"])
    else:
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                texts.append(row["text"])
    texts = [t for t in texts if t and t.strip()]
    return texts[:limit] if limit else texts


def peak_mb() -> float:
    """Peak RSS of this process and its finished children, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def bare(texts: list[str], jobs: int, q: mp.Queue) -> None:
    from frontwatch.nlp import load_nlp

    nlp = load_nlp()
    t0 = time.perf_counter()
    tokens = 0
    for doc in nlp.pipe(texts, n_process=jobs, batch_size=16):
        tokens += len(doc)
    q.put((time.perf_counter() - t0, tokens, peak_mb()))


def full(texts: list[str], jobs: int, q: mp.Queue) -> None:
    from frontwatch.models import Document, content_id
    from frontwatch.pipeline import Pipeline

    pipeline = Pipeline()
    docs = [Document(content_id(t), t) for t in texts]
    # warm the gazetteer connection and lazy tables outside the timed region
    pipeline.process_one(Document("warm", "Fighting was reported near Aleppo."))
    t0 = time.perf_counter()
    events = 0
    for r in pipeline.process(docs, n_process=jobs, chunk_size=8):
        events += len(r.events)
    q.put((time.perf_counter() - t0, events, peak_mb()))


def run_in_child(target, texts: list[str], jobs: int) -> tuple[float, int, float]:
    """Each measurement in a fresh process, so memory peaks are its own."""
    ctx = mp.get_context("fork")
    q: mp.Queue = ctx.Queue()
    p = ctx.Process(target=target, args=(texts, jobs, q))
    p.start()
    out = q.get()
    p.join()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2, help="processes for both runs (default 2)")
    ap.add_argument("--limit", type=int, default=None, help="use the first N texts")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"throughput: {args.corpus}: no such file")
    texts = read_texts(args.corpus, args.limit)
    if not texts:
        sys.exit(f"throughput: {args.corpus}: no texts found")
    b_time, tokens, b_mem = run_in_child(bare, texts, args.jobs)
    f_time, events, f_mem = run_in_child(full, texts, args.jobs)
    n = len(texts)
    fig = {
        "articles": n,
        "tokens": tokens,
        "jobs": args.jobs,
        "bare_spacy": {"seconds": round(b_time, 2), "articles_per_s": round(n / b_time, 2),
                       "tokens_per_s": round(tokens / b_time), "peak_mb": round(b_mem)},
        "frontwatch_extract": {"seconds": round(f_time, 2), "articles_per_s": round(n / f_time, 2),
                               "tokens_per_s": round(tokens / f_time), "events": events,
                               "peak_mb": round(f_mem)},
        "ratio": round(b_time / f_time, 3),
    }
    if args.json:
        print(json.dumps(fig, indent=2))
        return
    print(f"corpus: {args.corpus} ({n} articles, {tokens} tokens), {args.jobs} process(es)")
    print(f"{'path':<22}{'seconds':>9}{'articles/s':>12}{'tokens/s':>11}{'peak MB':>9}")
    for name, key in (("bare spaCy nlp.pipe", "bare_spacy"), ("frontwatch extract", "frontwatch_extract")):
        f = fig[key]
        print(f"{name:<22}{f['seconds']:>9}{f['articles_per_s']:>12}{f['tokens_per_s']:>11}{f['peak_mb']:>9}")
    print(f"ratio (extract speed / bare spaCy speed): {fig['ratio']}x; events found: {events}")


if __name__ == "__main__":
    main()
