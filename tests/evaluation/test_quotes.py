"""Gold readers (PolNeAR, SpkAtt-2023) and the quote scorer, on fixtures written here; one
test reads the real corpora in ../shared."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsweave.evaluation.quotes import (
    GoldDocument,
    GoldQuote,
    Miss,
    Predicted,
    as_predicted,
    match_quotes,
    read_polnear,
    read_spkatt,
    score,
)

# --------------------------------------------------------------------------- PolNeAR

ARTICLE = (
    "Plan Is Dead, Senator Says\n"
    "\n"
    '"The plan is dead," Smith said on Tuesday. He added that the vote would not take '
    "place this year.\n"
    "\n"
    "The senator, according to aides, was “furious”\n"
    "about the delay. It is believed the bill can be saved.\n"
)

# The first annotator's file. T5's content is discontinuous and its second fragment
# crosses a line break, so its text runs over two lines of the .ann. E4 has no source,
# E5 no content.
ANN_FIRST = """\
T1\tSource 48 53\tSmith
T2\tCue 54 58\tsaid
T3\tContent 29 45\tThe plan is dead
T4\tAttribution 54 58\tsaid
E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1
T5\tContent 127 138;160 189\tThe senator was “furious”
about the delay
T6\tSource 153 158\taides
T7\tCue 140 152\taccording to
T8\tAttribution 140 152\taccording to
E2\tAttribution:T8 Source:T6 Cue:T7 Content:T5
T9\tSource 71 73\tHe
T10\tCue 74 79\tadded
T11\tContent 80 124\tthat the vote would not take place this year
T12\tAttribution 74 79\tadded
E3\tAttribution:T12 Content:T11 Cue:T10 Source:T9
T13\tCue 194 205\tis believed
T14\tContent 206 227\tthe bill can be saved
T15\tAttribution-no-source 194 205\tis believed
E4\tAttribution-no-source:T15 Cue:T13 Content:T14
T16\tCue 14 26\tSenator Says
T17\tAttribution 14 26\tSenator Says
E5\tAttribution:T17 Cue:T16
T18\tDiscard 0 12\tPlan Is Dead
#1\tAnnotatorNotes T18\tHeadline, not an attribution.
"""

# A second annotator of the same article: must be ignored.
ANN_SECOND = """\
T1\tContent 0 12\tPlan Is Dead
T2\tAttribution 14 26\tSenator Says
E1\tAttribution:T2 Content:T1
"""


def _polnear(root: Path, ann: str = ANN_FIRST) -> Path:
    for folder in ("text", "attributions"):
        (root / "dev" / folder).mkdir(parents=True)
    name = "nyt_2016-09-20_plan-is-dead-senator-says"
    (root / "dev" / "text" / f"{name}.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "dev" / "attributions" / f"{name}_4b22.ann").write_text(ann, encoding="utf-8")
    (root / "dev" / "attributions" / f"{name}_ef2d.ann").write_text(ANN_SECOND, encoding="utf-8")
    # An article without attributions (PolNeAR has an empty .ann too); sorts first.
    (root / "dev" / "text" / "breitbart_2016-09-19_no-comment.txt").write_text(
        "No Comment\n\nThe campaign did not respond.\n", encoding="utf-8"
    )
    (root / "dev" / "attributions" / "breitbart_2016-09-19_no-comment_6b86.ann").write_text("")
    return root


def test_polnear_reads_quotes_with_offsets_kinds_sources_and_cues(tmp_path: Path) -> None:
    documents = list(read_polnear(_polnear(tmp_path)))

    assert [d.id for d in documents] == [
        "breitbart_2016-09-19_no-comment",
        "nyt_2016-09-20_plan-is-dead-senator-says",
    ]
    assert documents[0].quotes == ()
    article = documents[1]
    assert article.language == "en"
    assert article.text == ARTICLE
    assert article.quotes == (
        GoldQuote(29, 45, "direct", sources=((48, 53),), cue=(54, 58)),
        GoldQuote(80, 124, "indirect", sources=((71, 73),), cue=(74, 79)),
        GoldQuote(127, 189, "mixed", sources=((153, 158),), cue=(140, 152)),
        GoldQuote(206, 227, "indirect", sources=(), cue=(194, 205)),
    )
    assert ARTICLE[29:45] == "The plan is dead"  # enclosed by the marks, which it excludes


def test_polnear_reports_a_span_that_differs_from_the_text(tmp_path: Path) -> None:
    root = _polnear(tmp_path, ANN_FIRST.replace("T3\tContent 29 45", "T3\tContent 28 45"))
    with pytest.raises(
        ValueError, match=r"plan-is-dead-senator-says_4b22\.ann: T3: span text differs"
    ):
        list(read_polnear(root))


def test_polnear_reports_a_line_that_is_not_brat(tmp_path: Path) -> None:
    root = _polnear(tmp_path, "Smith said it.\n" + ANN_FIRST)
    with pytest.raises(ValueError, match=r"_4b22\.ann:1: not a brat standoff line"):
        list(read_polnear(root))


def test_polnear_reports_an_event_with_an_undefined_span(tmp_path: Path) -> None:
    root = _polnear(tmp_path, ANN_FIRST + "E6\tAttribution:T4 Content:T99\n")
    with pytest.raises(ValueError, match=r"_4b22\.ann: E6 refers to T99"):
        list(read_polnear(root))


def test_polnear_missing_folder_and_missing_annotation(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="PolNeAR folder not found"):
        list(read_polnear(tmp_path, "dev"))
    root = _polnear(tmp_path)
    (root / "dev" / "text" / "usa-today_2016-09-22_orphan.txt").write_text(
        "Text.", encoding="utf-8"
    )
    with pytest.raises(FileNotFoundError, match=r"usa-today_2016-09-22_orphan\.txt: no "):
        list(read_polnear(root))


# --------------------------------------------------------------------------- SpkAtt

SENTENCES = [
    ["Frau", "Präsidentin", "!"],
    [
        "Sie",
        "hat",
        "gesagt",
        ",",
        "dass",
        "der",
        "Klimawandel",
        "eine",
        "Schicksalsfrage",
        "sei",
        ".",
    ],
    ["Der", "Minister", "sagte", ":", "„", "Wir", "handeln", "jetzt", ".", "“"],
    ["Das", "ist", ",", "sagte", "er", ",", "ein", "Fehler", "."],
    ["Ich", "stelle", "Ihnen", "die", "Frage", ",", "ob", "das", "reicht", "."],
]
SPEECH = (
    "Frau Präsidentin! Sie hat gesagt, dass der Klimawandel eine Schicksalsfrage sei. "
    "Der Minister sagte: „Wir handeln jetzt.“ Das ist, sagte er, ein Fehler. "
    "Ich stelle Ihnen die Frage, ob das reicht."
)


def _annotation(**roles: list[str]) -> dict[str, list[str]]:
    empty = dict.fromkeys(
        ["Addr", "Evidence", "Medium", "Message", "Source", "Topic", "Cue", "PTC"]
    )
    return {role: roles.get(role, []) for role in empty}


ANNOTATIONS = [
    # Listed out of text order; the message of the third is interrupted by "sagte er".
    _annotation(Cue=["3:3"], Source=["3:4"], Message=["3:6", "3:7", "3:0", "3:1"]),
    _annotation(Cue=["1:2", "1:1"], Source=["1:0"], Message=[f"1:{i}" for i in range(4, 10)]),
    _annotation(Cue=["2:2"], Source=["2:0", "2:1"], Message=["2:5", "2:6", "2:7", "2:8"]),
    _annotation(Cue=["4:4", "4:1"], Source=["4:0"], Message=["4:6", "4:7", "4:8"]),
    _annotation(Cue=["0:1"], Source=["0:0"]),  # no message: skipped
]


def _spkatt(root: Path, annotations: list | None = None) -> Path:
    folder = root / "train"
    folder.mkdir(parents=True)
    speech = {
        "Sentences": [{"SentenceId": i, "Tokens": tokens} for i, tokens in enumerate(SENTENCES)],
        "Annotations": ANNOTATIONS if annotations is None else annotations,
    }
    (folder / "19002_TOP_1_SPD_Muster_ID1_21.11.2017.json").write_text(
        json.dumps(speech), encoding="utf-8"
    )
    return root


def test_spkatt_rebuilds_the_text_and_maps_token_addresses(tmp_path: Path) -> None:
    (document,) = read_spkatt(_spkatt(tmp_path))

    assert document.id == "19002_TOP_1_SPD_Muster_ID1_21.11.2017"
    assert document.language == "de"
    assert document.text == SPEECH
    assert document.quotes == (
        GoldQuote(34, 79, "indirect", sources=((18, 21),), cue=(22, 32)),
        GoldQuote(102, 120, "direct", sources=((81, 93),), cue=(94, 99)),
        GoldQuote(122, 151, "indirect", sources=((137, 139),), cue=(131, 136)),
        GoldQuote(181, 194, "indirect", sources=((153, 156),), cue=(157, 163)),
    )
    assert SPEECH[34:79] == "dass der Klimawandel eine Schicksalsfrage sei"
    assert SPEECH[101:121] == "„Wir handeln jetzt.“"  # direct: enclosed by the marks
    assert SPEECH[157:163] == "stelle"  # first run of the cue "stelle … Frage"


@pytest.mark.parametrize(
    ("annotations", "message"),
    [
        ([_annotation(Cue=["1:2"], Message=["1:99"])], "token address '1:99' is not in the text"),
        ([_annotation(Cue=["1:2"], Message=["1-4"])], "bad token address '1-4'"),
        ([{"Cue": ["1:2"], "Message": ["1:4"]}], "KeyError"),
    ],
)
def test_spkatt_reports_a_malformed_file(tmp_path: Path, annotations: list, message: str) -> None:
    root = _spkatt(tmp_path, annotations)
    with pytest.raises(
        ValueError, match=rf"Muster_ID1_21\.11\.2017\.json: malformed SpkAtt file: .*{message}"
    ):
        list(read_spkatt(root))


def test_spkatt_reports_a_file_that_is_not_json(tmp_path: Path) -> None:
    root = _spkatt(tmp_path)
    (root / "train" / "19003_TOP_2_FDP_Beispiel_ID2_22.11.2017.json").write_text(
        '{"Sentences": [', encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"Beispiel_ID2_22\.11\.2017\.json: malformed"):
        list(read_spkatt(root))


def test_spkatt_missing_split(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"SpkAtt folder not found: .*dev"):
        list(read_spkatt(_spkatt(tmp_path), "dev"))


# --------------------------------------------------------------------------- scoring


def _document(text: str, *quotes: GoldQuote) -> GoldDocument:
    return GoldDocument(id="doc", text=text, language="en", quotes=quotes)


def _quote(start: int, end: int, kind: str = "indirect", sources: tuple = ()) -> GoldQuote:
    return GoldQuote(start, end, kind, sources=sources, cue=None)


@pytest.mark.parametrize(
    ("predicted", "matches"),
    [
        ((50, 150), True),  # overlap 50: half the gold, half the prediction
        ((51, 151), False),  # overlap 49
        ((0, 200), True),  # the gold is half of the prediction
        ((0, 201), False),  # the gold is less than half of the prediction
        ((40, 90), True),  # inside the gold, half its length
        ((40, 89), False),
    ],
)
def test_a_match_needs_half_of_both_spans(predicted: tuple[int, int], matches: bool) -> None:
    pairs = match_quotes([_quote(0, 100)], [Predicted(*predicted, kind="indirect")])
    assert pairs == ([(0, 0)] if matches else [])


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [_quote(0, 100), _quote(100, 200)]
    predicted = [
        Predicted(0, 60, "direct"),
        Predicted(0, 90, "direct"),
        Predicted(100, 190, "direct"),
    ]
    assert match_quotes(gold, predicted) == [(0, 1), (1, 2)]


def test_recall_by_gold_kind_precision_by_predicted_kind() -> None:
    text = "x" * 400
    gold = _document(
        text, _quote(0, 100, "direct"), _quote(100, 200, "indirect"), _quote(200, 300, "direct")
    )
    predicted = [
        Predicted(0, 100, "mixed"),  # finds a direct quote; counts with indirect for precision
        Predicted(100, 200, "indirect"),
        Predicted(300, 400, "direct"),  # matches nothing
    ]
    scores = score([gold], lambda document: predicted)

    assert (scores.direct.gold, scores.direct.gold_matched, scores.direct.fn) == (2, 1, 1)
    assert (scores.indirect.gold, scores.indirect.gold_matched, scores.indirect.fn) == (1, 1, 0)
    assert (scores.direct.predicted, scores.direct.predicted_matched, scores.direct.fp) == (1, 0, 1)
    assert (scores.indirect.predicted, scores.indirect.predicted_matched, scores.indirect.fp) == (
        2,
        2,
        0,
    )
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.direct.precision == 0.0
    assert scores.direct.recall == 0.5
    assert scores.documents == 1


def test_speaker_accuracy() -> None:
    text = "Donald Trump spoke first. “We will win,” he said. “Nobody knows,” Trump added. Polls were cited."
    donald_trump, he, trump = (0, 12), (41, 43), (66, 71)
    assert [text[s:e] for s, e in (donald_trump, he, trump)] == ["Donald Trump", "he", "Trump"]
    gold = _document(
        text,
        _quote(27, 38, "direct", sources=(he,)),  # We will win
        _quote(51, 63, "direct", sources=(trump,)),  # Nobody knows
        _quote(79, 95, sources=()),  # Polls were cited
    )

    def speaker(span: tuple[int, int], name: str) -> SimpleNamespace:
        return SimpleNamespace(start=span[0], end=span[1], name=name, text=text[span[0] : span[1]])

    def run(first: SimpleNamespace | None, second: SimpleNamespace | None):
        quotes = [
            SimpleNamespace(start=26, end=40, kind="direct", speaker=first),
            SimpleNamespace(start=50, end=65, kind="direct", speaker=second),
            SimpleNamespace(start=79, end=95, kind="indirect", speaker=None),
        ]
        return score([gold], lambda document: quotes)

    # Spans overlap the gold sources.
    scores = run(speaker(he, "Donald Trump"), speaker(trump, "Donald Trump"))
    assert (scores.speaker_correct, scores.speaker_total, scores.matched_without_source) == (
        2,
        2,
        1,
    )
    assert scores.speaker_accuracy == 1.0
    # The resolved name at another mention: right where the gold names Trump ("Trump"
    # ends both), wrong where the gold source is the pronoun (the gold does not resolve it).
    scores = run(speaker(donald_trump, "Donald Trump"), speaker(donald_trump, "Donald Trump"))
    assert (scores.speaker_correct, scores.speaker_total) == (1, 2)
    # No speaker found: wrong, still counted.
    scores = run(None, None)
    assert (scores.speaker_correct, scores.speaker_total) == (0, 2)


def test_misses_list_spurious_missed_and_wrong_speakers() -> None:
    text = "“We will win,” Trump said. Polls were cited. Clinton said the vote is close."

    def at(words: str) -> tuple[int, int]:
        return text.index(words), text.index(words) + len(words)

    gold = _document(
        text,
        _quote(*at("We will win"), "direct", sources=(at("Trump"),)),
        _quote(*at("the vote is close"), sources=(at("Clinton"),)),
    )
    said = SimpleNamespace(start=at("said")[0], end=at("said")[1])
    clinton = SimpleNamespace(start=at("Clinton")[0], end=at("Clinton")[1], name="Hillary Clinton")
    quotes = [
        SimpleNamespace(start=1, end=12, kind="direct", cue=said, speaker=clinton),
        SimpleNamespace(start=at("Polls were cited")[0], end=at("Polls were cited")[1],
                        kind="indirect", cue=None, speaker=None),
        SimpleNamespace(start=at("is close")[0], end=at("is close")[1], kind="indirect",
                        cue=None, speaker=None),
    ]  # fmt: skip
    misses: list[Miss] = []
    scores = score([gold], lambda document: quotes, misses)
    assert scores.speaker_correct == 0 and scores.direct.predicted_matched == 1
    found = [(m.what, m.kind, m.text, m.cue, m.speaker, m.gold_speaker) for m in misses]
    assert found == [
        ("speaker", "direct", "We will win", "said", "Clinton → Hillary Clinton", "Trump"),
        ("spurious", "indirect", "Polls were cited", None, None, None),
        ("missed", "indirect", "the vote is close", None, "Clinton", None),
        ("spurious", "indirect", "is close", None, None, None),
    ]
    overlaps = {(m.what, m.text): m.overlap for m in misses}
    assert overlaps["spurious", "Polls were cited"] == 0.0  # no gold quote there at all
    assert overlaps["spurious", "is close"] == 1.0  # inside a gold quote: a boundary error
    assert overlaps["missed", "the vote is close"] == pytest.approx(8 / 17)
    assert score([gold], lambda document: quotes) == scores  # the same scores without


def test_as_predicted_reads_duck_typed_quotes() -> None:
    name_only = SimpleNamespace(
        start=0, end=5, kind="direct", speaker=SimpleNamespace(text="Smith")
    )
    assert as_predicted(name_only) == Predicted(0, 5, "direct", None, None, "Smith")
    no_speaker = SimpleNamespace(start=0, end=5, kind="mixed", speaker=None)
    assert as_predicted(no_speaker) == Predicted(0, 5, "mixed")


def test_score_rejects_bad_predictions() -> None:
    gold = _document("short text")
    with pytest.raises(ValueError, match="unknown quote kind 'reported'"):
        score([gold], lambda document: [Predicted(0, 5, "reported")])
    with pytest.raises(ValueError, match=r"doc: predicted span \[0, 50\) outside the text"):
        score([gold], lambda document: [Predicted(0, 50, "direct")])


def test_table() -> None:
    gold = _document("x" * 200, _quote(0, 100, "direct", sources=((150, 160),)), _quote(100, 200))
    scores = score([gold], lambda document: [Predicted(0, 100, "direct", 150, 155, "Smith")])
    assert scores.table().splitlines() == [
        "quotes       gold  found   pred  right      P      R     F1",
        "all             2      1      1      1  1.000  0.500  0.667",
        "direct          1      1      1      1  1.000  1.000  1.000",
        "indirect        1      0      0      0  0.000  0.000  0.000",
        "speaker accuracy 1.000 (1 of 1; 0 matched quotes without a gold source not counted) over 1 documents",
    ]


# --------------------------------------------------------------------------- real data


def _first_annotator_contents(
    attributions: Path,
) -> dict[str, list[tuple[list[tuple[int, int]], str]]]:
    """The Content spans (fragments, text) per article, read here independently of the
    reader: T records and the lines continuing their text, first annotator only."""
    contents: dict[str, list[tuple[list[tuple[int, int]], str]]] = {}
    for path in sorted(attributions.glob("*.ann")):
        article = path.stem.rpartition("_")[0]
        if article in contents:
            continue
        contents[article] = []
        records = re.split(
            r"\n(?=[TER#AMN]\d+\t)", path.read_bytes().decode("utf-8").removesuffix("\n")
        )
        for record in records:
            found = re.fullmatch(r"T\d+\tContent ([\d ;]+)\t(.*)", record, re.DOTALL)
            if found:
                fragments = [tuple(map(int, part.split())) for part in found[1].split(";")]
                contents[article].append((fragments, found[2]))
    return contents


def test_real_gold_data(shared: Path) -> None:
    quotes = shared / "data" / "quotes"
    if not (quotes / "polnear").is_dir() or not (quotes / "spkatt-2023").is_dir():
        pytest.skip(f"the quote corpora are absent from {quotes}")

    polnear = list(read_polnear(quotes / "polnear", "dev"))
    spkatt = list(read_spkatt(quotes / "spkatt-2023", "train"))
    assert len(polnear) == 84
    assert len(spkatt) == 177

    for document in polnear + spkatt:
        for quote in document.quotes:
            for start, end in [
                (quote.start, quote.end),
                *quote.sources,
                *([quote.cue] if quote.cue else []),
            ]:
                assert 0 <= start < end <= len(document.text), (document.id, quote)

    # Every Content span's text in the .ann is the article text at its offsets (fragments
    # joined by a space, as brat writes them), and every gold quote starts where a content
    # fragment starts and ends where one ends.
    contents = _first_annotator_contents(quotes / "polnear" / "dev" / "attributions")
    for document in polnear:
        starts, ends = set(), set()
        for fragments, span_text in contents[document.id]:
            assert " ".join(document.text[start:end] for start, end in fragments) == span_text
            starts.update(start for start, _ in fragments)
            ends.update(end for _, end in fragments)
        for quote in document.quotes:
            assert quote.start in starts and quote.end in ends, (document.id, quote)
