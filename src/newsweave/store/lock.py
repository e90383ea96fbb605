"""One weaver at a time: who holds a run, and whether that process is still there.

An ingest run is a row of `runs` with status `running` and its holder: process id, host
name and, where the system tells it (Linux `/proc`), the process's start time, so that a
process id the system has since given to another process is not taken for the holder.
`Store.start_run` looks at the running runs inside a write transaction: a run whose
holder is gone (killed, the machine restarted) is marked `interrupted`; while one whose
holder is alive remains, no new run starts — the caller waits for it or stops with
`StoreBusy`. So story assignment never interleaves between two processes.

What cannot be known is said so: a run held on another host is taken as alive (its
process cannot be looked at from here); a run from before holders were recorded (no
process id) is taken as gone. Runs of this very process never block it (one process
holds one store object per writer; `newsweave.store.stories.assign` refuses a
clusterer that another writer has overtaken).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path


class StoreBusy(RuntimeError):
    """Another live process holds a running ingest on this store."""


@dataclass(frozen=True, slots=True)
class Holder:
    """The process that holds a run."""

    pid: int | None
    host: str | None
    started: str | None  # the process's start time as the system counts it, if known

    @classmethod
    def current(cls) -> Holder:
        pid = os.getpid()
        return cls(pid, socket.gethostname(), _started(pid))

    def is_current(self) -> bool:
        me = Holder.current()
        return (self.pid, self.host) == (me.pid, me.host) and self.started == me.started

    def alive(self) -> bool:
        """Whether the holder may still be running (True where that cannot be told)."""
        if self.pid is None:
            return False  # a run from before holders were recorded
        if self.host != socket.gethostname():
            return True
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            pass  # there, but another user's
        state, started = _proc(self.pid)
        if state == "Z":
            return False  # ended, not yet reaped by its parent
        return self.started is None or started is None or started == self.started

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}"


def _started(pid: int) -> str | None:
    """The start time of process `pid` (clock ticks since boot, Linux), or None."""
    return _proc(pid)[1]


def _proc(pid: int) -> tuple[str | None, str | None]:
    """The state letter and start time of process `pid` (Linux `/proc`), or Nones."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None, None
    fields = stat.rpartition(")")[2].split()  # the name in parentheses may hold spaces
    return (fields[0] if fields else None), (fields[19] if len(fields) > 19 else None)
