"""A thread's tail with nothing that recurs (`detect.comments.tail`): a head that counts the
comments under it ("1 comment:" over one comment, Blogger's short threads in any language).
The shape was read on real pages of the threads20 set's half A (English and Spanish blogs);
the negatives are articles that end in a count, a list under a counted heading, quoted
readers, an interview and a letters page.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.tail import counted_head_start
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language
from corpusclean.model import Block, Verdict
from strategies import article_texts
from test_comments_unshipped import ARTICLE


def removed_by(article: corpusclean.Article, rule: str) -> list[str]:
    return [line for r in article.removed if r.rule == rule for line in r.text.split("\n")]


def cleaned(lines: list[str]) -> corpusclean.Article:
    return corpusclean.clean("\n".join(lines))


# ---------------------------------------------------------------- a head that counts

COUNTED = {
    "en": ["1 comment:", "I'm going to complain how hot it gets after this cold week! LOL"],
    "es": ["1 comentario:", "Me ha gustado mucho, gracias por compartirlo."],
    "nl": [
        "3 reacties:",
        "Wat een leuke jurk.",
        "prachtig idee en schitterend uitgevoerd",
        "Een echt leuk idee!",
    ],
    "de": ["2 Kommentare:", "Die sind ja schön geworden!", "Danke, das freut mich sehr."],
}


def test_a_counted_head_takes_the_comments_it_counts() -> None:
    for thread in COUNTED.values():
        article = cleaned([*ARTICLE, *thread])
        assert article.paragraphs == tuple(ARTICLE), thread
        assert removed_by(article, "comment_thread") or thread[0] in removed_by(
            article, "comment_section"
        )


def test_a_counted_head_takes_the_comment_form_under_its_comments() -> None:
    thread = [*COUNTED["es"], "Publicar un comentario"]
    assert cleaned([*ARTICLE, *thread]).paragraphs == tuple(ARTICLE)


def test_a_counter_under_the_byline_takes_nothing() -> None:
    # "12 comments:" with the whole story under it: no article above it.
    lines = [ARTICLE[0], "By Jane Doe", "12 comments:", *ARTICLE[1:]]
    assert removed_by(cleaned(lines), "comment_thread") == []


MORE = [
    "Engineers from three neighbouring regions arrived on Sunday to help the local crews.",
    "The weather service expects calmer conditions from Tuesday, with light rain at most.",
    "Insurers said claims for storm damage had already passed the total for last winter.",
    "A shelter at the sports hall stayed open overnight for families without heating.",
    "Bus services on the coastal route will run to a reduced timetable until Friday.",
    "The harbour master said no boats had been lost, though several moorings broke loose.",
    "Volunteers cleared fallen branches from the school grounds on Sunday afternoon.",
]


def test_a_counted_head_over_more_lines_than_its_count_allows_takes_nothing() -> None:
    # One comment is at most COMMENT_MAX_BLOCKS lines and the form two: seven lines of
    # story under "1 comment:" are the story's, however long the story above.
    lines = [*ARTICLE, *MORE, "1 comment:", *[line + " More." for line in MORE]]
    assert removed_by(cleaned(lines), "comment_thread") == []


def test_a_counted_head_with_more_words_under_it_than_above_takes_nothing() -> None:
    # Few enough lines for its count, but the longer part of the story under it.
    lines = [*ARTICLE[:2], "2 comments:", *ARTICLE[2:], *MORE[:2]]
    assert removed_by(cleaned(lines), "comment_thread") == []


def test_a_share_row_count_without_a_colon_takes_nothing() -> None:
    lines = [*ARTICLE[:3], "3 Kommentare", *ARTICLE[3:]]
    assert removed_by(cleaned(lines), "comment_thread") == []


def test_a_counted_list_heading_at_the_end_is_the_article_s() -> None:
    # "3 tips:" over three tips: a list's heading, not a thread head's words.
    tips = [
        "3 tips:",
        "Keep a torch and spare batteries where you can find them in the dark.",
        "Charge your phone when a storm warning is issued.",
        "Check on elderly neighbours once the wind has dropped.",
    ]
    article = cleaned([*ARTICLE, *tips])
    assert removed_by(article, "comment_thread") == []
    assert article.paragraphs[-3:] == tuple(tips[1:])


def test_quoted_readers_under_a_worded_count_stay() -> None:
    # An article quoting its readers: "Two comments stood out:" is a sentence, no count.
    quotes = [
        "Two comments stood out:",
        "\u201cWe lost power for three days and nobody called us,\u201d one reader wrote.",
        "\u201cThe crews worked through the night,\u201d wrote another.",
    ]
    article = cleaned([*ARTICLE, *quotes])
    assert removed_by(article, "comment_thread") == []


def test_counted_head_start_reads_the_kept_lines_under_the_head() -> None:
    footer = ["Newer Post", "Older Post", "Home", "Subscribe to: Post Comments (Atom)", "Blog"]
    lines = [*ARTICLE, "1 comment:", "Nice post!", "Post a Comment", *footer]
    blocks = [Block(text, n, n + 1) for n, text in enumerate(lines)]
    facts = Facts(load_language("en"))
    kept = [Verdict(keep=True)] * len(blocks)
    # Seven lines under a count of one: more than one comment and the form.
    assert counted_head_start(blocks, kept, facts) is None
    # The blog's footer removed by a rule: one comment and the form are left under it.
    gone = [Verdict(keep=False, rule="footer")] * len(footer)
    assert counted_head_start(blocks, [*kept[: -len(footer)], *gone], facts) == len(ARTICLE)


INTERVIEW = [
    "The mayor spoke to us about the storm and the weeks of repairs ahead.",
    "Question: How many homes are still without power tonight?",
    "Answer: About four thousand, mostly in the hill villages above the coast.",
    "Question: When will the coastal road open again?",
    "Answer: The engineers hope to reopen one lane by Friday morning.",
]
LETTERS = [
    "Letters to the editor",
    "Your report on the storm missed the work of the volunteers in our village.",
    "Jane Smith, Harbour Street",
    "The council should have cleared the drains before the winter, as we asked.",
    "Tom Brown, Mill Lane",
]


def test_an_interview_and_a_letters_page_lose_nothing() -> None:
    for page in (INTERVIEW, LETTERS):
        assert removed_by(cleaned(page), "comment_thread") == []


# ---------------------------------------------------------------- properties


@given(
    text=article_texts(junk=False, damage=False),
    thread=st.sampled_from(list(COUNTED.values())),
)
def test_a_tail_after_any_article_takes_only_its_own_lines(text: str, thread: list[str]) -> None:
    assert_tail_takes_only_its_own_lines(text, thread)


def assert_tail_takes_only_its_own_lines(text: str, thread: list[str]) -> None:
    """The detector takes lines of the tail only, never the article's; what is left keeps
    the input's order and is a fixed point."""
    article = corpusclean.clean("\n".join([text, *thread]))
    assert set(removed_by(article, "comment_thread")) <= set(thread)
    source = " ".join(" ".join([text, *thread]).split())
    at = 0
    for paragraph in article.paragraphs:
        found = source.find(" ".join(paragraph.split()), at)
        assert found >= at, paragraph
        at = found
    again = corpusclean.clean(article.render())
    assert removed_by(again, "comment_thread") == []
    assert again.paragraphs == article.paragraphs
