"""Translation models the tests build: tiny, with random (seeded) weights, saved as a
user's would be, read back without the network. Their output is nonsense made of the
words they know; what the tests check is that they load and translate as real ones do.

The tests that need them skip when transformers or torch is missing, unless
NEWSWEAVE_REQUIRE_TRANSFORMERS=1 (as `.ci/run` sets)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

REQUIRED = os.environ.get("NEWSWEAVE_REQUIRE_TRANSFORMERS") == "1"
INSTALLED = all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers"))
needs_transformers = pytest.mark.skipif(
    not INSTALLED and not REQUIRED,
    reason="transformers and torch are not installed (pip install 'newsweave[transformers]'); "
    "NEWSWEAVE_REQUIRE_TRANSFORMERS=1 makes this a failure",
)
ARGOS = INSTALLED and importlib.util.find_spec("ctranslate2") is not None
needs_argos = pytest.mark.skipif(
    not ARGOS and not REQUIRED,
    reason="building an Argos package needs ctranslate2, transformers and torch (pip install "
    "'newsweave[test]'); NEWSWEAVE_REQUIRE_TRANSFORMERS=1 makes this a failure",
)
WORDS = [
    *["Nordkoreas", "leder", "viser", "stor", "interesse", "for", "raketbygning", "sagde", "Putin"],
    *["Nordkorea", "braucht", "Bargeld", "Russland", "Munition"],
    *["North", "Korea", "needs", "cash", "Russia", "ammunition", "the", "leader", "shows", "great", "interest"],
]


@contextmanager
def no_sacremoses_warning() -> Iterator[None]:
    """MarianTokenizer's "Recommended: pip install sacremoses", which only matters for
    real text in some languages, not to these tests."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Recommended: pip install sacremoses")
        yield


TINY = {"d_model": 16, "encoder_layers": 1, "decoder_layers": 1, "encoder_attention_heads": 2,
        "decoder_attention_heads": 2, "encoder_ffn_dim": 32, "decoder_ffn_dim": 32}  # fmt: skip
# The shape of an OPUS-MT model (opus-mt-da-en): for benchmarks/translation.py
OPUS_MT = {"d_model": 512, "encoder_layers": 6, "decoder_layers": 6,
           "encoder_attention_heads": 8, "decoder_attention_heads": 8,
           "encoder_ffn_dim": 2048, "decoder_ffn_dim": 2048}  # fmt: skip


def save_weights(
    folder, vocab_size: int, pad: int = 0, eos: int = 1, positions: int = 64, shape: dict = TINY
) -> None:
    """A Marian model (random weights, seeded; one layer each way unless `shape` says
    otherwise) for a vocabulary of `vocab_size`, with the <pad> and </s> ids its
    tokenizer has."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    torch.manual_seed(0)
    config = MarianConfig(
        vocab_size=vocab_size, max_position_embeddings=positions, pad_token_id=pad,
        eos_token_id=eos, decoder_start_token_id=pad, forced_eos_token_id=eos, **shape,
    )  # fmt: skip
    MarianMTModel(config).save_pretrained(folder)


def save_marian(folder) -> None:
    """A Marian model of one layer each way and a word-level fast tokenizer, saved as
    `save_pretrained` writes them, with the languages it says it translates."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {"<pad>": 0, "</s>": 1, "<unk>": 2}
    for word in WORDS:
        vocab.setdefault(word, len(vocab))
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.post_processor = processors.TemplateProcessing(
        single="$A </s>", special_tokens=[("</s>", 1)]
    )
    PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="<unk>", pad_token="<pad>", eos_token="</s>",
        model_max_length=64,
    ).save_pretrained(folder)  # fmt: skip
    save_weights(folder, len(vocab))
    (folder / "newsweave.json").write_text(json.dumps({"source": ["da", "de"], "target": ["en"]}))


def save_opus_mt(
    folder, symbols: tuple[str, ...] = (), positions: int = 64, shape: dict = TINY,
    vocab_size: int = 0, corpus: Sequence[str] = (), pieces: int = 60,
) -> None:
    """A Marian model in OPUS-MT's own layout: a sentencepiece model for each side
    (source.spm, target.spm) and vocab.json, read by transformers' MarianTokenizer, </s>
    first and <pad> last as OPUS-MT has them; the languages in the folder's name only
    (opus-mt-da-en). `symbols`: tokens the vocabulary has whole (">>de<<", "__de__");
    `positions`: the longest text, in tokens, the model reads or writes; `vocab_size`:
    a vocabulary that large (the pieces the tokenizer never makes fill it); `corpus`:
    the texts its tokenizer learns `pieces` pieces from (else the test words)."""
    import sentencepiece as spm
    from transformers import MarianTokenizer

    work = folder.parent / f"{folder.name}-build"
    work.mkdir()
    lines = list(corpus) or [" ".join(WORDS)] * 20
    (work / "corpus.txt").write_text("\n".join(lines), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(work / "corpus.txt"), model_prefix=str(work / "sp"), vocab_size=pieces,
        hard_vocab_limit=False, eos_id=0, unk_id=1, bos_id=-1, pad_id=-1,
        user_defined_symbols=list(symbols), minloglevel=2,
    )  # fmt: skip
    pieces = spm.SentencePieceProcessor(model_file=str(work / "sp.model"))
    vocab = {pieces.id_to_piece(i): i for i in range(pieces.get_piece_size())}
    vocab.update((f"<unused{i}>", i) for i in range(len(vocab), vocab_size - 1))
    vocab["<pad>"] = len(vocab)
    (work / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    with no_sacremoses_warning():
        MarianTokenizer(
            vocab=str(work / "vocab.json"), source_spm=str(work / "sp.model"),
            target_spm=str(work / "sp.model"),
        ).save_pretrained(folder)  # fmt: skip
    save_weights(folder, len(vocab), pad=vocab["<pad>"], eos=0, positions=positions, shape=shape)


def save_argos(
    folder, source: str, target: str, prefix: str = "", quantization: str | None = None,
    **opus_mt: Any,
) -> None:
    """An Argos Translate package as argospm installs one: metadata.json, a CTranslate2
    model in model/ (an OPUS-MT-like model converted as Argos's own are, with
    `quantization` if given: "int8" as Argos ships them) and sentencepiece.model; with
    `prefix`, a model whose output starts with that token. `opus_mt`: see save_opus_mt."""
    from ctranslate2.converters import TransformersConverter

    folder.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as work:
        marian = Path(work) / "opus-mt"
        opus_mt.setdefault("positions", 512)  # as OPUS-MT
        save_opus_mt(marian, symbols=(prefix,) if prefix else (), **opus_mt)
        with no_sacremoses_warning():  # the converter loads the tokenizer
            TransformersConverter(str(marian)).convert(
                str(folder / "model"), quantization=quantization
            )
        shutil.copy(Path(work) / "opus-mt-build" / "sp.model", folder / "sentencepiece.model")
    metadata = {"package_version": "1.0", "argos_version": "1.9", "from_code": source,
                "to_code": target, "type": "translate"}  # fmt: skip
    if prefix:
        metadata["target_prefix"] = prefix
    (folder / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")
