"""NER sets for fine-tuning the encoder: every "ship" gold set in one form, plus dev sets.

Reuses the readers of ner_data.py (UNER, DaN+, NorNE, Webbnyheter, Europeana, HIPE,
WikiANN) and adds Turku NER (fi) and GUM (en). Tags are IOB2 over PER/ORG/LOC; every other
type (MISC, PRO, EVENT, DATE, GermEval/DaN+ part/deriv) is O, as in ner_data.py.

Splits are the sets' own (train/dev files) except where a set has only one file:
GUM (every 10th document is dev), Swedish Webbnyheter and GermEval (ner_data.py's splits).
UNER Danish-DDT and DaN+ news are the same sentences: only UNER is used (DATA.md).
GermEval 2014 (danplus/de_news_dev.tsv) is a dev set here: its first half may train, as
the bundled models do (ner_data.py), only when asked (`--germeval-a`).
factRuEval-2016 (ru, standoff): its larger testset trains, its devset is dev (SOURCE.md
leaves the choice open).

    python training/encoder_ner_data.py --stats
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import itertools

from ner_data import (
    Document,
    Sentence,
    _blocks,
    _chunk,
    _chunked,
    _open,
    dev_sets,
    iob2,
    ner_dir,
    read_uner,
    read_wikiann,
    stats,
    training_sets,
)

SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
GUM_DEV_EVERY = 10
SILVER = ("de-wikiann", "en-wikiann", "es-wikiann", "ru-wikiann", "nl-wikiann", "pl-wikiann")
# Where each set that only the encoder trains on comes from (ner_data.SOURCES has the rest).
ENCODER_SOURCES: dict[str, str] = {
    "fi-turku": "Turku NER corpus (Luoma et al., LREC 2020; UD_Finnish-TDT annotators), CC BY-SA 4.0",
    "en-gum": "GUM, named PER/ORG/LOC derived from its entity layer (Zeldes, LRE 2017); annotations CC BY 4.0, texts Wikinews CC BY 2.5 / Wikipedia CC BY-SA 3.0 / CC BY 4.0",
    "ru-factrueval": "factRuEval-2016 testset (Starostin et al., Dialogue 2016; dialogue-evaluation/factRuEval-2016), MIT",
    "zh-gsdsimp": "Universal NER v1, UNER_Chinese-GSDSIMP (Mayhew et al., NAACL 2024), CC BY-SA 4.0",
    "nl-wikiann": "WikiANN Dutch train, silver (Pan et al. 2017; Rahimi et al. 2019 splits), ODC-BY 1.0",
    "pl-wikiann": "WikiANN Polish train, silver (Pan et al. 2017; Rahimi et al. 2019 splits), ODC-BY 1.0",
}
SILVER_CAP = 3000  # sentences per WikiANN set: enough for the language, not enough to drown the gold


def read_turku(path: Path) -> list[Document]:
    """Turku NER: `TOKEN<TAB>TAG` (IOB2, PER/ORG/LOC/PRO/EVENT/DATE), `-DOCSTART-` per document."""
    docs: list[Document] = []
    current: list[Sentence] = []
    for _, rows in _blocks(_open(path)):
        if rows[0][0] == "-DOCSTART-":
            if current:
                docs.append(Document(current))
            current = []
            rows = rows[1:]
        if rows:
            current.append(Sentence([r[0] for r in rows], iob2(r[1] for r in rows)))
    if current:
        docs.append(Document(current))
    return _chunked(docs)


def read_gum(path: Path) -> tuple[list[Document], list[Document]]:
    """GUM named PER/ORG/LOC (`ID TOKEN TAG`); documents from `# sent_id = GUM_<doc>-<n>`.
    GUM has no split in this folder: every 10th document (file order) is dev."""
    by_doc: dict[str, list[Sentence]] = {}
    for comments, rows in _blocks(_open(path)):
        sid = next((c.split("=", 1)[1].strip() for c in comments if "sent_id" in c), "")
        rows = [r for r in rows if r[0].isdigit()]
        by_doc.setdefault(sid.rsplit("-", 1)[0], []).append(
            Sentence([r[1] for r in rows], iob2(r[2] for r in rows)))
    train, dev = [], []
    for i, sentences in enumerate(by_doc.values()):
        (dev if i % GUM_DEV_EVERY == 0 else train).append(Document(sentences))
    return _chunked(train), _chunked(dev)


FACTRU_TYPES = {"Person": "PER", "Org": "ORG", "Location": "LOC", "LocOrg": "LOC"}


def read_factrueval(folder: Path) -> list[Document]:
    """factRuEval-2016 standoff (`.tokens`, `.spans`, `.objects` per document): mentions as
    the token range of their spans, Person/Org/Location/LocOrg -> PER/ORG/LOC, nested
    mentions flattened outermost first (a longer mention wins an overlap)."""
    docs: list[Document] = []
    for tokens_file in sorted(folder.glob("*.tokens")):
        sentences: list[list[tuple[str, int, int, int]]] = [[]]  # (text, id, start, end)
        for line in _open(tokens_file):
            parts = line.rstrip("\n").split(" ", 3)
            if len(parts) < 4:
                if sentences[-1]:
                    sentences.append([])
                continue
            tid, start, length, text = int(parts[0]), int(parts[1]), int(parts[2]), parts[3]
            sentences[-1].append((text, tid, start, start + length))
        sentences = [s for s in sentences if s]
        order = {tok[1]: i for i, tok in enumerate(t for s in sentences for t in s)}
        span_tokens: dict[str, list[int]] = {}
        for line in _open(tokens_file.with_suffix(".spans")):
            fields = line.split("#", 1)[0].split()
            if len(fields) >= 6 and int(fields[4]) in order:
                first = order[int(fields[4])]
                span_tokens[fields[0]] = list(range(first, first + int(fields[5])))
        mentions = []
        for line in _open(tokens_file.with_suffix(".objects")):
            fields = line.split("#", 1)[0].split()
            label = FACTRU_TYPES.get(fields[1]) if len(fields) > 2 else None
            covered = [t for sid in fields[2:] for t in span_tokens.get(sid, [])]
            if label and covered:
                mentions.append((min(covered), max(covered) + 1, label))
        n = sum(len(s) for s in sentences)
        flat = ["O"] * n
        for a, b, label in sorted(mentions, key=lambda m: (m[0] - m[1], m[0])):
            if all(t == "O" for t in flat[a:b]):
                flat[a:b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
        out, i = [], 0
        for s in sentences:
            tags = flat[i: i + len(s)]
            i += len(s)
            spaces = [nxt[2] > cur[3] for cur, nxt in itertools.pairwise(s)] + [False]
            out.append(Sentence([t[0] for t in s], iob2(tags), spaces))
        docs.append(Document(out))
    return _chunked(docs)


def encoder_training_sets(shared: Path = SHARED, silver: bool = False, germeval_a: bool = False,
                          silver_cap: int = SILVER_CAP) -> dict[str, tuple[str, list[Document]]]:
    """name -> (language, documents): every ship gold training set (WikiANN silver, capped
    at `silver_cap` sentences per language, and GermEval's first half only when asked)."""
    d = ner_dir(shared)
    sets = {k: v for k, v in training_sets(shared).items()
            if k not in SILVER and (germeval_a or k != "de-germeval-a")}
    if silver:
        for name in SILVER:
            lang = name.split("-")[0]
            docs = read_wikiann(d / f"wikiann/{lang}/train.conllu")
            sets[name] = (lang, _cap(docs, silver_cap))
    sets["zh-gsdsimp"] = ("zh", read_uner(d / "uner/UNER_Chinese-GSDSIMP/zh_gsdsimp-ud-train.iob2", text_spaces=True))
    sets["fi-turku"] = ("fi", read_turku(d / "turku-ner/train.tsv"))
    sets["en-gum"] = ("en", read_gum(d / "gum/gum_ppl_named.derived.iob2")[0])
    sets["ru-factrueval"] = ("ru", read_factrueval(d / "factrueval-2016/testset"))
    return sets


def encoder_dev_sets(shared: Path = SHARED) -> dict[str, tuple[str, list[Document]]]:
    """name -> (language, documents): the ship sets' dev splits and the dev-only sets used
    to measure (ner_data.dev_sets) plus Turku and GUM dev."""
    sets = dict(dev_sets(shared))
    d = ner_dir(shared)
    sets["zh-gsdsimp"] = ("zh", read_uner(d / "uner/UNER_Chinese-GSDSIMP/zh_gsdsimp-ud-dev.iob2", text_spaces=True))
    for lang in ("nl", "pl"):
        sets[f"{lang}-wikiann"] = (lang, read_wikiann(d / f"wikiann/{lang}/val.conllu"))
    sets["fi-turku"] = ("fi", read_turku(d / "turku-ner/dev.tsv"))
    sets["en-gum"] = ("en", read_gum(d / "gum/gum_ppl_named.derived.iob2")[1])
    sets["ru-factrueval"] = ("ru", read_factrueval(d / "factrueval-2016/devset"))
    return sets


def _cap(docs: list[Document], sentences: int) -> list[Document]:
    """The first documents holding at most `sentences` sentences."""
    out, n = [], 0
    for doc in docs:
        n += len(doc.sentences)
        if n > sentences:
            break
        out.append(doc)
    return out


def select(sets: dict[str, tuple[str, list[Document]]], names: list[str]) -> list[Document]:
    missing = [n for n in names if n not in sets]
    if missing:
        raise KeyError(f"unknown sets {missing}; known: {sorted(sets)}")
    return [doc for n in names for doc in sets[n][1]]


__all__ = ["Document", "Sentence", "_chunk", "encoder_dev_sets", "encoder_training_sets", "iob2",
           "read_factrueval", "read_gum", "read_turku", "read_uner", "select"]

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--silver", action="store_true")
    args = ap.parse_args()
    print("train:")
    stats(encoder_training_sets(silver=args.silver))
    print("dev:")
    stats(encoder_dev_sets())
