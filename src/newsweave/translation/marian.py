"""`hf:PATH`: a Hugging Face sequence-to-sequence model of the Marian family (MarianMT,
the OPUS-MT models) in a local folder, never from the network; transformers and torch come
with `pip install 'newsweave[transformers]'`, with sentencepiece for OPUS-MT's own
tokenizers. Inference runs on the CPU.

Which languages a Marian model translates is not in its files: the folder says it, in a
`newsweave.json` (``{"source": ["da", "de"], "target": ["en"]}``) or in its name as
OPUS-MT names them (``opus-mt-da-en``; ``opus-mt-mul-en`` for many sources). A model with
several targets picks one with a ``>>xx<<`` token before the text, when its vocabulary
has one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newsweave.translation.base import MAX_TOKENS, TranslationError

INSTALL_HINT = "pip install 'newsweave[transformers]'"
ANY = "mul"  # OPUS-MT's name for "many languages"
_CODES = r"([a-z]{2,3}(?:_[a-z]{2,3})*)"
_OPUS = re.compile(rf"opus-mt-(?:tc-big-)?{_CODES}-{_CODES}")


def languages_of(folder: Path) -> tuple[frozenset[str], frozenset[str]]:
    """(source languages, target languages) a Marian model folder says it translates
    ("mul": any); from its newsweave.json, else from its OPUS-MT name."""
    stated = folder / "newsweave.json"
    if stated.is_file():
        data = json.loads(stated.read_text(encoding="utf-8"))
        try:
            return frozenset(data["source"]), frozenset(data["target"])
        except (KeyError, TypeError):
            raise TranslationError(
                f'{stated} must hold {{"source": [codes], "target": [codes]}}'
            ) from None
    found = _OPUS.search(folder.name)
    if found is None:
        raise TranslationError(
            f"which languages {folder} translates is not known: add a newsweave.json to it, "
            '{"source": ["da"], "target": ["en"]}, or give it its OPUS-MT name (opus-mt-da-en)'
        )
    return frozenset(found.group(1).split("_")), frozenset(found.group(2).split("_"))


class MarianTranslator:
    """A Marian sequence-to-sequence model in a local folder (`save_pretrained`'s files:
    config.json, the weights, and its tokenizer). Loaded by `load`, or on first use."""

    def __init__(self, path: str | Path, threads: int | None = None) -> None:
        self.folder = Path(path).expanduser().resolve()
        if not self.folder.is_dir():
            raise TranslationError(
                f"no model folder at {self.folder}: hf:PATH is the folder a MarianMT model "
                "was saved to (config.json, its weights and tokenizer)"
            )
        self.name = f"hf:{self.folder.name}"
        self.sources, self.targets = languages_of(self.folder)
        self.threads = threads
        self._model: Any = None
        self._tokenizer: Any = None

    def supports(self, source: str, target: str) -> bool:
        return (
            source != target
            and (source in self.sources or ANY in self.sources)
            and (target in self.targets or ANY in self.targets)
        )

    def model(self, source: str, target: str) -> str:
        return self.name

    def load(self) -> None:
        if self._model is not None:
            return
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as exc:
            raise TranslationError(
                f"translation needs transformers and torch: {INSTALL_HINT}"
            ) from exc
        if self.threads:
            torch.set_num_threads(self.threads)
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(self.folder, local_files_only=True)
            self._model = AutoModelForSeq2SeqLM.from_pretrained(
                self.folder, local_files_only=True
            ).eval()
        except (OSError, ValueError) as exc:
            raise TranslationError(f"cannot load the model in {self.folder}: {exc}") from exc

    def _prefix(self, target: str) -> str:
        """The ">>xx<< " a model of several targets needs to write `target`, else ""."""
        if len(self.targets) < 2 and ANY not in self.targets:
            return ""
        token = f">>{target}<<"
        known = self._tokenizer.convert_tokens_to_ids(token)
        return f"{token} " if known is not None and known != self._tokenizer.unk_token_id else ""

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        if not self.supports(source, target):
            raise TranslationError(f"{self.name} does not translate {source} into {target}")
        if not texts:
            return []
        self.load()
        import torch

        prefix = self._prefix(target)
        batch = self._tokenizer(
            [prefix + t for t in texts],
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=min(MAX_TOKENS, self._tokenizer.model_max_length),
        )
        # never more tokens than the model has positions for
        longest = min(MAX_TOKENS, getattr(self._model.config, "max_position_embeddings", 512) - 1)
        with torch.inference_mode():
            out = self._model.generate(**batch, max_new_tokens=longest, num_beams=1)
        return [t.strip() for t in self._tokenizer.batch_decode(out, skip_special_tokens=True)]
