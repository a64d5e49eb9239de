"""`frontwatch eval geoparse`: recognition and resolution figures on GeoWebNews and LGL.

Formats (auto-detected):
* GeoWebNews XML (``<articles><article><text>…<toponyms><toponym><start>…<latitude>``);
  gold toponyms are those with coordinates.
* GeoWebNews compact (``name,,mention,,lat,,lon,,start,,end||…``, one line per article);
  the texts come from a GeoWebNews XML file in the same folder (article i = line i).
* LGL XML (``<articles><article docid><text>…<toponym><start><end><gaztag><lat><lon>``).
"""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, MalformedInput
from ..geo.gazetteer import haversine_km

MAX_ERROR_KM = 20039.0
ACC_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass
class GoldDoc:
    doc_id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None  # type: ignore[arg-type]
    except ValueError:
        return None


def _parse_xml(path: Path) -> list[GoldDoc]:
    from lxml import etree

    try:
        root = etree.parse(str(path), etree.XMLParser(huge_tree=True, recover=False)).getroot()
    except etree.XMLSyntaxError as exc:
        raise MalformedInput(f"not well-formed XML: {exc}", source=str(path)) from exc
    docs: list[GoldDoc] = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        doc_id = art.get("docid") or art.get("file") or str(i)
        gold: list[GoldToponym] = []
        for tp in art.iter("toponym"):
            start, end = tp.findtext("start"), tp.findtext("end")
            if start is None or end is None:
                continue
            gaz = tp.find("gaztag")
            if gaz is not None:  # LGL
                lat, lon = _float(gaz.findtext("lat")), _float(gaz.findtext("lon"))
            else:  # GeoWebNews
                lat, lon = _float(tp.findtext("latitude")), _float(tp.findtext("longitude"))
            if lat is None or lon is None:
                continue
            s, e = int(start), int(end)
            gold.append(GoldToponym(s, e, text[s:e], lat, lon))
        gold.sort(key=lambda g: g.start)
        docs.append(GoldDoc(doc_id, text, gold))
    if not docs:
        raise MalformedInput("no <article> elements found", source=str(path))
    return docs


def _parse_compact(path: Path) -> list[GoldDoc]:
    xmls = sorted(p for p in path.parent.glob("*.xml") if p.read_bytes()[:4096].find(b"GeoWebNews") >= 0 or p.name.lower().startswith("gwn"))
    if not xmls:
        raise InputError("the compact GeoWebNews format has no texts: put the GeoWebNews XML file beside it", source=str(path))
    texts = _parse_xml(xmls[0])
    lines = path.read_text("utf-8").splitlines()
    if len(lines) != len(texts):
        raise MalformedInput(f"{len(lines)} lines but {len(texts)} articles in {xmls[0].name}", source=str(path))
    docs = []
    for n, (line, base) in enumerate(zip(lines, texts, strict=True), 1):
        gold = []
        for item in line.split("||"):
            if not item.strip():
                continue
            f = item.split(",,")
            if len(f) != 6:
                raise MalformedInput(f"line {n}: expected name,,mention,,lat,,lon,,start,,end", source=str(path))
            s, e = int(f[4]), int(f[5])
            gold.append(GoldToponym(s, e, base.text[s:e], float(f[2]), float(f[3])))
        gold.sort(key=lambda g: g.start)
        docs.append(GoldDoc(base.doc_id, base.text, gold))
    return docs


def load_corpus(path: str | Path) -> list[GoldDoc]:
    p = Path(path)
    if not p.is_file():
        raise InputError("no such file", source=str(p))
    head = p.read_bytes()[:2048].lstrip()
    if head.startswith(b"<"):
        return _parse_xml(p)
    if b",," in head and b"||" in head:
        return _parse_compact(p)
    raise InputError("unknown format (expected GeoWebNews XML or compact, or LGL XML)", source=str(p))


def _auc(errors: Sequence[float]) -> float:
    if not errors:
        return float("nan")
    logs = sorted(math.log(1 + e) for e in errors)
    if len(logs) == 1:
        return logs[0] / math.log(MAX_ERROR_KM)
    area = sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1))
    return area / ((len(logs) - 1) * math.log(MAX_ERROR_KM))


def _resolution_figures(errors: list[float]) -> dict[str, float | int]:
    if not errors:
        return {"n": 0, "acc_at_161km": float("nan"), "median_km": float("nan"), "mean_km": float("nan"), "auc": float("nan")}
    return {
        "n": len(errors),
        "acc_at_161km": sum(e <= ACC_KM for e in errors) / len(errors),
        "median_km": statistics.median(errors),
        "mean_km": statistics.fmean(errors),
        "auc": _auc(errors),
    }


def _match(pred: list[tuple[int, int]], gold: list[GoldToponym]) -> list[tuple[int, int]]:
    """One-to-one overlap matching (greedy by overlap length)."""
    pairs = []
    for pi, (ps, pe) in enumerate(pred):
        for gi, g in enumerate(gold):
            ov = min(pe, g.end) - max(ps, g.start)
            if ov > 0:
                pairs.append((ov, pi, gi))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _ov, pi, gi in pairs:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            out.append((pi, gi))
    return out


def _error(lat: float | None, lon: float | None, g: GoldToponym) -> float:
    if lat is None or lon is None:
        return MAX_ERROR_KM
    return haversine_km(lat, lon, g.lat, g.lon)


def evaluate(path: str | Path, *, limit: int | None = None) -> dict[str, Any]:
    from ..geo import get_geoparser
    from ..geo.resolve import Mention
    from ..nlp import load_nlp

    docs = load_corpus(path)
    if limit is not None:
        docs = docs[:limit]
    nlp = load_nlp()
    gp = get_geoparser()
    tp = fp = fn = 0
    e2e_errors: list[float] = []
    gold_errors: list[float] = []
    t0 = time.perf_counter()
    n_words = 0
    for spacy_doc, gd in zip(nlp.pipe(d.text for d in docs), docs, strict=True):
        n_words += len(spacy_doc)
        mentions = gp.recognise([(spacy_doc, 0)])
        tops = gp.resolve_mentions(mentions)
        pred = [(t.start, t.end) for t in tops]
        matched = _match(pred, gd.toponyms)
        tp += len(matched)
        fp += len(pred) - len(matched)
        fn += len(gd.toponyms) - len(matched)
        for pi, gi in matched:
            e2e_errors.append(_error(tops[pi].latitude, tops[pi].longitude, gd.toponyms[gi]))
        # resolution only: gold spans, with the recognised places as context
        gold_mentions: list[Mention] = []
        for g in gd.toponyms:
            span = spacy_doc.char_span(g.start, g.end, alignment_mode="expand")
            if span is None or not len(span):
                gold_mentions.append(Mention(g.text, g.start, g.end, "GPE", 0, 0, 0, -1, cands=gp.gaz.candidates(g.text), cue_cc=gp.document_cue(gd.text)))
                continue
            pre, suf = gp._context_words(spacy_doc, span.start, span.end)
            text = g.text
            for art in ("the ", "The "):
                if text.startswith(art):
                    text = text[len(art):]
            gold_mentions.append(Mention(g.text, g.start, g.end, "GPE", 0, span.start, span.end, span.sent.start, pre, suf, gp.gaz.candidates(text), cue_cc=gp.document_cue(gd.text)))
        context = [m for m in mentions if not any(m.start < g.end and g.start < m.end for g in gd.toponyms)]
        allm = sorted(gold_mentions + context, key=lambda m: m.start)
        res = gp.resolve_mentions(allm)
        by_span = {(t.start, t.end): t for t, m in zip(res, allm, strict=True) if m in gold_mentions}
        for g in gd.toponyms:
            t = by_span.get((g.start, g.end))
            gold_errors.append(_error(t.latitude if t else None, t.longitude if t else None, g))
    elapsed = time.perf_counter() - t0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "file": str(path),
        "articles": len(docs),
        "gold_toponyms": tp + fn,
        "recognition": {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn},
        "end_to_end": _resolution_figures(e2e_errors),
        "gold_spans": _resolution_figures(gold_errors),
        "seconds": elapsed,
        "tokens": n_words,
    }


def format_table(fig: dict[str, Any]) -> str:
    r = fig["recognition"]
    lines = [
        f"{fig['file']}: {fig['articles']} articles, {fig['gold_toponyms']} gold toponyms, {fig['seconds']:.1f} s",
        "",
        f"recognition   precision {r['precision']:.3f}   recall {r['recall']:.3f}   F1 {r['f1']:.3f}   (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})",
        "",
        f"{'resolution':<26}{'n':>6}{'Acc@161km':>11}{'median km':>11}{'mean km':>10}{'AUC':>8}",
    ]
    for label, key in (("on recognised toponyms", "end_to_end"), ("on gold spans", "gold_spans")):
        f = fig[key]
        lines.append(f"{label:<26}{f['n']:>6}{f['acc_at_161km']:>11.3f}{f['median_km']:>11.1f}{f['mean_km']:>10.1f}{f['auc']:>8.3f}")
    return "\n".join(lines)
