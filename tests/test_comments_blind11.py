"""Half K's fix half (`benchmarks/comments_eval.py --shapes K`) and half J's held-out misses,
read after half K was measured (so in sample now): a federated board whose readers are
handles ("Sarah_W@lemmy.world" over "3 hours ago"), a comment's controls printed one a line
in words no list knows as two labels over the votes ("Ответить" / "Пожаловаться" / "+12
−3"), and a row under a comment's text that is no prose ("Egyetértek." over "Válasz" /
"Tetszik (3)"). Each test that states a fix fails on the code before it; each has a twin
that must keep the article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect import comments
from corpusclean.detect.comments.controls import _is_labels_and_count, _under_text
from corpusclean.detect.comments.signatures import _is_address
from corpusclean.model import Block
from test_comments_unshipped import ARTICLE
from thread_helpers import assert_article_stays_above

HANDLES = [
    "Sarah_W@lemmy.world",
    "Gwen@sh.itjust.works",
    "truthseeker99@lemmy.world",
    "Mike_T@lemmy.ml",
]
POSTS = [
    "The outage hit our street too, and the crews were out there until late at night.",
    "I called the hotline three times and never got through to anyone at all, sadly.",
    "Good to see the schools closing early; the roads were a mess this morning here.",
    "Power came back around midnight here, thanks to everyone who worked on it all day.",
]


def lemmy_thread(count: int) -> list[str]:
    """A Lemmy board: the reader's handle, the age, text, the votes, "reply"."""
    thread = []
    for index in range(count):
        age = f"{index + 2} hours ago"
        thread += [HANDLES[index], age, POSTS[index], f"↑ {index * 9 + 3} ↓ {index}", "reply"]
    return thread


def test_a_thread_of_readers_handles_goes() -> None:
    # Before: a handle holds "lemmy.world", read as a web address, so no name stood over the
    # ages, and the ages were read as a live page's own stamps: the thread stayed.
    article = corpusclean.clean("\n".join([*ARTICLE, *lemmy_thread(3)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_handles_and_addresses() -> None:
    assert not _is_address("Sarah_W@lemmy.world")
    assert not _is_address("@gwen@mastodon.social")
    assert _is_address("www.example.com")
    assert _is_address("example.org/news")
    # An author's e-mail has a dot in its user part: still an address, no reader's name.
    assert _is_address("jane.doe@example.com")
    assert _is_address("Sarah W@lemmy.world")


def test_posts_quoted_by_an_article_with_handles_stay() -> None:
    # An article that quotes readers' posts (handle, post, date), with no controls: no thread.
    quoted = []
    for index in range(3):
        quoted += [HANDLES[index], POSTS[index], f"March {index + 4}, 2024"]
    lines = [*ARTICLE[:3], *quoted, *ARTICLE[3:]]
    article = corpusclean.clean("\n".join(lines))
    assert set(ARTICLE) | set(POSTS[:3]) <= set(article.paragraphs)
    assert not [r for r in article.removed if r.rule == "comment_thread"]


IMENA = ["Андрей К.", "Наталья Смирнова", "chitatel_77", "Сергей"]
MNENIYA = [
    "Это нужно было предвидеть ещё много лет назад, как мне кажется.",
    "Спасибо за статью, наконец-то кто-то пишет об этом подробно.",
    "Я совершенно не согласен, у нас всё было совсем не так плохо.",
    "Надеюсь, все живы и здоровы, и свет скоро снова дадут всем.",
]


def russian_thread(count: int) -> list[str]:
    """A Russian box (no rules): name, age, text, "Ответить", "Пожаловаться", votes."""
    thread = []
    for index in range(count):
        age = f"{index + 5} минут назад"
        votes = f"+{index * 4} −{index}"
        thread += [IMENA[index], age, MNENIYA[index], "Ответить", "Пожаловаться", votes]
    return thread


def test_a_thread_goes_by_two_labels_over_its_votes() -> None:
    # Before: neither label was over a count, so no line of it was a cue: it stayed whole.
    article = corpusclean.clean("\n".join([*ARTICLE, *russian_thread(4)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_row_right_under_the_article_takes_no_article_line() -> None:
    # The first row stands right under the article's last paragraph, with no name or age
    # over it: the lines over it are the article's, not a first comment laid out as the
    # later ones ("Андрей К." / age / text), and stay.
    row = ["Ответить", "Пожаловаться", "+1 −0"]
    article = corpusclean.clean("\n".join([*ARTICLE, *row, *russian_thread(4)]))
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)
    thread = [r for r in article.removed if r.rule == "comment_thread"]
    assert thread and all(r.start >= len(ARTICLE) for r in thread)


def test_labels_and_count_shapes() -> None:
    def blocks(*lines: str) -> list[Block]:
        return [Block(text, i, i + 1) for i, text in enumerate(lines)]

    assert _is_labels_and_count(blocks("Ответить", "Пожаловаться", "+12 −3"))
    assert _is_labels_and_count(blocks("Svar", "Rapporter", "12 liker"))
    assert _is_labels_and_count(blocks("Reply", "Report", "+4 | -1"))
    # A bare figure, one signed figure, a sentence: no votes, no label.
    assert not _is_labels_and_count(blocks("Chapter", "Verse", "12"))
    assert not _is_labels_and_count(blocks("Chapter", "Verse", "+12"))
    assert not _is_labels_and_count(blocks("Ответить", "Это нужно было.", "+12 −3"))


def test_labels_over_votes_the_article_prints_too_are_none() -> None:
    # A table's rows printed between paragraphs above the article's end and below it
    # ("Home" / "Away" / "+3 −1"): the article's own rows, no thread's.
    rows = ["Home", "Away", "+3 −1"]
    text = [ARTICLE[0], *rows, ARTICLE[1], *rows, ARTICLE[2], *rows, ARTICLE[3], *rows]
    article = corpusclean.clean("\n".join([*text, ARTICLE[4], *rows]))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert not [r for r in article.removed if r.rule == "comment_thread"]


NEVEK = ["Kovács Péter", "Nagy Anna", "olvaso_42", "Gábor"]
SHORT = ["Egyetértek.", "Pontosan így van!", "Köszönöm a cikket.", "Szerintem is."]


def hungarian_thread(count: int, texts: list[str] = SHORT) -> list[str]:
    """A Hungarian box (no rules): name, age, a short text, "Válasz", "Tetszik (N)"."""
    thread = []
    for index in range(count):
        age = f"{index + 2} órája"
        thread += [NEVEK[index], age, texts[index], "Válasz", f"Tetszik ({index * 3})"]
    return thread


def test_a_row_under_a_short_text_goes() -> None:
    # Before: the row counted only under prose; "Egyetértek." is too short for prose, and
    # such a row marked the row as the article's.
    article = corpusclean.clean("\n".join([*ARTICLE, *hungarian_thread(4)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_row_under_a_name_is_no_row() -> None:
    # The line over the label is shaped like a name ("Gábor" over "Válasz" / "Tetszik
    # (3)"): a reader's name over an age-like pair, not a comment's text.
    lines = [*ARTICLE, "Gábor", "Válasz", "Tetszik (3)"]
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    facts = comments.Facts(corpusclean.language.load_language("en"), blocks)
    assert not _under_text(blocks, len(ARTICLE) + 1, facts)
    lines[len(ARTICLE)] = "Egyetértek."
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    facts = comments.Facts(corpusclean.language.load_language("en"), blocks)
    assert _under_text(blocks, len(ARTICLE) + 1, facts)


@given(
    count=st.integers(min_value=2, max_value=4),
    shape=st.sampled_from(["lemmy", "ru", "hu"]),
    last=st.sampled_from(["Contact", "Photos (12)", "Read more:", "All the latest news.", ""]),
)
def test_these_threads_never_take_the_article(count: int, shape: str, last: str) -> None:
    lines = [*ARTICLE, last] if last else list(ARTICLE)
    make = {"lemmy": lemmy_thread, "ru": russian_thread, "hu": hungarian_thread}[shape]
    assert_article_stays_above(lines, make(count), story=ARTICLE)
