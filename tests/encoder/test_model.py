from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from newsweave.encoder.model import Encoder, gelu
from newsweave.encoder.weights import Weights, read_weights

from .conftest import TEXTS


@pytest.fixture(scope="module")
def weights(tiny_file: Path) -> Weights:
    return read_weights(tiny_file)


@pytest.fixture(scope="module")
def encoder(weights: Weights) -> Encoder:
    return Encoder(weights)


def reference_states(weights: Weights, ids: list[int], layers: int) -> np.ndarray:
    """A plain float64 BERT forward pass for one text: loops over heads, math.erf GELU."""
    c = weights.config

    def t(name: str) -> np.ndarray:
        return weights.tensor(name).dense().astype(np.float64)

    def norm(x: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
        mu = x.mean(axis=1, keepdims=True)
        sd = np.sqrt(((x - mu) ** 2).mean(axis=1, keepdims=True) + c.eps)
        return (x - mu) / sd * w + b

    word = t("emb.word")
    x = np.stack([word[i] + t("emb.pos")[p] + t("emb.type")[0] for p, i in enumerate(ids)])
    x = norm(x, t("emb.ln.w"), t("emb.ln.b"))
    d = c.hidden // c.heads
    for n in range(layers):
        def w(s: str, n: int = n) -> np.ndarray:
            return t(f"l{n}.{s}")
        q = x @ w("q.w").T + w("q.b")
        k = x @ w("k.w").T + w("k.b")
        v = x @ w("v.w").T + w("v.b")
        ctx = np.zeros_like(x)
        for h in range(c.heads):
            sl = slice(h * d, (h + 1) * d)
            s = q[:, sl] @ k[:, sl].T / math.sqrt(d)
            p = np.exp(s - s.max(axis=1, keepdims=True))
            ctx[:, sl] = (p / p.sum(axis=1, keepdims=True)) @ v[:, sl]
        x = norm(x + ctx @ w("ao.w").T + w("ao.b"), w("aln.w"), w("aln.b"))
        mid = x @ w("fi.w").T + w("fi.b")
        mid = np.vectorize(lambda z: 0.5 * z * (1 + math.erf(z / math.sqrt(2))))(mid)
        x = norm(x + mid @ w("fo.w").T + w("fo.b"), w("oln.w"), w("oln.b"))
    return x


def test_gelu_matches_the_erf_definition() -> None:
    z = np.linspace(-8, 8, 2001, dtype=np.float32)
    exact = np.array([0.5 * v * (1 + math.erf(v / math.sqrt(2))) for v in z.astype(float)])
    np.testing.assert_allclose(gelu(z), exact, atol=2e-6)


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_forward_pass_matches_the_reference(encoder: Encoder, weights: Weights,
                                            lang: str) -> None:
    enc = encoder.encode(TEXTS[lang])
    assert len(enc) <= encoder.max_tokens
    (ours,) = encoder.token_states([enc])
    ref = reference_states(weights, enc.ids.tolist(), layers=2)
    assert ours.shape == (len(enc), 64) and ours.dtype == np.float32
    np.testing.assert_allclose(ours, ref, atol=2e-4)


def test_layers_option_runs_only_the_first_layers(encoder: Encoder, weights: Weights,
                                                  tiny_file: Path) -> None:
    enc = encoder.encode(TEXTS["da"])
    (one,) = encoder.token_states([enc], layers=1)
    np.testing.assert_allclose(one, reference_states(weights, enc.ids.tolist(), 1), atol=2e-4)
    (two,) = encoder.token_states([enc])
    assert not np.allclose(one, two, atol=1e-2)
    shallow = Encoder.load(tiny_file, layers=1)
    assert shallow.num_layers == 1
    np.testing.assert_array_equal(shallow.token_states([enc])[0], one)
    with pytest.raises(ValueError, match="layers"):
        encoder.token_states([enc], layers=3)


def test_batching_by_length_changes_nothing_and_keeps_order(encoder: Encoder) -> None:
    encs = [encoder.encode(TEXTS[lang]) for lang in sorted(TEXTS)]
    alone = [encoder.token_states([e])[0] for e in encs]
    together = encoder.token_states(encs)
    tight = encoder.token_states(encs, batch_tokens=1)  # one text per batch
    assert len({len(e) for e in encs}) > 2  # really different lengths, so padding happens
    for a, b, c, e in zip(alone, together, tight, encs, strict=True):
        assert b.shape == (len(e), 64)
        np.testing.assert_allclose(a, b, atol=1e-5)
        np.testing.assert_array_equal(a, c)


def test_deterministic(encoder: Encoder) -> None:
    encs = [encoder.encode(TEXTS["ar"]), encoder.encode(TEXTS["zh"])]
    first = encoder.token_states(encs)
    second = encoder.token_states(encs)
    for a, b in zip(first, second, strict=True):
        np.testing.assert_array_equal(a, b)


def test_embedding_is_the_normalised_mean_of_the_prefixed_text(encoder: Encoder,
                                                                weights: Weights) -> None:
    texts = [TEXTS["ru"], TEXTS["de"]]
    emb = encoder.embed(texts, prefix="passage: ")
    assert emb.shape == (2, 64)
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)
    for row, text in zip(emb, texts, strict=True):
        ids = encoder.encode(text, prefix="passage: ").ids.tolist()
        mean = reference_states(weights, ids, 2).mean(axis=0)
        np.testing.assert_allclose(row, mean / np.linalg.norm(mean), atol=1e-4)
    assert not np.allclose(encoder.embed(texts[:1], prefix="query: ")[0], emb[0], atol=1e-3)


def test_long_text_is_embedded_in_windows(encoder: Encoder, weights: Weights) -> None:
    text = " ".join(TEXTS[lang] for lang in sorted(TEXTS))
    enc = encoder.encode(text)
    windows = encoder.windows(enc)
    assert len(enc) > encoder.max_tokens and len(windows) >= 2
    assert all(len(w) <= encoder.max_tokens for w in windows)
    assert [i for w in windows for i in w.ids[1:-1]] == enc.ids[1:-1].tolist()
    assert [tuple(o) for w in windows for o in w.offsets[1:-1]] == \
        [tuple(o) for o in enc.offsets[1:-1]]
    with pytest.raises(ValueError, match="split the text"):
        encoder.token_states([enc])
    (emb,) = encoder.embed([text], prefix="")
    total = sum((len(w) - 2) * reference_states(weights, w.ids.tolist(), 2).mean(axis=0)
                for w in windows)
    np.testing.assert_allclose(emb, total / np.linalg.norm(total), atol=1e-4)
