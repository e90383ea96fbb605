"""The bad inputs of issue 13, each through the real `newsweave ingest` into a store: the
problem it is reported as (path, line, reason), or the note the article is kept with,
and the articles that must still be stored. A good article is read beside every case."""

from __future__ import annotations

import builtins
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsweave.cli import main
from newsweave.ingest.clean import MAX_ID_CHARS
from newsweave.store import Store

GOOD = "Die Fähre nach Helgoland fährt am Mittwoch wegen des Sturms nicht, sagte die Reederei."
DA = "Færgen til Læsø er aflyst resten af dagen på grund af storm, oplyser rederiet."
SV = "Regeringen i Stockholm presenterade på onsdagen en ny plan för järnvägen."
EN = "The harbour in Aberdeen was closed on Wednesday after the storm, officials said."


def line(**row: object) -> str:
    return json.dumps(row, ensure_ascii=False)


def rss(items: str, doctype: str = "") -> str:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}<rss version="2.0"><channel>'
        f"<title>Eksempelavisen</title><language>da</language>\n{items}</channel></rss>\n"
    )


def item(title: str, text: str, when: str = "Wed, 13 Sep 2023 10:00:00 +0200") -> str:
    return f"<item><title>{title}</title><pubDate>{when}</pubDate><description>{text}</description></item>\n"


LAUGHS = '<!ENTITY lol "lol">\n' + "".join(
    f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">\n' for i in range(1, 10)
)
NESTED = "[" * 200_000 + "]" * 200_000


@dataclass
class Case:
    """Files to ingest (name -> text; a name ending in "/" is a folder), what must be
    reported (`problems`: "name:line: reason" starts, relative to the folder), the texts
    that must be stored (besides GOOD), notes stored articles must carry (text -> note
    start), and the exit status."""

    files: dict[str, str | bytes]
    problems: list[str] = field(default_factory=list)
    stored: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)  # text -> the id it is stored under
    published: dict[str, str | None] = field(default_factory=dict)
    exit_code: int = 0
    absent: list[str] = field(default_factory=list)  # must appear in no stored text or title
    once: list[str] = field(default_factory=list)  # must appear in exactly one


CASES: dict[str, Case] = {
    "date 9999-12-31 among 2023 dates": Case(
        {
            "a.jsonl": line(text=DA, published="2023-09-13")
            + "\n"
            + line(text=SV, published="9999-12-31")
        },
        stored=[DA, SV],
        notes={
            SV: "the date 9999-12-31 is outside the years newsweave reads (1800–2200); left empty"
        },
        published={DA: "2023-09-13", SV: None},
    ),
    "date 0001-01-01": Case(
        {
            "a.jsonl": line(text=SV, published="0001-01-01")
            + "\n"
            + line(text=DA, published="2023-09-13")
        },
        stored=[DA, SV],
        notes={SV: "the date 0001-01-01 is outside the years"},
        published={DA: "2023-09-13", SV: None},
    ),
    "a typo 0023-09-12 next to 2023": Case(
        {
            "a.jsonl": "\n".join(
                [
                    line(text=DA, published="2023-09-13"),
                    line(text=SV, published="0023-09-12"),
                    line(text=EN, published="2023-09-14"),
                ]
            )
        },
        stored=[DA, SV, EN],
        notes={SV: "the date 0023-09-12 is outside the years"},
        published={DA: "2023-09-13", SV: None, EN: "2023-09-14"},
    ),
    "a 400-digit year": Case(
        {"a.jsonl": line(text=SV, published="1" * 400 + "-11-11") + "\n" + line(text=DA)},
        stored=[DA, SV],
        notes={SV: "could not read the date '111111"},
        published={SV: None},
    ),
    "a 400-digit year in a feed": Case(
        {"f.rss": rss(item("Storm", DA, "1" * 400 + "-11-11T00:00:00Z"))},
        stored=[DA],
        published={DA: None},
    ),
    "a header date outside the range": Case(
        {"a.txt": f"Title: Storm\nDate: 9999-12-31\n\n{DA}\n"},
        stored=[DA],
        notes={DA: "the date 9999-12-31 is outside the years"},
        published={DA: None},
    ),
    "a feed entry dated year 23": Case(
        {"f.rss": rss(item("Storm", DA, "0023-09-12T10:00:00Z") + item("Plan", SV))},
        stored=[DA, SV],
        notes={DA: "the date 0023-09-12 is outside the years"},
        published={DA: None, SV: "2023-09-13"},
    ),
    "lone surrogate in title": Case(
        {"a.jsonl": '{"text": "' + DA + '", "title": "Storm \\udc80"}' + "\n" + line(text=SV)},
        stored=[DA, SV],
        notes={DA: "title: 1 lone surrogate replaced by U+FFFD"},
    ),
    "lone surrogate in id": Case(
        {"a.jsonl": '{"text": "' + DA + '", "id": "dr-\\udc80"}' + "\n" + line(text=SV)},
        stored=[DA, SV],
        notes={DA: "id: 1 lone surrogate replaced by U+FFFD"},
        ids={DA: "dr-\ufffd"},
    ),
    "lone surrogate in text, lines after it": Case(
        {
            "a.jsonl": "\n".join(
                [line(text=DA), '{"text": "Storm \\ud800 over Skagen i dag."}', line(text=SV)]
            )
        },
        stored=[DA, "Storm \ufffd over Skagen i dag.", SV],
        notes={"Storm \ufffd over Skagen i dag.": "text: 1 lone surrogate replaced by U+FFFD"},
    ),
    "a line nested 200,000 deep, lines after it": Case(
        {"a.jsonl": "\n".join([line(text=DA), NESTED, line(text=SV)])},
        problems=["a.jsonl:2: not read: its JSON is nested too deeply"],
        stored=[DA, SV],
        exit_code=1,
    ),
    "a nested line in a file without an extension": Case(
        {"rows": "\n".join([line(text=DA), NESTED, line(text=SV)])},  # sniffed as JSON Lines
        problems=["rows:2: not read: its JSON is nested too deeply"],
        stored=[DA, SV],
        exit_code=1,
    ),
    "NUL in a text": Case(
        {
            "a.jsonl": '{"text": "Storm\\u0000 over Skagen i dag.", "title": "T\\u0000"}'
            + "\n"
            + '{"text": "\\u0000\\u0000 "}'
            + "\n"
            + line(text=SV)
        },
        problems=["a.jsonl:2: no article text is left once NUL characters are removed"],
        stored=["Storm over Skagen i dag.", SV],
        notes={"Storm over Skagen i dag.": "text: 1 NUL character removed"},
        exit_code=1,
    ),
    "id '.'": Case(
        {"a.jsonl": line(text=DA, id=".") + "\n" + line(text=SV, id="..")},
        stored=[DA, SV],
        notes={DA: "the id '.' cannot be used (it is only dots", SV: "the id '..' cannot be used"},
    ),
    "id with a newline": Case(
        {"a.jsonl": line(text=DA, id="dr\n1") + "\n" + line(text=SV, id=" se-1\n")},
        stored=[DA, SV],
        notes={DA: "the id 'dr\\n1' cannot be used (it holds a control, format or line-break"},
        ids={SV: "se-1"},  # surrounding whitespace is trimmed
    ),
    "id too long, id with a bidi override": Case(
        {
            "a.jsonl": line(text=DA, id="x" * (MAX_ID_CHARS + 1))
            + "\n"
            + line(text=SV, id="abc\u202edef")
        },
        stored=[DA, SV],
        notes={DA: "the id 'xxx", SV: "the id 'abc\\u202edef' cannot be used"},
    ),
    "a .json array": Case(
        {"a.json": json.dumps([{"text": DA, "id": "dk-1"}, {"text": ""}, {"text": SV}])},
        problems=['a.json:2: "text" must be a non-empty string, but it is empty'],
        stored=[DA, SV],
        ids={DA: "dk-1"},
        exit_code=1,
    ),
    "a .json document that holds no articles": Case(
        {"a.json": '{"articles": 3}', "b.json": '"bare string"', "c.json": "[]"},
        problems=[
            'a.json:1: "text" must be a non-empty string, but it is missing',
            "b.json: a JSON document holding a string, not articles",
            "c.json: an empty JSON array: no articles in it",
        ],
        exit_code=1,
        absent=['"articles"', "bare string"],
    ),
    "an empty folder": Case(
        {"tom/": "", "tom/sub/": ""},
        problems=["tom: an empty folder: no file in it to read"],
        exit_code=1,
    ),
    "a feed with a benign internal entity": Case(
        {
            "f.rss": rss(
                item("Færgen&nbsp;til Læsø", DA) + item("Plan", SV),
                '<!DOCTYPE rss [\n  <!ENTITY nbsp "&#160;">\n  <!-- "]>" -->\n]>\n',
            )
        },
        stored=[DA, SV],
        absent=["]>", "&#160;", "nbsp"],
    ),
    "a feed with an XXE payload": Case(
        {
            "secret.txt": "Hemmelige planer for havnen i Esbjerg og andre fortrolige oplysninger.",
            "f.rss": rss(
                item("Storm", DA + " &xxe;"),
                '<!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{dir}/secret.txt"> ]>\n',
            ),
        },
        stored=["Hemmelige planer for havnen i Esbjerg og andre fortrolige oplysninger."],
        once=["Hemmelige planer"],  # from its own file, never expanded into the feed's entry
    ),
    "a feed with billion laughs": Case(
        {"f.rss": rss(item("Sol", DA + " &lol9;"), f"<!DOCTYPE rss [\n{LAUGHS}]>\n")},
        absent=["lollol"],
    ),
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _make(folder: Path, files: dict[str, str | bytes]) -> list[Path]:
    made: list[Path] = []
    for name, content in files.items():
        path = folder / name.rstrip("/")
        if name.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(
                content.replace("{dir}", str(folder)), encoding="utf-8", errors="surrogatepass"
            )
        if "/" not in name.rstrip("/"):
            made.append(path)
    return made


def ingest(runner: CliRunner, paths: list[Path], db: Path):
    result = runner.invoke(main, ["ingest", *map(str, paths), "--db", str(db)])
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.output
    assert "Traceback" not in result.output
    return result


def stored_articles(db: Path) -> dict[str, object]:
    with Store(db, readonly=True) as store:
        return {a.text: a for a in store.iter_articles()}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_named_and_the_rest_is_stored(name, runner, tmp_path):
    case = CASES[name]
    folder = tmp_path / "in"
    folder.mkdir()
    good = folder / "good.txt"
    good.write_text(GOOD + "\n", encoding="utf-8")
    paths = [*_make(folder, case.files), good]
    db = tmp_path / "news.db"
    result = ingest(runner, paths, db)
    assert result.exit_code == case.exit_code, result.output
    for problem in case.problems:
        assert f"  {folder}/{problem}" in result.stderr, result.stderr
    articles = stored_articles(db)
    for text in [GOOD, *case.stored]:
        assert any(t.startswith(text) for t in articles), (text, list(articles))
    with Store(db, readonly=True) as store:
        recorded = [f"{p}:{ln}: {r}" if ln else f"{p}: {r}" for p, ln, r in store.run_problems(1)]
    assert len(recorded) == len(case.problems)
    for text, note in case.notes.items():
        issues = [i.message for i in articles[text].issues if i.stage == "ingest"]
        assert any(m.startswith(note) for m in issues), issues
        assert note in result.stderr  # the summary lists what was mended, not only the note
    for text, article_id in case.ids.items():
        assert articles[text].id == article_id
    for text, day in case.published.items():
        found = articles[text].published
        assert (found.isoformat() if found else None) == day
    everything = " ".join(f"{a.title} {t}" for t, a in articles.items())
    for bad in case.absent:
        assert bad not in everything
    for text in case.once:
        assert everything.count(text) == 1


def test_unreadable_file_and_folder_on_the_command_line(runner, tmp_path, monkeypatch):
    """As a non-root user sees them (simulated: root reads anything): a problem each, never
    a usage error, and the good input beside them is ingested."""
    secret = tmp_path / "hemmelig.txt"
    secret.write_text(DA, encoding="utf-8")
    closed = tmp_path / "lukket"
    closed.mkdir()
    (closed / "a.txt").write_text(SV, encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    real_open, real_scandir, real_access = builtins.open, os.scandir, os.access

    def refusing_open(file, *args, **kwargs):
        if Path(file) == secret:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    def refusing_scandir(path=".", *args):
        if Path(path) == closed:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(os, "scandir", refusing_scandir)
    monkeypatch.setattr(
        os, "access", lambda p, mode, **kw: Path(p) not in (secret, closed) and real_access(p, mode)
    )
    db = tmp_path / "news.db"
    result = ingest(runner, [secret, closed, good], db)
    assert result.exit_code == 1, result.output
    assert f"{secret}: permission denied" in result.stderr
    assert f"{closed}: cannot list the directory: permission denied" in result.stderr
    assert list(stored_articles(db)) == [GOOD]


def _unprivileged() -> list[str] | None:
    """How to run a command so that file permissions hold: nothing to add for a normal
    user; for root (as in CI), util-linux's `setpriv` without the capabilities that let
    root read any file; None where neither works."""
    if not hasattr(os, "geteuid"):
        return None
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"] if setpriv else None


@pytest.mark.skipif(_unprivileged() is None, reason="no POSIX permissions, or root without setpriv")
def test_chmod_000_file_and_folder(tmp_path):
    work = tmp_path  # the files are written by this process, read by a less privileged one
    try:
        secret = work / "hemmelig.txt"
        secret.write_text(DA, encoding="utf-8")
        closed = work / "lukket"
        closed.mkdir()
        (closed / "a.txt").write_text(SV, encoding="utf-8")
        good = work / "good.txt"
        good.write_text(GOOD, encoding="utf-8")
        secret.chmod(0)
        closed.chmod(0)
        db = work / "news.db"
        result = subprocess.run(
            [*_unprivileged(), sys.executable, "-c", "from newsweave.cli import main; main()",
             "ingest", str(secret), str(closed), str(good), "--db", str(db)],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert result.returncode == 1, result.stderr
        assert f"{secret}: permission denied" in result.stderr
        assert f"{closed}: cannot list the directory: permission denied" in result.stderr
        assert list(stored_articles(db)) == [GOOD]
    finally:
        for path in (work / "hemmelig.txt", work / "lukket"):
            path.chmod(0o755)  # so that pytest can clean up


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"nyhed-\xe6.txt"), "wb") as f:
        f.write(DA.encode())
    with open(os.path.join(os.fsencode(folder), b"tom-\xe6.txt"), "wb"):
        pass
    db = tmp_path / "news.db"
    result = ingest(runner, [folder], db)
    assert result.exit_code == 1, result.output
    assert f"{folder}/tom-\ufffd.txt: empty file" in result.stderr
    [article] = stored_articles(db).values()
    assert article.origin == f"{folder}/nyhed-\ufffd.txt"


def test_only_an_empty_folder_exits_2(runner, tmp_path):
    (tmp_path / "tom").mkdir()
    result = ingest(runner, [tmp_path / "tom"], tmp_path / "news.db")
    assert result.exit_code == 2
    assert "an empty folder" in result.stderr
    assert not (tmp_path / "news.db").exists()


def test_cluster_command_survives_dates_centuries_apart(runner, tmp_path):
    rows = tmp_path / "a.jsonl"
    rows.write_text(
        "\n".join(
            line(text=t, published=d)
            for t, d in [
                (DA, "2023-09-13"),
                (SV, "9999-12-31"),
                (EN, "0023-09-12"),
                (GOOD, "2023-09-14"),
            ]
        ),
        encoding="utf-8",
    )
    result = runner.invoke(main, ["cluster", str(rows)])
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(out) == 4 and all("story" in row for row in out)
    assert {r["text"]: r["published"] for r in out}[SV] is None
