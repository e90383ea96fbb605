"""Pairing of quotation marks, independent of the language.

News in different languages marks quotations differently, and one character can open in
one convention and close in another: “ closes German „…“ but opens English “…”; » opens
Danish »…« but closes French «…». So the pairing does not ask which language a text is
in. It reads each mark's surroundings (a mark with a space or an opening bracket before
it and a letter after it opens; one with a letter or punctuation before it and a space or
punctuation after it closes) and pairs an opener with the nearest later closer that the
table below allows.

What is not a quotation mark: an apostrophe between letters ("Kim’s", "l'État",
"rock'n'roll"), an elided start ("'90s", "’s avonds", "'n"), an inch mark between digits.
A straight " or ' decides between opening and closing by the same context, so an odd
number of them does not turn every later quotation inside out. An opener that never
closes inside the range is ignored instead of swallowing the rest of the text, and a
second opener of the same mark while one is still open replaces it (a quotation inside
a quotation uses another mark: »… ›…‹ …«, “… ‘…’ …”).

`QUOTATION_PAIRS` is plain data; the quotes stage uses the same table.

    >>> text = "»Nordkoreas leder viser stor interesse,« sagde Putin."
    >>> [text[s.start : s.end] for s in find_quotations(text)]
    ['»Nordkoreas leder viser stor interesse,«']
"""

from __future__ import annotations

import re

from newsweave.article import Span

# (opening mark, closing mark) and the conventions that use the pair.
QUOTATION_PAIRS: tuple[tuple[str, str], ...] = (
    ("»", "«"),  # da, de (books, some papers), cs, pl, hu, sl, hr
    ("«", "»"),  # fr, ru, uk, es, pt, it, no, ca, el, tr, ar …; French puts spaces inside
    ("»", "»"),  # sv, fi
    ("„", "“"),  # de, cs, sk, sl, is, lt, bg, et, da (some papers)
    ("„", "”"),  # pl, hu, ro, hr, nl (older), sr
    ("“", "”"),  # en, nl, es, pt, it, tr, zh (curly)
    ("”", "”"),  # sv, fi
    ('"', '"'),  # straight, everywhere
    ("‚", "‘"),  # de, cs (single, inner)
    ("‚", "’"),  # pl, hu, nl (single, inner)
    ("‘", "’"),  # en (single, inner or headlines)
    ("’", "’"),  # sv, fi (single)
    ("'", "'"),  # straight single, everywhere
    ("‹", "›"),  # fr, ru (single guillemets)
    ("›", "‹"),  # da, de (single guillemets)
    ("›", "›"),  # sv, fi (single guillemets)
    ("「", "」"),  # zh, ja
    ("『", "』"),  # zh, ja (inner)
    ("《", "》"),  # zh titles
)

QUOTE_CHARS: frozenset[str] = frozenset(c for pair in QUOTATION_PAIRS for c in pair)
OPENING_MARKS: frozenset[str] = frozenset(o for o, _ in QUOTATION_PAIRS)
CLOSING_MARKS: frozenset[str] = frozenset(c for _, c in QUOTATION_PAIRS)

_PAIR_SET = frozenset(QUOTATION_PAIRS)
# Marks with one direction in every convention („ 「 open, 」 close): no context needed.
_ONLY_OPENS = OPENING_MARKS - CLOSING_MARKS
_ONLY_CLOSES = CLOSING_MARKS - OPENING_MARKS
# Marks also written as apostrophes.
_APOSTROPHES = frozenset("'’‘")
# With a space on both sides (French « spaced », or a typo), these still have a direction.
_SPACED_ROLE: dict[str, tuple[bool, bool]] = {  # mark -> (can open, can close)
    "«": (True, False),
    "‹": (True, False),
    "»": (False, True),
    "›": (False, True),
    "“": (True, False),
    '"': (True, True),
}
# Characters after which an opening mark may stand (besides spaces and other marks).
_BEFORE_OPENER = frozenset("([{<-–—/¡¿:")
# Characters before which a closing mark may stand (besides spaces and other marks).
_AFTER_CLOSER = frozenset(",.;:!?)]}>…-–—/")
# An opening mark is never directly followed by these.
_NOT_AFTER_OPENER = frozenset(",;:!?)]}")

_MARK_RE = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def _roles(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at `text[i]` can open and whether it can close a quotation."""
    mark = text[i]
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    prev_space = prev.isspace()
    next_space = nxt.isspace()
    if mark in _APOSTROPHES:
        if prev.isalnum() and nxt.isalnum():  # Kim’s, l'État
            return False, False
        # '90s, ’s avonds, 'n, 't: an elision, not a quotation
        if prev_space and (
            nxt.isdigit() or (nxt.islower() and (i + 2 >= hi or not text[i + 2].isalpha()))
        ):
            return False, False
    if mark in _ONLY_OPENS:
        return not next_space, False
    if mark in _ONLY_CLOSES:
        return False, not prev_space
    can_open = (
        (prev_space or prev in _BEFORE_OPENER or prev in QUOTE_CHARS)
        and not next_space
        and nxt not in _NOT_AFTER_OPENER
    )
    can_close = not prev_space and (next_space or nxt in _AFTER_CLOSER or nxt in QUOTE_CHARS)
    if not can_open and not can_close and (prev_space or next_space):
        can_open, can_close = _SPACED_ROLE.get(mark, (False, False))
        if mark == '"' and not (prev_space and next_space):
            # ' ",' after a stray space closes; a lone ' " ' may do either
            can_open, can_close = not prev_space, prev_space
    return can_open, can_close


def _matching_opener(stack: list[tuple[str, int]], mark: str) -> int | None:
    """The position in `stack` of the innermost opener that `mark` closes."""
    for k in range(len(stack) - 1, -1, -1):
        if (stack[k][0], mark) in _PAIR_SET:
            return k
    return None


def match_quotation_marks(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Every matched quotation in `text[start:end]`, nested ones included, by start.

    Each span runs from its opening mark to just after its closing mark. Quotations are
    either nested or disjoint, never crossing.
    """
    hi = len(text) if end is None else min(end, len(text))
    lo = max(0, start)
    stack: list[tuple[str, int]] = []
    pairs: list[Span] = []
    for m in _MARK_RE.finditer(text, lo, hi):
        i = m.start()
        mark = text[i]
        can_open, can_close = _roles(text, i, lo, hi)
        opener = _matching_opener(stack, mark) if can_close else None
        if opener is not None:
            pairs.append(Span(stack[opener][1], i + 1))
            del stack[opener:]  # openers left inside never closed: ignore them
        elif can_open:
            # quotations nest with another mark: an open one of the same mark was stray
            stack = [entry for entry in stack if entry[0] != mark]
            stack.append((mark, i))
    pairs.sort(key=lambda s: (s.start, -s.end))
    return pairs


def outermost(spans: list[Span]) -> list[Span]:
    """The spans not inside another one, from spans sorted by (start, -end)."""
    result: list[Span] = []
    for span in spans:
        if not result or span.start >= result[-1].end:
            result.append(span)
    return result


def find_quotations(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The outermost matched quotations in `text[start:end]` (normally one paragraph),
    marks included, in text order.

    Offsets are into `text`. Openers that never close inside the range are left out.
    """
    return outermost(match_quotation_marks(text, start, end))
