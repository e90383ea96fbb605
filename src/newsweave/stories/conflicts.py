"""Numbers two articles of a story state differently, when they count the same thing.

Every number of every article is read with its language's data (`stories.numbers`): its
value, scale, unit and counted noun, and the entity it attaches to in its sentence (its
subject: an entity right after it through a LINK — "90% of GM's bondholders" —, else the
nearest before it in its sentence, else the nearest after it). Two numbers conflict only
when

- they are in different articles of the story;
- they have the same unit and the same thousands class (`Quantity.magnitude`): "$6
  billion" is never set against "$381 million";
- they count the same thing: the same counted noun (a concept shared by the languages,
  or the same stem in one language), or both none; a number with no noun whose unit
  does not name what it counts (a sum, a share in per cent — not "people") is compared
  only where the two sentences agree on another number (they tell one statement, as
  translations do: "$10.2 billion" spent and "$27 billion" of debt are not compared);
- they are about the same thing: the same subject (entities compared by their canonical
  id or the sound of their name), or sentences that name a same thing (an entity, a
  capitalised word: "The Dow Jones", "Il Dow Jones") and agree on another number;
- their sentences do not name different days or years (when both name one);
- the values differ when written to the coarser precision of the two ("$6 billion"
  agrees with "$5.98 billion"), and neither article states the other's value anywhere
  (translations: "10,2" in Spanish and "10.2" in English are one value);
- neither is part of a range ("60-80 percent"), a time of day, a year, a date, a name
  ("FTSE 100"), or a sum converted in brackets ("US$ 140bn (€96bn)").

Each conflict says what its confidence rests on (`basis`): the shared unit, noun, subject
and day, and whether the two sentences agree on another number (then they tell one
statement, as translations do); a hedged number ("at least 135") weighs less. Conflicts
stating the same two values of one unit are shown once, with the other articles that state
either value under `also`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from newsweave.article import Article, Mention
from newsweave.entities.keys import ascii_key
from newsweave.stories.features import skeleton
from newsweave.stories.numbers import SYMBOLS, Quantity, number_data, quantities

MAX_CONFLICTS = 12
# facts of each of two values compared pairwise; the rest of a big story's articles that
# state either value are listed under `also`, so the work per pair of values is bounded
PAIR_CAP = 8
_WORDS = re.compile(r"[^\W\d_]+")
CLAUSE = ",;:"  # characters that end a clause (followed by a space)
# units that name what they count: a number of people is a count of something, a sum of
# dollars or a share in per cent is not until a noun says of what
COUNTING_UNITS = frozenset({"people"})
CURRENCIES = frozenset(SYMBOLS.values()) - {"%", "‰"}
MIN_NAME = 3  # letters of a capitalised word that names something on its own
LINK_GAP = 2  # words between a number and the entity it attaches to through a LINK
# what a conflict's confidence rests on, summed (at most 1.0)
BASE, SAME_NOUN, SAME_SUBJECT, SAME_DAY, SAME_STATEMENT, HEDGED = 0.3, 0.25, 0.25, 0.1, 0.1, -0.1


@dataclass(frozen=True)
class Fact:
    """One number of one article, with what it counts."""

    article: Article
    q: Quantity
    sentence: str
    subject: Mention | None
    subject_id: str | None  # its canonical id (or its text, for a mention with no id)
    subject_keys: frozenset[str]  # the subject's id and the sound of its name
    names: frozenset[str]  # what its sentence names up to the end of its clause
    days: frozenset[str]
    others: tuple[Quantity, ...]  # the sentence's other numbers


def article_facts(
    article: Article, canonical: Callable[[str], str], found: Sequence[Quantity]
) -> list[Fact]:
    """The numbers of `article` that count something (see the module doc)."""
    text = article.text
    taken = [(m.start, m.end) for m in article.entities] + [(d.start, d.end) for d in article.dates]
    starts = [s.start for s in article.sentences]
    by_sentence: dict[int, list[Quantity]] = defaultdict(list)
    for q in found:
        i = bisect_right(starts, q.start) - 1
        if i < 0 or q.start >= article.sentences[i].end:
            continue
        if not _conversion(text, q, found):
            by_sentence[i].append(q)
    out = []
    for i, qs in sorted(by_sentence.items()):
        sentence = article.sentences[i]
        mentions = [m for m in article.entities if sentence.start <= m.start < sentence.end]
        days = frozenset(
            d.value for d in article.dates if d.value and sentence.start <= d.start < sentence.end
        )
        for q in qs:
            if q.unit is None and q.noun is None:
                continue
            digits = q.start + next(i for i, c in enumerate(q.written) if c.isdigit())
            if q.in_range or q.clock or q.year or any(a < q.end and digits < b for a, b in taken):
                continue  # "FTSE 100", "13. september" (a symbol a name took stays: "van $")
            subject = _subject(text, q, mentions, sentence.start, article.language)
            end = _clause_end(text, q)
            names = [m for m in mentions if m.start < end]
            out.append(
                Fact(
                    article=article,
                    q=q,
                    sentence=text[sentence.start : sentence.end],
                    subject=subject,
                    subject_id=subject
                    and (canonical(subject.entity) if subject.entity else subject.text),
                    subject_keys=_keys(subject, canonical),
                    names=_names(text[sentence.start : end], names, canonical, article.language),
                    days=days,
                    others=tuple(o for o in qs if o is not q),
                )
            )
    return out


def _conversion(text: str, q: Quantity, found: Sequence[Quantity]) -> bool:
    """A sum in another currency in brackets right after a sum: "US$ 140bn ($96bn, £86bn)",
    "140 miliardi di dollari (96 miliardi di euro …)" — the same sum converted."""
    if q.unit not in CURRENCIES:
        return False
    base = max(0, q.start - 40)
    before = text[base : q.start].rstrip()
    if not before.endswith("("):
        return False
    before = before[:-1].rstrip()
    if any(before.endswith(s) for s, unit in SYMBOLS.items() if unit in CURRENCIES):
        return True
    start = base + len(before)
    return any(p.unit in CURRENCIES and p.end >= start and p.end <= q.start for p in found)


def _keys(m: Mention | None, canonical: Callable[[str], str]) -> frozenset[str]:
    if m is None:
        return frozenset()
    keys = {canonical(m.entity)} if m.entity else set()
    keys |= {f"s:{s}" for w in m.text.split() if w[:1].isupper() and (s := skeleton(w))}
    return frozenset(keys)


def _names(
    text: str, mentions: list[Mention], canonical: Callable[[str], str], language: str | None
) -> frozenset[str]:
    """What a stretch of a sentence names: its entities' ids and the sound of each of its
    capitalised words (a name the entities stage missed in one language is still the
    same name in another: "Il Dow Jones", "The Dow Jones"), except in a language that
    capitalises every noun."""
    keys = {canonical(m.entity) for m in mentions if m.entity}
    nd = number_data(language)
    if not nd.capitalised_nouns:
        words = [w for w in _WORDS.findall(text) if w[:1].isupper() and w.casefold() not in nd.stop]
        keys |= {f"s:{s}" for w in words if (s := skeleton(w))}
        keys |= {f"w:{ascii_key(w)}" for w in words if len(w) >= MIN_NAME}
    return frozenset(keys)


def _clause_end(text: str, q: Quantity) -> int:
    """Where the clause of `q` ends (a CLAUSE character followed by a space)."""
    for i in range(q.end, len(text) - 1):
        if text[i] in CLAUSE and text[i + 1].isspace():
            return i
    return len(text)


def _subject(
    text: str, q: Quantity, mentions: list[Mention], floor: int, language: str | None
) -> Mention | None:
    """The entity `q` attaches to (see the module doc)."""
    nd = number_data(language)
    after = [m for m in mentions if m.start >= q.end]
    if after:
        first = min(after, key=lambda m: m.start)
        gap = text[q.end : first.start].split()
        if gap and len(gap) <= LINK_GAP and gap[0].casefold() in nd.links:
            return first  # "90% of GM's bondholders"
    earlier = [m for m in mentions if m.end <= q.start]
    if earlier:  # the nearest before it, in its clause or, failing that, its sentence
        return max(earlier, key=lambda m: m.end)
    return min(after, key=lambda m: m.start) if after else None


def _states(found: Sequence[Quantity], q: Quantity) -> bool:
    """Does an article with these numbers state the value of `q` (same unit or none)?"""
    return any(o.agrees(q) and o.unit in (q.unit, None) for o in found)


def _same_day(a: frozenset[str], b: frozenset[str]) -> bool | None:
    """True when the sentences name a same day (or month or year), False when both name
    days and none is shared, None when one names none."""
    if not a or not b:
        return None
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _shown(keys: frozenset[str], sentence: str) -> list[str]:
    """The words of `sentence` behind some of `keys`, for the basis of a conflict."""
    capitalised = [w for w in _WORDS.findall(sentence) if w[:1].isupper()]
    words = {f"s:{skeleton(w)}": w for w in capitalised}
    words |= {f"w:{ascii_key(w)}": w for w in capitalised}
    found = sorted({words[k] for k in keys if k in words}) or sorted(keys)
    return found[:3]


def _number(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


def compare(f: Fact, g: Fact, found: dict[str, Sequence[Quantity]]) -> dict[str, Any] | None:
    """The conflict between two facts, or None when they are no conflict."""
    a, b = f.q, g.q
    if f.article.id == g.article.id or a.unit != b.unit or a.magnitude != b.magnitude:
        return None
    if a.noun != b.noun or a.agrees(b):
        return None
    agreed = [o for o in f.others if _states(g.others, o)]
    shared = f.subject_keys & g.subject_keys
    if not shared and not (agreed and f.names & g.names):
        return None
    counts = a.noun or (a.unit if a.unit in COUNTING_UNITS else None)
    if counts is None and not agreed:  # "$10.2 billion" and "$27 billion" of GM: of what?
        return None
    day = _same_day(f.days, g.days)
    if day is False:
        return None
    if _states(found[f.article.id], b) or _states(found[g.article.id], a):
        return None
    basis = [f"same unit: {a.unit}" if a.unit else "no unit"]
    confidence = BASE
    if counts is not None:
        confidence += SAME_NOUN
        basis.append(f"both count {counts}")
    if shared:
        confidence += SAME_SUBJECT
        basis.append(f"both about {f.subject.text if f.subject else '?'}")
        about = sorted({e for e in (f.subject_id, g.subject_id) if e is not None})
    else:
        about = _shown(f.names & g.names, f.sentence)
        basis.append("both sentences name " + ", ".join(about))
    if day:
        confidence += SAME_DAY
        basis.append("the sentences name the same day")
    if agreed:
        confidence += SAME_STATEMENT
        basis.append(f"the sentences agree on {agreed[0].written}")
    if a.approximate or b.approximate:
        confidence += HEDGED
        basis.append("one is approximate")
    return {
        "values": [_number(a.value), _number(b.value)],
        "written": [a.written, b.written],
        "unit": a.unit,
        "counts": a.noun,
        "about": about,
        "confidence": round(min(confidence, 1.0), 2),
        "basis": basis,
        "stated": [_side(f), _side(g)],
        "also": [],
    }


def _side(f: Fact) -> dict[str, Any]:
    return {
        "article": f.article.id,
        "language": f.article.language,
        "value": _number(f.q.value),
        "written": f.q.written,
        "sentence": f.sentence,
    }


def story_conflicts(
    articles: list[Article],
    canonical: Callable[[str], str],
    found: dict[str, Sequence[Quantity]] | None = None,
    limit: int = MAX_CONFLICTS,
    facts: dict[str, list[Fact]] | None = None,
) -> list[dict[str, Any]]:
    """The conflicts of a story's articles, the most certain first, at most `limit`.
    `found` holds each article's numbers, `facts` each article's `article_facts` (with the
    same `canonical`), where the caller has read them already."""
    found = found if found is not None else {a.id: quantities(a.text, a.language) for a in articles}
    if facts is None:
        facts = {a.id: article_facts(a, canonical, found[a.id]) for a in articles}
    every = [f for a in articles for f in facts[a.id]]
    buckets: dict[tuple[str | None, int, str | None], list[Fact]] = defaultdict(list)
    for f in every:
        buckets[(f.q.unit, f.q.magnitude, f.q.noun)].append(f)
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for members in buckets.values():
        groups = _by_value(members)
        for i, one in enumerate(groups):
            for other in groups[i + 1 :]:
                if one.q.agrees(other.q) or not (
                    one.subject_keys & other.subject_keys or one.names & other.names
                ):
                    continue  # no pair of these two values can conflict
                found_here = False
                for f in one.facts[:PAIR_CAP]:
                    for g in other.facts[:PAIR_CAP]:
                        c = compare(f, g, found)
                        if c is None:
                            continue
                        found_here = True
                        low, high = sorted(c["stated"], key=lambda s: s["value"])
                        key = (c["unit"], low["value"], high["value"])
                        held = best.get(key)
                        if held is None or c["confidence"] > held["confidence"]:
                            if held is not None:
                                c["also"] = held["also"] + [_brief(s) for s in held["stated"]]
                            best[key] = c
                        else:
                            held["also"] += [_brief(s) for s in c["stated"]]
                if found_here:  # the articles past the cap that state either value too
                    held = best[key]
                    held["also"] += _also(one, other, found) + _also(other, one, found)
    out = []
    for c in best.values():
        shown = {s["article"] for s in c["stated"]}
        also, seen = [], set()
        for s in c["also"]:
            if s["article"] not in shown and s["article"] not in seen:
                seen.add(s["article"])
                also.append(s)
        c["also"] = also
        out.append(c)
    out.sort(key=lambda c: (-c["confidence"], c["stated"][0]["article"], c["values"]))
    return out[:limit]


@dataclass
class _Value:
    """The facts of a bucket that state one value at one precision: interchangeable for
    `agrees`, so that a story's pairs of values are compared, not its pairs of facts."""

    q: Quantity
    facts: list[Fact]
    subject_keys: frozenset[str]
    names: frozenset[str]


def _by_value(members: list[Fact]) -> list[_Value]:
    grouped: dict[tuple[Decimal, Decimal], list[Fact]] = defaultdict(list)
    for f in members:
        grouped[(f.q.value, f.q.quantum)].append(f)
    return [
        _Value(
            facts[0].q,
            facts,
            frozenset().union(*(f.subject_keys for f in facts)),
            frozenset().union(*(f.names for f in facts)),
        )
        for facts in grouped.values()
    ]


def _also(one: _Value, other: _Value, found: dict[str, Sequence[Quantity]]) -> list[dict]:
    """The facts of `one` past the compared ones whose article does not state `other`'s
    value: more articles that say it differently."""
    return [
        _brief(_side(f))
        for f in one.facts[PAIR_CAP:]
        if not _states(found[f.article.id], other.q)
    ]


def _brief(side: dict[str, Any]) -> dict[str, Any]:
    return {k: side[k] for k in ("article", "language", "value", "written")}
