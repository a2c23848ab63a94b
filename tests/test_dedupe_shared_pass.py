"""Duplicate repair's per-document shortcuts (issue #8) change no outcome.

`DocumentRun.remove_duplicates` answers a round whose blocks are the very blocks of an
earlier round that found no copy without looking again (`run._same_blocks`), and
`find_duplicates` runs the finders that compare keys only when a key that is not empty stands
twice (`_has_repeated_key`), the card teasers only under a copy of the title, and the
Markdown-link pass only when a copy was found; `_mark_repeats` reads only the blocks whose
key stands twice (`repeats._twinned`). Each shortcut is checked against the same code with
it held open, on generated documents built to hold repeats (titles printed again, runs and
paragraphs pasted, stutters, lists printed twice, captions again, linked copies) and on
whole cleaner runs. `find_unaccented_copies` keys only the ASCII blocks whose letters are an
accented block's (`altered._ascii_key_letters`) and drops accents run by run: checked
against its first version.
"""

from __future__ import annotations

import unicodedata
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config, run
from corpusclean.dedupe import within
from corpusclean.dedupe.within import altered, repeats
from corpusclean.model import Block
from corpusclean.text import label_key
from strategies import article_texts, configs, distinct_paragraphs, documents, headings, page_lines
from test_dedupe_fast_paths import gated_documents

MIN_WORDS = 12
SHORT = ("Photo: Reuters", "By Jane Roe", "Read more", "• The vote is in spring", "", "2024")


def _as_tuples(found: dict[int, within.Duplicate]) -> list[tuple[int, str, int]]:
    return sorted((index, copy.rule, copy.original) for index, copy in found.items())


@st.composite
def repeating_documents(draw: st.DrawFn) -> tuple[list[Block], int | None]:
    """Blocks of a story whose title, paragraphs, short lines and runs may be printed again,
    in a row or further down, with or without a Markdown link; a title or none."""
    story = draw(distinct_paragraphs(min_size=2, max_size=6))
    title = draw(headings)
    texts = [title, *story]
    for line in draw(st.lists(st.sampled_from(SHORT), max_size=3)):
        texts.insert(draw(st.integers(1, len(texts))), line)
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(("block", "run", "stutter", "title", "linked")))
        at = draw(st.integers(0, len(texts) - 1))
        if kind == "block":
            texts.insert(draw(st.integers(0, len(texts))), texts[at])
        elif kind == "run":
            end = draw(st.integers(at + 1, len(texts)))
            texts.extend(texts[at:end])
        elif kind == "stutter":
            texts.insert(at + 1, texts[at])
        elif kind == "title":
            texts.insert(draw(st.integers(1, len(texts))), title)
        else:
            first, _, rest = texts[at].partition(" ")
            texts.append(f"[{first}](https://example.com/a) {rest}")
    blocks = [Block(text, i, i + 1) for i, text in enumerate(texts)]
    return blocks, draw(st.sampled_from((None, 0)))


def _ungated(blocks: list[Block], title: int | None) -> dict[int, within.Duplicate]:
    """`find_duplicates` with every shortcut held open: keys repeat, a title copy is found,
    `_mark_repeats` reads every block."""
    with (
        mock.patch.object(within, "_has_repeated_key", lambda _keys: True),
        mock.patch.object(within, "_has_title_copy", lambda _found, _title: True),
        mock.patch.object(repeats, "_twinned", lambda keys: list(range(len(keys)))),
    ):
        return within.find_duplicates(blocks, title, MIN_WORDS)


@given(repeating_documents())
def test_find_duplicates_equals_every_finder_run(
    document: tuple[list[Block], int | None],
) -> None:
    blocks, title = document
    assert _as_tuples(within.find_duplicates(blocks, title, MIN_WORDS)) == _as_tuples(
        _ungated(blocks, title)
    )


@given(repeating_documents())
def test_no_repeated_key_means_no_keyed_copy(document: tuple[list[Block], int | None]) -> None:
    """When no key that is not empty stands twice, the keyed finders add nothing to what the
    finders without keys found."""
    blocks, title = document
    keys = within.comparison_keys(blocks)
    if within._has_repeated_key(keys):
        return
    unkeyed = within.find_unkeyed_copies(blocks, title, MIN_WORDS)
    found = dict(unkeyed)
    within._mark_keyed_copies(blocks, keys, title, MIN_WORDS, None, found)
    assert _as_tuples(found) == _as_tuples(unkeyed)


def test_repeated_key_screen() -> None:
    assert within._has_repeated_key(["a", "b", "a"])
    assert not within._has_repeated_key(["a", "", "b", ""])
    assert not within._has_repeated_key([])
    assert within._has_repeated_key(["", "a", "", "a"])


def test_the_documents_hold_what_each_gate_lets_through() -> None:
    """A paragraph printed twice is found behind the key gate, a card's teaser behind the
    title-copy gate, and a linked paragraph beside a copy behind the link gate."""
    story = [
        "The council said on Tuesday that the new bus plan would take effect next year,"
        " after a vote in the spring.",
        "More buses will run and the centre will stay closed to cars on Saturdays, the mayor"
        " told reporters at the town hall.",
    ]
    linked = "[The council](https://example.com/a) said on Tuesday that the new bus plan would"
    linked += " take effect next year, after a vote in the spring."
    texts = ["Bus plan approved", *story, linked, story[1]]
    found = within.find_duplicates([Block(t, i, i + 1) for i, t in enumerate(texts)], 0, 12)
    assert _as_tuples(found) == [(3, "duplicate_run", 1), (4, "duplicate_paragraph", 2)]
    card = [
        "Storm hits coast",
        "Heavy rain closed the coast road on Tuesday. It may reopen on Thursday.",
        "The county said repairs would take weeks.",
        "Storm hits coast",
        "Heavy rain closed the coast road on Tuesday.",
    ]
    found = within.find_duplicates([Block(t, i, i + 1) for i, t in enumerate(card)], 0, 5)
    assert _as_tuples(found) == [(3, "duplicate_title", 0), (4, "duplicate_teaser", 1)]


def _cleaned_both_ways(text: str, config: Config) -> None:
    cleaner = Cleaner(config)
    fast = cleaner.clean(text)
    with mock.patch.object(run, "_same_blocks", lambda _blocks, _earlier: False):
        slow = cleaner.clean(text)
    assert fast == slow


@given(st.one_of(documents, article_texts(), page_lines().map("\n".join)), configs)
def test_a_round_of_the_same_blocks_is_not_looked_at_again(text: str, config: Config) -> None:
    """Cleaning with `remove_duplicates` answering a round of the same blocks from the last
    round that found no copy equals cleaning with every round looked at."""
    _cleaned_both_ways(text, config)


def test_the_same_blocks_are_met_again() -> None:
    """A test that cannot fail is a defect: the shortcut is taken on an ordinary article."""
    text = "\n".join(
        [
            "Bus plan approved",
            "The council said on Tuesday that the new bus plan would take effect next year.",
            "More buses will run and the centre will stay closed to cars on Saturdays.",
            "Share this article",
        ]
    )
    with mock.patch.object(run, "_same_blocks", wraps=run._same_blocks) as same:
        Cleaner(Config()).clean(text)
    assert any(call.args[1] is not None for call in same.call_args_list)
    assert True in [run._same_blocks(*call.args) for call in same.call_args_list]


def _without_accents_char_by_char(text: str) -> str:
    """`altered._without_accents` as first written: every character tested."""
    decomposed = unicodedata.normalize("NFD", text.translate(altered._UNACCENTED_DROPS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@given(st.text(alphabet=st.characters(codec=None, categories=None)))
def test_accents_dropped_run_by_run_equal_char_by_char(text: str) -> None:
    assert altered._without_accents(text) == _without_accents_char_by_char(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_key_letters_are_the_key_without_spaces(text: str) -> None:
    assert altered._ascii_key_letters(text) == label_key(text).replace(" ", "")


def _unaccented_copies_first_version(
    blocks: list[Block], min_words: int
) -> dict[int, within.Duplicate]:
    """`find_unaccented_copies` as first written: every ASCII block of a size keyed."""
    sizes = altered._unaccented_sizes(blocks)
    if not sizes:
        return {}
    firsts = altered._unaccented_firsts(blocks, sizes)
    found: dict[int, within.Duplicate] = {}
    for index, block in enumerate(blocks):
        if block.words in sizes and block.text.isascii():
            original = firsts.get(label_key(block.text))
            if original is None or original >= index:
                continue
            if block.words >= min_words:
                found[index] = within.Duplicate(within.DUPLICATE_PARAGRAPH, original)
            elif altered._beside_printed_paragraph(blocks, (original, index), min_words):
                found[index] = within.Duplicate(within.DUPLICATE_RUN, original)
    return found


@given(gated_documents(), st.sampled_from((5, MIN_WORDS)))
def test_unaccented_copies_screened_by_letters_equal_every_block_keyed(
    document: tuple[list[Block], int | None], min_words: int
) -> None:
    blocks, _title = document
    assert _as_tuples(altered.find_unaccented_copies(blocks, min_words)) == _as_tuples(
        _unaccented_copies_first_version(blocks, min_words)
    )


def test_the_accented_documents_hold_unaccented_copies() -> None:
    """The strategy's accented stories printed again in ASCII are found (a property over
    documents without such copies could not fail)."""
    story = "Bogotá amplía el racionamiento de agua a toda la ciudad desde el lunes, anunció."
    plain = "Bogota amplia el racionamiento de agua a toda la ciudad desde el lunes, anuncio."
    blocks = [Block(t, i, i + 1) for i, t in enumerate(["Agua", story, "Más", plain])]
    assert _as_tuples(altered.find_unaccented_copies(blocks, MIN_WORDS)) == [
        (3, within.DUPLICATE_PARAGRAPH, 1)
    ]
