import os
import shutil
from pathlib import Path

import pytest

from newsweave.ingest import NotAnArticle
from newsweave.ingest.files import walk
from newsweave.ingest.sniff import choose_kind, content_kind

DANISH = "Færgen til Læsø er aflyst resten af dagen på grund af storm.\n"
GERMAN_HTML = (
    "<!DOCTYPE html><html lang='de'><head><title>Sturm an der Küste</title></head><body>"
    "<article><p>Ein Sturm hat am Dienstag an der Nordseeküste mehrere Bäume entwurzelt. "
    "Die Feuerwehr rückte mehr als hundert Mal aus.</p><p>Verletzt wurde nach Angaben der "
    "Polizei niemand, der Bahnverkehr zwischen Husum und Sylt ist aber unterbrochen.</p>"
    "</article></body></html>"
)


@pytest.fixture
def tree(tmp_path: Path, data: Path) -> Path:
    """news/
    a.txt, b/ (c.txt, d/ e.txt), .hidden.txt, .git/ (x.txt), feed (no extension),
    page.txt (an HTML page), rows (no extension: JSON lines)"""
    root = tmp_path / "news"
    (root / "b" / "d").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "a.txt").write_text(DANISH, encoding="utf-8")
    (root / "b" / "c.txt").write_text("Kurz: Der Zug fährt wieder.\n", encoding="utf-8")
    (root / "b" / "d" / "e.txt").write_text("Le train circule à nouveau.\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("skjult\n", encoding="utf-8")
    (root / ".git" / "x.txt").write_text("intern\n", encoding="utf-8")
    shutil.copy(data / "fr_actualites.atom", root / "feed")
    (root / "page.txt").write_text(GERMAN_HTML, encoding="utf-8")
    (root / "rows").write_text('{"text": "Поезд снова ходит."}\n', encoding="utf-8")
    return root


def test_walk_is_recursive_sorted_and_skips_hidden(tree):
    names = [p.relative_to(tree).as_posix() for p in walk(tree)]
    assert names == ["a.txt", "b/c.txt", "b/d/e.txt", "feed", "page.txt", "rows"]


def test_directory_reads_every_kind(tree, read_all):
    articles, problems = read_all([tree])
    assert problems == []
    origins = [Path(a.origin).relative_to(tree).as_posix() for a in articles]
    assert origins == ["a.txt", "b/c.txt", "b/d/e.txt", "feed:1", "feed:2", "page.txt", "rows:1"]
    by_origin = dict(zip(origins, articles, strict=True))
    assert by_origin["feed:1"].source == "Le Courrier du Rhône"  # feed without extension
    assert by_origin["page.txt"].title == "Sturm an der Küste"  # .txt holding HTML
    assert "<p>" not in by_origin["page.txt"].text
    assert by_origin["rows:1"].text == "Поезд снова ходит."  # JSONL without extension


def test_order_is_stable_and_follows_the_arguments(tree, read_all):
    first, _ = read_all([tree / "rows", tree])
    again, _ = read_all([tree / "rows", tree])
    assert [a.origin for a in first] == [a.origin for a in again]
    assert first[0].origin == f"{tree / 'rows'}:1"


def test_hidden_file_named_explicitly_is_read(tree, read_all):
    articles, _ = read_all([tree / ".hidden.txt"])
    assert [a.text for a in articles] == ["skjult"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_symbolic_link_loop_ends(tree, read_all):
    (tree / "b" / "loop").symlink_to(tree, target_is_directory=True)
    articles, problems = read_all([tree])
    assert len(articles) == 7 and problems == []


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        ("a.txt", DANISH, "text"),
        ("a.txt", GERMAN_HTML, "html"),
        ("a.html", "Kun tekst, ingen markup.", "html"),
        ("a.xml", "<?xml version='1.0'?><rss version='2.0'><channel/></rss>", "feed"),
        (
            "a.html",
            "<?xml version='1.0'?>\n<!-- x --><feed xmlns='http://www.w3.org/2005/Atom'>",
            "feed",
        ),
        ("a.xml", "<?xml version='1.0'?><!DOCTYPE html><html><body></body></html>", "html"),
        ("a", '{"text": "x"}\n{"text": "y"}', "jsonl"),
        ("a.txt", '{"text": "x"}', "text"),
        ("a.jsonl", "this is not json", "jsonl"),
        ("a.md", "# Overskrift\n\nTekst.", "text"),
        ("A.TXT", "Tekst.", "text"),
    ],
)
def test_choose_kind(name, text, kind):
    assert choose_kind(name, text) == kind


def test_content_kind_of_html_without_doctype():
    assert content_kind("<div><p>Et afsnit.</p><p>Et andet.</p></div>") == "html"


def test_documentation_in_a_folder_is_skipped_with_its_reason_unless_named(tree, read_all):
    (tree / "README.md").write_text("# Nyheder\n\nArtiklerne i denne mappe.\n", encoding="utf-8")
    (tree / "b" / "LICENSE").write_text("CC BY 4.0\n", encoding="utf-8")
    (tree / "notes.md").write_text("Husk at læse korrektur.\n", encoding="utf-8")
    (tree / "Changelog.txt").write_text("2023-09-13: første version\n", encoding="utf-8")
    articles, problems = read_all([tree])
    assert len(articles) == 7  # the articles of the tree, and nothing else
    skipped = {Path(p.path).name: p for p in problems}
    assert set(skipped) == {"README.md", "LICENSE", "notes.md", "Changelog.txt"}
    assert all(isinstance(p, NotAnArticle) for p in problems)
    assert "a README, not an article" in skipped["README.md"].reason
    assert "a licence" in skipped["LICENSE"].reason
    assert "a Markdown document" in skipped["notes.md"].reason

    named, problems = read_all([tree / "README.md", tree / "notes.md"])
    assert problems == [] and [a.text for a in named][1] == "Husk at læse korrektur."

    everything, problems = read_all([tree], skip=())
    assert problems == [] and len(everything) == 11


def test_the_sample_corpus_attribution_is_not_an_article(read_all):
    sample = Path(__file__).resolve().parents[2] / "src" / "newsweave" / "sample"
    articles, problems = read_all([sample])
    assert len(articles) == 220
    assert [(Path(p.path).name, type(p)) for p in problems] == [("ATTRIBUTION.md", NotAnArticle)]
