"""Duplicate repair's fixes from `benchmarks/repair_eval.py`'s fifth blind round, half 10
(``--shapes 10``, issue #12), read after it was measured held out.

A numbered list of steps that gives one instruction word for word under two of its labels
("Passo 2" and "Passo 4") keeps both: each printing is the body of a different step. A
paste that repeats the label with the line, or has no label, still goes. A banner printing
the headline in capitals above the story's headline in title case is the copy: the banner
goes, the headline stays. An image's caption that prints a one-sentence lead again with a
photo credit glued on is the copy: the caption goes, the lead stays.
"""

from __future__ import annotations

import re

from hypothesis import assume, given
from hypothesis import strategies as st

import corpusclean
from block_helpers import ARTICLE_MODE, MIN_WORDS, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_TEASER,
    DUPLICATE_TITLE,
    Duplicate,
    find_duplicates,
    find_teaser_copies,
    step_label,
)
from corpusclean.detect.scrambled import LINE_MIN_WORDS
from strategies import distinct_paragraphs, sentences
from test_properties import clean_keeping_story

TITLE = "Bolo de laranja fofinho em uma hora"
INTRO = (
    "Este bolo de laranja leva ingredientes que quase todo mundo tem em casa e fica pronto"
    " em pouco mais de uma hora, contando o tempo de forno."
)
OUTRO = (
    "Depois de frio, o bolo pode ser guardado num recipiente fechado por até três dias fora"
    " da geladeira."
)
REPEATED = "Mexa bem com uma colher de pau e deixe descansar por dez minutos."
RECIPE = [
    "Passo 1",
    "Bata os ovos com o açúcar até obter um creme claro e fofo.",
    "Passo 2",
    REPEATED,
    "Passo 3",
    "Junte a farinha peneirada e o fermento aos poucos, sem parar de mexer.",
    "Passo 4",
    REPEATED,
    "Passo 5",
    "Leve ao forno pré-aquecido a 180 graus por cerca de 40 minutos.",
]


def test_recipe_keeps_an_instruction_given_under_two_steps() -> None:
    article = ARTICLE_MODE.clean("\n".join([TITLE, INTRO, *RECIPE, OUTRO]))
    assert article.paragraphs.count(REPEATED) == 2
    assert not article.removed


def test_labels_with_a_colon_or_a_bare_number_are_steps_too() -> None:
    for first, later in (("Step 2:", "Step 4:"), ("2.", "4."), ("Schritt 2", "Schritt 4")):
        texts = [TITLE, INTRO, first, REPEATED, "Step 3", OUTRO, later, REPEATED, OUTRO + " Ok."]
        assert 7 not in find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)


def test_a_step_pasted_with_its_label_still_goes() -> None:
    # The label printed again with the line: a paste of the step, not a second step.
    texts = [TITLE, INTRO, "Passo 2", REPEATED, OUTRO, "Passo 2", REPEATED]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found[6] == Duplicate(DUPLICATE_PARAGRAPH, 3)


def test_a_paragraph_pasted_without_labels_still_goes() -> None:
    texts = [TITLE, INTRO, "Passo 2", REPEATED, OUTRO, REPEATED]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found[5] == Duplicate(DUPLICATE_PARAGRAPH, 3)


def test_labels_of_two_kinds_are_no_list() -> None:
    # "Step 2" and "Figure 4" are no two steps of one list: the later printing goes.
    texts = [TITLE, INTRO, "Step 2", REPEATED, OUTRO, "Figure 4", REPEATED]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found[6] == Duplicate(DUPLICATE_PARAGRAPH, 3)


def test_step_label_reads_short_numbered_labels_only() -> None:
    assert step_label("Passo 4") == ("passo", "4")
    assert step_label("Step 12:") == ("step", "12")
    assert step_label("3)") == ("", "3")
    for text in ("Step two", "Covid 19 cases rise today", "Seite 123", "", "G7 2", "12:30"):
        assert step_label(text) is None


@given(
    story=distinct_paragraphs(min_size=2, max_size=5),
    steps=st.lists(sentences(min_words=MIN_WORDS), min_size=2, max_size=5, unique=True),
    repeat=st.data(),
)
def test_an_instruction_under_two_numbered_steps_is_never_removed(
    story: list[str], steps: list[str], repeat: st.DataObject
) -> None:
    # A recipe with one of its steps' instructions given again under a later step: no line
    # of the story or the steps goes, removals stay in order and a second clean is the same.
    # Its lines are running text: a long line that prints one or two words over and over
    # ("Government the the minister minister minister ...") has their letters, not a
    # language's, and the scrambled-text detector rightly compares such letters (drawn under
    # the thorough profile, seed 28: `test_a_line_printing_one_word_over_and_over_...`).
    assume(all(_varied(line) for line in [*story, *steps]))
    again = repeat.draw(st.sampled_from(steps))
    bodies = [*steps, again]
    listed = [line for n, body in enumerate(bodies, 1) for line in (f"Step {n}", body)]
    lines = [TITLE, story[0], *listed, *story[1:]]
    article = clean_keeping_story(lines, [*story, *steps])
    assert article.paragraphs.count(again) >= 2


def _varied(line: str) -> bool:
    """Whether a line reads as running text by its words: a short line, or one of
    `LINE_MIN_WORDS` words or more whose distinct words are at least half of them (prose
    repeats its function words, not one word in two)."""
    words = re.findall(r"\w+", line.casefold())
    return len(words) < LINE_MIN_WORDS or 2 * len(set(words)) >= len(words)


def test_a_line_printing_one_word_over_and_over_reads_as_scrambled_under_clear_lines() -> None:
    # Drawn under the thorough profile (seed 28), outside the property's claim below: the
    # clear lines print "the" over and over (13 distinct letters with "he said"), the story's
    # line of 40 words "minister" over and over with one function word in ten; its letters are
    # unlike theirs, and it goes as a paywall's substituted text.
    story = [
        '"Government the the the the the," he said.',
        "Government the the " + " ".join(["minister"] * 18) + ". Government minister minister"
        " minister. Government minister minister minister. Government the the minister "
        "minister. Government minister minister minister minister minister.",
    ]
    steps = [
        "Government the the the the the the the the the the the.",
        "Government the the the the the the, the the the the the.",
    ]
    listed = [line for n, body in enumerate([*steps, steps[0]], 1) for line in (f"Step {n}", body)]
    article = corpusclean.clean("\n".join([TITLE, story[0], *listed, story[1]]))
    assert [(r.rule, r.text) for r in article.removed] == [("scrambled_text", story[1])]
    assert not _varied(story[1]) and not _varied(steps[0])


def test_a_drawn_recipe_whose_clear_lines_repeat_one_word_keeps_its_story() -> None:
    # Drawn under the thorough profile (seed 28): the lines that read as prose print "the"
    # over and over, 9 distinct letters, and the scrambled-text detector compared the story's
    # word salad with them and took it as a paywall's substituted text.
    story = [
        "Government the the the.",
        "Government minister minister minister. Government minister minister minister.",
        "Government minister minister minister minister minister minister minister.",
    ]
    steps = [
        "Government the the the the the the the the the the the.",
        "Government the the the the the the, the the the the the.",
    ]
    listed = [line for n, body in enumerate([*steps, steps[0]], 1) for line in (f"Step {n}", body)]
    article = clean_keeping_story([TITLE, story[0], *listed, *story[1:]], [*story, *steps])
    assert article.paragraphs.count(steps[0]) >= 2


def test_a_list_printed_again_lower_down_is_a_paste() -> None:
    # A "most read" list printed twice: the line under "4" comes again under "1", a second
    # list counting from the start, not a later step of the first.
    texts = [TITLE, INTRO, "3", OUTRO, "4", REPEATED, "5", INTRO + " Ok.", "1", REPEATED]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found[9] == Duplicate(DUPLICATE_PARAGRAPH, 5)


HEADLINE = "Storm Closes Coast Road for the Third Time This Winter"
BODY = [INTRO, OUTRO]


def test_a_banner_in_capitals_goes_before_the_headline() -> None:
    texts = [HEADLINE.upper(), "By Jane Roe", HEADLINE, *BODY]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found == {0: Duplicate(DUPLICATE_TITLE, 2)}


def test_a_headline_in_capitals_printed_again_in_capitals_keeps_the_first() -> None:
    # No printing in the story's case: the first stays, as before.
    texts = [HEADLINE.upper(), *BODY, HEADLINE.upper()]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found == {3: Duplicate(DUPLICATE_TITLE, 0)}


def test_a_headline_printed_again_in_capitals_below_keeps_the_headline() -> None:
    texts = [HEADLINE, *BODY, HEADLINE.upper()]
    found = find_duplicates(blocks(texts), title=0, min_words=MIN_WORDS)
    assert found == {3: Duplicate(DUPLICATE_TITLE, 0)}


@given(story=distinct_paragraphs(min_size=1, max_size=5))
def test_a_capitals_banner_leaves_the_headline_and_the_story(story: list[str]) -> None:
    # The banner goes, the headline in its own case and every paragraph stay, in order.
    article = clean_keeping_story([HEADLINE.upper(), HEADLINE, *story], story)
    assert HEADLINE.upper() not in (article.title, *article.paragraphs)
    assert HEADLINE in (article.title, *article.paragraphs)


LEAD = "Heavy rain closed the coast road between Aberporth and Tresaith on Tuesday night."
SECOND = "The county council said repairs to the sea wall could take several weeks to finish."
CREDIT = "(Photo: Jane Doe/Reuters)"


def test_a_caption_of_the_lead_with_a_credit_goes_and_the_lead_stays() -> None:
    texts = [HEADLINE, LEAD, SECOND, f"{LEAD} {CREDIT}", OUTRO]
    assert find_teaser_copies(blocks(texts), title=0) == {3: Duplicate(DUPLICATE_PARAGRAPH, 1)}


def test_a_lead_that_goes_on_in_brackets_is_still_a_teaser() -> None:
    # A bracketed sentence, not a credit: the lower block is the story's paragraph, as before.
    texts = [HEADLINE, LEAD, f"{LEAD} (It reopened on Friday.)", SECOND, OUTRO]
    found = find_teaser_copies(blocks(texts), title=0)
    assert found == {1: Duplicate(DUPLICATE_TEASER, 2)}
    # With a paragraph between them the upper line is a standfirst (blind7, `_lead_between`):
    # both stay, and the lower block is never taken for a caption.
    texts = [HEADLINE, LEAD, SECOND, f"{LEAD} (It reopened on Friday.)", OUTRO]
    assert find_teaser_copies(blocks(texts), title=0) == {}


@given(
    story=distinct_paragraphs(min_size=2, max_size=5),
    credit=st.sampled_from(
        [CREDIT, "(Foto: Max Muster/dpa)", "(Image: AP)", "(Photo credit: Getty Images)"]
    ),
)
def test_a_caption_of_the_lead_never_takes_the_lead(story: list[str], credit: str) -> None:
    # The lead, right under the headline, and every paragraph stay; the caption goes.
    lines = [HEADLINE, LEAD, story[0], f"{LEAD} {credit}", *story[1:]]
    article = clean_keeping_story(lines, [LEAD, *story])
    assert f"{LEAD} {credit}" not in article.paragraphs
