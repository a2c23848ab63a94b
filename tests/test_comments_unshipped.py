"""Comment threads in languages with no shipped rules (`benchmarks/comments_eval.py --shapes
G`): Swedish, Polish, Turkish, Czech. Their controls are words no word list knows; the row
they print under every comment is found by its shape (`detect.comments.controls._label_rows`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean

ARTICLE = [
    "Storms swept across the north of the country on Saturday, cutting power to thousands.",
    "Emergency services said they had received hundreds of calls since the early morning.",
    "The regional power company said crews were working to restore supply to 40,000 homes.",
    "Police closed the coastal road after a tree fell across both lanes near the harbour.",
    "Schools in the worst-hit districts will stay closed on Monday, the education office said.",
]
COMMENTS = [
    "Det här borde ha förutsetts för länge sedan, tycker jag.",
    "Tack för en bra artikel, äntligen någon som skriver om det.",
    "Jag håller inte med alls, det var inte så illa här hos oss.",
    "Hoppas att alla är oskadda och att strömmen kommer tillbaka snart.",
]
NAMES = ["Anna-Karin", "Lars Ö.", "kritisk_läsare", "Björn Johansson"]


def swedish_thread(count: int, controls: str = "Svara · Anmäl") -> list[str]:
    thread = []
    for index in range(count):
        thread += [NAMES[index], f"för {index + 2} timmar sedan", COMMENTS[index], controls]
        thread.append(f"Gilla ({index * 3})")
    return thread


def test_a_swedish_thread_goes_by_its_row_of_controls() -> None:
    # At the start of half G no Swedish word was known: the thread stayed whole. Now it goes
    # from the first comment's row of controls on.
    article = corpusclean.clean("\n".join([*ARTICLE, *swedish_thread(4)]))
    assert {r.rule for r in article.removed} == {"comment_thread"}
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)
    assert not set(COMMENTS[1:]) & set(article.paragraphs)


def test_the_first_swedish_comment_goes_too() -> None:
    # Half H: "Gilla (0)", a count under every row, is the comment above's end
    # (`_counter_tail`), so the comment's length is read from the rows' period less it, and
    # the first comment (name, age, text) goes with the rest. (An xfail until then.)
    article = corpusclean.clean("\n".join([*ARTICLE, *swedish_thread(4)]))
    assert article.paragraphs == tuple(ARTICLE)


DANISH = ["Mette F.", "Jens-Ole", "kritisk_læser", "Birgitte Å."]


def danish_thread(count: int) -> list[str]:
    """Ekstra Bladet's box (Danish, no rules): name, a stamp with a dot in its time, the
    comment, "Svar · Anmeld", "Synes godt om (N)"."""
    thread = []
    for index in range(count):
        stamp = f"{index + 3}. marts 2024 kl. 1{index}.05"
        thread += [DANISH[index], stamp, COMMENTS[index], "Svar · Anmeld"]
        thread.append(f"Synes godt om ({index * 5 + 1})")
    return thread


def test_a_danish_thread_goes_whole_by_its_rows_and_counts() -> None:
    # A language with no rules: the row of labels is a cue by its shape, and the count under
    # it ends each comment, so the first comment's name and stamp go too.
    article = corpusclean.clean("\n".join([*ARTICLE, *danish_thread(4)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_count_that_differs_in_words_is_no_tail() -> None:
    # The line under each row differs but for its digits (a reader's name right under the
    # controls): no tail, and the first comment's prose is read as before (it stays).
    thread = []
    for index in range(4):
        thread += [COMMENTS[index], "Svara · Anmäl", f"{NAMES[index]} {index + 2}"]
    article = corpusclean.clean("\n".join([*ARTICLE, *thread]))
    assert set(ARTICLE) <= set(article.paragraphs)


def mastodon_thread(count: int) -> list[str]:
    """Mastodon replies embedded under a post: display name, handle, date, text, icon counts."""
    thread = []
    for index in range(count):
        thread += [NAMES[index], f"@user{index}@mastodon.social", f"Mar {index + 2}, 2024"]
        thread += [COMMENTS[index], f"↩ {index} 🔁 {index + 2} ⭐ {3 * index + 1}"]
    return thread


def test_rows_of_icon_counts_are_a_threads_cues() -> None:
    # No word at all under the comments: the counts by icons, printed alike below the article
    # three times or more and never above it, are cues as a row of labels is.
    article = corpusclean.clean("\n".join([*ARTICLE, *mastodon_thread(4)]))
    assert {r.rule for r in article.removed} >= {"comment_thread"}
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)
    assert not set(COMMENTS[1:4]) & set(article.paragraphs)


def test_rows_of_icon_counts_the_article_prints_too_are_none() -> None:
    # A page printing the same row of counts under its own sections, above its end too: the
    # page's layout, no thread.
    lines = [ARTICLE[0], "👍 3 💬 1", ARTICLE[1], "👍 5 💬 2"]
    for paragraph in [*ARTICLE[2:], *COMMENTS]:
        lines += [paragraph, "👍 4 💬 0"]
    article = corpusclean.clean("\n".join(lines))
    assert "comment_thread" not in {r.rule for r in article.removed}


def test_a_figure_after_one_arrow_is_no_icon_row() -> None:
    # A market's move ("▲ 1.2") under each of a list's items is no thread's count row.
    from corpusclean.detect.comments.controls import _is_icon_row

    assert not _is_icon_row("▲ 1.2")
    assert not _is_icon_row("👍 12 Likes")
    assert _is_icon_row("↩ 2 🔁 3 ⭐ 12")


def test_a_row_of_labels_the_article_prints_too_is_no_thread() -> None:
    # A share row printed under the article's first paragraph and under later sections is
    # the page's: a row of the thread is printed below the article only.
    lines = [ARTICLE[0], "Dela · Tipsa", ARTICLE[1], ARTICLE[2]]
    for paragraph in [*ARTICLE[3:], *COMMENTS]:
        lines += [paragraph, "Dela · Tipsa"]
    article = corpusclean.clean("\n".join(lines))
    assert "comment_thread" not in {r.rule for r in article.removed}


def test_a_row_of_labels_printed_twice_is_no_thread() -> None:
    # Two comments make too few rows (LABEL_ROW_MIN_REPEATS): no evidence of a thread by
    # their shape alone, and nothing the article holds is taken.
    article = corpusclean.clean("\n".join([*ARTICLE, *swedish_thread(2)]))
    assert set(ARTICLE) <= set(article.paragraphs)


@given(
    st.sampled_from(["Svara · Anmäl", "Odpowiedz · Zgłoś", "Yanıtla · Şikayet et"]),
    st.integers(3, 4),
)
def test_threads_with_rows_of_unknown_controls_never_take_the_article(
    controls: str, count: int
) -> None:
    article = corpusclean.clean("\n".join([*ARTICLE, *swedish_thread(count, controls)]))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert not set(COMMENTS[1:count]) & set(article.paragraphs)
