"""Ukrainian language data."""
