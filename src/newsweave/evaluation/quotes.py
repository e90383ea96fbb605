"""Gold "who said what" data and the scorer that measures a quote extractor against it.

Two gold corpora (see ../shared/data/quotes/*/SOURCE.md) become the same shape, a
`GoldDocument` whose quotes are character offsets into its text:

- PolNeAR (English political news, brat standoff): `read_polnear`.
- SpkAtt-2023 (German Bundestag speeches, token JSON): `read_spkatt`, which rebuilds the
  running text from the tokens.

`score` runs a prediction function over the gold documents and counts matches by span
overlap (`match_quotes`); `QuoteScores` turns the counts into precision, recall, F1 and
speaker accuracy. Predictions are duck-typed (`as_predicted`), so the extractor's own quote
objects plug in unchanged.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

Offsets = tuple[int, int]

# Double quotation marks only. The single marks are left out: ’ and ‘ (and ') are also
# apostrophes ("Clinton’s"), and in these corpora single marks only quote inside a double
# quotation or in headlines; ‚ ‹ › do not occur in them at all.
QUOTE_MARKS = frozenset('"“”„«»')
# A content part is enclosed when a mark stands right before it, or right after it with at
# most one punctuation mark between ("The plan is dead," Smith said: content "The plan is
# dead", then `,"`). A mark after a space is not counted: it usually opens the next quote.
_MARK_AFTER = re.compile(f"[,.;:!?…]?[{re.escape(''.join(sorted(QUOTE_MARKS)))}]")

KINDS = ("direct", "indirect")  # "mixed" is scored with "indirect"
DIRECT_SHARE = 2 / 3


@dataclass(frozen=True, slots=True)
class GoldQuote:
    """One gold attribution, as character offsets into `GoldDocument.text` (end exclusive).

    `start`/`end` is the hull of the content. Content in several parts (brat fragments,
    two Content arguments, SpkAtt message tokens interrupted by "sagte er") becomes one span
    from the first part's start to the last part's end, interruptions included, so that an
    extractor that predicts one span per quote is scored on what it can produce.

    `kind` is "direct" when quoted words make up at least two thirds of the content's
    letters (or every part is enclosed in marks), "mixed" for a paraphrase with a quoted
    phrase in it ("…in order to “keep the details under wraps.”"), else "indirect". Scores
    count "mixed" with "indirect", as the issue's targets do.

    `sources` holds one span per contiguous part of the source, in text order; it is empty
    when the gold names no source. `cue` is the first contiguous part of the cue in text
    order ("said"; "stellt" of "stellt … Frage"), or None when the gold has no cue.
    """

    start: int
    end: int
    kind: str
    sources: tuple[Offsets, ...]
    cue: Offsets | None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """A gold text with its quotes, sorted by position."""

    id: str
    text: str
    language: str
    quotes: tuple[GoldQuote, ...]


def _kind(text: str, parts: Iterable[Offsets]) -> str:
    """ "direct" when quoted words make up most (`DIRECT_SHARE`) of the content's letters,
    "mixed" when the content has some quoted words, else "indirect"."""
    letters = quoted = 0
    for start, end in parts:
        inside = start > 0 and text[start - 1] in QUOTE_MARKS  # opened just before the part
        for i in range(start, end):
            char = text[i]
            if char in QUOTE_MARKS:
                inside = not inside
            elif char.isalnum():
                letters += 1
                quoted += inside
    if letters and quoted >= DIRECT_SHARE * letters:
        return "direct"
    if quoted or any(_encloses(text, start, end) for start, end in parts):
        return "direct" if letters and _encloses_all(text, parts) else "mixed"
    return "indirect"


def _encloses(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] in QUOTE_MARKS) or bool(_MARK_AFTER.match(text, end))


def _encloses_all(text: str, parts: Iterable[Offsets]) -> bool:
    return all(
        start > 0 and text[start - 1] in QUOTE_MARKS and _MARK_AFTER.match(text, end)
        for start, end in parts
    )


def _quote(
    text: str, content: list[Offsets], sources: list[Offsets], cues: list[Offsets]
) -> GoldQuote:
    return GoldQuote(
        start=min(start for start, _ in content),
        end=max(end for _, end in content),
        kind=_kind(text, content),
        sources=tuple(sorted(sources)),
        cue=min(cues) if cues else None,
    )


def _read_utf8(path: Path) -> str:
    """The file's text with its line endings untouched (offsets count every character)."""
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{path}: not UTF-8 ({error})") from error


# ---------------------------------------------------------------------------- PolNeAR

# A brat record starts with an id and a tab; any other line continues the span text of the
# T record before it (PolNeAR spans may cross a paragraph break, written out verbatim).
_BRAT_RECORD = re.compile(r"(?:[TERAMN#]\d+|\*)\t")
_BRAT_OFFSETS = re.compile(r"\d+ \d+(?:;\d+ \d+)*")


def read_polnear(root: Path, split: str = "dev") -> Iterator[GoldDocument]:
    """PolNeAR articles of `split` under `root` (the `polnear` folder), by file name.

    Every E (attribution) record with content becomes a `GoldQuote`: Content → the span,
    Source → `sources`, Cue → `cue`. Attributions without content are skipped, as are T
    records no attribution uses (Discard, Discuss). "Attribution-no-source" gives a quote
    with no sources.

    Some articles were annotated by several annotators (`<article>_<annotator>.ann`); only
    the first file in sorted order is read, so that every article counts once and a quote
    is not counted once per annotator.

    Raises FileNotFoundError when a folder, a text or its .ann file is missing, and
    ValueError naming the file when a file is malformed, including a span whose text in
    the .ann differs from the article text at its offsets.
    """
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    for folder in (text_dir, ann_dir):
        if not folder.is_dir():
            raise FileNotFoundError(f"PolNeAR folder not found: {folder}")
    annotations: dict[str, list[Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        article, underscore, _annotator = path.stem.rpartition("_")
        if not underscore:
            raise ValueError(f"{path}: name lacks the _<annotator> suffix")
        annotations.setdefault(article, []).append(path)
    texts = sorted(text_dir.glob("*.txt"))
    if not texts:
        raise FileNotFoundError(f"no .txt files in {text_dir}")
    orphans = sorted(annotations.keys() - {path.stem for path in texts})
    if orphans:
        raise FileNotFoundError(f"{ann_dir}: .ann files without a text in {text_dir}: {orphans}")
    for text_path in texts:
        if text_path.stem not in annotations:
            raise FileNotFoundError(
                f"{text_path}: no {text_path.stem}_<annotator>.ann in {ann_dir}"
            )
        text = _read_utf8(text_path)
        quotes = _read_brat(annotations[text_path.stem][0], text)
        yield GoldDocument(id=text_path.stem, text=text, language="en", quotes=quotes)


def _read_brat(path: Path, text: str) -> tuple[GoldQuote, ...]:
    lines = _read_utf8(path).split("\n")
    if lines[-1] == "":
        lines.pop()  # the file's final newline
    records: list[str] = []
    for number, line in enumerate(lines, 1):
        if _BRAT_RECORD.match(line):
            records.append(line)
        elif records and records[-1].startswith("T"):
            records[-1] += "\n" + line
        else:
            raise ValueError(f"{path}:{number}: not a brat standoff line: {line[:60]!r}")

    spans: dict[str, list[Offsets]] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for record in records:
        columns = record.split("\t", 2)
        if record.startswith("T"):
            spans[columns[0]] = _brat_span(path, columns, text)
        elif record.startswith("E"):
            arguments: dict[str, list[str]] = {}
            for argument in columns[1].split():
                role, colon, target = argument.partition(":")
                if not colon:
                    raise ValueError(f"{path}: {columns[0]}: bad argument {argument!r}")
                # brat numbers a repeated role: Content, Content2, …
                arguments.setdefault(role.rstrip("0123456789"), []).append(target)
            events.append((columns[0], arguments))

    quotes = []
    for event, arguments in events:
        parts: dict[str, list[Offsets]] = {}
        for role in ("Content", "Source", "Cue"):
            for target in arguments.get(role, ()):
                if target not in spans:
                    raise ValueError(f"{path}: {event} refers to {target}, which is not defined")
                parts.setdefault(role, []).extend(spans[target])
        if "Content" in parts:
            quotes.append(
                _quote(text, parts["Content"], parts.get("Source", []), parts.get("Cue", []))
            )
    return tuple(sorted(quotes, key=lambda quote: (quote.start, quote.end)))


def _brat_span(path: Path, columns: list[str], text: str) -> list[Offsets]:
    """The fragments of a T record, checked against the article text."""
    if len(columns) != 3 or " " not in columns[1]:
        raise ValueError(f"{path}: malformed T record {columns[0]}")
    offsets = columns[1].split(" ", 1)[1]
    if not _BRAT_OFFSETS.fullmatch(offsets):
        raise ValueError(f"{path}: {columns[0]}: bad offsets {offsets!r}")
    fragments = []
    for fragment in offsets.split(";"):
        start, end = map(int, fragment.split(" "))
        if not start <= end <= len(text):
            raise ValueError(f"{path}: {columns[0]}: [{start}, {end}) outside the text")
        fragments.append((start, end))
    if " ".join(text[start:end] for start, end in fragments) != columns[2]:
        raise ValueError(f"{path}: {columns[0]}: span text differs from the article at {offsets}")
    return fragments


# ---------------------------------------------------------------------------- SpkAtt

_TOKEN_ADDRESS = re.compile(r"(\d+):(\d+)")
# Rebuilding the text: tokens are joined by one space except before these …
_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "“"})
# … and after these. German quotes open with „ and close with “ (the corpus has no other
# double marks), so a quotation reads „so“ and its marks touch the message they enclose.
_NO_SPACE_AFTER = frozenset({"(", "„"})


def read_spkatt(root: Path, split: str = "train") -> Iterator[GoldDocument]:
    """SpkAtt-2023 speeches of `split` under `root` (the `spkatt-2023` folder), by file name.

    The text is rebuilt from the tokens: one space between tokens, none before
    `_NO_SPACE_BEFORE` and after `_NO_SPACE_AFTER`; sentences follow each other on the same
    line, as in running text. Each annotation with a Message becomes a `GoldQuote`: Message
    → the span (hull of its tokens), Source → `sources` (one span per run of consecutive
    tokens), Cue → `cue` (the first run of consecutive cue tokens). Annotations without a
    Message (a cue with only a source or topic) are skipped. Addr, Topic, Medium, Evidence
    and PTC are not read.

    Raises FileNotFoundError when the folder is missing or holds no .json file, and
    ValueError naming the file when a file is malformed.
    """
    folder = root / split
    if not folder.is_dir():
        raise FileNotFoundError(f"SpkAtt folder not found: {folder}")
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise FileNotFoundError(f"no .json files in {folder}")
    for path in paths:
        raw = _read_utf8(path)
        try:
            data = json.loads(raw)
            text, tokens = _detokenize(data["Sentences"])
            quotes = [
                _quote(
                    text,
                    _token_runs(annotation["Message"], tokens),
                    _token_runs(annotation["Source"], tokens),
                    _token_runs(annotation["Cue"], tokens),
                )
                for annotation in data["Annotations"]
                if annotation["Message"]
            ]
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"{path}: malformed SpkAtt file: {error!r}") from error
        quotes.sort(key=lambda quote: (quote.start, quote.end))
        yield GoldDocument(id=path.stem, text=text, language="de", quotes=tuple(quotes))


def _detokenize(sentences: list[dict[str, Any]]) -> tuple[str, dict[Offsets, Offsets]]:
    """The running text and the offsets of each (sentence id, token index)."""
    pieces: list[str] = []
    tokens: dict[Offsets, Offsets] = {}
    position = 0
    previous: str | None = None
    sentence_ids: set[int] = set()
    for sentence in sentences:
        sentence_id = sentence["SentenceId"]
        if sentence_id in sentence_ids:
            raise ValueError(f"SentenceId {sentence_id} occurs twice")
        sentence_ids.add(sentence_id)
        for index, token in enumerate(sentence["Tokens"]):
            if not isinstance(token, str):
                raise TypeError(f"token {sentence_id}:{index} is not a string: {token!r}")
            if (
                previous is not None
                and token not in _NO_SPACE_BEFORE
                and previous not in _NO_SPACE_AFTER
            ):
                pieces.append(" ")
                position += 1
            tokens[sentence_id, index] = (position, position + len(token))
            pieces.append(token)
            position += len(token)
            previous = token
    return "".join(pieces), tokens


def _token_runs(addresses: list[str], tokens: dict[Offsets, Offsets]) -> list[Offsets]:
    """Character spans of the runs of consecutive tokens among "sentence:token" addresses."""
    keys = []
    for address in addresses:
        match = _TOKEN_ADDRESS.fullmatch(address)
        if not match:
            raise ValueError(f"bad token address {address!r}")
        key = (int(match[1]), int(match[2]))
        if key not in tokens:
            raise ValueError(f"token address {address!r} is not in the text")
        keys.append(key)
    runs: list[Offsets] = []
    previous = None
    for key in sorted(set(keys)):
        start, end = tokens[key]
        if previous == (key[0], key[1] - 1):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        previous = key
    return runs


# ---------------------------------------------------------------------------- scoring


@dataclass(frozen=True, slots=True)
class Predicted:
    """A predicted quote as the scorer sees it: content span, kind and speaker.

    `kind` is "direct", "indirect" or "mixed". The speaker fields are None when the
    extractor found no speaker; `speaker_name` is the resolved name ("Donald Trump") where
    there is one, else the mention's text.
    """

    start: int
    end: int
    kind: str
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_name: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None


@dataclass(frozen=True, slots=True)
class Miss:
    """One error, for reading (`score(..., misses=[])`, `newsweave eval quotes --misses`).

    `what` is "spurious" (a prediction that matches no gold quote), "missed" (a gold quote
    no prediction matches) or "speaker" (a match whose speaker is wrong). `kind` is the
    predicted kind for "spurious" and "speaker", the gold kind for "missed". `overlap` is,
    for a spurious prediction, the largest share of it that one gold quote covers (0.0: no
    gold quote there at all; above: a boundary error), and for a missed gold quote the
    largest share of it that one prediction covers. `cue` and `speaker` are the predicted
    (spurious, speaker) or gold (missed) words; `gold_speaker` the gold source of a wrong
    speaker.
    """

    document: str
    what: str
    kind: str
    start: int
    end: int
    text: str
    cue: str | None
    speaker: str | None
    overlap: float = 0.0
    gold_speaker: str | None = None


def as_predicted(quote: Any) -> Predicted:
    """A `Predicted` from any object with `start`, `end`, `kind` and `speaker`.

    `speaker` may be None or an object with (any of) `start`, `end`, `name`, `text`; `name`
    is preferred over `text` for `speaker_name`. A `Predicted` is returned as it is.
    """
    if isinstance(quote, Predicted):
        return quote
    speaker = getattr(quote, "speaker", None)
    return Predicted(
        start=quote.start,
        end=quote.end,
        kind=quote.kind,
        speaker_start=getattr(speaker, "start", None),
        speaker_end=getattr(speaker, "end", None),
        speaker_name=getattr(speaker, "name", None) or getattr(speaker, "text", None),
        cue_start=getattr(getattr(quote, "cue", None), "start", None),
        cue_end=getattr(getattr(quote, "cue", None), "end", None),
    )


def match_quotes(
    gold: Sequence[GoldQuote], predicted: Sequence[Predicted]
) -> list[tuple[int, int]]:
    """One-to-one matches as (gold index, predicted index) pairs.

    A pair may match when the two spans overlap by at least half of the gold span AND at
    least half of the predicted span (so neither a fragment of a quote nor a span that
    swallows a paragraph around it counts). Among the possible pairs, the one with the
    largest overlap is taken first, then the next among the quotes still free (ties: in
    gold order, then predicted order).
    """
    candidates = []
    for gold_index, quote in enumerate(gold):
        for predicted_index, guess in enumerate(predicted):
            overlap = min(quote.end, guess.end) - max(quote.start, guess.start)
            if (
                overlap > 0
                and 2 * overlap >= quote.end - quote.start
                and 2 * overlap >= guess.end - guess.start
            ):
                candidates.append((-overlap, gold_index, predicted_index))
    pairs = []
    gold_used: set[int] = set()
    predicted_used: set[int] = set()
    for _, gold_index, predicted_index in sorted(candidates):
        if gold_index not in gold_used and predicted_index not in predicted_used:
            gold_used.add(gold_index)
            predicted_used.add(predicted_index)
            pairs.append((gold_index, predicted_index))
    return pairs


@dataclass(frozen=True, slots=True)
class KindCounts:
    """Counts for one kind of quote. Recall is counted by the gold kind, precision by the
    predicted kind, so a direct gold quote found as "indirect" is a hit for direct recall
    and for indirect precision."""

    gold: int = 0
    gold_matched: int = 0
    predicted: int = 0
    predicted_matched: int = 0

    @property
    def fn(self) -> int:
        return self.gold - self.gold_matched

    @property
    def fp(self) -> int:
        return self.predicted - self.predicted_matched

    @property
    def precision(self) -> float:
        """0.0 when nothing was predicted."""
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """0.0 when there is no gold."""
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True, slots=True)
class QuoteScores:
    """The outcome of `score`: counts per kind and speaker counts, with the rates derived.

    `speaker_total` counts the matched quotes whose gold has a source;
    `matched_without_source` counts the other matched quotes, which say nothing about
    speakers and are left out of `speaker_accuracy`.
    """

    documents: int
    direct: KindCounts
    indirect: KindCounts
    speaker_correct: int
    speaker_total: int
    matched_without_source: int

    @property
    def overall(self) -> KindCounts:
        return KindCounts(
            *(
                getattr(self.direct, f.name) + getattr(self.indirect, f.name)
                for f in fields(KindCounts)
            )
        )

    @property
    def precision(self) -> float:
        return self.overall.precision

    @property
    def recall(self) -> float:
        return self.overall.recall

    @property
    def f1(self) -> float:
        return self.overall.f1

    @property
    def speaker_accuracy(self) -> float:
        """0.0 when no matched quote has a gold source."""
        return self.speaker_correct / self.speaker_total if self.speaker_total else 0.0

    def table(self) -> str:
        """The scores as an aligned plain-text table."""
        lines = [
            f"{'quotes':<10}{'gold':>7}{'found':>7}{'pred':>7}{'right':>7}{'P':>7}{'R':>7}{'F1':>7}"
        ]
        for label, counts in (
            ("all", self.overall),
            ("direct", self.direct),
            ("indirect", self.indirect),
        ):
            lines.append(
                f"{label:<10}{counts.gold:>7}{counts.gold_matched:>7}{counts.predicted:>7}"
                f"{counts.predicted_matched:>7}{counts.precision:>7.3f}{counts.recall:>7.3f}"
                f"{counts.f1:>7.3f}"
            )
        lines.append(
            f"speaker accuracy {self.speaker_accuracy:.3f} ({self.speaker_correct} of "
            f"{self.speaker_total}; {self.matched_without_source} matched quotes without a gold "
            f"source not counted) over {self.documents} documents"
        )
        return "\n".join(lines)


def score(
    gold: Iterable[GoldDocument],
    predict: Callable[[GoldDocument], Iterable[Any]],
    misses: list[Miss] | None = None,
) -> QuoteScores:
    """Score `predict` (document → quotes, any objects `as_predicted` accepts) on `gold`.

    Matching: see `match_quotes` (overlap ≥ 50% of the gold span and ≥ 50% of the
    predicted span, one-to-one, largest overlap first). Recall is split by gold kind,
    precision by predicted kind; a predicted "mixed" quote counts with "indirect" there.

    Speaker accuracy, on matched quotes whose gold has a source: correct when the predicted
    speaker span overlaps any gold source span, or when the last word of the predicted
    `speaker_name` equals, casefolded, the last word of any gold source text ("Trump"
    predicted for the source "Donald Trump"). Limitation: the gold does not resolve
    pronouns, so for a gold source "he" a prediction of "Donald Trump" located at another
    mention counts as wrong unless its span overlaps the "he".

    `misses`, when given, collects every spurious prediction, missed gold quote and wrong
    speaker as a `Miss`, in document order.

    Raises ValueError for a predicted span outside the document or an unknown kind.
    """
    counts: Counter[tuple[str, str]] = Counter()
    speaker: Counter[str] = Counter()
    documents = 0
    for document in gold:
        documents += 1
        predicted = [as_predicted(quote) for quote in predict(document)]
        for guess in predicted:
            if not 0 <= guess.start <= guess.end <= len(document.text):
                raise ValueError(
                    f"{document.id}: predicted span [{guess.start}, {guess.end}) outside the text"
                )
            counts["predicted", _bucket(guess.kind)] += 1
        for quote in document.quotes:
            counts["gold", _bucket(quote.kind)] += 1
        pairs = match_quotes(document.quotes, predicted)
        for gold_index, predicted_index in pairs:
            quote, guess = document.quotes[gold_index], predicted[predicted_index]
            counts["gold_matched", _bucket(quote.kind)] += 1
            counts["predicted_matched", _bucket(guess.kind)] += 1
            if not quote.sources:
                speaker["no source"] += 1
            else:
                speaker["total"] += 1
                right = _speaker_correct(document.text, quote, guess)
                speaker["correct"] += right
                if not right and misses is not None:
                    misses.append(_miss(document, "speaker", guess, quote))
        if misses is not None:
            misses.extend(_unmatched(document, predicted, pairs))
    by_kind = {
        kind: KindCounts(*(counts[f.name, kind] for f in fields(KindCounts))) for kind in KINDS
    }
    return QuoteScores(
        documents=documents,
        direct=by_kind["direct"],
        indirect=by_kind["indirect"],
        speaker_correct=speaker["correct"],
        speaker_total=speaker["total"],
        matched_without_source=speaker["no source"],
    )


def _words_at(text: str, span: Offsets | None) -> str | None:
    return None if span is None else " ".join(text[span[0] : span[1]].split())


def _miss(
    document: GoldDocument, what: str, guess: Predicted, quote: GoldQuote | None = None
) -> Miss:
    text = document.text
    speaker = guess.speaker_name
    if guess.speaker_start is not None and guess.speaker_end is not None:
        said = _words_at(text, (guess.speaker_start, guess.speaker_end))
        speaker = said if said == speaker or not speaker else f"{said} → {speaker}"
    cue = None
    if guess.cue_start is not None and guess.cue_end is not None:
        cue = _words_at(text, (guess.cue_start, guess.cue_end))
    gold_speaker = None
    if quote is not None:
        gold_speaker = " | ".join(_words_at(text, s) or "" for s in quote.sources) or None
    return Miss(document.id, what, guess.kind, guess.start, guess.end,
                _words_at(text, (guess.start, guess.end)) or "", cue, speaker,
                gold_speaker=gold_speaker)  # fmt: skip


def _covered(start: int, end: int, others: Iterable[tuple[int, int]]) -> float:
    """The largest share of [start, end) that one of `others` covers."""
    size = max(1, end - start)
    return max((max(0, min(end, b) - max(start, a)) / size for a, b in others), default=0.0)


def _unmatched(
    document: GoldDocument, predicted: Sequence[Predicted], pairs: list[tuple[int, int]]
) -> list[Miss]:
    """The spurious predictions and missed gold quotes of one document, in text order."""
    text = document.text
    gold_spans = [(q.start, q.end) for q in document.quotes]
    found = []
    matched_predicted = {p for _, p in pairs}
    for index, guess in enumerate(predicted):
        if index not in matched_predicted:
            miss = _miss(document, "spurious", guess)
            overlap = _covered(guess.start, guess.end, gold_spans)
            found.append(replace(miss, overlap=overlap))
    matched_gold = {g for g, _ in pairs}
    predicted_spans = [(p.start, p.end) for p in predicted]
    for index, quote in enumerate(document.quotes):
        if index not in matched_gold:
            sources = " | ".join(_words_at(text, s) or "" for s in quote.sources) or None
            found.append(
                Miss(document.id, "missed", quote.kind, quote.start, quote.end,
                     _words_at(text, (quote.start, quote.end)) or "", _words_at(text, quote.cue),
                     sources, _covered(quote.start, quote.end, predicted_spans))
            )  # fmt: skip
    return sorted(found, key=lambda m: (m.start, m.end))


def _bucket(kind: str) -> str:
    if kind == "direct":
        return "direct"
    if kind in ("indirect", "mixed"):
        return "indirect"
    raise ValueError(f"unknown quote kind {kind!r} (expected direct, indirect or mixed)")


def _speaker_correct(text: str, quote: GoldQuote, guess: Predicted) -> bool:
    first, last = guess.speaker_start, guess.speaker_end
    if first is not None and last is not None:
        overlaps = (min(end, last) > max(start, first) for start, end in quote.sources)
        if any(overlaps):
            return True
    name = _last_word(guess.speaker_name or "")
    return bool(name) and any(_last_word(text[start:end]) == name for start, end in quote.sources)


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _last_word(text: str) -> str:
    """The last word, casefolded, without a possessive 's ("Trump’s" → "trump"); "" if none."""
    words = _WORD.findall(text)
    return re.sub(r"['’]s$", "", words[-1].casefold()) if words else ""
