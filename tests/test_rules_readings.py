"""The shipped table of the built-in rules' pattern readings (`corpusclean.rules.readings`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpusclean import Cleaner, Config
from corpusclean.rules import literals, load_builtin_rules
from corpusclean.rules.readings import (
    MISSING,
    READINGS_FILE,
    python_version,
    shipped_reading,
    shipped_versions,
)
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
GEN_READINGS = ROOT / "scripts" / "gen_readings.py"
TABLE = ROOT / "src" / "corpusclean" / "rules" / "data" / READINGS_FILE
# The table's first line: "python", a tab, and the versions as a JSON list.
SHIPPED_FOR = json.loads(TABLE.read_text("utf-8").partition("\n")[0].partition("\t")[2])
on_table_version = pytest.mark.skipif(
    python_version() not in SHIPPED_FOR,
    reason=f"the table is derived on Python {', '.join(SHIPPED_FOR)} and used there only",
)


def _generator() -> Any:
    return load_script(GEN_READINGS)


@on_table_version
def test_shipped_readings_are_up_to_date() -> None:
    # Derives every reading again (about 10 CPU s on 3.11): fails when a rule file or the
    # way patterns are read changed without the table being derived again, or when a listed
    # Python version reads a pattern otherwise. The page features' readings are listed by
    # their NumPy path (`gen_readings.page_keys`); without NumPy the rules' are compared.
    assert _generator().main(["--check"]) == 0, "run python scripts/gen_readings.py"


def test_table_is_used_on_each_version_it_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpusclean.rules import readings

    assert shipped_versions() == tuple(SHIPPED_FOR)
    for version in SHIPPED_FOR:
        monkeypatch.setattr(readings, "python_version", lambda version=version: version)
        readings._table.cache_clear()
        try:
            assert len(readings._table()) > 2000, version
        finally:
            monkeypatch.undo()
            readings._table.cache_clear()


def test_rules_readings_only_drops_the_page_literals() -> None:
    generator = _generator()
    body = (
        '"a|b"\t[["parts", 0, null, ["a"]], ["literals", 0, null, ["a", "b"]]]\n'
        '"c d"\t[["literals", 2, null, ["c d"]]]\n'
    )
    assert generator.rules_readings_only(body) == '"a|b"\t[["parts", 0, null, ["a"]]]\n'
    versions, rest = generator.split_table('python\t["3.10", "3.11"]\n' + body)
    assert (versions, rest) == (["3.10", "3.11"], body)


@on_table_version
def test_builtin_patterns_are_looked_up_not_read() -> None:
    rule = next(r for r in load_builtin_rules("en") if r.keywords)
    flags = 2 if rule.ignore_case else 0
    assert shipped_reading("parts", rule.pattern, flags) is not MISSING
    declared = frozenset(rule.keywords)
    assert shipped_reading("keywords", rule.pattern, flags, declared) is not MISSING


def test_table_is_unused_on_another_python(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpusclean.rules import readings

    monkeypatch.setattr(readings, "python_version", lambda: "2.7")
    readings._table.cache_clear()
    try:
        assert readings._table() == {}
    finally:
        monkeypatch.undo()
        readings._table.cache_clear()


@on_table_version
def test_page_literals_are_looked_up_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # startup42: the literals gating the page features' split patterns are shipped, so a
    # process's first page parses none of them; looked up, they are what the parser reads.
    batch = pytest.importorskip("corpusclean.page.batch")
    sources = [key for reader in batch.literal_readers() for key in reader.literal_sources]
    assert len(sources) > 90
    for source, flags in sources:
        assert shipped_reading("literals", source, flags) is not MISSING, source
        looked_up = literals.required_literals(source, flags)
        with literals.derived_now():
            assert literals.required_literals(source, flags) == looked_up, source


def test_user_pattern_is_read_at_run_time() -> None:
    # A pattern no shipped rule has: not in the table, read by the parser as before.
    pattern = r"(?:zorblat|quuxify) (?:this|that) page"
    assert shipped_reading("keywords", pattern, 2, frozenset({"zorblat"})) is MISSING
    found = literals.required_keywords(pattern, 2, ["zorblat", "quuxify"])
    assert found == frozenset({"zorblat this page", "zorblat that page"}) | frozenset(
        {"quuxify this page", "quuxify that page"}
    )


def test_cleaner_with_user_rules_and_disabled_builtin(tmp_path: Path) -> None:
    rules = tmp_path / "site.toml"
    rules.write_text(
        '[[rules]]\nname = "zorblat_call"\npattern = "(?:zorblat|quuxify) this page"\n'
        'keywords = ["zorblat", "quuxify"]\nfamily = "share"\nreason = "a test call to act"\n',
        encoding="utf-8",
    )
    text = (
        "Council backs bus plan\nZorblat this page\nShare this on\n"
        "The council backed the plan on Monday, officials said."
    )
    article = Cleaner(Config(rule_files=(str(rules),), disabled_rules=("share_call",))).clean(text)
    assert [r.rule for r in article.removed] == ["zorblat_call"]
    # Negative: the rule removes only its own line; the disabled rule's line stays.
    assert "Share this on" in article.text
    assert "The council backed the plan on Monday, officials said." in article.text


def test_reading_of_matches_the_looked_up_reading() -> None:
    pattern = r"(print|e-?mail) this( story)?"
    shipped = literals.leading_alternatives(pattern, 2)
    assert literals.reading_of("leading", pattern, 2) == [shipped[0], list(shipped[1]), shipped[2]]


@on_table_version
def test_readings_are_decoded_for_the_patterns_asked_only() -> None:
    # startup39b: a pattern's readings are decoded on its first look-up, once.
    from corpusclean.rules import readings

    rule = load_builtin_rules("de")[-1]
    flags = 2 if rule.ignore_case else 0
    readings._decoded.pop(rule.guarded_pattern, None)
    assert readings.shipped_reading("parts", rule.guarded_pattern, flags) is not MISSING
    decoded = readings._decoded[rule.guarded_pattern]
    assert readings.shipped_reading("parts", rule.guarded_pattern, flags) is not MISSING
    assert readings._decoded[rule.guarded_pattern] is decoded


@on_table_version
def test_derived_now_reads_no_table_so_one_generator_run_is_enough() -> None:
    # The generator lists its keys with the readers the matcher uses (a rule's
    # alternatives...): read from a stale table, they listed that table's keys, and a change
    # of reading took three runs to reach the table `--check` accepts (rules40). Inside
    # `derived_now` a stale entry is not read, and the caches it filled are emptied.
    from corpusclean.rules import readings

    rule = next(r for r in load_builtin_rules("en") if r.keywords and "|" in r.guarded_pattern)
    pattern, flags = rule.guarded_pattern, 2 if rule.ignore_case else 0
    derived = literals.reading_of("alternatives", pattern, flags)
    assert len(derived) > 1
    stale = {("alternatives", flags, None): [pattern]}
    literals._alternatives.cache_clear()
    saved = readings._decoded.get(pattern)
    readings.shipped_reading("parts", pattern, flags)
    readings._decoded[pattern] = {**readings._decoded[pattern], **stale}
    try:
        assert literals.alternatives(pattern, flags) == [pattern]  # the stale table's
        with literals.derived_now():
            assert literals.alternatives(pattern, flags) == derived
            assert readings.shipped_reading("alternatives", pattern, flags) is MISSING
        assert literals.alternatives(pattern, flags) == [pattern]  # looked up again after
    finally:
        readings._decoded.pop(pattern, None)
        if saved is not None:
            readings._decoded[pattern] = saved
        literals._alternatives.cache_clear()
    assert literals.alternatives(pattern, flags) == derived


def _strings(value: Any) -> list[str]:
    """Every string a case file holds, however nested."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


CASE_LINES = sorted(
    {
        line
        for path in sorted((ROOT / "tests" / "cases").glob("*.json"))
        for text in _strings(json.loads(path.read_text("utf-8")))
        for line in text.splitlines()
    }
)


@on_table_version
def test_every_shipped_anchored_pattern_compiles_on_re() -> None:
    # startup39b: a shipped anchored rule is compiled when a plan first holds it
    # (`engine._AnchoredOnUse`), so it is anchored only because it does compile.
    from corpusclean.rules import builtin_languages, engine
    from corpusclean.rules.readings import is_shipped

    for language in builtin_languages():
        for rule in load_builtin_rules(language):
            written = rule.with_guards_inlined()
            if written.keywords:
                continue
            assert is_shipped(written.pattern), (language, rule.name)
            assert engine._anchored_pattern(written, True) is not None, (language, rule.name)


@on_table_version
@pytest.mark.parametrize("language", ["en", "de", "fr", "ja"])
def test_anchored_rules_compiled_on_use_match_as_compiled_ahead(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The reference: every anchored rule compiled when the matcher is built, as before
    # startup39b (no pattern counted as shipped).
    from corpusclean.rules import engine
    from corpusclean.text import word_count

    rules = load_builtin_rules(language)
    on_use = engine.RuleMatcher(rules, trusted=rules)
    with monkeypatch.context() as patched:
        patched.setattr(engine, "is_shipped", lambda pattern: False)
        ahead = engine.RuleMatcher(rules, trusted=rules)
    assert not any(type(m) is engine._AnchoredOnUse for _r, (_n, m) in _anchored(ahead))
    assert all(type(m) is engine._AnchoredOnUse for _r, (_n, m) in _anchored(on_use))
    for line in CASE_LINES:
        words = word_count(line)
        assert on_use.match(line, words) == ahead.match(line, words), line


def _anchored(matcher: Any) -> list[Any]:
    """The anchored rules of a matcher's length classes, with their filter and match."""
    return [
        (rule, (needs, match))
        for length_class in matcher._classes
        if length_class.combined is not None
        for rule, needs, match in length_class.combined._rules
    ]
