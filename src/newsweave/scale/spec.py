"""What `--dask` says: a local cluster to start (`local:N`) or a running scheduler to
join (`tcp://host:8786`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# the schemes of a scheduler address newsweave passes on to Dask
SCHEMES = ("tcp", "tls", "ws", "wss")
FORMS = "local:N (N worker processes on this machine) or tcp://HOST:PORT (a running scheduler)"

_LOCAL = re.compile(r"local:(\d+)")
_ADDRESS = re.compile(r"([a-z]+)://([^\s/:]+|\[[0-9a-fA-F:.]+\]):(\d{1,5})")


class SpecError(ValueError):
    """A `--dask` value that is neither form; the message says what is accepted."""


@dataclass(frozen=True)
class Local:
    """Start `workers` worker processes on this machine, one thread each."""

    workers: int

    def __str__(self) -> str:
        return f"local:{self.workers}"


@dataclass(frozen=True)
class Scheduler:
    """Join the running Dask scheduler at `address` (`tcp://host:port`)."""

    address: str

    def __str__(self) -> str:
        return self.address


def parse_spec(value: str) -> Local | Scheduler:
    """`local:N` or `SCHEME://HOST:PORT` (scheme tcp, tls, ws or wss); raises `SpecError`."""
    text = value.strip()
    local = _LOCAL.fullmatch(text)
    if local:
        workers = int(local.group(1))
        if workers < 1:
            raise SpecError(f"{value!r}: a local cluster needs 1 worker or more")
        return Local(workers)
    address = _ADDRESS.fullmatch(text)
    if address:
        scheme, _, port = address.groups()
        if scheme not in SCHEMES:
            schemes = ", ".join(f"{s}://" for s in SCHEMES)
            raise SpecError(f"{value!r}: a scheduler address starts with {schemes}")
        if not 0 < int(port) < 65536:
            raise SpecError(f"{value!r}: {port} is not a port number")
        return Scheduler(text)
    raise SpecError(f"{value!r} is not a Dask cluster; use {FORMS}")
