"""The I/O edge: reading records from files, writing articles and rejects (`records`)."""
