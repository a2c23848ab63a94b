"""Comment threads in shapes the detector was not first written for (issue #12 item 3).

Controls printed one a line ("Like" / "Reply" / "8w"), the reader's name on the line above
a signature ("old_reader" / "26 Mar 2019 23:35"), a widget's head over the first comment
("12 Comments", "Sort by Top"), and timestamps with a month name of another language than
the article's ("le 16 mars 2019 à 22h12"). Each must-go case has must-stay cases beside it:
the article's last line above a thread stays, even when it is short or dated.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.signatures import _is_dated_signature, _is_thread_head
from corpusclean.language import load_thread_words
from corpusclean.model import Block

ARTICLE = [
    "The city will bring forward the construction of the new bridge over the river by two "
    "years, the mayor said on Tuesday.",
    "The council approved the plans in the spring after a survey found damage to the old "
    "bridge, which carries 40,000 cars a day.",
    "The cost is put at about 80 million euros, most of which the state is expected to pay.",
    "Residents fear more traffic in residential streets during the works, a spokeswoman for "
    "the local initiative said.",
]
C1 = "This was long overdue and I am glad the council finally made up its mind."
C2 = "I cross that bridge every day and the potholes have been there for ten years now."
C3 = "Who is going to pay for the detour buses while the bridge is closed to traffic?"
C4 = "My grandfather helped build the old one, and it lasted more than a hundred years."
C5 = "The survey was published months ago, so nobody should be surprised by this decision."

THREADS = {
    "controls one a line": [
        "Maria K",
        C1,
        "Like",
        "Reply",
        "8w",
        "Tom",
        C2,
        "Like",
        "Reply",
        "14w",
        "Lukas",
        C3,
        "Like",
        "Reply",
        "2w",
    ],
    "name above a dated signature": [
        "old_reader",
        "4 Mar 2019 13:38",
        C1,
        "12",
        "Recommend",
        "Report",
        "Share",
        "Tom",
        "5 Mar 2019 09:12",
        C2,
        "3",
        "Recommend",
        "Report",
        "Share",
    ],
    "widget head": [
        "12 Comments",
        "Sort by Top",
        "Maria K",
        "3 days ago",
        C1,
        "Reply · Share ›",
        "Tom",
        "2 days ago",
        C2,
        "Reply · Share ›",
    ],
    "German head and ages": [
        "Kommentare lesen (123 Beiträge)",
        "#12 Jana",
        "vor 7 Stunden",
        C1,
        "Antworten",
        "Melden",
        "#40 Peter",
        "vor 5 Stunden",
        C2,
        "Antworten",
        "Melden",
    ],
    "French stamps under the name": [
        "Tom",
        "le 16 mars 2019 à 22h12",
        C1,
        "Répondre",
        "Signaler un abus",
        "Priya Shah",
        "le 17 mars 2019 à 08h35",
        C2,
        "Répondre",
        "Signaler un abus",
    ],
    "phpBB posts": [
        "Re: The new bridge",
        "by Maria K » Mon Jan 03, 2011 4:12 pm",
        C1,
        "Top",
        "Re: The new bridge",
        "by Tom » Mon Jan 03, 2011 6:40 pm",
        C2,
        "Top",
        "Re: The new bridge",
        "by Lukas » Tue Jan 04, 2011 9:02 am",
        C3,
        "Top",
    ],
    "comments of several paragraphs": [
        "Tom on March 25, 2019 at 7:18 pm",
        C1,
        C2,
        C3,
        C4,
        C5,
        "Reply",
        "Priya Shah on March 19, 2019 at 7:59 pm",
        "Well said.",
        "Reply",
        "Lukas on March 4, 2019 at 12:34 pm",
        "I doubt it will be finished on time.",
        "Reply",
    ],
    "Italian stamps on the name's line": [
        "Maria K 15 marzo 2019 alle 22:31",
        C1,
        "Rispondi",
        "Segnala",
        "Tom 16 marzo 2019 alle 10:10",
        C2,
        "Rispondi",
        "Segnala",
    ],
}


def clean(lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines))


# Known shapes whose first reader's name stays: none since half H. With controls printed one
# a line ("Like" / "Reply" / "8w") the name stayed until the age under the controls, alike
# but for its digits under every comment, was read as the comment's end
# (`comments.layout._counter_tail`), so the window above the first row starts at the name.
FIRST_NAME_STAYS: set[str] = set()


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param(s, marks=pytest.mark.xfail(strict=True, reason="first name stays"))
        if s in FIRST_NAME_STAYS
        else s
        for s in sorted(THREADS)
    ],
)
def test_the_whole_thread_goes_and_the_article_stays(shape: str) -> None:
    article = clean([*ARTICLE, *THREADS[shape]])
    assert article.paragraphs == tuple(ARTICLE)
    # A head a rule knows ("12 Comments") takes the thread as a comment section first.
    assert {"comment_thread", "comment_section"} & {r.rule for r in article.removed}


@pytest.mark.parametrize(
    "last",
    [
        "— Jane Doe (@janedoe) November 18, 2019",  # a tweet's attribution, dated
        "October 10 – Houston, TX @ The Pavilion",  # the last date of a tour list
        "Reporting by John Smith",
    ],
)
@pytest.mark.parametrize("shape", sorted(THREADS))
def test_the_article_s_last_line_above_a_thread_stays(shape: str, last: str) -> None:
    article = clean([*ARTICLE, last, *THREADS[shape]])
    thread_removed = {r.text for r in article.removed if r.rule == "comment_thread"}
    assert last not in thread_removed
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)


def test_a_dated_thread_does_not_reach_up_over_dated_article_lines() -> None:
    tour = ["June 24 – Bristow, VA @ Jiffy Lube Live", "June 26 – Allentown, PA @ PPL Center"]
    thread = [
        "Tom on March 4, 2019 at 1:38 pm",
        C1,
        C2,
        "Reply",
        "Priya Shah on March 5, 2019 at 2:40 pm",
        C3,
        "Reply",
    ]
    article = clean([*ARTICLE, *tour, *thread])
    assert article.paragraphs == (*ARTICLE, *tour)


@pytest.mark.parametrize(
    "content",
    [
        # A live blog: clock times and short entries, no controls, newest first.
        ["14:05", "The minister arrives at the bridge.", "13:40", "Police close the road."],
        # An interview: a name and a colon is not a signature.
        ["Mayor:", "We will start in May.", "Reporter:", "Why now?", "Mayor:", "The survey."],
        # A widget word inside a sentence is not a head.
        ["Comments from residents at the meeting were mostly positive, the mayor said."],
        # A live blog: entries dated with day and clock, no controls, newest first.
        [
            "March 5, 2019 at 14:05",
            "The minister arrives at the bridge.",
            "March 5, 2019 at 13:40",
            "Police close the road to traffic.",
            "March 5, 2019 at 12:10",
            "The first buses take the detour.",
        ],
        # A ranking with "Top" lines between its entries.
        ["Top", "The old bridge, built in 1898.", "Top", "The ferry, closed in 1950."],
        # A numbered list inside the article.
        ["1. Close the old bridge", "2. Build the new one", "3. Reopen the road"],
    ],
)
def test_article_content_shaped_like_a_thread_stays(content: list[str]) -> None:
    article = clean([*ARTICLE, *content])
    # Other rules may take a date line or a "Top" link; the thread detector takes nothing.
    assert "comment_thread" not in {r.rule for r in article.removed}
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("12 Comments", True),
        ("Sort by: best", True),
        ("Add a comment...", True),
        ("Show 25 replies", True),
        ("Leserkommentare", True),
        ("12件のコメント", True),
        ("Comments from residents were mostly positive, the mayor said", False),
        ("Photo: AP", False),
    ],
)
def test_thread_heads(line: str, head: bool) -> None:
    words = load_thread_words("en")
    assert _is_thread_head(Block(line, 0, 1), words) is head


@pytest.mark.parametrize(
    ("line", "dated"),
    [
        ("le 16 mars 2019 à 22h12", True),
        ("Maria K 15 marzo 2019 alle 22:31", True),
        ("4. November 2019 um 13:38 Uhr", True),
        ("16 mars", False),  # a bare date in another language is not read as one
        ("Mars 2019 at 10:00", False),
    ],
)
def test_timestamps_with_a_month_of_any_language_and_a_year(line: str, dated: bool) -> None:
    assert _is_dated_signature(Block(line, 0, 1), load_thread_words("en")) is dated


@given(st.lists(st.sampled_from(sorted(THREADS)), min_size=1, max_size=2), st.permutations(ARTICLE))
def test_the_article_above_any_thread_is_kept_whole(shapes: list[str], lines: list[str]) -> None:
    thread = [line for shape in shapes for line in THREADS[shape]]
    article = clean([*lines, *thread])
    kept = article.paragraphs
    assert kept[: len(lines)] == tuple(lines)
    again = clean([article.render()])
    assert again.paragraphs == kept


# An article that prints a control after each of its sections: "Share" under each item of a
# listicle, "Back to top" after each section of a long read, "Like" under a live blog's
# entries. With no signature lines, such controls are the page's layout, not a thread's.
SECTION_CONTROLS = ["Share", "Back to top", "Top", "Like", "Reply", "Report", "Quote"]


@pytest.mark.parametrize("control", SECTION_CONTROLS)
@pytest.mark.parametrize("headed", [False, True])
def test_a_control_after_each_section_of_the_article_takes_nothing(
    control: str, headed: bool
) -> None:
    sections = [ARTICLE[:2], ARTICLE[2:], [C1, C2], [C3, C4]]
    lines = []
    for number, section in enumerate(sections, 1):
        lines += [f"Part {number}: the bridge"] if headed else []
        lines += [*section, control]
    article = corpusclean.clean("\n".join(lines))
    assert "comment_thread" not in {r.rule for r in article.removed}
    assert {*ARTICLE, C1, C2, C3, C4} <= set(article.paragraphs)


def test_a_thread_whose_controls_the_article_prints_once_still_goes() -> None:
    # "Share" under the headline is the page's; the thread's own controls are "Reply".
    thread = ["Maria K", C1, "Reply", "jdoe_77", C2, "Reply", "Tom", C3, "Reply"]
    article = corpusclean.clean("\n".join(["Share", *ARTICLE, *thread]))
    assert "comment_thread" in {r.rule for r in article.removed}
    assert article.paragraphs == tuple(ARTICLE)


# The controls a page prints beside its own sections (`shared_controls` in the language's
# word lists): never a thread's cues alone, wherever the article prints the first one.
SHARED_CONTROLS = ["Share", "Back to top", "Top", "Like", "3 Likes", "Permalink", "Teilen"]


@given(
    st.lists(st.sampled_from([*ARTICLE, C1, C2, C3, C4, C5]), min_size=4, max_size=10, unique=True),
    st.sampled_from(SHARED_CONTROLS),
    st.integers(1, 4),
)
def test_controls_the_article_prints_throughout_never_take_its_sections(
    paragraphs: list[str], control: str, every: int
) -> None:
    lines: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        if index % every == every - 1:
            lines.append(control)
    article = corpusclean.clean("\n".join(lines))
    assert "comment_thread" not in {r.rule for r in article.removed}
