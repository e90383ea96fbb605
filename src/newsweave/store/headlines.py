"""Story headlines: each story's most representative article, per language.

A story's title is the headline (`Article.headline`: the title, else the first sentence
cut at a word boundary) of its article closest to the story's centre
(`StoryClusterer.closeness`: the cosine of the article's keys and the story's mean keys,
as the clusterer weighs them); where the analyst chooses a language and the story has an
article in it, of its most central article in that language.

The choice is made on the write path, in the transaction that adds articles to the
story, and kept in `story_headlines` (one row per story and language), so that a list of
stories reads one row per story instead of every article's keys. Keeping it costs the new
articles' keys and those of the current holders (one per language) per story a batch
touches: the new articles compete with the holders, all scored against the story's centre
now. As the centre drifts an older article may become the closest, so every article of
the story competes again whenever the story merges or its size passes a power of two
(1, 2, 4, 8 …): that full pass costs the story's keys, twice the story's size in
articles over its life, so the cost per article stays constant.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from newsweave.article import Article
from newsweave.store.db import Database
from newsweave.stories.cluster import Story, StoryClusterer

CHUNK = 500  # ids per IN list


@dataclass(frozen=True, slots=True)
class Candidate:
    article: str
    language: str  # "" for an article without one
    keys: Counter[str]


def update(
    conn: Database,
    clusterer: StoryClusterer,
    joined: Sequence[tuple[int, Article, Counter[str]]],
    merged: Iterable[tuple[int, int]] = (),
) -> None:
    """Keep the headlines of the stories `joined` touched ((story, article, its keys), in
    the order they joined) and drop those of stories merged away ((gone, into)); call
    inside the transaction that assigned them, after the assignments."""
    gone = {g for g, _ in merged}
    full = {into for _, into in merged}
    for story in gone:
        conn.execute("DELETE FROM story_headlines WHERE story_id = ?", (story,))
    fresh: dict[int, list[Candidate]] = defaultdict(list)
    for story, article, keys in joined:
        fresh[story].append(Candidate(article.id, article.language or "", keys))
    for story, new in fresh.items():
        if story in gone:
            continue
        size = _size(conn, story)
        held = clusterer.stories.get(story)  # None: closed by later news of the batch
        if held is None or story in full or size.bit_length() > (size - len(new)).bit_length():
            candidates = _all(conn, story)
            _keep(conn, story, clusterer, held or _centre(story, candidates), candidates)
        else:
            _keep(conn, story, clusterer, held, [*_holders(conn, story), *new])


def rebuild(conn: Database, clusterer: StoryClusterer) -> None:
    """Headlines for every story not merged into another (a store written before they
    were kept): each story's articles against its centre, with the rarity `clusterer`
    holds (the stream as the last ingest left it). Call inside a transaction."""
    stories = [r[0] for r in conn.execute("SELECT id FROM stories WHERE merged_into IS NULL")]
    for story in stories:
        candidates = _all(conn, story)
        if candidates:
            _keep(conn, story, clusterer, _centre(story, candidates), candidates)


def _centre(story: int, candidates: list[Candidate]) -> Story:
    """A story as the clusterer sums it, from all its articles' keys (for a story the
    clusterer no longer holds)."""
    centre = Story(story, articles=[c.article for c in candidates])
    for c in candidates:
        centre.keys.update(c.keys.keys())
    return centre


def headline_article(conn: Database, story: int, language: str | None = None) -> str | None:
    """The id of the article that gives `story` its title: its most central article in
    `language` when it has one there, else its most central article."""
    return headline_articles(conn, [story], language).get(story)


def headline_articles(
    conn: Database, stories: Sequence[int], language: str | None = None
) -> dict[int, str]:
    """`headline_article` of each of `stories` that has one, in one query per `CHUNK`
    stories (a list of stories costs a round trip, not one per story, on a server)."""
    best: dict[int, tuple[bool, float, str]] = {}
    ids = list(dict.fromkeys(stories))
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        for story, lang, article, closeness in conn.execute(
            "SELECT story_id, language, article_id, closeness FROM story_headlines "
            f"WHERE story_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            # the language asked for first, then the most central, then the smallest id
            key = (not (language and lang == language), -closeness, article)
            if story not in best or key < best[story]:
                best[story] = key
    return {story: key[2] for story, key in best.items()}


def _keep(
    conn: Database,
    story_id: int,
    clusterer: StoryClusterer,
    centre: Story,
    candidates: Iterable[Candidate],
) -> None:
    best: dict[str, tuple[float, str]] = {}
    for c in candidates:  # a tie keeps the earlier candidate
        score = round(clusterer.closeness(c.keys, centre), 6)
        if c.language not in best or score > best[c.language][0]:
            best[c.language] = (score, c.article)
    conn.execute("DELETE FROM story_headlines WHERE story_id = ?", (story_id,))
    conn.executemany(
        "INSERT INTO story_headlines (story_id, language, article_id, closeness) "
        "VALUES (?, ?, ?, ?)",
        [(story_id, lang, article, score) for lang, (score, article) in sorted(best.items())],
    )


def _size(conn: Database, story: int) -> int:
    return int(
        conn.execute("SELECT count(*) FROM story_articles WHERE story_id = ?", (story,)).fetchone()[
            0
        ]
    )


def _holders(conn: Database, story: int) -> list[Candidate]:
    rows = conn.execute(
        "SELECT article_id, language FROM story_headlines WHERE story_id = ?", (story,)
    ).fetchall()
    keys = _keys(conn, [aid for aid, _ in rows])
    return [Candidate(aid, lang, keys.get(aid, Counter())) for aid, lang in rows]


def _all(conn: Database, story: int) -> list[Candidate]:
    rows = conn.execute(
        "SELECT sa.article_id, coalesce(a.language, '') FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ? "
        "ORDER BY sa.at, sa.article_id",
        (story,),
    ).fetchall()
    keys = _keys(conn, [aid for aid, _ in rows])
    return [Candidate(aid, lang, keys.get(aid, Counter())) for aid, lang in rows]


def _keys(conn: Database, ids: list[str]) -> dict[str, Counter[str]]:
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        for aid, key, n in conn.execute(
            "SELECT article_id, key, n FROM article_keys "
            f"WHERE article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            found[aid][key] = n
    return found
