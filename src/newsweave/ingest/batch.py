"""Read many inputs: each file once, with the reader its extension and content call for,
and a `Problem` (never an exception) for whatever cannot be read. Every article read is
made safe to store and show (`clean.finish`) whatever its reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from newsweave.article import Article
from newsweave.ingest.clean import finish, printable
from newsweave.ingest.encoding import InvalidUtf8, decode
from newsweave.ingest.feeds import read_feed
from newsweave.ingest.files import DEFAULT_MAX_BYTES, NOT_ARTICLES, load_bytes, walk
from newsweave.ingest.html import read_html
from newsweave.ingest.jsonl import read_json, read_jsonl, read_jsonl_bytes
from newsweave.ingest.problem import Problem, Unreadable
from newsweave.ingest.sniff import Kind, choose_kind, extension_kind
from newsweave.ingest.text import read_text

Item = Article | Problem

READERS: dict[Kind, Callable[[str, str], Iterator[Item]]] = {
    "text": lambda text, path: iter((read_text(text, path),)),
    "html": lambda text, path: iter((read_html(text, path),)),
    "feed": read_feed,
    "jsonl": read_jsonl,
    "json": read_json,
}


def read(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skip: Sequence[tuple[str, str]] = NOT_ARTICLES,
) -> Iterator[Item]:
    """Articles from files and directories (walked recursively, sorted by name), in a stable
    order, and a `Problem` for every input, or part of one, that could not be read. Files
    in a directory that match `skip` (README, LICENSE, *.md …) are a `NotAnArticle`, a
    kind of `Problem`; pass `skip=()` to read them too."""
    for path in paths:
        for found in walk(path, skip=skip):
            if isinstance(found, Problem):
                yield _printable(found)
            else:
                yield from read_file(found, max_bytes=max_bytes)


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """The articles in one file (several for a feed or JSONL), or the problems with it."""
    for item in _read_file(path, max_bytes):
        yield _printable(item) if isinstance(item, Problem) else finish(item)


def _printable(problem: Problem) -> Problem:
    """A problem whose path and reason can be stored and printed (a file name that is not
    UTF-8 holds lone surrogates)."""
    path, reason = printable(problem.path), printable(problem.reason)
    if (path, reason) == (problem.path, problem.reason):
        return problem
    return type(problem)(path, problem.line, reason)


def _read_file(path: str | Path, max_bytes: int) -> Iterator[Item]:
    name = str(path)
    path = Path(path)
    try:
        data = load_bytes(path, max_bytes)
        try:
            text = decode(data)
        except InvalidUtf8:
            if extension_kind(path) != "jsonl":
                raise
            yield from read_jsonl_bytes(data, name)  # damage stays on its own lines
            return
        if not text.strip():
            raise Unreadable("empty file (only whitespace)")
        yield from READERS[choose_kind(path, text)](text, name)
    except Unreadable as exc:
        yield Problem(name, exc.line, exc.reason)
    except Exception as exc:  # a reader's bug must not end the batch: report it
        yield Problem(name, None, f"could not be read: {type(exc).__name__}: {exc}")
