"""A comment thread whose markers the page classifier dropped (`detect.pagethread`): what
stays, first, then what goes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.detect.pagethread import NAME, mark_page_thread
from detector_runs import removed_by
from strategies import distinct_paragraphs
from test_properties import assert_idempotent

STORY = [
    "Apple plans to release a new laptop with a scissor switch keyboard in the first half "
    "of next year, according to a report published on Monday.",
    "The report claims the display size will remain the same, although a larger display has "
    "been rumoured for months by analysts who follow the company.",
    "The entry-level model was last updated in July, while higher-end models were refreshed "
    "in May with faster processors and more storage.",
]
COMMENTS = [
    "I think we'll see similar updates to what the bigger model received, and that is fine.",
    "No surprise they are keeping the small one. It makes the lineup more complete for sure.",
    "Shouldn't next year be the year of a complete redesign? I have waited long enough now.",
]
# A thread as a whole page prints it: a name, an age and a rating around each comment; the
# page classifier drops the short lines and keeps the comments.
THREAD = [
    line
    for n, comment in enumerate(COMMENTS)
    for line in (f"Reader{n}", f"2 days ago at 07:4{n} am", comment, f"Rating: {9 - n} Votes")
]


def run(lines: list[str], kept: list[str], page_text: bool = True) -> list[str]:
    """The lines `mark_page_thread` removes when the round keeps ``kept`` of ``lines`` (the
    page's blocks as segmented), all kept before it."""
    return removed_by(mark_page_thread, NAME, lines, kept, page_text)


# --- what stays -----------------------------------------------------------------------------


def test_text_that_is_no_page_is_left_to_comment_thread() -> None:
    assert run([*STORY, *THREAD], [*STORY, *COMMENTS], page_text=False) == []


def test_a_thread_whose_markers_were_kept_is_left_to_comment_thread() -> None:
    # Nothing dropped between the kept blocks: they show the thread themselves.
    assert run([*STORY, *THREAD], [*STORY, *THREAD]) == []


def test_comments_with_no_story_kept_above_them_stay() -> None:
    # The classifier dropped the story's lines (a one-paragraph post above a long thread):
    # what is kept is all thread, and the detector never empties a page.
    assert run([*STORY, *THREAD], COMMENTS) == []
    assert run([*STORY, *THREAD], [STORY[0], *COMMENTS]) == []


def test_a_live_blog_whose_clock_stamps_were_dropped_stays() -> None:
    # Entries stamped with clock times and nothing that shows readers: a live blog's layout.
    entries = [
        "The minister arrived at the summit venue and spoke briefly to reporters outside.",
        "Talks have resumed after a short break, officials said, with no agreement yet.",
        "Protesters gathered outside the building as the leaders met for a second time.",
    ]
    page = [*STORY, *(line for n, e in enumerate(entries) for line in (f"10:3{n} am", e))]
    assert run(page, [*STORY, *entries]) == []


def test_a_thread_above_the_story_is_not_read() -> None:
    # Markers above the first kept block (a sidebar of recent comments) are not put back.
    assert run([*THREAD, *STORY], [*COMMENTS, *STORY]) == []


# Other stories' teasers as a news site prints them under its story: a headline, a summary
# and the story's age alone on its line ("32M ago"). The page classifier drops the short lines
# and may keep a summary; the ages are comment ages by their words, but no reader's.
TEASERS = [
    (
        "Why farmers may want to paint their cows with zebra stripes",
        "Some people thought the stripy cattle in a pasture were a practical joke, but the "
        "science behind them could save farmers money.",
        "32M ago",
    ),
    (
        "Two troops killed in helicopter crash",
        "Officials dismiss a claim that it downed the craft but say the cause is being "
        "investigated by the army.",
        "1H ago",
    ),
    (
        "Woman risks her life to save a koala",
        "At least six people have died and hundreds of homes have been destroyed by the "
        "bushfires this week.",
        "updated 2H ago",
    ),
    (
        "Cities urge boycott of meat companies",
        "Lawmakers in the two biggest cities want to cut ties with businesses involved with "
        "beef imports from abroad.",
        "14H ago",
    ),
]


def test_teasers_stamped_with_bare_ages_are_no_comment_thread() -> None:
    # Every marker put back is an age that names no one, under another story's summary:
    # the run is a teaser list, and "comment thread" would be a wrong reason to audit.
    page = [*STORY, *(line for teaser in TEASERS for line in teaser)]
    summaries = [summary for _, summary, _ in TEASERS]
    assert run(page, [*STORY, *summaries]) == []


def test_ages_under_readers_names_still_show_a_thread() -> None:
    # The same bare ages under a reader's name, as a thread prints them with no controls.
    thread = [
        line
        for n, comment in enumerate(COMMENTS)
        for line in (f"Reader{n}", f"{n + 2}H ago", comment)
    ]
    assert run([*STORY, *thread], [*STORY, *COMMENTS]) == COMMENTS


# --- what goes ------------------------------------------------------------------------------


def test_the_comments_between_dropped_markers_go() -> None:
    assert run([*STORY, *THREAD], [*STORY, *COMMENTS]) == COMMENTS


def test_what_follows_the_thread_goes_with_it() -> None:
    # The thread runs to the end of the kept blocks ("rest" of the page).
    after = "Read all comments and join the discussion on our forums today."
    assert run([*STORY, *THREAD, after], [*STORY, *COMMENTS, after]) == [*COMMENTS, after]


# --- properties -----------------------------------------------------------------------------


@given(distinct_paragraphs(min_size=2, max_size=6), st.integers(0, len(COMMENTS)))
def test_the_story_is_never_taken_and_a_second_look_removes_nothing(
    story: list[str], comments: int
) -> None:
    thread = THREAD[: 4 * comments]
    kept = [*story, *COMMENTS[:comments]]
    removed = run([*story, *thread], kept)
    assert not any(line in removed for line in story)
    assert removed == [line for line in kept if line in removed]  # input order
    assert run([*story, *thread], [line for line in kept if line not in removed]) == []


@given(distinct_paragraphs(min_size=1, max_size=5))
def test_an_article_alone_loses_nothing_in_page_mode(story: list[str]) -> None:
    cleaner = Cleaner(Config(mode="page"))
    article = cleaner.clean("\n".join(story))
    assert not any(r.rule == NAME for r in article.removed)
    assert_idempotent(cleaner, article)


@given(distinct_paragraphs(min_size=2, max_size=5))
def test_page_mode_keeps_the_story_and_cleans_to_a_fixed_point(story: list[str]) -> None:
    cleaner = Cleaner(Config(mode="page"))
    article = cleaner.clean("\n".join([*story, *THREAD]))
    starts = [removal.start for removal in article.removed]
    assert starts == sorted(starts)
    assert not any(r.rule == NAME and r.text in story for r in article.removed)
    assert_idempotent(cleaner, article)
