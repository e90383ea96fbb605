"""Swedish language data."""
