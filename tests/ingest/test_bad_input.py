"""Every kind of bad input is a `Problem` naming the file (and line) with a reason a person
understands, and the good file read in the same batch still comes through."""

import builtins
import os
import shutil
from pathlib import Path

import pytest

from newsweave.ingest import Problem
from newsweave.ingest import batch as batch_module

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00"
GOOD_TEXT = "Færgen til Læsø er aflyst resten af dagen på grund af storm."


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_TEXT + "\n", encoding="utf-8")
    return path


def run_with_good(bad: Path | str, good: Path, read_all, **options) -> list[Problem]:
    """Read [bad, good]; check the good one is read; return the problems."""
    articles, problems = read_all([bad, good], **options)
    assert [a.text for a in articles] == [GOOD_TEXT]
    return problems


def test_missing_path(tmp_path, good, read_all):
    missing = tmp_path / "findes-ikke.txt"
    assert run_with_good(missing, good, read_all) == [
        Problem(str(missing), None, "no such file or directory")
    ]


def test_unreadable_file(tmp_path, good, read_all, monkeypatch):
    secret = tmp_path / "hemmelig.txt"
    secret.write_text("Hemmelige planer for havnen.", encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file, *args, **kwargs):
        if Path(file) == secret:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    [problem] = run_with_good(secret, good, read_all)
    assert (problem.path, problem.line) == (str(secret), None)
    assert problem.reason.startswith("permission denied")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\r\n  \n", "empty file (only whitespace)"),
        ("\ufeff\n".encode(), "empty file (only whitespace)"),
    ],
)
def test_empty_file(tmp_path, good, read_all, content, reason):
    empty = tmp_path / "tom.txt"
    empty.write_bytes(content)
    assert run_with_good(empty, good, read_all) == [Problem(str(empty), None, reason)]


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [
        (PNG, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (
            b"PK\x03\x04\x14\x00\x06\x00",
            "ZIP archive, or a document packed as ZIP such as .docx or .epub",
        ),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed file"),
        (bytes(range(256)) * 4, "contains NUL bytes"),
    ],
)
def test_binary_file(tmp_path, good, read_all, content, looks_like):
    binary = tmp_path / "billede.txt"
    binary.write_bytes(content)
    assert run_with_good(binary, good, read_all) == [
        Problem(str(binary), None, f"binary file ({looks_like}), not text")
    ]


def test_file_over_the_size_limit(tmp_path, good, read_all):
    big = tmp_path / "stor.txt"
    big.write_text("Regeringen vil bygge en ny bro. " * 100, encoding="utf-8")
    [problem] = run_with_good(big, good, read_all, max_bytes=1024)
    assert problem.path == str(big)
    assert problem.reason.startswith("file is 3.1 KB, over the 1.0 KB size limit")
    assert "--max-size" in problem.reason


def test_invalid_utf8(tmp_path, good, read_all):
    broken = tmp_path / "broken.txt"
    broken.write_bytes("Straße\nMünchen\n".encode() + b"Gr\xf6\xdfe\n")
    [problem] = run_with_good(broken, good, read_all)
    assert (problem.path, problem.line) == (str(broken), 3)
    assert problem.reason.startswith("invalid UTF-8 at byte 19 ")


def test_html_without_article_text(tmp_path, good, read_all):
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><body><nav><a href='/'>Forside</a> <a href='/sport'>Sport</a></nav>"
        "<footer>© Nordjysk Nyt</footer></body></html>",
        encoding="utf-8",
    )
    [problem] = run_with_good(page, good, read_all)
    assert problem.path == str(page)
    assert problem.reason.startswith("no article text could be extracted from the HTML")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("<rss><channel><title>x</title>", "not a readable RSS or Atom feed ("),
        (
            "<?xml version='1.0'?><rss version='2.0'><channel><title>Tom</title></channel></rss>",
            "the feed has no entries",
        ),
        ("<?xml version='1.0'?><noget><andet/></noget>", "not an RSS or Atom feed"),
    ],
)
def test_malformed_feed(tmp_path, good, read_all, content, reason):
    feed = tmp_path / "nyheder.rss"
    feed.write_text(content, encoding="utf-8")
    [problem] = run_with_good(feed, good, read_all)
    assert problem.path == str(feed)
    assert problem.reason.startswith(reason)


def test_feed_with_bad_entries_still_yields_the_good_ones(tmp_path, good, read_all):
    feed = tmp_path / "nyheder.rss"
    feed.write_text(
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Testavis</title>"
        "<item><title>God</title><description>Havnen i Aalborg udvides.</description></item>"
        "<item><title>Tom</title></item>"
        "<item><title>Sol & vind</title><description>Ikke lukket <b>fed</description></item>"
        "<item><title>Afbrudt</title><description>Skibet lagde til kaj i Hirtsh",
        encoding="utf-8",
    )  # an entry without text, a bare "&" (not well-formed XML), a cut-off last entry
    articles, problems = read_all([feed, good])
    assert [a.text for a in articles] == ["Havnen i Aalborg udvides.", "Ikke lukket fed", GOOD_TEXT]
    assert articles[1].title == "Sol & vind"
    assert problems == [
        Problem(str(feed), 2, "feed entry ('Tom') has no text (no content or summary)"),
        Problem(str(feed), 4, "feed entry ('Afbrudt') has no text (no content or summary)"),
    ]


def test_jsonl_bad_lines(tmp_path, good, read_all):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        '{"text": "Storm over Skagen."}\n{oops}\n{"title": "Uden tekst"}\n{"text": "Sol i Aarhus."}\n',
        encoding="utf-8",
    )
    articles, problems = read_all([rows, good])
    assert [a.text for a in articles] == ["Storm over Skagen.", "Sol i Aarhus.", GOOD_TEXT]
    assert [str(p) for p in problems] == [
        f"{rows}:2: not valid JSON (Expecting property name enclosed in double quotes at column 2)",
        f'{rows}:3: "text" must be a non-empty string, but it is missing '
        '(each line is one article, its text in "text")',
    ]


def test_jsonl_line_with_invalid_utf8_spares_the_others(tmp_path, good, read_all):
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(
        b'{"text": "Storm over Skagen."}\n'
        + b'{"text": "Gr\xf6\xdfe"}\n'
        + '{"text": "Sol i Århus."}\n'.encode()
    )
    articles, problems = read_all([rows, good])
    assert [a.text for a in articles] == ["Storm over Skagen.", "Sol i Århus.", GOOD_TEXT]
    first_line = len('{"text": "Storm over Skagen."}\n')
    at = first_line + len('{"text": "Gr')
    assert problems == [Problem(str(rows), 2, f"invalid UTF-8 at byte {at}")]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_named_pipe_is_not_read(tmp_path, good, read_all):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    [problem] = run_with_good(pipe, good, read_all)
    assert problem.reason.startswith("not a regular file")


def test_a_reader_bug_is_a_problem_not_a_traceback(tmp_path, good, read_all, monkeypatch, data):
    def crash(text, path):
        raise RuntimeError("parser exploded")

    monkeypatch.setitem(batch_module.READERS, "html", crash)
    page = tmp_path / "side.html"
    shutil.copy(data / "de_hafen.html", page)
    assert run_with_good(page, good, read_all) == [
        Problem(str(page), None, "could not be read: RuntimeError: parser exploded")
    ]


def test_unlistable_directory(tmp_path, good, read_all, monkeypatch):
    folder = tmp_path / "låst"
    folder.mkdir()
    real_scandir = os.scandir

    def refusing_scandir(path):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    [problem] = run_with_good(folder, good, read_all)
    assert problem.path == str(folder)
    assert problem.reason.startswith("cannot list the directory: permission denied")


def test_problem_str():
    assert str(Problem("data/x.jsonl", 3, "not valid JSON")) == "data/x.jsonl:3: not valid JSON"
    assert str(Problem("a.txt", None, "empty file")) == "a.txt: empty file"
