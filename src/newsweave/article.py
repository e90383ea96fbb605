"""The data model: one `Article` carries all state through the per-article stages.

Every annotation is a span with `start`/`end` character offsets into `article.text`
(Python `str` indices, end exclusive). The objects are plain dataclasses so that they
pickle (process pools, distributed engines) and serialise to the output contract
(`to_json`, schema 1) without a framework.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

SCHEMA_VERSION = 1


def content_hash(text: str) -> str:
    """A stable id for a text: the same words give the same id whatever the whitespace,
    Unicode normalisation form or line endings of the file they came from."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range `[start, end)` of `article.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression and its value resolved against the publication date.

    `value` keeps the precision the text gives: "2023-09-13" (day), "2023-W36" (week),
    "2023-09" (month), "2023-Q3" (quarter), "2023-SU" (season), "2023" (year), "199X"
    (decade); None when it cannot be resolved (a relative expression in an article
    without a publication date). A range ("from 1991 to 1997", "13.–15. september") has
    its first value in `value` and its last in `value_end`; anything else has None there.
    """

    start: int
    end: int
    text: str
    value: str | None
    value_end: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A named entity mention.

    `label`: PER, ORG, LOC (MISC only where a model provides it). `name`: the fullest
    form of this name in the article, with possessive and case endings stripped
    ("Schuster" -> "Carl Schuster", "Ruslands" -> "Rusland"). `entity`: a canonical id, the
    same for the same name across articles and languages ("country:RU" for Rusland,
    Russland, Russia, Россия). `kind`: "name" for a name; "demonym" for a country's
    adjective or demonym ("russisk", "russische", "Russian") recorded as a reference to
    that country (label LOC).
    """

    start: int
    end: int
    text: str
    label: str
    name: str
    entity: str
    kind: str = "name"

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "entity": self.entity,
            "name": self.name,
        }
        if self.kind != "name":
            out["kind"] = self.kind
        return out


# How a quote's speaker was found (`Speaker.evidence`): stated by the text, or inferred.
STATED_EVIDENCE = frozenset({"cue", "transcript"})
INFERRED_EVIDENCE = frozenset({"continuation", "pronoun", "description"})
EVIDENCE = STATED_EVIDENCE | INFERRED_EVIDENCE
# What a quote reports (`Quote.act`): something said or written, or a belief, hope, fear,
# plan or intention attributed to the speaker ("glauben, dass …", "hopes that …").
ACTS = frozenset({"speech", "belief"})


def speaker_why(
    evidence: str | None, inferred: bool | None, text: str, name: str | None
) -> str | None:
    """What a reader is told about an inferred speaker ("inferred: continues the previous
    quote"), from the contract's `speaker` fields; None for a speaker the text states."""
    if not inferred:
        return None
    who = name or text
    if evidence == "continuation":
        return "inferred: continues the previous quote"
    if evidence == "pronoun":
        return f"inferred: “{text}” taken to be {who}, the last fitting name before it"
    if evidence == "description":
        return f"inferred: “{text}” matched to a role the article gives {who}"
    return "inferred (stored by an older newsweave, which did not record how)"


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quote is attributed to.

    `start`/`end`/`text`: the words in the article that name the speaker at this quote (a
    name, a pronoun such as "han", or a description such as "en Ruslands-ekspert").
    `name`/`entity`: the person or organisation they resolve to (the fullest name in the
    article and its canonical id, as in `Mention`), or None for a description the article
    never names. `roles`: every description the article attaches to the speaker, the most
    specific first; the contract's `role` is the first.

    `evidence`: how the speaker was found — "cue" (the attribution at this quote names
    or describes the speaker, or gives a pronoun left unresolved), "transcript" (a turn
    label, "PENCE: …"), "continuation" (the previous quote's speaker: this quote has no
    attribution of its own), "pronoun" (a pronoun resolved to a name) or "description"
    (a description resolved to a name by one of the named speaker's roles). The last
    three are inferred. None only for a quote stored before newsweave recorded it.
    `inferred`: derived from `evidence`; given on its own only for such a stored quote.
    """

    start: int
    end: int
    text: str
    name: str | None = None
    entity: str | None = None
    roles: tuple[str, ...] = ()
    evidence: str | None = None
    inferred: bool | None = None

    def __post_init__(self) -> None:
        if self.evidence is None:
            return
        if self.evidence not in EVIDENCE:
            raise ValueError(f"unknown speaker evidence {self.evidence!r}")
        derived = self.evidence in INFERRED_EVIDENCE
        if self.inferred is None:
            object.__setattr__(self, "inferred", derived)
        elif self.inferred != derived:
            raise ValueError(f"evidence {self.evidence!r} is {'' if derived else 'not '}inferred")

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None

    @property
    def why(self) -> str | None:
        """Why an inferred speaker is this one, for a reader; None when the text states it."""
        return speaker_why(self.evidence, self.inferred, self.text, self.name)

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": self.name,
            "entity": self.entity,
            "role": self.role,
            "roles": list(self.roles),
            "evidence": self.evidence,
            "inferred": self.inferred,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    """What someone said, wrote or holds, as the article reports it.

    `kind`: "direct" (the words in quotation marks or after a dialogue dash), "indirect"
    (reported speech: "sagde, at …", "laut …", a German subjunctive), or "mixed" (reported
    speech with quoted words inside). `cue`: the words that attribute it ("sagde", "ifølge",
    "heißt es"), None for a quote that continues the previous speaker's.

    A quote interrupted by its attribution (`»A,« siger han, »B«`) is one quote: `start`
    and `end` span all of it, `parts` holds each part's offsets, and `text` is the parts
    joined by " … ". Otherwise `parts` is empty and `text` is `article.text[start:end]`.

    `act`: "speech" (said or written) or "belief" (a belief, hope, fear, plan or intention
    the article attributes: "Die USA glauben, dass …"); None only for a quote stored
    before newsweave recorded it.
    """

    start: int
    end: int
    text: str
    kind: str
    cue: Span | None = None
    speaker: Speaker | None = None
    parts: tuple[Span, ...] = ()
    act: str | None = "speech"

    def __post_init__(self) -> None:
        if self.act is not None and self.act not in ACTS:
            raise ValueError(f"unknown quote act {self.act!r}")

    def to_json(self, text: str) -> dict[str, object]:
        cue = self.cue
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "act": self.act,
            "cue": None
            if cue is None
            else {"start": cue.start, "end": cue.end, "text": text[cue.start : cue.end]},
            "speaker": self.speaker.to_json() if self.speaker else None,
            "parts": [[p.start, p.end] for p in self.parts],
        }


@dataclass(frozen=True, slots=True)
class Issue:
    """Something a stage could not do for this article, said so that a person understands."""

    stage: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"stage": self.stage, "message": self.message}


HEADLINE = 120  # characters of a headline made from a first sentence


def cut(text: str, width: int) -> str:
    """`text` with its whitespace made single spaces, cut at the last word boundary
    before `width` with " …" when it is longer."""
    plain = " ".join(text.split())
    if len(plain) <= width:
        return plain
    head = plain[: width - 1]
    if plain[width - 1] != " " and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:–—-") + " …"


@dataclass(slots=True)
class Article:
    """One news article and everything the pipeline found in it."""

    text: str
    id: str = ""
    title: str | None = None
    published: date | None = None
    language: str | None = None
    source: str | None = None
    url: str | None = None
    origin: str | None = None  # where it was read from: "path" or "path:line"
    content_hash: str = ""
    sentences: list[Span] = field(default_factory=list)
    entities: list[Mention] = field(default_factory=list)
    dates: list[TimeRef] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    # What the article is about, for story clustering: a unit vector of float32 from the
    # article embedder (`newsweave.meaning`); None without one. Not part of `to_json`.
    embedding: np.ndarray | None = field(default=None, compare=False, repr=False)
    # What each sentence says, for matching sentences across a story's articles: float32
    # unit rows, one per sentence of `sentences` in order (`newsweave.meaning`); None
    # without them. Not part of `to_json`.
    sentence_vectors: np.ndarray | None = field(default=None, compare=False, repr=False)
    # Who each person it names is, for linking names across scripts in a story: {entity
    # id: a float32 unit vector of the name} (`newsweave.meaning.NameVectorStage`); None
    # without them. Not part of `to_json`.
    name_vectors: dict[str, np.ndarray] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        if not self.id:
            self.id = self.content_hash

    def headline(self, width: int = HEADLINE) -> str:
        """The title, or else the first sentence (the opening words where sentences are
        not known), cut at a word boundary with an ellipsis when it is longer than
        `width`: what lists and headings show for the article."""
        if self.title and self.title.strip():
            return " ".join(self.title.split())
        if self.sentences:
            first = self.sentences[0]
            return cut(self.text[first.start : first.end], width)
        return cut(self.text[: width * 2], width)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def note(self, stage: str, message: str) -> None:
        self.issues.append(Issue(stage, message))

    def to_json(self) -> dict[str, Any]:
        """The output contract, schema 1 (documented in the README)."""
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text": self.text,
            "sentences": [[s.start, s.end] for s in self.sentences],
            "entities": [m.to_json() for m in self.entities],
            "dates": [
                {"start": d.start, "end": d.end, "text": d.text, "value": d.value}
                | ({"value_end": d.value_end} if d.value_end is not None else {})
                for d in self.dates
            ],
            "quotes": [q.to_json(self.text) for q in self.quotes],
            "issues": [i.to_json() for i in self.issues],
        }
