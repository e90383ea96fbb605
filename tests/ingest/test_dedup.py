from newsweave.article import Article
from newsweave.ingest import Deduplicator, read

TEXT = "Kim Jong-un er ankommet til Rusland. Mødet med Putin finder sted onsdag."


def test_first_is_new_and_copies_name_it():
    seen = Deduplicator()
    assert seen.check(Article(TEXT, origin="a.txt")) is None
    assert seen.check(Article(TEXT, origin="b.jsonl:4")) == "a.txt"
    assert seen.check(Article(TEXT, origin="c.rss:2")) == "a.txt"
    assert len(seen) == 1


def test_whitespace_and_unicode_form_do_not_make_a_new_article():
    seen = Deduplicator()
    seen.check(Article("Le président a parlé.\nFin.", origin="a.txt"))
    assert seen.check(Article("Le pre\u0301sident  a parlé.\r\n Fin. ", origin="b.txt")) == "a.txt"


def test_different_texts_are_kept():
    seen = Deduplicator()
    assert seen.check(Article(TEXT, origin="a.txt")) is None
    assert seen.check(Article(TEXT + " Det oplyser Kreml.", origin="b.txt")) is None
    assert len(seen) == 2


def test_duplicates_across_files_of_a_batch(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(f'{{"id": "x", "text": "{TEXT}"}}\n', encoding="utf-8")
    (tmp_path / "c.txt").write_text("Title: Samme tekst\n\n" + TEXT + "\n", encoding="utf-8")
    seen = Deduplicator()
    verdicts = [seen.check(a) for a in read([tmp_path])]
    first = str(tmp_path / "a.txt")
    assert verdicts == [None, first, first]


def test_without_origin_the_id_is_remembered():
    seen = Deduplicator()
    seen.check(Article(TEXT, id="da-1"))
    assert seen.check(Article(TEXT)) == "da-1"
    assert Article(TEXT) in seen
