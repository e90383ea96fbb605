"""The story graph's layout (`newsweave.desk.graph`): force-directed and stable, circles
apart, labels that cover nothing, arrows from speakers."""

import math

from newsweave.desk.graph import EDGE_MAX, EDGE_MIN, HEIGHT, NODE_MAX, WIDTH, _text_width, layout

GRAPH = {
    "nodes": [
        {"entity": "country:RU", "name": "Rusland", "label": "LOC", "mentions": 16,
         "articles": 2, "quotes": 0},
        {"entity": "per:kim-jong-un", "name": "Kim Jong-un", "label": "PER", "mentions": 9,
         "articles": 2, "quotes": 0},
        {"entity": "per:putin", "name": "Vladimir Putin", "label": "PER", "mentions": 4,
         "articles": 2, "quotes": 3},
    ],
    "edges": [
        {"a": "country:RU", "b": "per:kim-jong-un", "sentences": 6},
        {"a": "per:kim-jong-un", "b": "per:putin", "sentences": 2},
        {"a": "per:putin", "b": "city:elsewhere", "sentences": 9},  # not drawn: no node
    ],
    "said": [{"speaker": "per:putin", "about": "per:kim-jong-un", "quotes": 2}],
    "candidates": 3,
}  # fmt: skip


def two_groups() -> dict:
    """Two groups of five entities, each named together often, joined by one sentence."""
    nodes = [{"entity": f"{g}{i}", "name": f"Name {g}{i}", "label": "PER", "mentions": 3 + i,
              "articles": 1, "quotes": 0} for g in "ab" for i in range(5)]  # fmt: skip
    edges = [{"a": f"{g}{i}", "b": f"{g}{j}", "sentences": 5}
             for g in "ab" for i in range(5) for j in range(i + 1, 5)]  # fmt: skip
    edges.append({"a": "a0", "b": "b0", "sentences": 1})
    return {"nodes": nodes, "edges": edges, "said": [], "candidates": 10}


def test_the_largest_circle_is_the_most_mentioned_and_the_layout_is_stable():
    drawn = layout(GRAPH)
    r = {n["entity"]: n["r"] for n in drawn["nodes"]}
    assert r["country:RU"] == NODE_MAX > r["per:kim-jong-un"] > r["per:putin"]
    assert layout(GRAPH) == drawn  # the same picture on every visit
    assert layout({"nodes": [], "edges": []})["nodes"] == []


def test_edges_join_their_nodes_and_grow_with_shared_sentences():
    drawn = layout(GRAPH)
    where = {n["entity"]: n for n in drawn["nodes"]}
    strong, weak = drawn["edges"]
    assert (strong["x1"], strong["y1"]) == (where["country:RU"]["x"], where["country:RU"]["y"])
    assert strong["width"] == EDGE_MAX and EDGE_MIN <= weak["width"] < strong["width"]
    assert len(drawn["edges"]) == 2


def test_an_arrow_runs_from_the_speaker_to_whom_they_speak_about():
    drawn = layout(GRAPH)
    where = {n["entity"]: n for n in drawn["nodes"]}
    (arrow,) = drawn["said"]
    start, *_, end = arrow["path"].replace("M", "").replace("Q", "").split()
    (x1, y1), (x2, y2) = (map(float, start.split(",")), map(float, end.split(",")))
    putin, kim = where["per:putin"], where["per:kim-jong-un"]
    assert math.dist((x1, y1), (putin["x"], putin["y"])) < putin["r"] + 3
    assert math.dist((x2, y2), (kim["x"], kim["y"])) < kim["r"] + 4


def test_entities_named_together_sit_together():
    drawn = layout(two_groups())
    at = {n["entity"]: (n["x"], n["y"]) for n in drawn["nodes"]}
    within = [math.dist(at[f"{g}{i}"], at[f"{g}{j}"])
              for g in "ab" for i in range(5) for j in range(i + 1, 5)]  # fmt: skip
    between = [math.dist(at[f"a{i}"], at[f"b{j}"]) for i in range(5) for j in range(5)]
    assert max(within) < min(between)


def test_circles_never_touch_and_labels_cover_no_label_inside_the_picture():
    nodes = [{"entity": f"e{i}", "name": f"Organisation number {i}", "label": "ORG",
              "mentions": 1 + i % 7, "articles": 1, "quotes": 0} for i in range(20)]  # fmt: skip
    edges = [{"a": f"e{i}", "b": f"e{(i * 7) % 20}", "sentences": 1 + i % 3}
             for i in range(20) if (i * 7) % 20 != i]  # fmt: skip
    drawn = layout({"nodes": nodes, "edges": edges, "said": [], "candidates": 40})
    placed = drawn["nodes"]
    for i, a in enumerate(placed):
        assert a["r"] <= a["x"] <= WIDTH - a["r"] and a["r"] <= a["y"] <= HEIGHT - a["r"]
        for b in placed[i + 1 :]:
            assert math.dist((a["x"], a["y"]), (b["x"], b["y"])) >= a["r"] + b["r"]

    def box(n):
        w = _text_width(n["short"])
        left = {"start": n["tx"], "end": n["tx"] - w, "middle": n["tx"] - w / 2}[n["anchor"]]
        return left, n["ty"] - 11, left + w, n["ty"] + 3

    boxes = [box(n) for n in placed]
    inside = [b for b in boxes if b[0] >= 0 and b[2] <= WIDTH and b[1] >= 0 and b[3] <= HEIGHT]
    assert len(inside) == len(boxes)
    crossing = sum(a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                   for i, a in enumerate(boxes) for b in boxes[i + 1 :])  # fmt: skip
    assert crossing <= 1, crossing
    assert drawn["candidates"] == 40


def test_a_long_name_is_cut_on_the_picture_but_whole_in_its_title():
    long = "Ministerium für Staatssicherheit der Deutschen Demokratischen Republik"
    graph = {"nodes": [{"entity": "org:x", "name": long, "label": "ORG", "mentions": 2,
                        "articles": 1, "quotes": 0}], "edges": []}  # fmt: skip
    (node,) = layout(graph)["nodes"]
    assert node["name"] == long and node["short"].endswith("…") and len(node["short"]) <= 24
