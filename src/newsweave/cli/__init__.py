"""The `newsweave` command line: a thin layer over the library functions.

Exit status: 0 when everything was read, 1 when some inputs were skipped, 2 for usage
errors or when nothing could be read.

`main` is the command group; each command lives in the module of its concern (analyze,
ingest, reanalyze, migrate, read, stories, desk, evaluate) and registers itself on `main`
when imported below.
"""

from __future__ import annotations

import click

from newsweave import __version__
from newsweave.cli.common import _fit_to_output, err, out

__all__ = ["main", "sample_corpus"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsweave")
def main() -> None:
    """newsweave: follow one news story across languages.

    Read news in many languages (text, HTML, RSS/Atom, JSONL), find the sentences and the
    dates they mention, store them, and write a report you can open in a browser.
    """
    _fit_to_output(out)
    _fit_to_output(err)


# Importing the command modules registers their commands on `main` (so after it is defined).
from newsweave.cli import (  # noqa: E402, F401
    analyze,
    desk,
    evaluate,
    ingest,
    migrate,
    read,
    reanalyze,
    stories,
)
from newsweave.cli.ingest import sample_corpus  # noqa: E402
