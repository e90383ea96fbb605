"""Stories as they are listed and looked up: `list_stories` (the most recently active
first, filtered), `story_row` (one story as listed), which story an id or an article is in
now (`story_of`, `story_of_article`: merges followed), and what changes whenever a story's
page would (`story_version`). A story's title is the headline of its most representative
article (`newsweave.store.headlines` keeps the choice on the write path).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from newsweave.article import Article, Span
from newsweave.store import Store, headlines
from newsweave.store.db import Database


def story_version(store: Store, story_id: int) -> tuple[object, ...]:
    """What changes whenever the story's page would: its article count, its newest
    assignment and its revision (bumped by an article updated in place)."""
    count, newest, revision = store.conn.execute(  # one query: one round trip to a server
        "SELECT count(*), max(rowid), (SELECT revision FROM stories WHERE id = ?) "
        "FROM story_articles WHERE story_id = ?",
        (story_id, story_id),
    ).fetchone()
    return (count, newest, revision)


def story_of(store: Store, story_id: int) -> int | None:
    """The story `story_id` is now: itself, or the story it merged into (followed); None
    for no such story, or one a re-analysis is rebuilding (merged into itself,
    `newsweave.store.reanalysis`)."""
    conn = store.conn
    seen = set()
    current: int | None = story_id
    while current is not None and current not in seen:
        seen.add(current)
        row = conn.execute("SELECT merged_into FROM stories WHERE id = ?", (current,)).fetchone()
        if row is None:
            return None
        if row[0] is None:
            return current
        if row[0] == current:
            return None
        current = row[0]
    return current


def story_of_article(store: Store, article_id: str) -> int | None:
    """The story an article is in now, or None (an article stored without one)."""
    row = store.conn.execute(
        "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
    ).fetchone()
    return story_of(store, row[0]) if row else None


def stories_of_articles(store: Store, article_ids: Sequence[str]) -> dict[str, int | None]:
    """`story_of_article` for each of `article_ids`, in a few queries for them all."""
    conn = store.conn
    ids = list(dict.fromkeys(article_ids))
    joined: dict[str, int] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        joined.update(
            conn.execute(
                "SELECT article_id, story_id FROM story_articles "
                f"WHERE article_id IN ({_marks(chunk)})",
                chunk,
            ).fetchall()
        )
    now = _follow(conn, set(joined.values()))
    return {aid: now[joined[aid]] if aid in joined else None for aid in ids}


def _follow(conn: Database, stories: set[int]) -> dict[int, int | None]:
    """`story_of` for each of `stories`: each followed through its merges, a query per
    step for all of them."""
    done: dict[int, int | None] = {}
    walking = {sid: (sid, {sid}) for sid in stories}  # start: (where it is now, seen)
    while walking:
        now = sorted({current for current, _ in walking.values()})
        rows: dict[int, int | None] = {}
        for i in range(0, len(now), CHUNK):
            chunk = now[i : i + CHUNK]
            rows.update(
                conn.execute(
                    f"SELECT id, merged_into FROM stories WHERE id IN ({_marks(chunk)})", chunk
                ).fetchall()
            )
        going = {}
        for start, (current, seen) in walking.items():
            if current not in rows or rows[current] == current:  # none, or being rebuilt
                done[start] = None
            elif rows[current] is None or rows[current] in seen:
                done[start] = current if rows[current] is None else rows[current]
            else:
                going[start] = (rows[current], seen | {rows[current]})
        walking = going
    return done


def _day(value: str | None) -> str | None:
    return date.fromisoformat(value[:10]).isoformat() if value else None


@dataclass(frozen=True, slots=True)
class StoryRow:
    """A story as listed: its id, size, languages, sources, the span of its articles'
    publication dates (None when none is dated) and title (the headline of its most
    representative article, `newsweave.store.headlines`)."""

    id: int
    articles: int
    languages: tuple[str, ...]
    sources: tuple[str, ...]
    first: str | None
    last: str | None
    title: str
    title_article: str | None = None  # the article whose headline `title` is
    title_language: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "title_article": self.title_article,
            "title_language": self.title_language,
            "articles": self.articles,
            "languages": list(self.languages),
            "sources": list(self.sources),
            "first": _day(self.first),
            "last": _day(self.last),
        }


def count_stories(store: Store) -> int:
    """How many stories there are (not merged into another)."""
    row = store.conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL")
    return int(row.fetchone()[0])


def list_stories(
    store: Store,
    *,
    limit: int = 50,
    offset: int = 0,
    language: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entities: Sequence[str] = (),
    multilingual: bool = False,
    among: Sequence[int] | None = None,
) -> list[StoryRow]:
    """Stories not merged into another, the most recently active first. Filters:
    `language` (an article in it), `since` / `until` (ISO days the story's span must
    touch), `entities` (an article mentioning one of these ids), `multilingual` (articles
    in two languages or more), `among` (only these story ids)."""
    where = ["s.merged_into IS NULL"]
    params: list[object] = []
    if language:
        where.append(
            "EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
            "WHERE sa.story_id = s.id AND a.language = ?)"
        )
        params.append(language)
    if since:  # an undated story has no span to touch: it is left out
        where.append("s.published_last >= ?")
        params.append(since)
    if until:
        where.append("s.published_first <= ?")
        params.append(until)
    if entities:
        marks = ",".join("?" * len(entities))
        where.append(
            "s.id IN (SELECT sa.story_id FROM mentions m JOIN story_articles sa "
            f"ON sa.article_id = m.article_id WHERE m.entity IN ({marks}))"
        )
        params.extend(entities)
    if multilingual:
        where.append(
            "(SELECT count(DISTINCT a.language) FROM story_articles sa JOIN articles a "
            "ON a.id = sa.article_id WHERE sa.story_id = s.id) >= 2"
        )
    if among is not None:
        if not among:
            return []
        where.append(f"s.id IN ({_marks(among)})")
        params.extend(among)
    sql = (
        "SELECT s.id, s.published_first, s.published_last FROM stories s WHERE "
        + " AND ".join(where)
        + " ORDER BY s.last DESC, s.id DESC LIMIT ? OFFSET ?"
    )
    rows = store.conn.execute(sql, (*params, limit, offset)).fetchall()
    return _story_rows(store.conn, rows, language)


def story_row(store: Store, story_id: int, language: str | None = None) -> StoryRow | None:
    """One story as listed; its title in `language` where it has an article in it."""
    row = store.conn.execute(
        "SELECT id, published_first, published_last FROM stories WHERE id = ?", (story_id,)
    ).fetchone()
    return _story_rows(store.conn, [row], language)[0] if row else None


CHUNK = 500  # stories or articles per IN list


def _story_rows(
    conn: Database, stories: Sequence[tuple[int, str | None, str | None]], language: str | None
) -> list[StoryRow]:
    """Each of `stories` (id, first, last) as listed: a few queries for the whole list,
    not a few per story (each is a round trip to a database server)."""
    members: dict[int, list[tuple[str, str | None, str | None]]] = {}
    ids = [sid for sid, _, _ in stories]
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        for sid, aid, lang, source in conn.execute(
            "SELECT sa.story_id, sa.article_id, a.language, a.source FROM story_articles sa "
            f"JOIN articles a ON a.id = sa.article_id WHERE sa.story_id IN ({_marks(chunk)}) "
            "ORDER BY sa.story_id, sa.at IS NOT NULL, sa.at, sa.article_id",
            chunk,
        ):
            members.setdefault(sid, []).append((aid, lang, source))
    chosen = headlines.headline_articles(conn, ids, language)
    for sid in ids:  # a story with no headline kept: its first article's
        if sid not in chosen and members.get(sid):
            chosen[sid] = members[sid][0][0]
    titles = _headlines(conn, list(set(chosen.values())))
    out = []
    for sid, first, last in stories:
        rows = members.get(sid, [])
        article = chosen.get(sid)
        title, title_language = titles.get(article, ("", None)) if article else ("", None)
        out.append(
            StoryRow(
                sid,
                len(rows),
                tuple(sorted({r[1] for r in rows if r[1]})),
                tuple(sorted({r[2] for r in rows if r[2]})),
                first,
                last,
                title,
                article,
                title_language,
            )
        )
    return out


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


OPENING = 1000  # characters of an article read for its headline


def article_headlines(store: Store, article_ids: Sequence[str]) -> dict[str, str]:
    """{article id: `Article.headline`} of stored articles (title or first sentence)."""
    return {aid: title for aid, (title, _) in _headlines(store.conn, list(article_ids)).items()}


def _headlines(conn: Database, article_ids: list[str]) -> dict[str, tuple[str, str | None]]:
    """{article id: (headline, language)} of stored articles: `Article.headline` from
    each one's title or first sentence, without loading the articles."""
    found = {}
    for i in range(0, len(article_ids), CHUNK):
        chunk = article_ids[i : i + CHUNK]
        for aid, title, language, start, opening in conn.execute(
            "SELECT a.id, a.title, a.language, s.char_start, substr(a.text, 1, "
            f"CASE WHEN s.char_end < {OPENING} THEN s.char_end ELSE {OPENING} END) "
            "FROM articles a LEFT JOIN sentences s ON s.article_id = a.id AND s.n = 0 "
            f"WHERE a.id IN ({_marks(chunk)})",
            chunk,
        ):
            article = Article(opening, title=title, language=language)
            if start is not None and start < len(opening):
                article.sentences = [Span(start, len(opening))]
            found[aid] = (article.headline(), language)
    return found


def story_articles(store: Store, story_id: int) -> list[tuple[str, float, list[list[object]]]]:
    """(article id, the pair model's probability when it joined, why) for each article of
    the story."""
    return [
        (aid, score, json.loads(why))
        for aid, score, why in store.conn.execute(
            "SELECT article_id, score, why FROM story_articles WHERE story_id = ? "
            "ORDER BY at, article_id",
            (story_id,),
        )
    ]


def story_merges(store: Store, story_id: int) -> list[tuple[int, str]]:
    """(story, when) for the stories that merged into this one."""
    return list(
        store.conn.execute(
            "SELECT story_id, at FROM story_merges WHERE into_id = ? ORDER BY at", (story_id,)
        )
    )
