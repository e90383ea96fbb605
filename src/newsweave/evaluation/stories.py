"""Story clustering against gold event groups: BCubed precision, recall and F1.

Gold data: `itn_dev.jsonl` (one-sentence "In the news" blurbs from Wikipedias in 55
languages, grouped by the event's Wikidata item `event_qid`; see
../shared/data/stories/ITN-SOURCE.md). `keyword` (the title of the event's article) is a
gold hint and never reaches the clusterer; `timestamp` is the capture time, used only to
place the blurb in the stream (on its day, after analysis: never as a publication date the
analysis could resolve dates against).

BCubed (Bagga and Baldwin 1998): for each item, precision is the share of its predicted
cluster that is in its gold cluster, recall the share of its gold cluster that is in its
predicted cluster; both are averaged over items.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Hashable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from newsweave.article import Article


@dataclass(frozen=True, slots=True)
class GoldItem:
    """One text with its gold group and the time that places it in the stream (None for
    an undated article: the stream places it as it places any undated article)."""

    article: Article
    group: str
    time: datetime | None


@dataclass(frozen=True, slots=True)
class BCubed:
    precision: float
    recall: float
    items: int
    predicted: int  # clusters
    gold: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def table(self) -> str:
        return (
            f"BCubed P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"({self.items} items, {self.predicted} predicted clusters, {self.gold} gold)"
        )


def read_groups(path: Path) -> Iterator[GoldItem]:
    """The texts of a .jsonl file with gold groups, in the order of the file: ITN blurbs
    (`event_qid`, `lang`, `timestamp`, `text`) or articles (`group`, `lang`, `date`,
    `text`, optional `id`, `title`, as in news/meantime)."""
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            language = row["lang"].split("-")[0]  # "be-tarask", "zh-yue"
            if "event_qid" in row:  # ids in the file's order, which is the capture order
                article = Article(row["text"], id=f"{path.stem}-{n:06d}", language=language)
                when = datetime.fromtimestamp(row["timestamp"], UTC)
                yield GoldItem(article, row["event_qid"], when)
            else:
                published = date.fromisoformat(row["date"]) if row.get("date") else None
                article = Article(
                    row["text"],
                    id=row.get("id") or f"{path.stem}-{n}",
                    title=row.get("title"),
                    language=language,
                    published=published,
                )
                when = datetime.combine(published, datetime.min.time(), UTC) if published else None
                yield GoldItem(article, str(row["group"]), when)


def bcubed(predicted: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> BCubed:
    """BCubed scores of a clustering over the items of `gold` (each item's cluster)."""
    items = list(gold)
    pair = Counter((predicted[i], gold[i]) for i in items)
    pred_size = Counter(predicted[i] for i in items)
    gold_size = Counter(gold[i] for i in items)
    precision = recall = 0.0
    for i in items:
        both = pair[(predicted[i], gold[i])]
        precision += both / pred_size[predicted[i]]
        recall += both / gold_size[gold[i]]
    n = len(items) or 1
    return BCubed(precision / n, recall / n, len(items), len(pred_size), len(gold_size))


def cluster_items(
    items: list[GoldItem], analyse: Callable[[Article], Article], window: timedelta | None
) -> dict[str, int]:
    """Each item's story, from a fresh `StoryClusterer` fed the analysed items as one
    ingest batch (`newsweave.stories.stream`: publication order, each day's by id; a
    story that merged into another counts as that one)."""
    from newsweave.stories.cluster import StoryClusterer
    from newsweave.stories.features import features
    from newsweave.stories.stream import assign_all

    stream = []
    for item in items:
        article = analyse(item.article)
        keys = features(article)
        if article.published is None and item.time is not None:  # an ITN blurb: its capture day
            article = replace(article, published=item.time.date())
        stream.append((article, keys))
    return assign_all(StoryClusterer(window=window), stream)


def evaluate(
    items: list[GoldItem], analyse: Callable[[Article], Article], window: timedelta | None
) -> BCubed:
    """BCubed of `cluster_items` against the items' gold groups."""
    predicted = cluster_items(items, analyse, window)
    return bcubed(predicted, {item.article.id: item.group for item in items})
