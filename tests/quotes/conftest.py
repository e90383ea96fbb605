import re

import pytest

from newsweave.article import Article
from newsweave.entities.names import resolve_mentions
from newsweave.quotes.stage import QuoteStage
from newsweave.sentences import SentenceStage


@pytest.fixture
def quotes():
    """Quotes of `text`, with the given names as its entity mentions (every occurrence),
    so that these tests measure the quotes stage and not an NER model."""

    def run(text: str, language: str, names: dict[str, str] | None = None) -> Article:
        article = SentenceStage()(Article(text, language=language))
        raw = sorted(
            (m.start(), m.end(), label)
            for name, label in (names or {}).items()
            for m in re.finditer(rf"\b{re.escape(name)}\b", text)
        )
        article.entities = resolve_mentions(text, raw, language)
        return QuoteStage()(article)

    return run


def summary(article: Article) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, text, speaker name or else speaker text, cue) of each quote."""
    out = []
    for q in article.quotes:
        who = None if q.speaker is None else (q.speaker.name or q.speaker.text)
        cue = article.text[q.cue.start : q.cue.end] if q.cue else None
        out.append((q.kind, q.text, who, cue))
    return out
