"""HTML news pages: the article body via trafilatura, the reader comments via the page structure.

`Document.text` is the article text, a blank line, then one comment per line.
`article_span` and `comment_spans` point into that text, so the segmenter
does not have to guess where the comments start.

Comments are found with lxml: elements whose class or id mentions "comment"
and that repeat (`<li class="comment">` x N). When the page has no such
structure, trafilatura's own comment extraction is used, one comment per line.
"""

from __future__ import annotations

import datetime
import os
import re
from collections import Counter
from collections.abc import Iterator

import lxml.etree
import lxml.html
import trafilatura

from frontwatch.errors import EmptyInput, MalformedInput
from frontwatch.models import Document, content_id

from ._bytes import declared_html_charset, decode, read_bytes
from .dates import parse_date

# Elements never holding reader text.
_SKIP_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "form",
    "button",
    "textarea",
    "select",
    "svg",
}
# class/id words marking parts of a comment that are not what the reader wrote.
_META_WORDS = (
    "author", "meta", "time", "date", "reply", "avatar", "vcard", "byline", "user",
    "name", "footer", "action", "vote", "like", "share", "report", "permalink", "badge", "fn",
)  # fmt: skip
# class/id words marking comment-section furniture rather than comments.
_FURNITURE_WORDS = (
    "form", "respond", "count", "title", "heading", "header", "nav", "pagination",
    "policy", "rules", "closed", "login", "subscribe", "meta", "author", "time", "date",
    "reply", "avatar", "body", "text", "content", "message",
)  # fmt: skip
_BODY_WORDS = ("body", "text", "content", "message")
_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "table", "section", "article", "header", "footer", "pre", "dd", "dt", "figcaption",
}  # fmt: skip
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WS = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")
MIN_ARTICLE_WORDS = 5  # fewer words than this is navigation, not an article
_DATE_PARAMS = {"original_date": True, "extensive_search": False}


def read_html(path: str | os.PathLike[str], *, source: str, max_bytes: int) -> Iterator[Document]:
    data = read_bytes(path, source, max_bytes)
    html = decode(data, source, declared_html_charset(data))
    yield parse_html(html, source=source, path=str(path))


def parse_html(
    html: str,
    *,
    source: str,
    path: str | None = None,
    url: str | None = None,
    kind: str = "html",
) -> Document:
    """One HTML page as a Document; `url` (e.g. a WARC target URI) wins over the page's own."""
    tree = _parse_tree(html, source)
    items = _comment_items(tree)
    comments = [c for c in (_comment_text(item, items) for item in items) if c]
    if items:
        _prune_comment_section(tree, items)
    extracted = trafilatura.bare_extraction(
        lxml.html.tostring(tree, encoding="unicode"),
        url=url,
        include_comments=not items,
        with_metadata=True,
        date_extraction_params={**_DATE_PARAMS, "max_date": datetime.date.today().isoformat()},
    )
    article = _clean_block_text(getattr(extracted, "text", None) or "")
    if len(article.split()) < MIN_ARTICLE_WORDS:
        raise EmptyInput("no article text could be extracted from the HTML page", source)
    if not items:
        comments = [
            line for line in _clean_block_text(getattr(extracted, "comments", None) or "").split("\n")
            if line
        ]  # fmt: skip

    text, article_span, comment_spans = assemble(article, comments)
    published = None
    raw_date = getattr(extracted, "date", None)
    if raw_date:
        try:
            published = parse_date(raw_date, source)
        except Exception:  # metadata dates we cannot read are ignored, not fatal
            published = None
    return Document(
        doc_id=content_id(text),
        text=text,
        url=url or getattr(extracted, "url", None) or None,
        title=_clean_inline(getattr(extracted, "title", None) or "") or None,
        published=published,
        source=getattr(extracted, "sitename", None) or None,
        kind=kind,
        path=path,
        article_span=article_span,
        comment_spans=comment_spans,
    )


def assemble(
    article: str, comments: list[str]
) -> tuple[str, tuple[int, int], list[tuple[int, int]]]:
    """Article, blank line, one comment per line; with the spans of each part."""
    text = article
    spans: list[tuple[int, int]] = []
    for i, comment in enumerate(comments):
        text += "\n\n" if i == 0 else "\n"
        spans.append((len(text), len(text) + len(comment)))
        text += comment
    return text, (0, len(article)), spans


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (feed summaries): one line per block element."""
    fragment = fragment.strip()
    if not fragment:
        return ""
    if "<" not in fragment:
        return _clean_block_text(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _clean_block_text(fragment)
    return _clean_block_text(_element_text(root))


# -- parsing ---------------------------------------------------------------


def _parse_tree(html: str, source: str) -> lxml.html.HtmlElement:
    html = _XML_DECL.sub("", html, count=1)
    try:
        tree = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise MalformedInput(f"not a readable HTML page ({exc})", source) from None
    for el in list(tree.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction)):
        _remove(el)
    return tree


def _remove(el: lxml.etree._Element) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _marks(el: lxml.etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


def _class_words(el: lxml.etree._Element) -> list[str]:
    return re.split(r"[\s_-]+", _marks(el).strip())


def _signature(el: lxml.etree._Element) -> tuple[str, frozenset[str]]:
    """Tag and the class words that mention "comment": the same for every comment of a page
    even when themes add per-comment classes such as `odd`, `depth-2`."""
    words = re.split(r"[\s_-]+", el.get("class", "").lower())
    return (str(el.tag), frozenset(w for w in words if "comment" in w))


def _is_candidate(el: lxml.etree._Element) -> bool:
    if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or el.tag in ("html", "body"):
        return False
    if "comment" not in _marks(el):
        return False
    words = set(_class_words(el))
    return not words & set(_FURNITURE_WORDS)


def _comment_items(tree: lxml.html.HtmlElement) -> list[lxml.etree._Element]:
    """The elements that each hold one reader comment, in document order."""
    candidates = [el for el in tree.iter() if _is_candidate(el)]
    if not candidates:
        return []
    signature = {el: _signature(el) for el in candidates}
    counts = Counter(signature.values())
    repeated = [el for el in candidates if counts[signature[el]] >= 2]
    if not repeated:
        # A page with a single comment: only an element whose class is exactly "comment".
        repeated = [el for el in candidates if "comment" in el.get("class", "").lower().split()]
    if not repeated:
        return []
    # The outermost repeated kind is the comment; inner repeats are its parts.
    kinds = {signature[el] for el in repeated}
    best = None
    for kind in kinds:
        els = [el for el in repeated if signature[el] == kind]
        outer = sum(
            1 for el in els
            if not any(signature.get(a) in kinds and signature.get(a) != kind for a in el.iterancestors())
        )  # fmt: skip
        key = (outer, len(els))
        if best is None or key > best[0]:
            best = (key, kind)
    assert best is not None
    items = [el for el in repeated if signature[el] == best[1]]
    return [el for el in items if _element_text(el).strip()]


def _comment_text(item: lxml.etree._Element, items: list[lxml.etree._Element]) -> str:
    clone = _detached_copy(item, items)
    for el in list(clone.iter()):
        if el is clone or not isinstance(el.tag, str) or el.getparent() is None:
            continue
        words = set(_class_words(el))
        if el.tag in ("time", "footer", "header", "img", "cite") or el.tag in _SKIP_TAGS:
            _remove(el)
        elif words & set(_META_WORDS) and not words & set(_BODY_WORDS):
            _remove(el)
    # Prefer the most specific body element ("comment-content" inside "comment-body").
    body = [el for el in clone.iter() if el is not clone and isinstance(el.tag, str) and _is_body(el)]
    inner = [el for el in body if not any(d in body for d in el.iterdescendants())]
    text = " ".join(_element_text(el) for el in inner) if inner else _element_text(clone)
    return _clean_inline(text)


def _is_body(el: lxml.etree._Element) -> bool:
    words = set(_class_words(el))
    return bool(words & set(_BODY_WORDS)) and not words & set(_META_WORDS)


def _detached_copy(
    item: lxml.etree._Element, items: list[lxml.etree._Element]
) -> lxml.etree._Element:
    """A copy of one comment without nested replies (they are comments of their own)."""
    import copy

    clone = copy.deepcopy(item)
    nested_sigs = {_signature(el) for el in items}
    for el in list(clone.iter()):
        if el is clone or not isinstance(el.tag, str):
            continue
        if _signature(el) in nested_sigs and el.getparent() is not None:
            _remove(el)
    return clone


def _prune_comment_section(tree: lxml.html.HtmlElement, items: list[lxml.etree._Element]) -> None:
    """Remove the comment section so the article text cannot include it."""
    comment_chars = sum(len(_element_text(el)) for el in items)
    to_remove = set()
    for item in items:
        top = item
        for anc in item.iterancestors():
            if anc.tag in ("html", "body") or "comment" not in _marks(anc):
                break
            if len(_element_text(anc)) > 2 * comment_chars + 300:
                break
            top = anc
        to_remove.add(top)
    for el in tree.iter():
        if el in to_remove or not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        if "comment" in _marks(el) and len(_element_text(el)) <= 300:
            to_remove.add(el)
    for el in to_remove:
        if any(a in to_remove for a in el.iterancestors()):
            continue
        _remove(el)


# -- text ------------------------------------------------------------------


def _element_text(el: lxml.etree._Element) -> str:
    parts: list[str] = []

    def walk(node: lxml.etree._Element) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS:
            if node.tail:
                parts.append(node.tail)
            return
        if tag == "br":
            parts.append("\n")
        elif tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.text and tag:
            parts.append(node.text)
        for child in node:
            walk(child)
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node.tail:
            parts.append(node.tail)

    walk(el)
    if el.tail:  # the element's own tail is not part of it
        parts.pop()
    return "".join(parts)


def _clean_inline(text: str) -> str:
    return " ".join(text.split())


def _clean_block_text(text: str) -> str:
    lines = (_WS.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
