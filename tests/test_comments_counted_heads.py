"""Counted heads in more shapes (`detect.comments.tail`): "Comentarios: 1" (a site builder's
label then count), "3 opmerkingen:" (Blogger's Dutch count) and "2 Antworten auf „Title“"
(WordPress's count over the post's title, in any words, with the comment form under it).
The shapes were read on the threads21 set's half A (`benchmarks/data/threads21.json`); the
negatives are articles that end in a counted list, an event programme, a match report, a
court schedule, a timeline, an obituary's survivors, an interview and a letters page.
"""

from __future__ import annotations

import textwrap

from hypothesis import example, given
from hypothesis import strategies as st

import corpusclean
from strategies import article_texts
from test_comments_tail import (
    INTERVIEW,
    LETTERS,
    assert_tail_takes_only_its_own_lines,
    cleaned,
    removed_by,
)
from test_comments_unshipped import ARTICLE

POEM = [
    "Snowdrops",
    "Hardly to be seen, the little heads.",
    "They push through the snow, the tiny bells.",
    "Cold nights cannot frighten them at all.",
    "They bloom and grow, they want to wake the spring.",
]

# ---------------------------------------------------------------- threads

THREADS = {
    # A site builder's label, then its count; a reader's name with the date in brackets.
    "label then count": [
        "Comentarios: 1",
        "• #1",
        "Jann (miércoles, 04 febrero 2015 10:12)",
        "Qué bonito, me encanta cómo lo cuentas.",
    ],
    # Blogger's head in Dutch, over its comments and the comment form.
    "count in words no list knows": [
        "3 opmerkingen:",
        "Wat een mooie foto's, echt genieten.",
        "Prachtig, hier bloeit nog niets.",
        "Dank je wel voor het delen!",
        "Een reactie posten",
    ],
}


def test_a_counted_head_in_any_words_takes_its_thread() -> None:
    for name, thread in THREADS.items():
        article = cleaned([*ARTICLE, *thread])
        assert article.paragraphs == tuple(ARTICLE), name


def test_a_head_over_the_post_s_title_takes_the_comments_under_a_poem() -> None:
    # The poem's short lines are no prose: the head names the post it follows instead.
    thread = [
        "2 Antworten auf „Snowdrops“",
        "1. Dear Karin,",
        "I just read that these little bells make heat of their own to melt the snow.",
        "All my love",
        "Manuela",
        "Schreibe einen Kommentar",
    ]
    assert cleaned([*POEM, *thread]).paragraphs == tuple(POEM)


# ---------------------------------------------------------------- negatives

TITLED = [
    "More green",
    *ARTICLE,
    "3 Gründe für „More green“",
    "Trees cool the streets by several degrees on the hottest days of the summer.",
    "Parks give the children of the district somewhere safe to play after school.",
    "Green roofs hold back the rain that would otherwise flood the cellars.",
]
ENDINGS = {
    # A list's heading in words no list knows, over its items: the article's.
    "counted list": [
        "3 Tipps:",
        "Keep a torch and spare batteries where you can find them in the dark.",
        "Charge your phone when a storm warning is issued.",
        "Check on elderly neighbours once the wind has dropped.",
    ],
    # An event programme: named and dated lines, and nothing else under the count.
    "event programme": [
        "3 Konzerte:",
        "Anna Berger, Friday 12 March, 20:00",
        "The Harbour Quartet, Saturday 13 March, 19:30",
        "Tom Novak, Sunday 14 March, 16:00",
    ],
    # A match report's goals with their times.
    "match report": ["2 goals:", "Müller 23:10", "Novak 67:45"],
    # A court schedule: a label and a count, over the hearings.
    "court schedule": [
        "Hearings: 2",
        "Room 2, 9:30",
        "The appeal of the harbour company against the fine for the oil spill.",
        "Room 4, 11:00",
        "The case of the two men charged over the break-in at the school.",
    ],
    # A timeline's dated steps.
    "timeline": [
        "4 dates:",
        "12 March 2019: the council approves the plan.",
        "3 June 2020: work on the new bridge begins.",
        "18 May 2022: the bridge opens to traffic.",
        "2 January 2023: the first repairs are needed.",
    ],
    # An obituary's survivors, a name and the years.
    "obituary": [
        "He is survived by 2 children:",
        "Maria Keller (1961)",
        "Thomas Keller (1964)",
    ],
}


def test_an_article_ending_in_a_counted_list_of_its_own_loses_nothing() -> None:
    for name, ending in ENDINGS.items():
        article = cleaned([*ARTICLE, *ending])
        assert removed_by(article, "comment_thread") == [], name


def test_a_heading_that_counts_and_quotes_the_title_stays_without_a_thread_under_it() -> None:
    assert removed_by(cleaned(TITLED), "comment_thread") == []


def test_a_counted_list_over_a_blog_s_empty_comment_form_stays() -> None:
    # The form follows every post, with comments or without: "3 Tipps:" is no head's words.
    article = cleaned([*ARTICLE, *ENDINGS["counted list"], "Leave a Reply"])
    assert removed_by(article, "comment_thread") == []
    assert article.paragraphs[-3:] == tuple(ENDINGS["counted list"][1:])


def test_a_hard_wrapped_article_ending_in_a_dated_programme_loses_nothing() -> None:
    # Wrapped at 72, the document reads as hard-wrapped, and the programme's two longer lines
    # pass for a wrapped line and its next: joined into one block holding two dates, next
    # to a line holding one, they were no list of dates alike, and the three went as a
    # thread's signed stamps (thorough28).
    paragraphs = [
        "The city's concert hall reopened on Saturday after two years of repairs to its roof "
        "and its organ, which had been damaged by a storm in the winter of 2022.",
        "The orchestra played to a full house, and the mayor thanked the builders, the donors "
        "and the staff who had kept the hall's programme going in a school gym.",
        "The hall's spring season opens next month with three evenings of chamber music, each "
        "with a short talk by the players before the concert.",
    ]
    body = "\n\n".join(textwrap.fill(paragraph, 72) for paragraph in paragraphs)
    programme = ENDINGS["event programme"]
    article = corpusclean.clean("\n\n".join([body, "\n".join(programme)]))
    assert removed_by(article, "comment_thread") == []
    assert " ".join(article.paragraphs).endswith(" ".join(programme))


def test_an_interview_and_a_letters_page_still_lose_nothing() -> None:
    for page in (INTERVIEW, LETTERS):
        assert removed_by(cleaned([*ARTICLE, *page]), "comment_thread") == []


# ---------------------------------------------------------------- properties


@given(text=article_texts(junk=False, damage=False), ending=st.sampled_from(list(ENDINGS.values())))
@example(  # thorough28: read as hard-wrapped, two of the programme's lines joined
    text="KUALA LUMPUR:\nGovernment the the the. Government the the the. Government the the the.\n"
    "Government the the the the the the the the minister minister.\nGovernment the the the.\n\n"
    "Government the the the the the minister minister.\nGovernment the the the.\n\n"
    "Government the the the.\n\nGovernment the the the.\n\nGovernment the the the.\n\n"
    "Government the the the the the minister minister.\nGovernment the the the.\n\n"
    "Government the the the.\n",
    ending=ENDINGS["event programme"],
)
def test_an_article_only_input_loses_nothing_to_the_thread_detector(
    text: str, ending: list[str]
) -> None:
    article = corpusclean.clean("\n".join([text, *ending]))
    assert removed_by(article, "comment_thread") == []


@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from(list(THREADS.values())),
)
def test_a_thread_after_any_article_takes_only_its_own_lines(text: str, thread: list[str]) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)
