"""Rows of a regular shape between kept lines of the article: a programme's times, a glossary.

On a short page a story's own short rows score like menu items: a programme's "22:00 Uhr
Offene Bühne" between "21:30 Uhr Pause mit Suppe" and "23:30 Uhr …", a glossary's one-word
terms ("Pastori", "Capanna") each over the sentence that defines it. What a menu, a tag row,
a share row or a cookie banner's buttons do not do is stand between two lines the model kept
AND share the shape of those lines: a menu's items are short lines in a row with no sentence
between, and a list under the story has no kept line below it. This pass keeps a run of at
most ROW_RUN_MAX_LINES dropped lines between two kept lines when

- every line of the run and both kept lines open with a clock time ("19.30 uur", "20:10"), or
- the run and its two kept neighbours alternate a term (at most TERM_MAX_TOKENS tokens, no
  sentence) with the sentence under it, in a stretch of GLOSSARY_MIN_TERMS terms or more,
  no two of them opening with the same word (a site's sections under their blurbs do),

and no line of the run carries a cue of page furniture or is printed again on the page. Like
`subheads`, it runs once on the final verdicts, only adds lines, and the lines it adds never
enter the model's context.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from itertools import compress, count, pairwise

import regex

from ..text import ends_like_sentence
from .interview import is_question

__all__ = ["GLOSSARY_MIN_TERMS", "ROW_RUN_MAX_LINES", "TERM_MAX_TOKENS", "keep_shaped_rows"]

# A run of at most ROW_RUN_MAX_LINES dropped lines: a row the model missed, or a term with its
# definition and the next term. A longer run is a block of the page the model read as one.
ROW_RUN_MAX_LINES = 3
# A glossary's term is a word or a name of a few (`Zampognari`, `Sacra Famiglia`); a teaser's
# headline over its blurb is longer.
TERM_MAX_TOKENS = 3
# A glossary defines several terms: one short line between two sentences is a sub-heading,
# `subheads`' to decide; three in alternation with sentences are a shape of the story's own.
GLOSSARY_MIN_TERMS = 3
# A clock time opening a line: "19:30", "9.30", "12.15 uur" (hours 0-23, minutes 00-59).
_CLOCK = regex.compile(r"(?:[01]?[0-9]|2[0-3])[:.][0-5][0-9](?![0-9])")

_TERM, _SENTENCE, _OTHER = "t", "s", "o"


def keep_shaped_rows(
    lines: Sequence[str],
    n_tokens: Sequence[int],
    keep: Sequence[bool],
    is_furniture: Callable[[str], bool],
) -> list[bool]:
    """Return ``keep`` with each short run of rows shaped like its kept neighbours kept.

    >>> lines = ["20:00 Uhr Begrüßung", "21:30 Uhr Pause mit Suppe", "22:00 Uhr Offene Bühne",
    ...          "23:30 Uhr Geschichten", "Impressum"]
    >>> keep_shaped_rows(lines, [3, 5, 4, 3, 1], [True, True, False, True, False], lambda s: False)
    [True, True, True, True, False]
    """
    out = list(keep)
    counts: Counter[str] | None = None
    for start, end in _runs_between(keep):
        if not (_clock_rows(lines, start, end) or _glossary(lines, n_tokens, start, end)):
            continue
        counts = counts if counts is not None else Counter(lines)
        run = range(start, end)
        if any(counts[lines[i]] > 1 or is_furniture(lines[i]) for i in run):
            continue
        for i in run:
            out[i] = True
    return out


def _runs_between(keep: Sequence[bool]) -> list[tuple[int, int]]:
    """The runs of at most ROW_RUN_MAX_LINES dropped lines with a kept line right above and
    right below, as (first, past the last)."""
    kept = list(compress(count(), keep))  # C-level: the classifier asks at every classification
    return [
        (above + 1, below)
        for above, below in pairwise(kept)
        if 1 < below - above <= ROW_RUN_MAX_LINES + 1
    ]


def _clock_rows(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the run and both kept lines around it open with a clock time."""
    return all(_CLOCK.match(lines[i]) for i in range(start - 1, end + 1))


def _glossary(lines: Sequence[str], n_tokens: Sequence[int], start: int, end: int) -> bool:
    """Whether the run and its kept neighbours alternate terms and sentences, inside a
    stretch of such alternation that holds GLOSSARY_MIN_TERMS terms or more."""
    # The kept neighbours first: most runs have a line that is no sentence beside them, and
    # are answered without reading the run's lines (`_kind` is a pure function of a line).
    if _kind(lines[start - 1], n_tokens[start - 1]) != _SENTENCE:
        return False
    if _kind(lines[end], n_tokens[end]) != _SENTENCE:
        return False
    kinds = [_SENTENCE, *(_kind(lines[i], n_tokens[i]) for i in range(start, end)), _SENTENCE]
    if not _alternates(kinds):
        return False
    terms = [lines[i] for i in range(start, end) if kinds[i - start + 1] == _TERM]
    terms += _terms_alternating(lines, n_tokens, start - 1, -1)
    terms += _terms_alternating(lines, n_tokens, end, +1)
    return len(terms) >= GLOSSARY_MIN_TERMS and _distinct_openings(terms)


def _terms_alternating(
    lines: Sequence[str], n_tokens: Sequence[int], at: int, step: int
) -> list[str]:
    """The terms of the alternation that goes on from the sentence at ``at`` in the
    direction ``step`` (the sentence itself not counted)."""
    terms: list[str] = []
    last, i = _SENTENCE, at + step
    while 0 <= i < len(lines):
        kind = _kind(lines[i], n_tokens[i])
        if kind in (_OTHER, last):
            break
        if kind == _TERM:
            terms.append(lines[i])
        last, i = kind, i + step
    return terms


def _distinct_openings(terms: Sequence[str]) -> bool:
    """Whether no two terms open with the same word: a site's sections each under its
    blurb share the site's name ("Example Answers", "Example Communities"), a glossary's
    terms are different words."""
    openings = [term.split(maxsplit=1)[0].casefold() for term in terms]
    return len(set(openings)) == len(openings)


def _alternates(kinds: Sequence[str]) -> bool:
    """No two kinds alike in a row and no other line."""
    return _OTHER not in kinds and all(a != b for a, b in pairwise(kinds))


def _kind(line: str, n: int) -> str:
    """A term (a few tokens ending with a letter or a digit, no sentence, no question), a
    sentence, or another line."""
    if is_question(line):
        return _OTHER
    if ends_like_sentence(line):
        return _SENTENCE
    # A term ends with a letter or a digit: a letter's salutation ("Liebe Ulrike,", a
    # reader thread's greeting between a comment's sentences) or a label ("Programm:") is none.
    return _TERM if 0 < n <= TERM_MAX_TOKENS and line[-1:].isalnum() else _OTHER
