"""Readers: files and directories in, `Article`s (and `Problem`s) out.

    from newsweave.ingest import Deduplicator, Problem, read

    seen = Deduplicator()
    for item in read(["news/", "feeds/politik.rss", "corpus.jsonl"]):
        if isinstance(item, Problem):
            print(item)                      # news/x.jsonl:3: not valid JSON (...)
        elif (first := seen.check(item)) is None:
            ...                              # a new article

Plain text (with an optional header block), HTML pages, RSS/Atom feeds and JSON Lines,
chosen by extension and by content; text encodings are detected; every article gets an
`origin` ("path", or "path:N" for line or entry N).
"""

from __future__ import annotations

from newsweave.ingest.batch import read, read_file
from newsweave.ingest.dedup import Deduplicator
from newsweave.ingest.files import DEFAULT_MAX_BYTES, NOT_ARTICLES
from newsweave.ingest.problem import NotAnArticle, Problem

__all__ = [
    "DEFAULT_MAX_BYTES",
    "NOT_ARTICLES",
    "Deduplicator",
    "NotAnArticle",
    "Problem",
    "read",
    "read_file",
]
