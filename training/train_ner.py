"""Rebuild every bundled NER model from ../shared/data/ner, evaluate it, and package it.

    python training/train_ner.py              # every model with ship = true in models.toml
    python training/train_ner.py scandi de    # just these
    python training/train_ner.py --package-only scandi   # re-package an existing run

For each model: write its corpora (ner_corpus.py), train it with spaCy from its config in
training/configs/ with a fixed seed (single-threaded BLAS, so the run is reproducible),
measure micro-F1 on its dev sets the way newsweave runs it (benchmarks/ner.py), then copy
the best checkpoint into src/newsweave/models/ner/NAME/ with a model card (CARD.md), and
update src/newsweave/models/ner/models.json. Training runs need no network; CI never
trains (it loads the shipped models). Wall time is printed and written to the card.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "benchmarks"))

from ner_corpus import CORPUS, build, load_models  # noqa: E402
from ner_data import SOURCES, dev_sets, training_sets  # noqa: E402

MODELS = ROOT / "src" / "newsweave" / "models" / "ner"
OUTPUT = HERE / "output"
SEED = 0


WALL: dict[str, float] = {}  # training wall time per model, seconds


def train(name: str, spec: dict, specs: dict[str, dict]) -> float:
    """Train one model, after the model it is fine-tuned from when that one has not been
    trained yet; returns this model's own wall time in seconds."""
    base = spec.get("from")
    if base and not (OUTPUT / base / "model-best").is_dir():
        WALL[base] = train(base, specs[base], specs)
    t0 = time.time()
    build(name, spec)
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONHASHSEED": "0"}  # fmt: skip
    cmd = [
        sys.executable, "-m", "spacy", "train", str(HERE / "configs" / f"{spec['config']}.cfg"),
        "--paths.train", str(CORPUS / name / "train.spacy"),
        "--paths.dev", str(CORPUS / name / "dev.spacy"),
        "--output", str(OUTPUT / name),
        "--system.seed", str(SEED),
        "--training.max_steps", str(spec.get("max_steps", 20000)),
        "--training.patience", str(spec.get("patience", 4000)),
        "--training.eval_frequency", str(spec.get("eval_frequency", 500)),
    ]  # fmt: skip
    if base:
        cmd += ["--paths.base_model", str(OUTPUT / base / "model-best")]
    log = HERE / "logs" / f"{name}.log"
    log.parent.mkdir(exist_ok=True)
    with log.open("w") as fh:
        subprocess.run(cmd, check=True, stdout=fh, stderr=subprocess.STDOUT, env=env)
    return time.time() - t0


def strip_strings(model_dir: Path) -> None:
    """Empty the vocabulary's string table: the model reads hashed features only, and the
    table would ship every word of the training texts (some may not be republished)."""
    (model_dir / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    for extra in ("lookups.bin", "vectors", "vectors.cfg", "key2row"):
        path = model_dir / "vocab" / extra
        if path.is_file():
            path.unlink()


def package(name: str, spec: dict, wall: float | None) -> None:
    """Copy the best checkpoint into the package, evaluate it, write its card."""
    import ner as bench

    src = OUTPUT / name / "model-best"
    dest = MODELS / name
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest)
    strip_strings(dest)
    predict = bench.spacy_predictor(dest)
    sets = dev_sets()
    scores = {}
    for dev in spec["report"]:
        language, docs = sets[dev]
        predict("warm up", language)
        score, tokens, seconds = bench.evaluate(predict, docs, language)
        scores[dev] = {"p": round(score.p, 3), "r": round(score.r, 3), "f": round(score.f, 3),
                       "gold": score.tp + score.fn, "tokens_per_s": round(tokens / seconds)}  # fmt: skip
        print(f"  {name} {dev}: F1 {score.f:.3f} (P {score.p:.3f} R {score.r:.3f})")
    size = sum(p.stat().st_size for p in dest.rglob("*") if p.is_file())
    write_card(name, spec, scores, size, wall)


def write_card(name: str, spec: dict, scores: dict, size: int, wall: float | None) -> None:
    sets = training_sets()
    lines = [
        f"# newsweave NER model `{name}`",
        "",
        f"Languages: {', '.join(spec['languages'])}"
        + (" (and the fallback for other Latin-script languages)" if spec.get("fallback") else ""),
        "Labels: PER, ORG, LOC. A spaCy 3.8 pipeline (hashed NORM/PREFIX/SUFFIX/SHAPE "
        "embeddings, CNN encoder, transition-based NER), trained from scratch: no pretrained "
        "vectors. Its vocabulary's string table is emptied (the model reads hashes only).",
        (
            f"Fine-tuned from the joint model `{spec['from']}` "
            f"(trained on {', '.join(specs_from(spec['from'])['train'])}). "
            if spec.get("from")
            else ""
        )
        + f"Config: training/configs/{spec['config']}.cfg; seed {SEED}; built {date.today()}"
        + (f"; training wall time {wall / 60:.0f} min on 1 core" if wall else "")
        + ".",
        f"Size on disk: {size / 1024**2:.1f} MB."
        + (
            f" The joint model `{spec['from']}` took {WALL[spec['from']] / 60:.0f} min."
            if spec.get("from") in WALL
            else ""
        ),
        "",
        '## Training data (all marked "ship" in ../shared/data/DATA.md)',
        "",
        "| set | language | sentences | source, licence, attribution |",
        "|---|---|---|---|",
    ]
    used = spec["train"]
    if spec.get("from"):  # everything the base learned from shaped this model too
        used = list(dict.fromkeys(specs_from(spec["from"])["train"] + used))
    for train_set in used:
        language, docs = sets[train_set]
        n = sum(len(d.sentences) for d in docs)
        times = spec.get("oversample", {}).get(train_set, 1)
        lines.append(f"| {train_set}{f' (×{times})' if times > 1 else ''} | {language} | {n:,} "
                     f"| {SOURCES[train_set]} |")  # fmt: skip
    lines += [
        "",
        "## Dev scores (micro-F1, exact span and label, on raw text as newsweave runs it)",
        "",
        "| dev set | P | R | F1 | gold entities | tokens/s (1 core) |",
        "|---|---|---|---|---|---|",
    ]
    for dev, s in scores.items():
        lines.append(f"| {dev} | {s['p']:.3f} | {s['r']:.3f} | **{s['f']:.3f}** | {s['gold']} "
                     f"| {s['tokens_per_s']:,} |")  # fmt: skip
    targets = spec.get("targets", {})
    missed = [f"{d} {scores[d]['f']:.3f} < {t}" for d, t in targets.items() if d in scores
              and scores[d]["f"] < t]  # fmt: skip
    if missed:
        lines += ["", "Below the issue's target: " + "; ".join(missed) + "."]
    lines += ["", "Rebuild: `python training/train_ner.py " + name + "`.", ""]
    (MODELS / name / "CARD.md").write_text("\n".join(lines), encoding="utf-8")


def specs_from(name: str) -> dict:
    return load_models()[name]


def write_manifest(specs: dict[str, dict]) -> None:
    """Write models.json from models.toml and the models present in the package, so that
    runs training different models at once cannot drop each other's entries."""
    manifest: dict = {"models": {}}
    for name, spec in specs.items():
        if not spec.get("ship") or not (MODELS / name / "meta.json").is_file():
            continue
        manifest["models"][name] = {"languages": spec["languages"]}
        if spec.get("fallback"):
            manifest["fallback"] = {"model": name, "scripts": ["Latn"]}
    path = MODELS / "models.json"
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="*")
    ap.add_argument("--package-only", action="store_true")
    args = ap.parse_args()
    specs = load_models()
    names = args.models or [n for n, s in specs.items() if s.get("ship")]
    MODELS.mkdir(parents=True, exist_ok=True)
    t_all = time.time()
    for name in names:
        wall = None if args.package_only else train(name, specs[name], specs)
        if wall:
            print(f"{name}: trained in {wall / 60:.1f} min")
        package(name, specs[name], wall)
        write_manifest(specs)
    print(f"done in {(time.time() - t_all) / 60:.1f} min")


if __name__ == "__main__":
    main()
