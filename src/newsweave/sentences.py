"""Quote-aware sentence splitting.

`split_sentences(text, language)` returns one span per sentence, without the whitespace
around it; together the spans cover every non-space character of the text. The rules:

- Paragraphs always end sentences: a blank line, and a single newline too in text whose
  paragraphs are one line each. In hard-wrapped text (lines break mid-sentence) a single
  newline is a space, unless the line is so short that the next word would have fitted
  on it (a deliberate break: a headline, the end of a paragraph).
- A sentence ends at . ! ? … (and 。！？ and the like, which need no space after them)
  followed by whitespace and a plausible sentence start: an upper-case or caseless
  letter, "iPhone"-like words, a digit, an opening quote or bracket, a dash (but not a
  dash glued to a lower-case attribution: "¿Qué pasa? —preguntó Juan."). A closing quote
  or bracket right after the punctuation belongs to the sentence that ends.
- A quotation is atomic: no boundary falls inside »…«, „…“, “…”, "…", «…», ‹…›, ‚…‘, even
  when it holds several sentences (see `newsweave.quotemarks`). So `»…,« sagde Putin`
  stays one sentence, and `"Seine Artillerie … sehr gut. Es ist … ähnlich." Andere …`
  ends after the closing mark.
- A dot after an abbreviation ("bzw.", "Dr.", "z.B.", "f.eks.") or an initial ("Carl F.
  Schuster", "J. R. R. Tolkien") does not end a sentence. Abbreviations that may or may
  not end one ("U.S.", "pct.", "kr.", "г.", "Inc.") end it only before a word that
  commonly starts a sentence in the language ("… at 9 a.m. The meeting …") or a quote.

Language data, `newsweave.lang.<iso>.sentences` (plain constants, lower-case forms with
their dot):
    ABBREVIATIONS            never end a sentence ("bzw.", "f.eks.", "dr.")
    NUMBER_ABBREVIATIONS     hold only before a number ("no. 5", not "he said no.")
    END_ABBREVIATIONS        end one before a capital, like a word ("usw.", "m.m.")
    AMBIGUOUS_ABBREVIATIONS  end one only before a common sentence starter ("pct.")
    ORDINAL_DOT              the language writes ordinals with a dot ("am 13. September")
    CAPITALISED_NOUNS        so a capital after an ordinal proves nothing (German): only a
                             sentence starter ends the sentence there; elsewhere a capital
                             after "13." starts a new sentence
    SENTENCE_STARTERS        words that commonly start a sentence (articles, pronouns …)
A language without the module gets the generic rules and lists below. The logic never
asks which language it is.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from newsweave.article import Article, Span
from newsweave.lang import data
from newsweave.language import normalize_code
from newsweave.quotemarks import CLOSING_MARKS, QUOTE_CHARS, match_quotation_marks, outermost

# Abbreviations every language gets (titles and Latin that travel across languages).
GENERIC_ABBREVIATIONS: frozenset[str] = frozenset(
    {"dr.", "prof.", "mr.", "mrs.", "ms.", "st.", "vs.", "ca.", "cf.", "e.g.", "i.e."}
)
GENERIC_END_ABBREVIATIONS: frozenset[str] = frozenset({"etc."})
# Company forms that travel with the name ("Apple Inc."): may end a sentence or not.
GENERIC_AMBIGUOUS_ABBREVIATIONS: frozenset[str] = frozenset(
    {"inc.", "corp.", "ltd.", "co.", "plc.", "llc.", "jr.", "sr."}
)
GENERIC_NUMBER_ABBREVIATIONS: frozenset[str] = frozenset({"vol.", "nr.", "pp."})

# Sentence-final punctuation. The "wide" ones (CJK, Devanagari, Arabic) need no space after.
_TERMINAL_RE = re.compile(r"[.!?…‽⁇⁈⁉]+|[。！？｡]+|[।॥؟۔]+")
_NO_SPACE_NEEDED = frozenset("。！？｡")
# After the punctuation, before the space: closing marks and brackets that end with it.
_CLOSERS = CLOSING_MARKS | frozenset(")]}»«›‹〉》」』】")
# Besides letters and digits, a sentence may start with these.
_STARTERS = QUOTE_CHARS | frozenset("([{¿¡–—-•*〈《「『【")
# An ellipsis in brackets ("[…]", "(...)") marks an omission, not an end.
_OMISSION_OPEN = frozenset("[(")
_DASHES = frozenset("–—")
_SPACES = frozenset(" \u00a0\u2009\u202f")
_WORD_RE = re.compile(r"\w+")
_TOKEN_RE = re.compile(r"\S+")
_ELISION_RE = re.compile(r"^\w{1,4}['’]")
# Stripped from a word before its dot: "(z.B." is "z.B", "»Nr." is "Nr".
_TOKEN_LEAD = "([{" + "".join(sorted(QUOTE_CHARS))
_TOKEN_TRAIL = ")]}" + "".join(sorted(QUOTE_CHARS))
# "z.B", "U.S", "bl.a", "e.g": letters in groups of one or two, joined by dots.
_DOTTED_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_ORDINAL_RE = re.compile(r"\d{1,3}")
_BLOCK_RE = re.compile(r"\n\s*\n|[\u2029\x0c]\s*")
# Hard-wrapped text has lines at most this long (a longer line is a paragraph).
MAX_WRAP_WIDTH = 120
# A line whose end and the next line's start say that the sentence runs on.
_RUNS_ON_END = frozenset(",;-")


@dataclass(frozen=True, slots=True)
class Rules:
    """The language data that splitting uses (all forms lower-case, trailing dot kept)."""

    abbreviations: frozenset[str]  # never end a sentence
    number_abbreviations: frozenset[str]  # do not end one before a number
    end_abbreviations: frozenset[str]  # end one before a capital, like a word
    ambiguous_abbreviations: frozenset[str]  # end one before a common sentence starter
    ordinal_dot: bool  # "13." is an ordinal
    capitalised_nouns: bool  # a capital after an ordinal proves nothing
    starters: frozenset[str]  # words that commonly start a sentence
    known: frozenset[str]  # all the abbreviations above


@lru_cache(maxsize=64)
def rules_for(language: str | None) -> Rules:
    """The splitting rules for `language` (ISO 639-1), generic ones when it has no data."""
    mod = data(normalize_code(language), "sentences") if language else None
    empty: frozenset[str] = frozenset()
    end = frozenset(getattr(mod, "END_ABBREVIATIONS", empty)) | GENERIC_END_ABBREVIATIONS
    ambiguous = (
        frozenset(getattr(mod, "AMBIGUOUS_ABBREVIATIONS", empty)) | GENERIC_AMBIGUOUS_ABBREVIATIONS
    ) - end
    never = frozenset(getattr(mod, "ABBREVIATIONS", empty)) | GENERIC_ABBREVIATIONS
    number = frozenset(getattr(mod, "NUMBER_ABBREVIATIONS", empty)) | GENERIC_NUMBER_ABBREVIATIONS
    return Rules(
        abbreviations=never - end - ambiguous,
        number_abbreviations=number,
        end_abbreviations=end,
        ambiguous_abbreviations=ambiguous,
        ordinal_dot=bool(getattr(mod, "ORDINAL_DOT", False)),
        capitalised_nouns=bool(getattr(mod, "CAPITALISED_NOUNS", False)),
        starters=frozenset(getattr(mod, "SENTENCE_STARTERS", empty)),
        known=never | number | end | ambiguous,
    )


def split_sentences(text: str, language: str | None) -> list[Span]:
    """The sentences of `text`, in order, as spans without surrounding whitespace.

    `language` is an ISO 639-1 code (or None); it only chooses the word lists.
    """
    rules = rules_for(language)
    spans: list[Span] = []
    for start, end in paragraphs(text):
        _split_paragraph(text, start, end, rules, spans)
    return spans


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, trimmed of whitespace.

    Blank lines always separate paragraphs. Single newlines do too, unless the text is
    hard-wrapped (many lines end mid-sentence); then only a line short enough for the
    next word to have fitted on it ends a paragraph.
    """
    blocks: list[list[tuple[int, int]]] = []  # per block, its non-empty lines
    pos = 0
    for m in [*_BLOCK_RE.finditer(text), None]:
        stop = m.start() if m else len(text)
        lines = []
        line_start = pos
        while line_start <= stop:
            nl = text.find("\n", line_start, stop)
            line_end = stop if nl < 0 else nl
            s, e = _trim(text, line_start, line_end)
            if s < e:
                lines.append((s, e))
            line_start = line_end + 1
        if lines:
            blocks.append(lines)
        if m:
            pos = m.end()
    joins = [(a, b) for lines in blocks for a, b in pairwise(lines)]
    if not joins:
        return [(lines[0][0], lines[-1][1]) for lines in blocks]
    lengths = sorted(e - s for lines in blocks if len(lines) > 1 for s, e in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]  # robust to one long line (a URL)
    runs_on = sum(_runs_on(text, a, b) for a, b in joins)
    wrapped = width <= MAX_WRAP_WIDTH and runs_on >= max(1, 0.2 * len(joins))
    result: list[tuple[int, int]] = []
    for lines in blocks:
        start = lines[0][0]
        for a, b in pairwise(lines):
            if not wrapped or _deliberate_break(text, a, b, width):
                result.append((start, a[1]))
                start = b[0]
        result.append((start, lines[-1][1]))
    return result


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _runs_on(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether the sentence evidently runs on from `line` into the next line."""
    last, first = text[line[1] - 1], text[nxt[0]]
    return last in _RUNS_ON_END or (last.isalnum() and first.islower())


def _deliberate_break(text: str, line: tuple[int, int], nxt: tuple[int, int], width: int) -> bool:
    """In hard-wrapped text: whether the newline after `line` ends a paragraph, because
    the next word would have fitted on the line (with a margin for other wrappers)."""
    m = _TOKEN_RE.match(text, nxt[0])
    word = len(m.group()) if m else 1
    return (line[1] - line[0]) + 1 + word <= 0.9 * width


def _split_paragraph(text: str, start: int, end: int, rules: Rules, out: list[Span]) -> None:
    pairs = match_quotation_marks(text, start, end)
    quotes = outermost(pairs)
    q_starts = [q.start for q in quotes]
    q_ends = {q.end for q in pairs}
    sent_start = start
    for m in _TERMINAL_RE.finditer(text, start, end):
        boundary = _boundary(text, m, end, rules, quotes, q_starts, q_ends)
        if boundary is not None and boundary > sent_start:
            out.append(Span(sent_start, boundary))
            sent_start = boundary
            while text[sent_start].isspace():
                sent_start += 1
    if sent_start < end:
        out.append(Span(sent_start, end))


def _boundary(
    text: str,
    m: re.Match[str],
    end: int,
    rules: Rules,
    quotes: list[Span],
    q_starts: list[int],
    q_ends: set[int],
) -> int | None:
    """Where the sentence ends if the punctuation at `m` ends it, else None."""
    p_start, p_end = m.span()
    run = m.group()
    # the closing marks and brackets that follow belong to this sentence; a closing mark
    # after a space (French « … fini. ») too when it ends a quotation
    b = p_end
    while b < end:
        if text[b] in _CLOSERS:
            b += 1
        elif text[b] in _SPACES and b + 2 <= end and b + 2 in q_ends:
            b += 2
        else:
            break
    if b >= end:
        return None  # the paragraph ends here anyway
    # inside a quotation: not a sentence end, whatever follows
    k = bisect_right(q_starts, p_start) - 1
    if k >= 0 and quotes[k].end > b:
        return None
    wide = run[-1] in _NO_SPACE_NEEDED
    if not wide and not text[b].isspace():
        return None
    n = b
    while n < end and text[n].isspace():
        n += 1
    first = text[n]
    if not wide and not _plausible_start(text, n, end):
        return None
    if first in _DASHES and n + 1 < end and text[n + 1].islower():
        return None  # "¿Qué pasa? —preguntó Juan.": the dash brings the attribution
    if p_start > 0 and text[p_start - 1] in _OMISSION_OPEN:
        return None
    if run == "." and not _dot_ends(text, p_start, n, rules):
        return None
    return b


def _plausible_start(text: str, n: int, end: int) -> bool:
    """Whether a sentence may start at `text[n]`."""
    c = text[n]
    if c.isalpha():
        if not c.islower():  # upper-case, or a script without case
            return True
        return n + 1 < end and text[n + 1].isupper()  # "iPhone", "eBay"
    return c.isdigit() or c in _STARTERS


def _dot_ends(text: str, dot: int, nxt: int, rules: Rules) -> bool:
    """Whether a single dot at `dot` ends the sentence, the next one starting at `nxt`."""
    t = dot
    while t > 0 and not text[t - 1].isspace():
        t -= 1
    token = text[t:dot].lstrip(_TOKEN_LEAD).rstrip(_TOKEN_TRAIL)
    if not token:
        return True
    key = token.lower() + "."
    first = text[nxt]
    if key not in rules.known:  # after an elided article or preposition: "l’art." is "art."
        bare = _ELISION_RE.sub("", key)
        key = bare if len(bare) > 2 else key
    if len(token) == 1 and token.isupper():  # an initial: "Carl F. Schuster"
        return _starts_after_abbreviation(text, nxt, rules, min_word=2)
    if key in rules.end_abbreviations:
        return True
    if key in rules.ambiguous_abbreviations:
        return _starts_after_abbreviation(text, nxt, rules)
    if key in rules.abbreviations:
        return False
    if key in rules.number_abbreviations:
        return not first.isdigit()
    if _DOTTED_RE.fullmatch(token):  # "z.B.", "U.S.", "bl.a."
        return _starts_after_abbreviation(text, nxt, rules)
    if rules.ordinal_dot and rules.capitalised_nouns and _ORDINAL_RE.fullmatch(token):
        # "am 13. September" (a capital after an ordinal proves nothing)
        return not first.isalpha() or _starts_after_abbreviation(text, nxt, rules)
    return True


def _starts_after_abbreviation(text: str, i: int, rules: Rules, min_word: int = 1) -> bool:
    """After an abbreviation that may end a sentence: whether one starts at `i`. A word
    must be one that commonly starts a sentence; an opening quote starts one; a number,
    bracket or dash does not ("Sept. 13", "EADS N.V. (EADS)", "Apple Inc. – and")."""
    c = text[i]
    if c.isalpha():
        m = _WORD_RE.match(text, i)
        word = m.group().lower() if m else ""
        return len(word) >= min_word and word in rules.starters
    return c in QUOTE_CHARS


class SentenceStage:
    """Set `article.sentences` (quote-aware, with the article's language data)."""

    name = "sentences"
    needs: frozenset[str] = frozenset({"language"})
    provides: frozenset[str] = frozenset({"sentences"})
    windowed = True  # paragraphs end sentences, and windows end at paragraphs

    def __call__(self, article: Article) -> Article:
        article.sentences = split_sentences(article.text, article.language)
        return article
