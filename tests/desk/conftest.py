"""A desk database: the two case articles (dated), an English report of the same
meeting, unrelated news from the sample corpus, a hostile article whose title, text
and speaker try to inject HTML and script, and one whose title, source and names carry a
right-to-left override (U+202E, after a stray U+2069 in the source) — all through the
real pipeline and ingest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsweave.batch import ingest
from newsweave.store import Store
from tests.conftest import STORES, new_location

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"
HOSTILE_TITLE = "<script>alert(1)</script>"
DESK = "http://127.0.0.1:8000"  # where the in-process desk is asked (its Host allowlist)
RLO = "\u202e"
RLO_TITLE = f"Flood {RLO}warning in Lagos"
EXTRA = [
    {"id": "en-later", "language": "en", "published": "2023-09-14",
     "text": "North Korean leader Kim Jong Un left Russia on Thursday after meeting Vladimir "
             "Putin at the Vostochny cosmodrome. Putin said Russia would help North Korea build "
             "satellites. Kim travelled by armoured train from Pyongyang to Vladivostok."},
    {"id": "../../etc/passwd", "language": "de", "published": "2023-09-15",
     "title": HOSTILE_TITLE, "url": "javascript:alert(1)",
     "text": "Der Bericht nennt Zweifel an Wladiwostok. <img src=x onerror=alert(1)> "
             "»<b>Das</b> ist nicht wahr«, sagte Anna Schmidt."},
    {"id": "rlo-lagos", "language": "en", "published": "2023-10-02",
     "title": RLO_TITLE, "source": f"Daily \u2069{RLO}Mirror",
     "text": f"Lagos flooded on Monday. \"We have never seen water this high\", said "
             f"Babajide {RLO}Sanwo-Olu, the governor of Lagos State. Residents of Ikeja left "
             f"their homes, {RLO}Chief Adewale Bello told reporters."},
]  # fmt: skip


def _desk(cases, folder: Path, location: Path | str, pipeline) -> Path | str:
    rows = [{"id": c["file"], "text": c["text"], "language": c["language"],
             "published": c["published"] or "2023-09-05"} for c in cases]  # fmt: skip
    feed = folder / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in [*rows, *EXTRA]), encoding="utf-8"
    )
    unrelated = sorted((SAMPLE / "wikinews").glob("*.txt"))[:6]
    store = Store(location)
    ingest(store, [*unrelated, feed], pipeline)
    store.close()
    return location


@pytest.fixture(scope="session")
def desk_db(cases, tmp_path_factory, analysed) -> Path:
    folder = tmp_path_factory.mktemp("desk")
    return Path(_desk(cases, folder, folder / "desk.db", analysed))


@pytest.fixture(scope="session", params=STORES)
def desk_location(request, cases, desk_db, tmp_path_factory, analysed) -> Path | str:
    """The desk database in each database a store can live in (the same inputs through
    the same ingest, analysed once)."""
    if request.param == "sqlite":
        return desk_db
    folder = tmp_path_factory.mktemp("desk-postgresql")
    return _desk(cases, folder, new_location(request, request.param, folder), analysed)


def story_of(db: Path | str, article_id: str) -> int:
    with Store(db, readonly=True) as store:
        return store.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
