"""Finding quotes: direct (quotation marks, dialogue dashes) and reported (a cue with its
clause, an according-to phrase, a trailing attribution, a German subjunctive).

Each finder returns `Found` records: the quote's content span, its kind, the cue token
and the words naming the speaker, when the text gives them next to the quote. Speakers
that the text leaves implicit (a continued quote, a pronoun) are resolved afterwards by
`newsweave.quotes.attribute`.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsweave.article import Span
from newsweave.quotemarks import find_quotations
from newsweave.quotes.data import QuoteData
from newsweave.quotes.speakers import MAX_NAME_WORDS, speaker_after, speaker_at, speaker_before
from newsweave.quotes.text import Doc

MIN_SPEECH_WORDS = 4  # a shorter quotation without a cue is a term or a title, not speech
SUBJECT_WINDOW = 6  # tokens of a speaker before its cue after a quote
TITLE_WORDS, TITLE_WORD = 8, 4  # a title: at most 8 words, those of 4+ letters capitalised
MAX_TURN_LABEL = 40  # characters of a speaker's name before the colon in a transcript
RESUME_GAP = 12  # tokens of attribution between two parts of one quotation
CLAUSE_WINDOW = 8  # tokens between a cue and its complementizer ("told MSNBC on Friday that")
CLAUSE_VERB_WINDOW = 3  # the same for a verb of knowing or showing ("found last year that")
_DASHES = ("–", "—", "-")
_END = frozenset(".!?…")
_INSIDE_SUBJECT = frozenset("()")
_AFTER_QUOTE = frozenset({",", ":", "–", "—"})
_AFTER_SOURCE = frozenset({",", "(", ".", "!", "?", "…", ";", "—", "–"})
_BYLINE_DASHES = frozenset("―—–")
_OPENERS = frozenset('"«»“„‚‘‹')
_QUOTE_CHARS = frozenset("\"'«»“”„‚‘’‹›")


@dataclass(slots=True)
class Found:
    start: int
    end: int
    kind: str
    cue: Span | None = None
    source: Span | None = None
    continues: bool = False  # may take the previous quote's speaker when it has none
    parts: tuple[Span, ...] = ()  # a quote interrupted by its attribution, in its parts
    turn: bool = False  # a transcript turn: `source` is its label ("PENCE")


def _words(doc: Doc, start: int, end: int) -> int:
    return sum(1 for i in doc.tokens_in(start, end) if doc.tokens[i].is_word)


def _cue_span(doc: Doc, i: int) -> Span:
    return Span(doc.tokens[i].start, doc.tokens[i].end)


def _attribution_after(doc: Doc, q: QuoteData, after: int, limit: int) -> tuple[int, Span] | None:
    """A cue right after a quotation: `», sagde Putin`, `", Smith said`, `", he said`."""
    i = doc.token_at(after)
    if i < limit and doc.tokens[i].text in _BYLINE_DASHES and doc.tokens[i].start - after < 3:
        byline = _byline(doc, q, i)  # "“…” ― Sonya Herridge": the speaker signs the quote
        if byline:
            return byline
    while i < limit and (doc.tokens[i].text in _AFTER_QUOTE or doc.tokens[i].text in _QUOTE_CHARS):
        i += 1  # "…,'' said Mr. Burman": a doubled closing mark
    if i >= limit:
        return None
    if q.is_cue(doc.tokens[i].text):
        source = speaker_after(doc, q, i, limit)
        return (i, source) if source else None
    # subject first ("Smith said", "chief economist Maury Obstfeld said", "Mike Pence
    # (R-IN) said"), then the cue
    for j in range(i + 1, min(i + 1 + SUBJECT_WINDOW, limit)):
        token = doc.tokens[j]
        if q.is_cue(token.text):
            source = speaker_before(doc, q, j, i)
            return (j, source) if source and _opens_subject(doc, q, i, source) else None
        if not token.is_word and token.text not in _INSIDE_SUBJECT:
            return None
    return None


def _opens_subject(doc: Doc, q: QuoteData, first: int, source: Span) -> bool:
    """Whether a pronoun `source` of a later cue opens the words from token `first` (right
    after a quotation or a comma): `“…,” he said`, `…, she told reporters`. A pronoun
    never ends a longer subject, so words before it mean the clause goes on: in `…,
    outlined a plan for what he called …` the words before the comma are the attribution's
    own subject and setting, not what was said. A name or a description may follow a
    title or a description ("chief economist Maury Obstfeld said")."""
    if doc.token_at(source.start) <= first:
        return True
    return not q.is_pronoun(doc.text[source.start : source.end])


def _byline(doc: Doc, q: QuoteData, dash: int) -> tuple[int, Span] | None:
    """A name after a dash that ends the line: the quote's speaker, the dash its cue."""
    source = speaker_at(doc, q, dash + 1, len(doc.tokens))
    if source is None:
        return None
    line_end = doc.text.find("\n", source.end)
    rest = doc.text[source.end : len(doc.text) if line_end < 0 else line_end]
    named = doc.mention_at(source.start) is not None
    if rest.strip(" .\u00a0") or not (named or doc.text[source.start : source.end].istitle()):
        return None
    return dash, source


def _attribution_before(doc: Doc, q: QuoteData, before: int, floor: int) -> tuple[int, Span] | None:
    """A cue just before a quotation: `Putin sagte: »…«`, `sagte Putin: "…"`, `The New York
    Times reports:` at the end of the paragraph before."""
    i = doc.token_at(before) - 1
    while i >= floor and not doc.tokens[i].is_word:
        i -= 1
    for j in range(i, max(floor - 1, i - 3), -1):
        if q.is_cue(doc.tokens[j].text):
            source = speaker_before(doc, q, j, floor) or speaker_after(doc, q, j, i + 1)
            return (j, source) if source else None
    return None


def direct_quotes(doc: Doc, q: QuoteData) -> list[Found]:
    """Quotations in marks (one paragraph at a time), quotations that run over several
    paragraphs, and dialogue-dash paragraphs."""
    found: list[Found] = []
    for p_start, p_end in doc.paragraphs:
        if turn := _transcript_turn(doc, p_start, p_end):
            found.append(turn)
            continue
        spans = find_quotations(doc.text, p_start, p_end)
        if not spans and (run_on := _open_paragraph(doc, q, p_start, p_end)):
            found.append(run_on)
            continue
        previous: Found | None = None
        for span in spans:
            inner_start, inner_end = span.start + 1, span.end - 1
            sentence = doc.sentences[doc.sentence_of(span.start)]
            floor = doc.token_at(max(sentence[0], p_start))
            limit = doc.token_at(min(sentence[1], p_end))
            after = _attribution_after(doc, q, span.end, limit)
            hit = after or _attribution_before(doc, q, span.start, floor)
            if hit is None and span.start == p_start:
                hit = _introduced(doc, q, p_start)
            marks = (doc.text[span.start], doc.text[span.end - 1])
            sentence_like = _words(doc, inner_start, inner_end) >= MIN_SPEECH_WORDS and (
                doc.text[inner_start : inner_start + 1].isupper()
            )
            # `"If he thinks that makes him smart," the narrator says, "what does he …"`,
            # `“I would,” Melanie said to the TV. “I would, Donald.”`: the rest of a
            # quotation that its attribution interrupted
            resumed = (
                previous is not None
                and previous.cue is not None
                and previous.end <= previous.cue.start < span.start
                and len(doc.tokens_in(previous.end, span.start)) <= RESUME_GAP
                and (hit is None or doc.tokens[hit[0]].start == previous.cue.start)
            )
            # A phrase quoted inside running text ("called them “deplorables”") is part of
            # a reported statement, found with it as a mixed quote.
            if not (sentence_like or resumed) and (after is None or marks in q.scare_quotes):
                continue
            if _title(doc, inner_start, inner_end):  # “A Change Is Gonna Come”
                continue
            previous = Found(
                inner_start,
                inner_end,
                "direct",
                _cue_span(doc, hit[0]) if hit and not resumed else None,
                hit[1] if hit and not resumed else None,
                continues=resumed or hit is None,
            )
            found.append(previous)
        if q.dialogue_dash and not spans:
            dash = _dialogue(doc, q, p_start, p_end)
            # a dash paragraph with no attribution is speech only right after other speech
            # (an interview goes on); otherwise it may be a list item
            if dash and (not dash.continues or _follows_quote(doc, found, p_start)):
                found.append(dash)
    return found


def _transcript_turn(doc: Doc, p_start: int, p_end: int) -> Found | None:
    """A paragraph of a transcript, `PENCE: Well, look, …` (inside a quotation mark or
    not): the speaker's name in capitals, a colon, and what they said."""
    text = doc.text
    start = p_start
    while start < p_end and (text[start].isspace() or text[start] in _OPENERS):
        start += 1
    colon = text.find(":", start, min(p_end, start + MAX_TURN_LABEL))
    label = text[start:colon]
    if colon < 0 or not label.isupper() or sum(c.isalpha() for c in label) < 2:
        return None
    if len(label.split()) > MAX_NAME_WORDS or colon + 1 >= p_end or not text[colon + 1].isspace():
        return None  # not a name ("NOTE TO EDITORS AND READERS:"), or a time ("12:30")
    content = colon + 1
    while content < p_end and text[content].isspace():
        content += 1
    end = _content_end(doc, p_end)
    while end > content and text[end - 1] in _QUOTE_CHARS:
        end -= 1
    if _words(doc, content, end) < 1:
        return None
    return Found(content, end, "direct", Span(colon, colon + 1), Span(start, colon), turn=True)


def _follows_quote(doc: Doc, found: list[Found], p_start: int) -> bool:
    return bool(found) and doc.paragraph_of(found[-1].end) >= doc.paragraph_of(p_start) - 1


def _title(doc: Doc, start: int, end: int) -> bool:
    """A short quotation whose longer words are all capitalised: the title of a book, a
    song or an article, not speech."""
    if ". " in doc.text[start:end]:  # two sentences: speech
        return False
    words = [doc.tokens[i] for i in doc.tokens_in(start, end) if doc.tokens[i].is_word]
    long = [w for w in words if len(w.text) >= TITLE_WORD]
    return len(words) <= TITLE_WORDS and len(long) >= 2 and all(w.capitalised for w in long)


def _introduced(doc: Doc, q: QuoteData, p_start: int) -> tuple[int, Span] | None:
    """The attribution that ends the paragraph before, with a colon: `The New York Times
    reports:`."""
    i = doc.token_at(p_start) - 1
    if i < 0 or doc.tokens[i].text != ":":
        return None
    sentence = doc.sentences[doc.sentence_of(doc.tokens[i].start)]
    return _attribution_before(doc, q, doc.tokens[i].start, doc.token_at(sentence[0]))


def _open_paragraph(doc: Doc, q: QuoteData, p_start: int, p_end: int) -> Found | None:
    """A paragraph that opens a quotation with one of the language's speech marks
    (`QUOTE_MARKS`; any mark for a language without data) and does not close it: in news,
    a quotation that goes on in the next paragraph, which opens with the mark again."""
    text = doc.text
    openers = {o for o, _ in q.quote_marks} or _OPENERS
    if p_end - p_start < 2 or text[p_start] not in openers:
        return None
    if _words(doc, p_start, p_end) < MIN_SPEECH_WORDS or not text[p_start + 1].isupper():
        return None
    return Found(p_start + 1, _content_end(doc, p_end), "direct", continues=True)


def _dialogue(doc: Doc, q: QuoteData, p_start: int, p_end: int) -> Found | None:
    """`– Det er alvorligt, siger han.`: the paragraph after the dash, up to its
    attribution."""
    text = doc.text
    if not text[p_start:p_end].startswith(_DASHES) or not text[p_start + 1 : p_start + 2].isspace():
        return None
    start = p_start + 2
    first = doc.token_at(start)
    limit = doc.token_at(p_end)
    for i in range(first, limit):
        if doc.tokens[i].text == ",":
            hit = _attribution_after(doc, q, doc.tokens[i].end, limit)
            if hit:
                return Found(start, doc.tokens[i].start, "direct", _cue_span(doc, hit[0]), hit[1])
    return Found(start, p_end, "direct", continues=True)


def join_interrupted(doc: Doc, found: list[Found]) -> list[Found]:
    """Direct quotes interrupted by their attribution as one quote in parts: `»A,« siger
    han, »B«`, `"A," she said, clapping. "B"` — the second part has no cue of its own and
    follows the first's attribution in the same paragraph."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == f.kind == "direct"
            and f.continues
            and prev.cue is not None
            and prev.end <= prev.cue.start < f.start
            and doc.paragraph_of(prev.start) == doc.paragraph_of(f.start)
        ):
            parts = prev.parts or (Span(prev.start, prev.end),)
            prev.parts = (*parts, Span(f.start, f.end))
            prev.end = f.end
        else:
            out.append(f)
    return out


def reported_quotes(doc: Doc, q: QuoteData, direct: list[Found]) -> list[Found]:
    """Reported speech in sentences, outside the `direct` quotes and their cues."""
    quoted = [(f.start, f.end) for f in direct]
    taken = quoted + [(f.cue.start, f.cue.end) for f in direct if f.cue]
    found: list[Found] = []
    for s_start, s_end in doc.sentences:
        if any(a <= s_start and s_end <= b for a, b in taken):
            continue
        hit = (
            _according_to(doc, q, s_start, s_end)
            or _parenthetical(doc, q, s_start, s_end, taken)
            or _cue_clause(doc, q, s_start, s_end, taken)
            or _trailing(doc, q, s_start, s_end, taken)
            or _subjunctive(doc, q, s_start, s_end, taken)
        )
        if hit is None or _title(doc, s_start, s_end) or doc.text[hit.end - 1] == ":":
            continue  # a headline; a colon that opens what is said, not the statement
        overlap = sum(max(0, min(b, hit.end) - max(a, hit.start)) for a, b in quoted)
        if overlap * 2 > hit.end - hit.start:
            continue  # a direct quote with its attribution, found already
        if overlap or find_quotations(doc.text, hit.start, hit.end):
            hit.kind = "mixed"  # a paraphrase with quoted words in it
        found.append(hit)
    return found


def _content_end(doc: Doc, s_end: int) -> int:
    end = s_end
    while end > 0 and (doc.text[end - 1].isspace() or doc.text[end - 1] in _END):
        end -= 1
    return end


def _inside(pos: int, taken: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in taken)


def _parenthetical(
    doc: Doc, q: QuoteData, s_start: int, s_end: int, taken: list[tuple[int, int]]
) -> Found | None:
    """`This campaign, he says, is different.`, `The emails were on many topics, the
    Times said, including speeches …`, `Das sei, sagte Schuster, …`: an attribution set
    off by commas inside the sentence; the statement is the whole sentence."""
    tokens = doc.tokens
    first, limit = doc.token_at(s_start), doc.token_at(s_end)
    for i in range(first + 2, limit - 2):
        if not q.is_verb(tokens[i].text) or _inside(tokens[i].start, taken):
            continue
        if tokens[i - 1].text == ",":  # "…, sagte Schuster, …"
            source = speaker_after(doc, q, i, limit)
            after = doc.token_at(source.end) if source else limit
        else:  # "…, he says, …"
            source = speaker_before(doc, q, i, first)
            after = i + 1
            before = doc.token_at(source.start) - 1 if source else first
            if before <= first or tokens[before].text != ",":
                source = None  # the subject must be set off by a comma, mid-sentence
        if source is None or after + 1 >= limit or tokens[after].text != ",":
            continue
        start = s_start
        while doc.text[start].isspace():
            start += 1
        opening = doc.token_at(min(source.start, tokens[i].start)) - 1  # the first comma
        if not q.is_pronoun(doc.text[source.start : source.end]) and (
            _words(doc, start, tokens[opening].start) >= MIN_SPEECH_WORDS
        ):
            continue  # "…, said Carl Schuster, a former Navy captain": trailing, with a role
        if _words(doc, start, s_end) - _words(doc, source.start, tokens[after].start) - 1 < (
            MIN_SPEECH_WORDS
        ):
            continue
        return Found(start, _content_end(doc, s_end), "indirect", _cue_span(doc, i), source)
    return None


def _cue_clause(
    doc: Doc, q: QuoteData, s_start: int, s_end: int, taken: list[tuple[int, int]]
) -> Found | None:
    """`Die USA glauben auch, dass …`, `he told MSNBC on Friday that …`, `Putin sagte: …`:
    a cue, then a complementizer or a colon before any other punctuation (for a verb of
    knowing or showing, `CLAUSE_VERBS`, only this, and close by); or, with the
    subject right before the cue, a clause straight after it: after a comma (`sagte,
    Russland werde …`), where the language drops its complementizer (`BARE_CLAUSES`:
    `Trump says the deal is …`), or opened by a pronoun or a name (`Donald Trump says he
    has …`). The clause runs to the end of the sentence."""
    tokens = doc.tokens
    first, limit = doc.token_at(s_start), doc.token_at(s_end)
    end = _content_end(doc, s_end)
    for i in range(first, limit):
        clause_verb = tokens[i].low in q.clause_verbs  # a cue only with a complementizer
        if not (q.is_cue(tokens[i].text) or clause_verb) or _inside(tokens[i].start, taken):
            continue
        j = i + 1
        if (  # "Kevin Sullivan says he instructed staff to check whether …": a bare clause
            q.bare_clauses
            and j < limit
            and q.is_pronoun(tokens[j].text)
            and q.is_verb(tokens[i].text)
            and _words(doc, tokens[j].start, end) >= MIN_SPEECH_WORDS
        ):
            source = speaker_before(doc, q, i, first) or _participle_subject(doc, q, i, first)
            if source is not None:
                return Found(tokens[j].start, end, "indirect", _cue_span(doc, i), source)
        window = CLAUSE_VERB_WINDOW if clause_verb else CLAUSE_WINDOW
        for j in range(i + 1, min(i + 1 + window, limit)):
            token = tokens[j]
            elided = next((c for c in q.complementizers if c[-1] in "'’" and
                           token.low.startswith(c) and len(token.low) > len(c)), None)  # fmt: skip
            if elided:  # "a déclaré qu'il …": the clause starts inside the token
                source = speaker_before(doc, q, i, first) or speaker_after(doc, q, i, j)
                start = token.start + len(elided)
                return Found(start, end, "indirect", _cue_span(doc, i), source)
            if token.low in q.complementizers or token.text == ":":
                if j + 1 >= limit or tokens[j + 1].start >= end:
                    break
                source = speaker_before(doc, q, i, first) or speaker_after(doc, q, i, j)
                return Found(tokens[j + 1].start, end, "indirect", _cue_span(doc, i), source)
            nxt = tokens[j + 1] if j + 1 < limit else None
            if (
                not token.is_word
                and not (token.text == "," and nxt and nxt.low in q.complementizers)
                and token.text not in _QUOTE_CHARS
            ):
                break
            if token.is_word and q.is_cue(token.text):
                break
        comma = i + 1 < limit and tokens[i + 1].text == ","
        j = i + 1 + comma
        opening = j < limit and tokens[j].text in _OPENERS  # 'says “the wind is …” despite'
        if (
            q.is_verb(tokens[i].text)
            and j + opening < limit
            and tokens[j + opening].is_word
            and (comma or q.bare_clauses or _opens_clause(doc, q, j + opening))
            and _words(doc, tokens[j].start, end) >= MIN_SPEECH_WORDS
        ):
            source = speaker_before(doc, q, i, first)
            if source is not None:
                return Found(tokens[j].start, end, "indirect", _cue_span(doc, i), source)
    return None


def _participle_subject(doc: Doc, q: QuoteData, cue: int, first: int) -> Span | None:
    """`Trump shot back in a statement, saying he would …`: a cue after a comma speaks
    for the subject that opens the sentence (a name or a pronoun)."""
    if cue - 1 <= first or doc.tokens[cue - 1].text != ",":
        return None
    token = doc.tokens[first]
    if doc.mention_at(token.start) is None and not q.is_pronoun(token.text):
        return None
    return speaker_at(doc, q, first, cue)


def _opens_clause(doc: Doc, q: QuoteData, i: int) -> bool:
    """Whether token `i` can open a clause with no complementizer before it: a pronoun
    ("says he has"), or a capitalised word that is no sentence start ("said Democrats
    are", "sagte, Russland werde")."""
    token = doc.tokens[i]
    return q.is_pronoun(token.text) or (token.is_word and token.capitalised)


def _according_to(doc: Doc, q: QuoteData, s_start: int, s_end: int) -> Found | None:
    """`Ifølge en Ruslands-ekspert er det …`, `Rusland er ifølge den norske ekspert …`,
    `dem Bericht zufolge …`: the source is the phrase after (before) the marker, the
    statement the rest of the sentence."""
    tokens = doc.tokens
    first, limit = doc.token_at(s_start), doc.token_at(s_end)
    words = [t.low for t in tokens[first:limit]]
    for marker in q.according_to:
        for k in range(len(words) - len(marker) + 1):
            if tuple(words[k : k + len(marker)]) != marker:
                continue
            i = first + k
            after = i + len(marker)

            source = speaker_at(doc, q, after, limit)
            if source is None:
                continue
            cue = Span(tokens[i].start, tokens[after - 1].end)
            if k == 0:  # at the start: the statement follows the source
                j = doc.token_at(source.end)
                while j < limit and tokens[j].text == ",":
                    j += 1
                start = tokens[j].start if j < limit else source.end
            else:
                start = s_start
            return Found(start, _content_end(doc, s_end), "indirect", cue, source)
    for marker in q.according_to_after:
        for k in range(1, len(words) - len(marker) + 1):
            if tuple(words[k : k + len(marker)]) == marker:
                i = first + k
                source = speaker_before(doc, q, i, first)
                if source:
                    cue = Span(tokens[i].start, tokens[i + len(marker) - 1].end)
                    return Found(s_start, _content_end(doc, s_end), "indirect", cue, source)
    return None


def _trailing(
    doc: Doc, q: QuoteData, s_start: int, s_end: int, taken: list[tuple[int, int]]
) -> Found | None:
    """`…, sagte Carl Schuster, ehemaliger Einsatzleiter …`, `…, sagen Analysten.`,
    `…, he said.`: the statement before the last comma that a cue follows."""
    tokens = doc.tokens
    first, limit = doc.token_at(s_start), doc.token_at(s_end)
    for i in range(limit - 1, first, -1):
        if tokens[i].text != "," or _inside(tokens[i].start, taken):
            continue
        hit = _attribution_after(doc, q, tokens[i].end, limit)
        if hit and _inside(tokens[hit[0]].start, taken):
            continue
        if hit and not q.is_verb(tokens[hit[0]].text):
            continue  # "…, he carried that message", "…, her first campaign speech": a noun
        if hit and hit[0] == i + 1 and q.is_participle(tokens[hit[0]].text):
            continue  # "…, saying the person would …": the sentence's subject speaks on
        if hit and not _ends_attribution(doc, q, hit, limit):
            continue  # "…, saying he …", "…, Holder said he …": the statement follows
        if hit and _words(doc, s_start, tokens[i].start) >= MIN_SPEECH_WORDS:
            start = s_start
            while start < tokens[i].start and doc.text[start].isspace():
                start += 1
            return Found(start, tokens[i].start, "indirect", _cue_span(doc, hit[0]), hit[1])
    return None


def _ends_attribution(doc: Doc, q: QuoteData, hit: tuple[int, Span], limit: int) -> bool:
    """Whether the attribution `hit` (cue index, source) closes the sentence: nothing
    follows the later of cue and source but a description set off by a comma or a bracket
    (`…, sagte Carl Schuster, ein ehemaliger Kapitän`) or a phrase of time or place (`…,
    he said on Tuesday`); not `…, saying he will …` or `…, Holder said he …`."""
    cue, source = hit
    k = max(cue + 1, doc.token_at(source.end))
    if k >= limit or doc.tokens[k].text in _AFTER_SOURCE:
        return True
    if source.start > doc.tokens[cue].start and q.is_pronoun(doc.text[source.start : source.end]):
        return False  # "…, saying he would …": the pronoun opens a clause
    token = doc.tokens[k]
    if token.low in q.complementizers or q.is_pronoun(token.text) or not token.is_word:
        return False
    if token.capitalised:  # "said Tuesday." but not "said Democrats are …"
        return k + 1 >= limit or doc.tokens[k + 1].text in _AFTER_SOURCE
    return token.low in doc.stop_words


def _subjunctive(
    doc: Doc, q: QuoteData, s_start: int, s_end: int, taken: list[tuple[int, int]]
) -> Found | None:
    """A sentence in reported-speech mood with no cue of its own ("… stamme aus der Zeit des
    späten Kalten Krieges und sei stark beansprucht"): the previous speaker's."""
    if not q.reported_markers:
        return None
    indices = doc.tokens_in(s_start, s_end)
    if any(q.is_cue(doc.tokens[i].text) for i in indices):
        return None
    if any(q.marks_reported_speech(doc.tokens[i].text) for i in indices):
        start = s_start
        while doc.text[start].isspace():
            start += 1
        return Found(start, _content_end(doc, s_end), "indirect", continues=True)
    return None
