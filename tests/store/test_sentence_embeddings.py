"""Sentence vectors in the store (migration 0016): written with the article, read back for
a story's page, which marks each sentence said again in another article — in SQLite and
PostgreSQL; none with the fast tier, whose page says matching needs the accurate one."""

import json

import numpy as np
import pytest

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.views.stories import story_of
from newsweave.views.story import story_view

GROUP = "enwn:100911"  # a MEANTIME article in en, es, it, nl (translations)


@pytest.fixture(scope="module")
def feed(shared, tmp_path_factory):
    path = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with (shared / "data" / "news" / "meantime" / "meantime.derived.jsonl").open() as rows:
        meantime = [r for r in map(json.loads, rows) if r["group"] == GROUP]
    cases = sorted((shared / "cases").glob("*.txt"))
    lines = [{"id": r["id"], "text": r["text"], "title": r["title"], "language": r["lang"],
              "published": r["date"], "source": f"meantime-{r['lang']}"} for r in meantime]
    lines += [{"id": c.name, "text": c.read_text(encoding="utf-8")} for c in cases]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    return path


def test_sentence_vectors_are_stored_and_a_story_page_matches_its_translations(
        feed, location, analysed):
    pipeline = analysed
    with Store(location) as store:
        ingest(store, [feed], pipeline)
        en = store.get("meantime-en-100911")
        held = store.sentence_vectors(["meantime-en-100911", "no such article"])
        assert list(held) == ["meantime-en-100911"]
        fresh = pipeline(en.__class__(en.text, id=en.id, title=en.title, language="en"))
        assert held[en.id].shape == fresh.sentence_vectors.shape == (len(en.sentences), 384)
        assert np.abs(held[en.id] - fresh.sentence_vectors).max() < 0.004
        views = [story_view(store, s) for s in (1, 2)]
    by_article = {a["article"]: a for v in views if v for a in v.to_json()["adds"]}
    en_sentences = by_article["meantime-en-100911"]["sentences"]
    matched = [s for s in en_sentences if s["also_in"]]
    assert len(matched) >= 0.9 * len(en_sentences)
    first = en_sentences[1]  # "It is the biggest contract of its kind since …"
    assert first["text"].startswith("It is the biggest contract")
    assert {e["language"] for e in first["also_in"]} == {"es", "it", "nl"}
    assert first["elsewhere"] == 3
    nl = next(e for e in first["also_in"] if e["language"] == "nl")
    assert nl["text"].startswith("Het is het grootste contract")
    assert nl["article"] == "meantime-nl-100911" and 0.85 < nl["similarity"] <= 1
    assert nl["margin"] >= 1.04
    # the Danish and German reports of one meeting say different things: only here
    for case in ("da_kim_putin.txt", "de_kim_putin.txt"):
        assert by_article[case]["sentences"]
        assert not any(s["also_in"] for s in by_article[case]["sentences"])


def test_the_fast_tier_stores_no_sentence_vectors(feed, tmp_path):
    with Store(tmp_path / "fast.db") as store:
        ingest(store, [feed], default_pipeline(ner="fast"))
        assert store.sentence_vectors(["meantime-en-100911"]) == {}
        count = store.conn.execute("SELECT count(*) FROM sentence_embeddings").fetchone()
        assert count == (0,)
        view = story_view(store, story_of(store, 1))
    assert view is not None
    assert all(a["sentences"] is None for a in view.to_json()["adds"])
