"""`DocumentRun._match` answers as the plain loop it replaced (issue #8, speed32article).

The loop asks the document's matcher straight, tests a line's first and last character
before `list_item_text` and `footnoted_text`, and reads whether a line announces a list
(`run._announces_items`) only when a list item follows it. The property compares its hits
with the plain loop's, written here as it was (every helper called on every line), on
documents of list items, announcing lines, footnoted bylines and lines the rules know, matched
in one call or in several (a round matches the blocks the earlier ones did not).
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import example, given, settings
from hypothesis import strategies as st

import corpusclean
from corpusclean.model import Block
from corpusclean.rules import Rule
from corpusclean.run import (
    DocumentRun,
    _announces_items,
    _footnoted_rule,
    footnoted_text,
    list_item_text,
)
from corpusclean.text import word_count
from strategies import examples

LINES = (
    # Lines a rule knows, with and without a colon, and as list items.
    "Share this article",
    "Share this:",
    "Teilen:",
    "- Share on Facebook",
    "• Share on Twitter",
    "* Sign up for our newsletter",
    "- Read more",
    "Advertisement",
    "Related:",
    # The article's own lines announcing a list, and its items.
    "Topics covered in the class:",
    "Before you go out, he said:",
    "- Sign up for email alerts from the town",
    "- Photo: composition and light",
    "- Bring water and a hat",
    "-5 Grad in der Nacht",
    # Footnoted lines: a byline, a price, a form's field, marks alone.
    "By Jane Doe*",
    "By Jane Doe **",
    "Por Rita Gonçalves†",
    "By Jane Doe†",
    "19,99 €*",
    "Name *",
    "***",
    "- By Jane Doe*",
    # Prose.
    "The council met on Monday and voted for the new budget of the city.",
    "Rain is expected through the weekend, forecasters said on Thursday.",
)


def _plain_hits(run: DocumentRun, blocks: Sequence[Block]) -> dict[int, Rule | None]:
    """The hits of the loop before issue #8's change: each helper asked of every line."""
    hits: dict[int, Rule | None] = {}
    announced = False
    for block in blocks:
        rule = run._match_text(block.text, block.words)
        item = list_item_text(block.text) if rule is None else None
        if item is None:
            announced = rule is None and _announces_items(block.text)
        elif not announced:
            rule = run._match_text(item, word_count(item))
        if rule is None and (bare := footnoted_text(block.text)) is not None:
            rule = _footnoted_rule(run._match_text(bare, word_count(bare)))
        hits[block.start] = rule
    return hits


CLEANER = corpusclean.Cleaner()


@given(
    st.lists(st.sampled_from(LINES), min_size=1, max_size=14),
    st.lists(st.integers(min_value=1, max_value=14), max_size=3),
)
@settings(max_examples=examples(300), deadline=None)
@example(["Share this:", "- Share on Facebook", "• Share on Twitter"], [])
@example(["Topics covered in the class:", "- Sign up for email alerts from the town"], [])
@example(["By Jane Doe*", "- By Jane Doe*", "Name *"], [1])
def test_match_answers_as_the_plain_loop(texts: list[str], cuts: list[int]) -> None:
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    run = DocumentRun(CLEANER, blocks, "en")
    # Matched in parts, as rounds and the auto mode's page check match them.
    start = 0
    for cut in [*sorted(cuts), len(blocks)]:
        run._match(blocks[start:cut])
        start = max(start, cut)
    assert run._hits == _plain_hits_in_parts(blocks, sorted(cuts))


def _plain_hits_in_parts(blocks: Sequence[Block], cuts: Sequence[int]) -> dict[int, Rule | None]:
    """`_plain_hits` of the same parts, each a call of its own (a call starts unannounced)."""
    run = DocumentRun(CLEANER, list(blocks), "en")
    hits: dict[int, Rule | None] = {}
    start = 0
    for cut in [*cuts, len(blocks)]:
        hits.update(_plain_hits(run, blocks[start:cut]))
        start = max(start, cut)
    return hits


def test_the_property_sees_each_branch() -> None:
    # An item under a line a rule knows is matched without its bullet, one under the
    # article's announcing line is not, and a footnoted byline is matched without its mark.
    texts = ["Share this:", "- Share on Facebook", "Topics covered in the class:"]
    texts += ["- Share on Facebook", "By Jane Doe*"]
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    run = DocumentRun(CLEANER, blocks, "en")
    run._match(blocks)
    hits = [run._hits[i] for i in range(len(blocks))]
    assert hits[1] is not None and hits[3] is None and hits[4] is not None
