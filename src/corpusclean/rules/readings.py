"""The built-in rules' pattern readings, derived ahead of time and shipped as package data.

`corpusclean.rules.literals` reads what a pattern needs (its keywords, the parts a line must
hold, its alternatives) by parsing it with the standard library's regular-expression parser
in Python. Every process that builds the built-in rules read the same patterns again: about
0.9 CPU s of the 2.9 s a fresh process spent to clean one English article on this machine
(issue #8). The readings of the shipped patterns are pure, so ``scripts/gen_readings.py``
derives them once and ships them here (``rules/data/readings.json``), and `literals` looks
a pattern up before reading it; a pattern not in the table (a user's rule) is read as before.

The parser's output may change between Python versions (3.11 reads atomic groups, 3.10
cannot), so the table holds the version it was derived on and is used on that version
only; on another the patterns are read at run time, as before, with the same results.
tests/test_rules_readings.py fails when the table is stale, as ``gen_readings.py --check``
does.
"""

from __future__ import annotations

import functools
import json
import sys
from importlib import resources
from typing import Any

__all__ = ["MISSING", "READINGS_FILE", "python_version", "shipped_reading"]

#: The table's name, under ``corpusclean/rules/data``.
READINGS_FILE = "readings.json"

#: What `shipped_reading` returns for a pattern the table does not hold.
MISSING: Any = object()

_Key = tuple[str, str, int, frozenset[str] | None]


def python_version() -> str:
    """The running interpreter's version, as the table records the one it was derived on."""
    return "{}.{}".format(*sys.version_info[:2])


def shipped_reading(
    kind: str, pattern: str, flags: int, within: frozenset[str] | None = None
) -> Any:
    """The shipped reading of ``kind`` for ``pattern`` (with ``flags``, and for keywords
    the declared ones ``within``), as JSON holds it; `MISSING` when it is not shipped."""
    return _table().get((kind, pattern, flags, within), MISSING)


@functools.cache
def _table() -> dict[_Key, Any]:
    """The shipped table, read once a process (package data: the same for every caller);
    empty when it was derived on another Python version."""
    resource = (
        resources.files("corpusclean").joinpath("rules").joinpath("data").joinpath(READINGS_FILE)
    )
    if not resource.is_file():
        return {}
    data = json.loads(resource.read_text("utf-8"))
    if data["python"] != python_version():
        return {}
    return {
        (kind, pattern, flags, None if within is None else frozenset(within)): value
        for kind, pattern, flags, within, value in data["readings"]
    }
