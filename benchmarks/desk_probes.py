"""The desk's probe table (tests/desk/test_probes.py) against a store, counted by status,
and three pages timed (20 requests each, in-process). Issue 13, item 7.

    PYTHONPATH=src python benchmarks/desk_probes.py DB
The store needs the case articles (the desk tests' fixture, or any ingest of
../shared/cases); the story probed is the Danish case's."""

import collections
import logging
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
logging.disable(logging.CRITICAL)  # the old desk logs each 500
from starlette.testclient import TestClient  # noqa: E402

from newsweave.desk.app import create_app  # noqa: E402
from tests.desk.test_probes import PROBES  # noqa: E402

db = Path(sys.argv[1])
sid = (
    sqlite3.connect(db)
    .execute("select story_id from story_articles where article_id='da_kim_putin.txt'")
    .fetchone()[0]
)
c = TestClient(create_app(db), base_url="http://127.0.0.1:8000", raise_server_exceptions=False)
got: collections.Counter[int] = collections.Counter()
wrong = 0
for path, want in PROBES:
    r = c.get(path.format(sid=sid))
    got[r.status_code] += 1
    wrong += r.status_code != want
print("statuses", dict(sorted(got.items())), "not as expected", wrong, "of", len(PROBES))
for path in (f"/story/{sid}", "/?q=Lagos", "/article/da_kim_putin.txt"):
    c.get(path)
    ts = []
    for _ in range(20):
        t = time.perf_counter()
        r = c.get(path)
        ts.append((time.perf_counter() - t) * 1000)
    print(path, f"median {statistics.median(ts):.1f} ms", len(r.content), "bytes")
