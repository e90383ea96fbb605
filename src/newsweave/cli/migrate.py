"""`migrate`: bring a database written by an older newsweave up to this one's schema."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.markup import escape

from newsweave.cli import main
from newsweave.cli.common import _open, err, out
from newsweave.cli.options import db_option


@main.command("migrate")
@db_option
def migrate_cmd(db: Path | str) -> None:
    """Upgrade a database written by an older newsweave to this version's schema.

    Each missing migration runs in one transaction with its backfills (name links, the
    search index, story headlines of what the database already holds): interrupted, the
    database stays at the version before, and running this again finishes it. An ingest
    migrates too; the desk and the read commands only read, and ask for this. A database
    written by a newer newsweave is refused (exit status 2). A PostgreSQL database
    (--db postgresql://…) without a store gets one: every migration from the first.
    """
    if isinstance(db, Path) and not db.is_file():
        err.print(f"[red]error[/]: no database at {escape(str(db))}; nothing to migrate")
        sys.exit(2)
    with _open(db) as store:
        if store.migrated:
            out.print(
                f"{escape(store.where)}: applied {', '.join(store.migrated)}; "
                f"now at schema {store.schema}"
            )
        else:
            out.print(f"{escape(store.where)} is up to date (schema {store.schema})")
