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

from anyascii import anyascii

from newsweave.stories.features import skeleton

MIN_LINK_SKELETON = 4  # consonants two people's names must share in full to be linked
MIN_WORD_SKELETON = 5  # consonants of a word two place or body names must share


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


def link(names: Mapping[str, tuple[str, str, int]]) -> list[Link]:
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
    for entity, into in _across_scripts(names, links):
        links[entity] = Link(
            entity,
            into,
            f"“{names[entity][1]}” and “{names[into][1]}” have the same first "
            "name and as many names, in two scripts, in one story",
        )

    def canonical(entity: str) -> str:
        while entity in links:
            entity = links[entity].into
        return entity

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
) -> list[tuple[str, str]]:
    """People written in two scripts whose transliterated names start alike and have as
    many parts ("Ким Чен Ын" is "Kim Chen Yn", "Kim Jong-un" is kim, jong, un): one link
    for each such pair that is the only one of its kind in the story."""
    groups: dict[tuple[str, int], list[str]] = defaultdict(list)
    for entity, (label, name, _) in names.items():
        parts = anyascii(name).casefold().replace("-", " ").split()
        if label == "PER" and entity not in linked and len(parts) > 1:
            groups[(parts[0], len(parts))].append(entity)
    pairs = []
    for group in groups.values():
        native = [e for e in group if names[e][1].isascii()]
        other = [e for e in group if not names[e][1].isascii()]
        if len(native) == 1 and len(other) == 1:
            a, b = native[0], other[0]
            pairs.append((b, a) if names[a][2] >= names[b][2] else (a, b))
    return pairs


def _parts(name: str) -> frozenset[str]:
    """ "Kim Jong-un" -> {"kim", "jong", "un"}."""
    return frozenset(name.casefold().replace("-", " ").split())
