"""One entity however each article spells it: linking the entity ids of a story's articles.

Per article, `newsweave.entities.keys` already gives one id to the spellings that tables
know (Rusland, Russland, Россия -> country:RU; Pjöngjang, Pyongyang -> city:1871859). Across
the articles of one story, two more links are safe enough to make, and each says why:

- two people whose whole names sound alike once transliterated are one, and so are two
  places or bodies that share a long word that sounds alike (the same consonant skeleton:
  "Kosmodrom Vostotsjnyj", "Vostochny cosmodrome"), whichever of place or organisation a
  model called them;
- a person written in two scripts is one when, transliterated, the names start alike and
  have as many parts ("Ким Чен Ын", "Kim Jong-un"), and no one else of the story does;
- a person named by part of a name ("Putin", "Kim Jong") is the one person of the story
  whose fuller name has those parts ("Vladimir Putin", "Kim Jong-un"; "Wladimir Putin",
  once linked to it, is the same person) — never when two people of the story share
  them, which would need evidence the text does not give.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

import numpy as np

from newsweave.entities.phonetic import (
    consonants,
    edit_distance,
    part_similarity,
    romanise,
    script_of,
    sound_keys,
    sound_similarity,
)
from newsweave.stories.features import skeleton

MIN_LINK_SKELETON = 4  # consonants two people's names must share in full to be linked
MIN_WORD_SKELETON = 5  # consonants of a word two place or body names must share
MIN_SCRIPT_SOUND = 0.75  # `sound_similarity` of two people's names in two scripts (ITN dev)
MIN_SAME_SCRIPT_SOUND = 0.5  # below it, two names of one script are two people (ITN dev)
FAMILY = 0.8  # how alike the other words of two names sharing one must be
MIN_NAME_COSINE = 0.86  # the encoder's cosine of two names in two scripts (ITN dev)
NAME_MARGIN = 0.02  # above each one's next nearest group
AMBIGUOUS = 0.05  # a name this close to two people sounds like either
MIN_PART_SOUND = 0.9  # `part_similarity` of a shortened name to a fuller one (ITN dev)
SHORTER_BY = 2  # consonant sounds a shortened name lacks at least


@dataclass(frozen=True, slots=True)
class Link:
    """`entity` is `into` (the better-known id), for `reason`."""

    entity: str
    into: str
    reason: str


def summarise(mentions: Iterable[tuple[str, str, str, int]]) -> dict[str, tuple[str, str, int]]:
    """{entity id: (label, name, mentions)} from (entity id, label, name, count) rows: the
    label used most, and the name used most (the longer one on a tie: "Kim Jong-un" over
    "Kim")."""
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[str, Counter[str]] = defaultdict(Counter)
    for entity, label, name, n in mentions:
        labels[entity][label] += n
        names[entity][name] += n
    return {
        e: (
            labels[e].most_common(1)[0][0],
            max(names[e].items(), key=lambda kv: (kv[1], len(kv[0])))[0],
            sum(names[e].values()),
        )
        for e in names
    }


def link(
    names: Mapping[str, tuple[str, str, int]], vectors: Mapping[str, np.ndarray] | None = None
) -> list[Link]:
    """Links among the entities of one story: `names` maps each id to (label, fullest
    name, mentions); the id with more mentions is the one the other goes into. Whole
    names are linked first (by sound, then across scripts), so that a part of a name
    finds one person in "Wladimir Putin" and "Vladimir Putin"."""
    links: dict[str, Link] = {}
    by_sound: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity, (label, name, _) in names.items():
        if label == "PER":  # people by the whole name only: Bill and Hillary Clinton differ
            sound = skeleton(name.replace(" ", ""))
            if sound and len(sound) >= MIN_LINK_SKELETON:
                by_sound[("PER", sound)].add(entity)
        else:  # a place or a body by any long enough word, whatever label a model gave
            for word in name.split():
                sound = skeleton(word)
                if sound and len(sound) >= MIN_WORD_SKELETON:
                    by_sound[("", sound)].add(entity)
    for _, group in sorted(by_sound.items()):
        group -= links.keys()
        if len(group) < 2:
            continue
        top = max(group, key=lambda e: (names[e][2], e))
        for entity in sorted(group - {top}):
            links[entity] = Link(
                entity, top, f"“{names[entity][1]}” and “{names[top][1]}” sound alike"
            )
    for entity, into, heard, like, similarity, part in _across_scripts(names, links):
        how = "sounds like part of" if part else "and"
        alike = "" if part else " sound alike"
        only = ", the only person of the story with that part," if part else ""
        links[entity] = Link(
            entity,
            into,
            f"“{names[heard][1]}” {how} “{names[like][1]}”{alike} read in Latin "
            f"letters (“{romanise(names[heard][1])}”, “{romanise(names[like][1])}”: "
            f"{similarity:.2f}){only or ','} in two scripts, in one story",
        )
    for entity, into, heard, like, cosine, runner_up in _by_meaning(names, links, vectors or {}):
        links[entity] = Link(
            entity,
            into,
            f"“{names[heard][1]}” and “{names[like][1]}” are the closest names of the "
            f"story to the multilingual encoder (cosine {cosine:.2f}; the next "
            f"{runner_up:.2f}), in two scripts, in one story: inferred, not heard",
        )

    def canonical(entity: str) -> str:
        return _root(entity, links)

    people = {e: _parts(n[1]) for e, n in names.items() if n[0] == "PER"}
    for entity, parts in people.items():
        if entity in links:
            continue
        fuller = {canonical(o) for o, p in people.items() if o != entity and parts < p}
        if len(fuller) == 1 and (into := fuller.pop()) != entity:
            links[entity] = Link(
                entity,
                into,
                f"“{names[entity][1]}” is part of “{names[into][1]}”, the only "
                "person of the story with that name",
            )
    return list(links.values())


def _across_scripts(
    names: Mapping[str, tuple[str, str, int]], linked: Mapping[str, Link]
) -> list[tuple[str, str, str, str, float, bool]]:
    """People written in two scripts whose names sound alike once each is read in Latin
    letters by its script's rules (`newsweave.entities.phonetic`): "ريشي سوناك", "리시 수낵"
    and "Rishi Sunak". Spellings already linked are one group (reached by the id nothing
    else is linked into); groups are joined the most alike pair first, down to
    `MIN_SCRIPT_SOUND`, and only when no two names of one script in them sound unalike
    (a key cannot tell p from b, so "Putin" and "Biden" sound alike read from an Arabic
    spelling; but "Putin" and "Biden" in one script are two people). Then a name that
    sounds like part of one fuller name of the story in another script joins it. Each join
    is (entity, into, the entity's spelling, the spelling it sounds like, similarity,
    whether it is a part): the group with fewer mentions into the other."""

    def root(e: str) -> str:
        return _root(e, linked)

    people = [
        e for e, (label, name, _) in names.items()
        if label == "PER" and script_of(name) is not None and sound_keys(name)
    ]
    members: dict[str, list[str]] = defaultdict(list)
    for e in people:
        members[root(e)].append(e)
    scripts = {e: script_of(names[e][1]) for e in people}
    mentions = {r: sum(names[e][2] for e in m) for r, m in members.items()}
    people.sort()
    whole, part = _candidates([names[e][1] for e in people], [scripts[e] for e in people])
    pairs = []
    for i, j in whole:
        a, b = people[i], people[j]
        if root(a) != root(b):
            similarity = sound_similarity(names[a][1], names[b][1])
            if similarity >= MIN_SCRIPT_SOUND:
                pairs.append((similarity, a, b))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    ambiguous = _ambiguous(pairs, names, scripts)
    pairs = [p for p in pairs if p[1] not in ambiguous and p[2] not in ambiguous]
    group = {r: r for r in members}  # union-find over the groups' roots

    def find(r: str) -> str:
        while group[r] != r:
            group[r] = group[group[r]]
            r = group[r]
        return r

    out = []
    for similarity, a, b in pairs:
        ga, gb = find(root(a)), find(root(b))
        if ga == gb or not _compatible(members[ga], members[gb], names, scripts):
            continue
        if (mentions[ga], ga) < (mentions[gb], gb):  # the smaller group into the larger
            ga, gb, a, b = gb, ga, b, a
        group[gb] = ga
        members[ga] += members.pop(gb)
        mentions[ga] += mentions.pop(gb)
        out.append((gb, ga, b, a, similarity, False))
    # a group named by part of a name ("بوتين", Putin) into the one other group of the
    # story whose fuller name in another script has that part, when it is the only one
    parts: dict[str, dict[str, tuple[float, str, str]]] = defaultdict(dict)
    for i, j in part:
        a, b = people[i], people[j]
        ga, gb = find(root(a)), find(root(b))
        if ga != gb:
            similarity = part_similarity(names[a][1], names[b][1])
            if similarity >= MIN_PART_SOUND and similarity > parts[ga].get(gb, (0.0,))[0]:
                parts[ga][gb] = (similarity, a, b)
    for short, fuller in sorted(parts.items()):
        if len(fuller) == 1:
            ((into, (similarity, a, b)),) = fuller.items()
            if find(short) != find(into) and _compatible(
                members[find(short)], members[find(into)], names, scripts
            ):
                ga, gb = find(into), find(short)
                group[gb] = ga
                members[ga] += members.pop(gb)
                out.append((gb, ga, a, b, similarity, True))
    return out


def _by_meaning(
    names: Mapping[str, tuple[str, str, int]], linked: Mapping[str, Link],
    vectors: Mapping[str, np.ndarray],
) -> list[tuple[str, str, str, str, float, float]]:
    """People the sound keys left apart whose names the multilingual encoder puts closest
    to each other, each the other's nearest group of the story in another script, at a
    cosine of `MIN_NAME_COSINE` and `NAME_MARGIN` above either's next nearest ("金正恩" is
    Kim Jong-un's name read in Korean; pinyin reads it "jin zheng en"). Each link is
    (entity, into, its name, the name it is near, cosine, the next cosine)."""
    people = [e for e in names if names[e][0] == "PER" and e in vectors]
    if len(people) < 2:
        return []
    people.sort(key=lambda e: (_root(e, linked), e))  # each group's members together
    root = [_root(e, linked) for e in people]
    first: dict[str, int] = {}
    for n, g in enumerate(root):
        first.setdefault(g, n)
    groups = sorted(first)
    starts = [first[g] for g in groups]
    members = {g: people[s : e] for g, s, e in zip(groups, starts, [*starts[1:], len(people)],
                                                     strict=True)}  # fmt: skip
    scripts = {e: script_of(names[e][1]) for e in people}
    matrix = np.stack([np.asarray(vectors[e], np.float32) for e in people])
    cosine = matrix @ matrix.T
    written = np.array([str(scripts[e]) for e in people])
    cosine[written[:, None] == written[None, :]] = -1.0  # across scripts only
    # the nearest two names of each two groups: a maximum over rows, then over columns
    near = np.maximum.reduceat(np.maximum.reduceat(cosine, starts, axis=0), starts, axis=1)
    np.fill_diagonal(near, -1.0)
    at = {e: n for n, e in enumerate(people)}

    def closest(gi: str, gj: str) -> tuple[str, str]:
        return max(((a, b) for a in members[gi] for b in members[gj]),
                   key=lambda p: cosine[at[p[0]], at[p[1]]])  # fmt: skip

    out = []
    for i, gi in enumerate(groups):
        j = int(near[i].argmax())
        if j <= i or near[i, j] < MIN_NAME_COSINE or int(near[j].argmax()) != i:
            continue
        runner_up = max(np.partition(near[i], -2)[-2], np.partition(near[j], -2)[-2])
        if near[i, j] - runner_up < NAME_MARGIN:
            continue
        if not _compatible(members[gi], members[groups[j]], names, scripts):
            continue
        a, b = closest(gi, groups[j])
        mentions_i = sum(names[e][2] for e in members[gi])
        mentions_j = sum(names[e][2] for e in members[groups[j]])
        if (mentions_i, gi) > (mentions_j, groups[j]):
            out.append((groups[j], gi, b, a, float(near[i, j]), float(runner_up)))
        else:
            out.append((gi, groups[j], a, b, float(near[i, j]), float(runner_up)))
    return out


def _root(e: str, linked: Mapping[str, Link]) -> str:
    """The id `e` leads to through `linked` (the one its group is known by)."""
    seen = set()
    while e in linked and e not in seen:
        seen.add(e)
        e = linked[e].into
    return e


def _candidates(
    spellings: list[str], scripts: list[str | None]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The pairs of names in two scripts that may sound `MIN_SCRIPT_SOUND` alike (i < j),
    and those where the first may be `MIN_PART_SOUND` alike to a part of the second, `SHORTER_BY`
    consonants longer: each consonant one key has more of than the other costs at least one
    edit, so a pair whose consonant counts differ by more cannot be alike enough. One numpy
    pass over every pair, so that the edit distances are taken for the few left."""
    if len(spellings) < 2:
        return [], []
    counts = np.array([consonants(s) for s in spellings], dtype=np.int32)
    total = counts.sum(axis=1)
    more = np.maximum(counts[:, None, :] - counts[None, :, :], 0).sum(axis=2)  # i has over j
    codes = {s: n for n, s in enumerate(sorted({str(s) for s in scripts}))}
    script = np.array([codes[str(s)] for s in scripts])
    apart = script[:, None] != script[None, :]
    longer = np.maximum(total[:, None], total[None, :])
    whole = apart & (np.maximum(more, more.T) <= (1.0 - MIN_SCRIPT_SOUND) * longer)
    whole &= np.triu(np.ones_like(whole), k=1).astype(bool)
    part = apart & (total[:, None] + SHORTER_BY <= total[None, :])
    part &= more <= (1.0 - MIN_PART_SOUND) * total[:, None]
    return [tuple(p) for p in np.argwhere(whole).tolist()], [
        tuple(p) for p in np.argwhere(part).tolist()
    ]


def _ambiguous(
    pairs: list[tuple[float, str, str]], names: Mapping[str, tuple[str, str, int]],
    scripts: Mapping[str, str | None],
) -> set[str]:
    """The names that sound (within `AMBIGUOUS` of their best) like two people of one
    script who are not alike: "بوتين" (Arabic has no p) in a story of Putin and Biden."""
    heard: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for similarity, a, b in pairs:
        heard[a].append((similarity, b))
        heard[b].append((similarity, a))
    out = set()
    for entity, like in heard.items():
        best = max(s for s, _ in like)
        close = [b for s, b in like if s >= best - AMBIGUOUS]
        if any(not _compatible([x], [y], names, scripts) for x, y in combinations(close, 2)):
            out.add(entity)
    return out


def _compatible(
    left: list[str], right: list[str], names: Mapping[str, tuple[str, str, int]],
    scripts: Mapping[str, str | None],
) -> bool:
    """Whether two groups of spellings may be one person: every two names of one script
    across them sound at least `MIN_SAME_SCRIPT_SOUND` alike (two spellings of one name in
    one script differ by an ending or a transliteration, "Рышы Сунак", "Риша Сунак")."""
    for a in left:
        for b in right:
            if scripts[a] == scripts[b] and not _maybe_one(names[a][1], names[b][1]):
                return False
    return True


@lru_cache(maxsize=65536)
def _maybe_one(a: str, b: str) -> bool:
    """Whether two names of one script may be one person's: their consonant letters are
    `MIN_SAME_SCRIPT_SOUND` alike ("Rishi Sunak", "Rishiemu Sunakowi"), and when they have
    as many words and share the first or the last, the others are `FAMILY` alike ("Kim
    Jong-un" and "Kim Yo-jong", "Bill Clinton" and "Hillary Clinton": two people of one
    family)."""
    if _letters_alike(a, b) < MIN_SAME_SCRIPT_SOUND:
        return False
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) != len(wb) or len(wa) < 2:
        return True
    if wa[0] != wb[0] and wa[-1] != wb[-1]:
        return True
    return all(_same_word(x, y) for x, y in zip(wa, wb, strict=True))


def _same_word(a: str, b: str) -> bool:
    """Whether two words of two names may be one: alike to `FAMILY`, or one the start of
    the other (an initial, "H." and "Hallen"; a case ending, "Putin" and "Putinista")."""
    a, b = a.rstrip("."), b.rstrip(".")
    return a.startswith(b) or b.startswith(a) or _letters_alike(a, b) >= FAMILY


@lru_cache(maxsize=65536)
def _letters_alike(a: str, b: str) -> float:
    """How alike two names of one script are by their consonant letters (`skeleton`, which
    keeps p apart from b and t from d, unlike a sound key): one minus their edit distance
    over the longer."""
    ka, kb = skeleton(a.replace(" ", "")) or "", skeleton(b.replace(" ", "")) or ""
    if not ka or not kb:
        return 1.0 if ka == kb else 0.0
    return 1.0 - edit_distance(ka, kb) / max(len(ka), len(kb))


def _parts(name: str) -> frozenset[str]:
    """ "Kim Jong-un" -> {"kim", "jong", "un"}."""
    return frozenset(name.casefold().replace("-", " ").split())
