"""The PyTorch encoder used for fine-tuning (training/encoder_torch.py) must compute the
numpy model's token states from the same weights, and its export must read back."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from newsweave.encoder.model import Encoder
from newsweave.encoder.weights import read_weights, write_weights

from .conftest import TEXTS, tiny_weights

torch = pytest.importorskip("torch", reason="torch is a training dependency, absent here")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from encoder_torch import TorchEncoder, encoder_weights  # noqa: E402


def _batch(encodings: list) -> tuple[object, object]:
    width = max(len(e) for e in encodings)
    ids = torch.zeros(len(encodings), width, dtype=torch.long)
    mask = torch.zeros(len(encodings), width, dtype=torch.bool)
    for row, e in enumerate(encodings):
        ids[row, : len(e)] = torch.from_numpy(e.ids.astype(np.int64))
        mask[row, : len(e)] = True
    return ids, mask


@pytest.mark.parametrize("layers", [1, 2])
def test_torch_states_match_numpy_in_a_padded_batch(tiny_file: Path, layers: int) -> None:
    weights = read_weights(tiny_file)
    encoder = Encoder(weights)
    encodings = [encoder.encode(text) for text in TEXTS.values()]
    assert len({len(e) for e in encodings}) > 1  # the batch really has padding
    expected = encoder.token_states(encodings, layers=layers)
    module = TorchEncoder(weights, layers).eval()
    with torch.no_grad():
        states = module(*_batch(encodings)).numpy()
    for row, (e, want) in enumerate(zip(encodings, expected, strict=True)):
        np.testing.assert_allclose(states[row, : len(e)], want, atol=2e-4, rtol=0)


def test_gradients_reach_every_layer_but_not_the_word_matrix(tiny_file: Path) -> None:
    weights = read_weights(tiny_file)
    module = TorchEncoder(weights, 2)
    encoder = Encoder(weights)
    out = module(*_batch([encoder.encode(TEXTS["da"])]))
    out.square().sum().backward()
    for name, param in module.named_parameters():
        assert param.grad is not None and float(param.grad.abs().sum()) > 0, name
    assert not any("word" in name for name, _ in module.named_parameters())


def test_export_reads_back_as_an_encoder_with_the_trained_states(tmp_path: Path) -> None:
    base = tiny_weights(layers=2, seed=3)
    module = TorchEncoder(base, 1).eval()
    with torch.no_grad():  # a change, as fine-tuning would make one
        module.layers[0].fi.weight.mul_(1.5)
    path = tmp_path / "tuned.bin"
    write_weights(path, encoder_weights(module, base))
    tuned = Encoder(read_weights(path))
    assert tuned.num_layers == 1
    encodings = [tuned.encode(t) for t in (TEXTS["de"], TEXTS["ru"])]
    with torch.no_grad():
        states = module(*_batch(encodings)).numpy()
    untuned = Encoder(base, layers=1).token_states(encodings)
    for row, (e, got) in enumerate(zip(encodings, tuned.token_states(encodings), strict=True)):
        # Q8_0 export: close to the torch states, and clearly not the untuned model's
        np.testing.assert_allclose(got, states[row, : len(e)], atol=0.05, rtol=0)
        assert np.abs(got - untuned[row]).max() > 0.2
