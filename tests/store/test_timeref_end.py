"""Ranges in the store: `value_end` (migration 0010_timeref_end) round-trips, and a
database written before it keeps its time expressions with no last value."""

import sqlite3
from datetime import date

from newsweave.article import Article, TimeRef
from newsweave.dates import find_dates
from newsweave.store import Store
from newsweave.store import migrations as m


def test_a_range_round_trips_with_its_last_value(tmp_path):
    text = "Konferencen holdes 13.–15. september, og fra 1991 til 1997 voksede økonomien."
    a = Article(text, language="da", published=date(2023, 9, 13))
    a.dates = find_dates(text, "da", a.published)
    assert [(d.text, d.value, d.value_end) for d in a.dates] == [
        ("13.–15. september", "2023-09-13", "2023-09-15"),
        ("fra 1991 til 1997", "1991", "1997"),
    ]
    with Store(tmp_path / "n.db") as store:
        store.write_batch(store.start_run("test"), [a])
        back = store.get(a.id)
    assert back is not None
    assert back.dates == a.dates
    assert back.to_json()["dates"][1]["value_end"] == "1997"


def test_a_database_from_before_ranges_is_migrated(tmp_path, monkeypatch):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db, isolation_level=None)
    monkeypatch.setattr(m, "MIGRATIONS", tuple(x for x in m.MIGRATIONS if x[0] < "0010"))
    m.migrate(conn)  # as a newsweave from before ranges left it
    monkeypatch.undo()
    conn.execute(
        "INSERT INTO articles (id, content_hash, text, added_at) "
        "VALUES ('a', 'h', 'Onsdag mødtes de.', '2026-01-01')"
    )
    conn.execute("INSERT INTO timerefs VALUES ('a', 0, 0, 6, 'Onsdag', '2023-09-13')")
    conn.close()
    with Store(db) as store:
        back = store.get("a")
    assert back is not None
    assert back.dates == [TimeRef(0, 6, "Onsdag", "2023-09-13", None)]
    assert "value_end" not in back.to_json()["dates"][0]
