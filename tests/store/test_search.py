"""Full-text search in every script, on each database a store can live in: SQLite's FTS5
and PostgreSQL's tsvectors find the same articles."""

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from newsweave.article import Article
from newsweave.store import Store, StoreError
from newsweave.store import migrations as m
from newsweave.store.search import MAX_POSITION, TOKENIZE, document, index_all, prepare, tokens
from newsweave.views.search import Hit, match_query, search

SAMPLE = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"

ARTICLES = [
    Article(
        "Nordkoreas leder Kim Jong-un rejste onsdag fra Pjöngjang til Rusland for at mødes "
        "med præsident Putin på rumbasen Vostotjnyj.",
        id="da-kim",
        title="Kim Jong-un mødte Putin",
        language="da",
        published=date(2023, 9, 13),
    ),
    Article(
        "Der nordkoreanische Machthaber ist in Pjongjang abgereist. Über das Treffen "
        "in Russland wurde zunächst wenig bekannt.",
        id="de-abreise",
        title="Abreise aus Pjöngjang",
        language="de",
        published=date(2023, 9, 12),
    ),
    Article(
        "Президент России Владимир Путин встретился с Ким Чен Ыном на космодроме Восточный.",
        id="ru-vstrecha",
        title="Встреча на Восточном",
        language="ru",
        published=date(2023, 9, 13),
    ),
    Article(
        "俄罗斯总统普京周三在东方航天发射场会见了朝鲜领导人金正恩。双方讨论了军事合作。",
        id="zh-huijian",
        title="普京会见金正恩",
        language="zh",
        published=date(2023, 9, 13),
    ),
    Article(
        "北京的京剧演员普遍很忙。",  # 京 and 普 side by side, but not 普京
        id="zh-jingju",
        title="京剧",
        language="zh",
        published=date(2023, 9, 1),
    ),
    Article(
        "ประธานาธิบดีปูตินพบกับผู้นำเกาหลีเหนือคิมจองอึนที่ฐานอวกาศวอสตอชนี",
        id="th-phop",
        language="th",
        published=date(2023, 9, 13),
    ),
    Article(
        "प्रधानमंत्री मोदी ने रूस की यात्रा की।",
        id="hi-modi",
        language="hi",
        published=date(2023, 9, 14),
    ),
    Article(
        "राहत के लिए मदद भेजी गई।",  # म and द, but no मोदी
        id="hi-madad",
        language="hi",
        published=date(2023, 9, 14),
    ),
]


@pytest.fixture
def store(location):
    with Store(location) as s:
        s.write_batch(s.start_run("test"), ARTICLES)
        yield s


def ids(store, query, **kw) -> list[str]:
    return [hit.article_id for hit in search(store, query, **kw)]


def marked(hit: Hit) -> list[str]:
    return [text for text, match in hit.snippet if match]


def plain(hit: Hit) -> str:
    return "".join(text for text, _ in hit.snippet)


def test_diacritics_and_case_do_not_matter(store):
    assert set(ids(store, "pjongjang")) == {"da-kim", "de-abreise"}
    assert set(ids(store, "PJÖNGJANG")) == {"da-kim", "de-abreise"}
    assert ids(store, "uber") == ["de-abreise"]
    assert ids(store, "MØDES") == ["da-kim"]
    assert ids(store, "modes") == []  # ø is a letter of its own, not o with a mark


def test_cyrillic(store):
    assert ids(store, "Путин") == ["ru-vstrecha"]
    assert ids(store, "путин восточный") == ["ru-vstrecha"]


def test_chinese_words_are_found_as_phrases_of_characters(store):
    assert set(ids(store, "普京")) == {"zh-huijian"}
    assert ids(store, "京普") == []
    assert ids(store, "金正恩") == ["zh-huijian"]
    assert set(ids(store, "京")) == {"zh-huijian", "zh-jingju"}


def test_thai_and_hindi(store):
    assert ids(store, "ปูติน") == ["th-phop"]
    assert ids(store, "คิมจองอึน") == ["th-phop"]
    # the vowel signs belong to the word: मोदी is not म + द
    assert ids(store, "मोदी") == ["hi-modi"]
    assert ids(store, "मदद") == ["hi-madad"]


def test_all_words_must_match(store):
    assert set(ids(store, "Putin")) == {"da-kim"}
    assert set(ids(store, "Pjongjang Putin")) == {"da-kim"}
    assert set(ids(store, "Pjongjang Russland")) == {"de-abreise"}
    assert ids(store, "Pjongjang Путин") == []


def test_the_title_counts_and_ranks_higher(store):
    assert ids(store, "Abreise") == ["de-abreise"]  # only in the title
    (hit,) = search(store, "Abreise")
    assert marked(hit) == [] and plain(hit).startswith("Der nordkoreanische")
    # in the German title and text, in the Danish text only
    assert ids(store, "pjongjang") == ["de-abreise", "da-kim"]


@pytest.mark.parametrize(
    "query",
    ['NEAR(', 'NEAR(kim putin)', '"', '""', '"kim', "*", "kim*", "title:x", "body:putin",
     "OR", "kim OR", "AND", "NOT", "-", "-kim", "^kim", "(", ")", "{title}: kim", "+",
     "", "   ", "...", "«»", "\x00", "kim\x00putin", "\ud800", "\u0301", "'; DROP TABLE articles"],
)  # fmt: skip
def test_fts_syntax_typed_by_a_user_is_harmless(store, query):
    hits = search(store, query)
    assert all(isinstance(hit, Hit) for hit in hits)
    assert store.count() == len(ARTICLES)


def test_fts_syntax_is_searched_as_plain_words(store):
    assert match_query("") is None
    assert match_query(' " * - ( ) ... ') is None
    assert match_query('NEAR(kim "x" OR') == '"NEAR(kim" """x""" "OR"'
    assert ids(store, "title:putin") == []  # the words "title" and "putin", not a column
    assert ids(store, "kim OR nobody") == []  # "or" and "nobody" are words to find too
    assert ids(store, "(Kim)") == ["da-kim"]
    assert ids(store, "NEAR(Kim") == []  # the phrase "near kim"
    assert ids(store, "Kim*") == ids(store, '"kim"') == ["da-kim"]
    assert ids(store, "-Kim") == ["da-kim"]  # not a negation


def test_the_language_filter(store):
    assert set(ids(store, "pjongjang", language="de")) == {"de-abreise"}
    assert ids(store, "普京", language="da") == []
    assert ids(store, "kim", language="da") == ["da-kim"]
    assert len(ids(store, "pjongjang", limit=1)) == 1
    assert ids(store, "pjongjang", limit=0) == []


def test_hits_carry_the_article_metadata(store):
    (hit,) = search(store, "Путин")
    assert hit.title == "Встреча на Восточном"
    assert hit.published == "2023-09-13"
    assert hit.language == "ru"


def test_snippets_mark_the_match_in_the_original_text(store):
    (hit,) = search(store, "pjongjang", language="da")
    assert marked(hit) == ["Pjöngjang"]
    assert "Kim Jong-un rejste onsdag fra Pjöngjang til Rusland" in plain(hit)

    (hit,) = search(store, "普京")
    assert marked(hit) == ["普京"]
    assert plain(hit) == ARTICLES[3].text  # no spaces added

    (hit,) = search(store, "ปูติน")
    assert marked(hit) == ["ปูติน"]
    assert plain(hit) == ARTICLES[5].text

    (hit,) = search(store, "mødes putin", language="da")
    assert marked(hit) == ["mødes", "Putin"]


def test_a_long_text_gets_a_window_around_the_first_match(location):
    filler = "Lorem ipsum dolor sit amet. " * 40
    text = f"{filler}Hier sprach Kim über Raketen.\n\n{filler}"
    with Store(location) as store:
        store.write_batch(store.start_run("test"), [Article(text, id="long")])
        (hit,) = search(store, "raketen")
    assert hit.snippet[0][0].startswith("…")
    assert hit.snippet[-1][0].endswith("…")
    assert marked(hit) == ["Raketen"]
    assert len(plain(hit)) < 200
    assert "\n" not in plain(hit) and "  " not in plain(hit)


def test_marker_characters_in_a_text_do_not_confuse_the_snippet(location):
    with Store(location) as store:
        store.write_batch(store.start_run("test"), [Article("a\x02b Putin\x03 c\x02", id="odd")])
        (hit,) = search(store, "putin")
    assert marked(hit) == ["Putin"]


def test_prepare_spaces_unspaced_scripts_only():
    assert prepare("Kim Jong-un i Pjöngjang") == "Kim Jong-un i Pjöngjang"
    assert prepare("普京会见金正恩。") == "普 京 会 见 金 正 恩 。"
    assert prepare("Putin普京") == "Putin 普 京"
    assert prepare("ปูติน") == "ปู ติ น"  # vowel signs stay with their letter
    assert prepare("ミャンマー") == "ミ ャ ン マ ー"
    assert prepare("평양에서 만났다") == "평양에서 만났다"  # Korean is written with spaces
    assert match_query("普京 Putin") == '"普 京" "Putin"'


def test_the_index_uses_the_tokenizer_snippets_are_made_with(tmp_path):
    store = Store(tmp_path / "n.db")
    sql = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'article_search'"
    ).fetchone()[0]
    assert f'tokenize="{TOKENIZE}"' in sql


def test_storing_an_article_again_does_not_index_it_twice(store):
    assert store.write_batch(store.start_run("again"), ARTICLES) == 0
    assert ids(store, "Путин") == ["ru-vstrecha"]
    assert store.conn.execute("SELECT count(*) FROM article_search").fetchone()[0] == len(ARTICLES)


def test_index_all_rebuilds_the_index(store):
    index_all(store.conn)
    index_all(store.conn)
    assert set(ids(store, "pjongjang")) == {"da-kim", "de-abreise"}
    assert store.conn.execute("SELECT count(*) FROM article_search").fetchone()[0] == len(ARTICLES)


def test_a_database_from_before_search_gets_indexed_when_opened(store, location, tmp_path):
    if store.dialect == "sqlite":
        old = tmp_path / "old.db"
        store.conn.raw.backup(dest := sqlite3.connect(old))
        dest.executescript(
            "DROP TABLE article_search; DELETE FROM migrations WHERE name = '0007_search';"
        )
        dest.close()
    else:  # the same database without its index (migrations are not replayed in order here)
        old = location
        store.conn.execute("DROP TABLE article_search")
        store.conn.execute("DELETE FROM migrations WHERE name = '0007_search'")
    with pytest.raises(StoreError, match="older newsweave"):
        Store(old, readonly=True)
    with Store(old) as reopened:
        assert m.applied(reopened.conn)[-1] == "0007_search"
        assert set(ids(reopened, "pjongjang")) == {"da-kim", "de-abreise"}
        assert ids(reopened, "普京") == ["zh-huijian"]
    with Store(old, readonly=True) as readonly:
        (hit,) = search(readonly, "Путин")
        assert marked(hit) == ["Путин"]


# ---- PostgreSQL: FTS5's tokens, and the same hits for texts a tsvector cannot hold whole ----


def fts5_tokens(text: str) -> list[str]:
    """The tokens FTS5 makes of `text` (prepared), in order, with the index's tokenizer."""
    with closing(sqlite3.connect(":memory:")) as mem:
        mem.execute(f'CREATE VIRTUAL TABLE t USING fts5(body, tokenize="{TOKENIZE}")')
        mem.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        mem.execute("INSERT INTO t (rowid, body) VALUES (1, ?)", (prepare(text),))
        return [term for (term,) in mem.execute("SELECT term FROM v ORDER BY offset")]


def sample_texts() -> list[str]:
    texts = [a.text for a in ARTICLES] + [a.title for a in ARTICLES if a.title]
    texts += [p.read_text(encoding="utf-8") for p in sorted((SAMPLE / "wikinews").glob("*.txt"))]
    return texts


def test_tokens_are_fts5s_folded_at_least_as_far():
    # every token in the same place as FTS5's, equal to it or folded further (never less:
    # PostgreSQL then finds every article FTS5 finds, and the read side drops the others)
    for text in [*sample_texts(), "Ærø Øresund İstanbul Škoda ǅemal Ελλάδα Йошкар-Ола ﬁnal"]:
        ours, theirs = tokens(prepare(text)), fts5_tokens(text)
        assert len(ours) == len(theirs), text[:80]
        assert all(o == t or tokens(t) == [o] for o, t in zip(ours, theirs, strict=True))


def test_a_text_past_the_positions_a_tsvector_keeps_is_found_as_fts5_finds_it(location):
    # 17,000 words: positions past 16,383 are not kept, so the phrase "kim jong-un" at the
    # end cannot be told from "jong kim" by the index alone; "the" 300 times outgrows the
    # 256 positions a tsvector keeps of one word
    filler = ("the " * 300) + " ".join(f"w{i}" for i in range(17_000))
    far = Article(f"{filler} Kim Jong-un landed.", id="far", title="Far")
    swapped = Article(f"{filler} jong kim un landed.", id="swapped", title="Swapped")
    near = Article("Kim Jong-un landed the plane.", id="near", title="Near")
    assert document(far.title, far.text)[1] == 1 and len(tokens(far.text)) > MAX_POSITION
    with Store(location) as store:
        store.write_batch(store.start_run("test"), [far, swapped, near])
        assert sorted(ids(store, "Kim-Jong-un")) == ["far", "near"]
        assert sorted(ids(store, "un-kim")) == []
        assert sorted(ids(store, "the-plane")) == ["near"]
        assert ids(store, "w16999 kim", limit=1) == ["far"]


def test_a_word_too_long_for_a_tsvector_is_found_as_fts5_finds_it(location):
    word = "x" * 3000  # PostgreSQL keeps words of at most 2 KB
    odd = Article(f"Ein Wort: {word} und Putin.", id="odd")
    plain = Article("Putin sprach.", id="plain")
    assert document(None, odd.text) == ("", 2)
    with Store(location) as store:
        store.write_batch(store.start_run("test"), [odd, plain])
        assert ids(store, word) == ["odd"]
        assert sorted(ids(store, "putin")) == ["odd", "plain"]
        assert ids(store, "sprach") == ["plain"]
