"""Czech language data."""
