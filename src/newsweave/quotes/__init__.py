"""Who said what: direct and reported quotes with their speakers and roles."""
