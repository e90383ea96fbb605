"""Render an article's text as HTML with its annotations marked, everything escaped.

Marks may nest (a date inside a sentence, later an entity inside a quote) and may even
cross; crossing marks are closed and reopened so the HTML stays well-formed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Mark:
    """An HTML element around `text[start:end]`; `attrs` values are escaped on output."""

    start: int
    end: int
    tag: str = "mark"
    attrs: tuple[tuple[str, str], ...] = ()

    def open(self) -> str:
        attrs = "".join(f' {k}="{escape(v)}"' for k, v in self.attrs)
        return f"<{self.tag}{attrs}>"

    def close(self) -> str:
        return f"</{self.tag}>"


def render(text: str, marks: Iterable[Mark]) -> Markup:
    """`text` as escaped HTML with every mark applied (empty marks are dropped)."""
    marks = sorted((m for m in marks if m.end > m.start), key=lambda m: (m.start, -m.end))
    cuts = sorted({0, len(text)} | {m.start for m in marks} | {m.end for m in marks})
    starting: dict[int, list[Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
    out: list[str] = []
    stack: list[Mark] = []
    for i, pos in enumerate(cuts):
        ending = [m for m in stack if m.end == pos]
        if ending:
            # Close down to the deepest ending mark, then reopen the survivors.
            depth = min(stack.index(m) for m in ending)
            reopen = [m for m in stack[depth:] if m.end != pos]
            out.extend(m.close() for m in reversed(stack[depth:]))
            del stack[depth:]
            for m in reopen:
                out.append(m.open())
                stack.append(m)
        for m in starting.get(pos, []):
            out.append(m.open())
            stack.append(m)
        if i + 1 < len(cuts):
            out.append(str(escape(text[pos : cuts[i + 1]])))
    out.extend(m.close() for m in reversed(stack))
    return Markup("".join(out))
