"""How well a story's people are linked across spellings and scripts, on ITN dev.

Gold: `training/data/itn_people.jsonl`, the people each ITN dev blurb names (the span as
written, who it is by the English Wikipedia title, the blurb's line, event and language),
annotated by the team for this measurement (2026-12-07). ITN dev is dev only, so nothing
here trains or tunes a shipped model beyond the thresholds of `linking`, chosen on one half
of the events and checked on the other. Each ITN event is taken as one story: its names
(as the entities stage would key them) are linked by `newsweave.stories.linking.link`, and
every two ids of the story are scored as one person or two, against the gold.

    python training/eval_name_links.py [--show 20]

Prints precision, recall and F1 of the pairs linked, for all pairs and for pairs written in
two scripts, and (with --show) the wrong and missed cross-script pairs.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

from newsweave.entities.keys import entity_id
from newsweave.entities.names import guess_base
from newsweave.entities.phonetic import script_of
from newsweave.stories.linking import Link, link

GOLD = Path(__file__).with_name("data") / "itn_people.jsonl"


@dataclass
class Event:
    """One ITN event as a story: {entity id: (label, name, mentions)} and who each id is."""

    names: dict[str, tuple[str, str, int]]
    person: dict[str, str]


def events(gold: Path = GOLD) -> list[Event]:
    """The annotated events, each name keyed as the entities stage keys a PER mention (its
    base form where the language declines names: "Путина" -> per:putin)."""
    by_event: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for line in gold.open(encoding="utf-8"):
        row = json.loads(line)
        language = row["lang"]
        for p in row["people"]:
            base = " ".join(guess_base(w, language) for w in p["text"].split())
            by_event[row["event"]].append((entity_id(base, "PER", language), base, p["person"]))
    out = []
    for rows in by_event.values():
        counts = Counter((e, name) for e, name, _ in rows)
        names = {e: ("PER", name, n) for (e, name), n in counts.items()}
        who = {e: person for e, _, person in rows}
        if len(names) > 1:
            out.append(Event(names, who))
    return out


def _clusters(ids: Iterable[str], links: list[Link]) -> dict[str, str]:
    into = {k.entity: k.into for k in links}

    def top(e: str) -> str:
        seen = set()
        while e in into and e not in seen:
            seen.add(e)
            e = into[e]
        return e

    return {e: top(e) for e in ids}


def name_vectors(evts: list[Event]) -> dict[str, object]:
    """{entity id: the embedder's vector of its name}, as the ingest computes them (the
    accurate tier's model package must be installed)."""
    from newsweave.encoder.embedder import load_embedder, packaged_folder

    embedder = load_embedder(str(packaged_folder()))
    ids = sorted({e for ev in evts for e in ev.names})
    spelled = {e: ev.names[e][1] for ev in evts for e in ev.names}
    rows = embedder.embed_texts([spelled[e] for e in ids])
    return dict(zip(ids, rows, strict=True))


def score(
    evts: list[Event],
    linker: Callable[..., list[Link]] = link,
    vectors: dict[str, object] | None = None,
) -> dict[str, dict[str, float]]:
    """Pairwise precision, recall and F1 ("all" pairs and "scripts": pairs whose names are
    in two scripts), with the wrong and missed cross-script pairs under "errors"."""
    counts = {k: Counter() for k in ("all", "scripts")}
    errors: list[tuple[str, str, str]] = []
    for ev in evts:
        cluster = _clusters(ev.names, linker(ev.names, vectors))
        for a, b in combinations(sorted(ev.names), 2):
            gold = ev.person[a] == ev.person[b]
            said = cluster[a] == cluster[b]
            na, nb = ev.names[a][1], ev.names[b][1]
            kinds = ["all"] + (["scripts"] if script_of(na) != script_of(nb) else [])
            for kind in kinds:
                counts[kind]["tp"] += gold and said
                counts[kind]["fp"] += said and not gold
                counts[kind]["fn"] += gold and not said
            if gold != said and len(kinds) == 2:
                errors.append(("wrong" if said else "missed", na, nb))
    out: dict[str, dict[str, float]] = {}
    for kind, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[kind] = {"precision": p, "recall": r, "f1": f, "pairs": c["tp"] + c["fn"]}
    out["errors"] = errors  # type: ignore[assignment]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=0, help="cross-script errors to print")
    parser.add_argument("--sound-only", action="store_true",
                        help="without the encoder's name vectors")
    args = parser.parse_args()
    evts = events()
    result = score(evts, vectors=None if args.sound_only else name_vectors(evts))
    for kind in ("all", "scripts"):
        r = result[kind]
        print(f"{kind:8s} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
              f"({r['pairs']:.0f} gold pairs)")
    for kind, a, b in result["errors"][: args.show]:
        print(f"  {kind}: {a} | {b}")


if __name__ == "__main__":
    main()
