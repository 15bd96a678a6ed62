"""Storage: the only layer that speaks SQL or touches the database file."""
