"""Half I and half H's held-out misses (`benchmarks/comments_eval.py --shapes I`, `H`): a
widget's head with its count in words no list knows, a label over a count printed one a line
("Vastaa" / "12 tykkäystä"), a dotted clock after a numeric date ("12.3.2024 14.05"), and
subject lines with "Re:" over some replies only. Each test that states a fix fails on the
code before it; each has a twin that must keep the article."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import corpusclean
from corpusclean.detect.comments.controls import _is_label_and_count
from corpusclean.detect.comments.layout import _opens_replies
from corpusclean.detect.comments.runs import _counted_head
from corpusclean.model import Block
from test_comments_unshipped import ARTICLE

COMMENTS = [
    "Asta trebuia prevăzut de mult timp, cred eu sincer.",
    "Mulțumesc pentru articol, în sfârșit cineva scrie despre asta.",
    "Nu sunt deloc de acord, nu a fost chiar atât de rău la noi.",
    "Sper că toată lumea este bine și curentul revine curând.",
]
NUME = ["Andrei P.", "Ioana Popescu", "cititor_atent", "Mihai"]


def romanian_thread(count: int, head: tuple[str, ...]) -> list[str]:
    thread = list(head)
    for index in range(count):
        thread += [NUME[index], f"acum {index + 2} ore", COMMENTS[index], "Răspunde · Raportează"]
    return thread


def test_a_widget_head_with_its_count_goes_with_the_thread() -> None:
    # Before: the Romanian thread went but its head ("Comentarii (34)", "Cele mai noi")
    # stayed, words no list knows.
    head = ("Comentarii (34)", "Cele mai noi")
    article = corpusclean.clean("\n".join([*ARTICLE, *romanian_thread(4, head)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_count_head_reaches_no_further_than_its_tabs() -> None:
    # The article's last line over the head stays: a sentence is no tab.
    blocks = [
        Block(t, i, i + 1)
        for i, t in enumerate(["All the news.", "Komentar (18)", "Terbaru", "Agus"])
    ]
    assert _counted_head(blocks, 3) == 1
    long_tab = [
        Block(t, i, i + 1)
        for i, t in enumerate(["Komentar (18)", "Urutkan dari yang terbaru dulu", "Agus"])
    ]
    assert _counted_head(long_tab, 2) == 2
    no_count = [Block(t, i, i + 1) for i, t in enumerate(["Photos", "Terbaru", "Agus"])]
    assert _counted_head(no_count, 2) == 2


def test_a_count_head_over_no_thread_is_kept() -> None:
    text = "\n".join([*ARTICLE[:3], "Photos (12)", "Latest", *ARTICLE[3:]])
    article = corpusclean.clean(text)
    assert "Photos (12)" in article.paragraphs and "Latest" in article.paragraphs


NIMET = ["Matti V.", "Liisa Mäkinen", "tavallinen_lukija", "Jussi"]
KOMMENTIT = [
    "Tämä olisi pitänyt ennakoida jo kauan sitten, minusta.",
    "Kiitos hyvästä artikkelista, vihdoin joku kirjoittaa tästä.",
    "En ole lainkaan samaa mieltä, ei täällä niin pahaa ollut.",
    "Toivottavasti kaikki ovat kunnossa ja sähköt palaavat pian.",
]


def finnish_thread(count: int) -> list[str]:
    """Ilta-Sanomat (Finnish, no rules): name, "12.3.2024 14.05", text, "Vastaa" alone, a
    count of likes."""
    thread = []
    for index in range(count):
        stamp = f"{index + 3}.3.2024 1{index}.{index + 10}"
        thread += [NIMET[index], stamp, KOMMENTIT[index], "Vastaa", f"{index * 7} tykkäystä"]
    return thread


def test_a_finnish_thread_goes_by_its_label_over_a_count() -> None:
    # Half H's fi_iltasanomat (held out there, in sample here): before, no line of it was a
    # cue, and the thread stayed whole.
    article = corpusclean.clean("\n".join([*ARTICLE, *finnish_thread(4)]))
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)
    assert not set(KOMMENTIT[1:]) & set(article.paragraphs)


def test_a_name_over_an_age_is_no_label_over_a_count() -> None:
    # One reader writing every comment: "Tom" over "5 days ago" recurs, but stands under
    # the controls of the comment before, not under a comment's text.
    assert _is_label_and_count(Block("Vastaa", 0, 1), Block("12 tykkäystä", 1, 2))
    assert not _is_label_and_count(Block("Vastaa", 0, 1), Block("Vastaa 12 kertaa nyt", 1, 2))
    thread = []
    for index in range(4):
        thread += ["Tom", f"{index + 2} days ago", COMMENTS[index], "Reply", "Share"]
    lines = [*ARTICLE[:4], "See more photos:", *thread]
    article = corpusclean.clean("\n".join(lines))
    assert "See more photos:" in article.paragraphs


def test_labels_over_counts_the_article_prints_too_are_none() -> None:
    rows = ["Vastaa", "3 tykkäystä"]
    text = [
        ARTICLE[0],
        *rows,
        ARTICLE[1],
        *rows,
        ARTICLE[2],
        *rows,
        ARTICLE[3],
        *rows,
        ARTICLE[4],
        *rows,
    ]
    article = corpusclean.clean("\n".join(text))
    assert set(ARTICLE) <= set(article.paragraphs)


def test_replies_prefixed_not_all_are_subject_lines() -> None:
    assert _opens_replies(["Re: Naja", "Und nun?", "Re: Endlich!"])
    assert not _opens_replies(["Naja", "Re: Und nun?", "Re: Endlich!"])
    assert not _opens_replies(["Re: Naja", "Und nun?", "Endlich!"])
    assert not _opens_replies(["Q: Why?", "A: Because.", "Q: When?"])


def golem_thread(subjects: list[str]) -> list[str]:
    thread = []
    for index, subject in enumerate(subjects):
        thread += [subject, f"{NUME[index]} 1{index}.03.24 - 14:0{index}", COMMENTS[index]]
        thread.append("Kommentieren · Antworten")
    return thread


def test_the_first_replys_subject_goes_when_some_later_ones_print_re_too() -> None:
    # Half H's de_golem (held out there): before, "Re: Sehr richtig" over the first
    # comment stayed when a later subject had no "Re:".
    subjects = ["Re: Sehr richtig", "Und nun?", "Re: Endlich!", "Re: Naja"]
    article = corpusclean.clean("\n".join([*ARTICLE, *golem_thread(subjects)]))
    assert article.paragraphs == tuple(ARTICLE)


def test_a_first_subject_without_re_stays() -> None:
    # Without "Re:" the line over the first comment may be the article's: left (precision).
    subjects = ["Sehr richtig", "Und nun?", "Re: Endlich!", "Re: Naja"]
    article = corpusclean.clean("\n".join([*ARTICLE, *golem_thread(subjects)]))
    assert article.paragraphs[: len(ARTICLE)] == tuple(ARTICLE)


@given(
    count=st.integers(min_value=2, max_value=4),
    head=st.sampled_from([(), ("Comentarii (34)",), ("Comentarii (34)", "Cele mai noi")]),
    last=st.sampled_from(["Photos (12)", "Read more:", "All the latest news.", "Contact"]),
)
def test_threads_with_count_heads_never_take_the_article(
    count: int, head: tuple[str, ...], last: str
) -> None:
    lines = [*ARTICLE, last]
    article = corpusclean.clean("\n".join([*lines, *romanian_thread(count, head)]))
    kept = set(article.paragraphs)
    assert set(ARTICLE) <= kept
