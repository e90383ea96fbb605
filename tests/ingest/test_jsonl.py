import json
from datetime import date

import pytest

from newsweave.article import Article
from newsweave.ingest import Problem, read
from newsweave.ingest.jsonl import read_jsonl, read_line


@pytest.fixture(scope="module")
def batch(fixtures):
    return list(read([fixtures / "ingest" / "articles.jsonl"]))


def test_lines_become_articles_with_line_origins(batch, data):
    path = str(data / "articles.jsonl")
    assert [i.origin if isinstance(i, Article) else i.line for i in batch] == [
        f"{path}:1",
        f"{path}:3",  # line 2 is blank
        4,
        5,
        f"{path}:6",
    ]


def test_all_contract_fields(batch):
    danish = batch[0]
    assert danish.id == "da-limfjord"
    assert danish.title == "Ny bro over Limfjorden"
    assert danish.published == date(2023, 9, 13)
    assert danish.language == "da"
    assert danish.source == "Nordjysk Nyt"
    assert danish.url == "https://nordjysk.example/trafik/ny-limfjordsbro"
    assert danish.text.startswith("Regeringen vil bygge en ny bro over Limfjorden")


def test_id_defaults_to_content_hash(batch):
    russian = batch[1]
    assert russian.id == russian.content_hash
    assert russian.language == "ru"  # "ru-RU"
    assert russian.text.startswith("Мэрия Москвы в среду")


def test_datetime_keeps_the_local_day(batch):
    assert batch[1].published == date(2023, 9, 13)  # 01:15 +03:00 is the 12th in UTC


def test_localised_date(batch):
    assert batch[4].published == date(2023, 9, 12)  # "mardi 12 septembre 2023"


def test_problem_lines(batch, data):
    path = str(data / "articles.jsonl")
    assert batch[2] == Problem(
        path, 4, "not valid JSON (Unterminated string starting at column 10)"
    )
    assert batch[3] == Problem(
        path,
        5,
        '"text" must be a non-empty string, but it is missing '
        '(each line is one article, its text in "text")',
    )


def test_problem_str_names_file_and_line():
    problem = read_line("nonsense", "data/x.jsonl", 3)
    assert str(problem) == "data/x.jsonl:3: not valid JSON (Expecting value at column 1)"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object (a list)"),
        ('"tekst"', "not a JSON object (a string)"),
        ('{"text": ""}', '"text" must be a non-empty string, but it is empty'),
        ('{"text": "  \\n "}', '"text" must be a non-empty string, but it is empty'),
        ('{"text": null}', '"text" must be a non-empty string, but it is a null'),
        ('{"text": 42}', '"text" must be a non-empty string, but it is a number'),
        (
            '{"text": "Tekst", ',
            "not valid JSON (Expecting property name enclosed in double quotes at column 19)",
        ),
    ],
)
def test_bad_lines(line, reason):
    assert read_line(line, "x.jsonl", 7) == Problem("x.jsonl", 7, reason)


def test_blank_lines_are_skipped():
    text = '\n  \n{"text": "Sejlbåden kæntrede ud for Skagen."}\n\n'
    [article] = read_jsonl(text, "x.jsonl")
    assert article.origin == "x.jsonl:3"


def test_corpus_field_names_lang_and_date():
    row = {"text": "Die Bahn streikt.", "lang": "de", "date": "2008-01-21", "group": "x"}
    article = read_line(json.dumps(row), "x.jsonl", 1)
    assert (article.language, article.published) == ("de", date(2008, 1, 21))


def test_metadata_of_the_wrong_type_is_noted_not_fatal():
    row = {"text": "Die Bahn streikt.", "title": 7, "published": 20230913, "language": "Deutsch"}
    article = read_line(json.dumps(row), "x.jsonl", 1)
    assert article.title is None and article.published is None and article.language is None
    messages = " ".join(i.message for i in article.issues)
    assert '"title" must be a string' in messages
    assert "the date must be a string" in messages
    assert "'Deutsch' is not a language code" in messages


def test_text_is_normalised():
    row = {"text": "Pre\u0301sident\r\nMacron"}
    assert read_line(json.dumps(row), "x.jsonl", 1).text == "Président\nMacron"


def test_numeric_id_becomes_a_string():
    article = read_line(json.dumps({"id": 17, "text": "Kort nyhed."}), "x.jsonl", 1)
    assert article.id == "17"


def test_shared_corpus_reads_without_problems(shared):
    path = shared / "data" / "news" / "meantime" / "meantime.derived.jsonl"
    items = list(read([path]))
    assert len(items) == 480
    assert not [i for i in items if isinstance(i, Problem)]
    assert all(a.language and a.published and a.title for a in items)


def test_a_line_may_name_the_file_that_holds_its_text(tmp_path):
    (tmp_path / "da.txt").write_text("Putin mødte Kim i Vostotsjnyj onsdag.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "de.txt").write_text("Kim traf Putin.", encoding="utf-8")
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "meta.jsonl").write_text(
        "\n".join(
            json.dumps(row)
            for row in (
                {"file": "da.txt", "language": "da", "published": "2023-09-13"},
                {"file": "sub/de.txt", "language": "de", "published": None},
                {"file": "../outside.txt"},
                {"file": "missing.txt"},
                {"file": "bad.bin"},
            )
        ),
        encoding="utf-8",
    )
    (tmp_path.parent / "outside.txt").write_text("Not to be read.", encoding="utf-8")
    items = list(read([tmp_path / "meta.jsonl"]))
    da, de, outside, missing, binary = items
    assert da.text.startswith("Putin mødte") and da.published == date(2023, 9, 13)
    assert da.language == "da" and da.origin.endswith("meta.jsonl:1")
    assert de.text == "Kim traf Putin." and de.published is None
    assert isinstance(outside, Problem) and "outside the folder" in outside.reason
    assert isinstance(missing, Problem) and missing.line == 4 and "missing.txt" in missing.reason
    assert isinstance(binary, Problem) and binary.line == 5
