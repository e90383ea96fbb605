"""The read side: what the command line prints, the desk renders and the report writes.

Each function takes a `Store` and returns view objects (dataclasses with `to_json()`, or
JSON-ready dicts): the stories list and a story's row (`stories.py`), one story with its
articles compared (`story.py`), an entity's record and the one way a name is found
(`entities.py`), full-text search (`search.py`) and a speaker's quotes (`quotes.py`).

Layering: store (schema, writes) <- views (reads) <- cli, desk, report. SQL lives in
`newsweave.store` and here only; the pure comparison of a story's articles is
`newsweave.stories`, which never reads a store.
"""
