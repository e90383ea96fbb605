"""`report` (a static HTML report of the store) and `serve` (the analyst's desk in a
browser)."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.markup import escape

from newsweave.cli import main
from newsweave.cli.common import _open, err, out
from newsweave.cli.ingest import DEMO_DB
from newsweave.cli.options import DB_HELP, DbParam, db_option
from newsweave.report import write_report
from newsweave.store import DEFAULT_DB, StoreError
from newsweave.store.db import shown
from newsweave.translation import TranslationError, load_translator


class UiLanguage(click.ParamType):
    """A language code CLDR knows (`params.ui_language`): the language pages are read in."""

    name = "code"

    def convert(
        self, value: object, param: click.Parameter | None, ctx: click.Context | None
    ) -> str:
        from newsweave.desk.params import BadParameter, ui_language

        try:
            return ui_language(str(value))
        except BadParameter:
            self.fail(f"{value!r} is no language code CLDR knows (such as en, da, de)", param, ctx)


ui_language_option = click.option(
    "--ui-language",
    type=UiLanguage(),
    default="",
    help="The language pages are read in: the desk's words (en, da, de) and the names of "
    "places, languages and dates, and story titles from an article in it where there is one. "
    "Default: English words, names as the articles give them.",
)


@main.command()
@db_option
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("newsweave-report"),
    show_default=True,
    help="Folder to write to.",
)
@ui_language_option
def report(db: Path | str, out_dir: Path, ui_language: str) -> None:
    """Write a static HTML report of the store (open index.html in a browser)."""
    store = _open(db, readonly=True)
    index = write_report(store, out_dir, ui_language)
    err.print(f"Report of {store.count()} article(s) written; open {index}")


@main.command()
@click.option(
    "--db",
    type=DbParam(),
    default=None,
    envvar="NEWSWEAVE_DB",
    help=f"{DB_HELP} {DEFAULT_DB}, else the demo's.",
)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 opens the desk to the network.")  # fmt: skip
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME[:PORT]",
              help="Also answer requests addressed to this host name (repeatable); by "
                   "default only the --host address, localhost and 127.0.0.1 with the port "
                   "are answered, others get 400 (against DNS rebinding).")  # fmt: skip
@ui_language_option
@click.option("--translate", "translate_with", default=None, metavar="hf:PATH|argos:PATH",
              help="Your own translation model, to machine-translate a story's quotes into the "
                   "reader's language on demand: hf:PATH, a local MarianMT / OPUS-MT folder "
                   "(pip install 'newsweave[transformers]'), or argos:PATH, an installed "
                   "Argos Translate package or the folder of several, e.g. "
                   "~/.local/share/argos-translate/packages (pip install "
                   "'newsweave[argos]'). newsweave ships none.")  # fmt: skip
def serve(
    db: Path | str | None,
    host: str,
    port: int,
    allow_hosts: tuple[str, ...],
    ui_language: str,
    translate_with: str | None,
) -> None:
    """The analyst's desk in a browser: stories, a story, an entity, an article, each page
    with its JSON twin (?format=json). Read-only: run `newsweave ingest` alongside."""
    import uvicorn

    from newsweave.desk.app import create_app

    if db is None:
        db = Path(DEFAULT_DB)
        if not db.is_file() and DEMO_DB.is_file():
            err.print(f"No {db} here; serving the demo database {DEMO_DB}.")
            db = DEMO_DB
    try:
        translator = load_translator(translate_with) if translate_with else None
        if translator is not None:
            translator.load()
    except TranslationError as exc:
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
    try:
        app = create_app(
            db, host=host, port=port, allow_hosts=allow_hosts, ui_language=ui_language,
            translator=translator,
        )  # fmt: skip
    except StoreError as exc:  # missing, not a newsweave store, too old or too new
        err.print(f"[red]error[/]: {escape(str(exc))}")
        sys.exit(2)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]note[/]: listening on {host}: anyone who can reach it can read the store."
        )
        if host in ("0.0.0.0", "::") and not allow_hosts:
            err.print(
                "[yellow]note[/]: only requests addressed to localhost or 127.0.0.1 are "
                "answered; add the name others use with --allow-host NAME."
            )
    out.print(f"newsweave desk on http://{'[' + host + ']' if ':' in host else host}:{port}/ "
              f"({escape(str(db) if isinstance(db, Path) else shown(db))}); Ctrl+C stops it.",
              soft_wrap=True)  # fmt: skip
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
