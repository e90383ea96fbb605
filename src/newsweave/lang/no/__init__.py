"""Norwegian (Bokmål and Nynorsk) language data."""
