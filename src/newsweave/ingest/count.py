"""How many items a read will yield, counted cheaply up front for a progress bar.

Each file counts as one article, except JSON Lines (one per non-blank line) and feeds (one
per `<item>` or `<entry>`), whose bytes are scanned without decoding or parsing; a file
the walk skips or cannot list counts as the one `Problem` it becomes. The count is an
estimate (a damaged feed yields one problem, not its entries) and gives up, returning
None, when counting would take longer than `budget` seconds.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import BinaryIO

from newsweave.ingest.files import NOT_ARTICLES, walk
from newsweave.ingest.problem import Problem
from newsweave.ingest.sniff import extension_kind

COUNT_BUDGET = 2.0  # seconds
_CHUNK = 1 << 20
_ENTRY = re.compile(rb"<(?:item|entry)[\s>/]")
_TAG = 8  # bytes that hold an opening "<entry " or "<item>"
_BLANK_LINE = re.compile(rb"\n[ \t\r\f\v]*(?=\n)")


def count_items(
    paths: Iterable[str | Path],
    *,
    skip: Sequence[tuple[str, str]] = NOT_ARTICLES,
    budget: float = COUNT_BUDGET,
) -> int | None:
    """About how many articles and problems `read(paths)` will yield, or None when
    counting them takes longer than `budget` seconds."""
    deadline = time.monotonic() + budget
    total = 0
    for path in paths:
        for found in walk(path, skip=skip):
            if time.monotonic() > deadline:
                return None
            total += 1 if isinstance(found, Problem) else _file_items(found, deadline)
    return total if time.monotonic() <= deadline else None


def _file_items(path: Path, deadline: float) -> int:
    kind = extension_kind(path)
    if kind not in ("jsonl", "feed"):
        return 1
    try:
        with open(path, "rb") as f:
            return max(1, _count(f, kind, deadline))
    except OSError:
        return 1  # read will report it, once


def _count(f: BinaryIO, kind: str, deadline: float) -> int:
    n = 0
    tail = b""
    while chunk := f.read(_CHUNK):
        data = tail + chunk
        if kind == "jsonl":
            # lines with something on them: every line, less the blank ones
            cut = data.rfind(b"\n") + 1
            whole, tail = data[:cut], data[cut:]
            n += whole.count(b"\n") - len(_BLANK_LINE.findall(b"\n" + whole))
        else:  # an opening tag cut by the chunk's end is counted with the next chunk
            keep = max(0, len(data) - _TAG)
            n += sum(1 for m in _ENTRY.finditer(data) if m.start() < keep)
            tail = data[keep:]
        if time.monotonic() > deadline:
            break
    if kind == "jsonl":
        n += bool(tail.strip())
    else:
        n += len(_ENTRY.findall(tail))
    return n
