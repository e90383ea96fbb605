"""One story as an analyst reads it: its articles in time, who said what across languages,
its entities with their spellings, what each source adds, and the numbers sources may
state differently.

`story_view(store, id)` reads the story and its articles with their annotations from the
store, and has them compared (`newsweave.stories.compare`, which never reads a store);
`StoryView.to_json()` is what `newsweave story ID --json` prints, the desk's story page
shows and the report writes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsweave.store import Store
from newsweave.stories.compare import compare
from newsweave.stories.linking import Link
from newsweave.views.entities import story_links
from newsweave.views.stories import StoryRow, story_articles, story_merges, story_of, story_row


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


def story_view(store: Store, story_id: int, language: str | None = None) -> StoryView | None:
    """The story `story_id` (or the story it merged into), or None when there is none.
    With a `language` (the analyst's), the title is the headline of the story's most
    representative article in it, when it has one, and places are named in it."""
    current = story_of(store, story_id)
    row = story_row(store, current, language) if current is not None else None
    if row is None:
        return None
    joined = story_articles(store, row.id)
    loaded = store.get_many([aid for aid, _, _ in joined])
    articles = [loaded[aid] for aid, _, _ in joined if aid in loaded]
    links = story_links(store, row.id)
    vectors = store.sentence_vectors([a.id for a in articles])
    c = compare(articles, joined, links, language, row.title_language, vectors)
    return StoryView(
        row=row,
        merged=[{"story": s, "at": at} for s, at in story_merges(store, row.id)],
        why=c.why,
        timeline=c.timeline,
        dates=c.dates,
        speakers=c.speakers,
        entities=c.entities,
        adds=c.adds,
        conflicts=c.conflicts,
        links=links,
        graph=c.graph,
    )
