"""Italian language data."""
