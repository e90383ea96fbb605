"""A Dask `LocalCluster` of 2 worker processes, started once per test module that asks
for it; and the single-process ingest of the sample corpus the cluster's are compared
with."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.cli.ingest import sample_corpus
from newsweave.scale.cluster import LOCAL_CLUSTER
from newsweave.store import Store

distributed = pytest.importorskip(
    "distributed", reason="Dask is not installed (newsweave[cluster])"
)
dask = pytest.importorskip("dask")

# A worker that dies with a task is allowed once (the scheduler reschedules the task);
# a task whose second worker dies too is failed (KilledWorker), as Dask's default does
# after 3, so that the tests of a task that kills every worker stay short.
ALLOWED_FAILURES = 1


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    settings = {**LOCAL_CLUSTER, "distributed.scheduler.allowed-failures": ALLOWED_FAILURES}
    with (
        dask.config.set(settings),  # for the workers restarted after one is killed too
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="session")
def fast():
    """The default pipeline with the fast NER tier (where the tier does not matter)."""
    return default_pipeline(ner="fast")


@pytest.fixture(scope="session")
def single(fast, tmp_path_factory) -> Path:
    """The sample corpus ingested in one process, fast tier, default batches."""
    db = tmp_path_factory.mktemp("single") / "single.db"
    with Store(db) as store:
        summary = ingest(store, sample_corpus(), fast)
    assert summary.added == 220 and not summary.problems
    return db


def copy_store(db: Path, to: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        if Path(str(db) + suffix).exists():
            shutil.copy(str(db) + suffix, str(to) + suffix)
    return to
