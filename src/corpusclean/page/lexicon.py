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

from collections.abc import Iterable
from functools import cache
from importlib import resources

import attrs

from ..compat import tomllib
from ..language import word_lists

__all__ = ["CueWords", "cue_literals", "cue_words"]

# The languages whose comment controls and signature verbs are read from their word lists
# (English has its own patterns in `cues`).
_WORD_LIST_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl")
# A cue word has at least this many characters: it is also the literal `cues` looks for in
# a page before trying the pattern, and a shorter one is found on most lines (no error, only
# less work saved).
MIN_LITERAL_CHARS = 3


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
        # The lists alone (`word_lists`): a `Language` would compile its patterns too.
        language = word_lists(code)
        lists["comment_controls"].update(language.get("comment_controls", ()))
        lists["signature_verbs"].update(language.get("signature_verbs", ()))
    return CueWords(**{name: tuple(sorted(words)) for name, words in lists.items()})


def cue_literals(words: Iterable[str], *, fold: bool, known: Iterable[str] = ()) -> tuple[str, ...]:
    """The words as literals to search a page for (lower-cased when ``fold``), less each one
    that holds a shorter literal, its own or one of ``known``: a line holding it holds that
    one, so it would find no line more.

    Why whole words: a literal must be in every line the pattern matches, and the shortest
    safe one is the word itself (an accent-free run such as "men" of "menü" is in most lines).
    Lower-casing finds what a case-insensitive pattern matches for every letter of the
    shipped words, bar the exceptions `cues` handles (the tests check each letter).

    >>> cue_literals(["Kommentare", "kommentar", "commentaires"], fold=True, known=["comment"])
    ('kommentar',)
    """
    found = list(known)
    literals = []
    # Shortest first, so a word holding a shorter literal finds it; equal lengths in
    # alphabetical order, so the literals' order (an automaton's) is the same in every
    # process, not the set's, which moves with the hash seed (no answer depends on it).
    distinct = {word.lower() if fold else word for word in words}
    for word in sorted(distinct, key=lambda word: (len(word), word)):
        if len(word) < MIN_LITERAL_CHARS:
            raise ValueError(
                f"cue word {word!r} is shorter than {MIN_LITERAL_CHARS} characters: it would "
                "be found on most lines of a page; spell it out, or leave it out"
            )
        if not any(literal in word for literal in found):
            found.append(word)
            literals.append(word)
    return tuple(literals)
