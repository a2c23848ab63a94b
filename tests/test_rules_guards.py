"""Rule-level guards (`corpusclean.rules.guards`): a rule file's ``unless`` option.

A guard is written once and named by the rules that need it: ``quoted`` keeps a line that
opens on a quotation the sentence goes on after, ``reported`` a line with a verb of saying
after a comma (the language's ``saying_verbs``), ``speech`` a line with one of those verbs
anywhere (the English rules). The built-in rules use them; so may a user's rule file,
through the same loader.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.language import load_language
from corpusclean.rules import (
    Rule,
    RuleMatcher,
    builtin_languages,
    load_builtin_rules,
    load_rules,
    parse_rules,
)
from corpusclean.rules.guards import QUOTED_GUARD, Guard, reported_guard, speech_guard
from corpusclean.rules.literals import without_leading_lookarounds
from strategies import case_variants, examples, sentences

CASES = Path(__file__).parent / "cases"
QUOTE_MARKS = "„“”\"«»‚‘’'"
# A quotation as the press of each guarded language opens and closes it, and what follows
# the closing mark in a sentence that goes on.
QUOTES = (("«", "»"), ("„", "“"), ("“", "”"), ('"', '"'), ("« ", " »"))
JOINS = (": ", ", ", " – ", " ")
PT_FOLLOW = "(siga-nos|acompanhe) no (instagram|facebook)"


def _rule_file(body: str, language: str | None = "pt") -> str:
    head = f'language = "{language}"\n' if language else ""
    return head + (
        '[[rules]]\nname = "site_follow"\nfamily = "social"\nreason = "a follow call"\n'
        f"pattern = '''{PT_FOLLOW}'''\n{body}"
    )


# ---------------------------------------------------------------------------- the schema


def test_unless_parses_into_guards_in_order() -> None:
    (rule,) = parse_rules(_rule_file('unless = ["quoted", "reported"]\n'), "site.toml")
    assert rule.unless == (Guard.QUOTED, Guard.REPORTED)
    assert rule.language == "pt"
    assert rule.pattern == PT_FOLLOW  # as written; the guards go before it when built
    # In their order, before the pattern (one branch at its top level: left as it is).
    assert rule.guarded_pattern == QUOTED_GUARD + reported_guard("pt") + PT_FOLLOW


def test_a_rule_without_unless_matches_its_pattern_alone() -> None:
    (rule,) = parse_rules(_rule_file(""), "site.toml")
    assert rule.unless == ()
    assert rule.guarded_pattern == rule.pattern
    assert rule.with_guards_inlined() is rule


@pytest.mark.parametrize("name", ["quote", "Quoted", "reported_speech", ""])
def test_an_unknown_guard_is_a_clear_error(name: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_rules(_rule_file(f'unless = ["{name}"]\n'), "site.toml")
    message = str(error.value)
    assert "site.toml" in message and "site_follow" in message
    assert f"unknown guard {name!r}" in message and "'quoted', 'reported'" in message


def test_unless_is_a_list_not_a_string() -> None:
    with pytest.raises(ValueError, match="unless is a list of guard names"):
        parse_rules(_rule_file('unless = "quoted"\n'), "site.toml")


def test_the_reported_guard_needs_the_files_language() -> None:
    with pytest.raises(ValueError, match='top-level language = "<code>"'):
        parse_rules(_rule_file('unless = ["reported"]\n', language=None), "site.toml")
    # The quotation guard reads no words: no language needed.
    (rule,) = parse_rules(_rule_file('unless = ["quoted"]\n', language=None), "site.toml")
    assert rule.unless == (Guard.QUOTED,)


@pytest.mark.parametrize("guard", ["reported", "speech"])
def test_a_language_without_saying_verbs_is_a_clear_error(guard: str) -> None:
    assert not load_language("ja").saying_verbs
    with pytest.raises(ValueError, match=rf"the '{guard}' guard .* lists none: add saying_verbs"):
        parse_rules(_rule_file(f'unless = ["{guard}"]\n', language="ja"), "site.toml")


def test_the_speech_guard_needs_the_files_language() -> None:
    with pytest.raises(ValueError, match=r"the 'speech' guard .* top-level language"):
        parse_rules(_rule_file('unless = ["speech"]\n', language=None), "site.toml")


def test_the_speech_guard_reads_a_verb_anywhere_as_a_whole_word() -> None:
    (rule,) = parse_rules(_rule_file('unless = ["speech"]\n', language="en"), "site.toml")
    assert rule.guarded_pattern == speech_guard("en") + PT_FOLLOW
    pattern = "(.* )?follow us on instagram.*"
    guarded, bare = (
        Rule(name="a", family="b", reason="c", pattern=pattern, unless=unless, language="en")
        for unless in (["speech"], [])
    )
    for verb in load_language("en").saying_verbs:
        # After a comma, after a space, or before the call: anywhere in the line.
        for line in (
            f"Follow us on Instagram, {verb} the mayor",
            f"Follow us on Instagram {verb.upper()} X",
            f"Officials {verb} residents: follow us on Instagram",
        ):
            assert bare.compile().fullmatch(line) and guarded.compile().fullmatch(line) is None
    # Part of a longer word is no verb: "essays" holds "says", "untold" holds "told".
    assert guarded.compile().fullmatch("Follow us on Instagram for essays and untold stories")
    assert guarded.compile().fullmatch("Follow us on Instagram")


def test_the_files_language_is_a_code() -> None:
    with pytest.raises(ValueError, match="top-level language is a language code"):
        parse_rules(_rule_file("", language="Portuguese"), "site.toml")


def test_the_guards_are_composed_once_with_the_rule() -> None:
    rule = Rule(
        name="a", family="b", reason="c", pattern=PT_FOLLOW, unless=["reported"], language="pt"
    )
    # The composed text is a value of the rule, not rebuilt on each use.
    assert rule.guarded_pattern is rule.guarded_pattern
    assert rule.compile().pattern == rule.guarded_pattern


def test_the_matcher_answers_with_the_rule_as_loaded() -> None:
    # The matcher reads each rule with its guards written into its pattern, but a match
    # answers with the caller's own rule (equal to it, `unless` kept), also once pickled
    # (a distributed run ships the matcher to its workers).
    import pickle

    rules = load_builtin_rules("pt")
    guarded = next(rule for rule in rules if rule.name == "follow_call")
    assert guarded.unless
    matcher = RuleMatcher(rules, trusted=rules)
    line = "Siga-nos no Instagram"
    assert matcher.match(line, 4) == guarded
    assert matcher.match(line, 4).unless == guarded.unless  # type: ignore[union-attr]
    assert matcher.match(f"{line}, disse o ministro", 7) is None
    again = pickle.loads(pickle.dumps(matcher))
    assert again.match(line, 4) == guarded
    assert again.rules == matcher.rules


def test_every_top_level_alternative_is_guarded() -> None:
    rule = Rule(name="a", family="b", reason="c", pattern="share this|tweet", unless=["quoted"])
    # Each alternative behind its own guard: the start oracle, which reads the pattern
    # alternative by alternative without leading lookaheads, reads the written pattern.
    assert rule.guarded_pattern == f"{QUOTED_GUARD}share this|{QUOTED_GUARD}tweet"
    compiled = rule.compile()
    assert compiled.fullmatch("tweet") and compiled.fullmatch("share this")
    assert compiled.fullmatch("“tweet” is a verb now") is None
    assert compiled.fullmatch("“share this” is a button") is None


def test_global_flags_stay_first() -> None:
    rule = Rule(name="a", family="b", reason="c", pattern="(?s)share.this", unless=["quoted"])
    assert rule.guarded_pattern.startswith("(?s)" + QUOTED_GUARD)
    assert rule.compile().fullmatch("share\nthis")
    assert rule.compile_trusted() is not None


def test_a_verbose_pattern_is_guarded_whole() -> None:
    # A comment on the verbose pattern's last line must not swallow the guard's group end.
    rule = Rule(
        name="a", family="b", reason="c", verbose=True, unless=["quoted"],
        pattern="follow\\ us  # the call\n | like\\ us  # the other call",
    )  # fmt: skip
    compiled = rule.compile()
    assert compiled.fullmatch("like us") and compiled.fullmatch("follow us")
    assert compiled.fullmatch("“like us” is what the page said") is None


# ------------------------------------------------------------------ user files, as built in


def test_a_user_rule_with_unless_behaves_like_the_builtin(tmp_path: Path) -> None:
    builtin = {rule.name: rule for rule in load_builtin_rules("pt")}["tip_call"]
    assert builtin.unless == (Guard.REPORTED,)
    path = tmp_path / "site.toml"
    path.write_text(
        'language = "pt"\n[[rules]]\nname = "site_tip_call"\nfamily = "newsletter"\n'
        'reason = "a tip call"\nunless = ["reported"]\n'
        f"pattern = '''{builtin.pattern}'''\n",
        encoding="utf-8",
    )
    (user,) = load_rules(path)
    assert user.guarded_pattern == builtin.guarded_pattern
    lines = [*_case_inputs("pt", "tip_call"), "Escreva-nos, dizia a carta que chegou à redação"]
    config = Config(language="pt", rule_files=(str(path),), disabled_rules=frozenset({"tip_call"}))
    own, theirs = Cleaner(Config(language="pt")), Cleaner(config)
    for line in lines:
        by_builtin = [r.text for r in own.clean(line).removed if r.rule == "tip_call"]
        by_user = [r.text for r in theirs.clean(line).removed if r.rule == "site_tip_call"]
        assert by_builtin == by_user, line
    assert any(_case_inputs("pt", "tip_call", "removed"))


# ------------------------------------------------------------------------- the properties


@cache
def _cases(language: str) -> tuple[dict[str, object], ...]:
    if language == "en":  # English's cases came first: a bare list, in rules.json
        return tuple(json.loads((CASES / "rules.json").read_text(encoding="utf-8")))
    path = CASES / f"rules_{language}.json"
    if not path.is_file():
        return ()
    return tuple(json.loads(path.read_text(encoding="utf-8"))["cases"])


def _case_inputs(language: str, rule: str, expect: str | None = None) -> list[str]:
    return [
        case["input"]
        for case in _cases(language)
        if case["rule"] == rule
        and isinstance(case["input"], str)
        and (expect is None or case["expect"] == expect)
    ]


@cache
def _guarded(guard: Guard) -> tuple[tuple[str, str, str], ...]:
    """(language, rule, junk) for every shipped rule with ``guard`` and each of its removed
    one-line cases without a quotation mark of its own."""
    return tuple(
        (language, rule.name, junk)
        for language in builtin_languages()
        for rule in load_builtin_rules(language)
        if guard in rule.unless
        for junk in _case_inputs(language, rule.name, "removed")
        if "\n" not in junk and not any(mark in junk for mark in QUOTE_MARKS)
    )


@cache
def _cleaner(language: str) -> Cleaner:
    return Cleaner(Config(language=language))


def _removed_by(language: str, rule: str, line: str) -> list[str]:
    return [r.text for r in _cleaner(language).clean(line).removed if r.rule == rule]


def test_every_guarded_rule_has_junk_to_guard() -> None:
    quoted = {(language, rule) for language, rule, _junk in _guarded(Guard.QUOTED)}
    reported = {(language, rule) for language, rule, _junk in _guarded(Guard.REPORTED)}
    speech = {(language, rule) for language, rule, _junk in _guarded(Guard.SPEECH)}
    assert ("pt", "follow_call") in quoted and ("de", "cookie_notice") in quoted
    assert len(reported) >= 20
    assert ("en", "follow_call") in speech and ("en", "tip_call") in speech
    assert len(speech) >= 9


@settings(max_examples=examples(80))
@given(data=st.data())
def test_a_quoted_junk_example_opening_a_sentence_stays(data: st.DataObject) -> None:
    language, rule, junk = data.draw(st.sampled_from(_guarded(Guard.QUOTED)))
    junk = junk.rstrip(".!")
    opening, closing = data.draw(st.sampled_from(QUOTES))
    join = data.draw(st.sampled_from(JOINS))
    rest = data.draw(sentences(min_words=3, max_words=12))
    line = f"{opening}{junk}{closing}{join}{rest[0].lower()}{rest[1:]}"
    assert _removed_by(language, rule, line) == []
    # The bare example still goes: the quotation, not a lost pattern, keeps the line.
    assert _removed_by(language, rule, junk) == [junk]


@settings(max_examples=examples(80))
@given(data=st.data())
def test_a_junk_example_reported_with_a_verb_of_saying_stays(data: st.DataObject) -> None:
    language, rule, junk = data.draw(st.sampled_from(_guarded(Guard.REPORTED)))
    junk = junk.rstrip(".!")
    verb = data.draw(st.sampled_from(load_language(language).saying_verbs))
    line = f"{junk}, {verb} {data.draw(st.sampled_from(('o', 'la', 'die', 'de', 'il')))} X"
    assert _removed_by(language, rule, line) == []
    assert _removed_by(language, rule, junk) == [junk]


def test_a_guard_changes_no_start_the_oracle_reads() -> None:
    # The start oracle reads a pattern without its leading lookaheads: for every guarded
    # rule that is the written pattern's own, so its shipped starts are the unguarded ones.
    for language in builtin_languages():
        for rule in load_builtin_rules(language):
            if rule.unless:
                flags = (re.IGNORECASE if rule.ignore_case else 0) | (
                    re.VERBOSE if rule.verbose else 0
                )
                written = without_leading_lookarounds(rule.pattern, flags)
                assert without_leading_lookarounds(rule.guarded_pattern, flags) == written


@settings(max_examples=examples(60))
@given(data=st.data())
def test_a_guard_only_rejects(data: st.DataObject) -> None:
    # Every line the guarded rule takes, its pattern alone takes too.
    language, name, junk = data.draw(
        st.sampled_from(_guarded(Guard.REPORTED) + _guarded(Guard.QUOTED) + _guarded(Guard.SPEECH))
    )
    rule = {r.name: r for r in load_builtin_rules(language)}[name]
    line = data.draw(st.sampled_from(_case_inputs(language, name) or [junk]))
    if rule.compile().fullmatch(line):
        assert attrs.evolve(rule, unless=()).compile().fullmatch(line)


# How an article goes on after a call it reports: the verb after a comma, a dash or a space.
SPEECH_JOINS = (", ", " — ", " ")
SPEAKERS = ("the mayor", "police", "the sheriff's office", "she", "organisers")
# The longest speaker and verb: a pattern bounded in length that takes it takes any other.
LONGEST_REPORT = "the sheriff's office recommended"


@cache
def _spoken(join: str) -> tuple[tuple[str, str, str], ...]:
    """(rule, junk, join) for each speech-guarded English junk example whose pattern alone
    takes it with a speaker and a verb of saying after it: the lines the guard must keep."""
    rules = {rule.name: rule for rule in load_builtin_rules("en")}
    return tuple(
        (name, junk, join)
        for language, name, junk in _guarded(Guard.SPEECH)
        if attrs.evolve(rules[name], unless=()).compile().fullmatch(f"{junk}{join}{LONGEST_REPORT}")
    )


def test_most_speech_guarded_junk_can_be_reported() -> None:
    # The property below draws from these. A pattern that ends on the notice's stop
    # (regulator_notice, event_ticket_pitch) takes no clause after it, so not every rule.
    rules = {rule for rule, _junk, _join in _spoken(", ")}
    assert len(_spoken(", ")) >= 30 and len(rules) >= 6


@settings(max_examples=examples(80))
@given(data=st.data())
def test_a_junk_example_with_a_verb_of_saying_anywhere_stays(data: st.DataObject) -> None:
    join = data.draw(st.sampled_from(SPEECH_JOINS))
    name, junk, _join = data.draw(st.sampled_from(_spoken(join)))
    verb = data.draw(st.sampled_from(load_language("en").saying_verbs))
    speaker = data.draw(st.sampled_from(SPEAKERS))
    line = f"{junk}{join}{speaker} {verb}"
    rule = {rule.name: rule for rule in load_builtin_rules("en")}[name]
    # The pattern alone takes the reported line (so the guard is what keeps it) ...
    assert attrs.evolve(rule, unless=()).compile().fullmatch(line)
    assert rule.compile().fullmatch(line) is None
    assert _removed_by("en", name, line) == []
    # ... and the bare example still goes.
    assert _removed_by("en", name, junk) == [junk]


@settings(max_examples=examples(80))
@given(data=st.data())
def test_the_speech_guard_answers_as_its_verbs_alone(data: st.DataObject) -> None:
    # The class of the verbs' first letters only speeds the guard up: with it, a line is
    # rejected exactly when the plain alternation of the verbs finds one, in any case and
    # with the characters `re` folds otherwise ("ſaid"), on both engines.
    language = data.draw(st.sampled_from([c for c in builtin_languages() if _has_verbs(c)]))
    verbs = load_language(language).saying_verbs
    plain = r"(?!.*\b(?:" + "|".join(re.escape(verb) for verb in verbs) + r")\b)"
    pieces = st.one_of(st.sampled_from(verbs), sentences(min_words=1, max_words=4))
    words = [data.draw(case_variants(piece)) for piece in data.draw(st.lists(pieces, max_size=4))]
    line = data.draw(st.sampled_from([" ", ", ", "", "s"])).join(words)
    for flags in (re.IGNORECASE, 0):
        composed = re.compile(speech_guard(language) + ".*", flags)
        assert bool(composed.fullmatch(line)) == bool(
            re.compile(plain + ".*", flags).fullmatch(line)
        )
    rule = Rule(
        name="a", family="b", reason="c", pattern=".*", unless=["speech"], language=language
    )
    by_regex = regex.compile(plain + ".*", regex.IGNORECASE | regex.V0)  # as `Rule.compile`
    assert bool(rule.compile().fullmatch(line)) == bool(by_regex.fullmatch(line))


def _has_verbs(language: str) -> bool:
    return bool(load_language(language).saying_verbs)
