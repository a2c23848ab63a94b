"""Copies found by the second blind round of `benchmarks/repair_eval.py` (issue #12).

A teaser with its link's words (``"... geeinigt. mehr"``) above the story, two pull quotes
printed again by a slider's cloned slides, and a translated story's "Titre original : ..."
line. Each with what must stay: a paragraph that goes on with the words a "link" would be,
a chorus and a chant, a sentence that ends in the headline.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_ADJACENT,
    DUPLICATE_TEASER,
    DUPLICATE_TITLE,
    TEASER_MIN_WORDS,
    find_duplicates,
    find_teaser_copies,
)
from strategies import distinct_paragraphs, sentences, words_of

TITLE = "Koalition einigt sich auf Kompromiss beim Heizungsgesetz"
BYLINE = "Von Jana Roe"
BODY = [
    "Die Bundesregierung hat sich nach langen Verhandlungen auf einen Kompromiss beim "
    "Heizungsgesetz geeinigt. Der Bundestag soll noch vor der Sommerpause abstimmen.",
    "Wirtschaftsminister Robert Habeck sprach am Dienstag von einem guten Tag für den "
    "Klimaschutz, während die Opposition scharfe Kritik übte.",
    "Der Kompromiss sieht längere Übergangsfristen für Eigentümer älterer Häuser vor.",
    "Die Kommunen sollen bis 2028 eine Wärmeplanung vorlegen.",
]


def removed(lines: list[str], rule: str) -> list[str]:
    article = ARTICLE_MODE.clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule == rule]


def paragraphs_of(lines: list[str]) -> tuple[str, ...]:
    return ARTICLE_MODE.clean("\n".join(lines)).paragraphs


# --- a teaser with its link's words: `TEASER_LINK_MAX_WORDS` --------------------------------


def test_the_lede_with_a_more_link_above_the_story_goes() -> None:
    for link in ("mehr", "Read more", "weiter lesen"):
        teaser = f"{BODY[0]} {link}"
        lines = [TITLE, teaser, BYLINE, *BODY]
        assert removed(lines, DUPLICATE_TEASER) == [teaser]
        assert paragraphs_of(lines) == paragraphs_of([TITLE, BYLINE, *BODY])


def test_the_first_sentence_with_a_link_goes_and_the_paragraph_stays_whole() -> None:
    teaser = "Die Bundesregierung hat sich nach langen Verhandlungen auf einen Kompromiss beim "
    teaser += "Heizungsgesetz geeinigt. mehr"
    lines = [TITLE, teaser, *BODY]
    assert removed(lines, DUPLICATE_TEASER) == [teaser]
    assert paragraphs_of(lines)[0] == BODY[0]


def test_a_paragraph_that_goes_on_with_the_link_words_keeps_its_opening() -> None:
    # "Gov. Kristi" reads as a sentence and a link; the paragraph below goes on with them, so
    # the line opens it (a heading, a kicker): not a teaser with a link.
    opening = "The council met the governor and Gov. Kristi Noem"
    found = find_teaser_copies(blocks([TITLE, opening, f"{opening} on Tuesday to talk."]), 0)
    assert found == {}


def test_a_line_with_words_after_its_last_sentence_and_no_twin_stays() -> None:
    line = "Der Zug fällt am Donnerstag und am Freitag ersatzlos aus. Ab Montag gilt"
    assert find_teaser_copies(blocks([TITLE, line, *BODY]), 0) == {}


def test_a_short_teaser_with_a_link_stays() -> None:
    # Under `TEASER_MIN_WORDS` a line may be the story's own short paragraph.
    short = "Die Kommunen planen."
    lines = [TITLE, f"{short} mehr", short + " Bis 2028 soll es so weit sein, sagt der Bund."]
    assert len(lines[1].split()) < TEASER_MIN_WORDS
    assert find_teaser_copies(blocks(lines), 0) == {}


@given(
    distinct_paragraphs(min_sentences=1, min_size=2, max_size=4),
    st.sampled_from(["mehr", "Read more", "more", "Weiterlesen »"]),
)
def test_a_lede_with_a_link_above_it_cleans_like_the_story_alone(
    body: list[str], link: str
) -> None:
    teaser = f"{body[0]} {link}"
    shown = paragraphs_of([TITLE, teaser, *body])
    if len(teaser.split()) >= TEASER_MIN_WORDS:
        assert shown == paragraphs_of([TITLE, *body])
    else:
        assert teaser in shown


# --- a slider's cloned slides: `STUTTERED_RUN_MAX_BLOCKS` -----------------------------------

QUOTE_A = "Wir haben lange gerungen, aber am Ende zählt das Ergebnis."
QUOTE_B = "Das ist ein guter Tag für den Klimaschutz in Deutschland."


def test_two_pull_quotes_printed_again_by_a_carousel_go_once() -> None:
    lines = [TITLE, *BODY[:2], QUOTE_B, QUOTE_A, QUOTE_B, QUOTE_A, *BODY[2:]]
    assert removed(lines, DUPLICATE_ADJACENT) == [QUOTE_B, QUOTE_A]
    assert paragraphs_of(lines) == (*BODY[:2], QUOTE_B, QUOTE_A, *BODY[2:])


def test_three_sentences_printed_twice_in_a_row_go_once() -> None:
    third = "Die Opposition kündigte Widerstand im Bundesrat an."
    run = [QUOTE_A, QUOTE_B, third]
    found = find_duplicates(blocks([TITLE, *run, *run, *BODY]), title=0)
    assert sorted(found) == [4, 5, 6]


def test_a_chorus_whose_lines_lead_on_stays() -> None:
    chorus = ["Oh, the river runs and the river bends,", "and carries me home again."]
    lines = [TITLE, BODY[0], *chorus, *chorus, *BODY[1:]]
    assert find_duplicates(blocks(lines), title=0) == {}


def test_a_run_printed_three_times_in_a_row_stays() -> None:
    chant = ["No justice!", "No peace!"]
    lines = [TITLE, BODY[0], *chant, *chant, *chant, *BODY[1:]]
    assert find_duplicates(blocks(lines), title=0) == {}


def test_list_items_printed_twice_in_a_row_stay() -> None:
    # Items end no sentence: two offers of one kind, or a table's rows.
    items = ["• Free parking", "• Breakfast included"]
    lines = [TITLE, BODY[0], *items, *items, *BODY[1:]]
    assert find_duplicates(blocks(lines), title=0) == {}


def test_answers_that_repeat_under_other_questions_stay() -> None:
    qanda = ["Did you know about the plan?", "Yes.", "Did you discuss it with the board?", "Yes."]
    assert find_duplicates(blocks([TITLE, BODY[0], *qanda, *BODY[1:]]), title=0) == {}


@given(
    distinct_paragraphs(min_sentences=1, min_size=1, max_size=3),
    st.lists(sentences(), min_size=2, max_size=3, unique_by=words_of),
)
def test_a_run_of_sentences_printed_twice_keeps_one_printing_in_order(
    body: list[str], run: list[str]
) -> None:
    if {words_of(s) for s in run} & {words_of(p) for p in body}:
        return  # a sentence that is a paragraph of the story: other copies, other rules
    found = find_duplicates(blocks([TITLE, *body, *run, *run]), title=0)
    start = 1 + len(body) + len(run)
    assert sorted(found) == list(range(start, start + len(run)))
    assert all(found[i].original == i - len(run) for i in found)


@given(distinct_paragraphs(min_sentences=1, min_size=1, max_size=6))
def test_an_article_without_repeats_loses_nothing_to_repair(body: list[str]) -> None:
    assert find_duplicates(blocks([TITLE, *body]), title=0) == {}


# --- a translated story's "Titre original : ...": `COLON_LABEL_MAX_WORDS` -------------------


def test_the_original_title_line_at_the_end_goes() -> None:
    for label in ("Titre original :", "Título original:", "Původní název:", "Originaltitel:"):
        line = f"{label} {TITLE}"
        assert removed([TITLE, *BODY, line], DUPLICATE_TITLE) == [line]


def test_a_sentence_that_ends_in_the_headline_stays() -> None:
    line = f"Am Ende des Abends sagte die Ministerin: {TITLE}"
    assert removed([TITLE, *BODY, line], DUPLICATE_TITLE) == []


def test_a_label_line_that_is_not_the_headline_stays() -> None:
    line = "Titre original : Un autre titre pour une autre histoire"
    assert removed([TITLE, *BODY, line], DUPLICATE_TITLE) == []
