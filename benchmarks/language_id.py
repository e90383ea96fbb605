"""Language identification accuracy and speed on dev text from ../shared/data.

    python benchmarks/language_id.py [--shared ../shared]

Sentences (>= 40 characters, up to 300 per language, fixed seed) from dev splits:
UD/UNER dev (da, sv, en, pt), NorNE dev (no: Bokmål + Nynorsk), GermEval dev (de),
WikiANN validation (ru), MEANTIME (es, it, nl) and the ITN blurbs (fi, fr, pl, uk, and
more of the others); whole articles from MEANTIME (en, es, it, nl). Prints accuracy per
language for fastText alone and for newsweave's identifier (fastText + lingua for close
languages), and the time per call.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _conllu_texts(path: Path) -> list[str]:
    return [ln[9:].strip() for ln in path.open(encoding="utf-8") if ln.startswith("# text = ")]


def _token_sentences(path: Path, column: int) -> list[str]:
    sents, cur = [], []
    for line in path.open(encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if not line.strip() or line.startswith("#"):
            if cur:
                sents.append(" ".join(cur))
                cur = []
        elif len(parts) > column:
            cur.append(parts[column])
    if cur:
        sents.append(" ".join(cur))
    return [re.sub(r" ([.,;:!?])", r"\1", s) for s in sents]


def load(
    shared: Path, per_language: int = 300
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    d = shared / "data"
    uner = d / "ner" / "uner"
    by_lang: dict[str, list[str]] = {
        "da": _conllu_texts(uner / "UNER_Danish-DDT" / "da_ddt-ud-dev.iob2"),
        "sv": _conllu_texts(uner / "UNER_Swedish-Talbanken" / "sv_talbanken-ud-dev.iob2"),
        "en": _conllu_texts(uner / "UNER_English-EWT" / "en_ewt-ud-dev.iob2"),
        "pt": _conllu_texts(uner / "UNER_Portuguese-Bosque" / "pt_bosque-ud-dev.iob2"),
        "no": _conllu_texts(d / "ner" / "norne" / "no_bokmaal-ud-dev.conllu")
        + _conllu_texts(d / "ner" / "norne" / "no_nynorsk-ud-dev.conllu"),
        "de": _token_sentences(d / "ner" / "danplus" / "de_news_dev.tsv", 0),
        "ru": _token_sentences(d / "ner" / "wikiann" / "ru" / "val.conllu", 1),
    }
    meantime = [json.loads(x) for x in (d / "news" / "meantime" / "meantime.derived.jsonl").open()]
    for lang in ("es", "it", "nl"):
        by_lang[lang] = [
            s
            for r in meantime
            if r["lang"] == lang
            for s in re.split(r"(?<=[.!?]) (?=[A-Z])", r["text"])
        ]
    for line in (d / "stories" / "itn_dev.jsonl").open(encoding="utf-8"):
        row = json.loads(line)
        if row["lang"] in ("pl", "fi", "uk", "ru", "fr", "no", "sv", "da", "de", "pt", "en"):
            by_lang.setdefault(row["lang"], []).append(row["text"])
    rng = random.Random(0)
    sentences = {}
    for lang, texts in sorted(by_lang.items()):
        texts = [t for t in texts if len(t) >= 40]
        rng.shuffle(texts)
        sentences[lang] = texts[:per_language]
    articles = {
        lang: [r["title"] + "\n\n" + r["text"] for r in meantime if r["lang"] == lang]
        for lang in ("en", "es", "it", "nl")
    }
    return sentences, articles


def accuracy(
    identify: Callable[[str], str | None], sets: dict[str, list[str]]
) -> tuple[dict[str, float], float, float]:
    """(accuracy per language, overall accuracy, ms per call)."""
    per, right, total = {}, 0, 0
    t0 = time.perf_counter()
    for lang, texts in sets.items():
        ok = sum(identify(t) == lang for t in texts)
        per[lang] = ok / len(texts)
        right += ok
        total += len(texts)
    return per, right / total, (time.perf_counter() - t0) * 1000 / total


def fasttext_only(languages: frozenset[str]) -> Callable[[str], str | None]:
    from newsweave.language import fasttext_scores

    def identify(text: str) -> str | None:
        scores = fasttext_scores(" ".join(text.split()))
        inside = [
            code
            for code in sorted(scores, key=scores.__getitem__, reverse=True)
            if code in languages
        ]
        return inside[0] if inside else None

    return identify


def main() -> None:
    from newsweave.lang import SUPPORTED
    from newsweave.language import LanguageIdentifier

    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    sentences, articles = load(args.shared)
    newsweave = LanguageIdentifier()
    systems = {
        "fastText only": fasttext_only(frozenset(SUPPORTED)),
        "newsweave": lambda t: newsweave.identify(t)[0],
    }
    for name, fn in systems.items():
        fn("warm up the models")
        per, acc, ms = accuracy(fn, sentences)
        _, art_acc, art_ms = accuracy(fn, articles)
        print(
            f"{name}: sentences {acc:.3f} ({ms:.2f} ms each); articles {art_acc:.3f} "
            f"({art_ms:.2f} ms each)"
        )
        print("   " + "  ".join(f"{k} {v:.3f}" for k, v in per.items()))


if __name__ == "__main__":
    main()
