"""The layering of the read side, checked on the source tree: SQL and the store's
connection stay in `newsweave.store` and `newsweave.views`, and `newsweave.stories` (the
pure logic: clustering, comparing a story's articles) never imports the store or the
views, so that no arrow runs back up from the store."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "newsweave"
SQL_HOMES = ("store", "views")  # the packages allowed to hold SQL and the connection

# a use of a database connection: `store.conn`, `self.conn`, `conn.execute(…)`,
# `.executemany(…)`, `sqlite3.connect(…)`
CONNECTION = re.compile(r"\.conn\b|\bconn\.\w|\.execute(many|script)?\(|sqlite3\.connect\(")
# a SQL statement in a string (this code base writes SQL in capitals): a keyword that
# starts one, then what that statement needs
STATEMENT = re.compile(
    r"\b(SELECT\b.+\bFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM"
    r"|CREATE\s+(TABLE|INDEX|VIEW|VIRTUAL)|DROP\s+(TABLE|INDEX)|PRAGMA\s+\w+|BEGIN\s+IMMEDIATE)",
    re.DOTALL,
)


def _docstrings(tree: ast.AST) -> list[ast.Constant]:
    return [
        node.body[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
        and isinstance(node.body[0].value.value, str)
    ]


def sql_outside_its_homes(root: Path = SRC) -> list[str]:
    """`path:line: what` for each use of a connection, and each string holding a SQL
    statement, outside `SQL_HOMES` (comments and docstrings aside: prose may name a
    table)."""
    found = set()
    for path in sorted(root.rglob("*.py")):
        if path.relative_to(root).parts[0] in SQL_HOMES:
            continue
        name = path.relative_to(root).as_posix()
        text = path.read_text(encoding="utf-8")
        tree = ast.parse(text)
        docs = _docstrings(tree)
        in_docs = {n for d in docs for n in range(d.lineno, (d.end_lineno or d.lineno) + 1)}
        for n, line in enumerate(text.splitlines(), 1):
            if n not in in_docs and CONNECTION.search(line.split("#", 1)[0]):
                found.add((name, n, line.strip()))
        skip = {id(d) for d in docs}
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and STATEMENT.search(node.value)
            ):
                found.add((name, node.lineno, f"SQL {node.value[:60]!r}"))
    return [f"{name}:{n}: {what}" for name, n, what in sorted(found)]


def imports_of(path: Path, package: str) -> set[str]:
    """The modules a file of `package` imports, anywhere in it (absolute names, relative
    ones resolved), and each name imported from one (`from a import b`: a and a.b)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_no_sql_and_no_connection_outside_the_store_and_the_views():
    assert sql_outside_its_homes() == []


def test_the_rule_catches_a_query_in_the_desk_again(tmp_path):
    """The check itself: a desk module that reads the store's connection and runs SQL, as
    desk/pages.py did, is caught by the connection and by the statement; the same in
    views/ is allowed, and so is SQL named in a docstring."""
    desk = tmp_path / "desk"
    desk.mkdir()
    (desk / "pages.py").write_text(
        '"""A page. SELECT words FROM prose are fine in a docstring, as is store.conn."""\n'
        "def story_of_article(store, article_id):\n"
        "    row = store.conn.execute(\n"
        '        "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)\n'
        "    ).fetchone()\n"
        "    return row\n",
        encoding="utf-8",
    )
    (tmp_path / "views").mkdir()
    (tmp_path / "views" / "stories.py").write_text(
        'def f(store):\n    return store.conn.execute("SELECT 1 FROM stories")\n', encoding="utf-8"
    )
    found = sql_outside_its_homes(tmp_path)
    assert [f.split(":")[:2] for f in found] == [["desk/pages.py", "3"], ["desk/pages.py", "4"]]


def test_stories_never_import_the_store_or_the_views():
    stories = sorted((SRC / "stories").glob("*.py"))
    assert len(stories) > 5
    reaching = {
        p.name: sorted(
            m
            for m in imports_of(p, "newsweave.stories")
            if m.startswith(("newsweave.store", "newsweave.views"))
        )
        for p in stories
    }
    assert {name: found for name, found in reaching.items() if found} == {}


def test_the_import_rule_sees_every_form_of_import(tmp_path):
    probe = tmp_path / "probe.py"
    forms = {
        "import newsweave.store.store": "newsweave.store.store",
        "from newsweave.store import Store": "newsweave.store",
        "from newsweave import views": "newsweave.views",
        "from ..store.names import relink": "newsweave.store.names",
        "def f():\n    from newsweave.views.story import story_view": "newsweave.views.story",
    }
    for source, module in forms.items():
        probe.write_text(source + "\n", encoding="utf-8")
        assert module in imports_of(probe, "newsweave.stories"), source
