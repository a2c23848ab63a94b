"""Duplicate repair's document-level preconditions (issue #8) find what the finders find alone.

`dedupe.within._unkeyed_copies` runs the embed, footnote and accent finders, and
`find_duplicates` its Markdown-link pass, only when the blocks' joined text holds a character
each needs ("@", "]", a character outside ASCII). The slow path is the same code with every
precondition held: a joined text that holds anything and is no ASCII. Generated documents mix the
copies these finders find with lines that hold the characters and are no copy, so that the
preconditions hold often, and fail often, on documents the finders answer both ways.
"""

from __future__ import annotations

from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from corpusclean.dedupe import within
from corpusclean.model import Block
from strategies import distinct_paragraphs, headings


class _HoldsEverything(str):
    """A joined text on which every precondition holds: it holds any string, and is no ASCII."""

    def __contains__(self, _part: object) -> bool:
        return True

    def isascii(self) -> bool:
        return False


EVERY_PRECONDITION = _HoldsEverything()
MIN_WORDS = 12


def _embed(paragraph: str) -> str:
    return f"{paragraph} pic.twitter.com/x7Qp — City Council (@City) December 2, 2026"


def _footnoted(paragraph: str) -> str:
    words = paragraph.split()
    words[len(words) // 2] += "[1]"
    return " ".join(words)


def _accented(paragraph: str) -> str:
    return paragraph.replace("e", "é").replace("a", "á")


def _linked(paragraph: str) -> str:
    first, _, rest = paragraph.partition(" ")
    return f"[{first}](https://example.com/a) {rest}"


#: Ways to print a paragraph again that a gated finder finds, and lines that only hold the
#: characters the preconditions look for.
COPIES = (_embed, _footnoted, _linked, lambda p: p)
NOISE = ("Follow us (@City)", "See note [2]", "Café du Monde", "Mail: desk@example.com", "[Photo]")


@st.composite
def gated_documents(draw: st.DrawFn) -> tuple[list[Block], int | None]:
    """Blocks of a story with some of its paragraphs printed again as the gated finders'
    copies (an embed's fallback line, footnote markers, accents dropped, a Markdown link),
    and lines holding "@", "]" or accents that are no copy; a title or none."""
    plain = draw(distinct_paragraphs(min_size=2, max_size=6))
    accents = draw(st.booleans())  # the story in accents, printed again without them
    story = [_accented(p) for p in plain] if accents else plain
    texts = [draw(headings), *story]
    for at in draw(st.lists(st.integers(0, len(story) - 1), max_size=3)):
        copy = plain[at] if draw(st.booleans()) else draw(st.sampled_from(COPIES))(story[at])
        texts.insert(draw(st.integers(1, len(texts))), copy)
    for noise in draw(st.lists(st.sampled_from(NOISE), max_size=2)):
        texts.insert(draw(st.integers(0, len(texts))), noise)
    if draw(st.booleans()):  # a linked line beside a paragraph that is no copy
        texts.insert(1, _linked(texts[1]))
    if draw(st.booleans()):  # two paragraphs printed again, the first with a Markdown link
        at = draw(st.integers(0, len(story) - 2))
        texts += [_linked(story[at]), story[at + 1]]
    title = draw(st.sampled_from((None, 0)))
    return [Block(text, i, i + 1) for i, text in enumerate(texts)], title


def _as_tuples(found: dict[int, within.Duplicate]) -> list[tuple[int, str, int]]:
    return sorted((index, copy.rule, copy.original) for index, copy in found.items())


@given(gated_documents())
def test_unkeyed_copies_equal_the_finders_run_on_every_document(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, title = document
    fast = within.find_unkeyed_copies(blocks, title, MIN_WORDS)
    slow = within._unkeyed_copies(blocks, title, MIN_WORDS, EVERY_PRECONDITION)
    assert _as_tuples(fast) == _as_tuples(slow)


@given(gated_documents())
def test_find_duplicates_equals_every_pass_run_on_every_document(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, title = document
    fast = within.find_duplicates(blocks, title, MIN_WORDS)
    with mock.patch.object(within, "_joined", lambda _blocks: EVERY_PRECONDITION):
        slow = within.find_duplicates(blocks, title, MIN_WORDS)
    assert _as_tuples(fast) == _as_tuples(slow)


def test_the_gated_finders_find_the_strategys_copies() -> None:
    """Each kind of copy the strategy makes is found behind its precondition (a test that
    cannot fail is a defect: here, a strategy whose copies no gated finder finds)."""
    story = [
        "The council said on Tuesday that the new bus plan would take effect next year,"
        " after a vote in the spring.",
        "More buses will run and the centre will stay closed to cars on Saturdays, the mayor"
        " told reporters at the town hall.",
    ]
    cases = (
        (story, _embed(story[0])),
        (story, _footnoted(story[0])),
        ([_accented(story[0]), story[1]], story[0]),
    )
    for printed, copy in cases:
        blocks = [Block(t, i, i + 1) for i, t in enumerate(["Bus plan", *printed, copy])]
        assert _as_tuples(within.find_unkeyed_copies(blocks, 0, MIN_WORDS)) == [
            (3, within.DUPLICATE_PARAGRAPH, 1)
        ]


@given(gated_documents())
def test_unaccented_sizes_are_the_sizes_both_kinds_of_block_have(
    document: tuple[list[Block], int | None],
) -> None:
    """The accents looked for only in blocks of an ASCII block's size give the same sizes as
    the two sets found apart and intersected."""
    blocks, _title = document
    accented = {
        b.words
        for b in blocks
        if not b.text.isascii() and within._LATIN_ACCENTED.search(b.text) is not None
    }
    plain = {b.words for b in blocks if b.text.isascii()}
    assert within._unaccented_sizes(blocks) == accented & plain
