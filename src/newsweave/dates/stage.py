"""`DateStage`: the per-article stage that fills `article.dates`."""

from __future__ import annotations

from newsweave.article import Article
from newsweave.dates.find import find_dates


class DateStage:
    """Finds the article's time expressions and resolves them against `published`.

    Holds no state: the compiled patterns are cached per language at module level, so
    the stage pickles small and runs the same in a process pool.
    """

    name = "dates"
    needs = frozenset({"language"})
    provides = frozenset({"dates"})
    # anchors ("the year before") are read from the text before: a window is enough
    windowed = True

    def __call__(self, article: Article) -> Article:
        article.dates = find_dates(article.text, article.language, article.published)
        return article

    def __repr__(self) -> str:
        return "DateStage()"
