"""`SpacyBackend`: named entities from a spaCy pipeline the user installed.

The pipeline is named as spaCy names it: an installed package ("de_core_news_md") or a
folder written by `nlp.to_disk` (one with config.cfg and meta.json). It loads on first
use, without the components that named-entity recognition never reads, and pickles
without the loaded pipeline (a worker process loads its own).

The core, "run a spaCy pipeline on a text -> raw mentions", is `spacy_mentions` (and
`doc_mentions` for a `Doc`), reusable by any backend built on spaCy, the bundled one
included; `language_tokenizer` gives a pipeline the tokenizer of another language (a
multilingual "xx" model applied with the article language's tokenizer).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsweave.entities.backend import (
    DEFAULT_LABELS,
    NerModelError,
    RawMention,
    clean_mentions,
    map_label,
    normalise_labels,
    same_language,
)
from newsweave.windows import windows

if TYPE_CHECKING:  # spaCy is imported only when a pipeline is loaded
    from spacy.language import Language
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc


# Factories whose components assign `doc.ents`.
ENTITY_FACTORIES: frozenset[str] = frozenset(
    {"ner", "beam_ner", "entity_ruler", "future_entity_ruler", "span_ruler"}
)
# Rule-based entity components: their patterns may match on tags, lemmas or dependencies.
_RULE_FACTORIES: frozenset[str] = frozenset({"entity_ruler", "future_entity_ruler", "span_ruler"})
# Shared embedding layers: kept at load time, switched off when nothing listens to them.
_EMBEDDER_FACTORIES: frozenset[str] = frozenset({"tok2vec", "transformer", "curated_transformer"})
# Components that never feed a statistical NER: left out when the pipeline has only known
# components. Token attributes (tags, lemmas, parses) are kept when a rule-based entity
# component might match on them.
_TOKEN_ATTRIBUTE_FACTORIES: frozenset[str] = frozenset(
    {
        "tagger",
        "morphologizer",
        "attribute_ruler",
        "lemmatizer",
        "trainable_lemmatizer",
        "parser",
        "beam_parser",
    }
)
_NEVER_NEEDED_FACTORIES: frozenset[str] = frozenset(
    {
        "senter",
        "sentencizer",
        "textcat",
        "textcat_multilabel",
        "entity_linker",
        "spancat",
        "spancat_singlelabel",
        "doc_cleaner",
    }
)

# newsweave's ISO 639-1 codes that spaCy spells differently.
_SPACY_LANGUAGE: dict[str, str] = {"no": "nb"}


def doc_mentions(
    doc: Doc, labels: Mapping[str, str] = DEFAULT_LABELS, offset: int = 0
) -> list[RawMention]:
    """The entities of a processed `Doc` as raw mentions, labels mapped through `labels`
    (entities with an unmapped label are dropped), offsets shifted by `offset`."""
    out: list[RawMention] = []
    for ent in doc.ents:
        label = map_label(ent.label_, labels)
        if label is not None:
            out.append((ent.start_char + offset, ent.end_char + offset, label))
    return out


def spacy_mentions(
    nlp: Language,
    text: str,
    labels: Mapping[str, str] = DEFAULT_LABELS,
    tokenizer: Tokenizer | None = None,
) -> list[RawMention]:
    """Run `nlp` on `text` and return its entities as raw mentions.

    `tokenizer`: a tokenizer sharing `nlp.vocab` to use instead of the pipeline's own
    (see `language_tokenizer`). A text longer than `nlp.max_length` is run in pieces cut
    at paragraph or line breaks (else at spaces), and the offsets put back together.
    """
    if len(text) < nlp.max_length:
        doc = nlp(tokenizer(text) if tokenizer is not None else text)
        return clean_mentions(text, doc_mentions(doc, labels))
    return spacy_mentions_batch(nlp, [text], labels, tokenizer)[0]


def spacy_mentions_batch(
    nlp: Language,
    texts: Sequence[str],
    labels: Mapping[str, str] = DEFAULT_LABELS,
    tokenizer: Tokenizer | None = None,
    batch_size: int = 32,
) -> list[list[RawMention]]:
    """`spacy_mentions` for many texts at once, through `nlp.pipe` (faster per text)."""
    out: list[list[RawMention]] = [[] for _ in texts]
    for index, offset, doc in _indexed_docs(nlp, texts, tokenizer, batch_size):
        out[index].extend(doc_mentions(doc, labels, offset))
    return [clean_mentions(text, raw) for text, raw in zip(texts, out, strict=True)]


def language_tokenizer(nlp: Language, language: str | None) -> Tokenizer | None:
    """spaCy's rule-based tokenizer for `language` (its exceptions, prefixes, suffixes and
    infixes) built on `nlp.vocab`, so that `nlp` runs on its output:
    `nlp(tokenizer(text))`. For a multilingual ("xx") pipeline applied to an article in a
    language spaCy knows ("z.B." and "Dr." stay whole in German). None when spaCy has no
    such language, when its tokenizer is not rule-based (Japanese, Chinese, ... need extra
    packages), or when it is `nlp`'s own language.

    (spaCy refuses `spacy.blank(language, vocab=nlp.vocab)` when the languages differ, so
    the tokenizer is rebuilt from the blank language's settings.)
    """
    if not language:
        return None
    code = _SPACY_LANGUAGE.get(language, language)
    if same_language(code, nlp.lang):
        return None
    import spacy
    from spacy.tokenizer import Tokenizer

    try:
        rules = spacy.blank(code).tokenizer
    except Exception:  # no such language in spaCy, or its tokenizer needs a package
        return None
    if not isinstance(rules, Tokenizer):
        return None
    return Tokenizer(
        nlp.vocab,
        rules=rules.rules,
        prefix_search=rules.prefix_search,
        suffix_search=rules.suffix_search,
        infix_finditer=rules.infix_finditer,
        token_match=rules.token_match,
        url_match=rules.url_match,
        faster_heuristics=rules.faster_heuristics,
    )


def _pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """`text` as (offset, piece) pieces of at most `limit` characters, each ending at a
    break (`newsweave.windows`: a paragraph, a line, a sentence, a space)."""
    for start, end in windows(text, len(text), limit) or [(0, 0)]:
        yield start, text[start:end]


def _indexed_docs(
    nlp: Language, texts: Sequence[str], tokenizer: Tokenizer | None, batch_size: int
) -> Iterator[tuple[int, int, Doc]]:
    """(text index, piece offset, Doc) for every piece of every text, through `nlp.pipe`."""
    keys: list[tuple[int, int]] = []

    def inputs() -> Iterator[Any]:
        for index, text in enumerate(texts):
            for offset, piece in _pieces(text, nlp.max_length - 1):
                keys.append((index, offset))
                yield tokenizer(piece) if tokenizer is not None else piece

    for n, doc in enumerate(nlp.pipe(inputs(), batch_size=batch_size)):
        index, offset = keys[n]
        yield index, offset, doc


def _pipeline_config_path(name_or_path: str) -> Path | None:
    """The config.cfg of a pipeline folder or installed package, if it can be found."""
    import spacy.util

    try:
        if spacy.util.is_package(name_or_path):
            package = Path(spacy.util.get_package_path(name_or_path))
            meta = spacy.util.get_model_meta(package)
            folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        else:
            folder = Path(name_or_path)
    except Exception:
        return None
    config = folder / "config.cfg"
    return config if config.is_file() else None


def unneeded_components(name_or_path: str) -> list[str]:
    """The components of a pipeline that its entity recognition does not need, read from
    its config without loading it. Conservative: a pipeline with a component of unknown
    factory (custom code, which may read anything) gives [], and one with a rule-based
    entity component keeps the tagger, lemmatizer and parser its patterns may use."""
    config_path = _pipeline_config_path(name_or_path)
    if config_path is None:
        return []
    import spacy.util

    try:
        config = spacy.util.load_config(config_path, interpolate=False)
        names = list(config["nlp"]["pipeline"])
        factories = {n: config["components"][n].get("factory") for n in names}
    except Exception:
        return []
    known = ENTITY_FACTORIES | _EMBEDDER_FACTORIES | _TOKEN_ATTRIBUTE_FACTORIES
    if any(f not in known | _NEVER_NEEDED_FACTORIES for f in factories.values()):
        return []
    drop = set(_NEVER_NEEDED_FACTORIES)
    if not any(f in _RULE_FACTORIES for f in factories.values()):
        drop |= _TOKEN_ATTRIBUTE_FACTORIES
    return [n for n in names if factories[n] in drop]


class SpacyBackend:
    """Entities from a spaCy pipeline, by installed package name or pipeline folder.

    `labels` maps the pipeline's labels to PER/ORG/LOC/MISC (default `DEFAULT_LABELS`;
    unmapped labels are dropped). `exclude`: components not to load; None works them out
    from the pipeline's config (`unneeded_components`). `article_tokenizer`: tokenize with
    spaCy's tokenizer for the article's language rather than the pipeline's own; None
    means "when the pipeline is multilingual (xx)". `supports()` is true for the
    pipeline's language, or for every language when it is multilingual.
    """

    def __init__(
        self,
        name_or_path: str,
        labels: Mapping[str, str] | None = None,
        exclude: Sequence[str] | None = None,
        article_tokenizer: bool | None = None,
    ) -> None:
        path = Path(name_or_path).expanduser()
        # A folder is remembered by its absolute path so that workers find it too.
        self.name_or_path = str(path.resolve()) if path.is_dir() else name_or_path
        self.name = f"spacy:{name_or_path}"
        self.labels = normalise_labels(labels)
        self.exclude = list(exclude) if exclude is not None else None
        self.article_tokenizer = article_tokenizer
        self._nlp: Language | None = None
        self._tokenizers: dict[str, Tokenizer | None] = {}

    def load(self) -> Language:
        """The loaded pipeline (loaded once, on first use); raises `NerModelError` with
        what to do when it cannot be loaded or finds no entities."""
        if self._nlp is None:
            self._nlp = self._load()
        return self._nlp

    @property
    def language(self) -> str:
        """The pipeline's language code as spaCy gives it ("xx" = multilingual)."""
        return self.load().lang

    def supports(self, language: str | None) -> bool:
        lang = self.language
        return lang == "xx" or same_language(lang, language)

    def __call__(self, text: str, language: str | None) -> list[RawMention]:
        if not text.strip():
            return []
        nlp = self.load()
        return spacy_mentions(nlp, text, self.labels, self._tokenizer(nlp, language))

    def pipe(
        self, texts: Sequence[str], language: str | None, batch_size: int = 32
    ) -> list[list[RawMention]]:
        """Raw mentions for many texts in one language, through `nlp.pipe`."""
        nlp = self.load()
        return spacy_mentions_batch(
            nlp, texts, self.labels, self._tokenizer(nlp, language), batch_size
        )

    def _tokenizer(self, nlp: Language, language: str | None) -> Tokenizer | None:
        use = self.article_tokenizer
        if use is None:
            use = nlp.lang == "xx"
        if not use or not language:
            return None
        if language not in self._tokenizers:
            self._tokenizers[language] = language_tokenizer(nlp, language)
        return self._tokenizers[language]

    def _load(self) -> Language:
        try:
            import spacy
        except ImportError as exc:  # pragma: no cover - spaCy is a dependency
            raise NerModelError(f"{self.name}: spaCy is not installed; pip install spacy") from exc
        exclude = self.exclude
        if exclude is None:
            exclude = unneeded_components(self.name_or_path)
        try:
            nlp = spacy.load(self.name_or_path, exclude=exclude)
        except Exception as exc:
            raise NerModelError(
                f"cannot load the spaCy pipeline {self.name_or_path!r} ({exc}). Install it as "
                "a package (pip install the pipeline package, e.g. de_core_news_md, from the "
                "spaCy models release or your own wheel) or give the path to a pipeline folder "
                "(one with config.cfg and meta.json, as nlp.to_disk writes it)"
            ) from exc
        factories = {nlp.get_pipe_meta(n).factory for n in nlp.pipe_names}
        assigns = {a for n in nlp.pipe_names for a in nlp.get_pipe_meta(n).assigns}
        if not factories & ENTITY_FACTORIES and "doc.ents" not in assigns:
            raise NerModelError(
                f"the spaCy pipeline {self.name_or_path!r} finds no named entities: it has no "
                f"'ner' or 'entity_ruler' component (components: {', '.join(nlp.pipe_names)}); "
                "choose a pipeline with one"
            )
        for name in nlp.pipe_names:  # an embedder nothing listens to is wasted time
            pipe = nlp.get_pipe(name)
            if (
                nlp.get_pipe_meta(name).factory in _EMBEDDER_FACTORIES
                and getattr(pipe, "listening_components", None) == []
            ):
                nlp.disable_pipe(name)
        return nlp

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_nlp"] = None
        state["_tokenizers"] = {}
        return state

    def __repr__(self) -> str:
        return f"SpacyBackend({self.name_or_path!r})"
