"""Write docs/screenshot.png: the analyst UI over a synthetic but realistic store.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png]

Needs /usr/bin/chromium. The image is kept under 300 KB: with Debian's
`pngquant` installed it is reduced to a 256-colour palette, otherwise the
viewport shrinks until the PNG fits.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from frontwatch.store import EventFilter, Store
from frontwatch.web.background import CHROMIUM, CHROMIUM_ARGS, serving
from frontwatch.web.synthetic import build_store

MAX_BYTES = 300_000


def _smaller(png: bytes) -> bytes:
    """The same image through pngquant (256 colours), when it is installed."""
    tool = shutil.which("pngquant")
    if tool is None:
        return png
    done = subprocess.run(
        [tool, "--quality=70-95", "--speed=1", "-"], input=png, capture_output=True, check=False
    )
    return done.stdout if done.returncode == 0 and done.stdout else png


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "docs" / "screenshot.png"))
    ap.add_argument("--events", type=int, default=4000)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/demo.db"
        build_store(url, args.events, seed=11, jitter=0.06)
        with Store(url) as store:
            flt = EventFilter(certainty="claimed", event_type="Explosions/Remote violence", limit=1)
            (event,) = store.events(flt)
        with serving(url) as base, sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for width, height in ((1400, 820), (1280, 760), (1120, 700)):
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(f"{base}/#event={event.event_id}&map=6/48.6/33.2")
                page.wait_for_selector("body[data-ready='1']")
                page.wait_for_selector("#doc-view mark.evidence-current")
                page.wait_for_load_state("networkidle")
                page.wait_for_timeout(300)
                png = _smaller(page.screenshot(type="png"))
                page.close()
                if len(png) <= MAX_BYTES:
                    break
            browser.close()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_bytes(png)
    print(f"wrote {args.out} ({width}x{height}, {len(png) / 1000:.0f} KB)")
    return 0 if len(png) <= MAX_BYTES else 1


if __name__ == "__main__":
    sys.exit(main())
