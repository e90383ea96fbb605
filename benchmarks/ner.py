"""NER quality on the dev sets in ../shared/data/ner: micro-F1, exact span and label.

    python benchmarks/ner.py                       # the entities stage, fast tier (CNN models)
    python benchmarks/ner.py --ner accurate        # the accurate tier (the encoder)
    python benchmarks/ner.py --ner accurate --without complete   # less one of the repairs
    python benchmarks/ner.py --raw                 # the backend's own spans, no repairs
    python benchmarks/ner.py --ner accurate --ablate   # every repair left out in turn
    python benchmarks/ner.py --model DIR --sets da-ddt nb-norne   # one spaCy pipeline folder

The sets are every dev set newsweave reports: the ship sets' dev splits and the dev-only
sets (training/encoder_ner_data.py, training/ner_dev_extra.py); `--sets` picks some.

Models are measured the way newsweave uses them: on raw text (the gold tokens joined
with their spaces), tokenised by the model's own tokenizer, with character offsets
compared to the gold spans — so tokenisation differences count as errors.
Also prints tokens per second.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from encoder_ner_data import encoder_dev_sets  # noqa: E402
from ner_data import LABELS, Document  # noqa: E402
from ner_dev_extra import extra_dev_sets  # noqa: E402

Span = tuple[int, int, str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: set[Span], pred: set[Span]) -> None:
        self.tp += len(gold & pred)
        self.fp += len(pred - gold)
        self.fn += len(gold - pred)

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def text_and_spans(doc: Document) -> tuple[str, set[Span], int]:
    """The document as text, its gold entity spans in character offsets, its token count."""
    parts: list[str] = []
    spans: set[Span] = set()
    pos = end = 0
    tokens = 0
    for sent in doc.sentences:
        start = None
        label = ""
        for word, tag, space in zip(sent.words, sent.tags, [*sent.spaces[:-1], True], strict=True):
            if start is not None and not tag.startswith("I-"):
                spans.add((start, end, label))
                start = None
            if tag.startswith("B-"):
                start, label = pos, tag[2:]
            parts.append(word)
            end = pos + len(word)
            pos = end
            tokens += 1
            if space:
                parts.append(" ")
                pos += 1
        if start is not None:
            spans.add((start, end, label))
    return "".join(parts).rstrip(), spans, tokens


def evaluate(
    predict: Callable[[str, str], Iterable[Span]], docs: list[Document], language: str
) -> tuple[Score, int, float]:
    score = Score()
    tokens = 0
    t0 = time.perf_counter()
    for doc in docs:
        text, gold, n = text_and_spans(doc)
        tokens += n
        pred = {(s, e, lab) for s, e, lab in predict(text, language) if lab in LABELS}
        score.add(gold, pred)
    return score, tokens, time.perf_counter() - t0


def spacy_predictor(model: Path) -> Callable[[str, str], list[Span]]:
    import spacy

    nlp = spacy.load(model)

    def predict(text: str, language: str) -> list[Span]:
        return [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]

    return predict


def all_dev_sets(shared: Path | None = None) -> dict[str, tuple[str, list[Document]]]:
    """name -> (language, documents) of every dev set (see the module docstring)."""
    if shared is None:
        return {**encoder_dev_sets(), **extra_dev_sets()}
    return {**encoder_dev_sets(shared), **extra_dev_sets(shared)}


def stage_predictor(
    ner: str = "fast", *, repairs: bool = True, without: Iterable[str] = ()
) -> Callable[[str, str], list[Span]]:
    """The `--ner` backend; with `repairs`, the spans the entities stage builds on (less the
    repairs named in `without`)."""
    from newsweave.entities.backend import load_backend
    from newsweave.entities.stage import EntityStage

    backend = load_backend(ner)
    if not repairs:
        return lambda text, language: backend(text, language)
    stage = EntityStage(backend)
    unknown = set(without) - stage.repairs
    if unknown:
        raise SystemExit(f"--without {sorted(unknown)}: not among {sorted(stage.repairs)}")
    return EntityStage(backend, repairs=stage.repairs - set(without)).spans


from newsweave.entities.stage import REPAIRS  # noqa: E402


class _Remembered:
    """A backend that runs its model once per text, so that several sets of repairs can be
    scored on the same model output (`--ablate`)."""

    def __init__(self, backend: object) -> None:
        self.backend = backend
        self.repairs = getattr(backend, "repairs", REPAIRS)
        self._seen: dict[tuple[str, str], list[Span]] = {}

    def supports(self, language: str | None) -> bool:
        return self.backend.supports(language)  # type: ignore[attr-defined]

    def __call__(self, text: str, language: str) -> list[Span]:
        key = (text, language)
        if key not in self._seen:
            self._seen[key] = list(self.backend(text, language))  # type: ignore[operator]
        return self._seen[key]


def ablate(ner: str, sets: dict, names: list[str], limit: int | None) -> dict[str, dict]:
    """F1 of each set with every repair of the `--ner` backend, without each one in turn,
    and with none (`raw`); the model runs once per document."""
    from newsweave.entities.backend import load_backend
    from newsweave.entities.stage import EntityStage

    backend = _Remembered(load_backend(ner))
    chosen = EntityStage(backend).repairs
    variants = {"all": chosen, **{f"-{r}": chosen - {r} for r in sorted(chosen)}, "raw": set()}
    print(f"{'set':<16} " + " ".join(f"{v:>16}" for v in variants))
    results: dict[str, dict] = {}
    for name in names:
        language, docs = sets[name]
        docs = docs[:limit] if limit else docs
        row = {}
        for variant, repairs in variants.items():
            stage = EntityStage(backend, repairs=repairs)
            row[variant] = round(evaluate(stage.spans, docs, language)[0].f, 4)
        print(f"{name:<16} " + " ".join(f"{row[v]:16.3f}" for v in variants), flush=True)
        results[name] = row
    return results


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", type=Path, help="a spaCy pipeline folder (instead of --ner)")
    ap.add_argument("--ner", default="fast", help="a --ner backend spec (default: fast)")
    ap.add_argument("--without", nargs="*", default=[], help="repairs of the stage to leave out")
    ap.add_argument("--sets", nargs="*", help="dev sets to run (default: all)")
    ap.add_argument(
        "--raw", action="store_true", help="the models' spans without the stage's repairs"
    )
    ap.add_argument("--limit", type=int, help="the first N documents of each set")
    ap.add_argument("--json", type=Path, help="also write the scores to this file")
    ap.add_argument("--ablate", action="store_true",
                    help="score every repair left out in turn (the model runs once per document)")
    args = ap.parse_args()
    if args.ablate:
        sets = all_dev_sets()
        results = ablate(args.ner, sets, args.sets or list(sets), args.limit)
        if args.json:
            args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        return
    predict = (spacy_predictor(args.model) if args.model
               else stage_predictor(args.ner, repairs=not args.raw, without=args.without))
    sets = all_dev_sets()
    names = args.sets or list(sets)
    results: dict[str, dict] = {}
    print(f"{'set':<16} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'tokens/s':>9}")
    for name in names:
        language, docs = sets[name]
        docs = docs[: args.limit] if args.limit else docs
        predict("warm up", language)
        score, tokens, seconds = evaluate(predict, docs, language)
        print(f"{name:<16} {score.p:6.3f} {score.r:6.3f} {score.f:6.3f} {score.tp + score.fn:6d} "
              f"{tokens / seconds:9,.0f}", flush=True)  # fmt: skip
        results[name] = {"language": language, "p": round(score.p, 4), "r": round(score.r, 4),
                         "f1": round(score.f, 4), "gold": score.tp + score.fn,
                         "docs": len(docs), "tokens_per_s": round(tokens / seconds)}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
