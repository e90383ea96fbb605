"""Streaming story clustering: each article joins the story it is most like, or starts one.

An article is a bag of keys (`features.py`), weighted by how rare each key is in the
stream so far (inverse document frequency) and by its kind (`KIND_WEIGHTS`: a shared
person or place counts for more than a shared word), and, with the accurate tier, an
embedding of its opening (`newsweave.meaning`): what it says, in any language. A story is
the sum of its articles' keys and the set of their embeddings. Candidates come from an
inverted index from keys to the stories that hold them (stories sharing a rare key) and
from the open stories' mean embeddings (`meaning_index`: the stories closest in meaning),
never from all stories. Each candidate is scored by a fitted logistic model of the pair
(`pairs`: key cosine, shared actors, sizes, time gap, language, meaning) and the article
joins the most probable story when that probability reaches the model's `join` level.

- Story ids are stable: a story keeps its id while it grows.
- Stories that an article joins together (it is like both, and they are like each other)
  merge into the older one; the merge is recorded.
- With a time window, a story is the sum of its articles within the window: older ones
  leave its sums, a story left with none leaves the index and memory (it stays in the
  store); rarity is counted over recent windows (older counts decay), and keys no open
  story holds are forgotten unless they recur: memory follows the window, not the
  corpus, and a months-long story costs what a week-long one does.
- Each assignment says why: the shared keys that weigh most, and how close in meaning.
- The state is a pure function of the assignments in the order they were made:
  `restore` replays one (the story it joined, the stories it merged) with exactly the
  bookkeeping `add` does — clock, rarity counts, sweeps, expiry, forgetting — so a
  clusterer that replays a stream's assignments holds what the clusterer that made them
  held, to the bit. An article's keys are taken in one order (sorted) wherever they come
  from, as the sums depend on the order floats are added in. `newsweave.stories.checkpoint`
  saves and loads that state, so that a resume replays only what came after.
"""

from __future__ import annotations

import math
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from newsweave.stories import pairs
from newsweave.stories.meaning_index import MeaningIndex, stacked, unit_mean

# The key similarity a news article needs to be like a story (a shorter text needs less:
# `threshold_for`); since the pair model decides, it only scales the `key_short` feature.
THRESHOLD = 0.25
FULL_SIZE = 125  # keys in an article long enough for the full threshold
SHORT_POWER = 2.0
MERGE_THRESHOLD = 0.5
CANDIDATES = 20  # stories scored per article, those sharing the rarest keys first
NEAREST = 10  # stories scored per article, those closest in meaning (with an embedding)
MERGE_CHECKS = 3  # runners-up checked for a merge with the story an article joins
MAX_HOLDERS = 200  # a key in more open stories than this retrieves no candidates
RETRIEVAL_KEYS = 40  # an article's rarest keys that retrieve candidates
WHY = 8  # shared keys kept as the reason for an assignment
SAME_ACTORS, CORE_FLOOR = 0.5, 0.4  # see StoryClusterer._same_actors_across_languages
ACTOR_KINDS = frozenset({"pt", "org", "loc", "city", "country", "misc"})
PRIOR = 20  # articles assumed seen before the stream, none with the key: rarity in a young stream
EXPIRY_STEPS = 24  # old articles leave their stories this many times per window
FORGET = 2  # a key seen this often or less is forgotten once no open story holds it
HALF_LIFE = 4  # windows after which a key's count has halved (with a window)
# The most halvings one step of the stream clock applies: after 64 an older count weighs
# 2**-64 of a new one, nothing in practice, and a jump of centuries between two dates
# (a typo "0023" among 2023 dates) cannot overflow `2.0 ** passed`.
MAX_HALVINGS = 64.0
RESCALE = 1e9  # the count unit is folded back into the counts when it grows past this

# A key's kind is what comes before its first colon; words count least, names most.
# Tuned on the ITN dev blurbs and MEANTIME (benchmarks/RESULTS.md): words weigh little,
# as they never link two languages, and the norm of a vector full of them would drown
# the shared names.
KIND_WEIGHTS: dict[str, float] = {
    "per": 3.0,
    "pt": 1.5,
    "org": 2.0,
    "misc": 1.5,
    "loc": 2.0,
    "city": 2.0,
    "country": 2.0,
    "region": 0.5,
    "n": 1.5,
    "d": 0.75,
    "md": 1.5,
    "s": 1.0,
    "w": 0.1,
}


def tf(count: int) -> float:
    """How much a key counts in an article it occurs `count` times in: the people and
    places an article keeps coming back to are what it is about."""
    return 1 + math.log(count)


def actors(mentions: Counter[str]) -> dict[str, int]:
    """The people (by each part of their names), organisations and places of an article
    or a story, with how often they are mentioned."""
    return {k: n for k, n in mentions.items() if k.partition(":")[0] in ACTOR_KINDS}


def actor_similarity(a: Counter[str], b: Counter[str]) -> float:
    """Cosine of the actors' mention counts: whether two texts (or a text and a story's
    `Story.actors`) are about the same people and places, whatever else they say."""
    x, y = actors(a), actors(b)
    dot = sum(n * y[k] for k, n in x.items() if k in y)
    if not dot:
        return 0.0
    return dot / math.sqrt(sum(n * n for n in x.values()) * sum(n * n for n in y.values()))


def kind_weight(key: str) -> float:
    return KIND_WEIGHTS.get(key.partition(":")[0], 1.0)


Recent = tuple[datetime | None, str, Counter[str], str]


@dataclass(slots=True)
class Story:
    """A story as the clusterer holds it: its articles and the sums of their keys."""

    id: int
    articles: list[str] = field(default_factory=list)
    keys: Counter[str] = field(default_factory=Counter)  # articles holding each key
    actors: Counter[str] = field(default_factory=Counter)  # mentions of its `actors`
    first: datetime | None = None
    last: datetime | None = None
    squares: float = 0.0  # Σ (articles holding key × its weight)², kept up as it grows
    # with a window: the articles still in it (when, id, keys, language), whose keys make
    # up `keys` and `actors`
    recent: deque[Recent] = field(default_factory=deque)
    languages: Counter[str] = field(default_factory=Counter)  # its articles' (in the window)
    vectors: dict[str, np.ndarray] = field(default_factory=dict)  # embeddings, by article
    # `vectors` as a matrix and their unit mean, kept until they change (`meaning`)
    cached: tuple[np.ndarray, np.ndarray | None] | None = field(default=None, repr=False)

    def meaning(self) -> tuple[np.ndarray, np.ndarray | None] | None:
        """Its articles' embeddings as one matrix (in article id order) and their
        unit-length mean; None when none has one."""
        if not self.vectors:
            return None
        if self.cached is None:
            matrix = stacked(self.vectors)
            self.cached = (matrix, unit_mean(matrix))
        return self.cached

    def mean_meaning(self) -> np.ndarray | None:
        """The unit-length mean of its articles' embeddings (None without any), after a
        change to `vectors` (which drops what `meaning` kept)."""
        self.cached = None
        held = self.meaning()
        return None if held is None else held[1]

    @property
    def size(self) -> int:
        """How many articles `keys` sums: those within the window, or all of them."""
        return len(self.recent) or len(self.articles)

    @property
    def norm(self) -> float:
        """The length of the story's mean weighted key vector."""
        return math.sqrt(self.squares) / self.size if self.articles else 0.0


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where one article went: its story, the probability that it belongs there (0 for a
    new story), the shared keys with their weights, the stories merged into this one on
    the way (every story of the merge but the one kept), whether the article started the
    story, and its closest cosine in meaning with one of the story's articles (None
    without embeddings)."""

    article: str
    story: int
    score: float
    why: tuple[tuple[str, float], ...]
    merged: tuple[int, ...] = ()
    new: bool = False
    meaning: float | None = None


class StoryClusterer:
    """Assigns articles to stories one at a time (`add`), in publication order."""

    def __init__(
        self,
        *,
        threshold: float = THRESHOLD,
        window: timedelta | None = None,
        merge_threshold: float = MERGE_THRESHOLD,
        full_size: int = FULL_SIZE,
        model: pairs.PairModels | None = None,
    ) -> None:
        self.threshold = threshold
        self.full_size = full_size
        self.window = window
        self.merge_threshold = merge_threshold
        self.model = model or pairs.load()  # the shipped one unless given
        self.meanings = MeaningIndex()
        # Counts of keys and of articles, in units of `_unit`: with a window, what an
        # article adds grows over stream time, so that older counts weigh exponentially
        # less (halved every `HALF_LIFE` windows) without touching them (`_advance`).
        self.df: Counter[str] = Counter()
        self.seen = 0.0
        self._unit = 1.0
        self._clock: datetime | None = None
        self.latest: datetime | None = None  # the newest time the stream has seen
        self._sweeps = 0
        self.stories: dict[int, Story] = {}
        self.index: dict[str, set[int]] = {}
        self.next_id = 1
        self.merges: list[tuple[int, int]] = []  # (merged story, story it went into)
        self._expired: datetime | None = None  # when stories were last expired
        self.position = 0  # the assignments this state holds (a store's last row of them)

    # -- weights ---------------------------------------------------------------------------

    def weight(self, key: str) -> float:
        """The weight of a key now: its kind's weight times its rarity so far."""
        unit = self._unit
        return kind_weight(key) * math.log(
            (self.seen + PRIOR * unit) / (self.df.get(key, 0.0) + 0.5 * unit)
        )

    def _squares(self, story: Story) -> float:
        return sum((n * self.weight(k)) ** 2 for k, n in story.keys.items())

    def threshold_for(self, size: int) -> float:
        """The similarity an article of `size` distinct keys needs to join a story: the
        full `threshold` for a news article, less for a short text, whose few keys can
        only cover a small part of a story's (a one-sentence blurb has about 15 keys, an
        article about 125: `full_size`)."""
        if size >= self.full_size:
            return self.threshold
        return self.threshold * (math.log(max(size, 2)) / math.log(self.full_size)) ** SHORT_POWER

    # -- the stream ------------------------------------------------------------------------

    def add(
        self,
        article: str,
        keys: Counter[str],
        when: datetime | None = None,
        embedding: np.ndarray | None = None,
        language: str | None = None,
    ) -> Assignment:
        """Put `article` (its id, its `features`, its embedding and language when known)
        in a story, and say which and why."""
        keys = ordered(keys)
        self._step(keys, when)
        scored = sorted(
            self._pairs(keys, when, embedding, language),
            key=lambda pair: (-pair.probability, pair.story.id),
        )
        join = self.model.join
        if scored and scored[0].probability >= join:
            best = scored[0]
            alike = [
                other.story.id
                for other in scored[1 : 1 + MERGE_CHECKS]
                if other.probability >= join and self._alike(best.story, other.story)
            ]
            story, merged = self._merge(best.story, alike)
            score, why, new = best.probability, self._why(best.vector, best.story), False
            meaning = None if best.closest is None else round(best.closest, 4)
        else:
            story, score, why, merged, new, meaning = self._new_story(), 0.0, (), (), True, None
        self._join(story, article, keys, when, embedding, language)
        self.position += 1
        return Assignment(article, story.id, round(score, 4), why, merged, new, meaning)

    def teach(
        self,
        story: int,
        article: str,
        keys: Counter[str],
        when: datetime | None = None,
        embedding: np.ndarray | None = None,
        language: str | None = None,
    ) -> list[tuple[int, dict[str, float]]]:
        """The features of every candidate story of an article (story id, features), then
        the article put in `story` (opened when new): an oracle stream for fitting the
        pair model (`training/fit_story_pairs.py`), where `story` is the gold one."""
        keys = ordered(keys)
        self._step(keys, when)
        found = [(p.story.id, p.features) for p in self._pairs(keys, when, embedding, language)]
        self._put(story, (), article, keys, when, embedding, language)
        return found

    def restore(
        self,
        story: int,
        article: str,
        keys: Counter[str],
        when: datetime | None = None,
        merged: Iterable[int] = (),
        embedding: np.ndarray | None = None,
        language: str | None = None,
    ) -> None:
        """Replay an assignment an earlier run made (`Assignment.story` and `.merged`),
        to resume the stream where it stopped: replayed in the order they were made, the
        clusterer ends up holding what the one that made them held. A story no longer
        held (an assignment from before merges were recorded) is opened again."""
        keys = ordered(keys)
        self._step(keys, when)
        self._put(story, merged, article, keys, when, embedding, language)

    def _put(
        self,
        story: int,
        merged: Iterable[int],
        article: str,
        keys: Counter[str],
        when: datetime | None,
        embedding: np.ndarray | None,
        language: str | None,
    ) -> None:
        """Put an article in the story it is said to go to (opened when not held), with
        the stories said to merge into it first (`restore`, `teach`)."""
        target = self.stories.get(story)
        if target is None:
            target = self.stories[story] = Story(story)
        merged = [m for m in merged if m in self.stories]
        if merged:
            target, _ = self._merge(target, merged)
        self._join(target, article, keys, when, embedding, language)
        self.next_id = max(self.next_id, story + 1, *(m + 1 for m in merged))
        self.position += 1

    def _step(self, keys: Counter[str], when: datetime | None) -> None:
        """What every article does to the stream before it joins a story: the clock
        moves, old stories expire when due, and its keys are counted."""
        self.latest = _latest(self.latest, when)
        if when is not None and self.window is not None:
            self._advance(when)
            if self._due(when):
                self._expire(when)
                self._expired = when
        self._count(keys)

    def _count(self, keys: Counter[str]) -> None:
        """Count an article and its keys for rarity, in today's unit."""
        unit = self._unit
        self.seen += unit
        df = self.df
        for key in keys:
            df[key] = df.get(key, 0.0) + unit

    def _advance(self, now: datetime) -> None:
        """Move the stream clock to `now`: what an article counts for grows by 2 per
        `HALF_LIFE` windows passed, so every older count halves relative to new ones."""
        assert self.window is not None
        if self._clock is None or now <= self._clock:
            self._clock = self._clock or now
            return
        passed = min((now - self._clock) / (self.window * HALF_LIFE), MAX_HALVINGS)
        self._clock = now
        self._unit *= 2.0**passed
        if self._unit > RESCALE:  # keep the numbers in range: fold the unit into the counts
            unit = self._unit
            for key in self.df:
                self.df[key] /= unit
            self.seen /= unit
            self._unit = 1.0

    def _pairs(
        self,
        keys: Counter[str],
        when: datetime | None,
        embedding: np.ndarray | None,
        language: str | None,
    ) -> list[Pair]:
        """Every candidate story of an article, scored by the pair model (and
        `_same_actors_across_languages`)."""
        weights = {k: self.weight(k) for k in keys}
        vector = {k: tf(n) * weights[k] for k, n in keys.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        candidates = {s.id: s for s in self._candidates(keys, weights)}
        if embedding is not None:
            for sid in self.meanings.nearest(embedding, NEAREST):
                candidates.setdefault(sid, self.stories[sid])
        threshold = self.threshold_for(len(keys))
        found = []
        for story in candidates.values():
            meaning = _meaning(embedding, story)
            gap = (when - story.last).total_seconds() / 86400 if when and story.last else 0.0
            x = pairs.pair_features(
                self._score(vector, norm, story, weights),
                threshold,
                actor_similarity(keys, story.actors),
                story.size,
                gap,
                language is not None and story.languages[language] > 0,
                meaning,
            )
            probability = self.model.probability(x)
            known = language is not None and "" not in story.languages
            if known and self._same_actors_across_languages(x, threshold, len(keys), story):
                probability = max(probability, self.model.join)
            closest = None if meaning is None else meaning[1]
            found.append(Pair(story, probability, x, vector, closest))
        return found

    def _same_actors_across_languages(
        self, x: dict[str, float], threshold: float, size: int, story: Story
    ) -> bool:
        """Whether a pair is one the pair model never saw and the actor rule joins: news articles
        on one side at least (the article's keys, `size`, or the story's per article reaching
        `full_size`), an article in a language the story does not have (both languages known),
        about the same people and places (`actor_similarity` ≥ `SAME_ACTORS`), sharing at least
        `CORE_FLOOR` of the threshold. Reports of one event in two languages written days apart
        (one before it, one after, as the case articles) share their actors more than their
        details; the model's training pairs have none such (ITN's are one-sentence blurbs,
        MEANTIME's cross-language pairs translations), and the rule changes nothing on either
        set (benchmarks/RESULTS.md, "Stories with meaning")."""
        return (
            not x["same"]
            and x["actors"] >= SAME_ACTORS
            and x["key"] >= CORE_FLOOR * threshold
            and max(size, sum(story.keys.values()) / story.size) >= self.full_size
        )

    def _candidates(self, keys: Counter[str], weights: dict[str, float]) -> list[Story]:
        """Stories sharing the article's rarest keys (`RETRIEVAL_KEYS` of them), those
        sharing the rarest first. A key held by more than `MAX_HOLDERS` stories
        ("country:US") retrieves none, unless the article has nothing rarer: the work per
        article stays bounded however long the stream."""
        postings = sorted(
            ((holders, k) for k in keys if (holders := self.index.get(k))),
            key=lambda hk: len(hk[0]),
        )
        usable = [hk for hk in postings if len(hk[0]) <= MAX_HOLDERS][:RETRIEVAL_KEYS]
        usable = usable or postings[:1]
        found: dict[int, float] = {}
        for holders, key in usable:
            w = weights[key]
            for sid in holders:
                found[sid] = found.get(sid, 0.0) + w
        best = sorted(found, key=lambda sid: (-found[sid], sid))[:CANDIDATES]
        return [self.stories[sid] for sid in best]

    def closeness(self, keys: Counter[str], story: Story) -> float:
        """How close an article (its `features`) is to the centre of `story`: the cosine
        of its keys, weighted as now, and the story's mean ones, as when it joins. The
        story's most central article gives it its headline."""
        weights = {k: self.weight(k) for k in keys}
        vector = {k: tf(n) * weights[k] for k, n in keys.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        return self._score(vector, norm, story, weights)

    def _score(
        self, vector: dict[str, float], norm: float, story: Story, weights: dict[str, float]
    ) -> float:
        """Cosine similarity of an article's weighted keys and a story's mean ones
        (`weights`: the keys' weights now)."""
        keys = story.keys
        dot = sum(v * keys[k] * weights[k] for k, v in vector.items() if k in keys)
        return dot / (story.size * norm * (story.norm or 1.0))

    def _why(self, vector: dict[str, float], story: Story) -> tuple[tuple[str, float], ...]:
        """The shared keys that weigh most in the similarity, with their shares of it."""
        shared = {
            k: v * story.keys[k] * self.weight(k) for k, v in vector.items() if k in story.keys
        }
        total = sum(shared.values()) or 1.0
        top = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:WHY]
        return tuple((k, round(v / total, 3)) for k, v in top)

    def _alike(self, a: Story, b: Story) -> bool:
        """Whether two stories that one article fits are one story: their key sums are
        alike (cosine ≥ `merge_threshold`)."""
        weights = {k: self.weight(k) for k in a.keys}
        va = {k: n / a.size * weights[k] for k, n in a.keys.items()}
        return self._score(va, a.norm or 1.0, b, weights) >= self.merge_threshold

    def _merge(self, story: Story, others: Iterable[int]) -> tuple[Story, tuple[int, ...]]:
        """Fold `others` into the oldest of them and `story`; the oldest keeps its id.
        Returns the story kept and the ids folded into it (`story` among them when it
        is not the oldest)."""
        group = sorted([story.id, *others])
        if len(group) == 1:
            return story, ()
        keep = self.stories[group[0]]
        for sid in group[1:]:
            gone = self.stories.pop(sid)
            keep.articles += gone.articles
            keep.keys.update(gone.keys)
            keep.actors.update(gone.actors)
            keep.languages.update(gone.languages)
            keep.vectors.update(gone.vectors)
            self.meanings.remove(sid)
            keep.recent = deque(sorted([*keep.recent, *gone.recent], key=_when))
            keep.first = _earliest(keep.first, gone.first)
            keep.last = _latest(keep.last, gone.last)
            for key in gone.keys:
                holders = self.index.get(key)
                if holders is not None:
                    holders.discard(sid)
                    holders.add(keep.id)
            self.merges.append((sid, keep.id))
        keep.squares = self._squares(keep)
        self.meanings.set(keep.id, keep.mean_meaning())
        return keep, tuple(group[1:])

    def _new_story(self) -> Story:
        story = Story(self.next_id)
        self.next_id += 1
        self.stories[story.id] = story
        return story

    def _join(
        self,
        story: Story,
        article: str,
        keys: Counter[str],
        when: datetime | None,
        embedding: np.ndarray | None = None,
        language: str | None = None,
    ) -> None:
        """Add an article to a story. The story's squared length grows by each key's new
        term with the key's weight now, so a join costs the article's keys, not the
        story's (the weights of older terms drift as rarity changes: an approximation)."""
        for key in keys:
            n, w = story.keys[key], self.weight(key)
            story.squares += ((n + 1) ** 2 - n * n) * w * w
        story.articles.append(article)
        story.keys.update(keys.keys())
        story.actors.update(actors(keys))
        story.languages[language or ""] += 1
        if self.window is not None:
            story.recent.append((when, article, keys, language or ""))
        if embedding is not None:
            story.vectors[article] = np.asarray(embedding, np.float32)
            self.meanings.set(story.id, story.mean_meaning())
        story.first = _earliest(story.first, when)
        story.last = _latest(story.last, when)
        for key in keys:
            self.index.setdefault(key, set()).add(story.id)

    def _due(self, now: datetime) -> bool:
        """Whether old stories are to be dropped now: a window is set and a share of it
        (1 / `EXPIRY_STEPS`) has passed since they last were."""
        if self.window is None:
            return False
        return self._expired is None or now - self._expired >= self.window / EXPIRY_STEPS

    def _expire(self, now: datetime) -> None:
        """Take the articles older than the window out of their stories' sums, and drop
        the stories left with none. A key no open story holds any more is forgotten when
        its decayed count is at most `FORGET` articles (checked as it leaves the index,
        and for every such key once a window): memory follows the window, not the length
        of the stream. A story that goes on for months
        is thus the sum of its last weeks, as cheap to compare as any other."""
        assert self.window is not None
        horizon = _before(now, self.window)
        gone: set[str] = set()
        for story in list(self.stories.values()):
            trimmed = False
            while story.recent and (story.recent[0][0] or now) < horizon:
                _, article, keys, language = story.recent.popleft()
                trimmed = True
                story.keys.subtract(keys.keys())
                story.actors.subtract(actors(keys))
                story.languages[language] -= 1
                if story.languages[language] <= 0:
                    del story.languages[language]
                story.vectors.pop(article, None)
                for key in keys:
                    if story.keys[key] <= 0:
                        del story.keys[key]
                        story.actors.pop(key, None)
                        holders = self.index.get(key)
                        if holders is not None:
                            holders.discard(story.id)
                            if not holders:
                                del self.index[key]
                                gone.add(key)
            if not story.recent:
                del self.stories[story.id]
                self.meanings.remove(story.id)
            elif trimmed:
                story.squares = self._squares(story)
                self.meanings.set(story.id, story.mean_meaning())
        self._sweeps += 1
        if self._sweeps % EXPIRY_STEPS == 0:  # once a window: every key no story holds
            gone = {k for k in self.df if k not in self.index}
        floor = FORGET * self._unit
        for key in gone:
            if self.df.get(key, 0.0) <= floor:
                del self.df[key]


def ordered(keys: Counter[str]) -> Counter[str]:
    """An article's keys in one order (sorted), whatever order they came in: the sums
    kept as it joins are added in this order, so that a replay from the store (which
    reads them sorted) adds them as the first run did."""
    return Counter(dict(sorted(keys.items())))


def _when(item: Recent) -> datetime:
    return item[0] or datetime.min.replace(tzinfo=UTC)


def _before(now: datetime, span: timedelta) -> datetime:
    """`now - span`, or the earliest time there is when that is before year 1."""
    try:
        return now - span
    except OverflowError:
        return datetime.min.replace(tzinfo=now.tzinfo)


def _earliest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


@dataclass(frozen=True, slots=True)
class Pair:
    """A candidate story of an article: the pair model's probability and features, the
    article's weighted keys (for the reason) and its closest cosine in meaning."""

    story: Story
    probability: float
    features: dict[str, float]
    vector: dict[str, float]
    closest: float | None


def _meaning(embedding: np.ndarray | None, story: Story) -> tuple[float, float] | None:
    """The cosine of an embedding with a story's mean one, and the highest with one of
    its articles; None when either has none."""
    held = None if embedding is None else story.meaning()
    if held is None or held[1] is None:
        return None
    matrix, mean = held
    return float(mean @ embedding), float((matrix @ embedding).max())
