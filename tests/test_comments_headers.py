"""A comment's header printed alike above every signature (`comments.layout._header_above`).

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


# Added with half F (`benchmarks/comments_eval.py --shapes F`, its fix half): sort tabs by the
# readers' votes over the first comment ("Best rated", "Worst rated") are a widget's head, and
# a row of controls printed again with its count on the other side ("Recommend 1600", "1234
# Recommend") is the thread's control row, not a head printed once (`_control_key`).
def rated_comment(number: int, name: str, body: str) -> list[str]:
    return [
        f"{name}, London, United Kingdom, {number + 1} hours ago",
        body,
        "Reply",
        "Click to rate",
    ]


def recommended(number: int, name: str, body: str) -> list[str]:
    votes = 100 * number + 7
    recommend = f"Recommend {votes}" if number == 0 else f"{votes} Recommend"
    return [name, "Brooklyn, NY", f"March {number + 3}", body, recommend, "Reply"]


def test_sort_tabs_by_votes_go_with_the_thread() -> None:
    head = ["Newest", "Oldest", "Best rated", "Worst rated"]
    assert_thread_goes_whole(ARTICLE, [*head, *thread_of(rated_comment, READERS, BODIES)])


def test_a_sub_heading_like_a_sort_tab_inside_the_article_stays() -> None:
    # The same words in the article's own text, not right above a thread, stay.
    article = [*ARTICLE[:2], "Best rated", *ARTICLE[2:]]
    cleaned = clean(article)
    assert cleaned.paragraphs == tuple(article)


def test_a_control_row_with_its_count_on_either_side_is_no_widget_head() -> None:
    thread = thread_of(recommended, ["Maria K", "jdoe_77", "Lukas", "Tom"], [C1, C2, C3, C1])
    # The first comment goes too: its "Recommend 7" is read as a control row, so the thread
    # starts at its reader's name, not under its text.
    assert_thread_goes_whole(ARTICLE, thread)


@given(
    st.lists(
        st.sampled_from(["Best rated", "Worst rated", "Top rated", "Most liked"]),
        min_size=1,
        max_size=4,
    )
)
def test_sort_tabs_without_a_thread_take_nothing(tabs: list[str]) -> None:
    cleaned = clean([*ARTICLE, *tabs])
    assert "comment_thread" not in {r.rule for r in cleaned.removed}
    assert set(ARTICLE) <= set(cleaned.paragraphs)


ARTIGO = [
    "A prefeitura anunciou nesta segunda-feira um novo plano para as linhas de ônibus da cidade.",
    "Segundo o secretário de transportes, as mudanças começam a valer no início do próximo mês.",
    "Os moradores dos bairros da zona norte reclamam há anos da falta de horários à noite.",
    "O plano prevê vinte novas linhas e a renovação de metade da frota até o fim do ano.",
]

COMENTARIOS = [
    "Finalmente uma boa notícia para quem mora longe do centro e depende do ônibus.",
    "Quero ver se vão cumprir os horários, porque a promessa é antiga demais.",
    "Na minha rua o ônibus passa lotado desde as cinco da manhã, todos os dias.",
    "Meio ano para renovar a frota parece pouco tempo, mas vamos torcer.",
]


def jetpack(number: int, name: str, body: str) -> list[str]:
    likes = ["Liked by 2 people"] if number % 2 else []
    return [name, f"March {number + 3}, 2024 at 2:0{number} pm", body, "Like", *likes, "Reply"]


@pytest.mark.parametrize("head", ["8 responses to “Thoughts”", "12 thoughts on “Ônibus”"])
def test_a_wordpress_head_goes_with_the_thread_under_any_article(head: str) -> None:
    # Half H's WordPress.com / Jetpack shape under a Portuguese article: the theme's head over
    # the first comment, in English whatever the article's language, goes with the thread.
    thread = thread_of(jetpack, ["Maria K", "jdoe_77", "Lukas", "Tom"], COMENTARIOS)
    assert_thread_goes_whole(ARTIGO, [head, *thread])


def test_responses_in_the_article_s_own_sentence_stay() -> None:
    # The words in a sentence of the article, or a heading with more than a short title after
    # them, are no widget's head.
    article = [*ARTIGO[:2], "Responses to the plan from the city's four districts", *ARTIGO[2:]]
    cleaned = clean(article)
    assert cleaned.paragraphs == tuple(article)
