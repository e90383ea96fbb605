"""Named entities: NER backends (bundled models, optional spaCy and Hugging Face ones), the
per-article entities stage, name keys and cross-spelling linking."""
