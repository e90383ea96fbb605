"""The analyst's desk: the pages an analyst reads (stories, a story, an entity, an
article), served by `newsweave serve` (`app.py`) and written as a static site by
`newsweave report` (`report.py`) from the same templates and the same page data
(`pages.py`), each page with a JSON twin carrying that data."""
