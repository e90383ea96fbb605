"""JSON Lines in the input form of the output contract: one object per line with `text`
(required) and optional `id`, `title`, `published`, `language`, `source`, `url`.

Instead of `text`, a line may name a `file` beside the JSONL that holds the text
(`{"file": "da_kim_putin.txt", "published": "2023-09-13"}`): a sidecar of metadata for a
folder of plain texts. The file must lie inside the JSONL's folder.

A line that is not JSON (or nested too deeply to read), has no text, or fails in any
other way is a `Problem` with its line number; the other lines are read. Blank lines
are skipped. `lang` and `date` are read where `language` and `published` are absent (as
in some corpora).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsweave.article import Article
from newsweave.ingest.clean import EMPTY_AFTER_CLEANING, clean_string, printable
from newsweave.ingest.encoding import decode, normalize_text
from newsweave.ingest.files import DEFAULT_MAX_BYTES, load_bytes
from newsweave.ingest.problem import MENDED, Problem, Unreadable
from newsweave.ingest.published import language_code, parse_published, shown

_STRING_FIELDS = ("title", "source", "url")
NESTED_TOO_DEEPLY = "not read: its JSON is nested too deeply (more levels than Python can parse)"


def read_jsonl(text: str, path: str) -> Iterator[Article | Problem]:
    """The articles of a JSONL file (decoded text); origin "path:N" for line N (from 1)."""
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield _guarded(line, path, number)


def read_json(text: str, path: str) -> Iterator[Article | Problem]:
    """The articles of a `.json` file: an array of objects in the JSONL input form (item
    N has origin "path:N"), or one such object; a file that is JSON Lines after all is
    read as JSONL. Raises `Unreadable` for anything else."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            yield from read_jsonl(text, path)  # JSON Lines named .json
            return
        raise Unreadable(
            f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", exc.lineno
        ) from None
    except RecursionError:
        raise Unreadable(NESTED_TOO_DEEPLY) from None
    if isinstance(value, dict):
        yield _guarded_row(value, path, 1)
    elif not isinstance(value, list):
        raise Unreadable(
            f"a JSON document holding a {_json_type(value)}, not articles (read are an "
            "array of article objects, one article object, or JSON Lines)"
        )
    elif not value:
        raise Unreadable("an empty JSON array: no articles in it")
    else:
        for number, row in enumerate(value, start=1):
            yield _guarded_row(row, path, number)


def read_jsonl_bytes(data: bytes, path: str) -> Iterator[Article | Problem]:
    """As `read_jsonl`, for a file that is not valid UTF-8 as a whole: each line is decoded
    on its own, and a line with invalid UTF-8 is a `Problem`."""
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        start, offset = offset, offset + len(raw) + 1
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield Problem(path, number, f"invalid UTF-8 at byte {start + exc.start}")
            continue
        if line.strip():
            yield _guarded(normalize_text(line), path, number)


def _guarded(line: str, path: str, number: int) -> Article | Problem:
    """`read_line`, with whatever goes wrong on a line (a reader's bug) that line's
    `Problem`: the lines after it are still read."""
    try:
        return read_line(line, path, number)
    except Exception as exc:
        return Problem(path, number, printable(f"could not be read: {type(exc).__name__}: {exc}"))


def _guarded_row(row: object, path: str, number: int) -> Article | Problem:
    try:
        return read_row(row, path, number)
    except Exception as exc:
        return Problem(path, number, printable(f"could not be read: {type(exc).__name__}: {exc}"))


def read_line(line: str, path: str, number: int) -> Article | Problem:
    """One JSONL line as an article, or the `Problem` with it."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        at = "" if exc.msg.endswith(" at") else " at"  # "Unterminated string starting at"
        return Problem(path, number, f"not valid JSON ({exc.msg}{at} column {exc.colno})")
    except RecursionError:
        return Problem(path, number, NESTED_TOO_DEEPLY)
    return read_row(row, path, number)


def read_row(row: object, path: str, number: int) -> Article | Problem:
    """One parsed JSON value (a JSONL line, an item of a JSON array) as an article, or the
    `Problem` with it; origin "path:N"."""
    if not isinstance(row, dict):
        return Problem(path, number, f"not a JSON object (a {_json_type(row)})")
    text = row.get("text")
    if "text" not in row and isinstance(row.get("file"), str):
        text = _sidecar_text(row["file"], path)
        if isinstance(text, Problem):
            return Problem(path, number, text.reason)
    if not isinstance(text, str) or not text.strip():
        if "text" not in row:
            what = 'missing (each line is one article, its text in "text")'
        elif not isinstance(text, str):
            what = f"a {_json_type(text)}"
        else:
            what = "empty"
        return Problem(path, number, f'"text" must be a non-empty string, but it is {what}')
    text, fixes = clean_string(text)
    text = normalize_text(text)
    if not text.strip():
        return Problem(path, number, EMPTY_AFTER_CLEANING)
    article = Article(text=text, origin=f"{path}:{number}")
    for fix in fixes:
        article.note(MENDED, f"text: {fix}")
    _apply_fields(article, row)
    return article


def _sidecar_text(name: str, path: str) -> str | Problem:
    """The text of the file `name` that a line of the JSONL at `path` points to."""
    folder = Path(path).resolve().parent
    target = (folder / name).resolve()
    if folder not in target.parents:
        return Problem(path, None, f'"file" {name!r} is outside the folder of this JSONL')
    try:
        return decode(load_bytes(target, DEFAULT_MAX_BYTES))
    except Unreadable as exc:  # missing, a folder, too large, binary, not UTF-8 …
        return Problem(path, None, f'"file" {name!r}: {exc.reason}')


def _apply_fields(article: Article, row: dict[str, Any]) -> None:
    """Metadata from a row; a value of the wrong type or an unreadable date is noted on the
    article and left empty."""
    given_id = row.get("id")
    if isinstance(given_id, str | int) and not isinstance(given_id, bool) and str(given_id):
        article.id = str(given_id)
    elif given_id is not None:
        article.note(MENDED, f'"id" must be a string, not a {_json_type(given_id)}; ignored')
    for name in _STRING_FIELDS:
        value = row.get(name)
        if isinstance(value, str):
            setattr(article, name, value.strip() or None)
        elif value is not None:
            article.note(MENDED, f'"{name}" must be a string, not a {_json_type(value)}; ignored')
    language = row.get("language", row.get("lang"))
    article.language = language_code(language)
    if language is not None and article.language is None:
        article.note(MENDED, f"{language!r} is not a language code; left empty")
    published = row.get("published", row.get("date"))
    if isinstance(published, str) and published.strip():
        languages = [article.language] if article.language else None
        article.published = parse_published(published, languages)
        if article.published is None:
            article.note(MENDED, f"could not read the date {shown(published)}; left empty")
    elif published is not None and published != "":
        article.note(MENDED, f"the date must be a string, not a {_json_type(published)}; ignored")


def _json_type(value: object) -> str:
    return {
        dict: "JSON object",
        list: "list",
        str: "string",
        int: "number",
        float: "number",
        bool: "boolean",
        type(None): "null",
    }.get(type(value), type(value).__name__)
