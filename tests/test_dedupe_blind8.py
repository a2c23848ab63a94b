"""Duplicate repair's fixes from `benchmarks/repair_eval.py`'s eighth blind round, half 15
(``--shapes 15``, issue #12), written on after it was measured, and two of half 12's misses
(``--shapes 12``, in sample since the seventh round).

A caption printed over the lead with a short label before it ("Image caption, <the lead's
first sentence>") is a copy: the caption goes, the lead stays. Two blocks printed again on one
line after them (a FAQ's "question? answer") are a copy: the joined line goes, the pair stays.
Each keeps what is no copy: a sentence going on after "On Tuesday, ", a label of three words
or with a digit, a labelled line under the lead's paragraph or cutting a sentence, a vote
list's one-word lines, a line joining blocks that are not in a row, or joining them with a
word more.

Half 12: a FAQ's question right above an answer that opens with it is a copy of the answer's
start; a table's header row printed again inside it after a page break is a copy, and so is
the row after it when it is the row above. A sub-heading opening its paragraph, a short
question, an answer echoed as a question, a headline, the same header over two tables and
equal rows of figures stay.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import MIN_WORDS, blocks
from corpusclean import Cleaner, Config
from corpusclean.dedupe.within import (
    DUPLICATE_REFLOWED,
    DUPLICATE_RUN,
    DUPLICATE_TEASER,
    Duplicate,
    find_duplicates,
    find_joined_pair_copies,
    find_labelled_caption_copies,
    find_page_break_copies,
    find_question_heading_copies,
    labelled_text,
)
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

TITLE = "Village gets its railway halt back after forty years"
FIRST_SENTENCE = "A passenger train stopped at the platform of Oberkirchen on Sunday morning."
LEAD = f"{FIRST_SENTENCE} Around 600 people stood by the tracks in the drizzle to see it."
SECOND = (
    "The district had campaigned for the halt since the line reopened to freight traffic,"
    " and the state agreed to pay for the new platform two years ago."
)
THIRD = (
    "Trains will stop every hour in both directions from Monday, the operator said, with"
    " extra services on weekends during the summer."
)
CAPTION = f"Image caption, {FIRST_SENTENCE}"
FAQ = [
    ("When does the new timetable start?", "It starts on Monday for every train on the line."),
    ("Who pays for the new platform?", "The state pays for it, the district for the car park."),
    ("Will tickets cost more than before?", "No: the fares stay those of the regional tariff."),
]
FAQ_LINES = ["Questions and answers", *(line for pair in FAQ for line in pair)]
FAQ_JOINED = [f"{question} {answer}" for question, answer in FAQ]
ANSWERED = [(question, f"{question} {answer}") for question, answer in FAQ]
TABLE = [
    "Station | Trains a day in 2020 | Trains a day in 2025",
    "Oberkirchen | 0 | 32",
    "Vilsbach | 12 | 32",
    "Kleinöd | 8 | 16",
    "Passau Hbf | 140 | 152",
]
TABLE_BROKEN = [*TABLE[:3], TABLE[0], *TABLE[2:]]  # the header and row 2 again after a break


def test_labelled_text_reads_a_short_label() -> None:
    assert labelled_text(CAPTION) == FIRST_SENTENCE
    assert labelled_text(f"Bildunterschrift: {FIRST_SENTENCE}") == FIRST_SENTENCE
    assert labelled_text(f"Image caption, ({FIRST_SENTENCE})") == f"({FIRST_SENTENCE})"
    for text in (
        "On Tuesday, the council voted to close the road for good.",  # a sentence going on
        f"Image caption for readers, {FIRST_SENTENCE}",  # a label of three words
        f"Update 2: {FIRST_SENTENCE}",  # a digit: a numbered line, no label
        f"image caption, {FIRST_SENTENCE}",  # no capital: the middle of a sentence
        FIRST_SENTENCE,
    ):
        assert labelled_text(text) is None, text


def test_a_labelled_caption_over_the_lead_goes() -> None:
    # The lead's first sentence, or the lead whole; beside it, or a byline between them.
    for caption, between in (
        (CAPTION, []),
        (CAPTION, ["By Jane Roe"]),
        (f"Bildunterschrift: {LEAD}", []),
    ):
        texts = [TITLE, caption, *between, LEAD, SECOND, THIRD]
        found = find_labelled_caption_copies(blocks(texts), title=0)
        assert found == {1: Duplicate(DUPLICATE_TEASER, 2 + len(between))}, caption
    article = Cleaner(Config()).clean("\n".join([TITLE, CAPTION, LEAD, SECOND, THIRD]))
    assert CAPTION not in article.paragraphs
    assert article.paragraphs[-3:] == (LEAD, SECOND, THIRD)


def test_labelled_lines_that_copy_no_lead_stay() -> None:
    cut = " ".join(FIRST_SENTENCE.split()[:9])
    cases = [
        # under the lead's paragraph: a paragraph between them
        [TITLE, CAPTION, SECOND, LEAD, THIRD],
        # the label and a sentence cut before its end
        [TITLE, f"Image caption, {cut}", LEAD, SECOND, THIRD],
        # a label and a short sentence (under `TEASER_MIN_WORDS`) the lead opens with
        [TITLE, "Photo: A train stopped.", "A train stopped. It was late.", SECOND, THIRD],
        # far below the title: out of the window
        [TITLE, SECOND, THIRD, SECOND + " Again.", THIRD + " Again.", "Coda.", CAPTION, LEAD],
        # a sentence going on after its opening words
        [TITLE, "On Sunday, " + FIRST_SENTENCE.lower(), LEAD, SECOND, THIRD],
    ]
    for texts in cases:
        assert find_labelled_caption_copies(blocks(texts), title=0) == {}, texts


def test_a_faq_printed_again_a_pair_a_line_goes() -> None:
    texts = [TITLE, LEAD, SECOND, *FAQ_LINES, THIRD, *FAQ_JOINED]
    found = find_joined_pair_copies(blocks(texts))
    end = len(texts) - 3
    assert found == {end + i: Duplicate(DUPLICATE_REFLOWED, 4 + 2 * i) for i in range(3)}
    article = Cleaner(Config()).clean("\n".join(texts))
    assert not set(FAQ_JOINED) & set(article.paragraphs)
    assert all(line in article.paragraphs for line in [*FAQ_LINES[1:], LEAD, SECOND, THIRD])


def test_lines_that_join_no_pair_stay() -> None:
    (question, answer), (question2, _answer2) = FAQ[0], FAQ[1]
    votes = ["Anna Berger (CSU)", "Ja", "Thomas Huber (SPD)", "Nein"]
    cases = [
        # a word more between the two
        [TITLE, LEAD, question, answer, SECOND, f"{question} Answer: {answer}"],
        # the blocks not in a row
        [TITLE, LEAD, question, SECOND, answer, THIRD, f"{question} {answer}"],
        # in the other order
        [TITLE, LEAD, question, answer, SECOND, f"{answer} {question}"],
        # the joined line first, the pair after it
        [TITLE, LEAD, f"{question} {answer}", SECOND, question, answer],
        # one-word lines of a vote list: too short to join into a match
        [TITLE, LEAD, *votes, SECOND, "Anna Berger (CSU) Ja", THIRD],
        # two questions in a row joined: both are blocks of the FAQ, but the joined line
        # has a third block's words too
        [TITLE, LEAD, question, question2, SECOND, f"{question} {question2} {answer}"],
    ]
    for texts in cases:
        assert find_joined_pair_copies(blocks(texts)) == {}, texts


def test_find_duplicates_reports_the_new_copies_once() -> None:
    # Joined pairs are looked for beside it, on an article's text only.
    texts = [TITLE, CAPTION, LEAD, SECOND, *FAQ_LINES, THIRD, *TABLE_BROKEN, *FAQ_JOINED]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    header = texts.index(TABLE[0], texts.index(TABLE[0]) + 1)
    assert set(found) == {1, header, header + 1}


def test_joined_pairs_on_a_page_are_left_to_the_page_classifier() -> None:
    # On a page, the pair may be a teaser the page classifier drops: no copy taken before.
    lines = [TITLE, LEAD, *FAQ_LINES, SECOND, THIRD, *FAQ_JOINED]
    article = Cleaner(Config(mode="page")).clean("\n".join(lines))
    assert not [r for r in article.removed if r.rule == DUPLICATE_REFLOWED]


def test_a_question_again_as_its_answers_start_goes() -> None:
    faq = [line for pair in ANSWERED for line in pair]
    texts = [TITLE, LEAD, *faq, SECOND]
    found = find_question_heading_copies(blocks(texts), title=0)
    assert found == {2 + 2 * i: Duplicate(DUPLICATE_TEASER, 3 + 2 * i) for i in range(3)}
    article = Cleaner(Config()).clean("\n".join(texts))
    assert [answer for _, answer in ANSWERED] == [p for p in article.paragraphs if "?" in p]


def test_questions_and_headings_that_copy_no_start_stay() -> None:
    question, answer = ANSWERED[0]
    cases = [
        # a sub-heading opening its paragraph: no question
        [TITLE, LEAD, "The new timetable", "The new timetable starts on Monday for all.", THIRD],
        # a question of two words
        [TITLE, LEAD, "Why now?", "Why now? Because the platform is finally ready.", THIRD],
        # a block between the question and the answer
        [TITLE, LEAD, question, SECOND, answer, THIRD],
        # an answer echoed as a question: the question after, not opening the next block
        [TITLE, LEAD, "It happened very fast.", "It happened very fast?", "Yes, it did.", THIRD],
        # the headline a question, the lead opening with it
        [question, answer, SECOND, THIRD],
        # one question over its answer: no FAQ, too short to tell from a paragraph
        [TITLE, LEAD, question, answer, THIRD],
    ]
    for texts in cases:
        assert find_question_heading_copies(blocks(texts), title=0) == {}, texts


def test_a_table_header_again_after_a_page_break_goes() -> None:
    texts = [TITLE, LEAD, *TABLE_BROKEN, SECOND]
    found = find_page_break_copies(blocks(texts))
    assert found == {5: Duplicate(DUPLICATE_RUN, 2), 6: Duplicate(DUPLICATE_RUN, 4)}
    article = Cleaner(Config(mode="article")).clean("\n".join(texts))
    kept = [p for p in article.paragraphs if " | " in p]
    assert kept == TABLE
    # Without the row again, the header alone goes.
    texts = [TITLE, LEAD, *TABLE[:3], TABLE[0], *TABLE[3:], SECOND]
    assert find_page_break_copies(blocks(texts)) == {5: Duplicate(DUPLICATE_RUN, 2)}


def test_equal_table_rows_that_are_no_page_break_stay() -> None:
    hours = ["Monday | 8 to 16", "Tuesday | 8 to 16", "Monday | 8 to 16", "Friday | 8 to 12"]
    figures = ["1 | 0 | 2", "3 | 4 | 5", "1 | 0 | 2", "6 | 7 | 8"]
    cases = [
        # one header over two tables, a paragraph between them
        [TITLE, LEAD, *TABLE[:3], SECOND, TABLE[0], *TABLE[3:], THIRD],
        # a table without a header: its first row again is a row of data
        [TITLE, LEAD, *figures, SECOND],
        # rows repeating inside a table whose first row is no header printed again
        [TITLE, LEAD, "Day | Hours", *hours, SECOND],
    ]
    for texts in cases:
        assert find_page_break_copies(blocks(texts)) == {}, texts


@given(story=distinct_paragraphs(min_size=2, max_size=6))
def test_a_story_without_repeats_loses_no_line(story: list[str]) -> None:
    # No block repeated, none joined again: nothing goes, removals in order, a second clean
    # the same.
    article = clean_keeping_story([TITLE, *story], story)
    assert not [r for r in article.removed if r.rule.startswith("duplicate")]


@given(story=distinct_paragraphs(min_size=1, max_size=5))
def test_a_labelled_caption_goes_and_the_story_stays(story: list[str]) -> None:
    article = clean_keeping_story([TITLE, CAPTION, LEAD, *story], [LEAD, *story])
    assert CAPTION not in article.paragraphs


@given(story=distinct_paragraphs(min_size=1, max_size=5), at=st.integers(0, 5))
def test_a_faq_again_goes_and_the_faq_and_story_stay(story: list[str], at: int) -> None:
    at = min(at, len(story))
    lines = [TITLE, LEAD, *story[:at], *FAQ_LINES, *story[at:], *FAQ_JOINED]
    article = clean_keeping_story(lines, [LEAD, *story, *FAQ_LINES[1:]])
    assert not set(FAQ_JOINED) & set(article.paragraphs)


@given(story=distinct_paragraphs(min_size=1, max_size=5), at=st.integers(0, 5))
def test_a_broken_table_and_a_questioned_faq_lose_only_copies(story: list[str], at: int) -> None:
    at = min(at, len(story))
    faq = [line for pair in ANSWERED for line in pair]
    lines = [TITLE, LEAD, *story[:at], *TABLE_BROKEN, *story[at:], *faq]
    answers = [answer for _, answer in ANSWERED]
    article = clean_keeping_story(lines, [LEAD, *story, *answers])
    assert not {question for question, _ in ANSWERED} & set(article.paragraphs)
