"""The reflowed and joined copies' document screen (`layout.blocks_start_alike`, issue #8),
and the blocks it names (`layout.shared_starts`).

`DocumentRun` asks once whether two of an article's blocks start alike, and without runs
neither `find_reflowed_copy` nor `find_joined_pair_copies` in any round. The property: on
generated stories printed again with other breaks (a short first sentence set alone, the
paragraphs joined or split elsewhere) or with two paragraphs joined on one line, for any
blocks a round may read (some of the document's, in order), the two finders find a copy only
where the document's blocks start alike. A property that held before and must keep holding:
the screen is new, the finders are as they were. And given the document's blocks that start
as another does (`shared_starts`), the finders read only those and find, on any blocks a
round may read, what they find reading every block's start.
"""

from __future__ import annotations

from hypothesis import event, example, given
from hypothesis import strategies as st

from corpusclean.dedupe.within import (
    blocks_start_alike,
    find_joined_pair_copies,
    find_reflowed_copy,
    shared_starts,
)
from corpusclean.model import Block
from strategies import distinct_paragraphs, headings

MIN_WORDS = 12


def _rebroken(paragraphs: list[str], cut: int) -> list[str]:
    """The paragraphs' words again, broken after ``cut`` words and then a paragraph apart."""
    words = " ".join(paragraphs).split()
    cut = max(1, min(cut, len(words) - 1))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


@st.composite
def reprinted_stories(draw: st.DrawFn) -> tuple[list[Block], int | None]:
    """A headline or none, a story, and the story printed again with other breaks, or two of
    its paragraphs joined on one line again, or both, or neither; lines that start as a
    paragraph does and are no copy."""
    story = draw(distinct_paragraphs(min_sentences=2, min_size=2, max_size=4))
    texts = [draw(headings), *story] if draw(st.booleans()) else list(story)
    if draw(st.booleans()):  # reflowed: a short first piece set alone, or a long one
        texts += _rebroken(story[: draw(st.integers(2, len(story)))], draw(st.integers(1, 40)))
    if draw(st.booleans()):  # two paragraphs in a row printed again joined by a space
        at = draw(st.integers(0, len(story) - 2))
        texts.insert(draw(st.integers(len(texts) - 1, len(texts))), f"{story[at]} {story[at + 1]}")
    if draw(st.booleans()):  # a line starting as a paragraph does, no copy
        texts.append(draw(st.sampled_from(story))[: draw(st.integers(1, 30))])
    title = 0 if texts[0] not in story and draw(st.booleans()) else None
    return [Block(text, i, i + 1) for i, text in enumerate(texts)], title


def _read_by_a_round(
    blocks: list[Block], title: int | None, data: st.DataObject | None
) -> tuple[list[Block], int | None]:
    """Some of ``blocks`` in order, as a round may read them (all when ``data`` is None),
    and the title's index among them (None when the title is left out)."""
    keep = (
        [True] * len(blocks)
        if data is None
        else data.draw(st.lists(st.booleans(), min_size=len(blocks), max_size=len(blocks)))
    )
    some = [block for block, kept in zip(blocks, keep, strict=True) if kept]
    return some, title if title is not None and keep[0] else None


STORY = [
    "BAAR, SWITZERLAND (Reuters) - The firm said on Tuesday it would cut 300 jobs at its plant.",
    "The cuts will take effect next year, after talks with the unions, the company told staff.",
]

# The story again from another extraction: its dateline set alone, the rest one paragraph.
REFLOWED = ["BAAR, SWITZERLAND", " ".join(STORY).removeprefix("BAAR, SWITZERLAND ")]


@given(reprinted_stories(), st.data())
@example(([Block(t, i, i + 1) for i, t in enumerate([*STORY, *REFLOWED])], None), None)
def test_no_reflowed_or_joined_copy_where_no_two_blocks_start_alike(
    document: tuple[list[Block], int | None], data: st.DataObject | None
) -> None:
    blocks, title = document
    screened = not blocks_start_alike(blocks)
    some, some_title = _read_by_a_round(blocks, title, data)
    reflowed = find_reflowed_copy(some, some_title, MIN_WORDS)
    joined = find_joined_pair_copies(some)
    event(f"screened {screened}, reflowed {bool(reflowed)}, joined {bool(joined)}")
    if screened:
        assert reflowed == {}
        assert joined == {}


def test_the_strategys_copies_are_found() -> None:
    """A short first sentence set alone and a joined pair are found (a property whose finders
    never find anything could not fail)."""
    blocks = [Block(t, i, i + 1) for i, t in enumerate([*STORY, *REFLOWED])]
    assert find_reflowed_copy(blocks, None, MIN_WORDS)
    joined = [Block(t, i, i + 1) for i, t in enumerate([*STORY, " ".join(STORY)])]
    assert find_joined_pair_copies(joined)
    assert blocks_start_alike(blocks) and blocks_start_alike(joined)


@given(reprinted_stories(), st.data())
@example(([Block(t, i, i + 1) for i, t in enumerate([*STORY, *REFLOWED])], None), None)
def test_finders_given_the_shared_starts_find_what_they_find_reading_every_start(
    document: tuple[list[Block], int | None], data: st.DataObject | None
) -> None:
    blocks, title = document
    shared = shared_starts(blocks)
    assert bool(shared) == blocks_start_alike(blocks)
    some, some_title = _read_by_a_round(blocks, title, data)
    reflowed = find_reflowed_copy(some, some_title, MIN_WORDS)
    joined = find_joined_pair_copies(some)
    event(f"reflowed {bool(reflowed)}, joined {bool(joined)}")
    assert find_reflowed_copy(some, some_title, MIN_WORDS, shared) == reflowed
    assert find_joined_pair_copies(some, shared) == joined


def test_shared_starts_name_the_blocks_that_start_alike() -> None:
    blocks = [Block(t, i, i + 1) for i, t in enumerate([*STORY, *REFLOWED])]
    assert shared_starts(blocks) == {0, 2}
    assert shared_starts(blocks[:2]) == frozenset()
    assert find_reflowed_copy(blocks, None, MIN_WORDS, shared_starts(blocks))
