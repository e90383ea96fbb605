"""Speed and memory of the entities stage, per NER tier.

    python benchmarks/entities.py [--docs 150]            # the fast tier (bundled CNN models)
    python benchmarks/entities.py --ner accurate          # the accurate tier (the encoder)

For each language, runs the whole entities stage (the NER model, the repairs,
document-level completion and name resolution) over the first N dev documents
(10 sentences each) of that language's dev set, as raw text, in one process on one core,
and prints tokens per second. One-time loading (a model, the city table) happens in a
warm-up before the clock starts; the first use of the city table costs about 3 s. Then
loads every model of the tier at once and prints the peak resident memory of the process.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from ner import all_dev_sets, text_and_spans  # noqa: E402

from newsweave.article import Article  # noqa: E402
from newsweave.entities import bundled  # noqa: E402
from newsweave.entities.stage import EntityStage  # noqa: E402

SETS = {"da": "da-ddt", "no": "nb-norne", "sv": "sv-newseye", "de": "de-germeval-b",
        "en": "en-ewt", "pt": "pt-bosque", "es": "es-wikiann", "fr": "fr-newseye",
        "ru": "ru-wikiann"}  # fmt: skip
# languages only the accurate tier reads
ACCURATE_ONLY = {"zh": "zh-gsdsimp", "uk": "uk-neruk", "it": "it-kind"}


WARM_UP = 5  # documents run before timing, and timed again with the rest


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=150)
    ap.add_argument("--ner", default="fast", help="a --ner backend spec (default: fast)")
    args = ap.parse_args()
    sets = all_dev_sets()
    stage = EntityStage(args.ner)
    fast = type(stage.backend).__name__ == "BundledBackend"
    languages = SETS if fast else {**SETS, **ACCURATE_ONLY}
    total_tokens = 0
    total_seconds = 0.0
    print(f"{'language':<9} {'model':<7} {'tokens':>8} {'tokens/s':>9}")
    for language, name in languages.items():
        docs = sets[name][1][: args.docs]
        texts = [text_and_spans(d) for d in docs]
        for text, _, _ in texts[:WARM_UP]:  # the model and the name tables (cities: ~3 s)
            stage(Article(text, language=language))
        t0 = time.perf_counter()
        for text, _, _ in texts:
            stage(Article(text, language=language))
        seconds = time.perf_counter() - t0
        tokens = sum(n for _, _, n in texts)
        total_tokens += tokens
        total_seconds += seconds
        model = bundled.model_for(language) if fast else "encoder"
        print(f"{language:<9} {model:<7} {tokens:>8} {tokens / seconds:>9,.0f}")
    print(f"{'all':<9} {'':<7} {total_tokens:>8} {total_tokens / total_seconds:>9,.0f}")
    if not fast:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS with {stage.backend!r} loaded: {peak:.0f} MB")
        return
    for name in bundled.manifest()["models"]:
        bundled.load_model(name)  # cache is bounded; count what it holds at its fullest
    bundled.load_model.cache_clear()
    loaded = [bundled.load_model.__wrapped__(name) for name in bundled.manifest()["models"]]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS with all {len(loaded)} models loaded at once: {peak:.0f} MB")


if __name__ == "__main__":
    main()
