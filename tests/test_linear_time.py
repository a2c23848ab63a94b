"""Any input cleans in bounded time: the adversarial inputs of the page-speed benchmark.

One long line, many one-character lines, control characters and lone surrogates, a paragraph
repeated, unclosed brackets, dots, URL-like runs, short lines, mojibake and an article over a
column of lines of digits, each cleaned in page mode (the most expensive mode) and in auto
mode. The limit is generous on purpose: the machine is shared and tests must not flake on
timing, so it only catches work that grows faster than the input (a quadratic step takes
minutes at this size, not seconds).
`benchmarks/page_speed.py` measures the growth itself, at two sizes.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

import pytest
from hypothesis import example, given, settings

from corpusclean import Cleaner, Config
from corpusclean.rules import builtin_languages, load_builtin_rules
from strategies import adversarial_texts, examples
from test_properties import assert_accounted, assert_idempotent

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from page_speed import ADVERSARIAL

# 100,000 characters: 50,000 lines of the one-character input. Each input cleans in under
# 2 CPU seconds on the development machine; the limit is many times that.
SIZE = 100_000
LIMIT_CPU_SECONDS = 30.0


@pytest.fixture(scope="module")
def cleaners() -> dict[str, Cleaner]:
    """One cleaner a mode, warmed up: compiling the rules is not the input's cost."""
    made = {mode: Cleaner(Config(mode=mode)) for mode in ("page", "auto")}
    for cleaner in made.values():
        cleaner.clean("Warm up\nthe rules")
    return made


@pytest.mark.parametrize("mode", ["page", "auto"])
@pytest.mark.parametrize("kind", list(ADVERSARIAL))
def test_an_adversarial_input_cleans_in_bounded_time_and_loses_nothing(
    kind: str, mode: str, cleaners: dict[str, Cleaner]
) -> None:
    text = ADVERSARIAL[kind](SIZE, random.Random(13))
    start = time.process_time()
    article = cleaners[mode].clean(text)
    assert time.process_time() - start < LIMIT_CPU_SECONDS
    assert_accounted(text, article, cleaners[mode].config)


@pytest.mark.parametrize("mode", ["page", "auto", "article"])
@settings(max_examples=examples(60), deadline=None)
@given(text=adversarial_texts())
# A separator (">") the rules remove made auto mode's run of short lines one short of a page.
@example(text="\x00\n" + "aaaa\n" * 17 + ">\na\na\na")
def test_adversarial_shaped_text_cleans_idempotently(mode: str, text: str) -> None:
    # The pass bounds (page classifier passes, page/rules rounds, rule rounds) must never stop
    # short of a fixed point on such input: cleaning the output again changes nothing.
    cleaner = Cleaner(Config(mode=mode))  # type: ignore[arg-type]
    article = cleaner.clean(text)
    assert_accounted(text, article, cleaner.config)
    assert_idempotent(cleaner, article)


# "\s*[|·]?\s*" between two items: with the mark absent, each space can go to either "\s*",
# so a repeated group of n items has 2**n ways to fail (a near-miss ticker row of nine items
# took 5 ms a line); "(\s*[|·]\s*|\s+)?" matches the same strings one way.
_SPLIT_SEPARATOR = re.compile(r"\\s\*\[[^\]]*\]\?\\s\*")


@pytest.mark.parametrize("code", builtin_languages())
def test_no_rule_pattern_splits_a_space_two_ways(code: str) -> None:
    found = [r.name for r in load_builtin_rules(code) if _SPLIT_SEPARATOR.search(r.pattern)]
    assert not found, f"write (\\s*[...]\\s*|\\s+)? in {found}"
