"""Read the NER sets in ../shared/data/ner into one form: sentences of (words, spaces, tags).

Only sets that DATA.md marks "ship" are used for training; every reader states its
source. Tags become IOB2 over PER, ORG, LOC: GPE_LOC -> LOC, GPE_ORG -> ORG; MISC, PROD,
EVT, DRV, HumanProd and DaN+/GermEval "part"/"deriv" tags -> O.

    python training/ner_data.py --stats      # sizes of every set
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ("PER", "ORG", "LOC")
_MAP = {"GPE_LOC": "LOC", "GPE_ORG": "ORG", "PERS": "PER", "PER": "PER", "ORG": "ORG",
        "LOC": "LOC"}  # fmt: skip
_NO_SPACE_BEFORE = re.compile(r"^[.,;:!?%)\]}»”’'\"…]+$|^'s$|^n't$")
_NO_SPACE_AFTER = re.compile(r"^[(\[{«„“‘]$")


@dataclass
class Sentence:
    words: list[str]
    tags: list[str]  # IOB2 over LABELS
    spaces: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.spaces:
            self.spaces = guess_spaces(self.words)


@dataclass
class Document:
    """Consecutive sentences that belong together: a chunk of at most `CHUNK` sentences
    of one source document (the models see a few tokens either side; long documents
    would only make batches uneven)."""

    sentences: list[Sentence]


CHUNK = 10


def _chunked(docs: list[Document]) -> list[Document]:
    return [Document(d.sentences[i : i + CHUNK]) for d in docs
            for i in range(0, len(d.sentences), CHUNK)]  # fmt: skip


def guess_spaces(words: list[str]) -> list[bool]:
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(
            nxt is not None and not _NO_SPACE_BEFORE.match(nxt) and not _NO_SPACE_AFTER.match(w)
        )
    return spaces


def _label(raw: str) -> str | None:
    base = raw.split("-", 1)[-1] if raw[:2] in ("B-", "I-") else raw
    if base.endswith(("part", "deriv")):
        return None
    return _MAP.get(base.upper())


def iob2(raw_tags: Iterable[str]) -> list[str]:
    """Normalise IOB1/IOB2/IO tags to IOB2 over LABELS (everything else O)."""
    out: list[str] = []
    prev = None
    for raw in raw_tags:
        raw = raw.strip()
        if raw in ("O", "0", "_", ""):
            out.append("O")
            prev = None
            continue
        label = _label(raw)
        if label is None:
            out.append("O")
            prev = None
            continue
        # IOB2 B-, or (IOB1, IO, or a stray I-) a change of label, starts an entity
        start = raw.startswith("B-") or prev != label
        out.append(("B-" if start else "I-") + label)
        prev = label
    return out


def _blocks(lines: Iterable[str]) -> Iterator[tuple[list[str], list[list[str]]]]:
    """(comment lines, token rows) per blank-line-separated block."""
    comments: list[str] = []
    rows: list[list[str]] = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if rows:
                yield comments, rows
            comments, rows = [], []
        elif line.startswith("#") and not rows:
            comments.append(line)
        else:
            rows.append(line.split("\t"))
    if rows:
        yield comments, rows


def _open(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        yield from fh


def _chunk(sentences: list[Sentence]) -> list[Document]:
    return _chunked([Document(sentences)])


# ---- readers, one per format --------------------------------------------------------------


# UD Portuguese (Bosque) splits contractions into their parts ("do" -> "de o") in the
# words and even in `# text`; newsweave reads real text, so the training and dev text put
# them back together.
PT_CONTRACTIONS: dict[tuple[str, str], str] = {
    ("de", "o"): "do", ("de", "a"): "da", ("de", "os"): "dos", ("de", "as"): "das",
    ("em", "o"): "no", ("em", "a"): "na", ("em", "os"): "nos", ("em", "as"): "nas",
    ("a", "o"): "ao", ("a", "os"): "aos", ("a", "a"): "à", ("a", "as"): "às",
    ("por", "o"): "pelo", ("por", "a"): "pela", ("por", "os"): "pelos", ("por", "as"): "pelas",
    ("de", "ele"): "dele", ("de", "ela"): "dela", ("de", "eles"): "deles", ("de", "elas"): "delas",
    ("em", "um"): "num", ("em", "uma"): "numa", ("de", "um"): "dum", ("de", "uma"): "duma",
    ("de", "este"): "deste", ("de", "esta"): "desta", ("de", "esse"): "desse", ("de", "essa"): "dessa",
    ("de", "isso"): "disso", ("de", "isto"): "disto", ("em", "este"): "neste", ("em", "esta"): "nesta",
    ("em", "esse"): "nesse", ("em", "essa"): "nessa", ("em", "isso"): "nisso", ("de", "aquele"): "daquele",
    ("de", "aquela"): "daquela", ("em", "aquele"): "naquele", ("a", "aquele"): "àquele",
    ("de", "onde"): "donde", ("de", "aí"): "daí", ("de", "ali"): "dali", ("de", "outro"): "doutro",
}  # fmt: skip


def contract(sentence: Sentence, table: dict[tuple[str, str], str]) -> Sentence:
    """Join the parts of contractions the treebank split ("de o" -> "do"), keeping the
    capital of the first part; the joined token takes the first part's tag, or the second
    part's when only that one is in a name."""
    words, tags = [], []
    i = 0
    while i < len(sentence.words):
        pair = (
            (sentence.words[i].lower(), sentence.words[i + 1].lower())
            if i + 1 < len(sentence.words)
            else None
        )
        if pair in table:
            joined = table[pair]
            if sentence.words[i][:1].isupper():
                joined = joined[:1].upper() + joined[1:]
            first, second = sentence.tags[i], sentence.tags[i + 1]
            words.append(joined)
            tags.append(first if first != "O" or second == "O" else second)
            i += 2
        else:
            words.append(sentence.words[i])
            tags.append(sentence.tags[i])
            i += 1
    return Sentence(words, iob2(tags))


def read_uner(path: Path, text_spaces: bool = False) -> list[Document]:
    """UNER IOB2 (`ID TOKEN TAG EXTRA ANNOTATOR`), documents at `# newdoc`. With
    `text_spaces`, each word's following space is taken from the sentence's `# text`
    (Chinese is written without spaces; guessing them would teach a model spaced text)."""
    docs: list[Document] = []
    current: list[Sentence] = []
    for comments, rows in _blocks(_open(path)):
        if any(c.startswith("# newdoc") for c in comments) and current:
            docs.append(Document(current))
            current = []
        rows = [r for r in rows if r[0].isdigit()]
        words = [r[1] for r in rows]
        text = next((c.split("=", 1)[1].strip() for c in comments if c.startswith("# text")), None)
        spaces = spaces_from_text(words, text) if text_spaces and text else []
        current.append(Sentence(words, iob2(r[2] for r in rows), spaces))
    if current:
        docs.append(Document(current))
    return _chunked(docs)


def spaces_from_text(words: list[str], text: str) -> list[bool]:
    """Whether each word is followed by a space in `text` (words found in order); empty
    (the guess of `guess_spaces`) where the words do not match the text."""
    spaces, at = [], 0
    for word in words:
        found = text.find(word, at)
        if found < 0:
            return []
        at = found + len(word)
        spaces.append(text[at:at + 1].isspace())
    return spaces


def read_bosque(path: Path) -> list[Document]:
    """UNER Portuguese-Bosque with its contractions joined again."""
    return [Document([contract(s, PT_CONTRACTIONS) for s in d.sentences]) for d in read_uner(path)]


def read_norne_train(path: Path) -> list[Document]:
    """NorNE derived IOB2 (`INDEX TOKEN TAG`), documents at a change of `# source`."""
    docs: list[Document] = []
    current: list[Sentence] = []
    source = None
    for comments, rows in _blocks(_open(path)):
        src = next((c for c in comments if c.startswith("# source")), source)
        if src != source and current:
            docs.append(Document(current))
            current = []
        source = src
        current.append(Sentence([r[1] for r in rows], iob2(r[2] for r in rows)))
    if current:
        docs.append(Document(current))
    return _chunked(docs)


def read_conllu_names(path: Path) -> list[Document]:
    """CoNLL-U with `name=B-PER` in MISC (NorNE dev), SpaceAfter=No respected."""
    sentences: list[Sentence] = []
    docs: list[Document] = []
    for comments, rows in _blocks(_open(path)):
        if any(c.startswith("# newdoc") for c in comments) and sentences:
            docs.append(Document(sentences))
            sentences = []
        rows = [r for r in rows if r[0].isdigit()]
        words, tags, spaces = [], [], []
        for r in rows:
            misc = dict(kv.split("=", 1) for kv in r[9].split("|") if "=" in kv)
            words.append(r[1])
            tags.append(misc.get("name", "O"))
            spaces.append(misc.get("SpaceAfter") != "No")
        spaces[-1] = False
        sentences.append(Sentence(words, iob2(tags), spaces))
    if sentences:
        docs.append(Document(sentences))
    return _chunked(docs)


def read_wikiann(path: Path) -> list[Document]:
    """WikiANN (`INDEX TOKEN TAG`): independent sentences, chunked."""
    sentences = [Sentence([r[1] for r in rows], iob2(r[2] for r in rows))
                 for _, rows in _blocks(_open(path))]  # fmt: skip
    return _chunk(sentences)


def read_danplus(path: Path) -> list[Sentence]:
    """DaN+ / GermEval TSV (`TOKEN TAG1 TAG2`), outer layer."""
    return [Sentence([r[0] for r in rows], iob2(r[1] for r in rows))
            for _, rows in _blocks(_open(path))]  # fmt: skip


def read_webbnyheter(path: Path) -> list[Document]:
    """Swedish web news: `TOKEN<ws>TAG`, IO tags with '0' for outside."""
    sentences = []
    block: list[tuple[str, str]] = []
    for line in [*_open(path), ""]:
        line = line.strip()
        if not line:
            if block:
                sentences.append(Sentence([w for w, _ in block], iob2(t for _, t in block)))
            block = []
            continue
        parts = line.rsplit(None, 1)
        if len(parts) == 2:
            block.append((parts[0], parts[1]))
    return _chunk(sentences)


_SENT_END = frozenset({".", "!", "?"})


def read_europeana(path: Path) -> list[Document]:
    """Europeana Newspapers: `TOKEN TAG` IOB1, one token stream; split after . ! ? into
    sentences of at least 5 tokens, metadata and typo tags dropped."""
    sentences: list[Sentence] = []
    words: list[str] = []
    raw: list[str] = []
    for line in _open(path):
        parts = line.strip().split(" ")
        if len(parts) != 2 or "\t" in line or parts[0] in ("Title:", "URL:"):
            continue
        word, tag = parts
        tag = tag if re.fullmatch(r"[BI]-(PER|LOC|ORG)|O", tag) else "O"
        words.append(word)
        raw.append(tag)
        if word in _SENT_END and len(words) >= 5:
            sentences.append(Sentence(words, iob2(raw)))
            words, raw = [], []
    if words:
        sentences.append(Sentence(words, iob2(raw)))
    return _chunk(sentences)


def read_hipe(path: Path) -> list[Document]:
    """HIPE-2022 TSV: NE-COARSE-LIT tags, sentences at EndOfSentence, documents at
    `# hipe2022:document_id`, NoSpaceAfter respected."""
    docs: list[Document] = []
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    spaces: list[bool] = []

    def end_sentence() -> None:
        nonlocal words, tags, spaces
        if words:
            spaces[-1] = False
            sentences.append(Sentence(words, iob2(tags), spaces))
        words, tags, spaces = [], [], []

    for line in _open(path):
        line = line.rstrip("\n")
        if line.startswith("# hipe2022:document_id"):
            end_sentence()
            if sentences:
                docs.append(Document(sentences))
            sentences = []
            continue
        if not line.strip() or line.startswith("#") or line.startswith("TOKEN\t"):
            continue
        cols = line.split("\t")
        words.append(cols[0])
        tags.append(cols[1])
        misc = cols[-1]
        spaces.append("NoSpaceAfter" not in misc)
        if "EndOfSentence" in misc:
            end_sentence()
    end_sentence()
    if sentences:
        docs.append(Document(sentences))
    return _chunked(docs)


# ---- the sets -----------------------------------------------------------------------------

# Where each training set comes from, its licence and the attribution it asks for.
SOURCES: dict[str, str] = {
    "da-ddt": "Universal NER v1, UNER_Danish-DDT (Mayhew et al., NAACL 2024; UD Danish-DDT), CC BY-SA 4.0",
    "da-web": "DaN+ Danish web forum (arto) and Twitter dev sets (Plank et al., COLING 2020), MIT / CC BY-SA 4.0",
    "nb-norne": "NorNE, Bokmål (Jørgensen et al., LREC 2020; ltgoslo/norne), annotations CC0 1.0",
    "nn-norne": "NorNE, Nynorsk (Jørgensen et al., LREC 2020; ltgoslo/norne), annotations CC0 1.0",
    "sv-talbanken": "Universal NER v1, UNER_Swedish-Talbanken (Mayhew et al., NAACL 2024), CC BY-SA 4.0",
    "sv-webbnyheter": "Swedish NER corpus, Webbnyheter 2012 (klintan/swedish-ner-corpus; Språkbanken), CC BY 4.0",
    "sv-newseye": "HIPE-2022 NewsEye Swedish train (Ehrmann et al. 2022; NewsEye project), CC BY 4.0",
    "pt-bosque": "Universal NER v1, UNER_Portuguese-Bosque (Mayhew et al., NAACL 2024), CC BY-SA 4.0",
    "de-germeval-a": "GermEval 2014 NER dev, first 1,100 sentences (Benikova et al. 2014; via DaN+), CC BY 4.0",
    "de-wikiann": "WikiANN German train, silver (Pan et al. 2017; Rahimi et al. 2019 splits), ODC-BY 1.0",
    "de-europeana": "Europeana Newspapers NER, German (Neudecker, LREC 2016; Europeana Newspapers Project, 2012-2015), CC0 1.0",
    "de-newseye": "HIPE-2022 NewsEye German dev + dev2 (Ehrmann et al. 2022; NewsEye project), CC BY 4.0",
    "en-wikiann": "WikiANN English train, silver (Pan et al. 2017; Rahimi et al. 2019 splits), ODC-BY 1.0",
    "es-wikiann": "WikiANN Spanish train, silver (Pan et al. 2017; Rahimi et al. 2019 splits), ODC-BY 1.0",
    "ru-wikiann": "WikiANN Russian train, silver (Pan et al. 2017; Rahimi et al. 2019 splits), ODC-BY 1.0",
    "fr-europeana": "Europeana Newspapers NER, French (Neudecker, LREC 2016; Europeana Newspapers Project, 2012-2015), CC0 1.0",
    "fr-newseye": "HIPE-2022 NewsEye French dev2 (Ehrmann et al. 2022; NewsEye project), CC BY 4.0",
}


def ner_dir(shared: Path = SHARED) -> Path:
    return shared / "data" / "ner"


def germeval_halves(shared: Path = SHARED) -> tuple[list[Document], list[Document]]:
    """GermEval 2014 dev, the only German news gold here: the first 1,100 sentences train,
    the last 1,100 are newsweave's German dev set."""
    sents = read_danplus(ner_dir(shared) / "danplus" / "de_news_dev.tsv")
    return _chunk(sents[:1100]), _chunk(sents[1100:])


def webbnyheter_split(shared: Path = SHARED) -> tuple[list[Document], list[Document]]:
    """Swedish web news: every tenth chunk is held out as newsweave's modern Swedish dev set
    (UNER Talbanken dev has only 23 entities); the rest trains."""
    docs = read_webbnyheter(ner_dir(shared) / "swedish-webbnyheter/train_corpus.txt")
    return [d for i, d in enumerate(docs) if i % 10], [d for i, d in enumerate(docs) if not i % 10]


def training_sets(shared: Path = SHARED) -> dict[str, tuple[str, list[Document]]]:
    """name -> (language, documents) for every training set (all marked "ship")."""
    d = ner_dir(shared)
    hipe = d / "hipe2022-newseye"
    return {
        "da-ddt": ("da", read_uner(d / "uner/UNER_Danish-DDT/da_ddt-ud-train.iob2")),
        "da-web": ("da", _chunk(read_danplus(d / "danplus/da_arto_dev.tsv")
                                + read_danplus(d / "danplus/da_twitter_dev.tsv"))),
        "nb-norne": ("no", read_norne_train(d / "norne/no_bokmaal-ner-train.derived.iob2")),
        "nn-norne": ("no", read_norne_train(d / "norne/no_nynorsk-ner-train.derived.iob2")),
        "sv-talbanken": ("sv", read_uner(d / "uner/UNER_Swedish-Talbanken/sv_talbanken-ud-train.iob2")),
        "sv-webbnyheter": ("sv", webbnyheter_split(shared)[0]),
        "sv-newseye": ("sv", read_hipe(hipe / "sv/HIPE-2022-v2.1-newseye-train-sv.tsv")),
        "pt-bosque": ("pt", read_bosque(d / "uner/UNER_Portuguese-Bosque/pt_bosque-ud-train.iob2")),
        "de-germeval-a": ("de", germeval_halves(shared)[0]),
        "de-wikiann": ("de", read_wikiann(d / "wikiann/de/train.conllu")),
        "de-europeana": ("de", [doc for f in ("lft", "onb", "sbb")
                                for doc in read_europeana(d / f"europeana-newspapers/enp_DE.{f}.bio")]),
        "de-newseye": ("de", read_hipe(hipe / "de/HIPE-2022-v2.1-newseye-dev-de.tsv")
                       + read_hipe(hipe / "de/HIPE-2022-v2.1-newseye-dev2-de.tsv")),
        "en-wikiann": ("en", read_wikiann(d / "wikiann/en/train.conllu")),
        "es-wikiann": ("es", read_wikiann(d / "wikiann/es/train.conllu")),
        "ru-wikiann": ("ru", read_wikiann(d / "wikiann/ru/train.conllu")),
        "fr-europeana": ("fr", read_europeana(d / "europeana-newspapers/enp_FR.bnf.bio")),
        "fr-newseye": ("fr", read_hipe(hipe / "fr/HIPE-2022-v2.1-newseye-dev2-fr.tsv")),
    }  # fmt: skip


def dev_sets(shared: Path = SHARED) -> dict[str, tuple[str, list[Document]]]:
    """name -> (language, documents) for every dev set newsweave reports."""
    d = ner_dir(shared)
    hipe = d / "hipe2022-newseye"
    return {
        "da-ddt": ("da", read_uner(d / "uner/UNER_Danish-DDT/da_ddt-ud-dev.iob2")),
        "nb-norne": ("no", read_conllu_names(d / "norne/no_bokmaal-ud-dev.conllu")),
        "nn-norne": ("no", read_conllu_names(d / "norne/no_nynorsk-ud-dev.conllu")),
        "sv-talbanken": ("sv", read_uner(d / "uner/UNER_Swedish-Talbanken/sv_talbanken-ud-dev.iob2")),
        "sv-newseye": ("sv", read_hipe(hipe / "sv/HIPE-2022-v2.1-newseye-dev-sv.tsv")),
        "sv-webbnyheter": ("sv", webbnyheter_split(shared)[1]),
        "pt-bosque": ("pt", read_bosque(d / "uner/UNER_Portuguese-Bosque/pt_bosque-ud-dev.iob2")),
        "de-germeval-b": ("de", germeval_halves(shared)[1]),
        "de-wikiann": ("de", read_wikiann(d / "wikiann/de/val.conllu")),
        "en-ewt": ("en", read_uner(d / "uner/UNER_English-EWT/en_ewt-ud-dev.iob2")),
        "en-wikiann": ("en", read_wikiann(d / "wikiann/en/val.conllu")),
        "es-wikiann": ("es", read_wikiann(d / "wikiann/es/val.conllu")),
        "ru-wikiann": ("ru", read_wikiann(d / "wikiann/ru/val.conllu")),
        "fr-newseye": ("fr", read_hipe(hipe / "fr/HIPE-2022-v2.1-newseye-dev-fr.tsv")),
    }  # fmt: skip


def stats(sets: dict[str, tuple[str, list[Document]]]) -> None:
    for name, (lang, docs) in sets.items():
        sents = [s for doc in docs for s in doc.sentences]
        tokens = sum(len(s.words) for s in sents)
        ents = {lab: sum(t == f"B-{lab}" for s in sents for t in s.tags) for lab in LABELS}
        print(f"{name:<16} {lang}  docs {len(docs):>5}  sents {len(sents):>6}  tokens {tokens:>7}  "
              + "  ".join(f"{k} {v:>5}" for k, v in ents.items()))  # fmt: skip


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    print("train:")
    stats(training_sets())
    print("dev:")
    stats(dev_sets())
