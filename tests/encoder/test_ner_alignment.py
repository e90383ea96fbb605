"""Word-to-subword alignment and span scoring of the encoder NER training
(training/eval_encoder_ner.py), on the tiny model's real sentences."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from newsweave.encoder.tokenizer import Tokenizer

from .conftest import tiny_vocabulary

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from eval_encoder_ner import first_subwords, spans

WORDS = ["Mens", "Kim", "Jong-un", "og", "Putin", "betragter", "russiske", "rumraketter", "."]
SPACES = [True] * 7 + [False, False]


def test_each_word_gets_the_subword_that_starts_it() -> None:
    tokenizer = Tokenizer(tiny_vocabulary())
    text = "".join(w + (" " if s else "") for w, s in zip(WORDS, SPACES, strict=True))
    enc = tokenizer.encode(text)
    first = first_subwords(enc.offsets, WORDS, SPACES)
    starts, pos = [], 0
    for word, space in zip(WORDS, SPACES, strict=True):
        starts.append(pos)
        pos += len(word) + space
    assert len(enc) > len(WORDS) + 2  # several words are more than one subword
    for word, start, f in zip(WORDS, starts, first, strict=True):
        assert f > 0, word
        assert enc.offsets[f, 0] == start, word
    assert first == sorted(set(first))  # one distinct subword per word, in order


def test_a_word_inside_an_earlier_subword_has_none_of_its_own() -> None:
    offsets = np.array([[-1, -1], [0, 3], [3, 5], [-1, -1]])  # "Kimab" as "Kim" + "ab"
    assert first_subwords(offsets, ["Ki", "mab"], [False, False]) == [1, -1]


def test_spans_are_exact_with_label_and_repair_stray_inside_tags() -> None:
    assert spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]) == {
        (0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")}
    assert spans(["O", "I-PER", "I-PER"]) == {(1, 3, "PER")}
    assert spans(["O", "O"]) == set()
