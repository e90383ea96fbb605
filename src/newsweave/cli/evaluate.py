"""`eval`: measure newsweave against gold data (quotes, dates, stories)."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from newsweave.analysis import default_pipeline
from newsweave.article import Article, Quote
from newsweave.cli import main
from newsweave.cli.common import _backend, out
from newsweave.cli.options import ner_option


@main.group("eval")
def eval_group() -> None:
    """Measure newsweave against gold data (see ../shared/data/DATA.md)."""


@eval_group.command("quotes")
@click.option(
    "--data",
    "data_dir",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    required=True,
    help="The folder holding polnear/ and spkatt-2023/ (../shared/data/quotes).",
)
@click.option(
    "--corpus",
    type=click.Choice(["polnear", "spkatt"]),
    default="polnear",
    show_default=True,
    help="PolNeAR (English news) or SpkAtt-2023 (German parliament speeches).",
)
@click.option(
    "--split", default=None, help="Split to read [default: dev for polnear, train for spkatt]."
)
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents.")
@click.option(
    "--misses",
    type=click.Choice(["all", "spurious", "missed", "speaker"]),
    help="Also list errors: spurious predictions, missed gold quotes, wrong speakers, or all.",
)
@ner_option
def eval_quotes(
    data_dir: Path,
    corpus: str,
    split: str | None,
    limit: int | None,
    misses: str | None,
    ner: str,
) -> None:
    """Quote precision and recall (≥ 50% overlap) by kind, and speaker accuracy.

    With --misses, each error is one line: what went wrong, the kind (predicted; gold for
    a missed quote), the document, the share of it the nearest other side covers (0.00: no
    gold quote or prediction there at all), the cue and the speaker (predicted; gold for a
    missed quote; "said → resolved" where they differ; the gold source after "gold:" for a
    wrong speaker), then the quote's text."""
    from itertools import islice

    from newsweave.evaluation.quotes import GoldDocument, Miss, read_polnear, read_spkatt, score

    if corpus == "polnear":
        documents = read_polnear(data_dir / "polnear", split or "dev")
    else:
        documents = read_spkatt(data_dir / "spkatt-2023", split or "train")
    pipeline = default_pipeline(on_error="raise", ner=_backend(ner), sentence_vectors=False)

    def predict(document: GoldDocument) -> list[Quote]:
        article = pipeline(Article(document.text, id=document.id, language=document.language))
        return article.quotes

    errors: list[Miss] | None = [] if misses else None
    try:
        scores = score(islice(documents, limit), predict, errors)
    except FileNotFoundError as exc:
        raise click.ClickException(
            f"{exc}. --data is the folder that holds polnear/ and spkatt-2023/ "
            "(../shared/data/quotes); PolNeAR has the splits train and dev, SpkAtt-2023 train."
        ) from exc
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    out.print(scores.table())
    for miss in errors or ():
        if misses == "all" or miss.what == misses:
            who = miss.speaker or "-"
            if miss.gold_speaker:
                who += f" (gold: {miss.gold_speaker})"
            out.print(
                escape(f"{miss.what:<9}{miss.kind:<9}{miss.document} {miss.overlap:.2f} "
                       f"cue={miss.cue or '-'} speaker={who} | {miss.text}"),
                soft_wrap=True,
            )  # fmt: skip


@eval_group.command("dates")
@click.option(
    "--data", "data_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
    required=True, help="A gold .jsonl file (../shared/data/dates/meantime-en.jsonl).",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N documents.")
@click.option("--misses", is_flag=True, help="Also list every miss, spurious span and wrong value.")
def eval_dates(data_path: Path, limit: int | None, misses: bool) -> None:
    """Time expressions: relaxed (any overlap) and exact span P/R/F1 on scored gold spans,
    and value accuracy at the gold's precision on the found ones."""
    from itertools import islice

    from newsweave.dates import find_dates
    from newsweave.evaluation.dates import GoldDocument, read_dates, score

    def predict(document: GoldDocument) -> list:
        return find_dates(document.text, document.language, document.published)

    wrong: list[tuple[str, str, str, str | None, str | None]] | None = [] if misses else None
    try:
        scores = score(islice(read_dates(data_path), limit), predict, wrong)
    except (OSError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    out.print(scores.table(), soft_wrap=True)
    for doc, kind, text, gold, found in wrong or ():
        out.print(f"{kind:<9}{doc:<22}{escape(text)!r:<40} gold {gold}  found {found}",
                  soft_wrap=True)  # fmt: skip


@eval_group.command("stories")
@click.option(
    "--data", "data_path", type=click.Path(exists=True, path_type=Path), required=True,
    help="A .jsonl file of texts with gold groups (ITN blurbs: ../shared/data/stories/"
    "itn_dev.jsonl; articles with `group`: ../shared/data/news/meantime/"
    "meantime.derived.jsonl), or a folder of them.",
)  # fmt: skip
@click.option(
    "--window-days", type=click.FloatRange(min=0, min_open=True), default=None,
    help="Close stories after this many days without a new article [default: no window; "
    "ITN's timestamps are capture times, not event times].",
)  # fmt: skip
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N texts per file.")
@ner_option
def eval_stories(data_path: Path, window_days: float | None, limit: int | None, ner: str) -> None:
    """BCubed precision, recall and F1 of story clustering against gold groups."""
    from datetime import timedelta
    from itertools import islice

    from newsweave.evaluation.stories import evaluate, read_groups

    files = sorted(data_path.glob("*.jsonl")) if data_path.is_dir() else [data_path]
    if not files:
        raise click.ClickException(f"no .jsonl files in {data_path}")
    pipeline = default_pipeline(on_error="record", ner=_backend(ner), sentence_vectors=False)
    window = timedelta(days=window_days) if window_days else None
    for path in files:
        try:
            items = list(islice(read_groups(path), limit))
        except (OSError, ValueError, KeyError) as exc:
            raise click.ClickException(
                f"{path}: not a file of texts with gold groups ({exc})"
            ) from exc
        out.print(f"{path.name}: {evaluate(items, pipeline, window).table()}")
