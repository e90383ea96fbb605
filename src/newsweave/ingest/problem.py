"""What ingest says about an input it could not read."""

from __future__ import annotations

from dataclasses import dataclass

# the stage of an article's notes on what was mended or left out of its input (a date it
# could not read, an unusable id, lone surrogates …): the ingest summary lists them
MENDED = "ingest"


@dataclass(frozen=True, slots=True)
class Problem:
    """An input (a file, or one line or entry of it) that could not be read, and why.

    `line` is the JSONL line, feed entry or JSON array item number (1-based), or the line
    of the file where decoding or parsing failed; None when the whole file is the problem.
    """

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class NotAnArticle(Problem):
    """A file a folder holds that newsweave leaves out on purpose because it is not an
    article (a README, a licence, a Markdown document): reported, but not a failure."""


class Unreadable(Exception):
    """Raised inside ingest when an input cannot be read; `read` turns it into a `Problem`."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line
