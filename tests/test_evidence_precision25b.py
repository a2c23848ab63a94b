"""Content the cleaner removed on the real-pages sets' held-out halves (issue #12,
precision25b): a paragraph's first part broken onto its own line under the title is not a
standfirst. What each reading keeps and, beside it, the junk its rule exists for."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import corpusclean
from strategies import CAPITALISED, WORDS, examples

TITLE = "City council approves the budget for the coming fiscal year"
# A local paper's story whose first paragraph the page printed over two lines, broken mid-
# sentence: the first part has a standfirst's length and no sentence end.
OPENING = (
    "The wait is over for the town's spending plan for next year. After the council "
    "delayed its vote on the"
)
RUN_ON = "plan at last month's meeting, members voted for it without debate on Tuesday."
STORY = [
    "The council had called the special session in advance, so that the budget would be its "
    "only item rather than one of dozens on a regular agenda.",
    "The mayor said there were many things in the plan to be proud of, starting with the "
    "money set aside for road repairs and the new library hours.",
]
LOWER_WORDS = tuple(word for word in WORDS if word.islower())
DEK = "Members back the spending plan after a month of delay over road repairs"


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def test_a_paragraphs_first_part_under_the_title_stays() -> None:
    article = corpusclean.clean("\n".join([TITLE, OPENING, RUN_ON, *STORY]))
    assert removed_by(article, "standfirst") == []
    assert article.paragraphs[:2] == (OPENING, RUN_ON)


def test_a_standfirst_over_a_story_that_opens_with_a_capital_still_goes() -> None:
    opening = "After the council delayed its vote last month, members approved the plan."
    article = corpusclean.clean("\n".join([TITLE, DEK, opening, *STORY]))
    assert removed_by(article, "standfirst") == [DEK]


@settings(max_examples=examples(60))
@given(
    head=st.lists(st.sampled_from(WORDS), min_size=7, max_size=14),
    run=st.sampled_from(LOWER_WORDS),
    tail=st.lists(st.sampled_from(WORDS), min_size=5, max_size=14),
    first=st.sampled_from(CAPITALISED),
)
def test_a_sentence_broken_under_the_title_is_never_a_standfirst(
    head: list[str], run: str, tail: list[str], first: str
) -> None:
    """Invariant: a line whose sentence runs on into a lower-case line is a paragraph's part."""
    opening = " ".join([first, *head])
    run_on = " ".join([run, *tail]) + "."
    article = corpusclean.clean("\n".join([TITLE, opening, run_on, *STORY]))
    assert opening not in removed_by(article, "standfirst")


# --- a copy of the title that the story's sentence announces ----------------------------------

POST_TITLE = "Leistungsbeschreibung für Root-Server"
POST = [
    "Unsere Geschäftsbedingungen sind über die Jahre sehr lang geworden, und viele Kunden "
    "haben uns gefragt, was darin eigentlich zu den Servern steht.",
    "Deshalb haben wir für unsere Root-Server eine eigene Beschreibung der Leistungen "
    "geschrieben, die ab sofort Teil jedes Vertrags ist:",
    POST_TITLE,
    "Sie ist lang geworden, aber sie ist auch für Leser ohne juristische Kenntnisse gut "
    "verständlich, und für die anderen Produkte folgt sie bald.",
]


def test_a_title_copy_that_the_story_announces_stays() -> None:
    article = corpusclean.clean("\n".join([POST_TITLE, *POST]))
    assert removed_by(article, "duplicate_title") == []
    assert POST_TITLE in article.paragraphs


def test_a_title_copy_under_a_boxs_label_or_in_the_story_still_goes() -> None:
    for above in ("Teilen Sie diesen Beitrag:", POST[0]):
        lines = [POST_TITLE, *POST[:1], above, POST_TITLE, POST[3]]
        article = corpusclean.clean("\n".join(lines))
        assert removed_by(article, "duplicate_title") == [POST_TITLE], above
