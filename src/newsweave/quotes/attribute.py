"""From found quotes to `Quote`s with resolved speakers.

- A name: the entity mention under the speaker words gives the fullest name and id.
- A pronoun ("sagde han", "sagte er", "she said"): the most recent named speaker whose
  kind fits (a person for he/she; an organisation or place for it/they), else the most
  recent fitting name mention before it.
- A continued quote (no cue of its own: Easley's second quotation, Schuster's "Seine
  Artillerie …", a subjunctive sentence): the previous quote's speaker, when that quote
  is in the same or the previous paragraph and no attribution to someone else stands
  between them (`newsweave.quotes.continuation`: "Andere stellten die Frage, …") —
  inferred, with the name and only the roles the article gives that speaker in the
  paragraph of the continued quote.
- A description ("en Ruslands-ekspert", "den norske ekspert"): the named speaker one of
  whose roles ends in the description's head word ("Ruslands-ekspert ved det norske
  Fridtjof Nansens Institut"), else kept as text with no name.
- A name in capitals (a transcript's "PENCE:"): the person of the article whose name
  ends in it.
- Two to four capitalised words that the entities stage did not find ("sagte Mette
  Frederiksen" read by a weak model): a person's name, with its id.

Each speaker records its evidence (`Speaker.evidence`): "cue" and "transcript" are what
the text states; "continuation", "pronoun" and "description" are inferred. Each quote
records its act: "belief" when its cue is one of the language's `BELIEF_CUES` (a
continued reported quote goes on as what it continues), else "speech".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from newsweave.article import Mention, Quote, Span, Speaker
from newsweave.entities.keys import entity_id
from newsweave.quotes.continuation import crosses_other_speaker
from newsweave.quotes.data import QuoteData
from newsweave.quotes.find import Found
from newsweave.quotes.speakers import roles
from newsweave.quotes.text import Doc

_PERSON = frozenset({"m", "f"})
PART_SEPARATOR = " … "  # between the parts of a quote interrupted by its attribution
MAX_PARAGRAPHS_BACK = 1  # a continued quote keeps a speaker from this many paragraphs back


def attribute(doc: Doc, q: QuoteData, found: list[Found]) -> list[Quote]:
    """The `found` quotes (in text order) as `Quote`s with resolved speakers and roles,
    each speaker with the evidence it was found by, each quote with its act."""
    role_cache: dict[tuple[str, int | None], tuple[str, ...]] = {}

    def speaker_roles(entity: str, paragraph: int | None = None) -> tuple[str, ...]:
        """The entity's roles in the article, or in one paragraph only."""
        if (entity, paragraph) not in role_cache:
            mentions = [
                m
                for m in doc.mentions
                if m.entity == entity
                and (paragraph is None or doc.paragraph_of(m.start) == paragraph)
            ]
            role_cache[entity, paragraph] = tuple(roles(doc, q, mentions))
        return role_cache[entity, paragraph]

    named: list[tuple[int, Mention]] = []  # (position, mention) of speakers resolved so far
    speakers: list[Speaker | None] = []
    acts: list[str] = []
    for f in found:
        speaker = _resolve(doc, q, f, named)
        act = "belief" if f.cue and q.marks_belief(doc.text[f.cue.start : f.cue.end]) else "speech"
        if speaker is None and f.continues and speakers:
            previous = speakers[-1]
            prev_found = found[len(speakers) - 1]
            gap = doc.paragraph_of(f.start) - doc.paragraph_of(prev_found.end)
            if (
                previous is not None
                and gap <= MAX_PARAGRAPHS_BACK
                and not crosses_other_speaker(
                    doc, q, prev_found.end, f.start, previous, _between(found, prev_found)
                )
            ):
                speaker = replace(previous, evidence="continuation", inferred=None)
                if f.kind != "direct":  # reported speech goes on as what it continues
                    act = acts[-1]
        if speaker is not None and speaker.entity:
            mention = next((m for m in doc.mentions if m.entity == speaker.entity), None)
            if mention is not None:
                named.append((f.start, mention))
        speakers.append(speaker)
        acts.append(act)
    # descriptions that the article names elsewhere, once every role is known
    out: list[Quote] = []
    for f, speaker, act in zip(found, speakers, acts, strict=True):
        if speaker is not None and speaker.entity is None:
            speaker = _by_role(speaker, named, speaker_roles)
        if speaker is not None and speaker.entity:
            # A continuation names no one: it carries the name, and only the roles the
            # article gives that speaker in the paragraph of this quote.
            paragraph = doc.paragraph_of(f.start) if speaker.evidence == "continuation" else None
            speaker = replace(speaker, roles=speaker_roles(speaker.entity, paragraph))
        parts = f.parts or (Span(f.start, f.end),)
        text = PART_SEPARATOR.join(doc.text[p.start : p.end] for p in parts)
        out.append(Quote(f.start, f.end, text, f.kind, f.cue, speaker, f.parts, act))
    return out


def _between(found: list[Found], previous: Found) -> list[tuple[int, int]]:
    """What the text between `previous` and the next quote holds that is no attribution
    to another speaker: `previous`'s own cue and the quotes found in it."""
    spans = [(f.start, f.end) for f in found]
    return spans + ([(previous.cue.start, previous.cue.end)] if previous.cue else [])


def _speaker(doc: Doc, span: Span, mention: Mention | None, evidence: str = "cue") -> Speaker:
    text = doc.text[span.start : span.end]
    if mention is None:
        return Speaker(span.start, span.end, text, evidence=evidence)
    return Speaker(span.start, span.end, text, mention.name, mention.entity, evidence=evidence)


def _resolve(doc: Doc, q: QuoteData, f: Found, named: list[tuple[int, Mention]]) -> Speaker | None:
    if f.source is None:
        return None
    words = doc.text[f.source.start : f.source.end]
    how = "transcript" if f.turn else "cue"
    if words.isupper():  # a transcript's "PENCE": the article's Mike Pence
        label = words.casefold().split()
        for m in doc.mentions:
            if m.label == "PER" and m.name.casefold().split()[-len(label) :] == label:
                return _speaker(doc, f.source, m, how)
    mention = doc.mention_at(f.source.start)
    if mention is not None:
        return _speaker(doc, f.source, mention, how)
    kinds = q.pronouns.get(words.casefold())
    if kinds is None:
        if _looks_like_a_name(doc, words):  # a person the entities stage missed
            key = entity_id(words, "PER", doc.article.language)
            return Speaker(f.source.start, f.source.end, words, words, key, evidence=how)
        return _speaker(doc, f.source, None, how)
    fits = (lambda m: m.label == "PER") if kinds & _PERSON else (lambda m: m.label != "PER")
    for _, candidate in reversed(named):
        if fits(candidate):
            return _speaker(doc, f.source, candidate, "pronoun")
    before = [m for m in doc.mentions if m.end <= f.source.start and fits(m)]
    if before:
        return _speaker(doc, f.source, before[-1], "pronoun")
    return _speaker(doc, f.source, None, how)  # "he" with no name before it: kept as said


def _looks_like_a_name(doc: Doc, words: str) -> bool:
    """Two to four capitalised words, none a function word: "Mette Frederiksen"."""
    parts = words.split()
    return 2 <= len(parts) <= 4 and all(
        p[:1].isupper() and p.casefold() not in doc.stop_words for p in parts
    )


def _by_role(
    speaker: Speaker,
    named: list[tuple[int, Mention]],
    speaker_roles: Callable[[str], tuple[str, ...]],
) -> Speaker:
    head = speaker.text.split()[-1].casefold() if speaker.text.split() else ""
    if len(head) < 4:
        return speaker
    for _, mention in sorted(named, key=lambda pm: abs(pm[0] - speaker.start)):
        for role in speaker_roles(mention.entity):
            if any(w.casefold().endswith(head) for w in role.split()):
                return Speaker(
                    speaker.start,
                    speaker.end,
                    speaker.text,
                    mention.name,
                    mention.entity,
                    # a continued description stays a continuation
                    evidence="continuation" if speaker.inferred else "description",
                )
    return speaker
