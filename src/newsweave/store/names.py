"""The names knowledge base: one entity however the articles spell it, across stories and
languages, with every merge explained.

Per article, the entities stage gives one id to the spellings tables know (Rusland,
Russland -> country:RU). Across articles, `newsweave.stories.linking` links ids within one
story ("Kim" and "Ким Чен Ын" are the story's Kim Jong-un); those links are kept in
`entity_links`, one set per story, rewritten whenever the story grows. An entity's record
(`entity_record`) is its id with the ids linked into it, each in the story that linked
them: their spellings per language, the roles quotes give them, their articles, stories
and quotes, and the links with their reasons.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from newsweave.entities.backend import LABELS
from newsweave.entities.keys import (
    ascii_key,
    city_id,
    country_code,
    country_entity,
    country_name,
)
from newsweave.stories.linking import Link, link, summarise

MAX_GROUP = 50  # ids followed through links into one record
MIN_PART = 3  # letters of a query looked for as a word inside names
SHOWN = 50  # articles and quotes listed in a record (the counts cover all)


def story_names(conn: sqlite3.Connection, story_id: int) -> dict[str, tuple[str, str, int]]:
    """{entity id: (label, name, mentions)} for the named entities of one story."""
    rows = conn.execute(
        "SELECT m.entity, m.label, m.name, count(*) FROM mentions m "
        "JOIN story_articles sa ON sa.article_id = m.article_id "
        "WHERE sa.story_id = ? AND m.kind = 'name' AND m.entity != '' "
        "GROUP BY m.entity, m.label, m.name",
        (story_id,),
    )
    return summarise(rows)


def story_links(conn: sqlite3.Connection, story_id: int) -> list[Link]:
    """The links kept for one story."""
    return [
        Link(*row)
        for row in conn.execute(
            "SELECT entity, into_entity, reason FROM entity_links WHERE story_id = ? "
            "ORDER BY rowid",
            (story_id,),
        )
    ]


def relink(conn: sqlite3.Connection, stories: Iterable[int], gone: Iterable[int] = ()) -> None:
    """Rewrite the links of `stories` (which have grown) and drop those of `gone` (merged
    into another); call inside the transaction that changed them."""
    for story in gone:
        conn.execute("DELETE FROM entity_links WHERE story_id = ?", (story,))
    for story in stories:
        conn.execute("DELETE FROM entity_links WHERE story_id = ?", (story,))
        conn.executemany(
            "INSERT INTO entity_links (story_id, entity, into_entity, reason) VALUES (?, ?, ?, ?)",
            [(story, k.entity, k.into, k.reason) for k in link(story_names(conn, story))],
        )


def relink_all(conn: sqlite3.Connection) -> None:
    """Links for every story not merged into another (a database written before links
    were kept)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        ids = [r[0] for r in conn.execute("SELECT id FROM stories WHERE merged_into IS NULL")]
        relink(conn, ids)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@dataclass(frozen=True, slots=True)
class Match:
    """An entity a search found: its id, label, most used name and mentions."""

    entity: str
    label: str
    name: str
    mentions: int


def find_entities(conn: sqlite3.Connection, query: str, limit: int = 20) -> list[Match]:
    """Entities whose id, name or any spelling is `query`, the most mentioned first: the
    name as written (case aside), its transliterated key ("Ким Чен Ын" -> per:kim-chen-yn),
    or a country or city in any language ("Pjöngjang" -> Pyongyang's id)."""
    key = ascii_key(query)
    ids = {query, *(f"{label.lower()}:{key}" for label in LABELS)}
    if code := country_code(query):
        ids.add(country_entity(code))
    if (city := city_id(query)) is not None:
        ids.add(f"city:{city}")
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        "SELECT entity, label, name, count(*) AS n FROM mentions "
        f"WHERE entity != '' AND (entity IN ({marks}) OR lower(name) = lower(?) "
        "OR lower(text) = lower(?)) GROUP BY entity, label, name ORDER BY n DESC",
        (*sorted(ids), query, query),
    ).fetchall()
    if not rows and len(query) >= MIN_PART:  # a part of a name: "Vostotsjnyj"
        rows = conn.execute(
            "SELECT entity, label, name, count(*) AS n FROM mentions WHERE entity != '' "
            "AND kind = 'name' AND (' ' || lower(name) || ' ') LIKE ? ESCAPE '\\' "
            "GROUP BY entity, label, name ORDER BY n DESC",
            ("% " + re.sub(r"([%_\\])", r"\\\1", query.lower()) + " %",),
        ).fetchall()
    best: dict[str, Match] = {}
    totals: Counter[str] = Counter()
    for entity, label, name, n in rows:
        totals[entity] += n
        best.setdefault(entity, Match(entity, label, name, n))
    found = [Match(e, m.label, m.name, totals[e]) for e, m in best.items()]
    return sorted(found, key=lambda m: (-m.mentions, m.entity))[:limit]


@dataclass
class EntityRecord:
    """Everything the store knows of one entity (see the module's docstring)."""

    entity: str
    label: str
    name: str
    ids: list[str]
    mentions: int
    variants: dict[str, dict[str, int]]
    adjectives: dict[str, dict[str, int]]
    roles: list[dict[str, Any]]
    links: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    article_count: int
    stories: list[int]
    quotes: list[dict[str, Any]] = field(default_factory=list)
    quote_count: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity,
            "label": self.label,
            "name": self.name,
            "ids": self.ids,
            "mentions": self.mentions,
            "variants": self.variants,
            "adjectives": self.adjectives,
            "roles": self.roles,
            "links": self.links,
            "articles": self.articles,
            "article_count": self.article_count,
            "stories": self.stories,
            "quotes": self.quotes,
            "quote_count": self.quote_count,
        }


def entity_record(conn: sqlite3.Connection, entity: str) -> EntityRecord | None:
    """The record of `entity` (an id), or None when no article names it.

    A link is true in its story only: "Clinton" may be Hillary in one story and Bill in
    another. So the record holds `entity` everywhere, and each id linked into it only in
    the articles of the story that linked them. An id that every story linking it links
    into one and the same entity is read as that entity ("Kim" -> Kim Jong-un); one linked
    into several ("Clinton") keeps to its own mentions, and its `links` say where it is
    whom."""
    entity = canonical(conn, entity)
    members, links = _members(conn, entity)
    where, params = _where(members)
    spelled = conn.execute(
        "SELECT m.entity, m.label, a.language, m.text, m.name, m.kind = 'name', count(*) "
        "FROM mentions m JOIN articles a ON a.id = m.article_id "
        "LEFT JOIN story_articles sa ON sa.article_id = m.article_id "
        f"WHERE {where} GROUP BY m.entity, m.label, a.language, m.text, m.name, m.kind",
        params,
    ).fetchall()
    if not spelled:
        return None
    by_id: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    variants: dict[str, Counter[str]] = defaultdict(Counter)
    adjectives: dict[str, Counter[str]] = defaultdict(Counter)
    for eid, label, language, spelling, _, is_name, n in spelled:
        by_id[eid] += n
        labels[label] += n
        (variants if is_name else adjectives)[language or "und"][spelling] += n
    named = summarise(
        (e, label, name, n) for e, label, _, _, name, is_name, n in spelled if is_name
    )
    if named:
        _, name, _ = named.get(entity) or max(named.values(), key=lambda v: v[2])
    else:  # named only by adjectives ("norske"): the country's name
        kind, _, code = entity.partition(":")
        name = (country_name(code, "en") if kind == "country" else None) or spelled[0][4]
    articles = conn.execute(
        "SELECT a.id, a.published, a.language, a.title, substr(a.text, 1, 160), "
        "sa.story_id, count(*), min(m.char_start) FROM mentions m "
        "JOIN articles a ON a.id = m.article_id "
        f"LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE {where} "
        "GROUP BY a.id ORDER BY a.published IS NULL, a.published DESC, a.id",
        params,
    ).fetchall()
    quotes = conn.execute(
        "SELECT q.article_id, q.n, q.text, q.kind, q.speaker_name, q.roles, a.language, "
        "a.published FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN story_articles sa ON sa.article_id = q.article_id "
        f"WHERE {where.replace('m.entity', 'q.speaker_entity')} "
        "ORDER BY a.published IS NULL, a.published DESC, a.id, q.n",
        params,
    ).fetchall()
    return EntityRecord(
        entity=entity,
        label=labels.most_common(1)[0][0],
        name=name,
        ids=sorted(by_id, key=lambda e: (e != entity, -by_id[e], e)),
        mentions=sum(by_id.values()),
        variants=_by_language(variants),
        adjectives=_by_language(adjectives),
        roles=_roles(quotes),
        links=links,
        articles=[
            {
                "id": aid,
                "published": published,
                "language": language,
                "title": title or "",
                "lead": lead,
                "story": story,
                "mentions": n,
                "context": _context(conn, aid, first),
            }
            for aid, published, language, title, lead, story, n, first in articles[:SHOWN]
        ],
        article_count=len(articles),
        stories=sorted({r[5] for r in articles if r[5] is not None}),
        quotes=[
            {
                "article": aid,
                "n": n,
                "text": text,
                "kind": kind,
                "speaker": speaker,
                "roles": _json_list(roles),
                "language": language,
                "published": published,
            }
            for aid, n, text, kind, speaker, roles, language, published in quotes[:SHOWN]
        ],
        quote_count=len(quotes),
    )


def entity_ids(conn: sqlite3.Connection, entity: str) -> tuple[str, list[str]]:
    """The entity `entity` is read as (see `entity_record`) and every id its record holds:
    what a filter by entity looks for, without building the record."""
    entity = canonical(conn, entity)
    members, _ = _members(conn, entity)
    return entity, sorted({e for e, _ in members})


def canonical(conn: sqlite3.Connection, entity: str) -> str:
    """The entity `entity` is linked into, followed while every link of it agrees on one."""
    seen = {entity}
    while True:
        targets = [
            r[0]
            for r in conn.execute(
                "SELECT DISTINCT into_entity FROM entity_links WHERE entity = ?", (entity,)
            )
        ]
        if len(targets) != 1 or targets[0] in seen:
            return entity
        entity = targets[0]
        seen.add(entity)


def _context(conn: sqlite3.Connection, article_id: str, at: int) -> list[str]:
    """The sentence of an article's first mention, as [before, the mention, after]."""
    row = conn.execute(
        "SELECT s.char_start, substr(a.text, s.char_start + 1, s.char_end - s.char_start), "
        "(SELECT char_end FROM mentions WHERE article_id = ? AND char_start = ? LIMIT 1) "
        "FROM sentences s JOIN articles a ON a.id = s.article_id "
        "WHERE s.article_id = ? AND s.char_start <= ? AND s.char_end > ?",
        (article_id, at, article_id, at, at),
    ).fetchone()
    if row is None or row[2] is None:
        return []
    start, sentence, end = row
    cut, stop = at - start, end - start
    return [sentence[:cut].lstrip(), sentence[cut:stop], sentence[stop:].rstrip()]


def _by_language(spellings: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
    """Spellings per language, the most used language and spelling first."""
    ordered = sorted(spellings.items(), key=lambda kv: -sum(kv[1].values()))
    return {language: dict(c.most_common()) for language, c in ordered}


def _members(
    conn: sqlite3.Connection, entity: str
) -> tuple[list[tuple[str, int | None]], list[dict[str, Any]]]:
    """(id, story it counts in — None: everywhere) for `entity` and the ids linked into it,
    followed within each story (at most `MAX_GROUP`); and every link that concerns them."""
    members: list[tuple[str, int | None]] = [(entity, None)]
    links = [
        {"entity": a, "into": b, "story": story, "reason": reason}
        for story, a, b, reason in conn.execute(
            "SELECT story_id, entity, into_entity, reason FROM entity_links WHERE entity = ? "
            "ORDER BY story_id",
            (entity,),
        )
    ]
    todo: list[tuple[str, int | None]] = [(entity, None)]
    while todo and len(members) < MAX_GROUP:
        target, story = todo.pop()
        sql = "SELECT story_id, entity, into_entity, reason FROM entity_links WHERE into_entity = ?"
        found = conn.execute(
            sql + " AND story_id = ?" if story is not None else sql,
            (target, story) if story is not None else (target,),
        ).fetchall()
        for s, a, b, reason in found:
            if a == entity or (a, s) in members or len(members) >= MAX_GROUP:
                continue
            members.append((a, s))
            todo.append((a, s))
            links.append({"entity": a, "into": b, "story": s, "reason": reason})
    return members, sorted(links, key=lambda k: (k["story"], k["entity"]))


def _where(members: list[tuple[str, int | None]]) -> tuple[str, list[object]]:
    """SQL over `m.entity` and `sa.story_id` that holds for the mentions of `members`."""
    clauses: list[str] = []
    params: list[object] = []
    for entity, story in members:
        if story is None:
            clauses.append("m.entity = ?")
            params.append(entity)
        else:
            clauses.append("(m.entity = ? AND sa.story_id = ?)")
            params.extend((entity, story))
    return " OR ".join(clauses), params


def _roles(quotes: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The roles quotes gave the entity, the most quoted first, with the languages and the
    time span they were given in."""
    merged: dict[str, dict[str, Any]] = {}
    for _, _, _, _, _, roles, language, published in quotes:
        for role in _json_list(roles):
            r = merged.setdefault(
                role, {"role": role, "quotes": 0, "languages": [], "first": None, "last": None}
            )
            r["quotes"] += 1
            if language and language not in r["languages"]:
                r["languages"].append(language)
            if published:
                r["first"] = min(filter(None, (r["first"], published)))
                r["last"] = max(filter(None, (r["last"], published)))
    return sorted(merged.values(), key=lambda r: (-r["quotes"], r["role"]))


def _json_list(value: str) -> list[str]:
    return list(json.loads(value or "[]"))
