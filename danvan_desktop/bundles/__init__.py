"""Signed report bundles: the file format, its signature and its verification.

Pure code: no SQL, no Qt, no file system beyond the bundle being written. Storage and
use cases live in ``storage.bundles_repo``, ``services.bundles`` and ``services.province``.
"""
