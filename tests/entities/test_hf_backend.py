"""TransformersBackend on tiny BERT token classifiers built and saved here (random weights,
a WordPiece vocabulary written for the test texts), loaded back from their folders.

Skipped when transformers or torch is missing, unless NEWSWEAVE_REQUIRE_TRANSFORMERS=1
(CI), which makes them fail instead.
"""

from __future__ import annotations

import importlib.util
import os
import pickle
import re
import socket
import sys
from types import SimpleNamespace

import pytest

from newsweave.entities.backend import NerModelError, split_tag
from newsweave.entities.hf_backend import INSTALL_HINT, TransformersBackend

REQUIRED = os.environ.get("NEWSWEAVE_REQUIRE_TRANSFORMERS") == "1"


def installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ValueError:  # in sys.modules as None: blocked
        return False


INSTALLED = installed("torch") and installed("transformers")
needs_transformers = pytest.mark.skipif(
    not INSTALLED and not REQUIRED,
    reason=f"transformers and torch are not installed ({INSTALL_HINT}); "
    "NEWSWEAVE_REQUIRE_TRANSFORMERS=1 makes this a failure",
)

LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]

DA = (
    "Nordkoreas leder Kim Jong-un mødtes onsdag med Vladimir Putin på Kosmodrom "
    "Vostotsjnyj i Rusland."
)
DE = "Carl Schuster, ehemaliger Kapitän der Marine, sagte: «Nordkorea braucht Bargeld.»"
ARTICLE = "\n\n".join([DA, DE] * 6)  # about 250 tokens: many 32-token windows

# What the table model below tags each token as. "Vostotsjnyj" is two subwords, Vostot
# and ##sjnyj; the second's tag must not count (a word takes its first subword's tag).
TAGS = {
    "Nordkoreas": "B-LOC",
    "Nordkorea": "B-LOC",
    "Kim": "B-PER",
    "Jong": "I-PER",
    "-": "I-PER",
    "un": "I-PER",
    "Vladimir": "B-PER",
    "Putin": "I-PER",
    "Kosmodrom": "B-LOC",
    "Vostot": "I-LOC",
    "##sjnyj": "B-PER",
    "Rusland": "B-LOC",
    "Carl": "B-PER",
    "Schuster": "I-PER",
    "Marine": "B-ORG",
}
EXPECTED = {
    DA: [
        ("Nordkoreas", "LOC"),
        ("Kim Jong-un", "PER"),
        ("Vladimir Putin", "PER"),
        ("Kosmodrom Vostotsjnyj", "LOC"),
        ("Rusland", "LOC"),
    ],
    DE: [("Carl Schuster", "PER"), ("Marine", "ORG"), ("Nordkorea", "LOC")],
}

# A tokenizer that splits on whitespace only (like XLM-R's): punctuation stays in words.
WS_TEXT = "Det sagde Putin. «Putin» mødtes med Kim."
WS_TAGS = {"Putin": "B-PER", "##Putin": "B-PER", "Kim": "B-PER"}


def vocabulary() -> list[str]:
    words = set(re.findall(r"\w+|[^\w\s]", ARTICLE + " " + WS_TEXT)) - {"Vostotsjnyj"}
    chars = set(ARTICLE + WS_TEXT) - set(" \n")
    pieces = words | {"Vostot", "##sjnyj"} | chars | {"##" + c for c in chars}
    pieces |= {"##" + w for w in words}
    return ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(pieces)]


def save_model(folder, whitespace: bool = False) -> None:
    import torch
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors
    from transformers import BertConfig, BertForTokenClassification, PreTrainedTokenizerFast

    vocab = {piece: i for i, piece in enumerate(vocabulary())}
    tok = Tokenizer(models.WordPiece(vocab, unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=False, strip_accents=False)
    tok.pre_tokenizer = (
        pre_tokenizers.WhitespaceSplit() if whitespace else pre_tokenizers.BertPreTokenizer()
    )
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        special_tokens=[("[CLS]", vocab["[CLS]"]), ("[SEP]", vocab["[SEP]"])],
    )
    PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        model_max_length=32,
    ).save_pretrained(folder)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        id2label=dict(enumerate(LABELS)),
        label2id={label: i for i, label in enumerate(LABELS)},
    )
    BertForTokenClassification(config).save_pretrained(folder)


@pytest.fixture(scope="module", autouse=True)
def one_torch_thread():
    """Tiny models run fastest on one thread, and far slower on two when the machine is busy."""
    if not INSTALLED:
        yield
        return
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hf") / "tiny-bert-ner"
    save_model(folder)
    return folder


@pytest.fixture(scope="module")
def whitespace_model_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hf") / "tiny-ws-ner"
    save_model(folder, whitespace=True)
    return folder


class TableModel:
    """Stands in for the network: tags each token by its vocabulary entry, whatever the
    context, and counts the windows it is shown."""

    def __init__(self, tokenizer, tags: dict[str, str], labels: list[str]) -> None:
        import torch

        table = torch.zeros(len(tokenizer.get_vocab()), dtype=torch.long)
        for piece, tag in tags.items():
            table[tokenizer.convert_tokens_to_ids(piece)] = labels.index(tag)
        self.table, self.n_labels, self.windows = table, len(labels), 0

    def __call__(self, input_ids, **_):
        import torch

        self.windows += input_ids.shape[0]
        logits = torch.nn.functional.one_hot(self.table[input_ids], self.n_labels).float()
        return SimpleNamespace(logits=logits)


def table_backend(
    folder, tags=TAGS, scheme=LABELS, **options
) -> tuple[TransformersBackend, TableModel]:
    """A backend loaded from `folder` whose network is a `TableModel`; `scheme`: the tag
    names the table's label ids stand for (replacing the saved model's id2label)."""
    backend = TransformersBackend(str(folder), **options)
    backend.load()
    backend._model = TableModel(backend._tokenizer, tags, scheme)
    backend._tags = [split_tag(t) for t in scheme]
    return backend, backend._model


def words(text: str) -> list[tuple[int, int]]:
    """Word spans as BERT's pre-tokenizer makes them: letters/digits runs and single
    punctuation marks."""
    return [m.span() for m in re.finditer(r"\w+|[^\w\s]", text)]


def named(text, raw):
    return [(text[s:e], label) for s, e, label in raw]


@needs_transformers
def test_loads_from_the_folder_without_the_network(model_dir, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the backend tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    backend = TransformersBackend(str(model_dir))
    backend.load()
    assert backend._tokenizer.is_fast
    assert backend._window == 32  # the tokenizer's model_max_length
    assert backend._overlap == 15  # stride 64 capped at half the window's room


@needs_transformers
def test_random_model_gives_well_formed_spans_over_many_windows(model_dir):
    backend = TransformersBackend(str(model_dir), batch_size=4)
    backend.load()
    real = backend._model
    shown = []

    def counting(**inputs):
        shown.append(inputs["input_ids"].shape)
        return real(**inputs)

    backend._model = counting
    raw = backend(ARTICLE, "da")
    assert sum(n for n, _ in shown) > 10  # windows
    assert all(length <= 32 for _, length in shown)
    starts = {s for s, _ in words(ARTICLE)}
    ends = {e for _, e in words(ARTICLE)}
    assert raw  # a random 7-way classifier tags something
    previous_end = 0
    for start, end, label in raw:
        assert 0 <= previous_end <= start < end <= len(ARTICLE)
        assert label in {"PER", "ORG", "LOC"}
        assert start in starts and end in ends, (start, end, ARTICLE[start:end])
        previous_end = end
    assert backend(ARTICLE, "da") == raw  # eval mode: no dropout


@needs_transformers
def test_forced_b_per_makes_every_word_a_person(model_dir):
    backend = TransformersBackend(str(model_dir))
    backend.load()
    classifier = backend._model.classifier
    classifier.weight.data.zero_()
    classifier.bias.data.zero_()
    classifier.bias.data[LABELS.index("B-PER")] = 5.0
    # every word a person; a mark alone ("-" of "Jong-un") names nothing and is dropped
    expected = [(s, e, "PER") for s, e in words(ARTICLE) if ARTICLE[s:e].isalnum()]
    assert backend(ARTICLE, None) == expected


@needs_transformers
def test_forced_i_per_joins_the_whole_text(model_dir):
    backend = TransformersBackend(str(model_dir), max_length=12, stride=3)
    backend.load()
    classifier = backend._model.classifier
    classifier.weight.data.zero_()
    classifier.bias.data.zero_()
    classifier.bias.data[LABELS.index("I-PER")] = 5.0
    assert backend(ARTICLE, None) == [(0, len(ARTICLE), "PER")]


@needs_transformers
@pytest.mark.parametrize("max_length", [12, 32])
def test_entities_from_first_subwords_whatever_the_windows(model_dir, max_length):
    backend, table = table_backend(model_dir, max_length=max_length, stride=4)
    raw = backend(ARTICLE, "de")
    assert table.windows > 1
    assert named(ARTICLE, raw) == (EXPECTED[DA] + EXPECTED[DE]) * 6
    single, _ = table_backend(model_dir)
    assert named(DA, single(DA, "da")) == EXPECTED[DA]
    assert single(DA, "da")[1] == (DA.index("Kim"), DA.index(" mødtes"), "PER")


@needs_transformers
def test_punctuation_inside_a_word_is_trimmed_when_the_model_says_o(whitespace_model_dir):
    backend, _ = table_backend(whitespace_model_dir, tags=WS_TAGS)
    assert backend._tokenizer.tokenize("«Putin»") == ["«", "##Putin", "##»"]
    assert named(WS_TEXT, backend(WS_TEXT, "da")) == [
        ("Putin", "PER"),
        ("Putin", "PER"),
        ("Kim", "PER"),
    ]


@needs_transformers
def test_bioes_and_io_tags(model_dir):
    bioes = ["O", "B-PER", "I-PER", "E-PER", "S-LOC"]
    tags = {
        "Vladimir": "B-PER",
        "Putin": "E-PER",
        "Rusland": "S-LOC",
        "Kim": "S-LOC",
        "Jong": "S-LOC",
    }
    backend, _ = table_backend(model_dir, tags=tags, scheme=bioes)
    assert named(DA, backend(DA, "da")) == [
        ("Kim", "LOC"),
        ("Jong", "LOC"),  # S- is always one word
        ("Vladimir Putin", "PER"),
        ("Rusland", "LOC"),
    ]
    io = ["O", "PER", "LOC"]
    tags = {"Vladimir": "PER", "Putin": "PER", "Kosmodrom": "LOC", "Vostot": "LOC"}
    backend, _ = table_backend(model_dir, tags=tags, scheme=io)
    assert named(DA, backend(DA, "da")) == [
        ("Vladimir Putin", "PER"),
        ("Kosmodrom Vostotsjnyj", "LOC"),
    ]


@needs_transformers
def test_a_label_map_renames_and_drops(model_dir):
    backend, _ = table_backend(model_dir, labels={"PER": "PER", "LOC": "MISC"})
    assert named(DE, backend(DE, "de")) == [("Carl Schuster", "PER"), ("Nordkorea", "MISC")]


@needs_transformers
def test_a_model_whose_labels_map_to_nothing_is_refused(model_dir):
    with pytest.raises(NerModelError, match="none of the model's labels"):
        TransformersBackend(str(model_dir), labels={"PERSON": "PER"}).load()


@needs_transformers
def test_pickles_without_the_model_and_reloads(model_dir):
    backend = TransformersBackend(str(model_dir))
    expected = backend(ARTICLE, "da")
    data = pickle.dumps(backend)
    assert len(data) < 2000
    copy = pickle.loads(data)
    assert copy._model is None
    assert copy(ARTICLE, "da") == expected


def test_supports_the_languages_it_is_given():
    assert TransformersBackend("/nowhere").supports("fi")
    assert TransformersBackend("/nowhere").supports(None)
    backend = TransformersBackend("/nowhere", languages=["da", "no"])
    assert backend.supports("da") and backend.supports("nb")
    assert not backend.supports("de") and not backend.supports(None)


def test_empty_text_needs_no_model():
    assert TransformersBackend("/nowhere")(" \n ", "da") == []


@needs_transformers  # without transformers, the import check comes first
def test_a_folder_without_a_model_says_it_never_downloads(tmp_path):
    with pytest.raises(NerModelError, match="never") as info:
        TransformersBackend("dslim/bert-base-NER").load()
    assert "save_pretrained" in str(info.value)
    with pytest.raises(NerModelError, match=r"no config\.json"):
        TransformersBackend(tmp_path).load()


def test_missing_transformers_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "transformers", None)  # import fails
    with pytest.raises(NerModelError) as info:
        TransformersBackend("/nowhere")("Carl Schuster", "de")
    assert INSTALL_HINT in str(info.value)
