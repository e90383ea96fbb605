"""The articles of one story compared: the articles in time, who said what across
languages, the entities with their spellings, what each source adds, and the numbers
sources may state differently.

`compare(articles, joined, links, …)` works on articles already loaded, with the story's
links between ids, and never reads a store: the read side (`newsweave.views.story`) loads
a story and puts the comparison in its view.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations
from typing import Any

import numpy as np

from newsweave.article import Article, cut
from newsweave.dates import values as timevalues
from newsweave.stories.conflicts import Fact, article_facts, story_conflicts
from newsweave.stories.labels import Labels
from newsweave.stories.linking import Link, summarise
from newsweave.stories.numbers import Quantity, quantities
from newsweave.stories.sentence_matches import story_matches

WHY = 10  # keys shown as the reason a story holds together
DAY = 10
MAX_CONFLICTS = 12  # conflicts shown, the most certain first
GRAPH_NODES = 20  # entities drawn in the story's graph
ALSO_IN = 3  # matching sentences of other articles given per sentence, the closest first
SENTENCE_CHARS = 600  # characters of a matching sentence given at most


# (article id, the probability it belonged when it joined its story, why) for each article
Joined = list[tuple[str, float, list[list[object]]]]


@dataclass
class Comparison:
    """What the articles of a story say, side by side (see each function for its part)."""

    why: list[dict[str, Any]]
    timeline: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    entities: list[dict[str, Any]]
    adds: list[dict[str, Any]]
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    graph: dict[str, Any] = field(default_factory=dict)


def compare(
    articles: list[Article],
    joined: Joined,
    links: list[Link],
    language: str | None = None,
    title_language: str | None = None,
    sentence_vectors: dict[str, np.ndarray] | None = None,
) -> Comparison:
    """The comparison of a story's `articles` (in the order they `joined` it), with the
    story's `links` between ids. With a `language` (the analyst's) places are named in
    it; `title_language`: the language of the story's title. `sentence_vectors` (article
    id -> a row per sentence; default: each article's own) mark each sentence said again
    in another article (`adds[].sentences`)."""
    names = _entity_names(articles)
    canonical = _resolver(links)
    labels = Labels(articles, canonical, language, title_language)
    facts = _facts(articles, canonical)
    return Comparison(
        why=_why(joined, labels),
        timeline=_timeline(articles, {aid: score for aid, score, _ in joined}),
        dates=_dates(articles),
        speakers=_speakers(articles, canonical, names, labels),
        entities=_entities(articles, names, canonical, links, labels),
        adds=_with_sentences(_adds(articles, canonical, labels, facts), articles,
                             sentence_vectors),
        conflicts=_conflicts(articles, canonical, labels, facts),
        graph=_graph(articles, canonical, names, labels),
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


def _label(key: str, labels: Labels, language: str | None = None) -> str:
    """What a reader sees for a key or an entity id: a name, never the id (`labels.py`)."""
    return labels(key, language)


def _why(joined: Joined, labels: Labels) -> list[dict[str, Any]]:
    total: Counter[str] = Counter()
    for _, _, why in joined:
        for key, weight in why:
            total[str(key)] += float(weight)  # type: ignore[arg-type]
    shown: list[dict[str, Any]] = []
    by_label: dict[str, dict[str, Any]] = {}
    for k, w in total.most_common(2 * WHY):
        label, sound = _label(k, labels), k.startswith("s:")
        # a sound key that sounds like a name already listed is that name: one reason
        same = next((by_label[p] for p in label.split(" / ") if p in by_label), None)
        if sound and same is not None:
            same["weight"] = round(same["weight"] + w, 3)
            continue
        kind = "sound" if sound else "key"
        entry = {"key": k, "label": label, "kind": kind, "weight": round(w, 3)}
        shown.append(entry)
        by_label.setdefault(label, entry)
    return shown[:WHY]


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


def _speakers(
    articles: list[Article], canonical: Any, names: dict, labels: Labels
) -> list[dict[str, Any]]:
    """Who said what, grouped by speaker across articles and languages: each group's
    `quotes` are what the speaker said or wrote (speech), its `beliefs` the beliefs, hopes
    and plans the articles attribute to them ("Die USA glauben, dass …"), shown apart.
    Each quote says how its speaker was found (`evidence`), whether that is `inferred`,
    and `why` ("inferred: continues the previous quote"). A speaker is named as in the
    story's entities (`Labels.entity`)."""
    groups: dict[str, dict[str, Any]] = {}
    for a in articles:
        for n, q in enumerate(a.quotes):
            if q.speaker is None:
                continue
            sp = q.speaker
            key = canonical(sp.entity) if sp.entity else f"text:{sp.text.casefold()}"
            named = key in names
            name = labels.entity(key, default=names[key][1]) if named else sp.name or sp.text
            group = groups.setdefault(
                key,
                {
                    "speaker": name,
                    # a page to link to only for a name the articles mention
                    "entity": key if sp.entity and key in names else None,
                    "roles": [],
                    "quotes": [],
                    "beliefs": [],
                },
            )
            for role in sp.roles:
                if role.casefold() not in {r.casefold() for r in group["roles"]}:
                    group["roles"].append(role)
            group["beliefs" if q.act == "belief" else "quotes"].append(
                {
                    "article": a.id,
                    "language": a.language,
                    "kind": q.kind,
                    "act": q.act,
                    "text": q.text,
                    "said_as": sp.text,
                    "evidence": sp.evidence,
                    "inferred": sp.inferred,
                    "why": sp.why,
                    "n": n,
                    "start": q.start,
                    "end": q.end,
                }
            )
    named = [g for g in groups.values() if g["entity"]]
    unnamed = [g for g in groups.values() if not g["entity"]]
    by_speech = sorted(named, key=lambda g: (-len(g["quotes"]), -len(g["beliefs"])))
    return by_speech + sorted(unnamed, key=lambda g: not g["quotes"])


def _entities(
    articles: list[Article], names: dict, canonical: Any, links: list[Link], labels: Labels
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
        if entity in names:  # in the reader's language, else by its fullest name
            label, name = names[entity][0], labels.entity(entity, default=names[entity][1])
        else:  # named only by an adjective or a demonym ("norske"): "Norge"
            label, name = "LOC", _label(entity, labels)
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


def _adds(
    articles: list[Article], canonical: Any, labels: Labels, facts: dict[str, list[Fact]]
) -> list[dict[str, Any]]:
    """What each article has that no other article of the story has: entities, speakers,
    quotes, numbers and days."""
    items: dict[str, dict[str, set[str]]] = {}
    for a in articles:
        items[a.id] = {
            "entities": {canonical(m.entity) for m in a.entities if m.entity},
            "speakers": {
                canonical(q.speaker.entity) for q in a.quotes if q.speaker and q.speaker.entity
            },
            "numbers": {Written(f.q) for f in facts[a.id]},
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
                "entities": [_label(e, labels, a.language) for e in only["entities"]],
                "speakers": [_label(e, labels, a.language) for e in only["speakers"]],
                "quotes": quotes,
                "numbers": only["numbers"],
                "dates": only["dates"],
            }
        )
    return out


def _with_sentences(
    adds: list[dict[str, Any]],
    articles: list[Article],
    vectors: dict[str, np.ndarray] | None,
) -> list[dict[str, Any]]:
    """`adds` with each article's `sentences`: for each sentence, the sentences of other
    articles that say it again (`also_in`, at most `ALSO_IN`, the closest first, and
    `elsewhere`, how many articles do) or none (said only here). None for an article
    without sentence vectors (analysed without the accurate tier)."""
    held = [a.sentence_vectors if vectors is None else vectors.get(a.id) for a in articles]
    usable = [v if v is not None and len(v) == len(a.sentences) else None
              for v, a in zip(held, articles, strict=True)]
    found = story_matches(usable)
    for add, a, echoes in zip(adds, articles, found, strict=True):
        if echoes is None:
            add["sentences"] = None
            continue
        add["sentences"] = [
            {
                "n": n,
                "start": s.start,
                "end": s.end,
                "text": a.text[s.start : s.end],
                "elsewhere": len({e.article for e in echo}),
                "also_in": [_echo(articles[e.article], e) for e in echo[:ALSO_IN]],
            }
            for n, (s, echo) in enumerate(zip(a.sentences, echoes, strict=True))
        ]
    return adds


def _echo(other: Article, e: Any) -> dict[str, Any]:
    s = other.sentences[e.sentence]
    return {
        "article": other.id,
        "language": other.language,
        "source": other.source,
        "title": other.headline(),
        "n": e.sentence,
        "text": cut(other.text[s.start : s.end], SENTENCE_CHARS),
        "similarity": round(e.cosine, 3),
        "margin": round(e.margin, 3),
    }


def _graph(
    articles: list[Article], canonical: Any, names: dict, labels: Labels
) -> dict[str, Any]:
    """Who and what the story ties together: its most named entities (`GRAPH_NODES`, by
    the articles that name them, then mentions; an entity named once in a story of more
    candidates than fit is left out, as a tagger's stray guess most often is), how many
    sentences name each two of them together (`edges`), and who speaks about whom
    (`said`: a speaker's quotes that name another entity; `quotes`: a node's own).
    `candidates`: how many entities there were to choose from."""
    mentions: Counter[str] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    pairs: Counter[tuple[str, str]] = Counter()
    said: Counter[tuple[str, str]] = Counter()
    quotes: Counter[str] = Counter()
    for a in articles:
        starts = [s.start for s in a.sentences]
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for m in a.entities:
            if m.entity:
                entity = canonical(m.entity)
                mentions[entity] += 1
                where[entity].add(a.id)
                by_sentence[bisect_right(starts, m.start) - 1].add(entity)
        for together in by_sentence.values():
            pairs.update(combinations(sorted(together), 2))
        for q in a.quotes:
            if q.speaker is None or not q.speaker.entity:
                continue
            speaker = canonical(q.speaker.entity)
            quotes[speaker] += 1
            about = {canonical(m.entity) for m in a.entities
                     if m.entity and q.start <= m.start and m.end <= q.end}  # fmt: skip
            said.update((speaker, e) for e in about if e != speaker)
    ranked = sorted(mentions, key=lambda e: (-len(where[e]), -mentions[e], e))
    if sum(1 for e in ranked if mentions[e] > 1) >= GRAPH_NODES:
        ranked = [e for e in ranked if mentions[e] > 1]
    top = ranked[:GRAPH_NODES]
    shown = set(top)
    return {
        "nodes": [
            {
                "entity": e,
                "name": _label(e, labels),
                "mentions": mentions[e],
                "articles": len(where[e]),
                "quotes": quotes[e],
                "label": names[e][0] if e in names else "LOC",
            }
            for e in top
        ],
        "edges": [
            {"a": a, "b": b, "sentences": n}
            for (a, b), n in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0]))
            if a in shown and b in shown
        ],
        "said": [
            {"speaker": sp, "about": e, "quotes": n}
            for (sp, e), n in sorted(said.items(), key=lambda kv: (-kv[1], kv[0]))
            if sp in shown and e in shown
        ],
        "candidates": len(mentions),
    }


class Written(str):
    """A number as an article writes it ("$10.2 billion"), equal to another where both
    state one quantity (value and unit), so that "10,2 miliardi di dollari" in the
    Italian translation is no number the English article lacks."""

    key: tuple[object, ...]

    def __new__(cls, q: Quantity) -> Written:
        out = super().__new__(cls, q.written)
        out.key = (q.value.normalize(), q.unit)
        return out

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Written) and self.key == other.key

    def __hash__(self) -> int:
        return hash(self.key)


def _facts(articles: list[Article], canonical: Any) -> dict[str, list[Fact]]:
    """Each article's numbers that count something (not years, times of day, ranges'
    ends, dates or parts of names), with what they count: read once per view, for what
    each article adds and for the conflicts."""
    return {a.id: article_facts(a, canonical, _spans(a.text, a.language)) for a in articles}


@lru_cache(maxsize=1024)
def _spans(text: str, language: str | None) -> list[Quantity]:
    """`quantities`, once per text while a view is built (adds and conflicts both ask)."""
    return quantities(text, language)


def _conflicts(
    articles: list[Article], canonical: Any, labels: Labels, facts: dict[str, list[Fact]]
) -> list[dict[str, Any]]:
    """Numbers two articles state differently where they count the same thing (the
    rules are in `newsweave.stories.conflicts`), the most certain first, each with both
    sentences, both values as written and what its confidence rests on."""
    found = {a.id: _spans(a.text, a.language) for a in articles}
    out = story_conflicts(articles, canonical, found, MAX_CONFLICTS, facts=facts)
    for c in out:  # the story's name for an entity id the numbers attach to
        c["about"] = sorted({_label(e, labels) if ":" in e else e for e in c["about"]})
    return out
