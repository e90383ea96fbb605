"""People's name vectors in the store (migration 0017): written with the article, one per
person id, and read when a story's names are linked, in both databases."""

import json

import numpy as np

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.store import Store
from newsweave.store.names import name_vectors
from newsweave.views.entities import story_links
from newsweave.views.stories import story_of_article

MEETING = {  # the case articles' meeting, in Russian and in Chinese, the day after
    "ru": "Лидер КНДР Ким Чен Ын встретился с президентом России Владимиром Путиным на "
    "космодроме Восточный. Ким Чен Ын прибыл из Пхеньяна во Владивосток на бронепоезде.",
    "zh": "朝鲜最高领导人金正恩13日在俄罗斯东方航天发射场与俄罗斯总统普京举行会晤。"
    "金正恩乘坐专列抵达俄罗斯远东地区。普京表示，俄方将帮助朝鲜制造卫星。",
}


def test_name_vectors_are_stored_and_a_story_links_a_person_in_four_scripts(
    cases, location, tmp_path
):
    rows = [{"id": c["file"], "text": c["text"], "language": c["language"],
             "published": c["published"] or "2023-09-05"} for c in cases]  # fmt: skip
    rows += [{"id": f"{lang}-meeting", "text": text, "language": lang,
              "published": "2023-09-14"} for lang, text in MEETING.items()]  # fmt: skip
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    with Store(location) as store:
        ingest(store, [feed], default_pipeline())
        held = name_vectors(store.conn, ["per:jinzhengen", "per:kim-jong-un", "per:nobody"])
        assert sorted(held) == ["per:jinzhengen", "per:kim-jong-un"]
        for vector in held.values():
            assert vector.dtype == np.float32 and abs(float(np.linalg.norm(vector)) - 1) < 1e-4
        (sid,) = {story_of_article(store, r["id"]) for r in rows}
        into = {k.entity: k.into for k in story_links(store, sid)}

    def person(entity: str) -> str:
        while entity in into:
            entity = into[entity]
        return entity

    assert person("per:jinzhengen") == person("per:kim-chen-yn") == "per:kim-jong-un"
