"""`scopes._entry_heads`: the dated entries' heads of a round, told without reading a block
when fewer than `entries.ENTRY_MIN_HEADS` blocks hold a rule's hit (issue #8, settle40).

Pure speed: the screened reading must be `entries.entry_heads` itself on any round, so the
property compares the two on generated rounds of entry-like lines, dates and paragraphs with
hits drawn anywhere (several rules, so head groups may read alike or not).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean.detect import scopes
from corpusclean.detect.entries import ENTRY_MIN_HEADS, entry_heads
from corpusclean.model import Block
from corpusclean.rules import Rule, Scope
from strategies import examples, paragraphs

RULES = tuple(
    Rule(name=name, family="attribution", pattern="x", reason=name, scope=Scope.EDGE)
    for name in ("date_line", "byline", "source_line")
)
LINES = (
    "Mittwoch, 3. Dezember 2025",
    "Von Julia Brandt",
    "Quelle: eigene Recherche",
    "Anna schrieb:",
    "Cracks are found during a routine inspection.",
    "Klinikum meldet Millionendefizit",
)


@st.composite
def rounds(draw: st.DrawFn) -> tuple[list[Block], list[Rule | None], list[bool]]:
    """A round's blocks, the rule each matches alone (few or many) and its prose flags."""
    texts = draw(st.lists(st.one_of(st.sampled_from(LINES), paragraphs()), min_size=1, max_size=16))
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    hits = [draw(st.one_of(st.none(), st.sampled_from(RULES))) for _ in blocks]
    prose = [draw(st.booleans()) if block.words >= 8 else False for block in blocks]
    return blocks, hits, prose


@settings(max_examples=examples(300))
@given(drawn=rounds())
def test_screened_entry_heads_are_entry_heads(
    drawn: tuple[list[Block], list[Rule | None], list[bool]],
) -> None:
    blocks, hits, prose = drawn
    found = [(index, hit) for index, hit in enumerate(hits) if hit is not None]
    expected = entry_heads(blocks, hits, prose)
    assert scopes._entry_heads(blocks, hits, prose, found) == expected
    if len(found) < ENTRY_MIN_HEADS:  # the screen's claim, as entry_heads reads it
        assert not any(expected)


def test_a_chronicle_of_three_entries_passes_the_screen() -> None:
    text = "The council met again on the plan and put off its vote for another week."
    lines = ["Timeline", "3 March", text, "2 March", text, "1 March", text]
    blocks = [Block(line, i, i + 1) for i, line in enumerate(lines)]
    hits: list[Rule | None] = [None, RULES[0], None, RULES[0], None, RULES[0], None]
    prose = [i % 2 == 0 and i > 0 for i in range(len(lines))]
    found = [(index, hit) for index, hit in enumerate(hits) if hit is not None]
    assert scopes._entry_heads(blocks, hits, prose, found) == [
        False,
        True,
        False,
        True,
        False,
        True,
        False,
    ]
