"""Connecting to the Dask cluster `--dask` names, and closing it again: a local cluster
is started here and shut down on the way out (an error, Ctrl-C); a running scheduler is
only disconnected from."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.scale.spec import Local, Scheduler

if TYPE_CHECKING:
    from distributed import Client

# seconds to wait for a scheduler to answer before saying it cannot be reached
CONNECT_TIMEOUT = 10.0
INSTALL_HINT = "pip install 'newsweave[cluster]'"


class ClusterError(RuntimeError):
    """The cluster cannot be used (Dask missing, the scheduler unreachable, the workers
    unable to run newsweave); the message is one line that says what to do."""


@dataclass(frozen=True)
class Workers:
    """What a cluster has to work with right now."""

    workers: int
    threads: int


def workers_of(client: Client) -> Workers:
    """The workers the scheduler knows of, and their threads in all."""
    info = client.scheduler_info(n_workers=-1)["workers"]
    return Workers(len(info), sum(int(w.get("nthreads", 1)) for w in info.values()))


@contextmanager
def connect(spec: Local | Scheduler, *, timeout: float | None = None) -> Iterator[Client]:
    """A `distributed.Client` of the cluster `spec` names, closed when the block ends
    (and the local cluster with it). Raises `ClusterError` when Dask is not installed or
    the scheduler does not answer within `timeout` seconds (`CONNECT_TIMEOUT`)."""
    try:
        from distributed import Client
        from distributed import LocalCluster as DaskLocalCluster
    except ImportError as exc:
        raise ClusterError(f"Dask is not installed ({exc}); {INSTALL_HINT}") from exc

    cluster = None
    if isinstance(spec, Local):
        # one thread per worker process: the analysis holds the GIL, so processes are
        # what runs it in parallel; no dashboard (a port nobody asked for)
        cluster = DaskLocalCluster(
            n_workers=spec.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )
        client = Client(cluster)
    else:
        try:
            client = Client(spec.address, timeout=timeout or CONNECT_TIMEOUT)
        except (OSError, TimeoutError) as exc:
            raise ClusterError(
                f"cannot reach the Dask scheduler at {spec.address} ({_one_line(exc)}); is "
                "`dask scheduler` running there? (--dask local:N starts a cluster on this "
                "machine)"
            ) from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
