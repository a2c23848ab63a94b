"""The page features' cue words in languages other than English, read from package data.

English cue words are patterns in `cues` (they were tuned with the model); the other
languages' words are lists (``page/data/cue_words.toml``, and the comment controls and
signature verbs of ``data/lang/<code>.toml``) that `cues` adds to the same patterns, so a
German "Alle Rechte vorbehalten" sets the feature an English "All rights reserved" sets,
and the model's weights apply to it unchanged.

The patterns hold the union of all languages rather than the document's language: a page's
chrome is often in another language than its article (English "Login" on a German page),
language identification is unreliable on short chrome lines, and the features of a line
must not depend on the rest of the document (`LineFactsCache` computes them once per line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

import attrs

from ..compat import tomllib
from ..language import load_language

__all__ = ["CueWords", "ascii_literals", "cue_words", "word_alternation"]

# The languages whose comment controls and signature verbs are read from their word lists
# (English has its own patterns in `cues`).
_WORD_LIST_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
# Every word must hold a run of this many ASCII letters: the run is the literal `cues`
# looks for in a page before trying the pattern, and shorter runs would be found on most
# lines (no error, only less saved work).
MIN_LITERAL_CHARS = 3
_ASCII_RUN = re.compile(r"[\x20-\x7e]+")


@attrs.frozen(slots=True)
class CueWords:
    """The cue words of every shipped language but English, list by list."""

    boiler: tuple[str, ...] = ()
    legal: tuple[str, ...] = ()
    caption_labels: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    comment_counts: tuple[str, ...] = ()
    comment_phrases: tuple[str, ...] = ()
    comment_controls: tuple[str, ...] = ()
    signature_verbs: tuple[str, ...] = ()


@cache
def cue_words() -> CueWords:
    """The union of the shipped languages' cue words, each list sorted and without repeats.

    >>> "alle rechte vorbehalten" in cue_words().legal
    True
    """
    tables = tomllib.loads(
        resources.files("corpusclean")
        .joinpath("page")
        .joinpath("data")
        .joinpath("cue_words.toml")
        .read_text(encoding="utf-8")
    )
    lists: dict[str, set[str]] = {f.name: set() for f in attrs.fields(CueWords)}
    for code, table in tables.items():
        unknown = set(table) - set(lists)
        if unknown:
            raise ValueError(f"cue_words.toml [{code}]: unknown lists {sorted(unknown)}")
        for name, words in table.items():
            lists[name].update(words)
    for code in _WORD_LIST_LANGUAGES:
        language = load_language(code)
        lists["comment_controls"].update(language.comment_controls)
        lists["signature_verbs"].update(language.signature_verbs)
    return CueWords(**{name: tuple(sorted(words)) for name, words in lists.items()})


def word_alternation(words: Iterable[str]) -> str:
    """Words as a regex alternation, longest first so "lire la suite" wins over "lire".

    >>> word_alternation(["lire", "lire la suite"])
    'lire\\\\ la\\\\ suite|lire'
    """
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word) for word in ordered)


def ascii_literals(words: Iterable[str], *, fold: bool) -> tuple[str, ...]:
    """The longest ASCII run of each word (lower-cased when ``fold``): one of them is in
    every line a pattern of these words matches.

    Why ASCII: `cues` finds literals in the lower-cased page, and lower-casing matches what
    a case-insensitive pattern matches only for ASCII letters (bar the exceptions `cues`
    handles).

    >>> ascii_literals(["Datenschutzerklärung", "réponses"], fold=True)
    ('datenschutzerkl', 'ponses')
    """
    found = []
    for word in words:
        runs = _ASCII_RUN.findall(word.lower() if fold else word)
        longest = max(runs, key=len, default="")
        if len(longest.strip()) < MIN_LITERAL_CHARS:
            raise ValueError(
                f"cue word {word!r} has no run of {MIN_LITERAL_CHARS} ASCII characters to "
                "search a page for: spell it with one, or leave it out"
            )
        found.append(longest)
    return tuple(found)
