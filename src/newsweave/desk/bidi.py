"""Bidi isolation of article text on a page: a title, a name or a quote is laid out as one
unit whose direction comes from its own first strong letter, and whatever bidi controls it
holds (a right-to-left override, U+202E) end with it, so they can never reorder the
page's own text after it ("story 1 · 2023-09-12" must not read "1 yrots · 21-90-3202").

In HTML every such value is a `<bdi>` element (the templates' `bdi` and `bdi_join`
filters); where no element can go — the `<title>`, an attribute shown as a tooltip, SVG
text — it is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (`isolated`).

A terminator the value itself does not open (a PDI closing nothing, a PDF popping
nothing) would close the isolate around it early and let an override after it escape;
such unmatched terminators are dropped. On their own they do nothing (the Unicode Bidi
Algorithm ignores them), so the value reads as it did; the JSON twins keep the text as
stored.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

FSI, PDI = "\u2068", "\u2069"
_ISOLATE_OPEN = frozenset("\u2066\u2067\u2068")  # LRI, RLI, FSI
_EMBED_OPEN = frozenset("\u202a\u202b\u202d\u202e")  # LRE, RLE, LRO, RLO
_PDF = "\u202c"


def balanced(text: str) -> str:
    """`text` without the PDI and PDF characters that close nothing opened in it."""
    if PDI not in text and _PDF not in text:
        return text
    out: list[str] = []
    stack: list[str] = []  # "i" an open isolate, "e" an open embedding or override
    for ch in text:
        if ch in _ISOLATE_OPEN:
            stack.append("i")
        elif ch in _EMBED_OPEN:
            stack.append("e")
        elif ch == PDI:
            if "i" not in stack:
                continue
            while stack.pop() != "i":  # a PDI also closes the embeddings inside it
                pass
        elif ch == _PDF:
            if not stack or stack[-1] != "e":
                continue
            stack.pop()
        out.append(ch)
    return "".join(out)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def isolated(value: Any) -> str:
    """`value` as plain text isolated by FSI … PDI, for a title, an attribute or SVG text
    (escaped by the template like any other string); "" stays ""."""
    text = _text(value)
    return f"{FSI}{balanced(text)}{PDI}" if text else ""


def bdi(value: Any) -> Markup:
    """`value` escaped, in a `<bdi>` element; "" (or None) is nothing."""
    text = _text(value)
    return Markup(f"<bdi>{escape(balanced(text))}</bdi>") if text else Markup("")


def bdi_join(values: Iterable[Any], separator: str = ", ") -> Markup:
    """Each of `values` in its own `<bdi>`, joined by `separator` (the page's text)."""
    return Markup(escape(separator)).join(bdi(v) for v in values if _text(v))
