"""The SQLite store: schema migrations, batch writes in transactions, queries."""

from newsweave.store.errors import SchemaTooNew, SchemaTooOld, StoreError
from newsweave.store.lock import StoreBusy
from newsweave.store.store import DEFAULT_DB, ArticleRow, Run, Store

__all__ = [
    "DEFAULT_DB",
    "ArticleRow",
    "Run",
    "SchemaTooNew",
    "SchemaTooOld",
    "Store",
    "StoreBusy",
    "StoreError",
]
