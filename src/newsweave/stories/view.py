"""One story as an analyst reads it: its articles in time, who said what across languages,
its entities with their spellings, what each source adds, and the numbers sources may
state differently.

`story_view(store, id)` reads the story's articles with their annotations from the store
and puts them together; `StoryView.to_json()` is what `newsweave story ID --json` prints
(and what the web desk will show).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations
from typing import Any

from newsweave.article import Article
from newsweave.dates import values as timevalues
from newsweave.entities.keys import country_name
from newsweave.store import Store
from newsweave.store.names import story_links
from newsweave.store.stories import StoryRow, story_articles, story_merges, story_of, story_row
from newsweave.stories.features import number_spans
from newsweave.stories.gazetteer import places
from newsweave.stories.linking import Link, summarise

WHY = 10  # keys shown as the reason a story holds together
DAY = 10
CONFLICT_SHARED, CONFLICT_RATIO = 1, 2.0  # see _conflicts
YEARS = (1900, 2100)  # numbers in this range are years: no quantity to disagree on
MAX_CONFLICTS = 20
GRAPH_NODES = 14  # entities drawn in the co-occurrence graph


@dataclass
class StoryView:
    row: StoryRow
    merged: list[dict[str, Any]]
    why: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    adds: list[dict[str, Any]]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    graph: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            **self.row.to_json(),
            "merged": self.merged,
            "why": self.why,
            "timeline": self.timeline,
            "dates": self.dates,
            "speakers": self.speakers,
            "entities": self.entities,
            "adds": self.adds,
            "conflicts": self.conflicts,
            "links": [{"entity": k.entity, "into": k.into, "reason": k.reason} for k in self.links],
            "graph": self.graph,
        }


def story_view(store: Store, story_id: int) -> StoryView | None:
    """The story `story_id` (or the story it merged into), or None when there is none."""
    current = story_of(store.conn, story_id)
    row = story_row(store.conn, current) if current is not None else None
    if row is None:
        return None
    joined = story_articles(store.conn, row.id)
    loaded = store.get_many([aid for aid, _, _ in joined])
    articles = [loaded[aid] for aid, _, _ in joined if aid in loaded]
    names = _entity_names(articles)
    links = story_links(store.conn, row.id)
    canonical = _resolver(links)
    return StoryView(
        row=row,
        merged=[{"story": s, "at": at} for s, at in story_merges(store.conn, row.id)],
        why=_why(joined, names, canonical),
        timeline=_timeline(articles, {aid: score for aid, score, _ in joined}),
        dates=_dates(articles),
        speakers=_speakers(articles, canonical, names),
        entities=_entities(articles, names, canonical, links),
        adds=_adds(articles, canonical, names),
        conflicts=_conflicts(articles, canonical, names),
        links=links,
        graph=_cooccurrence(articles, canonical, names),
    )


def _resolver(links: list[Link]) -> Any:
    into = {k.entity: k.into for k in links}

    @cache
    def canonical(entity: str) -> str:
        seen = set()
        while entity in into and entity not in seen:
            seen.add(entity)
            entity = into[entity]
        return entity

    return canonical


def _entity_names(articles: list[Article]) -> dict[str, tuple[str, str, int, set[str]]]:
    """{entity id: (label, most used fullest name, mentions, articles)}."""
    counts: Counter[tuple[str, str, str]] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for m in a.entities:
            if m.entity and m.kind == "name":
                counts[(m.entity, m.label, m.name)] += 1
                where[m.entity].add(a.id)
    return {e: (*row, where[e]) for e, row in summarise((*k, n) for k, n in counts.items()).items()}


def _label(key: str, names: dict[str, tuple[str, str, int, set[str]]], canonical: Any) -> str:
    kind, _, rest = key.partition(":")
    entity = canonical(key)
    if entity in names:
        return names[entity][1]
    if kind == "country":
        return country_name(rest, "en") or rest
    if kind == "pt":
        return rest.title()
    if kind == "s":
        return f"≈{rest}"  # names that sound alike
    if kind == "md":
        return f"day {rest}"
    return rest.split(":", 1)[-1]


def _why(
    joined: list[tuple[str, float, list[list[object]]]], names: dict, canonical: Any
) -> list[dict[str, Any]]:
    total: Counter[str] = Counter()
    for _, _, why in joined:
        for key, weight in why:
            total[str(key)] += float(weight)  # type: ignore[arg-type]
    top = total.most_common(WHY)
    return [{"key": k, "label": _label(k, names, canonical), "weight": round(w, 3)} for k, w in top]


def _timeline(articles: list[Article], scores: dict[str, float]) -> list[dict[str, Any]]:
    ordered = sorted(articles, key=lambda a: (a.published is None, a.published or 0, a.id))
    return [
        {
            "id": a.id,
            "title": a.headline(),
            "language": a.language,
            "source": a.source,
            "published": a.published.isoformat() if a.published else None,
            "similarity": scores.get(a.id, 0.0),
        }
        for a in ordered
    ]


def _dates(articles: list[Article]) -> list[dict[str, Any]]:
    """The dates the articles mention at the precision they give — days, weeks, months,
    quarters, seasons, years, decades and ranges — each with where it is said, in time
    (a month before its days; a range by its first value, then the longer one first).
    `label` says it as a reader would ("June 2022", "1991 – 1997"), never as a made-up
    day."""
    said: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for a in articles:
        for t in a.dates:
            if t.value:
                said[t.value, t.value_end].append(
                    {"article": a.id, "language": a.language, "text": t.text}
                )

    def order(item: tuple[tuple[str, str | None], Any]) -> tuple[str, str, str]:
        (value, end), _ = item
        return timevalues.start(value), "~" if end is None else timevalues.start(end), value

    return [
        {
            "value": value,
            "value_end": end,
            "precision": timevalues.precision(value),
            "label": timevalues.range_label(value, end),
            "said": where,
        }
        for (value, end), where in sorted(said.items(), key=order)
    ]


def _speakers(articles: list[Article], canonical: Any, names: dict) -> list[dict[str, Any]]:
    """Who said what, grouped by speaker across articles and languages."""
    groups: dict[str, dict[str, Any]] = {}
    for a in articles:
        for n, q in enumerate(a.quotes):
            if q.speaker is None:
                continue
            sp = q.speaker
            key = canonical(sp.entity) if sp.entity else f"text:{sp.text.casefold()}"
            name = names[key][1] if key in names else (sp.name or sp.text)
            group = groups.setdefault(
                key,
                {"speaker": name, "entity": sp.entity and key, "roles": [], "quotes": []},
            )
            for role in sp.roles:
                if role.casefold() not in {r.casefold() for r in group["roles"]}:
                    group["roles"].append(role)
            group["quotes"].append(
                {
                    "article": a.id,
                    "language": a.language,
                    "kind": q.kind,
                    "text": q.text,
                    "said_as": sp.text,
                    "n": n,
                    "start": q.start,
                    "end": q.end,
                }
            )
    named = [g for g in groups.values() if g["entity"]]
    unnamed = [g for g in groups.values() if not g["entity"]]
    return sorted(named, key=lambda g: -len(g["quotes"])) + unnamed


def _entities(
    articles: list[Article], names: dict, canonical: Any, links: list[Link]
) -> list[dict[str, Any]]:
    """Each entity of the story once, with its spellings per language."""
    variants: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    where: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for m in a.entities:
            if m.entity:
                entity = canonical(m.entity)
                variants[entity][a.language or "und"][m.text] += 1
                where[entity].add(a.id)
    reasons: dict[str, list[dict[str, str]]] = defaultdict(list)
    for k in links:
        reasons[canonical(k.into)].append({"entity": k.entity, "reason": k.reason})
    out = []
    for entity, by_language in variants.items():
        if entity in names:
            label, name = names[entity][0], names[entity][1]
        else:  # named only by an adjective or a demonym ("norske")
            label, name = "LOC", _label(entity, names, canonical)
        out.append(
            {
                "entity": entity,
                "label": label,
                "name": name,
                "articles": len(where[entity]),
                "variants": {
                    lang: dict(c.most_common()) for lang, c in sorted(by_language.items())
                },
                "linked": reasons.get(entity, []),
            }
        )
    return sorted(
        out,
        key=lambda e: (
            -e["articles"],
            -sum(map(sum, map(dict.values, e["variants"].values()))),
            e["name"],
        ),
    )


def _adds(articles: list[Article], canonical: Any, names: dict) -> list[dict[str, Any]]:
    """What each article has that no other article of the story has: entities, speakers,
    quotes, numbers and days."""
    items: dict[str, dict[str, set[str]]] = {}
    for a in articles:
        items[a.id] = {
            "entities": {canonical(m.entity) for m in a.entities if m.entity},
            "speakers": {
                canonical(q.speaker.entity) for q in a.quotes if q.speaker and q.speaker.entity
            },
            "numbers": set(_numbers(a)),
            "dates": {t.value for t in a.dates if t.value and len(t.value) == DAY},
        }
    holders: dict[str, Counter[str]] = defaultdict(Counter)  # kind -> value -> articles
    for kinds in items.values():
        for kind, values in kinds.items():
            holders[kind].update(values)
    out = []
    for a in articles:
        only = {
            kind: sorted(v for v in values if holders[kind][v] == 1)
            for kind, values in items[a.id].items()
        }
        quotes = [
            q.text
            for q in a.quotes
            if q.speaker and q.speaker.entity and canonical(q.speaker.entity) in only["speakers"]
        ]
        out.append(
            {
                "article": a.id,
                "language": a.language,
                "source": a.source,
                "title": a.headline(),
                "entities": [names[e][1] if e in names else e for e in only["entities"]],
                "speakers": [names[e][1] if e in names else e for e in only["speakers"]],
                "quotes": quotes,
                "numbers": only["numbers"],
                "dates": only["dates"],
            }
        )
    return out


def _cooccurrence(articles: list[Article], canonical: Any, names: dict) -> dict[str, Any]:
    """The story's most mentioned entities (`GRAPH_NODES`) and how many sentences name
    each two of them together: who and what the story ties together."""
    mentions: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for a in articles:
        starts = [s.start for s in a.sentences]
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for m in a.entities:
            if m.entity:
                entity = canonical(m.entity)
                mentions[entity] += 1
                by_sentence[bisect_right(starts, m.start) - 1].add(entity)
        for together in by_sentence.values():
            pairs.update(combinations(sorted(together), 2))
    top = [e for e, _ in mentions.most_common(GRAPH_NODES)]
    shown = set(top)
    return {
        "nodes": [
            {
                "entity": e,
                "name": _label(e, names, canonical),
                "mentions": mentions[e],
                "label": names[e][0] if e in names else "LOC",
            }
            for e in top
        ],
        "edges": [
            {"a": a, "b": b, "sentences": n}
            for (a, b), n in pairs.most_common()
            if a in shown and b in shown
        ],
    }


def _numbers(article: Article) -> list[str]:
    return [str(n) for _, n in _spans(article.text)]


@lru_cache(maxsize=1024)
def _spans(text: str) -> list[tuple[int, int]]:
    """`number_spans`, once per text while a view is built (adds and conflicts both ask)."""
    return number_spans(text)


def _conflicts(articles: list[Article], canonical: Any, names: dict) -> list[dict[str, Any]]:
    """Numbers two articles may state differently: sentences in two articles that name
    the same things (at least `CONFLICT_SHARED` entities) with numbers of the same size
    (within a factor `CONFLICT_RATIO`) that differ, where neither article has the other's
    number anywhere ("135 died in Morbi" against "141 were killed in Morbi")."""
    facts = []  # (article, number, sentence text, entities of the sentence)
    everywhere: dict[str, set[int]] = {}
    for a in articles:
        found = _spans(a.text)
        everywhere[a.id] = {n for _, n in found}
        starts = [s.start for s in a.sentences]
        by_sentence: dict[int, set[int]] = defaultdict(set)
        for at, n in found:
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < a.sentences[i].end and not YEARS[0] <= n <= YEARS[1]:
                by_sentence[i].add(n)
        for i, values in sorted(by_sentence.items()):
            sentence = a.sentences[i]
            text = a.text[sentence.start : sentence.end]
            things = {
                canonical(m.entity)
                for m in a.entities
                if m.entity and sentence.start <= m.start < sentence.end
            } | set(places(text))
            facts += [(a, n, text, things) for n in sorted(values)]
    # compare only facts about one same thing, and within a bucket only numbers of the
    # same size (sorted, a window of ratio `CONFLICT_RATIO`): no pair of all facts
    buckets: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, _, things) in enumerate(facts):
        for thing in things:
            buckets[thing].append(i)
    seen: set[tuple[int, int]] = set()
    out: list[dict[str, Any]] = []
    for thing in sorted(buckets):
        members = sorted(buckets[thing], key=lambda i: facts[i][1])
        for pos, i in enumerate(members):
            a, x, sa, ka = facts[i]
            for j in members[pos + 1 :]:
                b, y, sb, kb = facts[j]
                if y > x * CONFLICT_RATIO:
                    break
                if (i, j) in seen or a.id == b.id or x == y:
                    continue
                seen.add((i, j))
                shared = ka & kb
                if len(shared) < CONFLICT_SHARED or x in everywhere[b.id] or y in everywhere[a.id]:
                    continue
                out.append(
                    {
                        "values": [x, y],
                        "about": sorted(names[e][1] if e in names else e for e in shared),
                        "stated": [
                            {"article": a.id, "language": a.language, "value": x, "sentence": sa},
                            {"article": b.id, "language": b.language, "value": y, "sentence": sb},
                        ],
                    }
                )
                if len(out) >= MAX_CONFLICTS:
                    return out
    return out[:MAX_CONFLICTS]
