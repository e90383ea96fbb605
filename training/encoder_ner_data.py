"""NER sets for fine-tuning the encoder: every "ship" gold set in one form, plus dev sets.

Reuses the readers of ner_data.py (UNER, DaN+, NorNE, Webbnyheter, Europeana, HIPE,
WikiANN) and adds Turku NER (fi) and GUM (en; its named mentions cut to the name). Tags are IOB2 over PER/ORG/LOC; every other
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
import re
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


GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
_GUM_ENTITY = re.compile(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\d+\)|$)|(\d+)\)")
# words that may join two proper nouns inside one name ("Bank of England", "Trinidad and
# Tobago", "Procter & Gamble")
GUM_BRIDGES = frozenset({"of", "the", "and", "&", "-", "de", "du", "von", "van", "der", "la"})


def _gum_name(words: list[str], upos: list[str], start: int, end: int, head: int,
              others: set[int]) -> tuple[int, int]:
    """The first and last token of the name around `head` in the mention [start, end)."""
    def namelike(t: int) -> bool:
        return t not in others and (
            upos[t] == "PROPN" or (words[t][:1].isupper() and upos[t] not in ("DET", "PRON")))

    a = b = head
    while a > start and namelike(a - 1):
        a -= 1
    while b + 1 < end:
        if namelike(b + 1):
            b += 1
            continue
        nxt = b + 1
        while nxt < end and words[nxt].lower() in GUM_BRIDGES and nxt not in others:
            nxt += 1
        if b + 1 < nxt < end and namelike(nxt):
            b = nxt
            continue
        break
    return a, b


def read_gum_names(folder: Path) -> tuple[list[Document], list[Document]]:
    """GUM's named PER/ORG/LOC, from its entity layer (dep/*.conllu), cut to the name.

    GUM annotates every mention with its full extent (determiners, titles, appositions and
    relative clauses: "Republican Kevin McCarthy, who held the seat"), where NER gold marks
    the name only. A person, organisation or place mention whose syntactic head is a proper
    noun keeps the run of proper nouns around its head, joined across GUM_BRIDGES between
    two proper nouns and never into a nested mention of another entity ("Doug Miller of
    Milltech Marine" -> "Doug Miller", and "Milltech Marine" as an organisation of its own);
    a word with a capital counts as a proper noun where UD says otherwise ("United States",
    "Republican Party"), and a person's title is left out, as newsweave reads it as the
    role ("President Donald Trump" -> "Donald Trump").
    Longer names win overlaps. Every 10th document (file order) is dev."""
    from newsweave.quotes.data import quote_data

    is_title = quote_data("en").is_title
    docs: list[Document] = []
    for path in sorted(folder.glob("*.conllu")):
        sentences: list[Sentence] = []
        for _, rows in _blocks(_open(path)):
            rows = [r for r in rows if r[0].isdigit()]
            words = [r[1] for r in rows]
            upos = [r[3] for r in rows]
            heads = [int(r[6]) - 1 for r in rows]
            spaces = ["SpaceAfter=No" not in r[9] for r in rows]
            mentions: list[tuple[int, int, str, str]] = []  # start, end, etype, id
            open_: dict[str, list[tuple[int, str]]] = {}
            for i, r in enumerate(rows):
                misc = dict(f.split("=", 1) for f in r[9].split("|") if "=" in f)
                for m in _GUM_ENTITY.finditer(misc.get("Entity", "")):
                    if m.group(1):
                        if m.group(3):
                            mentions.append((i, i + 1, m.group(2), m.group(1)))
                        else:
                            open_.setdefault(m.group(1), []).append((i, m.group(2)))
                    elif open_.get(m.group(4)):
                        start, etype = open_[m.group(4)].pop()
                        mentions.append((start, i + 1, etype, m.group(4)))
            tags = ["O"] * len(rows)
            named = []
            for start, end, etype, eid in mentions:
                label = GUM_TYPES.get(etype)
                inside = range(start, end)
                head = next((t for t in inside if not start <= heads[t] < end), None)
                if label is None or head is None or upos[head] != "PROPN":
                    continue
                others = {t for s2, e2, et2, id2 in mentions if id2 != eid and et2 in GUM_TYPES
                          and start <= s2 and e2 <= end and not s2 <= head < e2
                          for t in range(s2, e2)}
                a, b = _gum_name(words, upos, start, end, head, others)
                while label == "PER" and a < b and is_title(words[a]):
                    a += 1  # a title is the person's role, not the name ("President Obama")
                named.append((a, b + 1, label))
            for a, b, label in sorted(named, key=lambda m: (m[0] - m[1], m[0])):
                if all(t == "O" for t in tags[a:b]):
                    tags[a:b] = [f"B-{label}"] + [f"I-{label}"] * (b - a - 1)
            sentences.append(Sentence(words, tags, spaces))
        docs.append(Document(sentences))
    train = [d for i, d in enumerate(docs) if i % GUM_DEV_EVERY]
    dev = [d for i, d in enumerate(docs) if i % GUM_DEV_EVERY == 0]
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
    sets["en-gum"] = ("en", read_gum_names(d / "gum/dep")[0])
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
    sets["en-gum"] = ("en", read_gum_names(d / "gum/dep")[1])
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
           "read_factrueval", "read_gum_names", "read_turku", "read_uner", "select"]

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    ap.add_argument("--silver", action="store_true")
    args = ap.parse_args()
    print("train:")
    stats(encoder_training_sets(silver=args.silver))
    print("dev:")
    stats(encoder_dev_sets())
