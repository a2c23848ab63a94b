"""Article structures shaped like a thread (`benchmarks/comments_eval.py --shapes
structures`): a league table ("Leeds" / "20 points" / "2 March 2024" / a line) and a live
page stamping each entry with its age over the entry and its count of shares or likes under
it. Each item repeats a name-like line, a figure or a stamp and a sentence, as a comment
does; none is a reader's. The guards: a reader's score bridges to the name over it only over
a post's stamp (an age, a time of day) and not from an entry's first line under a stamp
(`_stamps_a_post`, `_is_stamp_over`); a count that opens with its number is no reader's name
(`_name_above`); counts are no thread's own cues where no reader is shown (`_own_cues`); and
a count over an age does not close a comment (`_closes_comment`). The positives beside them
(Commento's "Gwen" / "19 points" / "4 minutes ago") are in `test_comments_blind12.py`."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.controls import _is_number_first_count
from corpusclean.detect.comments.entries import _counts_a_dated_item, _name_above, _stamps_a_post
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words
from corpusclean.model import Block
from test_comments_blind12 import commento_thread
from test_comments_unshipped import ARTICLE

THREAD_RULES = ("comment_thread", "page_thread")
LINES = [
    "The club's coach said the win was the best of the season so far, by some distance.",
    "Supporters waited outside the ground for two hours to greet the players after the match.",
    "The next round of fixtures will be played on Saturday afternoon across the country.",
    "Ticket sales for the final weeks of the season have already passed last year's total.",
]
# Per language: points, an age, a count of likes, a date.
WORDS = {
    "en": ("{n} points", "{n} minutes ago", "{n} likes", "{d} March 2024"),
    "de": ("{n} Punkte", "vor {n} Minuten", "{n} Gefällt mir", "{d}. März 2024"),
    "fr": ("{n} points", "il y a {n} minutes", "{n} partages", "{d} mars 2024"),
    "es": ("{n} puntos", "hace {n} minutos", "{n} me gusta", "{d} de marzo de 2024"),
    "cs": ("{n} bodů", "před {n} minutami", "{n} sdílení", "{d}. března 2024"),
}
TEAMS = ["Leeds", "Hull City", "York", "Rot-Weiss Essen"]
HEADINGS = ["NISSAN SENTRA", "FORD MUSTANG MACH E", "TOYOTA RAV4 PRIME"]


def league_table(language: str, count: int) -> list[str]:
    points, _, _, date = WORDS[language]
    table = []
    for index in range(count):
        table += [TEAMS[index], points.format(n=30 - index), date.format(d=index + 2)]
        table.append(LINES[index])
    return table


def live_page(language: str, count: int, headings: bool = False) -> list[str]:
    """Entries under their ages with a count under each; every other entry a heading."""
    _, age, likes, _ = WORDS[language]
    page = []
    for index in range(count):
        entry = HEADINGS[index // 2 % 3] if headings and index % 2 else LINES[index % 4]
        page += [age.format(n=5 * index + 3), entry, likes.format(n=7 * index + 2)]
    return page


def thread_removals(lines: list[str]) -> list[str]:
    article = corpusclean.clean("\n".join(lines))
    return [r.text for r in article.removed if r.rule in THREAD_RULES]


def test_a_league_table_ending_the_article_stays() -> None:
    for language in WORDS:
        assert not thread_removals([*ARTICLE, *league_table(language, 4)]), language


def test_a_live_page_with_likes_and_headings_stays() -> None:
    # Before: "FORD MUSTANG MACH E" between an age and "23 likes" read as a reader's name over
    # a score, and the age under the count as closing a comment: the page went from there.
    for language in WORDS:
        lines = [*ARTICLE[:2], *live_page(language, 12, headings=True)]
        assert not thread_removals(lines), language


def test_a_commento_thread_under_a_league_table_still_goes() -> None:
    # The article's league table stays; the readers' thread under the article goes.
    table = league_table("en", 3)
    lines = [*ARTICLE[:3], *table, *ARTICLE[3:], *commento_thread(3)]
    article = corpusclean.clean("\n".join(lines))
    assert article.paragraphs[: len(ARTICLE) + len(table)] == (*ARTICLE[:3], *table, *ARTICLE[3:])
    assert not set(commento_thread(3)) & set(article.paragraphs)


def test_stamps_of_a_post() -> None:
    words = load_thread_words("en")
    assert _stamps_a_post(Block("4 minutes ago", 0, 1), words)
    assert _stamps_a_post(Block("March 2, 2024 at 14:05", 0, 1), words)
    # A day alone is a list's item: a match day, a date of birth.
    assert not _stamps_a_post(Block("2 March 2024", 0, 1), words)


def test_a_count_names_no_reader() -> None:
    assert _is_number_first_count(Block("3 shares", 0, 1))
    assert _is_number_first_count(Block("12 Gefällt mir", 0, 1))
    # Readers' names with digits do not open with a number and a word.
    assert not _is_number_first_count(Block("jdoe_77", 0, 1))
    assert not _is_number_first_count(Block("truthseeker99", 0, 1))


@given(
    language=st.sampled_from(sorted(WORDS)),
    shape=st.sampled_from(["league", "live", "live headings"]),
    count=st.integers(min_value=2, max_value=6),
    at_end=st.booleans(),
)
def test_an_article_with_a_structure_loses_nothing(
    language: str, shape: str, count: int, at_end: bool
) -> None:
    if shape == "league":
        structure = league_table(language, min(count, 4))
    else:
        structure = live_page(language, count, headings=shape == "live headings")
    lines = [*ARTICLE, *structure] if at_end else [*ARTICLE[:2], *structure, *ARTICLE[2:]]
    article = corpusclean.clean("\n".join(lines))
    assert not [r for r in article.removed if r.rule in THREAD_RULES]
    # Order kept: the article's paragraphs come out in their order.
    kept = [line for line in article.paragraphs if line in ARTICLE]
    assert kept == ARTICLE
    # Idempotent: cleaning the output again changes nothing.
    assert corpusclean.clean("\n".join(article.paragraphs)).paragraphs == article.paragraphs


def _facts(lines: list[str]) -> tuple[list[Block], Facts]:
    blocks = [Block(text, i, i + 1) for i, text in enumerate(lines)]
    return blocks, Facts(load_language("en"), blocks)


def test_a_count_over_a_day_alone_starts_no_thread() -> None:
    for day in ("2 March 2024", "2 mars 2024", "2. März 2024"):
        blocks, facts = _facts(["Leeds", "20 points", day])
        assert _counts_a_dated_item(blocks, 1, facts), day
    # A reader's score over the post's age, a count closing a comment over the next name.
    for under in ("4 minutes ago", "Maria K", "March 2, 2024 at 14:05"):
        blocks, facts = _facts(["Gwen", "19 points", under])
        assert not _counts_a_dated_item(blocks, 1, facts), under


def test_an_entry_s_heading_under_an_age_names_no_reader() -> None:
    # "NISSAN SENTRA" stands right under the page's age: the entry's line, not a name.
    blocks, facts = _facts(["8 minutes ago", "NISSAN SENTRA", "50 likes", "13 minutes ago"])
    assert _name_above(blocks, 3, facts) is None
    # Commento: the name stands under the comment before's text.
    lines = [LINES[0], "Gwen", "19 points", "4 minutes ago"]
    blocks, facts = _facts(lines)
    assert _name_above(blocks, 3, facts) == "Gwen"
