"""A bare comment heading over the story's own text (`detect.restscope.over_story_text_run`).

The session31b/31c probes' shapes in other words: a recipe's "Comments" sub-heading over the
cook's notes, then the readers' counted thread ("3 Comments", signatures, "Reply"), and Dutch
"Reacties" over the quoted reactions, then the share row and "12 reacties". The heading and
the notes stay; the thread under its own counted heading still goes. Negatives both ways: the
same bare heading over a signed thread, over an unsigned thread with a reply control, and over
one reader's comment to the document's end (the dev set's GiveWell post) still take the rest,
and so does one over the story's text with no counted heading under it (a footer, then the
thread's status).
"""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from detector_runs import kept_and_removed
from strategies import distinct_paragraphs, examples

RECIPE = [
    "Leek and potato gratin",
    "A side dish for four that can be made the day before. Prep 20 mins, cook 50 mins.",
    "Heat the oven to 180C and butter a shallow dish.",
    "Slice the potatoes thinly and soften the leeks in butter for ten minutes.",
    "Layer them in the dish with the cream, garlic and thyme.",
    "Cover with foil and bake for 40 minutes, then uncover and brown for ten more.",
]
NOTES = [
    "Cook's tip: a spoonful of mustard in the cream gives the gratin a little more bite.",
    "It keeps in the fridge for two days; reheat it covered at 160C for half an hour.",
]
THREAD = [
    "2 Comments",
    "Anna Berg says:",
    "2 April 2025 at 8:15 pm",
    "Lovely and easy, we had it with roast chicken on Sunday.",
    "Reply",
    "Tom says:",
    "3 April 2025 at 9:02 am",
    "Could I use sweet potatoes for half of it?",
    "Reply",
]
NL_STORY = [
    "Provincie schrapt subsidie voor nieuwe veerpont",
    "De provincie trekt de subsidie voor een tweede veerpont over de rivier in. "
    "Provinciale Staten stemden woensdag in met het besluit.",
    "Het geld gaat naar het onderhoud van de bestaande pont en de aanlegsteigers.",
    "Reacties",
    "Veerdienst Rivierland: „Dit betekent langere wachttijden in de zomer.”",
    "Gedeputeerde Ilse de Boer: „De bestaande pont kan de drukte goed aan.”",
]
SHARE_ROW = ["Delen", "Facebook", "WhatsApp"]


def test_a_recipe_s_comments_notes_stay_over_the_counted_thread() -> None:
    # session31b's shape: the bare heading and its notes are the recipe's; the thread goes.
    story = [*RECIPE, "Comments", *NOTES]
    kept, removed = kept_and_removed([*story, *THREAD], "en")
    assert kept == story
    assert removed == THREAD


def test_a_dutch_reacties_section_over_the_share_row_stays() -> None:
    # session31c's shape: the quoted reactions, then the page's share row and the count.
    kept, removed = kept_and_removed([*NL_STORY, *SHARE_ROW, "12 reacties"], "nl")
    assert kept == NL_STORY
    assert "Reacties" not in removed


def test_a_signed_thread_under_the_bare_heading_goes() -> None:
    lines = [*RECIPE, "Comments", *THREAD[1:]]
    kept, removed = kept_and_removed(lines, "en")
    assert kept == RECIPE
    assert removed == ["Comments", *THREAD[1:]]


def test_an_unsigned_thread_with_a_reply_control_goes() -> None:
    # No signature, no date: each comment's text, then its "Reply" under it.
    comments = [
        "Lovely and easy, we had it with roast chicken on Sunday and there was none left.",
        "Reply",
        "Could I use sweet potatoes for half of it, or would it turn out too soft?",
        "Reply",
    ]
    kept, removed = kept_and_removed([*RECIPE, "Comments", *comments, *SHARE_ROW], "en")
    assert kept == RECIPE
    assert removed[:5] == ["Comments", *comments]


def test_one_reader_s_comment_to_the_document_s_end_goes() -> None:
    # A run of text with nothing under it: the thread's heading over a reader's comment.
    comment = "I made this for a dinner party last week and everyone asked me for the recipe."
    kept, removed = kept_and_removed([*RECIPE, "Comments", comment], "en")
    assert kept == RECIPE
    assert removed == ["Comments", comment]


def test_a_comment_over_the_footer_with_no_count_goes() -> None:
    # The dirty GiveWell copy's shape: the comment, the footer's notice, the thread's status.
    comment = "I made this for a dinner party last week and everyone asked me for the recipe."
    tail = ["© 2025 All rights reserved.", "Comments are closed."]
    kept, removed = kept_and_removed([*RECIPE, "Comments", comment, *tail], "en")
    assert kept == RECIPE
    assert removed == ["Comments", comment, *tail]


@st.composite
def sectioned_recipes(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """A story, a bare "Comments" heading over one to three paragraphs of the story's own, and
    then a counted, signed thread; and the story's lines alone."""
    body = draw(distinct_paragraphs(min_sentences=2, min_size=3, max_size=6))
    notes = draw(st.integers(1, min(3, len(body) - 2)))
    story = [RECIPE[0], *body[:-notes], "Comments", *body[-notes:]]
    return [*story, *THREAD], story


@settings(max_examples=examples(40))
@given(sectioned_recipes())
def test_the_section_stays_and_the_thread_goes(stories: tuple[list[str], list[str]]) -> None:
    lines, story = stories
    cleaner = Cleaner(Config(language="en"))
    baseline = cleaner.clean("\n".join(line for line in story if line != "Comments"))
    assume(baseline.removed == ())
    article = cleaner.clean("\n".join(lines))
    assert [article.title, *article.paragraphs] == story
    assert [removal.text for removal in article.removed] == THREAD


@settings(max_examples=examples(40))
@given(sectioned_recipes(), st.sampled_from(["Reply", "Leave a Reply", "Anna Berg says:"]))
def test_a_thread_line_under_the_text_takes_the_rest(
    stories: tuple[list[str], list[str]], line: str
) -> None:
    # The same section with a control, a form or a signature under its text: the bare
    # heading's own run is then a thread's (a bare date under a paragraph is none on main
    # either: the date goes alone). Late in the document (two thirds of the words above it, as
    # `restscope.REST_MIN_WORDS_BEFORE` asks of a heading without a thread line right under it),
    # everything under the heading goes, as before.
    _lines, story = stories
    at = story.index("Comments")
    words = [len(text.split()) for text in story[1:]]  # the title is not the body's
    assume(sum(words[: at - 1]) > 2 * sum(words) / 3)
    article = Cleaner(Config(language="en")).clean("\n".join([*story, line, *SHARE_ROW]))
    removed = [removal.text for removal in article.removed]
    assert removed[: len(story) - at + 1] == [*story[at:], line]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_other_languages_bare_heading_over_notes_stays(language: str) -> None:
    heading = {"de": "Kommentare", "fr": "Commentaires", "es": "Comentarios"}[language]
    count = {"de": "2 Kommentare", "fr": "2 commentaires", "es": "2 comentarios"}[language]
    story = [*RECIPE, heading, *NOTES]
    kept, removed = kept_and_removed([*story, count, *THREAD[1:]], language)
    assert heading in kept
    assert all(note in kept for note in NOTES)
    assert count in removed
