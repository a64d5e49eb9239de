"""Segment: where the article ends and the reader comments begin.

Readers that know the page structure (HTML, WARC, feeds) already set
`Document.article_span` and `Document.comment_spans`; those are used as they
are, trimmed of surrounding whitespace. For plain text the split is found from
per-line cues kept in `data/segment_cues.yaml`: every line gets a comment
score (positive: reads like a reader comment; negative: like news copy) and
the article ends where the running total is lowest, i.e. the split that makes
the part before it most article-like and the part after it most comment-like.
A text whose best "thread" is not convincing is all article.
"""

from __future__ import annotations

import functools
import re
import statistics
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from frontwatch.errors import DataFileError
from frontwatch.models import Comment, Document, Segmentation, Span

CUES_FILE = "segment_cues.yaml"
_WORD_RE = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*")
_LINE_RE = re.compile(r"[^\n]*")


def _tokens(line: str) -> list[str]:
    """Lowercased words, except two-letter capitals: "US" is a country, not "us"."""
    return [
        m.group() if len(m.group()) == 2 and m.group().isupper() else m.group().lower()
        for m in _TOKEN_RE.finditer(line)
    ]


# -- cues ------------------------------------------------------------------------


@dataclass(frozen=True)
class Cue:
    name: str
    weight: float
    pattern: re.Pattern[str] | None = None
    words: frozenset[str] = frozenset()
    each: bool = False
    max: int = 1
    exclude: frozenset[str] = frozenset()

    def score(self, line: str, tokens: list[str]) -> float:
        if self.words:
            hits = sum(1 for t in tokens if t in self.words)
        else:
            assert self.pattern is not None
            hits = 0
            for m in self.pattern.finditer(line):
                if self.exclude and m.groups() and (m.group(1) or "").lower() in self.exclude:
                    continue
                hits += 1
        if not hits:
            return 0.0
        return self.weight * (min(hits, self.max) if self.each else 1)


@dataclass(frozen=True)
class SegmentCues:
    cues: tuple[Cue, ...]
    furniture: tuple[re.Pattern[str], ...] = ()
    short_chars: int = 100
    short_weight: float = 1.0
    long_chars: int = 300
    long_weight: float = -2.0
    min_comments: int = 2
    min_thread_score: float = 4.0
    min_mean_score: float = 0.75
    min_contrast: float = 1.0
    min_article_chars: int = 150
    source: str = CUES_FILE
    _fields: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def score(self, line: str) -> float:
        """Comment-likeness of one line or block: > 0 comment, < 0 article."""
        return sum(weight for _, weight in self.explain(line))

    def explain(self, line: str) -> list[tuple[str, float]]:
        """The cues that match a line, with what each adds to its score."""
        norm = line.replace("\u2019", "'").replace("\u2018", "'")
        tokens = _tokens(norm)
        hits: list[tuple[str, float]] = []
        if len(line) < self.short_chars:
            hits.append(("short", self.short_weight))
        elif len(line) > self.long_chars:
            hits.append(("long", self.long_weight))
        for cue in self.cues:
            value = cue.score(norm, tokens)
            if value:
                hits.append((cue.name, value))
        return hits

    def is_furniture(self, line: str) -> bool:
        low = line.strip().lower()
        return any(p.search(low) for p in self.furniture)


def load_cues(path: str | Path | None = None) -> SegmentCues:
    """Read and check a cue file (default: the bundled one). Raises DataFileError."""
    if path is None:
        ref = resources.files("frontwatch") / "data" / CUES_FILE
        label = f"frontwatch/data/{CUES_FILE}"
        text = ref.read_text(encoding="utf-8")
    else:
        label = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise DataFileError(f"cannot read the cue file ({exc.strerror})", label) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise DataFileError(f"not valid YAML ({exc})", label) from None
    return _parse_cues(data, label)


@functools.lru_cache(maxsize=1)
def default_cues() -> SegmentCues:
    return load_cues()


def _parse_cues(data: Any, label: str) -> SegmentCues:
    def fail(msg: str) -> DataFileError:
        return DataFileError(msg, label)

    if not isinstance(data, dict):
        raise fail("the cue file must be a mapping with 'split', 'length' and 'cues'")
    if data.get("version") != 1:
        raise fail(f"unsupported version {data.get('version')!r} (expected 1)")
    unknown = set(data) - {"version", "split", "length", "furniture", "cues"}
    if unknown:
        raise fail(f"unknown top-level keys: {', '.join(sorted(unknown))}")

    def number(section: str, key: str, kind: type = float) -> Any:
        block = data.get(section)
        if not isinstance(block, dict) or key not in block:
            raise fail(f"missing {section}.{key}")
        value = block[key]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise fail(f"{section}.{key} must be a number, got {value!r}")
        return kind(value)

    furniture = []
    for i, pat in enumerate(data.get("furniture") or []):
        try:
            furniture.append(re.compile(str(pat)))
        except re.error as exc:
            raise fail(f"furniture[{i}]: bad regular expression ({exc})") from None

    raw_cues = data.get("cues")
    if not isinstance(raw_cues, list) or not raw_cues:
        raise fail("'cues' must be a non-empty list")
    cues = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_cues):
        where = f"cues[{i}]"
        if not isinstance(raw, dict):
            raise fail(f"{where}: each cue must be a mapping")
        name = raw.get("name")
        if not isinstance(name, str) or not name:
            raise fail(f"{where}: missing 'name'")
        where = f"cue {name!r}"
        if name in seen:
            raise fail(f"{where}: duplicate name")
        seen.add(name)
        allowed = {
            "name",
            "weight",
            "words",
            "phrases",
            "regex",
            "ignore_case",
            "count",
            "max",
            "exclude",
        }
        extra = set(raw) - allowed
        if extra:
            raise fail(
                f"{where}: unknown keys {', '.join(sorted(extra))} (allowed: {', '.join(sorted(allowed))})"
            )
        weight = raw.get("weight")
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise fail(f"{where}: 'weight' must be a number")
        kinds = [k for k in ("words", "phrases", "regex") if k in raw]
        if len(kinds) != 1:
            raise fail(
                f"{where}: needs exactly one of words, phrases, regex (has {kinds or 'none'})"
            )
        count = raw.get("count", "once")
        if count not in ("once", "each"):
            raise fail(f"{where}: 'count' must be 'once' or 'each', got {count!r}")
        max_hits = raw.get("max", 1 if count == "once" else 1000)
        if not isinstance(max_hits, int) or max_hits < 1:
            raise fail(f"{where}: 'max' must be a positive integer")
        kind = kinds[0]
        pattern = None
        words: frozenset[str] = frozenset()
        if kind == "words":
            items = raw["words"]
            if (
                not isinstance(items, list)
                or not items
                or not all(isinstance(w, str) and w for w in items)
            ):
                raise fail(f"{where}: 'words' must be a non-empty list of words")
            bad = [w for w in items if not _WORD_RE.fullmatch(w.lower())]
            if bad:
                raise fail(f"{where}: not single words: {bad} (use 'phrases')")
            words = frozenset(w.lower() for w in items)
        elif kind == "phrases":
            items = raw["phrases"]
            if (
                not isinstance(items, list)
                or not items
                or not all(isinstance(p, str) and p.strip() for p in items)
            ):
                raise fail(f"{where}: 'phrases' must be a non-empty list of strings")
            alts = "|".join(
                r"\s+".join(re.escape(part) for part in p.lower().split())
                for p in sorted(items, key=len, reverse=True)
            )
            pattern = re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)
        else:
            try:
                flags = re.IGNORECASE if raw.get("ignore_case") else 0
                pattern = re.compile(str(raw["regex"]), flags)
            except re.error as exc:
                raise fail(f"{where}: bad regular expression ({exc})") from None
        exclude = raw.get("exclude") or []
        if not isinstance(exclude, list) or not all(isinstance(x, str) for x in exclude):
            raise fail(f"{where}: 'exclude' must be a list of words")
        if exclude and (kind != "regex" or pattern is None or pattern.groups < 1):
            raise fail(f"{where}: 'exclude' needs a regex cue with a group")
        cues.append(
            Cue(
                name=name,
                weight=float(weight),
                pattern=pattern,
                words=words,
                each=count == "each",
                max=max_hits,
                exclude=frozenset(x.lower() for x in exclude),
            )
        )
    return SegmentCues(
        cues=tuple(cues),
        furniture=tuple(furniture),
        short_chars=number("length", "short_chars", int),
        short_weight=number("length", "short_weight"),
        long_chars=number("length", "long_chars", int),
        long_weight=number("length", "long_weight"),
        min_comments=number("split", "min_comments", int),
        min_thread_score=number("split", "min_thread_score"),
        min_mean_score=number("split", "min_mean_score"),
        min_contrast=number("split", "min_contrast"),
        min_article_chars=number("split", "min_article_chars", int),
        source=label,
    )


# -- segmentation ------------------------------------------------------------


def segment(doc: Document, *, cues: SegmentCues | None = None) -> Segmentation:
    """Article span and comments of a document; offsets index `doc.text`."""
    text = doc.text
    if doc.article_span is not None or doc.comment_spans is not None:
        return _from_reader_spans(doc)
    units = _units(text)
    cue_set = cues or default_cues()
    content = [u for u in units if not cue_set.is_furniture(text[u[0] : u[1]])]
    if not content:
        return Segmentation(doc.doc_id, _span(text, 0, len(text)), [])
    split = _best_split(text, content, cue_set)
    if split is None:
        return Segmentation(doc.doc_id, _span(text, content[0][0], content[-1][1]), [])
    article = _span(text, content[0][0], content[split - 1][1])
    comments = [Comment(i, text[s:e], s, e) for i, (s, e) in enumerate(content[split:])]
    return Segmentation(doc.doc_id, article, comments)


def score_lines(text: str, cues: SegmentCues | None = None) -> list[tuple[str, float]]:
    """Each unit of a plain text with its comment score (for tuning the cue file)."""
    cue_set = cues or default_cues()
    return [(text[s:e], cue_set.score(text[s:e])) for s, e in _units(text)]


def _best_split(text: str, units: list[tuple[int, int]], cues: SegmentCues) -> int | None:
    """Index of the first comment unit, or None when there is no convincing thread."""
    scores = [cues.score(text[s:e]) for s, e in units]
    best_k, best_prefix, prefix = None, 0.0, 0.0
    for k in range(1, len(units)):
        prefix += scores[k - 1]
        if best_k is None or prefix < best_prefix:
            best_k, best_prefix = k, prefix
    if best_k is None:
        return None
    thread = scores[best_k:]
    article = scores[:best_k]
    article_chars = sum(e - s for s, e in units[:best_k])
    mean_thread = sum(thread) / len(thread)
    mean_article = sum(article) / len(article)
    if (
        len(thread) < cues.min_comments
        or sum(thread) < cues.min_thread_score
        or mean_thread < cues.min_mean_score
        or mean_thread - mean_article < cues.min_contrast
        or article_chars < cues.min_article_chars
    ):
        return None
    return best_k


def _units(text: str) -> list[tuple[int, int]]:
    """Stripped line spans; blank-line separated blocks when lines are hard-wrapped."""
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group().strip()]
    lines = [_strip(text, s, e) for s, e in lines]
    lines = [(s, e) for s, e in lines if e > s]
    blocks: list[list[tuple[int, int]]] = []
    prev_end = None
    for s, e in lines:
        if prev_end is not None and text.count("\n", prev_end, s) == 1:
            blocks[-1].append((s, e))
        else:
            blocks.append([(s, e)])
        prev_end = e
    if len(blocks) >= 3 and statistics.median(len(b) for b in blocks) > 1:
        return [(b[0][0], b[-1][1]) for b in blocks]
    return lines


def _from_reader_spans(doc: Document) -> Segmentation:
    text = doc.text
    spans = [_strip(text, s, e) for s, e in (doc.comment_spans or [])]
    spans = [(s, e) for s, e in spans if e > s]
    if doc.article_span is not None:
        a_start, a_end = doc.article_span
    else:
        a_start, a_end = 0, (spans[0][0] if spans else len(text))
    article = _span(text, a_start, a_end)
    comments = [Comment(i, text[s:e], s, e) for i, (s, e) in enumerate(sorted(spans))]
    return Segmentation(doc.doc_id, article, comments)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = max(0, start), min(len(text), end)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _span(text: str, start: int, end: int) -> Span:
    s, e = _strip(text, start, end)
    return Span(text[s:e], s, e)
