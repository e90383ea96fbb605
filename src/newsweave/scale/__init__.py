"""Beyond one machine: the per-article analysis on a Dask cluster (`ingest --dask`).

The driver (the `newsweave ingest` process) reads the inputs, hands each batch to the
cluster as tasks, gathers the analysed articles in input order and weaves them into
stories as the single writer, one transaction per batch, so that the store is the one a
single-process ingest of the same inputs in the same order gives. The workers hold the
pipeline in a worker plugin (`PipelinePlugin`): the models load once per worker process.

- `spec`: what `--dask` says (`local:N`, `tcp://host:port`);
- `cluster`: starting or joining the cluster, and closing it;
- `plugin`: what runs on a worker;
- `analyzer`: `DaskAnalyzer`, the `newsweave.analysis.Analyzer` of a cluster.

Dask is an optional dependency (`pip install 'newsweave[cluster]'`): only `spec` and
`cluster` import without it.
"""

from newsweave.scale.cluster import ClusterError, Workers, connect, workers_of
from newsweave.scale.spec import FORMS, Local, Scheduler, SpecError, parse_spec

__all__ = [
    "FORMS",
    "ClusterError",
    "Local",
    "Scheduler",
    "SpecError",
    "Workers",
    "connect",
    "parse_spec",
    "workers_of",
]
