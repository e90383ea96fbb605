"""`newsweave analyze` shows a range with both ends, in text and in the contract."""

import json

from click.testing import CliRunner

from newsweave.cli import main

TEXT = "Language: da\nDate: 2023-09-13\n\nKonferencen holdes 13.–15. september i Aarhus.\n"


def test_analyze_shows_both_ends_of_a_range(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(TEXT, encoding="utf-8")
    text = CliRunner().invoke(main, ["analyze", str(path), "--format", "text"])
    assert text.exit_code == 0, text.output
    assert "13.–15. september → 2023-09-13 – 2023-09-15" in text.output
    row = json.loads(CliRunner().invoke(main, ["analyze", str(path)]).stdout)
    assert row["dates"] == [
        {"start": 19, "end": 36, "text": "13.–15. september", "value": "2023-09-13",
         "value_end": "2023-09-15"}
    ]  # fmt: skip
    assert row["schema"] == 1
