"""Gold data readers and scorers that measure the extractors against annotated corpora."""
