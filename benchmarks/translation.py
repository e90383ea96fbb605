"""What machine translation on the desk costs with a model of OPUS-MT's size: the same
Marian weights (random, seeded: 6 + 6 layers, d_model 512, a vocabulary of 32,000, of
which a sentencepiece tokenizer learnt from the bundled sample and the case articles
makes 8,000) run by
transformers and torch (`--translate hf:PATH`) and by CTranslate2 as an Argos package
(`--translate argos:PATH`), in float32 and in int8 as Argos ships its models.

    python benchmarks/translation.py [--sentences 20] [--tokens 40] [--repeat 3]

Each engine runs in its own process: its load time, its resident memory after loading
and after translating, and the time to translate the first `--sentences` sentences of
the Danish case article in one batch, each written to exactly `--tokens` tokens (a random
model never stops by itself, so the length is forced, the same for every engine), by
greedy search and by a beam of 2 (what newsweave's Argos reader uses). Needs
`pip install 'newsweave[test]'` (torch, transformers, ctranslate2).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT.parent / "shared" / "cases"
CASE = CASES / "da_kim_putin.txt"
SAMPLE = ROOT / "src" / "newsweave" / "sample" / "meantime.jsonl"
WIKINEWS = ROOT / "src" / "newsweave" / "sample" / "wikinews"
THREADS = 2


def rss_mb(field: str = "VmRSS") -> float:
    """This process's resident memory now (VmRSS) or at its peak (VmHWM), in MB; not
    getrusage's maxrss, which a process started from another keeps from its parent."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def sentences(count: int) -> list[str]:
    from newsweave.ingest.text import split_header
    from newsweave.sentences import split_sentences

    _, text = split_header(CASE.read_text(encoding="utf-8"))
    found = [text[s.start : s.end] for s in split_sentences(text, "da")]
    return found[:count]


def run_hf(folder: Path, texts: list[str], tokens: int, repeat: int) -> dict:
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    torch.set_num_threads(THREADS)
    start = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(folder, local_files_only=True)
    model = AutoModelForSeq2SeqLM.from_pretrained(folder, local_files_only=True).eval()
    loaded = time.perf_counter() - start
    out = {"load_s": loaded, "rss_loaded_mb": rss_mb()}
    batch = tokenizer(texts, return_tensors="pt", padding=True)
    for beam in (1, 2):
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            with torch.inference_mode():
                model.generate(
                    **batch, num_beams=beam, min_new_tokens=tokens, max_new_tokens=tokens
                )
            times.append(time.perf_counter() - start)
        out[f"beam{beam}_s"] = min(times)
    out["rss_after_mb"] = rss_mb()
    return out


def run_ct2(folder: Path, texts: list[str], tokens: int, repeat: int) -> dict:
    import ctranslate2
    import sentencepiece

    start = time.perf_counter()
    tokenizer = sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    model = ctranslate2.Translator(
        str(folder / "model"), device="cpu", inter_threads=1, intra_threads=THREADS
    )
    loaded = time.perf_counter() - start
    out = {"load_s": loaded, "rss_loaded_mb": rss_mb()}
    pieces = tokenizer.encode(texts, out_type=str)
    out["tokens_in"] = sum(map(len, pieces))
    for beam in (1, 2):
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            model.translate_batch(
                pieces, beam_size=beam, min_decoding_length=tokens, max_decoding_length=tokens
            )
            times.append(time.perf_counter() - start)
        out[f"beam{beam}_s"] = min(times)
    out["rss_after_mb"] = rss_mb()
    return out


def child(engine: str, folder: Path, count: int, tokens: int, repeat: int) -> None:
    texts = sentences(count)
    run = run_hf if engine == "hf" else run_ct2
    result = run(folder, texts, tokens, repeat)
    result["peak_rss_mb"] = rss_mb("VmHWM")
    print(json.dumps(result))


def build(where: Path) -> dict[str, Path]:
    sys.path.insert(0, str(ROOT))
    from tests.translation.builders import OPUS_MT, save_argos, save_opus_mt

    texts = [json.loads(line)["text"] for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    files = [*WIKINEWS.glob("*.txt"), *CASES.glob("*.txt")]
    texts += [p.read_text(encoding="utf-8") for p in files]
    corpus = [line for text in texts for line in text.splitlines() if line.strip()]
    size = {"shape": OPUS_MT, "vocab_size": 32_000, "positions": 512, "corpus": corpus,
            "pieces": 8_000}  # fmt: skip
    folders = {
        "hf": where / "opus-mt-da-en",
        "ct2": where / "translate-da_en",
        "ct2-int8": where / "translate-da_en-int8",
    }
    save_opus_mt(folders["hf"], **size)
    save_argos(folders["ct2"], "da", "en", **size)
    save_argos(folders["ct2-int8"], "da", "en", quantization="int8", **size)
    return folders


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=20)
    parser.add_argument("--tokens", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", nargs=2, metavar=("ENGINE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), args.sentences, args.tokens, args.repeat)
        return
    with tempfile.TemporaryDirectory() as where:
        start = time.perf_counter()
        folders = build(Path(where))
        print(f"built the models in {time.perf_counter() - start:.0f} s", file=sys.stderr)
        size = {k: sum(f.stat().st_size for f in v.rglob("*") if f.is_file()) / 2**20
                for k, v in folders.items()}  # fmt: skip
        texts = sentences(args.sentences)
        words = sum(len(t.split()) for t in texts)
        print(f"{len(texts)} sentences ({words} words) of {CASE.name}, each written to "
              f"{args.tokens} tokens; {THREADS} threads; best of {args.repeat}")  # fmt: skip
        print("| engine | on disk | load | RSS loaded | greedy | beam 2 | per sentence (beam 2) "
              "| peak RSS |")  # fmt: skip
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        for engine, folder in folders.items():
            done = subprocess.run(
                [sys.executable, __file__, "--child", engine, str(folder),
                 "--sentences", str(args.sentences), "--tokens", str(args.tokens),
                 "--repeat", str(args.repeat)],
                check=True, capture_output=True, text=True, env={**os.environ},
            )  # fmt: skip
            r = json.loads(done.stdout.strip().splitlines()[-1])
            if "tokens_in" in r:
                print(f"({r['tokens_in']} tokens in)", file=sys.stderr)
            print(
                f"| {engine} | {size[engine]:.0f} MB | {r['load_s']:.2f} s "
                f"| {r['rss_loaded_mb']:.0f} MB | {r['beam1_s']:.2f} s | {r['beam2_s']:.2f} s "
                f"| {1000 * r['beam2_s'] / len(texts):.0f} ms | {r['peak_rss_mb']:.0f} MB |"
            )


if __name__ == "__main__":
    main()
