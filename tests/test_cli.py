import json
import re

import pytest
from click.testing import CliRunner

from newsweave.cli import main
from newsweave.store import Store
from newsweave.views.stories import stories_of_articles

DA = "Folketinget vedtog i går en ny lov om forsvaret. »Det er en historisk dag,« sagde ministeren."
DE = (
    "Die Bundesregierung hat am Mittwoch neue Hilfen beschlossen. Das sagte ein Sprecher in Berlin."
)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "da.txt").write_text(
        f"Title: Ny forsvarslov\nDate: 2023-09-14\nSource: Eksempelavisen\n\n{DA}\n",
        encoding="utf-8",
    )
    (tmp_path / "news" / "de.jsonl").write_text(
        json.dumps({"id": "de-1", "text": DE, "published": "2023-09-15"}) + "\n", encoding="utf-8"
    )
    return tmp_path / "news"


def test_analyze_prints_the_contract(runner, corpus):
    result = runner.invoke(main, ["analyze", str(corpus)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    by_lang = {r["language"]: r for r in rows}
    assert set(by_lang) == {"da", "de"}
    da = by_lang["da"]
    assert da["schema"] == 1 and da["title"] == "Ny forsvarslov" and da["published"] == "2023-09-14"
    assert len(da["sentences"]) == 2
    assert {"text": "i går", "value": "2023-09-13"}.items() <= da["dates"][0].items()
    assert by_lang["de"]["id"] == "de-1"
    assert by_lang["de"]["dates"][0]["value"] == "2023-09-13"


def test_analyze_text_format_is_readable(runner, corpus):
    result = runner.invoke(main, ["analyze", str(corpus / "da.txt"), "--format", "text"])
    assert result.exit_code == 0
    assert "Ny forsvarslov" in result.stdout
    assert "i går → 2023-09-13" in result.stdout
    # who said it, then the quote on a line of its own
    assert "  ministeren · direct\n    “Det er en historisk dag,”\n" in result.stdout


def test_analyze_language_and_published_fill_what_the_input_lacks(runner, tmp_path):
    (tmp_path / "a.txt").write_text(DE, encoding="utf-8")
    result = runner.invoke(
        main, ["analyze", str(tmp_path / "a.txt"), "--published", "2023-09-14", "--language", "de"]
    )
    row = json.loads(result.stdout)
    assert row["published"] == "2023-09-14" and row["language"] == "de"
    assert row["dates"][0]["value"] == "2023-09-13"


def test_skipped_inputs_give_exit_status_1_and_a_reason(runner, corpus, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(main, ["analyze", str(corpus), str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert "empty.txt" in result.stderr and "Traceback" not in result.stderr


def test_nothing_readable_gives_exit_status_2(runner, tmp_path):
    result = runner.invoke(main, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr


def test_usage_errors_give_exit_status_2(runner, corpus):
    result = runner.invoke(main, ["analyze", str(corpus), "--published", "someday"])
    assert result.exit_code == 2
    assert "is not an ISO date" in result.stderr
    assert runner.invoke(main, ["analyze"]).exit_code == 2
    assert runner.invoke(main, ["analyze", str(corpus), "--max-size", "lots"]).exit_code == 2


def test_max_size_skips_big_files_with_the_limit_in_the_message(runner, corpus):
    result = runner.invoke(main, ["analyze", str(corpus / "da.txt"), "--max-size", "100"])
    assert result.exit_code == 2
    assert "100" in result.stderr and "--max-size" in result.stderr


def test_ingest_articles_show_report(runner, corpus, tmp_path):
    db = tmp_path / "n.db"
    result = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 article(s) added" in result.stderr

    assert "names, places and dates only" not in result.stderr  # the accurate tier: meaning too

    again = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert again.exit_code == 0 and "0 article(s) added" in again.stderr
    assert "2 already in the store" in again.stderr

    listing = runner.invoke(main, ["articles", "--db", str(db)])
    assert "Ny forsvarslov" in listing.stdout and "de-1" in listing.stdout

    shown = runner.invoke(main, ["show", "de-1", "--db", str(db)])
    assert shown.exit_code == 0 and "Mittwoch" in shown.stdout
    as_json = json.loads(runner.invoke(main, ["show", "de-1", "--db", str(db), "--json"]).stdout)
    assert as_json["id"] == "de-1" and as_json["language"] == "de"

    missing = runner.invoke(main, ["show", "nope", "--db", str(db)])
    assert missing.exit_code == 2 and "no article with id" in missing.stderr

    out = tmp_path / "site"
    rep = runner.invoke(main, ["report", "--db", str(db), "--out", str(out)])
    assert rep.exit_code == 0
    # each story is titled with the headline of its most representative article
    stories = runner.invoke(main, ["stories", "--db", str(db), "--json"]).stdout.splitlines()
    titles = [json.loads(line)["title"] for line in stories]
    assert set(titles) <= {"Ny forsvarslov", DE.split(". ")[0] + "."}
    index = (out / "index.html").read_text()
    assert all(title in index for title in titles)
    assert any("Ny forsvarslov" in page.read_text() for page in (out / "article").glob("*.html"))


def test_reading_commands_on_a_missing_database_say_what_to_do(runner, tmp_path):
    result = runner.invoke(main, ["articles", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "newsweave ingest" in result.stderr and "Traceback" not in result.stderr


def test_demo_ingests_the_sample_and_writes_the_report(runner, tmp_path):
    # the fast tier: a sixth of the time; the README's set-up runs the accurate demo in CI
    result = runner.invoke(main, ["demo", "--ner", "fast", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert "220 article(s) added" in result.stderr  # the sample's ATTRIBUTION.md is not read
    index = tmp_path / "demo" / "report" / "index.html"
    assert str(index.resolve()) in result.stdout
    html = index.read_text()
    for language in ("English", "Spanish", "Italian", "Dutch"):
        assert language in html
    # what a new user sees first: each MEANTIME report and its three translations (the
    # MacBook launch of 17 May 2006, GM's chief executive of 4 June 2009 …) is one story
    with Store(tmp_path / "demo" / "newsweave.db", readonly=True) as store:
        reports = [a.id for a in store.articles(limit=1000) if a.id.startswith("meantime-")]
        stories = stories_of_articles(store, reports)
    groups: dict[str, set[int | None]] = {}
    for aid in reports:
        groups.setdefault(aid.split("-")[2], set()).add(stories[aid])
    assert (len(reports), len(groups)) == (160, 40)
    assert {n: s for n, s in groups.items() if len(s) != 1 or None in s} == {}


def test_quotes_lists_what_one_speaker_said_across_languages(runner, tmp_path):
    news = tmp_path / "quotes"
    news.mkdir()
    (news / "da.txt").write_text(
        "Date: 2023-09-13\n\n»Vi skal bruge flere penge på forsvaret,« sagde Mette Frederiksen.",
        encoding="utf-8",
    )
    (news / "de.txt").write_text(
        "Date: 2023-09-14\n\n„Dänemark wird die Ukraine weiter unterstützen“, sagte Mette "
        "Frederiksen in Berlin.",
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    assert runner.invoke(main, ["ingest", str(news), "--db", str(db)]).exit_code == 0
    by_name = runner.invoke(main, ["quotes", "Mette Frederiksen", "--db", str(db)])
    assert by_name.exit_code == 0, by_name.output
    assert "Dänemark wird" in by_name.stdout and "Vi skal bruge" in by_name.stdout
    by_id = runner.invoke(main, ["quotes", "per:mette-frederiksen", "--db", str(db)])
    assert by_id.stdout == by_name.stdout
    nobody = runner.invoke(main, ["quotes", "Nobody", "--db", str(db)])
    assert nobody.exit_code == 1 and "No quotes by 'Nobody'" in nobody.stderr


def test_eval_quotes_scores_a_gold_folder(runner, tmp_path):
    from tests.evaluation.test_quotes import _polnear

    _polnear(tmp_path / "polnear")
    result = runner.invoke(main, ["eval", "quotes", "--data", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "speaker accuracy" in result.stdout and "direct" in result.stdout
    missing = runner.invoke(main, ["eval", "quotes", "--data", str(tmp_path), "--corpus", "spkatt"])
    assert missing.exit_code == 1 and "spkatt-2023/train" in missing.output
    assert "--data is the folder that holds polnear/ and spkatt-2023/" in missing.output


SW = "Rais wa Tanzania alikutana na viongozi wa Kenya jijini Nairobi siku ya Jumatano."


@pytest.mark.parametrize("command", ["analyze", "ingest", "cluster"])
def test_an_unknown_language_code_is_a_usage_error_that_lists_the_known_ones(
    runner, corpus, tmp_path, command
):
    db = tmp_path / "n.db"
    extra = ["--db", str(db)] if command == "ingest" else []
    result = runner.invoke(main, [command, str(corpus), "--language", "xx", *extra])
    assert result.exit_code == 2
    assert "'xx': not a language code newsweave knows" in result.stderr
    assert "With language data: cs, da, de, en" in result.stderr
    assert "language-independent rules: af, am" in result.stderr and " zh." in result.stderr
    assert not db.exists()
    many = runner.invoke(main, [command, str(corpus), "--languages", "da,de,dk", *extra])
    assert many.exit_code == 2 and "'dk': not a language code" in many.stderr


def test_a_known_language_without_language_data_is_accepted(runner, tmp_path):
    (tmp_path / "sw.txt").write_text(SW, encoding="utf-8")
    result = runner.invoke(main, ["analyze", str(tmp_path / "sw.txt"), "--language", "sw"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "sw"


def test_languages_limit_identification_and_take_any_spelling_of_a_code(runner, corpus):
    result = runner.invoke(main, ["analyze", str(corpus / "da.txt"), "--languages", "NB,sv"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] in ("no", "sv")  # Danish is not a choice
    danish = runner.invoke(main, ["analyze", str(corpus / "da.txt"), "--languages", "da-DK,sv"])
    assert json.loads(danish.stdout)["language"] == "da"


def test_ingest_with_the_fast_tier_says_its_stories_use_keys_only(runner, corpus, tmp_path):
    db = tmp_path / "fast.db"
    result = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--ner", "fast"])
    assert result.exit_code == 0, result.output
    assert "Stories are woven by shared names, places and dates only: --ner fast" in (
        result.stderr
    )
    with Store(db, readonly=True) as store:  # and nothing claims a meaning it has not
        assert store.conn.execute("SELECT count(*) FROM article_embeddings").fetchone() == (0,)


def test_ingest_language_fills_articles_whose_input_does_not_state_one(runner, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DE, encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(
        json.dumps({"id": "b", "text": DA, "language": "da"}) + "\n", encoding="utf-8"
    )
    db = tmp_path / "n.db"
    result = runner.invoke(
        main, ["ingest", str(tmp_path / "in"), "--db", str(db), "--language", "sw"]
    )
    assert result.exit_code == 0, result.output
    listed = runner.invoke(main, ["articles", "--db", str(db)]).stdout
    assert "sw" in listed.split() and "da" in listed.split()  # the input's own language wins


def test_a_failed_ingest_leaves_no_new_database_behind(runner, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "README.md").write_text("# Om mappen\n", encoding="utf-8")
    for inputs in ([tmp_path / "missing.txt"], [tmp_path / "docs"]):
        db = tmp_path / "new" / "dir" / "n.db"
        result = runner.invoke(main, ["ingest", *map(str, inputs), "--db", str(db)])
        assert result.exit_code == 2
        assert "was not kept" in result.stderr
        assert not (tmp_path / "new").exists()
    bad_model = runner.invoke(main, ["ingest", str(tmp_path), "--db", str(db), "--ner", "hf:/no"])
    assert bad_model.exit_code == 2 and not db.exists()


def test_a_failed_ingest_never_removes_an_existing_database(runner, corpus, tmp_path):
    db = tmp_path / "n.db"
    assert runner.invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    failed = runner.invoke(main, ["ingest", str(tmp_path / "missing.txt"), "--db", str(db)])
    assert failed.exit_code == 2 and "0 article(s) added" in failed.stderr
    assert "2 in all" in failed.stderr and db.is_file()
    empty = tmp_path / "empty.db"
    empty.touch()  # an empty file is SQLite's empty database: someone's, so kept
    assert (
        runner.invoke(main, ["ingest", str(tmp_path / "x.txt"), "--db", str(empty)]).exit_code == 2
    )
    assert empty.is_file()


def test_piped_output_is_not_wrapped(runner, tmp_path):
    folder = tmp_path / ("a-folder-with-a-name-long-enough-to-wrap-" * 3)
    folder.mkdir()
    quote = (
        "»Det er en historisk dag for Danmark og for hele Norden, og vi har ventet længe på "
        "den lov, som skal styrke vores forsvar i mange år frem,« sagde ministeren."
    )
    (folder / "da.txt").write_text(
        f"Title: Ny forsvarslov\nDate: 2023-09-14\n\n{DA} {quote}\n", encoding="utf-8"
    )
    result = runner.invoke(main, ["analyze", str(folder), "--format", "text"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any(str(folder / "da.txt") in line for line in lines)
    assert any(line.strip().startswith("“Det er en historisk dag") and line.endswith("frem,”")
               for line in lines)  # fmt: skip
    assert max(len(line) for line in lines) > 120
    assert len(lines[0]) <= 80  # the rule under the title stays short

    db = tmp_path / "n.db"
    ingested = runner.invoke(
        main, ["ingest", str(tmp_path / "missing" / folder.name), "--db", str(db)]
    )
    assert any(folder.name in line for line in ingested.stderr.splitlines())


def test_ingest_shows_total_rate_and_time_left_on_stderr(runner, corpus, tmp_path, monkeypatch):
    import io

    from rich.console import Console

    from newsweave.cli import common, ingest

    screen = io.StringIO()
    stderr = Console(file=screen, force_terminal=True, width=160)
    for module in (common, ingest):  # the shared stderr console, where each module holds it
        monkeypatch.setattr(module, "err", stderr)
    (corpus / "README.md").write_text("# Om mappen\n", encoding="utf-8")
    result = runner.invoke(main, ["ingest", str(corpus), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 0, result.output
    shown = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue())  # colours and moves
    # done of total (2 articles and the README), the rate, then the time left or taken
    assert re.search(r"analysing ━+ 3/3 [0-9.]+ articles/s \d\d:\d\d", shown), shown
    assert "0/3 – articles/s --:--" in shown  # before the first article
    assert "1 file(s) skipped as not articles (name the file itself, or pass --all-files" in shown
    assert f"{corpus / 'README.md'}: a README, not an article" in shown
    assert result.stdout == ""  # progress and summary never go to stdout


def test_analyze_skips_a_folders_readme_but_reads_one_named(runner, corpus):
    (corpus / "README.md").write_text("# Om mappen\n\nNyheder til test.\n", encoding="utf-8")
    result = runner.invoke(main, ["analyze", str(corpus)])
    assert result.exit_code == 0, result.output  # no failure: it is not an article
    assert len(result.stdout.splitlines()) == 2
    assert f"{corpus / 'README.md'}: a README, not an article" in result.stderr
    assert "--all-files" in result.stderr
    named = runner.invoke(main, ["analyze", str(corpus / "README.md")])
    assert named.exit_code == 0 and json.loads(named.stdout)["text"].startswith("# Om mappen")
    everything = runner.invoke(main, ["analyze", str(corpus), "--all-files"])
    assert len(everything.stdout.splitlines()) == 3


def test_eval_quotes_lists_misses(runner, tmp_path):
    from tests.evaluation.test_quotes import ANN_FIRST, _polnear

    # the headline as an attribution too: its content is no quote the extractor finds
    _polnear(
        tmp_path / "polnear",
        ANN_FIRST + "T19\tContent 0 12\tPlan Is Dead\nE6\tAttribution:T17 Content:T19 Cue:T16\n",
    )
    plain = runner.invoke(main, ["eval", "quotes", "--data", str(tmp_path)])
    result = runner.invoke(main, ["eval", "quotes", "--data", str(tmp_path), "--misses", "all"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(plain.stdout)  # the same scores, then the list
    listed = result.stdout[len(plain.stdout) :].splitlines()
    assert listed == [
        "missed   indirect nyt_2016-09-20_plan-is-dead-senator-says 0.00 cue=Senator Says "
        "speaker=- | Plan Is Dead"
    ]
    spurious = runner.invoke(
        main, ["eval", "quotes", "--data", str(tmp_path), "--misses", "spurious"]
    )
    assert spurious.stdout == plain.stdout  # nothing spurious here
