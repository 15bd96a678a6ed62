"""Secrets: password hashing, database keys, recovery keys, the OS keyring."""
