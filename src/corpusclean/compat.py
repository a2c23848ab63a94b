"""What differs between the supported Pythons, settled once: the TOML reader and the
regular-expression parser.

The standard library reads TOML from Python 3.11 on; on 3.10 the ``tomli`` package (a
dependency there) is the same reader under another name. The parser of `re` is
``re._parser`` from Python 3.11 and ``sre_parse`` before (the same module, renamed); the
readers of parse trees (`rules.starts`, `rules.literals`, `page.split`, `normalize.gate`)
share this one import of it.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["REGEX_PARSER", "REPEATS", "tomllib"]

try:
    REGEX_PARSER: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    REGEX_PARSER = importlib.import_module("sre_parse")
# The repeat opcodes (the parser module re-exports them); possessive repeats are read from
# Python 3.11 (None before: never met).
REPEATS = (
    REGEX_PARSER.MAX_REPEAT,
    REGEX_PARSER.MIN_REPEAT,
    getattr(REGEX_PARSER, "POSSESSIVE_REPEAT", None),
)
