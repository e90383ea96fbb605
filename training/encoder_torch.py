"""The encoder in PyTorch, for fine-tuning: the numpy model's forward pass, trainable.

`TorchEncoder(weights, layers)` loads the dequantised weights of the first `layers` layers
and computes the same token states as `newsweave.encoder.model.Encoder` (post-LN BERT,
exact GELU, padding masked out of attention); tests/encoder/test_torch_parity.py checks
it. The word-embedding matrix stays quantised and frozen: only a batch's rows are
dequantised. `encoder_weights` turns a (fine-tuned) module back into `Weights` for
`write_weights`: N layers, matrices as Q8_0, vectors float32.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import torch
from torch import nn

from newsweave.encoder.weights import F32, LAYER_TENSORS, Q8_0, Tensor, Weights, quantize


class TorchEncoder(nn.Module):
    """The numpy Encoder's forward pass (post-LN BERT) in torch, from the dequantised weights."""

    def __init__(self, weights: Weights, layers: int) -> None:
        super().__init__()
        c = weights.config
        self.config, self.heads, self.num_layers = c, c.heads, layers
        self.word = weights.tensor("emb.word")  # stays quantised; rows gathered per batch

        def p(name: str) -> nn.Parameter:
            return nn.Parameter(torch.from_numpy(weights.tensor(name).dense().copy()))

        self.pos, self.type0 = p("emb.pos"), nn.Parameter(p("emb.type").data[0].clone())
        self.ln0 = nn.LayerNorm(c.hidden, eps=c.eps)
        self.ln0.weight, self.ln0.bias = p("emb.ln.w"), p("emb.ln.b")
        self.layers = nn.ModuleList()
        for i in range(layers):
            m = nn.Module()
            for name, shape in (("q", (c.hidden, c.hidden)), ("k", (c.hidden, c.hidden)),
                                ("v", (c.hidden, c.hidden)), ("ao", (c.hidden, c.hidden)),
                                ("fi", (c.ffn, c.hidden)), ("fo", (c.hidden, c.ffn))):
                lin = nn.Linear(shape[1], shape[0])
                lin.weight, lin.bias = p(f"l{i}.{name}.w"), p(f"l{i}.{name}.b")
                setattr(m, name, lin)
            for name in ("aln", "oln"):
                ln = nn.LayerNorm(c.hidden, eps=c.eps)
                ln.weight, ln.bias = p(f"l{i}.{name}.w"), p(f"l{i}.{name}.b")
                setattr(m, name, ln)
            self.layers.append(m)

    def embed(self, ids: torch.Tensor) -> torch.Tensor:
        used, inverse = np.unique(ids.numpy(), return_inverse=True)
        rows = torch.from_numpy(self.word.rows(used))
        return rows[torch.from_numpy(inverse.reshape(ids.shape))]

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        b, w = ids.shape
        h, heads = self.config.hidden, self.heads
        d = h // heads
        x = self.ln0(self.embed(ids) + self.pos[:w] + self.type0)
        bias = torch.where(mask, 0.0, -1e9)[:, None, None, :]
        for m in self.layers:
            q = m.q(x).view(b, w, heads, d).transpose(1, 2)
            k = m.k(x).view(b, w, heads, d).transpose(1, 2)
            v = m.v(x).view(b, w, heads, d).transpose(1, 2)
            att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(d) + bias, dim=-1)
            ctx = (att @ v).transpose(1, 2).reshape(b, w, h)
            x = m.aln(x + m.ao(ctx))
            x = m.oln(x + m.fo(nn.functional.gelu(m.fi(x))))
        return x


def encoder_weights(enc: TorchEncoder, base: Weights) -> Weights:
    """`enc` as Weights of `enc.num_layers` layers (the word embeddings are `base`'s)."""
    tensors = {"emb.word": base.tensor("emb.word")}

    def put(name: str, value: torch.Tensor) -> None:
        v = value.detach().numpy().astype(np.float32)
        tensors[name] = (Tensor(Q8_0, v.shape, quantize(v, Q8_0)) if v.ndim == 2
                         and name != "emb.pos" else Tensor(F32, v.shape, v))

    put("emb.pos", enc.pos)
    typ = base.tensor("emb.type").dense().copy()
    typ[0] = enc.type0.detach().numpy()
    put("emb.type", torch.from_numpy(typ))
    put("emb.ln.w", enc.ln0.weight)
    put("emb.ln.b", enc.ln0.bias)
    for i, m in enumerate(enc.layers):
        for suffix in LAYER_TENSORS:
            part, kind = suffix.split(".")
            put(f"l{i}.{suffix}", getattr(getattr(m, part), "weight" if kind == "w" else "bias"))
    return Weights(replace(base.config, layers=enc.num_layers), base.vocab, tensors)
