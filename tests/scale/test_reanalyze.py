"""`newsweave reanalyze` with the analysis on a Dask cluster of 2 workers: the store it
leaves is the one a re-analysis in this process leaves."""

from __future__ import annotations

from functools import partial

from newsweave.reanalysis import options_of, reanalyse
from newsweave.scale.analyzer import DaskAnalyzer
from newsweave.store import Store
from newsweave.windows import DEFAULT_MAX_CHARS
from tests.scale.conftest import copy_store
from tests.scale.stores import assert_same_store

FAST = options_of("fast", None, DEFAULT_MAX_CHARS)


def test_a_reanalysis_on_the_cluster_leaves_the_store_one_here_leaves(
    client, fast, single, tmp_path
):
    here, there = (copy_store(single, tmp_path / name) for name in ("here.db", "there.db"))
    with Store(here) as store:
        assert reanalyse(store, fast, FAST).analysed == 220
    with Store(there) as store:
        summary = reanalyse(store, fast, FAST, analyzer=partial(DaskAnalyzer, client))
        assert (summary.analysed, summary.woven, summary.problems) == (220, 220, [])
    assert_same_store(here, there)
