"""A tiny model in the real weight-file layout, written by the tests (no 72 MB download).

The vocabulary covers real sentences in German, Danish, Chinese, Arabic and Russian: every
character of them as a piece, plus some words and subwords with better scores, so the
Viterbi search has real choices to make.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsweave.encoder.weights import (
    F32,
    Q4_0,
    Config,
    Tensor,
    Vocabulary,
    Weights,
    quantize,
    tensor_names,
    tensor_shape,
    write_weights,
)

TEXTS = {
    "de": "Nordkorea braucht Bargeld, es braucht Nahrungsmittel, es braucht Energie\u201c, sagte Schuster.",
    "da": "Mens Kim Jong-un og Putin grinende og smilende betragter russiske rumraketter.",
    "zh": "俄罗斯乌德穆尔特共和国伊热夫斯克市第88学校发生大规模枪击事件。",
    "ar": "فوز كل من كارولين بيرتوزي ومورتن ميلدال بجائزة نوبل في الكيمياء لعام 2022.",
    "ru": "Более 50 человек погибли в ходе протестов в Иране.",
}
WORDS = {  # piece -> score; better than spelling the word out character by character
    "▁Nord": -4.0, "korea": -4.5, "▁Nordkorea": -7.0, "▁braucht": -5.0, "▁Bar": -5.0,
    "geld": -5.0, "▁sagte": -5.0, "▁es": -3.0, ",": -2.0, ".": -2.0, "▁Kim": -5.0,
    "▁Jong": -6.0, "-": -3.0, "un": -4.0, "▁og": -3.0, "▁Putin": -5.0, "▁russiske": -6.0,
    "raket": -6.0, "ter": -4.0, "俄罗斯": -6.0, "共和国": -6.0, "学校": -5.0, "事件": -5.0,
    "▁في": -3.0, "▁من": -3.0, "نوبل": -6.0, "▁Более": -5.0, "▁человек": -5.0, "▁в": -3.0,
    "▁Иран": -6.0, "е": -4.0, "▁20": -4.0, "22": -4.0, "▁50": -5.0,
}
NORMALIZATION = {0x09: " ", 0x0A: " ", 0xA0: " ", 0x3000: " ", 0x07: "", 0xFB01: "fi",
                 **{0xFF21 + i: chr(0x41 + i) for i in range(26)},
                 **{0xFF41 + i: chr(0x61 + i) for i in range(26)}}
SPECIALS = ["<s>", "<pad>", "</s>", "<unk>"]


def tiny_vocabulary() -> Vocabulary:
    chars = sorted({ch for text in TEXTS.values() for ch in text if ch != " "} - {"\u201c"})
    pieces = [*SPECIALS, "▁"]
    scores = [0.0, 0.0, 0.0, 0.0, -2.5]
    for ch in chars:
        if ch not in WORDS:
            pieces.append(ch)
            scores.append(-8.0 - (ord(ch) % 7) / 10)  # distinct, deterministic
    for piece, score in WORDS.items():
        if piece not in pieces:
            pieces.append(piece)
            scores.append(score)
    pieces += ["fi", "<mask>"]
    scores += [-6.0, 0.0]
    return Vocabulary(pieces, np.asarray(scores, np.float32), bos=0, eos=2, pad=1, unk=3,
                      normalization=NORMALIZATION)


def tiny_weights(layers: int = 2, seed: int = 0) -> Weights:
    vocab = tiny_vocabulary()
    config = Config(hidden=64, layers=layers, heads=4, ffn=128, vocab_rows=len(vocab.pieces),
                    max_positions=128, type_vocab=2, eps=float(np.float32(1e-12)))
    rng = np.random.default_rng(seed)
    tensors = {}
    for name in tensor_names(config):
        shape = tensor_shape(name, config)
        if name.endswith("ln.w"):
            values = 1.0 + 0.1 * rng.standard_normal(shape)
        elif len(shape) == 1:
            values = 0.05 * rng.standard_normal(shape)
        else:
            values = rng.standard_normal(shape) * (0.5 if name.startswith("emb") else 0.15)
        values = values.astype(np.float32)
        if len(shape) == 2 and name not in ("emb.pos", "emb.type"):
            tensors[name] = Tensor(Q4_0, shape, quantize(values, Q4_0))
        else:
            tensors[name] = Tensor(F32, shape, values)
    return Weights(config, vocab, tensors)


@pytest.fixture(scope="session")
def tiny_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("encoder") / "tiny.bin"
    write_weights(path, tiny_weights())
    return path


TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")


def write_tagger(folder: Path, weights: Weights | None = None, seed: int = 1) -> Path:
    """A tagger folder (encoder.bin, head.npz, meta.json) in the layout training writes,
    with the tiny encoder and a random head."""
    folder.mkdir(parents=True, exist_ok=True)
    weights = weights or tiny_weights()
    write_weights(folder / "encoder.bin", weights)
    rng = np.random.default_rng(seed)
    np.savez(folder / "head.npz", w=rng.standard_normal((len(TAGS), weights.config.hidden)),
             b=np.zeros(len(TAGS)), tags=np.array(TAGS))
    (folder / "meta.json").write_text(json.dumps({"format": 1, "tags": list(TAGS),
                                                  "layers": weights.config.layers}))
    return folder


@pytest.fixture(scope="session")
def tiny_tagger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_tagger(tmp_path_factory.mktemp("tagger") / "model")


def write_embedder(folder: Path, layers: int = 3) -> Path:
    """A tagger folder with an article embedder beside it, as training/package_embedder.py
    writes one: a tiny base model of `layers` layers whose word embeddings and vocabulary
    are those of the folder's encoder.bin (the same seed draws them first)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
    from package_embedder import package

    write_tagger(folder)
    base = folder.parent / f"{folder.name}-base.bin"
    write_weights(base, tiny_weights(layers=layers))
    package(base, folder)
    return folder
