"""Use cases. Each public function checks the caller's role, writes in one transaction,
and records the write in the audit log."""
