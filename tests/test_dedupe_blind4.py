"""A refrain of two lines printed twice apart, the known edge of `benchmarks/repair_eval.py`'s
second blind round (``--shapes 4``), found again while writing the fourth (issue #12).

A speech report that prints a slogan and its line ("Wir schaffen das." / "Wir lassen
niemanden zurück, ...") twice inside the story keeps both printings; the same two lines
pasted at the story's end, pasted with a neighbour, printed twice in a row, or two whole
paragraphs pasted still go.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, MIN_WORDS, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_RUN,
    QUOTED_REFRAIN_MAX_WORDS,
    find_duplicates,
)
from strategies import distinct_paragraphs, sentences, words_of
from test_dedupe_blind3 import BODY as BLIND3_BODY
from test_dedupe_blind3 import TITLE

# The third blind set's speech report, with a fifth paragraph: a pair printed twice inside
# the story still has a paragraph below its second printing.
BODY = [
    *BLIND3_BODY,
    "Die nächste Sitzung des Stadtrats ist für den kommenden Donnerstag angesetzt worden.",
]
SLOGAN = "Wir schaffen das."
LINE = "Wir lassen niemanden zurück, nicht in der Stadt und nicht auf dem Land."


def rules_of(lines: list[str]) -> dict[int, str]:
    found = find_duplicates(blocks(lines), title=0, min_words=MIN_WORDS)
    return {i: d.rule for i, d in found.items()}


def test_a_slogan_and_its_line_printed_twice_in_a_speech_report_stay() -> None:
    assert len(LINE.split()) >= MIN_WORDS > len(SLOGAN.split())
    lines = [TITLE, BODY[0], SLOGAN, LINE, *BODY[1:3], SLOGAN, LINE, *BODY[3:]]
    assert rules_of(lines) == {}
    kept = ARTICLE_MODE.clean("\n".join(lines)).paragraphs
    assert kept.count(LINE) == 2 and kept.count(SLOGAN) == 2


def test_the_line_before_its_slogan_stays_too() -> None:
    lines = [TITLE, BODY[0], LINE, SLOGAN, *BODY[1:3], LINE, SLOGAN, *BODY[3:]]
    assert rules_of(lines) == {}


def test_the_pair_pasted_at_the_end_goes() -> None:
    lines = [TITLE, BODY[0], SLOGAN, LINE, *BODY[1:], SLOGAN, LINE]
    assert rules_of(lines) == {8: DUPLICATE_RUN, 9: DUPLICATE_PARAGRAPH}


def test_the_pair_pasted_with_a_neighbour_goes() -> None:
    lines = [TITLE, BODY[0], SLOGAN, LINE, BODY[1], BODY[2], SLOGAN, LINE, BODY[1], *BODY[3:]]
    found = rules_of(lines)
    assert {7, 8} <= found.keys()


def test_the_pair_pasted_with_neighbours_a_space_splits_goes() -> None:
    # The paste's neighbours lost a word to a space inside it (a no-break space a scraper
    # kept, "Markt platz"): they are the first printing's neighbours all the same (idem30).
    before = BODY[0].replace("Marktplatz", "Markt\u00a0platz")
    after = BODY[1].replace("Wohnungen", "Wohn\u00a0ungen")
    lines = [TITLE, BODY[0], SLOGAN, LINE, BODY[1], BODY[2], before, SLOGAN, LINE, after]
    assert rules_of([*lines, *BODY[3:]]) == {7: DUPLICATE_RUN, 8: DUPLICATE_PARAGRAPH}


def test_the_pair_between_neighbours_that_differ_by_a_word_stays() -> None:
    # Neighbours that differ in a word are other blocks: the slogan's pair stays, as when
    # they differ throughout.
    before = BODY[0].replace("Marktplatz", "Rathausplatz")
    lines = [TITLE, BODY[0], SLOGAN, LINE, BODY[1], BODY[2], before, SLOGAN, LINE, *BODY[3:]]
    assert rules_of(lines) == {}


def test_the_pair_printed_twice_in_a_row_goes() -> None:
    lines = [TITLE, BODY[0], SLOGAN, LINE, SLOGAN, LINE, *BODY[1:]]
    assert rules_of(lines) == {4: DUPLICATE_RUN, 5: DUPLICATE_PARAGRAPH}


def test_two_whole_paragraphs_pasted_apart_go() -> None:
    # Neither line is short: a paste of two paragraphs, not a slogan and its line.
    lines = [TITLE, BODY[0], BODY[1], BODY[2], BODY[3], BODY[1], BODY[2], BODY[4]]
    assert rules_of(lines) == {5: DUPLICATE_PARAGRAPH, 6: DUPLICATE_PARAGRAPH}


def test_a_line_of_two_sentences_is_no_refrain() -> None:
    two = f"{SLOGAN} {LINE}"
    lines = [TITLE, BODY[0], SLOGAN, two, *BODY[1:3], SLOGAN, two, *BODY[3:]]
    assert rules_of(lines) == {6: DUPLICATE_RUN, 7: DUPLICATE_PARAGRAPH}


def test_a_single_line_printed_twice_apart_still_goes() -> None:
    # One sentence of `MIN_WORDS` words printed twice is a pasted paragraph by design.
    lines = [TITLE, BODY[0], LINE, *BODY[1:3], LINE, *BODY[3:]]
    assert rules_of(lines) == {5: DUPLICATE_PARAGRAPH}


@given(
    distinct_paragraphs(min_sentences=1, min_size=4, max_size=7),
    sentences(min_words=2, max_words=MIN_WORDS - 1),
    sentences(min_words=MIN_WORDS, max_words=QUOTED_REFRAIN_MAX_WORDS),
    st.data(),
)
def test_a_refrain_of_two_lines_inside_the_story_is_never_repairs(
    body: list[str], slogan: str, line: str, data: st.DataObject
) -> None:
    seen = {words_of(p) for p in body}
    if words_of(slogan) in seen or words_of(line) in seen or words_of(slogan) == words_of(line):
        return
    if any(text.endswith("said.") for text in (slogan, line)):
        return  # the strategy's reported speech: one sentence with marks inside, still one
    pair = data.draw(st.sampled_from([[slogan, line], [line, slogan]]))
    first = data.draw(st.integers(1, len(body) - 2))
    second = data.draw(st.integers(first + 1, len(body) - 1))
    lines = [TITLE, *body[:first], *pair, *body[first:second], *pair, *body[second:]]
    assert find_duplicates(blocks(lines), title=0, min_words=MIN_WORDS) == {}
