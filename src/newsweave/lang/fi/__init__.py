"""Finnish language data."""
