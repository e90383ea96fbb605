from newsweave.desk.graph import EDGE_MAX, EDGE_MIN, NODE_MAX, layout

GRAPH = {
    "nodes": [
        {"entity": "country:RU", "name": "Rusland", "label": "LOC", "mentions": 16},
        {"entity": "per:kim-jong-un", "name": "Kim Jong-un", "label": "PER", "mentions": 9},
        {"entity": "per:putin", "name": "Putin", "label": "PER", "mentions": 4},
    ],
    "edges": [
        {"a": "country:RU", "b": "per:kim-jong-un", "sentences": 6},
        {"a": "per:kim-jong-un", "b": "per:putin", "sentences": 2},
        {"a": "per:putin", "b": "city:elsewhere", "sentences": 9},  # not drawn: no node
    ],
}


def test_the_most_mentioned_entity_is_on_top_and_the_largest():
    drawn = layout(GRAPH)
    top, *rest = drawn["nodes"]
    assert top["entity"] == "country:RU" and top["r"] == NODE_MAX
    assert all(top["y"] < n["y"] for n in rest)
    assert all(0 < n["x"] < drawn["width"] and 0 < n["y"] < drawn["height"] for n in drawn["nodes"])


def test_edges_join_their_nodes_and_grow_with_shared_sentences():
    drawn = layout(GRAPH)
    where = {n["entity"]: n for n in drawn["nodes"]}
    strong, weak = drawn["edges"]
    assert (strong["x1"], strong["y1"]) == (where["country:RU"]["x"], where["country:RU"]["y"])
    assert strong["width"] == EDGE_MAX and EDGE_MIN <= weak["width"] < strong["width"]
    assert len(drawn["edges"]) == 2


def test_labels_sit_outside_on_either_side_and_the_layout_is_stable():
    drawn = layout(GRAPH)
    for n in drawn["nodes"]:
        assert (n["tx"] > n["x"]) == (n["anchor"] == "start")
    assert layout(GRAPH) == drawn
    assert layout({"nodes": [], "edges": []})["nodes"] == []
