"""Geoparsing throughput and memory: resolutions/s (cold and memoised), parse() overhead
over bare spaCy, gazetteer memory. Prints figures; never fails on time.

    .venv/bin/python benchmarks/geoparse.py [--docs N]
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
SAMPLE = (
    "ISIS fighters from Abu Kamal attacked SDF positions in Hajin, in the Syrian province of Deir Ezzor. "
    "Iraqi forces reinforced the Syrian-Iraqi border near Al-Qaim while Turkish artillery shelled Afrin "
    "and villages in the Idlib countryside. Residents fled to Raqqa, Manbij and Qamishli.\n"
)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=60)
    args = ap.parse_args()

    from frontwatch.geo import Geoparser, default_gazetteer
    from frontwatch.nlp import load_nlp

    base = rss_mb()
    t0 = time.perf_counter()
    gaz = default_gazetteer()
    gp = Geoparser(gaz)
    gp._lowercase_phrases()
    print(f"gazetteer open: {time.perf_counter() - t0:.2f} s, peak RSS +{rss_mb() - base:.0f} MB ({gaz.path})")

    names = [r[0] for r in gaz._con.execute("SELECT name FROM places WHERE population > 2000 ORDER BY id LIMIT 5000")]
    t0 = time.perf_counter()
    for n in names:
        gp.resolve_name(n)
    dt = time.perf_counter() - t0
    print(f"resolve_name, cold lookups: {len(names) / dt:,.0f} resolutions/s ({len(names)} names)")
    t0 = time.perf_counter()
    for _ in range(3):
        for n in names:
            gp.resolve_name(n)
    dt = time.perf_counter() - t0
    print(f"resolve_name, memoised lookups: {3 * len(names) / dt:,.0f} resolutions/s")

    texts = [SAMPLE * 4] * args.docs
    corpus = SHARED / "corpus" / "guardian-sdf-sample.csv"
    if corpus.exists():
        csv.field_size_limit(sys.maxsize)
        with corpus.open(encoding="utf-8") as fh:
            texts = [r["text"] for r in csv.DictReader(fh)][: args.docs]
    nlp = load_nlp()
    docs = list(nlp.pipe(texts[:5]))  # warm-up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    t_spacy = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_top = 0
    for d in docs:
        n_top += len(gp.parse([(d, 0)]))
    t_geo = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    print(f"spaCy: {len(docs)} docs, {words:,} tokens in {t_spacy:.2f} s")
    print(f"parse(): {n_top} toponyms in {t_geo:.2f} s ({n_top / t_geo:,.0f} toponyms/s)")
    print(f"pipeline speed vs bare spaCy: {t_spacy / (t_spacy + t_geo):.2f}x")
    print(f"peak RSS of the process: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
