"""The comment-thread detector: threads without a heading go; datelines, live blogs and
interviews stay."""

from __future__ import annotations

from hypothesis import example, given

import corpusclean
from corpusclean import Config
from strategies import article_texts

ARTICLE = [
    "Apple is expected to refresh its smaller laptop next year with slimmer bezels, analysts said.",
    "The company redesigned its larger model last month, adding a new keyboard and battery.",
    "Suppliers in Taiwan have begun preparing parts for the new machine, people familiar said.",
    "Apple did not respond to a request for comment on the report, first published on Monday.",
]
WORDPRESS = [
    "Alexander Petrov wrote on March 11th, 2015 at 02:57:",
    "how do you abort a fetch?",
    "Reply",
    "Nikhil Marathe",
    "wrote on March 11th, 2015 at 08:00:",
    "At this point there is no way to do so.",
    "Reply",
]
RATED = [
    "Woyzeck",
    "2 days ago at 07:52 am",
    "It's good to see Apple improving its products.",
    "Rating: 36 Votes",
    "Nick A",
    "2 days ago at 07:47 am",
    "I think we'll see similar updates to what the 16 inch received.",
    "Rating: 25 Votes",
]


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [removal.text for removal in article.removed if removal.rule == rule]


def test_a_thread_without_a_heading_goes_with_its_signatures_and_controls() -> None:
    for thread in (WORDPRESS, RATED):
        article = corpusclean.clean("\n".join([*ARTICLE, *thread]))
        assert article.paragraphs == tuple(ARTICLE)
        # What a rule does not take (a "Reply" button is a comment_widget, a signature with a
        # year and a clock time a timestamp_line) the detector does.
        taken = [
            *removed_by(article, "comment_thread"),
            *removed_by(article, "comment_widget"),
            *removed_by(article, "timestamp_line"),
        ]
        assert sorted(taken) == sorted(thread)
        assert removed_by(article, "comment_thread")


def test_a_thread_of_anonymous_readers_goes_without_dates_or_controls() -> None:
    # Drupal and Blogger sign a reader without an account "Anonymous": the name recurs to
    # the end, between comments, with no date, age or "Reply" (the ACLU's blog, Readability).
    thread = [
        "Anonymous",
        "One valuable reform would be to mandate that anyone who searches your data tells you.",
        "Lars",
        "Couldn't I just block it in my own filter?",
        "Anonymous (not verified)",
        "Privacy Badger is also a good plugin to mention.",
        "Anonymous said...",
        "Great article.",
    ]
    article = corpusclean.clean("\n".join([*ARTICLE, *thread]))
    assert article.paragraphs == tuple(ARTICLE)
    assert removed_by(article, "comment_thread") == thread


def test_an_anonymous_first_reader_does_not_take_the_articles_last_lines() -> None:
    # "Anonymous" heads its comment, where a signature is: the comment starts there. Read
    # as a control row closing the comment above, it took the article's short last lines
    # (a call for more photos, a contact number) as that comment's start, as far up as
    # the distance between the thread's cues.
    body = "The costs will double before it is done, as they always do with such plans."
    facebook = ["Anonymous", body, "Like · Reply · 6y", "Tom", body, "Like · Reply · 2y"]
    facebook += ["Lukas", body, "Like · Reply · 1y"]
    wordpress = ["Anonymous says:", "March 18, 2019 at 4:25 pm", body, "Reply"]
    wordpress += ["Maria K says:", "March 11, 2019 at 9:15 pm", body, "Reply"]
    for ending, thread in (
        (["See more photos:"], facebook),
        (["Inquiry", "02-751-1500"], wordpress),
    ):
        article = corpusclean.clean("\n".join([*ARTICLE, *ending, *thread]))
        assert article.paragraphs == (*ARTICLE, *ending)
        assert thread[0] in removed_by(article, "comment_thread")


FACEBOOK = [
    "Maria K",
    "The costs will double before it is done, as they always do with such plans.",
    "Like · Reply · 6y",
    "Tom",
    "Nobody asked the people who live next to the site about the noise at night.",
    "Like · Reply · 2y",
    "jdoe_77",
    "I think this is a great idea for the whole town and the people who live in it.",
    "Like · Reply · 1y",
]


def test_a_thread_laid_out_alike_goes_from_its_first_name() -> None:
    # Name, comment, controls, three times: the first comment's prose is its own, as the
    # next comments' is, so the thread starts at the first name, not at the first controls.
    article = corpusclean.clean("\n".join([*ARTICLE, *FACEBOOK]))
    assert article.paragraphs == tuple(ARTICLE)
    assert removed_by(article, "comment_thread")[:2] == FACEBOOK[:2]


def test_a_thread_laid_out_otherwise_keeps_the_prose_above_its_first_controls() -> None:
    # The article ends on a lead-in and a paragraph, or a short line and a paragraph, and the
    # first controls follow: with two comments after them, or a first line shaped like no
    # name, the prose above the first controls may be the article's own, and stays.
    last = "Residents can read the full plan at the town hall until the end of the month."
    for ending, thread in (
        (["See more photos:", last], FACEBOOK[2:]),
        (["Sources", last], FACEBOOK[2:6]),
    ):
        article = corpusclean.clean("\n".join([*ARTICLE, *ending, *thread]))
        assert article.paragraphs[: len(ARTICLE) + 2] == (*ARTICLE, *ending), ending


def test_anonymous_credits_in_an_article_stay() -> None:
    # A credit under a quoted verse, a sub-heading, an attribution after a dash: one each,
    # and never a run of anonymous names to the end.
    lines = [
        *ARTICLE[:2],
        "Anonymous sources",
        "Two people who asked not to be named because the talks are private confirmed it.",
        "Roses are red, the bezels are thin, the keyboard is new, let the sales begin.",
        "Anonymous",
        *ARTICLE[2:],
        "Necessity is the mother of invention, as the old proverb puts it for engineers.",
        "— Anonymous",
    ]
    article = corpusclean.clean("\n".join(lines))
    assert article.paragraphs == tuple(lines)


def test_a_dateline_above_the_article_is_not_a_thread() -> None:
    text = "\n".join(["October 9, 2018 at 4:02 pm", *ARTICLE, "Reply"])
    article = corpusclean.clean(text)
    assert removed_by(article, "comment_thread") == []
    assert article.paragraphs == tuple(ARTICLE)


def test_a_live_blog_with_clock_times_is_not_a_thread() -> None:
    entries = []
    for time, line in zip(("12:45", "13:02", "13:30"), ARTICLE[1:], strict=True):
        entries += [time, line]
    article = corpusclean.clean("\n".join([*ARTICLE[:2], *entries]))
    assert removed_by(article, "comment_thread") == []


def test_an_interview_is_not_a_thread() -> None:
    interview = [
        "Q: When did you start the company?",
        "Jane Doe: In 2015, after leaving my job at the bank.",
        "Q: What comes next?",
        "Jane Doe: A bigger office, and more engineers.",
    ]
    article = corpusclean.clean("\n".join([*ARTICLE, *interview]))
    assert article.paragraphs == (*ARTICLE, *interview)


def test_an_article_quoting_its_readers_is_not_a_thread() -> None:
    quoting = [
        "Makali wrote:",
        "Whenever a programmer thinks skins are a cool idea, the speakers should scream.",
        "Various people wrote:",
        "You shouldn't even bother compiling the interface into the player!",
        "Someone else wrote:",
        "Have you considered changing distributions?",
    ]
    article = corpusclean.clean("\n".join([*ARTICLE, *quoting]))
    assert article.paragraphs == (*ARTICLE, *quoting)


def test_a_timeline_of_ages_is_not_a_thread() -> None:
    # "N years ago:" heads a timeline entry; a comment's age never leads into a colon.
    timeline = [
        "50 years ago: The first bridge opens",
        "25 years ago: Traffic doubles",
        "10 years ago: The first cracks appear",
        "2 years ago: The report is out",
    ]
    article = corpusclean.clean("\n".join([*ARTICLE, *timeline]))
    assert article.paragraphs == (*ARTICLE, *timeline)


def test_a_bare_singular_comment_header_takes_nothing_after_it() -> None:
    # A state table's "Comment" column (a tech blog in the Readability dev set): the notes
    # and the article after it are not a comment section.
    table = ["Status", "|", "Comment", "new", "|", "Created when first scheduled", "|"]
    after = [
        "The store consumer polls for tasks that are ready and enqueues them in turn.",
        "Achieving guarantees",
        "At-least-once execution is guaranteed by retrying a task until it completes.",
    ]
    article = corpusclean.clean("\n".join([*ARTICLE, *table, *after]))
    assert {r.rule for r in article.removed} <= {"separator_line", "comment_widget"}
    assert article.paragraphs[-3:] == tuple(after)


def test_a_thread_longer_than_its_article_is_left_alone() -> None:
    long_thread = WORDPRESS + [f"{line} again and again" for line in ARTICLE] + ["Reply"]
    article = corpusclean.clean("\n".join([ARTICLE[0], ARTICLE[1], *long_thread]))
    assert removed_by(article, "comment_thread") == []


def test_the_detector_can_be_switched_off() -> None:
    text = "\n".join([*ARTICLE, *RATED])
    article = corpusclean.clean(text, config=Config(disabled_rules={"comment_thread"}))
    assert removed_by(article, "comment_thread") == []


@given(text=article_texts(junk=False, damage=False))
def test_article_only_text_loses_nothing_to_the_detector(text: str) -> None:
    assert removed_by(corpusclean.clean(text), "comment_thread") == []


# A thread whose controls are gone (a full page's classifier drops "Reply" with the rest of
# the page's furniture), signed with whole timestamps, oldest first (Copyblogger, GiveWell):
# the reader's name over a bare stamp, or on the stamp's line.
DATED = [
    "Vatsala Shukla",
    "August 22, 2018 at 5:57 am",
    "When I started out, making my website live was the scary level, Pamela.",
    "I feel we all have our different comfort zones, and mapping them helps a lot.",
    "Bo Wilson on August 22, 2018 at 7:19 am said:",
    "Yes! We all have our own comfort continuum, don't we? It gets simpler over time.",
]


def test_a_thread_signed_with_whole_timestamps_goes_without_controls() -> None:
    article = corpusclean.clean("\n".join([*ARTICLE, *DATED]))
    # Known: the first reader's name stays (it may be the article's last line; see
    # test_comments_blind.FIRST_NAME_STAYS).
    assert article.paragraphs == (*ARTICLE, DATED[0])
    assert removed_by(article, "comment_thread")


def test_bare_stamps_with_no_name_over_them_are_no_thread() -> None:
    # The same thread without its first reader's name: one stamp names nobody, so the
    # stamps may be a live blog's (tests/test_comments_entries.py), and they stay.
    article = corpusclean.clean("\n".join([*ARTICLE, *DATED[1:]]))
    assert removed_by(article, "comment_thread") == []


def test_a_list_of_teasers_newest_first_is_not_a_thread() -> None:
    # "More in Minnesota Wild": each teaser under its stamp, newest first, as a live blog
    # prints its entries; a thread prints its comments oldest first.
    teasers = [
        "November 19, 2019 at 5:10 pm",
        "About three years ago, a 17-year-old prospect started working out with his coach.",
        "November 18, 2019 at 2:01 pm",
        "Maybe the team has found its own squad to fix the problems of its defence.",
    ]
    article = corpusclean.clean("\n".join([*ARTICLE, *teasers]))
    assert removed_by(article, "comment_thread") == []


def test_a_live_blog_with_dates_and_times_is_not_a_thread() -> None:
    entries = []
    for stamp, line in zip(
        ("4 November 2019, 13:30", "4 November 2019, 13:02", "4 November 2019, 12:45"),
        ARTICLE[1:],
        strict=True,
    ):
        entries += [stamp, line]
    article = corpusclean.clean("\n".join([*ARTICLE[:2], *entries]))
    assert removed_by(article, "comment_thread") == []


def test_a_single_dated_signature_is_not_a_thread() -> None:
    lines = [*ARTICLE, "Updated November 4, 2019 at 1:38 pm", "Editing by Jane Doe"]
    article = corpusclean.clean("\n".join(lines))
    assert removed_by(article, "comment_thread") == []


@given(text=article_texts(junk=False, damage=False))
# Drawn under the thorough profile (seed 27): a label printed again below its headline, kept
# for its copy on the first clean and removed as `section_label` on the second.
@example(
    text="Government Government\nGovernment Government Government Government\n"
    "Government the the the. Government the the the. Government the the the.\n"
    "Government Government\n"
)
def test_a_dated_thread_after_any_article_takes_only_thread_lines(text: str) -> None:
    article = corpusclean.clean("\n".join([text, *DATED]))
    # The detector takes lines of the thread only, never the article's; what it leaves is
    # a fixed point, in the input's order.
    assert set(removed_by(article, "comment_thread")) <= set(DATED)
    again = corpusclean.clean(article.render())
    assert removed_by(again, "comment_thread") == []
    assert again.paragraphs == article.paragraphs
