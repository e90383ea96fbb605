"""A stage that ends its worker process when it meets one article, as a model that
segfaults or runs out of memory on one input does: what the cluster must survive."""

from __future__ import annotations

import os

from newsweave.article import Article

EXIT_STATUS = 70


class KillsItsWorker:
    name = "killer"
    needs = frozenset({"language"})
    provides: frozenset[str] = frozenset()

    def __init__(self, victim: str) -> None:
        self.victim = victim

    def __call__(self, article: Article) -> Article:
        if article.id == self.victim:
            os._exit(EXIT_STATUS)
        return article
