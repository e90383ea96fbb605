import pickle

import pytest

from newsweave.article import Article, Span
from newsweave.pipeline import Pipeline, PipelineError, StageFailed


class Words:
    name = "words"
    needs = frozenset({"text"})
    provides = frozenset({"sentences"})

    def __call__(self, article):
        article.sentences = [Span(0, len(article.text))]
        return article


class NeedsLanguage:
    name = "needs-language"
    needs = frozenset({"language"})
    provides = frozenset({"dates"})

    def __call__(self, article):
        return article


class Boom:
    name = "boom"
    needs = frozenset()
    provides = frozenset({"language"})

    def __call__(self, article):
        raise ValueError("kaputt")


def test_unmet_needs_fail_at_build_time_and_name_the_missing_piece():
    with pytest.raises(PipelineError, match=r"'needs-language'.*needs language"):
        Pipeline([Words(), NeedsLanguage()])


def test_needs_met_by_an_earlier_stage():
    pipeline = Pipeline([Boom(), NeedsLanguage()])
    assert pipeline.names == ["boom", "needs-language"]
    assert {"language", "dates", "text"} <= pipeline.provides


def test_order_matters():
    with pytest.raises(PipelineError):
        Pipeline([NeedsLanguage(), Boom()])


def test_record_policy_keeps_the_article_and_notes_the_failure():
    article = Pipeline([Boom(), NeedsLanguage(), Words()])(Article("Hej verden."))
    stages = [i.stage for i in article.issues]
    assert stages == ["boom", "needs-language"]
    assert "ValueError: kaputt" in article.issues[0].message
    assert "skipped: needs language" in article.issues[1].message
    assert article.sentences == [Span(0, 11)]  # independent stages still ran


def test_raise_policy_raises_with_the_stage_and_article():
    article = Article("Guten Tag.")
    with pytest.raises(StageFailed, match=f"'boom' failed on {article.id}: kaputt"):
        Pipeline([Boom()], on_error="raise")(article)


def test_bad_policy_is_refused():
    with pytest.raises(PipelineError):
        Pipeline([], on_error="ignore")


def test_stage_times_are_recorded():
    pipeline = Pipeline([Words()])
    list(pipeline.run([Article("Ein Satz."), Article("Zwei Sätze.")]))
    assert pipeline.times.articles == 2
    assert set(pipeline.times.seconds) == {"words"}


def test_pipeline_pickles():
    pipeline = Pipeline([Words()])
    again = pickle.loads(pickle.dumps(pipeline))
    assert again(Article("Tak.")).sentences == [Span(0, 4)]
