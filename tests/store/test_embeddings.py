"""Article embeddings in the store (migration 0015): written with the article, exactly as
the clusterer took them, and read back when the clusterer resumes, in both databases."""

import json

import numpy as np

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.store.stories import stored_embeddings
from newsweave.stories import checkpoint


def test_embeddings_are_stored_to_the_bit_and_a_resumed_clusterer_holds_them(
    cases, location, tmp_path
):
    pipeline = default_pipeline()
    feed = tmp_path / "cases.jsonl"
    feed.write_text("\n".join(json.dumps({"id": c["file"], "text": c["text"],
                    "language": c["language"], "published": c["published"]},
                    ensure_ascii=False) for c in cases), encoding="utf-8")  # fmt: skip
    expected = {c["file"]: pipeline(_article(c)).embedding for c in cases}
    with Store(location) as store:
        ingest(store, [feed], pipeline)
        held = stored_embeddings(store.conn, sorted(expected))
        assert held.keys() == expected.keys()
        for aid, vector in expected.items():
            assert held[aid].dtype == np.float32 and held[aid].tobytes() == vector.tobytes()
        clusterer = store.clusterer()
    (story,) = clusterer.stories.values()  # one story of the two, by meaning and actors
    assert sorted(story.vectors) == sorted(expected)
    assert clusterer.meanings.nearest(expected["da_kim_putin.txt"], 1) == [story.id]
    assert checkpoint.embedded_articles(checkpoint.snapshot(clusterer)) == list(story.vectors)


def _article(case):
    from newsweave.article import Article

    return Article(case["text"], id=case["file"], language=case["language"])
