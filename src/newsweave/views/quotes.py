"""Everything one speaker said, across articles and languages (`newsweave quotes`)."""

from __future__ import annotations

from newsweave.article import Quote
from newsweave.store import ArticleRow, Store
from newsweave.views.entities import entity_quotes, lookup


def quotes_by(store: Store, speaker: str, limit: int = 200) -> list[tuple[ArticleRow, Quote]]:
    """The quotes of one speaker across articles and languages, newest article first.
    `speaker` is found as `newsweave entity` finds a name (`lookup`): any spelling, a
    part of a name ("Putin", "Neumann") or an entity id, read as the entity it is linked
    into, with the quotes of the ids linked into it. A speaker no entity is called so (a
    description: "Analysten") is matched by name or by the words at the quote, without
    regard to case."""
    found = lookup(store, speaker)
    if found is not None:
        keys = entity_quotes(store, found.entity)[:limit]
    else:
        keys = store.conn.execute(
            "SELECT q.article_id, q.n FROM quotes q JOIN articles a ON a.id = q.article_id "
            "WHERE q.speaker_entity = ? OR lower(q.speaker_name) = lower(?) "
            "OR (q.speaker_entity IS NULL AND lower(q.speaker_text) = lower(?)) "
            "ORDER BY a.published IS NULL, a.published DESC, a.id, q.n LIMIT ?",
            (speaker, speaker, speaker, limit),
        ).fetchall()
    return store.quotes_at(keys)
