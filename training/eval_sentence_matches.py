"""Cross-lingual sentence matches on MEANTIME: which sentence vectors, which matching rule.

    NEWSWEAVE_SHARED=/work/shared PYTHONPATH=src python training/eval_sentence_matches.py \\
        [--vectors alone,windows,ner] [--cache /tmp/nw-sentence-vectors]

Sentence vectors (each of length 1), for the 480 articles (newsweave's own sentence split):
  alone    the article embedder (e5's 12 layers) run on each sentence on its own, "query: "
  windows  the mean of the embedder's token states over each sentence, from one pass over
           the whole text ("query: " + text) in windows of `WINDOW` tokens
  ner      the mean of the NER encoder's (6 fine-tuned layers) token states over each
           sentence, read one sentence at a time as the tagger reads them (free at ingest)
  alone4, alone6   `alone` with the embedder's first 4 or 6 layers only
The time and memory of each are measured on one thread (ms an article, median).

Matching rules (newsweave.stories.sentence_matches): cosine ≥ t; mutual best with cosine
≥ t; margin ≥ t; mutual best with margin ≥ t. Thresholds are chosen on one half of the
120 documents (the best F1 with precision ≥ 0.9 and a false-match rate ≤ `FALSE_RATE`
on it) and reported on the
other half, both ways; then over all 120 documents with the threshold of each half. The
false-match rate is on ordered pairs of different documents of one corpus topic.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from collections import defaultdict  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

from newsweave.encoder.embedder import (  # noqa: E402
    SENTENCE_TOKENS,
    load_embedder,
    packaged_folder,
)
from newsweave.encoder.model import QUERY, Encoder  # noqa: E402
from newsweave.encoder.tagger import WINDOW as NER_WINDOW  # noqa: E402
from newsweave.entities.encoder_backend import load_tagger, packaged_model  # noqa: E402
from newsweave.evaluation.sentence_matches import (  # noqa: E402
    Counts,
    Doc,
    alignment_agreement,
    different_pairs,
    gold_matches,
    read_meantime,
    translation_pairs,
)
from newsweave.store.stories import sentence_blob, sentence_vectors_of  # noqa: E402
from newsweave.stories.sentence_matches import margins  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
MEANTIME = SHARED / "data" / "news" / "meantime"
WINDOW = 256
FALSE_RATE = 0.01  # matches per sentence allowed on pairs of different articles


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _unit(x: np.ndarray) -> np.ndarray:
    return (x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)).astype(np.float32)


def _pool(encoder: Encoder, encodings, spans, shifts, n: int) -> np.ndarray:
    """Mean token state per sentence: tokens assigned by where they start."""
    sums = np.zeros((n, encoder.hidden))
    counts = np.zeros(n)
    starts = np.array([s[0] for s in spans])
    for enc, shift, states in zip(encodings, shifts, encoder.token_states(encodings),
                                  strict=True):
        real = enc.offsets[:, 1] > enc.offsets[:, 0]
        where = np.searchsorted(starts, enc.offsets[real, 0] + shift, side="right") - 1
        np.add.at(sums, np.clip(where, 0, n - 1), states[real])
        np.add.at(counts, np.clip(where, 0, n - 1), 1)
    return _unit(sums / np.maximum(counts, 1)[:, None])


def vectors_alone(doc: Doc) -> np.ndarray:
    return load_embedder(str(packaged_folder())).embed_sentences(doc.article)


def vectors_windows(doc: Doc) -> np.ndarray:
    encoder = load_embedder(str(packaged_folder())).encoder
    spans = [(s.start, s.end) for s in doc.article.sentences]
    encodings = encoder.windows(encoder.encode(doc.article.text, prefix=QUERY), WINDOW)
    return _pool(encoder, encodings, spans, [0] * len(encodings), len(spans))


def vectors_ner(doc: Doc) -> np.ndarray:
    encoder = load_tagger(str(packaged_model())).encoder
    text = doc.article.text
    spans = [(s.start, s.end) for s in doc.article.sentences]
    encodings, shifts = [], []
    for start, end in spans:
        for enc in encoder.windows(encoder.encode(text[start:end]), NER_WINDOW):
            encodings.append(enc)
            shifts.append(start)
    return _pool(encoder, encodings, spans, shifts, len(spans))


def vectors_first_layers(layers: int) -> Callable[[Doc], np.ndarray]:
    """`alone` with only the embedder's first `layers` layers (cheaper, measured)."""

    def vectors(doc: Doc) -> np.ndarray:
        embedder = load_embedder(str(packaged_folder()))
        text = doc.article.text
        sentences = [" ".join(text[s.start: s.end].split())[: 16 * SENTENCE_TOKENS]
                     for s in doc.article.sentences]
        if not sentences:
            return np.zeros((0, embedder.dimensions), np.float32)
        return embedder.encoder.embed(sentences, prefix=embedder.prefix,
                                      max_tokens=SENTENCE_TOKENS, layers=layers)

    return vectors


KINDS: dict[str, Callable[[Doc], np.ndarray]] = {
    "alone": vectors_alone, "windows": vectors_windows, "ner": vectors_ner,
    "alone4": vectors_first_layers(4), "alone6": vectors_first_layers(6)}


def compute(kind: str, docs: list[Doc], cache: Path) -> dict[str, np.ndarray]:
    path = cache / f"{kind}.npz"
    if path.is_file():
        stored = np.load(path)
        return {doc.article.id: stored[doc.article.id] for doc in docs}
    before = rss_mb()
    KINDS[kind](docs[0])  # load the model
    loaded = rss_mb()
    times, out = [], {}
    for doc in docs:
        t = time.perf_counter()
        out[doc.article.id] = KINDS[kind](doc)
        times.append(time.perf_counter() - t)
    sentences = sum(len(d.article.sentences) for d in docs)
    print(f"{kind}: {1000 * statistics.median(times):.0f} ms an article (median; mean "
          f"{1000 * statistics.mean(times):.0f}), {sentences / len(docs):.1f} sentences; "
          f"model +{loaded - before:.0f} MB, after all {rss_mb() - before:.0f} MB",
          flush=True)
    cache.mkdir(parents=True, exist_ok=True)
    np.savez(path, **out)
    return out


RULES = {
    "cosine": (False, False),
    "cosine mutual": (False, True),
    "margin": (True, False),
    "margin mutual": (True, True),
}


def predict(va: np.ndarray, vb: np.ndarray, rule: str, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Each sentence of a's best sentence of b and its score, -1 where not mutual."""
    use_margin, mutual = RULES[rule]
    margin, cos = margins(va, vb, k)
    score = margin if use_margin else cos
    best = score.argmax(axis=1)
    value = score[np.arange(len(va)), best]
    if mutual:
        value = np.where(score.argmax(axis=0)[best] == np.arange(len(va)), value, -np.inf)
    return best, value


class Scored:
    """Predictions with scores for a set of pairs, so any threshold is cheap to read."""

    def __init__(self, pairs, vectors, rule: str, k: int, gold: bool) -> None:
        self.rows = []  # (language pair, score, right, has gold)
        for a, b in pairs:
            if not len(a.article.sentences) or not len(b.article.sentences):
                continue
            best, value = predict(vectors[a.article.id], vectors[b.article.id], rule, k)
            g = gold_matches(a, b) if gold else {}
            lp = "-".join(sorted((a.language, b.language)))
            for i, (j, v) in enumerate(zip(best, value, strict=True)):
                self.rows.append((lp, float(v), int(j) in g.get(i, ()), bool(g.get(i))))

    def counts(self, threshold: float, by_pair: bool = False) -> dict[str, Counts]:
        out: dict[str, Counts] = defaultdict(Counts)
        for lp, v, right, has in self.rows:
            for key in ((lp, "all") if by_pair else ("all",)):
                c = out[key]
                c.sentences += 1
                c.gold += has
                if v >= threshold:
                    c.predicted += 1
                    c.right += right
        return out


def choose(scored: Scored, different: Scored, grid: np.ndarray, precision: float = 0.9,
           false_rate: float = FALSE_RATE) -> float:
    """The threshold of the best F1 with precision ≥ `precision` and false-match rate ≤
    `false_rate` (or, where none has both, the best F1 less what it misses by)."""
    best, best_f = float(grid[0]), -np.inf
    for t in grid:
        c = scored.counts(float(t))["all"]
        fr = different.counts(float(t))["all"].false_rate
        f = c.f1 - max(0.0, precision - c.precision) - max(0.0, fr - false_rate)
        if f > best_f:
            best, best_f = float(t), f
    return best


def report(docs: list[Doc], vectors, rule: str, k: int, threshold: float) -> None:
    """P, R, F per language pair and overall, and the false-match rate, at `threshold`."""
    tr = Scored(translation_pairs(docs), vectors, rule, k, True).counts(threshold, True)
    df = Scored(different_pairs(docs), vectors, rule, k, False).counts(threshold, True)
    print(f"  at {threshold}, all 120 documents (sentences of a, in b):")
    for key in sorted(tr, key=lambda x: (x == "all", x)):
        c = tr[key]
        print(f"  {key:6} P {c.precision:.3f} R {c.recall:.3f} F {c.f1:.3f} "
              f"({c.right}/{c.predicted} predicted, {c.gold} with a match)   different "
              f"articles: {df[key].false_rate:.4f} ({df[key].predicted}/{df[key].sentences})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vectors", default="alone,windows,ner")
    ap.add_argument("--rules", default=",".join(RULES))
    ap.add_argument("--k", default="4")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/nw-sentence-vectors"))
    ap.add_argument("--at", type=float,
                    help="also report every language pair at this threshold, all 120 documents")
    ap.add_argument("--int8", action="store_true",
                    help="match the vectors as the store keeps them (int8 with a scale a row)")
    args = ap.parse_args()
    docs = read_meantime(MEANTIME)
    same, agree, differ = alignment_agreement(docs)
    print(f"gold: {len(docs)} articles; pairs of translations with as many sentences: {same} "
          f"(aligned one to one by number: {agree}), with different counts: {differ}")
    keys = sorted({d.key for d in docs})
    halves = [set(keys[0::2]), set(keys[1::2])]
    for kind in args.vectors.split(","):
        vectors = compute(kind, docs, args.cache)
        if args.int8:
            vectors = {aid: sentence_vectors_of(sentence_blob(v), *v.shape)
                       for aid, v in vectors.items()}
        for k in (int(x) for x in args.k.split(",")):
            for rule in args.rules.split(","):
                use_margin = RULES[rule][0]
                grid = np.arange(0.9, 1.5, 0.005) if use_margin else np.arange(0.5, 1.0, 0.0025)
                tr = [Scored(translation_pairs(docs, h), vectors, rule, k, True) for h in halves]
                df = [Scored(different_pairs(docs, h), vectors, rule, k, False)
                      for h in halves]
                line = [f"{kind:8} k={k} {rule:14}"]
                for tune in (0, 1):
                    t = choose(tr[tune], df[tune], grid)
                    c = tr[1 - tune].counts(t)["all"]
                    fr = df[1 - tune].counts(t)["all"].false_rate
                    line.append(f"t={t:.3f}: P {c.precision:.3f} R {c.recall:.3f} "
                                f"F {c.f1:.3f} false {fr:.3f}")
                print(" | ".join(line), flush=True)
                if args.at is not None:
                    report(docs, vectors, rule, k, args.at)


if __name__ == "__main__":
    main()
