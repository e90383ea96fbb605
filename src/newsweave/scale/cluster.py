"""Connecting to the Dask cluster `--dask` names, and closing it again: a local cluster
is started here and shut down on the way out (an error, Ctrl-C); a running scheduler is
only disconnected from."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.scale.spec import Local, Scheduler

if TYPE_CHECKING:
    from distributed import Client

# seconds to wait for a scheduler to answer before saying it cannot be reached
CONNECT_TIMEOUT = 10.0
INSTALL_HINT = "pip install 'newsweave[cluster]'"
# The Dask settings of a local cluster (its scheduler and nannies run in this process,
# its workers in theirs). No MALLOC_TRIM_THRESHOLD_ in the workers' environment, which
# Dask sets to 64 KB to hand memory back to the system sooner: a fixed threshold also
# stops glibc from raising its mmap threshold, and the analysis took 17-20% more CPU in
# a worker with it than without (a worker's memory is mostly its models, which it keeps
# anyway). No statistical profiler sampling every thread's stack every 10 ms for a
# dashboard there is not. Background chores once a second or two instead of every 20 to
# 500 ms: idle, the cluster of 2 then takes 0.16 s of CPU in 20 s here and 0.06 s in each
# worker, against 0.7-1.0 s and 0.4 s (benchmarks/RESULTS.md, "Dask ingest"). A worker
# process that dies (an article that crashes its model) is started again by its nanny;
# Dask's cluster also closes the nanny itself if, 15 s after a death, no worker of that
# name is registered, which happens when the worker started again has just died too, and
# the cluster then runs one worker short for the rest of the run. Here the nanny always
# brings its worker back, so that check is pushed out of any run's way.
LOCAL_CLUSTER = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing-interval": "1s",
    "distributed.deploy.lost-worker-timeout": "7 days",
}


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
        import dask
        from distributed import Client
        from distributed import LocalCluster as DaskLocalCluster
    except ImportError as exc:
        raise ClusterError(f"Dask is not installed ({exc}); {INSTALL_HINT}") from exc

    with ExitStack() as stack:
        if isinstance(spec, Local):
            # for the scheduler and nannies, and every worker the cluster starts (the
            # first ones and any restarted later)
            stack.enter_context(dask.config.set(LOCAL_CLUSTER))
            # One thread per worker process: the analysis holds the GIL, so processes are
            # what runs it in parallel. No dashboard. The workers' logs are silenced:
            # what goes wrong there reaches this process through the tasks (an article's
            # problem), and Ctrl-C would otherwise print their tracebacks.
            with _interrupts_ignored():
                cluster = stack.enter_context(
                    DaskLocalCluster(
                        n_workers=spec.workers,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=None,
                        # the scheduler's own HTTP routes (health, metrics) on a free
                        # port of this machine, not Dask's 8787 (another cluster's, maybe)
                        scheduler_kwargs={"dashboard": False, "dashboard_address": "127.0.0.1:0"},
                        silence_logs=logging.CRITICAL,
                    )
                )
            client = stack.enter_context(Client(cluster))
            from newsweave.scale.plugin import IgnoreInterrupts

            client.register_plugin(IgnoreInterrupts(), IgnoreInterrupts.name)
        else:
            try:
                client = Client(spec.address, timeout=timeout or CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise ClusterError(
                    f"cannot reach the Dask scheduler at {spec.address} ({_one_line(exc)}); "
                    "is `dask scheduler` running there? (--dask local:N starts a cluster on "
                    "this machine)"
                ) from exc
            stack.enter_context(client)
        yield client


@contextmanager
def _interrupts_ignored() -> Iterator[None]:
    """SIGINT ignored while a local cluster's worker processes start: a process started
    with SIGINT ignored keeps it so, and then Ctrl-C in a terminal (which goes to every
    process of the foreground group) reaches only this process, which shuts the cluster
    down, instead of each worker printing its own KeyboardInterrupt traceback. A worker
    started later (after one died) gets the same from `IgnoreInterrupts`. Ctrl-C during
    the start (a second or two) is lost."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__
