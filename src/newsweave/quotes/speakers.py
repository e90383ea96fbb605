"""Who is speaking at a cue, and what the article says they are.

`speaker_after` / `speaker_before` read the words next to a cue ("sagde Putin", "Die USA
glauben", "heißt es in einem Bericht der USA"): a name the entities stage found, a
personal pronoun, or a short description ("Analysten", "en Ruslands-ekspert"). `roles`
collects every description the article attaches to a named speaker: an apposition
("Leif-Eric Easley, Professor für internationale Studien"), a relative clause ("Iver
Neumann, som er Ruslands-ekspert ved …"), or a title before the name ("den russiske
præsident Putin").
"""

from __future__ import annotations

from newsweave.article import Mention, Span
from newsweave.quotes.data import QuoteData
from newsweave.quotes.text import Doc

MAX_DESCRIPTION = 8  # words in a speaker description or a role
MAX_NAME_WORDS = 4
SUBJECT_REACH = 6  # tokens back from a cue to its subject
MAX_APPOSITIONS = 3  # comma-separated descriptions between a name and its cue
_APPOSITION = frozenset({",", "—", "–"})
_POSSESSIVE = frozenset({"’", "'", "’s", "'s"})
_PERSON = frozenset({"m", "f"})  # pronoun kinds that name a person
_CLOSING = frozenset(",.;:!?)»«“”„\"'’‘")


def speaker_at(doc: Doc, q: QuoteData, first: int, last_allowed: int) -> Span | None:
    """A speaker at token `first`: the name mention that starts there, a pronoun, a run of
    capitalised words (a name the entities stage missed), or a description (an optional
    function word, then content words up to the next function word, punctuation or
    cue)."""
    if first >= min(last_allowed, len(doc.tokens)):
        return None
    token = doc.tokens[first]
    mention = doc.mention_at(token.start)
    if mention is not None:
        return Span(mention.start, mention.end)
    if q.is_pronoun(token.text) and not _determiner(doc, q, first, last_allowed):
        return Span(token.start, token.end)
    if token.capitalised and token.low not in doc.stop_words and not q.is_verb(token.text):
        # a name the entities stage missed: its run of capitalised words
        end = first + 1
        while end < last_allowed and end - first < MAX_NAME_WORDS:
            t = doc.tokens[end]
            if not (t.is_word and t.capitalised) or t.low in doc.stop_words:
                break
            end += 1
        return Span(token.start, doc.tokens[end - 1].end)
    end = first
    words = 0
    while end < last_allowed and words < MAX_DESCRIPTION:
        t = doc.tokens[end]
        if not t.is_word or q.is_verb(t.text) or t.low in q.complementizers:
            break  # a speech noun may head a description: "einem Bericht der USA"
        if (
            t.low in doc.stop_words
            and end > first
            and doc.mention_at(t.start) is None
            and not _genitive_link(doc, end, last_allowed)
        ):
            break
        end += 1
        words += 1
    if end == first or all(doc.tokens[i].low in doc.stop_words for i in range(first, end)):
        return None
    return Span(doc.tokens[first].start, doc.tokens[end - 1].end)


def _determiner(doc: Doc, q: QuoteData, i: int, last_allowed: int) -> bool:
    """Whether pronoun-like token `i` is an article here ("den norske ekspert", "die
    USA"): a content word follows it. A pronoun that names a person ("he", "han", "er")
    is never an article ("He later said")."""
    if q.pronouns.get(doc.tokens[i].low, frozenset()) & _PERSON:
        return False
    j = i + 1
    return j < last_allowed and doc.tokens[j].is_word and doc.tokens[j].low not in doc.stop_words


def _genitive_link(doc: Doc, i: int, last_allowed: int) -> bool:
    """Whether function word `i` links two parts of one description ("Bericht der USA",
    "leader of the party"): a name or a capitalised word follows within two tokens."""
    for j in (i + 1, i + 2):
        if j < last_allowed and doc.tokens[j].is_word and doc.tokens[j].capitalised:
            return True
    return False


def speaker_after(doc: Doc, q: QuoteData, cue: int, limit: int) -> Span | None:
    """The speaker right after cue token `cue` ("sagde Putin", "siger han"); an expletive
    pronoun with a preposition ("heißt es in einem Bericht") leads to what follows."""
    first = cue + 1
    if first + 1 < limit:
        t, nxt = doc.tokens[first], doc.tokens[first + 1]
        if "n" in q.pronouns.get(t.low, ()) and nxt.is_word and nxt.low in doc.stop_words:
            return speaker_at(doc, q, first + 2, limit)
    return speaker_at(doc, q, first, limit)


def speaker_before(doc: Doc, q: QuoteData, cue: int, floor: int) -> Span | None:
    """The subject right before cue token `cue` ("Die USA glauben", "Putin sagte",
    "Smith said"), skipping up to two function words ("hat gesagt", "has said")."""
    i = cue - 1
    skipped = 0
    while i >= floor and skipped < 2 and doc.tokens[i].low in doc.stop_words:
        if q.is_pronoun(doc.tokens[i].text):
            return Span(doc.tokens[i].start, doc.tokens[i].end)
        i -= 1
        skipped += 1
    if i >= floor and doc.tokens[i].text == ")":  # "Mike Pence (R-IN) said"
        while i >= floor and doc.tokens[i].text != "(":
            i -= 1
        i -= 1
    if i >= floor and doc.tokens[i].text in _APPOSITION:
        named = _before_apposition(doc, i, floor)
        return Span(named.start, named.end) if named else None
    if i < floor or not doc.tokens[i].is_word:
        return None
    token = doc.tokens[i]
    mention = doc.mention_at(token.start)
    if mention is not None:
        return Span(mention.start, mention.end)
    if q.is_pronoun(token.text):
        return Span(token.start, token.end)
    # the subject a few words back, in the same clause ("Ich will ganz deutlich sagen",
    # "Die Ministerin hat vorhin ausgeführt")
    possessive = False  # "Bernie Sanders’ campaign says": the whole phrase speaks
    for j in range(i - 1, max(floor, cue - SUBJECT_REACH) - 1, -1):
        t = doc.tokens[j]
        if t.text in _POSSESSIVE:
            possessive = True
            continue
        if not t.is_word:
            break
        found = doc.mention_at(t.start)
        if found is not None:
            return Span(found.start, token.end if possessive else found.end)
        if q.is_pronoun(t.text) and not _determiner(doc, q, j, cue):
            return Span(t.start, t.end)
    # a description ending here: back to the function word that opens it
    start = i
    while start > floor and i - start < MAX_DESCRIPTION:
        prev = doc.tokens[start - 1]
        if not prev.is_word or q.is_cue(prev.text) or prev.low in q.complementizers:
            break
        start -= 1
        if prev.low in doc.stop_words:
            break
    opening = doc.tokens[start]
    if all(doc.tokens[j].low in doc.stop_words for j in range(start, i + 1)):
        return None
    if not opening.capitalised and opening.low not in doc.stop_words:
        return None  # "is steering clear", "cited derogatory": no noun phrase
    return Span(opening.start, token.end)


def _before_apposition(doc: Doc, i: int, floor: int) -> Mention | None:
    """The name before the appositions that end at token `i` (a comma or dash right
    before a cue): "Dianne Feinstein, Democrat of California, said", "Marley Anderson,
    21, a junior from Las Vegas, said", "Jason Sims — a teacher from Mount Pleasant —
    says"."""
    for _ in range(MAX_APPOSITIONS):
        j = i - 1
        while j >= floor and j > i - MAX_DESCRIPTION * 2 and doc.tokens[j].text not in _APPOSITION:
            j -= 1
        if j - 1 < floor or doc.tokens[j].text not in _APPOSITION:
            return None
        named = doc.mention_at(doc.tokens[j - 1].start)
        if named is not None:
            return named
        i = j
    return None


def roles(doc: Doc, q: QuoteData, mentions: list[Mention]) -> list[str]:
    """Every role the article gives the person or organisation of `mentions`, without
    duplicates, the longest (most specific) first."""
    found: list[str] = []
    for mention in mentions:
        found += _roles_after(doc, q, mention)
        title = _title_before(doc, q, mention)
        if title:
            found.append(title)
    unique: dict[str, str] = {}
    for role in found:
        unique.setdefault(role.casefold(), role)
    return sorted(unique.values(), key=lambda r: -len(r.split()))


def _roles_after(doc: Doc, q: QuoteData, mention: Mention) -> list[str]:
    i = doc.token_at(mention.end)
    if i >= len(doc.tokens) or doc.tokens[i].text != ",":
        return []
    sentence_end = doc.sentences[doc.sentence_of(mention.start)][1]
    limit = doc.token_at(sentence_end)
    start = i + 1
    for clause in q.role_clauses:
        words = [t.low for t in doc.tokens[start : start + len(clause)]]
        if tuple(words) == clause:
            return [r for r in [_until_comma(doc, start + len(clause), limit)] if r]
    role = _until_comma(doc, start, limit)
    if role and _has_title(q, role):
        return [role]
    return []


def _until_comma(doc: Doc, start: int, limit: int) -> str | None:
    """The words from token `start` up to the next comma, quotation mark or the end of
    the sentence, without function words at their start; None when that is nothing or
    too long to be a role."""
    end = start
    while end < limit and doc.tokens[end].text not in _CLOSING:
        end += 1
    if end == start or end - start > MAX_DESCRIPTION * 2:
        return None
    while start < end and doc.tokens[start].low in doc.stop_words:
        start += 1
    if start == end:
        return None
    return doc.text[doc.tokens[start].start : doc.tokens[end - 1].end]


def _has_title(q: QuoteData, role: str) -> bool:
    return any(q.is_title(word.strip("()")) for word in role.split())


def _title_before(doc: Doc, q: QuoteData, mention: Mention) -> str | None:
    """ "den russiske præsident Putin" -> "russiske præsident"."""
    i = doc.token_at(mention.start) - 1
    if i < 0 or not q.is_title(doc.tokens[i].text):
        return None
    end = i
    while i > 0 and doc.tokens[i - 1].is_word and end - i < MAX_DESCRIPTION:
        prev = doc.tokens[i - 1]
        if prev.low in doc.stop_words or doc.mention_at(prev.start) or q.is_cue(prev.text):
            break
        i -= 1
    return doc.text[doc.tokens[i].start : doc.tokens[end].end]
