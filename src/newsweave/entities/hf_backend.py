"""`TransformersBackend`: named entities from a Hugging Face token-classification model.

The model is read from a local folder only (as `save_pretrained` writes it, or a model
downloaded beforehand on a connected machine); newsweave never downloads one. transformers
and torch are optional (`pip install 'newsweave[transformers]'`) and imported only when
the model loads. Inference runs on the CPU.

How a text becomes entities:

1. The fast tokenizer cuts the text into windows that fit the model (its maximum length),
   consecutive windows overlapping by `stride` tokens, each token with its character
   offsets (`offset_mapping`) and the index of the word it belongs to (words as the
   tokenizer's pre-tokenizer splits them: whitespace and, for BERT-like models,
   punctuation).
2. Each token takes the prediction (argmax over `config.id2label`) from the window in
   which it is farthest from an edge, so every token is judged with context on both sides.
3. A word's tag is its first subword's ("first" aggregation: the usual recipe trains
   on labels of first subwords), skipping subwords with no letter or digit (a tokenizer
   that splits on whitespace only may make "«" the first subword of "«Putin»"); words
   are then decoded into entities by their tags: B-X starts an entity, I-X continues
   one of type X (an I-X after O or another type starts one: lenient IOB), E-/L- ends
   one, S-/U- is one word; plain IO tags (PER, LOC) join consecutive words of a type.
4. An entity spans from its first word's start to its last word's end, less leading or
   trailing punctuation subwords the model itself tags O (so "Putin." from a tokenizer
   that keeps the full stop in the word gives "Putin", while "U.S." stays whole when the
   model tags its full stops as part of the name).
5. Types are mapped to PER/ORG/LOC/MISC through the label map; others are dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from newsweave.entities.backend import (
    NerModelError,
    RawMention,
    clean_mentions,
    map_label,
    normalise_labels,
    same_language,
    split_tag,
)

INSTALL_HINT = "pip install 'newsweave[transformers]'"

# A tokenizer's model_max_length above this is transformers' "not set" sentinel.
_UNSET_MAX_LENGTH = 100_000


class TransformersBackend:
    """Entities from a Hugging Face token-classification model saved in a local folder.

    `labels`: maps the model's entity types (from `config.id2label`, without B-/I-
    prefixes) to PER/ORG/LOC/MISC; default `DEFAULT_LABELS`. `languages`: the languages
    the model is for (ISO 639-1); None means any. `max_length`: tokens per window (default:
    the model's maximum); `stride`: tokens shared by consecutive windows; `batch_size`:
    windows per forward pass. `threads`: torch's intra-op threads for this process, set
    when the model loads (`torch.set_num_threads`, process-wide); None leaves torch's
    default of one per core. Use 1 in each worker of a process pool: on a busy machine
    torch's threads wait on each other and small models run many times slower.
    """

    def __init__(
        self,
        path: str | Path,
        labels: Mapping[str, str] | None = None,
        languages: Collection[str] | None = None,
        max_length: int | None = None,
        stride: int = 64,
        batch_size: int = 8,
        threads: int | None = None,
    ) -> None:
        self.path = str(Path(path).expanduser().resolve())
        self.name = f"hf:{path}"
        self.labels = normalise_labels(labels)
        self.languages = frozenset(languages) if languages is not None else None
        self.max_length = max_length
        self.stride = stride
        self.batch_size = batch_size
        self.threads = threads
        self._model: Any = None
        self._tokenizer: Any = None
        self._tags: list[tuple[str, str | None]] = []
        self._window = 0
        self._overlap = 0

    def supports(self, language: str | None) -> bool:
        if self.languages is None:
            return True
        return any(same_language(language, lang) for lang in self.languages)

    def load(self) -> None:
        """Load the tokenizer and model now (they load on first use otherwise); raises
        `NerModelError` with what to do when they cannot be loaded."""
        if self._model is None:
            self._load()

    def __call__(self, text: str, language: str | None) -> list[RawMention]:
        if not text.strip():
            return []
        self.load()
        tokens, words = self._predict(text)
        return clean_mentions(text, self._decode(text, tokens, words))

    # -- loading ------------------------------------------------------------------------

    def _load(self) -> None:
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
        except ImportError as exc:
            raise NerModelError(
                f"{self.name}: Hugging Face models need transformers and torch; {INSTALL_HINT}"
            ) from exc
        folder = Path(self.path)
        if not (folder / "config.json").is_file():
            raise NerModelError(
                f"{self.name}: {self.path} is not a folder with a saved model (no config.json). "
                "newsweave reads Hugging Face models from a local folder only and never "
                "downloads one: save the model with save_pretrained (or download it on a "
                "connected machine) and give that folder, as in --ner hf:/path/to/model"
            )
        from transformers.utils import logging as hf_logging

        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # no "Loading weights" bar in the middle of a run
        try:
            tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
            model = AutoModelForTokenClassification.from_pretrained(folder, local_files_only=True)
        except Exception as exc:
            raise NerModelError(
                f"{self.name}: cannot load a token-classification model and its tokenizer "
                f"from {self.path} ({type(exc).__name__}: {exc}); the folder needs config.json, "
                "the weights and the tokenizer files, as save_pretrained writes them"
            ) from exc
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        if not getattr(tokenizer, "is_fast", False):
            raise NerModelError(
                f"{self.name}: the tokenizer in {self.path} is a slow (Python) one; entities "
                "need character offsets, which only fast tokenizers give: save the model's "
                "fast tokenizer (tokenizer.json) to the folder"
            )
        id2label = {int(i): str(t) for i, t in model.config.id2label.items()}
        tags = [split_tag(id2label.get(i, "O")) for i in range(model.config.num_labels)]
        if not any(kind and map_label(kind, self.labels) for _, kind in tags):
            names = ", ".join(sorted(set(id2label.values())))
            raise NerModelError(
                f"{self.name}: none of the model's labels ({names}) "
                "maps to PER, ORG, LOC or MISC; give a label map (labels=...)"
            )
        model.eval()
        if self.threads:
            torch.set_num_threads(self.threads)
        self._tokenizer, self._model, self._tags = tokenizer, model, tags
        self._window = self._window_length(tokenizer, model.config)
        room = self._window - tokenizer.num_special_tokens_to_add()
        self._overlap = max(0, min(self.stride, room // 2))

    def _window_length(self, tokenizer: Any, config: Any) -> int:
        limit = int(tokenizer.model_max_length)
        positions = getattr(config, "max_position_embeddings", None)
        if positions:
            # RoBERTa-style position ids start after the padding index.
            if "roberta" in config.model_type or config.model_type == "camembert":
                positions -= (getattr(config, "pad_token_id", None) or 0) + 1
            limit = min(limit, positions) if limit < _UNSET_MAX_LENGTH else positions
        elif limit >= _UNSET_MAX_LENGTH:
            limit = 512
        if self.max_length:
            limit = min(limit, self.max_length)
        if limit <= tokenizer.num_special_tokens_to_add() + 1:
            raise NerModelError(f"{self.name}: window of {limit} tokens is too short")
        return limit

    # -- inference ----------------------------------------------------------------------

    def _predict(
        self, text: str
    ) -> tuple[dict[tuple[int, int], tuple[int, int]], dict[int, list[tuple[int, int]]]]:
        """Per token (by its character span): (tag id, distance from its window's edge) of
        the best window; per word index: the character spans of its tokens."""
        import torch

        enc = self._tokenizer(
            text,
            truncation=True,
            max_length=self._window,
            stride=self._overlap,
            return_overflowing_tokens=True,
            return_offsets_mapping=True,
            padding=True,
            return_tensors="pt",
        )
        inputs = {
            k: v
            for k, v in enc.items()
            if k not in ("offset_mapping", "overflow_to_sample_mapping")
        }
        offsets = enc["offset_mapping"].tolist()
        tokens: dict[tuple[int, int], tuple[int, int]] = {}
        words: dict[int, list[tuple[int, int]]] = {}
        n = len(offsets)
        with torch.inference_mode():
            for first in range(0, n, self.batch_size):
                batch = {k: v[first : first + self.batch_size] for k, v in inputs.items()}
                predicted = self._model(**batch).logits.argmax(-1).tolist()
                for row, tags in enumerate(predicted):
                    window = first + row
                    word_ids = enc.word_ids(window)
                    content = [
                        i
                        for i, seq in enumerate(enc.sequence_ids(window))
                        if seq == 0 and word_ids[i] is not None
                    ]
                    for k, i in enumerate(content):
                        start, end = offsets[window][i]
                        if start >= end:
                            continue
                        key = (start, end)
                        margin = min(k, len(content) - 1 - k)
                        if key not in tokens:
                            words.setdefault(word_ids[i], []).append(key)
                        if key not in tokens or margin > tokens[key][1]:
                            tokens[key] = (tags[i], margin)
        return tokens, words

    def _decode(
        self,
        text: str,
        tokens: dict[tuple[int, int], tuple[int, int]],
        words: dict[int, list[tuple[int, int]]],
    ) -> list[RawMention]:
        """Entities from the first-subword tag of each word (see the module docstring)."""
        out: list[RawMention] = []
        current: list[Any] | None = None  # [first word's tokens, last word's tokens, type]

        def close() -> None:
            nonlocal current
            if current is not None:
                span = self._trim(text, tokens, current[0], current[1])
                label = map_label(current[2], self.labels)
                if span is not None and label is not None:
                    out.append((span[0], span[1], label))
            current = None

        for word in sorted(words):
            keys = sorted(words[word])
            lead = next((k for k in keys if _has_alnum(text, k)), keys[0])
            prefix, kind = self._tags[tokens[lead][0]]
            if kind is None:
                close()
                continue
            if current is None or prefix in "BSU" or current[2] != kind:
                close()
                current = [keys, keys, kind]
            else:
                current[1] = keys
            if prefix in "ESLU":
                close()
        close()
        return out

    def _trim(
        self,
        text: str,
        tokens: dict[tuple[int, int], tuple[int, int]],
        first: list[tuple[int, int]],
        last: list[tuple[int, int]],
    ) -> tuple[int, int] | None:
        """The span from the first word to the last, less edge subwords that are
        punctuation the model tags O."""

        def dropped(key: tuple[int, int]) -> bool:
            outside = self._tags[tokens[key][0]][1] is None
            return outside and not _has_alnum(text, key)

        head = list(first)
        while len(head) > 1 and dropped(head[0]):
            head.pop(0)
        tail = list(last) if last is not first else head
        while len(tail) > 1 and dropped(tail[-1]):
            tail.pop()
        start, end = head[0][0], tail[-1][1]
        return (start, end) if start < end else None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_model"] = None
        state["_tokenizer"] = None
        return state

    def __repr__(self) -> str:
        return f"TransformersBackend({self.path!r})"


def _has_alnum(text: str, key: tuple[int, int]) -> bool:
    return any(c.isalnum() for c in text[key[0] : key[1]])
