"""An article of dated entries: the date lines and bylines that head each entry are its own.

A chronicle, a live blog of several days, a correspondent's diary or a letters page prints
its entries one under the other, each headed by the same kind of line: a date ("Mittwoch, 3.
Dezember 2025"), a byline ("Door Jan de Vries", "Di Marco Bellini, inviato"), a source
("Quelle: eigene Recherche"), then the entry's text. The edge-only rules (`date_line`,
`byline`, `source_line`) remove such a line at the document's head or foot, and the cleaner
runs in rounds, so with the first and last entry's heads gone the next entry's stand at the
new edge and go too, until none is left.

The evidence that holds on any site: several head groups (short lines between two entries'
text) with the same sequence of rule hits, each over text, none of it a teaser cut short
and no line of the head a comment's signature ending in a colon. A story's own byline and date
line head it once; a related list's dates head headlines, not text. The head at the
document's start counts when its hits read the same as the entries' below it (a chronicle's
first entry under its title); an article's byline-and-date head over a timeline of bare
dates reads differently, and goes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..model import Block
from ..rules import Rule
from ..text import PROSE_MIN_WORDS, count_inner_sentence_ends, is_sentence
from .cutshort import ends_cut_short

__all__ = ["entry_heads"]

# A dated entry's head is a short run of lines between two entries' text: a label ("Leserbrief"),
# the date, the byline, the entry's title. More than this many lines in a row that are not
# text is a menu, a list or a box, not an entry's head.
ENTRY_HEAD_MAX_BLOCKS = 4
# At least this many heads read the same (one head at the top and one at the foot is a story's
# byline printed twice, or its date under it and a footer's stamp): three entries is the
# smallest chronicle the probes and the real pages print.
ENTRY_MIN_HEADS = 3
# A comment's signature introduces the reader's words with a colon ("Alex on September 17,
# 2018 at 6:34 am said:", "Anna schrieb:", "Marc a écrit :"); an entry's date line, byline or
# source ends on its name or date. A head group holding such a line is a thread's.
SIGNATURE_END = ":"
# A timeline's entry may be one short sentence ("Cracks are found during a routine
# inspection.", "Sprickor upptäcks vid en rutinbesiktning."): at least this many words ending
# like a sentence count as an entry's text. A date line, a byline or a headline ends in no
# sentence end; a reply such as "Thanks." or "Great piece!" is shorter (blind probe
# session30a: a timeline of bare dates lost its dates, in English one, in Swedish all three).
ENTRY_SENTENCE_MIN_WORDS = 4
# A chronicle may sign each entry at its foot ("Par Claire Morel" under the entry, then the
# next entry's date): the head groups between two entries then read byline-and-date, and the
# first entry's, under the story's introduction, the date alone, so no signature counted
# ENTRY_MIN_HEADS (blind probe session25: a strike's chronicle lost its three dates and two
# sign-offs). A group of several hits that this many groups below the document's start repeat
# is a sign-off over a head, and reads as its last hit too (the line right over the entry). A
# story's own byline-and-date head is printed once, and still reads unlike a timeline of bare
# dates under it.
SIGN_OFF_MIN_ENTRIES = 2


def _is_entry_text(block: Block, is_prose: bool) -> bool:
    """An entry's text: a paragraph, a paragraph of sentences signed at its end with a
    name and a place, as a letter is ("... viel Ärger erspart. Peter Wagner, Südviertel"), or
    a timeline's short sentence (`ENTRY_SENTENCE_MIN_WORDS`). Not a teaser that a width cut
    short ("... Produziert von…"): a listing page prints its stories' dates over those, and
    the stories are elsewhere."""
    if ends_cut_short(block.text):
        return False
    return (
        is_prose
        or (block.words >= PROSE_MIN_WORDS and count_inner_sentence_ends(block.text) >= 1)
        or is_sentence(block.text, block.words, ENTRY_SENTENCE_MIN_WORDS)
    )


def _head_groups(blocks: Sequence[Block], is_prose: Sequence[bool]) -> list[tuple[int, int]]:
    """The runs (start, end) of at most `ENTRY_HEAD_MAX_BLOCKS` non-text blocks with an
    entry's text right under them and text or the document's start right above them."""
    text = [_is_entry_text(block, flag) for block, flag in zip(blocks, is_prose, strict=True)]
    groups = []
    start = 0
    for index, is_text in enumerate(text):
        if not is_text:
            continue
        if 0 < index - start <= ENTRY_HEAD_MAX_BLOCKS:
            groups.append((start, index))
        start = index + 1
    return groups


def entry_heads(
    blocks: Sequence[Block], hits: Sequence[Rule | None], is_prose: Sequence[bool]
) -> list[bool]:
    """For each block: whether a rule hit on it heads one of the article's dated entries.

    >>> from corpusclean.rules import Rule
    >>> date = Rule(name="date_line", family="attribution", pattern="x", reason="date")
    >>> text = "The council met again on the plan and put off its vote for another week."
    >>> lines = ["Timeline", "3 March", text, "2 March", text, "1 March", text]
    >>> blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    >>> hits = [None, date, None, date, None, date, None]
    >>> prose = [False, False, True, False, True, False, True]
    >>> [i for i, flag in enumerate(entry_heads(blocks, hits, prose)) if flag]
    [1, 3, 5]
    """
    heads = [False] * len(blocks)
    groups = [
        (start, end)
        for start, end in _head_groups(blocks, is_prose)
        if not any(block.text.rstrip().endswith(SIGNATURE_END) for block in blocks[start:end])
    ]
    readings = _read_past_sign_offs(
        [tuple(h.name for h in hits[a:b] if h is not None) for a, b in groups],
        [start for start, _end in groups],
    )
    counts = Counter(reading for group in readings for reading in group if reading)
    for (start, end), group in zip(groups, readings, strict=True):
        if any(counts[reading] >= ENTRY_MIN_HEADS for reading in group if reading):
            heads[start:end] = [hits[i] is not None for i in range(start, end)]
    return heads


def _read_past_sign_offs(
    signatures: Sequence[tuple[str, ...]], starts: Sequence[int]
) -> list[set[tuple[str, ...]]]:
    """The readings of each head group's rule hits: its own, and where a group of several
    hits below the document's start is repeated by `SIGN_OFF_MIN_ENTRIES` groups, also its
    last hit alone (the entry above's sign-off over this entry's head).

    >>> heads = [("date",), ("byline", "date"), ("byline", "date")]
    >>> [sorted(readings) for readings in _read_past_sign_offs(heads, [2, 4, 7])]
    [[('date',)], [('byline', 'date'), ('date',)], [('byline', 'date'), ('date',)]]
    >>> [sorted(r) for r in _read_past_sign_offs([("byline", "date"), ("date",)], [2, 4])]
    [[('byline', 'date')], [('date',)]]
    """
    repeats = Counter(signatures)
    readings = []
    for signature, start in zip(signatures, starts, strict=True):
        signed = start > 0 and len(signature) > 1 and repeats[signature] >= SIGN_OFF_MIN_ENTRIES
        readings.append({signature, signature[-1:]} if signed else {signature})
    return readings
