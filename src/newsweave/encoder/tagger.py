"""Token classification on the encoder: a fine-tuned model folder and its BIO decoding.

A tagger folder holds three files, written by ``training/train_encoder_ner.py``:

    encoder.bin   the fine-tuned encoder (``E5S1`` layout, see ``weights``), N layers
    head.npz      the linear head: ``w`` (tags × hidden), ``b`` (tags), ``tags`` (IOB2 names)
    meta.json     what the folder is: {"format": 1, "tags": [...], "layers": N, ...}

Every subword was trained to carry a label (a word's first subword its tag, the others I-
of its type), so raw text needs no word segmentation: each span of text is tokenised, run
through the encoder, and the best tag sequence is found by Viterbi over the head's
log-probabilities with IOB2's one rule (an I-X follows a B-X or an I-X). Special tokens
and bare metaspaces (no character of their own) are skipped. An entity runs from its first
token's start to its last token's end.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsweave.encoder.model import Encoder
from newsweave.encoder.tokenizer import Encoding

FORMAT = 1
FILES = ("encoder.bin", "head.npz", "meta.json")
# Tokens per window: the length the tagger was trained on (training/train_encoder_ner.py).
WINDOW = 256
# Padded tokens per forward batch: sentences are short, and small batches stay in cache
# (6 layers, one core, German news dev: 64: 2,197 subword tokens/s; 128: 2,397; 256: 2,156;
# 512: 1,658; 2048: 1,566; benchmarks/RESULTS.md).
BATCH_TOKENS = 128

Entity = tuple[int, int, str]  # (char start, char end, type)

# Bidirectional controls (LRE … RLO, LRI … PDI, LRM, RLM, ALM) are read as spaces: the
# vocabulary has pieces for some of them, and one glued to a word ("\u202eSanwo-Olu")
# would make the word a continuation of a piece the model never saw in training. The
# text keeps its length, so offsets do not move.
_BIDI_AS_SPACE = str.maketrans(dict.fromkeys(
    [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F, 0x061C], " "))


class TaggerFormatError(ValueError):
    """A folder that is not a tagger this code can read; the message says what is wrong."""


@dataclass(frozen=True)
class TaggerFiles:
    folder: Path
    meta: dict

    @classmethod
    def check(cls, folder: str | Path) -> TaggerFiles:
        """The folder's files, checked to be present and of a format this code reads."""
        path = Path(folder)
        missing = [name for name in FILES if not (path / name).is_file()]
        if missing:
            raise TaggerFormatError(f"{path} is not an encoder tagger folder: "
                                    f"{', '.join(missing)} missing")
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise TaggerFormatError(f"{path}/meta.json: format {meta.get('format')!r}; this "
                                    f"newsweave reads format {FORMAT}")
        return cls(path, meta)


class Tagger:
    """An encoder with a token-classification head (see the module docstring)."""

    def __init__(self, encoder: Encoder, weight: np.ndarray, bias: np.ndarray,
                 tags: Sequence[str]) -> None:
        if weight.shape != (len(tags), encoder.hidden) or bias.shape != (len(tags),):
            raise TaggerFormatError(f"head of shape {weight.shape} / {bias.shape} does not fit "
                                    f"{len(tags)} tags and hidden size {encoder.hidden}")
        self.encoder = encoder
        self.weight = np.ascontiguousarray(weight.T, np.float32)
        self.bias = bias.astype(np.float32)
        self.tags = tuple(tags)
        self.types = tuple(t[2:] if t != "O" else "" for t in self.tags)
        self._allowed = _transitions(self.tags)

    @classmethod
    def load(cls, folder: str | Path) -> Tagger:
        files = TaggerFiles.check(folder)
        head = np.load(files.folder / "head.npz", allow_pickle=False)
        tags = [str(t) for t in head["tags"]]
        if tags != list(files.meta.get("tags", tags)):
            raise TaggerFormatError(f"{files.folder}: head.npz and meta.json disagree on the tags")
        return cls(Encoder.load(files.folder / "encoder.bin"), head["w"], head["b"], tags)

    def tag(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Entity]:
        """Entities in `text`, each span of `spans` (sentences, say) read on its own; a span
        longer than `WINDOW` tokens is read in consecutive windows."""
        encodings: list[Encoding] = []
        shifts: list[int] = []
        for start, end in spans:
            if start >= end:
                continue
            for enc in self.encoder.windows(self.encoder.encode(
                    text[start:end].translate(_BIDI_AS_SPACE)), WINDOW):
                encodings.append(enc)
                shifts.append(start)
        out: list[Entity] = []
        states = self.encoder.token_states(encodings, batch_tokens=BATCH_TOKENS)
        for enc, shift, hidden in zip(encodings, shifts, states, strict=True):
            out.extend((a + shift, b + shift, kind) for a, b, kind in self._decode(enc, hidden))
        return snap_to_words(text, sorted(out))

    def _decode(self, enc: Encoding, hidden: np.ndarray) -> list[Entity]:
        real = np.flatnonzero(enc.offsets[:, 1] > enc.offsets[:, 0])
        if not len(real):
            return []
        logits = hidden[real] @ self.weight + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        path = viterbi(logp, self._allowed)
        entities: list[Entity] = []
        start = end = -1
        kind = ""
        for token, tag in zip(real, path, strict=True):
            name = self.tags[tag]
            a, b = (int(x) for x in enc.offsets[token])
            if name.startswith("I-") and start >= 0:
                end = b
                continue
            if start >= 0:
                entities.append((start, end, kind))
                start = -1
            if name != "O":
                start, end, kind = a, b, self.types[tag]
        if start >= 0:
            entities.append((start, end, kind))
        return entities


def snap_to_words(text: str, entities: list[Entity]) -> list[Entity]:
    """Entities that start or end inside a word of a cased script (Latin, Cyrillic, Greek
    …) widened to the whole word, and entities that then overlap, or touch with no space
    between, merged (the first one's type wins): a name never starts or ends in the middle
    of "Pjöngjang", and "Jong" + "-un" is one name, as are two pieces of one type that
    touch in a script without case but with spaces ("فلا" + "ديمير"). Words of uncased
    scripts are not widened (an Arabic or Korean word carries clitics and particles:
    "بالزعيم", "평양에"), and two names that touch in a script written without spaces
    ("俄罗斯" + "乌德穆尔特共和国") stay two."""
    out: list[Entity] = []
    for start, end, kind in entities:
        while start > 0 and _cased(text[start - 1]) and _cased(text[start]):
            start -= 1
        while end < len(text) and _cased(text[end - 1]) and _cased(text[end]):
            end += 1
        touching = out and start == out[-1][1]
        if out and (start < out[-1][1] or (touching and (
                _cased(text[start]) or (kind == out[-1][2] and not _unspaced(text[start]))))):
            prev = out.pop()
            start, end, kind = prev[0], max(prev[1], end), prev[2]
        out.append((start, end, kind))
    return out


# Scripts written without spaces between words (Unicode character name prefixes).
UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN")


def _unspaced(char: str) -> bool:
    """A letter of a script written without spaces, where two names may touch."""
    return unicodedata.name(char, "").startswith(UNSPACED)


def _cased(char: str) -> bool:
    """A letter of a script with case, or a digit: part of a word with visible bounds."""
    return char.isdigit() or (char.isalpha() and char.lower() != char.upper())


def _transitions(tags: Sequence[str]) -> np.ndarray:
    """allowed[i, j]: whether tag j may follow tag i (IOB2: I-X only after B-X or I-X);
    row -1 is the start of the sequence."""
    n = len(tags)
    allowed = np.ones((n + 1, n), bool)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            for i, prev in enumerate([*tags, "O"]):
                allowed[i, j] = prev[2:] == tag[2:] and prev != "O" and i < n
    return allowed


def viterbi(logp: np.ndarray, allowed: np.ndarray) -> list[int]:
    """The most probable tag sequence under the `allowed` transitions."""
    penalty = np.where(allowed, np.float32(0), np.float32(-1e9))
    score = logp[0] + penalty[-1]
    back = np.zeros(logp.shape, np.int64)
    for t in range(1, len(logp)):
        total = score[:, None] + penalty[:-1]
        back[t] = total.argmax(axis=0)
        score = total[back[t], np.arange(logp.shape[1])] + logp[t]
    path = [int(score.argmax())]
    for t in range(len(logp) - 1, 0, -1):
        path.append(int(back[t, path[-1]]))
    return path[::-1]
