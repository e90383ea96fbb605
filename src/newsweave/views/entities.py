"""The names knowledge base, read side: one entity however the articles spell it, across
stories and languages, with every merge explained.

Per article, the entities stage gives one id to the spellings tables know (Rusland,
Russland -> country:RU); across articles, each story's links between ids are kept with
their reasons (`newsweave.store.names`). An entity's record (`entity_record`) is its id
with the ids linked into it, each in the story that linked them: their spellings per
language, the roles quotes give them, their articles, stories and quotes, and the links
with their reasons. `lookup` is the one way a name is found (`newsweave entity`,
`newsweave quotes`, the desk's entity filter and search).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from newsweave.article import speaker_why
from newsweave.entities.backend import LABELS
from newsweave.entities.keys import ascii_key, city_id, country_code, country_entity
from newsweave.entities.names import declined_forms
from newsweave.entities.placenames import place_name, reader_name
from newsweave.store import Store
from newsweave.store.db import Database
from newsweave.stories.labels import by_use
from newsweave.stories.linking import Link, summarise

MAX_GROUP = 50  # ids followed through links into one record
WORD_SEARCH_SECONDS = 0.3
MIN_PART = 3  # letters of a query looked for as a word inside names
CHUNK = 500  # ids per IN list
SHOWN = 50  # articles and quotes listed in a record (the counts cover all)


def story_links(store: Store, story_id: int) -> list[Link]:
    """The links kept for one story."""
    return [
        Link(*row)
        for row in store.conn.execute(
            "SELECT entity, into_entity, reason FROM entity_links WHERE story_id = ? "
            "ORDER BY rowid",
            (story_id,),
        )
    ]


@dataclass(frozen=True, slots=True)
class Match:
    """An entity a search found: its id, label, most used name and mentions."""

    entity: str
    label: str
    name: str
    mentions: int


def find_entities(store: Store, query: str, limit: int = 20, *, parts: bool = True) -> list[Match]:
    """Entities whose id, name or any spelling is `query`, the most mentioned first: the
    name as written (case aside), its transliterated key ("Ким Чен Ын" -> per:kim-chen-yn),
    or a country or city in any language ("Pjöngjang" -> Pyongyang's id), a form with a
    case ending ("Stalin" -> "Stalins", when nothing is called "Stalin"); with `parts`,
    failing those, a word of a name (a scan of every name, bounded in time)."""
    conn = store.conn
    key = ascii_key(query)
    ids = {query, *(f"{label.lower()}:{key}" for label in LABELS)}
    if code := country_code(query):
        ids.add(country_entity(code))
    if (city := city_id(query)) is not None:
        ids.add(f"city:{city}")
    marks = ",".join("(?)" for _ in ids)  # one query for every id (a round trip each else)
    found = {
        e
        for (e,) in conn.execute(
            f"WITH asked(e) AS (VALUES {marks}) SELECT e FROM asked "
            "WHERE EXISTS (SELECT 1 FROM mentions WHERE entity = asked.e)",
            sorted(ids),
        )
    }
    for column in ("name", "text"):  # each through its index on (lower(column), entity)
        found.update(
            e
            for (e,) in conn.execute(
                f"SELECT DISTINCT entity FROM mentions WHERE lower({column}) = lower(?) "
                "AND entity != ''",
                (query,),
            )
        )
    forms = sorted(declined_forms(query)) if not found else []
    for i in range(0, len(forms), CHUNK):  # a name an article only declines: "Stalins"
        chunk = forms[i : i + CHUNK]
        found.update(
            e
            for (e,) in conn.execute(
                "SELECT DISTINCT entity FROM mentions WHERE lower(name) IN "
                f"({','.join('lower(?)' for _ in chunk)}) AND entity != ''",
                chunk,
            )
        )
    if parts and not found and len(query) >= MIN_PART:  # a part of a name: "Vostotsjnyj"
        found.update(_by_word(conn, query))
    matches = []
    for entity in found:
        n = conn.execute("SELECT count(*) FROM mentions WHERE entity = ?", (entity,)).fetchone()[0]
        label, name = (  # the name as asked for when it is one (through its index)
            conn.execute(
                "SELECT label, name FROM mentions WHERE lower(name) = lower(?) AND entity = ? "
                "ORDER BY article_id, n LIMIT 1",
                (query, entity),
            ).fetchone()
            or conn.execute(
                "SELECT label, name FROM mentions WHERE entity = ? AND kind = 'name' "
                "ORDER BY article_id, n LIMIT 1",
                (entity,),
            ).fetchone()
            or conn.execute(_FIRST, (entity,)).fetchone()
        )
        matches.append(Match(entity, label, name, n))
    return sorted(matches, key=lambda m: (-m.mentions, m.entity))[:limit]


# the first mention in the order of the entity index (article, then position in it): the
# same row in every database
_FIRST = "SELECT label, name FROM mentions WHERE entity = ? ORDER BY article_id, n LIMIT 1"


def _by_word(conn: Database, word: str) -> set[str]:
    """Entities with `word` as a word of a name. This reads every name, so it stops after
    `WORD_SEARCH_SECONDS` (a big store then finds nothing this way, rather than stall)."""
    rows = conn.bounded(
        "SELECT DISTINCT entity FROM mentions WHERE entity != '' AND kind = 'name' "
        "AND (' ' || lower(name) || ' ') LIKE ? ESCAPE '\\'",
        ("% " + re.sub(r"([%_\\])", r"\\\1", word.lower()) + " %",),
        WORD_SEARCH_SECONDS,
    )
    return {e for (e,) in rows or ()}


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


def entity_record(store: Store, entity: str, language: str | None = None) -> EntityRecord | None:
    """The record of `entity` (an id), or None when no article names it; named for a
    reader of `language` when given (`placenames.reader_name`).

    A link is true in its story only: "Clinton" may be Hillary in one story and Bill in
    another. So the record holds `entity` everywhere, and each id linked into it only in
    the articles of the story that linked them. An id that every story linking it links
    into one and the same entity is read as that entity ("Kim" -> Kim Jong-un); one linked
    into several ("Clinton") keeps to its own mentions, and its `links` say where it is
    whom."""
    conn = store.conn
    entity = canonical(store, entity)
    members, links = _members(conn, entity)
    where, params = _where(members, "mentions")
    # one pass over the mentions (found through the entity index), then each article's
    # language and date from a covering index: a country named 50,000 times stays fast
    mentions = conn.execute(
        "SELECT m.article_id, m.entity, m.label, m.text, m.name, m.kind = 'name', "
        "m.char_start, sa.story_id FROM mentions m "
        f"LEFT JOIN story_articles sa ON sa.article_id = m.article_id WHERE {where}",
        params,
    ).fetchall()
    if not mentions:
        return None
    meta = _article_meta(conn, {row[0] for row in mentions})
    by_id: Counter[str] = Counter()
    labels: Counter[str] = Counter()
    variants: dict[str, Counter[str]] = defaultdict(Counter)
    adjectives: dict[str, Counter[str]] = defaultdict(Counter)
    spellings: Counter[tuple[str, str, str]] = Counter()
    local: Counter[str] = Counter()  # its own names in articles in `language`
    per_article: dict[str, list[Any]] = {}  # id -> [mentions, first position, story]
    for aid, eid, label, spelling, name, is_name, at, story in mentions:
        by_id[eid] += 1
        labels[label] += 1
        written_in = meta[aid][1] or "und"
        (variants if is_name else adjectives)[written_in][spelling] += 1
        if is_name:
            spellings[(eid, label, name)] += 1
            if written_in == language and eid == entity:
                local[name] += 1
        seen = per_article.setdefault(aid, [0, at, story])
        seen[0] += 1
        seen[1] = min(seen[1], at)
    named = summarise((*key, n) for key, n in spellings.items())
    if named:
        _, name, _ = named.get(entity) or max(named.values(), key=lambda v: v[2])
    else:  # named only by adjectives ("norske"): the place's name in their language
        most = max(adjectives, key=lambda lang: sum(adjectives[lang].values()))
        name = place_name(entity, None if most == "und" else most) or mentions[0][4]
    if language:
        name = reader_name(entity, language, by_use(local), name)
    newest = sorted(per_article)  # by id, then newest first (stable; undated last)
    newest.sort(key=lambda a: meta[a][0] or "", reverse=True)
    shown = _leads(conn, newest[:SHOWN])
    contexts = _contexts(conn, [(aid, per_article[aid][1]) for aid in newest[:SHOWN]])
    quotes = _quotes(conn, members)
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
                "published": meta[aid][0],
                "language": meta[aid][1],
                "title": shown[aid][0] or "",
                "lead": shown[aid][1],
                "story": per_article[aid][2],
                "mentions": per_article[aid][0],
                "context": contexts.get(aid, []),
            }
            for aid in newest[:SHOWN]
        ],
        article_count=len(per_article),
        stories=sorted({v[2] for v in per_article.values() if v[2] is not None}),
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
                "act": act,
                "inferred": None if inferred is None else bool(inferred),
                "why": speaker_why(evidence, inferred, said_as, speaker),
            }
            for (
                aid,
                n,
                text,
                kind,
                speaker,
                roles,
                language,
                published,
                act,
                evidence,
                inferred,
                said_as,
            ) in quotes[:SHOWN]
        ],
        quote_count=len(quotes),
    )


def _quotes(conn: Database, members: list[tuple[str, int | None]]) -> list[tuple[Any, ...]]:
    """(article, n, text, kind, speaker name, roles, language, published, act, evidence,
    inferred, speaker text) of the quotes whose speaker is one of `members`, newest
    first."""
    where, params = _where(members, "quotes")
    return conn.execute(
        "SELECT q.article_id, q.n, q.text, q.kind, q.speaker_name, q.roles, a.language, "
        "a.published, q.act, q.speaker_evidence, q.speaker_inferred, q.speaker_text "
        "FROM quotes q JOIN articles a ON a.id = q.article_id "
        "LEFT JOIN story_articles sa ON sa.article_id = q.article_id "
        f"WHERE {where} "
        "ORDER BY a.published IS NULL, a.published DESC, a.id, q.n",
        params,
    ).fetchall()


def entity_quotes(store: Store, entity: str) -> list[tuple[str, int]]:
    """(article id, quote number) of everything `entity` said, newest first: its own
    quotes and those of the ids linked into it, each in the story that linked it (the
    quotes of its record)."""
    members, _ = _members(store.conn, canonical(store, entity))
    return [(row[0], row[1]) for row in _quotes(store.conn, members)]


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a name, a part of one or an id is read as: the `entity` (links followed), its
    most used `name`, every id its record holds, and all that the query matched."""

    entity: str
    name: str
    ids: tuple[str, ...]
    matches: tuple[Match, ...]


def lookup(store: Store, query: str, limit: int = 20, *, parts: bool = True) -> Resolved | None:
    """The one way a name is found (`newsweave entity`, `newsweave quotes`, the desk's
    entity filter and its search): any spelling in any script, a part of a name, or an
    id (`find_entities`), read as the entity it is linked into ("Putin" -> Vladimir
    Putin, "Kim" -> Kim Jong-un); None when nothing is called so. `parts=False` skips
    the search for a word of a name (for a caller that only annotates, like search)."""
    matches = find_entities(store, query.strip(), limit=limit, parts=parts)
    if not matches:
        return None
    top, ids = entity_ids(store, matches[0].entity)
    name = matches[0].name if top == matches[0].entity else entity_name(store, top)
    return Resolved(top, name or matches[0].name, tuple(ids), tuple(matches))


def entity_name(store: Store, entity: str) -> str | None:
    """The name an entity is written with most (the longer one on a tie), or None."""
    row = store.conn.execute(
        "SELECT name FROM mentions WHERE entity = ? AND kind = 'name' GROUP BY name "
        "ORDER BY count(*) DESC, length(name) DESC, name LIMIT 1",
        (entity,),
    ).fetchone()
    return row[0] if row else None


def story_top_entities(
    store: Store, story_id: int, *, recent: int, limit: int
) -> list[dict[str, Any]]:
    """The entities a story's latest `recent` articles name most, one per entity: an id
    the story linked into another ("Kim" into "Kim Jong-un") counts as that one."""
    return stories_top_entities(store, [story_id], recent=recent, limit=limit)[story_id]


def stories_top_entities(
    store: Store, story_ids: Sequence[int], *, recent: int, limit: int,
    language: str | None = None,
) -> dict[int, list[dict[str, Any]]]:
    """`story_top_entities` of each story, in a few queries for the whole list (not a few
    per story: each is a round trip to a database server). The latest articles are those
    that joined last (the latest first; among those that joined at the same time, the
    greatest id first). With `language`, each is named for a reader of it
    (`placenames.reader_name`, from the names those articles in `language` give it)."""
    conn = store.conn
    ids = list(dict.fromkeys(story_ids))
    latest: dict[int, list[str]] = {}
    into: dict[int, dict[str, str]] = {sid: {} for sid in ids}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        marks = ",".join("?" * len(chunk))
        for sid, aid in conn.execute(
            f"SELECT story_id, article_id FROM story_articles WHERE story_id IN ({marks}) "
            "ORDER BY story_id, at IS NULL, at DESC, article_id DESC",
            chunk,
        ):
            kept = latest.setdefault(sid, [])
            if len(kept) < recent:
                kept.append(aid)
        for sid, entity, target in conn.execute(
            f"SELECT story_id, entity, into_entity FROM entity_links WHERE story_id IN ({marks}) "
            "ORDER BY story_id, rowid",
            chunk,
        ):
            into[sid][entity] = target
    story_of = {aid: sid for sid, aids in latest.items() for aid in aids}
    counts: dict[int, Counter[tuple[str, str, str]]] = {sid: Counter() for sid in ids}
    local: dict[int, Counter[tuple[str, str]]] = {sid: Counter() for sid in ids}
    articles = list(story_of)
    written_in = {a: m[1] for a, m in _article_meta(conn, articles).items()} if language else {}
    for i in range(0, len(articles), CHUNK):
        chunk = articles[i : i + CHUNK]
        for aid, entity, label, name in conn.execute(
            "SELECT article_id, entity, label, name FROM mentions WHERE kind = 'name' "
            f"AND entity != '' AND article_id IN ({','.join('?' * len(chunk))})",
            chunk,
        ):
            counts[story_of[aid]][(entity, label, name)] += 1
            if language and written_in.get(aid) == language:
                local[story_of[aid]][(entity, name)] += 1
    tops = {
        sid: _top(store, [(*key, n) for key, n in sorted(counts[sid].items())], into[sid], limit)
        for sid in ids
    }
    if language:  # each as the articles in `language` spell it (its own id's mentions)
        for sid, top in tops.items():
            for e in top:
                own = Counter({n: k for (eid, n), k in local[sid].items() if eid == e["entity"]})
                e["name"] = reader_name(e["entity"], language, by_use(own), e["name"])
    return tops


def _resolved(entity: str, into: dict[str, str]) -> str:
    """`entity` followed through a story's links (`into`) to the entity it is read as."""
    seen = {entity}
    while entity in into and into[entity] not in seen:
        entity = into[entity]
        seen.add(entity)
    return entity


def _top(
    store: Store, rows: list[tuple[str, str, str, int]], into: dict[str, str], limit: int
) -> list[dict[str, Any]]:
    """The `limit` entities of (entity, label, name, mentions) rows named most, each
    counted as the entity the story linked it `into`, if any."""

    def named_as(entity: str) -> str:  # a target no article names itself: its sources' name
        return max((v for k, v in named.items() if resolved[k] == entity), key=lambda v: v[2])[1]

    resolved = {entity: _resolved(entity, into) for entity, *_ in rows}
    counts: Counter[str] = Counter()
    for entity, _, _, n in rows:
        counts[resolved[entity]] += n
    top = sorted(counts, key=lambda e: (-counts[e], e))[:limit]
    kept = set(top)  # labels and names of these only: a story names hundreds
    named = summarise(row for row in rows if resolved[row[0]] in kept)
    labels: dict[str, str] = {}
    for entity, (label, _, _) in sorted(named.items(), key=lambda kv: -kv[1][2]):
        labels.setdefault(resolved[entity], label)
    return [
        {
            "entity": e,
            "name": named[e][1] if e in named else entity_name(store, e) or named_as(e),
            "label": named[e][0] if e in named else labels[e],
            "mentions": counts[e],
        }
        for e in top
    ]


def entity_ids(store: Store, entity: str) -> tuple[str, list[str]]:
    """The entity `entity` is read as (see `entity_record`) and every id its record holds:
    what a filter by entity looks for, without building the record."""
    entity = canonical(store, entity)
    members, _ = _members(store.conn, entity)
    return entity, sorted({e for e, _ in members})


def canonical(store: Store, entity: str) -> str:
    """The entity `entity` is linked into, followed while every link of it agrees on one."""
    seen = {entity}
    while True:
        targets = [
            r[0]
            for r in store.conn.execute(
                "SELECT DISTINCT into_entity FROM entity_links WHERE entity = ?", (entity,)
            )
        ]
        if len(targets) != 1 or targets[0] in seen:
            return entity
        entity = targets[0]
        seen.add(entity)


def _article_meta(conn: Database, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """{article id: (published, language)}, from the covering index `articles_meta`."""
    ids = list(ids)
    meta: dict[str, tuple[str | None, str | None]] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        meta.update(
            (aid, (published, language))
            for aid, published, language in conn.execute(
                "SELECT id, published, language FROM articles INDEXED BY articles_meta "
                f"WHERE id IN ({','.join('?' * len(chunk))})",
                chunk,
            )
        )
    return meta


def _leads(conn: Database, ids: list[str]) -> dict[str, tuple[str | None, str]]:
    """{article id: (title, its first 160 characters)} for the articles a record lists."""
    marks = ",".join("?" * len(ids))
    rows = conn.execute(
        f"SELECT id, title, substr(text, 1, 160) FROM articles WHERE id IN ({marks})", ids
    )
    return {aid: (title, lead) for aid, title, lead in rows}


def _contexts(conn: Database, firsts: list[tuple[str, int]]) -> dict[str, list[str]]:
    """For each (article id, where its first mention starts): the sentence of that
    mention, as [before, the mention, after] (one query for them all)."""
    if not firsts:
        return {}
    pairs = ",".join("(?, CAST(? AS INTEGER))" for _ in firsts)
    rows = conn.execute(
        f"WITH asked(article_id, at) AS (VALUES {pairs}) "
        "SELECT asked.article_id, asked.at, s.n, s.char_start, "
        "substr(a.text, s.char_start + 1, s.char_end - s.char_start), "
        "(SELECT m.char_end FROM mentions m WHERE m.article_id = asked.article_id "
        "AND m.char_start = asked.at ORDER BY m.n LIMIT 1) "
        "FROM asked JOIN sentences s ON s.article_id = asked.article_id "
        "AND s.char_start <= asked.at AND s.char_end > asked.at "
        "JOIN articles a ON a.id = asked.article_id",
        [value for pair in firsts for value in pair],
    ).fetchall()
    found: dict[str, list[str]] = {}
    for aid, at, _, start, sentence, end in sorted(rows, key=lambda r: (r[0], r[2])):
        if aid in found or end is None:
            continue  # the first sentence that holds it, as an article's are in order
        cut, stop = at - start, end - start
        found[aid] = [sentence[:cut].lstrip(), sentence[cut:stop], sentence[stop:].rstrip()]
    return found


def _by_language(spellings: dict[str, Counter[str]]) -> dict[str, dict[str, int]]:
    """Spellings per language, the most used language and spelling first."""
    ordered = sorted(spellings.items(), key=lambda kv: -sum(kv[1].values()))
    return {language: dict(c.most_common()) for language, c in ordered}


def _members(
    conn: Database, entity: str
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


# The SQL that picks the rows of an entity's members (`_members`) out of mentions (`m`)
# or quotes (`q`, by speaker), each joined with story_articles (`sa`): fixed fragments, the
# ids and stories as parameters. The ids first, as one IN list, so that SQLite looks them
# up in the entity index rather than reading every row; then each member, as an id that
# counts everywhere or an id that counts in one story.
_MEMBER_SQL: dict[str, tuple[str, str, str]] = {
    "mentions": ("m.entity IN ", "m.entity = ?", "(m.entity = ? AND sa.story_id = ?)"),
    "quotes": (
        "q.speaker_entity IN ",
        "q.speaker_entity = ?",
        "(q.speaker_entity = ? AND sa.story_id = ?)",
    ),
}


def _where(
    members: list[tuple[str, int | None]], rows: Literal["mentions", "quotes"]
) -> tuple[str, list[object]]:
    """A condition that holds for the `rows` (mentions, or quotes by speaker) of
    `members`, and its parameters."""
    any_of, everywhere, in_story = _MEMBER_SQL[rows]
    ids = sorted({entity for entity, _ in members})
    clauses: list[str] = []
    params: list[object] = list(ids)
    for entity, story in members:
        if story is None:
            clauses.append(everywhere)
            params.append(entity)
        else:
            clauses.append(in_story)
            params.extend((entity, story))
    marks = ",".join("?" * len(ids))
    return f"{any_of}({marks}) AND ({' OR '.join(clauses)})", params


def _roles(quotes: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
    """The roles quotes gave the entity, the most quoted first, with the languages and the
    time span they were given in."""
    merged: dict[str, dict[str, Any]] = {}
    for _, _, _, _, _, roles, language, published, *_ in quotes:
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
