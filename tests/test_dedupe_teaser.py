"""A page's description above the story: `dedupe.within.find_teaser_copies`.

Pages print their description (the first paragraph cut short, or its first sentence) between
the headline and the story; extracted text keeps it above the paragraph it repeats.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean import Cleaner, Config
from corpusclean.dedupe.within import (
    CUT_TITLE_MIN_WORDS,
    DUPLICATE_TEASER,
    DUPLICATE_TITLE,
    Duplicate,
    find_cut_title_copies,
    find_teaser_copies,
)
from strategies import distinct_paragraphs, sentences

TITLE = "Storm closes the coast road for a second day"
LEDE = (
    "Heavy rain closed the coast road on Tuesday for a second day. The council said it could "
    "stay shut until the weekend while engineers inspect the sea wall."
)
BODY = [
    LEDE,
    "Residents of the villages north of the harbour were told to use the inland route, which "
    "adds about forty minutes to the drive into town.",
    "Forecasters expect the rain to ease on Thursday.",
]
FIRST_SENTENCE = "Heavy rain closed the coast road on Tuesday for a second day."


def clean(lines: list[str]) -> tuple[str | None, tuple[str, ...]]:
    article = ARTICLE_MODE.clean("\n".join(lines))
    return article.title, article.paragraphs


def teasers(lines: list[str]) -> list[str]:
    article = ARTICLE_MODE.clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule == DUPLICATE_TEASER]


def test_the_first_paragraph_cut_short_above_it_goes() -> None:
    for ellipsis in ("...", "…", " ..."):
        teaser = (
            "Heavy rain closed the coast road on Tuesday for a second day. The council" + ellipsis
        )
        assert teasers([TITLE, teaser, *BODY]) == [teaser]
        assert clean([TITLE, teaser, *BODY]) == clean([TITLE, *BODY])


def test_the_first_sentence_above_the_paragraph_goes() -> None:
    assert teasers([TITLE, FIRST_SENTENCE, *BODY]) == [FIRST_SENTENCE]
    assert clean([TITLE, FIRST_SENTENCE, *BODY]) == clean([TITLE, *BODY])


def test_a_byline_between_the_description_and_the_story_stays_out_of_it() -> None:
    lines = [TITLE, FIRST_SENTENCE, "By Jane Roe", *BODY]
    assert teasers(lines) == [FIRST_SENTENCE]


def test_the_paragraph_the_description_repeats_stays_whole() -> None:
    _, kept = clean([TITLE, FIRST_SENTENCE, *BODY])
    assert kept[0] == LEDE


# What must stay.


def test_a_short_paragraph_opening_the_next_ones_words_stays() -> None:
    lines = [TITLE, "He said no.", "He said no to the plan, and the council agreed.", *BODY]
    assert not teasers(lines)


def test_a_heading_that_opens_the_paragraph_under_it_stays() -> None:
    # No sentence end, no ellipsis: a heading or a kicker, which the story may echo.
    heading = "Heavy rain closed the coast road on Tuesday"
    assert not teasers([TITLE, heading, *BODY])


def test_a_sentence_that_stops_inside_a_word_of_the_paragraph_stays() -> None:
    lines = [TITLE, "Heavy rain closed the coast road on Tuesday for a second day.", *BODY]
    other = "Heavy rain closed the coast road on Tuesday for a second day.Then it stopped."
    assert find_teaser_copies(blocks([TITLE, lines[1], other]), 0) == {}


def test_a_description_further_down_is_not_looked_for() -> None:
    filler = [f"Paragraph {n} of the story says something about the harbour." for n in range(6)]
    lines = [TITLE, *filler, FIRST_SENTENCE, *BODY]
    assert not teasers(lines)


# Properties.


@given(distinct_paragraphs(min_sentences=2, min_size=1, max_size=4), st.integers(0, 2))
def test_a_first_sentence_above_its_paragraph_cleans_like_the_paragraph_alone(
    body: list[str], cut: int
) -> None:
    first = sentences_of(body[0])[0]
    teaser = first if cut == 0 else body[0][: len(first) + cut * 5].rstrip(" .") + "..."
    shown = clean([TITLE, teaser, *body])
    alone = clean([TITLE, *body])
    if len(teaser.split()) >= 8:
        assert shown == alone
    else:  # too short to tell from a paragraph of its own: kept
        assert teaser in shown[1]


def sentences_of(paragraph: str) -> list[str]:
    """The drawn paragraph's sentences: `strategies.sentences` end in ". ", "? " or '." '."""
    parts, start = [], 0
    for index, char in enumerate(paragraph):
        if char == " " and paragraph[index - 1] in '.?\u201d"' and index + 1 < len(paragraph):
            parts.append(paragraph[start:index])
            start = index + 1
    parts.append(paragraph[start:])
    return parts


@given(st.lists(st.one_of(sentences(), st.sampled_from(["Share", "By Jane Roe"])), max_size=10))
def test_every_teaser_taken_is_the_start_of_a_block_below_it(texts: list[str]) -> None:
    found = find_teaser_copies(blocks(texts), None)
    for index, duplicate in found.items():
        start = texts[index].rstrip(".… ")
        assert duplicate.original > index
        assert texts[duplicate.original].startswith(start)
        assert len(texts[duplicate.original]) > len(start)


# --- the headline again, cut short with an ellipsis: `find_cut_title_copies` -----------------


def titles_removed(lines: list[str], cleaner: Cleaner = ARTICLE_MODE) -> list[str]:
    article = cleaner.clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule == DUPLICATE_TITLE]


def test_the_headline_cut_with_an_ellipsis_under_the_byline_goes() -> None:
    for cut in ("Storm closes the coast road…", "Storm closes the coast...", "STORM CLOSES THE…"):
        lines = [TITLE, "By Jane Roe", cut, *BODY]
        assert titles_removed(lines) == [cut], cut
        assert clean(lines)[1][-3:] == tuple(BODY), cut


def test_lines_that_open_like_the_headline_but_are_no_cut_copy_stay() -> None:
    cases = [
        # a quotation in the story, cut with an ellipsis inside its quotes
        "“Storm closes the coast…” the council wrote on Tuesday.",
        "“Storm closes the coast road…”",
        # two words: "Storm closes…" opens many lines (`CUT_TITLE_MIN_WORDS`)
        "Storm closes…",
        # cut inside a word, or going on past the headline
        "Storm closes the coa…",
        "Storm closes the coast road for a second day and a third…",
    ]
    for line in cases:
        lines = [TITLE, "By Jane Roe", line, *BODY]
        assert titles_removed(lines) == [], line
        assert line in clean(lines)[1], line
    # Far below the headline (past `TITLE_TAG_WINDOW`), a line of the story.
    far = [TITLE, *BODY, "Storm closes the coast road…"]
    assert "Storm closes the coast road…" in clean(far)[1]


def test_a_headline_that_ends_with_an_ellipsis_is_no_cut_copy_of_its_title_tag() -> None:
    # The title tag above reads as the title; the headline is its copy, not a cut one.
    headline = "Vape Wave, Six Days and the week's other new shows…"
    lines = [f"{headline.upper()} | Le Monde", headline, *BODY]
    assert headline not in titles_removed(lines)
    assert find_cut_title_copies(blocks(lines), title=0) == {}


def test_find_cut_title_copies_needs_the_documents_title() -> None:
    texts = ["Storm closes the coast road for a second day", "Storm closes the coast…"]
    assert find_cut_title_copies(blocks(texts), title=None) == {}
    assert find_cut_title_copies(blocks(texts), title=0) == {1: Duplicate(DUPLICATE_TITLE, 0)}


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=4),
    keep=st.integers(CUT_TITLE_MIN_WORDS, 8),
    ellipsis=st.sampled_from(["…", "...", " …"]),
)
def test_a_cut_headline_goes_and_the_story_stays_in_order(
    story: list[str], keep: int, ellipsis: str
) -> None:
    cut = " ".join(TITLE.split()[:keep]) + ellipsis
    lines = [TITLE, "By Jane Roe", cut, *story]
    cleaner = Cleaner(Config())
    article = cleaner.clean("\n".join(lines))
    assert cut not in article.paragraphs
    assert article.paragraphs[-len(story) :] == tuple(story)
    again = cleaner.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
