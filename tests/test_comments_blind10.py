"""Half J's fix half (`benchmarks/comments_eval.py --shapes J`): a comment whose signature is
printed under its text and its reader's name over it (taz: "Sabine M." / text /
"12.03.2024, 14:05" / "Antworten"), a count over one label printed one a line under each
comment in words no list knows ("12 Thích" / "Trả lời" / "3 giờ trước"), and a forum's user
block over posts of one to three paragraphs (XenForo: name, rank, "Mar 9, 2024", "#91"). Each
test that states a fix fails on the code before it; each has a twin that must keep the
article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.controls import _is_count_and_label, _is_number_first_count
from corpusclean.model import Block
from test_comments_unshipped import ARTICLE

NAMEN = ["Sabine M.", "Hans-Peter Müller", "kritischer_Leser", "Jürgen"]
KOMMENTARE = [
    "Das hätte man schon vor Jahren vorhersehen können, finde ich.",
    "Danke für den Artikel, endlich schreibt mal jemand darüber.",
    "Da bin ich ganz anderer Meinung, so schlimm war es bei uns nicht.",
    "Ich hoffe, alle sind wohlauf und der Strom kommt bald zurück.",
]


def taz_thread(count: int, names: list[str] = NAMEN) -> list[str]:
    """taz: name, text, the stamp under it, "Antworten"."""
    thread = []
    for index in range(count):
        stamp = f"1{index}.03.2024, 1{index}:0{index}"
        thread += [names[index], KOMMENTARE[index], stamp, "Antworten"]
    return thread


def test_a_name_over_a_comment_signed_under_it_goes() -> None:
    # Before: the thread went from the first stamp on; the first reader's name and text,
    # above it, stayed.
    article = corpusclean.clean("\n".join([*ARTICLE, *taz_thread(4)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_comment_signed_under_it_with_a_short_text_goes() -> None:
    # A comment's text as short as "Sehr gut." is no prose, but no name either.
    lines = [*ARTICLE, *taz_thread(3)]
    lines[len(ARTICLE) + 1] = "Sehr gut."
    article = corpusclean.clean("\n".join(lines))
    assert article.paragraphs == tuple(ARTICLE)


def test_the_line_over_the_first_text_stays_when_later_comments_print_no_name() -> None:
    # Stamps under texts, but no name over the later comments: the short line over the
    # first text ("Contact") may be the article's, and stays.
    thread = []
    for index in range(4):
        thread += [KOMMENTARE[index], f"1{index}.03.2024, 1{index}:0{index}", "Antworten"]
    article = corpusclean.clean("\n".join([*ARTICLE, "Contact", *thread]))
    assert article.paragraphs[: len(ARTICLE) + 1] == (*ARTICLE, "Contact")


def test_one_line_over_every_text_is_the_layouts_not_a_name() -> None:
    # "Leserbrief" over every comment is the page's label: no reader's name is proven, so
    # the first comment's start stays at its stamp (the article above is never reached).
    thread = taz_thread(4, ["Leserbrief"] * 4)
    blocks = [Block(t, i, i + 1) for i, t in enumerate([*ARTICLE, *thread])]
    article = corpusclean.clean("\n".join(block.text for block in blocks))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert article.paragraphs[len(ARTICLE)] == "Leserbrief"


def test_a_name_like_line_inside_comments_proves_no_name_over_them() -> None:
    # "Nachtrag" between a comment's two paragraphs is shaped like a name, but a comment's
    # text stands between it and the signature before: no layout of names is proven, and
    # the first comment's lines over its stamp stay (precision first).
    thread = []
    for index, aside in enumerate(["Nachtrag", "Ergänzung", "Und noch"]):
        stamp = f"1{index}.03.2024, 1{index}:0{index}"
        thread += [KOMMENTARE[index], aside, KOMMENTARE[index + 1], stamp, "Antworten"]
    article = corpusclean.clean("\n".join([*ARTICLE, *thread]))
    assert article.paragraphs[: len(ARTICLE) + 2] == (*ARTICLE, KOMMENTARE[0], "Nachtrag")


def test_the_first_name_above_the_first_possible_start_stays() -> None:
    # A short article under a long thread: the first possible start lies below the first
    # reader's name, which is left with the article (precision first).
    article = corpusclean.clean("\n".join([*ARTICLE[:2], *taz_thread(4)]))
    assert article.paragraphs[:3] == (*ARTICLE[:2], NAMEN[0])


def test_letters_with_names_over_them_and_dates_under_them_stay() -> None:
    # An exchange of letters quoted in an article: a name, the letter, its date under it,
    # no controls: no thread.
    letters = []
    for index in range(3):
        letters += [NAMEN[index], KOMMENTARE[index], f"1{index}. März 2024"]
    lines = [*ARTICLE[:3], *letters, *ARTICLE[3:]]
    article = corpusclean.clean("\n".join(lines))
    assert set(lines) - set(article.paragraphs) <= {f"1{i}. März 2024" for i in range(3)}
    assert set(ARTICLE) | set(KOMMENTARE[:3]) <= set(article.paragraphs)


TEN = ["Nguyễn Văn An", "Trần Thị Bình", "docgia_hn", "Minh"]
Y_KIEN = [
    "Lẽ ra phải dự báo được điều này từ lâu rồi, theo tôi nghĩ vậy.",
    "Cảm ơn bài viết, cuối cùng cũng có người viết về chuyện này.",
    "Tôi hoàn toàn không đồng ý, ở chỗ chúng tôi không tệ đến thế.",
    "Mong mọi người đều an toàn và điện sẽ sớm có lại trở lại.",
]


def vietnamese_thread(count: int) -> list[str]:
    """VnExpress-like (no rules): name, text, "12 Thích", "Trả lời", the age last."""
    thread = []
    for index in range(count):
        age = f"{index + 2} giờ trước" if index % 2 else f"{index + 5} phút trước"
        thread += [TEN[index], Y_KIEN[index], f"{index * 7} Thích", "Trả lời", age]
    return thread


def test_a_thread_goes_by_its_count_over_a_label() -> None:
    # Before: no line of it was a cue, and the thread stayed whole.
    article = corpusclean.clean("\n".join([*ARTICLE, *vietnamese_thread(4)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_count_over_label_shapes() -> None:
    assert _is_count_and_label(Block("12 Thích", 0, 1), Block("Trả lời", 1, 2))
    assert not _is_count_and_label(Block("Thích 12", 0, 1), Block("Trả lời", 1, 2))
    assert not _is_count_and_label(Block("12 Thích", 0, 1), Block("Trả lời ngay bây giờ", 1, 2))
    assert _is_number_first_count(Block("3 giờ trước", 0, 1))
    assert not _is_number_first_count(Block("Minh", 0, 1))


def test_counts_over_labels_the_article_prints_too_are_none() -> None:
    # A results table printed between paragraphs ("12 points" / "Rebounds") above the
    # article's end and below it: the article's own rows, no thread's.
    rows = ["12 points", "Rebounds"]
    text = [ARTICLE[0], *rows, ARTICLE[1], *rows, ARTICLE[2], *rows, ARTICLE[3], *rows]
    article = corpusclean.clean("\n".join([*text, ARTICLE[4], *rows]))
    assert set(ARTICLE) <= set(article.paragraphs)


@given(
    count=st.integers(min_value=2, max_value=4),
    shape=st.sampled_from(["taz", "vi"]),
    last=st.sampled_from(["Contact", "Photos (12)", "Read more:", "All the latest news.", ""]),
)
def test_threads_signed_under_or_counted_never_take_the_article(
    count: int, shape: str, last: str
) -> None:
    lines = [*ARTICLE, last] if last else list(ARTICLE)
    thread = taz_thread(count) if shape == "taz" else vietnamese_thread(count)
    article = corpusclean.clean("\n".join([*lines, *thread]))
    kept = article.paragraphs
    # The article above the thread stays, in its order.
    assert kept[: len(ARTICLE)] == tuple(ARTICLE)
    # And the article alone loses nothing to the thread detector, once or twice cleaned.
    alone = corpusclean.clean("\n".join(lines))
    assert not [r for r in alone.removed if r.rule == "comment_thread"]
    assert corpusclean.clean("\n".join(alone.paragraphs)).paragraphs == alone.paragraphs


RANKS = ["Member", "Well-known member", "Seniorius Lurkius", "Ars Scholae Palatinae"]
POSTS = [
    "The outage hit our street too, and the crews were out there until late.",
    "I called the hotline three times and never got through to anyone at all.",
    "Good to see the schools closing early; the roads were a mess this morning.",
    "Power came back around midnight here, thanks to everyone who worked on it.",
    "The harbour road floods every winter and nobody seems to do anything about it.",
]
HANDLES = ["Gwen", "truthseeker99", "D. Patel", "Mike Thompson", "Sarah W"]


# The forum's posts are long: the article over them is too, so that the first possible start
# of a thread (a share of the words above it) is above the first post.
LONG_ARTICLE = [
    *ARTICLE,
    "Forecasters expect the wind to ease by Sunday evening, with rain moving east overnight.",
    "The coastguard asked boat owners to check their moorings before the next high tide.",
    "Insurers said claims for fallen trees and damaged roofs were already coming in fast.",
    "The council has opened two halls as warm shelters for families still without power.",
]


def forum_thread(paragraphs: list[int]) -> list[str]:
    """XenForo under an article: name, rank, date, post number, paragraphs, "Upvote N"."""
    thread = []
    for index, count in enumerate(paragraphs):
        block = [HANDLES[index], RANKS[index % 4], f"Mar {index + 3}, 2024", f"#{index * 7 + 2}"]
        text = [POSTS[(index + k) % len(POSTS)] for k in range(count)]
        thread += [*block, *text, f"Upvote {index * 3}"]
    return thread


def test_a_forum_user_block_over_posts_of_any_length_goes() -> None:
    # Before: the posts' lengths differ, so the stamps stood at no one distance above the
    # cues, and the first post's user block and text stayed.
    article = corpusclean.clean("\n".join([*LONG_ARTICLE, *forum_thread([1, 2, 1, 3])]))
    assert article.paragraphs == tuple(LONG_ARTICLE)


def test_user_blocks_at_no_one_distance_keep_the_article() -> None:
    # A rank line over some posts only: the stamps stand at no one distance under the rows
    # before, so the first post's block is not read as a header; the article stays.
    thread = forum_thread([2, 1, 3, 2])
    del thread[thread.index("Well-known member")]
    article = corpusclean.clean("\n".join([*LONG_ARTICLE, "Contact", *thread]))
    assert article.paragraphs[: len(LONG_ARTICLE) + 1] == (*LONG_ARTICLE, "Contact")


@given(
    paragraphs=st.lists(st.integers(min_value=1, max_value=3), min_size=3, max_size=5),
    last=st.sampled_from(["Contact", "Member", "Read more:", "All the latest news.", ""]),
)
def test_forum_threads_never_take_the_article(paragraphs: list[int], last: str) -> None:
    lines = [*LONG_ARTICLE, last] if last else list(LONG_ARTICLE)
    article = corpusclean.clean("\n".join([*lines, *forum_thread(paragraphs)]))
    assert article.paragraphs[: len(LONG_ARTICLE)] == tuple(LONG_ARTICLE)
    thread = [r for r in article.removed if r.rule == "comment_thread"]
    assert all(r.start >= len(lines) for r in thread)
