"""Migrating a store an older newsweave wrote: how long, and the same result as the code
before (issue 15, step 2).

    PYTHONPATH=src python benchmarks/migrations.py [--reports 40] [--compare OLD_SRC]

Weaves the first N MEANTIME reports of the sample corpus (each in en, es, it, nl) into a
store, copies it into databases at older schema versions (tests/store/older.py: the
migrations up to that one, the rows that schema has), and times opening each for writing
(every missing migration with its backfills). With `--compare OLD_SRC` (the `src` folder
of another checkout, e.g. `git archive <commit> src | tar -x -C /tmp/old`), the same
copies are migrated by that code too and the schema, name links, headlines and story
assignments compared. Last, the desk's per-page check of the schema version
(`Store.check_schema`) is timed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import timeit
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.store.older

from newsweave.store import Store
from tests.store.older import older_copy, rows, schema, woven

VERSIONS = ("0005_entity_names", "0011_story_dates")
COMPARED = {
    "name links": "SELECT * FROM entity_links ORDER BY story_id, entity",
    "headlines": "SELECT * FROM story_headlines ORDER BY story_id, language",
    "stories": "SELECT article_id, story_id FROM story_articles ORDER BY rowid",
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=40)
    ap.add_argument("--compare", type=Path, metavar="OLD_SRC")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        source = woven(folder, args.reports)
        articles = rows(source, "SELECT count(*) FROM articles")[0][0]
        print(f"woven: {articles} articles in {time.perf_counter() - t0:.1f} s")
        for upto in VERSIONS:
            old = older_copy(source, folder / f"{upto}.db", upto)
            other = Path(shutil.copy(old, folder / f"{upto}-other.db"))
            t0 = time.perf_counter()
            with Store(old) as store:
                applied = store.migrated
            took = time.perf_counter() - t0
            print(f"from {upto}: {len(applied)} migrations in {took * 1000:.0f} ms")
            if args.compare:
                code = "import sys; from newsweave.store import Store; Store(sys.argv[1]).close()"
                env = {**os.environ, "PYTHONPATH": str(args.compare)}
                subprocess.run([sys.executable, "-c", code, str(other)], env=env, check=True)
                same = {"schema": schema(old) == schema(other)}
                same |= {what: rows(old, sql) == rows(other, sql) for what, sql in COMPARED.items()}
                print("  same as the other code: " + ", ".join(f"{k} {v}" for k, v in same.items()))
        with Store(source, readonly=True) as store:
            n = 20_000
            each = timeit.timeit(store.check_schema, number=n) / n
        print(f"Store.check_schema (the desk, per page): {each * 1e6:.1f} us")


if __name__ == "__main__":
    main()
