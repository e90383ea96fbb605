"""The data of each desk page, as plain JSON-ready dicts: what the HTML page shows and
what its JSON twin returns. Nothing here knows about HTTP or files."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from babel import Locale
from markupsafe import Markup

from newsweave.article import Article
from newsweave.desk import params
from newsweave.desk.bidi import isolated
from newsweave.highlight import Mark, render
from newsweave.store import Store
from newsweave.views.entities import entity_record, lookup, stories_top_entities
from newsweave.views.search import search
from newsweave.views.stories import (
    article_headlines,
    list_stories,
    stories_of_articles,
    story_of_article,
)
from newsweave.views.story import story_view

PAGE = 30  # stories per page
TOP_ENTITIES = 5  # entities shown with each story in the list
TOP_FROM = 200  # a story's latest articles its top entities are counted over
SEARCH_HITS = 30
ACROSS = 5  # stories in several languages shown first on an unfiltered list
_ENGLISH = Locale("en")


def N_(message: str) -> str:
    """A message marked for the catalogues, translated where it is shown (gettext's N_)."""
    return message


# gettext messages of the desk (see newsweave/locale): marked for extraction, translated
# where they are shown
LABEL_NAMES = {"PER": N_("person"), "ORG": N_("organisation"), "LOC": N_("place"),
               "MISC": N_("other")}  # fmt: skip
KIND_NAMES = {"direct": N_("direct"), "indirect": N_("indirect"), "mixed": N_("mixed")}
PRECISION_NAMES = {"day": N_("day"), "week": N_("week"), "month": N_("month"),
                   "quarter": N_("quarter"), "season": N_("season"), "year": N_("year"),
                   "decade": N_("decade")}  # fmt: skip


def language_name(code: str | None, ui: str = "en") -> str:
    """'da' -> 'Danish' (in the language `ui`: 'Dänisch' in German); an unknown code is
    shown as it is."""
    names = _ENGLISH.languages if ui == "en" else Locale.parse(ui).languages
    return str(names.get(code or "und", code or "unknown language"))


@dataclass(frozen=True)
class StoriesQuery:
    """What the stories page is asked for: a search text, filters and a page number.
    Values are checked, never trusted: a malformed one raises `params.BadParameter`."""

    q: str = ""
    language: str = ""
    since: str = ""
    until: str = ""
    entity: str = ""
    multi: bool = False  # only stories in two languages or more
    page: int = 1

    NAMES: ClassVar[tuple[str, ...]] = (
        "q", "language", "since", "until", "entity", "multi", "page"
    )

    @classmethod
    def parse(cls, values: Mapping[str, str], languages: Container[str]) -> StoriesQuery:
        """The query from `values` (one per name, see `params.single`); `languages`: the
        codes a language filter may name."""
        return cls(
            q=params.text("q", values.get("q", "")),
            language=params.language(values.get("language", ""), languages),
            since=params.day("since", values.get("since", "")),
            until=params.day("until", values.get("until", "")),
            entity=params.text("entity", values.get("entity", "")),
            multi=params.flag("multi", values.get("multi", "")),
            page=params.page(values.get("page", "")),
        )

    def params(self) -> dict[str, str]:
        """The query as URL parameters (empty ones included: the page's links fill them)."""
        return {
            "q": self.q,
            "language": self.language,
            "since": self.since,
            "until": self.until,
            "entity": self.entity,
            "multi": "1" if self.multi else "",
            "page": str(self.page) if self.page > 1 else "",
        }


def stories_page(
    store: Store, query: StoriesQuery, *, limit: int = PAGE, names: str | None = None
) -> dict[str, Any]:
    """Stories, the most recently active first, filtered; with a search text, the articles
    it finds and only the stories that hold them. On the first page of an unfiltered list,
    the newest stories in two languages or more come first (`across`), when the store has
    some the list would not start with anyway. `names`: the language entities are named
    in (the reader's: `placenames.reader_name`), else as the articles name them most."""
    entity = None
    ids: list[str] = []
    if query.entity:
        resolved = lookup(store, query.entity)
        if resolved is not None:
            ids = list(resolved.ids)
            entity = {"entity": resolved.entity, "name": resolved.name}
    hits, named, among = None, None, None
    if query.q:
        # the entity the search text names, if one: by a whole name or id only, as the
        # word-of-a-name scan reads every name and search must stay fast on a big store
        found = lookup(store, query.q, parts=False)
        if found is not None:
            named = {"entity": found.entity, "name": found.name}
        found_hits = search(store, query.q, limit=SEARCH_HITS, language=query.language or None)
        found_ids = [h.article_id for h in found_hits]
        story = stories_of_articles(store, found_ids)
        titles = article_headlines(store, [h.article_id for h in found_hits if not h.title])
        hits = [
            {
                "article": h.article_id,
                "title": h.title or titles.get(h.article_id, ""),
                "published": h.published,
                "language": h.language,
                "snippet": h.snippet,
                "story": story[h.article_id],
            }
            for h in found_hits
        ]
        among = sorted({s for s in story.values() if s is not None})
    rows = (
        []
        if query.entity and not ids
        else list_stories(
            store,
            limit=limit + 1,
            offset=(query.page - 1) * limit,
            language=query.language or None,
            since=query.since or None,
            until=query.until or None,
            entities=ids,
            multilingual=query.multi,
            among=among,
        )
    )
    across: list[Any] = []
    if query == StoriesQuery():
        across = list_stories(store, limit=ACROSS, multilingual=True)
        if [r.id for r in across] == [r.id for r in rows[: len(across)]]:
            across = []  # the list starts with them anyway
    shown = rows[:limit]
    tops = stories_top_entities(
        store, [r.id for r in [*across, *shown]], recent=TOP_FROM, limit=TOP_ENTITIES,
        language=names,
    )  # fmt: skip
    languages = store.languages()
    return {
        "query": query.params(),
        "entity": entity,
        "across": [{**r.to_json(), "entities": tops[r.id]} for r in across],
        "stories": [{**r.to_json(), "entities": tops[r.id]} for r in shown],
        "more": len(rows) > limit,
        "page": query.page,
        "hits": hits,
        "named": named,
        "languages": [
            {"code": code, "name": language_name(code), "articles": n}
            for code, n in languages
            if code
        ],
        "articles": sum(n for _, n in languages),  # every article has one or none
    }


def story_page(store: Store, story_id: int, language: str = "") -> dict[str, Any] | None:
    """One story (see `newsweave.views.story`), or None when there is none; read in
    `language` when one is chosen (its title from an article in it, places named in it;
    a code `params.language` accepted)."""
    view = story_view(store, story_id, language or None)
    return None if view is None else view.to_json()


def entity_page(store: Store, entity: str, names: str | None = None) -> dict[str, Any] | None:
    """One entity's record across stories and languages (`newsweave.views.entities`),
    named for a reader of `names`, when given."""
    record = entity_record(store, entity, names)
    if record is None:
        return None
    data = record.to_json()
    data["label_name"] = LABEL_NAMES.get(record.label, record.label)
    return data


def article_page(store: Store, article: Article) -> dict[str, Any]:
    """One article in the output contract, with its story."""
    return {**article.to_json(), "story": story_of_article(store, article.id)}


def article_body(article: Article) -> Markup:
    """The article text as HTML: sentences (`id="s3"`), quotes (`id="q0"`), entities and
    dates marked; everything from the article escaped, and names in tooltips isolated
    (`bidi.isolated`)."""
    marks = [
        Mark(s.start, s.end, "span", (("class", "s"), ("id", f"s{n}")))
        for n, s in enumerate(article.sentences)
    ]
    for n, q in enumerate(article.quotes):
        who = isolated(q.speaker.name or q.speaker.text) if q.speaker else "unattributed"
        if q.speaker and q.speaker.why:
            who += f" ({isolated(q.speaker.why)})"
        if q.act == "belief":
            who += " · belief"
        marks.append(
            Mark(q.start, q.end, "q", (("class", f"quote {q.kind}"), ("id", f"q{n}"),
                                       ("title", f"{q.kind} · {who}")))
        )  # fmt: skip
    for m in article.entities:
        css = "ent ent-ref" if m.kind != "name" else f"ent ent-{m.label.lower()}"
        marks.append(
            Mark(
                m.start,
                m.end,
                "mark",
                (("class", css), ("title", f"{m.label} · {isolated(m.name)}")),
            )
        )
    for d in article.dates:
        title = d.value or "unresolved"
        if d.value and d.value_end and d.value_end != d.value:
            title = f"{d.value} – {d.value_end}"
        marks.append(Mark(d.start, d.end, "mark", (("class", "date"), ("title", title))))
    return render(article.text, marks)


def sentence_of(article: Article, position: int) -> int:
    """The index of the sentence `position` lies in."""
    return max(0, bisect_right([s.start for s in article.sentences], position) - 1)


def entity_rows(article: Article) -> list[dict[str, Any]]:
    """The article's entities, one row per canonical entity: its name, label, how often it
    is mentioned and the spellings used; names first, then country references."""
    rows: dict[str, dict[str, Any]] = {}
    for m in article.entities:
        row = rows.setdefault(
            m.entity,
            {"name": m.name, "label": m.label, "entity": m.entity, "kind": m.kind, "count": 0,
             "spellings": []},
        )  # fmt: skip
        row["count"] += 1
        if m.text not in row["spellings"]:
            row["spellings"].append(m.text)
    order = {"PER": 0, "ORG": 1, "LOC": 2, "MISC": 3}
    return sorted(
        rows.values(),
        key=lambda r: (r["kind"] != "name", order.get(r["label"], 9), -r["count"], r["name"]),
    )
