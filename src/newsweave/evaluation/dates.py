"""Gold time expressions and the scorer that measures `find_dates` against them.

The gold (../shared/data/dates/*.jsonl, see its SOURCE.md) is one article a line with
its publication date and TIMEX3 spans as character offsets; `read_dates` turns each
line into a `GoldDocument`.

`score` runs a prediction function over the documents and counts:

- relaxed span matches (any overlap): a scored gold span is found when some prediction
  overlaps it; a prediction is right when it overlaps some scored gold span. A
  prediction that overlaps only unscored gold (a DURATION, a SET, a "now"-style
  reference) counts neither way: the gold marks it as a time expression that is simply
  not scored.
- exact span matches: the same start and end.
- value accuracy on the relaxed-matched scored spans whose gold value is not null: the
  prediction's value is cut to the gold's precision (a day to its ISO week, month or
  year) and compared; a value coarser than the gold's is wrong. A range ("from 1991 to
  1997") is compared by its first value for a gold span at its start and by its last
  value (`value_end`) for a gold span further in.

Predictions are duck-typed: objects with `start`, `end`, `value` and optionally
`value_end`, so `TimeRef`s plug in unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: offsets into the document text (end exclusive), its TIMEX3 type,
    the normalised `value` (None when it cannot be compared) and whether it is scored."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    scored: bool
    timex_value: str | None = None


@dataclass(frozen=True, slots=True)
class GoldDocument:
    id: str
    text: str
    language: str
    published: dt.date | None
    timexes: tuple[GoldTimex, ...]


def read_dates(path: Path) -> Iterator[GoldDocument]:
    """The documents of a gold file (JSON Lines as SOURCE.md describes), in file order.

    Raises ValueError for a line that is not such a document or a span that does not
    hold its text."""
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text = row["text"]
                published = row.get("published")
                timexes = tuple(
                    GoldTimex(
                        int(g["start"]),
                        int(g["end"]),
                        g["text"],
                        g["type"],
                        g.get("value"),
                        bool(g["scored"]),
                        g.get("timex_value"),
                    )
                    for g in row["gold"]
                )
                document = GoldDocument(
                    str(row["id"]),
                    text,
                    row.get("language") or "en",
                    dt.date.fromisoformat(published) if published else None,
                    tuple(sorted(timexes, key=lambda g: (g.start, g.end))),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{n}: not a gold date document ({exc!r})") from exc
            for g in document.timexes:
                if text[g.start : g.end] != g.text:
                    raise ValueError(f"{path}:{n}: gold span {g.start}-{g.end} is not {g.text!r}")
            yield document


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_WEEK = re.compile(r"^\d{4}-W\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def at_precision(value: str | None, like: str) -> str | None:
    """`value` cut to the precision of `like` (a day, ISO week, month or year), or None
    when `value` is coarser than `like` or not such a value."""
    if value is None:
        return None
    if _YEAR.match(like):
        return value[:4] if re.match(r"^\d{4}", value) else None
    if _MONTH.match(like):
        return value[:7] if _DAY.match(value) or _MONTH.match(value) else None
    if _WEEK.match(like):
        if _WEEK.match(value):
            return value
        day = _DAY.match(value)
        if not day:
            return None
        year, week, _ = dt.date(*map(int, day.groups())).isocalendar()
        return f"{year}-W{week:02d}"
    if _DAY.match(like):
        return value if _DAY.match(value) else None
    return None


def same_value(gold: str, predicted: str | None) -> bool:
    """Whether `predicted` states `gold` at the gold's precision."""
    return at_precision(predicted, gold) == gold


@dataclass(frozen=True, slots=True)
class Predicted:
    start: int
    end: int
    value: str | None
    value_end: str | None


def as_predicted(ref: Any) -> Predicted:
    """A `Predicted` from any object with `start`, `end`, `value` (and `value_end`)."""
    return Predicted(int(ref.start), int(ref.end), ref.value, getattr(ref, "value_end", None))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return min(a_end, b_end) - max(a_start, b_start)


@dataclass(frozen=True, slots=True)
class DateScores:
    """The counts of `score`, with the rates derived (0.0 where a denominator is 0)."""

    documents: int
    gold: int  # scored gold spans
    predicted: int  # predictions that overlap no unscored-only gold (see the module doc)
    gold_found: int  # scored gold spans overlapped by a prediction
    predicted_right: int  # predictions that overlap a scored gold span
    exact: int  # predictions with the start and end of a scored gold span
    value_total: int  # found scored gold spans with a comparable value
    value_right: int

    @staticmethod
    def _f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return self._f1(self.precision, self.recall)

    @property
    def exact_precision(self) -> float:
        return self.exact / self.predicted if self.predicted else 0.0

    @property
    def exact_recall(self) -> float:
        return self.exact / self.gold if self.gold else 0.0

    @property
    def exact_f1(self) -> float:
        return self._f1(self.exact_precision, self.exact_recall)

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.value_total if self.value_total else 0.0

    def table(self) -> str:
        """The scores as an aligned plain-text table."""
        lines = [f"{'spans':<9}{'gold':>7}{'pred':>7}{'right':>7}{'P':>7}{'R':>7}{'F1':>7}"]
        lines.append(
            f"{'relaxed':<9}{self.gold:>7}{self.predicted:>7}{self.predicted_right:>7}"
            f"{self.precision:>7.3f}{self.recall:>7.3f}{self.f1:>7.3f}"
        )
        lines.append(
            f"{'exact':<9}{self.gold:>7}{self.predicted:>7}{self.exact:>7}"
            f"{self.exact_precision:>7.3f}{self.exact_recall:>7.3f}{self.exact_f1:>7.3f}"
        )
        lines.append(
            f"value accuracy {self.value_accuracy:.3f} ({self.value_right} of {self.value_total} "
            f"found spans with a comparable gold value; {self.gold_found} of {self.gold} scored "
            f"spans found) over {self.documents} documents"
        )
        return "\n".join(lines)


def _value_of(guess: Predicted, gold: GoldTimex) -> str | None:
    """The prediction's value for this gold span: a range's last value for a gold span
    that starts after the range's first character."""
    if guess.value_end is not None and gold.start > guess.start:
        return guess.value_end
    return guess.value


def score(
    documents: Iterable[GoldDocument],
    predict: Callable[[GoldDocument], Iterable[Any]],
    misses: list[tuple[str, str, str, str | None, str | None]] | None = None,
) -> DateScores:
    """Score `predict` (document → time expressions) on `documents`; see the module doc.

    `misses`, when given, collects what went wrong as (document id, kind, text, gold
    value, predicted value) with kind "missed", "spurious" or "value", for reading.
    Raises ValueError for a predicted span outside its document.
    """
    counts: Counter[str] = Counter()
    for document in documents:
        counts["documents"] += 1
        predicted = [as_predicted(p) for p in predict(document)]
        scored = [g for g in document.timexes if g.scored]
        unscored = [g for g in document.timexes if not g.scored]
        counts["gold"] += len(scored)
        exact = {(g.start, g.end) for g in scored}
        for guess in predicted:
            if not 0 <= guess.start <= guess.end <= len(document.text):
                raise ValueError(
                    f"{document.id}: predicted span [{guess.start}, {guess.end}) outside the text"
                )
            hits = [g for g in scored if _overlap(g.start, g.end, guess.start, guess.end) > 0]
            if not hits and any(
                _overlap(g.start, g.end, guess.start, guess.end) > 0 for g in unscored
            ):
                continue  # a time expression the gold does not score
            counts["predicted"] += 1
            counts["predicted_right"] += bool(hits)
            counts["exact"] += (guess.start, guess.end) in exact
            if not hits and misses is not None:
                text = document.text[guess.start : guess.end]
                misses.append((document.id, "spurious", text, None, guess.value))
        for g in scored:
            overlapping = [
                (_overlap(g.start, g.end, p.start, p.end), i) for i, p in enumerate(predicted)
            ]
            best = max((o for o in overlapping if o[0] > 0), default=None)
            if best is None:
                if misses is not None:
                    misses.append((document.id, "missed", g.text, g.value, None))
                continue
            counts["gold_found"] += 1
            if g.value is None:
                continue
            counts["value_total"] += 1
            guess = predicted[best[1]]
            value = _value_of(guess, g)
            if same_value(g.value, value):
                counts["value_right"] += 1
            elif misses is not None:
                text = document.text[guess.start : guess.end]
                misses.append((document.id, "value", f"{g.text} ~ {text}", g.value, value))
    return DateScores(
        documents=counts["documents"],
        gold=counts["gold"],
        predicted=counts["predicted"],
        gold_found=counts["gold_found"],
        predicted_right=counts["predicted_right"],
        exact=counts["exact"],
        value_total=counts["value_total"],
        value_right=counts["value_right"],
    )
