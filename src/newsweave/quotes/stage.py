"""`QuoteStage`: the per-article stage that fills `article.quotes`."""

from __future__ import annotations

from newsweave.article import Article
from newsweave.quotes.attribute import attribute
from newsweave.quotes.data import quote_data
from newsweave.quotes.find import direct_quotes, join_interrupted, reported_quotes
from newsweave.quotes.text import Doc


class QuoteStage:
    """Direct, indirect and mixed quotes with their speakers and the speakers' roles.

    Reads the sentences (a quotation never straddles two) and the entity mentions
    (speakers are linked to them); the language's cue words, pronouns, titles and
    according-to markers come from `lang/<iso>/quotes.py`. A language without that data
    still gets its direct quotes, with a note that speakers were not looked for.
    """

    name = "quotes"
    needs = frozenset({"language", "sentences", "entities"})
    provides = frozenset({"quotes"})
    # quotations are paired within a paragraph, and windows end at one (newsweave.windows)
    windowed = True

    def __call__(self, article: Article) -> Article:
        q = quote_data(article.language)
        if not q.speech_verbs:
            which = f"language {article.language!r}" if article.language else "no language"
            article.note(self.name, f"no quote data for {which}: direct quotes only")
        doc = Doc(article)
        direct = join_interrupted(doc, direct_quotes(doc, q))
        found = sorted(direct + reported_quotes(doc, q, direct), key=lambda f: f.start)
        article.quotes = attribute(doc, q, found)
        return article

    def __repr__(self) -> str:
        return "QuoteStage()"
