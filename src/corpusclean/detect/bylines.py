"""A byline's meta line in the story's head or foot, read by its parts (issue #12).

Templates print the author, the date and the reading time on one line, apart by bars or dots
("Door Jan de Vries · 3 min leestijd", "Di Mario Rossi | 12 marzo 2021", "12 mars 2021, par
Jean Dupont"). Each language's rules know some of these lines whole; the parts are evidence
a reader needs only the language's words for: the byline's word before a name written as a
name (`Language.by_name`, the name test of `detect.captions`), a date stamp (`comments.
stamps.is_date_stamp`), a reading time (`Language.reading_time`).

Precision guards: every part must be one of these, so a line with any other words stays (a
sub-heading, "Fakten | Zahlen", an event's "Stadtfest | 12. Juni 2021"); a byline's word must
stand before a name, or a reading time be there, so a name and a date alone ("Bad Homburg |
12. März 2021", a place) stay; a lone "Von Anna Berg" is left to the rules, whose edge scope
knows it from "von Goethe" under a poem; and only before the story's first prose paragraph
or after its last one, where a byline stands (a dateline opens the first paragraph, and a
quote's attribution, "— Angela Merkel", has no bar).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..rules.literals import every_match_holds_a_letter
from ..text import has_digit, has_letter
from .captions import written_as_name
from .comments.stamps import is_date_stamp
from .facts import Facts
from .scopes import LEAD_EDGE_BLOCKS, body_bounds

__all__ = ["mark_labelled_bylines", "mark_meta_lines"]

NAME = "byline_meta"
FAMILY = "attribution"
# A meta line holds at most this many words: an author of five words and the byline's word,
# a date with its weekday, clock and stamp words (up to ten), a reading time of three, and
# the bars between; a line of the story is longer.
META_LINE_MAX_WORDS = 24
# The bars and dots between a meta line's parts ("|", "·", "•"), with any spaces.
_BAR = re.compile(r"\s*[|·•]\s*")
_BAR_SIGN = re.compile(r"[|·•]")


def mark_meta_lines(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a kept line made only of a byline's parts (`is_meta_line`), before the story's
    first prose paragraph or after its last."""
    language = facts.language
    if not language.byline_words:  # a language not named: no byline's word to read
        return
    first, last = body_bounds(blocks, facts)
    if first > last:  # no story to stand above or below
        return
    for index, block in enumerate(blocks):
        if first <= index <= last or not verdicts[index].keep:
            continue
        if block.words <= META_LINE_MAX_WORDS and facts.of(_meta_line, block):
            verdicts[index] = Verdict(
                keep=False,
                rule=NAME,
                reason="a byline's meta line: the author after the byline's word, a date or a "
                "reading time, between bars or dots",
                family=FAMILY,
            )


def _meta_line(block: Block, language: Language) -> bool:
    """Whether a short block is a meta line (`is_meta_line`, after its screen
    `_may_be_meta_line`), a block fact: every round asks it again of its kept lines outside
    the story, whose text never changes (issue #8: the later rounds of the dev full pages
    spent as long on them as the first)."""
    text = block.text
    return (
        _may_be_meta_line(text)
        and (has_letter(text) or not _parts_hold_letters(language))
        and is_meta_line(text, language)
    )


def _parts_hold_letters(language: Language) -> bool:
    """Whether every byline (`Language.by_name`) and reading time (`Language.reading_time`)
    of the language holds a letter (`literals.every_match_holds_a_letter`): a meta line
    holds one of them, so a line without a letter ("12 | 345", a column of numbers) is then
    none, and is not split into parts and read (issue #8)."""
    by_name, reading_time = language.by_name, language.reading_time
    return every_match_holds_a_letter(
        by_name.pattern, by_name.flags
    ) and every_match_holds_a_letter(reading_time.pattern, reading_time.flags)


def _may_be_meta_line(text: str) -> bool:
    """Whether a line holds a bar or a dot between parts, or a digit: every meta line does (a
    date and a reading time have digits, and a byline alone is no meta line); most of a page's
    short lines, its menu's words, hold neither, and are read no further.

    >>> _may_be_meta_line("Door Jan de Vries · leestijd"), _may_be_meta_line("Contact")
    (True, False)
    """
    return _BAR_SIGN.search(text) is not None or has_digit(text)


def is_meta_line(text: str, language: Language) -> bool:
    """Whether a whole line is a byline's parts only: a reading time alone, or two to four
    parts apart by bars, dots or a comma, each a byline (`_is_by_name`), a date stamp or a
    reading time, with a byline or a reading time among them.

    >>> from corpusclean.language import load_language
    >>> nl, fr = load_language("nl"), load_language("fr")
    >>> is_meta_line("Door Jan de Vries · 3 min leestijd", nl)
    True
    >>> is_meta_line("12 mars 2021, par Jean Dupont", fr)
    True
    >>> is_meta_line("Bad Homburg | 12 mars 2021", fr), is_meta_line("Par Jean Dupont", fr)
    (False, False)
    """
    parts = [part for part in _parts(text, language) if part]
    if not 1 <= len(parts) <= MAX_PARTS:
        return False
    # The byline or the reading time first: a date stamp costs the most to read, and a line
    # with neither is no meta line whatever its dates.
    named = [_is_by_name(part, language) or _is_reading_time(part, language) for part in parts]
    if not any(named):
        return False
    if len(parts) == 1:
        return _is_reading_time(parts[0], language)
    return all(
        known or is_date_stamp(part, language) for part, known in zip(parts, named, strict=True)
    )


#: The most parts a meta line has: an author, a date, an update stamp, a reading time.
MAX_PARTS = 4


def _parts(text: str, language: Language) -> list[str]:
    """A line's parts: apart by bars and dots, and a part's last comma when a byline follows
    it ("12 mars 2021, par Jean Dupont")."""
    parts: list[str] = []
    for part in _BAR.split(text.strip()):
        head, _, tail = part.rpartition(", ")
        if head and _is_by_name(tail, language):
            parts += [head, tail]
        else:
            parts.append(part)
    return parts


def _is_reading_time(part: str, language: Language) -> bool:
    """Whether a part is a reading time ("3 min read", "Lesezeit: 3 Minuten")."""
    return language.reading_time.fullmatch(part) is not None


def _is_by_name(part: str, language: Language) -> bool:
    """Whether a part is the byline's word and a name written as a name ("par Jean Dupont",
    "Door Jan de Vries"); "von links" and "by the river" are no names.

    >>> from corpusclean.language import load_language
    >>> de = load_language("de")
    >>> _is_by_name("Von Anna Berg", de), _is_by_name("von links", de)
    (True, False)
    """
    found = language.by_name.fullmatch(part)
    return found is not None and written_as_name(found.group("name").split())


#: The detector's name for a lone byline read by its label (`mark_labelled_bylines`).
LABELLED_NAME = "labelled_byline"
# A labelled byline holds at most this many words: a label of up to three ("Tekst og foto"),
# and up to eight words of names ("Anna Berg og Peter Hansen"); a line of the story is longer.
LABELLED_BYLINE_MAX_WORDS = 11


def mark_labelled_bylines(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a kept line that is a byline's label and its author's names alone
    (`is_labelled_byline`), in a language with no rule file to write its bylines in: above
    the story's first prose paragraph, under it within `LEAD_EDGE_BLOCKS` (a byline under the
    standfirst), or below its last. A language with a rule file writes these lines in its
    `byline` rule, whose edge scope reads the same places.
    """
    language = facts.language
    if not language.byline_labels:  # a language whose rule file writes its bylines
        return
    first, last = body_bounds(blocks, facts)
    if first > last:  # no story to stand above or below
        return
    found = [
        index
        for index, block in enumerate(blocks)
        if verdicts[index].keep
        and block.words <= LABELLED_BYLINE_MAX_WORDS
        and is_labelled_byline(block.text, language)
    ]
    # Under the lead only when it is the body's one byline, as the rules' edge scope reads a
    # hit there (`scopes._under_first_paragraph`): two are the story's list of contributors.
    in_body = [index for index in found if first <= index <= last]
    for index in found:
        under_lead = first < index <= first + LEAD_EDGE_BLOCKS and in_body == [index]
        if not first <= index <= last or under_lead:
            verdicts[index] = Verdict(
                keep=False,
                rule=LABELLED_NAME,
                reason="a byline: the language's byline label and the author's names alone",
                family=FAMILY,
            )


def is_labelled_byline(text: str, language: Language) -> bool:
    """Whether a whole line is a byline's label and names written as names, or the
    newsroom's name for itself ("Af redaktionen"). A sentence that opens with the label's
    word goes on in lower case or with digits ("Af de 30 deltagere kom 12 fra Ballerup").

    >>> from corpusclean.language import load_language
    >>> da, pl = load_language("da"), load_language("pl")
    >>> is_labelled_byline("Tekst og foto Jørn Kildall", da)
    True
    >>> is_labelled_byline("Af redaktionen", da)
    True
    >>> is_labelled_byline("Oprac. Magdalena Pawlik", pl)
    True
    >>> is_labelled_byline("Af de 30 deltagere kom 12 fra Ballerup.", da)
    False
    >>> is_labelled_byline("Af Jørn Kildall og hans kone blev bagt en kage", da)
    False
    """
    found = language.labelled_byline.fullmatch(text.strip())
    if found is None:
        return False
    name = found.group("name").rstrip(".")
    return name.casefold() in language.newsroom_names or written_as_name(name.split())
