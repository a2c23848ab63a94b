"""The identifier-run detector: a run of machine identifiers outside the story.

A page's code leaks into its text as lines that are each one identifier: CSS class names
of a video player's breakpoints ("narrow-browser-and-phone", "landscape-tablet-and-above"),
field keys ("facebook_url", "twitter_url"), slugs of a tag cloud ("open-core"). Words joined
by hyphens or underscores with no space and no capital are not how any language writes a
sentence or a heading, and three such lines in a row are not a compound word a writer set on
a line of its own. So the shape, not the words, is the evidence, on any site.

False-positive risks and their guards: a tutorial's list of package names ("react-dom",
"pytest-cov") sits between the paragraphs that introduce and use it, so only runs before the
first or after the last prose paragraph go; one or two such lines ("e-mail", "follow-up")
are never a run; a line with a capital, a space, a dot or a slash ("Node.js", "README-v2",
"docs/api-guide") is not an identifier of this shape.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from ..language import Language
from ..model import Block, Verdict
from .facts import Facts
from .scopes import body_bounds

__all__ = ["mark_identifier_runs"]

NAME = "identifier_run"
FAMILY = "layout"

# Lower-case words and digits joined by hyphens or underscores, at least two of them, with a
# letter somewhere: "above-phone", "dp3_1_en". Not "2019-11-19" (no letter).
_IDENTIFIER = regex.compile(r"(?=[^\p{L}]*\p{Ll})[\p{Ll}\p{Nd}]+(?:[-_][\p{Ll}\p{Nd}]+)+")
# A run of identifiers has at least this many lines: one or two are compound words.
IDENTIFIER_RUN_MIN = 3


def _is_identifier(block: Block, _language: Language) -> bool:
    """Whether a block is one machine identifier alone (a block fact)."""
    return block.words == 1 and _IDENTIFIER.fullmatch(block.text) is not None


def _runs(flags: Sequence[bool]) -> list[range]:
    """The runs of consecutive True flags at least IDENTIFIER_RUN_MIN long."""
    runs, start = [], None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            if index - start >= IDENTIFIER_RUN_MIN:
                runs.append(range(start, index))
            start = None
    return runs


def mark_identifier_runs(blocks: Sequence[Block], verdicts: list[Verdict], facts: Facts) -> None:
    """Remove every run of 3 or more identifier lines before the first or after the last
    prose paragraph.

    Certain: no sentence has this shape, and a short page's text would otherwise let the
    removal budget keep its code.
    """
    # An identifier is one word: with fewer one-word blocks than a run needs (most
    # documents), no block needs its fact looked up.
    if [block.words for block in blocks].count(1) < IDENTIFIER_RUN_MIN:
        return
    flags = facts.each(_is_identifier, blocks)
    if sum(flags) < IDENTIFIER_RUN_MIN:  # too few identifiers for a run
        return
    first_body, last_body = body_bounds(blocks, facts)
    for run in _runs(flags):
        if first_body <= run.start <= last_body:
            continue
        for index in run:
            if verdicts[index].keep:
                verdicts[index] = Verdict(
                    keep=False,
                    rule=NAME,
                    reason="one of a run of lines that are each a machine identifier "
                    "(CSS class names, field keys) outside the story",
                    certain=True,
                    family=FAMILY,
                )
