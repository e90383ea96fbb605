"""`EntityStage`: the per-article stage that fills `article.entities`."""

from __future__ import annotations

from newsweave.article import Article
from newsweave.entities.backend import DEFAULT_NER, NerBackend, clean_mentions, load_backend
from newsweave.entities.names import complete_mentions, resolve_mentions
from newsweave.entities.repair import split_places, trim_people
from newsweave.entities.typewords import apply_type_words


class EntityStage:
    """Finds the article's named entities with an NER backend, labels the other occurrences
    of the names it found, then resolves them into `Mention`s (fullest name, canonical id)
    with `newsweave.entities.names`.

    `backend`: a backend, or a `--ner` spec for `load_backend` ("accurate", "fast",
    "spacy:NAME_OR_PATH", "hf:PATH"; default `DEFAULT_NER`). A language the backend has no
    model for is a note on the article, not a failure. The stage pickles with the backend's
    settings but not its loaded model, which each process loads on first use.
    """

    name = "entities"
    needs = frozenset({"language"})
    provides = frozenset({"entities"})
    # the model reads one text at a time (its memory grows with the text): windows bound it
    windowed = True

    def __init__(self, backend: NerBackend | str = DEFAULT_NER) -> None:
        self.backend: NerBackend = load_backend(backend) if isinstance(backend, str) else backend

    @property
    def fork_safe(self) -> bool:
        """Whether a process that has run this stage may fork workers that run it too: only
        when the backend says so (`fork_safe`), as thread pools such as torch's do not
        survive a fork (see `newsweave.analysis.start_method`)."""
        return bool(getattr(self.backend, "fork_safe", False))

    def __call__(self, article: Article) -> Article:
        language = article.language
        article.entities = []
        if not self.backend.supports(language):
            which = f"language {language!r}" if language else "an unidentified language"
            article.note(self.name, f"no NER model for {which}; entities not found")
            return article
        raw = self.spans(article.text, language)
        article.entities = resolve_mentions(article.text, raw, language)
        return article

    def spans(self, text: str, language: str | None) -> list[tuple[int, int, str]]:
        """The backend's mentions `(start, end, label)` after the repairs that language
        data makes safe; what benchmarks/ner.py measures."""
        raw = clean_mentions(text, self.backend(text, language))
        raw = trim_people(text, split_places(text, raw, language), language)
        raw = apply_type_words(text, raw, language)
        # Other occurrences of a name the model found once get its label (document-level
        # consistency: +0.2 to +0.7 F1 on the Danish/Norwegian dev sets).
        return complete_mentions(text, raw, language)

    def __repr__(self) -> str:
        return f"EntityStage({self.backend!r})"
