"""Write samples/warc/pages.warc.gz: two archived news pages (request + response each).

The pages are written here, by hand; the output is deterministic (fixed dates
and record ids), so re-running the script gives the same file.

    .venv/bin/python scripts/make_sample_warc.py
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent.parent / "samples" / "warc" / "pages.warc.gz"

TRIPOLI = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Armed groups clash in southern Tripoli | Maghreb Security Desk</title>
<meta property="og:site_name" content="Maghreb Security Desk">
<meta property="article:published_time" content="2024-04-22T08:10:00Z">
<link rel="canonical" href="https://maghrebdesk.example/libya/tripoli-clashes-ain-zara">
</head><body>
<nav><a href="/">Home</a> <a href="/libya">Libya</a> <a href="/tunisia">Tunisia</a></nav>
<article>
<h1>Armed groups clash in southern Tripoli</h1>
<p>Fighting broke out on Sunday evening between two armed groups nominally loyal to the
Government of National Unity in the Ain Zara district of southern Tripoli, Libya. Residents
reported heavy machine-gun fire and explosions for about three hours.</p>
<p>The Emergency Medicine Centre said 3 people were killed, including a civilian driver caught
in the crossfire, and 9 were wounded. The interior ministry said a ceasefire was agreed shortly
before midnight after mediation by local elders.</p>
<p>In 2022 similar clashes in the capital left more than thirty people dead. Diplomats warned
that renewed fighting could derail talks on a unified government.</p>
</article>
<aside class="sidebar"><h3>Latest</h3><ul><li><a href="/x">Port strike ends in Misrata</a></li></ul></aside>
<div class="comments">
<div class="comment"><span class="comment-author">Salem</span> <span class="comment-date">22 April 2024</span>
<p class="comment-text">Same militias, same streets, every year.</p></div>
<div class="comment"><span class="comment-author">Nour</span> <span class="comment-date">22 April 2024</span>
<p class="comment-text">I heard the shooting from Salah al-Din road until late, my neighbours said two houses burned.</p></div>
<div class="comment"><span class="comment-author">guest</span> <span class="comment-date">23 April 2024</span>
<p class="comment-text">When will anyone disarm them?</p></div>
</div>
<footer>Maghreb Security Desk</footer>
</body></html>
"""

MACOMIA = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Insurgents raid Macomia town in Cabo Delgado | Indian Ocean Monitor</title>
<meta property="og:site_name" content="Indian Ocean Monitor">
<meta property="article:published_time" content="2024-05-13T14:00:00Z">
</head><body>
<header><a href="/">Indian Ocean Monitor</a></header>
<main><article>
<h1>Insurgents raid Macomia town in Cabo Delgado</h1>
<p>Islamic State-linked insurgents entered the district town of Macomia in Cabo Delgado province,
northern Mozambique, on Friday, looting shops and a health centre and clashing with soldiers of
the Mozambican armed forces for several hours, local sources said.</p>
<p>At least 4 soldiers and 2 civilians were killed, according to a district official. The
insurgents withdrew towards the coast on Saturday morning, taking trucks loaded with food.
Thousands of residents fled to the bush and to the town of Chai, about 30 kilometres away.</p>
<p>The insurgency began in 2017 in Mocimboa da Praia. Rwandan troops, who arrived in 2021,
will reinforce positions around Macomia in the coming days, a military source said.</p>
</article></main>
<footer>Indian Ocean Monitor</footer>
</body></html>
"""

PAGES = [
    ("https://maghrebdesk.example/libya/tripoli-clashes-ain-zara", "2024-04-22T09:00:00Z", TRIPOLI),
    ("https://oceanmonitor.example/mozambique/macomia-raid", "2024-05-13T15:30:00Z", MACOMIA),
]


def record_id(*parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return f"<urn:uuid:{digest[:8]}-{digest[8:12]}-{digest[12:16]}-{digest[16:20]}-{digest[20:32]}>"


def write(out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for uri, when, html in PAGES:
        host = uri.split("/")[2]
        path = "/" + uri.split("/", 3)[3]
        req_headers = StatusAndHeaders(
            f"GET {path} HTTP/1.1",
            [("Host", host), ("User-Agent", "frontwatch-sample/0.1"), ("Accept", "text/html")],
            is_http_request=True,
        )
        request = writer.create_warc_record(
            uri,
            "request",
            http_headers=req_headers,
            warc_headers_dict={"WARC-Date": when, "WARC-Record-ID": record_id("request", uri)},
        )
        body = html.encode("utf-8")
        resp_headers = StatusAndHeaders(
            "200 OK",
            [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
            protocol="HTTP/1.1",
        )
        response = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            http_headers=resp_headers,
            warc_headers_dict={"WARC-Date": when, "WARC-Record-ID": record_id("response", uri)},
        )
        writer.write_record(request)
        writer.write_record(response)
    out.write_bytes(buf.getvalue())


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
    print(f"wrote {OUT if len(sys.argv) < 2 else sys.argv[1]}")
