"""`MeaningStage`: what an article is about, as one vector (`article.embedding`), and what
each of its sentences says (`article.sentence_vectors`); `NameVectorStage`: a vector for
each person it names (`article.name_vectors`).

The article embedder (`newsweave.encoder.embedder`) reads the title and the first sentences
and gives a unit vector; stories compare articles by it as well as by their shared names,
places and dates. It also reads each sentence on its own, for a unit vector per sentence:
a story's page marks the sentences said again in its other articles
(`newsweave.stories.sentence_matches`). It ships with the accurate NER tier's model
package, so the default pipeline runs this stage with that tier only (`meaning_stage`);
with the other tiers articles have no embedding and no sentence vectors, stories use their
keys only, and their pages match no sentences.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.article import Article
from newsweave.encoder.embedder import FILE

if TYPE_CHECKING:
    from newsweave.encoder.embedder import Embedder
    from newsweave.entities.backend import NerBackend


class MeaningStage:
    """Sets `article.embedding` (float32, unit length; None for an article without text)
    and `article.sentence_vectors` (a float32 unit row per sentence; None without text).

    `folder`: a model folder holding the embedder; None means the installed model package.
    The stage pickles without the model, which each process loads on first use (once per
    folder and process)."""

    name = "meaning"
    needs = frozenset({"sentences"})
    provides = frozenset({"embedding", "sentence_vectors"})
    # numpy only, no thread pool of its own: a forked worker can use what its parent loaded
    fork_safe = True

    def __init__(self, folder: str | Path | None = None, *, sentences: bool = True) -> None:
        self.folder = str(Path(folder).expanduser().resolve()) if folder is not None else None
        self.sentences = sentences
        self._embedder: Embedder | None = None

    def load(self) -> Embedder:
        """The embedder, loaded now if it is not yet; raises `EmbedderError` (an
        `NerModelError`) saying what to install when it cannot be loaded."""
        if self._embedder is None:
            from newsweave.encoder.embedder import load_embedder, packaged_folder

            self._embedder = load_embedder(self.folder or str(packaged_folder()))
        return self._embedder

    def __call__(self, article: Article) -> Article:
        article.embedding = article.sentence_vectors = None
        if article.text.strip():
            embedder = self.load()
            article.embedding = embedder.embed(article)
            if self.sentences:
                article.sentence_vectors = embedder.embed_sentences(article)
        return article

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_embedder"] = None
        return state

    def __repr__(self) -> str:
        return f"MeaningStage({self.folder!r})" if self.folder else "MeaningStage()"


class NameVectorStage(MeaningStage):
    """Sets `article.name_vectors`: {entity id: the embedder's unit vector of the name the
    article gives that person most}, for each person it names (None when it names none).
    Stories link a person written in two scripts by them where the names do not sound alike
    ("金正恩", read jin zheng en in pinyin, and "Kim Jong-un": `newsweave.stories.linking`).
    It runs after the entities stage, with the meaning stage's embedder."""

    name = "name_vectors"
    needs = frozenset({"entities"})
    provides = frozenset({"name_vectors"})

    def __call__(self, article: Article) -> Article:
        counts = Counter((m.entity, m.name) for m in article.entities
                         if m.label == "PER" and m.entity and m.name)  # fmt: skip
        named: dict[str, str] = {}
        for (entity, name), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            named.setdefault(entity, name)
        article.name_vectors = None
        if named:
            ids = sorted(named)
            rows = self.load().embed_texts([named[e] for e in ids])
            article.name_vectors = dict(zip(ids, rows, strict=True))
        return article

    def __repr__(self) -> str:
        return f"NameVectorStage({self.folder!r})" if self.folder else "NameVectorStage()"


def meaning_stage(backend: NerBackend, *, sentences: bool = True) -> MeaningStage | None:
    """The meaning stage that goes with an NER backend: one with the accurate tier (the
    embedder of its tagger folder when that folder has one, else the installed package's),
    none with the others. `sentences`: whether it embeds each sentence as well (a story's
    page needs them; weaving stories does not)."""
    from newsweave.entities.encoder_backend import EncoderBackend

    if not isinstance(backend, EncoderBackend):
        return None
    if backend.path is not None and (Path(backend.path) / FILE).is_file():
        return MeaningStage(backend.path, sentences=sentences)
    return MeaningStage(sentences=sentences)
