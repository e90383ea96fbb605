"""Danish language data."""
