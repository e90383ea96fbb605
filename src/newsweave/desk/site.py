"""Each desk page as (data, HTML): the JSON twin's data and the page rendered from it,
with links made by the given `Urls`. The server (`app.py`) and the static site
(`report.py`) both build their pages here, so the two never differ."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from newsweave.article import Article
from newsweave.dates import values as timevalues
from newsweave.desk import pages, timeline
from newsweave.desk.graph import layout
from newsweave.desk.i18n import SOURCE
from newsweave.desk.render import render_page
from newsweave.desk.urls import Urls
from newsweave.store import Store
from newsweave.translation import Translator

Page = tuple[dict[str, Any], str]
SHOWN_ADDS = 40  # articles whose additions a story page shows (the JSON has all)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links leave the desk (no javascript: or data: URLs)."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def stories(
    store: Store,
    query: pages.StoriesQuery,
    urls: Urls,
    *,
    limit: int = pages.PAGE,
    ui: str = "",
    **page: Any,
) -> Page:
    """The stories page; `ui`: the language the reader chose, if one (the page's words,
    and places named in it; else English words and names as the articles give them);
    `page`: more for the template (the language switch)."""
    data = pages.stories_page(store, query, limit=limit, names=ui or None)
    here = urls.stories(**query.params())
    html = render_page(
        "stories.html", urls, ui or SOURCE, data=data, json_href=urls.json(here), **page
    )
    return data, html


def story(
    store: Store,
    story_id: int,
    urls: Urls,
    language: str = "",
    ui: str = "",
    *,
    translator: Translator | None = None,
    translate: bool = False,
    **page: Any,
) -> Page | None:
    """A story page; `language`: the language its names and title are read in (default:
    `ui`, the reader's, if chosen; else as the articles give them). With a `translator`
    the page offers machine translation of its quotes into the reader's language (`ui`,
    else English), and gives it when asked to `translate`."""
    data = pages.story_page(store, story_id, language or ui)
    if data is None:
        return None
    target = ui or SOURCE
    if translator is not None and translate:
        translate_quotes(data["speakers"], translator, target)
        translate_sentences(data["adds"], translator, target)
    html = render_page(
        "story.html",
        urls,
        ui or SOURCE,
        s=data,
        adds=_most_adding(data["adds"]),
        graph=layout(data["graph"]),
        tl=timeline.layout(data["timeline"], data["dates"], ui or SOURCE),
        json_href=urls.json(urls.story(data["id"], language, translate=translate)),
        translator=None if translator is None else translator.name,
        translating=translator is not None and translate,
        target=target,
        **page,
    )
    return data, html


def translate_quotes(
    speakers: list[dict[str, Any]], translator: Translator, target: str
) -> None:
    """Give each quote (and stated belief) of `speakers` in another language the model
    translates into `target` its `translation`: the text, its language, the model, and
    that it is machine translation. Quotes of one language go to the model together."""
    _translate(
        [(q, q.get("language")) for sp in speakers for q in [*sp["quotes"], *sp["beliefs"]]],
        translator,
        target,
    )


def translate_sentences(adds: list[dict[str, Any]], translator: Translator, target: str) -> None:
    """The same for the sentences of "Sentence by sentence" (`adds[].sentences`): each
    article's own, and the sentences of other articles that say the same."""
    items: list[tuple[dict[str, Any], str | None]] = []
    for a in adds:
        for t in a.get("sentences") or ():
            items.append((t, a.get("language")))
            items.extend((e, e.get("language")) for e in t["also_in"])
    _translate(items, translator, target)


def _translate(
    items: list[tuple[dict[str, Any], str | None]], translator: Translator, target: str
) -> None:
    """Each item (a dict with a "text", and its language) that the model translates into
    `target` gets its `translation`; the texts of one language go to the model together."""
    by_language: dict[str, list[dict[str, Any]]] = {}
    for item, source in items:
        if source and translator.supports(source, target):
            by_language.setdefault(source, []).append(item)
    for source, group in sorted(by_language.items()):
        done = translator.translate([item["text"] for item in group], source, target)
        model = translator.model(source, target)
        for item, text in zip(group, done, strict=True):
            item["translation"] = {"text": text, "language": target, "model": model,
                                   "machine": True}  # fmt: skip


def _most_adding(adds: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What each source adds, for the page: all of it for a story of up to `SHOWN_ADDS`
    articles, else the articles that add the most, in the story's order."""
    if len(adds) <= SHOWN_ADDS:
        return adds

    def size(a: dict[str, Any]) -> int:
        return sum(len(a[k]) for k in ("speakers", "entities", "numbers", "dates"))

    keep = {id(a) for a in sorted(adds, key=size, reverse=True)[:SHOWN_ADDS]}
    return [a for a in adds if id(a) in keep]


def entity(
    store: Store, entity_id: str, urls: Urls, ui: str = "", **page: Any
) -> Page | None:
    data = pages.entity_page(store, entity_id, ui or None)
    if data is None:
        return None
    here = urls.json(urls.entity(entity_id))
    html = render_page("entity.html", urls, ui or SOURCE, e=data, json_href=here, **page)
    return data, html


def article(
    store: Store, article_id: str, urls: Urls, ui: str = "", **page: Any
) -> Page | None:
    found = store.get(article_id)
    return None if found is None else article_of(store, found, urls, ui, **page)


def article_of(store: Store, found: Article, urls: Urls, ui: str = "", **page: Any) -> Page:
    data = pages.article_page(store, found)
    dates = [
        {
            "text": d.text,
            "value": d.value,
            "value_end": d.value_end,
            "precision": timevalues.precision(d.value) if d.value else None,
            "label": timevalues.range_label(d.value, d.value_end) if d.value else None,
            "sentence": pages.sentence_of(found, d.start),
        }
        for d in found.dates
    ]
    html = render_page(
        "article.html",
        urls,
        ui or SOURCE,
        a=data,
        headline=found.headline(),
        url=safe_url(found.url),
        body=pages.article_body(found),
        entities=pages.entity_rows(found),
        dates=dates,
        json_href=urls.json(urls.article(found.id)),
        **page,
    )
    return data, html


def error(urls: Urls, title: str, message: str, ui: str = "") -> str:
    return render_page(
        "error.html", urls, ui or SOURCE, title=title, message=message, json_href=None
    )
