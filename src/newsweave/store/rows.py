"""Stored rows as the data model's objects, where more than one part of the store reads
them (`Store`, `newsweave.store.reanalysis`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from newsweave.article import Article

# the columns of `article`, in its order
ARTICLE_COLUMNS = "id, content_hash, title, published, language, source, url, origin, text"


def article(row: Sequence) -> Article:
    """An article (no annotations) from a row of `ARTICLE_COLUMNS`."""
    aid, chash, title, published, language, source, url, origin, text = row
    return Article(
        text=text,
        id=aid,
        content_hash=chash,
        title=title,
        published=date.fromisoformat(published) if published else None,
        language=language,
        source=source,
        url=url,
        origin=origin,
    )
