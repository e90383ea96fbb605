"""What a story's graph holds (`newsweave.stories.compare`): its most named entities, the
sentences that name two of them together, and who speaks about whom."""

from newsweave.article import Article, Mention, Quote, Span, Speaker
from newsweave.stories import compare as c


def article(aid: str, text: str, names: dict[str, tuple[str, str]], quotes=()) -> Article:
    """`text` with a mention of each of `names` ({words: (label, entity)}) wherever the
    words occur, one sentence per line."""
    a = Article(text, id=aid, language="da")
    start = 0
    for line in text.split("\n"):
        a.sentences.append(Span(start, start + len(line)))
        start += len(line) + 1
    for words, (label, entity) in names.items():
        at = text.find(words)
        while at >= 0:
            a.entities.append(Mention(at, at + len(words), words, label, words, entity))
            at = text.find(words, at + 1)
    a.entities.sort(key=lambda m: m.start)
    a.quotes = list(quotes)
    return a


NAMES = {"Putin": ("PER", "per:putin"), "Kim Jong-un": ("PER", "per:kim"),
         "Rusland": ("LOC", "country:RU"), "Pjöngjang": ("LOC", "city:pyongyang")}  # fmt: skip


def test_speakers_point_at_what_their_quotes_name_and_sentences_join_names():
    text = ("Putin mødte Kim Jong-un i Rusland.\n"
            "»Kim Jong-un viser stor interesse for raketter,« sagde Putin.")  # fmt: skip
    said = text.index("»"), text.index("«") + 1
    speaker = Speaker(text.rindex("Putin"), text.rindex("Putin") + 5, "Putin", "Putin",
                      "per:putin", evidence="cue")  # fmt: skip
    quote = Quote(*said, text[said[0] : said[1]], "direct", speaker=speaker)
    a = article("da", text, NAMES, [quote])
    graph = c.compare([a], [("da", 1.0, [])], []).graph
    nodes = {n["entity"]: n for n in graph["nodes"]}
    assert nodes["per:putin"]["quotes"] == 1 and nodes["per:kim"]["quotes"] == 0
    assert graph["said"] == [{"speaker": "per:putin", "about": "per:kim", "quotes": 1}]
    pairs = {(e["a"], e["b"]): e["sentences"] for e in graph["edges"]}
    assert pairs[("per:kim", "per:putin")] == 2  # both sentences name both
    assert pairs[("country:RU", "per:kim")] == 1


def test_the_most_named_across_articles_come_first_and_names_said_once_give_way():
    lines = [f"Putin og Kim Jong-un i Rusland, dag {i}." for i in range(3)]
    strays = {f"Navn{i:02d}": ("PER", f"per:stray{i}") for i in range(c.GRAPH_NODES)}
    lines += [f"Også Navn{i:02d} var der." for i in range(c.GRAPH_NODES)]
    many = {**NAMES, **strays, **{f"By{i:02d}": ("LOC", f"city:{i}") for i in range(c.GRAPH_NODES)}}
    lines += [f"By{i:02d} og By{i:02d} og Pjöngjang." for i in range(c.GRAPH_NODES)]
    a = article("da", "\n".join(lines), many)
    b = article("de", "Putin traf Kim Jong-un.", NAMES)
    graph = c.compare([a, b], [("da", 1.0, []), ("de", 1.0, [])], []).graph
    order = [n["entity"] for n in graph["nodes"]]
    assert order[:2] == ["per:kim", "per:putin"]  # in both articles
    assert len(order) == c.GRAPH_NODES
    assert not any(e.startswith("per:stray") for e in order)  # each named once: left out
    assert graph["candidates"] == 4 + 2 * c.GRAPH_NODES
