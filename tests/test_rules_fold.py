"""Case folded as the rules' patterns fold it (`corpusclean.rules.fold`): two characters
fold alike exactly when `re` ignores case between them, checked over every code point, and
the keyword search built on it finds a rule's keyword in every line its pattern matches."""

from __future__ import annotations

import functools
import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from corpusclean.rules import load_builtin_rules
from corpusclean.rules.engine import RuleMatcher
from corpusclean.rules.fold import CASED_BELOW, fold_case, fold_tables, folded_outside_ascii
from corpusclean.rules.keywords import KeywordSearch, keywords_in
from corpusclean.rules.rule import Rule
from corpusclean.text import word_count
from strategies import case_variants
from test_rules import first_rule_that_matches

EVERY_CHARACTER = "".join(map(chr, range(sys.maxunicode + 1)))


@functools.cache
def _classes() -> dict[str, frozenset[str]]:
    """The characters that fold alike with at least one other, each with its class."""
    table, _special = fold_tables()
    groups: dict[int, set[int]] = {}
    for code, rep in table.items():
        groups.setdefault(rep, {rep}).add(code)
    return {chr(c): frozenset(map(chr, g)) for g in groups.values() for c in g}


def test_folding_is_one_character_for_one_whatever_the_neighbours() -> None:
    # The fast path (str.lower) and the table agree on every code point, alone and after a
    # cased letter (where str.lower turns "Σ" into "ς"), and no character grows or vanishes.
    table, _special = fold_tables()
    for char in EVERY_CHARACTER:
        folded = char.translate(table)
        assert len(folded) == 1
        assert fold_case(char) == folded, hex(ord(char))
        assert fold_case("Aé" + char + "a") == "aé" + folded + "a", hex(ord(char))


def test_a_text_without_the_characters_folding_changes_folds_as_its_ascii_letters() -> None:
    # The keyword search reads a text outside ASCII as its UTF-8 bytes with the ASCII letters
    # lowered when it holds none of `folded_outside_ascii`: every other code point outside
    # ASCII, after and before a cased letter (where str.lower reads "Σ" by its neighbours),
    # is its own fold, so the two readings are the same bytes.
    changed = folded_outside_ascii()
    others = [char for char in EVERY_CHARACTER[0x80:] if char not in changed]
    text = "A" + "Aé".join(others) + "Z"
    assert fold_case(text).encode("utf-8", "surrogatepass") == (
        text.encode("utf-8", "surrogatepass").lower()
    )
    # ... and each character it holds is one that folding changes, or that str.lower alone
    # folds otherwise than re.
    table, special = fold_tables()
    assert all(ord(char) in table or special.search(char) for char in changed)
    assert {"Ä", "İ", "ı", "Σ", "ς", "ſ", "µ", "\u212a"} <= changed
    assert not changed & set(EVERY_CHARACTER[:0x80])


def test_characters_fold_alike_exactly_when_re_ignores_case_between_them() -> None:
    classes = _classes()
    members = "".join(sorted(classes))
    for char, expected in classes.items():
        assert set(re.findall(re.escape(char), members, re.IGNORECASE)) == expected, char
    # No other character equals any of them under re (one search of every code point).
    every = re.compile("[" + "".join(map(re.escape, members)) + "]", re.IGNORECASE)
    assert "".join(every.findall(EVERY_CHARACTER)) == members
    assert all(ord(char) < CASED_BELOW for char in members)


def test_the_letters_casefold_gets_wrong() -> None:
    assert fold_case("İSTANBUL ıſK") == fold_case("istanbul isk") == "istanbul isk"
    assert fold_case("ΟΔΟΣ οδος") == fold_case("οδοσ οδοσ")
    assert fold_case("Straße") == "straße"  # re does not match "ß" to "ss": neither do we
    assert Rule(name="r", family="f", pattern="x", reason="y", keywords=["THİS "]).keywords == (
        "this ",
    )


BUILTIN = load_builtin_rules()
WITH_KEYWORDS = [rule for rule in BUILTIN if rule.keywords]
CASE_LINES = sorted(
    {
        line
        for rule in WITH_KEYWORDS
        for line in (
            *(f"{k}{rest}" for k in rule.keywords for rest in ("", " more", " article here")),
            *(f"More {k}" for k in rule.keywords),
        )
    }
    | {
        "Share this article",
        "THIS ARTICLE WAS PUBLISHED WITH PERMISSION",
        "Sign up for our newsletter",
        "Your daily briefing, in your inbox",
        "Click here to subscribe",
        "Photo: Reuters",
    }
)


@functools.cache
def _matcher() -> RuleMatcher:
    return RuleMatcher(BUILTIN, trusted=BUILTIN)


def _first_rule_that_matches(line: str, words: int) -> Rule | None:
    """The reference (`test_rules.first_rule_that_matches`) over the built-in rules."""
    return first_rule_that_matches(BUILTIN, line, words)


@given(st.sampled_from(CASE_LINES).flatmap(case_variants))
@example("clıck here")  # page_ui to `re`; the start oracle's `regex` did not see it could be
def test_a_line_matching_a_pattern_holds_its_keyword_under_any_case(line: str) -> None:
    for rule in WITH_KEYWORDS:
        compiled = rule.compile_trusted()
        if compiled is not None and compiled.fullmatch(line):
            assert keywords_in(line, rule.keywords), (rule.name, line)
            assert KeywordSearch(rule.keywords).by_line(["Intro", line])[line], (rule.name, line)
    words = word_count(line)
    expected = _first_rule_that_matches(line, words)
    assert _matcher().for_document(["Intro text", line]).match(line, words) == expected


# Characters that `re` and `regex` class differently: "²" is `\w` to `re` only, "ⓒ" and a
# combining acute to `regex` only, "\x1c" is `\s` to `re` only.
_CLASSED_OTHERWISE = ("²", "ⓒ", "\u0301", "\x1c", " \x1c")


def _put(line: str, char: str, at: int, replace: bool) -> str:
    return line[:at] + char + line[at + replace :]


@given(
    st.builds(
        _put,
        st.sampled_from(CASE_LINES),
        st.sampled_from(_CLASSED_OTHERWISE),
        st.integers(0, 2),
        st.booleans(),
    )
)
# separator_line to `re`, whose `\s` holds "\x1c"; the start oracle asks `regex`, which
# ruled the rule out for this start.
@example("\x1c----")
def test_a_character_the_engines_class_differently_does_not_hide_a_rule(line: str) -> None:
    words = word_count(line)
    expected = _first_rule_that_matches(line, words)
    assert _matcher().for_document(["Intro text", line]).match(line, words) == expected


def test_lines_that_casefolding_kept_from_their_rule_reach_it() -> None:
    # Each matches its rule's pattern (re: "ı" is "i"), but casefolding left "ınbox" and
    # "thıs" without the keywords "inbox" and "this ", so the rule was never tried.
    for line, name in (
        ("Sign up to get updates in your ınbox", "newsletter_pitch"),
        ("Thıs artıcle was orıgınally publıshed by Reuters", "syndication_note"),
    ):
        found = _matcher().for_document([line]).match(line, word_count(line))
        assert found is not None and found.name == name, line
