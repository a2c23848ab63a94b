"""The built-in rules' pattern readings, derived ahead of time and shipped as package data.

`corpusclean.rules.literals` reads what a pattern needs (its keywords, the parts a line must
hold, its alternatives) by parsing it with the standard library's regular-expression parser
in Python. Every process that builds the built-in rules read the same patterns again: about
0.9 CPU s of the 2.9 s a fresh process spent to clean one English article on this machine
(issue #8). The readings of the shipped patterns are pure, so ``scripts/gen_readings.py``
derives them once and ships them here (``rules/data/readings.tsv``), and `literals` looks
a pattern up before reading it; a pattern not in the table (a user's rule) is read as before.

The parser's output may change between Python versions (3.11 reads atomic groups, 3.10
cannot), so the table lists the versions it was derived on, each checked to give every
reading the same (``gen_readings.py --add-version`` run on that version), and is used on
those only; on another the patterns are read at run time, as before, with the same results.
tests/test_rules_readings.py fails when the table is stale on a listed version, as
``gen_readings.py --check`` does. (Listing one version only cost every fresh process on
another, 3.10 or 3.12 and later, about 2.6 CPU s of reading the patterns again, though the
readings there are the same: citime43.)
"""

from __future__ import annotations

import functools
import json
import sys
from importlib import resources
from typing import Any

__all__ = [
    "MISSING",
    "READINGS_FILE",
    "is_shipped",
    "looking_up",
    "pattern_key",
    "python_version",
    "shipped_reading",
    "shipped_versions",
]

#: The table's name, under ``corpusclean/rules/data``: one line a pattern, the pattern as a
#: JSON string, a tab, and its readings as a JSON list of ``[kind, flags, within, value]``;
#: the first line is ``python``, a tab and the versions the table was derived on, a JSON
#: list (``["3.10", "3.11"]``).
READINGS_FILE = "readings.tsv"

#: What `shipped_reading` returns for a pattern the table does not hold.
MISSING: Any = object()

_Key = tuple[str, int, frozenset[str] | None]
# The name the first line gives the table's Python versions under.
_VERSION = b"python"


def python_version() -> str:
    """The running interpreter's version, as the table records the one it was derived on."""
    return "{}.{}".format(*sys.version_info[:2])


def pattern_key(pattern: str) -> bytes:
    """A pattern as the table's first column holds it (its JSON string, UTF-8): JSON
    writes a tab or a line feed in a string escaped, so the column holds neither. (A lone
    surrogate, which no rule file can hold, is kept as written, so such a user pattern gets
    a key the table does not hold rather than an error.)"""
    return json.dumps(pattern, ensure_ascii=False).encode("utf-8", "surrogatepass")


def shipped_reading(
    kind: str, pattern: str, flags: int, within: frozenset[str] | None = None
) -> Any:
    """The shipped reading of ``kind`` for ``pattern`` (with ``flags``, and for keywords
    the declared ones ``within``), as JSON holds it; `MISSING` when it is not shipped (or
    while look-ups are off, `looking_up`)."""
    if not _LOOKING_UP[0]:
        return MISSING
    readings = _decoded.get(pattern)
    if readings is None:
        raw = _table().get(pattern_key(pattern))
        if raw is None:
            return MISSING
        readings = _decoded[pattern] = {
            (found, at, None if words is None else frozenset(words)): value
            for found, at, words, value in json.loads(raw)
        }
    return readings.get((kind, flags, within), MISSING)


# Whether `shipped_reading` looks readings up: off only while the generator derives the
# table (`literals.derived_now`), a process's one switch, not a per-thread one.
_LOOKING_UP = [True]


def looking_up(on: bool) -> bool:
    """Turn the table's look-ups on or off (`shipped_reading` then finds nothing, and
    every reading is derived); returns whether they were on. For `literals.derived_now`,
    which also empties the readers' caches: a process's readers must not mix the two."""
    was = _LOOKING_UP[0]
    _LOOKING_UP[0] = on
    return was


def is_shipped(pattern: str) -> bool:
    """Whether the table holds the pattern: a built-in rule's, as the matcher reads it
    (behind its guards), whose readings the shipped tests check (it compiles on `re`,
    tests/test_rules_readings.py). False for every pattern on a Python version the table
    does not list."""
    return pattern_key(pattern) in _table()


@functools.cache
def shipped_versions() -> tuple[str, ...]:
    """The Python versions the shipped table lists (its first line): the table is used on
    those only. Empty when no table is shipped."""
    return _shipped()[0]


def _shipped() -> tuple[tuple[str, ...], bytes]:
    """The shipped table's versions and its lines after the first, read from the package
    (not kept: `_table` keeps what it needs, the lines split by pattern)."""
    resource = (
        resources.files("corpusclean").joinpath("rules").joinpath("data").joinpath(READINGS_FILE)
    )
    if not resource.is_file():
        return (), b""
    head, _, body = resource.read_bytes().partition(b"\n")
    name, _, versions = head.partition(b"\t")
    if name != _VERSION:
        return (), b""
    return tuple(json.loads(versions)), body


# Each shipped pattern's readings, decoded when the pattern is first looked up: a process
# asks for those of its language's rules, a fraction of the table's 2,600 patterns of every
# language. Decoding the whole table up front cost about 80 CPU ms of every `Cleaner`'s
# start (issue #8, startup39b). Keyed on the pattern, a shipped one only (a user's pattern
# is not in the table and not kept), so bounded by the table; package data, the same for
# every caller.
_decoded: dict[str, dict[_Key, Any]] = {}


@functools.cache
def _table() -> dict[bytes, bytes]:
    """The shipped table, read once a process, each pattern's readings left undecoded
    (`shipped_reading` decodes them): the pattern's key (`pattern_key`) -> its readings'
    JSON; empty on a Python version the table does not list."""
    versions, body = _shipped()
    if python_version() not in versions:
        return {}
    return dict(line.split(b"\t", 1) for line in body.splitlines())
