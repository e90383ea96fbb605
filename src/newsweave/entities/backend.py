"""NER backends: what every named-entity model behind the entities stage looks like.

A backend takes an article's text (and its language) and returns raw mentions: character
spans with a label in newsweave's scheme (PER, ORG, LOC, MISC). Turning raw mentions into
`Mention`s (names, canonical ids) is `newsweave.entities.names`' job, the same for every
backend.

Four kinds exist, chosen with `load_backend` (the CLI's `--ner` option):

    accurate[:PATH]    the fine-tuned multilingual encoder (`entities/encoder_backend.py`)
    fast (bundled)     the compact CNN models newsweave ships (`entities/bundled.py`)
    spacy:NAME_OR_PATH a spaCy pipeline the user installed, by package name or folder
    hf:PATH            a Hugging Face token-classification model in a local folder

External models use many label schemes; `DEFAULT_LABELS` maps them to ours and
`map_label` applies such a map (unmapped labels are dropped).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Protocol, runtime_checkable

# (char start, char end, label): Python str offsets into the text, end exclusive; label in
# PER, ORG, LOC, MISC.
RawMention = tuple[int, int, str]

LABELS: frozenset[str] = frozenset({"PER", "ORG", "LOC", "MISC"})

# The tier newsweave uses when none is named (README, "Named entities: two tiers" says why).
DEFAULT_NER = "accurate"


class NerModelError(RuntimeError):
    """An NER model that cannot be loaded or used; the message says what to do."""


@runtime_checkable
class NerBackend(Protocol):
    """A named-entity recogniser. Implementations load their model lazily (on the first
    call) and pickle without it, so a stage holding one runs in a process pool."""

    name: str

    def supports(self, language: str | None) -> bool:
        """Whether this backend has a model for `language` (ISO 639-1, None = unknown)."""
        ...

    def __call__(self, text: str, language: str | None) -> list[RawMention]:
        """The entity mentions in `text`, sorted by start, not overlapping."""
        ...


# Label schemes of the models users bring, mapped to ours. Keys are upper case without a
# B-/I-/E-/S-/L-/U- prefix (`map_label` strips it and upper-cases). Decisions:
# - OntoNotes (spaCy's English, Chinese, ... pipelines; many HF models): PERSON -> PER,
#   ORG -> ORG, GPE/LOC/FAC -> LOC (a GPE is a country or city: in newsweave a place,
#   linked to "country:RU" etc.), EVENT/PRODUCT/WORK_OF_ART/LAW -> MISC (CoNLL's MISC covers
#   the same ground). NORP and LANGUAGE are dropped: nationalities, religious and political
#   groups and language names are not names of a person, organisation or place, and
#   newsweave finds demonyms ("russisk", "Russian") itself from language data and records
#   them as references to the country. Numeric and time types (DATE, TIME, MONEY, PERCENT,
#   QUANTITY, ORDINAL, CARDINAL) are dropped: the dates stage handles time.
# - CoNLL-2002/2003, WikiNER, WikiANN, DaNE, GermEval (outer labels): PER/ORG/LOC/MISC as is;
#   PERS and PRS (Swedish SUC / KB) -> PER; GermEval's LOCderiv/ORGpart-style sub-labels are
#   dropped (derived forms and parts are not names).
# - NorNE (spaCy's Norwegian): GPE_LOC -> LOC, GPE_ORG -> ORG (a country acting as a
#   government is an organisation, as NorNE and the issue have it), PROD/EVT -> MISC,
#   DRV (derived: "norsk") dropped.
# - NKJP (spaCy's Polish): persName -> PER, orgName -> ORG, placeName/geogName -> LOC.
# - Swedish SUC/KB: INST -> ORG, EVN/WRK -> MISC.
DEFAULT_LABELS: dict[str, str] = {
    # PER
    "PER": "PER",
    "PERS": "PER",
    "PERSON": "PER",
    "PRS": "PER",
    "PERSNAME": "PER",
    # ORG
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "ORGNAME": "ORG",
    "INST": "ORG",
    # LOC
    "LOC": "LOC",
    "LOCATION": "LOC",
    "GPE": "LOC",
    "FAC": "LOC",
    "GPE_LOC": "LOC",
    "GPE_ORG": "ORG",
    "PLACENAME": "LOC",
    "GEOGNAME": "LOC",
    # MISC
    "MISC": "MISC",
    "EVENT": "MISC",
    "EVT": "MISC",
    "EVN": "MISC",
    "PRODUCT": "MISC",
    "PROD": "MISC",
    "WORK_OF_ART": "MISC",
    "WRK": "MISC",
    "LAW": "MISC",
}

# Tag prefixes of token-level schemes: IOB (B, I), IOBES/BIOES (E, S), BILOU (L, U).
_PREFIXES = frozenset("BIESLU")

# ISO 639-1 codes that name the same language to newsweave (Norwegian is "no"; spaCy says
# "nb").
_SAME_LANGUAGE: dict[str, str] = {"nb": "no", "nn": "no"}


def split_tag(tag: str) -> tuple[str, str | None]:
    """A token tag split into its prefix and entity type: "B-PER" -> ("B", "PER"),
    "S_LOC" -> ("S", "LOC"), "O" -> ("O", None). A tag with no prefix (an IO scheme, or a
    span label) is an inside tag: "PER" -> ("I", "PER")."""
    if tag in ("", "O", "o"):
        return "O", None
    if len(tag) > 2 and tag[1] in "-_" and tag[0].upper() in _PREFIXES:
        return tag[0].upper(), tag[2:]
    return "I", tag


def map_label(label: str, labels: Mapping[str, str] = DEFAULT_LABELS) -> str | None:
    """`label` (any scheme, with or without a B-/I-/... prefix) in newsweave's scheme, or
    None when `labels` does not map it (the mention is then dropped)."""
    _, kind = split_tag(label)
    if kind is None:
        return None
    return labels.get(kind) or labels.get(kind.upper())


def normalise_labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    """A label map checked and keyed in upper case; None gives `DEFAULT_LABELS`."""
    if labels is None:
        return dict(DEFAULT_LABELS)
    out: dict[str, str] = {}
    for key, value in labels.items():
        if value not in LABELS:
            raise ValueError(
                f"label map: {key!r} -> {value!r}; map to one of {', '.join(sorted(LABELS))} "
                "(leave a label out to drop it)"
            )
        out[key.upper()] = value
    return out


def same_language(a: str | None, b: str | None) -> bool:
    """Whether two ISO 639-1 codes name the same language to newsweave ("nb" = "no")."""
    if a is None or b is None:
        return False
    a, b = a.lower(), b.lower()
    return _SAME_LANGUAGE.get(a, a) == _SAME_LANGUAGE.get(b, b)


def clean_mentions(text: str, raw: Iterable[RawMention]) -> list[RawMention]:
    """Raw mentions made safe to build on: whitespace trimmed from both ends, empty or
    out-of-bounds spans, spans without a letter or digit ("_", "$$": no name is made of
    punctuation) and labels outside PER/ORG/LOC/MISC dropped, sorted by start, and of
    overlapping spans the one that starts first (then the longer) kept."""
    spans: list[RawMention] = []
    for start, end, label in raw:
        if label not in LABELS or not 0 <= start < end <= len(text):
            continue
        while start < end and _is_space(text[start]):
            start += 1
        while end > start and _is_space(text[end - 1]):
            end -= 1
        if start < end and any(ch.isalnum() for ch in text[start:end]):
            spans.append((start, end, label))
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[RawMention] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def _is_space(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Zs", "Cf")


def load_backend(spec: str) -> NerBackend:
    """The backend a `--ner` option names:

    - "accurate": the fine-tuned multilingual encoder (`entities/encoder_backend.py`), from
      its model package; "accurate:PATH" reads a tagger folder of one's own;
    - "fast" (also "bundled", its earlier name): newsweave's compact CNN models;
    - "spacy:NAME_OR_PATH": an installed spaCy pipeline package ("spacy:de_core_news_md")
      or a pipeline folder ("spacy:./models/my-ner");
    - "hf:PATH": a Hugging Face token-classification model saved in a local folder.

    Models load on first use, so a bad name or path is reported then (or call the
    backend's `load()` to check early).
    """
    kind, sep, target = spec.partition(":")
    kind = kind.strip().lower()
    target = target.strip()
    if kind in ("fast", "bundled") and not sep:
        from newsweave.entities.bundled import BundledBackend

        return BundledBackend()
    if kind == "accurate" and (target or not sep):
        from newsweave.entities.encoder_backend import EncoderBackend

        return EncoderBackend(target or None)
    if kind == "spacy" and target:
        from newsweave.entities.spacy_backend import SpacyBackend

        return SpacyBackend(target)
    if kind == "hf" and target:
        from newsweave.entities.hf_backend import TransformersBackend

        return TransformersBackend(target)
    raise ValueError(
        f"unknown NER backend {spec!r}; use one of: 'accurate' (newsweave's multilingual "
        "encoder; 'accurate:PATH' for a tagger folder of your own), 'fast' (newsweave's "
        "compact CNN models), 'spacy:NAME_OR_PATH' (an installed spaCy pipeline package such "
        "as spacy:de_core_news_md, or a pipeline folder), 'hf:PATH' (a Hugging Face "
        "token-classification model in a local folder)"
    )
