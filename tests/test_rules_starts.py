"""The ASCII starts read from a pattern (`corpusclean.rules.starts`), which answer the start
oracle's questions in place of a `regex` compile: a start they reject no match can begin
with, on the shipped patterns, the rule case lines and generated patterns and lines."""

from __future__ import annotations

import re
from functools import cache

import attrs
import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from corpusclean.compat import REGEX_PARSER
from corpusclean.rules import engine, load_builtin_rules, readings, starts
from corpusclean.rules.literals import leading_alternatives, without_leading_lookarounds
from corpusclean.rules.starts import (
    START_CHARACTERS,
    Starts,
    derive_line_starts,
    line_starts,
    may_begin,
)
from strategies import case_variants, small_regexes
from test_rules_literals import CASE_LINES, SHIPPED, _flags

# Each pattern the oracle asks of a shipped rule: the rule's without its leading
# lookaheads, and each leading alternative's of a rule split by alternative.
ASKED = sorted(
    {
        (without_leading_lookarounds(pattern, _flags(rule)), _flags(rule), rule.name)
        for _code, rule in SHIPPED
        for head, parts, tail in [leading_alternatives(rule.pattern, _flags(rule))]
        for pattern in (
            rule.pattern,
            *(
                (head + part + tail for part in parts)
                if len(parts) >= engine.MIN_SPLIT_ALTERNATIVES
                else ()
            ),
        )
    }
)


def _on_regex(pattern: str, flags: int) -> regex.Pattern[str]:
    """The pattern as the oracle compiles it (`Rule.compile`)."""
    ignore = regex.IGNORECASE if flags & re.IGNORECASE else 0
    return regex.compile(pattern, ignore | (regex.VERBOSE if flags & re.VERBOSE else 0) | regex.V0)


@cache
def _derived(pattern: str, flags: int) -> Starts | None:
    """`derive_line_starts` of a pattern the oracle asks, read once in the process. Reading
    the 1,130 asked patterns was most of the suite's collection when it ran at import (every
    xdist worker collects every module), and three tests below read each again; the reading
    is a pure function of the pattern and flags, and a `Starts` is immutable."""
    return derive_line_starts(pattern, flags)


@cache
def _listed() -> tuple[tuple[str, int, str], ...]:
    """The asked patterns that have a list, read when a test first needs them."""
    return tuple((p, f, n) for p, f, n in ASKED if _derived(p, f) is not None)


# The lists are shipped for the Python version of the readings table only.
SHIPPED_HERE = readings._table() != {}


def test_most_shipped_patterns_the_oracle_asks_have_a_list() -> None:
    # What spares the compiles: on the ASCII speed corpus, 92 of the 537 patterns asked
    # had no list (docs/benchmarks-log.md, "A fresh process's first pass").
    assert len(_listed()) > len(ASKED) // 2


def test_the_shipped_lists_are_the_derived_ones() -> None:
    for pattern, flags, name in ASKED:
        expected = _derived(pattern, flags) if SHIPPED_HERE else None
        assert line_starts(pattern, flags) == expected, name


def test_a_pattern_not_shipped_has_no_list_at_run_time() -> None:
    # Reading one costs more than the compile it spares: a user's rule is asked of `regex`.
    assert line_starts("a pattern no rule ships", 0) is None
    assert derive_line_starts("a pattern no rule ships", 0) is not None


def test_no_case_line_a_shipped_pattern_matches_is_rejected_by_its_list() -> None:
    for pattern, flags, name in _listed():
        listed = _derived(pattern, flags)
        assert listed is not None
        compiled = re.compile(pattern, flags)
        for line in CASE_LINES:
            if compiled.fullmatch(line):
                assert may_begin(listed, line[:START_CHARACTERS]) is not False, (name, line)


def test_a_list_rejects_only_starts_regex_rejects_on_every_short_ascii_start() -> None:
    # The oracle's own answer (a `regex` partial match) for every printable character and
    # every start one character longer than a string of the list, for a sample of lists.
    printable = [chr(code) for code in range(32, 127)]
    for pattern, flags, name in _listed()[::7]:
        listed = _derived(pattern, flags)
        assert listed is not None
        compiled = _on_regex(pattern, flags)
        starts = set(printable)
        shorter = [s for s in listed[0] if len(s) < START_CHARACTERS and s.isascii()]
        starts |= {s + c for s in shorter for c in "aZ9 -."}
        for start in sorted(starts):
            if compiled.fullmatch(start, partial=True) is not None:
                assert may_begin(listed, start), (name, start)


def test_a_start_outside_ascii_or_too_long_is_not_answered() -> None:
    listed = derive_line_starts("share this", re.IGNORECASE)
    assert listed is not None
    assert may_begin(listed, "Sha") is True
    assert may_begin(listed, "sHA") is True
    assert may_begin(listed, "Shy") is False
    assert may_begin(listed, "Sh") is True  # a line that short cannot match; still a start
    assert may_begin(listed, "ſha") is None  # "ſ" is "s" ignoring case: asked of `regex`
    assert may_begin(listed, "Shar") is None


def test_what_the_list_cannot_read_has_no_list() -> None:
    assert derive_line_starts(r"(a)\1") is None  # a group reference
    assert derive_line_starts(r"(?(1)a|b)") is None  # a conditional


def test_a_pattern_of_too_many_starts_or_a_scoped_flag_is_listed_by_its_classes() -> None:
    # startup41: such a pattern was asked of `regex`, compiled in the first pass of every
    # process (123 of the 131 compiles over the ASCII speed corpus).
    words = derive_line_starts(r"\w\w\w", 0)  # 63 ** 3 starts
    assert words is not None and words[2] is not None
    assert len([s for s in words[0] if s.isascii()]) == 4  # "", "0", "00", "000" in stand-ins
    assert may_begin(words, "Ab9") and may_begin(words, "_") and not may_begin(words, "a b")
    scoped = derive_line_starts(r"(?i:a)b", 0)
    assert scoped is not None
    assert may_begin(scoped, "Ab") and may_begin(scoped, "ab") and not may_begin(scoped, "aB")
    folded = derive_line_starts(r"(?-i:D)iscussion \d+", re.IGNORECASE)
    assert folded is not None
    assert may_begin(folded, "DIS") and may_begin(folded, "Dis") and not may_begin(folded, "dis")
    digits = derive_line_starts(r"\d+\s+(thoughts|replies) on", re.IGNORECASE)
    assert digits is not None
    assert may_begin(digits, "12 ") and may_begin(digits, "1 T") and not may_begin(digits, "1 x")
    assert may_begin(digits, "1²") is None  # outside ASCII: asked of `regex`


def test_a_start_before_a_character_outside_ascii_is_listed() -> None:
    # A split rule asks the alternatives of "Tél" only among those "T" allowed: "T" must
    # be a start of "téléchargez", though no ASCII line of three characters begins it.
    listed = derive_line_starts("(téléchargez|installez) l'application", re.IGNORECASE)
    assert listed is not None
    assert may_begin(listed, "T") and may_begin(listed, "ins")
    assert may_begin(listed, "Te") is False
    assert may_begin(listed, "Té") is None


def test_a_start_outside_ascii_is_answered_no_where_no_match_holds_one() -> None:
    # startup41: a page's "“Go" was asked of `regex`, compiled for every rule on a
    # page-mode process's first page of such lines.
    listed = derive_line_starts("(read|go) on", re.IGNORECASE)
    assert listed is not None
    assert may_begin(listed, "“Re") is False and may_begin(listed, "Re“") is False
    shared = derive_line_starts("share", re.IGNORECASE)
    assert shared is not None
    assert may_begin(shared, "ſha") is None  # "ſ" is "s" ignoring case: asked of `regex`
    quoted = derive_line_starts(r"[“\"]?read more", re.IGNORECASE)
    assert quoted is not None
    assert may_begin(quoted, "“Re") is None and may_begin(quoted, "«Re") is None
    assert may_begin(quoted, "R“") is False
    classed = derive_line_starts(r"\d+ ?(photos|fotos)", re.IGNORECASE)
    assert classed is not None and classed[2] is not None
    assert may_begin(classed, "1 “") is False and may_begin(classed, "1²") is None


def test_a_character_outside_ascii_is_read_as_the_ascii_ones_re_takes_for_it() -> None:
    # Ignoring case, `re` takes "ſ" for "s" and the Kelvin sign for "k"; "ä" for none.
    listed = derive_line_starts("ſhare|\u212aey|äb", re.IGNORECASE)
    assert listed is not None
    assert may_begin(listed, "Sha") and may_begin(listed, "KEY")
    assert not may_begin(listed, "ab")
    assert derive_line_starts("äb", 0) == (frozenset({"", "\x80"}), False, None)
    listed = derive_line_starts("[^ſ]x", re.IGNORECASE)
    assert listed is not None
    assert not may_begin(listed, "Sx") and may_begin(listed, "ax")
    digits = derive_line_starts(r"\d", 0)
    assert digits is not None
    assert may_begin(digits, "²") is None  # outside ASCII: asked of `regex`


def test_lists_read_classes_repeats_and_case() -> None:
    listed = derive_line_starts(r"[^a-z]b", re.IGNORECASE)
    assert listed is not None
    assert not may_begin(listed, "Ab")  # "A" is "a" ignoring case: in the class it negates
    assert may_begin(listed, "1b")
    listed = derive_line_starts(r"(?:ab)*c|x?")
    assert listed is not None
    assert set(listed[0]) == {"", "a", "ab", "aba", "abc", "c", "x"}
    assert not listed[1]


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    pattern=small_regexes(),
    ignore_case=st.booleans(),
    line=st.text(alphabet="aAbBy/>:1920é İKk,-.! \x1c\n", max_size=12),
    data=st.data(),
)
@example(pattern="[^>]", ignore_case=False, line="\x1c", data=None)
@example(pattern="K", ignore_case=True, line="k", data=None)
@example(pattern="aé", ignore_case=False, line="aé", data=None)
@example(pattern="(?:é|b)x", ignore_case=True, line="éx", data=None)
def test_a_list_never_rejects_the_start_of_a_line_the_pattern_matches(
    pattern: str, ignore_case: bool, line: str, data: st.DataObject | None
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    if data is not None and ignore_case:
        line = data.draw(case_variants(line))  # "ı", "ſ", the Kelvin sign for "i", "s", "k"
    listed = derive_line_starts(pattern, flags)
    if listed is None or not re.fullmatch(pattern, line, flags):
        return
    # Each shorter start too: a rule split by alternative asks "T" before "Té" and "Tél".
    for end in range(START_CHARACTERS + 1):
        assert may_begin(listed, line[:end]) is not False, line[:end]


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    pattern=small_regexes(lookarounds=False),
    ignore_case=st.booleans(),
    start=st.text(alphabet="aAbBy/>:1920 Kk,-.! ", min_size=1, max_size=START_CHARACTERS),
)
def test_a_list_rejects_only_what_regex_rejects(
    pattern: str, ignore_case: bool, start: str
) -> None:
    # The oracle answered from `regex` before; a list answers as it does where it rejects
    # (a list may let through more: a `\b` it reads as no constraint). Not with a
    # lookahead: `regex` counts running out inside one as a partial match ("0" against
    # "(?=.*a)", which matches only the empty line), where a list rightly rejects. Drawn
    # without them, not filtered: nearly every drawn pattern holds one.
    flags = re.IGNORECASE if ignore_case else 0
    listed = derive_line_starts(pattern, flags)
    if listed is None or may_begin(listed, start) is not False:
        return
    assert _on_regex(pattern, flags).fullmatch(start, partial=True) is None


@given(small_regexes(lookarounds=False))
def test_a_pattern_drawn_without_lookarounds_holds_none(pattern: str) -> None:
    # The property above claims nothing of a lookahead: what its strategy draws holds none.
    assert "(?=" not in pattern and "(?!" not in pattern


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_oracle_answers_as_regex_does_on_shipped_rules(language: str) -> None:
    # Every anchored rule, asked of starts of the case lines: the answer with the lists is
    # `regex`'s, or more permissive.
    oracle = engine._StartOracle()
    rules = [r for r in load_builtin_rules(language) if not r.keywords]
    starts = sorted({line[:START_CHARACTERS] for line in CASE_LINES if line})[:400]
    for rule in rules:
        compiled = attrs.evolve(  # without its guards, leading lookaheads too
            rule, pattern=without_leading_lookarounds(rule.pattern, _flags(rule)), unless=()
        ).compile()
        for start in starts:
            if oracle.may_start(rule, start) is False:
                assert compiled.fullmatch(start, partial=True) is None, (rule.name, start)


def _by_classes(pattern: str, flags: int) -> Starts | None:
    """The pattern's starts read by its classes, as for a pattern of too many starts, even
    where a plain list can be read (`derive_line_starts` reads this way only where not)."""
    tree = REGEX_PARSER.parse(pattern, flags)
    items, read = list(tree), tree.state.flags
    try:
        classes = starts._classes(items, read)
        found = starts._sequence(items, START_CHARACTERS, read, classes)
    except starts._NoListError:
        return None
    return starts._every_start(found), False, "".join(map(classes.__getitem__, starts._ASCII))


@settings(deadline=None, suppress_health_check=list(HealthCheck))
@given(
    pattern=small_regexes(),
    ignore_case=st.booleans(),
    start=st.text(alphabet="aAbBy/>:1920 Kk,-.!\n\x1cé“ſ", max_size=START_CHARACTERS),
)
@example(pattern="[^a-z]b", ignore_case=True, start="Ab")
@example(pattern="K", ignore_case=True, start="k")
def test_a_list_by_classes_answers_as_the_plain_list(
    pattern: str, ignore_case: bool, start: str
) -> None:
    # The plain list is the reference: a start written in its classes' stand-ins is listed
    # exactly when the start itself is (startup41).
    flags = re.IGNORECASE if ignore_case else 0
    plain = derive_line_starts(pattern, flags)
    if plain is None or plain[2] is not None:
        return
    classed = _by_classes(pattern, flags)
    assert classed is not None
    assert may_begin(classed, start) == may_begin(plain, start)
    for char in starts._ASCII:
        assert may_begin(classed, char) == may_begin(plain, char), repr(char)
