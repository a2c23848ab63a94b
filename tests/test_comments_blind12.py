"""Half L's fix half (`benchmarks/comments_eval.py --shapes L`), read after half L was
measured: a reader's score between the name and the age ("Gwen" / "19 points" / "4 minutes
ago" / the text, Commento), the text under its header so that the lines over the first
header are the article's, a row of controls joined by bars in words no list knows
("Odpovedať | Nahlásiť"), and the smallest thread, two comments stamped alike in words no
list knows ("2024-03-15 21:41" / text / "Atsakyti" / "Patinka (24)", twice). Each test that
states a fix fails on the code before it; each has a twin that must keep the article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.controls import _is_label_row, _is_reader_score
from corpusclean.language import load_thread_words
from corpusclean.model import Block
from test_comments_unshipped import ARTICLE
from thread_helpers import assert_article_stays_above

READERS = ["Sarah W", "Gwen", "Mike Thompson", "D. Patel"]
POSTS = [
    "The outage hit our street too, and the crews were out there until late at night.",
    "I called the hotline three times and never got through to anyone at all, sadly.",
    "Good to see the schools closing early; the roads were a mess this morning here.",
    "Power came back around midnight here, thanks to everyone who worked on it all day.",
]


def commento_thread(count: int) -> list[str]:
    """Commento: name, "12 points", the age, the text; no control printed as text."""
    thread = []
    for index in range(count):
        thread += [READERS[index], f"{index * 7 + 2} points", f"{index + 2} hours ago"]
        thread.append(POSTS[index])
    return thread


def test_a_thread_with_a_score_over_each_age_goes() -> None:
    # Before: the score over each age stood where a name should, so the ages were read as
    # the page's own stamps and the thread stayed.
    article = corpusclean.clean("\n".join([*ARTICLE, *commento_thread(2)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_the_article_s_last_short_lines_over_a_score_thread_stay() -> None:
    # Before: the first comment's start reached over short lines up to the comment's period
    # (name and text), so the article's last line, a phone number or a list item, went.
    for last in ("Box office: 02-751-1500", "Oct. 10 -- The Pavilion, Houston, TX"):
        article = corpusclean.clean("\n".join([*ARTICLE, last, *commento_thread(2)]))
        assert article.paragraphs == (*ARTICLE, last)


def test_reader_scores() -> None:
    words = load_thread_words("en")
    assert _is_reader_score(Block("19 points", 0, 1), words)
    assert not _is_reader_score(Block("Share", 0, 1), words)
    # An age is no score: a page's ages stay the page's entries' stamps.
    assert not _is_reader_score(Block("3 hours ago", 0, 1), words)


def test_scores_in_an_article_s_list_of_results_stay() -> None:
    # A league table in the article: a team, its points, the day of its last match and a
    # line on it. A score over a date names no reader: no thread.
    results = []
    for index, team in enumerate(["Leeds", "Hull", "York"]):
        results += [team, f"{index + 20} points", f"{index + 2} March 2024"]
        results.append(f"{team} won their last home match in front of a full stadium.")
    lines = [*ARTICLE[:3], *results, *ARTICLE[3:]]
    article = corpusclean.clean("\n".join(lines))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert not [r for r in article.removed if r.rule == "comment_thread"]


def test_a_live_page_s_ages_under_a_count_stay_its_own() -> None:
    # A live page stamps each entry with its age and prints its count of shares under the
    # entry: the line over the count is the entry's text (prose), no reader's name.
    page = []
    for index, text in enumerate(ARTICLE[1:]):
        page += [f"{index + 2} hours ago", text, f"{index + 3} shares"]
    article = corpusclean.clean("\n".join([ARTICLE[0], *page]))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert not [r for r in article.removed if r.rule == "comment_thread"]


MENA = ["Ján Kováč", "Zuzana H.", "citatel_ba", "Marián"]
NAZORY = [
    "Toto sa dalo predvídať už pred mnohými rokmi, aspoň podľa mňa.",
    "Vďaka za článok, konečne niekto o tom píše podrobne a vecne.",
    "Vôbec nesúhlasím, u nás to nebolo ani zďaleka také zlé.",
    "Dúfam, že sú všetci v poriadku a že prúd čoskoro zase bude.",
]


def slovak_thread(count: int) -> list[str]:
    """A Slovak box (no rules): "NAME · pred N hodinami", text, "Odpovedať | Nahlásiť"."""
    thread = []
    for index in range(count):
        thread += [f"{MENA[index]} · pred {index + 2} hodinami", NAZORY[index]]
        thread.append("Odpovedať | Nahlásiť")
    return thread


def test_a_row_joined_by_bars_goes() -> None:
    # Before: a row of labels joined by " | " was no row, and nothing else marked the thread.
    # The thread goes from the first row on: the first comment's name line ("NAME · pred 2
    # hodinami", no name alone and no known age) is not read as its start (left).
    article = corpusclean.clean("\n".join([*ARTICLE, *slovak_thread(3)]))
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)
    assert not set(NAZORY[1:3]) & set(article.paragraphs)


def test_label_rows_with_bars() -> None:
    assert _is_label_row("Odpovedať | Nahlásiť")
    assert _is_label_row("Reply | Report | Share")
    # A section and a date, a byline and a place: no labels of letters only.
    assert not _is_label_row("Politik | 12.03.2024")
    assert not _is_label_row("Ján Kováč | Bratislava, 12. 3.")


def test_bars_printed_above_the_article_s_end_are_no_row() -> None:
    # A page's breadcrumb or its section links, printed between the article's paragraphs
    # too, are the page's, not a thread's.
    crumbs = "Domov | Správy"
    lines = [ARTICLE[0], crumbs, *ARTICLE[1:], crumbs, "Text", crumbs, "More text", crumbs]
    article = corpusclean.clean("\n".join(lines))
    assert set(ARTICLE) <= set(article.paragraphs)
    assert not [r for r in article.removed if r.rule == "comment_thread"]


VARDAI = ["Jonas K.", "Rūta Petrauskienė", "Tomas"]
NUOMONES = [
    "Tai reikėjo numatyti jau prieš daugelį metų, mano nuomone.",
    "Ačiū už straipsnį, pagaliau kažkas apie tai rašo išsamiai.",
    "Visiškai nesutinku, pas mus viskas buvo ne taip blogai.",
]


def lithuanian_thread(count: int = 2) -> list[str]:
    """A Lithuanian box (no rules): name, "IP: ...", a whole stamp, text, "Atsakyti",
    "Patinka (N)", "Nepatinka (N)"."""
    thread = []
    for index in range(count):
        thread += [VARDAI[index], f"IP: {80 + index}.12.xxx.xx"]
        thread += [f"2024-03-{index + 12} 14:0{index}", NUOMONES[index], "Atsakyti"]
        thread += [f"Patinka ({index * 5 + 3})", f"Nepatinka ({index})"]
    return thread


def test_two_comments_stamped_alike_go() -> None:
    # Before: a row printed twice was no row (three repeats at least), so a two-comment
    # thread in words no list knows stayed whole.
    article = corpusclean.clean("\n".join([*ARTICLE, "Komentarai (2)", *lithuanian_thread()]))
    assert article.paragraphs == tuple(ARTICLE)


def test_two_comments_under_a_count_the_article_ends_on_stay_apart() -> None:
    # The article's last line a count ("Photos (12)"): the header of the first comment is
    # its name and address, not the count above them.
    lines = [*ARTICLE, "Photos (12)", *lithuanian_thread()]
    article = corpusclean.clean("\n".join(lines))
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)
    assert all(r.start >= len(ARTICLE) for r in article.removed if r.rule == "comment_thread")


def test_a_row_printed_twice_without_stamps_is_no_row() -> None:
    # Two entries of a page, each ending "Atsakyti" / "Patinka (N)" but with no stamp over
    # them: two repeats alone prove no thread.
    entries = [ARTICLE[0], "Atsakyti", "Patinka (3)", ARTICLE[1], "Atsakyti", "Patinka (4)"]
    article = corpusclean.clean("\n".join([*ARTICLE[2:], *entries]))
    assert not [r for r in article.removed if r.rule == "comment_thread"]


def test_a_row_printed_twice_in_the_middle_is_no_row() -> None:
    # Two stamped entries followed by more of the article: the rows do not end the document.
    middle = lithuanian_thread()
    lines = [*ARTICLE[:2], *middle, *ARTICLE[2:], "More of the story follows here, at length."]
    article = corpusclean.clean("\n".join(lines))
    assert set(ARTICLE) <= set(article.paragraphs)


@given(
    count=st.integers(min_value=2, max_value=3),
    shape=st.sampled_from(["commento", "sk", "lt"]),
    last=st.sampled_from(["Contact", "Photos (12)", "Read more:", "02-751-1500", ""]),
)
def test_these_threads_never_take_the_article(count: int, shape: str, last: str) -> None:
    lines = [*ARTICLE, last] if last else list(ARTICLE)
    make = {"commento": commento_thread, "sk": slovak_thread, "lt": lithuanian_thread}[shape]
    assert_article_stays_above(lines, make(count), story=ARTICLE)
