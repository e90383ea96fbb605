"""Write spaCy DocBin files for one bundled NER model from the sets in ner_data.py.

    python training/ner_corpus.py MODEL      # MODEL is a key of models.toml

Writes training/corpus/MODEL/{train,dev}.spacy: train = every listed training set
(oversampled where the config says so), shuffled with a fixed seed; dev = up to
`dev_sentences` sentences per listed dev set, for model selection during training.
"""

from __future__ import annotations

import argparse
import random
import sys
import tomllib
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner_data import Document, dev_sets, training_sets

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SEED = 0


def load_models() -> dict[str, dict]:
    with (HERE / "models.toml").open("rb") as fh:
        return tomllib.load(fh)["models"]


def to_doc(nlp: spacy.Language, document: Document, language: str) -> Doc:
    """The document as the model will read it: its text tokenised by the model's own
    tokenizer (not the treebank's), with the gold entities as character spans snapped to
    those tokens. A gold entity inside a token ("SID" in "SID-huset") is dropped. (spaCy
    re-tokenises training text with the model's tokenizer anyway; doing it here makes the
    dropped entities visible and the dev data identical to what newsweave sees.)"""
    words, spaces, tags = [], [], []
    for s in document.sentences:
        words += s.words
        spaces += [*s.spaces[:-1], True]
        tags += s.tags
    gold = Doc(nlp.vocab, words=words, spaces=spaces, ents=tags)
    doc = nlp.make_doc(gold.text)
    ents = []
    for ent in gold.ents:
        span = doc.char_span(ent.start_char, ent.end_char, ent.label_, alignment_mode="contract")
        if span is not None and span.text == ent.text:
            ents.append(span)
    doc.ents = ents
    return doc


def build(model: str, spec: dict) -> tuple[int, int]:
    rng = random.Random(SEED)
    nlp = spacy.blank("xx")
    train_sets = training_sets()
    docs: list[tuple[Document, str]] = []
    for name in spec["train"]:
        language, documents = train_sets[name]
        limit = spec.get("limit", {}).get(name)
        if limit:  # a fixed-seed sample of the set's documents
            documents = random.Random(SEED).sample(documents, min(limit, len(documents)))
        times = spec.get("oversample", {}).get(name, 1)
        docs += [(d, language) for d in documents] * times
    rng.shuffle(docs)
    dev: list[tuple[Document, str]] = []
    all_dev = dev_sets()
    for name in spec["dev"]:
        language, documents = all_dev[name]
        sampled = list(documents)
        rng.shuffle(sampled)
        n = 0
        for doc in sampled:
            if n >= spec.get("dev_sentences", 600):
                break
            dev.append((doc, language))
            n += len(doc.sentences)
    out = CORPUS / model
    out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[to_doc(nlp, d, lang) for d, lang in docs]).to_disk(out / "train.spacy")
    DocBin(docs=[to_doc(nlp, d, lang) for d, lang in dev]).to_disk(out / "dev.spacy")
    return len(docs), len(dev)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("models", nargs="+")
    args = ap.parse_args()
    specs = load_models()
    for model in args.models:
        n_train, n_dev = build(model, specs[model])
        print(f"{model}: {n_train} training documents, {n_dev} dev documents -> {CORPUS / model}")


if __name__ == "__main__":
    main()
