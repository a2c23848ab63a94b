"""A question set as a line of its own and asked again further down, each time told between
sentences and answered by a different block: `_is_question_asked_again` (issue #12, the
Readability gold texts: a post quotes one tweet twice to set two replies under it).

It stays; a question pasted with its neighbours, printed twice in a row, or printed again as a
headline in a related list or a menu still goes.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    QUOTED_REFRAIN_MAX_WORDS,
    find_duplicates,
)
from strategies import distinct_paragraphs, examples, sentences, words_of

TITLE = "Council delays the vote on the new transit budget"
QUESTION = "Why has the debate suddenly turned to nothing more than the size of the fare rise?"
BODY = [
    "The city council postponed its vote on the transit budget on Tuesday after a four-hour "
    "meeting in which residents lined up to speak. One of them asked:",
    "Because it is the only number anyone can picture, a council member replied.",
    "The budget would add three bus lines and extend service on weekends, officials said.",
    "Later in the evening, a second resident read the same question aloud:",
    "Nobody on the dais answered it directly before the meeting adjourned.",
    "The vote is now scheduled for next month, after a second round of public hearings.",
]


def rules_of(lines: list[str]) -> dict[int, str]:
    return {i: d.rule for i, d in find_duplicates(blocks(lines), title=0).items()}


def asked_twice() -> list[str]:
    return [TITLE, BODY[0], QUESTION, BODY[1], BODY[2], BODY[3], QUESTION, *BODY[4:]]


# --- negative: the story's own question, asked twice -----------------------------------------


def test_a_question_asked_again_with_a_different_answer_stays() -> None:
    lines = asked_twice()
    assert rules_of(lines) == {}
    assert ARTICLE_MODE.clean("\n".join(lines)).paragraphs.count(QUESTION) == 2


def test_a_question_after_a_paragraph_and_before_one_stays() -> None:
    # No colon: the question follows a paragraph that ends a sentence, and is answered.
    lines = [
        TITLE,
        BODY[2],
        QUESTION,
        BODY[1],
        BODY[5],
        BODY[2].replace("three", "two"),
        QUESTION,
        BODY[4],
    ]
    assert rules_of(lines) == {}


# --- positive: copies that still go -----------------------------------------------------------


def test_a_question_pasted_with_its_answer_goes() -> None:
    lines = [TITLE, BODY[0], QUESTION, BODY[1], BODY[2], BODY[3], QUESTION, BODY[1], BODY[5]]
    found = rules_of(lines)
    assert found.get(6) == DUPLICATE_PARAGRAPH and 7 in found


def test_a_question_printed_twice_in_a_row_goes() -> None:
    lines = [TITLE, BODY[0], QUESTION, QUESTION, *BODY[1:]]
    assert rules_of(lines) == {3: DUPLICATE_PARAGRAPH}


def test_a_question_headline_again_in_a_related_list_goes() -> None:
    # The story's question printed again among other headlines: labels on either side.
    lines = [
        TITLE,
        BODY[0],
        QUESTION,
        *BODY[1:],
        "Get daily news in your browser",
        QUESTION,
        "Fare rise: what riders will pay if index...",
        "Bus lines in numbers",
    ]
    assert rules_of(lines) == {len(lines) - 3: DUPLICATE_PARAGRAPH}


def test_a_question_that_ends_the_text_goes() -> None:
    # No block after the second printing: nothing answers it, a paste at the end.
    lines = [TITLE, BODY[0], QUESTION, *BODY[1:], QUESTION]
    assert rules_of(lines) == {len(lines) - 1: DUPLICATE_PARAGRAPH}


def test_a_statement_asked_nothing_goes() -> None:
    statement = QUESTION.replace("Why has", "So").rstrip("?") + "."
    lines = [TITLE, BODY[0], statement, BODY[1], BODY[2], BODY[3], statement, *BODY[4:]]
    assert rules_of(lines) == {6: DUPLICATE_PARAGRAPH}


def test_a_long_question_printed_twice_goes() -> None:
    long_question = QUESTION.rstrip("?") + " " + QUESTION[0].lower() + QUESTION[1:]
    assert len(long_question.split()) > QUOTED_REFRAIN_MAX_WORDS
    lines = [TITLE, BODY[0], long_question, *BODY[1:4], long_question, *BODY[4:]]
    assert rules_of(lines) == {6: DUPLICATE_PARAGRAPH}


@settings(max_examples=examples(40), deadline=None)  # each example cleans a whole article
@given(
    distinct_paragraphs(min_sentences=1, min_size=4, max_size=7),
    sentences(min_words=12, max_words=QUOTED_REFRAIN_MAX_WORDS - 4).filter(
        lambda s: not s.endswith("said.")  # the strategy's quoted speech: two sentences' marks
    ),
    st.data(),
)
def test_a_question_asked_again_between_paragraphs_is_never_removed(
    body: list[str], sentence: str, data: st.DataObject
) -> None:
    question = sentence.rstrip(".!?…\"'”’") + "?"
    if words_of(question) in {words_of(p) for p in body}:
        return  # a paragraph printed again: a pull quote
    first = data.draw(st.integers(1, len(body) - 3))
    second = data.draw(st.integers(first + 2, len(body) - 1))
    lines = [TITLE, *body[:first], question, *body[first:second], question, *body[second:]]
    article = ARTICLE_MODE.clean("\n".join(lines))
    if any(r.text == question for r in article.removed if r.rule == DUPLICATE_PARAGRAPH):
        raise AssertionError(f"the question asked again was removed: {question!r}")
