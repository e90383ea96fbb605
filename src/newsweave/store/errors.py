"""What opening a store can refuse, each with a message that says what to do next (the
command line prints it on one line and exits with status 2; the desk shows it)."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The database cannot be used as asked (missing, not a newsweave store, too old or
    too new)."""


class SchemaTooNew(StoreError):
    """The database has a migration this newsweave does not know: a newer newsweave wrote
    it. Nothing reads or writes it until newsweave is upgraded."""


class SchemaTooOld(StoreError):
    """The database lacks migrations this newsweave needs, and it is open read-only (the
    desk, the read commands): it is migrated by opening it for writing
    (`newsweave migrate`, or any ingest)."""
