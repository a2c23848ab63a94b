"""Evidence for lines in scripts written without spaces (Chinese, Japanese).

A Chinese or Japanese sentence is one or two ``\\w+`` tokens, so the token-based features
(word-count bins, stopword density, the context's long lines) take a paragraph of 40
characters for a short menu item. Here a line's Han and kana characters stand in: how many
there are (a length that means in those scripts what a word count means in spaced ones),
and which share of them are function characters (的, 了, 是, の, に, は, を, ...), the
unspaced counterpart of stopword density: prose is full of them, menus and headlines hold
few. The function characters are data, one list a language in
``corpusclean/data/function_chars/<code>.txt`` (characters separated by white space), all
lists read as one set, so a line's features never depend on the page's language.

Hangul is left out: Korean is written with spaces, so its tokens are words already.
"""

from __future__ import annotations

import math
import re
from functools import cache
from importlib import resources

__all__ = ["context_tokens", "function_chars", "unspaced_counts", "unspaced_features"]

# Kana, CJK ideographs and extension A, as `language._UNSPACED_SCRIPT` bounds them.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
# A Chinese word is one to two characters long (about 1.5 on average in news text), so this
# many Han or kana characters count as one more token where the context features weigh a
# line by its tokens: a 30-character sentence counts as 15 more, a long line like a
# 15-word sentence, while a 4-character menu item gains 2 and stays short.
CHARS_PER_TOKEN = 2


@cache
def function_chars() -> frozenset[str]:
    """The function characters of every shipped list, as one set (loaded once per process)."""
    folder = resources.files("corpusclean").joinpath("data").joinpath("function_chars")
    found: set[str] = set()
    for entry in folder.iterdir():
        if entry.name.endswith(".txt"):
            found.update(entry.read_text(encoding="utf-8").split())
    return frozenset(found)


def unspaced_counts(line: str) -> tuple[int, int]:
    """How many Han and kana characters the line holds, and how many are function characters.

    >>> unspaced_counts("我們在新竹的營地看到了楓紅")
    (13, 7)
    >>> unspaced_counts("Home | News")
    (0, 0)
    """
    if line.isascii():  # most lines of most pages: no search at all
        return 0, 0
    found = _UNSPACED_RE.findall(line)
    return len(found), sum(map(function_chars().__contains__, found))


def unspaced_features(n_unspaced: int, n_function: int) -> list[float]:
    """The two own features: log1p of the Han and kana count, and the function share."""
    return [math.log1p(n_unspaced), n_function / n_unspaced if n_unspaced else 0.0]


def context_tokens(n_tokens: int, n_unspaced: int) -> int:
    """A line's token count as the context features weigh it: its ``\\w+`` tokens plus
    one for every `CHARS_PER_TOKEN` Han or kana characters (the same count for any line
    without them)."""
    return n_tokens + n_unspaced // CHARS_PER_TOKEN
