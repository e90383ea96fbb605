"""The parameter types (sizes, dates, language codes) and the options several commands
share."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import click

from newsweave.entities.backend import DEFAULT_NER
from newsweave.ingest import DEFAULT_MAX_BYTES, NOT_ARTICLES
from newsweave.ingest.clean import EARLIEST_PUBLISHED, LATEST_PUBLISHED, in_range
from newsweave.lang import SUPPORTED
from newsweave.language import known_languages, normalize_code
from newsweave.scale.spec import FORMS, Local, Scheduler, SpecError, parse_spec
from newsweave.store import DEFAULT_DB
from newsweave.store.db import is_url
from newsweave.windows import DEFAULT_MAX_CHARS, WINDOW_CHARS

_SIZE_UNITS = {
    "": 1,
    "B": 1,
    "K": 1024,
    "KB": 1024,
    "M": 1024**2,
    "MB": 1024**2,
    "G": 1024**3,
    "GB": 1024**3,
}


class SizeParam(click.ParamType):
    name = "size"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> int:
        if isinstance(value, int):
            return value
        text = str(value).strip().upper()
        number = text.rstrip("KMGB")
        unit = text[len(number) :]
        try:
            return int(float(number) * _SIZE_UNITS[unit])
        except (ValueError, KeyError):
            self.fail(f"{value!r} is not a size such as 500K, 20MB or 1G", param, ctx)


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


class DateParam(click.ParamType):
    """An ISO 8601 date: `2023-09-13`, or a timestamp whose day is taken
    (`2023-09-13T08:30:00+02:00`). Anything else is refused, never guessed: 09/10/2023 is 9
    October in Europe and 10 September in the US."""

    name = "date"
    FORMS = "YYYY-MM-DD (2023-09-13) or an ISO timestamp (2023-09-13T08:30:00+02:00)"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            if not _ISO_DAY.match(text):
                raise ValueError
            day = (
                datetime.fromisoformat(text).date() if len(text) > 10 else date.fromisoformat(text)
            )
        except ValueError:
            self.fail(f"{value!r} is not an ISO date; use {self.FORMS}", param, ctx)
        if not in_range(day):
            self.fail(
                f"{value!r} is outside the years newsweave reads "
                f"({EARLIEST_PUBLISHED.year}–{LATEST_PUBLISHED.year})",
                param,
                ctx,
            )
        return day


class LanguageParam(click.ParamType):
    """An ISO 639-1 code newsweave can act on (`known_languages`), or with `many` a
    comma-separated list of them; refused, with the known codes listed, otherwise."""

    name = "language"

    def __init__(self, many: bool = False) -> None:
        self.many = many

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str | tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        raw = [c.strip() for c in str(value).split(",")] if self.many else [str(value).strip()]
        codes = [normalize_code(c) for c in raw if c]
        known = known_languages()
        unknown = [c for c in raw if c and normalize_code(c) not in known]
        if unknown or not codes:
            with_data = ", ".join(sorted(SUPPORTED))
            others = ", ".join(sorted(known - set(SUPPORTED)))
            what = ", ".join(repr(c) for c in unknown) or repr(str(value))
            self.fail(
                f"{what}: not a language code newsweave knows. With language data: "
                f"{with_data}. Recognised, and read with language-independent rules: {others}.",
                param,
                ctx,
            )
        return tuple(dict.fromkeys(codes)) if self.many else codes[0]


class DaskParam(click.ParamType):
    """A Dask cluster: `local:N` or a scheduler's address (`newsweave.scale.parse_spec`)."""

    name = "dask"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Local | Scheduler:
        if isinstance(value, Local | Scheduler):
            return value
        try:
            return parse_spec(str(value))
        except SpecError as exc:
            self.fail(str(exc), param, ctx)


def _languages(value: tuple[str, ...] | None) -> tuple[str, ...]:
    return value or SUPPORTED


# Input paths are not checked by click: a missing or unreadable file or folder is a
# problem of the batch like any other input (reported, the rest read), not a usage error.
INPUT_PATH = click.Path(path_type=Path, readable=False)


max_size_option = click.option(
    "--max-size",
    type=SizeParam(),
    default=DEFAULT_MAX_BYTES,
    show_default=f"{DEFAULT_MAX_BYTES // 1024**2}MB",
    help="Skip files larger than this (e.g. 500K, 20MB).",
)
max_chars_option = click.option(
    "--max-chars",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    metavar="N",
    help="Analyse at most N characters of an article (0: all of it). A longer article is "
    "analysed up to the last paragraph break before N, kept whole and noted in its issues. "
    f"Texts over {WINDOW_CHARS:,} characters are analysed in windows of that size.",
)
language_option = click.option(
    "--language",
    type=LanguageParam(),
    metavar="L",
    help="Language of articles whose input does not state one (ISO 639-1).",
)
published_option = click.option(
    "--published",
    type=DateParam(),
    metavar="DATE",
    help="Publication date of articles whose input does not state one (YYYY-MM-DD).",
)
languages_option = click.option(
    "--languages",
    type=LanguageParam(many=True),
    metavar="L1,L2,…",
    help=f"Languages to choose from when identifying (default: {','.join(SUPPORTED)}).",
)
all_files_option = click.option(
    "--all-files",
    is_flag=True,
    help="Also read the files in a folder that look like documentation, not articles "
    "(README*, ATTRIBUTION*, LICENSE*, COPYING*, CHANGELOG*, *.md), which are skipped "
    "otherwise. A file named on the command line is always read.",
)


def _skip(all_files: bool) -> tuple[tuple[str, str], ...]:
    return () if all_files else NOT_ARTICLES


jobs_option = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the per-article analysis.",
)
dask_option = click.option(
    "--dask",
    type=DaskParam(),
    metavar="SCHEDULER",
    help=f"Run the per-article analysis on a Dask cluster: {FORMS}. This process reads "
    "the inputs and writes the database; the workers need the same newsweave installed "
    "(pip install 'newsweave[cluster]').",
)
ner_option = click.option(
    "--ner",
    default=DEFAULT_NER,
    show_default=True,
    metavar="BACKEND",
    help="Named-entity models: 'accurate' (newsweave's multilingual encoder, every "
    "script), 'fast' (newsweave's compact CNN models), 'spacy:NAME_OR_PATH' (an installed "
    "spaCy pipeline) or 'hf:PATH' (a Hugging Face model in a local folder).",
)


class DbParam(click.ParamType):
    """Where the store is: a SQLite file (a path; not a folder), or a PostgreSQL database
    named by its URL (`postgresql://user@host:port/dbname`, kept as the string)."""

    name = "db"
    _file = click.Path(dir_okay=False, path_type=Path)

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> Path | str:
        if isinstance(value, Path):
            return value
        if is_url(value):
            return str(value)
        return self._file.convert(value, param, ctx)


DB_HELP = (
    "The database: a SQLite file, or a PostgreSQL URL (postgresql://user@host:port/dbname). "
    "Without --db: $NEWSWEAVE_DB, else"
)
db_option = click.option(
    "--db",
    type=DbParam(),
    default=DEFAULT_DB,
    envvar="NEWSWEAVE_DB",
    show_default=True,
    help=f"{DB_HELP} {DEFAULT_DB}.",
)
wait_option = click.option(
    "--wait", type=click.FloatRange(min=0), default=0, metavar="SECONDS",
    help="While another ingest or re-analysis is writing to the database, wait up to this "
    "long for it (default: stop at once, exit status 2, nothing done).",
)  # fmt: skip
