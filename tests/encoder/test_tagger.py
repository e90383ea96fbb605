"""The encoder tagger: folder checks, IOB2 Viterbi, decoding token tags into character
spans, and snapping spans to the words of cased scripts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from newsweave.encoder.tagger import (
    Tagger,
    TaggerFormatError,
    _transitions,
    snap_to_words,
    viterbi,
)

from .conftest import TAGS, TEXTS, write_tagger


def test_a_folder_without_its_files_is_refused_with_what_is_missing(tmp_path: Path) -> None:
    folder = write_tagger(tmp_path / "m")
    (folder / "head.npz").unlink()
    with pytest.raises(TaggerFormatError, match=r"head\.npz missing"):
        Tagger.load(folder)


def test_a_folder_of_another_format_is_refused(tmp_path: Path) -> None:
    folder = write_tagger(tmp_path / "m")
    (folder / "meta.json").write_text(json.dumps({"format": 99, "tags": list(TAGS)}))
    with pytest.raises(TaggerFormatError, match="format 99"):
        Tagger.load(folder)


def test_viterbi_never_starts_a_name_with_an_inside_tag() -> None:
    allowed = _transitions(TAGS)
    # token 0 prefers I-PER (not allowed at the start), token 1 prefers I-LOC after it
    logp = np.log(np.full((2, len(TAGS)), 0.01, np.float32))
    logp[0, TAGS.index("I-PER")] = np.log(0.6)
    logp[0, TAGS.index("B-PER")] = np.log(0.3)
    logp[1, TAGS.index("I-PER")] = np.log(0.5)
    logp[1, TAGS.index("I-LOC")] = np.log(0.4)
    path = [TAGS[i] for i in viterbi(logp, allowed)]
    assert path == ["B-PER", "I-PER"]


def test_viterbi_keeps_the_best_tags_when_they_are_valid() -> None:
    logp = np.log(np.full((3, len(TAGS)), 0.01, np.float32))
    for t, tag in enumerate(["B-ORG", "I-ORG", "O"]):
        logp[t, TAGS.index(tag)] = np.log(0.9)
    assert [TAGS[i] for i in viterbi(logp, _transitions(TAGS))] == ["B-ORG", "I-ORG", "O"]


def test_decoding_turns_token_tags_into_character_spans(tiny_tagger: Path) -> None:
    tagger = Tagger.load(tiny_tagger)
    text = TEXTS["da"]  # "Mens Kim Jong-un og Putin grinende ..."
    enc = tagger.encoder.encode(text)
    wanted = {"Kim": "B-PER", "Jong": "I-PER", "-": "I-PER", "un": "I-PER", "Putin": "B-PER"}
    pieces = [text[a:b] for a, b in enc.offsets]
    # hidden states whose head logits put each token's wanted tag far ahead
    tagger.weight = np.eye(tagger.encoder.hidden, len(TAGS), dtype=np.float32)
    tagger.bias = np.zeros(len(TAGS), np.float32)
    hidden = np.zeros((len(enc), tagger.encoder.hidden), np.float32)
    for t, piece in enumerate(pieces):
        hidden[t, TAGS.index(wanted.get(piece, "O"))] = 20.0
    spans = [(text[a:b], kind) for a, b, kind in tagger._decode(enc, hidden)]
    assert spans == [("Kim Jong-un", "PER"), ("Putin", "PER")]


def test_tagging_returns_spans_of_the_text_itself(tiny_tagger: Path) -> None:
    tagger = Tagger.load(tiny_tagger)
    text = TEXTS["de"] + " " + TEXTS["ru"]
    middle = len(TEXTS["de"]) + 1
    entities = tagger.tag(text, [(0, middle - 1), (middle, len(text))])
    assert entities == sorted(entities)
    for start, end, kind in entities:
        assert kind in ("PER", "ORG", "LOC")
        assert 0 <= start < end <= len(text) and text[start:end].strip() == text[start:end]
        assert not (start < middle - 1 < end)  # nothing crosses the boundary of two spans


def test_spans_inside_a_word_of_a_cased_script_are_widened_to_the_word() -> None:
    text = "Treffen in Pjöngjang und Moskau mit Kim Jong-un."
    a = text.index("Pjöngjang")
    m = text.index("Moskau")
    k = text.index("Kim")
    j = text.index("-un")
    raw = [(a, a + 1, "LOC"), (a + 3, a + 9, "LOC"), (m + 2, m + 6, "LOC"),
           (k, j, "PER"), (j, j + 3, "PER")]
    assert [(text[s:e], kind) for s, e, kind in snap_to_words(text, raw)] == [
        ("Pjöngjang", "LOC"), ("Moskau", "LOC"), ("Kim Jong-un", "PER")]


def test_names_of_scripts_without_case_are_left_as_tagged() -> None:
    text = TEXTS["zh"]  # 俄罗斯乌德穆尔特共和国 …
    raw = [(0, 3, "LOC"), (3, 11, "LOC")]
    assert snap_to_words(text, raw) == raw
    arabic = TEXTS["ar"]
    start = arabic.index("كارولين")
    assert snap_to_words(arabic, [(start + 1, start + 4, "PER")]) == [(start + 1, start + 4, "PER")]


def test_separate_names_with_punctuation_between_stay_apart() -> None:
    text = "Foto: KCNA/AFP/Ritzau Scanpix"
    spans = [(text.index(n), text.index(n) + len(n), "ORG") for n in ("KCNA", "AFP", "Ritzau Scanpix")]
    assert snap_to_words(text, spans) == spans


def test_pieces_of_one_name_in_an_uncased_script_with_spaces_are_joined() -> None:
    text = "التقى الرئيس الروسي فلاديمير بوتين بالزعيم"
    a = text.index("فلاديمير")
    raw = [(a, a + 3, "PER"), (a + 3, a + 5, "PER"), (a + 5, a + 14, "PER")]
    assert [text[s:e] for s, e, _ in snap_to_words(text, raw)] == ["فلاديمير بوتين"]
