"""A story's graph laid out for inline SVG: no script, no external file, the same picture
on the server and in the static site.

The layout is force-directed (networkx's Fruchterman-Reingold, `spring_layout`) with a
fixed seed over the nodes in the story's order, so a story gives the same picture on every
visit; entities named together in many sentences, or one speaking about the other, are
pulled closer. Circles are then pushed apart where they would touch, and each label goes
beside its node on the first side (right, left, above, below) where it covers no other
label or circle and stays in the picture.

A node's area follows its mentions and its colour its kind (person, organisation, place);
a ring marks a speaker. Grey lines join entities named in one sentence (wider: more
sentences); an arrow runs from a speaker to what their quotes name.
"""

from __future__ import annotations

import math
import unicodedata
from typing import Any

import networkx as nx

WIDTH, HEIGHT = 760, 520
ALONE_ROW = 44  # height of the row of entities named with no other shown
MARGIN_X, MARGIN_Y = 120, 30  # room for the labels of the outermost nodes
NODE_MIN, NODE_MAX = 5.0, 18.0
EDGE_MIN, EDGE_MAX = 1.0, 7.0
GAP = 6.0  # between two circles at least
SEED = 7
LABEL_CHARS = 24  # a longer name is cut on the picture (its title has all of it)
LABEL_HEIGHT = 14.0
BEND = 0.12  # how far an arrow bows from the straight line, of its length
SPREAD = 1.0  # spring_layout's k, times 1/sqrt(nodes): larger spreads the nodes more


def _text_width(text: str) -> float:
    """About how wide `text` is at 12 px: wide (CJK) characters 12 px, others 6.8."""
    return sum(12.0 if unicodedata.east_asian_width(c) in "WF" else 6.8 for c in text)


def _short(name: str) -> str:
    return name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1].rstrip() + "…"


def _positions(graph: dict[str, Any]) -> dict[str, tuple[float, float]]:
    """Each node's centre in the picture (before the circles are pushed apart)."""
    g = nx.Graph()
    g.add_nodes_from(n["entity"] for n in graph["nodes"])
    for e in graph.get("edges", []):
        if g.has_node(e["a"]) and g.has_node(e["b"]):
            g.add_edge(e["a"], e["b"], weight=math.log1p(e["sentences"]))
    for s in graph.get("said", []):
        if g.has_node(s["speaker"]) and g.has_node(s["about"]):
            old = g.get_edge_data(s["speaker"], s["about"], {"weight": 0.0})["weight"]
            g.add_edge(s["speaker"], s["about"], weight=old + math.log1p(s["quotes"]))
    alone = [v for v in g.nodes if g.degree(v) == 0]
    joined = g.subgraph(v for v in g.nodes if g.degree(v) > 0)
    bottom = HEIGHT - MARGIN_Y - (ALONE_ROW if alone else 0)
    out = _fit(joined, bottom) if joined.number_of_nodes() else {}
    # entities never named in one sentence with another shown: a row along the bottom
    for i, v in enumerate(alone):
        out[v] = (WIDTH * (i + 0.5) / len(alone), HEIGHT - ALONE_ROW / 2 - 4)
    return out


def _fit(g: nx.Graph, bottom: float) -> dict[str, tuple[float, float]]:
    """`g` laid out and scaled into the picture above `bottom`: one scale for both axes
    (distances keep their meaning), centred."""
    raw = nx.spring_layout(
        g, k=SPREAD / math.sqrt(g.number_of_nodes()), iterations=300, seed=SEED, weight="weight"
    )
    xs = [float(raw[v][0]) for v in g.nodes]
    ys = [float(raw[v][1]) for v in g.nodes]
    spans = (max(xs) - min(xs), max(ys) - min(ys))
    room = (WIDTH - 2 * MARGIN_X, bottom - MARGIN_Y)
    scales = [r / sp for r, sp in zip(room, spans, strict=True) if sp > 1e-9]
    scale = min(scales, default=0.0)
    mid = ((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2)
    centre = (WIDTH / 2, (MARGIN_Y + bottom) / 2)
    return {
        v: (centre[0] + (x - mid[0]) * scale, centre[1] + (y - mid[1]) * scale)
        for v, x, y in zip(g.nodes, xs, ys, strict=True)
    }


def _apart(placed: list[dict[str, Any]], rounds: int = 60) -> None:
    """Push circles that touch apart (each pair half the overlap each way), inside the
    picture."""
    for _ in range(rounds):
        moved = False
        for i, a in enumerate(placed):
            for b in placed[i + 1 :]:
                dx, dy = b["x"] - a["x"], b["y"] - a["y"]
                dist = math.hypot(dx, dy) or 1e-6
                need = a["r"] + b["r"] + GAP
                if dist < need:
                    if dist <= 1e-6:
                        dx, dy = 1.0, 0.0
                    push = (need - dist) / 2
                    a["x"] -= dx / dist * push
                    a["y"] -= dy / dist * push
                    b["x"] += dx / dist * push
                    b["y"] += dy / dist * push
                    moved = True
        for n in placed:
            n["x"] = min(max(n["x"], n["r"] + 2), WIDTH - n["r"] - 2)
            n["y"] = min(max(n["y"], n["r"] + 2), HEIGHT - n["r"] - 2)
        if not moved:
            return


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _labels(placed: list[dict[str, Any]]) -> None:
    """Where each node's label goes: the first side of its node, in the order right, left,
    above, below (left first for a node in the right third), where it stays inside the
    picture and covers no label placed before it and no circle; else the side that
    covers the fewest."""
    circles = [(n["x"] - n["r"], n["y"] - n["r"], n["x"] + n["r"], n["y"] + n["r"]) for n in placed]
    taken: list[tuple[float, float, float, float]] = []
    for i, n in enumerate(placed):
        w, r = _text_width(n["short"]), n["r"]
        sides = [
            ("start", n["x"] + r + 4, n["y"] + 4),
            ("end", n["x"] - r - 4, n["y"] + 4),
            ("middle", n["x"], n["y"] - r - 5),
            ("middle", n["x"], n["y"] + r + 14),
        ]
        if n["x"] > WIDTH * 2 / 3:
            sides[0], sides[1] = sides[1], sides[0]
        best, fewest = None, None
        for anchor, tx, ty in sides:
            left = tx if anchor == "start" else tx - w if anchor == "end" else tx - w / 2
            box = (left, ty - LABEL_HEIGHT + 3, left + w, ty + 3)
            outside = box[0] < 0 or box[2] > WIDTH or box[1] < 0 or box[3] > HEIGHT
            covered = sum(_overlaps(box, t) for t in taken) + sum(
                _overlaps(box, c) for j, c in enumerate(circles) if j != i
            )
            cost = covered + (10 if outside else 0)
            if fewest is None or cost < fewest:
                best, fewest = (anchor, tx, ty, box), cost
            if cost == 0:
                break
        assert best is not None
        anchor, tx, ty, box = best
        taken.append(box)
        n.update(anchor=anchor, tx=round(tx, 1), ty=round(ty, 1))


def layout(graph: dict[str, Any]) -> dict[str, Any]:
    """`graph` (from the story view: `nodes`, `edges`, `said`, `candidates`) with places:
    each node gets x, y, r, its label's place (tx, ty, anchor) and `short` name; each edge
    its end points and width; each `said` arrow its path."""
    nodes = graph.get("nodes", [])
    empty = {"width": WIDTH, "height": HEIGHT, "nodes": [], "edges": [], "said": []}
    if not nodes:
        return {**empty, "candidates": graph.get("candidates", 0)}
    where = _positions(graph)
    most = max(n["mentions"] for n in nodes) or 1
    placed = [
        {
            **n,
            "x": where[n["entity"]][0],
            "y": where[n["entity"]][1],
            "r": round(NODE_MIN + (NODE_MAX - NODE_MIN) * math.sqrt(n["mentions"] / most), 1),
            "short": _short(n["name"]),
        }
        for n in nodes
    ]
    _apart(placed)
    for n in placed:
        n["x"], n["y"] = round(n["x"], 1), round(n["y"], 1)
    _labels(placed)
    at = {n["entity"]: n for n in placed}
    lines = [e for e in graph.get("edges", []) if e["a"] in at and e["b"] in at]
    strongest = max((e["sentences"] for e in lines), default=1)
    edges = [
        {
            **e,
            "x1": at[e["a"]]["x"],
            "y1": at[e["a"]]["y"],
            "x2": at[e["b"]]["x"],
            "y2": at[e["b"]]["y"],
            "width": round(EDGE_MIN + (EDGE_MAX - EDGE_MIN) * e["sentences"] / strongest, 1),
        }
        for e in lines
    ]
    said = [
        {**s, "path": _arrow(at[s["speaker"]], at[s["about"]])}
        for s in graph.get("said", [])
        if s["speaker"] in at and s["about"] in at
    ]
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "nodes": placed,
        "edges": edges,
        "said": said,
        "candidates": graph.get("candidates", len(nodes)),
    }


def _arrow(a: dict[str, Any], b: dict[str, Any]) -> str:
    """An SVG path bowed to one side from circle `a`'s edge to circle `b`'s (the arrowhead
    ends on `b`'s rim); a speaker and what they speak about, told apart from the straight
    grey line of names said together."""
    dx, dy = b["x"] - a["x"], b["y"] - a["y"]
    dist = math.hypot(dx, dy) or 1e-6
    ux, uy = dx / dist, dy / dist
    x1, y1 = a["x"] + ux * (a["r"] + 2), a["y"] + uy * (a["r"] + 2)
    x2, y2 = b["x"] - ux * (b["r"] + 3), b["y"] - uy * (b["r"] + 3)
    cx = (x1 + x2) / 2 - uy * dist * BEND
    cy = (y1 + y2) / 2 + ux * dist * BEND
    return f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}"
