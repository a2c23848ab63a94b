"""Copies printed with a small change: one word revised, the accents dropped, footnote
markers or Markdown links added."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ...model import Block
from ...text import label_key
from .duplicate import (
    DUPLICATE_ADJACENT,
    DUPLICATE_PARAGRAPH,
    DUPLICATE_RUN,
    DUPLICATE_TITLE,
    Duplicate,
)
from .keys import _ASCII_LOWER

# A feed or a search snippet prints the story again in ASCII: no accents, no "ñ", no "¿¡"
# ("Bogota amplia el racionamiento ..."; blind7 half 14: 0.038 of such copies went, the keys
# keep "á" and "a" apart). A block of ASCII text whose key is that of an earlier block with
# letters outside ASCII, read without its accents (`_without_accents`), is that block's copy:
# a whole paragraph (``min_words`` words or more) alone, a shorter block when the block beside
# it is a copy of the block beside its first printing, on the same side (a headline above a
# copied lead). Two paragraphs that differ only in accents are one paragraph: no writer sets
# "está" and "esta" in otherwise equal paragraphs. Only blocks with as many words
# (`Block.words`) as some accented block are read again, so a document without such a pair
# costs one ASCII test a block.
_UNACCENTED_DROPS = str.maketrans({"¿": None, "¡": None})
# The same marks, each dropped by `str.replace` where it stands: ``str.translate`` with a
# table looks up every character of a text outside ASCII in Python's dictionary, and was a
# fifth of `find_unaccented_copies`'s time on the dev full pages (issue #8).
_DROPPED_MARKS = tuple(map(chr, _UNACCENTED_DROPS))
# The combining characters of the Combining Diacritical Marks block (all of it but the
# grapheme joiner U+034F, which `unicodedata.combining` calls no combining character): what
# NFD makes of a Latin letter's accents. Dropped by one C scan (`_without_accents`), where
# the runs outside ASCII went one Python call each; any other combining character still
# goes that way. Read from `unicodedata`, so it is the installed Python's own table.
_DIACRITICS = re.compile(
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]+"
)
# A block with accents to drop holds a Latin letter outside ASCII (Latin-1 Supplement to Latin
# Extended-B, less × and ÷) or one of the dropped marks: curly quotes and dashes alone, which
# most non-ASCII lines of English news hold, change no key, and are not read again.
_LATIN_ACCENTED = re.compile("[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f¿¡]")
# What `_without_accents` reads a character at a time: the runs outside ASCII.
_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")
# Bytes table for `_ascii_key_letters`: every ASCII byte that is neither a letter nor a digit.
_ASCII_NOT_ALNUM = bytes(b for b in range(128) if not chr(b).isalnum())
# A print version or a reader view appended below the story sets footnote markers in its
# paragraphs ("... in March.[1] The ...": blind6 half 12, 0.639 of such copies went: a
# marker's digits change the key). A block holding a marker (`_FOOTNOTE_MARKER`, "[" one to
# three digits "]" right after a word) whose text without its markers is an earlier block's
# whole text is that block's copy: a whole paragraph (``min_words`` words or more) alone, a
# shorter block when the block beside it prints the block beside its first printing, on the
# same side (`_beside_printed_paragraph`). The footnotes' own lines
# open with their marker and are no paragraph's copy; a story that cites its sources prints
# each paragraph once.
# The character before the marker is read by a lookbehind after its "[" (the two characters
# before the digits: that one and the "["), not before it: a pattern that opens with its
# literal "[" is searched for by a fast C scan, where one that opens with a lookbehind tries
# it at every character (issue #8: `sub` on a line of 1,100 to 1,400 characters took 57 to
# 83 µs, against 0.5 to 1.2; on the dev full pages most of `find_footnoted_copies`'s time,
# as about 240 blocks a pass hold a "]"). The same matches
# (tests/test_dedupe_pair_finders.py, against the lookbehind first).
_FOOTNOTE_MARKER = re.compile(r"\[(?<=[^\s\[]\[)\d{1,3}\]")
# A paragraph printed twice in a row, the second time with one word spelled otherwise (two
# letters swapped, one letter changed, added or dropped: "sydnicats" / "syndicats"), is one
# paragraph saved twice by a CMS: the later printing is the revision and stays, the earlier
# goes. A paragraph (`REVISED_MIN_WORDS` words or more) and one word of at least
# `REVISED_WORD_MIN_LETTERS` letters, letters only (a number changed is news: a score, a
# price), differing in more than case. Writers do not set one paragraph twice in a row with a
# letter changed; a poem's or a chant's near-repeats are short lines.
REVISED_MIN_WORDS = 12
REVISED_WORD_MIN_LETTERS = 4
_WORD_EDGES = "\"'„“”‘’«»‹›.,;:!?()[]"
# A paste from a reader view or a Markdown export prints the story's links as "[words](address)"
# (blind7 half 13: the Markdown copy's linked paragraph stayed, 6 of 78 copies). The key of
# such a block holds the address's words, so it matches no block of the first printing. A
# block with a link next to a copy, whose words without the addresses (`_MARKDOWN_LINK`: its
# words kept, the address dropped) are those of the block next to that copy's first
# printing, on the same side, is a copy of it too. A link's words are the story's; only
# the address is the export's.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")


def find_revised_copies(blocks: Sequence[Block]) -> dict[int, Duplicate]:
    """Paragraphs printed again right below with one word spelled otherwise: the earlier
    printing is the copy of the later, its revision (see `REVISED_MIN_WORDS`).

    Linear: a length test for each two blocks in a row, a word comparison for the few alike.

    >>> first = "Les sydnicats agricoles ont accueilli l'annonce avec prudence, estimant que"
    >>> texts = [f"{first} les montants restaient trop bas.", ""]
    >>> texts[1] = texts[0].replace("sydnicats", "syndicats")
    >>> find_revised_copies([Block(t, i, i + 1) for i, t in enumerate(texts)])
    {0: Duplicate(rule='duplicate_adjacent', original=1)}
    """
    found: dict[int, Duplicate] = {}
    for index in range(1, len(blocks)):
        first, later = blocks[index - 1], blocks[index]
        if (
            abs(len(first.text) - len(later.text)) <= 1
            and min(first.words, later.words) >= REVISED_MIN_WORDS
            and index - 1 not in found
            and is_one_word_revised(first.text, later.text)
        ):
            found[index - 1] = Duplicate(DUPLICATE_ADJACENT, index)
    return found


def is_one_word_revised(first: str, later: str) -> bool:
    """Whether two texts differ in exactly one word, by one letter's edit (see
    `REVISED_MIN_WORDS`).

    >>> is_one_word_revised("The council voted on Tuesday.", "The council votde on Tuesday.")
    True
    >>> is_one_word_revised("The score was 1:0 at half time.", "The score was 1:1 at half time.")
    False
    >>> is_one_word_revised("It was a long night.", "It was a long light.")
    True
    """
    words, others = first.split(), later.split()
    if len(words) != len(others):
        return False
    changed = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(changed) != 1:
        return False
    word, other = changed[0]
    core, other_core = word.strip(_WORD_EDGES), other.strip(_WORD_EDGES)
    return (
        word.replace(core, "", 1) == other.replace(other_core, "", 1)
        and core.isalpha()
        and other_core.isalpha()
        and min(len(core), len(other_core)) >= REVISED_WORD_MIN_LETTERS
        and core.casefold() != other_core.casefold()
        and _one_edit_apart(core, other_core)
    )


def _one_edit_apart(word: str, other: str) -> bool:
    """Whether one letter changed, added, dropped, or two neighbours swapped, makes one word
    the other.

    >>> _one_edit_apart("syndicats", "sydnicats"), _one_edit_apart("Maier", "Meier")
    (True, True)
    >>> _one_edit_apart("Regeln", "Regel"), _one_edit_apart("ebenso", "ebenfalls")
    (True, False)
    """
    if len(word) < len(other):
        word, other = other, word
    head = next((i for i, (a, b) in enumerate(zip(word, other, strict=False)) if a != b), None)
    if head is None:
        return len(word) - len(other) == 1
    if len(word) != len(other):
        return len(word) - len(other) == 1 and word[head + 1 :] == other[head:]
    swapped = word[head : head + 2] == other[head : head + 2][::-1]
    return word[head + 1 :] == other[head + 1 :] or (
        swapped and word[head + 2 :] == other[head + 2 :]
    )


def without_markdown_links(text: str) -> str:
    """The text with each Markdown link "[words](address)" read as its words (see
    `_MARKDOWN_LINK`).

    >>> without_markdown_links("[O governo](https://example.com/a) anunciou um programa.")
    'O governo anunciou um programa.'
    >>> without_markdown_links("A list [1] and (a note) stay.")
    'A list [1] and (a note) stay.'
    """
    return _MARKDOWN_LINK.sub(r"\1", text)


def _mark_linked_copies(blocks: Sequence[Block], found: dict[int, Duplicate]) -> None:
    """Mark a block holding a Markdown link next to a copy when, read without the link's
    address, it is the block beside that copy's first printing (see `_MARKDOWN_LINK`).
    Linear: a substring test a block; a comparison for the few blocks with a link.

    >>> story = ["Rain fell on the town all night.", "The river rose by a metre."]
    >>> linked = "[Rain fell](https://example.com/rain) on the town all night."
    >>> bs = [Block(t, i, i + 1) for i, t in enumerate([*story, linked, story[1]])]
    >>> found = {3: Duplicate(DUPLICATE_PARAGRAPH, 1)}
    >>> _mark_linked_copies(bs, found); found[2]
    Duplicate(rule='duplicate_run', original=0)
    """
    for index, block in enumerate(blocks):
        if index in found or "](" not in block.text:
            continue
        words = label_key(without_markdown_links(block.text))
        for step in (1, -1):
            copy = found.get(index + step)
            if copy is None or copy.rule == DUPLICATE_TITLE:
                continue
            twin = copy.original - step
            if 0 <= twin < index and twin not in found and label_key(blocks[twin].text) == words:
                found[index] = Duplicate(DUPLICATE_RUN, twin)
                break


def _without_accents(text: str) -> str:
    """The text without its combining accents and Spanish opening marks (see
    `_UNACCENTED_DROPS`).

    Only the runs of characters outside ASCII are read one by one (`_NOT_ASCII`): no ASCII
    character combines, and a line of Latin text holds a few accents among many plain
    letters (issue #8: the test of every character was most of `find_unaccented_copies`'s
    time on the dev full pages).

    >>> _without_accents("¿Qué pasó en Bogotá? La señora respondió.")
    'Que paso en Bogota? La senora respondio.'
    """
    for mark in _DROPPED_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    decomposed = unicodedata.normalize("NFD", text)
    if not decomposed.isascii():
        decomposed = _DIACRITICS.sub("", decomposed)
    return decomposed if decomposed.isascii() else _NOT_ASCII.sub(_without_combining, decomposed)


def _without_combining(run: re.Match[str]) -> str:
    """A run of characters without its combining ones."""
    return "".join(c for c in run[0] if not unicodedata.combining(c))


def _unaccented_firsts(blocks: Sequence[Block], sizes: set[int]) -> dict[str, int]:
    """The first block with letters outside ASCII for each key read without accents, among
    the blocks whose word counts are in ``sizes``."""
    firsts: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if block.words in sizes and _LATIN_ACCENTED.search(block.text) is not None:
            key = label_key(_without_accents(block.text))
            if key and key != label_key(block.text):
                firsts.setdefault(key, index)
    return firsts


def _unaccented_sizes(blocks: Sequence[Block]) -> set[int]:
    """The word counts (`Block.words`) of both an ASCII block and a block with accents to
    drop (`_LATIN_ACCENTED`): the only blocks `find_unaccented_copies` reads again.

    The accents are looked for only in blocks of an ASCII block's size (issue #8): most lines
    of news in curly quotes are no ASCII, and a paragraph's size is rarely an ASCII line's, so
    the search of every such line (about 4 ms a pass of the ordinary corpus) mostly reads
    blocks whose size could not count. The set is the same: a size in both sets.

    >>> texts = ["Bogotá raciona el agua", "Bogota raciona el agua", "Está lloviendo hoy"]
    >>> sorted(_unaccented_sizes([Block(t, i, i + 1) for i, t in enumerate(texts)]))
    [4]
    """
    ascii_sizes = {b.words for b in blocks if b.text.isascii()}
    return {
        b.words
        for b in blocks
        if b.words in ascii_sizes
        and not b.text.isascii()
        and _LATIN_ACCENTED.search(b.text) is not None
    }


def find_unaccented_copies(blocks: Sequence[Block], min_words: int) -> dict[int, Duplicate]:
    """The ASCII blocks that print an earlier accented block again without its accents (see
    `_UNACCENTED_DROPS`).

    >>> texts = ["Bogotá raciona el agua", "Bogotá amplía el racionamiento de agua a toda la"
    ...          " ciudad desde el lunes, anunció la alcaldía.", "Bogota raciona el agua",
    ...          "Bogota amplia el racionamiento de agua a toda la ciudad desde el lunes,"
    ...          " anuncio la alcaldia."]
    >>> found = find_unaccented_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 12)
    >>> sorted((index, copy.rule, copy.original) for index, copy in found.items())
    [(2, 'duplicate_run', 0), (3, 'duplicate_paragraph', 1)]
    """
    sizes = _unaccented_sizes(blocks)
    if not sizes:
        return {}
    firsts = _unaccented_firsts(blocks, sizes)
    if not firsts:
        return {}
    # An ASCII block's key is its runs of letters and digits, lower-cased: the key's letters
    # (`_ascii_key_letters`) are screened first, in three C calls, where the key costs a
    # regular expression; a key outside ASCII is no ASCII block's.
    letters = {key.replace(" ", "") for key in firsts if key.isascii()}
    found: dict[int, Duplicate] = {}
    for index, block in enumerate(blocks):
        if (
            block.words in sizes
            and block.text.isascii()
            and _ascii_key_letters(block.text) in letters
        ):
            original = firsts.get(label_key(block.text))
            if original is None or original >= index:
                continue
            if block.words >= min_words:
                found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
            elif _beside_printed_paragraph(blocks, (original, index), min_words):
                found[index] = Duplicate(DUPLICATE_RUN, original)
    return found


def _ascii_key_letters(text: str) -> str:
    """The letters and digits of an ASCII text, lower-cased and run together: its
    `label_key` without the spaces.

    >>> _ascii_key_letters("Bogota amplia el racionamiento, 2 dias!")
    'bogotaampliaelracionamiento2dias'
    """
    return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_NOT_ALNUM).decode("ascii")


def find_footnoted_copies(blocks: Sequence[Block], min_words: int) -> dict[int, Duplicate]:
    """Blocks with footnote markers whose text without them is an earlier block's: copies of
    it (see `_FOOTNOTE_MARKER`).

    Linear: a substring test a block, one dictionary of texts when a marker is found.

    >>> said = "Sales rose by a fifth last year, the most since the company was founded."
    >>> texts = ["Sales up", said, "Print version", said.replace("year,", "year,[1]")]
    >>> find_footnoted_copies([Block(t, i, i + 1) for i, t in enumerate(texts)], 12)
    {3: Duplicate(rule='duplicate_paragraph', original=1)}
    """
    marked = {
        index: " ".join(text.split())
        for index, block in enumerate(blocks)
        if "]" in block.text and (text := _FOOTNOTE_MARKER.sub("", block.text)) != block.text
    }
    if not marked:
        return {}
    where = _first_printings(blocks, set(marked.values()))
    found: dict[int, Duplicate] = {}
    for index, text in marked.items():
        original = where.get(text)
        if original is None or original >= index:
            continue
        if blocks[index].words >= min_words:
            found[index] = Duplicate(DUPLICATE_PARAGRAPH, original)
        elif _beside_printed_paragraph(blocks, (original, index), min_words):
            found[index] = Duplicate(DUPLICATE_RUN, original)
    return found


def _first_printings(blocks: Sequence[Block], texts: set[str]) -> dict[str, int]:
    """The index of the first block whose words, spaced by one space, are each of ``texts``
    (each spaced so: `str.split` joined by a space), for those that have one.

    Only a block that opens with a text's first word, leading spaces apart, can be that
    text: its words are the text's, in order. Tested first, a C call, where spacing every
    block's words cost most of `find_footnoted_copies` on the dev full pages' rounds that
    hold a footnote marker (issue #8: 9.9 -> 2.6 ms a page-mode pass). A text without a
    word (all spaces) has no first word to screen by, and every block is spaced.

    >>> texts = ["Sales up", "Sales  rose.", "Sales rose."]
    >>> blocks = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    >>> _first_printings(blocks, {"Sales rose.", "Costs fell."})
    {'Sales rose.': 1}
    """
    firsts = tuple({text.split(" ", 1)[0] for text in texts})
    screened = "" not in firsts
    where: dict[str, int] = {}
    for index, block in enumerate(blocks):
        if screened and not block.text.lstrip().startswith(firsts):
            continue
        spaced = " ".join(block.text.split())
        if spaced in texts:
            where.setdefault(spaced, index)
    return where


def _print_key(text: str) -> str:
    """The `label_key` of a text without its accents and footnote markers."""
    return label_key(_without_accents(_FOOTNOTE_MARKER.sub("", text)))


def _beside_printed_paragraph(
    blocks: Sequence[Block], pair: tuple[int, int], min_words: int
) -> bool:
    """Whether a block beside the later printing at ``pair`` is a whole paragraph that prints
    the block beside the first printing, on the same side, as it is or without its accents
    and footnote markers (`_print_key`)."""
    original, index = pair
    for step in (-1, 1):
        first, later = original + step, index + step
        if (
            0 <= first < len(blocks)
            and first != index
            and later < len(blocks)
            and blocks[later].words >= min_words
            and _print_key(blocks[first].text) == _print_key(blocks[later].text)
        ):
            return True
    return False
