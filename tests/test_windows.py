"""Long articles in windows (issue 13, item 2): windows end at breaks, offsets stay
exact, and an article of up to one window is analysed as before."""

from datetime import date
from itertools import pairwise

import pytest

from newsweave.analysis import default_pipeline
from newsweave.article import Article, Quote, Span, Speaker
from newsweave.pipeline import failures
from newsweave.windows import (
    DEFAULT_MAX_CHARS,
    WINDOW_CHARS,
    analysed_end,
    cut_point,
    shift,
    windows,
)


@pytest.fixture(scope="module")
def german(cases):
    (row,) = [c for c in cases if c["language"] == "de"]
    return row["text"].strip()


@pytest.fixture(scope="module")
def danish(cases):
    (row,) = [c for c in cases if c["language"] == "da"]
    return row["text"].strip()


def long_article(text: str, copies: int) -> Article:
    return Article("\n\n".join([text] * copies), language="de", published=date(2023, 9, 5))


def test_windows_cover_the_text_and_end_after_a_paragraph_break(german):
    text = "\n\n".join([german] * 5)
    size = len(german) + 500
    spans = windows(text, len(text), size)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    assert all(e - s <= size for s, e in spans)
    assert len(spans) == 5  # one copy each: the break after a copy is the last that fits
    assert all(text[e - 2 : e] == "\n\n" for _, e in spans[:-1])


def test_without_a_paragraph_break_a_window_ends_after_a_sentence_or_a_space(danish):
    one_line = " ".join(danish.split())
    end = cut_point(one_line, 0, 400)
    assert end <= 400 and one_line[end - 2 : end] == ". "
    no_sentence = one_line[:1000].replace(". ", ", ")
    end = cut_point(no_sentence, 0, 400)
    assert no_sentence[end - 1] == " " and end > 300


def test_an_article_within_the_limit_is_analysed_whole():
    assert analysed_end("x" * 10, None) == 10
    assert analysed_end("x" * 10, 0) == 10
    assert WINDOW_CHARS < DEFAULT_MAX_CHARS


def test_shift_moves_every_offset_of_a_quote():
    quote = Quote(
        10,
        40,
        "Mødet … lande",
        "direct",
        cue=Span(42, 47),
        speaker=Speaker(48, 60, "Iver Neumann", "Iver Neumann", evidence="cue"),
        parts=(Span(10, 20), Span(30, 40)),
    )
    moved = shift(quote, 100)
    assert (moved.start, moved.end, moved.cue, moved.parts) == (
        110,
        140,
        Span(142, 147),
        (Span(110, 120), Span(130, 140)),
    )
    assert (moved.speaker.start, moved.speaker.end) == (148, 160)
    assert moved.speaker.evidence == "cue" and shift(moved, -100) == quote


def test_a_long_article_is_analysed_window_by_window_with_exact_offsets(german):
    copies = 4
    article = long_article(german, copies)
    size = len(german) + 10  # one copy per window
    windowed = default_pipeline(on_error="raise")
    windowed.window = size
    result = windowed(article)
    alone = default_pipeline(on_error="raise")(long_article(german, 1))
    step = len(german) + 2
    # each window found what the text finds on its own, at its place in the whole text
    assert len(result.entities) == copies * len(alone.entities) > 0
    assert len(result.quotes) == copies * len(alone.quotes) > 0
    assert len(result.dates) == copies * len(alone.dates) > 0
    assert result.sentences == [shift(s, k * step) for k in range(copies) for s in alone.sentences]
    for k in range(copies):
        n = len(alone.entities)
        assert result.entities[k * n : (k + 1) * n] == [shift(m, k * step) for m in alone.entities]
    for m in result.entities:
        assert result.text[m.start : m.end] == m.text
    for d in result.dates:
        assert result.text[d.start : d.end] == d.text
    for q in result.quotes:
        if not q.parts:
            assert result.text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert result.text[q.speaker.start : q.speaker.end] == q.speaker.text
    assert result.issues == alone.issues


def test_an_article_of_one_window_is_analysed_as_before(danish):
    article = Article(danish, language="da", published=date(2023, 9, 13))
    bounded = default_pipeline(on_error="raise")(article)
    unbounded = default_pipeline(on_error="raise", max_chars=0)
    unbounded.window = 10**9
    whole = unbounded(Article(danish, language="da", published=date(2023, 9, 13)))
    assert bounded.to_json() == whole.to_json()
    assert [m.name for m in bounded.entities if m.label == "PER"]


def test_past_max_chars_the_text_is_kept_whole_and_the_cut_noted(german):
    article = long_article(german, 3)
    analysed = len(german) * 2 + 4  # two copies and the blank lines after each
    result = default_pipeline(on_error="raise", max_chars=analysed + 100)(article)
    assert result.text == article.text
    assert result.sentences[-1].end <= analysed
    assert max(m.end for m in result.entities) <= analysed
    assert max(q.end for q in result.quotes) <= analysed
    (note,) = [i for i in result.issues if i.stage == "analysis"]
    assert f"first {analysed:,} of {len(article.text):,} characters" in note.message
    assert not failures(result)


def test_a_stage_that_fails_in_one_window_is_noted_once_and_the_rest_goes_on(german, monkeypatch):
    from newsweave.quotes.stage import QuoteStage

    calls = []

    def boom(self, article):
        calls.append(article.text[:20])
        raise MemoryError("no room")

    monkeypatch.setattr(QuoteStage, "__call__", boom)
    pipeline = default_pipeline()
    pipeline.window = len(german) + 10
    result = pipeline(long_article(german, 3))
    assert len(calls) == 3
    assert [(i.stage, i.message) for i in failures(result)] == [
        ("quotes", "failed: MemoryError: no room")
    ]
    assert result.entities and result.dates and not result.quotes


def test_story_keys_are_read_from_the_analysed_part_only(german):
    from newsweave.analysis import Analyzer
    from newsweave.stories.features import features

    analysed = len(german) + 2
    long = Article(german + "\n\nAm 24. Dezember 2031 traf Wolodymyr Selenskyj 98765 Soldaten.")
    pipeline = default_pipeline(max_chars=analysed + 10)
    ((article, keys),) = list(Analyzer(pipeline, extra=features).pairs([long]))
    alone = default_pipeline()(Article(german + "\n\n"))
    assert keys == features(alone) and keys["country:RU"] > 0
    assert "n:98765" not in keys and "n:98765" in features(article)
