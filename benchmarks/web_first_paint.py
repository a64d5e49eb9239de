"""First paint of the analyst web app over 50,000 events, in headless Chromium.

Generates a synthetic store in a temporary folder, serves it on a free local
port and loads the page several times (the first load with a cold browser
cache). Prints figures; never fails on time.

    .venv/bin/python benchmarks/web_first_paint.py [--events 50000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from frontwatch.web.background import CHROMIUM, CHROMIUM_ARGS, serving
from frontwatch.web.synthetic import build_store

API_CALLS = (
    "/api/facets",
    "/api/stats/grid?zoom=6&bbox=22,43,41,54",
    "/api/stats/grid?zoom=10&bbox=37,48,38.5,49",
    "/api/stats/timeline?interval=day",
    "/api/events?limit=100",
    "/api/events?event_type=Battles&limit=5000&format=csv",
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium")
        return 0
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        t = time.perf_counter()
        n = build_store(url, args.events, jitter=0.25, seed=7)
        print(f"store: {n:,} events written in {time.perf_counter() - t:.1f} s")
        with serving(url) as base:
            print("\nAPI (server side, warm; ms):")
            for path in API_CALLS:
                urllib.request.urlopen(base + path).read()
                times = []
                for _ in range(3):
                    t = time.perf_counter()
                    body = urllib.request.urlopen(base + path).read()
                    times.append((time.perf_counter() - t) * 1000)
                print(f"  {statistics.median(times):7.1f}  {len(body) / 1024:8.1f} KiB  {path}")
            print(f"\nfirst paint in Chromium ({args.runs} loads, 1400x860):")
            print("  load  first-contentful-paint  map+timeline drawn  markers")
            ready: list[float] = []
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                context = browser.new_context(viewport={"width": 1400, "height": 860})
                for i in range(args.runs):
                    page = context.new_page()
                    page.goto(base + "/")
                    page.wait_for_selector("body[data-ready='1']", timeout=60_000)
                    fcp, done = page.evaluate(
                        """() => [
                          (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime,
                          performance.getEntriesByName('fw-ready')[0].startTime]"""
                    )
                    markers = page.locator(".fw-cluster, .fw-point").count()
                    ready.append(done)
                    label = "cold" if i == 0 else "warm"
                    print(f"  {label:4}  {fcp or float('nan'):17.0f} ms  {done:15.0f} ms  {markers:7}")
                    page.close()
                browser.close()
            print(f"\nmedian map+timeline drawn: {statistics.median(ready):.0f} ms "
                  f"(target < 2000 ms: {statistics.median(ready) / 2000:.2f} of the budget)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
