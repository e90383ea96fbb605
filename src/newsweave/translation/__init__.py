"""Machine translation with the reader's own model: the desk translates quotes into the
reader's language on demand, each marked as machine translation with the model's name.

newsweave ships no translation model: none installs from the package registries (Argos
Translate and the Bergamot translators download theirs at run time), so a user who has one
plugs it in, as `--ner hf:PATH` does for entities:

- `hf:PATH` (`newsweave.translation.marian`): a Hugging Face model of the Marian family
  (MarianMT, the OPUS-MT models) in a local folder; `pip install 'newsweave[transformers]'`.
- `argos:PATH` (`newsweave.translation.argos`): an installed Argos Translate package, or
  the folder that holds several (argospm puts them in
  ~/.local/share/argos-translate/packages), read with CTranslate2 and sentencepiece;
  `pip install 'newsweave[argos]'`.

Models are read from disk only, never from the network, and run on the CPU. `Cached`
keeps the translations made in memory, so a page asked for again is not translated again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from newsweave.translation.argos import ArgosTranslator
from newsweave.translation.base import MAX_TOKENS, TranslationError, Translator
from newsweave.translation.marian import MarianTranslator, languages_of

__all__ = [
    "MAX_TOKENS",
    "ArgosTranslator",
    "Cached",
    "MarianTranslator",
    "TranslationError",
    "Translator",
    "languages_of",
    "load_translator",
]

CACHE = 20_000  # translations kept in memory
KINDS = {"hf": MarianTranslator, "argos": ArgosTranslator}


def load_translator(spec: str) -> Cached:
    """The translator a `--translate` value names (`hf:PATH`, `argos:PATH`), not yet
    loaded (see `Translator.load`)."""
    kind, _, where = spec.partition(":")
    if kind in KINDS and where:
        return Cached(KINDS[kind](where))
    raise TranslationError(
        f"unknown translation model {spec!r}: give hf:PATH, a local folder with a MarianMT "
        "(OPUS-MT) model, or argos:PATH, an installed Argos Translate package (or the "
        "folder of several)"
    )


class Cached:
    """A translator with the translations it made kept in memory (the latest `CACHE`), so
    a page asked for again is not translated again."""

    def __init__(self, inner: Translator, size: int = CACHE) -> None:
        self.inner = inner
        self.name = inner.name
        self.size = size
        self._done: OrderedDict[tuple[str, str, str], str] = OrderedDict()

    def supports(self, source: str, target: str) -> bool:
        return self.inner.supports(source, target)

    def model(self, source: str, target: str) -> str:
        return self.inner.model(source, target)

    def load(self) -> None:
        self.inner.load()

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        known = {t: self._done[key] for t in texts if (key := (source, target, t)) in self._done}
        todo = list(dict.fromkeys(t for t in texts if t not in known))
        for text, done in zip(todo, self.inner.translate(todo, source, target), strict=True):
            known[text] = self._done[source, target, text] = done
        while len(self._done) > self.size:
            self._done.popitem(last=False)
        return [known[t] for t in texts]
