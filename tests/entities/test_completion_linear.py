"""`complete_mentions` in one pass over the text (issue 13, item 2): it finds what the
plain search it replaced found — every form searched for over the whole text, and each
occurrence checked against every span taken so far — on real articles."""

import pytest

from newsweave.entities.keys import normalise
from newsweave.entities.names import (
    _after_break,
    _completion_forms,
    _has_word,
    _joins,
    _spans,
    complete_mentions,
    name_rules,
)
from newsweave.entities.stage import EntityStage


def plain_complete(text, raw, language):
    """The quadratic version: each form searched for on its own, each occurrence compared
    with every span taken so far."""
    spans = _spans(text, raw)
    forms = _completion_forms(text, spans, name_rules(language))
    norm = normalise(text)
    found = []
    for form in forms:
        i = norm.find(form)
        while i >= 0:
            end = i + len(form)
            if not _joins(norm, i - 1) and not _joins(norm, end):
                found.append((i, end, form))
            i = norm.find(form, i + 1)
    found.sort(key=lambda f: (f[0], -f[1]))
    hits = []
    for hit in found:
        if not hits or hit[0] >= hits[-1][1]:
            hits.append(hit)
    taken, added = list(spans), []
    for start, end, form in hits:
        if any(start < e and s < end for s, e, _ in taken):
            continue
        if " " not in form and _after_break(norm, start) and _has_word(norm, form.lower()):
            continue
        taken.append((start, end, forms[form]))
        added.append((start, end, forms[form]))
    return sorted(spans + added)


@pytest.fixture(scope="module")
def stage():
    # the fast tier: it misses repeats of names it found once, which completion must add
    # (the accurate tier finds nearly all of them itself)
    return EntityStage("fast")


def model_spans(stage, text, language):
    from newsweave.entities.backend import clean_mentions
    from newsweave.entities.repair import split_places, trim_people
    from newsweave.entities.typewords import apply_type_words

    raw = clean_mentions(text, stage.backend(text, language))
    raw = trim_people(text, split_places(text, raw, language), language)
    return apply_type_words(text, raw, language)


def test_the_case_articles_complete_as_before(stage, cases):
    for case in cases:
        text, language = case["text"], case["language"]
        raw = model_spans(stage, text, language)
        completed = complete_mentions(text, raw, language)
        assert completed == plain_complete(text, raw, language)
        assert len(completed) > len(_spans(text, raw))  # names found once were found again


def test_sample_news_completes_as_before(stage):
    from newsweave.article import Article
    from newsweave.cli import sample_corpus
    from newsweave.ingest import read

    (meantime,) = [p for p in sample_corpus() if p.name == "meantime.jsonl"]
    texts = {}
    for a in read([meantime]):
        if isinstance(a, Article):
            texts.setdefault(a.id.split("-")[1], []).append(a.text)
    for language, group in texts.items():  # en, es, it, nl: the articles of one as one text
        text = "\n\n".join(group)[:60_000]
        raw = model_spans(stage, text, language)
        assert complete_mentions(text, raw, language) == plain_complete(text, raw, language)
