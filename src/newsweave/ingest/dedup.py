"""Exact duplicates within one run: the same text (by content hash) read twice."""

from __future__ import annotations

from newsweave.article import Article


class Deduplicator:
    """Remembers the content hash of each article it is shown: `check` returns None for
    the first article with a text, and that article's origin for every later copy."""

    def __init__(self) -> None:
        self._origins: dict[str, str] = {}

    def check(self, article: Article) -> str | None:
        """The origin of the first article with the same content hash seen in this run, or
        None (and the article is remembered) when there was none."""
        first = self._origins.get(article.content_hash)
        if first is not None:
            return first
        self._origins[article.content_hash] = article.origin or article.id
        return None

    def __len__(self) -> int:
        return len(self._origins)

    def __contains__(self, article: object) -> bool:
        return isinstance(article, Article) and article.content_hash in self._origins
