"""`EncoderBackend`: the accurate NER tier, a fine-tuned multilingual encoder.

newsweave's own numpy encoder (`newsweave.encoder`) runs multilingual-e5-small's first
layers fine-tuned for PER/ORG/LOC on every language newsweave has gold data for; as the
encoder was pretrained on ~100 languages, it also finds names in languages and scripts it
was not fine-tuned on (Arabic, Japanese, Korean, Hindi …). The weights (about 70 MB) ship as
a model package of their own, `newsweave-ner-e5-small` (import name `newsweave_ner_e5_small`),
the way spaCy ships its pipelines; the README's install command installs it.
`accurate:PATH` reads a tagger folder of one's own instead (training/ writes one).

The text is read one sentence at a time (the tagger was trained on sentences); the
sentence splitter is newsweave's own, with the article language's abbreviations.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.entities.backend import NerModelError, RawMention, clean_mentions
from newsweave.sentences import split_sentences

if TYPE_CHECKING:
    from newsweave.encoder.tagger import Tagger

MODEL_PACKAGE = "newsweave_ner_e5_small"
MODEL_DISTRIBUTION = "newsweave-ner-e5-small"
INSTALL_HINT = (f"install its model package ({MODEL_DISTRIBUTION}: see the README's install "
                "command), or choose the fast tier with --ner fast")


def packaged_model() -> Path:
    """The tagger folder of the installed model package."""
    try:
        module = importlib.import_module(MODEL_PACKAGE)
    except ImportError as exc:
        raise NerModelError(f"the accurate NER model is not installed; {INSTALL_HINT}") from exc
    return Path(module.MODEL_DIR)


@lru_cache(maxsize=2)
def load_tagger(folder: str) -> Tagger:
    from newsweave.encoder.tagger import Tagger, TaggerFormatError

    try:
        return Tagger.load(folder)
    except (OSError, TaggerFormatError, ValueError, KeyError) as exc:
        raise NerModelError(f"accurate NER model at {folder}: {exc}") from exc


class EncoderBackend:
    """The accurate tier (see the module docstring). `path`: a tagger folder; None means
    the installed model package. Every language is supported: the encoder reads any script."""

    # numpy only, no thread pool of its own: a forked worker can use what its parent loaded
    fork_safe = True
    # The entities stage's repairs that help this model or cost it nothing (benchmarks/ner.py
    # --ablate, 27 dev sets, benchmarks/RESULTS.md): document-level completion (+0.007 to
    # +0.012 on English and Finnish), hyphenated parts and lower-case country adjectives
    # (+0.001 to +0.003), credits and blocs (no dev cost; the case articles' credit line and
    # "im Westen"), type words (-0.001 on da/nn, kept for the names they type and for wars).
    # Splitting places off people (no change) and trimming people (-0.009 on en-ewt) are
    # left out.
    repairs = ("drop_parts", "drop_adjectives", "credits", "type_words", "blocs", "complete")

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = str(Path(path).expanduser().resolve()) if path is not None else None
        self.name = "accurate" if path is None else f"accurate:{path}"
        self._tagger: Tagger | None = None

    def supports(self, language: str | None) -> bool:
        return True

    def load(self) -> None:
        """Load the model now (it loads on first use otherwise); raises `NerModelError` with
        what to do when it cannot be loaded."""
        if self._tagger is None:
            self._tagger = load_tagger(self.path or str(packaged_model()))

    def __call__(self, text: str, language: str | None) -> list[RawMention]:
        if not text.strip():
            return []
        self.load()
        assert self._tagger is not None
        spans = [(s.start, s.end) for s in split_sentences(text, language)]
        return clean_mentions(text, self._tagger.tag(text, spans))

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_tagger"] = None
        return state

    def __repr__(self) -> str:
        return f"EncoderBackend({self.path!r})" if self.path else "EncoderBackend()"
