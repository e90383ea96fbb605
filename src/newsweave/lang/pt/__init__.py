"""Portuguese language data."""
