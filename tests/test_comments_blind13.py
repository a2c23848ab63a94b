"""Half M's fix half (`benchmarks/comments_eval.py --shapes M`), read after half M was
measured: a comment's controls printed as one label over the comment's votes in words no
list knows ("Odgovori" / "+12 / -3", a Slovenian box), and the votes and a label on one line
("+12 | -3 | Responder", a Spanish box). Each test that states a fix fails on the code
before it; each has a twin that must keep the article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.controls import _is_label_and_count, _votes_row_labels
from corpusclean.model import Block
from test_comments_unshipped import ARTICLE
from thread_helpers import assert_article_stays_above

IMENA = ["Janez Novak", "Maja K.", "bralec_lj", "Matej"]
MNENJA = [
    "To bi morali predvideti že pred mnogimi leti, se mi zdi.",
    "Hvala za članek, končno nekdo o tem piše podrobno in stvarno.",
    "Sploh se ne strinjam, pri nas ni bilo niti približno tako hudo.",
    "Upam, da so vsi v redu in da bo elektrika kmalu spet tu.",
]


def slovenian_thread(count: int) -> list[str]:
    """A Slovenian box (no rules): name, an age in words no list knows, text, "Odgovori",
    the votes "+N / -N"."""
    thread = []
    for index in range(count):
        thread += [IMENA[index], f"pred {index + 2} urami", MNENJA[index]]
        thread += ["Odgovori", f"+{index * 7 + 3} / -{index + 1}"]
    return thread


NOMBRES = ["José Luis G.", "María", "lector_crítico", "Nacho Pérez"]
OPINIONES = [
    "Esto se veía venir desde hace años, al menos en mi opinión.",
    "Gracias por el artículo, por fin alguien lo explica con detalle.",
    "No estoy nada de acuerdo, en mi barrio no fue para tanto.",
    "Espero que todos estén bien y que vuelva pronto la luz.",
]


def spanish_thread(count: int) -> list[str]:
    """A Spanish box: name, "12/03/2024 a las 14:05", text, "+N | -N | Responder"."""
    thread = []
    for index in range(count):
        stamp = f"{index + 12}/03/2024 a las 1{index}:05"
        thread += [NOMBRES[index], stamp, OPINIONES[index]]
        thread.append(f"+{index * 5 + 2} | -{index + 3} | Responder")
    return thread


def test_one_label_over_the_votes_is_a_row() -> None:
    # Before: the votes under one label were no count, so the Slovenian thread (no word of
    # it known, its ages unknown) stayed whole.
    article = corpusclean.clean("\n".join([*ARTICLE, *slovenian_thread(3)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_votes_and_a_label_on_one_line_are_a_row() -> None:
    # Before: "+12 | -3 | Responder" was no row; the thread went from its second stamp only
    # (the first two stamps' order), leaving the first comment.
    article = corpusclean.clean("\n".join([*ARTICLE, *spanish_thread(3)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_label_over_votes() -> None:
    assert _is_label_and_count(Block("Odgovori", 0, 1), Block("+12 / -3", 1, 2))
    assert _is_label_and_count(Block("Vastaa", 0, 1), Block("12 tykkäystä", 1, 2))
    # A bare figure, one signed figure, a price's move: no votes.
    assert not _is_label_and_count(Block("Chapter", 0, 1), Block("12", 1, 2))
    assert not _is_label_and_count(Block("Dow", 0, 1), Block("+1.2", 1, 2))
    assert not _is_label_and_count(Block("Dow", 0, 1), Block("+1.2 / -0.4", 1, 2))


def test_votes_rows() -> None:
    assert _votes_row_labels("+43 | -8 | Responder") == "Responder"
    assert _votes_row_labels("Antworten · +4 · −1") == "Antworten"
    assert _votes_row_labels("+4 −1 · Reply · Report") == "Reply · Report"
    # A score, a market's moves, a bare pair of votes, words after the votes unjoined.
    assert _votes_row_labels("Leeds +2 | Hull -1") is None
    assert _votes_row_labels("+1.2 | -0.4 | Dow") is None
    assert _votes_row_labels("+2 / -1") is None
    assert _votes_row_labels("+2 -1 seats for Labour") is None


def test_a_results_list_in_the_middle_of_the_article_stays() -> None:
    # An election's results in the article: each party's line, its gains and losses or its
    # seats under a label ("Seats" / "+12 / -3", "Seats" / "4 seats"), then more of the
    # article. A row found by its shape closes the readers' part: no prose under its last
    # printing (`_last_prose_start`). Before, the count variant took the rest of the
    # article from the first "Seats" on (on main too).
    for under in ("+{n} / -{m}", "{n} seats"):
        results = []
        for index, party in enumerate(["Labour", "The Greens", "Liberal Democrats"]):
            results += [f"{party} held their ground in the cities and in most rural seats too."]
            results += ["Seats", under.format(n=index + 4, m=index + 1)]
        lines = [*ARTICLE[:3], *results, *ARTICLE[3:]]
        article = corpusclean.clean("\n".join(lines))
        assert set(ARTICLE) <= set(article.paragraphs)
        assert not [r for r in article.removed if r.rule == "comment_thread"]


def test_votes_rows_printed_above_the_article_s_end_are_no_row() -> None:
    # A page's rating widget printed between the article's paragraphs too is the page's.
    row = "+12 | -3 | Vote"
    lines = [ARTICLE[0], row, *ARTICLE[1:3], row, ARTICLE[3], row, ARTICLE[4], row]
    article = corpusclean.clean("\n".join(lines))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert not [r for r in article.removed if r.rule == "comment_thread"]


def test_an_interview_with_votes_of_a_poll_stays() -> None:
    # An interview ("Frage:" / "Antwort:") whose questions end with a readers' poll's result
    # on one line, a label and a count: no row of votes (no sign before each figure).
    interview = []
    for index, line in enumerate(ARTICLE[1:]):
        interview += [f"Frage: {line}", f"Antwort: {ARTICLE[index]}", f"Ja {index + 40} %"]
    article = corpusclean.clean("\n".join([ARTICLE[0], *interview]))
    assert not [r for r in article.removed if r.rule == "comment_thread"]


@given(
    count=st.integers(min_value=2, max_value=4),
    shape=st.sampled_from(["sl", "es"]),
    last=st.sampled_from(["Contact", "Seats", "+3 / -1", "Read more:", "02-751-1500", ""]),
)
def test_these_threads_never_take_the_article(count: int, shape: str, last: str) -> None:
    lines = [*ARTICLE, last] if last else list(ARTICLE)
    make = {"sl": slovenian_thread, "es": spanish_thread}[shape]
    assert_article_stays_above(lines, make(count), story=ARTICLE)
