"""Fixtures for the ingest tests: the small files under tests/fixtures/ingest and a helper
that reads paths and separates articles from problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from newsweave.article import Article
from newsweave.ingest import Problem, read

Batch = tuple[list[Article], list[Problem]]


@pytest.fixture(scope="session")
def data(fixtures: Path) -> Path:
    return fixtures / "ingest"


@pytest.fixture
def read_all() -> Callable[..., Batch]:
    """read(paths) split into (articles, problems), each in the order read yields them."""

    def run(paths: Iterable[str | Path], **options: object) -> Batch:
        items = list(read(paths, **options))
        assert all(isinstance(i, Article | Problem) for i in items)
        return (
            [i for i in items if isinstance(i, Article)],
            [i for i in items if isinstance(i, Problem)],
        )

    return run
