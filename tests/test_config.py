"""`Config`: validation errors that say what is wrong, presets, evolve."""

from __future__ import annotations

import attrs
import pytest

from corpusclean import Config


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("removal_budget", 1.5, "share between 0 and 1"),
        ("removal_budget", -0.1, "share between 0 and 1"),
        ("rule_timeout", 0, "must be positive"),
        ("min_duplicate_words", 0, "min_duplicate_words"),
        ("mode", "html", "mode"),
    ],
)
def test_invalid_values_are_rejected_with_the_field_named(
    field: str, value: object, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Config(**{field: value})


def test_collections_are_converted_so_configs_hash() -> None:
    config = Config(rule_files=["a.toml"], disabled_rules=["share_call"])
    assert config.rule_files == ("a.toml",)
    assert config.disabled_rules == frozenset({"share_call"})
    assert hash(config) == hash(Config(rule_files=("a.toml",), disabled_rules={"share_call"}))


def test_presets_and_evolve() -> None:
    assert Config.page().mode == "page"
    minimal = Config.minimal()
    assert (minimal.builtin_rules, minimal.evidence, minimal.dedupe_blocks) == (False,) * 3
    assert attrs.evolve(Config(), removal_budget=0.5).removal_budget == 0.5
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        Config().mode = "page"  # type: ignore[misc]
