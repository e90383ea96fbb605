"""Whether a quote with no attribution of its own may go on as the previous quote's.

A continuation (a second quotation, a German subjunctive sentence with no cue) takes the
speaker of the quote before it. It must not cross an attribution to someone else: in the
German case, "Andere stellten die Frage, wie …" stands between Schuster's quotation and
the subjunctive "Ein Großteil der Ausrüstung … stamme …", so that sentence is not
Schuster's. `crosses_other_speaker` reads the text between the two quotes for a cue (a
speech verb or noun, `SPEECH_VERBS` / `SPEECH_NOUNS` in `lang/<iso>/quotes.py`) whose
subject is not the previous speaker: another name, a description ("Andere", "Others",
"Kritiker", "analysts") or a plural pronoun ("they", "de"). A pronoun that can name a
single person ("he", "sie", "han") is read as the previous speaker, as the pronoun
resolution would read it; the writer, the reader or people at large ("ich", "we", "man",
`UNRESOLVED_PRONOUNS`) name no other speaker — in a speech they are the speaker, and a
continuation of such a speaker (the author) is never crossed: a speech goes on in its
speaker's voice after citing others.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsweave.article import Span, Speaker
from newsweave.quotes.data import QuoteData
from newsweave.quotes.speakers import speaker_after, speaker_before
from newsweave.quotes.text import Doc

_PERSON = frozenset({"m", "f"})


def crosses_other_speaker(
    doc: Doc,
    q: QuoteData,
    start: int,
    end: int,
    previous: Speaker,
    taken: Sequence[tuple[int, int]] = (),
) -> bool:
    """Whether the text from `start` to `end` (between the previous quote and the one
    that would continue it) attributes something to a speaker other than `previous`.

    `taken` holds spans to leave out: the quotes found in between and the previous
    quote's own cue, which names `previous` itself.
    """
    if previous.entity is None and q.is_pronoun(previous.text) and not q.pronouns.get(
        previous.text.casefold()
    ):
        return False  # "ich", "we": the author, whose voice resumes after citing others
    tokens = doc.tokens
    for i in range(doc.token_at(start), doc.token_at(end)):
        token = tokens[i]
        if token.end > end or not q.is_cue(token.text):
            continue
        if any(a <= token.start < b for a, b in taken):
            continue
        s_start, s_end = doc.sentences[doc.sentence_of(token.start)]
        first, limit = doc.token_at(max(s_start, start)), doc.token_at(min(s_end, end))
        subject = speaker_before(doc, q, i, first) or speaker_after(doc, q, i, limit)
        if subject is not None and not _same(doc, q, subject, previous):
            return True
    return False


def _same(doc: Doc, q: QuoteData, subject: Span, previous: Speaker) -> bool:
    """Whether the words `subject` may name the `previous` speaker."""
    words = doc.text[subject.start : subject.end]
    mention = doc.mention_at(subject.start)
    if mention is not None:
        return previous.entity is not None and mention.entity == previous.entity
    kinds = q.pronouns.get(words.casefold())
    if kinds is not None:
        return bool(kinds & _PERSON)  # "he", "sie", "han": the person just quoted
    if words.casefold() in q.unresolved_pronouns:
        return True  # "ich", "we", "man": the writer or people at large, no other speaker
    return words.casefold() == previous.text.casefold()  # the same description again
