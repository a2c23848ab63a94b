"""Other stories printed after the story as dated records (`detect.teaserrecords`): what
stays, first (written before the detector), then what goes.

The tests through `Cleaner` that keep lines held on the session's start (`/tmp/ref-s33`)
and must keep holding; those that remove lines fail there (no detector removed them)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.detect.teaserrecords import NAME, mark_teaser_records
from detector_runs import removed_by
from strategies import distinct_paragraphs
from test_properties import assert_idempotent

STORY = [
    "The town council on Wednesday adopted a budget of 80 million for the fiscal year that "
    "began in October, three million more than last year's spending plan.",
    "The new budget includes a small rise in property taxes, which the mayor said was needed "
    "to keep the library and the two swimming pools open through the winter.",
    "Council members voted five to two, and the budget takes effect next month after a "
    "second reading that nobody in the chamber expects to change its figures.",
]
HEADLINES = [
    "Harbour bridge repairs to start in spring",
    "New school opens its doors to 300 pupils",
    "Library extends its opening hours on Sundays",
]
LEADS = [
    "Work on the old harbour bridge will begin in March and last about six months, the "
    "council's engineers told residents at a meeting on Tuesday night.",
    "The new primary school on Mill Road welcomed its first pupils on Monday, two years "
    "after the old building was closed because of a leaking roof.",
    "From next week the central library will open on Sundays from noon to five, after a "
    "trial last summer drew more visitors than the council had expected.",
]
# More of the story: four records outweigh three paragraphs (`TAIL_MAX_SHARE`).
STORY_MORE = [f"{p} It was the {n} vote of the year." for n, p in enumerate(STORY)]
NEWEST_FIRST = ["March 7, 2022", "August 9, 2019", "March 18, 2019"]
OLDEST_FIRST = list(reversed(NEWEST_FIRST))


def records(dates: list[str], headline_above: bool = True) -> list[str]:
    """Other stories as records: a headline beside a date line, then the lead."""
    return [
        line
        for headline, date, lead in zip(HEADLINES, dates, LEADS, strict=False)
        for line in ((headline, date, lead) if headline_above else (date, headline, lead))
    ]


def run(lines: list[str]) -> list[str]:
    """The lines `mark_teaser_records` removes from a document of ``lines``, all kept."""
    return removed_by(mark_teaser_records, NAME, lines, page_text=False)


def cleaned(lines: list[str], language: str = "auto") -> list[str]:
    return Cleaner(Config(language=language)).clean("\n\n".join(lines)).text.split("\n\n")


# --- what stays -----------------------------------------------------------------------------


def test_a_story_of_its_own_dated_timeline_stays() -> None:
    # A timeline runs forward in time: the same records, oldest first, are the story's.
    page = [*STORY, *records(OLDEST_FIRST)]
    assert run(page) == []
    assert cleaned(page) == page


def test_a_timeline_of_dates_over_paragraphs_stays_in_any_order() -> None:
    # No headline beside a date: a date over each paragraph is a chronology, newest first too.
    page = [
        *STORY,
        *(line for d, lead in zip(NEWEST_FIRST, LEADS, strict=True) for line in (d, lead)),
    ]
    assert run(page) == []


def test_a_list_of_works_with_years_stays() -> None:
    works = ["The Salt Road (2019)", "Low Water (2016)", "A House on Water Street (2012)"]
    page = [*STORY, *(line for w, lead in zip(works, LEADS, strict=True) for line in (w, lead))]
    assert run(page) == []


def test_a_review_of_several_books_stays() -> None:
    books = [("The Salt Road", "by Anna Reyes"), ("Low Water", "by Peter Marsh")]
    page = [
        *STORY,
        *(line for (t, a), lead in zip(books, LEADS, strict=False) for line in (t, a, lead)),
    ]
    assert run(page) == []


def test_an_events_round_up_that_is_the_story_stays() -> None:
    # Coming events run forward in time; and a round-up longer than its introduction is the
    # story, whatever the order of its dates.
    intro = STORY[:2]
    assert run([*intro, *records(OLDEST_FIRST)]) == []
    many = [*records(NEWEST_FIRST), *(f"{h} again" for h in HEADLINES)]
    assert run([STORY[0], STORY[1], *many, *LEADS]) == []


def test_a_story_that_ends_with_short_dated_items_stays() -> None:
    items = ["12.03.2025 Council meeting", "05.02.2025 Budget hearing", "10.01.2025 Town hall"]
    page = [*STORY, *items]
    assert run(page) == []
    assert cleaned(page) == page


def test_a_question_and_answer_stays() -> None:
    qa = [
        "Why close the pools?",
        "We must save money, and the pools cost more than any other service we run.",
        "And if the town finds a sponsor?",
        "Then we will keep them open, and we would be glad to, as everyone knows.",
    ]
    assert run([*STORY, *qa]) == []


def test_records_of_one_day_stay() -> None:
    # The same date on each record is a day's programme, not a list newest first.
    assert run([*STORY, *records(["March 7, 2022"] * 3)]) == []


def test_a_list_of_the_story_s_own_items_with_dates_stays() -> None:
    # A numbered or bulleted item over its date is an item of the story's own list (a
    # ranking, a timeline printed newest first), whatever the dates' order; hypothesis
    # found "1. ..." / "25 November 1947" / "2. ..." / "7 May 1856" under two paragraphs.
    for mark in ("{n}. ", "{n}) ", "• ", "- "):
        items = [
            line
            for n, (headline, date) in enumerate(zip(HEADLINES, NEWEST_FIRST, strict=True), start=1)
            for line in (mark.format(n=n) + headline, date)
        ]
        assert run([*STORY, *items, STORY[0] + " More followed."]) == [], mark
        assert run([*STORY, *items]) == [], mark


def test_records_whose_headlines_are_partly_list_items_still_go() -> None:
    # One headline with a mark is not a list: the records are read as before.
    tail = records(NEWEST_FIRST)
    tail[0] = "1. " + tail[0]
    assert run([*STORY, *tail]) == tail


def test_one_record_is_no_list() -> None:
    assert run([*STORY, *records(NEWEST_FIRST[:1])]) == []


def test_a_diary_newest_first_under_one_byline_stays() -> None:
    # A war diary or a live ticker over several days, newest first: each entry has its own
    # headline and date, and the writer's byline under each (blind probes session24/24b).
    page = [*STORY]
    for headline, date, lead in zip(HEADLINES, NEWEST_FIRST, LEADS, strict=True):
        page += [headline, date, "By Claire Martin, special correspondent", lead]
    assert run(page) == []


def test_a_column_name_over_every_entry_stays() -> None:
    page = [*STORY]
    for headline, date, lead in zip(HEADLINES, NEWEST_FIRST, LEADS, strict=True):
        page += [date, "From the archive", headline, lead]
    assert run(page) == []


def test_records_whose_headline_repeats_stay() -> None:
    page = [*STORY]
    for date, lead in zip(NEWEST_FIRST, LEADS, strict=True):
        page += ["Letter from Kyiv", date, lead]
    assert run(page) == []


def test_records_with_no_story_above_stay() -> None:
    assert run([STORY[0], *records(NEWEST_FIRST)]) == []


def test_a_headline_that_is_a_line_of_the_story_is_its_sub_heading() -> None:
    page = [STORY[0], HEADLINES[0], *STORY[1:], *records(NEWEST_FIRST)]
    assert run(page) == []


def test_a_month_archive_of_two_paragraph_posts_stays() -> None:
    # A blog's archive prints each post newest first under its headline and date: posts of
    # two paragraphs are the archive's content, not teasers' leads.
    # A story long enough that the records' share of the words is no guard.
    page = [*STORY, *STORY_MORE]
    for n, (headline, date) in enumerate(zip(HEADLINES, NEWEST_FIRST, strict=True)):
        page += [headline, date, LEADS[n], LEADS[n - 1]]
    assert run(page) == []


def test_a_section_label_over_some_records_goes_with_them() -> None:
    # "Plant Operations" over two of four records (general29): a label, not a byline.
    dates = [*NEWEST_FIRST, "June 15, 2018"]
    heads = [*HEADLINES, "America's new factory building frenzy"]
    leads = [*LEADS, "A flurry of new factories has begun popping up across the country."]
    labels = ["", "Plant Operations", "Plant Operations", ""]
    tail: list[str] = []
    for label, head, date, lead in zip(labels, heads, dates, leads, strict=True):
        tail += [*([label] if label else []), head, date, lead]
    assert run([*STORY, *STORY_MORE, *tail]) == tail


def test_a_lead_printed_twice_counts_once() -> None:
    # Cut short, then whole: one lead.
    cut = " ".join(LEADS[0].split()[:12]) + "..."
    tail = [HEADLINES[0], NEWEST_FIRST[0], cut, LEADS[0]]
    tail += [HEADLINES[1], NEWEST_FIRST[1], LEADS[1]]
    assert run([*STORY, *tail]) == tail


def test_records_with_long_entries_are_the_page_s_own_posts() -> None:
    # Three paragraphs under each dated headline: a blog's own posts, not teasers' leads.
    page = [*STORY]
    for headline, date in zip(HEADLINES, NEWEST_FIRST, strict=True):
        page += [headline, date, *(f"{lead} Entry {headline}." for lead in LEADS)]
    assert run(page) == []


# --- what goes ------------------------------------------------------------------------------


def test_records_newest_first_after_the_story_go() -> None:
    tail = records(NEWEST_FIRST)
    assert run([*STORY, *tail]) == tail


def test_records_with_the_date_above_the_headline_go() -> None:
    # "25.04.2022 | Section" over the headline, then the lead (a trade journal's list).
    dates = ["25.04.2022 | Technik", "22.04.2022 |", "03.01.2022 | Boden"]
    tail = records(dates, headline_above=False)
    assert run([*STORY, *tail]) == tail


def test_records_go_through_the_cleaner_by_the_language_s_month_names() -> None:
    # German month names are read in a German document (a document cleaned as German).
    dates = ["Freitag, 12 Dezember 2025", "Montag, 3 November 2025"]
    assert cleaned([*STORY, *records(dates)], language="de") == STORY
    assert cleaned([*STORY, *records(NEWEST_FIRST)]) == STORY


def test_short_lines_between_records_go_with_them() -> None:
    credits = ["Photo Agency", "Expanded building area"]
    first, second = records(NEWEST_FIRST[:2])[:3], records(NEWEST_FIRST[:2])[3:]
    tail = [*first, *credits, *second]
    assert run([*STORY, *tail]) == tail


# --- properties -----------------------------------------------------------------------------


@given(distinct_paragraphs(min_size=2, max_size=6), st.booleans())
def test_records_oldest_first_never_go_and_the_story_never_goes(
    story: list[str], headline_above: bool
) -> None:
    removed = run([*story, *records(OLDEST_FIRST, headline_above)])
    assert removed == []
    removed = run([*story, *records(NEWEST_FIRST, headline_above)])
    assert not any(line in removed for line in story)


@given(distinct_paragraphs(min_size=1, max_size=5))
def test_an_article_alone_loses_nothing(story: list[str]) -> None:
    cleaner = Cleaner(Config())
    article = cleaner.clean("\n\n".join(story))
    assert not any(r.rule == NAME for r in article.removed)
    assert_idempotent(cleaner, article)
