"""`EntityStage`: the per-article stage that fills `article.entities`."""

from __future__ import annotations

from collections.abc import Iterable

from newsweave.article import Article
from newsweave.entities.backend import DEFAULT_NER, NerBackend, clean_mentions, load_backend
from newsweave.entities.blocs import add_blocs
from newsweave.entities.credits import mend_credits
from newsweave.entities.names import complete_mentions, resolve_mentions
from newsweave.entities.repair import drop_adjectives, drop_parts, split_places, trim_people
from newsweave.entities.typewords import apply_type_words

# The stage's repairs of a backend's mentions, in the order they run (see `spans`); a
# backend may name the ones that help it (`repairs`), measured with benchmarks/ner.py.
REPAIRS = (
    "drop_parts",
    "drop_adjectives",
    "credits",
    "split_places",
    "trim_people",
    "type_words",
    "complete",
    "blocs",
)


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

    def __init__(self, backend: NerBackend | str = DEFAULT_NER,
                 repairs: Iterable[str] | None = None) -> None:
        self.backend: NerBackend = load_backend(backend) if isinstance(backend, str) else backend
        if repairs is None:
            repairs = getattr(self.backend, "repairs", REPAIRS)
        chosen = tuple(repairs)
        unknown = set(chosen) - set(REPAIRS)
        if unknown:
            raise ValueError(f"unknown repairs {sorted(unknown)}; known: {', '.join(REPAIRS)}")
        self.repairs = frozenset(chosen)

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
        if "drop_parts" in self.repairs:
            raw = drop_parts(text, raw)
        if "drop_adjectives" in self.repairs:
            raw = drop_adjectives(text, raw, language)
        if "credits" in self.repairs:
            raw = mend_credits(text, raw, language)
        if "split_places" in self.repairs:
            raw = split_places(text, raw, language)
        if "trim_people" in self.repairs:
            raw = trim_people(text, raw, language)
        if "type_words" in self.repairs:
            raw = apply_type_words(text, raw, language)
        if "complete" in self.repairs:
            # Other occurrences of a name the model found once get its label
            # (document-level consistency).
            raw = complete_mentions(text, raw, language)
        if "blocs" in self.repairs:
            # after completion: a bloc's word elsewhere in the text may be a direction
            raw = add_blocs(text, raw, language)
        return raw

    def __repr__(self) -> str:
        return f"EntityStage({self.backend!r})"
