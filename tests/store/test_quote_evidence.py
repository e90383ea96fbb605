"""Quote evidence in the store: each speaker's evidence, whether it is inferred, and each
quote's act survive a write and a read; a store written before migration 0009 reads back
with what its columns tell for certain."""

from __future__ import annotations

import re
import sqlite3

import pytest

from newsweave.article import Article
from newsweave.entities.names import resolve_mentions
from newsweave.quotes.stage import QuoteStage
from newsweave.sentences import SentenceStage
from newsweave.store import Store
from newsweave.views.quotes import quotes_by

DANISH = (
    "»Mødet er vigtigt for begge lande,« sagde Iver Neumann, som er Ruslands-ekspert ved "
    "Fridtjof Nansens Institut.\n\n"
    "»Det kan også øge presset på tredjelande,« siger han.\n\n"
    "»Og den kinesiske blok konsolideres yderligere.«\n\n"
    "Rusland er ifølge den norske ekspert en vigtig del af den kinesiske blok.\n\n"
    "Kina tror, at Rusland og Nordkorea kommer tættere på hinanden."
)
NAMES = {
    "Iver Neumann": "PER",
    "Fridtjof Nansens Institut": "ORG",
    "Rusland": "LOC",
    "Kina": "LOC",
    "Nordkorea": "LOC",
}


def analysed() -> Article:
    article = SentenceStage()(Article(DANISH, language="da", title="Mødet"))
    raw = sorted(
        (m.start(), m.end(), label)
        for name, label in NAMES.items()
        for m in re.finditer(rf"\b{re.escape(name)}\b", DANISH)
    )
    article.entities = resolve_mentions(DANISH, raw, "da")
    return QuoteStage()(article)


def evidence(article: Article) -> list[tuple[str | None, bool | None, str | None]]:
    return [
        (q.speaker.evidence if q.speaker else None, q.speaker.inferred if q.speaker else None, q.act)
        for q in article.quotes
    ]


EXPECTED = [
    ("cue", False, "speech"),
    ("pronoun", True, "speech"),
    ("continuation", True, "speech"),
    ("description", True, "speech"),
    ("cue", False, "belief"),
]


def test_the_analysis_has_every_kind_of_evidence():
    assert evidence(analysed()) == EXPECTED


def test_evidence_and_act_round_trip(tmp_path):
    article = analysed()
    with Store(tmp_path / "news.db") as store:
        store.write_batch(store.start_run("test"), [article])
        back = store.get(article.id)
        assert back is not None
        assert evidence(back) == EXPECTED
        assert back.to_json()["quotes"] == article.to_json()["quotes"]
        by_neumann = quotes_by(store, "Iver Neumann")
        assert [q.speaker.evidence for _, q in by_neumann] == [
            "cue",
            "pronoun",
            "continuation",
            "description",
        ]


def _as_before_0009(db) -> None:
    """The database as newsweave wrote it before migration 0009: no evidence, no act."""
    conn = sqlite3.connect(db, isolation_level=None)
    for column in ("speaker_evidence", "speaker_inferred", "act"):
        conn.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
    conn.execute("DELETE FROM migrations WHERE name = '0009_quote_evidence'")
    conn.close()


def test_quotes_stored_before_0009_read_back_with_what_is_certain(tmp_path):
    db = tmp_path / "old.db"
    article = analysed()
    with Store(db) as store:
        store.write_batch(store.start_run("test"), [article])
    _as_before_0009(db)
    with Store(db) as store:  # opening it applies 0009
        back = store.get(article.id)
    assert back is not None
    # A cue at the speaker's own name and a quote without a cue are certain; a pronoun
    # and a description resolved to a name are both inferred, but which was not kept.
    assert evidence(back) == [
        ("cue", False, None),
        (None, True, None),
        ("continuation", True, None),
        (None, True, None),
        ("cue", False, None),
    ]
    shown = [q.speaker.why for q in back.quotes]
    assert shown[0] is None and shown[2] == "inferred: continues the previous quote"
    assert shown[1] == shown[3] == (
        "inferred (stored by an older newsweave, which did not record how)"
    )
    assert back.to_json()["quotes"][1]["speaker"]["inferred"] is True


def test_a_transcript_turn_stored_before_0009_is_recognised(tmp_path):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff.'
    )
    article = SentenceStage()(Article(text, language="en"))
    raw = [(m.start(), m.end(), "PER") for m in re.finditer(r"Mike Pence|Chris Wallace", text)]
    article.entities = resolve_mentions(text, raw, "en")
    article = QuoteStage()(article)
    assert [q.speaker.evidence for q in article.quotes] == ["transcript"]
    db = tmp_path / "old.db"
    with Store(db) as store:
        store.write_batch(store.start_run("test"), [article])
    _as_before_0009(db)
    with Store(db) as store:
        back = store.get(article.id)
    assert back is not None
    assert [(q.speaker.evidence, q.speaker.inferred) for q in back.quotes] == [
        ("transcript", False)
    ]


@pytest.mark.parametrize("column", ["speaker_evidence", "speaker_inferred", "act"])
def test_the_migration_adds_its_columns(tmp_path, column):
    with Store(tmp_path / "news.db") as store:
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(quotes)")]
    assert column in columns
