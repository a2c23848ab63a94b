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


def code_tables_reference() -> tuple[Any, Any]:
    """`page.batch._code_tables` as first written: every code point compared with the
    camel-case classes' bounds."""
    np = pytest.importorskip("numpy")
    table, case, _ = chars._tables()
    categories = np.frombuffer(table.encode("ascii"), dtype=np.uint8) - np.uint8(chars.CODE_BASE)
    cases = np.frombuffer(case.encode("ascii"), dtype=np.uint8) - np.uint8(chars.CODE_BASE)
    upper = (cases == 2).astype(np.uint8)
    points = np.arange(len(categories))
    first = ((points >= ord("a")) & (points <= ord("z"))) | ((points >= 0xE0) & (points <= 0xFF))
    second = (points >= ord("A")) & (points <= ord("Z"))
    categories = categories | (first << 6 | second << 7).astype(np.uint8)
    return categories, ((cases > 0) << 0 | upper << 1).astype(np.uint8)


def test_code_arrays_equal_the_first_written_ones_on_every_code_point() -> None:
    reference = code_tables_reference()
    batch = pytest.importorskip("corpusclean.page.batch")
    found = batch._code_tables.__wrapped__()
    for array, expected in zip(found, reference, strict=True):
        assert array.dtype == expected.dtype
        assert array.tolist() == expected.tolist()
