"""The NER models newsweave ships: compact spaCy pipelines it trains itself
(training/train_ner.py) from openly licensed data, one per group of related languages,
and a multilingual fallback for other languages written in the Latin script.

`models/ner/models.json` says which model serves which language. A model is loaded on
first use of one of its languages and kept in a bounded cache. The models are
language-neutral ("xx") pipelines and read every article with their own tokenizer, the one
they were trained with (swapping in the article language's spaCy tokenizer cost 4 points
of F1 on Danish).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from babel.core import get_global

from newsweave.entities.backend import DEFAULT_LABELS, NerModelError, RawMention
from newsweave.entities.spacy_backend import spacy_mentions

if TYPE_CHECKING:
    from spacy.language import Language

MODELS_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
# Models kept loaded at once (each holds a few MB to a few tens of MB).
MAX_LOADED = 4


@lru_cache(maxsize=1)
def manifest() -> dict[str, Any]:
    """models.json: {"models": {NAME: {"languages": [...]}}, "fallback": {"model": NAME,
    "scripts": ["Latn"]}}."""
    path = MODELS_DIR / "models.json"
    if not path.is_file():
        raise NerModelError(
            f"the bundled NER models are missing ({path}); reinstall newsweave, or choose "
            "another backend with --ner"
        )
    return json.loads(path.read_text(encoding="utf-8"))


def script_of(language: str) -> str | None:
    """The script a language is most likely written in (CLDR): 'it' -> 'Latn'."""
    likely = get_global("likely_subtags").get(language)
    parts = likely.split("_") if likely else []
    return parts[1] if len(parts) > 1 else None


def model_for(language: str | None) -> str | None:
    """The bundled model that serves `language`, or None."""
    if not language:
        return None
    spec = manifest()
    for name, info in spec["models"].items():
        if language in info["languages"]:
            return name
    fallback = spec.get("fallback")
    if fallback and script_of(language) in fallback["scripts"]:
        return str(fallback["model"])
    return None


@lru_cache(maxsize=MAX_LOADED)
def load_model(name: str) -> Language:
    import spacy

    path = MODELS_DIR / name
    if not (path / "config.cfg").is_file():
        raise NerModelError(f"bundled NER model {name!r} is missing at {path}; reinstall newsweave")
    return spacy.load(path)


class BundledBackend:
    """newsweave's own NER models (see the module docstring)."""

    name = "bundled"
    # spaCy CNN pipelines on numpy: a forked worker can go on using what its parent loaded
    fork_safe = True

    def supports(self, language: str | None) -> bool:
        return model_for(language) is not None

    def load(self) -> None:
        """Check that the bundled models are installed (they load on first use)."""
        manifest()

    def __call__(self, text: str, language: str | None) -> list[RawMention]:
        name = model_for(language)
        if name is None:
            return []
        return spacy_mentions(load_model(name), text, DEFAULT_LABELS)

    def __repr__(self) -> str:
        return "BundledBackend()"
