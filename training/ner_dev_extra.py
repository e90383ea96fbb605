"""Readers for the dev-only NER sets (issue 14): measure the encoder NER on seven more
languages. Never train on them (DATA.md: dev only, most are non-commercial).

Every reader returns documents of at most 10 sentences with IOB2 tags over PER/ORG/LOC.
`spaces` are the real ones where the source has the raw text (NEREL); the CoNLL-style
files carry neither the text nor SpaceAfter, so their spaces are guessed (ner_data).

Label decisions (everything not listed is O):
- it-kind       KIND Wikinews dev: PER, ORG, LOC as they are.
- nl-conll2002  CoNLL-2002 Dutch testa: PER, ORG, LOC; MISC -> O.
- pl-bsnlp      BSNLP-2017 Polish, ec + trump: PER, ORG, LOC; MISC -> O. The BSNLP gold is
                per document (each form once); the Babelscape conversion tags a form only
                where it first occurs, so a later "UE" or "Komisja" in the same document is O.
                `propagate` tags every later occurrence of an annotated word sequence in its
                document where all its words are O (inferred from the BSNLP format: the
                gold says that form is that entity in that document).
- uk-neruk      NER-UK 2.0 test: PERS -> PER, ORG, LOC; JOB, DATE, MON, ART, PERIOD, MISC,
                PCT, QUANT, DOC, TIME -> O.
- cs-cnec       CNEC 2.0 dtest (Konkol's CoNLL): P -> PER, I -> ORG, G -> LOC; T, O (artifact),
                A, M -> O. CNEC's P also holds inhabitant names ("Američané", "Srbů";
                CNEC 2.0 type pc, inferred: this file keeps super-types only), which no other set calls a person (CoNLL/UNER: MISC or O): a P span
                whose words all have a `;E` lemma (the PDT lemma mark the 28 such words in
                P spans carry: "Američan_;E", "Srb-4_;E") is O: 27 spans ("Francouz Louis
                Braille" stays). Titles stay inside P spans ("Ing. Petr Kudrnovský").
- fr-wikineural WikiNEuRal French val (silver): PER, ORG, LOC; MISC -> O; its 61 I- tags with
                no B- start an entity (iob2).
- ru-nerel      NEREL v1.1 dev (brat, nested): PERSON -> PER; ORGANIZATION -> ORG; LOCATION,
                COUNTRY, CITY, STATE_OR_PROVINCE, DISTRICT -> LOC (annotation.conf's
                geographical types). FACILITY (buildings, airports, stadiums: "Белого дома"
                is FACILITY and ORGANIZATION) -> O, as NATIONALITY and the other 20 types.
                Nested mentions of these types are flattened outermost first (the longer
                wins, ties to the earlier); the types not kept do not hide what they contain
                (PERSON inside PROFESSION stays). The one discontinuous kept-type mention
                (ORGANIZATION "Лебединский … горно-обогатительные комбинаты") is dropped.
                Mentions that start with a lower-case letter are dropped before that
                (`names_only`, see nerel_mentions): adjectives, common nouns and
                descriptions around a name, which the other sets do not mark.
                Words: `\\w+` runs (joined by inner hyphens/apostrophes) or single other
                characters, cut again at every kept mention's edge; spaces from the text
                (a no-break space counts as a space). Sentences: one per line of the .txt,
                cut after . ! ? … (and closing quotes/brackets) and a space, before an
                upper-case letter, digit, opening quote or dash, except after an initial or
                a short lower-case abbreviation ("им."), never inside a mention.

Counts (this module's `__main__`, entity spans after mapping; docs = chunks of <= 10 sentences):
    it-kind        docs  260  sents  2594  tokens  59220  PER  1075  ORG  1076  LOC  1245
    nl-conll2002   docs  290  sents  2895  tokens  37687  PER   703  ORG   686  LOC   479
    pl-bsnlp       docs  148  sents  1230  tokens  21803  PER   579  ORG   566  LOC   454
    uk-neruk       docs  509  sents  5087  tokens 103737  PER  2178  ORG  1539  LOC   818
    cs-cnec        docs   89  sents   885  tokens  19783  PER   482  ORG   340  LOC   431
    fr-wikineural  docs 1260  sents 12600  tokens 317324  PER  7349  ORG  2723  LOC  9594
    ru-nerel       docs  187  sents  1399  tokens  23813  PER   927  ORG   445  LOC   543
Against SOURCE.md: KIND, CoNLL-2002 nl, NER-UK (PERS/ORG/LOC) and WikiNEuRal (B- plus the
stray I-) match exactly. BSNLP without propagation: 386/385/298 (= ec + trump); propagation
adds 193/181/156. CNEC: P 509 less 27 inhabitant-name spans; I 340, G 431 exact. NEREL
mentions (nested, all): PERSON 947, ORGANIZATION 617, LOC types 743; flattened, all case:
920/526/608; names only: 927/445/543 (names freed from dropped descriptions).
Known limits: the guessed spaces write "dell' università", "d' un" (KIND and WikiNEuRal
split elisions off) and cannot tell opening from closing straight quotes; KIND, CoNLL-2002
(this copy), NER-UK and CNEC mark no documents, so their chunks are 10 file-order sentences;
NER-UK blocks sometimes hold two sentences (fiction dialogue). fr-wikineural is large
(12,600 sentences): the slowest set to measure.
The self-check under `__main__` recounts the CoNLL-style files, BSNLP and CNEC from the
files and rebuilds every NEREL text and mention from words and spaces.

    NEWSWEAVE_SHARED=/work/shared python training/ner_dev_extra.py
"""

from __future__ import annotations

import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encoder_ner_data import (
    SHARED,
    Document,
    Sentence,
    _blocks,
    _chunk,
    _chunked,
    _open,
    iob2,
    ner_dir,
    stats,
)

PLAIN = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}
NERUK = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
CNEC = {"P": "PER", "I": "ORG", "G": "LOC"}
NEREL = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC", "COUNTRY": "LOC",
         "CITY": "LOC", "STATE_OR_PROVINCE": "LOC", "DISTRICT": "LOC"}  # fmt: skip


def retag(raw_tags: Iterable[str], mapping: dict[str, str]) -> list[str]:
    """IOB2 over PER/ORG/LOC from a set's own types (types not in `mapping` -> O).
    Mapping first matters: CNEC's `B-O` is an entity type (artifact), and iob2 alone
    would read NER-UK's or CNEC's other types only by accident of their names."""
    out = []
    for raw in raw_tags:
        raw = raw.strip()
        prefix, _, kind = raw.partition("-") if raw[:2] in ("B-", "I-") else ("", "", raw)
        label = mapping.get(kind) if prefix else None
        out.append(f"{prefix}-{label}" if label else "O")
    return iob2(out)


# ---- CoNLL-style files (no raw text: spaces guessed) --------------------------------------


def read_token_tag(path: Path, mapping: dict[str, str] = PLAIN) -> list[Document]:
    """`TOKEN<TAB or space>TAG` per line, blank lines between sentences, no documents
    (KIND, NER-UK)."""
    sentences = []
    for _, rows in _blocks(_open(path)):
        pairs = [r if len(r) > 1 else r[0].rsplit(" ", 1) for r in rows]
        sentences.append(Sentence([p[0] for p in pairs], retag((p[-1] for p in pairs), mapping)))
    return _chunk(sentences)


def read_indexed(path: Path, mapping: dict[str, str] = PLAIN) -> list[Document]:
    """`INDEX<TAB>TOKEN<TAB>TAG` (Babelscape's CoNLL-2002 and WikiNEuRal): independent
    sentences (CoNLL-2002's -DOCSTART- lines are gone from this copy), chunked."""
    return _chunk([Sentence([r[1] for r in rows], retag((r[2] for r in rows), mapping))
                   for _, rows in _blocks(_open(path))])  # fmt: skip


def read_bsnlp(path: Path, propagate: bool = True) -> list[Document]:
    """BSNLP-2017 as Babelscape ships it: `INDEX<TAB>TOKEN<TAB>TAG`, `#DOCSTART` between
    documents (a comment line that `_blocks` would drop with its empty block)."""
    docs: list[list[Sentence]] = [[]]
    words: list[str] = []
    raw: list[str] = []
    for line in [*_open(path), "\n"]:
        line = line.rstrip("\n")
        if line.strip() and not line.startswith("#DOCSTART"):
            _, word, tag = line.split("\t")
            words.append(word)
            raw.append(tag)
            continue
        if words:
            docs[-1].append(Sentence(words, retag(raw, PLAIN)))
            words, raw = [], []
        if line.startswith("#DOCSTART") and docs[-1]:
            docs.append([])
    docs = [d for d in docs if d]
    if propagate:
        for doc in docs:
            propagate_forms(doc)
    return _chunked([Document(d) for d in docs])


def propagate_forms(sentences: list[Sentence]) -> int:
    """Tag every occurrence of an annotated word sequence (same words, same case) in the
    document where all its words are O; longer forms first. Returns how many were added."""
    forms: dict[tuple[str, ...], str] = {}
    for s in sentences:
        for a, b, label in _spans(s.tags):
            forms.setdefault(tuple(s.words[a:b]), label)
    added = 0
    for form, label in sorted(forms.items(), key=lambda f: -len(f[0])):
        n = len(form)
        for s in sentences:
            for i in range(len(s.words) - n + 1):
                if tuple(s.words[i:i + n]) == form and all(t == "O" for t in s.tags[i:i + n]):
                    s.tags[i:i + n] = [f"B-{label}"] + [f"I-{label}"] * (n - 1)
                    added += 1
    return added


def read_cnec(path: Path) -> list[Document]:
    """CNEC 2.0 (Konkol): `TOKEN<TAB> LEMMA<TAB> POSTAG<TAB>TAG`, no documents; a P span of
    inhabitant/nationality nouns only (every lemma marked `;E`) is O."""
    sentences = []
    for _, rows in _blocks(_open(path)):
        raw = [r[3].strip() for r in rows]
        lemmas = [r[1].strip() for r in rows]
        tags = retag(raw, CNEC)
        for a, b, label in _spans(tags):
            if label == "PER" and all(re.search(r"_;E\b", lemma) for lemma in lemmas[a:b]):
                tags[a:b] = ["O"] * (b - a)
        sentences.append(Sentence([r[0] for r in rows], tags))
    return _chunk(sentences)


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of an IOB2 sequence."""
    out, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and not tag.startswith("I-"):
            out.append((start, i, tags[start][2:]))
            start = None
        if tag.startswith("B-"):
            start = i
    return out


# ---- NEREL (brat standoff over raw text: real spaces) -------------------------------------

_WORD = re.compile(r"\w+(?:[-‐'’]\w+)*|[^\w\s]")
_SENT_END = frozenset(".!?…")
_CLOSERS = frozenset("»\"”’)]")
_OPENERS = frozenset("«\"„“(—–-")


def nerel_mentions(ann: Path, text: str, names_only: bool = True) -> list[tuple[int, int, str]]:
    """Kept-type mentions (start, end, label), flattened: outermost first, ties to the
    earlier start; discontinuous mentions (`a b;c d`) dropped. `names_only` drops, before
    flattening, mentions that start with a lower-case letter: NEREL also marks adjectives
    ("британской" COUNTRY), common nouns ("полиции" ORGANIZATION) and descriptions around a
    name ("столицы США", "пресс-службу Национальной футбольной лиги США"), where the sets
    newsweave learns from mark only the name (Russian writes names with a capital)."""
    found = set()
    for line in _open(ann):
        if not line.startswith("T"):
            continue
        _, kind_offsets, _ = line.rstrip("\n").split("\t", 2)
        kind, offsets = kind_offsets.split(" ", 1)
        if kind in NEREL and ";" not in offsets:
            a, b = map(int, offsets.split())
            if not (names_only and text[a].islower()):
                found.add((a, b, NEREL[kind]))
    kept: list[tuple[int, int, str]] = []
    for a, b, label in sorted(found, key=lambda m: (m[0] - m[1], m[0], m[2])):
        if all(b <= x or a >= y for x, y, _ in kept):
            kept.append((a, b, label))
    return sorted(kept)


def _tokens(text: str, start: int, end: int, cuts: set[int]) -> Iterator[tuple[int, int]]:
    """Character spans of the words of text[start:end], cut at every offset in `cuts`."""
    for m in _WORD.finditer(text, start, end):
        a = m.start()
        for c in sorted(x for x in cuts if m.start() < x < m.end()):
            yield a, c
            a = c
        yield a, m.end()


def read_nerel_doc(txt: Path, names_only: bool = True) -> list[Sentence]:
    """One NEREL document (`<id>.txt` + `<id>.ann`): sentences with real spaces."""
    text = txt.read_text(encoding="utf-8")
    mentions = nerel_mentions(txt.with_suffix(".ann"), text, names_only)
    cuts = {x for a, b, _ in mentions for x in (a, b)}
    label_at: dict[int, tuple[int, str]] = {}  # char offset -> (mention start, label)
    for a, b, label in mentions:
        for x in range(a, b):
            label_at[x] = (a, label)
    sentences = []
    pos = 0
    for line in text.split("\n"):
        toks = list(_tokens(text, pos, pos + len(line), cuts))
        pos += len(line) + 1
        for part in _sentences(text, toks, label_at):
            words = [text[a:b] for a, b in part]
            tags, prev = [], None
            for a, _ in part:
                hit = label_at.get(a)
                tags.append("O" if hit is None else ("I-" if hit == prev else "B-") + hit[1])
                prev = hit
            spaces = [text[b:b + 1].isspace() for _, b in part[:-1]] + [False]
            sentences.append(Sentence(words, iob2(tags), spaces))
    return sentences


def _sentences(text: str, toks: list[tuple[int, int]],
               label_at: dict[int, tuple[int, str]]) -> list[list[tuple[int, int]]]:
    out, start = [], 0
    for i in range(1, len(toks)):
        nxt = text[slice(*toks[i])]
        j = i - 1
        while j > start and text[slice(*toks[j])] in _CLOSERS:
            j -= 1
        end = text[slice(*toks[j])]
        before = text[slice(*toks[j - 1])] if j > start else ""
        if (end in _SENT_END and toks[i - 1][1] < toks[i][0]
                and (nxt[0].isupper() or nxt[0].isdigit() or nxt in _OPENERS)
                and not (end == "." and _abbreviation(before))
                and (label_at.get(toks[i][0]) is None
                     or label_at.get(toks[i][0]) != label_at.get(toks[i - 1][0]))):
            out.append(toks[start:i])
            start = i
    if toks[start:]:
        out.append(toks[start:])
    return out


def _abbreviation(word: str) -> bool:
    """An initial ("В.") or a short lower-case abbreviation ("им.", "г.") before a full stop."""
    return (len(word) == 1 and word.isalpha()) or (word.islower() and len(word) <= 2)


def read_nerel(folder: Path, names_only: bool = True) -> list[Document]:
    return _chunked([Document(read_nerel_doc(t, names_only)) for t in sorted(folder.glob("*.txt"))])


# ---- the sets ----------------------------------------------------------------------------


def extra_dev_sets(shared: Path = SHARED) -> dict[str, tuple[str, list[Document]]]:
    """name -> (language, documents) for the dev-only sets of issue 14."""
    d = ner_dir(shared)
    return {
        "it-kind": ("it", read_token_tag(d / "kind/WN_dev.tsv")),
        "nl-conll2002": ("nl", read_indexed(d / "conll2002-nl/val.conllu")),
        "pl-bsnlp": ("pl", read_bsnlp(d / "bsnlp2017-pl/ec.conllu")
                     + read_bsnlp(d / "bsnlp2017-pl/trump.conllu")),
        "uk-neruk": ("uk", read_token_tag(d / "ner-uk/test.iob", NERUK)),
        "cs-cnec": ("cs", read_cnec(d / "cnec2.0/dtest.conll")),
        "fr-wikineural": ("fr", read_indexed(d / "wikineural-fr/val.conllu")),
        "ru-nerel": ("ru", read_nerel(d / "nerel/dev")),
    }  # fmt: skip


# ---- self-check (the repo's tests do not import training/) ------------------------------


def _file_counts(path: Path, mapping: dict[str, str]) -> tuple[int, dict[str, int]]:
    """Token lines and entity starts per mapped label, counted straight from a file whose
    last column is the tag (a B-, or an I- after another type or O, starts an entity)."""
    tokens, counts, prev = 0, dict.fromkeys(PLAIN, 0), "O"
    for line in _open(path):
        cols = line.split()
        if not cols or cols[0].startswith("#DOCSTART"):
            prev = "O"
            continue
        tokens += 1
        tag = cols[-1]
        starts = tag.startswith("B-") or (tag.startswith("I-") and prev[2:] != tag[2:])
        if starts and tag[2:] in mapping:
            counts[mapping[tag[2:]]] += 1
        prev = tag
    return tokens, counts


def _count(docs: list[Document]) -> tuple[int, dict[str, int]]:
    sentences = [s for d in docs for s in d.sentences]
    counts = dict.fromkeys(PLAIN, 0)
    for s in sentences:
        for _, _, label in _spans(s.tags):
            counts[label] += 1
    return sum(len(s.words) for s in sentences), counts


def _text(s: Sentence, a: int, b: int) -> str:
    return "".join(w + " " * sp for w, sp in zip(s.words[a:b], s.spaces[a:b], strict=True))


def self_check(shared: Path = SHARED) -> None:
    d = ner_dir(shared)
    sets = extra_dev_sets(shared)
    for name, (_, docs) in sets.items():
        for doc in docs:
            assert 0 < len(doc.sentences) <= 10, name
            for s in doc.sentences:
                assert s.words and len(s.words) == len(s.tags) == len(s.spaces), (name, s.words)
                assert all(t == "O" or t[2:] in PLAIN for t in s.tags), (name, s.tags)
                assert all(b[:2] != "I-" or a[2:] == b[2:] for a, b in itertools.pairwise(["O", *s.tags])), name
    # the CoNLL-style readers keep every token and every PER/ORG/LOC entity of the file
    plain = {"it-kind": ("kind/WN_dev.tsv", PLAIN), "nl-conll2002": ("conll2002-nl/val.conllu", PLAIN),
             "uk-neruk": ("ner-uk/test.iob", NERUK), "fr-wikineural": ("wikineural-fr/val.conllu", PLAIN)}
    for name, (file, mapping) in plain.items():
        assert _count(sets[name][1]) == _file_counts(d / file, mapping), name
    bsnlp = [_file_counts(d / f"bsnlp2017-pl/{f}.conllu", PLAIN) for f in ("ec", "trump")]
    raw = read_bsnlp(d / "bsnlp2017-pl/ec.conllu", False) + read_bsnlp(d / "bsnlp2017-pl/trump.conllu", False)
    assert _count(raw) == (bsnlp[0][0] + bsnlp[1][0], {k: bsnlp[0][1][k] + bsnlp[1][1][k] for k in PLAIN})
    propagated = _count(sets["pl-bsnlp"][1])[1]
    assert all(n <= propagated[k] for k, n in _count(raw)[1].items())
    tokens, cnec = _file_counts(d / "cnec2.0/dtest.conll", CNEC)
    got = _count(sets["cs-cnec"][1])
    assert got[0] == tokens and got[1]["ORG"] == cnec["ORG"] and got[1]["LOC"] == cnec["LOC"]
    assert 0 < cnec["PER"] - got[1]["PER"] < 40, (cnec, got)  # the inhabitant names
    # NEREL: the words and spaces give back the text, and every kept mention is one span
    for txt in sorted((d / "nerel/dev").glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        sentences = read_nerel_doc(txt)
        rebuilt = " ".join(_text(s, 0, len(s.words)) for s in sentences)
        assert rebuilt.split() == text.split(), txt.name
        want = sorted((" ".join(text[a:b].split()), label)
                      for a, b, label in nerel_mentions(txt.with_suffix(".ann"), text))
        have = sorted((" ".join(_text(s, a, b).split()), label)
                      for s in sentences for a, b, label in _spans(s.tags))
        assert have == want, txt.name
    print("self-check passed")


if __name__ == "__main__":
    stats(extra_dev_sets())
    self_check()
