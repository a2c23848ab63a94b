"""Duplicate repair's fixes from `benchmarks/repair_eval.py`'s seventh blind round, half 14
(``--shapes 14``, issue #12), written after its held-out numbers were read (now in sample).

A short practical line ending two sections of a listing, each under its own heading, is
each section's: both printings stay. Each keeps what is a copy: the line pasted with its
section's heading, or without a heading of its own, still goes.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, MIN_WORDS, blocks
from corpusclean.dedupe.within import DUPLICATE_PARAGRAPH, Duplicate, find_duplicates
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

TITLE = "Was man in den Winterferien im Landkreis unternehmen kann"
LEAD = (
    "Die Winterferien beginnen am Montag, und viele Familien suchen noch nach Ausflügen in der"
    " Nähe, die auch bei schlechtem Wetter etwas bieten."
)
LAST = (
    "Wer weiter fahren möchte, findet auf der Seite des Landkreises eine Liste aller Museen"
    " und Bäder mit ihren Öffnungszeiten in den Ferien."
)
INFO = "Eintritt frei, geöffnet täglich von 10 bis 18 Uhr, eine Anmeldung ist nicht nötig."
MUSEUM = [
    "Heimatmuseum Oberwerth",
    "Das Museum zeigt in diesem Winter Spielzeug aus drei Jahrhunderten, darunter eine"
    " Eisenbahn aus dem Jahr 1890.",
    INFO,
]
OBSERVATORY = [
    "Sternwarte am Kahlenberg",
    "Bei klarem Himmel können Besucher durch das große Teleskop den Mond und den Saturn"
    " beobachten.",
    INFO,
]
HEADLINE = (
    "Two Infants Were Buried Wearing Helmets Made From Kids' Skulls And Archaeologists Are Puzzled."
)
POOL = "Das Hallenbad in Neustadt hat in den Ferien zusätzliche Schwimmzeiten für Kinder."


def test_one_practical_line_under_two_venues_stays() -> None:
    texts = [TITLE, LEAD, *MUSEUM, *OBSERVATORY, LAST]
    assert not find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    article = ARTICLE_MODE.clean("\n".join(texts))
    assert article.paragraphs.count(INFO) == 2


def test_sections_of_two_paragraphs_or_one_word_names_keep_their_line() -> None:
    museum = ["Heimatmuseum", MUSEUM[1], LAST, INFO]
    observatory = ["Sternwarte", OBSERVATORY[1], POOL, INFO]
    texts = [TITLE, LEAD, *museum, *observatory]
    assert not find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)


def test_the_line_pasted_without_a_section_of_its_own_still_goes() -> None:
    cases = [
        # the section pasted again with its heading: one heading twice
        [TITLE, LEAD, *MUSEUM, MUSEUM[0], POOL, INFO, LAST],
        # the line again under a paragraph, no heading above it
        [TITLE, LEAD, *MUSEUM, POOL, LAST, INFO],
        # the line right under a heading (a standfirst under the byline): nothing between
        [TITLE, LEAD, *MUSEUM, "Von Anna Berger", INFO, LAST],
        # the same block right above both printings
        [TITLE, LEAD, *MUSEUM, "Sternwarte am Kahlenberg", MUSEUM[1], INFO, LAST],
        # sections of other shapes: one paragraph above the first printing, two above the later
        [TITLE, LEAD, *MUSEUM, OBSERVATORY[0], OBSERVATORY[1], POOL, INFO, LAST],
        # the first printing ends no section: a paragraph follows it
        [TITLE, LEAD, *MUSEUM, POOL, *OBSERVATORY, LAST],
        # a related list's headline under two list headings
        [TITLE, LEAD, "Related", POOL, HEADLINE, "Most Read", LAST, HEADLINE],
        # a lead-in ending with a colon, printed in two sections
        [TITLE, LEAD, *MUSEUM[:2], f"{INFO[:-1]}:", *OBSERVATORY[:2], f"{INFO[:-1]}:", LAST],
    ]
    for texts in cases:
        found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
        line = texts[4]
        copy = len(texts) - 1 - texts[::-1].index(line)
        assert found.get(copy) == Duplicate(DUPLICATE_PARAGRAPH, 4), texts


def test_a_long_paragraph_ending_two_sections_still_goes() -> None:
    # Over `SECTION_LINE_MAX_WORDS` words: a paragraph, not a practical line.
    long_info = f"{INFO} {LAST}"
    museum, observatory = [*MUSEUM[:2], long_info], [*OBSERVATORY[:2], long_info]
    texts = [TITLE, LEAD, *museum, *observatory, POOL]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found == {7: Duplicate(DUPLICATE_PARAGRAPH, 4)}


@given(story=distinct_paragraphs(min_size=1, max_size=5), at=st.integers(0, 5))
def test_a_listing_in_a_story_stays_whole(story: list[str], at: int) -> None:
    # Wherever the listing stands: every line kept, removals in order, a second clean the same.
    at = min(at, len(story))
    lines = [TITLE, *story[:at], *MUSEUM, *OBSERVATORY, *story[at:]]
    article = clean_keeping_story(lines, [*story, MUSEUM[1], OBSERVATORY[1]])
    assert article.paragraphs.count(INFO) == 2
