"""The co-occurrence graph of a story laid out for inline SVG: no script, no external
file, the same picture on the server and in the static site.

Nodes sit on a circle, the most mentioned first (at the top, then clockwise), so the
picture is stable from one visit to the next; a node's area follows its mentions and an
edge's width the sentences that name both ends."""

from __future__ import annotations

import math
from typing import Any

WIDTH, HEIGHT = 640, 440
RADIUS = 150  # of the circle the nodes sit on
NODE_MIN, NODE_MAX = 5.0, 18.0
EDGE_MIN, EDGE_MAX = 1.0, 7.0


def layout(graph: dict[str, Any]) -> dict[str, Any]:
    """`graph` ({"nodes": [...], "edges": [...]}, from the story view) with positions:
    each node gets x, y, r and where its label goes; each edge its end points and width."""
    nodes = graph.get("nodes", [])
    if not nodes:
        return {"width": WIDTH, "height": HEIGHT, "nodes": [], "edges": []}
    most = max(n["mentions"] for n in nodes) or 1
    placed = []
    for i, node in enumerate(nodes):
        angle = -math.pi / 2 + 2 * math.pi * i / len(nodes)
        x = WIDTH / 2 + RADIUS * math.cos(angle) * 1.35
        y = HEIGHT / 2 + RADIUS * math.sin(angle)
        r = NODE_MIN + (NODE_MAX - NODE_MIN) * math.sqrt(node["mentions"] / most)
        right = math.cos(angle) >= -1e-9
        placed.append(
            {
                **node,
                "x": round(x, 1),
                "y": round(y, 1),
                "r": round(r, 1),
                "tx": round(x + (r + 4 if right else -(r + 4)), 1),
                "ty": round(y + 4, 1),
                "anchor": "start" if right else "end",
            }
        )
    where = {n["entity"]: n for n in placed}
    shown = [e for e in graph.get("edges", []) if e["a"] in where and e["b"] in where]
    strongest = max((e["sentences"] for e in shown), default=1)
    edges = [
        {
            **e,
            "x1": where[e["a"]]["x"],
            "y1": where[e["a"]]["y"],
            "x2": where[e["b"]]["x"],
            "y2": where[e["b"]]["y"],
            "width": round(EDGE_MIN + (EDGE_MAX - EDGE_MIN) * e["sentences"] / strongest, 1),
        }
        for e in shown
    ]
    return {"width": WIDTH, "height": HEIGHT, "nodes": placed, "edges": edges}
