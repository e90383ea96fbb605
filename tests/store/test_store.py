"""The store's writes and reads, on each database a store can live in (`location`: a
SQLite file, a PostgreSQL database)."""

from datetime import date

import pytest

from newsweave.article import Article, Mention, Quote, Span, Speaker, TimeRef
from newsweave.store import Store, StoreError
from newsweave.views.quotes import quotes_by


def analysed(text: str, **meta) -> Article:
    a = Article(text, **meta)
    a.sentences = [Span(0, len(text))]
    a.entities = [
        Mention(0, 3, text[:3], "PER", text[:3], "per:x"),
        Mention(4, 6, text[4:6], "LOC", "Rusland", "country:RU", kind="demonym"),
    ]
    a.dates = [TimeRef(0, 6, text[:6], "2023-09-13")]
    speaker = Speaker(0, 3, text[:3], text[:3], "per:x", ("ekspert", "forsker"))
    a.quotes = [
        Quote(4, len(text), text[4:], "indirect", Span(0, 3), speaker),
        Quote(0, len(text), f"{text[:2]} … {text[-2:]}", "direct", None, None,
              (Span(0, 2), Span(len(text) - 2, len(text)))),
    ]  # fmt: skip
    a.note("dates", "example note")
    return a


@pytest.fixture
def store(location):
    with Store(location) as s:
        yield s


def test_roundtrip_keeps_metadata_and_annotations(store):
    a = analysed(
        "Onsdag mødtes Kim Jong-un og Putin.",
        title="Mødet",
        language="da",
        published=date(2023, 9, 13),
        source="DR",
        url="https://dr.dk/x",
        origin="a.txt",
    )
    run = store.start_run("test")
    assert store.write_batch(run, [a]) == 1
    back = store.get(a.id)
    assert back is not None
    assert back.to_json() == a.to_json()
    assert back.origin == "a.txt"


def test_writing_the_same_article_twice_is_a_no_op(store):
    a = analysed("Gestern traf Kim Putin in Wostotschny.")
    run = store.start_run("test")
    assert store.write_batch(run, [a]) == 1
    assert store.write_batch(run, [analysed(a.text)]) == 0
    assert store.count() == 1
    assert store.known([a.content_hash, "nope"]) == {a.content_hash}


def test_an_id_reused_for_another_text_is_a_problem_not_an_overwrite(store):
    run = store.start_run("test")
    store.write_batch(run, [analysed("Første udgave.", id="dr-1")])
    store.write_batch(run, [analysed("En helt anden tekst.", id="dr-1", origin="b.jsonl:2")])
    assert store.get("dr-1").text == "Første udgave."
    ((path, line, reason),) = store.run_problems(run)
    assert line is None
    assert path == "b.jsonl:2" and "already stored for a different text" in reason


def test_run_bookkeeping(store):
    run = store.start_run("ingest x")
    store.write_batch(
        run,
        [analysed("Hola mundo, dijo el ministro.")],
        already_stored=2,
        duplicates=[("b.txt", "a.txt")],
        problems=[("c.png", None, "binary file")],
    )
    store.finish_run(run)
    (r,) = store.runs()
    assert (r.status, r.added, r.already_stored, r.duplicates, r.skipped) == (
        "complete",
        1,
        2,
        1,
        1,
    )


def test_listing_orders_newest_first_and_filters_language(store):
    run = store.start_run("test")
    store.write_batch(
        run,
        [
            analysed("Alpha beta gamma.", language="en", published=date(2020, 1, 1)),
            analysed("Delta epsilon zeta.", language="en", published=date(2021, 1, 1)),
            analysed("Undatiert ohne Datum.", language="de"),
        ],
    )
    assert [r.published for r in store.articles()] == ["2021-01-01", "2020-01-01", None]
    assert [r.language for r in store.articles(language="de")] == ["de"]
    assert store.languages() == [("en", 2), ("de", 1)]


def test_short_ids_resolve_and_like_wildcards_are_literal(store):
    run = store.start_run("test")
    a = analysed("Ein Text über Pjöngjang.")
    store.write_batch(run, [a, analysed("Noch einer.", id="x_1"), analysed("Und noch.", id="xa1")])
    assert store.resolve_id(a.id[:6]) == [a.id]
    assert store.resolve_id("x_") == ["x_1"]
    assert store.resolve_id("zzz") == []


def test_readonly_store_refuses_a_missing_file_with_advice(tmp_path):
    with pytest.raises(StoreError, match="newsweave ingest"):
        Store(tmp_path / "missing.db", readonly=True)


def test_readonly_store_cannot_write(store, location):
    with Store(location, readonly=True) as ro, pytest.raises(ro.conn.Error, match="read"):
        ro.start_run("nope")
    assert store.runs() == []


def test_readonly_store_refuses_an_empty_postgresql_database_with_advice(fresh_postgresql):
    with pytest.raises(StoreError, match=r"no newsweave store in .*newsweave ingest") as refused:
        Store(fresh_postgresql, readonly=True)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("postgresql://nw@127.0.0.1:1/news", "127.0.0.1:1"),  # nothing listens there
        ("postgresql://nw:secret@no-such-host.invalid:5432/news", "no-such-host.invalid:5432"),
    ],
)
def test_an_unreachable_server_is_one_line_naming_the_host(url, host):
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as refused:
        Store(url)
    message = str(refused.value)
    assert f"cannot connect to the PostgreSQL server at {host}" in message
    assert "\n" not in message and "secret" not in message


def test_a_database_the_server_does_not_have_is_one_line(postgresql):
    url = postgresql.new()
    postgresql.drop(url)
    with pytest.raises(StoreError, match=r"database \"nwtest_.*\" does not exist") as refused:
        Store(url)
    assert "\n" not in str(refused.value)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(bogus)


def test_a_failed_batch_leaves_nothing_behind(store, monkeypatch):
    run = store.start_run("test")
    good = analysed("Dieser Artikel ist gut.")
    bad = analysed("Dieser Artikel hat eine kaputte Annotation.")
    bad.dates = [TimeRef(0, 1, "D", None), TimeRef(0, 1, "D", None)]
    bad.issues = None  # makes the insert fail after the article row
    with pytest.raises(TypeError):
        store.write_batch(run, [good, bad])
    assert store.count() == 0
    assert store.conn.execute("SELECT count(*) FROM sentences").fetchone()[0] == 0


def test_a_place_where_no_database_can_be_created_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create a database"):
        Store(tmp_path / "file" / "n.db")


def test_mentions_can_be_found_by_entity(store):
    run = store.start_run("test")
    store.write_batch(
        run, [analysed("Kim mødte Putin.", id="a"), analysed("Kim traf Putin.", id="b")]
    )
    rows = store.conn.execute(
        "SELECT DISTINCT article_id FROM mentions WHERE entity = 'country:RU' ORDER BY article_id"
    ).fetchall()
    assert rows == [("a",), ("b",)]


def test_quotes_of_one_speaker_across_articles(store):
    run = store.start_run("test")
    da = analysed("Han siger, at krigen fortsætter.", language="da", published=date(2023, 9, 13))
    de = analysed("Sie sagte, der Krieg gehe weiter.", language="de", published=date(2023, 9, 14))
    store.write_batch(run, [da, de])
    found = quotes_by(store, "per:x")
    assert [(row.language, q.text) for row, q in found] == [
        ("de", "sagte, der Krieg gehe weiter."),
        ("da", "siger, at krigen fortsætter."),
    ]
    assert found[0][1].speaker.roles == ("ekspert", "forsker")
    # a spelling is read as its entity: "Sie" is per:x here, which also said the Danish one
    assert [row.id for row, _ in quotes_by(store, "SIE")] == [de.id, da.id]
    assert quotes_by(store, "nobody") == []


def test_an_article_sqlite_cannot_take_is_a_problem_and_the_batch_is_stored(store):
    # Ingest replaces lone surrogates (`ingest.clean`); an article built elsewhere with
    # one must still cost only itself, not its batch.
    run = store.start_run("test")
    broken = analysed("Storm over Skagen i dag.", title="Storm \udc80", origin="x.jsonl:2")
    fine = [analysed("Første udgave.", id="a"), analysed("Sol i Aarhus.", id="b")]
    assert store.write_batch(run, [fine[0], broken, fine[1]]) == 2
    assert store.count() == 2 and store.get(broken.id) is None
    assert store.get("b").quotes == fine[1].quotes  # annotations of the others kept
    ((path, line, reason),) = store.run_problems(run)
    assert (path, line) == ("x.jsonl:2", None)
    assert reason.startswith("could not be stored (UnicodeEncodeError")
    mentions = store.conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    assert mentions == 4  # nothing of the broken article left behind
