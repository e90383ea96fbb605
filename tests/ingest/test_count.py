"""Counting what a read will yield, up front, for the progress bar."""

import json
import shutil

import pytest

from newsweave.ingest import count as count_module
from newsweave.ingest import read
from newsweave.ingest.count import count_items


@pytest.fixture
def folder(tmp_path, data):
    root = tmp_path / "news"
    root.mkdir()
    rows = [{"text": "Færgen til Læsø er aflyst."}, {"text": "Der Zug fährt wieder."}]
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    # blank lines, one of spaces, and no newline at the end
    (root / "rows.jsonl").write_text("\n" + lines[0] + "\n  \n\n" + lines[1], encoding="utf-8")
    shutil.copy(data / "da_nyheder.rss", root / "nyheder.rss")
    shutil.copy(data / "fr_actualites.atom", root / "actualites.atom")
    shutil.copy(data / "de_hafen.html", root / "hafen.html")
    (root / "README.md").write_text("# Om mappen\n", encoding="utf-8")
    (root / "broken.jsonl").write_text('{"text": "ok"}\nnot json\n', encoding="utf-8")
    return root


def test_the_count_is_what_read_yields(folder):
    yielded = sum(1 for _ in read([folder]))
    assert count_items([folder]) == yielded
    assert count_items([folder, folder / "missing.txt"]) == yielded + 1


def test_entries_and_lines_cut_by_a_chunk_are_counted_once(folder, monkeypatch):
    expected = count_items([folder])
    for size in (3, 5, 7, 64):
        monkeypatch.setattr(count_module, "_CHUNK", size)
        assert count_items([folder]) == expected, size


def test_a_count_that_takes_too_long_is_unknown(folder):
    assert count_items([folder], budget=-1) is None
