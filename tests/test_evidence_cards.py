"""Other stories' cards below the story on a whole page (`detect.cards`): what stays,
first, then what goes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.detect.cards import NAME, mark_teaser_cards
from detector_runs import removed_by
from strategies import distinct_paragraphs
from test_properties import assert_idempotent

STORY = [
    "With protests exploding to new levels, the government is likely to deploy the army "
    "onto the streets of the former colony within weeks, officials said on Monday.",
    "The problem is simple. The police and their intelligence service masters are proving "
    "unable to stem the mass movement that has filled the city since the summer.",
    "In short, a crackdown is likely coming, and nobody in the capital wants to say so.",
]
SUMMARIES = [
    "Our family always celebrates anniversaries, but not this week. A year ago Tuesday, our "
    "father was arrested at the airport and held for months without a trial.",
    "Wednesday night, the country's most liberal candidates will descend on my home state "
    "and flood the airwaves with their ideas about taxes and health care.",
    "People are still waiting for the committee to deliver on its promises. In week two of "
    "the hearings, the case is far from closed, and the witnesses disagree.",
]
# Cards as a whole page prints them: a headline, the writer's name, a date stamp and the
# summary; the page classifier drops the short lines and keeps the summaries.
CARDS = [
    line
    for n, summary in enumerate(SUMMARIES)
    for line in (
        f"Headline number {n} about the week in politics",
        f"Writer Name{n}",
        f"Wednesday November {20 - n}, 2019",
        summary,
    )
]


def run(lines: list[str], kept: list[str], page_text: bool = True) -> list[str]:
    """The lines `mark_teaser_cards` removes when the round keeps ``kept`` of ``lines`` (the
    page's blocks as segmented), all kept before it."""
    return removed_by(mark_teaser_cards, NAME, lines, kept, page_text)


# --- what stays -----------------------------------------------------------------------------


def test_text_that_is_no_page_is_not_read() -> None:
    assert run([*STORY, *CARDS], [*STORY, *SUMMARIES], page_text=False) == []


def test_two_cards_are_no_layout() -> None:
    # The story's own header and one aside could make two: three repeat a layout.
    assert run([*STORY, *CARDS[:8]], [*STORY, *SUMMARIES[:2]]) == []


def test_the_story_under_its_own_card_shaped_header_stays() -> None:
    # Headline, byline, date, lead: the story's header has the card's shape; its lead and
    # the next paragraph stand above any card removed.
    header = ["Slaughter is coming to the city", "By Writer Name", "Tuesday November 19, 2019"]
    page = [*header, *STORY, *CARDS]
    assert run(page, [*header, *STORY, *SUMMARIES]) == SUMMARIES


def test_cards_with_no_story_above_them_stay() -> None:
    # Only one prose block above the cards: no story stands above them, nothing goes.
    assert run([STORY[2], *CARDS], [STORY[2], *SUMMARIES]) == []


def test_a_weekly_edition_of_whole_stories_stays() -> None:
    # Each entry is a whole story (a second paragraph under its first): LWN's weekly
    # edition, whose gold keeps every story.
    second = "The new release was unveiled on March 2, and the developers expect more soon."
    page = [
        line
        for n, summary in enumerate(SUMMARIES)
        for line in (
            f"Story {n} of the week",
            "By Jonathan Corbet",
            "March 25, 2015",
            summary,
            second,
        )
    ]
    kept = [line for line in page if line in SUMMARIES or line == second]
    assert run([*STORY, *page], [*STORY, *kept]) == []


def test_a_timeline_of_dated_entries_stays() -> None:
    # A date over each entry, under the previous entry's paragraph: no card's two short lines.
    page = [
        *STORY[:2],
        *(line for n, s in enumerate(SUMMARIES) for line in (f"March {n + 1}, 2015", s)),
    ]
    assert run(page, [*STORY[:2], *SUMMARIES]) == []


# --- what goes ------------------------------------------------------------------------------


def test_the_summaries_of_cards_below_the_story_go() -> None:
    assert run([*STORY, *CARDS], [*STORY, *SUMMARIES]) == SUMMARIES


def test_the_kept_short_lines_of_a_card_go_with_it() -> None:
    assert run([*STORY, *CARDS], [*STORY, *CARDS]) == CARDS


# --- properties -----------------------------------------------------------------------------


@given(distinct_paragraphs(min_size=2, max_size=6), st.integers(0, len(SUMMARIES)))
def test_the_story_is_never_taken_and_a_second_look_removes_nothing(
    story: list[str], cards: int
) -> None:
    kept = [*story, *SUMMARIES[:cards]]
    removed = run([*story, *CARDS[: 4 * cards]], kept)
    assert not any(line in removed for line in story)
    assert removed == [line for line in kept if line in removed]  # input order
    rest = [line for line in kept if line not in removed]
    assert run([*story, *CARDS[: 4 * cards]], rest) == []


@given(distinct_paragraphs(min_size=1, max_size=5))
def test_an_article_alone_loses_nothing_in_page_mode(story: list[str]) -> None:
    cleaner = Cleaner(Config(mode="page"))
    article = cleaner.clean("\n".join(story))
    assert not any(r.rule == NAME for r in article.removed)
    assert_idempotent(cleaner, article)
