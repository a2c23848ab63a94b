"""Duplicate repair of copies a page's markup splices (`dedupe.within.spliced`, issue #12 item
4, dups35): a headline printed again with the author's name glued to its front, a headline
printed again with its own copies glued to its end (a slideshow's captions), a paragraph
printed again cut inside a word (an excerpt cut at a number of characters).

Measured on the labelled real-page sets (general39's centenary and fire-brigade interview,
general31's summer-fair slideshow). Negatives first: a sub-heading glued to the paragraph
under it, a headline the story quotes with words after a comma, a sentence repeated on
purpose cut at a word's end, a number cut short, a short line glued to a name, and a list of
rows that differ in digits stay.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from block_helpers import ARTICLE_MODE, blocks
from corpusclean.dedupe.within import (
    DUPLICATE_PARAGRAPH,
    DUPLICATE_TEASER,
    DUPLICATE_TITLE,
    Duplicate,
    find_spliced_copies,
    spliced_candidates,
)
from corpusclean.model import Block
from strategies import distinct_paragraphs
from test_properties import clean_keeping_story

TITLE = "Fünfzig Jahre Feuerwehr: Wehr feiert mit dem ganzen Dorf"
LEAD = (
    "Der Schützenverein hat am Samstag sein hundertjähriges Bestehen gefeiert, mit einem"
    " Festzug durch den Ort und einem Abend in der Turnhalle, zu dem 300 Gäste kamen."
)
ANSWER = (
    "Die Ausbreitung verhindern. Man muss alles schützen, was ein neues Feuer erreichen"
    " könnte, und das Vieh retten, nach den Menschen natürlich. Im Fall von Bellevue war das"
    " Vieh schon vom Landwirt in Sicherheit gebracht worden."
)
ANSWER_CUT = ANSWER[: ANSWER.index("Bellevue") + 1]  # "… Im Fall von B"
SECOND = (
    "Geehrt wurden zwölf Mitglieder, die dem Verein seit mehr als fünfzig Jahren angehören,"
    " darunter zwei Frauen, die 1974 zu den ersten Schützinnen des Kreises gehörten."
)
THIRD = "Der Vorsitzende kündigte an, das Schützenhaus bis zum Sommer zu renovieren."
SLIDES = "Zomerfeest in het park trekt duizenden bezoekers (12 foto's)"


def _found(texts: list[str], title: int | None = 0) -> dict[int, Duplicate]:
    return find_spliced_copies(blocks(texts), title)


def test_what_is_glued_or_cut_but_no_copy_stays() -> None:
    cases = [
        # a sub-heading glued to the paragraph under it: the paragraph's only printing
        [
            TITLE,
            LEAD,
            "Das Programm des Festes",
            "Das Programm des FestesMit einem Festzug"
            " durch den Ort begann am Samstag ein langer Tag für den ganzen Verein.",
        ],
        # the headline's words quoted by the story, going on after a comma
        [TITLE, LEAD, f"{TITLE}, so stand es auf dem Banner über der Bühne."],
        # the headline's words going on in one word, no glue
        [TITLE, LEAD, f"{TITLE}stag"],
        # a name glued to a short line: a label of three words the page repeats
        ["Fotos: Jan Peters", LEAD, "Jan RothFotos: Jan Peters"],
        # a sentence repeated on purpose, cut at a word's end (no ellipsis): whole words
        [TITLE, LEAD, ANSWER, SECOND, ANSWER[: ANSWER.index(" Bellevue")]],
        # a number cut short states another number
        [
            TITLE,
            "Der Verein zählte zum Jubiläum im ganzen Kreis 214 Mitglieder.",
            SECOND,
            "Der Verein zählte zum Jubiläum im ganzen Kreis 21",
        ],
        # rows that differ in their digits
        [
            TITLE,
            "Pegel Köln, 6 Uhr: 5,84 m",
            "Pegel Köln, 12 Uhr: 6,02 m",
            "Pegel Köln, 18 Uhr: 6,21 m",
        ],
        # a paragraph the next one opens, printed once
        [TITLE, "Der Verein feiert.", "Der Verein feiert. Am Abend kamen 300 Gäste."],
    ]
    for texts in cases:
        assert _found(texts) == {}, texts


def test_a_headline_glued_to_a_name_is_a_copy() -> None:
    texts = [TITLE, f"Jan Roth{TITLE}", LEAD, SECOND]
    assert _found(texts) == {1: Duplicate(DUPLICATE_TITLE, 0)}
    # The same glued under another block than the title: a copy of that block.
    assert _found([LEAD, TITLE, SECOND, f"Kultur{TITLE}"], title=None) == {
        3: Duplicate(DUPLICATE_PARAGRAPH, 1)
    }


def test_a_headline_glued_to_its_own_copies_is_a_copy() -> None:
    glued = SLIDES * 3 + SLIDES[:30]
    assert _found([SLIDES, glued, LEAD]) == {1: Duplicate(DUPLICATE_TITLE, 0)}
    assert _found([SLIDES, SLIDES + SLIDES[: SLIDES.index(" (")], LEAD]) == {
        1: Duplicate(DUPLICATE_TITLE, 0)
    }


def test_a_paragraph_cut_inside_a_word_is_a_copy() -> None:
    assert _found([TITLE, LEAD, ANSWER, SECOND, ANSWER_CUT]) == {4: Duplicate(DUPLICATE_TEASER, 2)}


def test_the_cleaner_removes_the_spliced_copies_only() -> None:
    # Fails before dups35: both copies stayed.
    lines = [TITLE, f"Jan Roth{TITLE}", LEAD, ANSWER, SECOND, ANSWER_CUT]
    article = ARTICLE_MODE.clean("\n".join(lines))
    gone = {r.text for r in article.removed if r.rule.startswith("duplicate")}
    assert gone == {f"Jan Roth{TITLE}", ANSWER_CUT}
    assert article.title == TITLE
    assert list(article.paragraphs) == [LEAD, ANSWER, SECOND]


@given(
    story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=6),
    name=st.sampled_from(["Jan Roth", "Redaktion", "Kultur", "Anna Berg", "Sport"]),
    at=st.integers(0, 6),
)
def test_a_glued_copy_goes_and_every_first_printing_stays(
    story: list[str], name: str, at: int
) -> None:
    # The title glued to a name, anywhere below: the copy goes; the title, the story and the
    # order stay, and a second clean is the same (`clean_keeping_story`).
    at = min(at, len(story))
    copy = f"{name}{TITLE}"
    article = clean_keeping_story([TITLE, *story[:at], copy, *story[at:]], story)
    assert article.title == TITLE
    assert copy not in article.paragraphs


@given(story=distinct_paragraphs(min_sentences=2, min_size=2, max_size=6), data=st.data())
def test_a_cut_copy_goes_and_its_paragraph_stays(story: list[str], data: st.DataObject) -> None:
    # A paragraph of the story printed again below it, cut inside one of its words: the copy
    # goes, the paragraph and the rest of the story stay in order.
    source = data.draw(st.integers(0, len(story) - 1))
    paragraph = story[source]
    inside = [
        i for i in range(1, len(paragraph)) if paragraph[i - 1].isalpha() and paragraph[i].isalpha()
    ]
    cut = paragraph[: data.draw(st.sampled_from(inside))] if inside else ""
    if len(cut.split()) < 8:
        cut = ""  # too short to be told from a paragraph of its own: not drawn as a copy
    lines = [TITLE, *story, cut] if cut else [TITLE, *story]
    article = clean_keeping_story(lines, story)
    assert not cut or cut not in article.paragraphs


@given(
    texts=st.lists(
        st.sampled_from(
            [TITLE, LEAD, ANSWER, ANSWER_CUT, SLIDES, SECOND, f"Jan Roth{TITLE}", SLIDES * 2]
        ),
        max_size=8,
    )
)
def test_spliced_copies_point_at_an_earlier_block_kept(texts: list[str]) -> None:
    # Every copy's original stands before it and is no copy itself: the first printing stays.
    found = _found(texts, title=None)
    for index, duplicate in found.items():
        assert duplicate.original < index
        assert duplicate.original not in found


def _round_copies(
    round_blocks: list[Block], title: int | None, candidates: frozenset[int]
) -> dict[int, Duplicate]:
    """What `DocumentRun.remove_duplicates` finds of spliced copies in a round."""
    return find_spliced_copies(round_blocks, title, candidates) if candidates else {}


SPLICE_POOL = [
    TITLE, LEAD, ANSWER, ANSWER_CUT, SLIDES, SECOND, THIRD, f"Jan Roth{TITLE}", SLIDES * 2,
    f"{LEAD[:60]}", f"Sport{SECOND}",
]  # fmt: skip


@given(
    texts=st.lists(st.sampled_from(SPLICE_POOL), max_size=10),
    scope_mask=st.lists(st.booleans(), min_size=10, max_size=10),
    round_mask=st.lists(st.booleans(), min_size=10, max_size=10),
    title=st.sampled_from([None, 0]),
)
def test_candidates_of_the_scope_find_what_the_documents_find(
    texts: list[str], scope_mask: list[bool], round_mask: list[bool], title: int | None
) -> None:
    # `DocumentRun._splice_candidates` reads the blocks every round's blocks are some of
    # (a page's first kept lines), not the whole document: a round finds the same copies.
    document = blocks(texts)
    scope = [block for block, keep in zip(document, scope_mask, strict=False) if keep]
    round_blocks = [block for block, keep in zip(scope, round_mask, strict=False) if keep]
    expected = _round_copies(round_blocks, title, spliced_candidates(document))
    assert _round_copies(round_blocks, title, spliced_candidates(scope)) == expected
    assert find_spliced_copies(round_blocks, title) == expected
