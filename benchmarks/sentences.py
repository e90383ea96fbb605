"""Sentence-boundary quality and speed on real dev data in ../shared/data.

    python benchmarks/sentences.py            # the table
    python benchmarks/sentences.py -v da      # plus the boundaries missed / added in da

Two kinds of gold:
- UD treebanks (through UNER and NorNE; da, sv, en, pt, no) whose `# text =` lines are the
  gold sentences in document order. Running text is rebuilt from them: `# newdoc` and
  `# newpar` start a new paragraph (joined by a blank line), sentences inside a paragraph
  are joined by one space. Genres: mixed (DDT, Talbanken, Bosque: news and fiction;
  NorNE: news, blogs, government; EWT: web forums, reviews, e-mail).
- MEANTIME (news/meantime, en and its es/it/nl translations): 120 Wikinews articles,
  tokenised, one gold sentence per `sent_id`. The body (sentences 2..n; 0 is the headline,
  1 the dateline) is detokenised here with a few rules (PTB quotes ``/'' and straight "
  by parity, no space before , . ; : ! ? ) and clitics, none after ( and elided l' dell'),
  sentences joined by one space as one paragraph.

`split_sentences` runs on each rebuilt document and its boundaries (sentence ends) are
compared with the gold ones.

Only boundaries inside paragraphs are scored: a paragraph break ends a sentence for every
splitter, so counting those would only flatter the numbers (Danish DDT has no paragraph
markers at all; there every boundary counts).

Gold boundaries that rules based on punctuation cannot find, reported beside the score:
- "no end mark": the gold sentence ends without . ! ? … (headlines, bylines, a sentence
  cut at a colon, chat lines without punctuation);
- "in quotation": the gold boundary lies inside a quotation, which the splitter keeps
  whole on purpose (UD splits »Han var et notorisk rovdyr. Det var grusomt.« in two);
- "lower-case": the next gold sentence starts with a lower-case letter (web text written
  without capitals, or a gold split before an attribution: `…collapse." said Harper`).
`R punct` is the recall on the boundaries that are none of these.

The naive baseline splits at [.!?] followed by whitespace and an upper-case letter.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsweave.quotemarks import find_quotations
from newsweave.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

# name -> (language, path under shared/data)
DATASETS: dict[str, tuple[str, str]] = {
    "da": ("da", "ner/uner/UNER_Danish-DDT/da_ddt-ud-dev.iob2"),
    "sv": ("sv", "ner/uner/UNER_Swedish-Talbanken/sv_talbanken-ud-dev.iob2"),
    "en": ("en", "ner/uner/UNER_English-EWT/en_ewt-ud-dev.iob2"),
    "pt": ("pt", "ner/uner/UNER_Portuguese-Bosque/pt_bosque-ud-dev.iob2"),
    "no-nb": ("no", "ner/norne/no_bokmaal-ud-dev.conllu"),
    "no-nn": ("no", "ner/norne/no_nynorsk-ud-dev.conllu"),
    "news-en": ("en", "news/meantime/original/en/meantime.conll.gz"),
    "news-es": ("es", "news/meantime/original/es/meantime.conll.gz"),
    "news-it": ("it", "news/meantime/original/it/meantime.conll.gz"),
    "news-nl": ("nl", "news/meantime/original/nl/meantime.conll.gz"),
}

# Gold boundaries that punctuation rules cannot or should not find.
UNFINDABLE = ("no end mark", "in quotation", "lower-case")

_NAIVE_RE = re.compile(r"[.!?](?=\s+\w)")
_END_MARK_RE = re.compile(r"[.!?…]+[\"'”’“»«›‹)\]]*$")


@dataclass
class Document:
    """Rebuilt running text with its gold sentence ends and paragraph ends."""

    text: str
    gold: set[int]  # sentence ends inside paragraphs
    paragraph_ends: set[int]
    sentences: int
    unpunctuated: set[int] = field(default_factory=set)  # gold ends without an end mark
    lowercase: set[int] = field(default_factory=set)  # gold ends before a lower-case start


@dataclass
class Scores:
    name: str
    language: str
    documents: int = 0
    sentences: int = 0
    words: int = 0
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    baseline_predicted: int = 0
    baseline_correct: int = 0
    missed: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    examples: list[tuple[str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def recall_punctuated(self) -> float:
        """Recall on the gold ends that have an end mark and lie outside quotations."""
        findable = self.gold - sum(self.missed[k] for k in UNFINDABLE)
        found = findable - self.missed["other"]
        return found / findable if findable else 1.0

    @property
    def baseline_f1(self) -> float:
        p = self.baseline_correct / self.baseline_predicted if self.baseline_predicted else 1.0
        r = self.baseline_correct / self.gold if self.gold else 1.0
        return _f1(p, r)

    @property
    def ms_per_1000_sentences(self) -> float:
        return 1e6 * self.seconds / self.sentences if self.sentences else 0.0

    @property
    def ms_per_500_words(self) -> float:
        return 500e3 * self.seconds / self.words if self.words else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def read_documents(path: Path) -> list[Document]:
    """Documents rebuilt from the `# text =` lines of a CoNLL-U-like file."""
    docs: list[list[list[str]]] = [[[]]]
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            docs.append([[]])
        elif line.startswith("# newpar"):
            docs[-1].append([])
        elif line.startswith("# text ="):
            sentence = line[len("# text =") :].strip()
            if sentence:
                docs[-1][-1].append(sentence)
    result = []
    for paragraphs in docs:
        paragraphs = [p for p in paragraphs if p]
        if paragraphs:
            result.append(_build(paragraphs))
    return result


def read_meantime(path: Path) -> list[Document]:
    """MEANTIME article bodies rebuilt from tokens, one document (and paragraph) each."""
    docs: dict[str, dict[int, list[str]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 4 and not line.startswith("#"):
                docs.setdefault(cols[0], {}).setdefault(int(cols[1]), []).append(cols[3])
    result = []
    for sentences in docs.values():
        open_quote = False
        body = []
        for sid in sorted(sentences):
            if sid >= 2:
                text, open_quote = detokenize(sentences[sid], open_quote)
                body.append(text)
        if body:
            result.append(_build([body]))
    return result


_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?)\]}%…]+|'(?:s|re|ve|m|ll|d)?|n't|''|\.\.\.)$", re.I)
_NO_SPACE_AFTER = re.compile(r"^(?:[(\[{]|``|\w+'|\$)$")


def detokenize(tokens: list[str], open_quote: bool) -> tuple[str, bool]:
    """One tokenised sentence as running text; `open_quote`: a straight " is open."""
    out: list[str] = []
    glue = True  # no space before the next token
    for i, token in enumerate(tokens):
        if token.startswith("``") and len(token) > 2:  # "``We": a quote glued to a word
            out.append(" " if not glue else "")
            out.append('"')
            glue, token = True, token[2:]
        if token == '"':  # a straight quote opens at the start, closes at the end, or alternates
            at_end = all(_NO_SPACE_BEFORE.match(t) for t in tokens[i + 1 :])
            token = "''" if at_end and i else "``" if i == 0 or not open_quote else "''"
        if token == "``":
            open_quote = True
        elif token == "''":
            open_quote = False
        before = not glue and not _NO_SPACE_BEFORE.match(token)
        out.append((" " if before else "") + {"``": '"', "''": '"'}.get(token, token))
        glue = bool(_NO_SPACE_AFTER.match(token))
    return "".join(out), open_quote


def _build(paragraphs: list[list[str]]) -> Document:
    parts: list[str] = []
    gold: set[int] = set()
    paragraph_ends: set[int] = set()
    unpunctuated: set[int] = set()
    lowercase: set[int] = set()
    pos = 0
    for k, sentences in enumerate(paragraphs):
        if k:
            parts.append("\n\n")
            pos += 2
        for i, sentence in enumerate(sentences):
            if i:
                parts.append(" ")
                pos += 1
            parts.append(sentence)
            pos += len(sentence)
            if i < len(sentences) - 1:
                gold.add(pos)
                if not _END_MARK_RE.search(sentence):
                    unpunctuated.add(pos)
                elif sentences[i + 1][0].islower():
                    lowercase.add(pos)
        paragraph_ends.add(pos)
    count = sum(len(s) for s in paragraphs)
    return Document("".join(parts), gold, paragraph_ends, count, unpunctuated, lowercase)


def naive_split(text: str) -> set[int]:
    """Sentence ends of the naive baseline: [.!?] + whitespace + upper-case letter."""
    ends = set()
    for m in _NAIVE_RE.finditer(text):
        n = m.end()
        while text[n].isspace():
            n += 1
        if text[n].isupper():
            ends.add(m.end())
    return ends


def _inside_quotation(doc: Document, pos: int) -> bool:
    start = doc.text.rfind("\n\n", 0, pos) + 1
    end = doc.text.find("\n\n", pos)
    end = len(doc.text) if end < 0 else end
    return any(q.start < pos < q.end for q in find_quotations(doc.text, start, end))


def evaluate(name: str, shared: Path = SHARED, repeat: int = 1) -> Scores:
    """Score `split_sentences` and the naive baseline on the dev set `name`."""
    language, relpath = DATASETS[name]
    path = shared / "data" / relpath
    docs = read_meantime(path) if path.name.endswith(".conll.gz") else read_documents(path)
    scores = Scores(name, language, documents=len(docs))
    t0 = time.perf_counter()
    for _ in range(repeat):
        predictions = [split_sentences(doc.text, language) for doc in docs]
    scores.seconds = (time.perf_counter() - t0) / repeat
    for doc, spans in zip(docs, predictions, strict=True):
        predicted = {s.end for s in spans} - doc.paragraph_ends
        baseline = naive_split(doc.text) - doc.paragraph_ends
        scores.sentences += doc.sentences
        scores.words += len(doc.text.split())
        scores.gold += len(doc.gold)
        scores.predicted += len(predicted)
        scores.correct += len(predicted & doc.gold)
        scores.baseline_predicted += len(baseline)
        scores.baseline_correct += len(baseline & doc.gold)
        for pos in sorted(doc.gold - predicted):
            if pos in doc.unpunctuated:
                kind = "no end mark"
            elif pos in doc.lowercase:
                kind = "lower-case"
            elif _inside_quotation(doc, pos):
                kind = "in quotation"
            else:
                kind = "other"
            scores.missed[kind] += 1
            scores.examples.append((f"missed ({kind})", _context(doc.text, pos)))
        for pos in sorted(predicted - doc.gold):
            scores.examples.append(("added", _context(doc.text, pos)))
    return scores


def evaluate_all(shared: Path = SHARED, repeat: int = 1) -> dict[str, Scores]:
    return {name: evaluate(name, shared, repeat) for name in DATASETS}


def _context(text: str, pos: int, width: int = 60) -> str:
    left = text[max(0, pos - width) : pos].replace("\n", "¶")
    right = text[pos : pos + width].replace("\n", "¶")
    return f"{left}┃{right}"


def table(results: dict[str, Scores]) -> str:
    head = (
        f"{'set':6} {'lang':4} {'sents':>6} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} "
        f"{'base F1':>7} {'R punct':>7}  {'missed: no end mark/quotation/lower-case/other':>46}"
        f" {'ms/1k sent':>10} {'ms/500 w':>8}"
    )
    lines = [head, "-" * len(head)]
    for s in results.values():
        missed = " / ".join(str(s.missed[k]) for k in (*UNFINDABLE, "other"))
        lines.append(
            f"{s.name:6} {s.language:4} {s.sentences:>6} {s.gold:>5} {s.precision:>6.3f} "
            f"{s.recall:>6.3f} {s.f1:>6.3f} {s.baseline_f1:>7.3f} {s.recall_punctuated:>7.3f}"
            f"  {missed:>46} {s.ms_per_1000_sentences:>10.1f} {s.ms_per_500_words:>8.2f}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", default=list(DATASETS), help="dev sets to score")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared folder")
    parser.add_argument("--repeat", type=int, default=5, help="timing repetitions")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the errors")
    args = parser.parse_args(argv)
    if not (args.shared / "data").is_dir():
        print(f"no dev data under {args.shared}; pass --shared", file=sys.stderr)
        return 2
    results = {name: evaluate(name, args.shared, args.repeat) for name in args.sets}
    print(table(results))
    if args.verbose:
        for s in results.values():
            print(f"\n== {s.name}")
            for kind, context in s.examples:
                print(f"{kind:26} {context}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
