"""Spanish language data."""
