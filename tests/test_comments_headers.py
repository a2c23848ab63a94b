"""A comment's header printed alike above every signature (`comments._header_above`).

Forums and some comment systems print lines above each comment's signature: a subject
("Re: ... (Score:3)"), a user block ("Tom" / "Newbie" / "Posts: 332"), a numbered name
("12. Tom") after the previous comment's controls. The first comment's header goes with the
thread when every later comment prints it alike; the article's last short lines stay.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from test_comments_blind import ARTICLE, C1, C2, C3
from thread_helpers import assert_thread_goes_whole, clean, taken_above, thread_of

# The article and comment texts of the blind-shape tests.
BODIES = [C1, C2, C3]
READERS = ["Maria K", "jdoe_77", "Lukas"]


def smf(number: int, name: str, body: str) -> list[str]:
    return [
        name,
        "Newbie",
        f"Posts: {40 + number * 7}",
        "Re: The new bridge",
        f"« Reply #{number} on: March {10 + number}, 2019, 01:3{number}:12 PM »",
        body,
        "Logged",
    ]


def slashdot(number: int, name: str, body: str) -> list[str]:
    return [
        f"Re:The new bridge (Score:{number + 1})",
        f"by {name} ( 12345{number} ) on Monday March {10 + number}, 2019 @01:3{number}PM",
        body,
        "Parent",
        "Share",
    ]


def numbered(number: int, name: str, body: str) -> list[str]:
    return [f"{number + 1}. {name}", f"{4 + number} March 2019 at 1:3{number} pm", body, "Reply ↓"]


SHAPES = {"user block": smf, "subject line": slashdot, "numbered name": numbered}


def thread(shape: str) -> list[str]:
    return thread_of(SHAPES[shape], READERS, BODIES)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_first_comment_s_header_goes_with_the_thread(shape: str) -> None:
    assert_thread_goes_whole(ARTICLE, thread(shape))


@pytest.mark.parametrize(
    "last",
    ["Reporting by John Smith", "Editing by Tom", "Newbie", "Photo: AP", "More to come"],
)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_article_s_short_last_line_above_a_header_stays(shape: str, last: str) -> None:
    article = clean([*ARTICLE, last, *thread(shape)])
    # By place: a header line of the thread may print the same text ("Newbie").
    assert not taken_above(article, len(ARTICLE) + 1)
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)


def test_one_line_over_every_later_post_is_no_header() -> None:
    # A forum that prints "Reply With Quote" under each post, so above the next one's stamp:
    # the article's last short line above the first stamp is not a name.
    posts = []
    for n, (reader, body) in enumerate(zip(READERS, BODIES, strict=True)):
        posts += [f"01-1{n}-2011, 01:5{n} PM", reader, body, "Reply With Quote"]
    article = clean([*ARTICLE, "Editing by Tom", *posts])
    assert "Editing by Tom" in article.paragraphs


@given(
    st.sampled_from(sorted(SHAPES)),
    st.permutations(ARTICLE),
    st.sampled_from(["", "Editing by Tom", "Newbie", "Posts: 12", "Re: The new bridge"]),
)
def test_the_article_above_a_headed_thread_is_kept_whole(
    shape: str, lines: list[str], last: str
) -> None:
    above = [*lines, last] if last else list(lines)
    article = clean([*above, *thread(shape)])
    assert not taken_above(article, len(above))
    assert article.paragraphs[: len(lines)] == tuple(lines)
