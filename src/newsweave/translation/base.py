"""What every translation backend is: the `Translator` protocol, its error, and the
limits they share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

MAX_TOKENS = 256  # tokens of a text read, and of a translation written, at most


class TranslationError(ValueError):
    """A translation model that cannot be used, and why."""


class Translator(Protocol):
    name: str  # the model as the page names it: "hf:opus-mt-da-en", "argos:translate-da_en"

    def supports(self, source: str, target: str) -> bool:
        """Whether the model translates `source` into `target` (ISO 639-1 codes)."""
        ...

    def model(self, source: str, target: str) -> str:
        """The model that translates `source` into `target`, as a translation names it."""
        ...

    def load(self) -> None:
        """Load what translating needs now, so a broken model fails before a page asks."""
        ...

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        """Each of `texts` (in `source`) in `target`; TranslationError if unsupported."""
        ...
