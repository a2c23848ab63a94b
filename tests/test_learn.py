"""corpusclean.learn: per-source line counts, their merge, and the rules learned from them."""

from __future__ import annotations

import pickle
import random
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpusclean import Cleaner, Config
from corpusclean.learn import (
    CountMinSketch,
    LearnSettings,
    LineCounts,
    LineSketch,
    document_lines,
    learn_documents,
    line_key,
    line_pattern,
)
from corpusclean.learn.sketch import key_cells
from corpusclean.rules import parse_rules, source_key
from strategies import examples, sourced_documents
from test_properties import assert_accounted

# Small sketches: collisions happen, and the outcome must not depend on them.
SETTINGS = LearnSettings(min_docs=2, min_share=0.5, sketch_width=64, sketch_depth=2)
BODY = (
    "The council approved the new budget on Monday after a long debate about roads, officials said."
)


def _learn(documents: list[tuple[str, str]], settings: LearnSettings = SETTINGS) -> str:
    return learn_documents(
        lambda: ((source, {}, text) for source, text in documents), settings
    ).rule_file()


def _states(documents: list[tuple[str, str]]) -> tuple[LineSketch, LineCounts]:
    sketch = LineSketch(SETTINGS)
    for source, text in documents:
        key = source_key("domain", source, {})
        if key is not None:
            sketch.add(key, document_lines(text, SETTINGS.config))
    return sketch, _counts(documents, sketch)


def _counts(documents: list[tuple[str, str]], sketch: LineSketch) -> LineCounts:
    counts = LineCounts(SETTINGS)
    for source, text in documents:
        key = source_key("domain", source, {})
        if key is not None:
            counts.add(key, document_lines(text, SETTINGS.config), sketch)
    return counts


@settings(max_examples=examples(60))
@given(sourced_documents(), st.randoms(use_true_random=False))
def test_learn_is_order_independent(documents: list[tuple[str, str]], rng: random.Random) -> None:
    shuffled = list(documents)
    rng.shuffle(shuffled)
    assert _learn(shuffled) == _learn(documents)


@settings(max_examples=examples(60))
@given(sourced_documents(), st.integers(0, 14), st.integers(0, 14))
def test_merging_count_states_is_associative_and_commutative(
    documents: list[tuple[str, str]], cut_a: int, cut_b: int
) -> None:
    first, second = sorted((cut_a % (len(documents) + 1), cut_b % (len(documents) + 1)))
    parts = [documents[:first], documents[first:second], documents[second:]]
    whole_sketch, whole_counts = _states(documents)
    sketches = [_states(part)[0] for part in parts]
    left = sketches[0].merged(sketches[1]).merged(sketches[2])
    right = sketches[0].merged(sketches[1].merged(sketches[2]))
    swapped = sketches[2].merged(sketches[0]).merged(sketches[1])
    for merged in (left, right, swapped):
        assert merged.documents == whole_sketch.documents
        assert merged.sketch == whole_sketch.sketch
    # Pass 2 on shards, against the whole corpus's sketch, merges to the whole's counts.
    counts = [_counts(part, whole_sketch) for part in parts]
    assert counts[0].merged(counts[1]).merged(counts[2]) == whole_counts
    assert counts[0].merged(counts[1].merged(counts[2])) == whole_counts
    assert counts[2].merged(counts[1]).merged(counts[0]) == whole_counts


@settings(max_examples=examples(30))
@given(documents=sourced_documents())
def test_a_learned_rule_removes_lines_only_in_documents_of_its_source(
    documents: list[tuple[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("learn") / "site-rules.toml"
    path.write_text(_learn(documents), encoding="utf-8")
    cleaner = Cleaner(Config(rule_files=(str(path),)))
    scoped = {rule.name: rule.source for rule in cleaner.source_rules.rules}
    # The corpus, and each document again under another source and with none.
    for source, text in documents:
        for given_source in (source, "https://elsewhere.net/x", None):
            article = cleaner.clean(text, source=given_source)
            domain = source_key("domain", given_source, {})
            for removal in article.removed:
                if removal.rule in scoped:
                    assert scoped[removal.rule] == domain
            # Nothing is lost: every line is kept or removed by a named rule, in order.
            assert_accounted(text, article, cleaner.config)


@settings(max_examples=5, deadline=None)  # each example starts two real worker pools
@given(sourced_documents())
def test_learning_in_worker_processes_gives_the_same_counts_and_rules(
    documents: list[tuple[str, str]],
) -> None:
    # Workers send back sketch cells (pass 1) and candidate lines (pass 2), not the lines.
    def corpus() -> Iterator[tuple[str, dict[str, str], str]]:
        return ((source, {}, text) for source, text in documents)

    alone = learn_documents(corpus, SETTINGS)
    pooled = learn_documents(corpus, SETTINGS, jobs=2)
    assert pooled.counts == alone.counts
    assert pooled.rule_file() == alone.rule_file()


@given(st.integers(1, 64), st.integers(1, 8), st.lists(st.binary(max_size=6), max_size=40))
def test_counting_by_cells_is_counting_by_keys(width: int, depth: int, keys: list[bytes]) -> None:
    by_key, by_cells = CountMinSketch(width, depth), CountMinSketch(width, depth)
    for key in keys:
        by_key.add(key)
        by_cells.add_cells(key_cells(key, width, depth))
    assert by_cells == by_key


@given(st.integers(1, 64), st.lists(st.binary(max_size=6), max_size=40))
def test_a_sketch_estimate_is_never_below_the_true_count(width: int, keys: list[bytes]) -> None:
    sketch = CountMinSketch(width, 3)
    for key in keys:
        sketch.add(key)
    for key in set(keys):
        assert sketch.estimate(key) >= keys.count(key)
    assert sketch.total == len(keys)


def _site(number: int, chrome: list[str], body: str = BODY) -> tuple[str, str]:
    return (f"https://www.example.com/{number}", "\n".join([chrome[0], body, *chrome[1:]]))


def test_rules_learned_from_chrome_with_counts_and_generalised_digits() -> None:
    documents = [
        _site(n, ["Example Daily | World | Sport", f"Updated {n + 1} May 2020", "Since 1998"])
        for n in range(6)
    ]
    learned = learn_documents(lambda: ((s, {}, t) for s, t in documents), SETTINGS)
    patterns = sorted(item.rule.pattern for item in learned.rules)
    # The date's day varies: generalised; the year does not vary in any line: literal.
    assert patterns == [r"Example Daily \| World \| Sport", "Since 1998", r"Updated \d+ May \d+"]
    for item in learned.rules:
        assert (item.documents, item.source_documents, item.prose) == (6, 6, 0)
        assert item.rule.source == "example.com"
        assert item.rule.source_by == "domain"
        assert not item.rule.certain
    text = learned.rule_file()
    assert "# in 6 of 6 documents, like prose in 0; example: Updated 1 May 2020" in text
    assert parse_rules(text, "learned") == tuple(item.rule for item in learned.rules)


CHROME = ["Example Daily | World | Sport", "© 2020 Example Ltd", "Share this article"]


@pytest.mark.parametrize(
    ("config", "left_out"),
    [
        (
            Config(language="en"),
            {"copyright_notice": "© 2020 Example Ltd", "share_call": "Share this article"},
        ),
        # A built-in rule that is off, or no built-in rules: nothing removes those lines.
        (
            Config(language="en", disabled_rules=("share_call",)),
            {"copyright_notice": "© 2020 Example Ltd"},
        ),
        (Config(builtin_rules=False), {}),
        # Each document gets its own language's rules (the default, "auto"): only a line
        # every shipped set removes is removed everywhere. The Chinese and Japanese sets hold
        # no English share call; every set removes a copyright line.
        (Config(), {"copyright_notice": "© 2020 Example Ltd"}),
    ],
)
def test_a_line_a_builtin_rule_removes_is_left_out_and_named_in_a_comment(
    config: Config, left_out: dict[str, str], tmp_path: Path
) -> None:
    documents = [_site(n, CHROME) for n in range(4)]
    settings = attrs.evolve(SETTINGS, config=config)
    learned = learn_documents(lambda: ((s, {}, t) for s, t in documents), settings)
    assert {item.covered_by: item.example for item in learned.left_out} == left_out
    assert {item.example for item in learned.rules} == set(CHROME) - set(left_out.values())
    text = learned.rule_file()
    for name, example in left_out.items():
        assert f"# {name}: {example}" in text
    assert parse_rules(text, "learned") == tuple(item.rule for item in learned.rules)
    # Applied with the same settings, the file and the built-ins remove all the chrome, each
    # line by its own rule: the left-out lines by the built-in rule the comment names.
    path = tmp_path / "site-rules.toml"
    path.write_text(text, encoding="utf-8")
    cleaner = Cleaner(attrs.evolve(config, rule_files=(str(path),)))
    source, page = documents[0]
    removed = {r.text: r.rule for r in cleaner.clean(page, source=source).removed}
    assert set(removed) == set(CHROME)
    assert {name: example for example, name in removed.items() if name in left_out} == left_out


def test_the_rule_file_parses_back_with_quotes_and_backslashes() -> None:
    odd = "It's what's on: \"O'Brien\" \\ picks"
    documents = [_site(n, ["Site map", odd]) for n in range(3)]
    learned = learn_documents(lambda: ((s, {}, t) for s, t in documents), SETTINGS)
    rules = parse_rules(learned.rule_file(), "learned")
    assert {rule.pattern for rule in rules} == {"Site map", line_pattern(odd, False)}
    assert any(rule.compile().fullmatch(odd) for rule in rules)


def test_thresholds_min_docs_and_min_share() -> None:
    # "Members area" is on 3 of 6 pages (50%), "Site map" on all 6.
    documents = [_site(n, ["Site map", *(["Members area"] if n < 3 else [])]) for n in range(6)]

    def learned(**change: object) -> list[str]:
        settings = attrs.evolve(SETTINGS, **change)
        found = learn_documents(lambda: ((s, {}, t) for s, t in documents), settings)
        return sorted(item.rule.pattern for item in found.rules)

    assert learned() == ["Members area", "Site map"]
    assert learned(min_share=0.6) == ["Site map"]
    assert learned(min_docs=4) == ["Site map"]
    assert learned(min_docs=7) == []


def test_a_line_that_reads_like_prose_is_not_learned_unless_the_guard_is_off() -> None:
    standard = "Our journalists report from the city every day, and we rely on readers like you."
    documents = [_site(n, ["Site map", standard]) for n in range(4)]
    guarded = learn_documents(lambda: ((s, {}, t) for s, t in documents), SETTINGS)
    assert [item.rule.pattern for item in guarded.rules] == ["Site map"]
    unguarded = learn_documents(
        lambda: ((s, {}, t) for s, t in documents), attrs.evolve(SETTINGS, max_prose_share=1.0)
    )
    # Without the guard the standard line goes, and so does the article sentence every page
    # repeats: the real repeated content the guard is there for.
    assert {item.example for item in unguarded.rules} == {"Site map", standard, BODY}


def test_lines_without_a_letter_and_documents_without_a_source_are_not_learned() -> None:
    documents = [_site(n, ["87", "Site map"]) for n in range(3)] + [("", "Site map\n" + BODY)]
    learned = learn_documents(lambda: ((s, {}, t) for s, t in documents), SETTINGS)
    assert [item.rule.pattern for item in learned.rules] == ["Site map"]
    assert learned.without_source == 1


def test_learning_by_a_field_scopes_rules_to_the_field_value() -> None:
    documents = [(None, {"site": "bbc"}, f"Site map\n{BODY}") for _ in range(3)]
    settings = attrs.evolve(SETTINGS, by="site")
    learned = learn_documents(lambda: iter(documents), settings)
    (item,) = learned.rules
    assert (item.rule.source_by, item.rule.source, item.rule.name[:12]) == (
        "site",
        "bbc",
        "learned_bbc_",
    )


def test_count_states_pickle_for_a_distributed_reduction() -> None:
    documents = [_site(n, ["Site map"]) for n in range(3)]
    sketch, counts = _states(documents)
    sketch_again, counts_again = pickle.loads(pickle.dumps((sketch, counts)))
    assert sketch_again.documents == sketch.documents
    assert sketch_again.sketch == sketch.sketch
    assert counts_again == counts
    assert sketch_again.is_candidate("example.com", line_key("Site map"))


def test_merging_states_of_other_settings_is_an_error() -> None:
    with pytest.raises(ValueError, match="same LearnSettings"):
        LineSketch(SETTINGS).merged(LineSketch(attrs.evolve(SETTINGS, min_docs=3)))
    with pytest.raises(ValueError, match="same width and depth"):
        CountMinSketch(8, 2).merged(CountMinSketch(16, 2))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"min_share": 1.5}, "share"),
        ({"min_docs": 0}, "min_docs"),
        ({"sketch_depth": 9}, "depth 1 to 8"),
    ],
)
def test_bad_settings_are_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        settings = LearnSettings(**change)  # type: ignore[arg-type]
        LineSketch(settings)
