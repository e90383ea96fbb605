"""Screenshots of the desk in Debian's chromium (headless), to look at a page as a reader
sees it: the case articles' story (Danish, German and an English report) at a laptop's
and a phone's width, its article page, and the stories list.

    python benchmarks/screenshots.py [--db STORE] [--out DIR] [--ui-language CODE]
                                     [--translate hf:PATH|argos:PATH]

Without --db, a store is built in a temporary folder from ../shared/cases (the two case
articles), a short English report of the same meeting and six unrelated sample articles,
with the default (accurate) tier. Pages are written to DIR (default test-artifacts/) as
<page>-<width>.png. With --translate, also the story page with its quotes machine-translated
into the reader's language (story-translated-<width>.png).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn

from newsweave.analysis import default_pipeline
from newsweave.batch import ingest
from newsweave.desk.app import create_app
from newsweave.store import Store
from newsweave.translation import Translator, load_translator

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSWEAVE_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "src" / "newsweave" / "sample"
CHROMIUM = os.environ.get("NEWSWEAVE_CHROMIUM", "/usr/bin/chromium")
LATER = {
    "id": "en-later", "language": "en", "published": "2023-09-14",
    "text": "North Korean leader Kim Jong Un left Russia on Thursday after meeting Vladimir "
            "Putin at the Vostochny cosmodrome. Putin said Russia would help North Korea build "
            "satellites. Kim travelled by armoured train from Pyongyang to Vladivostok.",
}  # fmt: skip
WIDTHS = (1280, 390)


def case_store(folder: Path) -> Path:
    rows = []
    for line in (SHARED / "cases" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        text = (SHARED / "cases" / case["file"]).read_text(encoding="utf-8")
        rows.append({"id": case["file"], "text": text, "language": case["language"],
                     "published": case["published"]})  # fmt: skip
    feed = folder / "cases.jsonl"
    feed.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [*rows, LATER]) + "\n")
    db = folder / "cases.db"
    with Store(db) as store:
        ingest(store, [*sorted((SAMPLE / "wikinews").glob("*.txt"))[:6], feed], default_pipeline())
    return db


def serve(db: Path, translator: Translator | None = None) -> tuple[str, uvicorn.Server]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app = create_app(db, port=port, translator=translator)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path)
    ap.add_argument("--out", type=Path, default=ROOT / "test-artifacts")
    ap.add_argument("--ui-language", default="")
    ap.add_argument("--translate", metavar="hf:PATH|argos:PATH",
                    help="also the story page with its quotes machine-translated by this model")
    args = ap.parse_args()
    translator = load_translator(args.translate) if args.translate else None
    from playwright.sync_api import sync_playwright

    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or case_store(Path(tmp))
        with Store(db, readonly=True) as store:
            (sid,) = store.conn.execute(
                "SELECT story_id FROM story_articles WHERE article_id = 'da_kim_putin.txt'"
            ).fetchone()
        base, server = serve(db, translator)
        ui = f"?ui={args.ui_language}" if args.ui_language else ""
        pages = {"stories": "/" + ui, "story": f"/story/{sid}{ui}",
                 "article": "/article/da_kim_putin.txt" + ui}  # fmt: skip
        if translator is not None:
            pages["story-translated"] = f"/story/{sid}{ui or '?'}{'&' if ui else ''}translate=1"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
            for width in WIDTHS:
                page = browser.new_page(viewport={"width": width, "height": 900})
                for name, path in pages.items():
                    page.goto(base + path)
                    shot = args.out / f"{name}-{width}.png"
                    page.screenshot(path=str(shot), full_page=True)
                    print(shot)
                page.close()
            browser.close()
        server.should_exit = True
    return 0


if __name__ == "__main__":
    sys.exit(main())
