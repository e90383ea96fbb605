"""Paths to files: walk directories in a stable order, read each file's bytes once."""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from newsweave.ingest.problem import NotAnArticle, Problem, Unreadable

# Larger files are refused unless the caller raises the limit (`--max-size`): a news
# article is kilobytes; a corpus in one JSONL file may be tens of megabytes.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Files a folder of news often holds beside its articles: documentation, not news. Matched
# against the file name, ignoring case; each with what it is, for the skip message.
NOT_ARTICLES: tuple[tuple[str, str], ...] = (
    ("readme*", "a README"),
    ("attribution*", "an attribution notice"),
    ("license*", "a licence"),
    ("licence*", "a licence"),
    ("copying*", "a licence"),
    ("changelog*", "a changelog"),
    ("*.md", "a Markdown document"),
)

EMPTY_FOLDER = "an empty folder: no file in it to read (hidden files are not read)"


def walk(
    path: str | Path, *, skip: Sequence[tuple[str, str]] = NOT_ARTICLES
) -> Iterator[Path | Problem]:
    """The files a path names: itself, or every file under a directory, recursively, sorted
    by name. Hidden files and directories (names starting with ".") under a directory are
    left out; files under a directory whose name matches a `skip` pattern are a
    `NotAnArticle` (a path named itself is always read); a path that cannot be listed, or
    a folder with no file in it (`EMPTY_FOLDER`), is a `Problem`."""
    top = Path(path)
    try:
        is_dir = top.is_dir()
        if not is_dir:
            top.stat()
    except OSError as exc:
        yield Problem(str(top), None, os_reason(exc))
        return
    if not is_dir:
        yield top
        return
    found = False
    for item in _walk_directory(top, set(), skip):
        found = True
        yield item
    if not found:
        yield Problem(str(top), None, EMPTY_FOLDER)


def not_an_article(name: str, skip: Sequence[tuple[str, str]] = NOT_ARTICLES) -> str | None:
    """What a file called `name` is when a `skip` pattern matches it ("a README"), else
    None."""
    folded = name.casefold()
    for pattern, what in skip:
        if fnmatch.fnmatchcase(folded, pattern):
            return what
    return None


def _walk_directory(
    directory: Path, seen: set[Path], skip: Sequence[tuple[str, str]]
) -> Iterator[Path | Problem]:
    real = directory.resolve()
    if real in seen:  # a symbolic link back up the tree
        return
    seen.add(real)
    try:
        with os.scandir(directory) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield Problem(str(directory), None, f"cannot list the directory: {os_reason(exc)}")
        return
    for entry in entries:
        path = directory / entry.name
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk_directory(path, seen, skip)
        elif (what := not_an_article(entry.name, skip)) is not None:
            yield NotAnArticle(str(path), None, f"{what}, not an article")
        else:
            yield path


def load_bytes(path: Path, max_bytes: int) -> bytes:
    """A file's bytes, read once. Raises `Unreadable` for what is not a readable regular
    file, an empty file, or one over `max_bytes` (checked before reading)."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise Unreadable("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise Unreadable("not a regular file (a pipe, socket or device), so not read")
        if info.st_size > max_bytes:
            raise Unreadable(too_large(info.st_size, max_bytes))
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise Unreadable(os_reason(exc)) from None
    if len(data) > max_bytes:  # grew since stat
        raise Unreadable(too_large(len(data), max_bytes))
    if not data:
        raise Unreadable("empty file")
    return data


def too_large(size: int, limit: int) -> str:
    return (
        f"file is {human_size(size)}, over the {human_size(limit)} size limit; "
        "raise the limit with --max-size if it is meant to be read"
    )


def human_size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    value = float(n)
    for unit in ("KB", "MB", "GB"):
        value /= 1024
        if value < 1024 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def os_reason(exc: OSError) -> str:
    """What an OS error means for a reader, in words."""
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied: cannot read it (check its permissions)"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read it ({exc.strerror or exc})"
