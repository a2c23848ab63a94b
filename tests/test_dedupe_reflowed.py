"""The article printed again with other breaks: `dedupe.within.find_reflowed_copy`.

Another extraction of the same page pasted under the first one joins its paragraphs, wraps
them at a fixed width or sets each sentence on a line: no block equals a block of the first
printing, so only the words, in order, show the copy.
"""

from __future__ import annotations

import re
import textwrap

from hypothesis import assume, given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean import Cleaner, Config
from corpusclean.dedupe.within import DUPLICATE_REFLOWED, find_reflowed_copy
from strategies import distinct_paragraphs, paragraphs

TITLE = "Storm closes the coast road for a second day"
BODY = [
    "Heavy rain closed the coast road on Tuesday for a second day. The council said it could "
    "stay shut until the weekend while engineers inspect the sea wall.",
    "Residents of the villages north of the harbour were told to use the inland route, which "
    "adds about forty minutes to the drive into town.",
    "The school bus will run on the inland route too, the council said, and pupils who miss "
    "lessons because of the closure will not be marked absent.",
    "Forecasters expect the rain to ease on Thursday.",
]
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def joined(body: list[str]) -> list[str]:
    return [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]


def hard_wrapped(body: list[str], width: int = 72) -> list[str]:
    return [line for paragraph in body for line in textwrap.wrap(paragraph, width)]


def by_sentence(body: list[str]) -> list[str]:
    return [s for paragraph in body for s in SENTENCE_END.split(paragraph) if s]


def clean(lines: list[str], cleaner: Cleaner = ARTICLE_MODE) -> tuple[str | None, tuple[str, ...]]:
    article = cleaner.clean("\n".join(lines))
    return article.title, article.paragraphs


def reflowed_removals(lines: list[str], cleaner: Cleaner = ARTICLE_MODE) -> list[str]:
    article = cleaner.clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule == DUPLICATE_REFLOWED]


def test_body_again_with_its_paragraphs_joined_goes() -> None:
    copy = joined(BODY)
    assert clean([TITLE, *BODY, *copy]) == clean([TITLE, *BODY])
    assert reflowed_removals([TITLE, *BODY, *copy]) == copy


def test_body_again_hard_wrapped_after_junk_goes() -> None:
    copy = hard_wrapped(BODY)
    assert clean([TITLE, *BODY, "Advertisement", *copy]) == clean([TITLE, *BODY])
    assert reflowed_removals([TITLE, *BODY, "Advertisement", *copy]) == copy


def test_body_again_a_sentence_a_line_goes() -> None:
    copy = by_sentence(BODY)
    assert clean([TITLE, *BODY, *copy]) == clean([TITLE, *BODY])


def test_a_dateline_joined_to_the_first_paragraph_in_the_copy_goes() -> None:
    body = ["BAAR, SWITZERLAND", *BODY]
    copy = [f"{body[0]} {body[1]}", *joined(body[2:])]
    assert clean([TITLE, *body, *copy]) == clean([TITLE, *body])


def test_the_copy_leaves_out_a_short_block_of_the_first_printing() -> None:
    body = [BODY[0], "Photo: Jane Roe", *BODY[1:]]
    copy = joined(BODY)
    assert clean([TITLE, *body, *copy]) == clean([TITLE, *body])


def test_sub_headings_printed_again_in_the_copy_stay_in_the_article() -> None:
    # Two copies of a sub-heading would be a label printed twice (`repeated_label`), which
    # took the article's own sub-heading too; the copy goes first.
    body = [BODY[0], "What The Council Said", *BODY[1:3], "Road Repairs Ahead", BODY[3]]
    copy = hard_wrapped(body)
    title, kept = clean([TITLE, *body, "Advertisement", *copy])
    assert "What The Council Said" in kept
    assert "Road Repairs Ahead" in kept
    assert (title, kept) == clean([TITLE, *body])


def test_cleaning_the_output_again_removes_nothing() -> None:
    article = ARTICLE_MODE.clean("\n".join([TITLE, *BODY, *joined(BODY)]))
    again = ARTICLE_MODE.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)
    assert not again.removed


def test_the_removal_names_where_the_copy_was_first_printed() -> None:
    article = ARTICLE_MODE.clean("\n".join([TITLE, *BODY, *joined(BODY)]))
    first = next(r for r in article.removed if r.rule == DUPLICATE_REFLOWED)
    assert first.reason == "repeats the article from input line 2 with other breaks"


# What must stay.


def test_a_pull_quote_repeating_the_first_sentence_stays() -> None:
    quote = SENTENCE_END.split(BODY[0])[0]
    lines = [TITLE, *BODY[:2], quote, *BODY[2:]]
    assert clean(lines)[1] == (*BODY[:2], quote, *BODY[2:])
    assert not reflowed_removals(lines)


def test_a_closing_paragraph_restating_the_opening_and_going_on_stays() -> None:
    closing = (
        "Heavy rain closed the coast road on Tuesday for a second day, and by the evening "
        "the first cars were already queueing at the inland junction."
    )
    lines = [TITLE, *BODY, closing]
    assert clean(lines)[1] == (*BODY, closing)


def test_a_copy_of_the_first_paragraph_alone_is_no_body_pasted_again() -> None:
    # One paragraph printed again, wrapped, is a pull quote or a summary's start as often
    # as a paste: a copy holds two whole paragraphs at least.
    lines = [TITLE, *BODY, *hard_wrapped(BODY[:1], 60)]
    assert not reflowed_removals(lines)


def test_a_paragraph_printed_three_times_is_recurring_content() -> None:
    texts = [TITLE, BODY[0], BODY[1], BODY[0], BODY[0], f"{BODY[0]} {BODY[1]}"]
    assert find_reflowed_copy(blocks(texts), 0, 12) == {}


def test_page_text_is_left_to_the_page_classifier() -> None:
    # On a page, the first long line may be a teaser the page classifier drops, and a
    # later printing the only one: no copy is taken before the page is read.
    page = Cleaner(Config(mode="page"))
    assert not reflowed_removals([TITLE, *BODY, *joined(BODY)], page)


def test_the_pass_follows_dedupe_blocks() -> None:
    off = Cleaner(Config(mode="article", dedupe_blocks=False))
    assert not reflowed_removals([TITLE, *BODY, *joined(BODY)], off)


# Properties.

# Each paragraph opens on a place of its own: the drawn words are few, and a copy is found
# by how it starts, so paragraphs opening alike would test the drawing, not the detector.
PLACES = ("Aberdeen", "Bergen", "Cadiz", "Dundee", "Essen", "Faro", "Genoa", "Hull")
long_paragraphs = distinct_paragraphs(min_sentences=3, min_size=2, max_size=6).map(
    lambda body: [f"In {place}, {text}" for place, text in zip(PLACES, body, strict=False)]
)


@st.composite
def reflowed(draw: st.DrawFn, body: list[str]) -> list[str]:
    """The body again, paragraphs joined by a drawn step or wrapped at a drawn width."""
    if draw(st.booleans()):
        step = draw(st.integers(2, 3))
        return [" ".join(body[i : i + step]) for i in range(0, len(body), step)]
    return hard_wrapped(body, draw(st.integers(50, 120)))


@given(long_paragraphs, st.data())
def test_a_reflowed_copy_cleans_like_the_article_alone(
    body: list[str], data: st.DataObject
) -> None:
    alone = clean(body)
    assume(alone == (None, tuple(body)))  # the copy's work, not what the rules make of words
    copy = data.draw(reflowed(body))
    between = data.draw(st.sampled_from(([], ["Advertisement"])))
    assert clean([*body, *between, *copy]) == alone


@given(st.lists(st.one_of(paragraphs(max_sentences=3), st.just("Share")), max_size=12), st.data())
def test_every_block_of_a_copy_is_words_printed_before_it(
    texts: list[str], data: st.DataObject
) -> None:
    # Nothing unique goes: a block taken as a copy holds words the document printed earlier,
    # in the same order. Documents with copies in them, of any shape, are drawn too.
    if texts and data.draw(st.booleans()):
        texts = [*texts, *data.draw(reflowed(texts))]
    found = find_reflowed_copy(blocks(texts), None, 12)
    if not found:
        return
    start = min(found)
    before = " " + " ".join(re.findall(r"[^\W_]+", " ".join(texts[:start]).casefold())) + " "
    for index in found:
        words = " ".join(re.findall(r"[^\W_]+", texts[index].casefold()))
        assert f" {words} " in before
        assert index > found[index].original


@given(long_paragraphs)
def test_an_article_without_a_copy_has_none(body: list[str]) -> None:
    assert find_reflowed_copy(blocks(body), None, 12) == {}


def split_by(paragraph: str, label: str) -> list[str]:
    sentences = SENTENCE_END.split(paragraph)
    if len(sentences) < 2:
        return [paragraph]  # one sentence: nothing to set a label inside
    middle = len(sentences) // 2
    return [" ".join(sentences[:middle]), label, " ".join(sentences[middle:])]


def test_a_copy_with_an_ad_label_inside_a_paragraph_goes_whole() -> None:
    # Blind shape "body twice, an ad inside a paragraph" (repair_eval.py --shapes 1): the
    # other extraction set "Advertisement" inside the first paragraph, splitting it.
    copy = [*split_by(BODY[0], "Advertisement"), *BODY[1:]]
    assert clean([TITLE, *BODY, *copy]) == clean([TITLE, *BODY])
    assert reflowed_removals([TITLE, *BODY, *copy]) == [copy[0], *copy[2:]]


def test_a_short_block_of_the_copys_own_is_passed_over_not_removed() -> None:
    # A line the first printing lacks is not the article's copy: the copy goes on past it,
    # the line is left to the rules and stays here.
    copy = [*split_by(BODY[0], "The council's statement"), *joined(BODY[1:])]
    title, paragraphs = clean([TITLE, *BODY, *copy])
    assert (title, paragraphs) == (TITLE, (*BODY, "The council's statement"))


def test_two_short_blocks_of_the_copys_own_in_a_row_end_the_copy() -> None:
    # Two lines in a row that the first printing lacks are something of their own (a list,
    # a new section): what follows them is no longer taken for the copy.
    rest = joined(BODY[1:])
    copy = [*split_by(BODY[0], "Stay safe"), "Keep away from the sea wall", *rest[1:]]
    lines = [TITLE, *BODY, copy[0], copy[1], copy[3], copy[2], *copy[4:]]
    removed = reflowed_removals(lines)
    assert removed == [copy[0]] or removed == []
    assert copy[2] in clean(lines)[1]


@given(long_paragraphs, st.data())
def test_a_copy_split_by_an_ad_label_cleans_like_the_article_alone(
    body: list[str], data: st.DataObject
) -> None:
    alone = clean(body)
    assume(alone == (None, tuple(body)))
    copy = data.draw(reflowed(body))
    at = data.draw(st.integers(0, len(copy) - 1))
    label = data.draw(st.sampled_from(["Advertisement", "Anzeige", "Publicité"]))
    split = [*copy[:at], *split_by(copy[at], label), *copy[at + 1 :]]
    assume(len(split) > len(copy))  # the paragraph had two sentences or more to split
    title, paragraphs = clean([*body, *split])
    # Every block of the copy goes; the label is the rules' to judge ("Anzeige" in an
    # English article stays), and nothing of the article moves.
    assert (title, tuple(p for p in paragraphs if p != label)) == alone


def test_a_copy_hidden_by_junk_between_goes_once_the_junk_is_gone() -> None:
    # A junk block too long to leave out (`REFLOWED_SKIP_MAX_WORDS`) between the first
    # paragraph and the next hides the copy from the first look; the duplicate pass looks
    # again on what each round kept, as cleaning the output would (found by a property test).
    # A banner of two sentences: one sentence alone between two paragraphs is the story's to
    # `cookie_notice` (its notice scope) and stays, and so does part of the copy it hides.
    junk = (
        "We use cookies to improve your experience on our website. By continuing to browse the "
        "site you agree to our use of cookies."
    )
    lines = [TITLE, BODY[0], junk, *BODY[1:], *joined(BODY)]
    article = ARTICLE_MODE.clean("\n".join(lines))
    assert (article.title, article.paragraphs) == clean([TITLE, *BODY])
    copies = [r for r in article.removed if r.rule == DUPLICATE_REFLOWED]
    assert copies
    # Found in a later round, its removals say what the pre-pass's would.
    assert all(r.reason.endswith("with other breaks") for r in copies)
    again = ARTICLE_MODE.clean(article.render())
    assert (again.title, again.paragraphs) == (article.title, article.paragraphs)


def test_a_copy_found_once_ambiguous_junk_goes_is_not_weighed_against_the_budget() -> None:
    # Ambiguous junk (a rule that is not `certain`) hides the copy until the full settle,
    # where it goes: the copy's words stay in the article, so they do not weigh against the
    # removal budget, which the junk alone is far under.
    junk = "Subscribe to our newsletter and get the day's top stories delivered to your inbox."
    lines = [TITLE, BODY[0], junk, *BODY[1:], *joined(BODY)]
    article = ARTICLE_MODE.clean("\n".join(lines))
    assert "removal-budget-exceeded" not in article.flags
    assert (article.title, article.paragraphs) == clean([TITLE, *BODY])
    assert {r.rule for r in article.removed} >= {DUPLICATE_REFLOWED}
