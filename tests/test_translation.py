"""Machine translation with the reader's own model (`newsweave.translation`): a tiny
Marian model with random weights, built here and read from its folder as a user's OPUS-MT
model would be (no network). The desk's use of it: tests/desk/test_translation_page.py.

Skipped when transformers or torch is missing, unless NEWSWEAVE_REQUIRE_TRANSFORMERS=1
(as `.ci/run` sets)."""

from __future__ import annotations

import importlib.util
import json
import os

import pytest

from newsweave.translation import (
    Cached,
    MarianTranslator,
    TranslationError,
    languages_of,
    load_translator,
)

REQUIRED = os.environ.get("NEWSWEAVE_REQUIRE_TRANSFORMERS") == "1"
INSTALLED = all(importlib.util.find_spec(m) is not None for m in ("torch", "transformers"))
needs_transformers = pytest.mark.skipif(
    not INSTALLED and not REQUIRED,
    reason="transformers and torch are not installed (pip install 'newsweave[transformers]'); "
    "NEWSWEAVE_REQUIRE_TRANSFORMERS=1 makes this a failure",
)
WORDS = [
    *["Nordkoreas", "leder", "viser", "stor", "interesse", "for", "raketbygning", "sagde", "Putin"],
    *["Nordkorea", "braucht", "Bargeld", "Russland", "Munition"],
    *["North", "Korea", "needs", "cash", "Russia", "ammunition", "the", "leader", "shows", "great", "interest"],
]


def save_weights(folder, vocab_size: int) -> None:
    """A Marian model of one layer each way (random weights, seeded) for a vocabulary of
    `vocab_size`, with <pad> 0 and </s> 1 as its tokenizers have them."""
    import torch
    from transformers import MarianConfig, MarianMTModel

    torch.manual_seed(0)
    config = MarianConfig(
        vocab_size=vocab_size, d_model=16, encoder_layers=1, decoder_layers=1,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
        decoder_ffn_dim=32, max_position_embeddings=64, pad_token_id=0, eos_token_id=1,
        decoder_start_token_id=0, forced_eos_token_id=1,
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


def save_opus_mt(folder) -> None:
    """A Marian model in OPUS-MT's own layout: a sentencepiece model for each side
    (source.spm, target.spm) and vocab.json, read by transformers' MarianTokenizer; the
    languages in the folder's name only (opus-mt-da-en)."""
    import sentencepiece as spm
    from transformers import MarianTokenizer

    work = folder.parent / f"{folder.name}-build"
    work.mkdir()
    (work / "corpus.txt").write_text("\n".join([" ".join(WORDS)] * 20), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(work / "corpus.txt"), model_prefix=str(work / "sp"), vocab_size=60,
        hard_vocab_limit=False, pad_id=0, eos_id=1, unk_id=2, bos_id=-1, minloglevel=2,
    )  # fmt: skip
    pieces = spm.SentencePieceProcessor(model_file=str(work / "sp.model"))
    vocab = {pieces.id_to_piece(i): i for i in range(pieces.get_piece_size())}
    (work / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
    MarianTokenizer(
        vocab=str(work / "vocab.json"), source_spm=str(work / "sp.model"),
        target_spm=str(work / "sp.model"),
    ).save_pretrained(folder)  # fmt: skip
    save_weights(folder, len(vocab))


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    if not INSTALLED:
        pytest.fail("transformers and torch are required here (NEWSWEAVE_REQUIRE_TRANSFORMERS=1)")
    folder = tmp_path_factory.mktemp("mt") / "tiny-marian"
    save_marian(folder)
    return folder


def test_the_languages_a_model_translates_come_from_its_folder(tmp_path):
    opus = tmp_path / "opus-mt-da-en"
    opus.mkdir()
    assert languages_of(opus) == (frozenset({"da"}), frozenset({"en"}))
    many = tmp_path / "opus-mt-mul-en"
    many.mkdir()
    assert MarianTranslator(many).supports("de", "en")
    assert not MarianTranslator(many).supports("en", "de")
    unknown = tmp_path / "my-model"
    unknown.mkdir()
    with pytest.raises(TranslationError, match=r"newsweave\.json"):
        MarianTranslator(unknown)
    with pytest.raises(TranslationError, match="hf:PATH"):
        load_translator("argos:" + str(unknown))
    with pytest.raises(TranslationError, match="no model folder"):
        load_translator("hf:" + str(tmp_path / "missing"))


def test_repeated_texts_are_translated_once():
    class Counting:
        name = "counting"

        def __init__(self) -> None:
            self.calls: list[list[str]] = []

        def supports(self, source, target):
            return True

        def translate(self, texts, source, target):
            self.calls.append(list(texts))
            return [t.upper() for t in texts]

    inner = Counting()
    cached = Cached(inner)
    assert cached.translate(["sagde Putin", "sagde Putin"], "da", "en") == ["SAGDE PUTIN"] * 2
    again = cached.translate(["sagde Putin", "Nordkorea"], "da", "en")
    assert again == ["SAGDE PUTIN", "NORDKOREA"]
    assert inner.calls == [["sagde Putin"], ["Nordkorea"]]


@needs_transformers
def test_a_local_marian_model_translates_without_the_network(model_dir, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    translator = load_translator(f"hf:{model_dir}")
    assert translator.name == "hf:tiny-marian"
    danish = "Nordkoreas leder viser stor interesse for raketbygning"
    out = translator.translate([danish], "da", "en")
    assert len(out) == 1 and out[0] and set(out[0].split()) <= set(WORDS)
    with pytest.raises(TranslationError, match="does not translate en into da"):
        translator.translate(["North Korea needs cash"], "en", "da")


@needs_transformers
@pytest.mark.filterwarnings("ignore:Recommended. pip install sacremoses")
def test_an_opus_mt_folder_loads_with_its_sentencepiece_tokenizer(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = tmp_path / "opus-mt-da-en"
    save_opus_mt(folder)
    assert {"source.spm", "target.spm", "vocab.json"} <= {p.name for p in folder.iterdir()}
    translator = load_translator(f"hf:{folder}")
    assert translator.supports("da", "en") and not translator.supports("de", "en")
    (out,) = translator.translate(["Nordkoreas leder viser stor interesse"], "da", "en")
    assert out and type(translator.inner._tokenizer).__name__ == "MarianTokenizer"
