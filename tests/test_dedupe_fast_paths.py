"""Duplicate repair's document-level preconditions (issue #8) find what the finders find alone.

`dedupe.within._unkeyed_copies` runs the embed, footnote and accent finders, and
`find_duplicates` its Markdown-link pass, only when the blocks' joined text holds a character
each needs ("@", "]", a character outside ASCII); the FAQ and page-break finders, only when
it holds enough question marks, or "|" and two equal lines. The slow path is the same code
with every precondition held: a joined text that holds anything as often as asked, has two
equal lines and is no ASCII. Generated documents mix the copies these finders find with
lines that hold the characters and are no copy, so that the preconditions hold often, and
fail often, on documents the finders answer both ways. Two finders made cheaper inside
(`find_joined_pair_copies`, `labelled_text`) are checked against their first versions.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from corpusclean.dedupe import within
from corpusclean.dedupe.within import altered, layout
from corpusclean.model import Block
from strategies import accented_copy, distinct_paragraphs, embedded_copy, footnoted_copy, headings


class _HoldsEverything(str):
    """A joined text on which every precondition holds: it holds any string as often as
    asked, is no ASCII, and has two equal lines."""

    def __contains__(self, _part: object) -> bool:
        return True

    def isascii(self) -> bool:
        return False

    def count(self, *_args: object) -> int:
        return sys.maxsize

    def split(self, *_args: object, **_kwargs: object) -> list[str]:
        return ["", ""]


EVERY_PRECONDITION = _HoldsEverything()


class _FindsEverywhere:
    """A pattern found in any text: the footnote gate (`_FOOTNOTE_DIGITS`) held open."""

    def search(self, _text: str) -> object:
        return True


def _every_pattern_found() -> mock._patch[object]:
    return mock.patch.object(within, "_FOOTNOTE_DIGITS", _FindsEverywhere())


MIN_WORDS = 12


def _linked(paragraph: str) -> str:
    first, _, rest = paragraph.partition(" ")
    return f"[{first}](https://example.com/a) {rest}"


#: Ways to print a paragraph again that a gated finder finds, and lines that only hold the
#: characters the preconditions look for.
COPIES = (embedded_copy, footnoted_copy, _linked, lambda p: p)
NOISE = ("Follow us (@City)", "See note [2]", "Café du Monde", "Mail: desk@example.com", "[Photo]")


@st.composite
def gated_documents(draw: st.DrawFn) -> tuple[list[Block], int | None]:
    """Blocks of a story with some of its paragraphs printed again as the gated finders'
    copies (an embed's fallback line, footnote markers, accents dropped, a Markdown link),
    and lines holding "@", "]" or accents that are no copy; a title or none."""
    plain = draw(distinct_paragraphs(min_size=2, max_size=6))
    accents = draw(st.booleans())  # the story in accents, printed again without them
    story = [accented_copy(p) for p in plain] if accents else plain
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


def _assert_gated_finds_what_ungated_finds(blocks: list[Block], title: int | None) -> None:
    fast = within.find_unkeyed_copies(blocks, title, MIN_WORDS)
    with _every_pattern_found():
        slow = within._unkeyed_copies(blocks, title, MIN_WORDS, EVERY_PRECONDITION)
    assert _as_tuples(fast) == _as_tuples(slow)


@given(gated_documents())
def test_unkeyed_copies_equal_the_finders_run_on_every_document(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, title = document
    _assert_gated_finds_what_ungated_finds(blocks, title)


@given(gated_documents())
def test_find_duplicates_equals_every_pass_run_on_every_document(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, title = document
    fast = within.find_duplicates(blocks, title, MIN_WORDS)
    with (
        mock.patch.object(within, "_joined", lambda _blocks: EVERY_PRECONDITION),
        _every_pattern_found(),
    ):
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
        (story, embedded_copy(story[0])),
        (story, footnoted_copy(story[0])),
        ([accented_copy(story[0]), story[1]], story[0]),
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
        if not b.text.isascii() and altered._LATIN_ACCENTED.search(b.text) is not None
    }
    plain = {b.words for b in blocks if b.text.isascii()}
    assert altered._unaccented_sizes(blocks) == accented & plain


# The newest finders: a FAQ's questions again as their answers' start, a table's header row
# again after a page break, a labelled caption over the lead, and two blocks joined again.
FAQ = (
    ("Who has to pay the new fee?", "Who has to pay the new fee? Every household in the town."),
    ("When does the fee start?", "When does the fee start? On the first of March next year."),
)
TABLE = ("Town | In 2020 | In 2025", "Lescun | 183 | 176", "Accous | 458 | 471")
NEWEST_NOISE = (
    "Why now?",
    "Is it fair? Nobody knows.",
    "Home | News | Sport",
    "Home | News | Sport",
    "Image caption, A view of the town.",
    "Photo: Reuters",
)


@st.composite
def newest_finder_documents(draw: st.DrawFn) -> tuple[list[Block], int | None]:
    """Blocks of a story with, each or not, a FAQ whose questions open their answers, a
    table broken by a page break, a caption printing the lead after a label, two paragraphs
    printed again on one line; and lines holding "?", "|" or a label that are no copy."""
    story = draw(distinct_paragraphs(min_size=2, max_size=5))
    texts = [draw(headings), *story]
    if draw(st.booleans()):  # a labelled caption of the lead, above it
        label = draw(st.sampled_from(("Image caption, ", "Bildunterschrift: ", "Photo, ")))
        first = story[0].split(". ")[0]
        texts.insert(1, label + (story[0] if draw(st.booleans()) else first + "."))
    if draw(st.booleans()):  # a FAQ, one pair or both, its questions over their answers
        for question, answer in FAQ[: draw(st.integers(1, len(FAQ)))]:
            texts += [question, answer] if draw(st.booleans()) else [answer]
    if draw(st.booleans()):  # a table whose header and a row are printed again after a break
        texts += [*TABLE[:2], *draw(st.sampled_from((TABLE[:2], TABLE[:1], ()))), *TABLE[1:]]
    if draw(st.booleans()):  # two paragraphs printed again on one line
        at = draw(st.integers(0, len(story) - 2))
        texts.append(f"{story[at]} {story[at + 1]}")
    for noise in draw(st.lists(st.sampled_from(NEWEST_NOISE), max_size=3)):
        texts.insert(draw(st.integers(1, len(texts))), noise)
    title = draw(st.sampled_from((None, 0)))
    return [Block(text, i, i + 1) for i, text in enumerate(texts)], title


@given(newest_finder_documents())
def test_the_newest_finders_gated_find_what_they_find_on_every_document(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, title = document
    _assert_gated_finds_what_ungated_finds(blocks, title)
    gated = within._joined(blocks)
    if within.find_question_heading_copies(blocks, title):
        assert within._may_hold_question_pairs(gated)
    if within.find_page_break_copies(blocks):
        assert "|" in gated and within._has_repeated_line(gated)


def _joined_pairs_reading_every_block(blocks: Sequence[Block]) -> dict[int, within.Duplicate]:
    """`find_joined_pair_copies` as first written: every block read, whatever its start."""
    heads = [block.text[: within.REFLOWED_MIN_START_CHARS] for block in blocks]
    found: dict[int, within.Duplicate] = {}
    starts: dict[str, list[int]] = {}
    for index, block in enumerate(blocks):
        if block.words >= within.JOINED_MIN_WORDS:
            for first in starts.get(heads[index], ())[: within.REFLOWED_MAX_STARTS]:
                pair = (blocks[first].text, blocks[first + 1].text)
                parts = blocks[first : first + 2]
                if (
                    first + 1 < index
                    and layout._joins(*pair, block.text)
                    and all(layout._is_joined_part(part) for part in parts)
                ):
                    found[index] = within.Duplicate(within.DUPLICATE_REFLOWED, first)
                    break
        if len(block.text) >= within.REFLOWED_MIN_START_CHARS:
            starts.setdefault(heads[index], []).append(index)
    return found


@given(newest_finder_documents())
def test_joined_pairs_read_among_shared_starts_equal_every_block_read(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, _title = document
    assert within.find_joined_pair_copies(blocks) == _joined_pairs_reading_every_block(blocks)


def _labelled_text_by_pairs(text: str) -> str | None:
    """`labelled_text` as first written: the label's end searched as ", " and ": "."""
    ends = [at for end in (", ", ": ") if (at := text.find(end)) > 0]
    if not ends:
        return None
    at = min(ends)
    label = text[:at].split()
    if (
        len(label) > within.COLON_LABEL_MAX_WORDS
        or not label[0][:1].isupper()
        or not all(word.isalpha() for word in label)
    ):
        return None
    rest = text[at + 2 :].strip()
    return rest if rest and not rest[0].islower() else None


@given(
    st.lists(
        st.sampled_from(("Image", "caption", "photo", "Ünter", "2", ",", ":", " ", ", ", ": "))
        | st.text(alphabet="aZ,: .\t", max_size=4),
        max_size=8,
    ).map("".join)
)
def test_labelled_text_equals_the_search_for_both_ends(text: str) -> None:
    if text[:1].isspace():  # blocks are stripped; a label of no words raises in both
        return
    assert within.labelled_text(text) == _labelled_text_by_pairs(text)


def test_the_newest_finders_find_the_strategys_copies() -> None:
    """Each kind of copy the strategy makes is found behind its precondition."""
    lead = (
        "The council said on Tuesday that the new bus plan would take effect next year,"
        " after a vote in the spring. More buses will run on Saturdays."
    )
    later = "The mayor told reporters at the town hall that the plan had cost two years of work."
    texts = ["Bus plan", f"Image caption, {lead}", lead, later, *[q for pair in FAQ for q in pair]]
    texts += [*TABLE[:2], *TABLE, f"{lead} {later}"]
    blocks = [Block(t, i, i + 1) for i, t in enumerate(texts)]
    assert _as_tuples(within.find_unkeyed_copies(blocks, 0, MIN_WORDS)) == [
        (1, within.DUPLICATE_TEASER, 2),
        (4, within.DUPLICATE_TEASER, 5),
        (6, within.DUPLICATE_TEASER, 7),
        (10, within.DUPLICATE_RUN, 8),
        (11, within.DUPLICATE_RUN, 9),
    ]
    assert within.find_joined_pair_copies(blocks) == {
        13: within.Duplicate(within.DUPLICATE_REFLOWED, 2)
    }
