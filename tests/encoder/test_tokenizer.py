from __future__ import annotations

import itertools

import pytest

from newsweave.encoder.tokenizer import METASPACE, Tokenizer

from .conftest import TEXTS, tiny_vocabulary


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return Tokenizer(tiny_vocabulary())


def brute_force_best(tok: Tokenizer, word: str) -> float:
    """The best score over every way of cutting `word` into pieces (or single-char unks)."""
    vocab = {p: i for i, p in enumerate(tok.vocab.pieces) if not p.startswith("<")}
    best = float("-inf")
    for cuts in itertools.product([False, True], repeat=len(word) - 1):
        bounds = [0] + [i + 1 for i, cut in enumerate(cuts) if cut] + [len(word)]
        score = 0.0
        for a, b in itertools.pairwise(bounds):
            piece = word[a:b]
            if piece in vocab:
                score += float(tok.vocab.scores[vocab[piece]])
            elif b - a == 1:
                score += tok._unk_score
            else:
                break
        else:
            best = max(best, score)
    return best


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_offsets_point_at_the_text_of_each_piece(tok: Tokenizer, lang: str) -> None:
    text = TEXTS[lang]
    enc = tok.encode(text)
    assert enc.ids[0] == tok.bos and enc.ids[-1] == tok.eos
    assert tuple(enc.offsets[0]) == (-1, -1) and tuple(enc.offsets[-1]) == (-1, -1)
    covered = []
    for piece_id, (start, end) in zip(enc.ids[1:-1], enc.offsets[1:-1], strict=True):
        piece = tok.vocab.pieces[piece_id]
        if piece_id == tok.unk:
            assert end - start == 1
        else:
            assert text[start:end] == piece.lstrip(METASPACE)
        covered.append((start, end))
    # the pieces cover every non-space character exactly once, in order
    chars = [i for a, b in covered for i in range(a, b)]
    assert chars == [i for i, ch in enumerate(text) if ch != " "]


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_each_word_gets_the_best_scoring_segmentation(tok: Tokenizer, lang: str) -> None:
    for word in TEXTS[lang].split(" ")[:6]:
        word = METASPACE + word
        if len(word) > 14:
            continue
        pieces = tok._viterbi(word)
        score = sum(tok._unk_score if p == tok.unk else float(tok.vocab.scores[p])
                    for p, _, _ in pieces)
        assert score == pytest.approx(brute_force_best(tok, word), abs=1e-4)


def test_known_segmentations(tok: Tokenizer) -> None:
    enc = tok.encode("Nordkorea braucht Bargeld")
    assert tok.pieces(enc) == ["<s>", "▁Nordkorea", "▁braucht", "▁Bar", "geld", "</s>"]
    enc = tok.encode("俄罗斯乌德穆尔特共和国")
    assert tok.pieces(enc)[1:4] == ["▁", "俄罗斯", "乌"]
    assert tok.pieces(enc)[-2] == "共和国"
    assert tuple(enc.offsets[1]) == (0, 0)  # the bare metaspace: an empty span at the start


def test_unknown_characters_are_one_unk_each(tok: Tokenizer) -> None:
    text = "sagte\u201c\u201c Putin"
    enc = tok.encode(text)
    unks = [tuple(o) for i, o in zip(enc.ids, enc.offsets, strict=True) if i == tok.unk]
    assert unks == [(5, 6), (6, 7)]


def test_normalisation_keeps_offsets_into_the_raw_text(tok: Tokenizer) -> None:
    text = "\u3000Ｋｉｍ\u00a0 og\tPutin\x07 \n"
    enc = tok.encode(text)
    assert tok.pieces(enc) == ["<s>", "▁Kim", "▁og", "▁Putin", "▁", "</s>"]
    # full-width letters map back to themselves; the deleted bell and the spaces vanish
    assert enc.offsets.tolist() == [[-1, -1], [1, 4], [6, 8], [9, 14], [17, 17], [-1, -1]]
    # a ligature that normalises to two characters maps both pieces to the one character
    enc = tok.encode("\ufb01")
    assert [tuple(o) for o in enc.offsets[1:-1]][-1] == (0, 1)


def test_runs_of_spaces_are_one_metaspace(tok: Tokenizer) -> None:
    assert tok.encode("Kim  \t  og").ids.tolist() == tok.encode("Kim og").ids.tolist()


def test_prefix_tokens_have_no_offsets_and_text_offsets_are_unshifted(tok: Tokenizer) -> None:
    text = TEXTS["ru"]
    plain = tok.encode(text)
    prefixed = tok.encode(text, prefix="Иран: ")
    n_prefix = len(prefixed) - len(plain)
    assert n_prefix > 0
    assert all(tuple(o) == (-1, -1) for o in prefixed.offsets[1: 1 + n_prefix])
    assert prefixed.ids[1 + n_prefix:].tolist() == plain.ids[1:].tolist()
    assert prefixed.offsets[1 + n_prefix:].tolist() == plain.offsets[1:].tolist()


def test_control_pieces_never_match_text(tok: Tokenizer) -> None:
    enc = tok.encode("<s> <mask>")
    assert tok.bos not in enc.ids[1:-1].tolist()
    assert tok.vocab.pieces.index("<mask>") not in enc.ids.tolist()


def test_empty_text_is_one_metaspace(tok: Tokenizer) -> None:
    assert tok.pieces(tok.encode("")) == ["<s>", "▁", "</s>"]
