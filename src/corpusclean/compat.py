"""What differs between the supported Pythons, settled once: the TOML reader.

The standard library reads TOML from Python 3.11 on; on 3.10 the ``tomli`` package (a
dependency there) is the same reader under another name.
"""

from __future__ import annotations

import sys

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["tomllib"]
