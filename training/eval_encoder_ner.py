"""Measure an exported encoder NER model (weights + head) with newsweave's numpy encoder.

    PYTHONPATH=src python training/eval_encoder_ner.py training/output/RUN/encoder-ner-6l.bin \
        --dev da-ddt

This is the path newsweave would run at inference (numpy, the exported Q8_0 matrices), so
it shows what the export costs against the torch figure the training log reports. Micro
P/R/F1, exact span and label, over the gold words (first-subword predictions).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encoder_ner_data import encoder_dev_sets, select
from ner_data import Document

from newsweave.encoder.model import Encoder

TAG_SPANS = tuple[int, int, str]


def spans(tags: list[str]) -> set[TAG_SPANS]:
    """Entities of an IOB2 sequence (an I- after O or another label starts one)."""
    out, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or tag[2:] != label:
            if start is not None:
                out.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return out


def first_subwords(offsets: np.ndarray, words: list[str], spaces: list[bool]) -> list[int]:
    """Per word, the index of the token that starts inside it (-1: none of its own)."""
    first, t, pos = [], 1, 0
    for word, space in zip(words, spaces, strict=True):
        a, b = pos, pos + len(word)
        pos = b + (1 if space else 0)
        while t < len(offsets) - 1 and offsets[t, 1] <= a:
            t += 1
        ok = t < len(offsets) - 1 and a <= offsets[t, 0] < b and offsets[t, 1] > offsets[t, 0]
        first.append(t if ok else -1)
    return first


def measure(path: Path, docs: list[Document], max_tokens: int = 256) -> dict[str, float]:
    head = np.load(path.with_suffix(".head.npz"))
    w, b, tags = head["w"], head["b"], [str(t) for t in head["tags"]]
    encoder = Encoder.load(path)
    sentences = [s for d in docs for s in d.sentences if s.words]
    encodings = []
    for s in sentences:
        text = "".join(word + (" " if sp else "") for word, sp in zip(s.words, s.spaces, strict=True))
        enc = encoder.encode(text)
        encodings.append(encoder.windows(enc)[0] if len(enc) > max_tokens else enc)
    tp = n_pred = n_gold = 0
    for s, enc, states in zip(sentences, encodings, encoder.token_states(encodings), strict=True):
        pred = (states @ w.T + b).argmax(-1)
        out, prev = [], "O"
        for f in first_subwords(enc.offsets, s.words, s.spaces):
            tag = tags[pred[f]] if f >= 0 else ("I-" + prev[2:] if prev != "O" else "O")
            out.append(tag)
            prev = tag
        p, g = spans(out), spans(s.tags)
        tp, n_pred, n_gold = tp + len(p & g), n_pred + len(p), n_gold + len(g)
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"p": prec, "r": rec, "f1": 2 * prec * rec / max(prec + rec, 1e-9), "gold": n_gold}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model", type=Path)
    ap.add_argument("--dev", nargs="+", default=["da-ddt"])
    args = ap.parse_args()
    sets = encoder_dev_sets()
    for name in args.dev:
        t = time.time()
        r = measure(args.model, select(sets, [name]))
        print(f"{name:<16} P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}  gold {r['gold']}  "
              f"({time.time() - t:.1f} s)")


if __name__ == "__main__":
    main()
