"""A thread whose controls the extraction glued to the next comment
(`detect.comments.glued`): "RispondiEliminaMandi", "ReplyDelete", "AntwortenErika". The shape
was read on the threads21 set's half A (an Italian Blogger photo post); the negatives are
product names, a sentence about a button, an interview, a letters page and articles whose
glued word stands in the middle.
"""

from __future__ import annotations

from hypothesis import given
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

THREADS = {
    "one comment, its controls glued to nothing": [
        "Grazie per questa ventata di primavera!",
        "RispondiElimina",
    ],
    "controls glued to the next comment's first word": [
        "What a lovely walk, thank you for taking us along.",
        "ReplyDeleteThe violets are out here too, a week early.",
        "ReplyDelete",
    ],
    # WordPress.com's like button under a comment, its label printed twice (general39, nl).
    "a shared control glued to itself": [
        "A vegetable patch we don't have, but the flower garden is doing fine this summer.",
        "LikeLike",
    ],
    "a control glued to the next reader's name": [
        "Max Mustermann",
        "Danke für den schönen Bericht, das Glashaus sieht wunderbar aus.",
        "AntwortenErika Muster",
        "Da wäre ich auch gern dabei gewesen!",
    ],
}


def test_glued_controls_take_the_thread_from_the_comment_they_close() -> None:
    for name, thread in THREADS.items():
        article = cleaned([*ARTICLE, *thread])
        assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE), name
        assert removed_by(article, "comment_thread"), name
        assert thread[-1] not in article.paragraphs, name


def test_the_first_comment_of_one_line_goes_with_its_glued_controls() -> None:
    article = cleaned([*ARTICLE, *THREADS["one comment, its controls glued to nothing"]])
    assert article.paragraphs == tuple(ARTICLE)


ENDINGS = {
    # A product whose name starts with a page control: "Share" is the page's own.
    "product name": [
        "ShareThis and similar plugins add the buttons under each post.",
        "The council's site will drop them at the end of the month.",
    ],
    # A product whose name starts with a thread control, glued to a sentence: no name.
    "library name": [
        "ReportLab is a library for drawing the council's PDF forms.",
        "The forms will be online from Monday, the council said.",
    ],
    # A control's name inside a sentence, not at a line's start.
    "sentence": ["Staff were told to stop using the ReplyAll button for the storm updates."],
    # The post's own like row (WordPress.com): a shared control, not glued to itself.
    "like row": ["Share this:", "Like this:", "LikeLoading..."],
    # A shared control glued to a word: a product or a name, not a comment's button.
    "shared control glued": ["LikeMinds is the name of the new youth club on Harbour Street."],
    # A control word with a space after it: a reply to someone, not glued.
    "reply to": ["Reply to Jane Smith, Harbour Street", "The drains were cleared last week."],
}


def test_articles_with_control_words_lose_nothing() -> None:
    for name, ending in ENDINGS.items():
        article = cleaned([*ARTICLE, *ending])
        assert removed_by(article, "comment_thread") == [], name


def test_a_glued_control_before_most_of_the_article_takes_nothing() -> None:
    # Above it, less than ARTICLE_MIN_WORD_SHARE of the words: the article is not above.
    lines = [ARTICLE[0], "Thanks!", "ReplyDelete", *ARTICLE[1:], *ARTICLE]
    assert removed_by(cleaned(lines), "comment_thread") == []


def test_an_interview_and_a_letters_page_lose_nothing() -> None:
    for page in (INTERVIEW, LETTERS):
        assert removed_by(cleaned([*ARTICLE, *page]), "comment_thread") == []


@given(text=article_texts(junk=False, damage=False), ending=st.sampled_from(list(ENDINGS.values())))
def test_an_article_only_input_loses_nothing(text: str, ending: list[str]) -> None:
    article = corpusclean.clean("\n".join([text, *ending]))
    assert removed_by(article, "comment_thread") == []


@given(text=article_texts(junk=False, damage=False), thread=st.sampled_from(list(THREADS.values())))
def test_a_glued_thread_after_any_article_takes_only_its_own_lines(
    text: str, thread: list[str]
) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)


# A photo post of a few lines under the software's count, its readers' comments several
# times its words (general39's Finnish Blogger thread, written anew): below
# ARTICLE_MIN_WORD_SHARE, so the glue alone does not read it; the head a rule removed does.
SHORT_POST = [
    "Tomaatit kypsyvät",
    "Kasvihuoneessa on ensimmäiset punaiset tomaatit, vaikka kesä alkoi kylmänä ja sateisena "
    "ja taimet olivat pitkään pieniä. Rikkaruohoja on enemmän kuin koskaan, mutta sato on "
    "hyvä.",
    "Hurraa!",
]
LONG_COMMENTS = [
    "1. Onnea! Meillä tomaatit ovat vielä ihan vihreitä, mutta kukkia on paljon ja toivon "
    "että elokuussa saadaan ensimmäiset kypsät hedelmät pöytään asti.",
    "VastaaPoista",
    "Vastaukset",
    "1. Kiitos! Kyllä ne sieltä tulevat, kun vain lämpöä riittää vielä muutaman viikon ajan.",
    "Poista",
    "2. Ihana postaus! Mikä lajike on kyseessä, ja kasvatatko ne siemenistä itse vai ostatko "
    "taimet kaupasta joka kevät uudestaan?",
    "VastaaPoista",
    "Vastaukset",
    "2. Kiitos! Lajike on kirsikkatomaatti, ja kasvatin taimet itse siemenistä maaliskuussa "
    "ikkunalaudalla, kuten joka vuosi. Ensi vuonna kokeilen myös isompia tomaatteja.",
    "Poista",
]


def test_glued_controls_under_a_removed_head_over_a_short_post_go() -> None:
    lines = [*SHORT_POST, "3 kommenttia:", *LONG_COMMENTS]
    for language in ("fi", "auto"):
        article = corpusclean.Cleaner(corpusclean.Config(language=language)).clean("\n".join(lines))
        assert article.paragraphs == tuple(SHORT_POST[1:]), language
        assert set(removed_by(article, "comment_thread")) == set(LONG_COMMENTS), language


def test_glued_controls_over_a_short_post_with_no_head_take_nothing() -> None:
    # The same lines with no head: the glue alone, under a fifth of the words above it.
    for language in ("fi", "auto"):
        article = corpusclean.Cleaner(corpusclean.Config(language=language)).clean(
            "\n".join([*SHORT_POST, *LONG_COMMENTS])
        )
        assert removed_by(article, "comment_thread") == [], language
