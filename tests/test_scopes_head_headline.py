"""A related label's one headline with its date at a page's head (`detect.scopes`).

`_is_headline_at_head` reads the story's paragraph under the date (`_story_under_headline`).

A site prints its section's label over the story ("Latest News" / the headline / its date / the
story): a related-list trigger there took the headline, and the date with it. One headline and
its date over a paragraph that names the headline is the page's own story; a list of other
stories prints several headlines, and a headline the paragraph does not name is another
story's teaser: both still go. The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from detector_runs import kept_and_removed

# Per language: the section's label, the headline, its date, the story's two paragraphs.
PAGES = {
    "en": [
        "Latest News",
        "Library extends opening hours during the holidays",
        "(December 2, 2025)",
        "The town library will extend its opening hours during the school holidays, the library "
        "committee said on Tuesday, after a survey of its readers.",
        "Volunteers from the friends of the library will staff the extra evening sessions, and "
        "the reading room will stay open until eight.",
    ],
    "de": [
        "Weitere Nachrichten",
        "Bücherei verlängert die Öffnungszeiten in den Ferien",
        "02.12.2025",
        "Die Gemeindebücherei verlängert in den Schulferien ihre Öffnungszeiten, teilte der "
        "Förderverein am Dienstag nach einer Umfrage unter den Lesern mit.",
        "Ehrenamtliche des Fördervereins betreuen die zusätzlichen Abendstunden, der Lesesaal "
        "bleibt bis acht Uhr geöffnet.",
    ],
}
# Other stories' headlines and dates, printed as a list under the same label.
OTHER_STORIES = {
    "en": ["Harbour wall repairs start in spring", "(November 28, 2025)"],
    "de": ["Hafenmauer wird im Frühjahr saniert", "28.11.2025"],
}


@pytest.mark.parametrize("language", sorted(PAGES))
def test_the_story_s_headline_under_its_date_stays(language: str) -> None:
    page = PAGES[language]
    kept, removed = kept_and_removed(page, language)
    assert page[1] in kept
    assert page[0] in removed
    assert page[3:] == [line for line in kept if line in page[3:]]


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_list_of_headlines_with_dates_still_goes(language: str) -> None:
    # Two headlines, each with its date, under the label: a list of stories, as before.
    page = PAGES[language]
    lines = [page[0], page[1], page[2], *OTHER_STORIES[language], *page[3:]]
    kept, _removed = kept_and_removed(lines, language)
    assert page[1] not in kept


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_headline_the_story_does_not_name_still_goes(language: str) -> None:
    # Another story's headline and date over this story's paragraph: a teaser, as before.
    page = PAGES[language]
    lines = [page[0], *OTHER_STORIES[language], *page[3:]]
    kept, _removed = kept_and_removed(lines, language)
    assert OTHER_STORIES[language][0] not in kept
    assert page[3:] == [line for line in kept if line in page[3:]]
