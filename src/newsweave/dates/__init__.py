"""Time expressions: found per language from explicit language data, then resolved
against the publication date; plus `parse_date` for metadata date strings.

    find.py      candidate spans per language, longest wins, then resolved
    patterns.py  the compiled patterns of a language (cached per process)
    lexicon.py   CLDR names + `newsweave.lang.<iso>.dates` merged per language (the
                 data schema is documented there)
    resolve.py   values: day, ISO week, month or year, relative to the publication date
    parse.py     parse_date for feed/header metadata
    regex.py     word lists compiled as tries
    stage.py     DateStage, the pipeline stage
"""

from __future__ import annotations

from newsweave.dates.find import find_dates
from newsweave.dates.parse import parse_date
from newsweave.dates.stage import DateStage

__all__ = ["DateStage", "find_dates", "parse_date"]
