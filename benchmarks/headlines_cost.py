"""What keeping story headlines costs on ingest: `benchmarks/ingest_scale.py` run with
`newsweave.store.headlines.update` timed.

    python benchmarks/headlines_cost.py [--articles 1000]
"""

from __future__ import annotations

import argparse
import runpy
import sys
import time
from pathlib import Path

from newsweave.store import headlines, stories


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    n = ap.parse_args().articles
    spent = [0.0, 0]
    update = headlines.update

    def timed(*args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        update(*args, **kwargs)
        spent[0] += time.perf_counter() - start
        spent[1] += 1

    stories.headlines.update = timed  # type: ignore[assignment]
    sys.argv = ["ingest_scale.py", "--articles", str(n), "--step", str(n)]
    start = time.perf_counter()
    runpy.run_path(str(Path(__file__).with_name("ingest_scale.py")), run_name="__main__")
    total = time.perf_counter() - start
    print(
        f"ingest {total:.1f} s; keeping headlines {spent[0]:.2f} s over {spent[1]} batches "
        f"({100 * spent[0] / total:.1f} %)"
    )


if __name__ == "__main__":
    main()
