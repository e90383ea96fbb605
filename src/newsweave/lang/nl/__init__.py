"""Dutch language data."""
