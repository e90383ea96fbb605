"""`argos:PATH`: an installed Argos Translate package, or the folder that holds several,
read with CTranslate2 and sentencepiece (`pip install 'newsweave[argos]'`).

The argostranslate library itself is not used: it pulls in stanza and spaCy, and its
default sentence splitter (minisbd) fetches its models at run time. What a package's model
needs besides its tokenizer is text cut into sentences, which newsweave does itself
(`newsweave.sentences`), so the package's files are all that is read.

A package is a folder (argospm installs each in ~/.local/share/argos-translate/packages):
    metadata.json         {"from_code": "da", "to_code": "en", "package_version": "1.9"};
                          "target_prefix" when the model starts its output with a token
    model/                a CTranslate2 model (model.bin, its vocabulary, config.json)
    sentencepiece.model   the tokenizer of both sides
Older packages tokenized with BPE (bpe.model) are not read; a .argosmodel file is a package
zipped, to unzip first.

A pair of languages with no package of its own goes through a third language that has
both (da → en → de), as Argos does; the translation names both packages.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsweave.sentences import split_sentences
from newsweave.translation.base import MAX_TOKENS, TranslationError

INSTALL_HINT = "pip install 'newsweave[argos]'"
PIVOT = "en"  # the language tried first between two with no package of their own
BEAM_SIZE = 2  # a little better than greedy search, at a fraction of Argos's default 4
BATCH = 32  # sentences given to the model at once


@dataclass
class Package:
    """One installed Argos Translate package: a model from `source` into `target`."""

    folder: Path
    source: str
    target: str
    version: str = ""
    prefix: str = ""  # a token the output starts with, and that is no part of the text
    _tokenizer: Any = field(default=None, repr=False)
    _model: Any = field(default=None, repr=False)

    @property
    def name(self) -> str:
        return self.folder.name


def read_package(folder: Path) -> Package | None:
    """The package in `folder`, None for one that translates nothing (Argos's sentence
    splitter packages); TranslationError, with the reason, for one that cannot be read."""
    meta = folder / "metadata.json"
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TranslationError(f"cannot read {meta}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise TranslationError(f"{meta} is not JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise TranslationError(f"{meta} must hold an object with from_code and to_code")
    if data.get("type", "translate") != "translate":
        return None
    source, target = data.get("from_code"), data.get("to_code")
    if not (isinstance(source, str) and source and isinstance(target, str) and target):
        raise TranslationError(f"{meta} says no from_code and to_code")
    if not (folder / "model" / "model.bin").is_file():
        raise TranslationError(f"{folder} has no CTranslate2 model (model/model.bin)")
    if not (folder / "sentencepiece.model").is_file():
        why = (
            "its tokenizer is BPE (bpe.model), which newsweave does not read; a newer "
            "package of the pair uses sentencepiece"
            if (folder / "bpe.model").is_file()
            else "it has no sentencepiece.model"
        )
        raise TranslationError(f"cannot use the Argos package {folder}: {why}")
    return Package(
        folder, source.lower(), target.lower(), str(data.get("package_version", "")),
        str(data.get("target_prefix") or ""),
    )  # fmt: skip


def find_packages(where: Path) -> list[Package]:
    """The translation packages at `where`: the package it is, or those in its folders."""
    if where.suffix == ".argosmodel" and where.is_file():
        raise TranslationError(
            f"{where} is a zipped Argos package: unzip it (or install it with argospm) and "
            "give argos: the folder"
        )
    if not where.is_dir():
        raise TranslationError(
            f"no Argos Translate package at {where}: argos:PATH is an installed package "
            "(a folder with metadata.json, model/ and sentencepiece.model) or the folder "
            "of several, as ~/.local/share/argos-translate/packages"
        )
    if (where / "metadata.json").is_file():
        folders = [where]
    else:
        folders = sorted(p for p in where.iterdir() if (p / "metadata.json").is_file())
    packages = [p for p in map(read_package, folders) if p is not None]
    if not packages:
        raise TranslationError(
            f"no Argos Translate package in {where}: a package is a folder with "
            "metadata.json, model/ and sentencepiece.model"
        )
    return packages


class ArgosTranslator:
    """The Argos Translate packages at a path; each model is loaded when first used."""

    def __init__(self, path: str | Path, threads: int | None = None) -> None:
        self.folder = Path(path).expanduser().resolve()
        self.threads = threads
        self.packages: dict[tuple[str, str], Package] = {}
        for package in find_packages(self.folder):  # the first of a pair's packages wins
            self.packages.setdefault((package.source, package.target), package)
        names = sorted(p.name for p in self.packages.values())
        self.name = "argos:" + (
            ", ".join(names) if len(names) <= 3 else f"{self.folder.name} ({len(names)} packages)"
        )

    def route(self, source: str, target: str) -> list[Package] | None:
        """The packages that take `source` into `target`: its own, else two through a
        third language (English first); None when there is no way."""
        if source == target:
            return None
        if (source, target) in self.packages:
            return [self.packages[source, target]]
        middles = sorted({b for a, b in self.packages if a == source}, key=lambda m: m != PIVOT)
        for middle in middles:
            if (middle, target) in self.packages:
                return [self.packages[source, middle], self.packages[middle, target]]
        return None

    def supports(self, source: str, target: str) -> bool:
        return self.route(source, target) is not None

    def model(self, source: str, target: str) -> str:
        route = self.route(source, target)
        if route is None:
            raise TranslationError(f"{self.name} does not translate {source} into {target}")
        return "argos:" + " → ".join(p.name for p in route)

    def load(self) -> None:
        """The tokenizers of all packages; each model on its first use (a folder may hold
        many, of which a store needs a few)."""
        try:
            import ctranslate2  # noqa: F401
            import sentencepiece
        except ImportError as exc:
            raise TranslationError(
                f"Argos packages need ctranslate2 and sentencepiece: {INSTALL_HINT}"
            ) from exc
        for package in self.packages.values():
            if package._tokenizer is None:
                path = package.folder / "sentencepiece.model"
                try:
                    package._tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(path))
                except (OSError, RuntimeError) as exc:
                    raise TranslationError(f"cannot read {path}: {exc}") from exc

    def _model(self, package: Package) -> Any:
        if package._model is None:
            import ctranslate2

            try:
                package._model = ctranslate2.Translator(
                    str(package.folder / "model"), device="cpu", inter_threads=1,
                    intra_threads=self.threads or 0,
                )  # fmt: skip
            except (OSError, RuntimeError, ValueError) as exc:
                raise TranslationError(f"cannot load the model in {package.folder}: {exc}") from exc
        return package._model

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[str]:
        route = self.route(source, target)
        if route is None:
            raise TranslationError(f"{self.name} does not translate {source} into {target}")
        self.load()
        out = list(texts)
        for package in route:
            out = self._translate(package, out)
        return out

    def _translate(self, package: Package, texts: list[str]) -> list[str]:
        """Each text cut into sentences, the sentences translated together, and put back
        together in their order."""
        sentences: list[list[str]] = [
            [text[s.start : s.end] for s in split_sentences(text, package.source)] for text in texts
        ]
        flat = [s for each in sentences for s in each]
        done = iter(self._sentences(package, flat))
        return [" ".join(next(done) for _ in each) for each in sentences]

    def _sentences(self, package: Package, sentences: list[str]) -> Iterator[str]:
        if not sentences:
            return
        tokenizer = package._tokenizer
        pieces = [p[:MAX_TOKENS] for p in tokenizer.encode(sentences, out_type=str)]
        prefix = [[package.prefix]] * len(pieces) if package.prefix else None
        longest = max(map(len, pieces))
        try:
            results = self._model(package).translate_batch(
                pieces, prefix, max_batch_size=BATCH, beam_size=BEAM_SIZE,
                max_input_length=MAX_TOKENS, replace_unknowns=True,
                max_decoding_length=min(MAX_TOKENS, 2 * longest + 16),  # no runaway repeats
            )  # fmt: skip
        except RuntimeError as exc:  # CTranslate2's own, e.g. a text longer than its model
            raise TranslationError(f"the model in {package.folder} failed: {exc}") from exc
        for result in results:
            words = result.hypotheses[0]
            if package.prefix and words[:1] == [package.prefix]:
                words = words[1:]
            yield tokenizer.decode_pieces(words).strip()
