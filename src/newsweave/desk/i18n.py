"""The desk in the reader's language: its own words from gettext catalogues (babel, the
ecosystem's way), names of languages, places and dates from CLDR.

Catalogues ship for `CATALOGUES` in ``newsweave/locale/<code>/LC_MESSAGES/newsweave.mo``
(compiled from the ``.po`` beside it; how to update them: ``newsweave/locale/README.md``).
Any other language a reader chooses gets the interface in English and still its names:
countries, regions and dates in CLDR's words for it, a story's title from an article in it.
"""

from __future__ import annotations

import datetime as dt
import gettext
from functools import lru_cache
from importlib import resources
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton

from newsweave.dates import values as timevalues

DOMAIN = "newsweave"
SOURCE = "en"  # the language the templates are written in
CATALOGUES = ("da", "de")  # catalogues that ship; a test keeps them complete
SWITCH = (SOURCE, *CATALOGUES)  # the languages a page offers to switch to


def locale_folder() -> Path:
    return Path(str(resources.files("newsweave") / "locale"))


@lru_cache(maxsize=16)
def translations(code: str) -> gettext.NullTranslations:
    """The catalogue of `code`, or no translation (the English source) for a language
    without one; a catalogue named in `CATALOGUES` that is missing fails loudly."""
    if code not in CATALOGUES:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, locale_folder(), languages=[code])


def is_ui_language(code: str) -> bool:
    """Whether CLDR knows `code` as a language a page can be read in."""
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


def own_name(code: str) -> str:
    """A language's name in itself, as a switch shows it: 'da' -> 'dansk'."""
    return str(Locale.parse(code).get_display_name(code) or code)


def date_label(
    value: str, value_end: str | None, code: str, tr: gettext.NullTranslations
) -> str:
    """A resolved date (or range) as a reader of `code` says it: days and months in
    CLDR's words ("13. september 2023"), the other precisions from the catalogue."""
    if value_end and value_end != value:
        return f"{date_label(value, None, code, tr)} – {date_label(value_end, None, code, tr)}"
    precision = timevalues.precision(value)
    if precision is None:
        return value
    first = dt.date.fromisoformat(timevalues.start(value))
    if precision == "day":
        return format_date(first, "long" if code != SOURCE else "d MMMM y", locale=code)
    if precision == "month":
        return format_skeleton("yMMMM", first, locale=code)
    if precision == "year":
        return value
    _ = tr.gettext
    if precision == "week":
        week = first.isocalendar()
        return _("week %(week)d of %(year)d") % {"week": week.week, "year": week.year}
    if precision == "quarter":
        return _("Q%(quarter)d %(year)d") % {"quarter": (first.month + 2) // 3, "year": first.year}
    if precision == "season":
        season = {3: _("spring"), 6: _("summer"), 9: _("autumn"), 12: _("winter")}[first.month]
        return _("%(season)s %(year)d") % {"season": season, "year": first.year}
    return _("the %(decade)ds") % {"decade": first.year}
