from datetime import date

import pytest

from newsweave.article import Article, Quote, Span, Speaker, TimeRef
from newsweave.report import language_name, page_name, safe_url, write_report
from newsweave.store import Store

DA = "»Nordkoreas leder viser stor interesse,« sagde Putin onsdag.\n\nMødet fandt sted i Vostotsjnyj."
DE = "Ein Bericht der USA vom Juni 2022 nennt Zweifel. <img src=x onerror=alert(1)>"


def make(text, spans, dates, **meta):
    a = Article(text, **meta)
    a.sentences = [Span(s, e) for s, e in spans]
    a.dates = [TimeRef(s, e, text[s:e], v) for s, e, v in dates]
    return a


def hostile_store(path):
    """A store with a Danish article and a German one whose title, id, URL and text are
    hostile (script, path traversal, javascript: link, an img with onerror)."""
    s = Store(path)
    danish = make(
        DA,
        [(0, 61), (63, 93)],
        [(53, 59, "2023-09-13")],
        title="Kim og Putin mødes",
        language="da",
        published=date(2023, 9, 13),
        source="Eksempelavisen",
    )
    german = make(
        DE,
        [(0, 48), (49, len(DE))],
        [(26, 35, "2022-06")],
        title="<script>alert(1)</script>",
        language="de",
        url="javascript:alert(1)",
        id="../../etc/passwd",
    )
    danish.quotes = [
        Quote(1, 39, DA[1:39], "direct", Span(42, 47),
              Speaker(48, 53, "Putin", "Vladimir Putin", "per:vladimir-putin", ("præsident",))),
    ]  # fmt: skip
    img = DE.index("<img")
    german.quotes = [
        Quote(img, len(DE), DE[img:], "direct", None, Speaker(0, 10, "<b>Bericht</b>")),
    ]
    s.write_batch(s.start_run("test"), [danish, german])
    return s


@pytest.fixture
def store(tmp_path):
    s = hostile_store(tmp_path / "r.db")
    yield s
    s.close()


def test_index_groups_by_language_and_links_every_article(store, tmp_path):
    index = write_report(store, tmp_path / "site")
    html = index.read_text()
    assert "Danish" in html and "German" in html
    assert 'href="articles/' in html
    assert len(list((tmp_path / "site" / "articles").glob("*.html"))) == 2


def test_everything_from_an_article_is_escaped(store, tmp_path):
    write_report(store, tmp_path / "site")
    pages = {p.name: p.read_text() for p in (tmp_path / "site" / "articles").glob("*.html")}
    hostile = next(html for html in pages.values() if "Zweifel" in html)
    assert "<script>alert(1)</script>" not in hostile
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    assert "<img src=x" not in hostile
    assert "<b>Bericht</b>" not in hostile and "&lt;b&gt;Bericht&lt;/b&gt;" in hostile
    assert "javascript:" not in hostile  # unsafe links are dropped
    index = (tmp_path / "site" / "index.html").read_text()
    assert "<script>alert" not in index


def test_ids_cannot_escape_the_output_folder(store, tmp_path):
    write_report(store, tmp_path / "site")
    assert not (tmp_path / "etc").exists()
    assert page_name("../../etc/passwd").startswith("a-")
    assert page_name("meantime-en-100911") == "meantime-en-100911.html"


def test_article_page_marks_sentences_and_dates(store, tmp_path):
    write_report(store, tmp_path / "site")
    da = next(
        p for p in (tmp_path / "site" / "articles").glob("*.html") if "Putin" in p.read_text()
    )
    html = da.read_text()
    assert '<span class="s" id="s0">' in html and 'id="s1"' in html
    assert '<mark class="date" title="2023-09-13">onsdag</mark>' in html


def test_empty_store_says_what_to_do(tmp_path):
    with Store(tmp_path / "empty.db") as s:
        html = write_report(s, tmp_path / "site").read_text()
    assert "No articles yet" in html and "newsweave ingest" in html


def test_helpers():
    assert safe_url("https://dr.dk/a") == "https://dr.dk/a"
    assert safe_url("javascript:alert(1)") is None and safe_url(None) is None
    assert language_name("da") == "Danish" and language_name(None) == "Unknown language"


def test_article_page_lists_and_marks_entities(tmp_path):
    from newsweave.article import Mention

    text = "Putin mødte Kim Jong-un i Vostotsjnyj. Kim var glad, sagde russiske medier."
    a = make(text, [(0, 38), (39, len(text))], [], language="da", title="Mødet")
    a.entities = [
        Mention(0, 5, "Putin", "PER", "Putin", "per:putin"),
        Mention(12, 23, "Kim Jong-un", "PER", "Kim Jong-un", "per:kim-jong-un"),
        Mention(39, 42, "Kim", "PER", "Kim Jong-un", "per:kim-jong-un"),
        Mention(58, 66, "russiske", "LOC", "Rusland", "country:RU", kind="demonym"),
    ]
    with Store(tmp_path / "e.db") as s:
        s.write_batch(s.start_run("test"), [a])
        write_report(s, tmp_path / "site")
    html = next((tmp_path / "site" / "articles").glob("*.html")).read_text()
    assert '<mark class="ent ent-per" title="PER · Kim Jong-un">Kim</mark>' in html
    assert "Who and where" in html
    assert "<td>2</td><td>Kim Jong-un, Kim</td>" in html  # one row per entity, its spellings
    assert "country, by adjective" in html


def test_article_page_lists_who_said_what(store, tmp_path):
    write_report(store, tmp_path / "site")
    html = next(
        p.read_text()
        for p in (tmp_path / "site" / "articles").glob("*.html")
        if "Vostotsjnyj" in p.read_text()
    )
    assert "Who said what" in html
    assert "<td>Vladimir Putin</td>\n<td>præsident</td>\n<td>direct</td>" in html
