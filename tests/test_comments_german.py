"""Comment threads as German sites print them (`benchmarks/comments_eval.py --shapes D`).

A thread mixes ages and dates ("vor 38 Minuten" over a recent comment, "heute, 16:13 Uhr"
or "gestern, 22:13 Uhr" over older ones), names a day alone ("Gestern"), prints votes
before its controls ("2 △ ▽ • Antworten • Teilen ›"), gives each post a reply subject
("Re: Endlich!"), signs with an initial ("Sabine M."), writes an age of one unit in words
("vor einem Monat") and prints a user block over each stamp ("2.814 Postings, 94 Follower").
Beside each must-go case, what must stay: the article's last short line, a live ticker
stamped "Heute, 14:05 Uhr" or "Gestern", an interview ("SPIEGEL:" / "Müller:").
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpusclean.detect.comments.layout import _one_subject_prefix
from corpusclean.detect.comments.signatures import _name_like
from corpusclean.detect.comments.stamps import _has_comment_age, _is_relative_day_stamp
from corpusclean.language import load_thread_words
from corpusclean.model import Block
from thread_helpers import assert_thread_goes_whole, clean, taken_above, thread_of

ARTICLE = [
    "Die Stadt will den Bau der neuen Brücke über den Fluss um zwei Jahre vorziehen, sagte "
    "die Bürgermeisterin am Dienstag.",
    "Der Stadtrat hatte die Pläne im Frühjahr gebilligt, nachdem ein Gutachten Schäden an der "
    "alten Brücke festgestellt hatte.",
    "Die Kosten werden auf etwa 80 Millionen Euro geschätzt, den größten Teil soll das Land "
    "übernehmen.",
    "Anwohner fürchten während der Bauzeit mehr Verkehr in den Wohnstraßen, sagte eine "
    "Sprecherin der örtlichen Initiative.",
]
BODIES = [
    "Das war längst überfällig, und ich bin froh, dass sich der Rat endlich entschieden hat.",
    "Ich fahre jeden Tag über diese Brücke, und die Schlaglöcher sind seit zehn Jahren da.",
    "Wer bezahlt eigentlich die Ersatzbusse, solange die Brücke für den Verkehr gesperrt ist?",
]
READERS = ["Sabine M.", "kritischer_Leser", "Hans-Peter Müller"]


def mixed_stamps(n: int, name: str, body: str) -> list[str]:
    stamp = ["gestern, 22:13 Uhr", "heute, 16:13 Uhr", "vor 38 Minuten"][n]
    return [name, stamp, body, "Antworten", "Beitrag melden"]


def day_alone(n: int, name: str, body: str) -> list[str]:
    stamp = ["Gestern", "Vor 6 Std.", "Vor 23 Min."][n]
    return [name, stamp, body, f"{10 + n}", "Antworten", "Melden"]


def votes_before_controls(n: int, name: str, body: str) -> list[str]:
    return [name, f"vor {5 - n} Tagen", body, f"{n + 2} △ ▽ • Antworten • Teilen ›"]


def reply_subjects(n: int, name: str, body: str) -> list[str]:
    subject = ["Re: Endlich!", "Re: Und nun?", "Re: Zu kurz gedacht"][n]
    return [subject, f"{name}, 1{n}.03.2024 14:0{n}", body, "Antworten | Zitieren | Melden"]


def worded_ages(n: int, name: str, body: str) -> list[str]:
    stamp = ["vor einem Monat", "vor einer Woche", "vor einer Stunde"][n]
    return [name, stamp, body, "Antworten", "Beitrag melden"]


def user_block(n: int, name: str, body: str) -> list[str]:
    stamp = f"{11 + n}. März 2024, 15:1{n}:16"
    return [
        name,
        f"{n + 2}.814 Postings, {94 + n} Follower",
        stamp,
        body,
        f"+ {n} | - 13",
        "Antworten",
    ]


def report_this_post(n: int, name: str, body: str) -> list[str]:
    return [name, f"{19 + n}. März 2024 | 13:5{n} Uhr", body, "Antworten", "Diesen Beitrag melden"]


def long_comments(n: int, name: str, body: str) -> list[str]:
    # WordPress de_DE, comments of three paragraphs: the cues are too far apart to read the
    # comment's start from their period, so it starts at its stamp, with "sagt:" over it.
    more = [BODIES[(n + 1) % 3], BODIES[(n + 2) % 3]]
    return [f"{name} sagt:", f"{9 + n}. Januar 2024 um 11:5{n}", body, *more, "Antworten"]


SHAPES = {
    "comments of several paragraphs": long_comments,
    "a user block over the stamp": user_block,
    "dated, with 'Diesen Beitrag melden'": report_this_post,
    "ages and dates mixed": mixed_stamps,
    "ages of one unit in words": worded_ages,
    "a day named alone": day_alone,
    "votes before the controls": votes_before_controls,
    "reply subjects": reply_subjects,
}


def thread(shape: str) -> list[str]:
    return thread_of(SHAPES[shape], READERS, BODIES)


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_a_german_thread_goes_whole(shape: str) -> None:
    assert_thread_goes_whole(ARTICLE, thread(shape))


@pytest.mark.parametrize(
    "last", ["Fazit: Lohnt sich", "Gestern", "Heute", "Anna M.", "Re: Die neue Brücke"]
)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_the_article_s_short_last_line_above_a_german_thread_stays(shape: str, last: str) -> None:
    article = clean([*ARTICLE, last, *thread(shape)])
    assert not taken_above(article, len(ARTICLE) + 1)
    assert article.paragraphs[: len(ARTICLE) + 1] == (*ARTICLE, last)


ENTRIES = [
    "Die Feuerwehr meldet, dass die Hauptstraße wieder für den Verkehr freigegeben ist.",
    "Der Wetterdienst hebt die Unwetterwarnung für den Westen des Landes wieder auf.",
    "Die Bahn rechnet bis zum Abend mit Verspätungen auf allen Strecken im Norden.",
    "Der Ministerpräsident dankt den Einsatzkräften und kündigt schnelle Hilfen an.",
]


@pytest.mark.parametrize(
    "stamps",
    [
        ["Heute, 09:05 Uhr", "Heute, 10:40 Uhr", "Heute, 12:15 Uhr", "Heute, 14:05 Uhr"],
        ["Heute, 14:05 Uhr", "Heute, 12:15 Uhr", "Gestern, 22:40 Uhr", "Gestern, 21:05 Uhr"],
        ["Gestern", "Gestern", "Heute", "Heute"],
    ],
)
@pytest.mark.parametrize("under", [(), ("Teilen",), ("Anna Schmidt",)])
def test_a_german_live_ticker_keeps_every_entry(stamps: list[str], under: tuple[str, ...]) -> None:
    lines = list(ARTICLE[:2])
    for stamp, entry in zip(stamps, ENTRIES, strict=True):
        lines += [stamp, *under, entry] if under == ("Anna Schmidt",) else [stamp, entry, *under]
    article = clean(lines)
    assert not [r for r in article.removed if r.rule == "comment_thread"]
    assert [p for p in article.paragraphs if p in ENTRIES] == ENTRIES


def test_a_german_interview_keeps_every_turn() -> None:
    turns = [
        f"{speaker} {text}"
        for speaker, text in zip(["SPIEGEL:", "Müller:"] * 2, ENTRIES, strict=True)
    ]
    article = clean([*ARTICLE[:2], *turns])
    assert article.paragraphs == (*ARTICLE[:2], *turns)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Gestern", True),
        ("gestern, 22:13 Uhr", True),
        ("Yesterday at 3:15 pm", True),
        ("Hier à 14h05", True),
        ("Gestern im Bundestag", False),
        ("Heute-Show", False),
        ("Yesterday's winners", False),
        ("14:05 Uhr", False),
    ],
)
def test_a_relative_day_stamp(line: str, expected: bool) -> None:
    assert _is_relative_day_stamp(line) is expected


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["Re: Endlich!", "Re: Und nun?"], True),
        (["AW: Endlich!", "AW: Und nun?"], True),
        (["Re: Endlich!", "Fazit: Und nun?"], False),
        (["Re: Endlich!"], False),
        (["Ein ganz normaler Satz", "Re: Und nun?"], False),
    ],
)
def test_reply_subjects_share_one_prefix(texts: list[str], expected: bool) -> None:
    assert _one_subject_prefix(texts) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [("Sabine M.", True), ("Tom", True), ("Made in U.S.", False), ("Das war gut.", False)],
)
def test_a_name_may_end_in_an_initial(line: str, expected: bool) -> None:
    words = load_thread_words("de")
    assert _name_like(Block(line, 0, 1), words) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2 △ ▽ • Antworten • Teilen ›", True),
        ("12 ▲ ▼ Reply", True),
        ("Antworten | Zitieren | Melden", True),
        ("2 △ ▽", False),
        ("12 Leser finden das gut", False),
    ],
)
def test_votes_may_stand_before_the_controls(line: str, expected: bool) -> None:
    words = load_thread_words("de")
    assert (words.comment_control.fullmatch(line) is not None) is expected
    if expected:  # the cheap test of a control's start agrees (`marker_candidates`)
        assert words.thread_word.match(line) is not None


@given(
    st.sampled_from(sorted(SHAPES)),
    st.permutations(ARTICLE),
    st.sampled_from(["", "Fazit: Lohnt sich", "Gestern", "Re: Die neue Brücke", "Sabine M."]),
)
def test_the_article_above_a_german_thread_is_kept_whole(
    shape: str, lines: list[str], last: str
) -> None:
    above = [*lines, last] if last else list(lines)
    article = clean([*above, *thread(shape)])
    assert not taken_above(article, len(above))
    assert article.paragraphs[: len(lines)] == tuple(lines)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("vor einer Stunde", True),
        ("vor einem Monat", True),
        ("an hour ago", True),
        ("a month ago", True),
        ("il y a une heure", True),
        ("hace un día", True),
        ("un'ora fa", True),
        ("een uur geleden", True),
        ("há um dia", True),
        # Not an age: a place ("vor einer Wand"), a longer phrase, a timeline's heading.
        ("vor einer Wand", False),
        ("vor einer großen Menge", False),
        ("a few days ago", False),
        ("Vor einem Jahr: Die Flut", False),
    ],
)
def test_an_age_of_one_unit_in_words(line: str, expected: bool) -> None:
    words = load_thread_words("de")
    assert _has_comment_age(line, words) is expected
    # The cheap test `marker_candidates` asks of a line without a digit agrees.
    if expected:
        assert words.worded_age.search(line) is not None
