"""What a copy is: the `Duplicate` value, the removals' names, and how often a block may
recur before it counts as the page's own (read by every finder of `dedupe.within`)."""

from __future__ import annotations

import attrs

#: The names of this module's removals, and their family (see `detect.registry`).
DUPLICATE_TITLE = "duplicate_title"
DUPLICATE_PARAGRAPH = "duplicate_paragraph"
DUPLICATE_RUN = "duplicate_run"
DUPLICATE_ADJACENT = "duplicate_adjacent"
DUPLICATE_REFLOWED = "duplicate_reflowed"
DUPLICATE_TEASER = "duplicate_teaser"
FAMILY = "duplicates"

#: A block seen more often than this is recurring content, never removed as a repeat.
MAX_PASTED_COPIES = 2
# The article printed again from its first paragraph on, in the same order, for this many
# blocks, of which this many are whole paragraphs (`find_duplicates`'s ``min_words``), is the
# body pasted again, even where some of its blocks recur in the article itself (an
# interview's standing question, a name over each answer), which `MAX_PASTED_COPIES`
# otherwise keeps. From the first paragraph only: a meal plan prints the same 28 blocks (7
# paragraphs) under two plans' headings, further down.
PASTED_RUN_MIN_BLOCKS = 4
PASTED_RUN_MIN_PARAGRAPHS = 2


@attrs.frozen(slots=True)
class Duplicate:
    """A block that repeats an earlier one: which rule found it and which block it repeats."""

    rule: str
    original: int

    def reason(self, original_line: int) -> str:
        """Why its removal is right, in words; ``original_line`` is the 1-based input line of
        the block it repeats."""
        if self.rule == DUPLICATE_REFLOWED:
            return f"repeats the article from input line {original_line} with other breaks"
        return f"repeats the block at input line {original_line}"
