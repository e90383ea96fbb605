"""Small regex builders shared by the date modules: word lists compiled as tries."""

from __future__ import annotations

import re
from collections.abc import Iterable

# A word form never starts or ends inside a word.
BEFORE = r"(?<!\w)"
AFTER = r"(?!\w)"


def key(form: str) -> str:
    """The lookup key of a matched or listed form: lower case, single spaces."""
    return " ".join(form.split()).lower()


def _trie(forms: Iterable[str]) -> dict:
    root: dict = {}
    for form in forms:
        node = root
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _emit(node: dict) -> str:
    end = "" in node
    branches = []
    for ch in sorted((c for c in node if c), key=lambda c: (-len(node[c]), c)):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _emit(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return f"(?:{body})?"
    return body


def words(forms: Iterable[str], exact: Iterable[str] = ()) -> str:
    """A regex matching any of `forms` (case-insensitive) or `exact` (as written).

    The result is a non-capturing group; longer forms win ("onsdags" before "onsdag").
    Compile it with `re.IGNORECASE`: exact forms switch it off locally.
    """
    loose = sorted({key(f) for f in forms if f.strip()})
    strict = sorted({" ".join(f.split()) for f in exact if f.strip()})
    parts = []
    if loose:
        parts.append(_emit(_trie(loose)))
    if strict:
        parts.append("(?-i:" + _emit(_trie(strict)) + ")")
    if not parts:
        return "(?!)"  # matches nothing
    return "(?:" + "|".join(parts) + ")"
