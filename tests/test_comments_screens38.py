"""The comment-thread detector's document screens of the thirty-eighth session (issue #8):
each reads a document's lines at once, and where it answers False the line-by-line test it
stands in front of finds nothing. Each is checked against that test, kept here as the
reference where the screen replaced it."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from hypothesis import event, example, given
from hypothesis import strategies as st

from corpusclean.detect import comments, scrambled
from corpusclean.detect.comments import signatures, stamps
from corpusclean.detect.comments.layout import _comment_number
from corpusclean.detect.comments.recurring import _echoed_verb, _signature_shape
from corpusclean.detect.comments.unheaded import _template_verb
from corpusclean.detect.facts import Facts
from corpusclean.language import load_language, load_thread_words, shipped_languages
from corpusclean.model import KEEP, Block, Verdict
from strategies import case_variants, cue_lines, paragraphs
from test_evidence_scrambled import LEAD_EN, LOCKED_EN, caesar

_CODES = st.sampled_from(shipped_languages())
# White space `str.split` and `\s` read on ASCII, and signs lines open and close with.
_GLUE = st.sampled_from((" ", "  ", "\t", "\x1c", "\x1f", "", ", ", " · ", ": ", ".", "(", ")"))


def _words(code: str) -> list[str]:
    """The thread words lines are drawn from: controls, names, ages, verbs, counts."""
    words = load_thread_words(code)
    return [
        *words.comment_controls,
        *words.anonymous_names,
        *words.age_after,
        *words.age_before,
        *words.age_ones,
        *words.signature_verbs,
        *words.comment_counts,
    ]


@st.composite
def _stamp_lines(draw: st.DrawFn, code: str) -> str:
    """A short line of thread words in any case (and the characters `re` takes for them),
    digits, clock and date signs, and white space between."""
    pieces = st.one_of(
        st.sampled_from(_words(code)).flatmap(case_variants),
        st.integers(0, 2030).map(str),
        st.sampled_from((":", "h", "H", " h ", ".", "a.m.", "pm", "Chicago", "ha", "fact")),
        # Clock times and dated clocks in their shapes, digits of any width.
        st.tuples(
            st.integers(0, 99),
            st.sampled_from((":", "h", "H", " h ", " H ", ".")),
            st.integers(0, 99),
            st.sampled_from(("", ".2024 14.05", ".19 kl. 8.03", " am", "")),
        ).map(lambda p: f"{p[0]}{p[1]}{p[2]:02d}{p[3]}"),
    )
    parts = draw(st.lists(st.tuples(pieces, _GLUE), min_size=1, max_size=6))
    return "".join(piece + glue for piece, glue in parts)


def _reference_may_mark(text: str, code: str) -> bool:
    """The marker test of every short line, as `signatures._candidates` asks it unscreened."""
    words = load_thread_words(code)
    return bool(
        words.thread_word.match(text)
        or (re.search(r"\d", text) and stamps._holds_clock_or_age(text, words))
        or stamps._may_hold_worded_age(text, words)
    )


@given(_CODES.flatmap(lambda code: st.tuples(st.just(code), st.lists(_stamp_lines(code)))))
@example(("en", ["Posted 3 Days\tAgo"]))
@example(("en", ["9h45"]))
@example(("fr", ["14 H 05"]))
@example(("en", ["12.3.2024 14.05"]))
@example(("de", ["vor\x1c3 Stunden"]))
@example(("en", ["an hour ago..."]))
def test_no_stamp_in_lines_the_stamp_screen_lets_pass(case: tuple[str, list[str]]) -> None:
    # A line `stamped_lines` leaves out holds no clock time and no age, with a digit or in
    # words.
    code, lines = case
    words = load_thread_words(code)
    ascii_lines = [line for line in lines if line.isascii()]
    may = stamps.stamped_lines(stamps.JoinedLines(ascii_lines), words)
    for index, line in enumerate(ascii_lines):
        if may is not None and index not in may:
            assert not (re.search(r"\d", line) and stamps._holds_clock_or_age(line, words))
            assert not stamps._may_hold_worded_age(line, words)
    event(f"may hold a stamp: {may is None or bool(may)}")


@given(
    _CODES.flatmap(
        lambda code: st.tuples(
            st.just(code), st.lists(st.one_of(_stamp_lines(code), cue_lines()), max_size=6)
        )
    )
)
@example(("en", ["  3 -- REPLY"]))
@example(("fr", ["12 Réponses"]))
def test_no_thread_word_at_a_line_start_the_screen_lets_pass(case: tuple[str, list[str]]) -> None:
    code, lines = case
    ascii_lines = [line for line in lines if line.isascii()]
    may = signatures._opening_lines(stamps.JoinedLines(ascii_lines), code)
    opens = load_thread_words(code).thread_word.match
    for index, line in enumerate(ascii_lines):
        if may is not None and index not in may:
            assert not opens(line)
    event(f"may open with a thread word: {may is None or bool(may)}")


@given(
    _CODES.flatmap(
        lambda code: st.tuples(
            st.just(code),
            st.lists(st.one_of(_stamp_lines(code), cue_lines(), paragraphs()), max_size=10),
            st.integers(0, 3),
        )
    )
)
def test_holding_marker_candidates_is_the_unscreened_count(
    case: tuple[str, list[str], int],
) -> None:
    # The screened count against the first-written one: each short line's marker test.
    code, lines, least = case
    language = load_language(code)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    short = [b for b in blocks if b.words <= signatures.SIGNATURE_MAX_WORDS]
    expected = sum(_reference_may_mark(b.text, code) for b in short) >= least
    known: dict[int, bool] = {}
    assert signatures.holds_marker_candidates(blocks, language, least, known) is expected
    # The answers it kept are the unscreened test's.
    for block in short:
        if block.start in known:
            assert known[block.start] is _reference_may_mark(block.text, code)


def test_the_spacing_tables_read_ascii_as_the_patterns_do() -> None:
    # Every ASCII character: a word character (`\w`) is kept, lower-cased, and anything else
    # made a space (but the kept line feed); digits are made "0" and "H" "h" for the clocks.
    spaced, lines = stamps.spacing_table(), stamps.spacing_table(b"\n")
    for code in range(128):
        char = chr(code)
        word = re.fullmatch(r"\w", char) is not None
        expected = char.lower() if word else " "
        assert chr(spaced[code]) == expected
        assert chr(lines[code]) == ("\n" if char == "\n" else expected)
        zeroed = chr(stamps._DIGITS_AS_ZERO[code])
        digit = re.fullmatch(r"\d", char) is not None
        assert zeroed == ("0" if digit else "h" if char in "hH" else char)
        # The clock's "h" under IGNORECASE is an "h" or an "H" only.
        assert (re.fullmatch("(?i)h", char) is not None) == (char in "hH")
    assert set(string.digits) == {c for c in map(chr, range(128)) if c.isdigit()}


def _reference_signed(blocks: Sequence[Block], code: str) -> set[str]:
    """The readings `_signed_line_readings` may let through, by each line's own test."""
    words = load_thread_words(code)
    found = set()
    for block in blocks:
        if _signature_shape(block, words) is not None or _echoed_verb(block) is not None:
            found.add("recurring")
        if _template_verb(block, words) is not None:
            found.add("unheaded")
        if _comment_number(block.text) == 1:
            found.add("numbered")
    return found


_SIGNED = (
    *("kristie said...", "Klaus hat gesagt…", "1. Andria says:", "2. Megan says:"),
    *("Sandra says:", "Petra K. meint:", "1. so cute", " 01.  awwww!", "Kari sa...", "١. ok"),
    *("3 comments:", "Jane said:", "He said it was late...", "Room 12", "  Reply  "),
)


@given(
    _CODES,
    st.lists(
        st.one_of(st.sampled_from(_SIGNED), paragraphs(), cue_lines()).flatmap(
            lambda line: st.tuples(st.just(line), _GLUE, _GLUE).map("".join)
        ),
        max_size=8,
    ),
)
def test_the_signed_lines_screen_finds_each_reading_its_lines_allow(
    code: str, lines: list[str]
) -> None:
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines) if line.strip()]
    facts = Facts(load_language(code), blocks)
    found = comments._signed_line_readings(blocks, facts)
    names = {
        comments.recurring_signatures_start: "recurring",
        comments.unheaded_signatures_start: "unheaded",
        comments.numbered_comments_start: "numbered",
    }
    assert {names[reading] for reading in found} == _reference_signed(blocks, code)


@given(
    st.lists(paragraphs(), min_size=1, max_size=4),
    st.lists(st.sampled_from(_SIGNED), max_size=6),
    st.lists(st.booleans(), max_size=12),
    st.sampled_from(("en", "de", "it")),
)
def test_a_screened_reading_finds_what_it_finds_unscreened(
    body: list[str], tail: list[str], keep: list[bool], code: str
) -> None:
    # Every reading `_BY_SIGNED_LINES` skips where the screen finds none of its lines answers
    # None on the round's blocks, whatever the round kept.
    lines = [*body, *tail]
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines)]
    facts = Facts(load_language(code), blocks)
    verdicts = [
        KEEP if kept else Verdict(keep=False, rule="x", family="boilerplate")
        for kept in [*keep, *[True] * len(blocks)][: len(blocks)]
    ]
    allowed = comments._signed_line_readings(blocks, facts)
    for reading in comments._BY_SIGNED_LINES - allowed:
        assert reading(blocks, verdicts, facts) is None


# --- the scrambled-text detector's judgements, kept across rounds -----------------------------


@given(
    st.integers(1, 25),
    st.lists(st.booleans(), min_size=1, max_size=14),
    st.lists(st.lists(st.booleans(), max_size=14), min_size=1, max_size=3),
)
def test_scrambled_lines_judged_once_are_judged_as_in_every_round(
    shift: int, layout: list[bool], rounds: list[list[bool]]
) -> None:
    # `scrambled._judgements` keeps the first round's answers: each round's verdicts are
    # those of the detector with the document's facts fresh (nothing kept from a round).
    lines = [*LEAD_EN]
    for locked, line in zip(layout, [*LOCKED_EN, *LEAD_EN] * 3, strict=False):
        lines.append(caesar(line, shift) if locked else line)
    blocks = [Block(line, index, index + 1) for index, line in enumerate(lines)]
    english = load_language("en")
    facts = Facts(english, blocks)
    for keep in rounds:
        kept = [b for b, k in zip(blocks, [*keep, *[True] * len(blocks)], strict=False) if k]
        verdicts, fresh = [KEEP] * len(kept), [KEEP] * len(kept)
        with facts.round(kept):
            scrambled.mark_scrambled_text(kept, verdicts, facts)
        scrambled.mark_scrambled_text(kept, fresh, Facts(english, blocks))
        assert verdicts == fresh
        event(f"removed: {any(not v.keep for v in verdicts)}")
