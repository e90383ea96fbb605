"""The SQLite store: schema migrations, batch writes in transactions, queries."""

from newsweave.store.lock import StoreBusy
from newsweave.store.store import DEFAULT_DB, ArticleRow, Run, Store, StoreError

__all__ = ["DEFAULT_DB", "ArticleRow", "Run", "Store", "StoreBusy", "StoreError"]
