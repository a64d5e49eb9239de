"""Plain-text rendering of a stored document with its evidence highlighted (`frontwatch show`)."""

from __future__ import annotations

from .store import StoredDocument

_ON, _OFF = "\x1b[1;33m", "\x1b[0m"
FIELDS = ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "country",
          "admin1", "geo_precision", "fatalities", "certainty", "attribution", "confidence")


def render_document(doc: StoredDocument, *, color: bool = False) -> str:
    """The document text with [[evidence]] marks and event numbers, then each event's fields."""
    text = doc.text
    marks: list[tuple[int, int, list[int]]] = []
    for n, ev in enumerate(doc.events, 1):
        s, e = ev.evidence.start, ev.evidence.end
        for m in marks:
            if m[0] == s and m[1] == e:
                m[2].append(n)
                break
        else:
            marks.append((s, e, [n]))
    marks.sort()
    out: list[str] = []
    head = [f"document {doc.doc_id}"]
    if doc.title:
        head.append(f"title: {doc.title}")
    if doc.url:
        head.append(f"url: {doc.url}")
    if doc.published:
        head.append(f"published: {doc.published.isoformat()}")
    if doc.source:
        head.append(f"source: {doc.source}")
    head.append(f"comments: {len(doc.comments)}   events: {len(doc.events)}")
    out.append("\n".join(head))
    out.append("")
    pos = 0
    body: list[str] = []
    comment_starts = {c.start: c.index for c in doc.comments}
    for s, e, nums in marks:
        if s < pos:
            continue  # overlapping evidence: the first one is shown
        body.append(_with_comment_marks(text[pos:s], pos, comment_starts))
        tag = ",".join(str(n) for n in nums)
        ev_text = text[s:e]
        body.append(f"{_ON}[[{ev_text}]]{_OFF}<{tag}>" if color else f"[[{ev_text}]]<{tag}>")
        pos = e
    body.append(_with_comment_marks(text[pos:], pos, comment_starts))
    out.append("".join(body).rstrip())
    out.append("")
    for n, ev in enumerate(doc.events, 1):
        d = ev.to_dict()
        where = "article" if ev.origin == "article" else f"comment {ev.comment_index}"
        out.append(f"<{n}> {ev.event_id} ({where})")
        for f in FIELDS:
            if d[f] is not None:
                out.append(f"    {f}: {d[f]}")
        out.append(f"    evidence: {ev.evidence.start}-{ev.evidence.end}")
    return "\n".join(out)


def _with_comment_marks(chunk: str, base: int, starts: dict[int, int]) -> str:
    """Prefix each comment with a '--- comment N ---' line."""
    if not starts:
        return chunk
    pieces = []
    last = 0
    for s in sorted(starts):
        if base <= s < base + len(chunk):
            pieces.append(chunk[last: s - base])
            pieces.append(f"--- comment {starts[s]} ---\n")
            last = s - base
    pieces.append(chunk[last:])
    return "".join(pieces)
