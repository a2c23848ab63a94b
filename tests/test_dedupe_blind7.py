"""Duplicate repair's fixes from `benchmarks/repair_eval.py`'s seventh blind round, half 13
(``--shapes 13``, issue #12), written on after it was measured.

A timeline entry with the same words at two dates is two events: both stay. A standfirst that
opens the story's second paragraph, the lead between them, is no page description: it stays.
A page's description printed again at the end, cut with an ellipsis, is a copy; so are image
captions printed again as a list after the last paragraph, and a Markdown copy's paragraph
whose only difference is a link's address. Each keeps what is no copy: a paragraph pasted
under one date or under times, a description right above its paragraph, a line ending in an
ellipsis that starts no other block, a recipe's ingredients in its steps, a list printed
twice where it first stands, a link whose words differ.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import MIN_WORDS, blocks
from corpusclean import Cleaner, Config
from corpusclean.dedupe.within import (
    DUPLICATE_RUN,
    DUPLICATE_TEASER,
    Duplicate,
    date_label_year,
    find_closing_teaser_copies,
    find_duplicates,
    find_teaser_copies,
    without_markdown_links,
)
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

TITLE = "Storm closes the coast road for the third time this winter"
LEAD = (
    "Heavy rain closed the coast road between Aberporth and Tresaith on Tuesday night, the"
    " third closure since November."
)
STANDFIRST = "The county council met on Wednesday morning to discuss a new sea wall for the road."
SECOND = f"{STANDFIRST} Until it is built the road stays shut whenever a storm comes in."
THIRD = (
    "Residents of the two villages said they had been cut off from the nearest supermarket"
    " and the doctor's surgery for most of the week."
)
FOURTH = (
    "The council's engineer said a decision on the funding was expected before the end of"
    " January, and work could begin in the spring."
)
STRIKE = (
    "Die Fahrerinnen und Fahrer streiken drei Tage lang für höhere Löhne, der Betrieb ruht"
    " fast vollständig."
)
CAPTIONS = (
    "Residents fill sandbags outside the fire station on Tuesday morning.",
    "The council chamber during Monday night's vote, which ran past midnight.",
)
LINK = "https://example.com/2026/12/sea-wall.html"
LINKED_LEAD = LEAD.replace("Heavy rain", f"[Heavy rain]({LINK})", 1)


def test_a_timeline_entry_at_two_dates_stays() -> None:
    timeline = ["März 2019", STRIKE, "Juli 2021", THIRD, "Oktober 2024", STRIKE]
    texts = [TITLE, LEAD, *timeline, FOURTH]
    assert not find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)


def test_an_entry_pasted_under_one_date_or_under_times_still_goes() -> None:
    # The label pasted with its entry: one year twice; a live blog's times name no year.
    for labels in (("März 2019", "März 2019"), ("16:05", "16:40 (actualizado)")):
        texts = [TITLE, LEAD, labels[0], STRIKE, THIRD, labels[1], STRIKE, FOURTH]
        found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
        assert 6 in found, labels


def test_date_label_year_reads_short_lines_with_one_year() -> None:
    assert date_label_year("Oktober 2024") == "2024"
    assert date_label_year("12 March 1998:") == "1998"
    for text in ("16:05", "2019 bis 2024", "Seite 2", STRIKE, "Am 3. März 2019 begann es"):
        assert date_label_year(text) is None, text


def test_a_standfirst_quoting_the_second_paragraph_stays() -> None:
    texts = [TITLE, STANDFIRST, LEAD, SECOND, THIRD]
    assert find_teaser_copies(blocks(texts), title=0) == {}


def test_a_description_right_above_its_paragraph_still_goes() -> None:
    # Beside it, or with a byline (no paragraph) between them.
    for between in ([], ["By Jane Roe"]):
        texts = [TITLE, STANDFIRST, *between, SECOND, THIRD]
        found = find_teaser_copies(blocks(texts), title=0)
        assert found == {1: Duplicate(DUPLICATE_TEASER, 2 + len(between))}, between


def test_a_description_cut_at_the_end_goes() -> None:
    cut = " ".join(SECOND.split()[:14]) + "..."
    texts = [TITLE, STANDFIRST, LEAD, SECOND, THIRD, cut]
    assert find_closing_teaser_copies(blocks(texts)) == {5: Duplicate(DUPLICATE_TEASER, 1)}
    article = Cleaner(Config()).clean("\n".join(texts))
    assert cut not in article.paragraphs
    assert STANDFIRST in article.paragraphs and SECOND in article.paragraphs


def test_lines_with_an_ellipsis_that_copy_nothing_stay() -> None:
    for last in (
        "And so the river rose again, as it always had, and always would...",  # starts nothing
        "Heavy rain closed the road...",  # under `TEASER_MIN_WORDS` words
        LEAD.replace("rain", "snow")[:80] + "…",  # another word inside
    ):
        texts = [TITLE, LEAD, SECOND, THIRD, last]
        assert find_closing_teaser_copies(blocks(texts)) == {}, last
    # Far from the end, a cut start is a teaser's case, not this one's.
    cut = " ".join(THIRD.split()[:10]) + "..."
    texts = [TITLE, LEAD, cut, SECOND, THIRD, FOURTH, LEAD.upper(), SECOND.upper(), "End."]
    assert 2 not in find_closing_teaser_copies(blocks(texts))


def test_captions_printed_again_after_the_story_go() -> None:
    first, second = CAPTIONS
    texts = [TITLE, LEAD, first, SECOND, THIRD, second, FOURTH, *CAPTIONS]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found == {7: Duplicate(DUPLICATE_RUN, 2), 8: Duplicate(DUPLICATE_RUN, 5)}


def test_repeats_that_are_no_caption_list_stay() -> None:
    first, second = CAPTIONS
    ingredients = ["250 g plain flour", "1 tsp baking powder"]
    cases = [
        # a recipe's ingredients under its steps: printed in a row both times
        [TITLE, LEAD, "Ingredients", *ingredients, SECOND, "1. Sift:", *ingredients, THIRD],
        # one caption again: no list
        [TITLE, LEAD, first, SECOND, THIRD, FOURTH, first],
        # the captions again, but before the last paragraph
        [TITLE, LEAD, first, SECOND, second, THIRD, *CAPTIONS, FOURTH],
        # in the other order
        [TITLE, LEAD, first, SECOND, second, THIRD, second, first],
        # printed three times: recurring
        [TITLE, LEAD, first, SECOND, second, THIRD, first, FOURTH, *CAPTIONS],
    ]
    for texts in cases:
        found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
        assert not found, texts


def test_without_markdown_links_keeps_a_links_words() -> None:
    assert without_markdown_links(LINKED_LEAD) == LEAD
    for text in ("Footnote [1] (see below).", "[Photo] (Jane Roe)", "a [b](c d) e"):
        assert without_markdown_links(text) == text


def test_a_markdown_copy_goes_with_its_linked_paragraph() -> None:
    texts = [TITLE, LEAD, SECOND, THIRD, FOURTH, f"# {TITLE}", LINKED_LEAD, SECOND, THIRD, FOURTH]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found[6] == Duplicate(DUPLICATE_RUN, 1)
    assert set(found) == {5, 6, 7, 8, 9}


def test_a_linked_paragraph_with_other_words_stays() -> None:
    other = LINKED_LEAD.replace("Tuesday", "Monday")
    texts = [TITLE, LEAD, SECOND, THIRD, FOURTH, other, SECOND, THIRD, FOURTH]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert 5 not in found and {6, 7, 8} <= set(found)


@given(story=distinct_paragraphs(min_size=2, max_size=6))
def test_a_story_without_repeats_loses_no_line(story: list[str]) -> None:
    # No block repeated: nothing goes, removals in order, a second clean the same.
    article = clean_keeping_story([TITLE, *story], story)
    assert not [r for r in article.removed if r.rule.startswith("duplicate")]


@given(story=distinct_paragraphs(min_size=1, max_size=5), at=st.integers(0, 5))
def test_a_timeline_in_a_story_stays_whole(story: list[str], at: int) -> None:
    at = min(at, len(story))
    timeline = ["März 2019", STRIKE, "Juli 2021", THIRD, "Oktober 2024", STRIKE]
    clean_keeping_story([TITLE, *story[:at], *timeline, *story[at:]], [*story, STRIKE, THIRD])


@given(story=distinct_paragraphs(min_size=1, max_size=5))
def test_a_cut_description_at_the_end_goes_and_the_story_stays(story: list[str]) -> None:
    cut = " ".join(SECOND.split()[:14]) + "..."
    lines = [TITLE, STANDFIRST, LEAD, SECOND, *story, cut]
    article = clean_keeping_story(lines, [STANDFIRST, LEAD, SECOND, *story])
    assert cut not in article.paragraphs


@given(story=distinct_paragraphs(min_size=2, max_size=5))
def test_a_markdown_copy_goes_and_the_story_stays(story: list[str]) -> None:
    # The story's copy goes when its paragraphs are whole ones (a run); the linked lead goes
    # with it whenever the copy beside it goes.
    lines = [TITLE, LEAD, *story, f"# {TITLE}", LINKED_LEAD, *story]
    article = clean_keeping_story(lines, [LEAD, *story])
    beside = len(story) + 4  # the copy's first paragraph, 0-based input line
    if any(r.start == beside and r.rule.startswith("duplicate") for r in article.removed):
        assert LINKED_LEAD not in article.paragraphs
