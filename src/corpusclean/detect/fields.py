"""The field-line detector: a line of labelled fields before or after the story.

Sites print their metadata and their imprint as one line of fields joined by a separator:
"05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: ...", "Telephone:
01507 529529 | Company No. 3676192 | VAT No: GB 716 6328 31". What holds on any site and in
any language is the shape: three or more short segments between one separator, two of them
a label and a colon ("Categoria:", "Fone:"), no sentence among them, and the line outside
the article (before its first paragraph or after its last).

False-positive risks and their guards: a fact line inside the article ("Population: 5m |
Capital: Wellington | Currency: NZD") stays, since only lines outside the body go; a
sentence that uses a dash and a colon ("The rule - one of many: ...") has long segments and
ends like a sentence; an interview's "Q: ..." has one label and runs long.

An **empty field** (`EMPTY_FIELD`) is the same record with its value gone: a label and a
colon alone on a line ("Categoria:", "Laatste update:", "Quelle:"), the value stripped by
the extractor, printed on the next line, or never filled in. What holds on any site is the
shape and the company it keeps: outside the body, beside a removed line or another empty
label (a record whose other fields went), or as a field split over two lines that ends the
document ("Quelle:" / "Polizeiinspektion Edenkoben"). Its risks and guards: a sub-heading
ending in a colon introduces a list ("Zutaten:" over "200 g Mehl", "Key points:" over "- ...")
and stays whenever a bullet or a number opens the next line; an interview's "Frage:" over
its question stays when the next line is prose, unless another empty label stands above it.
A stamp whose date and time were stripped is an empty field too: only the language's stamp
words (`Language.stamp_words`) and the marks that stood between the values ("Posted ,
updated", "Posted: Updated:", "Veröffentlicht am , aktualisiert am"), with the gap a value
leaves (a mark after a space, or two colons); "Montag, Dienstag:" over a schedule has none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..language import Language
from ..model import Block, Verdict
from ..text import ends_like_sentence
from .facts import Facts, prose
from .scopes import body_bounds

__all__ = ["mark_field_lines"]

NAME = "field_line"
FAMILY = "attribution"
#: The name of an empty field's removal (a label and a colon alone, its value gone).
EMPTY_FIELD = "empty_field"

# Fields are joined by a spaced dash, bar or dot; a hyphen inside a word ("Ocasio-Cortez")
# or a date ("2019-02-15") has no spaces around it.
_SEPARATOR = re.compile(r" (?:-|–|—|\||•|·) ")
# A field's label: one or two words and a colon ("Tags:", "Publicado por:", "VAT No:").
_LABEL = re.compile(r"[^\W\d_][\w.]*(?: [\w.]+)?:(?: |$)")
# A line of fields has at least this many segments, and at least this many labelled ones:
# "Politics - Opinion" is a section path, two labels are a record.
FIELDS_MIN_SEGMENTS = 3
FIELDS_MIN_LABELS = 2
# Each field is a value of a few words (an address, "Rua Walter Marquardt, 1111", is 4); a
# longer segment is a clause of a sentence.
FIELD_MAX_WORDS = 8
# An empty field: one to three words and a colon, nothing after it ("Categoria:", "Laatste
# update:", "Rückfragen bitte an:"); a longer line ending in a colon is a sentence's lead-in.
_EMPTY_LABEL = re.compile(r"[^\W\d_][\w.'’&-]*(?: [\w.'’&-]+){0,2} ?:")
# A field split over two lines ends the document with its value: a name of at most this many
# words ("Polizeiinspektion Edenkoben"); a longer line is a sentence or a list's first item.
# A value with a digit is practical information the story ends with, not a source ("Anmeldung:"
# over "Tel. 08031 44550", precision20): such a pair stays.
SPLIT_VALUE_MAX_WORDS = 4
# A table printed by columns: this many empty labels or more in a row ("Ort:" / "Zeit:" /
# "Eintritt:"), then their values in a row of kept short lines ("Rathaussaal" / "20 Uhr" /
# "12 Euro"), as many as the labels or one fewer (the first label may head the table: "Das
# Ergebnis:" / "Ja:" / "Nein:" over "11" / "9"). A record whose values went has no such row
# under it, and a log-in form's "E-mail:" / "Password:" a longer run of controls ("Remember
# me", "Sign in", "Forgot your password?", ...) (precision20).
COLUMN_LABELS_MIN = 2
# A line opening with one of these (a bullet, a dash, a digit) is a list's item, never a
# field's value: the colon above it introduces the list ("Zutaten:" over "- 200 g Mehl").
# Wider than `text.LIST_BULLETS` on purpose (dashes, ticks, digits; no space asked): a line
# read as a list's item is no field's split value (`_is_split_value`), so more stays.
_LIST_OPENING = re.compile(r"[-–—•·*▪►✓✔0-9]")
# A stripped stamp has at most this many words ("Published on , updated on" is 5) ...
STRIPPED_STAMP_MAX_WORDS = 6
# ... and the gap its values left: a mark after a space ("Posted , updated") or two colons.
_VALUE_GAP = re.compile(r"\s[,|/]|:[^:]*:")
_STAMP_WORD = re.compile(r"[^\W\d_]+")


def _is_field_line(block: Block, _language: Language) -> bool:
    """Whether a block is a line of labelled fields (a block fact)."""
    text = block.text
    if block.words < FIELDS_MIN_SEGMENTS or ends_like_sentence(text):
        return False
    segments = _SEPARATOR.split(text)
    if len(segments) < FIELDS_MIN_SEGMENTS:
        return False
    if any(segment.count(" ") >= FIELD_MAX_WORDS for segment in segments):
        return False
    return sum(1 for segment in segments if _LABEL.match(segment)) >= FIELDS_MIN_LABELS


def _colon_rich(blocks: Sequence[Block]) -> list[Block]:
    """The blocks with FIELDS_MIN_LABELS colons or more, as a line of fields must have:
    each of its labelled segments holds one (`_LABEL`), and the segments are apart in the
    line.

    A count per block in C, not the fact's call per block: most lines hold no colon, which
    `in` (a `memchr`) finds several times faster than `str.count` reads every character
    (2.7 against 0.5 ms a pass of the ASCII speed corpus's first rounds; issue #8).
    """
    return [
        block
        for block in blocks
        if ":" in (text := block.text) and text.count(":") >= FIELDS_MIN_LABELS
    ]


def mark_field_lines(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a kept line of labelled fields before the first or after the last paragraph,
    and an empty field there (`_mark_empty_fields`).

    Ambiguous: a fact box above the first paragraph has the same shape, so the removal
    budget may keep it.
    """
    shapes = facts.of_scope(_scope_shapes, blocks)
    if shapes.empty_labels:
        _mark_empty_fields(blocks, verdicts, facts, shapes.empty_labels)
    if shapes.stripped_stamps:
        _mark_stripped_stamps(blocks, verdicts, shapes.stripped_stamps)
    if not shapes.field_lines:
        return  # most documents: no line of fields in the scope, so in no round
    flags = [block.start in shapes.field_lines for block in blocks]
    if not any(flags):
        return
    first_body, last_body = body_bounds(blocks, facts)
    for index, is_fields in enumerate(flags):
        inside = first_body <= index <= last_body
        if is_fields and not inside and verdicts[index].keep:
            verdicts[index] = Verdict(
                keep=False,
                rule=NAME,
                reason="a line of labelled fields outside the story (metadata or an imprint)",
                certain=False,
                family=FAMILY,
            )


def _is_empty_label(block: Block) -> bool:
    """Whether a block is a label and a colon with nothing after it ("Concelho:").

    >>> _is_empty_label(Block("Laatste update:", 0, 0)), _is_empty_label(Block("Frage: Wie?", 0, 0))
    (True, False)
    """
    return block.words <= 3 and _EMPTY_LABEL.fullmatch(block.text) is not None


def _opens_a_list(block: Block) -> bool:
    """Whether a block opens like a list's item (`_LIST_OPENING`)."""
    return _LIST_OPENING.match(block.text.lstrip()) is not None


def _mark_empty_fields(
    blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts, labels: frozenset[int]
) -> None:
    """Remove an empty field: outside the body over a removed line or another empty label,
    inside it with such a line on both sides (a record whose other fields went), or split
    over the document's last two lines with its short value (both go then).

    The body's bounds are only a guide here: a headline ending with a full stop reads as
    prose, and the fields under it as inside the body.

    Never over a kept short line (a list's item, a name, a value), and over a kept prose line
    only under another empty label: a sub-heading's colon ("Zutaten:", "Key points:", "Die
    Sieger:") or an interview's "Frage:" introduces what follows.

    ``labels``: the first input lines of the document's empty labels (`_is_empty_label`,
    found by `_scope_shapes`).
    """
    empty = [block.start in labels for block in blocks]
    if not any(empty):
        return
    first_body, last_body = body_bounds(blocks, facts)
    is_prose = facts.each(prose, blocks)
    count = len(blocks)

    def value_below(index: int) -> bool:  # a kept short line, a value or a list's item
        after = index + 1
        return after < count and verdicts[after].keep and not empty[after] and not is_prose[after]

    # A label counts as evidence for its neighbour only when it has no value under it: "See
    # tweets :" over "Senate resolves to:" over a tweet's line is a lead-in to content. The
    # labels of a table printed by columns have their values further down, and count neither.
    columns = _column_labels(empty, [value_below(i - 1) for i in range(count)])
    bare = [flag and not columns[i] and not value_below(i) for i, flag in enumerate(empty)]

    def gone_or_empty(near: int) -> bool:  # a neighbour that is no content of the story
        return 0 <= near < count and (bare[near] or not verdicts[near].keep)

    def under_removed(near: int) -> bool:  # a run of bare labels hangs from a removed line
        while near >= 0 and bare[near]:
            near -= 1
        return near < 0 or not verdicts[near].keep

    for index in [i for i, flag in enumerate(empty) if flag]:
        if not verdicts[index].keep or columns[index]:
            continue
        outside = not first_body <= index <= last_body
        after = index + 1
        if value_below(index):
            # The colon introduces what follows (a list, names, a value): it stays, unless
            # label and value end the document after the story.
            if index > last_body and after + 1 == count and _is_split_value(blocks[after]):
                reason = "a field split over the document's last two lines (its label, its value)"
                verdicts[index] = verdicts[after] = _empty_field_verdict(reason)
            continue
        if after < count and not gone_or_empty(after):  # over a paragraph, a label with a value
            # Only a record's last field goes there; inside the story the record must hang
            # from a removed line (a stamp), or the paragraph is the label's: a play's speaker
            # under a silent one, "NEWTON:" over "EINSTEIN:" over a line (precision20).
            found = index > 0 and bare[index - 1] and (outside or under_removed(index - 1))
        elif after < count:
            found = outside or gone_or_empty(index - 1)  # over a removed line or a label
        else:  # the document's end is no evidence of a record: a label above it is
            found = index > 0 and bare[index - 1]
        if found:
            verdicts[index] = _empty_field_verdict("a label with no value beside other metadata")


def _column_labels(empty: Sequence[bool], value: Sequence[bool]) -> list[bool]:
    """Which empty labels head a table printed by columns: a run of COLUMN_LABELS_MIN or more,
    then a run of values (``value[i]``: line ``i`` is a kept short line, no label) as long as
    the labels or one fewer, and never fewer than two.

    >>> _column_labels([True, True, True, False, False, False], [False] * 3 + [True] * 3)
    [True, True, True, False, False, False]
    >>> _column_labels([True, True, False], [False, False, True])
    [False, False, False]
    >>> _column_labels([True, True, False, False, False], [False, False, True, True, True])
    [False, False, False, False, False]
    """
    count = len(empty)
    columns = [False] * count
    index = 0
    while index < count:
        if not empty[index]:
            index += 1
            continue
        end = index
        while end < count and empty[end]:
            end += 1
        values = end
        while values < count and value[values]:
            values += 1
        labels = end - index
        if (
            labels >= COLUMN_LABELS_MIN
            and max(COLUMN_LABELS_MIN, labels - 1) <= values - end <= labels
        ):
            columns[index:end] = [True] * labels
        index = end
    return columns


def _is_split_value(block: Block) -> bool:
    """Whether a block can be a field's value on its own line: a short name, no sentence,
    no list's item ("Zutaten:" over "- 200 g Mehl" ending a cut page stays), no digit.

    >>> _is_split_value(Block("Polizeiinspektion Edenkoben", 0, 0))
    True
    >>> _is_split_value(Block("Tel. 08031 44550", 0, 0))
    False
    """
    return (
        not any(char.isdigit() for char in block.text)
        and block.words <= SPLIT_VALUE_MAX_WORDS
        and not _opens_a_list(block)
        and not ends_like_sentence(block.text)
        and not block.text.endswith(":")
    )


def _empty_field_verdict(reason: str) -> Verdict:
    # Certain, unlike a line of fields (a fact box has that shape): a label with no value is
    # no fact. It must be, too: its evidence is often a neighbour removed as certain junk (a
    # stamp), which the later, ambiguous round no longer sees.
    return Verdict(keep=False, rule=EMPTY_FIELD, reason=reason, certain=True, family=FAMILY)


def _is_stripped_stamp(block: Block, language: Language) -> bool:
    """Whether a block is a stamp with its values stripped: stamp words and a value's gap,
    no digit.

    >>> from corpusclean.language import load_language
    >>> en = load_language("en")
    >>> _is_stripped_stamp(Block("Posted , updated", 0, 0), en)
    True
    >>> _is_stripped_stamp(Block("Monday, Tuesday:", 0, 0), en)
    False
    """
    text = block.text
    if not 2 <= block.words <= STRIPPED_STAMP_MAX_WORDS or _VALUE_GAP.search(text) is None:
        return False
    if any(character.isdigit() for character in text):
        return False
    words = _STAMP_WORD.findall(text.casefold())
    return len(words) >= 2 and all(word in language.stamp_words for word in words)


class _ScopeShapes(NamedTuple):
    """What the lines of a document's scope hold that each part of `mark_field_lines` needs
    some line of a round to hold (`_scope_shapes`)."""

    empty_labels: frozenset[int]  # the empty labels' first input lines (`_is_empty_label`)
    stripped_stamps: frozenset[int]  # the stripped stamps' first input lines
    field_lines: frozenset[int]  # the lines of fields' first input lines (`_is_field_line`)


def _scope_shapes(blocks: Sequence[Block], facts: Facts) -> _ScopeShapes:
    """Which of ``blocks`` are empty labels (`_is_empty_label`), stripped stamps
    (`_is_stripped_stamp`) and lines of fields (`_is_field_line`, asked of the blocks with
    colons enough for one: `_colon_rich`).

    A reader of lines (`Facts.of_scope`), read once a document (issue #8: four walks of
    every round's lines in most documents, which hold none of these). Each answer is a test
    of a line's text and word count alone, over some line of ``blocks``: every round's
    lines are some of the scope's, so where the scope holds no such line, no round does,
    and the part of the detector that needs one (the same test on the round's lines, a
    stripped stamp) finds nothing.
    """
    language = facts.language
    stamps = (
        frozenset(
            block.start
            for block in blocks
            if block.words <= STRIPPED_STAMP_MAX_WORDS and _is_stripped_stamp(block, language)
        )
        if language.stamp_words
        else frozenset()
    )
    # An empty label ends with its colon (`_EMPTY_LABEL`) and a line of fields holds two
    # (`_colon_rich`): the lines with a colon, found by one walk (a `memchr` a line), are
    # the only ones either reads, and most lines hold none.
    colons = [block for block in blocks if ":" in block.text]
    labels = frozenset(
        block.start for block in colons if block.text.endswith(":") and _is_empty_label(block)
    )
    return _ScopeShapes(
        empty_labels=labels,
        stripped_stamps=stamps,
        field_lines=frozenset(
            block.start for block in _colon_rich(colons) if _is_field_line(block, language)
        ),
    )


def _mark_stripped_stamps(
    blocks: Sequence[Block], verdicts: list[Verdict], stamps: frozenset[int]
) -> None:
    """Remove a stamp whose date and time were stripped, wherever it stands: ``stamps`` are
    the first input lines of the document's (`_is_stripped_stamp`, found by `_scope_shapes`)."""
    for index, block in enumerate(blocks):
        if block.start in stamps and verdicts[index].keep:
            reason = "a date stamp's words with its dates stripped (an empty field)"
            verdicts[index] = _empty_field_verdict(reason)
