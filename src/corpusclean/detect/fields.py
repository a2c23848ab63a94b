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
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import Language
from ..model import Block, Verdict
from ..text import ends_like_sentence
from .facts import Facts
from .scopes import body_bounds

__all__ = ["mark_field_lines"]

NAME = "field_line"
FAMILY = "attribution"

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


def _may_hold_field_lines(blocks: Sequence[Block]) -> bool:
    """Whether some block has FIELDS_MIN_LABELS colons, as a line of fields must: each of
    its labelled segments holds one (`_LABEL`), and the segments are apart in the line.

    A count per block in C, not the fact's call per block: most lines hold no colon.
    """
    return any(block.text.count(":") >= FIELDS_MIN_LABELS for block in blocks)


def mark_field_lines(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove a kept line of labelled fields before the first or after the last paragraph.

    Ambiguous: a fact box above the first paragraph has the same shape, so the removal
    budget may keep it.
    """
    if not _may_hold_field_lines(blocks):
        return  # most documents: no block has colons enough for its labels
    flags = facts.each(_is_field_line, blocks)
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
