"""Running the pipeline in-process and in a pool: the same articles, in input order."""

import sys

import pytest

from newsweave.analysis import Analyzer, default_pipeline, start_method
from newsweave.article import Article
from newsweave.entities.backend import load_backend
from newsweave.pipeline import Pipeline
from newsweave.stories.features import features
from tests.test_cli import DA, DE

TEXTS = [
    (DA, "da"),
    (DE, "de"),
    ("Rusland og Nordkorea har holdt møde i Vostotsjnyj, sagde Kreml onsdag.", None),
    ("Russland und Nordkorea trafen sich am Mittwoch in Wostotschny, teilte der Kreml mit.", None),
    ("Kim Jong-un besøgte onsdag kosmodromen sammen med Vladimir Putin.", None),
]


def articles():
    return [Article(text, id=f"a{i}", language=lang) for i, (text, lang) in enumerate(TEXTS)]


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_workers_fork_from_a_warm_parent_only_where_every_stage_allows_it(pipeline):
    assert start_method(pipeline) == "fork"

    class Unsafe:  # a backend that does not say it survives a fork (as torch's does not)
        name = "unsafe"

        def supports(self, language):
            return False

        def __call__(self, text, language):
            return []

    assert start_method(default_pipeline(ner=Unsafe())) == "spawn"
    assert start_method(Pipeline(default_pipeline().stages[:2])) == "fork"
    assert load_backend("bundled").fork_safe


def test_a_pool_gives_what_one_process_gives_in_input_order_with_the_extra(pipeline):
    with Analyzer(pipeline, 1, extra=features) as one:
        alone = list(one.pairs(articles()))
    with Analyzer(pipeline, 2, extra=features) as two:
        pooled = list(two.pairs(articles()))
        again = list(two(articles()))  # the same pool serves a second call
    assert [a.id for a, _ in pooled] == ["a0", "a1", "a2", "a3", "a4"]
    assert [a.to_json() for a, _ in pooled] == [a.to_json() for a, _ in alone]
    assert [keys for _, keys in pooled] == [keys for _, keys in alone]
    assert "country:RU" in pooled[2][1] and pooled[2][0].language == "da"
    assert [a.to_json() for a in again] == [a.to_json() for a, _ in alone]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_forked_workers_start_only_once_there_is_an_article_to_warm_up_on(pipeline):
    with Analyzer(pipeline, 2) as two:
        assert list(two([])) == [] and two._pool is None
        assert [a.language for a in two(articles()[:2])] == ["da", "de"]
        assert two._pool is not None


def blas_threads(article):
    """The extra: how many threads numpy's BLAS may start where the article was analysed."""
    from threadpoolctl import threadpool_info

    return max(i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_pool_workers_run_numpy_blas_on_one_thread_and_leave_this_process_alone(pipeline):
    from threadpoolctl import threadpool_info, threadpool_limits

    with threadpool_limits(limits=2, user_api="blas"):  # what a 2-core machine gives
        with Analyzer(pipeline, 2, extra=blas_threads) as two:
            threads = [n for _, n in two.pairs(articles())]
        # the first article warms this process up (before the workers fork from it)
        assert threads == [2, 1, 1, 1, 1]
        blas = [i for i in threadpool_info() if i["user_api"] == "blas"]
        assert blas and all(i["num_threads"] == 2 for i in blas)
