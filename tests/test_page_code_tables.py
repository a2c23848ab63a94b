"""The shipped code-point tables of the page features (`corpusclean.page.chars`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from corpusclean.page import chars
from script_modules import load_script

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "src" / "corpusclean" / "page" / "data" / chars.CODE_TABLES_FILE
SHIPPED = json.loads(TABLES.read_text("utf-8"))
on_shipped_key = pytest.mark.skipif(
    any(SHIPPED[name] != value for name, value in chars.code_tables_key().items()),
    reason="the tables are derived on another Python or Unicode version and used there only",
)


def derived(monkeypatch: pytest.MonkeyPatch, function: Any) -> Any:
    """What the cached ``function`` of `chars` gives without the shipped tables."""
    monkeypatch.setattr(chars, "_shipped", lambda: None)
    return function.__wrapped__()


@on_shipped_key
def test_shipped_code_tables_are_up_to_date() -> None:
    # Fails when `chars`' derivation or character sets changed without the file being
    # derived again.
    assert load_script(ROOT / "scripts" / "gen_code_tables.py").main(["--check"]) == 0


@on_shipped_key
def test_shipped_code_tables_serve_on_their_key() -> None:
    assert chars._shipped.__wrapped__() == SHIPPED


@on_shipped_key
def test_tables_from_the_shipped_runs_equal_the_derived_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The categories, the cases and the codes in use, each code point's (the derived ones
    # are checked against the str predicates on every code point in test_page_features).
    shipped = chars._tables.__wrapped__()
    assert shipped == derived(monkeypatch, chars._tables)


def test_word_spans_are_the_word_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    runs = [(start, start + len(run)) for start, run in chars.word_runs()]
    assert list(chars.word_spans()) == runs
    monkeypatch.setattr(chars, "_shipped", lambda: None)
    assert list(chars.word_spans()) == runs


def test_shipped_code_tables_serve_under_their_key_only(monkeypatch: pytest.MonkeyPatch) -> None:
    # Another Unicode version (or Python, or character set) derives the tables in the process.
    for name, other in (("unicode", "1.1.0"), ("python", "2.7"), ("separators", "|")):
        key = {**chars.code_tables_key(), name: other}
        monkeypatch.setattr(chars, "code_tables_key", lambda key=key: key)
        assert chars._shipped.__wrapped__() is None
