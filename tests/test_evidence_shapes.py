"""Shapes outside the story: a run of machine identifiers (CSS class names, field keys) goes;
compound words, package lists inside the story and identifiers with capitals stay. A related
list after the story with headlines in sentence case goes when capitalised headlines vouch for
it; the article's own short closing lines stay. What each removes and, first, what it must
keep."""

from __future__ import annotations

from hypothesis import given

import corpusclean
from corpusclean.detect.headlines import HEADLINE_CAPITALISED_SHARE
from corpusclean.text import capitalised_share
from strategies import article_texts, distinct_paragraphs, headings
from test_properties import clean_keeping_story

BODY = [
    "Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of stocks "
    "across the globe rose for a seventh straight session.",
    "Traders cited the lingering uncertainty over whether the two countries could agree to "
    "end a trade war that has lasted nearly a year and a half.",
    "Spot gold added 0.1% to $1,472.19 an ounce, and copper rose 0.86% to $5,880.00 a tonne "
    "on the London Metal Exchange.",
]
NEW_RULES = ("identifier_run",)
BREAKPOINTS = [
    "narrow-browser-and-phone",
    "medium-browser-and-portrait-tablet",
    "landscape-tablet",
    "above-phone",
]
FIELD_KEYS = ["facebook_url", "twitter_url", "youtube_url", "linkedin_url"]


def rules_of(article: corpusclean.Article) -> list[str]:
    return [removal.rule for removal in article.removed]


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


# --- identifier_run ---------------------------------------------------------------------------


def test_a_run_of_identifiers_after_or_before_the_story_goes() -> None:
    article = corpusclean.clean("\n".join([*BODY, *BREAKPOINTS]))
    assert removed_by(article, "identifier_run") == BREAKPOINTS
    assert list(article.paragraphs) == BODY
    article = corpusclean.clean("\n".join([*FIELD_KEYS, *BODY]))
    assert removed_by(article, "identifier_run") == FIELD_KEYS
    assert list(article.paragraphs) == BODY


def test_what_looks_like_identifiers_but_is_not_a_run_of_them_stays() -> None:
    packages = ["react-dom", "react-router", "redux-thunk"]  # a tutorial's list, in the story
    two = ["e-mail", "follow-up"]  # one or two compound words are no run
    capitals = ["Node.js", "README-v2", "Ocasio-Cortez"]  # capitals, dots: not this shape
    dates = ["2019-11-19", "2019-11-20", "2019-11-21"]  # no letter
    spaced = ["well-being at work", "long-term care", "state-of-the-art tools"]
    article = corpusclean.clean("\n".join([BODY[0], *packages, *BODY[1:]]))
    assert all(line in article.paragraphs for line in packages)
    for lines in (two, capitals, dates, spaced):
        article = corpusclean.clean("\n".join([*BODY, *lines]))
        assert "identifier_run" not in rules_of(article), lines


# --- trailing_headlines: headlines in sentence case -------------------------------------------

RELATED = [
    "Join our Free $1,000,000 Parlay Challenge",
    "Gronk, Serena perform with Laker Girls",
    "Gronk may have found his true calling",
    "NFL odds, cheat sheet, picks, bets, sims",
    "SportsLine's computer model simulated every game 10,000 times with surprising results.",
    "Pats place Olszewski on IR",
    "New England's roster is re-shuffling",
    "Rams top Bears as offenses struggle",
    "Neither the Rams nor Bears could get much going offensively on Sunday night",
]


STORY = [
    *BODY,
    "The Steelers spent Monday trying to distance themselves from the fight that led to "
    "suspensions for two players, and the coach declined to discuss it any further.",
    "The league decided to move the teams' rematch from a late kickoff to an early start, "
    "which the players said they welcomed after a difficult week for both clubs.",
]


def test_a_related_list_with_sentence_case_headlines_goes() -> None:
    # A story long enough that the list is within the removal budget, as on the page.
    article = corpusclean.clean("\n".join([*STORY, *RELATED]))
    assert removed_by(article, "trailing_headlines") == RELATED
    assert list(article.paragraphs) == STORY


def test_short_closing_lines_without_capitalised_headlines_stay() -> None:
    steps = ["Preheat the oven until it is hot", "Bake the bread for an hour", "Let it cool down"]
    one_capitalised = ["Official Website Of The Festival", *steps]  # one is no evidence
    two_and_one = [  # two capitalised and one plain: one item short (Wikipedia's links)
        "Official website, including the Mozilla Manifesto",
        "Mozilla Wiki(Major time line of community development)",
        "Mozilla Mercurial Repository",
    ]
    plain_on_top = ["We will have more on this later", "More to come on this story", *RELATED[:2]]
    for lines in (steps, one_capitalised, two_and_one):
        article = corpusclean.clean("\n".join([*BODY, *lines]))
        assert "trailing_headlines" not in rules_of(article), lines
    article = corpusclean.clean("\n".join([*BODY, *plain_on_top]))
    assert plain_on_top[0] in article.paragraphs  # the run starts at a capitalised headline


# --- properties -------------------------------------------------------------------------------


@given(text=article_texts(junk=False, damage=False))
def test_article_only_text_loses_nothing_to_the_new_evidence(text: str) -> None:
    article = corpusclean.clean(text)
    assert not set(rules_of(article)) & set(NEW_RULES)


@given(text=article_texts(junk=False, damage=False))
def test_article_only_text_loses_no_sentence_case_line_as_a_headline(text: str) -> None:
    # `trailing_headlines` took capitalised short lines of generated stories before this
    # change; what is new (sentence-case headlines) must never take a story's line.
    article = corpusclean.clean(text)
    for line in removed_by(article, "trailing_headlines"):
        assert capitalised_share(line) >= HEADLINE_CAPITALISED_SHARE or line.endswith("."), line


@given(
    heading=headings,
    story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=4),
)
def test_removals_keep_order_and_cleaning_again_changes_nothing(
    heading: str, story: list[str]
) -> None:
    lines = [heading, *story, *BREAKPOINTS, *RELATED]
    article = clean_keeping_story(lines, story)
    assert not set(BREAKPOINTS) & set(article.paragraphs)
