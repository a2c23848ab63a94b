"""Copies and must-stays found by the third blind round of `benchmarks/repair_eval.py`
(issue #12, ``--shapes 5``).

A speech's refrain, a quotation set as a line of its own and printed twice apart, word for
word and mark for mark, stays; a pasted or stuttered quotation and a pull quote re-set from a
paragraph still go. A teaser list below the story that holds this story's card (the headline
again and the lead's first sentence) loses the card's teaser; the lead stays whole.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_TEASER,
    DUPLICATE_TITLE,
    QUOTED_REFRAIN_MAX_WORDS,
    TEASER_MIN_WORDS,
    find_duplicates,
)
from strategies import distinct_paragraphs, sentences, words_of

TITLE = "Oberbürgermeisterin verspricht mehr Wohnungen für Familien"
BODY = [
    "Die Oberbürgermeisterin hat am Montag vor rund tausend Zuhörern auf dem Marktplatz "
    "ihre Pläne für die kommenden fünf Jahre vorgestellt. Die Opposition sprach von "
    "leeren Versprechen.",
    "Im Mittelpunkt stand der Bau von zweitausend neuen Wohnungen, vor allem für Familien "
    "mit Kindern und für ältere Menschen.",
    "Finanziert werden soll das Programm aus Rücklagen der Stadt und aus Mitteln des Landes, "
    "die bereits zugesagt seien.",
    "Am Ende ihrer Rede erhielt sie langen Beifall, auch von einigen Vertretern der Opposition "
    "im Stadtrat.",
]
REFRAIN = "„Diese Stadt gehört allen, die hier leben, arbeiten und ihre Kinder großziehen.“"
MORE = "Mehr zum Thema"
OTHER_CARD = "Wie Kommunen mit knappen Kassen planen"


def rules_of(lines: list[str]) -> dict[int, str]:
    return {i: d.rule for i, d in find_duplicates(blocks(lines), title=0).items()}


def removed(lines: list[str]) -> list[tuple[str, str]]:
    article = ARTICLE_MODE.clean("\n".join(lines))
    return [(r.rule, r.text) for r in article.removed]


# --- a quotation quoted twice: `_is_quoted_again` -----------------------------------------


def test_a_refrain_quoted_twice_in_a_speech_report_stays() -> None:
    lines = [TITLE, BODY[0], REFRAIN, *BODY[1:3], REFRAIN, BODY[3]]
    assert rules_of(lines) == {}
    assert ARTICLE_MODE.clean("\n".join(lines)).paragraphs.count(REFRAIN) == 2


def test_the_same_line_without_its_marks_goes_as_a_pasted_paragraph() -> None:
    bare = REFRAIN.strip("„“")
    lines = [TITLE, BODY[0], bare, *BODY[1:3], bare, BODY[3]]
    assert rules_of(lines) == {5: DUPLICATE_PARAGRAPH}


def test_a_pull_quote_that_gains_marks_goes() -> None:
    # The paragraph is one sentence; the quote box prints it again in „…“ two blocks on.
    paragraph = REFRAIN.strip("„“")
    lines = [TITLE, BODY[0], paragraph, BODY[1], REFRAIN, *BODY[2:]]
    assert rules_of(lines) == {4: DUPLICATE_PARAGRAPH}


def test_a_quotation_pasted_with_its_neighbour_goes() -> None:
    lines = [TITLE, BODY[0], REFRAIN, BODY[1], BODY[2], REFRAIN, BODY[1], BODY[3]]
    found = rules_of(lines)
    assert 5 in found and 6 in found


def test_a_reported_quotation_pasted_again_at_the_end_goes() -> None:
    # Marks inside (who spoke, then more of the quotation): reporting, not a refrain.
    reported = (
        "„Wir bleiben hier“, sagte die Oberbürgermeisterin vor dem Rathaus am Montag. "
        "„Diese Stadt ist unser Zuhause, und das wird sie bleiben.“"
    )
    lines = [TITLE, BODY[0], reported, *BODY[1:], reported]
    assert rules_of(lines) == {6: DUPLICATE_PARAGRAPH}


def test_a_long_quotation_printed_twice_apart_goes() -> None:
    long_quote = "„" + " ".join([BODY[1].rstrip(".")] * 2) + ".“"
    assert len(long_quote.split()) > QUOTED_REFRAIN_MAX_WORDS
    lines = [TITLE, BODY[0], long_quote, *BODY[2:], long_quote]
    assert rules_of(lines) == {5: DUPLICATE_PARAGRAPH}


def test_a_quotation_printed_twice_in_a_row_goes() -> None:
    lines = [TITLE, BODY[0], REFRAIN, REFRAIN, *BODY[1:]]
    assert rules_of(lines) == {3: DUPLICATE_PARAGRAPH}


@given(
    distinct_paragraphs(min_sentences=1, min_size=3, max_size=6),
    sentences(min_words=12, max_words=QUOTED_REFRAIN_MAX_WORDS).filter(
        lambda s: not s.endswith("said.")  # the strategy's quoted speech: reporting
    ),
    st.data(),
)
def test_a_bare_quotation_quoted_twice_apart_is_never_repairs(
    body: list[str], sentence: str, data: st.DataObject
) -> None:
    if words_of(sentence) in {words_of(p) for p in body}:
        return  # a paragraph of the story printed again in marks: a pull quote
    quote = f"„{sentence}“"
    first = data.draw(st.integers(0, len(body) - 2))
    second = data.draw(st.integers(first + 1, len(body) - 1))
    lines = [TITLE, *body[:first], quote, *body[first:second], quote, *body[second:]]
    assert find_duplicates(blocks(lines), title=0) == {}


# --- this story's card in a teaser list below it: `_mark_card_teasers` ---------------------


def test_the_cards_headline_and_teaser_below_the_story_go() -> None:
    teaser = BODY[0].split(". ")[0] + "."
    lines = [TITLE, *BODY, MORE, OTHER_CARD, TITLE, teaser]
    found = rules_of(lines)
    assert found[7] == DUPLICATE_TITLE and found[8] == DUPLICATE_TEASER
    assert BODY[0] in ARTICLE_MODE.clean("\n".join(lines)).paragraphs


def test_a_short_teaser_under_the_card_stays() -> None:
    teaser = "Die Oberbürgermeisterin sprach."
    lead = f"{teaser} {BODY[1]}"
    assert len(teaser.split()) < TEASER_MIN_WORDS
    lines = [TITLE, lead, *BODY[2:], MORE, TITLE, teaser]
    assert 6 not in rules_of(lines)


def test_a_paragraph_under_a_headline_copy_that_goes_on_otherwise_stays() -> None:
    # A sub-heading that is the headline again, over a paragraph that opens with the lead's
    # first sentence and says more: the story's own.
    first = BODY[0].split(". ")[0] + "."
    own = f"{first} Danach beantwortete sie Fragen der Bürger."
    lines = [TITLE, *BODY, TITLE, own]
    assert 6 not in rules_of(lines)


def test_the_leads_first_sentence_without_a_headline_copy_above_it_stays() -> None:
    teaser = BODY[0].split(". ")[0] + "."
    lines = [TITLE, *BODY, MORE, OTHER_CARD, teaser]
    assert DUPLICATE_TEASER not in rules_of(lines).values()
