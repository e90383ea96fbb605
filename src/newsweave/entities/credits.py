"""Photo credit lines: "Foto: KCNA/AFP/Ritzau Scanpix", "Photo: Spencer Platt, AFP / Getty".

A credit after a credit word and a colon (`CREDIT_WORDS` in `lang/<iso>/names.py`: "Foto",
"Photo", "Bild" ...) lists the photographers and agencies, one name between each pair of
separators (`/`, `,`, `;`, `|`), up to the end of the line or the sentence. A model reads
such lists badly: a name across a separator ("KCNA/AFP/Ritzau", where the slash has no
spaces), or one agency in two pieces ("Ritzau" + "Scanpix"). `mend_credits` cuts mentions at
the separators and makes each item of the list whose words are all capitalised one mention
when the model found a name in it: an organisation if the model read any piece of it as
one, else the label the model gave it. Items the model found nothing in, or that hold a
lower-case word ("Mads Nissen for Politiken"), are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsweave.lang import data

RawMention = tuple[int, int, str]

_SEPARATORS = re.compile(r"[/,;|]")
_WORD = re.compile(r"[^\s/,;|]+")
_TRAILING = ".:!?\"'»”)]"
_END = re.compile(r"\n|\.(?:\s|$)|$")


@lru_cache(maxsize=64)
def _credit_line(language: str | None) -> re.Pattern[str] | None:
    words = getattr(data(language, "names"), "CREDIT_WORDS", "").split()
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\s*:[ \t]*")


def credit_items(text: str, language: str | None) -> list[tuple[int, int]]:
    """(start, end) of each item of every credit list in `text`, stripped of spaces."""
    line = _credit_line(language)
    if line is None:
        return []
    items: list[tuple[int, int]] = []
    for head in line.finditer(text):
        end = _END.search(text, head.end()).start()
        start = head.end()
        for sep in [*_SEPARATORS.finditer(text, start, end), None]:
            stop = sep.start() if sep else end
            words = list(_WORD.finditer(text, start, stop))
            if words:
                last = words[-1].end()
                while last > words[0].start() and text[last - 1] in _TRAILING:
                    last -= 1
                if last > words[0].start():
                    items.append((words[0].start(), last))
            start = sep.end() if sep else end
    return items


def mend_credits(text: str, raw: Sequence[RawMention], language: str | None) -> list[RawMention]:
    """`raw` with the items of credit lists as one mention each (see the module)."""
    items = credit_items(text, language)
    if not items:
        return list(raw)
    out: list[RawMention] = []
    for start, end, label in raw:
        inside = [(max(s, start), min(e, end)) for s, e in items if s < end and start < e]
        if not inside:
            out.append((start, end, label))
            continue
        out.extend((s, e, label) for s, e in inside)
    mended: list[RawMention] = []
    for s, e in items:
        pieces = [m for m in out if s <= m[0] and m[1] <= e]
        words = [w.group() for w in _WORD.finditer(text, s, e)]
        if not pieces or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
            continue
        labels = {m[2] for m in pieces}
        label = "ORG" if "ORG" in labels else pieces[0][2]
        out = [m for m in out if m not in pieces]
        mended.append((s, e, label))
    return sorted(out + mended)
