"""Language data, one package per ISO 639-1 code: `lang/<iso>/<concern>.py`.

Modules here hold plain constants only (speech verbs, quote marks, month and weekday
words, abbreviations ...); the logic that uses them lives in the stage modules and never
branches on a language code. Adding a language is adding a folder.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from types import ModuleType

# Languages with language data and a place in the default language-identification set.
SUPPORTED: tuple[str, ...] = (
    "da",
    "de",
    "en",
    "sv",
    "no",
    "fr",
    "es",
    "nl",
    "it",
    "pt",
    "pl",
    "ru",
    "fi",
    "uk",
    "cs",
)


@lru_cache(maxsize=256)
def data(language: str | None, concern: str) -> ModuleType | None:
    """The module `newsweave.lang.<language>.<concern>`, or None when there is none.

    A stage falls back to language-independent rules when this returns None.
    """
    if not language or not language.isidentifier() or not concern.isidentifier():
        return None
    name = f"{__name__}.{language}.{concern}"
    try:
        spec = importlib.util.find_spec(name)
    except ModuleNotFoundError:  # the language folder itself is missing
        return None
    return importlib.import_module(name) if spec else None


@lru_cache(maxsize=64)
def stop_words(language: str | None) -> frozenset[str]:
    """spaCy's function words for the language (lower-case), empty where spaCy has none.

    A language whose spaCy code differs names it in `lang/<iso>/names.py` as
    `SPACY_LANGUAGE` (Norwegian: "nb").
    """
    import spacy

    code = getattr(data(language, "names"), "SPACY_LANGUAGE", language)
    try:
        defaults = spacy.util.get_lang_class(code or "").Defaults
    except (ImportError, KeyError):
        return frozenset()
    return frozenset(w.casefold() for w in defaults.stop_words)
