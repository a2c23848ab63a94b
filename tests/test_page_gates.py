"""Every group's literals found in one pass (`page.gates.LiteralGroups`) give each line the
bits `cues.literal_bits` gives it for the group alone, and the split patterns give the same
answers with those bits as with their own."""

from __future__ import annotations

import sys

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from corpus_files import SEEDS, need
from corpusclean.page import cues
from corpusclean.page.cues import literal_bits
from strategies import PAGE_ODDITIES, cue_lines

need("numpy")
from corpusclean.page import batch  # noqa: E402  (needs NumPy: imported after the skip)
from corpusclean.page.gates import LiteralGroups, _lowering_keeps  # noqa: E402

any_line = st.text(alphabet=st.characters(codec=None, categories=None), max_size=60)
dated = st.sampled_from(("12:30", "3 hours ago", "2020-01-02", "Sept. 3", "3.2k shares"))
lines_of = st.lists(st.one_of(cue_lines(), any_line, dated, st.sampled_from(PAGE_ODDITIES)))
# The groups `page.batch` finds in one pass: the cue patterns', the comment and caption
# patterns', the boilerplate alternatives', the timestamp and counter patterns'.
GROUPS = (
    cues.cue_group(),
    *(batch._split(build()).literals for build in batch._SPLIT),
    batch._boiler_counts().literals,
    *(batch._split(pattern).literals for pattern in batch._SPLIT_DIGITS),
)


def assert_groups_are_found_as_alone(lines: list[str]) -> None:
    # The reference: each group alone, found by `str.find` (no automaton).
    alone = [literal_bits(lines, *group, use_automaton=False) for group in GROUPS]
    assert LiteralGroups(GROUPS).bits(lines) == alone
    found = batch._literals()
    assert found.bits(lines) == alone
    assert [group.tolist() for group in found.arrays(lines)] == alone


@given(lines_of)
@example(["İN REPLY TO x", "ſpam", "Sign In", "12 İ said:"])
@example(["a\nb", "Reply", "3 hours ago"])
@example(["\ud800 sign in", "Reply 12:30"])
@example(["#tag @you", "sign in", "Ühttp://x", ""])
@example([])
def test_one_pass_finds_each_groups_literals_as_the_group_alone(lines: list[str]) -> None:
    assert_groups_are_found_as_alone(lines)


def test_one_pass_finds_the_sample_pages_literals_as_each_group_alone() -> None:
    for path in SEEDS:
        assert_groups_are_found_as_alone(path.read_text(encoding="utf-8").splitlines())


@given(lines_of)
@example(["Jana sagt:", "SAID:", "ſaid", "İN REPLY TO", "a\nb", "\ud800 said", "3 hrs ago"])
def test_the_split_patterns_answer_the_same_with_the_groups_bits(lines: list[str]) -> None:
    found = batch._literals().bits(lines)
    patterns = (*(build() for build in batch._SPLIT), *batch._SPLIT_DIGITS)
    for pattern, gates in zip(patterns, [*found[1:3], *found[4:]], strict=True):
        split = batch._split(pattern)
        assert split.search_lines(lines, gates) == split.search_lines(lines)
    boiler = batch._boiler_counts()
    assert boiler.count_lines(lines, found[3]) == boiler.count_lines(lines)


def test_a_bit_outside_its_group_is_refused() -> None:
    with pytest.raises(ValueError, match="outside its group"):
        LiteralGroups([((("a", 4),), (), 3)])


def test_groups_too_wide_for_64_bits_are_found_with_python_integers() -> None:
    wide = [((), (("cookie", 1 << 39),), (1 << 40) - 1), ((("Reply", 1),), (), (1 << 30) - 1)]
    lines = ["Cookie policy", "Reply", "cookies? Reply"]
    alone = [literal_bits(lines, *group) for group in wide]
    assert LiteralGroups(wide).bits(lines) == alone


@given(lines_of)
@example(["İN REPLY TO x", "Photo: AP", "a\nb"])
def test_the_callers_joined_text_gives_the_same_bits(lines: list[str]) -> None:
    # `batch.page_facts` hands over the lines joined by line feeds and lower-cased, which it
    # makes for the tokens anyway.
    groups = batch._literals()
    text = "\n".join(lines)
    assert groups.bits(lines, (text, text.lower())) == groups.bits(lines)


shared = st.sampled_from(("said", "sa", ":", "-", "like", "é", "ß"))


@given(
    st.lists(st.one_of(any_line, cue_lines(), st.sampled_from(["He said: 12:30", "like-a-like"]))),
    st.lists(st.tuples(shared, st.sampled_from((1, 2, 4, 8))), max_size=8),
)
@example(["He said: 12:30", "x"], [(":", 1), ("said", 2), (":", 4), ("said", 2)])
def test_a_literal_in_several_entries_sets_the_bits_of_every_entry(
    lines: list[str], literals: list[tuple[str, int]]
) -> None:
    # `cues._automaton` makes one pattern of a literal listed more than once, with the bits
    # of all its entries: the lines get the bits that finding each entry alone gives them.
    entries = tuple(literals)
    expected = literal_bits(lines, entries, entries, 15, use_automaton=False)
    assert literal_bits(lines, entries, entries, 15) == expected
    if cues.automaton_available() and entries:
        assert list(cues._automaton(entries)[1]) == list(cues._merged(entries).values())
        assert len(cues._automaton(entries)[1]) == len({literal for literal, _ in entries})


def test_an_ascii_character_not_a_letter_is_in_no_other_characters_lower_case() -> None:
    # Why `gates._lowering_keeps` may look for such literals in the line as written: every
    # code point whose lower case holds one of them is that character itself.
    keep = {chr(code) for code in range(128) if _lowering_keeps(chr(code))}
    assert "\n" in keep and ":" in keep and "a" not in keep
    every = map(chr, range(sys.maxunicode + 1))
    holding = {(c, k) for c in every for k in set(c.lower()) & keep}
    assert holding == {(k, k) for k in keep}
